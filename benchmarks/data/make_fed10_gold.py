"""Writes benchmarks/data/fed10-gold.jsonl: passages cut verbatim from ten U.S. federal documents of kinds other than
press releases (benchmarks/data/fed10-sources/, public domain, 17 U.S.C. 105): a GAO report's highlights, two CRS
products (a Legal Sidebar on the FCC's Covered List rules, a report summary on chip export controls), three Federal
Register documents (a BIS interim final rule, a BIS Entity List correction naming Huawei entries, an OFAC publication of
determinations), three White House documents (a presidential memorandum on the Section 301 investigation, a
presidential letter to Congress on the outbound-investment order, a fact sheet on a CHIPS-era R&D investment) and an
agency official's prepared remarks (BIS); none of them in us-gov, fed3 to fed9 or real-dev's SOURCES.md. Annotated by
hand per ../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text conventions") and the precedents of the
earlier sets (benchmarks/data/README.md), before `kg` was run on any of them (29 November 2026).

Split by whole document: odd documents (f10-01, f10-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed10-sources"
OUT = HERE / "fed10-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "America", "U.S. government"]),
    "China": ("Country", ["People's Republic of China", "PRC", "People’s Republic of China", "Government of China",
                          "PRC government"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "Commerce",
                                                       "Department of Commerce and Labor"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS"]),
    "United States Congress": ("GovernmentBody", ["Congress", "U.S. Congress"]),
    # 01 GAO, highlights of GAO-25-107431 (tune)
    "Government Accountability Office": ("GovernmentBody", ["GAO", "United States Government Accountability Office"]),
    "Chuck Schumer": ("Person", ["Charles E. Schumer", "Charles Schumer", "Schumer"]),
    "United States Senate": ("GovernmentBody", ["U.S. Senate", "U.S Senate", "Senate"]),
    "Nagla'a El-Hodiri": ("Person", ["El-Hodiri"]),
    "U.S. Department of Defense": ("GovernmentBody", ["DOD", "DoD", "Department of Defense"]),
    "U.S. Department of Energy": ("GovernmentBody", ["DOE", "Department of Energy"]),
    "U.S. Department of State": ("GovernmentBody", ["State", "State Department", "Department of State"]),
    # 02 CRS Legal Sidebar, FCC rules on Covered List equipment (check)
    "Federal Communications Commission": ("GovernmentBody", ["FCC", "Commission"]),
    "Huawei": ("Company", ["Huawei Technologies Company", "Huawei Technologies Co., Ltd.", "Huawei Technologies"]),
    "ZTE": ("Company", ["ZTE Corporation"]),
    "Hytera": ("Company", ["Hytera Communications"]),
    "Hikvision": ("Company", ["Hangzhou Hikvision Digital Technology"]),
    "Dahua Technology": ("Company", ["Dahua"]),
    # 03 White House, memorandum on the Section 301 investigation (tune)
    "Office of the United States Trade Representative": ("GovernmentBody", ["USTR", "United States Trade Representative",
                                                                            "Trade Representative"]),
    # 04 BIS, interim final rule on affiliates of listed entities (check)
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "Entity List": ("Policy", []),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of the Treasury", "Treasury"]),
    # 05 OFAC, publication of determinations (tune)
    "Office of Foreign Assets Control": ("GovernmentBody", ["OFAC"]),
    # 07 White House fact sheet, Applied Materials (tune)
    "Kamala Harris": ("Person", ["Vice President Kamala Harris", "Harris", "Vice President Harris"]),
    "Applied Materials": ("Company", []),
    "Sunnyvale": ("City", []),
    "California": ("Region", []),
    "EPIC Center": ("Product", []),
    "Joe Biden": ("Person", ["Biden", "President Biden"]),
    "CHIPS and Science Act": ("Policy", ["CHIPS Act"]),
    # 08 BIS, remarks of the Assistant Secretary for Export Enforcement (check)
    "Matthew Axelrod": ("Person", ["Matthew S. Axelrod", "Axelrod"]),
    "Practising Law Institute": ("Organization", []),
    "Steamboat Inspection Service": ("GovernmentBody", ["Inspection Service"]),
    "United States Coast Guard": ("GovernmentBody", ["U.S. Coast Guard", "Coast Guard"]),
    # 09 BIS, correction of Entity List entries (tune)
    "Huawei Cloud Brazil": ("Company", []),
    "Brazil": ("Country", []),
    "End-User Review Committee": ("GovernmentBody", []),
    "Office of the Assistant Secretary for Export Administration": ("GovernmentBody", []),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


SR = ["sanctions", "restricts"]
RR = ["restricts", "regulates"]
DOC, BIS, FCC, USTR, TRE, OFAC = ("U.S. Department of Commerce", "Bureau of Industry and Security",
                                  "Federal Communications Commission", "Office of the United States Trade Representative",
                                  "U.S. Department of the Treasury", "Office of Foreign Assets Control")
GAO, SEN, US, CN = "Government Accountability Office", "United States Senate", "United States", "China"
DOD, DOE, DOS = "U.S. Department of Defense", "U.S. Department of Energy", "U.S. Department of State"

# (id, text, entities named in the passage, triples)
P = [
    # 01 GAO, Highlights of GAO-25-107431 (tune)
    ("f10-01-01", "EXPORT CONTROLS Commerce Should Improve Workforce Planning and Information Sharing Report to the Honorable "
     "Charles E. Schumer, Minority Leader, U.S. Senate United States Government Accountability Office For more "
     "information, contact Nagla'a El-Hodiri at elhodirin@gao.gov.",
     [DOC, "Chuck Schumer", SEN, GAO, "Nagla'a El-Hodiri"],
     [t("Chuck Schumer", "worksFor", SEN)]),
    ("f10-01-02", "Highlights of GAO‑25‑107431, a report to the Honorable Charles E. Schumer, Minority Leader, U.S Senate "
     "Commerce Should Improve Workforce Planning and Information Sharing Why GAO Did This Study To address varied foreign "
     "policy and national security concerns, the U.S. government has increasingly used export controls. For example, the "
     "U.S. has imposed export controls to restrict access to advanced semiconductors that could aid the People’s Republic "
     "of China in developing military systems powered by artificial intelligence.",
     [GAO, "Chuck Schumer", SEN, DOC, US, CN],
     [t("Chuck Schumer", "worksFor", SEN), t(US, "restricts", CN)]),
    ("f10-01-03", "BIS is primarily responsible for reviewing applications and issuing licenses to exporters of dual-use "
     "technologies that could be used for both civilian and military purposes. DOD, DOE, and State also play roles in "
     "reviewing export license applications.",
     [BIS, DOD, DOE, DOS], []),
    ("f10-01-04", "GAO was asked to review BIS’s resources and processes for export licensing. This report examines (1) BIS's "
     "resources from fiscal years 2013 through 2024, (2) the extent to which BIS has conducted workforce planning, and (3) "
     "the extent to which BIS shares information and consults with reviewing agencies. GAO reviewed legislation and agency "
     "documents; interviewed Commerce, DOD, DOE, and State officials; and analyzed agency funding, staffing, and workload "
     "data",
     [GAO, BIS, DOC, DOD, DOE, DOS], []),
    ("f10-01-05", "What GAO Recommends GAO is making four recommendations, including that Commerce conduct long-term workforce "
     "planning, provide reviewing agencies access to all relevant information, and consult with reviewing agencies prior "
     "to changing license conditions. Commerce concurred with the recommendations.",
     [GAO, DOC], []),
    ("f10-01-06", "What GAO Found Funding for Commerce’s Bureau of Industry and Security (BIS) grew by $97 million and roughly "
     "doubled from fiscal years 2013 through 2024.",
     [GAO, DOC, BIS],
     [t(DOC, "owns", BIS)]),
    # 02 CRS Legal Sidebar LSB10895, new FCC rules on Covered List equipment, 11 January 2023 (check)
    ("f10-02-01", "New FCC Rules Ban Authorizations for Equipment Posing National Security Risks Legal Sidebar New FCC Rules "
     "Ban Authorizations for Equipment Posing National Security Risks January 11, 2023 On November 25, 2022, the Federal "
     "Communications Commission (FCC) released new rules restricting equipment that poses national security risks from "
     "being imported to or sold in the United States.",
     [FCC, US], []),
    ("f10-02-02", "Under the new rules, the FCC will not issue new authorizations for telecommunications equipment produced by "
     "Huawei Technologies Company (Huawei) and ZTE Corporation (ZTE), the two largest telecommunications equipment "
     "manufacturers in the People’s Republic of China (PRC).",
     [FCC, "Huawei", "ZTE", CN],
     [t(FCC, RR, "Huawei"), t(FCC, RR, "ZTE"), t("Huawei", "basedIn", CN), t("ZTE", "basedIn", CN)]),
    ("f10-02-03", "The FCC also will not authorize equipment produced by three PRC-based surveillance camera "
     "manufacturers—Hytera Communications (Hytera), Hangzhou Hikvision Digital Technology (Hikvision), and Dahua Technology "
     "(Dahua)—until the FCC approves these entities’ plans to ensure that their equipment is not marketed or sold for public "
     "safety purposes, government facilities, critical infrastructure, or other national security purposes. The FCC did "
     "not, however, revoke any of its prior authorizations for these companies’ equipment, although it sought comments on "
     "whether it should do so in the future.",
     [FCC, CN, "Hytera", "Hikvision", "Dahua Technology"],
     [t(FCC, RR, "Hytera"), t(FCC, RR, "Hikvision"), t(FCC, RR, "Dahua Technology"), t("Hytera", "basedIn", CN),
      t("Hikvision", "basedIn", CN), t("Dahua Technology", "basedIn", CN)]),
    ("f10-02-04", "These new rules are the latest action in the federal government’s broader effort to secure U.S. "
     "communications networks and prohibit the use of equipment that could give a foreign adversary the ability to "
     "exploit those networks. This Sidebar starts by providing a brief background on past steps taken by the federal "
     "government, particularly the FCC, to protect communications networks from national security risk. The Sidebar then "
     "reviews the FCC’s role in authorizing equipment and explains how the new rules fit into that authorization process. "
     "The Sidebar then discusses potential legal challenges to the new rules and concludes with some considerations for "
     "Congress.",
     [US, FCC, "United States Congress"], []),
    # 03 White House, presidential memorandum on the Section 301 investigation, 22 March 2018 (tune)
    ("f10-03-01", "On August 14, 2017, I directed the United States Trade Representative (Trade Representative) to determine "
     "whether to investigate China’s laws, policies, practices, or actions that may be unreasonable or discriminatory and "
     "that may be harming American intellectual property rights, innovation, or technology development. On August 18, "
     "2017, the Trade Representative initiated an investigation under section 301 of the Trade Act of 1974, as amended "
     "(the “Act”) (19 U.S.C. 2411).",
     [USTR, CN, US],
     [t(USTR, "regulates", CN)]),
    ("f10-03-02", "During its investigation, the Office of the United States Trade Representative (USTR) consulted with "
     "appropriate advisory committees and the interagency section 301 Committee. The Trade Representative also requested "
     "consultations with the Government of China, under section 303 of the Act (19 U.S.C. 2413). The USTR held a public "
     "hearing on October 10, 2017, and two rounds of public written comment periods. The USTR received approximately 70 "
     "written submissions from academics, think tanks, law firms, trade associations, and companies.",
     [USTR, CN], []),
    ("f10-03-03", "The Trade Representative has advised me that the investigation supports the following findings:",
     [USTR], []),
    # 04 BIS, interim final rule on affiliates of listed entities, September 2025 (check)
    ("f10-04-01", "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities Department of Commerce Bureau "
     "of Industry and Security 1. 15 CFR Parts 732, 734, 736, 744, and 748 2. [Docket No. 250509-0083] 3. RIN 0694-AK11 "
     "AGENCY: Bureau of Industry and Security, Department of Commerce. ACTION: Interim final rule.",
     [DOC, BIS],
     [t(DOC, "owns", BIS)]),
    ("f10-04-02", "SUMMARY: In this interim final rule (IFR), the Bureau of Industry and Security (BIS) amends the Export "
     "Administration Regulations (EAR) to address diversion concerns involving entities on the Entity List and certain "
     "other restricted end users. Under this IFR, any entity that is at least 50 percent owned by one or more entities on "
     "the Entity List will itself automatically be subject to Entity List restrictions. This is a marked improvement over "
     "the current standard, which excludes all entities that are not specifically included on the Entity List, regardless "
     "of affiliation with Entity List entities.",
     [BIS, "Export Administration Regulations", "Entity List"], []),
    ("f10-04-03", "This IFR similarly applies restrictions to entities at least 50 percent owned by listed `military end "
     "users' and certain sanctioned parties. The 50 percent ownership standard in this IFR is designed to be consistent "
     "with longstanding Department of the Treasury practice, so as to limit the additional burden on the business "
     "community.",
     [TRE], []),
    # 05 OFAC, publication of Russian Harmful Foreign Activities Sanctions Regulations determinations, 25 Sept. 2024 (tune)
    ("f10-05-01", "Publication of Russian Harmful Foreign Activities Sanctions Regulations Determinations Department of the "
     "Treasury Office of Foreign Assets Control 31 CFR Part 587 AGENCY: Office of Foreign Assets Control, Treasury. "
     "ACTION: Publication of determinations.",
     [TRE, OFAC],
     [t(TRE, "owns", OFAC)]),
    ("f10-05-02", "SUMMARY: The Department of the Treasury's Office of Foreign Assets Control (OFAC) is publishing one "
     "determination issued pursuant to an April 15, 2021 Executive order, as amended on December 22, 2023. OFAC is also "
     "publishing one new and one amended determination issued pursuant to a March 11, 2022 Executive order, as amended on "
     "December 22, 2023. The determinations were previously issued on OFAC's website.",
     [TRE, OFAC],
     [t(TRE, "owns", OFAC)]),
    ("f10-05-03", "DATES: The Determination Pursuant to Section 11(a)(ii) of Executive Order 14024 took effect on December 22, "
     "2023. See SUPPLEMENTARY INFORMATION for additional relevant dates. FOR FURTHER INFORMATION CONTACT: OFAC: Assistant "
     "Director for Licensing, 202-622-2480; Assistant Director for Regulatory Affairs, 202-622-4855; or Assistant Director "
     "for Compliance, 202-622-2490 or https://ofac.treasury.gov/contact-ofac .",
     [OFAC], []),
    ("f10-05-04", "SUPPLEMENTARY INFORMATION: Electronic Availability This document and additional information concerning OFAC "
     "are available on OFAC's website: https://ofac.treasury.gov .",
     [OFAC], []),
    # 06 White House, letter to Congress on the outbound-investment order, August 2023 (check)
    ("f10-06-01", "Letters to the Speaker of the House and the President of the Senate on Addressing United States Investments "
     "in Certain National Security Technologies and Products in Countries of Concern Dear Mr. Speaker: (Dear Madam "
     "President:) Pursuant to the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.), the National "
     "Emergencies Act (50 U.S.C. 1601 et seq.), and section 301 of title 3, United States Code, I hereby report that I have "
     "issued an Executive Order declaring a national emergency to deal with the threat of advancement by countries of "
     "concern in sensitive technologies and products critical to the military, intelligence, surveillance, or "
     "cyber-enabled capabilities of such countries.",
     [US], []),
    ("f10-06-02", "I find that this threat constitutes an unusual and extraordinary threat to the national security of the "
     "United States, which has its source in whole or substantial part outside the United States, and that certain United "
     "States investments risk exacerbating this threat. I find that countries of concern are engaged in comprehensive, "
     "long-term strategies that direct, facilitate, or otherwise support advancements in sensitive technologies and "
     "products that are critical to such countries’ military, intelligence, surveillance, or cyber-enabled capabilities.",
     [US], []),
    ("f10-06-03", "Moreover, these countries eliminate barriers between civilian and commercial sectors and military and "
     "defense industrial sectors, not just through research and development, but also by acquiring and diverting the "
     "world’s cutting-edge technologies, for the purposes of achieving military dominance. Rapid advancement in "
     "semiconductors and microelectronics, quantum information technologies, and artificial intelligence capabilities by "
     "these countries significantly enhances their ability to conduct activities that threaten the national security of "
     "the United States.",
     [US], []),
    # 07 White House fact sheet, Vice President Harris at Applied Materials, 22 May 2023 (tune)
    ("f10-07-01", "Today, Vice President Kamala Harris will visit Applied Materials in Sunnyvale, California to highlight how "
     "the Biden-Harris Administration’s Investing in America agenda is making historic investments in semiconductor "
     "manufacturing and research and development to support American innovation, create jobs, and advance America’s "
     "competitiveness. Vice President Harris’ visit coincides with Applied Materials announcing an investment of up to $4 "
     "billion in a new research and development facility – the EPIC Center, where it will design the next-generation of "
     "tools for semiconductor manufacturing, including in collaboration with leading chipmakers who will ultimately use "
     "those tools in their factories.",
     ["Kamala Harris", "Applied Materials", "Sunnyvale", "California", US, "EPIC Center"],
     [t("Applied Materials", ["basedIn", "locatedIn"], "Sunnyvale"), t("Sunnyvale", "locatedIn", "California"),
      t("Applied Materials", ["investsIn", "owns"], "EPIC Center")]),
    ("f10-07-02", "In August, President Biden signed into law the CHIPS and Science Act, which has catalyzed private sector "
     "investment, including by impacting the scale of Applied Materials’ investment. During the visit, Vice President "
     "Harris will also meet with executives from major semiconductor manufacturing, design, and supply chain companies, to "
     "encourage them to invest in America, create American jobs, and revitalize American manufacturing and R&D.",
     ["Joe Biden", "CHIPS and Science Act", "Applied Materials", "Kamala Harris", US], []),
    ("f10-07-03", "The CHIPS and Science Act makes a historic $53B federal investment to strengthen and revitalize the United "
     "States’ position in semiconductor research, development, and manufacturing, and ensure America is at the forefront "
     "of industries of the future – including nanotechnology, clean energy, quantum computing, and artificial "
     "intelligence. The Act is one component of the Biden-Harris Administration’s Investing in America agenda, which is "
     "creating a nationwide manufacturing boom, creating good-paying jobs – many which don’t require a four-year degree, "
     "and shoring up American supply chains.",
     ["CHIPS and Science Act", US], []),
    # 08 BIS, remarks as prepared of the Assistant Secretary for Export Enforcement, 9 December 2024 (check)
    ("f10-08-01", "Assistant Secretary for Export Enforcement Matthew S. Axelrod Delivers Remarks at the Practising Law "
     "Institute’s Coping with U.S. Export Controls and Sanctions Conference Washington, D.C. December 9, 2024 Remarks as "
     "Prepared for Delivery",
     ["Matthew Axelrod", "Practising Law Institute"], []),
    ("f10-08-02", "Every morning, as I drive my car into the Commerce Department parking lot, I pass under a stone relief "
     "sculpted on the outside of the building. The relief, which depicts a life preserver on top of an anchor, bears the "
     "year 1838 and the inscription “Steamboat Inspection.” Back in 1838, steamboat disasters were common. From boiler "
     "explosions to collisions, traveling by steamboat had significant safety risks.",
     [DOC], []),
    ("f10-08-03", "To help mitigate those risks, Congress created the Steamboat Inspection Service, tasking it with protecting "
     "the safety of steamship crews and passengers. The Inspection Service examined the hulls and machinery of steam "
     "vessels and administered laws requiring those vessels to carry life-saving equipment. In 1903, Congress transferred "
     "the Service to the Commerce Department, then called the Department of Commerce and Labor. And until the end of World "
     "War II, when its functions were eventually transferred to the U.S. Coast Guard, steamboat inspection work was among "
     "the Department’s core functions.",
     ["United States Congress", "Steamboat Inspection Service", DOC, "United States Coast Guard"],
     [t("United States Congress", "founded", "Steamboat Inspection Service"),
      t(DOC, "owns", "Steamboat Inspection Service")]),
    ("f10-08-04", "Seeing that stone relief each day reminds me just how drastically the Commerce Department’s mission has "
     "changed since the early 1900s. Today, instead of steamboats powering the American economy, it’s semiconductors. And "
     "instead of worrying about safety risks for individual steamboat crewmembers and passengers, we’re focused on "
     "national security risks shared by every American. At the Bureau of Industry and Security (BIS), my team is "
     "responsible for preventing nation-state adversaries from obtaining sensitive U.S. technologies to modernize their "
     "militaries, enable human rights abuses, and advance their weapons-of-mass-destruction (WMD) programs.",
     [DOC, BIS, US], []),
    # 09 BIS, correction of Entity List entries (Huawei), Federal Register, 11 April 2022 (tune)
    ("f10-09-01", "DEPARTMENT OF COMMERCE Bureau of Industry and Security 15 CFR Part 744 [Docket No. 220203-0039] RIN "
     "0694-AI70 Addition of Certain Entities to the Entity List; Correction AGENCY: Bureau of Industry and Security, "
     "Commerce. ACTION: Correcting amendments.",
     [DOC, BIS, "Entity List"],
     [t(DOC, "owns", BIS)]),
    ("f10-09-02", "SUMMARY: The Bureau of Industry and Security (BIS) publishes these amendments to correct three errors "
     "contained in the revisions to the Entity List that were published in a final rule on February 14, 2022. That final "
     "rule amended the Export Administration Regulations (EAR) by revising the Entity List entry for ``Huawei Cloud "
     "Brazil'' (under Brazil) and by adding a new entry for ``Huawei Technologies Co., Ltd.'' (under China, People's "
     "Republic of).",
     [BIS, "Entity List", "Export Administration Regulations", "Huawei Cloud Brazil", "Brazil", "Huawei", CN],
     [t(BIS, SR, "Huawei"), t(BIS, SR, "Huawei Cloud Brazil"), t("Huawei", "basedIn", CN),
      t("Huawei Cloud Brazil", "basedIn", "Brazil")]),
    ("f10-09-03", "However, the references to the foreign direct product provisions in the EAR that apply to these two "
     "entities were incorrect. This rule amends the entries for the two entities to include the correct references to "
     "these EAR provisions and also corrects a typographical error in one of these entries.",
     ["Export Administration Regulations"], []),
    ("f10-09-04", "DATES: This rule is effective April 11, 2022. This rule is applicable as of February 14, 2022. FOR FURTHER "
     "INFORMATION CONTACT: Chair, End-User Review Committee, Office of the Assistant Secretary for Export Administration, "
     "Bureau of Industry and Security, Department of Commerce, Phone: 202-482-5991; Email: [email protected].",
     ["End-User Review Committee", "Office of the Assistant Secretary for Export Administration", BIS, DOC],
     [t(DOC, "owns", BIS), t(BIS, "owns", "Office of the Assistant Secretary for Export Administration")]),
    # 10 CRS report R48642, export controls on advanced semiconductors, summary, 22 August 2025 (check)
    ("f10-10-01", "U.S. Export Controls and China: Advanced Semiconductors August 22, 2025 (R48642) Summary Semiconductors are "
     "strategic and uniquely important electronic devices. They are fundamental to most industrial and national security "
     "activities and serve as essential building blocks of other technologies, such as artificial intelligence (AI). "
     "Policymakers, including top leaders in the United States, the People's Republic of China (PRC, or China), and "
     "elsewhere, see semiconductors and AI technologies as critical to future economic competitiveness, national security, "
     "and global leadership.",
     [US, CN], []),
    ("f10-10-02", "In 2014, the PRC government issued a national semiconductor industrial policy with the stated goal of "
     "establishing a world-leading semiconductor industry in all areas of the integrated circuit supply chain by 2030. To "
     "achieve its goals of technology leadership and independence, China has used government financing and certain "
     "policies to foster targeted foreign commercial ties across the semiconductor supply chain.",
     [CN], []),
    ("f10-10-03", "Since 2018, the U.S. government has sought to strengthen U.S. export controls of advanced semiconductors "
     "with the stated intent of both restricting PRC access to the technologies and ability to produce advanced chips, and "
     "curtailing PRC access to related computing and AI applications. U.S. actions have also sought to sustain U.S. "
     "leadership in advanced chips, related parts of the semiconductor supply chain, and computing and AI applications, "
     "while slowing China's development of competitive capabilities.",
     [US, CN],
     [t(US, "restricts", CN)]),
    ("f10-10-04", "U.S. actions have been grounded in concerns about PRC efforts to build an indigenous, self-sufficient, and "
     "secure and controllable semiconductor ecosystem; and PRC military-civil fusion policies that seek to use commercial "
     "advancements in semiconductors, AI, and other technologies for military uses.",
     [US, CN], []),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
