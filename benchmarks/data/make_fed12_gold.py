"""Writes benchmarks/data/fed12-gold.jsonl: passages cut verbatim from ten WHOLE U.S. federal designation texts
(benchmarks/data/fed12-sources/, public domain, 17 U.S.C. 105): White House fact sheets of 2021-2023 that announce the
designations, blocking sanctions, Entity List listings and export controls of the Treasury, State and Commerce
Departments on Russia and Belarus, taken whole from the public GitHub repository brian14708/wh-briefings (Markdown
copies of bidenwhitehouse.archives.gov). Unlike fed7's page excerpts, each text is whole, so the per-designee bullets
and paragraphs are there: a release names the acting body once ("Today, the United States carried out the following
actions:", "The Department of the Treasury is targeting ...", a heading "Full blocking sanctions on ...:") and the
designees in later sentences, bullets or lists ("This includes X", "One of the elites is X"). None of them is in
us-gov, fed3 to fed11 or real-dev's SOURCES.md. Annotated by hand per ../shared/ONTOLOGY.md ("How a sentence is
annotated", "Real-text conventions") and the precedents of the earlier sets (benchmarks/data/README.md), before `kg` was
run on any of them (29 November 2026). The acting body of a designation is the one the passage names; a passage whose
bullets name designees without any body (the heading and the body's sentence being outside it) gives no sanction.

Split by whole document: odd documents (f12-01, f12-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed12-sources"
OUT = HERE / "fed12-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "America", "the United States",
                                  "U.S. government", "United States government"]),
    "Russia": ("Country", ["Russian Federation", "the Russian Federation", "Government of the Russian Federation",
                           "Kremlin", "the Kremlin"]),
    "Belarus": ("Country", []),
    "Ukraine": ("Country", []),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of the Treasury", "Treasury",
                                                           "Department of Treasury", "U.S. Treasury"]),
    "U.S. Department of State": ("GovernmentBody", ["State Department", "Department of State", "State"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "Commerce"]),
    "U.S. Department of Defense": ("GovernmentBody", ["Department of Defense", "DoD"]),
    "European Union": ("GovernmentBody", ["EU", "the EU"]),
    "G7": ("Organization", ["G7 Leaders"]),
    "United Kingdom": ("Country", ["UK", "U.K."]),
    "Vladimir Putin": ("Person", ["Putin", "President Putin"]),
    "Joe Biden": ("Person", ["Biden", "President Biden"]),
    "Sberbank": ("Company", []),
    # 01 Russia's harmful foreign activities, April 2021 (tune)
    "Central Bank of the Russian Federation": ("GovernmentBody", ["Bank of Russia"]),
    "National Wealth Fund of the Russian Federation": ("GovernmentBody", ["National Wealth Fund"]),
    "Ministry of Finance of the Russian Federation": ("GovernmentBody", ["Russian Ministry of Finance"]),
    "Australia": ("Country", []),
    "Canada": ("Country", []),
    "Foreign Intelligence Service": ("GovernmentBody", ["Russian Foreign Intelligence Service", "SVR", "APT 29",
                                                        "Cozy Bear", "The Dukes"]),
    "SolarWinds": ("Company", []),
    "SolarWinds Orion": ("Product", ["Orion"]),
    "National Security Agency": ("GovernmentBody", ["NSA"]),
    "Cybersecurity and Infrastructure Security Agency": ("GovernmentBody", [
        "Cybersecurity & Infrastructure Security Agency", "CISA"]),
    "FBI": ("GovernmentBody", ["Federal Bureau of Investigation"]),
    "France": ("Country", []),
    "Denmark": ("Country", []),
    "Estonia": ("Country", []),
    # 02 devastating costs, February 2022 (check)
    "VTB Bank": ("Company", ["VTB"]),
    "Bank Otkritie": ("Company", []),
    "Sovcombank": ("Company", ["Sovcombank OJSC"]),
    "Novikombank": ("Company", []),
    "Alfa Bank": ("Company", ["AlfaBank", "Alfa-Bank"]),
    "Credit Bank of Moscow": ("Company", []),
    "Gazprombank": ("Company", []),
    "Russian Agricultural Bank": ("Company", []),
    "Gazprom": ("Company", []),
    "Gazprom Neft": ("Company", []),
    "Transneft": ("Company", []),
    "Rostelecom": ("Company", []),
    "RusHydro": ("Company", []),
    "Alrosa": ("Company", []),
    "Sovcomflot": ("Company", []),
    "Russian Railways": ("Company", []),
    "Japan": ("Country", []),
    "New Zealand": ("Country", []),
    # 03 Russian oligarchs, March 2022 (tune)
    "Alisher Usmanov": ("Person", ["Alisher Burhanovich Usmanov", "Usmanov"]),
    "Dmitry Peskov": ("Person", ["Peskov"]),
    "Nikolai Tokarev": ("Person", ["Tokarev"]),
    "Boris Rotenberg": ("Person", []),
    "Arkady Rotenberg": ("Person", []),
    "Sergei Chemezov": ("Person", ["Chemezov"]),
    "Igor Shuvalov": ("Person", ["Shuvalov"]),
    "Yevgeniy Prigozhin": ("Person", ["Prigozhin"]),
    "Strategic Culture Foundation": ("Organization", ["SDN Strategic Culture Foundation"]),
    "Odna Rodyna": ("Organization", []),
    "Rhythm of Eurasia": ("Organization", []),
    "Journal Kamerton": ("Organization", []),
    "SouthFront": ("Organization", []),
    "InfoRos": ("Organization", ["SDN InfoRos"]),
    "New Eastern Outlook": ("Organization", []),
    "Oriental Review": ("Organization", []),
    "United World International": ("Organization", []),
    "Geopolitical": ("Organization", []),
    # 05 G7 further costs, March 2022 (tune)
    "Yuri Kovalchuk": ("Person", ["Kovalchuk"]),
    # 06 additional costs, the Duma, March 2022 (check)
    "State Duma": ("GovernmentBody", ["Duma", "the Duma"]),
    "Herman Gref": ("Person", ["Gref"]),
    "Gennady Timchenko": ("Person", ["Timchenko"]),
    "Russian Helicopters": ("Company", []),
    "Tactical Missiles Corporation": ("Company", []),
    "High Precision Systems": ("Company", []),
    "NPK Tekhmash": ("Company", ["NPK Tekhmash OAO"]),
    "Kronshtadt": ("Company", []),
    # 07 severe and immediate costs, April 2022 (tune)
    "Security Council of Russia": ("GovernmentBody", ["Russia’s Security Council", "Security Council"]),
    "Dmitry Medvedev": ("Person", ["Medvedev"]),
    "Mikhail Mishustin": ("Person", ["Mishustin"]),
    "Sergey Lavrov": ("Person", ["Lavrov", "Foreign Minister Lavrov"]),
    # 08 G7 severe costs, May 2022 (check)
    "Channel One Russia": ("Company", ["Joint Stock Company Channel One Russia"]),
    "Russia-1": ("Company", ["Television Station Russia-1"]),
    "NTV Broadcasting Company": ("Company", ["Joint Stock Company NTV Broadcasting Company", "NTV"]),
    "Uralvagonzavod": ("Company", ["Uralvagonzavod Corporation"]),
    "Chelyabinsk Tractor Plant": ("Company", []),
    "Promtekhnologiya": ("Company", ["Limited Liability Company Promtekhnologiya"]),
    "Moscow Industrial Bank": ("Company", []),
    # 09 sanctions evasion, June 2022 (tune)
    "Sergei Roldugin": ("Person", ["Roldugin"]),
    "Imperial Yachts": ("Company", []),
    "United Aircraft Corporation": ("Company", []),
    "God Nisanov": ("Person", ["Nisanov"]),
    "Maria Zakharova": ("Person", ["Zakharova"]),
    "Ministry of Foreign Affairs of Russia": ("GovernmentBody", ["Russian Foreign Ministry", "Foreign Ministry"]),
    "Alexey Mordashov": ("Person", ["Mordashov"]),
    "Entity List": ("Policy", []),
    # 10 one year anniversary, February 2023 (check)
    "Ukraine Security Assistance Initiative": ("Policy", ["USAI"]),
    "China": ("Country", ["PRC"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


SR = ["sanctions", "restricts"]
RS = ["restricts", "sanctions"]
RSR = ["restricts", "sanctions", "regulates"]
ASR = ["accuses", "sanctions", "restricts"]
US, RU, BY = "United States", "Russia", "Belarus"
TRE, DOS, DOC, DOD = ("U.S. Department of the Treasury", "U.S. Department of State", "U.S. Department of Commerce",
                      "U.S. Department of Defense")
EU = "European Union"


def based(names, place=RU):
    return [t(n, "basedIn", place) for n in names]


# (id, text, entities named in the passage, triples)
P = [
    # 01 FACT SHEET: Imposing Costs for Harmful Foreign Activities by the Russian Government, 15 April 2021 (tune)
    ("f12-01-01", "The U.S. Department of the Treasury (Treasury) carried out the following actions pursuant to the new "
     "E.O.: - Treasury issued a directive that prohibits U.S. financial institutions from participation in the primary "
     "market for ruble or non-ruble denominated bonds issued after June 14, 2021 by the Central Bank of the Russian "
     "Federation, the National Wealth Fund of the Russian Federation, or the Ministry of Finance of the Russian "
     "Federation; and lending ruble or non-ruble denominated funds to the Central Bank of the Russian Federation, the "
     "National Wealth Fund of the Russian Federation, or the Ministry of Finance of the Russian Federation. This "
     "directive provides authority for the U.S. government to expand sovereign debt sanctions on Russia as appropriate.",
     [TRE, "Central Bank of the Russian Federation", "National Wealth Fund of the Russian Federation",
      "Ministry of Finance of the Russian Federation", US, RU],
     [t(TRE, RS, x) for x in ("Central Bank of the Russian Federation", "National Wealth Fund of the Russian Federation",
                              "Ministry of Finance of the Russian Federation")]),
    ("f12-01-02", "- Treasury designated six Russian technology companies that provide support to the Russian "
     "Intelligence Services’ cyber program, ranging from providing expertise to developing tools and infrastructure to "
     "facilitating malicious cyber activities. These companies are being designated for operating in the technology "
     "sector of the Russian Federation economy. We will continue to hold Russia accountable for its malicious cyber "
     "activities, such as the SolarWinds incident, by using all available policy and authorities.",
     [TRE, RU, "SolarWinds"], []),
    ("f12-01-03", "Imposing Additional Sanctions Treasury sanctioned 32 entities and individuals carrying out Russian "
     "government-directed attempts to influence the 2020 U.S. presidential election, and other acts of disinformation "
     "and interference.",
     [TRE, US, RU], []),
    ("f12-01-04", "Treasury, in partnership with the European Union, the United Kingdom, Australia, and Canada, "
     "sanctioned eight individuals and entities associated with Russia’s ongoing occupation and repression in Crimea.",
     [TRE, EU, "United Kingdom", "Australia", "Canada", RU],
     [t(TRE, "partnersWith", x) for x in (EU, "United Kingdom", "Australia", "Canada")]),
    ("f12-01-05", "Further Responses to the SolarWinds Malicious Cyber Activity Today the United States is formally "
     "naming the Russian Foreign Intelligence Service (SVR), also known as APT 29, Cozy Bear, and The Dukes, as the "
     "perpetrator of the broad-scope cyber espionage campaign that exploited the SolarWinds Orion platform and other "
     "information technology infrastructures. The U.S. Intelligence Community has high confidence in its assessment of "
     "attribution to the SVR.",
     [US, "Foreign Intelligence Service", "SolarWinds", "SolarWinds Orion"],
     [t(US, "accuses", "Foreign Intelligence Service"), t("SolarWinds", "develops", "SolarWinds Orion")]),
    ("f12-01-06", "Today, the National Security Agency, the Cybersecurity & Infrastructure Security Agency, and the "
     "Federal Bureau of Investigation are jointly issuing a cybersecurity advisory, “Russian SVR Targets U.S. and Allied "
     "Networks,” that provides specific details on software vulnerabilities that the SVR uses to gain access to victim "
     "devices and networks.",
     ["National Security Agency", "Cybersecurity and Infrastructure Security Agency", "FBI",
      "Foreign Intelligence Service", US],
     [t("National Security Agency", "partnersWith", "Cybersecurity and Infrastructure Security Agency"),
      t("National Security Agency", "partnersWith", "FBI"),
      t("Cybersecurity and Infrastructure Security Agency", "partnersWith", "FBI")]),
    ("f12-01-07", "- Second, we are reinforcing our commitment to collective security in cyberspace. The Department of "
     "Defense is taking steps to incorporate additional allies, including the UK, France, Denmark, and Estonia, into the "
     "planning for CYBER FLAG 21-1, which is an exercise designed to improve our defensive capabilities and resiliency "
     "in cyberspace.",
     [DOD, "United Kingdom", "France", "Denmark", "Estonia"],
     [t(DOD, "partnersWith", x) for x in ("United Kingdom", "France", "Denmark", "Estonia")]),
    # 02 FACT SHEET: Joined by Allies and Partners, the United States Imposes Devastating Costs on Russia, 24 Feb. 2022
    # (check)
    ("f12-02-01", "Today, the United States, along with Allies and partners, is imposing severe and immediate economic "
     "costs on Russia in response to Putin’s war of choice against Ukraine. Today’s actions include sweeping financial "
     "sanctions and stringent export controls that will have profound impact on Russia’s economy, financial system, and "
     "access to cutting-edge technology.",
     [US, RU, "Vladimir Putin", "Ukraine"],
     [t(US, SR, RU)]),
    ("f12-02-02", "Today, the United States carried out the following actions: - Severing the connection to the U.S. "
     "financial system for Russia’s largest financial institution, Sberbank, including 25 subsidiaries, by imposing "
     "correspondent and payable-through account sanctions. This action will restrict Sberbank’s access to transactions "
     "made in the dollar.",
     [US, RU, "Sberbank"],
     [t(US, SR, "Sberbank"), t("Sberbank", "basedIn", RU)]),
    ("f12-02-03", "- Full blocking sanctions on Russia’s second largest financial institution, VTB Bank (VTB), including "
     "20 subsidiaries. This action will freeze any of VTB’s assets touching the U.S financial system and prohibit U.S. "
     "persons from dealing with them.",
     [RU, "VTB Bank", US],
     based(["VTB Bank"])),
    ("f12-02-04", "- Full blocking sanctions on three other major Russian financial institutions: Bank Otkritie, "
     "Sovcombank OJSC, and Novikombank- and 34 subsidiaries. These sanctions freeze any of these institutions’ assets "
     "touching the U.S financial system and prohibit U.S. persons from dealing with them.",
     [RU, "Bank Otkritie", "Sovcombank", "Novikombank", US],
     based(["Bank Otkritie", "Sovcombank", "Novikombank"])),
    ("f12-02-05", "This includes restrictions on all transactions in, provision of financing for, and other dealings in "
     "new debt of greater than 14 days maturity and new equity issued by thirteen Russian state-owned enterprises and "
     "entities: Sberbank, AlfaBank, Credit Bank of Moscow, Gazprombank, Russian Agricultural Bank, Gazprom, Gazprom "
     "Neft, Transneft, Rostelecom, RusHydro, Alrosa, Sovcomflot, and Russian Railways.",
     [RU, "Sberbank", "Alfa Bank", "Credit Bank of Moscow", "Gazprombank", "Russian Agricultural Bank", "Gazprom",
      "Gazprom Neft", "Transneft", "Rostelecom", "RusHydro", "Alrosa", "Sovcomflot", "Russian Railways"],
     based(["Sberbank", "Alfa Bank", "Credit Bank of Moscow", "Gazprombank", "Russian Agricultural Bank", "Gazprom",
            "Gazprom Neft", "Transneft", "Rostelecom", "RusHydro", "Alrosa", "Sovcomflot", "Russian Railways"])),
    ("f12-02-06", "- Additional full blocking sanctions on Russian elites and their family members: Sergei Ivanov (and "
     "his son, Sergei), Nikolai Patrushev (and his son Andrey), Igor Sechin (and his son Ivan), Andrey Puchkov, Yuriy "
     "Solviev (and two real estate companies he owns), Galina Ulyutina, and Alexander Vedyakhin.",
     [RU], []),
    ("f12-02-07", "In addition to sweeping restrictions on the Russian-defense sector, the United States government will "
     "impose Russia-wide restrictions on sensitive U.S. technologies produced in foreign countries using U.S.-origin "
     "software, technology, or equipment. This includes Russia-wide restrictions on semiconductors, telecommunication, "
     "encryption security, lasers, sensors, navigation, avionics and maritime technologies.",
     [US, RU],
     [t(US, RS, RU)]),
    ("f12-02-08", "The European Union, Australia, Japan, Canada, New Zealand and the United Kingdom, have already "
     "communicated their plans for parallel actions. This unprecedented coordination significantly expands the scope of "
     "restrictions on Russia.",
     [EU, "Australia", "Japan", "Canada", "New Zealand", "United Kingdom", RU], []),
    # 03 FACT SHEET: The United States Continues to Target Russian Oligarchs Enabling Putin's War of Choice, 3 March 2022
    # (tune)
    ("f12-03-01", "Today, the United States will sanction an expansive list of Putin’s cronies and their family members. "
     "One of the elites is Alisher Burhanovich Usmanov, one of Russia’s wealthiest individuals and a close ally of "
     "Putin. His property will be blocked from use in the United States and by U.S. persons – including his superyacht, "
     "one of the world’s largest, and just seized by our ally Germany, and his private jet, one of Russia’s largest "
     "privately-owned aircraft.",
     [US, "Vladimir Putin", "Alisher Usmanov", RU],
     [t(US, SR, "Alisher Usmanov")]),
    ("f12-03-02", "The United States will also sanction Dmitry Peskov, who as Putin’s spokesman is a top purveyor of "
     "Putin’s propaganda. The United States will also impose visa restrictions on 19 oligarchs and 47 of their family "
     "members and close associates.",
     [US, "Dmitry Peskov", "Vladimir Putin"],
     [t(US, SR, "Dmitry Peskov")]),
    ("f12-03-03", "The United States and governments all over the world will work to identify and freeze the assets "
     "Russian elites and their family members hold in our respective jurisdictions – their yachts, luxury apartments, "
     "money, and other ill-gotten gains: Full blocking sanctions on an expansive new list of Russian elites and their "
     "family members who enable Putin: - Nikolai Tokarev (his wife Galina, daughter Mayya, and his two luxury real "
     "estate companies) - Boris Rotenberg (his wife Karina, and his sons Roman and Boris) - Arkady Rotenberg (His sons "
     "Pavel and Igor and daughter Liliya) - Sergei Chemezov (His wife Yekaterina, his son Stanislav, and stepdaughter "
     "Anastasiya)",
     [US, "Vladimir Putin", "Nikolai Tokarev", "Boris Rotenberg", "Arkady Rotenberg", "Sergei Chemezov"],
     [t(US, SR, x) for x in ("Nikolai Tokarev", "Boris Rotenberg", "Arkady Rotenberg", "Sergei Chemezov")]),
    ("f12-03-04", "- Igor Shuvalov (His five companies, his wife Olga, his son Evgeny and his company and jet, and his "
     "daughter Maria and her company) - Yevgeniy Prigozhin (His three companies, his wife, Polina, his daughter Lyubov, "
     "and his son Pavel), - Dmitry Peskov, President Putin’s press secretary - Alisher Usmanov (His superyacht, one of "
     "the world’s largest and just seized by our ally Germany, and his private jet, one of Russia’s largest "
     "privately-owned aircraft)",
     ["Igor Shuvalov", "Yevgeniy Prigozhin", "Dmitry Peskov", "Vladimir Putin", "Alisher Usmanov", RU], []),
    ("f12-03-05", "Imposing Visa Restrictions on 19 Russian Oligarchs, their 47 Family Members and Close Associates: "
     "Today the Department of State is announcing a new visa restriction policy to restrict the issuance of visas to "
     "certain Russian oligarchs, their family members, and close associates.",
     [DOS, RU], []),
    ("f12-03-06", "Full blocking sanctions on disinformation targets: Treasury will designate seven Russian entities, SDN "
     "Strategic Culture Foundation and associated outlets Odna Rodyna, Rhythm of Eurasia, and Journal Kamerton; "
     "SouthFront; SDN InfoRos; New Eastern Outlook; Oriental Review; United World International; and Geopolitical.",
     [TRE, RU, "Strategic Culture Foundation", "Odna Rodyna", "Rhythm of Eurasia", "Journal Kamerton", "SouthFront",
      "InfoRos", "New Eastern Outlook", "Oriental Review", "United World International", "Geopolitical"],
     [t(TRE, SR, x) for x in ("Strategic Culture Foundation", "Odna Rodyna", "Rhythm of Eurasia", "Journal Kamerton",
                              "SouthFront", "InfoRos", "New Eastern Outlook", "Oriental Review",
                              "United World International", "Geopolitical")]
     + based(["Strategic Culture Foundation", "SouthFront", "InfoRos", "New Eastern Outlook", "Oriental Review",
              "United World International", "Geopolitical"])),
    # 04 FACT SHEET: The United States Continues to Impose Costs on Russia and Belarus, 2 March 2022 (check)
    ("f12-04-01", "Today, the United States, in coordination with Allies and partners, is imposing additional economic "
     "costs on Russia and Belarus in response to President Putin’s brutal invasion of Ukraine. The United States will "
     "take actions to hold Belarus accountable for enabling Putin’s invasion of Ukraine, weaken the Russian defense "
     "sector and its military power for years to come, target Russia’s most important sources of wealth, and ban "
     "Russian airlines from U.S. airspace.",
     [US, RU, BY, "Vladimir Putin", "Ukraine"],
     [t(US, SR, RU), t(US, ASR, BY)]),
    ("f12-04-02", "Today’s actions include: - Sweeping restrictions on Belarus to choke off its import of technological "
     "goods in response to its support of Putin’s war of choice. The Department of Commerce will extend the stringent "
     "export control policies put in place for Russia to Belarus.",
     [BY, "Vladimir Putin", DOC, RU],
     [t(DOC, RSR, BY), t(DOC, RSR, RU)]),
    ("f12-04-03", "- Full blocking sanctions on Russian defense entities. The Department of State will impose sweeping "
     "sanctions that target Russia’s defense sector to further restrict Putin’s war machine. This action will impose "
     "significant costs on Russian weapon development and production companies.",
     [RU, DOS, "Vladimir Putin"],
     [t(DOS, SR, RU)]),
    ("f12-04-04", "- Export Controls Targeting Oil Refining, a Key Revenue Source that Supports Russian Military. Through "
     "export controls on oil and gas extraction equipment, the Commerce Department will impose restrictions on "
     "technology exports that would support Russia’s refining capacity over the long term.",
     [RU, DOC],
     [t(DOC, RSR, RU)]),
    ("f12-04-05", "- Targeting Entities Supporting the Russian and Belarusian Military. The Commerce Department, in "
     "coordination with its interagency partners, will add entities that have been involved in, contributed to, or "
     "otherwise supported the Russian and Belarusian security services, military and defense sectors, and/or military "
     "and defense research and development efforts to the Entity List.",
     [RU, BY, DOC, "Entity List"], []),
    ("f12-04-06", "- Banning Russian aircraft from entering and using domestic U.S. airspace. As the President announced, "
     "the United States will close off American air space to all Russian flights – further isolating Russia – and "
     "adding an additional squeeze on its economy.",
     [RU, US],
     [t(US, RS, RU)]),
    # 05 FACT SHEET: United States, European Union, and G7 to Announce Further Economic Costs on Russia, 11 March 2022
    # (tune)
    ("f12-05-01", "Full blocking Sanctions on Additional Russian Elites and their Family Members. This includes Yuri "
     "Kovalchuk, executives of banks we have sanctioned, and Duma members who sponsored legislation to recognize the "
     "so-called “Donetsk People’s Republic” and “Luhansk People’s Republic.”",
     [RU, "Yuri Kovalchuk"], []),
    ("f12-05-02", "Ban Export of Luxury Goods to Russia. President Biden will sign an Executive Order (E.O) that will end "
     "the exportation of luxury items to any person located in the Russian Federation.",
     [RU, "Joe Biden"],
     [t("Joe Biden", RS, RU)]),
    ("f12-05-03", "Ban U.S. Import of Goods from Several Signature Sectors of Russia’s Economy. President Biden’s E.O. "
     "will also prohibit the import of goods from several signature sectors of Russia’s economy – including seafood, "
     "spirits/vodka, and non-industrial diamonds.",
     [US, RU, "Joe Biden"],
     [t("Joe Biden", RS, RU)]),
    ("f12-05-04", "New guidance by the Department of Treasury to Thwart Sanctions Evasion, including through Virtual "
     "Currency. The Department of the Treasury, through new guidance, will continue to make clear that Treasury’s "
     "expansive actions against Russia require all U.S. persons to comply with sanctions regulations regardless of "
     "whether a transaction is denominated in traditional fiat currency or virtual currency.",
     [TRE, RU, US],
     [t(TRE, SR, RU)]),
    # 06 FACT SHEET: United States and Allies and Partners Impose Additional Costs on Russia, 24 March 2022 (check)
    ("f12-06-01", "Today, the United States is sanctioning over 400 individuals and entities comprised of Russian elites, "
     "the Duma and more than 300 of its members, and defense companies, aligning and strengthening our sanctions in "
     "close coordination and partnership with the EU and G7.",
     [US, RU, "State Duma", EU, "G7"],
     [t(US, SR, "State Duma"), t(US, "partnersWith", EU), t(US, "partnersWith", "G7")]),
    ("f12-06-02", "Today’s actions include: Full blocking sanctions on more than 400 individuals and entities, including "
     "the Duma and its members, additional Russian elites, and Russian defense companies that fuel Putin’s war machine. "
     "This includes: - 328 Duma members and sanctioning the Duma as an entity. - Herman Gref, the head of Russia’s "
     "largest financial institution Sberbank and a Putin advisor since the 1990s. - Russian elite Gennady Timchenko, his "
     "companies and his family members. - 17 board members of Russian financial institution Sovcombank.",
     ["State Duma", RU, "Vladimir Putin", "Herman Gref", "Sberbank", "Gennady Timchenko", "Sovcombank"],
     [t("Herman Gref", ["leads", "worksFor"], "Sberbank"), t("Sberbank", "basedIn", RU),
      t("Sovcombank", "basedIn", RU)]),
    ("f12-06-03", "- 48 Large Russian defense state-owned enterprises that are part of Russia’s defense-industrial base "
     "and produce weapons that have been used in Russia’s assault against Ukraine’s people, infrastructure, and "
     "territory, including Russian Helicopters, Tactical Missiles Corporation, High Precision Systems, NPK Tekhmash OAO, "
     "Kronshtadt.",
     [RU, "Ukraine", "Russian Helicopters", "Tactical Missiles Corporation", "High Precision Systems", "NPK Tekhmash",
      "Kronshtadt"],
     based(["Russian Helicopters", "Tactical Missiles Corporation", "High Precision Systems", "NPK Tekhmash",
            "Kronshtadt"])),
    ("f12-06-04", "Establishment of an initiative focused on sanctions evasions. G7 leaders and the European Union today "
     "announced an initiative to share information about and coordinate responses related to evasive measures intended "
     "to undercut the effectiveness and impact of our joint sanctions actions.",
     ["G7", EU],
     [t("G7", "partnersWith", EU)]),
    # 07 FACT SHEET: United States, G7 and EU Impose Severe and Immediate Costs on Russia, 6 April 2022 (tune)
    ("f12-07-01", "Today, the United States is announcing the following actions: Full blocking sanctions on Russia’s "
     "largest financial institution, Sberbank, and Russia’s largest private bank, Alfa Bank. This action will freeze any "
     "of Sberbank’s and Alfa Bank’s assets touching the U.S financial system and prohibit U.S. persons from doing "
     "business with them.",
     [US, RU, "Sberbank", "Alfa Bank"],
     [t(US, SR, "Sberbank"), t(US, SR, "Alfa Bank")] + based(["Sberbank", "Alfa Bank"])),
    ("f12-07-02", "Sberbank holds nearly one-third of the overall Russian banking sector’s assets and is systemically "
     "critical to the Russian economy. Alfa Bank is Russia’s largest privately-owned financial institution and Russia’s "
     "fourth largest financial institution overall.",
     ["Sberbank", RU, "Alfa Bank"],
     based(["Alfa Bank"])),
    ("f12-07-03", "Full blocking sanctions on critical major Russian state-owned enterprises. This will prohibit any U.S. "
     "person from transacting with these entities and freeze any of their assets subject to U.S. jurisdiction, thereby "
     "damaging the Kremlin’s ability to use these entities it depends on to enable and fund its war in Ukraine. The "
     "Department of Treasury will announce these entities tomorrow.",
     [RU, US, "Ukraine", TRE], []),
    ("f12-07-04", "Full blocking sanctions on Russian elites and their family members, including sanctions on: President "
     "Putin’s adult children, Foreign Minister Lavrov’s wife and daughter, and members of Russia’s Security Council "
     "including former President and Prime Minister of Russia Dmitry Medvedev and Prime Minister Mikhail Mishustin.",
     [RU, "Vladimir Putin", "Sergey Lavrov", "Security Council of Russia", "Dmitry Medvedev", "Mikhail Mishustin"],
     [t("Dmitry Medvedev", "worksFor", "Security Council of Russia"),
      t("Mikhail Mishustin", "worksFor", "Security Council of Russia")]),
    ("f12-07-05", "The U.S. Treasury prohibited Russia from making debt payments with funds subject to U.S. jurisdiction. "
     "Sanctions do not preclude payments on Russian sovereign debt at this time, provided Russia uses funds outside of "
     "U.S. jurisdiction.",
     [TRE, RU, US],
     [t(TRE, RS, RU)]),
    # 08 FACT SHEET: United States and G7 Partners Impose Severe Costs for Putin's War Against Ukraine, 8 May 2022 (check)
    ("f12-08-01", "As a result of our export controls, Russia is struggling to replenish its military weapons and "
     "equipment. Russia’s two major tank plants – Uralvagonzavod Corporation and Chelyabinsk Tractor Plant – have halted "
     "work due to lack of foreign components.",
     [RU, "Uralvagonzavod", "Chelyabinsk Tractor Plant"],
     based(["Uralvagonzavod", "Chelyabinsk Tractor Plant"])),
    ("f12-08-02", "Targeting State-Controlled Media Within Russia That Bolster Putin’s War. The United States will "
     "sanction three of Russia’s most highly-viewed directly or indirectly state-controlled television stations in "
     "Russia – Joint Stock Company Channel One Russia, Television Station Russia-1, and Joint Stock Company NTV "
     "Broadcasting Company.",
     [RU, "Vladimir Putin", US, "Channel One Russia", "Russia-1", "NTV Broadcasting Company"],
     [t(US, SR, x) for x in ("Channel One Russia", "Russia-1", "NTV Broadcasting Company")]
     + based(["Channel One Russia", "Russia-1", "NTV Broadcasting Company"])),
    ("f12-08-03", "These new controls will further limit Russia’s access to items and revenue that could support its "
     "military capabilities. The United States also sanctioned Limited Liability Company Promtekhnologiya, which "
     "produces rifles and other weapons that have been used in military operations in Ukraine; seven shipping "
     "companies, which own or operate 69 vessels; and one marine towing company.",
     [RU, US, "Promtekhnologiya", "Ukraine"],
     [t(US, SR, "Promtekhnologiya")]),
    ("f12-08-04", "The United States also sanctioned eight executives from Sberbank– the largest financial institution in "
     "Russia and uniquely important to the Russian economy, holding about a third of all bank assets in Russia; "
     "twenty-seven executives from Gazprombank – a prominent Russian bank facilitating business by Russia’s Gazprom, one "
     "of the largest natural gas exporters in the world; and Moscow Industrial Bank and its ten subsidiaries.",
     [US, "Sberbank", RU, "Gazprombank", "Gazprom", "Moscow Industrial Bank"],
     [t(US, SR, "Moscow Industrial Bank")] + based(["Sberbank", "Gazprombank", "Gazprom"])),
    # 09 FACT SHEET: United States Takes Further Actions to Counter Sanctions Evasion by Russia, 2 June 2022 (tune)
    ("f12-09-01", "The United States, alongside over 30 partners around the world, has imposed unprecedented sanctions and "
     "export controls to hold President Putin to account for his war against Ukraine, restrict Russia’s access to "
     "critical technology it needs to fund its war machine, and turn Russia into a global financial pariah.",
     [US, "Vladimir Putin", "Ukraine", RU],
     [t(US, SR, RU), t(US, "accuses", "Vladimir Putin")]),
    ("f12-09-02", "Today the United States took further action, several of which have also been targeted by partners and "
     "allies, to crack down on evasion and tighten our sanctions to enhance enforcement and increase pressure on Putin "
     "and his enablers: - The Department of the Treasury is targeting prominent Russian government officials and "
     "business leaders, luxury property of elites, and luxury asset management and service companies key to Russian "
     "attempts to evade sanctions. This includes close Putin associate and money-manager of Putin’s offshore wealth, "
     "Sergei Roldugin and his family members; Putin-linked yachts and Kremlin aligned yacht brokerages including "
     "Imperial Yachts and its CEO which provide services for Vladimir Putin’s inner circle; government ministers "
     "overseeing key sectors integral to the Russian economy; and the President of United Aircraft Corporation, a "
     "state-owned company that plays a leading role in supporting the defense industry and supplying the military’s "
     "destructive activity in Ukraine.",
     [US, "Vladimir Putin", TRE, RU, "Sergei Roldugin", "Imperial Yachts", "United Aircraft Corporation", "Ukraine"],
     [t(TRE, SR, "Sergei Roldugin"), t(TRE, SR, "Imperial Yachts")]),
    ("f12-09-03", "- The Department of State is targeting additional Russian oligarchs and elites close to Putin. This "
     "includes God Nisanov, a close associate of Russian officials.; Maria Zakharova, spokesperson for the Russian "
     "Foreign Ministry; and Alexey Mordashov, one of Russia’s wealthiest billionaires, in addition to his family members "
     "and companies, including one of Russia’s leading domestic steel producers.",
     [DOS, RU, "Vladimir Putin", "God Nisanov", "Maria Zakharova", "Ministry of Foreign Affairs of Russia",
      "Alexey Mordashov"],
     [t(DOS, SR, "God Nisanov"), t(DOS, SR, "Maria Zakharova"), t(DOS, SR, "Alexey Mordashov"),
      t("Maria Zakharova", "worksFor", "Ministry of Foreign Affairs of Russia")]),
    ("f12-09-04", "- The Department of Commerce is further restricting the Russian military’s ability to obtain "
     "technologies and other items it needs to sustain its aggression and project power. This includes adding 71 "
     "parties located in Russia and Belarus to the Entity List, effectively cutting them off from obtaining U.S.-origin "
     "items or foreign-made products derived from certain U.S. technology or software.",
     [DOC, RU, BY, "Entity List", US],
     [t(DOC, RSR, RU)]),
    ("f12-09-05", "Today’s actions across the U.S. government continue to add to expansive economic measures imposed on "
     "Russia to hold it accountable for its unprovoked war in Ukraine. So far, the United States has added 1,000 parties "
     "to Treasury’s Specially Designated Nationals and Blocked Persons List and over 300 parties have been added to "
     "Commerce’s Entity List.",
     [US, RU, "Ukraine", TRE, DOC, "Entity List"],
     [t(US, ASR, RU)]),
    # 10 FACT SHEET: On One Year Anniversary of Russia's Invasion of Ukraine ..., 24 February 2023 (check)
    ("f12-10-01", "Providing additional security assistance for Ukraine: Today, the Department of Defense (DoD) announced "
     "an additional security assistance package for Ukraine under the Ukraine Security Assistance Initiative (USAI).",
     ["Ukraine", DOD, "Ukraine Security Assistance Initiative"],
     [t(DOD, ["suppliesTo", "investsIn"], "Ukraine")]),
    ("f12-10-02", "Imposing extensive sanctions on Russia’s economy: Today, in coordination with G7 partners and allies, "
     "the Departments of the Treasury and State will implement sweeping sanctions against key revenue generating "
     "sectors in order to further degrade Russia’s economy and diminish its ability to wage war against Ukraine.",
     [RU, "G7", TRE, DOS, "Ukraine"],
     [t(TRE, SR, RU), t(DOS, SR, RU)]),
    ("f12-10-03", "Restricting exports to Russia: Today, the Department of Commerce will take several export control "
     "actions, listing nearly 90 Russian and third country companies, including in China among other countries, on the "
     "Entity List for engaging in sanction evasion and backfill activities in support of Russia’s defense sector.",
     [RU, DOC, "China", "Entity List"],
     [t(DOC, RSR, RU)]),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
