"""Writes benchmarks/data/news-fresh.jsonl: news-style passages the project wrote in its own words on
28 November 2026, annotated by hand per ../shared/ONTOLOGY.md before `kg` was run on any of them.

Unlike news-own.jsonl (written while rules were made for it), this set was written afterwards to
measure: odd passages (nf-01, nf-03, ...) tune, even passages check (counted only). Run this script
to regenerate the JSONL after an edit; the JSONL is what benchmarks/score_real.py reads.
"""
from __future__ import annotations

import json
from pathlib import Path

US = ("United States", "Country", ["US", "U.S.", "USA", "America", "Washington", "U.S. government",
                                   "United States government", "Biden administration", "Trump administration",
                                   "White House"])
CN = ("China", "Country", ["mainland China", "Beijing", "People's Republic of China", "PRC", "Chinese government"])
DOC = ("U.S. Department of Commerce", "GovernmentBody", ["Commerce Department", "U.S. Commerce Department",
                                                         "Department of Commerce", "Commerce", "US Commerce Department"])
BIS = ("Bureau of Industry and Security", "GovernmentBody", ["BIS"])
NL = ("Netherlands", "Country", ["the Netherlands", "Dutch government", "The Hague", "Holland"])
JP = ("Japan", "Country", ["Tokyo", "Japanese government"])
KR = ("South Korea", "Country", ["Korea", "Seoul", "Republic of Korea"])
TW = ("Taiwan", "Country", ["Taipei"])
EC = ("European Commission", "GovernmentBody", ["the Commission", "Commission", "EU Commission", "Brussels"])
EU = ("European Union", "GovernmentBody", ["EU", "the EU", "Brussels"])
UK = ("United Kingdom", "Country", ["UK", "U.K.", "Britain", "British government", "London"])
RU = ("Russia", "Country", ["Moscow", "Russian Federation", "Russian government"])
DE = ("Germany", "Country", ["Berlin", "German government"])


def e(name, typ="Company", aliases=()):
    return (name, typ, list(aliases))


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


P = [
    ("BEIJING, Nov 3 (Reuters) - China's commerce ministry said on Monday it would halt exports of gallium and "
     "germanium to the United States with immediate effect.",
     [e("Ministry of Commerce of China", "GovernmentBody", ["commerce ministry", "China's commerce ministry", "MOFCOM",
                                                            "Ministry of Commerce"]), e("gallium", "Product"),
      e("germanium", "Product"), US, CN],
     [t("Ministry of Commerce of China", "restricts", "United States"), t("Ministry of Commerce of China", "restricts", "gallium"),
      t("Ministry of Commerce of China", "restricts", "germanium")]),
    ("Dutch chip equipment maker ASML said it expects the new licence requirement to cut its sales in China.",
     [e("ASML", aliases=["ASML Holding"]), NL, CN], [t("ASML", "basedIn", "Netherlands")]),
    ("Micron Technology, the largest American memory maker, was barred from critical infrastructure projects by "
     "the Cyberspace Administration of China in May 2023.",
     [e("Micron Technology", aliases=["Micron"]), US,
      e("Cyberspace Administration of China", "GovernmentBody", ["CAC"])],
     [t("Micron Technology", "basedIn", "United States"), t("Cyberspace Administration of China", "restricts", "Micron Technology")]),
    ("SK Hynix, South Korea's second-largest chipmaker, will build an advanced packaging plant in West Lafayette, "
     "Indiana, the company said.",
     [e("SK Hynix", aliases=["SK hynix"]), KR, e("West Lafayette", "City"), e("Indiana", "Region")],
     [t("SK Hynix", "basedIn", "South Korea"), t("West Lafayette", "locatedIn", "Indiana")]),
    ("Alibaba Cloud cut the prices of its Qwen models for developers, days after rival Baidu made its Ernie "
     "chatbot free to use.",
     [e("Alibaba Cloud"), e("Qwen", "Product"), e("Baidu"), e("Ernie", "Product", ["Ernie Bot"])],
     [t("Alibaba Cloud", "develops", "Qwen"), t("Alibaba Cloud", "competesWith", "Baidu"), t("Baidu", "develops", "Ernie")]),
    ("The Commerce Department's Bureau of Industry and Security added 12 Chinese companies, including Inspur "
     "Group's subsidiaries and the server maker Sugon, to the Entity List on Tuesday.",
     [DOC, BIS, e("Sugon", aliases=["Dawning Information Industry"]), e("Inspur Group", aliases=["Inspur"]), CN],
     [t("U.S. Department of Commerce", "owns", "Bureau of Industry and Security"),
      t("Bureau of Industry and Security", ["sanctions", "restricts"], "Sugon"), t("Sugon", "basedIn", "China")]),
    ("Tesla chief executive Elon Musk said the carmaker would not sell its self-driving software in China until "
     "regulators approve it.",
     [e("Tesla"), e("Elon Musk", "Person"), CN],
     [t("Elon Musk", "leads", "Tesla"), t("Tesla", "restricts", "China")]),
    ("Apple supplier Foxconn plans to invest $1.5 billion in a new plant in Chennai, India, according to a "
     "filing with the Taiwan Stock Exchange.",
     [e("Apple"), e("Foxconn", aliases=["Hon Hai", "Hon Hai Precision Industry"]), e("Chennai", "City"),
      e("India", "Country"), e("Taiwan Stock Exchange", "Organization")],
     [t("Foxconn", "suppliesTo", "Apple"), t("Chennai", "locatedIn", "India")]),
    ("The European Commission opened an investigation into TikTok over its handling of election content, "
     "Commission Vice President Henna Virkkunen told reporters.",
     [EC, e("TikTok", "Product"), e("Henna Virkkunen", "Person")],
     [t("European Commission", "regulates", "TikTok"), t("Henna Virkkunen", "worksFor", "European Commission")]),
    ("Rapidus, a Japanese government-backed chip venture, has partnered with IBM to produce 2-nanometre chips "
     "in Hokkaido.",
     [e("Rapidus"), JP, e("IBM"), e("Hokkaido", "Region")],
     [t("Rapidus", "basedIn", "Japan"), t("Japan", "investsIn", "Rapidus"), t("Rapidus", "partnersWith", "IBM")]),
    ("Washington has pressed Tokyo and The Hague to stop servicing chipmaking tools already installed in "
     "Chinese factories.",
     [US, JP, NL, CN], []),
    ("Anthropic, the San Francisco-based maker of the Claude models, said Amazon had completed a $4 billion "
     "investment in the startup.",
     [e("Anthropic"), e("San Francisco", "City"), e("Claude", "Product"), e("Amazon")],
     [t("Anthropic", "basedIn", "San Francisco"), t("Anthropic", "develops", "Claude"), t("Amazon", "investsIn", "Anthropic")]),
    ("South Korea's Fair Trade Commission fined Google 42.1 billion won for blocking the release of games on "
     "rival app stores.",
     [e("Korea Fair Trade Commission", "GovernmentBody", ["Fair Trade Commission", "KFTC"]), KR, e("Google")],
     [t("Korea Fair Trade Commission", "sanctions", "Google")]),
    ("Huawei's smartphone unit Honor was sold to a consortium of Shenzhen government-backed firms in 2020.",
     [e("Huawei", aliases=["Huawei Technologies"]), e("Honor"), e("Shenzhen", "City")], []),
    ("Nvidia and Foxconn are building a supercomputer in Kaohsiung, Taiwan, the two companies said on Monday.",
     [e("Nvidia"), e("Foxconn", aliases=["Hon Hai"]), e("Kaohsiung", "City"), TW],
     [t("Nvidia", "partnersWith", "Foxconn"), t("Kaohsiung", "locatedIn", "Taiwan")]),
    ("Britain's Competition and Markets Authority cleared Microsoft's $69 billion takeover of Activision "
     "Blizzard after the deal was restructured.",
     [e("Competition and Markets Authority", "GovernmentBody", ["CMA"]), UK, e("Microsoft"),
      e("Activision Blizzard", aliases=["Activision"])],
     [t("Competition and Markets Authority", "regulates", "Microsoft"),
      t("Competition and Markets Authority", "regulates", "Activision Blizzard"),
      t("Microsoft", "acquires", "Activision Blizzard")]),
    ("The Treasury Department sanctioned three Hong Kong-based firms accused of supplying drone parts to Iran.",
     [e("U.S. Department of the Treasury", "GovernmentBody", ["Treasury Department", "Treasury", "U.S. Treasury"]),
      e("Hong Kong", "City"), e("Iran", "Country")], []),
    ("Samsung Electronics said it would invest $17 billion in a new factory in Taylor, Texas, its largest "
     "investment in the United States.",
     [e("Samsung Electronics", aliases=["Samsung"]), e("Taylor", "City"), e("Texas", "Region"), US],
     [t("Taylor", "locatedIn", "Texas")]),
    ("Italy's data protection authority, the Garante, ordered OpenAI to stop processing the data of Italian "
     "users of ChatGPT.",
     [e("Garante", "GovernmentBody", ["Italian Data Protection Authority", "Garante per la protezione dei dati personali"]),
      e("Italy", "Country"), e("OpenAI"), e("ChatGPT", "Product")],
     [t("Garante", "regulates", "OpenAI")]),
    ("Arm, which is majority-owned by SoftBank Group, sued Qualcomm in Delaware, accusing the chip designer of "
     "breaching a licence agreement.",
     [e("Arm", aliases=["Arm Holdings"]), e("SoftBank Group", aliases=["SoftBank"]), e("Qualcomm"),
      e("Delaware", "Region")],
     [t("SoftBank Group", "owns", "Arm"), t("Arm", "sues", "Qualcomm"), t("Arm", "accuses", "Qualcomm")]),
    ("Germany's Infineon Technologies agreed to buy Canadian startup GaN Systems for $830 million.",
     [e("Infineon Technologies", aliases=["Infineon"]), DE, e("GaN Systems"), e("Canada", "Country")],
     [t("Infineon Technologies", "basedIn", "Germany"), t("GaN Systems", "basedIn", "Canada"),
      t("Infineon Technologies", "acquires", "GaN Systems")]),
    ("Chinese AI startup Moonshot AI, backed by Alibaba and Tencent, released its Kimi K2 model as open "
     "weights.",
     [e("Moonshot AI"), CN, e("Alibaba", aliases=["Alibaba Group"]), e("Tencent"), e("Kimi K2", "Product", ["Kimi"])],
     [t("Moonshot AI", "basedIn", "China"), t("Alibaba", "investsIn", "Moonshot AI"), t("Tencent", "investsIn", "Moonshot AI"),
      t("Moonshot AI", "launches", "Kimi K2"), t("Moonshot AI", "develops", "Kimi K2")]),
    ("Under the agreement, Microsoft will provide cloud computing capacity to G42 in Abu Dhabi, and the "
     "Emirati firm will run its Jais model on Azure.",
     [e("Microsoft"), e("G42"), e("Abu Dhabi", "City"), e("United Arab Emirates", "Country", ["UAE", "Emirati"]),
      e("Jais", "Product"), e("Azure", "Product", ["Microsoft Azure"])],
     [t("Microsoft", "suppliesTo", "G42"), t("G42", "basedIn", "United Arab Emirates"), t("G42", "develops", "Jais")]),
    ("Russia's Yandex was split in two after its Dutch parent company sold the Russian businesses to a group "
     "of local investors.",
     [e("Yandex"), RU, NL], [t("Yandex", "basedIn", "Russia")]),
    ("Intel Chief Executive Lip-Bu Tan met President Donald Trump at the White House on Monday.",
     [e("Intel"), e("Lip-Bu Tan", "Person"), e("Donald Trump", "Person"), US],
     [t("Lip-Bu Tan", "leads", "Intel")]),
    ("A federal judge in San Jose blocked the Justice Department from enforcing the rule against Huawei's "
     "U.S. affiliate, Futurewei Technologies.",
     [e("San Jose", "City"), e("U.S. Department of Justice", "GovernmentBody", ["Justice Department", "DOJ"]),
      e("Huawei", aliases=["Huawei Technologies"]), e("Futurewei Technologies", aliases=["Futurewei"]), US],
     [t("Huawei", "owns", "Futurewei Technologies"), t("Futurewei Technologies", "basedIn", "United States")]),
    ("Japan added 23 types of chipmaking equipment to its export control list, a move that Beijing condemned "
     "as economic coercion.",
     [JP, CN], [t("China", "accuses", "Japan")]),
    ("TSMC, the world's largest contract chipmaker, makes the processors that Apple designs for its iPhones.",
     [e("TSMC", aliases=["Taiwan Semiconductor Manufacturing Co", "Taiwan Semiconductor"]), e("Apple"),
      e("iPhone", "Product", ["iPhones"])],
     [t("TSMC", ["suppliesTo", "manufactures"], "Apple"), t("Apple", "develops", "iPhone")]),
    ("The Federal Communications Commission voted to revoke China Telecom Americas' authority to operate in "
     "the United States, citing national security risks.",
     [e("Federal Communications Commission", "GovernmentBody", ["FCC"]), e("China Telecom Americas"), US],
     [t("Federal Communications Commission", ["restricts", "sanctions", "regulates"], "China Telecom Americas")]),
    ("Seoul-based Naver signed a deal with Saudi Arabia's housing ministry to build a digital twin of several "
     "cities.",
     [e("Naver"), e("Seoul", "City"), e("Ministry of Municipal and Rural Affairs and Housing", "GovernmentBody",
                                        ["housing ministry", "Saudi housing ministry"]),
      e("Saudi Arabia", "Country")],
     [t("Naver", "basedIn", "Seoul"), t("Naver", "partnersWith", "Ministry of Municipal and Rural Affairs and Housing")]),
]


def write(passages: list, out: Path, prefix: str) -> None:
    """The passages as gold JSON lines ("<prefix>-01", ...), each triple's ends checked against its entities."""
    lines = []
    for n, (text, ents, triples) in enumerate(passages, 1):
        names = {x[0] for x in ents}
        for tr in triples:
            assert tr["s"] in names and tr["o"] in names, (n, tr)
        lines.append(json.dumps({"id": f"{prefix}-{n:02d}", "text": text,
                                 "entities": [{"name": a, "type": b, "aliases": c} for a, b, c in ents],
                                 "triples": triples}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} passages, {sum(len(x[2]) for x in passages)} triples -> {out}")


def main() -> None:
    write(P, Path(__file__).with_name("news-fresh.jsonl"), "nf")


if __name__ == "__main__":
    main()
