"""Writes benchmarks/data/fed14-gold.jsonl: passages cut verbatim from ten U.S. federal documents that are not press
releases, of kinds neither fed10 nor fed13 used (benchmarks/data/fed14-sources/, public domain, 17 U.S.C. 105): two USTR
Section 301 notices in the Federal Register, a federal grand jury's superseding indictment (Huawei, E.D.N.Y.), a House
committee's investigative report (HPSCI on Huawei and ZTE), three inspector-general reports (Commerce OIG on BIS, DoD OIG
on exports to China, State OIG on DDTC), an FCC fact sheet and an FCC proposed rule, and a BIS Entity List rule's
preamble; none of them in us-gov, fed3 to fed13 or real-dev's SOURCES.md. Annotated by hand per ../shared/ONTOLOGY.md
("How a sentence is annotated", "Real-text conventions") and the precedents of the earlier sets
(benchmarks/data/README.md), before `kg` was run on any of them (30 November 2026).

Split by whole document: odd documents (f14-01, f14-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed14-sources"
OUT = HERE / "fed14-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "U.S. Government",
                                  "UNITED STATES OF AMERICA"]),
    "China": ("Country", ["People's Republic of China", "PRC", "People’s Republic of China", "Chinese government",
                          "Chinese"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "Commerce",
                                                       "DEPARTMENT OF COMMERCE", "U.S. Department of Commerce",
                                                       "UNITED STATES DEPARTMENT OF COMMERCE"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS", "BUREAU OF INDUSTRY AND SECURITY"]),
    "Entity List": ("Policy", []),
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "Office of the United States Trade Representative": ("GovernmentBody", [
        "U.S. Trade Representative", "Trade Representative", "USTR", "OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE"]),
    # 01 USTR notice of modification of the Section 301 action, 2018 (tune)
    "Arthur Tsao": ("Person", []),
    "Megan Grimball": ("Person", []),
    "Justin Hoffmann": ("Person", []),
    # 02 superseding indictment of Huawei, E.D.N.Y. (check)
    "Huawei": ("Company", ["HUAWEI TECHNOLOGIES CO., LTD.", "HUAWEI", "Huawei Technologies"]),
    "Huawei Device USA": ("Company", ["HUAWEI DEVICE USA INC.", "HUAWEI DEVICE, USA INC.", "HUAWEI USA"]),
    "Skycom": ("Company", ["SKYCOM TECH CO. LTD.", "SKYCOM"]),
    "Meng Wanzhou": ("Person", ["WANZHOU MENG", "Cathy Meng", "Sabrina Meng"]),
    "Shenzhen": ("City", []),
    "Guangdong": ("Region", []),
    "Plano": ("City", []),
    "Texas": ("Region", []),
    "Hong Kong": ("Region", []),
    "Iran": ("Country", []),
    # 03 HPSCI investigative report on Huawei and ZTE (tune)
    "ZTE": ("Company", []),
    "House Permanent Select Committee on Intelligence": ("GovernmentBody", [
        "Permanent Select Committee on Intelligence", "HPSCI", "the Committee", "Committee"]),
    "United States House of Representatives": ("GovernmentBody", ["U.S. House of Representatives",
                                                                 "House of Representatives"]),
    "Mike Rogers": ("Person", []),
    "C.A. Dutch Ruppersberger": ("Person", ["Dutch Ruppersberger"]),
    "Chinese Communist Party": ("GovernmentBody", []),
    "Committee on Foreign Investment in the United States": ("GovernmentBody", [
        "CFIUS", "Committee on Foreign Investments in the United States"]),
    # 04 Commerce OIG report OIG-14-028-A (check)
    "Commerce Office of Inspector General": ("GovernmentBody", ["Office of Inspector General"]),
    "Office of Audit and Evaluation": ("GovernmentBody", []),
    "Eric L. Hirschhorn": ("Person", []),
    "Carol N. Rice": ("Person", []),
    # 05 DoD OIG report D-2006-067 (tune)
    "U.S. Department of Defense": ("GovernmentBody", ["Department of Defense", "DoD", "Defense"]),
    "Department of Defense Office of Inspector General": ("GovernmentBody", [
        "Department of Defense Inspector General", "Office of Inspector General", "DoD OIG"]),
    "Audit Followup and Technical Support": ("GovernmentBody", []),
    "Secondary Reports Distribution Unit": ("GovernmentBody", []),
    "Arlington": ("City", []),
    "Virginia": ("Region", ["VA"]),
    "Defense Technology Security Administration": ("GovernmentBody", ["DTSA"]),
    "National Defense Authorization Act for FY 2000": ("Policy", ["Public Law 106-65"]),
    # 06 FCC fact sheet, 07 FCC proposed rule (check, tune)
    "Federal Communications Commission": ("GovernmentBody", ["FCC", "Commission", "FEDERAL COMMUNICATIONS COMMISSION"]),
    "Secure and Trusted Communications Networks Act of 2019": ("Policy", ["Secure Networks Act"]),
    "Universal Service Fund": ("Policy", []),
    "Electronic Comment Filing System": ("Product", ["ECFS"]),
    # 08 BIS Entity List rule 2014-14935 (check)
    "End-User Review Committee": ("GovernmentBody", ["ERC"]),
    "Export Administration": ("GovernmentBody", ["Office of the Assistant Secretary, Export Administration",
                                                 "Office of the Assistant Secretary"]),
    "Karen Nies-Vogel": ("Person", []),
    # 09 USTR request for comments 2024-21773 (tune)
    "Philip Butler": ("Person", []),
    "Section 301 Committee": ("GovernmentBody", []),
    # 10 State OIG audit of DDTC (check)
    "U.S. Department of State": ("GovernmentBody", ["Department of State", "Department"]),
    "Bureau of Political-Military Affairs": ("GovernmentBody", []),
    "Directorate of Defense Trade Controls": ("GovernmentBody", ["DDTC"]),
    "State Office of Inspector General": ("GovernmentBody", ["Office of Inspector General", "OIG"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


US, CN, DOC, BIS, USTR = ("United States", "China", "U.S. Department of Commerce", "Bureau of Industry and Security",
                          "Office of the United States Trade Representative")
EL, EAR = "Entity List", "Export Administration Regulations"
HW, HWUSA, SKY, MENG = "Huawei", "Huawei Device USA", "Skycom", "Meng Wanzhou"
HPSCI, HOUSE = "House Permanent Select Committee on Intelligence", "United States House of Representatives"
COIG, DOD, DOIG = ("Commerce Office of Inspector General", "U.S. Department of Defense",
                   "Department of Defense Office of Inspector General")
FCC, ERC, DOS, PM, DDTC, SOIG = ("Federal Communications Commission", "End-User Review Committee",
                                 "U.S. Department of State", "Bureau of Political-Military Affairs",
                                 "Directorate of Defense Trade Controls", "State Office of Inspector General")
RS = ["restricts", "sanctions"]

# (id, text, entities named in the passage, triples)
P = [
    # 01 USTR notice of modification of the Section 301 action, FR 2018-20610 (tune)
    ("f14-01-01", "Notice of Modification of Section 301 Action: China's Acts, Policies, and Practices Related to "
     "Technology Transfer, Intellectual Property, and Innovation AGENCY: Office of the United States Trade "
     "Representative. ACTION: Notice of modification of action.",
     [CN, USTR], []),
    ("f14-01-02", "SUMMARY: In accordance with the specific direction of the President, the U.S. Trade Representative "
     "(Trade Representative) has determined to modify the prior action in this investigation by imposing additional "
     "duties on products of China classified in the subheadings of the Harmonized Tariff Schedule of the United States "
     "(HTSUS) set out in Annex A to this notice. The rate of additional duty is initially 10 percent ad valorem. On "
     "January 1, 2019, the rate of additional duty will increase to 25 percent ad valorem.",
     [USTR, CN, US],
     [t(USTR, RS, CN)]),
    ("f14-01-03", "DATES: September 24, 2018: Additional duties at a rate of 10 percent ad valorem on the tariff "
     "subheadings set out in the Annexes to this notice are applicable with respect to products that are entered for "
     "consumption, or withdrawn from warehouse for consumption, on or after September 24, 2018.",
     [], []),
    ("f14-01-04", "FOR FURTHER INFORMATION CONTACT: For questions about this action, contact Assistant General Counsels "
     "Arthur Tsao or Megan Grimball, or Director of Industrial Goods Justin Hoffmann at (202) 395-5725. For questions on "
     "customs classification or implementation of additional duties on products identified in Annex A to this Notice, "
     "contact traderemedy@cbp.dhs.gov.",
     ["Arthur Tsao", "Megan Grimball", "Justin Hoffmann"], []),
    # 02 superseding indictment, United States v. Huawei Technologies et al., E.D.N.Y. Cr. No. 18-457 (check)
    ("f14-02-01", "UNITED STATES DISTRICT COURT EASTERN DISTRICT OF NEW YORK UNITED STATES OF AMERICA SUPERSEDING "
     "INDICTMENT - against - Cr. No. 18-457 (S-2) (AMD) HUAWEI TECHNOLOGIES CO., LTD., HUAWEI DEVICE USA INC., SKYCOM "
     "TECH CO. LTD., WANZHOU MENG, also known as “Cathy Meng” and “Sabrina Meng.” Defendants.",
     [US, HW, HWUSA, SKY, MENG],
     [t(US, ["sues", "accuses"], HW), t(US, ["sues", "accuses"], HWUSA), t(US, ["sues", "accuses"], SKY),
      t(US, ["sues", "accuses"], MENG)]),
    ("f14-02-02", "THE GRAND JURY CHARGES: At all times relevant to this Superseding Indictment, unless otherwise "
     "indicated: 1. The defendant HUAWEI TECHNOLOGIES CO., LTD. (“HUAWEI”) ‘was a global networking, telecommunications "
     "and services company headquartered in Shenzhen, Guangdong, in the People’s Republic of China (“PRC”), HUAWEI was "
     "owned by a parent company (“Huawei Parent”), an entity whose identity is known to the Grand Jury, registered in "
     "Shenzhen, Guangdong, in the PRC. As of the date of the filing of this Superseding Indictment, HUAWEI was the "
     "largest telecommunications equipment manufacturer in the world,",
     [HW, "Shenzhen", "Guangdong", CN],
     [t(HW, "basedIn", "Shenzhen"), t("Shenzhen", "locatedIn", "Guangdong"), t("Guangdong", "locatedIn", CN)]),
    ("f14-02-03", "2, HUAWEI operated numerous subsidiaries throughout the world, including in the United States. One "
     "U.S. subsidiary was the defendant HUAWEI DEVICE, USA INC. (“HUAWEI USA”), whose headquarters were in Plano, Texas,",
     [HW, US, HWUSA, "Plano", "Texas"],
     [t(HW, "owns", HWUSA), t(HWUSA, "basedIn", "Plano"), t("Plano", "locatedIn", "Texas"),
      t(HWUSA, "basedIn", US)]),
    ("f14-02-04", "3. The defendant SKYCOM TECH CO. LTD. (“SKYCOM”) was a corporation registered in Hong Kong whose "
     "primary operations were in Iran, SKYCOM functioned as HUAWEI’s Iran-based subsidiary, As of 2007, Huawei Parent "
     "owned SKYCOM through a subsidiary (“Huawei Subsidiary 1”), an entity whose identity is known to the Grand Jury.",
     [SKY, "Hong Kong", "Iran", HW],
     [t(SKY, "basedIn", "Hong Kong"), t(SKY, "basedIn", "Iran"), t(HW, "owns", SKY)]),
    # 03 HPSCI investigative report on Huawei and ZTE, 8 October 2012 (tune)
    ("f14-03-01", "Investigative Report on the U.S. National Security Issues Posed by Chinese Telecommunications "
     "Companies Huawei and ZTE A report by Chairman Mike Rogers and Ranking Member C.A. Dutch Ruppersberger of the "
     "Permanent Select Committee on Intelligence U.S. House of Representatives 112th Congress October 8, 2012",
     [US, CN, HW, "ZTE", "Mike Rogers", "C.A. Dutch Ruppersberger", HPSCI, HOUSE],
     [t(HW, "basedIn", CN), t("ZTE", "basedIn", CN), t("Mike Rogers", "leads", HPSCI),
      t("C.A. Dutch Ruppersberger", "worksFor", HPSCI), t(HOUSE, "owns", HPSCI)]),
    ("f14-03-02", "A. China has the means, opportunity, and motive to use telecommunications companies for malicious "
     "purposes. B. Suggested “mitigation measures” cannot fully address the threat posed by Chinese telecommunications "
     "companies providing equipment and services to United States critical infrastructure. A. The Committee finds that "
     "Huawei did not fully cooperate with the investigation and was unwilling to explain its relationship with the "
     "Chinese government or Chinese Communist Party, while credible evidence exists that Huawei fails to comply with "
     "U.S. laws.",
     [CN, US, HPSCI, HW, "Chinese Communist Party"],
     [t(HPSCI, "accuses", HW)]),
    ("f14-03-03", "The Committee launched this investigation to seek answers to some persistent questions about the "
     "Chinese telecommunications companies Huawei and ZTE and their ties to the Chinese government. Throughout the "
     "months-long investigation, both Huawei and ZTE sought to describe, in different terms, why neither company is a "
     "threat to U.S. national-security interests.",
     [HPSCI, HW, "ZTE", CN, US],
     [t(HPSCI, "regulates", HW), t(HPSCI, "regulates", "ZTE"), t(HW, "basedIn", CN), t("ZTE", "basedIn", CN)]),
    ("f14-03-04", "Unfortunately, neither ZTE nor Huawei have cooperated fully with the investigation, and both "
     "companies have failed to provide documents or other evidence that would substantiate their claims or lend support "
     "for their narratives. Huawei, in particular, provided evasive, nonresponsive, or incomplete answers to questions at "
     "the heart of the security issues posed.",
     ["ZTE", HW], []),
    ("f14-03-05", "US government systems and US government contractors, particularly those working on sensitive "
     "systems, should exclude any Huawei or ZTE equipment or component parts. Additionally, the Committee on Foreign "
     "Investments in the United States (CFIUS) must block acquisitions, takeovers, or mergers involving Huawei and ZTE "
     "given the threat to U.S. national security interests.",
     [US, HW, "ZTE", "Committee on Foreign Investment in the United States"], []),
    # 04 Commerce OIG final report OIG-14-028-A on BIS and export control reform, 4 September 2014 (check)
    ("f14-04-01", "BUREAU OF INDUSTRY AND SECURITY BIS Implementation of Export Control Reform Requires Several "
     "Improvements to Address Challenges FINAL REPORT NO. OIG-14-028-A SEPTEMBER 4, 2014 U.S. Department of Commerce "
     "Office of Inspector General Office of Audit and Evaluation FOR PUBLIC RELEASE",
     [BIS, DOC, COIG, "Office of Audit and Evaluation"],
     [t(DOC, "owns", COIG), t(COIG, "owns", "Office of Audit and Evaluation")]),
    ("f14-04-02", "UNITED STATES DEPARTMENT OF COMMERCE Office of Inspector General Washington, O.C. 20230 September 4, "
     "2014 MEMORANDUM FOR: Eric L. Hirschhorn Under Secretary of Industry and Security FROM: Carol N. Rice Assistant "
     "Inspector General for Economic and Statistical Program Assessment SUBJECT: BIS' Implementation ofExport Control "
     "Reform Requires Several Improvements to Address Challenges-Final Report No. OIG-14-028-A",
     [DOC, COIG, "Eric L. Hirschhorn", "Carol N. Rice", BIS],
     [t(DOC, "owns", COIG), t("Eric L. Hirschhorn", ["leads", "worksFor"], BIS),
      t("Eric L. Hirschhorn", "worksFor", DOC), t("Carol N. Rice", "worksFor", COIG)]),
    ("f14-04-03", "Attached is the final report on the results of our audit of the Bureau of Industry and Security (BIS) "
     "to (I) review the adequacy of BIS program plans and budget requests to address the increased workloads for "
     "licensing, outreach, and enforcement activities in FY 2014 through FY 2016 and (2) evaluate existing BIS licensing, "
     "outreach, and enforcement activities and identify any areas for increased efficiencies.",
     [BIS], []),
    ("f14-04-04", "In the area of export licensing, we found that BIS has adequate resources at this time to handle the "
     "gradually increasing licensing workload as a resu lt of Export Control Reform Initiative (ECR) for new munitions "
     "and satellite items, but operational improvements are needed.",
     [BIS], []),
    # 05 DoD OIG report D-2006-067, Controls Over Exports to China, 30 March 2006 (tune)
    ("f14-05-01", "To obtain additional copies of this report, visit the Web site of the Department of Defense Inspector "
     "General at http://www.dodig.mil/audit/reports or contact the Secondary Reports Distribution Unit, Audit Followup "
     "and Technical Support at (703) 604-8937 (DSN 664-8937) or fax (703) 604-8932.",
     [DOIG, "Secondary Reports Distribution Unit", "Audit Followup and Technical Support"],
     [t("Audit Followup and Technical Support", "owns", "Secondary Reports Distribution Unit")]),
    ("f14-05-02", "To suggest ideas for or to request future audits, contact Audit Followup and Technical Support at "
     "(703) 604-8940 (DSN 664-8940) or fax (703) 604-8932. Ideas and requests can also be mailed to: ODIG-AUD (ATTN: AFTS "
     "Audit Suggestions) Department of Defense Inspector General 400 Army Navy Drive (Room 801) Arlington, VA 22202-4704",
     ["Audit Followup and Technical Support", DOIG, "Arlington", "Virginia"],
     [t(DOIG, ["basedIn", "locatedIn"], "Arlington"), t("Arlington", "locatedIn", "Virginia")]),
    ("f14-05-03", "Acronyms DTSA Defense Technology Security Administration USXPORTS US Exports System Department of "
     "Defense Office of Inspector General Report No. D-2006-067 March 30, 2006 (Project No. D2005-D000LG-0220.000) "
     "Controls Over Exports to China Executive Summary",
     ["Defense Technology Security Administration", DOD, DOIG, CN],
     [t(DOD, "owns", DOIG)]),
    ("f14-05-04", "Who Should Read This Report and Why? Personnel who are responsible for advising DoD management on "
     "releasing exports to China should read this report because it discusses the effectiveness of the DoD process for "
     "reviewing applications to export technology to China.",
     [DOD, CN], []),
    ("f14-05-05", "Background. Public Law 106-65, “National Defense Authorization Act for FY 2000,” requires the "
     "Inspectors General of the Departments of Commerce, Defense, Energy, and State to conduct annual reviews on the "
     "transfer of militarily sensitive technology to countries of concern. For 2006, the Inspectors General decided to "
     "review controls over exports to China.",
     ["National Defense Authorization Act for FY 2000", CN], []),
    # 06 FCC fact sheet, Second Report and Order in WC Docket No. 18-89, 19 November 2020 (check)
    ("f14-06-01", "November 19, 2020 FACT SHEET* Protecting Against National Security Threats to the Communications "
     "Supply Chain Through FCC Programs Second Report and Order WC Docket No. 18-89 Background: Americans increasingly "
     "rely on high-speed broadband networks to work, access health care and education, engage in civic and social "
     "activities, and connect with friends and family. But as our reliance on communications networks grows, so do the "
     "risks to our national security from threats to the integrity of our networks and their supply chains.",
     [FCC], []),
    ("f14-06-02", "The Commission has already taken critical steps to protect communications network supply chains, "
     "including prohibiting the use of Universal Service Fund support to purchase any equipment or services from "
     "companies posing a threat to national security and later designating two foreign companies as national security "
     "threats. Today, we take another major step towards securing our communications networks by adopting rules to "
     "implement the Secure and Trusted Communications Networks Act of 2019.",
     [FCC, "Universal Service Fund", "Secure and Trusted Communications Networks Act of 2019"], []),
    ("f14-06-03", "What the Second Report and Order Would Do: \" Adopt rules to publish and modify a list of "
     "communications equipment and services that Congress or enumerated national security agencies or interagency "
     "bodies with appropriate national security expertise determine pose an unacceptable risk to the national security "
     "of the United States or the safety and security of its people.",
     [US], []),
    # 07 FCC proposed rule, FR 2020-17223 (FCC 20-99), 10 August 2020 (tune)
    ("f14-07-01", "FEDERAL COMMUNICATIONS COMMISSION 47 CFR Parts 1 and 54 [WC Docket No. 18-89; FCC 20-99; FRS 16964] "
     "Protecting Against National Security Threats to the Communications Supply Chain Through FCC Programs AGENCY: "
     "Federal Communications Commission. ACTION: Proposed rule.",
     [FCC], []),
    ("f14-07-02", "SUMMARY: In this document, the Federal Communications Commission (Commission) takes further steps to "
     "protect the nation's communications networks from potential security threats as the Commission integrates "
     "provisions of the recently enacted Secure and Trusted Communications Networks Act of 2019 (Secure Networks Act) "
     "into its existing supply chain rulemaking proceeding. The Commission seeks comment on proposals to implement "
     "further Congressional direction in the Secure Networks Act.",
     [FCC, "Secure and Trusted Communications Networks Act of 2019"], []),
    ("f14-07-03", "DATES: Comments are due on or before August 31, 2020, and reply comments are due on or before "
     "September 14, 2020. ADDRESSES: Pursuant to Sec. Sec. 1.415 and 1.419 of the Commission's rules, 47 CFR 1.415, "
     "1.419, interested parties may file comments and reply comments on or before the dates indicated on the first page "
     "of this document. Comments and reply comments may be filed using the Commission's Electronic Comment Filing "
     "System (ECFS).",
     [FCC, "Electronic Comment Filing System"],
     [t(FCC, ["owns", "develops"], "Electronic Comment Filing System")]),
    # 08 BIS final rule, Entity List additions (China, Hong Kong), FR 2014-14935 (check)
    ("f14-08-01", "DEPARTMENT OF COMMERCE Bureau of Industry and Security 15 CFR Part 744 [Docket No. "
     "140522446-4446-01] RIN 0694-AG19 Addition of Certain Persons to the Entity List; and Removal of Person From the "
     "Entity List Based on Removal Request AGENCY: Bureau of Industry and Security, Commerce. ACTION: Final rule.",
     [DOC, BIS, EL],
     [t(DOC, "owns", BIS)]),
    ("f14-08-02", "SUMMARY: This rule amends the Export Administration Regulations (EAR) by adding four persons under "
     "five entries to the Entity List. The persons who are added to the Entity List have been determined by the U.S. "
     "Government to be acting contrary to the national security or foreign policy interests of the United States. These "
     "persons will be listed on the Entity List under the destinations of China and Hong Kong.",
     [EAR, EL, US, CN, "Hong Kong"], []),
    ("f14-08-03", "In addition, this rule removes one person from the Entity List, as the result of a request for "
     "removal submitted by the person, a review of information provided in the removal request in accordance with the "
     "EAR, and further review conducted by the End-User Review Committee (ERC).",
     [EL, EAR, ERC], []),
    ("f14-08-04", "FOR FURTHER INFORMATION CONTACT: Karen Nies-Vogel, Chair, End-User Review Committee, Office of the "
     "Assistant Secretary, Export Administration, Bureau of Industry and Security, Department of Commerce, Phone: (202) "
     "482-5991",
     ["Karen Nies-Vogel", ERC, "Export Administration", BIS, DOC],
     [t("Karen Nies-Vogel", ["leads", "worksFor"], ERC), t(DOC, "owns", BIS), t(BIS, "owns", "Export Administration")]),
    # 09 USTR request for comments, FR 2024-21773 (tune)
    ("f14-09-01", "OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE Request for Comments on Proposed Modifications: "
     "China’s Acts, Policies and Practices Related to Technology Transfer, Intellectual Property and Innovation Office of "
     "the United States Trade Representative (USTR). ACTION: Request for comments.",
     [USTR, CN], []),
    ("f14-09-02", "AGENCY: In a notice published on September 18, 2024, the U.S. Trade Representative announced certain "
     "modifications to the actions taken in the Section 301 investigation of China’s acts, policies, and practices "
     "related to technology transfer, intellectual property, and innovation, including imposing additional Section 301 "
     "duties or increasing the rate of existing Section 301 duties, on certain products of China in strategic sectors. "
     "Additionally, the U.S. Trade Representative proposed increasing Section 301 tariff rates on five subheadings of "
     "the Harmonized Tariff Schedule of the United States (HTSUS) covering certain tungsten products, wafers, and "
     "polysilicon.",
     [USTR, CN, US],
     [t(USTR, RS, CN)]),
    ("f14-09-03", "This notice announces that USTR will open an electronic portal on September 23, 2024 for interested "
     "parties to submit comments on the proposed tariff increases for the five subheadings. DATES: September 23, 2024, "
     "at 12:01 a.m. EDT: The public docket on the web portal at https://comments.ustr.gov will open for interested "
     "persons to submit comments on the proposed additional modifications.",
     [USTR], []),
    ("f14-09-04", "FOR FURTHER INFORMATION CONTACT: For general questions about this notice, contact Philip Butler and "
     "Megan Grimball, Chairs of the Section 301 Committee at 202.395.5725.",
     ["Philip Butler", "Megan Grimball", "Section 301 Committee"],
     [t("Philip Butler", "leads", "Section 301 Committee"), t("Megan Grimball", "leads", "Section 301 Committee")]),
    # 10 State OIG audit of DDTC's controls over export license applications (check)
    ("f14-10-01", "(U) What OIG Audited (U) The U.S. Government regulates the sale, export, and re-transfer of defense "
     "articles and services to safeguard national security and advance U.S. foreign policy objectives. Within the "
     "Department of State (Department), the Bureau of Political-Military Affairs, Directorate of Defense Trade Controls "
     "(DDTC), is charged with controlling the export of defense articles and services.",
     [SOIG, US, DOS, PM, DDTC],
     [t(DOS, "owns", PM), t(PM, "owns", DDTC)]),
    ("f14-10-02", "(U) At the request of the Bureau of Political-Military Affairs, the Office of Inspector General (OIG) "
     "conducted this audit to determine whether DDTC implemented sufficient internal controls to ensure that export "
     "license applicants provide complete and accurate information, Department bureaus and offices involved with the "
     "application review process are effectually engaged, and the end-use and end-user of exports are appropriately "
     "vetted.",
     [PM, SOIG, DDTC, DOS], []),
    ("f14-10-03", "(SBU) OIG reviewed 21 permanent export license applications and performed tests of DDTC’s internal "
     "controls. OIG also conducted fieldwork in (redacted) and (redacted).",
     [SOIG, DDTC], []),
    ("f14-10-04", "(U) OIG made 11 recommendations that are intended to improve DDTC’s internal controls. On the basis "
     "of the Bureau of Political-Military Affairs response to a draft of this report, OIG considers all recommendations "
     "resolved pending further action.",
     [SOIG, DDTC, PM], []),
    ("f14-10-05", "(U) What OIG Found (U) OIG found that DDTC did not implement sufficient internal controls to ensure "
     "that permanent export license applications included all required information as set forth in its standard "
     "operating procedures (SOP).",
     [SOIG, DDTC],
     [t(SOIG, "accuses", DDTC)]),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
