"""Writes benchmarks/data/fed13-gold.jsonl: passages cut verbatim from ten U.S. federal documents that are not press
releases (benchmarks/data/fed13-sources/, public domain, 17 U.S.C. 105): a presidential order on a CFIUS case
(ByteDance and Musical.ly), an executive order's opening findings (the ICT supply chain), three Federal Register rules of
BIS on the Entity List, an FCC order to show cause, two GAO highlights (chip export rules, CFIUS workload), a CRS
report summary (Huawei and U.S. law) and a Treasury official's testimony on CFIUS; none of them in us-gov, fed3 to
fed11 or real-dev's SOURCES.md. Annotated by hand per ../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text
conventions") and the precedents of the earlier sets (benchmarks/data/README.md), before `kg` was run on any of them
(29 November 2026).

Split by whole document: odd documents (f13-01, f13-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed13-sources"
OUT = HERE / "fed13-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "America", "U.S. Government",
                                  "Trump Administration"]),
    "China": ("Country", ["People's Republic of China", "PRC", "People’s Republic of China", "Chinese government",
                          "China, People's Republic of"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "Commerce",
                                                       "DEPARTMENT OF COMMERCE"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS"]),
    "Entity List": ("Policy", []),
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "Committee on Foreign Investment in the United States": ("GovernmentBody", [
        "CFIUS", "COMMITTEE ON FOREIGN INVESTMENT IN THE UNITED STATES", "the Committee"]),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Treasury", "Department of the Treasury"]),
    "U.S. Department of Defense": ("GovernmentBody", ["Department of Defense", "Defense", "DOD"]),
    "Government Accountability Office": ("GovernmentBody", ["GAO", "United States Government Accountability Office"]),
    # 01 presidential order on ByteDance's acquisition of Musical.ly (tune)
    "ByteDance": ("Company", ["ByteDance Ltd.", "ByteDance Ltd"]),
    "Musical.ly": ("Company", ["musical.ly"]),
    "Cayman Islands": ("Region", []),
    "TikTok": ("Product", ["TikTok application"]),
    "Defense Production Act of 1950": ("Policy", ["Defense Production Act"]),
    # 02 GAO-25-107386 highlights (check)
    "U.S. Department of Energy": ("GovernmentBody", ["Department of Energy", "Energy"]),
    "U.S. Department of Homeland Security": ("GovernmentBody", ["Department of Homeland Security", "Homeland Security"]),
    "U.S. Department of Justice": ("GovernmentBody", ["Department of Justice", "Justice"]),
    "U.S. Department of State": ("GovernmentBody", ["Department of State", "State"]),
    "Commerce Control List": ("Policy", []),
    # 03 BIS final rule 2025-05427 (tune)
    "Taiwan": ("Country", []),
    # 04 BIS final rule 2024-28267 (check)
    "Japan": ("Country", []),
    "South Korea": ("Country", []),
    "Singapore": ("Country", []),
    "Validated End-User Program": ("Policy", ["Validated End-User (VEU) Program", "VEU"]),
    "Military-Civil Fusion Development Strategy": ("Policy", ["Military-Civil Fusion (MCF) Development Strategy", "MCF"]),
    # 05 executive order 13873 (tune)
    "Donald Trump": ("Person", ["DONALD J. TRUMP", "Donald J. Trump"]),
    "International Emergency Economic Powers Act": ("Policy", ["IEEPA"]),
    "National Emergencies Act": ("Policy", []),
    # 06 Treasury testimony on CFIUS (check)
    "Patrick McHenry": ("Person", ["McHenry", "Chairman McHenry"]),
    "Maxine Waters": ("Person", ["Waters"]),
    # 07 BIS final rule 2016-21543 (tune)
    "End-User Review Committee": ("GovernmentBody", []),
    "Export Administration": ("GovernmentBody", ["Office of the Assistant Secretary, Export Administration",
                                                 "Office of the Assistant Secretary"]),
    "Office of Exporter Services": ("GovernmentBody", []),
    "Regulatory Policy Division": ("GovernmentBody", []),
    "Sharron Cook": ("Person", ["Cook"]),
    # 08 FCC order to show cause, China Telecom Americas (check)
    "Federal Communications Commission": ("GovernmentBody", ["FCC", "Commission"]),
    "China Telecom Americas": ("Company", ["China Telecom (Americas) Corporation", "China Telecom (USA) Corporation"]),
    "International Bureau": ("GovernmentBody", []),
    "Wireline Competition Bureau": ("GovernmentBody", []),
    "Enforcement Bureau": ("GovernmentBody", []),
    # 09 CRS report R46693 summary (tune)
    "Congressional Research Service": ("GovernmentBody", ["CRS"]),
    "Huawei": ("Company", ["Huawei Technologies Co., Ltd.", "Huawei Technologies"]),
    "Stephen P. Mulligan": ("Person", []),
    "Chris D. Linebaugh": ("Person", []),
    "People's Liberation Army": ("GovernmentBody", ["People’s Liberation Army", "PLA"]),
    "Shenzhen": ("City", []),
    "House Permanent Select Committee on Intelligence": ("GovernmentBody", ["HPSCI"]),
    "United States Congress": ("GovernmentBody", ["Congress", "U.S. Congress"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


US, CN, DOC, BIS, CFIUS = ("United States", "China", "U.S. Department of Commerce", "Bureau of Industry and Security",
                           "Committee on Foreign Investment in the United States")
EL, EAR, TRE, GAO = "Entity List", "Export Administration Regulations", "U.S. Department of the Treasury", \
    "Government Accountability Office"
DOD, DOE, DHS, DOJ, DOS = ("U.S. Department of Defense", "U.S. Department of Energy",
                           "U.S. Department of Homeland Security", "U.S. Department of Justice", "U.S. Department of State")
BD, MU, FCC, CTA = "ByteDance", "Musical.ly", "Federal Communications Commission", "China Telecom Americas"

# (id, text, entities named in the passage, triples)
P = [
    # 01 presidential order regarding ByteDance's acquisition of Musical.ly, 14 August 2020 (tune)
    ("f13-01-01", "Regarding the Acquisition of Musical.ly by ByteDance Ltd. Order of August 14, 2020 Regarding the "
     "Acquisition of Musical.ly by ByteDance Ltd. By the authority vested in me as President by the Constitution and the "
     "laws of the United States of America, including section 721 of the Defense Production Act of 1950, as amended "
     "(section 721), 50 U.S.C. 4565, it is hereby ordered as follows:",
     [MU, BD, US, "Defense Production Act of 1950"],
     [t(BD, "acquires", MU)]),
    ("f13-01-02", "Section 1. Findings. (a) There is credible evidence that leads me to believe that ByteDance Ltd., an "
     "exempted company with limited liability incorporated under the laws of the Cayman Islands (``ByteDance''), through "
     "acquiring all interests in musical.ly, an exempted company with limited liability incorporated under the laws of "
     "the Cayman Islands (``Musical.ly''), might take action that threatens to impair the national security of the "
     "United States.",
     [BD, "Cayman Islands", MU, US],
     [t(BD, "basedIn", "Cayman Islands"), t(MU, "basedIn", "Cayman Islands"), t(BD, "acquires", MU)]),
    ("f13-01-03", "The transaction resulting in the acquisition by ByteDance of Musical.ly, to the extent that Musical.ly "
     "or any of its assets is used in furtherance or support of, or relating to, Musical.ly’s activities in interstate "
     "commerce in the United States (“Musical.ly in the United States”), is hereby prohibited, and ownership by ByteDance "
     "of any interest in Musical.ly in the United States, whether effected directly or indirectly through ByteDance, or "
     "through ByteDance’s subsidiaries, affiliates, or Chinese shareholders, is also prohibited.",
     [BD, MU, US],
     [t(BD, "acquires", MU)]),
    ("f13-01-04", "In order to effectuate this order, not later than 90 days after the date of this order, unless such "
     "date is extended for a period not to exceed 30 days, on such written conditions as the Committee on Foreign "
     "Investment in the United States (CFIUS) may impose, ByteDance, its subsidiaries, affiliates, and Chinese "
     "shareholders, shall divest all interests and rights in: 1) any tangible or intangible assets or property, wherever "
     "located, used to enable or support ByteDance’s operation of the TikTok application in the United States, as "
     "determined by the Committee; and 2) any data obtained or derived from TikTok application or Musical.ly application "
     "users in the United States.",
     [CFIUS, BD, "TikTok", MU, US],
     [t(BD, ["owns", "develops"], "TikTok")]),
    ("f13-01-05", "Immediately upon divestment, ByteDance shall certify in writing to CFIUS that all steps necessary to "
     "fully and permanently effectuate the actions required under sections 2(a) and 2(b) have been completed.",
     [BD, CFIUS], []),
    # 02 GAO-25-107386 highlights, advanced semiconductor export rules, December 2024 (check)
    ("f13-02-01", "Export Controls: Commerce Implemented Advanced Semiconductor Rules and Took Steps to Address Compliance "
     "Challenges What GAO Found In October 2022, the Department of Commerce’s Bureau of Industry and Security (BIS) "
     "issued a new rule to control the export of advanced semiconductors and related manufacturing equipment. Advanced "
     "semiconductors can be used for artificial intelligence, including in medical diagnosis and for military purposes, "
     "such as modeling nuclear explosions.",
     [DOC, GAO, BIS],
     [t(DOC, "owns", BIS)]),
    ("f13-02-02", "Engineer Holding a Semiconductor The stated goal of BIS’s advanced semiconductors rule was to address "
     "U.S. national security and foreign policy interest and to counter the People’s Republic of China’s access to "
     "advanced computing to modernize its military, including nuclear weapons development, advanced intelligence "
     "collection and analysis, and surveillance.",
     [BIS, US, CN],
     [t(BIS, "restricts", CN)]),
    ("f13-02-03", "BIS published the rule as an “interim final” rule, which enabled enforcement of the rule before the "
     "end of a public comment period. BIS took this approach to avoid stockpiling of controlled items and to address "
     "other national security or foreign policy concerns. BIS issued two additional rules in 2023 that revised the "
     "controls of the 2022 rule.",
     [BIS], []),
    ("f13-02-04", "After October 2023, BIS conducted reviews of its export controls, including reviewing public comments "
     "on existing rules. As a result of these reviews, BIS issued an April 2024 update to the rules. In September, BIS "
     "updated the Commerce Control List, among other changes.",
     [BIS, "Commerce Control List"], []),
    ("f13-02-05", "To develop, implement, and enforce compliance with the rules, BIS works with offices from six other "
     "U.S. agencies: the Departments of Defense, Energy, Homeland Security, Justice, State, and the Treasury.",
     [BIS, US, DOD, DOE, DHS, DOJ, DOS, TRE],
     [t(BIS, "partnersWith", x) for x in (DOD, DOE, DHS, DOJ, DOS, TRE)]),
    # 03 BIS final rule 2025-05427, additions to the Entity List, March 2025 (tune)
    ("f13-03-01", "In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration Regulations "
     "(EAR) by adding 12 entities to the Entity List, under the destinations of China, People's Republic of (China) (11) "
     "and Taiwan (1). These entities have been determined by the U.S. Government to be acting contrary to the national "
     "security or foreign policy interests of the United States.",
     [BIS, EAR, EL, CN, "Taiwan", US], []),
    ("f13-03-02", "This rule is effective March 25, 2025. DEPARTMENT OF COMMERCE Bureau of Industry and Security 15 CFR "
     "Part 744 [Docket No. 250324-0047] RIN 0694-AK08 Additions to the Entity List AGENCY: Bureau of Industry and "
     "Security, Department of Commerce. ACTION: Final rule.",
     [DOC, BIS, EL],
     [t(DOC, "owns", BIS)]),
    # 04 BIS final rule 2024-28267, Entity List additions and VEU removals, December 2024 (check)
    ("f13-04-01", "DEPARTMENT OF COMMERCE Bureau of Industry and Security 15 CFR Parts 744 and 748 [Docket No. "
     "241126-0303] RIN 0694-AJ77 Additions and Modifications to the Entity List; Removals From the Validated End-User "
     "(VEU) Program AGENCY: Bureau of Industry and Security, Commerce. ACTION: Final rule.",
     [DOC, BIS, EL, "Validated End-User Program"],
     [t(DOC, "owns", BIS)]),
    ("f13-04-02", "SUMMARY: In this final rule, the Bureau of Industry and Security (BIS) amends the Export "
     "Administration Regulations (EAR) by adding 140 entities to the Entity List. These entries are listed on the Entity "
     "List under the destinations of China, People's Republic of (China), Japan, South Korea, and Singapore and have "
     "been determined by the U.S. Government to be acting contrary to the national security and foreign policy "
     "interests of the United States. This final rule also modifies 14 existing entries on the Entity List, consisting "
     "of revisions to 14 entries under China.",
     [BIS, EAR, EL, CN, "Japan", "South Korea", "Singapore", US], []),
    ("f13-04-03", "This final rule publishes concurrently with BIS's interim final rule, “Foreign-Produced Direct Product "
     "Rule Additions, and Refinements to Controls for Advanced Computing and Semiconductor Manufacturing Items” "
     "(0694-AJ74), which makes additional changes to the EAR controls on advanced computing items and semiconductor "
     "manufacturing items.",
     [BIS, EAR], []),
    ("f13-04-04", "All of these entities (those newly added and those being modified) are involved with the development "
     "and production of “advanced-node integrated circuits” (“advanced-node ICs”) and/or semiconductor manufacturing "
     "items, and/or have supported the Chinese government's Military-Civil Fusion (MCF) Development Strategy.",
     [CN, "Military-Civil Fusion Development Strategy"], []),
    # 05 executive order 13873, securing the ICT and services supply chain, 15 May 2019 (tune)
    ("f13-05-01", "Office of the Press Secretary EXECUTIVE ORDER ——- SECURING THE INFORMATION AND COMMUNICATIONS "
     "TECHNOLOGY AND SERVICES SUPPLY CHAIN By the authority vested in me as President by the Constitution and the laws of "
     "the United States of America, including the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) "
     "(IEEPA), the National Emergencies Act (50 U.S.C. 1601 et seq.), and section 301 of title 3, United States Code,",
     [US, "International Emergency Economic Powers Act", "National Emergencies Act"], []),
    ("f13-05-02", "I, DONALD J. TRUMP, President of the United States of America, find that foreign adversaries are "
     "increasingly creating and exploiting vulnerabilities in information and communications technology and services, "
     "which store and communicate vast amounts of sensitive information, facilitate the digital economy, and support "
     "critical infrastructure and vital emergency services, in order to commit malicious cyber-enabled actions, "
     "including economic and industrial espionage against the United States and its people.",
     ["Donald Trump", US],
     [t("Donald Trump", "leads", US)]),
    ("f13-05-03", "I further find that the unrestricted acquisition or use in the United States of information and "
     "communications technology or services designed, developed, manufactured, or supplied by persons owned by, "
     "controlled by, or subject to the jurisdiction or direction of foreign adversaries augments the ability of foreign "
     "adversaries to create and exploit vulnerabilities in information and communications technology or services, with "
     "potentially catastrophic effects, and thereby constitutes an unusual and extraordinary threat to the national "
     "security, foreign policy, and economy of the United States.",
     [US], []),
    # 06 Treasury, Assistant Secretary Rosen's testimony on CFIUS, House Financial Services (check)
    ("f13-06-01", "Good morning, Chairman McHenry, Ranking Member Waters, and Members of the Committee. Thank you for the "
     "opportunity to provide an update on the work of the Committee on Foreign Investment in the United States, or "
     "CFIUS.",
     ["Patrick McHenry", "Maxine Waters", CFIUS], []),
    ("f13-06-02", "CFIUS, or the Committee, is comprised of the heads of nine Executive Branch departments and "
     "offices—such as the Department of Defense and the Department of Commerce—with additional departments and offices "
     "playing defined roles or otherwise involved as observers. The Secretary of the Treasury is the Chair of the "
     "Committee, and I help lead and execute the Treasury Secretary’s role as the Chair.",
     [CFIUS, DOD, DOC, TRE], []),
    ("f13-06-03", "When necessary, the Committee takes action to address national security risks, while maintaining an "
     "open investment environment and the status of the United States as the world’s top destination for foreign "
     "direct investment. CFIUS protects national security by reviewing covered foreign direct investment from any "
     "country.",
     [CFIUS, US], []),
    ("f13-06-04", "For example, if, during our risk analysis, we were to learn that an investor with ties to a hostile "
     "foreign actor was going to gain a controlling stake in a critical U.S. Government contractor, the Committee would "
     "almost certainly conclude that the transaction presents a risk to national security.",
     [CFIUS, US], []),
    # 07 BIS final rule 2016-21543, revisions to the Entity List, 20 September 2016 (tune)
    ("f13-07-01", "Vol. 81 Tuesday, No. 182 September 20, 2016 Part IV Department of Commerce Bureau of Industry and "
     "Security 15 CFR Parts 744 Revisions to the Entity List; Final Rule",
     [DOC, BIS, EL],
     [t(DOC, "owns", BIS)]),
    ("f13-07-02", "DEPARTMENT OF COMMERCE Bureau of Industry and Security 15 CFR Part 744 [160609506–6506–01] RIN "
     "0694–AH00 Revisions to the Entity List Bureau of Industry and Security, Commerce. ACTION: Final rule.",
     [DOC, BIS, EL],
     [t(DOC, "owns", BIS)]),
    ("f13-07-03", "AGENCY: This final rule amends the Export Administration Regulations (EAR) by revising the license "
     "requirement to apply to all items subject to the EAR for twelve Chinese entities on the Entity List. These "
     "revisions are made in order to address national security concerns resulting from the removal of certain "
     "subparagraphs of Export Control Classification Numbers (ECCNs) 5A992, 5D992 and 5E992 that occurs in the 2015 "
     "Wassenaar Implementation rule, which is also published elsewhere in this issue of the Federal Register.",
     [EAR, EL], []),
    ("f13-07-04", "FOR FURTHER INFORMATION CONTACT: For questions relating to the Entity List, please contact the Chair, "
     "End-User Review Committee, Office of the Assistant Secretary, Export Administration, Bureau of Industry and "
     "Security, Department of Commerce, Phone: (202) 482–5991, Fax: (202) 482– 3911, Email: ERC@bis.doc.gov. All other "
     "questions may be directed to Sharron Cook, Office of Exporter Services, Regulatory Policy Division: (202) 482– "
     "2440, Email: sharron.cook@bis.doc.gov.",
     [EL, "End-User Review Committee", "Export Administration", BIS, DOC, "Sharron Cook", "Office of Exporter Services",
      "Regulatory Policy Division"],
     [t(DOC, "owns", BIS), t(BIS, "owns", "Export Administration"),
      t("Sharron Cook", "worksFor", "Office of Exporter Services"),
      t("Sharron Cook", "worksFor", "Regulatory Policy Division"),
      t("Office of Exporter Services", "owns", "Regulatory Policy Division")]),
    # 08 FCC order to show cause, China Telecom (Americas), DA 20-448, 24 April 2020 (check)
    ("f13-08-01", "Federal Communications Commission DA 20-448 Before the Federal Communications Commission Washington, "
     "DC 20554 In the Matter of ) GN Docket 20-109; ) ITC-214-20010613-00346; ) ITC-214-20020716-00371; (Americas) "
     "Corporation ) ITC-T/C-20070725-00285 ) ORDER TO SHOW CAUSE Adopted: April 24, 2020 Released: April 24, 2020 By "
     "the Chief, International Bureau; Chief, Wireline Competition Bureau; and Chief, Enforcement Bureau:",
     [FCC, "International Bureau", "Wireline Competition Bureau", "Enforcement Bureau"], []),
    ("f13-08-02", "I. INTRODUCTION 1. By this Order, we direct China Telecom (Americas) Corporation (China Telecom "
     "Americas)1 to show cause why the Commission should not initiate a proceeding to revoke and terminate China "
     "Telecom Americas’ domestic and international section 214 authorizations issued pursuant to section 214 of the "
     "Communications Act of 1934, as amended (Act)2 and to reclaim China Telecom Americas’ International Signaling Point "
     "Codes (ISPCs)3 given, among other things, the views of the Executive Branch that there are “substantial and "
     "unacceptable national security and law enforcement risks associated with [China Telecom Americas’] continued "
     "access to U.S. pursuant to its international Section 214 authorizations.”4",
     [CTA, FCC, US],
     [t(FCC, "regulates", CTA)]),
    ("f13-08-03", "1 According to our records, China Telecom Americas was formerly known as China Telecom (USA) "
     "Corporation. See China Telecom (Americas) Corporation, FCC Foreign Carrier Affiliations Notification, File No. "
     "FCN-NEW- 20140917-00014, Attach. 1 at 1, n.1 (filed Sept. 17, 2014) (Foreign Carrier Affiliation Notice).",
     [CTA, FCC], []),
    # 09 CRS report R46693, Huawei and U.S. law, summary, 23 February 2021 (tune)
    ("f13-09-01", "SUMMARY R46693 Huawei and U.S. Law February 23, 2021 Huawei Technologies Co., Ltd. (Huawei) has grown "
     "to be the world’s largest telecommunications equipment manufacturer since its founding in 1987 by a former "
     "engineer in Stephen P. Mulligan China’s People’s Liberation Army. The Shenzhen, China-based company has become the "
     "focus Legislative Attorney of a host of legal actions that seek to protect the United States’ national security "
     "and economy.",
     ["Huawei", "Stephen P. Mulligan", CN, "People's Liberation Army", "Shenzhen", US],
     [t("Huawei", "basedIn", "Shenzhen"), t("Shenzhen", "locatedIn", CN), t(CN, "owns", "People's Liberation Army")]),
    ("f13-09-02", "In 2012, the House Permanent Select Committee on Intelligence (HPSCI) released a report Chris D. "
     "Linebaugh describing the potential counterintelligence and security threats posed by Huawei’s access to U.S. "
     "Legislative Attorney telecommunications systems.",
     ["House Permanent Select Committee on Intelligence", "Chris D. Linebaugh", "Huawei", US], []),
    ("f13-09-03", "Senior officials in the Trump Administration asserted that Huawei’s products present an inherent "
     "security threat because the Chinese government can force Huawei to share confidential information or create "
     "“backdoors” by which the Chinese government could access Huawei systems. Huawei denies that its products create a "
     "security threat, and third-party analysts have not reached uniform conclusions about the security of Huawei "
     "systems.",
     [US, "Huawei", CN],
     [t(US, "accuses", "Huawei")]),
    ("f13-09-04", "Given the security debate, Congress and the executive branch have initiated a variety of legal efforts "
     "to limit Huawei’s access to international supply chains, telecommunications systems, and markets. These legal "
     "actions have evolved from narrow restrictions on federal spending to an effort to remove Huawei equipment from "
     "domestic and international telecommunications networks. After HPSCI’s 2012 report, the United States enacted "
     "several laws that restrict federal procurement of, and grant and loan spending on, Huawei systems.",
     ["United States Congress", "Huawei", "House Permanent Select Committee on Intelligence", US],
     [t("United States Congress", "restricts", "Huawei"), t(US, "restricts", "Huawei")]),
    # 10 GAO-18-249 highlights, CFIUS workload, February 2018 (check)
    ("f13-10-01", "COMMITTEE ON FOREIGN INVESTMENT IN THE UNITED STATES Treasury Should Coordinate Assessments of "
     "Resources Needed to Address Increased Workload Report to Congressional Requesters February 2018 GAO-18-249 United "
     "States Government Accountability Office",
     [CFIUS, TRE, GAO], []),
    ("f13-10-02", "What GAO Found The Committee on Foreign Investment in the United States (CFIUS) has experienced an "
     "increased workload in recent years, and member agency officials have expressed concerns that CFIUS staff levels "
     "may not be sufficient to complete committee functions.",
     [GAO, CFIUS], []),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
