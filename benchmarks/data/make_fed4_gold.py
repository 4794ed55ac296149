"""Writes benchmarks/data/fed4-gold.jsonl: passages cut verbatim from ten U.S. federal releases
(benchmarks/data/fed4-sources/, public domain, 17 U.S.C. 105) chosen for the shapes the check halves of the
earlier federal sets miss (designations and denial orders, who leads or owns what, lawsuits and charges, where a
company is based), annotated by hand per ../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text
conventions") and the precedents of us-gov-gold.jsonl and fed3-gold.jsonl, before `kg` was run on any of them
(29 November 2026).

Split by whole document: odd documents (f4-01, f4-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's, shared with
make_fed3_gold.py; run this script to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed4-sources"
OUT = HERE / "fed4-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "the United States",
                                  "U.S. government", "United States government", "U.S. Government"]),
    "China": ("Country", ["People's Republic of China", "PRC", "P.R.C.", "mainland China", "People's Republic of China (PRC)",
                          "PRC government", "Chinese government"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "U.S. Commerce Department",
                                                       "US Department of Commerce", "Commerce",
                                                       "United States Department of Commerce"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS", "Bureau of Industry and Security (BIS)",
                                                           "U.S. Bureau of Industry and Security"]),
    "U.S. Department of Justice": ("GovernmentBody", ["Justice Department", "Department of Justice", "DOJ",
                                                      "U.S. Justice Department", "Department of Justice (DOJ)"]),
    "Entity List": ("Policy", ["BIS Entity List", "U.S. Entity List", "Commerce Entity List"]),
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "International Emergency Economic Powers Act": ("Policy", ["IEEPA"]),
    # 01 DOJ, Shih and Mai charged (tune)
    "Yi-Chi Shih": ("Person", ["Shih"]),
    "Kiet Ahn Mai": ("Person", ["Mai"]),
    "Dana J. Boente": ("Person", ["Boente", "Dana Boente"]),
    "Nicola T. Hanna": ("Person", ["Hanna", "Nicola Hanna"]),
    "Paul Delacourt": ("Person", ["Delacourt"]),
    "Federal Bureau of Investigation": ("GovernmentBody", ["FBI"]),
    "FBI Los Angeles Field Office": ("GovernmentBody", ["Los Angeles Field Office", "FBI's Los Angeles Field Office"]),
    "R. Damon Rowe": ("Person", ["Rowe", "Damon Rowe"]),
    "IRS Criminal Investigation": ("GovernmentBody", ["IRS-CI"]),
    "Richard Weir": ("Person", ["Weir"]),
    "Office of Export Enforcement": ("GovernmentBody", ["OEE", "BIS Office of Export Enforcement"]),
    # 02 USAO New Jersey, Dandong Hongxiang indictment (check)
    "Craig Carpenito": ("Person", ["Carpenito"]),
    "Brian A. Benczkowski": ("Person", ["Benczkowski", "Brian Benczkowski"]),
    "Criminal Division": ("GovernmentBody", ["DOJ Criminal Division", "Justice Department's Criminal Division"]),
    "John C. Demers": ("Person", ["Demers", "John Demers"]),
    "National Security Division": ("GovernmentBody", ["NSD", "Justice Department's National Security Division"]),
    "Weapons of Mass Destruction Proliferators Regulations": ("Policy", ["WMDPR"]),
    "Ma Xiaohong": ("Person", ["Ma"]),
    "Dandong Hongxiang Industrial Development": ("Company", ["Dandong Hongxiang Industrial Development Co. Ltd.",
                                                             "Dandong Hongxiang Industrial Development Co. Ltd. (DHID)",
                                                             "Dandong Hongxiang Industrial Development Co.", "DHID"]),
    "Zhou Jianshu": ("Person", ["Zhou"]),
    "Hong Jinhua": ("Person", ["Hong"]),
    "Luo Chuanxu": ("Person", ["Luo"]),
    "North Korea": ("Country", ["Democratic People's Republic of Korea", "DPRK"]),
    # 03 BIS, temporary denial order of 2008 (tune)
    "Galaxy Aviation Trade Company": ("Company", ["Galaxy Aviation", "Galaxy Aviation Trade"]),
    "Iran Air": ("Company", ["Iran Air Cargo"]),
    "Iran": ("Country", ["Islamic Republic of Iran"]),
    "Turkey": ("Country", ["Türkiye"]),
    "Boeing 747": ("Product", ["Boeing 747 cargo aircraft"]),
    "Ankair": ("Company", []),
    "Mario Mancuso": ("Person", ["Mancuso", "Under Secretary Mancuso"]),
    "United Nations Security Council": ("Organization", ["UN Security Council", "U.N. Security Council", "UNSC"]),
    # 04 BIS, Entity List rule of June 2022 (check)
    "Russia": ("Country", ["Russian Federation"]),
    "Ukraine": ("Country", []),
    "Alan Estevez": ("Person", ["Alan F. Estevez", "Estevez"]),
    "Vladimir Putin": ("Person", ["Putin"]),
    # 05 Treasury, Sichuan Silence (tune)
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of the Treasury", "Treasury", "Treasury Department",
                                                           "U.S. Treasury"]),
    "Office of Foreign Assets Control": ("GovernmentBody", ["OFAC", "Office of Foreign Assets Control (OFAC)"]),
    "Sichuan Silence": ("Company", ["Sichuan Silence Information Technology Company, Limited",
                                    "Sichuan Silence Information Technology Company",
                                    "Sichuan Silence Information Technology Company, Limited (Sichuan Silence)",
                                    "Sichuan Silence Information Technology"]),
    "Guan Tianfeng": ("Person", ["Guan"]),
    "Office of the Director of National Intelligence": ("GovernmentBody", ["ODNI"]),
    "2024 Annual Threat Assessment": ("Product", ["Annual Threat Assessment"]),
    "Bradley T. Smith": ("Person", ["Bradley Smith", "Smith"]),
    "U.S. Department of State": ("GovernmentBody", ["Department of State", "State Department", "U.S. State Department"]),
    "Rewards for Justice": ("GovernmentBody", ["Rewards for Justice program"]),
    # 06 State, Iran missile procurement network (check)
    "Ministry of Defense and Armed Forces Logistics": ("GovernmentBody", [
        "Iran's Ministry of Defense and Armed Forces Logistics", "MODAFL", "Iranian Ministry of Defense and Armed Forces Logistics"]),
    "Parchin Chemical Industries": ("Company", ["Parchin Chemicals Industries", "PCI"]),
    "P.B. Sadr": ("Company", ["PB Sadr"]),
    "Davoud Damghani": ("Person", ["Damghani"]),
    "Executive Order 13382": ("Policy", ["E.O. 13382", "Executive Order (E.O.) 13382"]),
    # 07 DOJ, Deputy Attorney General on the search lawsuit against Google (tune)
    "Google": ("Company", ["Google LLC", "Google Inc"]),
    "Sherman Act": ("Policy", ["Sherman Antitrust Act"]),
    "William Barr": ("Person", ["Barr", "Attorney General Barr"]),
    "Antitrust Division": ("GovernmentBody", ["DOJ Antitrust Division"]),
    # 08 DOJ, Attorney General on the ad tech lawsuit against Google (check)
    "Bureau of Alcohol, Tobacco, Firearms and Explosives": ("GovernmentBody", ["ATF"]),
    "Half Moon Bay": ("City", []),
    "U.S. District Court for the Eastern District of Virginia": ("GovernmentBody", ["Eastern District of Virginia"]),
    # 09 FTC, federal court listing (tune)
    "Federal Trade Commission": ("GovernmentBody", ["FTC", "the Commission", "Commission", "U.S. Federal Trade Commission"]),
    "Meta Platforms": ("Company", ["Facebook", "Facebook, Inc.", "Facebook Inc", "Meta"]),
    "Restoro-Reimage": ("Company", ["Restoro", "Reimage"]),
    "Nexway": ("Company", ["Nexway, Inc.", "Nexway Inc"]),
    "Seven & i Holdings": ("Company", ["Seven & i Holdings Co., Ltd.", "Seven & i Holdings Co. Ltd.", "Seven & i"]),
    "7-Eleven": ("Company", ["7-Eleven, Inc", "7-Eleven, Inc.", "7-Eleven Inc"]),
    "Sunoco": ("Company", ["Sunoco LP"]),
    "St. Petersburg, Florida": ("City", ["St. Petersburg", "St. Petersburg, Fla."]),
    "Florida": ("Region", ["Fla."]),
    # 10 USAO N.D. Cal., Fu-Tain Lu sentenced (check)
    "Fu-Tain Lu": ("Person", ["Fu—Tain Lu", "Lu"]),
    "Cupertino": ("City", []),
    "California": ("Region", ["State of California"]),
    "Melinda Haag": ("Person", ["Haag"]),
    "Fushine Technology": ("Company", ["Fushine Technology Inc.", "Fushine Technology Inc. (Fushine)", "Fushine"]),
    "Miteq Components": ("Company", ["Miteq Components Inc.", "Miteq Components Inc. (Miteq)", "Miteq"]),
    "New York": ("Region", ["New York State", "State of New York"]),
    "Everjet Science and Technology": ("Company", ["Everjet Science and Technology Corporation",
                                                   "Everjet Science and Technology Corporation (Everjet)", "Everjet"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


SR = ["sanctions", "restricts"]
LW = ["leads", "worksFor"]
SA = ["sues", "accuses"]

# (id, text, entities named in the passage, triples)
P = [
    # 01 DOJ Office of Public Affairs, Shih and Mai charged, January 2018 (tune)
    ("f4-01-01", "Federal authorities arrested Yi-Chi Shih, 62, and Kiet Ahn Mai, 63, on Jan. 19, on federal charges that allege a "
     "scheme to illegally obtain technology and integrated circuits with military applications that were exported to a Chinese "
     "company without the required export license.",
     ["Yi-Chi Shih", "Kiet Ahn Mai"], []),
    ("f4-01-02", "The announcement was made by Acting Assistant Attorney General for National Security Dana J. Boente; U.S. "
     "Attorney Nicola T. Hanna for the Northern District of California; Assistant Director in Charge Paul Delacourt of the FBI’s "
     "Los Angeles Field Office; Special Agent in Charge R. Damon Rowe of IRS Criminal Investigation; Special Agent in Charge "
     "Richard Weir of the U.S. Department of Commerce, Bureau of Industry and Security, Office of Export Enforcement, Los Angeles "
     "Field Office.",
     ["Dana J. Boente", "Nicola T. Hanna", "United States", "Paul Delacourt", "Federal Bureau of Investigation",
      "FBI Los Angeles Field Office", "R. Damon Rowe", "IRS Criminal Investigation", "Richard Weir",
      "U.S. Department of Commerce", "Bureau of Industry and Security", "Office of Export Enforcement"],
     [t("Nicola T. Hanna", "worksFor", "United States"),
      t("Federal Bureau of Investigation", "owns", "FBI Los Angeles Field Office"),
      t("Paul Delacourt", LW, "FBI Los Angeles Field Office"),
      t("Paul Delacourt", "worksFor", "Federal Bureau of Investigation"),
      t("R. Damon Rowe", "worksFor", "IRS Criminal Investigation"),
      t("U.S. Department of Commerce", "owns", "Bureau of Industry and Security"),
      t("Bureau of Industry and Security", "owns", "Office of Export Enforcement"),
      t("Richard Weir", "worksFor", "Office of Export Enforcement"),
      t("Richard Weir", "worksFor", "Bureau of Industry and Security"),
      t("Richard Weir", "worksFor", "U.S. Department of Commerce")]),
    ("f4-01-03", "“According to the complaint, the defendants allegedly schemed to illegally export semiconductors having military "
     "and civilian applications to a Chinese company,” said Acting Assistant Attorney General Boente. “Protecting this type of "
     "technology and preventing its illegal acquisition by our adversaries remains a key priority in preserving our national "
     "security.”",
     ["Dana J. Boente"], []),
    ("f4-01-04", "“This case outlines a scheme to secure proprietary technology, some of which was allegedly sent to China, where "
     "it could be used to provide companies there with significant advantages that would compromise U.S. business interests,” "
     "said U.S. Attorney Hanna. “The very sensitive information would also benefit foreign adversaries who could use the "
     "technology to further or develop military applications that would be detrimental to our national security.”",
     ["China", "United States", "Nicola T. Hanna"],
     [t("Nicola T. Hanna", "worksFor", "United States")]),
    # 02 USAO District of New Jersey, Dandong Hongxiang indictment (check)
    ("f4-02-01", "NEWARK, N.J. – A federal grand jury has charged four Chinese nationals and a Chinese company with violating the "
     "International Emergency Economic Powers Act (IEEPA), conspiracy to violate IEEPA and to defraud the United States; "
     "conspiracy to violate, evade and avoid restrictions of the Weapons of Mass Destruction Proliferators Regulations (WMDPR); "
     "and conspiracy to launder monetary instruments, U.S. Attorney Craig Carpenito for the District of New Jersey, Assistant "
     "Attorney General Brian A. Benczkowski of the Justice Department’s Criminal Division, and Assistant Attorney General John "
     "C. Demers of the Justice Department’s National Security Division announced.",
     ["International Emergency Economic Powers Act", "United States", "Weapons of Mass Destruction Proliferators Regulations",
      "Craig Carpenito", "Brian A. Benczkowski", "U.S. Department of Justice", "Criminal Division", "John C. Demers",
      "National Security Division"],
     [t("Craig Carpenito", "worksFor", "United States"),
      t("Brian A. Benczkowski", LW, "Criminal Division"),
      t("Brian A. Benczkowski", "worksFor", "U.S. Department of Justice"),
      t("U.S. Department of Justice", "owns", "Criminal Division"),
      t("John C. Demers", LW, "National Security Division"),
      t("John C. Demers", "worksFor", "U.S. Department of Justice"),
      t("U.S. Department of Justice", "owns", "National Security Division")]),
    ("f4-02-02", "The indictment returned yesterday by a federal grand jury in Newark charges Ma Xiaohong (Ma); her company, Dandong "
     "Hongxiang Industrial Development Co. Ltd. (DHID); and three of DHID’s top executives – general manager Zhou Jianshu (Zhou), "
     "deputy general manager Hong Jinhua (Hong) and financial manager Luo Chuanxu (Luo) – with violating IEEPA, conspiracy to "
     "violate IEEPA and to defraud the United States; and conspiracy to launder monetary instruments.",
     ["Ma Xiaohong", "Dandong Hongxiang Industrial Development", "Zhou Jianshu", "Hong Jinhua", "Luo Chuanxu",
      "International Emergency Economic Powers Act", "United States"],
     [t("Ma Xiaohong", "owns", "Dandong Hongxiang Industrial Development"),
      t("Zhou Jianshu", LW, "Dandong Hongxiang Industrial Development"),
      t("Hong Jinhua", "worksFor", "Dandong Hongxiang Industrial Development"),
      t("Luo Chuanxu", "worksFor", "Dandong Hongxiang Industrial Development")]),
    ("f4-02-03", "“Ma, her company, and her employees tried to defraud the United States by evading sanctions restrictions and doing "
     "business with proliferators of weapons of mass destruction,” said U.S. Attorney Carpenito, “We will continue to work "
     "closely with our partners in the National Security and Criminal Divisions in order to identify and prosecute defendants "
     "like these, in order to preserve a safer and more fair environment for all.”",
     ["Ma Xiaohong", "United States", "Craig Carpenito"],
     [t("Craig Carpenito", "worksFor", "United States"),
      t("Craig Carpenito", "accuses", "Ma Xiaohong")]),
    ("f4-02-04", "“Through the use of more than 20 front companies, the defendants are alleged to have sought to obscure illicit "
     "financial dealings on behalf of sanctioned North Korean entities that were involved in the proliferation of weapons of "
     "mass destruction,” said Assistant Attorney General John Demers.",
     ["North Korea", "John C. Demers"], []),
    # 03 BIS, temporary denial order, 12 June 2008 (tune)
    ("f4-03-01", "Temporary Denial Order Issued for Export of a U.S. Aircraft to Iran\n\nWASHINGTON – The U.S. Commerce Department’s "
     "Bureau of Industry and Security (BIS) issued a Temporary Denial Order (TDO) suspending the export privileges of Galaxy "
     "Aviation Trade Company, three of its shareholders, and Iran Air for 180 days.",
     ["United States", "Iran", "U.S. Department of Commerce", "Bureau of Industry and Security", "Galaxy Aviation Trade Company",
      "Iran Air"],
     [t("U.S. Department of Commerce", "owns", "Bureau of Industry and Security"),
      t("Bureau of Industry and Security", SR, "Galaxy Aviation Trade Company"),
      t("Bureau of Industry and Security", SR, "Iran Air")]),
    ("f4-03-02", "Evidence obtained by BIS shows that the respondent parties were planning to re-export a U.S.-origin Boeing 747 cargo "
     "aircraft to Iran from Turkey in violation of the Export Administration Regulations (EAR).  The U.S. Government maintains "
     "comprehensive economic sanctions on Iran as a result of Iran's sponsorship of international terrorism and its pursuit of "
     "weapons of  mass destruction.  The order also imposes a non-standard denial on Ankair, a Turkish airline involved in the "
     "re-export, which only applies to any transactions involving this specific aircraft.",
     ["Bureau of Industry and Security", "United States", "Boeing 747", "Iran", "Turkey", "Export Administration Regulations",
      "Ankair"],
     [t("United States", SR, "Iran"),
      t("Ankair", "basedIn", "Turkey")]),
    ("f4-03-03", "\"This action demonstrates that we will energetically use the tools at our disposal to enforce U.S. and "
     "international sanctions on Iran and enhance U.S. security,\" said Under Secretary of Commerce Mario Mancuso.  Under "
     "Secretary Mancuso also noted the anomaly of cargo aircraft being acquired by Iran Air, in light of United Nations Security "
     "Council resolution 1803, which specifically calls upon all States to inspect Iran Air Cargo aircraft provided there are "
     "reasonable grounds to believe that the aircraft is transporting goods prohibited under resolutions 1803, 1737 or 1747.",
     ["United States", "Iran", "U.S. Department of Commerce", "Mario Mancuso", "Iran Air", "United Nations Security Council"],
     [t("United States", SR, "Iran"),
      t("Mario Mancuso", "worksFor", "U.S. Department of Commerce")]),
    ("f4-03-04", "Under the Denial Order, Galaxy Aviation Trade Company, its shareholders, and Iran Air, may not directly or "
     "indirectly participate in or benefit in any way from any transaction subject to the EAR. It is also a violation of the EAR "
     "for any person to participate in a transaction subject to the EAR involving a denied party.",
     ["Galaxy Aviation Trade Company", "Iran Air", "Export Administration Regulations"], []),
    # 04 BIS, 36 entities added to the Entity List, 28 June 2022 (check)
    ("f4-04-01", "Commerce Rule Applies Powerful Restrictions Directly on Entities Seeking to Supply Russia’s Military Since Start of "
     "Invasion of Ukraine\n\nAddition to Commerce Entity List Severely Restricts Access to U.S. Technologies and Items\n"
     "WASHINGTON, D.C. – The U.S. Commerce Department, through its Bureau of Industry and Security (BIS), has issued a new rule "
     "adding a total of 36 entities in nine countries to the Entity List, including six specifically for their continued support "
     "of Russia’s military efforts since imposition of export controls in response to Russia’s invasion of Ukraine.",
     ["U.S. Department of Commerce", "Russia", "Ukraine", "Entity List", "United States", "Bureau of Industry and Security"],
     [t("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")]),
    ("f4-04-02", "The six entities are subject to severe restrictions on access to U.S. technologies and items for having contracted "
     "to continue to supply Russian military end users since February 24, 2022, when the current restrictions were put in place. "
     "The Department also publicly identifies two Chinese parties that have been on the Entity List since 2018 as having "
     "supported, and continued to support, Russia’s military since the imposition of new controls.",
     ["United States", "Russia", "China", "Entity List"], []),
    ("f4-04-03", "“The sweeping export controls put in place by the United States and our allies and partners are restricting the "
     "Russian military’s ability to repair, replace, and resupply and will continue to bite harder the longer Putin persists,” "
     "said Under Secretary of Commerce for Industry and Security Alan Estevez. “Today’s action sends a powerful message to "
     "entities and individuals across the globe that if they seek to support Russia, the United States will cut them off as "
     "well.”",
     ["United States", "Russia", "Vladimir Putin", "U.S. Department of Commerce", "Alan Estevez"],
     [t("United States", "restricts", "Russia"),
      t("Alan Estevez", "worksFor", "U.S. Department of Commerce")]),
    # 05 Treasury, Sichuan Silence and Guan Tianfeng, 10 December 2024 (tune)
    ("f4-05-01", "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is sanctioning "
     "cybersecurity company Sichuan Silence Information Technology Company, Limited (Sichuan Silence), and one of its employees, "
     "Guan Tianfeng (Guan), both based in People’s Republic of China (PRC), for their roles in the April 2020 compromise of tens "
     "of thousands of firewalls worldwide. Many of the victims were U.S. critical infrastructure companies.",
     ["U.S. Department of the Treasury", "Office of Foreign Assets Control", "Sichuan Silence", "Guan Tianfeng", "China",
      "United States"],
     [t("U.S. Department of the Treasury", "owns", "Office of Foreign Assets Control"),
      t("Office of Foreign Assets Control", SR, "Sichuan Silence"),
      t("Office of Foreign Assets Control", SR, "Guan Tianfeng"),
      t("Guan Tianfeng", "worksFor", "Sichuan Silence"),
      t("Sichuan Silence", "basedIn", "China")]),
    ("f4-05-02", "Malicious cyber actors, including those operating in China, continue to be one of the greatest and most persistent "
     "threats to U.S. national security, as highlighted in the 2024 Annual Threat Assessment released by the Office of the "
     "Director of National Intelligence.",
     ["China", "United States", "2024 Annual Threat Assessment", "Office of the Director of National Intelligence"],
     [t("Office of the Director of National Intelligence", ["launches", "develops"], "2024 Annual Threat Assessment")]),
    ("f4-05-03", "“Today’s action underscores our commitment to exposing these malicious cyber activities—many of which pose "
     "significant risk to our communities and our citizens—and to holding the actors behind them accountable for their "
     "schemes,” said Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence Bradley T. Smith. "
     "“Treasury, as part of the U.S. government’s coordinated approach to addressing cyber threats, will continue to leverage "
     "our tools to disrupt attempts by malicious cyber actors to undermine our critical infrastructure.”",
     ["U.S. Department of the Treasury", "Bradley T. Smith", "United States"],
     [t("Bradley T. Smith", "worksFor", "U.S. Department of the Treasury")]),
    ("f4-05-04", "Today, the Department of Justice (DOJ) unsealed an indictment on Guan for the same activity. Additionally, the U.S. "
     "Department of State announced a Rewards for Justice reward offer of up to $10 million for information about Sichuan "
     "Silence or Guan.",
     ["U.S. Department of Justice", "Guan Tianfeng", "U.S. Department of State", "Rewards for Justice", "Sichuan Silence"],
     [t("U.S. Department of Justice", SA, "Guan Tianfeng")]),
    ("f4-05-05", "Guan Tianfeng discovered a zero-day exploit in a firewall product. A zero-day exploit is a previously unknown "
     "vulnerability in a computer software or hardware product that can be used in a cyberattack. Between April 22 and 25, "
     "2020, Guan Tianfeng used this zero-day exploit to deploy malware to approximately 81,000 firewalls owned by thousands of "
     "businesses worldwide.",
     ["Guan Tianfeng"], []),
    # 06 State Department, sanctions on a network supporting Iran's missile programs, 6 June 2023 (check)
    ("f4-06-01", "Today, the United States is imposing sanctions on a procurement network of seven individuals and six entities in "
     "Iran and the People’s Republic of China (PRC) for supporting the activities of Iran’s Ministry of Defense and Armed Forces "
     "Logistics, Parchin Chemicals Industries, and P.B. Sadr, all of which are U.S.-designated entities as key actors in Iran’s "
     "ballistic missile program.",
     ["United States", "Iran", "China", "Ministry of Defense and Armed Forces Logistics", "Parchin Chemical Industries",
      "P.B. Sadr"],
     [t("United States", SR, "Ministry of Defense and Armed Forces Logistics"),
      t("United States", SR, "Parchin Chemical Industries"),
      t("United States", SR, "P.B. Sadr")]),
    ("f4-06-02", "Today’s actions include the designation of Iran’s Defense Attaché in Beijing, Davoud Damghani, who has coordinated "
     "defense-related procurements from the PRC for Iranian end-users.",
     ["Iran", "Davoud Damghani", "China"],
     [t("Davoud Damghani", "worksFor", "Iran")]),
    ("f4-06-03", "The United States remains firmly committed to using every tool at our disposal to disrupt Iran’s procurement "
     "networks, and we will work with allies and partners to hold Iran accountable for its actions.",
     ["United States", "Iran"], []),
    ("f4-06-04", "Today’s action is being taken pursuant to Executive Order (E.O.) 13382, which targets proliferators of weapons of "
     "mass destruction and their means of delivery.",
     ["Executive Order 13382"], []),
    # 07 DOJ, Deputy Attorney General's remarks on the search lawsuit against Google, 20 October 2020 (tune)
    ("f4-07-01", "This morning, the Department of Justice and eleven states filed an antitrust civil lawsuit against Google, for "
     "unlawfully maintaining a monopoly in general search services and search advertising in violation of section two of the "
     "Sherman Act.",
     ["U.S. Department of Justice", "Google", "Sherman Act"],
     [t("U.S. Department of Justice", SA, "Google")]),
    ("f4-07-02", "For years, there have been broad, bipartisan concerns about business practices leading to massive concentrations of "
     "economic power in our modern online economy.  Hearing those concerns, during his Senate confirmation hearing in January "
     "2019, Attorney General Barr committed to examine the impacts the asserted concentration in technology markets may have had "
     "on free, fair, and open competition.",
     ["William Barr"], []),
    ("f4-07-03", "As a result, in July of 2019, shortly after I joined DOJ, the Department announced a review of Market-Leading "
     "Online platforms, with the stated goal of assessing “the competitive conditions in the online marketplace in an objective "
     "and fair-minded manner and to ensure Americans have access to free markets in which companies compete on the merits to "
     "provide services that users want.”",
     ["U.S. Department of Justice"], []),
    ("f4-07-04", "One of the online platforms that was investigated for antitrust concerns was Google’s. The Antitrust Division has "
     "been looking at Google and its competitive practices for more than a year.  In technology markets, it is necessary for "
     "antitrust enforcers to move promptly.",
     ["Google", "Antitrust Division"],
     [t("Antitrust Division", "regulates", "Google")]),
    ("f4-07-05", "Google is the gateway to the internet and a search advertising behemoth.  Google achieved some success in its early "
     "years, and no one begrudges that, but, as the antitrust complaint filed today explains, it has maintained its monopoly "
     "power through exclusionary practices that harm competition.  So the Justice Department has determined that an antitrust "
     "response is necessary to benefit consumers.  If the government does not enforce the antitrust laws to enable competition, "
     "we will lose the next wave of innovation.",
     ["Google", "U.S. Department of Justice"], []),
    # 08 DOJ, Attorney General's remarks on the ad tech lawsuit against Google, 24 January 2023 (check)
    ("f4-08-01", "Good afternoon.\n\nUnfortunately, I am going to begin my remarks today just as I did yesterday: offering my "
     "condolences to the families of the victims of yet another mass shooting in our country.\n\nAll of us at the Justice "
     "Department, including the FBI and ATF, will continue to support the Half Moon Bay community in the difficult days ahead. "
     "And as I said yesterday, the Justice Department is committed to doing everything in our power to protect our communities "
     "from the gun violence that is leaving no community in this country untouched.",
     ["U.S. Department of Justice", "Federal Bureau of Investigation", "Bureau of Alcohol, Tobacco, Firearms and Explosives",
      "Half Moon Bay"],
     [t("U.S. Department of Justice", "owns", "Federal Bureau of Investigation"),
      t("U.S. Department of Justice", "owns", "Bureau of Alcohol, Tobacco, Firearms and Explosives")]),
    ("f4-08-02", "Today, the Department of Justice, joined by eight states, filed a civil antitrust lawsuit in the U.S. District Court "
     "for the Eastern District of Virginia against Google.\n\nWe allege that Google has used anticompetitive, exclusionary, and "
     "unlawful conduct to eliminate or severely diminish any threat to its dominance over digital advertising technologies.",
     ["U.S. Department of Justice", "U.S. District Court for the Eastern District of Virginia", "Google"],
     [t("U.S. Department of Justice", SA, "Google")]),
    ("f4-08-03", "These technologies, which are known as “ad tech,” automate advertising sales by website publishers to online "
     "advertisers.\n\nWhen an internet user opens a webpage that has ad space to sell, ad tech tools almost instantly match the "
     "website publisher with an advertiser looking to promote its products or services to the website's user.\n\nThis product "
     "and process typically involves the use of an automated advertising exchange. This exchange runs a high-speed auction "
     "designed to identify the best match between a publisher selling internet ad space and advertisers looking to buy it.",
     [], []),
    ("f4-08-04", "As alleged in our complaint, for 15 years, Google has pursued a course of anticompetitive conduct that has allowed "
     "it to halt the rise of rival technologies, manipulate auction mechanics to insulate itself from competition, and force "
     "advertisers and publishers to use its tools.",
     ["Google"], []),
    # 09 FTC Legal Library, federal court cases in the District of Columbia (tune)
    ("f4-09-01", "Facebook, Inc., In the Matter of\n\nThe FTC alleged that Facebook violated its privacy promises to consumers and "
     "subsequently violated a 2012 Commission order.",
     ["Meta Platforms", "Federal Trade Commission"],
     [t("Federal Trade Commission", ["accuses", "sues", "regulates"], "Meta Platforms")]),
    ("f4-09-02", "Restoro-Reimage\n\nTwo tech support companies will pay $26 million to settle FTC charges that they bilked tens of "
     "millions of dollars from consumers, particularly older consumers, by duping them into buying computer repair services in "
     "violation of the FTC Act and the Telemarketing Sales Rule.",
     ["Restoro-Reimage", "Federal Trade Commission"],
     [t("Federal Trade Commission", ["sues", "accuses", "regulates"], "Restoro-Reimage")]),
    ("f4-09-03", "Nexway, Inc., In the Matter of\n\nThe Federal Trade Commission has acted to stop Nexway, a multinational payment "
     "processing company, along with its CEO and chief strategy officer, from serving as a facilitator for the tech support "
     "scammers through credit card laundering. The defendants in the case have agreed to proposed court orders that prohibit "
     "them from any further payment laundering and require them to closely monitor other high-risk clients for illegal activity. "
     "The complaint and proposed orders were filed by the U.S. Department of Justice on behalf of the FTC.",
     ["Nexway", "Federal Trade Commission", "U.S. Department of Justice"],
     [t("Federal Trade Commission", ["sues", "regulates", "restricts"], "Nexway"),
      t("U.S. Department of Justice", "sues", "Nexway")]),
    ("f4-09-04", "The Federal Trade Commission is sending more than $610,000 in refunds to consumers who lost money to a tech support "
     "scam facilitated by the payment processing company Nexway.",
     ["Federal Trade Commission", "Nexway"], []),
    ("f4-09-05", "Seven & i Holdings Co. Ltd. (Sunoco LP), FTC v.\n\nThe Federal Trade Commission sued 7-Eleven, Inc and its parent "
     "company, Seven & i Holdings Co., Ltd., alleging the convenience store chain violated a 2018 FTC consent order by acquiring a "
     "fuel outlet in St. Petersburg, Fla. without providing the Commission prior notice.",
     ["Seven & i Holdings", "Sunoco", "Federal Trade Commission", "7-Eleven", "St. Petersburg, Florida", "Florida"],
     [t("Federal Trade Commission", ["sues", "accuses", "regulates"], "7-Eleven"),
      t("Federal Trade Commission", "sues", "Seven & i Holdings"),
      t("Seven & i Holdings", "owns", "7-Eleven"),
      t("St. Petersburg, Florida", "locatedIn", "Florida")]),
    # 10 USAO N.D. Cal. (FBI archive), Fu-Tain Lu sentenced, 31 October 2012 (check)
    ("f4-10-01", "SAN JOSE, CA—Fu—Tain Lu, of Cupertino, California, was sentenced Monday to 15 months in prison for selling "
     "sensitive microwave amplifiers to the People’s Republic of China without a license, United States Attorney Melinda Haag "
     "announced.",
     ["Fu-Tain Lu", "Cupertino", "California", "China", "United States", "Melinda Haag"],
     [t("Cupertino", "locatedIn", "California"),
      t("Fu-Tain Lu", "suppliesTo", "China"),
      t("Melinda Haag", "worksFor", "United States")]),
    ("f4-10-02", "Lu entered a guilty plea on November 21, 2011. In pleading guilty, he admitted that he was the owner and founder of "
     "Fushine Technology Inc. (Fushine), a California corporation formerly located in Cupertino. Fushine was an exporter of "
     "electronic components primarily used in communications, radar, and other applications. At the time of the offense, "
     "Fushine had a sales representative agreement with Miteq Components Inc. (Miteq), a New York-based manufacturer of "
     "microwave and satellite communications components and subsystems.",
     ["Fu-Tain Lu", "Fushine Technology", "California", "Cupertino", "Miteq Components", "New York"],
     [t("Fu-Tain Lu", "owns", "Fushine Technology"),
      t("Fu-Tain Lu", "founded", "Fushine Technology"),
      t("Fushine Technology", "basedIn", "California"),
      t("Fushine Technology", ["basedIn", "locatedIn"], "Cupertino"),
      t("Fushine Technology", "partnersWith", "Miteq Components"),
      t("Miteq Components", "basedIn", "New York")]),
    ("f4-10-03", "Lu, 65, admitted that, on March 1, 2004, Fushine submitted a purchase order to Miteq for one microwave amplifier and "
     "requested that Miteq notify Fushine immediately if an export license was required. Miteq responded that the part was "
     "controlled for export to China. Nonetheless, on April 2, 2004, Fushine exported the amplifier to co-defendant Everjet "
     "Science and Technology Corporation (Everjet), located in the People’s Republic of China, without having obtained a license "
     "or license exception from the United States Department of Commerce. Lu further admitted in the plea agreement that the "
     "amplifier he shipped was restricted for export to China for reasons of national security.",
     ["Fu-Tain Lu", "Fushine Technology", "Miteq Components", "China", "Everjet Science and Technology",
      "U.S. Department of Commerce"],
     [t("Fushine Technology", "suppliesTo", "Everjet Science and Technology"),
      t("Fushine Technology", "suppliesTo", "China"),
      t("Everjet Science and Technology", ["basedIn", "locatedIn"], "China")]),
]


def main() -> None:
    build(P, E, SOURCES, OUT)


if __name__ == "__main__":
    main()
