"""Writes benchmarks/data/news-fresh3.jsonl: a third set of news-style passages the project wrote in its own
words (29 November 2026, sixteenth stop), annotated by hand per ../shared/ONTOLOGY.md before `kg` was run on any
of them.

Like news-fresh.jsonl and news-fresh2.jsonl it measures how far the rules carry to text written after them. This
round leans on actors and shapes the earlier two sets had little of: Japanese, Korean, Taiwanese, Indian, Vietnamese
and European companies and regulators; commodity export curbs; licences revoked; gatekeeper designations; funding
rounds with several investors; approvals by a regulator named by description; places written "City, State";
reported and weighed (not done) deals. Odd passages (nf3-01, nf3-03, ...) tune, even passages check (counted only,
benchmarks/score_real.py). The events are described as reports described them; the wording is the project's own.
Run this script to regenerate the JSONL.
"""
from __future__ import annotations

from pathlib import Path

from make_news_fresh import write
from make_news_fresh2 import CN, DOC, IN, JP, KR, MS, NV, OAI, TREAS, TW, UK, US, APPLE, NL, e, t

DOJ = ("U.S. Department of Justice", "GovernmentBody", ["Justice Department", "DOJ", "Department of Justice",
                                                     "U.S. Justice Department"])
EC = ("European Commission", "GovernmentBody", ["the Commission", "Commission", "EU Commission", "Brussels",
                                               "EU's executive arm", "the EU's executive arm"])
DE = ("Germany", "Country", ["Berlin", "German government"])
MOFCOM = ("Ministry of Commerce of China", "GovernmentBody", ["Ministry of Commerce", "China's Ministry of Commerce",
                                                              "MOFCOM", "Chinese commerce ministry", "commerce ministry"])
SAMR = ("State Administration for Market Regulation", "GovernmentBody", ["SAMR", "China's market regulator",
                                                                        "market regulator"])
HUAWEI = ("Huawei", "Company", ["Huawei Technologies"])
SMIC = ("SMIC", "Company", ["Semiconductor Manufacturing International Corp",
                            "Semiconductor Manufacturing International Corporation"])
GOOGLE = ("Google", "Company", ["Google LLC"])
FOXCONN = ("Foxconn", "Company", ["Hon Hai", "Hon Hai Precision Industry"])

P = [
    # 01
    ("China's Ministry of Commerce said exports of gallium and germanium products would require a licence from "
     "August 1, a step widely read as a reply to U.S. chip curbs.",
     [MOFCOM, CN, e("gallium", "Product"), e("germanium", "Product"), US],
     [t("Ministry of Commerce of China", ["restricts", "regulates"], "gallium"),
      t("Ministry of Commerce of China", ["restricts", "regulates"], "germanium")]),
    # 02
    ("SK Hynix, the South Korean memory chipmaker, will build a $3.87 billion advanced packaging plant in West "
     "Lafayette, Indiana.",
     [e("SK Hynix", aliases=["SK hynix"]), KR, e("West Lafayette", "City"), e("Indiana", "Region")],
     [t("SK Hynix", "basedIn", "South Korea"), t("West Lafayette", "locatedIn", "Indiana")]),
    # 03
    ("The Federal Communications Commission voted to revoke China Telecom Americas' authorization to provide "
     "telecommunications services in the United States, citing national security risks.",
     [e("Federal Communications Commission", "GovernmentBody", ["FCC"]), e("China Telecom Americas"), US],
     [t("Federal Communications Commission", ["restricts", "regulates", "sanctions"], "China Telecom Americas")]),
    # 04
    ("ASML, the Dutch maker of chipmaking machines, stopped shipping its most advanced deep ultraviolet systems to "
     "China after the government in The Hague partly revoked its export licence.",
     [e("ASML", aliases=["ASML Holding"]), NL, CN],
     [t("ASML", "basedIn", "Netherlands"), t("ASML", "restricts", "China"),
      t("Netherlands", ["restricts", "regulates"], "ASML")]),
    # 05
    ("Toshiba was taken private by a consortium led by Japan Industrial Partners in a deal worth about $15 billion.",
     [e("Toshiba"), e("Japan Industrial Partners", aliases=["JIP"]), JP],
     [t("Japan Industrial Partners", ["acquires", "owns"], "Toshiba")]),
    # 06
    ("Sam Altman, OpenAI's chief executive, met Indian Prime Minister Narendra Modi in New Delhi on Wednesday.",
     [e("Sam Altman", "Person", ["Altman"]), OAI, e("Narendra Modi", "Person", ["Modi"]), IN,
      e("New Delhi", "City")],
     [t("Sam Altman", "leads", "OpenAI"), t("Narendra Modi", "leads", "India")]),
    # 07
    ("Vietnam's FPT signed an agreement with Nvidia to build a $200 million artificial intelligence factory.",
     [e("FPT", aliases=["FPT Corp", "FPT Corporation"]), e("Vietnam", "Country"), NV],
     [t("FPT", "basedIn", "Vietnam"), t("FPT", "partnersWith", "Nvidia")]),
    # 08
    ("The European Commission fined Apple 1.8 billion euros for stopping music streaming rivals such as Spotify from "
     "telling users about cheaper offers outside the App Store.",
     [EC, APPLE, e("Spotify"), e("App Store", "Product")],
     [t("European Commission", "sanctions", "Apple"), t("Apple", "restricts", "Spotify"),
      t("Apple", "competesWith", "Spotify")]),
    # 09
    ("Intel has received $7.86 billion from the Commerce Department under the CHIPS Act, less than the $8.5 billion "
     "it had been offered.",
     [e("Intel", aliases=["Intel Corp"]), DOC, e("CHIPS and Science Act", "Policy", ["CHIPS Act"])],
     [t("U.S. Department of Commerce", "investsIn", "Intel")]),
    # 10
    ("The U.S. Justice Department and eight states sued Google over its dominance of advertising technology, asking a "
     "court to break up the company's ad business.",
     [DOJ, GOOGLE, US],
     [t("U.S. Department of Justice", "sues", "Google")]),
    # 11
    ("Huawei unveiled the Mate 60 Pro, powered by a Kirin 9000S processor made by SMIC, during a visit to China by "
     "U.S. Commerce Secretary Gina Raimondo.",
     [HUAWEI, e("Mate 60 Pro", "Product", ["Mate 60"]), e("Kirin 9000S", "Product", ["Kirin"]), SMIC, CN, DOC,
      e("Gina Raimondo", "Person", ["Raimondo"]), US],
     [t("Huawei", "launches", "Mate 60 Pro"), t("SMIC", "manufactures", "Kirin 9000S"),
      t("Gina Raimondo", "leads", "U.S. Department of Commerce")]),
    # 12
    ("Chinese regulators told the country's largest technology companies, including Alibaba and ByteDance, to stop "
     "buying Nvidia's RTX Pro 6000D chips.",
     [CN, e("Alibaba", aliases=["Alibaba Group"]), e("ByteDance"), NV, e("RTX Pro 6000D", "Product")],
     [t("Nvidia", "develops", "RTX Pro 6000D")]),
    # 13
    ("Tokyo Electron, Japan's largest chip equipment maker, said sales to China made up nearly half of its revenue "
     "in the last quarter.",
     [e("Tokyo Electron", aliases=["TEL"]), JP, CN],
     [t("Tokyo Electron", "basedIn", "Japan"), t("Tokyo Electron", "suppliesTo", "China")]),
    # 14
    ("Anthropic said it would stop selling access to its Claude models to companies controlled from China, Russia, "
     "Iran and North Korea.",
     [e("Anthropic"), e("Claude", "Product", ["Claude models"]), CN, e("Russia", "Country"), e("Iran", "Country"),
      e("North Korea", "Country", ["DPRK"])],
     [t("Anthropic", "develops", "Claude"), t("Anthropic", "restricts", "China"), t("Anthropic", "restricts", "Russia"),
      t("Anthropic", "restricts", "Iran"), t("Anthropic", "restricts", "North Korea")]),
    # 15
    ("Alibaba's chip design unit T-Head has developed a new AI processor to reduce the company's reliance on "
     "foreign suppliers.",
     [e("Alibaba", aliases=["Alibaba Group"]), e("T-Head", aliases=["T-Head Semiconductor"])],
     [t("Alibaba", "owns", "T-Head")]),
    # 16
    ("TAIPEI, June 14 (Reuters) - Taiwan added Huawei and SMIC to its export control entity list, barring local firms "
     "from shipping to them without government approval.",
     [TW, HUAWEI, SMIC, e("Reuters")],
     [t("Taiwan", ["sanctions", "restricts"], "Huawei"), t("Taiwan", ["sanctions", "restricts"], "SMIC")]),
    # 17
    ("Sweden's Ericsson agreed to pay a $206 million penalty to the U.S. Justice Department for breaching a deferred "
     "prosecution agreement.",
     [e("Ericsson", aliases=["Telefonaktiebolaget LM Ericsson"]), e("Sweden", "Country"), DOJ],
     [t("Ericsson", "basedIn", "Sweden"), t("U.S. Department of Justice", "sanctions", "Ericsson")]),
    # 18
    ("Cisco completed its $28 billion acquisition of Splunk, the cybersecurity software company based in San "
     "Francisco.",
     [e("Cisco", aliases=["Cisco Systems"]), e("Splunk"), e("San Francisco", "City")],
     [t("Cisco", "acquires", "Splunk"), t("Splunk", "basedIn", "San Francisco")]),
    # 19
    ("Mistral AI, the Paris startup whose backers include Microsoft and Nvidia, released a reasoning model called "
     "Magistral.",
     [e("Mistral AI", aliases=["Mistral"]), e("Paris", "City"), MS, NV, e("Magistral", "Product")],
     [t("Mistral AI", "basedIn", "Paris"), t("Microsoft", "investsIn", "Mistral AI"),
      t("Nvidia", "investsIn", "Mistral AI"), t("Mistral AI", ["launches", "develops"], "Magistral")]),
    # 20
    ("The Chinese government has ordered state-owned telecom operators to replace foreign processors such as those "
     "of Intel and AMD by 2027.",
     [CN, e("Intel", aliases=["Intel Corp"]), e("AMD", aliases=["Advanced Micro Devices"])],
     [t("China", "restricts", "Intel"), t("China", "restricts", "AMD")]),
    # 21
    ("India's Tata Electronics is building the country's first commercial chip fab in Dholera, Gujarat, with "
     "technology from Taiwan's Powerchip Semiconductor Manufacturing Corp.",
     [e("Tata Electronics"), IN, e("Dholera", "City"), e("Gujarat", "Region"),
      e("Powerchip Semiconductor Manufacturing Corp", aliases=["PSMC", "Powerchip"]), TW],
     [t("Tata Electronics", "basedIn", "India"), t("Dholera", "locatedIn", "Gujarat"),
      t("Powerchip Semiconductor Manufacturing Corp", "basedIn", "Taiwan"),
      t("Powerchip Semiconductor Manufacturing Corp", ["suppliesTo", "partnersWith"], "Tata Electronics")]),
    # 22
    ("Amazon Web Services will invest about $11 billion in data centres in Indiana, the Amazon unit said.",
     [e("Amazon Web Services", aliases=["AWS"]), e("Amazon", aliases=["Amazon.com"]), e("Indiana", "Region")],
     [t("Amazon", "owns", "Amazon Web Services")]),
    # 23
    ("Synopsys closed its $35 billion purchase of Ansys after China's market regulator approved the deal on "
     "conditions.",
     [e("Synopsys"), e("Ansys"), SAMR, CN],
     [t("Synopsys", "acquires", "Ansys"), t("State Administration for Market Regulation", "regulates", "Synopsys"),
      t("State Administration for Market Regulation", "regulates", "Ansys")]),
    # 24
    ("Kioxia, the Japanese flash memory maker part-owned by Bain Capital, listed its shares in Tokyo in December.",
     [e("Kioxia", aliases=["Kioxia Holdings"]), JP, e("Bain Capital"), e("Tokyo", "City")],
     [t("Kioxia", "basedIn", "Japan"), t("Bain Capital", ["owns", "investsIn"], "Kioxia")]),
    # 25
    ("The U.S. Treasury sanctioned Integrity Technology Group, a Beijing-based cybersecurity company it accused of "
     "helping the Flax Typhoon hacking group.",
     [TREAS, e("Integrity Technology Group", aliases=["Integrity Tech"]), e("Beijing", "City"),
      e("Flax Typhoon", "Organization")],
     [t("U.S. Department of the Treasury", "sanctions", "Integrity Technology Group"),
      t("U.S. Department of the Treasury", "accuses", "Integrity Technology Group"),
      t("Integrity Technology Group", "basedIn", "Beijing")]),
    # 26
    ("Nvidia chief executive Jensen Huang said the company had written off its China market share for the H20 chip "
     "after Beijing discouraged local firms from buying it.",
     [NV, e("Jensen Huang", "Person", ["Huang"]), CN, e("H20", "Product", ["H20 chip"])],
     [t("Jensen Huang", "leads", "Nvidia"), t("Nvidia", "develops", "H20")]),
    # 27
    ("LG Energy Solution will supply batteries to Tesla from its factory in Michigan under a $4.3 billion contract.",
     [e("LG Energy Solution"), e("Tesla"), e("Michigan", "Region")],
     [t("LG Energy Solution", ["suppliesTo", "partnersWith"], "Tesla")]),
    # 28
    ("WASHINGTON -- The Pentagon added Tencent and battery maker CATL to its list of Chinese military companies "
     "operating in the United States.",
     [e("U.S. Department of Defense", "GovernmentBody", ["Pentagon", "the Pentagon", "Department of Defense", "DoD"]),
      e("Tencent"), e("CATL", aliases=["Contemporary Amperex Technology"]), CN, US],
     [t("U.S. Department of Defense", ["sanctions", "restricts"], "Tencent"),
      t("U.S. Department of Defense", ["sanctions", "restricts"], "CATL"),
      t("Tencent", "basedIn", "China"), t("CATL", "basedIn", "China")]),
    # 29
    ("Qualcomm has explored a possible takeover of Intel, people familiar with the matter said.",
     [e("Qualcomm"), e("Intel", aliases=["Intel Corp"])],
     []),
    # 30
    ("GlobalFoundries, the contract chipmaker based in Malta, New York, agreed to acquire processor designer MIPS.",
     [e("GlobalFoundries"), e("Malta", "City"), e("New York", "Region"), e("MIPS", aliases=["MIPS Technologies"])],
     [t("GlobalFoundries", "basedIn", "Malta"), t("Malta", "locatedIn", "New York"),
      t("GlobalFoundries", "acquires", "MIPS")]),
    # 31
    ("Ireland's Data Protection Commission fined LinkedIn 310 million euros over the way the Microsoft-owned network "
     "used members' data for advertising.",
     [e("Data Protection Commission", "GovernmentBody", ["DPC", "Irish Data Protection Commission"]),
      e("Ireland", "Country"), e("LinkedIn"), MS],
     [t("Data Protection Commission", "sanctions", "LinkedIn"), t("Microsoft", "owns", "LinkedIn")]),
    # 32
    ("SoftBank Group led a $40 billion funding round in OpenAI, with Microsoft, Coatue and Thrive Capital also taking "
     "part.",
     [e("SoftBank Group", aliases=["SoftBank"]), OAI, MS, e("Coatue", aliases=["Coatue Management"]),
      e("Thrive Capital")],
     [t("SoftBank Group", "investsIn", "OpenAI"), t("Microsoft", "investsIn", "OpenAI"),
      t("Coatue", "investsIn", "OpenAI"), t("Thrive Capital", "investsIn", "OpenAI")]),
    # 33
    ("The British government ordered a Chinese-controlled investor to sell its 80% stake in FTDI, a Scottish chip "
     "designer, on national security grounds.",
     [UK, CN, e("FTDI", aliases=["Future Technology Devices International"]), e("Scotland", "Region")],
     [t("FTDI", "basedIn", "Scotland")]),
    # 34
    ("Germany will ban components made by Huawei and ZTE from the core of its 5G networks by 2026, the interior "
     "ministry said.",
     [DE, HUAWEI, e("ZTE"),
      e("Federal Ministry of the Interior", "GovernmentBody", ["interior ministry", "German interior ministry"])],
     [t("Germany", "restricts", "Huawei"), t("Germany", "restricts", "ZTE")]),
    # 35
    ("Oracle will provide 4.5 gigawatts of data-centre capacity to OpenAI as part of the Stargate venture, which also "
     "includes SoftBank.",
     [e("Oracle"), OAI, e("Stargate", "Company", ["Stargate venture"]), e("SoftBank Group", aliases=["SoftBank"])],
     [t("Oracle", "suppliesTo", "OpenAI")]),
    # 36
    ("Xiaomi, the Beijing-based smartphone maker, unveiled its first in-house mobile processor, the XRING O1.",
     [e("Xiaomi"), e("Beijing", "City"), e("XRING O1", "Product", ["XRING"])],
     [t("Xiaomi", "basedIn", "Beijing"), t("Xiaomi", "launches", "XRING O1"), t("Xiaomi", "develops", "XRING O1")]),
    # 37
    ("Japan's Fair Trade Commission ordered Google to stop requiring Android phone makers to pre-install its search "
     "app.",
     [e("Japan Fair Trade Commission", "GovernmentBody", ["JFTC", "Fair Trade Commission",
                                                          "Japan's Fair Trade Commission"]),
      JP, GOOGLE, e("Android", "Product")],
     [t("Japan Fair Trade Commission", ["regulates", "sanctions", "restricts"], "Google")]),
    # 38
    ("Hon Hai, known as Foxconn, will manufacture AI servers for Nvidia at a new plant in Guadalajara, Mexico.",
     [FOXCONN, NV, e("Guadalajara", "City"), e("Mexico", "Country")],
     [t("Foxconn", "suppliesTo", "Nvidia"), t("Guadalajara", "locatedIn", "Mexico")]),
    # 39
    ("The EU's executive arm designated ByteDance as a gatekeeper under the Digital Markets Act, along with Alphabet, "
     "Amazon, Apple, Meta and Microsoft.",
     [EC, e("European Union", "GovernmentBody", ["EU"]), e("ByteDance"), e("Digital Markets Act", "Policy", ["DMA"]),
      e("Alphabet"), e("Amazon"), APPLE, e("Meta Platforms", aliases=["Meta"]), MS],
     [t("European Commission", "regulates", "ByteDance"), t("European Commission", "regulates", "Alphabet"),
      t("European Commission", "regulates", "Amazon"), t("European Commission", "regulates", "Apple"),
      t("European Commission", "regulates", "Meta Platforms"), t("European Commission", "regulates", "Microsoft")]),
    # 40
    ("Nvidia shares fell after Chinese authorities said the chipmaker had violated antimonopoly law in its purchase of "
     "Mellanox Technologies.",
     [NV, CN, e("Mellanox Technologies", aliases=["Mellanox"])],
     [t("Nvidia", "acquires", "Mellanox Technologies")]),
]


def main() -> None:
    write(P, Path(__file__).with_name("news-fresh3.jsonl"), "nf3")


if __name__ == "__main__":
    main()
