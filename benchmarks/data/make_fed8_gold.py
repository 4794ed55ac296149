"""Writes benchmarks/data/fed8-gold.jsonl: passages cut verbatim from ten U.S. federal releases of designation and
enforcement kinds (benchmarks/data/fed8-sources/, public domain, 17 U.S.C. 105): a Treasury designation (DPRK illicit
finance), two State texts on designations (Russian oligarchs and elites; the sham referenda), three BIS releases on
Entity List additions and temporary denial orders (procurement networks supplying Russia; three Russian airlines; 37
entities), a Commerce denial order (a Russian cargo airline), two U.S. Attorney's Office indictments (radiation-hardened
parts to China) and a FinCEN alert on Russian sanctions evasion; none of them in us-gov, fed3 to fed7 or real-dev's
SOURCES.md. Annotated by hand per ../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text conventions") and the
precedents of the earlier sets (benchmarks/data/README.md), before `kg` was run on any of them (29 November 2026).

Split by whole document: odd documents (f8-01, f8-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed8-sources"
OUT = HERE / "fed8-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "America", "the United States",
                                  "U.S. government", "United States government", "the U.S.", "Biden Administration",
                                  "the Biden Administration", "Biden-Harris Administration",
                                  "the Biden-Harris Administration"]),
    "Russia": ("Country", ["Russian Federation", "the Russian Federation", "Kremlin", "the Kremlin",
                           "Government of the Russian Federation", "Government of Russia"]),
    "Ukraine": ("Country", []),
    "China": ("Country", ["People's Republic of China", "PRC", "People’s Republic of China",
                          "People’s Republic of China (PRC)"]),
    "North Korea": ("Country", ["Democratic People's Republic of Korea", "Democratic People’s Republic of Korea", "DPRK"]),
    "South Korea": ("Country", ["Republic of Korea"]),
    "Belarus": ("Country", []),
    "Burma": ("Country", ["Myanmar"]),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of the Treasury", "Treasury", "Treasury Department",
                                                           "U.S. Treasury", "Department of Treasury"]),
    "Office of Foreign Assets Control": ("GovernmentBody", ["OFAC", "Office of Foreign Assets Control (OFAC)"]),
    "U.S. Department of State": ("GovernmentBody", ["Department of State", "State Department", "the State Department",
                                                    "U.S. State Department"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "Commerce",
                                                       "the Commerce Department"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS", "Bureau of Industry and Security (BIS)"]),
    "Financial Crimes Enforcement Network": ("GovernmentBody", ["FinCEN", "Financial Crimes Enforcement Network (FinCEN)"]),
    "U.S. Immigration and Customs Enforcement": ("GovernmentBody", ["Immigration and Customs Enforcement", "ICE"]),
    "Homeland Security Investigations": ("GovernmentBody", ["HSI", "Homeland Security Investigations (HSI)"]),
    "Federal Bureau of Investigation": ("GovernmentBody", ["FBI"]),
    "U.S. Customs and Border Protection": ("GovernmentBody", ["Customs and Border Protection", "CBP"]),
    "Entity List": ("Policy", ["BIS Entity List", "the Entity List"]),
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "Alan Estevez": ("Person", ["Alan F. Estevez", "Estevez"]),
    "Gina Raimondo": ("Person", ["Gina M. Raimondo", "Raimondo"]),
    "Don Graves": ("Person", ["Graves"]),
    "Matthew Axelrod": ("Person", ["Matthew S. Axelrod", "Axelrod"]),
    "Vladimir Putin": ("Person", ["Putin"]),
    # 01 Treasury, DPRK illicit finance (tune)
    "Brian Nelson": ("Person", ["Brian E. Nelson", "Nelson"]),
    "Wu Huihui": ("Person", ["Wu"]),
    "Cheng Hung Man": ("Person", ["Cheng"]),
    "Lazarus Group": ("Organization", ["the Lazarus Group", "Lazarus"]),
    "Executive Order 13722": ("Policy", ["E.O. 13722", "Executive Order (E.O.) 13722"]),
    # 03 State, designations of Russian oligarchs and elites (tune)
    "God Nisanov": ("Person", ["Nisanov"]),
    "Evgeny Novitskiy": ("Person", ["Novitskiy"]),
    "Maria Zakharova": ("Person", ["Zakharova"]),
    "Ministry of Foreign Affairs of Russia": ("GovernmentBody", ["Foreign Ministry", "the Foreign Ministry",
                                                                 "Russian Foreign Ministry"]),
    "European Union": ("GovernmentBody", ["EU", "the EU"]),
    "United Kingdom": ("Country", ["UK", "U.K."]),
    "Japan": ("Country", []),
    "Australia": ("Country", []),
    "New Zealand": ("Country", []),
    "Sergey Gorkov": ("Person", ["Gorkov"]),
    "RosGeo": ("Company", ["Rosgeo"]),
    "Severgroup": ("Company", ["Severgroup Limited Liability Company"]),
    "Executive Order 14024": ("Policy", ["E.O. 14024"]),
    "Europe": ("Region", []),
    # 04 U.S. Attorney (D.N.M.), Pengyi Li (check)
    "Pengyi Li": ("Person", ["Li"]),
    "Guangdong": ("Region", []),
    "Export Control Reform Act": ("Policy", []),
    "New Mexico": ("Region", []),
    "Hawaii": ("Region", []),
    "Jon Stanford": ("Person", ["Stanford"]),
    # 05 BIS, denial orders on three Russian airlines (tune)
    "Aeroflot": ("Company", []),
    "Azur Air": ("Company", []),
    "UTair": ("Company", []),
    # 06 State, statement on the sham referenda (check)
    "Luhansk": ("Region", ["Luhansk region"]),
    "Donetsk": ("Region", ["Donetsk region"]),
    "Kherson": ("Region", ["Kherson region"]),
    "Zaporizhzhya": ("Region", ["Zaporizhzhia", "Zaporizhzhya regions"]),
    "United Nations Charter": ("Policy", ["UN Charter"]),
    "G7": ("Organization", ["G7 Leaders"]),
    "Ochur-Suge Mongush": ("Person", ["Mongush"]),
    # 07 U.S. Attorney (D. Colo.) and ICE, Philip Chaohui He (tune)
    "Philip Chaohui He": ("Person", ["Philip Hope", "He", "Philip He"]),
    "John Walsh": ("Person", ["Walsh"]),
    "Michael A. Holt": ("Person", ["Michael Holt", "Holt"]),
    "Denver": ("City", []),
    "San Francisco": ("City", []),
    "Oakland": ("City", []),
    "California": ("Region", ["Calif."]),
    "Colorado Springs": ("City", []),
    "Los Angeles": ("City", []),
    "U.S. Munitions List": ("Policy", []),
    "Arms Export Control Act": ("Policy", []),
    # 08 FinCEN alert (check)
    "USA PATRIOT Act": ("Policy", []),
    # 09 BIS, 37 entities (tune)
    "Thea Kendler": ("Person", ["Thea D. Rozman Kendler", "Kendler"]),
    # 10 Commerce, denial order on Aviastar (check)
    "Aviastar": ("Company", []),
    "Moscow": ("City", []),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


SR = ["sanctions", "restricts"]
RRS = ["restricts", "regulates", "sanctions"]
SA = ["sues", "accuses"]
ASR = ["accuses", "sanctions", "restricts"]
BIS, DOC, TRE, DOS, OFAC = ("Bureau of Industry and Security", "U.S. Department of Commerce", "U.S. Department of the Treasury",
                            "U.S. Department of State", "Office of Foreign Assets Control")
US, RU = "United States", "Russia"

# (id, text, entities named in the passage, triples)
P = [
    # 01 Treasury, actors facilitating illicit DPRK finance (tune)
    ("f8-01-01", "Treasury Targets Actors Facilitating Illicit DPRK Financial Activity in Support of Weapons Programs",
     [TRE, "North Korea"], []),
    ("f8-01-02", "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned three "
     "individuals for providing support to the Democratic People’s Republic of Korea (DPRK) through illicit financing and "
     "malicious cyber activity. The DPRK launders stolen virtual currency and deploys information technology (IT) workers to "
     "fraudulently obtain employment to generate revenue in virtual currency to support the regime and its unlawful weapons of "
     "mass destruction and ballistic missile programs. Today’s actions have been taken in close coordination with the Republic "
     "of Korea.",
     [TRE, OFAC, "North Korea", "South Korea"],
     [t(TRE, "owns", OFAC)]),
    ("f8-01-03", "“The DPRK’s use of illicit facilitation networks to access the international financial system and generate "
     "revenue using virtual currency for the regime’s unlawful weapons of mass destruction(WMD) and ballistic missile programs "
     "directly threatens international security,” said Under Secretary of the Treasury for Terrorism and Financial "
     "Intelligence Brian E. Nelson. “The United States and our partners are committed to safeguarding the international "
     "financial system and preventing its use in the DPRK’s destabilizing activities, especially in light of the DPRK’s three "
     "launches of intercontinental ballistic missiles (ICBMs) this year alone.”",
     ["North Korea", TRE, "Brian Nelson", US],
     [t("Brian Nelson", "worksFor", TRE),
      t("Brian Nelson", "accuses", "North Korea")]),
    ("f8-01-04", "SUPPORT TO DPRK MALICIOUS CYBER ACTIVITY Wu Huihui (Wu) is being designated pursuant to Executive Order "
     "(E.O.) 13722 for providing material support to the Lazarus Group, which was previously designated pursuant to that same "
     "authority on September 13, 2019. Cheng Hung Man (Cheng) is being designated pursuant to E.O. 13722 for providing "
     "material support to Wu.",
     ["North Korea", "Wu Huihui", "Executive Order 13722", "Lazarus Group", "Cheng Hung Man"], []),
    # 02 BIS, procurement networks supplying Russia's military (check)
    ("f8-02-01", "Commerce Targets Illicit Procurement Networks Supplying Russia’s Military and Restricts Chemical Precursors "
     "Enabling Russia’s Use of Chemical Weapons Against Ukraine",
     [DOC, RU, "Ukraine"],
     [t(DOC, ["restricts", "accuses", "sanctions"], RU)]),
    ("f8-02-02", "Washington, D.C. – Today, the Commerce Department’s Bureau of Industry and Security (BIS) is adding 40 foreign "
     "entities, as well as 4 addresses, to the Entity List in connection with their support for the Kremlin’s illegal war in "
     "Ukraine and tightening restrictions on 49 foreign entities that were already on the Entity List to address their "
     "procurement of high-priority U.S.-branded microelectronics and other items on behalf of Russia. These entities are "
     "located in the People’s Republic of China (PRC), as well as India, Malaysia, Russia, Singapore, Türkiye, Estonia, "
     "Finland, the United Arab Emirates (UAE), and the United Kingdom (UK).",
     [DOC, BIS, "Entity List", RU, "Ukraine", "China", "United Kingdom"],
     [t(DOC, "owns", BIS),
      t(BIS, ["restricts", "accuses", "sanctions"], RU)]),
    ("f8-02-03", "BIS is also imposing additional restrictions on the export of 9 chemical precursors used to produce riot "
     "control agents (RCAs) and chemical weapons used on the battlefield against Ukraine in violation of treaty commitments. "
     "These actions underscore the extensive controls the United States has placed on entities enabling Russian aggression "
     "against Ukraine since the further invasion in February 2022.",
     [BIS, "Ukraine", US, RU], []),
    ("f8-02-04", "Today’s actions targeting procurement networks are taken in concert with similar actions by the Departments "
     "of State and Treasury and continue to demonstrate the importance of preventing the use of U.S.-origin and U.S.-branded "
     "products by Russia’s defense industrial base.",
     [DOS, TRE, US, RU], []),
    ("f8-02-05", "“American products do not belong in the hands of those who prop up Russia’s defense industrial base,” said "
     "Under Secretary of Commerce for Industry and Security Alan F. Estevez. “We will continue to thwart Russian procurement "
     "networks operating in the People’s Republic of China (PRC) and wherever else we see them.”",
     [RU, DOC, "Alan Estevez", "China"],
     [t("Alan Estevez", "worksFor", DOC)]),
    # 03 State, designations of Russian oligarchs and elites, 2 June 2022 (tune)
    ("f8-03-01", "Promoting Accountability and Imposing Costs on the Russian Federation and Its Enablers for Putin’s Aggression "
     "Against Ukraine",
     [RU, "Vladimir Putin", "Ukraine"], []),
    ("f8-03-02", "The Department of State is taking additional steps to target Russia’s oligarchs and elites, in close "
     "coordination with partners and allies, with the goal of imposing severe costs on the Government of the Russian "
     "Federation and limiting the Kremlin’s ability to fund Putin’s war of aggression against Ukraine.",
     [DOS, RU, "Vladimir Putin", "Ukraine"],
     [t(DOS, ["sanctions", "restricts"], RU),
      t(DOS, "accuses", "Vladimir Putin")]),
    ("f8-03-03", "INDIVIDUALS AND ENTITIES DESIGNATED BY THE STATE DEPARTMENT God Nisanov, an oligarch with close ties to "
     "numerous Russian officials, is being designated pursuant to E.O. 14024 section 1(a)(vii). Nisanov is a real estate "
     "investor and one of the richest people in Europe. Evgeny Novitskiy, a Russian elite with close ties to the Government "
     "of Russia, is being designated pursuant to E.O. 14024 section 1(a)(vii).",
     [DOS, "God Nisanov", RU, "Executive Order 14024", "Europe", "Evgeny Novitskiy"],
     [t(DOS, SR, "God Nisanov"),
      t(DOS, SR, "Evgeny Novitskiy")]),
    ("f8-03-04", "Maria Zakharova is being designated pursuant to E.O. 14024 section 1(a)(iii)(A) for her role as an official "
     "of the Government of the Russian Federation as the spokesperson for the Foreign Ministry. The EU, UK, Japan, Australia, "
     "and New Zealand have previously designated Maria Zakharova.",
     ["Maria Zakharova", "Executive Order 14024", RU, "Ministry of Foreign Affairs of Russia", "European Union",
      "United Kingdom", "Japan", "Australia", "New Zealand"],
     [t("Maria Zakharova", "worksFor", RU),
      t("Maria Zakharova", "worksFor", "Ministry of Foreign Affairs of Russia"),
      t("European Union", SR, "Maria Zakharova"),
      t("United Kingdom", SR, "Maria Zakharova"),
      t("Japan", SR, "Maria Zakharova"),
      t("Australia", SR, "Maria Zakharova"),
      t("New Zealand", SR, "Maria Zakharova")]),
    ("f8-03-05", "Sergey Gorkov, the head of RosGeo and a former executive of sanctioned banks, is being designated pursuant to "
     "E.O. 14024 section 1(a)(iii)(A) for his involvement in the Government of the Russian Federation via RosGeo. Severgroup "
     "is a multi-billion-dollar Russia’s investment company with holdings and subsidiaries in metallurgy, engineering, mining, "
     "tourism, banking, technology, media, and finance, among other sectors. Severgroup is being designated pursuant to E.O. "
     "14024 Section 1(a)(i) because it operates or has operated in the financial services sector of the Russian Federation "
     "economy.",
     ["Sergey Gorkov", "RosGeo", "Executive Order 14024", RU, "Severgroup"],
     [t("Sergey Gorkov", ["leads", "worksFor"], "RosGeo"),
      t("Severgroup", "basedIn", RU)]),
    # 04 U.S. Attorney's Office (D.N.M.), Pengyi Li (check)
    ("f8-04-01", "ALBUQUERQUE, N.M. – Pengyi Li, 33, of Guangdong, China, appeared in federal court on Monday for arraignment "
     "on an indictment charging him with two counts of smuggling goods from the United States and two counts of violating the "
     "Export Control Reform Act. A federal grand jury returned the indictment on August 29.",
     ["Pengyi Li", "Guangdong", "China", US, "Export Control Reform Act"],
     [t("Guangdong", "locatedIn", "China")]),
    ("f8-04-02", "It accuses Li of committing the offenses between May 30 and August 22. According to the indictment, Li "
     "allegedly attempting to export radiation-hardened drivers and microchips to China without obtaining a license and "
     "authorization from the Department of Commerce. According to a criminal complaint, Li’s illegal conduct allegedly "
     "included communicating with an undercover agent in New Mexico.",
     ["Pengyi Li", "China", DOC, "New Mexico"], []),
    ("f8-04-03", "The complaint also accuses Li of traveling from China to Hawaii to obtain the items and transport them back to "
     "China by airplane. However, the complaint further alleges that law enforcement officers arrested Li before he could "
     "leave the United States with the items.",
     ["Pengyi Li", "China", "Hawaii", US], []),
    ("f8-04-04", "HSI investigated this case with assistance from the Department of Commerce, Bureau of Industry and Security, "
     "FBI and U.S. Customs and Border Protection. Assistant U.S. Attorney Jon Stanford is prosecuting the case.",
     ["Homeland Security Investigations", DOC, BIS, "Federal Bureau of Investigation", "U.S. Customs and Border Protection",
      US, "Jon Stanford"],
     [t(DOC, "owns", BIS),
      t("Jon Stanford", "worksFor", US)]),
    # 05 BIS, temporary denial orders on Aeroflot, Azur Air and UTair, 7 April 2022 (tune)
    ("f8-05-01", "Today, Bureau of Industry and Security (BIS) Assistant Secretary for Export Enforcement Matthew S. Axelrod "
     "issued orders denying the export privileges of three Russian Airlines – Aeroflot, Azur Air, and UTair – due to ongoing "
     "export violations related to comprehensive export controls on Russia imposed by the Commerce Department. These three "
     "Temporary Denial Orders (TDOs) terminate the right of these airlines to participate in transactions subject to the "
     "Export Administration Regulations (EAR), including exports and reexports from the United States.",
     [BIS, "Matthew Axelrod", "Aeroflot", "Azur Air", "UTair", RU, DOC, "Export Administration Regulations", US],
     [t("Matthew Axelrod", "worksFor", BIS),
      t(BIS, SR, "Aeroflot"),
      t(BIS, SR, "Azur Air"),
      t(BIS, SR, "UTair"),
      t("Aeroflot", "basedIn", RU),
      t("Azur Air", "basedIn", RU),
      t("UTair", "basedIn", RU),
      t(DOC, RRS, RU)]),
    ("f8-05-02", "Today’s TDOs are issued for 180-days and may be renewed. “The Biden Administration has imposed historic "
     "sanctions on Russia for its unwarranted aggression in Ukraine. With today’s temporary denial orders, the Department of "
     "Commerce takes another significant action to hold Putin and his enablers accountable for their inexcusable actions,” "
     "said Commerce Secretary Gina M. Raimondo.",
     [US, RU, "Ukraine", DOC, "Vladimir Putin", "Gina Raimondo"],
     [t(US, ["sanctions", "restricts", "accuses"], RU),
      t(DOC, ASR, "Vladimir Putin"),
      t("Gina Raimondo", ["leads", "worksFor"], DOC)]),
    ("f8-05-03", "“We are cutting off not only their ability to access items from the United States but also reexports of "
     "U.S.-origin items from abroad. Any companies that flout our export controls, specifically those who do so to the "
     "benefit of Vladimir Putin and the detriment of the Ukrainian people, will feel the full force of the Department’s "
     "enforcement.”",
     [US, "Vladimir Putin", "Ukraine"], []),
    ("f8-05-04", "“The images we are seeing coming out of Ukraine demonstrate Vladimir Putin’s barbarism, brutality, and "
     "blatant disregard for human life. The Department of Commerce, along with the entire Biden-Harris Administration, have "
     "taken swift and unprecedented action to ensure that Russia, and its enablers, pay a price for their actions,” said "
     "Deputy Secretary of Commerce Don Graves.",
     ["Ukraine", "Vladimir Putin", DOC, US, RU, "Don Graves"],
     [t("Don Graves", "accuses", "Vladimir Putin"),
      t(DOC, ASR, RU),
      t(US, ASR, RU),
      t("Don Graves", "worksFor", DOC)]),
    ("f8-05-05", "“We are already seeing the impact of the Commerce Department’s export controls, with U.S. exports to Russia "
     "of items subject to new licensing requirements having decreased by 99 percent by value compared to the same time "
     "period last year.",
     [DOC, US, RU],
     [t(DOC, RRS, RU)]),
    # 06 State, statement on Russia's sham referenda, 30 September 2022 (check)
    ("f8-06-01", "The United States unequivocally rejects Russia’s fraudulent attempt to change Ukraine’s internationally "
     "recognized borders, including by holding sham “referenda” in Ukraine’s Luhansk, Donetsk, Kherson, and Zaporizhzhya "
     "regions. This is a clear violation of international law and the United Nations Charter.",
     [US, RU, "Ukraine", "Luhansk", "Donetsk", "Kherson", "Zaporizhzhya", "United Nations Charter"],
     [t(US, "accuses", RU),
      t("Luhansk", "locatedIn", "Ukraine"),
      t("Donetsk", "locatedIn", "Ukraine"),
      t("Kherson", "locatedIn", "Ukraine"),
      t("Zaporizhzhya", "locatedIn", "Ukraine")]),
    ("f8-06-02", "In response, the United States and our allies and partners are imposing swift and severe costs targeting "
     "additional Russian government officials, their family members, Russian and Belarusian military officials, and defense "
     "procurement networks, including international suppliers supporting Russia’s military-industrial complex.",
     [US, RU, "Belarus"],
     [t(US, SR, RU)]),
    ("f8-06-03", "We are also issuing a clear warning supported by G7 Leaders: We will hold to account any individual, entity, "
     "or country that provides political or economic support for Russia’s illegal attempts to change the status of Ukrainian "
     "territory.",
     ["G7", RU, "Ukraine"], []),
    ("f8-06-04", "In support of this commitment, the Departments of the Treasury and Commerce are releasing new guidance on "
     "heightened sanctions and export control risks for entities and individuals inside or outside Russia that support "
     "Russia’s sham referenda, purported annexation, and occupation of part of Ukraine.",
     [TRE, DOC, RU, "Ukraine"], []),
    ("f8-06-05", "The Department of State is taking action to impose visa restrictions on 910 individuals, including members of "
     "the Russian Federation military, Belarusian military officials, and Russia’s proxies for violating Ukraine’s "
     "sovereignty, territorial integrity, and political independence. The Department is also designating Russian national, "
     "Ochur-Suge Mongush, for his involvement in a gross violation of human rights perpetrated against a Ukrainian prisoner "
     "of war. Under this authority, Mongush and his immediate family members are ineligible for entry into the United States.",
     [DOS, RU, "Belarus", "Ukraine", "Ochur-Suge Mongush", US],
     [t(DOS, ["restricts", "sanctions", "accuses"], RU),
      t(DOS, ["sanctions", "restricts", "accuses"], "Ochur-Suge Mongush")]),
    # 07 U.S. Attorney's Office (D. Colo.) and ICE, Philip Chaohui He (tune)
    ("f8-07-01", "DENVER – Philip Chaohui He, aka Philip Hope, a Chinese national, made his initial appearance in U.S. district "
     "court on Thursday after he was named in a three-count indictment charging him with attempting to export defense "
     "articles without U.S. State Department authorization.",
     ["Denver", "Philip Chaohui He", "China", DOS], []),
    ("f8-07-02", "The indictment was announced by U.S. Attorney John Walsh, District of Colorado and Michael A. Holt, special "
     "agent in charge of the Denver office of U.S. Immigration and Customs Enforcement’s (ICE) Homeland Security "
     "Investigations (HSI). The indictment was originally sealed in Denver pending He’s return; it was unsealed in San "
     "Francisco on Jan. 12.",
     [US, "John Walsh", "Michael A. Holt", "Denver", "U.S. Immigration and Customs Enforcement",
      "Homeland Security Investigations", "Philip Chaohui He", "San Francisco"],
     [t("John Walsh", "worksFor", US),
      t("Michael A. Holt", "worksFor", "Homeland Security Investigations"),
      t("Michael A. Holt", "worksFor", "U.S. Immigration and Customs Enforcement"),
      t("U.S. Immigration and Customs Enforcement", "owns", "Homeland Security Investigations"),
      t("John Walsh", ["accuses", "sues"], "Philip Chaohui He"),
      t("Michael A. Holt", ["accuses", "sues"], "Philip Chaohui He")]),
    ("f8-07-03", "During his initial appearance Feb. 2, He was advised of his rights, the charges pending against him and the "
     "penalties associated with those charges. He is next due in court on Feb. 8 for arraignment and a detention hearing.",
     ["Philip Chaohui He"], []),
    ("f8-07-04", "According to the indictment, He attempted to illegally export to China radiation-hardened computer memory "
     "circuits used in satellite communications, with a value of almost $550,000. The indictment charges He with conspiracy, "
     "attempted unlawful export of defense articles and attempted smuggling of defense articles, all related to his attempt "
     "to export to China items listed on the U.S. Munitions List. He had been residing in Oakland, Calif.",
     ["Philip Chaohui He", "China", "U.S. Munitions List", "Oakland", "California"],
     [t("Oakland", "locatedIn", "California")]),
    ("f8-07-05", "“Enforcing the Arms Export Control Act is critical to the national security of our country,” said U.S. "
     "Attorney John Walsh. “Thanks to HSI and the other agencies working with them, we were able to prevent sensitive "
     "technology from getting into the hands of foreign nationals overseas who are not legally entitled to possess it.”",
     ["Arms Export Control Act", US, "John Walsh", "Homeland Security Investigations"],
     [t("John Walsh", "worksFor", US)]),
    ("f8-07-06", "“Illegally exporting radiation-hardened computer components is a serious threat to U.S. security,” said "
     "Holt. “Our HSI special agents in Colorado Springs, San Francisco and Los Angeles worked together to investigate and "
     "eliminate this threat.”",
     [US, "Michael A. Holt", "Homeland Security Investigations", "Colorado Springs", "San Francisco", "Los Angeles"],
     [t("Michael A. Holt", "worksFor", "Homeland Security Investigations")]),
    # 08 FinCEN alert on Russian sanctions evasion, 7 March 2022 (check)
    ("f8-08-01", "FinCEN Advises Increased Vigilance for Potential Russian Sanctions Evasion Attempts The Financial Crimes "
     "Enforcement Network (FinCEN) is alerting all financial institutions1 to be vigilant against efforts to evade the "
     "expansive sanctions and other U.S.-imposed restrictions implemented in connection with the Russian Federation’s further "
     "invasion of Ukraine.2",
     ["Financial Crimes Enforcement Network", RU, US, "Ukraine"],
     [t(US, SR, RU)]),
    ("f8-08-02", "FinCEN also strongly encourages all financial institutions to make full use of their ability to share "
     "information consistent with Section 314(b)5 of the USA PATRIOT Act,6 and consider how the use of innovative tools and "
     "solutions may assist in identifying hidden Russian and Belarusian assets.7",
     ["Financial Crimes Enforcement Network", "USA PATRIOT Act", RU, "Belarus"], []),
    ("f8-08-03", "Overview of Recent Treasury Actions Responding to the Further Invasion of Ukraine Since February 2022, and in "
     "response to Russia’s further invasion of Ukraine, the U.S. Department of the Treasury’s Office of Foreign Assets "
     "Control (OFAC) has taken several significant sanctions actions related to the Russian financial services sector "
     "pursuant to Executive Order (E.O.) 14024,8 including: a determination by the Secretary of the Treasury with respect to "
     "the financial services sector of the Russian Federation9 that authorizes sanctions against persons determined to "
     "operate or to have operated in that sector; correspondent or payable-through account and payment processing "
     "prohibitions on certain Russian financial institutions;",
     [TRE, "Ukraine", RU, OFAC, "Executive Order 14024"],
     [t(TRE, "owns", OFAC),
      t(OFAC, SR, RU)]),
    # 09 BIS, 37 entities added to the Entity List (tune)
    ("f8-09-01", "Commerce Adds 37 to Entity List for Unsafeguarded Nuclear and Missile-Related Activities, Supporting PRC "
     "Military Modernization, Violations of Human Rights, and Support for Russia’s Military and/or Defense Industrial Complex",
     [DOC, "Entity List", "China", RU], []),
    ("f8-09-02", "Today, the Commerce Department’s Bureau of Industry and Security (BIS) issued a rule that adds 37 entities to "
     "the Entity List for, among other activities, contributing to Russia’s military and/or defense industrial base, "
     "supporting PRC military modernization, and facilitating or engaging in human rights abuses in Burma and in the "
     "People’s Republic of China (PRC).",
     [DOC, BIS, "Entity List", RU, "China", "Burma"],
     [t(DOC, "owns", BIS)]),
    ("f8-09-03", "“When we act to oppose military aggression in the case of Russia and PRC military modernization, and protect "
     "and advance human rights, we are putting our values into action and enhancing our shared security in the process,” "
     "said Deputy Secretary of Commerce Don Graves. “We will not hesitate to use the tools at our disposal to achieve those "
     "goals.”",
     [RU, "China", DOC, "Don Graves"],
     [t("Don Graves", "worksFor", DOC)]),
    ("f8-09-04", "“We will continue to send the world a simple message—the United States will not allow diversion of peaceful "
     "trade in ways that undermine our values and weaken our security. That’s exactly what we are saying today,” said Under "
     "Secretary of Commerce for Industry and Security Alan F. Estevez.",
     [US, DOC, "Alan Estevez"],
     [t("Alan Estevez", "worksFor", DOC)]),
    ("f8-09-05", "“When we identify entities that pose a national security or foreign policy concern for the United States, we "
     "add them to the Entity List to ensure we can scrutinize their transactions,” Assistant Secretary Thea D. Rozman "
     "Kendler. “In addition to screening against the Entity List, exporters and those transacting in items subject to our "
     "regulations need to exercise careful due diligence to determine whether such items may be diverted to prohibited "
     "end-uses or end-users.”",
     [US, "Entity List", "Thea Kendler"], []),
    # 10 Commerce, temporary denial order on Aviastar, April 2022 (check)
    ("f8-10-01", "BIS Takes Enforcement Action Against Russian Cargo Airline Operating in Violation of U.S. Export Controls",
     [BIS, RU, US], []),
    ("f8-10-02", "Today, Bureau of Industry and Security (BIS) Assistant Secretary for Export Enforcement Matthew S. Axelrod "
     "issued an order temporarily denying all export privileges for the Russian cargo aircraft carrier Aviastar due to "
     "ongoing violations of the comprehensive export controls imposed on Russia by the Commerce Department. Headquartered in "
     "Moscow, Aviastar provides a variety of cargo services to Russia.",
     [BIS, "Matthew Axelrod", RU, "Aviastar", DOC, "Moscow"],
     [t("Matthew Axelrod", "worksFor", BIS),
      t(BIS, SR, "Aviastar"),
      t("Aviastar", "basedIn", RU),
      t("Aviastar", "basedIn", "Moscow"),
      t("Aviastar", "suppliesTo", RU),
      t(DOC, RRS, RU)]),
    ("f8-10-03", "“BIS’s Export Enforcement is laser focused on depriving Russia the items and technologies it needs to sustain "
     "its war machine, and today’s action is another critical step in cutting Vladimir Putin off from the global economy,” "
     "said Secretary of Commerce Gina M. Raimondo. “The Commerce Department will continue using every tool at its disposal to "
     "demonstrate the power and reach of U.S. law and disrupt Russia’s ability to wage war.”",
     [BIS, RU, "Vladimir Putin", DOC, "Gina Raimondo", US],
     [t(BIS, SR, RU),
      t(BIS, SR, "Vladimir Putin"),
      t("Gina Raimondo", ["leads", "worksFor"], DOC),
      t(DOC, SR, RU)]),
    ("f8-10-04", "“Actions like the issuance of today’s latest Temporary Denial Order are a clear message to any country, firm, "
     "or person considering whether to provide material support to Russia’s military that they need to think again,” said "
     "Deputy Secretary of Commerce Don Graves. “BIS has done critically important work enforcing new restrictions on "
     "Russia’s and Belarus’s aerospace sectors and today’s action cuts another critical link for Russia to the global "
     "economy.”",
     [RU, DOC, "Don Graves", BIS, "Belarus"],
     [t("Don Graves", "worksFor", DOC),
      t(BIS, RRS, RU),
      t(BIS, RRS, "Belarus")]),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
