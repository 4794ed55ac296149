"""Writes benchmarks/data/fed15-gold.jsonl: passages cut verbatim from ten U.S. federal releases that designate, sanction,
list or prosecute parties of the field, of agencies, years and wordings the earlier designation sets (fed7, fed8, fed12)
did not use (benchmarks/data/fed15-sources/, public domain, 17 U.S.C. 105): four Treasury releases (Integrity Tech and
Flax Typhoon, 2025; the trilateral Zservers designation, 2025; Garantex and Grinex, 2025; the 2021 counter-ransomware
actions), four State texts (the 2021 Entity List additions of NSO Group, Candiru, COSEINC and Positive Technologies; the
2023 additions of Intellexa and Cytrox; the 2025 Zservers statement; the 2024 spyware visa-restriction policy) and two
Justice Department releases (a forfeiture in a jig-grinder export case to Russia, 2023; a freight forwarder's indictment
for smuggling to Russia, 2023); none of them in us-gov, fed3 to fed14 or real-dev's SOURCES.md. Annotated by hand per
../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text conventions") and the precedents of the earlier sets
(benchmarks/data/README.md), before `kg` was run on any of them (30 November 2026).

Split by whole document: odd documents (f15-01, f15-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed15-sources"
OUT = HERE / "fed15-gold.jsonl"

E = {
    "United States": ("Country", ["U.S.", "US", "U.S. Government", "U.S. government", "United States government",
                                  "United States of America"]),
    "China": ("Country", ["Chinese", "People's Republic of China", "PRC"]),
    "Russia": ("Country", ["Russian Federation", "Russian"]),
    "Australia": ("Country", []),
    "United Kingdom": ("Country", ["UK", "U.K."]),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of the Treasury", "Treasury", "Treasury Department",
                                                           "U.S. Treasury"]),
    "Office of Foreign Assets Control": ("GovernmentBody", ["OFAC"]),
    "U.S. Department of State": ("GovernmentBody", ["Department of State", "State Department"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Department of Commerce", "Commerce Department", "Commerce"]),
    "U.S. Department of Justice": ("GovernmentBody", ["Justice Department", "Department of Justice"]),
    "Entity List": ("Policy", []),
    # 01 Treasury, Integrity Tech and Flax Typhoon (tune)
    "Integrity Technology Group": ("Company", ["Integrity Technology Group, Incorporated", "Integrity Tech"]),
    "Beijing": ("City", []),
    "Flax Typhoon": ("Organization", ["FLAX TYPHOON"]),
    "Office of the Director of National Intelligence": ("GovernmentBody", ["ODNI"]),
    "Bradley T. Smith": ("Person", ["Bradley Smith"]),
    "Federal Bureau of Investigation": ("GovernmentBody", ["FBI"]),
    "Cyber National Mission Force": ("GovernmentBody", []),
    "National Security Agency": ("GovernmentBody", ["NSA"]),
    # 02 State, Entity List additions of November 2021 (check)
    "Candiru": ("Company", []),
    "NSO Group": ("Company", []),
    "Computer Security Initiative Consultancy": ("Company", ["Computer Security Initiative Consultancy PTE", "COSEINC"]),
    "Positive Technologies": ("Company", []),
    "Wassenaar Arrangement": ("Organization", [
        "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies"]),
    # 03 DOJ, forfeiture in the jig-grinder case (tune)
    "Latvia": ("Country", ["Latvian"]),
    "Estonia": ("Country", []),
    "By Trade OU": ("Company", []),
    "Connecticut": ("Region", []),
    "European Union": ("GovernmentBody", ["EU"]),
    "Export Control Reform Act of 2018": ("Policy", ["Export Control Reform Act"]),
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "Riga": ("City", []),
    # 04 Treasury, trilateral designation of Zservers (check)
    "Department of Foreign Affairs and Trade": ("GovernmentBody", ["Australia’s Department of Foreign Affairs and Trade",
                                                                   "DFAT"]),
    "Foreign, Commonwealth and Development Office": ("GovernmentBody", ["Foreign Commonwealth and Development Office",
                                                                        "FCDO"]),
    "Zservers": ("Company", []),
    "LockBit": ("Organization", []),
    "Industrial and Commercial Bank of China": ("Company", ["Industrial Commercial Bank of China", "ICBC"]),
    "Alexander Ermakov": ("Person", []),
    "Evil Corp": ("Organization", []),
    # 05 State, Entity List additions of July 2023 (tune)
    "Intellexa S.A.": ("Company", ["Intellexa SA"]),
    "Intellexa Limited": ("Company", []),
    "Cytrox AD": ("Company", []),
    "Cytrox Holdings": ("Company", ["Cytrox Holdings Crt", "Cytrox Holdings ZRT"]),
    "Greece": ("Country", []),
    "Ireland": ("Country", []),
    "North Macedonia": ("Country", []),
    "Hungary": ("Country", []),
    "Summit for Democracy": ("Event", []),
    # 06 DOJ, the indictment of Kirill Gordei (check)
    "Belarus": ("Country", []),
    "Kirill Gordei": ("Person", ["Gordei", "Mr. Gordei"]),
    "Hallandale": ("City", []),
    "Florida": ("Region", []),
    "Boston": ("City", []),
    "Matthew G. Olsen": ("Person", ["Matthew Olsen"]),
    "National Security Division": ("GovernmentBody", ["Justice Department’s National Security Division"]),
    "Matthew S. Axelrod": ("Person", ["Matthew Axelrod"]),
    "Joshua S. Levy": ("Person", ["Joshua Levy"]),
    # 07 Treasury, Garantex and Grinex (tune)
    "Garantex": ("Company", ["Garantex Europe OU"]),
    "Grinex": ("Company", []),
    "Kyrgyzstan": ("Country", ["Kyrgyz Republic"]),
    "John K. Hurley": ("Person", ["John Hurley"]),
    "Executive Order 14024": ("Policy", ["E.O. 14024"]),
    "Executive Order 13694": ("Policy", ["E.O. 13694"]),
    # 09 Treasury, counter-ransomware actions of 2021 (tune)
    "Janet L. Yellen": ("Person", ["Janet Yellen"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


US, CN, RU, AU, UK = "United States", "China", "Russia", "Australia", "United Kingdom"
TRE, OFAC, DOS, DOC, DOJ, EL = ("U.S. Department of the Treasury", "Office of Foreign Assets Control",
                                "U.S. Department of State", "U.S. Department of Commerce", "U.S. Department of Justice",
                                "Entity List")
ITG, FLAX, FBI, CNMF, NSA = ("Integrity Technology Group", "Flax Typhoon", "Federal Bureau of Investigation",
                             "Cyber National Mission Force", "National Security Agency")
NSO, COSE, PT = "NSO Group", "Computer Security Initiative Consultancy", "Positive Technologies"
DFAT, FCDO, ZS = "Department of Foreign Affairs and Trade", "Foreign, Commonwealth and Development Office", "Zservers"
IXSA, IXL, CXAD, CXH = "Intellexa S.A.", "Intellexa Limited", "Cytrox AD", "Cytrox Holdings"
GOR = "Kirill Gordei"
SR = ["sanctions", "restricts"]

# (id, text, entities named in the passage, triples)
P = [
    # 01 Treasury jy2769: Integrity Tech and Flax Typhoon, 3 January 2025 (tune)
    ("f15-01-01", "WASHINGTON – Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned "
     "Integrity Technology Group, Incorporated (Integrity Tech), a Beijing-based cybersecurity company, for its role in "
     "multiple computer intrusion incidents against U.S. victims. These incidents have been publicly attributed to Flax "
     "Typhoon, a Chinese malicious state-sponsored cyber group that has been active since at least 2021, often targeting "
     "organizations within U.S. critical infrastructure sectors.",
     [TRE, OFAC, ITG, "Beijing", US, FLAX, CN],
     [t(TRE, "owns", OFAC), t(OFAC, SR, ITG), t(ITG, "basedIn", "Beijing"), t(FLAX, "basedIn", CN)]),
    ("f15-01-02", "Chinese malicious cyber actors continue to be one of the most active and most persistent threats to U.S. "
     "national security, as highlighted in the most recent Office of the Director of National Intelligence Annual Threat "
     "Assessment. These actors continue to target U.S. government systems as part of their efforts, including the recent "
     "targeting of Treasury’s own IT infrastructure.",
     [CN, US, "Office of the Director of National Intelligence", TRE], []),
    ("f15-01-03", "“The Treasury Department will not hesitate to hold malicious cyber actors and their enablers accountable "
     "for their actions,” said Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence Bradley T. "
     "Smith. “The United States will use all available tools to disrupt these threats as we continue working "
     "collaboratively to harden public and private sector cyber defenses.”",
     [TRE, "Bradley T. Smith", US],
     [t("Bradley T. Smith", "worksFor", TRE)]),
    ("f15-01-04", "On September 18, 2024, the Federal Bureau of Investigation, in coordination with the Cyber National "
     "Mission Force, National Security Agency, and Five Eye partners, published a joint cybersecurity advisory, that "
     "highlights the tactics, techniques, and procedures of Flax Typhoon, as well as Integrity Tech’s role in supporting "
     "its malicious cyber activities.",
     [FBI, CNMF, NSA, FLAX, ITG],
     [t(FBI, "partnersWith", CNMF), t(FBI, "partnersWith", NSA)]),
    ("f15-01-05", "FLAX TYPHOON: A STATE-SPONSORED MALICIOUS CYBER GROUP Flax Typhoon is a state-sponsored Chinese "
     "malicious cyber group that has been active since at least 2021, targeting organizations within U.S. critical "
     "infrastructure sectors.",
     [FLAX, CN, US],
     [t(FLAX, "basedIn", CN)]),
    # 02 State press statement: Entity List additions for malicious cyber activities, 3 November 2021 (check)
    ("f15-02-01", "United States Adds Foreign Companies to Entity List for Malicious Cyber Activities Today, the U.S. "
     "Government added four foreign companies to the Entity List for engaging in activities contrary to the national "
     "security or foreign policy interests of the United States. The four entities are Candiru, NSO Group, Computer "
     "Security Initiative Consultancy PTE (COSEINC), and Positive Technologies.",
     [US, EL, "Candiru", NSO, COSE, PT],
     [t(US, SR, x) for x in ("Candiru", NSO, COSE, PT)]),
    ("f15-02-02", "The U.S. is not taking action against countries or governments where these entities are located. These "
     "additions follow an October 2021 interim final rule published by the Department of Commerce establishing controls "
     "of certain items that can be used for malicious cyber activities; that rule implements decisions taken by the "
     "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies.",
     [US, DOC, "Wassenaar Arrangement"], []),
    ("f15-02-03", "NSO Group and Candiru were added to the Entity List based on a determination that they developed and "
     "supplied spyware to foreign governments that used this tool to maliciously target government officials, "
     "journalists, businesspeople, activists, academics, and embassy workers.",
     [NSO, "Candiru", EL], []),
    ("f15-02-04", "Positive Technologies and COSEINC were added to the Entity List based on a determination that they "
     "misuse and traffic cyber tools that are used to gain unauthorized access to information systems in ways that are "
     "contrary to the national security or foreign policy of the United States, threatening the privacy and security of "
     "individuals and organizations worldwide.",
     [PT, COSE, EL, US], []),
    ("f15-02-05", "As part of its commitment to put human rights at the center of U.S. foreign policy, the Biden-Harris "
     "Administration is working to stop the proliferation and misuse of digital tools used for repression. This effort is "
     "aimed at improving citizens’ digital security, combating cyber threats, and mitigating unlawful surveillance.",
     [US], []),
    # 03 DOJ: forfeiture in the jig-grinder export case, April 2023 (tune)
    ("f15-03-01", "Federal Court Orders Forfeiture of $826K in Funds Used in Attempt to Export Dual-Use High Precision Jig "
     "Grinder to Russia An investigation into the attempted smuggling of a dual-use export-controlled item to Russia in "
     "violation of United States export laws and regulations has resulted in the forfeiture of approximately $826,000.",
     [RU, US], []),
    ("f15-03-02", "As alleged in court documents and statements made in court, beginning in 2018, operators of a "
     "Latvia-based corporation conspired with the operator of By Trade OU, an Estonia-based company, as well as "
     "individuals in Russia and a Russia-based company, to violate U.S. export laws and regulations and smuggle a jig "
     "grinder that was manufactured in Connecticut to Russia. A jig grinder is a high-precision grinding machine system "
     "that does not require a license to export to European Union countries but does require a license for export and "
     "reexport to Russia because of its potential application in nuclear proliferation and defense programs.",
     ["Latvia", "By Trade OU", "Estonia", RU, US, "Connecticut", "European Union"],
     [t("By Trade OU", "basedIn", "Estonia")]),
    ("f15-03-03", "At no time did the defendants apply for, receive or possess a license of authorization from the U.S. "
     "Department of Commerce to export or reexport the jig grinder to Russia, as required by the Export Control Reform Act "
     "of 2018 and the Export Administration Regulations (EAR), which restrict the export of items that could make a "
     "significant contribution to the military potential of other nations or that could be detrimental to U.S. foreign "
     "policy and national security.",
     [DOC, RU, "Export Control Reform Act of 2018", "Export Administration Regulations", US], []),
    ("f15-03-04", "U.S. authorities, working with Latvian authorities, intercepted the jig grinder in Riga, Latvia, before "
     "it was to be shipped to Russia. Several individuals and companies involved in this alleged scheme have been charged "
     "by indictment in the District of Connecticut with conspiracy, violation of the Export Control Reform Act, smuggling "
     "goods from the United States and international money laundering conspiracy offenses.",
     [US, "Latvia", "Riga", RU, "Connecticut", "Export Control Reform Act of 2018"],
     [t(US, "partnersWith", "Latvia"), t("Riga", "locatedIn", "Latvia")]),
    # 04 Treasury sb0018: trilateral designation of Zservers, 11 February 2025 (check)
    ("f15-04-01", "United States, Australia, and the United Kingdom Jointly Sanction Key Infrastructure that Enables "
     "Ransomware Attacks",
     [US, AU, UK],
     [t(US, "partnersWith", AU), t(US, "partnersWith", UK), t(AU, "partnersWith", UK)]),
    ("f15-04-02", "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC), Australia’s "
     "Department of Foreign Affairs and Trade, and the United Kingdom’s Foreign Commonwealth and Development Office are "
     "jointly designating Zservers, a Russia-based bulletproof hosting (BPH) services provider, for its role in supporting "
     "LockBit ransomware attacks.",
     [TRE, OFAC, AU, DFAT, UK, FCDO, ZS, RU, "LockBit"],
     [t(TRE, "owns", OFAC), t(OFAC, SR, ZS), t(DFAT, SR, ZS), t(FCDO, SR, ZS), t(ZS, "basedIn", RU),
      t(OFAC, "partnersWith", DFAT), t(OFAC, "partnersWith", FCDO), t(DFAT, "partnersWith", FCDO)]),
    ("f15-04-03", "LockBit, a Russia-based ransomware group best known for its ransomware variant of the same name, is one "
     "of the most deployed ransomware variants and was responsible for the November 2023 attack against the Industrial "
     "Commercial Bank of China U.S. broker-dealer. BPH service providers sell access to specialized servers and other "
     "computer infrastructure designed to evade detection and defy law enforcement attempts to disrupt these malicious "
     "activities. OFAC is also designating two Russian nationals who are key administrators of Zservers and have enabled "
     "ransomware attacks and other criminal activity.",
     ["LockBit", RU, "Industrial and Commercial Bank of China", US, OFAC, ZS],
     [t("LockBit", "basedIn", RU)]),
    ("f15-04-04", "“Ransomware actors and other cybercriminals rely on third-party network service providers like Zservers "
     "to enable their attacks on U.S. and international critical infrastructure,” said Acting Under Secretary of the "
     "Treasury for Terrorism and Financial Intelligence Bradley T. Smith. “Today’s trilateral action with Australia and "
     "the United Kingdom underscores our collective resolve to disrupt all aspects of this criminal ecosystem, wherever "
     "located, to protect our national security.”",
     [ZS, US, TRE, "Bradley T. Smith", AU, UK],
     [t("Bradley T. Smith", "worksFor", TRE)]),
    ("f15-04-05", "This action builds on last year’s trilateral cyber sanctions with Australia and the United Kingdom "
     "against Russian ransomware actor Alexander Ermakov and members of the Evil Corp ransomware group. It also reflects a "
     "shared commitment to combatting cybercrime and degrading the support networks that enable bad actors to target "
     "victims in the United States and in allied countries.",
     [AU, UK, RU, "Alexander Ermakov", "Evil Corp", US],
     [t(AU, SR, "Alexander Ermakov"), t(UK, SR, "Alexander Ermakov")]),
    # 05 State media note: Entity List additions of Intellexa and Cytrox, 18 July 2023 (tune)
    ("f15-05-01", "The United States Adds Foreign Companies to Entity List for Malicious Cyber Activities Today, the U.S. "
     "government added four foreign commercial spyware entities to the Entity List for engaging in activities contrary to "
     "the national security or foreign policy interests of the United States. Intellexa S.A. in Greece, Intellexa Limited "
     "in Ireland, Cytrox AD in North Macedonia, and Cytrox Holdings Crt in Hungary were added to the Entity List based on "
     "a determination that the companies engaged in trafficking in cyber exploits used to gain access to information "
     "systems, threatening the privacy and security of individuals and organizations worldwide.",
     [US, EL, IXSA, "Greece", IXL, "Ireland", CXAD, "North Macedonia", CXH, "Hungary"],
     [t(US, SR, x) for x in (IXSA, IXL, CXAD, CXH)]
     + [t(IXSA, "basedIn", "Greece"), t(IXL, "basedIn", "Ireland"), t(CXAD, "basedIn", "North Macedonia"),
        t(CXH, "basedIn", "Hungary")]),
    ("f15-05-02", "The proliferation of commercial spyware poses distinct and growing counterintelligence and security "
     "risks to the United States, including to the safety and security of U.S. government personnel and their families. "
     "The misuse of these tools globally has also facilitated repression and enabled human rights abuses, including to "
     "intimidate political opponents and curb dissent, limit freedom of expression, and monitor and target activists and "
     "journalists.",
     [US], []),
    ("f15-05-03", "Today’s action is part of a government-wide effort to counter the risks posed by commercial spyware. It "
     "is consistent with steps announced in March around the Summit for Democracy including the issuance of an Executive "
     "Order to Prohibit U.S. Government Use of Commercial Spyware that Poses Risks to National Security; the Joint "
     "Statement on Efforts to Counter the Proliferation and Misuse of Commercial Spyware; and Guiding Principles on "
     "Government Use of Surveillance Technologies. The addition of these entities builds on past U.S. government listings "
     "of commercial spyware companies. Together, these actions demonstrate the United States’ continued commitment to and "
     "leadership on countering the misuse of commercial spyware and other surveillance technology.",
     ["Summit for Democracy", US], []),
    # 06 DOJ: the indictment of Kirill Gordei, July 2023 (check)
    ("f15-06-01", "President of Freight Forwarding Company Indicted for Allegedly Smuggling Goods from the United States to "
     "Russia A citizen of Belarus and lawful permanent resident of the United States has been indicted for allegedly "
     "smuggling goods from the United States into Russia without a license.",
     [US, RU, "Belarus"], []),
    ("f15-06-02", "Kirill Gordei, 34, of Hallandale, Florida, was indicted on one count of conspiracy to commit offenses "
     "against the United States; one count of smuggling goods from the United States; and one count of export of a "
     "spectrometer, which is a commerce control item. Gordei was arrested on June 30 in Florida and made an initial "
     "appearance in the Southern District of Florida today. He will appear in federal court in Boston at a later date.",
     [GOR, "Hallandale", "Florida", US, "Boston"],
     [t("Hallandale", "locatedIn", "Florida")]),
    ("f15-06-03", "“As alleged, Gordei defrauded U.S. government export regulators and smuggled advanced scientific "
     "technology to Russian customers, placing personal profit over national security,” said Assistant Attorney General "
     "Matthew G. Olsen of the Justice Department’s National Security Division. “The Justice Department will use every "
     "available tool to disrupt illicit supply chains used to illegally funnel sophisticated technologies to Russia and "
     "other hostile powers.”",
     [GOR, US, RU, "Matthew G. Olsen", DOJ, "National Security Division"],
     [t("Matthew G. Olsen", "worksFor", DOJ), t("Matthew G. Olsen", ["worksFor", "leads"], "National Security Division"),
      t(DOJ, "owns", "National Security Division"), t("Matthew G. Olsen", "accuses", GOR)]),
    ("f15-06-04", "“Freight forwarders play an outsized role in the export of items overseas and, accordingly, are expected "
     "to help uphold the law rather than subvert it,” said Assistant Secretary for Export Enforcement Matthew S. Axelrod. "
     "“Here, Kirill Gordei — the president of a freight forwarding company — is alleged to have willfully evaded "
     "restrictions designed to degrade the Russian war machine by obfuscating the value and ultimate destination of a mass "
     "spectrometer.”",
     ["Matthew S. Axelrod", GOR, RU],
     [t("Matthew S. Axelrod", "accuses", GOR)]),
    ("f15-06-05", "“By allegedly smuggling sensitive technology to Russia, Mr. Gordei undermined the critical framework "
     "established to protect national security,” said Acting U.S. Attorney Joshua S. Levy for the District of "
     "Massachusetts.",
     [RU, GOR, US, "Joshua S. Levy"],
     [t("Joshua S. Levy", "worksFor", US), t("Joshua S. Levy", "accuses", GOR)]),
    # 07 Treasury sb0225: Garantex and Grinex, 14 August 2025 (tune)
    ("f15-07-01", "Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is re-designating the "
     "cryptocurrency exchange Garantex Europe OU (Garantex), which has directly facilitated notorious ransomware actors and "
     "other cybercriminals by processing over $100 million in transactions linked to illicit activities since 2019. OFAC "
     "is also designating Garantex’s successor, Grinex, and taking action against three executives of Garantex and six "
     "associated companies in Russia and the Kyrgyz Republic that have supported the exchange’s involvement in malicious "
     "cyber activities.",
     [TRE, OFAC, "Garantex", "Grinex", RU, "Kyrgyzstan"],
     [t(TRE, "owns", OFAC), t(OFAC, SR, "Garantex"), t(OFAC, SR, "Grinex")]),
    ("f15-07-02", "“Digital assets play a crucial role in global innovation and economic development, and the United "
     "States will not tolerate abuse of this industry to support cybercrime and sanctions evasion. Exploiting "
     "cryptocurrency exchanges to launder money and facilitate ransomware attacks not only threatens our national "
     "security, but also tarnishes the reputations of legitimate virtual asset service providers,” said Under Secretary of "
     "the Treasury for Terrorism and Financial Intelligence John K. Hurley. “By exposing these malicious actors, Treasury "
     "remains committed to and supportive of the digital asset industry’s integrity.”",
     [US, TRE, "John K. Hurley"],
     [t("John K. Hurley", "worksFor", TRE)]),
    ("f15-07-03", "OFAC previously designated Garantex on April 5, 2022 pursuant to Executive Order (E.O.) 14024 for "
     "operating or having operated in the financial services sector of the Russian Federation economy. As a result of its "
     "central role in facilitating malicious cyber-enabled activities and operating as the exchange of choice for "
     "cybercriminals, OFAC is also taking actions under its cyber authorities to designate Garantex pursuant to E.O. "
     "13694, as further amended by E.O. 14144 and E.O. 14306 (“E.O. 13694, as further amended”). Grinex, along with "
     "Garantex’s executives and partner companies, are also being designated pursuant to E.O. 13694, as further amended.",
     [OFAC, "Garantex", "Executive Order 14024", RU, "Executive Order 13694", "Grinex"],
     [t(OFAC, SR, "Garantex"), t(OFAC, SR, "Grinex")]),
    # 08 State press statement: Zservers, 11 February 2025 (check)
    ("f15-08-01", "In coordination with Australia and the United Kingdom, the United States is today sanctioning Zservers, "
     "a Russia-based bulletproof hosting (BPH) services provider, and two Russian nationals serving as Zservers operators, "
     "for their roles in supporting LockBit ransomware attacks. As a BPH service provider, Zservers provided "
     "cybercriminals access to specialized servers and other computer infrastructure designed to resist law enforcement "
     "action.",
     [AU, UK, US, ZS, RU, "LockBit"],
     [t(US, SR, ZS), t(ZS, "basedIn", RU)]),
    ("f15-08-02", "Russia continues to offer safe harbor for cybercriminals where groups are free to launch and support "
     "ransomware attacks against the United States and its allies and partners. Today's actions underscore the United "
     "States' commitment, along with our international partners, to combating cybercrime and degrading the networks that "
     "enable cyber criminals to target our citizens. We will continue to stand with our partners to disrupt ransomware "
     "actors that threaten our economies and critical infrastructure.",
     [RU, US], []),
    # 09 Treasury: counter-ransomware actions, 21 September 2021 (tune)
    ("f15-09-01", "Treasury Takes Robust Actions to Counter Ransomware September 21, 2021 Targets First Virtual Currency "
     "Exchange for Laundering Cyber Ransoms OFAC Updates Ransomware Advisory to Encourage Reporting and Cyber Resilience",
     [TRE, OFAC], []),
    ("f15-09-02", "WASHINGTON — As part of the whole-of-government e ort to counter ransomware, the U.S. Department of the "
     "Treasury today announced a set of actions focused on disrupting criminal networks and virtual currency exchanges "
     "responsible for laundering ransoms, encouraging improved cyber security across the private sector, and increasing "
     "incident and ransomware payment reporting to U.S. government agencies, including both Treasury and law enforcement. "
     "Treasury’s actions today advance the United States government’s broader counter-ransomware strategy, which "
     "emphasizes the need for a collaborative approach to counter ransomware attacks, including partnership between the "
     "public and private sector and close relationships with international partners.",
     [TRE, US], []),
    ("f15-09-03", "“Ransomware and cyber-attacks are victimizing businesses large and small across America and are a "
     "direct threat to our economy. We will continue to crack down on malicious actors,” said Treasury Secretary Janet L. "
     "Yellen. “As cyber criminals use increasingly sophisticated methods and technology, we are committed to using the "
     "full range of measures, to include sanctions and regulatory tools, to disrupt, deter, and prevent ransomware "
     "attacks.” Ransomware attacks are increasing in scale, sophistication, and frequency, victimizing governments, "
     "individuals, and private companies around the world. In 2020, ransomware payments reached over $400 million, more "
     "than four times their level in 2019.",
     [US, TRE, "Janet L. Yellen"],
     [t("Janet L. Yellen", "leads", TRE)]),
    # 10 State press statement: visa restriction policy on the misuse of commercial spyware, February 2024 (check)
    ("f15-10-01", "The State Department is implementing a new policy today that will allow the imposition of visa "
     "restrictions on individuals involved in the misuse of commercial spyware.",
     [DOS], []),
    ("f15-10-02", "This new policy is the most recent action in the United States' comprehensive approach to countering the "
     "misuse of commercial spyware. Previous actions have included the issuance of an Executive Order prohibiting the U.S. "
     "government's use of commercial spyware that poses risks to U.S. national security or foreign policy interests, "
     "Department of Commerce entity listings of commercial spyware companies that enabled the abuse of sophisticated "
     "surveillance tools, and diplomacy to boost international cooperation, including through the U.S.-led Joint "
     "Statement on Efforts to Counter the Proliferation and Misuse of Commercial Spyware.",
     [US, DOC], []),
    ("f15-10-03", "The United States remains concerned with the growing misuse of commercial spyware around the world to "
     "facilitate repression, restrict the free flow of information, and enable human rights abuses. The misuse of "
     "commercial spyware threatens privacy and freedoms of expression, peaceful assembly, and association. Such targeting "
     "has been linked to arbitrary detentions, forced disappearances, and extrajudicial killings in the most egregious of "
     "cases. Additionally, the misuse of these tools presents a security and counterintelligence threat to U.S. "
     "personnel. The United States stands on the side of human rights and fundamental freedoms and will continue to "
     "promote accountability for individuals involved in commercial spyware misuse.",
     [US], []),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
