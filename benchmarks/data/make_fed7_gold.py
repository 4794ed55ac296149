"""Writes benchmarks/data/fed7-gold.jsonl: passages cut verbatim from ten U.S. federal releases of designation kinds
(benchmarks/data/fed7-sources/, public domain, 17 U.S.C. 105): Treasury designations (a ransomware actor; sanctions on
Iran's oil revenues and censors), State statements on designations (Iranian cyber actors, the Internet Research Agency's
network, Houthi procurement networks, DPRK IT-worker schemes), BIS Entity List additions (Russia after the annexation
referendums, seven Iranian drone producers, biotechnology and Iran-diversion listings) and a BIS penalty settlement;
none of them in us-gov, fed3, fed4, fed5, fed6 or real-dev's SOURCES.md. Annotated by hand per ../shared/ONTOLOGY.md
("How a sentence is annotated", "Real-text conventions") and the precedents of the earlier sets
(benchmarks/data/README.md), before `kg` was run on any of them (29 November 2026).

Split by whole document: odd documents (f7-01, f7-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed7-sources"
OUT = HERE / "fed7-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "the United States",
                                  "U.S. government", "United States government", "U.S. Government", "the U.S."]),
    "China": ("Country", ["People's Republic of China", "PRC", "People’s Republic of China", "mainland China",
                          "People’s Republic of China (PRC)", "Chinese government"]),
    "Russia": ("Country", ["Russian Federation"]),
    "Iran": ("Country", ["Islamic Republic of Iran", "Iranian government", "Iranian regime"]),
    "Ukraine": ("Country", []),
    "North Korea": ("Country", ["Democratic People's Republic of Korea", "DPRK"]),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of Treasury", "Department of the Treasury", "Treasury",
                                                           "Treasury Department", "U.S. Treasury"]),
    "Office of Foreign Assets Control": ("GovernmentBody", ["OFAC", "Office of Foreign Assets Control (OFAC)"]),
    "U.S. Department of State": ("GovernmentBody", ["Department of State", "State Department", "U.S. State Department",
                                                    "US State Department"]),
    "U.S. Department of Justice": ("GovernmentBody", ["Justice Department", "Department of Justice", "DOJ"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "U.S. Commerce Department",
                                                       "Commerce", "US Department of Commerce"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS", "Bureau of Industry and Security (BIS)"]),
    "Entity List": ("Policy", ["BIS Entity List", "U.S. Entity List", "Commerce Entity List"]),
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "Alan Estevez": ("Person", ["Alan F. Estevez", "Estevez"]),
    # 01 Treasury, designation of Mikhail Matveev (tune)
    "Mikhail Matveev": ("Person", ["Matveev"]),
    "U.S. District Court for the District of New Jersey": ("GovernmentBody", [
        "United States District Court for the District of New Jersey", "District of New Jersey",
        "United States District Courts for the District of New Jersey"]),
    "U.S. District Court for the District of Columbia": ("GovernmentBody", [
        "United States District Court for the District of Columbia", "District of Columbia"]),
    "Brian Nelson": ("Person", ["Brian E. Nelson", "Nelson"]),
    "Financial Crimes Enforcement Network": ("GovernmentBody", ["FinCEN"]),
    "Hive": ("Product", ["Hive ransomware"]),
    "LockBit": ("Product", ["LockBit ransomware"]),
    "Babuk": ("Product", ["Babuk ransomware"]),
    # 02 State, sanctions on Iranian cyber actors (check)
    "Islamic Revolutionary Guard Corps": ("GovernmentBody", ["IRGC", "Iran's Islamic Revolutionary Guard Corps"]),
    "Federal Bureau of Investigation": ("GovernmentBody", ["FBI"]),
    "U.S. Cyber Command": ("GovernmentBody", ["USCYBERCOM"]),
    "National Security Agency": ("GovernmentBody", ["NSA"]),
    "Cybersecurity and Infrastructure Security Agency": ("GovernmentBody", ["CISA"]),
    "Rewards for Justice": ("GovernmentBody", ["Rewards for Justice program"]),
    "Diplomatic Security Service": ("GovernmentBody", []),
    "Computer Fraud and Abuse Act": ("Policy", []),
    # 03 BIS, 57 entities after Russia's attempted annexations (tune)
    "Crimea": ("Region", ["Crimea region", "Crimea region of Ukraine"]),
    "Belarus": ("Country", []),
    "Thea Kendler": ("Person", ["Thea D. Rozman Kendler", "Kendler", "Thea Rozman Kendler"]),
    "Vladimir Putin": ("Person", ["Putin"]),
    # 04 State, designations on the Internet Research Agency's network (check)
    "Internet Research Agency": ("Company", ["IRA"]),
    "Yevgeniy Prigozhin": ("Person", ["Prigozhin"]),
    # 05 BIS, penalty settlement with Vorago (tune)
    "Kevin Kurland": ("Person", ["Kevin J. Kurland", "Kurland", "Mr. Kurland"]),
    "Vorago Technologies": ("Company", ["Vorago"]),
    "Austin": ("City", []),
    "Texas": ("Region", []),
    # 07 Commerce, biotechnology and Iran-diversion listings (tune)
    "Georgia": ("Country", []),
    "Malaysia": ("Country", []),
    "Turkey": ("Country", ["Türkiye"]),
    "Gina Raimondo": ("Person", ["Gina M. Raimondo", "Raimondo"]),
    "Export Control Reform Act": ("Policy", ["Export Control Reform Act of 2018", "ECRA"]),
    # 08 Treasury, sanctions against Iran (check)
    "Iran Threat Reduction and Syria Human Rights Act": ("Policy", [
        "Iran Threat Reduction and Syria Human Rights Act of 2012", "TRA"]),
    "Central Bank of Iran": ("GovernmentBody", ["CBI"]),
    "David S. Cohen": ("Person", ["David Cohen", "Cohen"]),
    "National Defense Authorization Act for Fiscal Year 2012": ("Policy", ["NDAA"]),
    # 09 State, Houthi weapons procurement networks (tune)
    "Houthis": ("Organization", ["Houthi", "Ansarallah", "Houthi forces"]),
    "Red Sea": ("Region", []),
    "Yemen": ("Country", []),
    "Executive Order 13224": ("Policy", ["E.O. 13224"]),
    # 10 State, DPRK IT-worker schemes (check)
    "Multilateral Sanctions Monitoring Team": ("Organization", ["MSMT"]),
    "The DPRK's Violation and Evasion of UN Sanctions Through Cyber and Information Technology Worker Activities": (
        "Product", []),
    "United Nations": ("Organization", ["UN"]),
    "Executive Order 13810": ("Policy", ["E.O. 13810"]),
    "Executive Order 13382": ("Policy", ["E.O. 13382"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


SR = ["sanctions", "restricts"]
RR = ["restricts", "regulates", "sanctions"]
SA = ["sues", "accuses"]
SAR = ["sues", "accuses", "regulates"]
BIS, DOC, TRE, DOS, OFAC = ("Bureau of Industry and Security", "U.S. Department of Commerce", "U.S. Department of the Treasury",
                            "U.S. Department of State", "Office of Foreign Assets Control")
MSMT_REPORT = "The DPRK's Violation and Evasion of UN Sanctions Through Cyber and Information Technology Worker Activities"

# (id, text, entities named in the passage, triples)
P = [
    # 01 Treasury, designation of Mikhail Matveev, 16 May 2023 (tune)
    ("f7-01-01", "WASHINGTON Today, the U.S. Department of the Office of Foreign Assets Control (OFAC), designated Mikhail Matveev "
     "(Matveev) for his role in launching cyberattacks on US law enforcement, businesses, and critical infrastructure. "
     "Simultaneously, the United States District Courts for the District of New Jersey and the District of Columbia released "
     "indictments against Matveev. Additionally, the US State Department announced a reward of up to $10 million for "
     "information that leads to Matveev’s arrest and/or conviction under its transnational organized crime rewards program.",
     [OFAC, "Mikhail Matveev", "United States", "U.S. District Court for the District of New Jersey",
      "U.S. District Court for the District of Columbia", DOS],
     [t(OFAC, SR, "Mikhail Matveev"),
      t("U.S. District Court for the District of New Jersey", SA, "Mikhail Matveev"),
      t("U.S. District Court for the District of Columbia", SA, "Mikhail Matveev")]),
    ("f7-01-02", "The United States will not tolerate ransomware attacks against our people and our institutions, said Under "
     "Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson. Ransomware actors like Matveev will "
     "be held accountable for their crimes, and we will continue to use all available authorities and tools to defend against "
     "cyber threats.",
     ["United States", TRE, "Brian Nelson", "Mikhail Matveev"],
     [t("Brian Nelson", "worksFor", TRE)]),
    ("f7-01-03", "The impacts of ransomware attacks are far-reaching, with victims suffering the loss and disclosure of sensitive "
     "information and disruption of critical services. Russia is a haven for ransomware actors, allowing cybercriminals like "
     "Matveev to openly engage in ransomware attacks against US organizations. According analysis conducted by the Treasury’s "
     "Financial Crimes Enforcement Network (FinCEN), 75% of reported ransomware incidents between July and December 2021 were "
     "linked to Russia, its proxies or people acting on its behalf. Russian-linked ransomware variants such as Hive, LockBit, "
     "and Babuk, which Matveev helped develop and deploy, have been responsible for millions of dollars in losses for victims "
     "in the United States and around the world.",
     ["Russia", "Mikhail Matveev", "United States", TRE, "Financial Crimes Enforcement Network", "Hive", "LockBit", "Babuk"],
     [t(TRE, "owns", "Financial Crimes Enforcement Network"),
      t("Mikhail Matveev", "develops", "Hive"),
      t("Mikhail Matveev", "develops", "LockBit"),
      t("Mikhail Matveev", "develops", "Babuk")]),
    # 02 State, sanctions on ten individuals and two entities for malicious cyber acts, 14 September 2022 (check)
    ("f7-02-01", "The United States is sanctioning ten individuals and two entities, all affiliated with Iran’s Islamic "
     "Revolutionary Guard Corps, for their roles in conducting malicious cyber acts, including ransomware activity. These "
     "designations are part of a joint action with the Department of Justice, the Department of the Treasury, the Federal "
     "Bureau of Investigation, USCYBERCOM, the National Security Agency, and the Cybersecurity and Infrastructure Security "
     "Agency.",
     ["United States", "Iran", "Islamic Revolutionary Guard Corps", "U.S. Department of Justice", TRE,
      "Federal Bureau of Investigation", "U.S. Cyber Command", "National Security Agency",
      "Cybersecurity and Infrastructure Security Agency"], []),
    ("f7-02-02", "Concurrently with these designations, the Department of State’s Rewards for Justice program, which is "
     "administered by the Diplomatic Security Service, is highlighting three individuals under its reward offer for "
     "information on foreign malicious cyber activity against U.S. critical infrastructure. Under this reward offer, the "
     "Department is offering up to $10 million for information leading to the identification or location of any person who, "
     "while acting at the direction or under the control of a foreign government, participates in malicious cyber activities "
     "against U.S. critical infrastructure in violation of the Computer Fraud and Abuse Act.",
     [DOS, "Rewards for Justice", "Diplomatic Security Service", "United States", "Computer Fraud and Abuse Act"],
     [t(DOS, "owns", "Rewards for Justice"),
      t("Diplomatic Security Service", ["owns", "regulates"], "Rewards for Justice")]),
    ("f7-02-03", "Today’s actions demonstrate our commitment to disrupting ransomware infrastructure and actors. The United States "
     "will not tolerate malicious cyber activities victimizing the backbone of the U.S. economy and critical infrastructure.",
     ["United States"], []),
    # 03 BIS, 57 entities in Russia and Crimea added after the annexation referendums, September 2022 (tune)
    ("f7-03-01", "Commerce Responds to Russia’s Attempts to Annex Parts of Ukraine\nWASHINGTON, D.C. – Today, the Commerce "
     "Department’s Bureau of Industry and Security (BIS) took swift and severe action in coordination with U.S. government "
     "partners to hold Russia accountable for its unlawful attempt to annex sovereign Ukrainian territory. Today, Commerce "
     "issued a rule that adds 57 entities located in Russia and the Crimea region of Ukraine to the Entity List for supporting "
     "the Russian military’s brutal assault on Ukraine.",
     [DOC, "Russia", "Ukraine", BIS, "United States", "Crimea", "Entity List"],
     [t(DOC, "owns", BIS),
      t(BIS, ["accuses", "sanctions", "restricts"], "Russia"),
      t("Crimea", "locatedIn", "Ukraine")]),
    ("f7-03-02", "In the wake of Russia’s violation of international law, Commerce is also publishing new guidance which sends a "
     "clear warning that the United States’ export controls on Russia can be applied to entities in third countries that seek "
     "to provide material support for Russia’s and Belarus’s military and industrial sectors, including to replenish "
     "(“backfill”) technologies and other items prohibited by the United States and the 37 allies and partners that have "
     "implemented substantially similar controls.",
     ["Russia", DOC, "United States", "Belarus"],
     [t("United States", RR, "Russia")]),
    ("f7-03-03", "“Russia’s attempts to illegally annex Ukrainian territory are a grotesque violation of Ukraine’s sovereignty and "
     "a blatant effort to manufacture a false reality. This phony act to legitimize the invasion cannot stand,” said Under "
     "Secretary of Commerce for Industry and Security Alan Estevez. “We are also further clamping down on entities that are "
     "seeking to support Russia’s military effort—inside and outside of Russia—and will continue to coordinate with our allies "
     "and partners to continue to cut Russia off further from the technologies and other items it needs to sustain its war "
     "effort.”",
     ["Russia", "Ukraine", "Alan Estevez", DOC],
     [t("Alan Estevez", "worksFor", DOC),
      t("Alan Estevez", "accuses", "Russia")]),
    ("f7-03-04", "“Russia’s sham referendums and attempts at illegally annexing Ukrainian territory demonstrate the lengths that "
     "Putin will go to try to find ways to justify his illegal war,” said Assistant Secretary of Commerce for Export "
     "Administration Thea D. Rozman Kendler.",
     ["Russia", "Ukraine", "Vladimir Putin", "Thea Kendler", DOC],
     [t("Thea Kendler", "worksFor", DOC),
      t("Thea Kendler", "accuses", "Russia"),
      t("Thea Kendler", "accuses", "Vladimir Putin")]),
    # 04 State, statement on the foreign interference designations, 30 September 2019 (check)
    ("f7-04-01", "Today, the United States continues to take action in response to Russian attempts to influence U.S. democratic "
     "processes by imposing sanctions on four entities and seven individuals associated with the Internet Research Agency and "
     "its financier, Yevgeniy Prigozhin. This action increases pressure on Prigozhin by targeting his luxury assets, including "
     "three aircraft and a vessel.",
     ["United States", "Russia", "Internet Research Agency", "Yevgeniy Prigozhin"],
     [t("Yevgeniy Prigozhin", "investsIn", "Internet Research Agency"),
      t("United States", SR, "Yevgeniy Prigozhin")]),
    ("f7-04-02", "Let this serve as a warning: any actors who continue to engage with these individuals, companies, aircraft, or "
     "vessel may also be subject to future sanctions. The U.S. government will continue to work to ensure that Prigozhin and "
     "others like him find no refuge or comfort as long as they carry out destabilizing activities that threaten the interests "
     "of the United States and its allies and partners.",
     ["United States", "Yevgeniy Prigozhin"], []),
    ("f7-04-03", "We have been clear: We will not tolerate foreign interference in our elections.  The United States will "
     "continue to push back against malign actors who seek to subvert our democratic processes and we will not hesitate to "
     "impose further costs on Russia for its destabilizing and unacceptable activities.",
     ["United States", "Russia"], []),
    # 05 BIS, penalty settlement with Vorago Technologies, 28 September 2021 (tune)
    ("f7-05-01", "BIS Imposes Administrative Penalty of $497,000 to Resolve Allegations of Conspiracy to Divert "
     "Radiation-Hardened Silicon Wafers to Russia",
     [BIS, "Russia"], []),
    ("f7-05-02", "WASHINGTON – On September 28, 2021, Kevin J. Kurland, the Acting Assistant Secretary for Export Enforcement, "
     "Bureau of Industry and Security (BIS) of the U.S. Department of Commerce, announced an administrative settlement with "
     "Vorago Technologies (Vorago) of Austin, Texas, which includes a civil penalty payment of $497,000 related to allegations "
     "that Vorago conspired to send radiation-hardened 16Mb SRAM silicon wafers to Russia without the required BIS export "
     "license via a Bulgarian front company. As part of the settlement, Vorago agreed to a stated penalty of $497,000, of "
     "which $247,000 will be suspended until September 2023, and a suspended denial of export privileges under the Export "
     "Administration Regulations (EAR) until September 2023.",
     ["Kevin Kurland", BIS, DOC, "Vorago Technologies", "Austin", "Texas", "Russia", "Export Administration Regulations"],
     [t("Kevin Kurland", "worksFor", BIS),
      t("Kevin Kurland", "worksFor", DOC),
      t(DOC, "owns", BIS),
      t(BIS, ["sanctions", "regulates", "accuses", "restricts"], "Vorago Technologies"),
      t("Vorago Technologies", ["basedIn", "locatedIn"], "Austin"),
      t("Vorago Technologies", "basedIn", "Texas"),
      t("Austin", "locatedIn", "Texas")]),
    ("f7-05-03", "Previously, the U.S. Department of Justice, Western District of Texas, entered into a three-year "
     "Non-Prosecution Agreement with Vorago related to these illegal transactions and previously returned an indictment "
     "against three foreign nationals for related conduct "
     "(https://www.justice.gov/opa/pr/international-trio-indicted-austin-illegal-exports-russia)",
     ["U.S. Department of Justice", "Texas", "Vorago Technologies"],
     [t("U.S. Department of Justice", SAR, "Vorago Technologies")]),
    ("f7-05-04", "“BIS vigorously pursues companies that conspire with foreign actors to subvert export licensing "
     "requirements,” said Mr. Kurland. “The use of a ‘front-company’ to conceal the actual illicit export of "
     "radiation-hardened electronic components to Russia cannot be tolerated and those responsible for serious violations "
     "will be held accountable.”\nAs set forth in the allegations in the related Proposed Charging Letter and as admitted by "
     "Vorago, from 2014 to 2019, Vorago conspired with Russian and Bulgarian businesspersons to ship radiation-hardened "
     "silicon (SRAM) wafers from Vorago to Russia through a Bulgarian company without a license.",
     [BIS, "Kevin Kurland", "Russia", "Vorago Technologies"], []),
    # 06 BIS, seven Iranian drone producers added to the Entity List, January 2023 (check)
    ("f7-06-01", "Commerce Restricts Foreign-Made Components to Seven Iranian Entities Supplying Drones Used by Russia to Attack "
     "Ukraine",
     [DOC, "Russia", "Ukraine"], []),
    ("f7-06-02", "Today, the Commerce Department’s Bureau of Industry and Security (BIS) imposed restrictions on seven Iranian "
     "drone producers, including on the transfers of foreign-made components to them. These entities are added to the Entity "
     "List for contributing to Russia’s military and defense industrial base through the production of Iranian unmanned "
     "aerial vehicles (UAVs or “drones”) which are being transferred to Russia for use in its war of aggression against "
     "Ukraine.",
     [DOC, BIS, "Entity List", "Russia", "Ukraine"],
     [t(DOC, "owns", BIS)]),
    ("f7-06-03", "The rule applies some of the Department’s most severe export restrictions on these entities, effectively "
     "cutting them off from legally accessing items made subject to U.S. jurisdiction. Today’s action serves to further U.S. "
     "efforts to cut the Russian military off from the items and sources of support it needs to sustain its unjust and "
     "illegal war against Ukraine.",
     ["United States", "Ukraine"], []),
    ("f7-06-04", "“Iran has been subject to comprehensive sanctions and export controls by the United States as well as allies "
     "and partners for decades. Those restrictions have led them to dedicate substantial resources into developing cheap but "
     "deadly items like drones where the components are globally produced and widely available,” said Under Secretary of "
     "Commerce for Industry and Security Alan Estevez. “The actions we’re taking today, on top of the prior actions by our "
     "interagency partners, are intended to smother these entities’ access to items that enable Russia’s illegal war of "
     "aggression against Ukraine and demonstrate our resolve to aggressively use export controls to confront Russia’s "
     "desperate attempts to source drones from the Iranian regime.”",
     ["Iran", "United States", "Alan Estevez", DOC, "Russia", "Ukraine"],
     [t("United States", SR, "Iran"),
      t("Alan Estevez", "worksFor", DOC),
      t("Alan Estevez", "accuses", "Russia")]),
    # 07 Commerce, biotechnology and Iran-diversion listings, 16 December 2021 (tune)
    ("f7-07-01", "Commerce Acts to Deter Misuse of Biotechnology, Other U.S. Technologies by the People’s Republic of China to "
     "Support Surveillance and Military Modernization that Threaten National Security",
     [DOC, "United States", "China"],
     [t(DOC, ["restricts", "accuses"], "China")]),
    ("f7-07-02", "Today, the U.S. Commerce Department’s Bureau of Industry and Security (BIS) took action to address the ongoing "
     "threats to U.S. national security and foreign policy presented by the People’s Republic of China (PRC)’s efforts to "
     "develop and deploy biotechnology and other technologies for military applications and human rights abuses. BIS is also "
     "taking action against entities operating in the PRC, Georgia, Malaysia, and Turkey for diverting or attempting to divert "
     "U.S. items to Iran’s military programs.",
     [DOC, BIS, "United States", "China", "Georgia", "Malaysia", "Turkey", "Iran"],
     [t(DOC, "owns", BIS),
      t(BIS, ["restricts", "accuses", "sanctions"], "China")]),
    ("f7-07-03", "“The scientific pursuit of biotechnology and medical innovation can save lives. Unfortunately, the PRC is "
     "choosing to use these technologies to pursue control over its people and its repression of members of ethnic and "
     "religious minority groups.  We cannot allow U.S. commodities, technologies, and software that support medical science "
     "and biotechnical innovation to be diverted toward uses contrary to U.S. national security,” said U.S. Secretary of "
     "Commerce Gina M. Raimondo. “The U.S. will continue to stand strong against efforts by the PRC and Iran to turn tools "
     "that can help humanity prosper into implements that threaten global security and stability.”",
     ["China", "United States", "Gina Raimondo", DOC, "Iran"],
     [t("Gina Raimondo", "leads", DOC),
      t("Gina Raimondo", "accuses", "China"),
      t("Gina Raimondo", "accuses", "Iran")]),
    ("f7-07-04", "These BIS actions were taken under the authority of the Export Control Reform Act of 2018 and its implementing "
     "regulations, the Export Administration Regulations (EAR).",
     [BIS, "Export Control Reform Act", "Export Administration Regulations"], []),
    # 08 Treasury, sanctions against Iran (oil revenues, censorship), February 2013 (check)
    ("f7-08-01", "Treasury Announces Sanctions Against Iran\n\nNew Measures Further Constrain Iranian Oil Revenues and Target "
     "Those Responsible for Iran’s Human Rights Abuses",
     [TRE, "Iran"],
     [t(TRE, SR, "Iran")]),
    ("f7-08-02", "WASHINGTON – The United States is taking a number of actions today that tighten sanctions on Iran’s access to "
     "its oil revenues and further expose the Iranian government’s continued abuse of human rights.  Key provisions of the "
     "Iran Threat Reduction and Syria Human Rights Act of 2012 (TRA) that go into effect today, expand the scope of "
     "sanctionable transactions with the Central Bank of Iran and designated Iranian financial institutions by restricting "
     "Iran’s ability to use oil revenue held in foreign financial institutions as well as preventing repatriation of those "
     "funds to Iran.",
     ["United States", "Iran", "Iran Threat Reduction and Syria Human Rights Act", "Central Bank of Iran"],
     [t("United States", ["sanctions", "restricts", "accuses"], "Iran")]),
    ("f7-08-03", "The U.S. Department of the Treasury, in consultation with the U.S. Department of State, also designated one "
     "individual and four entities for their involvement in the Iranian government’s censorship activities.  These "
     "censorship activities restrict the free flow of information in Iran and punish Iranian citizens who are attempting to "
     "exercise freedom of assembly and expression.",
     [TRE, DOS, "Iran"], []),
    ("f7-08-04", "“Our policy is clear – so long as Iran continues to fail to address the concerns of the international "
     "community about its nuclear program, the U.S. will impose tighter sanctions and intensify the economic pressure against "
     "the Iranian regime,” said Treasury Under Secretary for Terrorism and Financial Intelligence David S. Cohen.  “We will "
     "also target those in Iran who are responsible for human right abuses, especially those who deny the Iranian people "
     "their basic freedoms of expression, assembly and speech.”",
     ["Iran", "United States", TRE, "David S. Cohen"],
     [t("David S. Cohen", "worksFor", TRE)]),
    ("f7-08-05", "Today marks 180 days since the President signed the TRA.  Section 504 of the TRA amends existing sanctions in "
     "the National Defense Authorization Act for Fiscal Year 2012 (NDAA) that target the Central Bank of Iran, designated "
     "Iranian financial institutions and Iran’s energy sector.",
     ["Iran Threat Reduction and Syria Human Rights Act", "National Defense Authorization Act for Fiscal Year 2012",
      "Central Bank of Iran", "Iran"], []),
    # 09 State, Houthi weapons procurement networks (tune)
    ("f7-09-01", "Targeting Houthi Weapons Procurement Networks\n\nSince November 2023, the Houthis have recklessly threatened "
     "global freedom of navigation in the Red Sea. Today, we are imposing sanctions on key actors, some based in the PRC, that "
     "have enabled Houthi forces to generate revenue and acquire a range of materials needed to manufacture advanced weapons "
     "used to conduct ongoing terrorist attacks against US and allied interests. The United States is designating three "
     "individuals and six entities that have helped procure weapons for the Houthis. We are also identifying a vessel owned "
     "by one of these entities as a blocked asset.",
     ["Houthis", "Red Sea", "China", "United States"], []),
    ("f7-09-02", "Houthi attacks on unarmed commercial vessels continue to disrupt shipping in a vital waterway. The United "
     "States is committed to using all means available to us to stop the flow of military-grade materials into Yemen, which "
     "enable the Houthis to carry out these terrorist attacks.",
     ["Houthis", "United States", "Yemen"], []),
    ("f7-09-03", "The Treasury Department today took action pursuant to the counterterrorism authority Executive Order 13224, as "
     "amended. For more information on today’s action, see Treasury’s order.",
     [TRE, "Executive Order 13224"], []),
    # 10 State, sanctions on DPRK IT-worker schemes, 12 March 2026 (check)
    ("f7-10-01", "Today, the United States sanctioned two entities and six individuals involved in operations using "
     "Information Technology (IT) workers in foreign countries to generate revenue for the Democratic People's Republic of "
     "Korea's (DPRK) government. These government-orchestrated schemes systematically defraud U.S. businesses and direct the "
     "illicit proceeds toward the DPRK's weapons of mass destruction (WMD) and ballistic missile programs. DPRK-facilitated IT "
     "teams commonly use fraudulent documentation, stolen identities, and fabricated personas to conceal their true "
     "identities and gain employment with legitimate companies worldwide.",
     ["United States", "North Korea"], []),
    ("f7-10-02", "As described in the October 22, 2025, report of the Multilateral Sanctions Monitoring Team, “The DPRK's "
     "Violation and Evasion of UN Sanctions Through Cyber and Information Technology Worker Activities,” revenue derived from "
     "the DPRK's cryptocurrency heists and overseas IT worker operations funds its unlawful WMD and ballistic missile "
     "programs. This illicit revenue generation threatens American citizens, international security, and the global digital "
     "economy.",
     ["Multilateral Sanctions Monitoring Team", MSMT_REPORT, "North Korea"],
     [t("Multilateral Sanctions Monitoring Team", ["develops", "launches"], MSMT_REPORT)]),
    ("f7-10-03", "The United States strongly condemns all activities of DPRK-associated entities that support the DPRK's weapons "
     "programs in violation of UN and U.S. sanctions. Today's action holds accountable those who target U.S. persons and "
     "support the DPRK's illegal weapons programs. We stand committed together with other MSMT members to strengthen our "
     "resilience against such threats.",
     ["United States", "North Korea", "United Nations", "Multilateral Sanctions Monitoring Team"],
     [t("United States", "accuses", "North Korea")]),
    ("f7-10-04", "The Department of the Treasury's action was taken pursuant to Executive Orders 13810 and 13382. For more "
     "information on today's action, see the Department of the Treasury's press releases.",
     [TRE], []),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
