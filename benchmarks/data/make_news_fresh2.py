"""Writes benchmarks/data/news-fresh2.jsonl: a second set of news-style passages the project wrote in its own
words (29 November 2026), annotated by hand per ../shared/ONTOLOGY.md before `kg` was run on any of them.

Like news-fresh.jsonl it measures how far the rules carry to text written after them, in shapes real reports use
(datelines, listings with "including", titles before names, nominal events, possessives on products and deals,
negation next to facts a possessive carries, definite descriptions that refer back). Odd passages (nf2-01,
nf2-03, ...) tune, even passages check (counted only, benchmarks/score_real.py). The events are described as
reports described them; the wording is the project's own. Run this script to regenerate the JSONL.
"""
from __future__ import annotations

from pathlib import Path

from make_news_fresh import write

US = ("United States", "Country", ["US", "U.S.", "USA", "America", "Washington", "U.S. government",
                                   "United States government", "White House"])
CN = ("China", "Country", ["mainland China", "Beijing", "People's Republic of China", "PRC", "Chinese government"])
DOC = ("U.S. Department of Commerce", "GovernmentBody", ["Commerce Department", "U.S. Commerce Department",
                                                         "Department of Commerce", "Commerce"])
TREAS = ("U.S. Department of the Treasury", "GovernmentBody", ["Treasury Department", "Treasury", "U.S. Treasury"])
DOJ = ("U.S. Department of Justice", "GovernmentBody", ["Justice Department", "DOJ", "Department of Justice"])
NL = ("Netherlands", "Country", ["the Netherlands", "Dutch government", "The Hague", "Holland"])
JP = ("Japan", "Country", ["Tokyo", "Japanese government"])
KR = ("South Korea", "Country", ["Korea", "Seoul", "Republic of Korea"])
TW = ("Taiwan", "Country", ["Taipei"])
UK = ("United Kingdom", "Country", ["UK", "U.K.", "Britain", "British government", "London"])
IN = ("India", "Country", ["Indian government", "New Delhi"])
NV = ("Nvidia", "Company", ["NVIDIA", "Nvidia Corp", "Nvidia Corporation"])
ARM = ("Arm", "Company", ["Arm Holdings", "ARM"])
SAM = ("Samsung Electronics", "Company", ["Samsung"])
MS = ("Microsoft", "Company", ["Microsoft Corp"])
OAI = ("OpenAI", "Company", [])
APPLE = ("Apple", "Company", ["Apple Inc"])
TSMC = ("TSMC", "Company", ["Taiwan Semiconductor Manufacturing Co", "Taiwan Semiconductor Manufacturing Company"])


def e(name, typ="Company", aliases=()):
    return (name, typ, list(aliases))


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


P = [
    # 01
    ("WASHINGTON, Jan 15 (Reuters) - The U.S. Commerce Department on Wednesday added 25 Chinese entities to its "
     "Entity List, including Zhipu AI and Sophgo, a chip designer linked to Huawei.",
     [DOC, e("Zhipu AI"), e("Sophgo"), e("Huawei", aliases=["Huawei Technologies"]), e("Entity List", "Policy"), CN, US],
     [t("U.S. Department of Commerce", ["sanctions", "restricts"], "Zhipu AI"),
      t("U.S. Department of Commerce", ["sanctions", "restricts"], "Sophgo"),
      t("Zhipu AI", "basedIn", "China"), t("Sophgo", "basedIn", "China")]),
    # 02
    ("The U.S. government told Nvidia it would need a license to ship its H20 chips to China, the company said in a "
     "filing on Tuesday.",
     [US, NV, e("H20", "Product", ["H20 chips"]), CN],
     [t("United States", ["restricts", "regulates"], "H20"), t("United States", ["restricts", "regulates"], "China"),
      t("Nvidia", "develops", "H20")]),
    # 03
    ("Arm Holdings, the British chip designer controlled by SoftBank Group, plans to raise its royalty rates, people "
     "familiar with the matter said.",
     [ARM, UK, e("SoftBank Group", aliases=["SoftBank"])],
     [t("Arm", "basedIn", "United Kingdom"), t("SoftBank Group", "owns", "Arm")]),
    # 04
    ("Samsung Electronics will supply high-bandwidth memory chips to Nvidia after its HBM3E parts passed the U.S. "
     "company's qualification tests.",
     [SAM, NV, e("HBM3E", "Product", ["HBM3E parts"]), US],
     [t("Samsung Electronics", "suppliesTo", "Nvidia"), t("Samsung Electronics", "develops", "HBM3E"),
      t("Nvidia", "basedIn", "United States")]),
    # 05
    ("Italy's antitrust authority fined Apple 98 million euros, saying the iPhone maker had abused its dominant "
     "position in the market for app distribution.",
     [e("Italian Competition Authority", "GovernmentBody", ["antitrust authority", "Italy's antitrust authority", "AGCM"]),
      e("Italy", "Country"), APPLE, e("iPhone", "Product", ["iPhones"])],
     [t("Italian Competition Authority", "sanctions", "Apple"), t("Italian Competition Authority", "accuses", "Apple"),
      t("Apple", ["manufactures", "develops"], "iPhone")]),
    # 06
    ("Japan's Rapidus has received another 802.5 billion yen in government subsidies for its 2-nanometre chip plant "
     "in Chitose, Hokkaido.",
     [e("Rapidus"), JP, e("Chitose", "City"), e("Hokkaido", "Region")],
     [t("Rapidus", "basedIn", "Japan"), t("Chitose", "locatedIn", "Hokkaido")]),
    # 07
    ("Tesla chief executive Elon Musk said the company would not build its robotaxi factory in India for now.",
     [e("Tesla", aliases=["Tesla Inc"]), e("Elon Musk", "Person", ["Musk"]), IN],
     [t("Elon Musk", "leads", "Tesla")]),
    # 08
    ("Broadcom completed its $69 billion takeover of VMware on Wednesday after Chinese regulators cleared the deal.",
     [e("Broadcom"), e("VMware"), CN],
     [t("Broadcom", "acquires", "VMware")]),
    # 09
    ("The Dutch government took control of Nexperia, the chipmaker owned by China's Wingtech Technology, citing "
     "concerns about the transfer of technology.",
     [NL, e("Nexperia"), e("Wingtech Technology", aliases=["Wingtech"]), CN],
     [t("Netherlands", ["regulates", "owns", "restricts", "acquires"], "Nexperia"),
      t("Wingtech Technology", "owns", "Nexperia"), t("Wingtech Technology", "basedIn", "China")]),
    # 10
    ("Meta Platforms has agreed to pay about $14.3 billion for a 49% stake in Scale AI, whose founder Alexandr Wang "
     "will join the social media company.",
     [e("Meta Platforms", aliases=["Meta"]), e("Scale AI"), e("Alexandr Wang", "Person", ["Wang"])],
     [t("Meta Platforms", "investsIn", "Scale AI"), t("Alexandr Wang", "founded", "Scale AI"),
      t("Alexandr Wang", "worksFor", "Meta Platforms")]),
    # 11
    ("South Korea's Fair Trade Commission said on Thursday it had fined Google 42.1 billion won for blocking the "
     "release of mobile games on a rival app store, One Store.",
     [e("Korea Fair Trade Commission", "GovernmentBody", ["Fair Trade Commission", "KFTC",
                                                          "South Korea's Fair Trade Commission"]),
      KR, e("Google"), e("One Store", "Company", ["ONE Store"])],
     [t("Korea Fair Trade Commission", "sanctions", "Google"), t("Google", "restricts", "One Store")]),
    # 12
    ("Alphabet's Waymo will begin testing its driverless cars in Tokyo with local taxi operator Nihon Kotsu.",
     [e("Alphabet"), e("Waymo"), e("Tokyo", "City"), e("Nihon Kotsu"), JP],
     [t("Alphabet", "owns", "Waymo"), t("Waymo", "partnersWith", "Nihon Kotsu")]),
    # 13
    ("The European Commission opened an investigation into whether Microsoft's bundling of Teams with its Office "
     "suite broke EU competition rules.",
     [e("European Commission", "GovernmentBody", ["the Commission", "Commission", "EU Commission"]), MS,
      e("Microsoft Teams", "Product", ["Teams"]), e("Microsoft Office", "Product", ["Office", "Office suite"]),
      e("European Union", "GovernmentBody", ["EU"])],
     [t("European Commission", "regulates", "Microsoft"), t("Microsoft", "develops", "Microsoft Office")]),
    # 14
    ("Foxconn, which assembles most of Apple's iPhones, said it would invest $1 billion in its factory in Chennai, "
     "India.",
     [e("Foxconn", aliases=["Hon Hai", "Hon Hai Precision Industry"]), APPLE, e("iPhone", "Product", ["iPhones"]),
      e("Chennai", "City"), IN],
     [t("Foxconn", "manufactures", "iPhone"), t("Apple", "develops", "iPhone"),
      t("Foxconn", ["suppliesTo", "manufactures"], "Apple"), t("Chennai", "locatedIn", "India")]),
    # 15
    ("Qualcomm agreed to buy Alphawave IP Group, a British maker of data-centre connectivity chips, for about "
     "$2.4 billion.",
     [e("Qualcomm"), e("Alphawave Semi", aliases=["Alphawave IP Group", "Alphawave"]), UK],
     [t("Qualcomm", "acquires", "Alphawave Semi"), t("Alphawave Semi", "basedIn", "United Kingdom")]),
    # 16
    ("Chinese regulators summoned Nvidia over what they called security risks in its H20 chips, the Cyberspace "
     "Administration of China said on Thursday.",
     [CN, NV, e("H20", "Product", ["H20 chips"]),
      e("Cyberspace Administration of China", "GovernmentBody", ["CAC", "Cyberspace Administration"])],
     [t("Nvidia", "develops", "H20"), t("Cyberspace Administration of China", "regulates", "Nvidia")]),
    # 17
    ("Taiwan added Huawei and SMIC to its list of entities barred from receiving Taiwanese technology without a "
     "permit.",
     [TW, e("Huawei", aliases=["Huawei Technologies"]),
      e("SMIC", aliases=["Semiconductor Manufacturing International Corp", "Semiconductor Manufacturing International"])],
     [t("Taiwan", ["sanctions", "restricts"], "Huawei"), t("Taiwan", ["sanctions", "restricts"], "SMIC")]),
    # 18
    ("AMD has agreed to supply OpenAI with its Instinct MI450 processors, and the ChatGPT maker received warrants for "
     "up to 160 million AMD shares.",
     [e("AMD", aliases=["Advanced Micro Devices"]), OAI, e("Instinct MI450", "Product", ["MI450", "Instinct MI450 processors"]),
      e("ChatGPT", "Product")],
     [t("AMD", "suppliesTo", "OpenAI"), t("AMD", "develops", "Instinct MI450"),
      t("OpenAI", ["develops", "manufactures"], "ChatGPT")]),
    # 19
    ("The UK's Competition and Markets Authority said it would not investigate Microsoft's partnership with OpenAI "
     "any further.",
     [e("Competition and Markets Authority", "GovernmentBody", ["CMA"]), UK, MS, OAI],
     [t("Microsoft", "partnersWith", "OpenAI")]),
    # 20
    ("Vietnam's FPT Corporation and Nvidia will build a $200 million AI factory in Hanoi, the companies said.",
     [e("FPT Corporation", aliases=["FPT", "FPT Corp"]), e("Vietnam", "Country"), NV, e("Hanoi", "City")],
     [t("FPT Corporation", "basedIn", "Vietnam"), t("FPT Corporation", "partnersWith", "Nvidia")]),
    # 21
    ("The Treasury Department sanctioned Integrity Technology Group, a Beijing-based cybersecurity company it accused "
     "of supporting the Flax Typhoon hacking group.",
     [TREAS, e("Integrity Technology Group", aliases=["Integrity Tech"]), e("Beijing", "City"),
      e("Flax Typhoon", "Organization")],
     [t("U.S. Department of the Treasury", "sanctions", "Integrity Technology Group"),
      t("U.S. Department of the Treasury", "accuses", "Integrity Technology Group"),
      t("Integrity Technology Group", "basedIn", "Beijing")]),
    # 22
    ("Rivals Baidu and Alibaba are racing to cut the prices of their large language models.",
     [e("Baidu"), e("Alibaba", aliases=["Alibaba Group"])],
     [t("Baidu", "competesWith", "Alibaba")]),
    # 23
    ("SoftBank's Masayoshi Son said the group would invest $100 billion in the United States over four years.",
     [e("SoftBank Group", aliases=["SoftBank"]), e("Masayoshi Son", "Person", ["Son"]), US],
     [t("Masayoshi Son", ["worksFor", "leads"], "SoftBank Group"), t("SoftBank Group", "investsIn", "United States")]),
    # 24
    ("The Dutch government will require exporters of some ASML deep ultraviolet lithography machines to apply for "
     "licences, it said on Friday.",
     [NL, e("ASML", aliases=["ASML Holding"])],
     [t("Netherlands", ["restricts", "regulates"], "ASML")]),
    # 25
    ("Anthropic has hired Rahul Patil, the former chief technology officer of Stripe, as its new technology chief.",
     [e("Anthropic"), e("Rahul Patil", "Person", ["Patil"]), e("Stripe")],
     [t("Rahul Patil", ["worksFor", "leads"], "Anthropic")]),
    # 26
    ("Google parent Alphabet said its Gemini models would be offered to U.S. federal agencies at a steep discount.",
     [e("Google"), e("Alphabet"), e("Gemini", "Product", ["Gemini models"]), US],
     [t("Alphabet", "owns", "Google"), t("Alphabet", "develops", "Gemini")]),
    # 27
    ("Cisco completed its purchase of Splunk, the cybersecurity and data analytics firm, for $28 billion.",
     [e("Cisco", aliases=["Cisco Systems"]), e("Splunk")],
     [t("Cisco", "acquires", "Splunk")]),
    # 28
    ("China's State Administration for Market Regulation said Nvidia had violated the anti-monopoly law with its "
     "acquisition of Mellanox Technologies.",
     [e("State Administration for Market Regulation", "GovernmentBody", ["SAMR"]), CN, NV,
      e("Mellanox Technologies", aliases=["Mellanox"])],
     [t("State Administration for Market Regulation", ["accuses", "regulates"], "Nvidia"),
      t("Nvidia", "acquires", "Mellanox Technologies")]),
    # 29
    ("Malaysia will require permits for exports of high-performance AI chips of U.S. origin, its trade ministry said.",
     [e("Malaysia", "Country"), US],
     []),
    # 30
    ("OpenAI said it would not make its models available to users in China, and Chinese developers turned to "
     "domestic alternatives from Alibaba and DeepSeek.",
     [OAI, CN, e("Alibaba", aliases=["Alibaba Group"]), e("DeepSeek")],
     [t("OpenAI", "restricts", "China")]),
    # 31
    ("Lam Research, a supplier of wafer fabrication equipment to chipmakers such as Samsung and TSMC, said China "
     "accounted for 40% of its sales.",
     [e("Lam Research", aliases=["Lam"]), SAM, TSMC, CN],
     [t("Lam Research", "suppliesTo", "Samsung Electronics"), t("Lam Research", "suppliesTo", "TSMC"),
      t("Lam Research", "suppliesTo", "China")]),
    # 32
    ("Samsung Electronics co-CEO Jun Young-hyun apologised for the company's weak results.",
     [SAM, e("Jun Young-hyun", "Person", ["Jun"])],
     [t("Jun Young-hyun", "leads", "Samsung Electronics")]),
    # 33
    ("Xiaomi unveiled its first self-developed smartphone chip, the Xring O1, which is manufactured by TSMC on a "
     "3-nanometre process.",
     [e("Xiaomi"), e("Xring O1", "Product", ["Xring"]), TSMC],
     [t("Xiaomi", "launches", "Xring O1"), t("Xiaomi", "develops", "Xring O1"), t("TSMC", "manufactures", "Xring O1")]),
    # 34
    ("A U.S. jury found that Qualcomm did not breach its licence agreement with Arm, a win for the chipmaker in its "
     "dispute with the British company.",
     [US, e("Qualcomm"), ARM, UK],
     [t("Arm", ["suppliesTo", "partnersWith"], "Qualcomm"), t("Arm", "basedIn", "United Kingdom")]),
    # 35
    ("Apple CEO Tim Cook met Chinese Premier Li Qiang in Beijing during his visit to the country.",
     [APPLE, e("Tim Cook", "Person", ["Cook"]), e("Li Qiang", "Person"), CN, e("Beijing", "City")],
     [t("Tim Cook", "leads", "Apple"), t("Li Qiang", ["leads", "worksFor"], "China")]),
    # 36
    ("The Justice Department sued Visa, accusing the payments giant of monopolizing the debit card market.",
     [DOJ, e("Visa Inc", aliases=["Visa"])],
     [t("U.S. Department of Justice", "sues", "Visa Inc"), t("U.S. Department of Justice", "accuses", "Visa Inc")]),
    # 37
    ("TikTok's owner ByteDance has been ordered to sell the app's U.S. business under a law signed by President "
     "Joe Biden.",
     [e("TikTok", "Product", ["TikTok Inc"]), e("ByteDance"), US, e("Joe Biden", "Person", ["Biden"])],
     [t("ByteDance", "owns", "TikTok")]),
    # 38
    ("In a statement, China's foreign ministry condemned the Dutch export curbs as an abuse of export control "
     "measures.",
     [e("Ministry of Foreign Affairs of China", "GovernmentBody", ["foreign ministry", "China's foreign ministry",
                                                                 "Chinese foreign ministry"]), CN, NL],
     [t("Ministry of Foreign Affairs of China", "accuses", "Netherlands")]),
    # 39
    ("Nokia will supply 5G radio equipment to Deutsche Telekom under a five-year deal announced on Monday.",
     [e("Nokia"), e("Deutsche Telekom")],
     [t("Nokia", ["suppliesTo", "partnersWith"], "Deutsche Telekom")]),
    # 40
    ("The Indian government has approved a $2.7 billion semiconductor plant proposed by Micron Technology in Sanand, "
     "Gujarat.",
     [IN, e("Micron Technology", aliases=["Micron"]), e("Sanand", "City"), e("Gujarat", "Region")],
     [t("Sanand", "locatedIn", "Gujarat")]),
]


def main() -> None:
    write(P, Path(__file__).with_name("news-fresh2.jsonl"), "nf2")


if __name__ == "__main__":
    main()
