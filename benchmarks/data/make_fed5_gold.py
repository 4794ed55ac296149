"""Writes benchmarks/data/fed5-gold.jsonl: passages cut verbatim from ten U.S. federal releases
(benchmarks/data/fed5-sources/, public domain, 17 U.S.C. 105) on the field's events (an Entity List addition, FCC
revocation proceedings against carriers the Chinese government controls, a CHIPS award, State and Treasury designations,
FTC merger challenges, the Justice Department's suit against Apple), none of them in us-gov, fed3, fed4 or real-dev's
SOURCES.md. Annotated by hand per ../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text conventions") and
the precedents of us-gov-gold.jsonl, fed3-gold.jsonl and fed4-gold.jsonl, before `kg` was run on any of them
(29 November 2026).

Split by whole document: odd documents (f5-01, f5-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed5-sources"
OUT = HERE / "fed5-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "the United States",
                                  "U.S. government", "United States government", "U.S. Government"]),
    "China": ("Country", ["People's Republic of China", "PRC", "P.R.C.", "mainland China", "People's Republic of China (PRC)",
                          "PRC government", "Chinese government", "People’s Republic of China (China)"]),
    "Russia": ("Country", ["Russian Federation"]),
    "Iran": ("Country", ["Islamic Republic of Iran"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "U.S. Commerce Department",
                                                       "US Department of Commerce", "Commerce",
                                                       "United States Department of Commerce"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS", "Bureau of Industry and Security (BIS)",
                                                           "U.S. Bureau of Industry and Security"]),
    "U.S. Department of Justice": ("GovernmentBody", ["Justice Department", "Department of Justice", "DOJ",
                                                      "U.S. Justice Department", "Department of Justice (DOJ)"]),
    "U.S. Department of State": ("GovernmentBody", ["Department of State", "State Department", "U.S. State Department", "State"]),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of the Treasury", "Treasury", "Treasury Department",
                                                           "U.S. Treasury"]),
    "Federal Communications Commission": ("GovernmentBody", ["FCC", "the Commission", "Commission",
                                                             "U.S. Federal Communications Commission"]),
    "Federal Trade Commission": ("GovernmentBody", ["FTC", "the Commission", "Commission", "U.S. Federal Trade Commission"]),
    "Entity List": ("Policy", ["BIS Entity List", "U.S. Entity List", "Commerce Entity List"]),
    # 01 BIS, 28 entities added to the Entity List (tune)
    "Pakistan": ("Country", []),
    "Finland": ("Country", []),
    "Oman": ("Country", []),
    "Germany": ("Country", []),
    "United Arab Emirates": ("Country", ["UAE"]),
    "Special Technology Center": ("Company", ["STC"]),
    "Main Intelligence Directorate": ("GovernmentBody", ["GRU", "Main Intelligence Directorate of the General Staff",
                                                        "Main Intelligence Directorate of the General Staff (GRU)"]),
    "Alan Estevez": ("Person", ["Alan F. Estevez", "Estevez"]),
    "Vladimir Putin": ("Person", ["Putin"]),
    "Ukraine": ("Country", []),
    "Thea Kendler": ("Person", ["Thea D. Rozman Kendler", "Kendler"]),
    # 02 FCC, statement on the China Unicom Americas / Pacific Networks / ComNet proceedings (check)
    "Jessica Rosenworcel": ("Person", ["Rosenworcel"]),
    "China Unicom Americas": ("Company", ["China Unicom (Americas) Operations Limited", "China Unicom (Americas)"]),
    "Pacific Networks": ("Company", ["Pacific Networks Corp.", "Pacific Networks Corp"]),
    "ComNet": ("Company", ["ComNet (USA) LLC", "ComNet (USA)"]),
    "China Mobile USA": ("Company", ["China Mobile International", "China Mobile International USA"]),
    # 03 Commerce, CHIPS award to Texas Instruments (tune)
    "Texas Instruments": ("Company", ["TI", "Texas Instruments (TI)", "Texas Instruments Inc"]),
    "Texas": ("Region", []),
    "Utah": ("Region", []),
    "Gina Raimondo": ("Person", ["Gina M. Raimondo", "Raimondo"]),
    "Natalie Quillian": ("Person", ["Quillian"]),
    "White House": ("GovernmentBody", ["the White House"]),
    # 04 State, designation of Iranian procurement networks (check)
    "Mike Pompeo": ("Person", ["Michael R. Pompeo", "Pompeo"]),
    "Iran Communications Industries": ("Company", ["ICI"]),
    "Iran Electronics Industries": ("Company", ["IEI"]),
    "Ministry of Defense and Armed Forces Logistics": ("GovernmentBody", [
        "Iran's Ministry of Defense and Armed Forces Logistics", "MODAFL",
        "Ministry of Defense and Armed Forces Logistics (MODAFL)"]),
    "Executive Order 13382": ("Policy", ["E.O. 13382"]),
    "Office of Foreign Assets Control": ("GovernmentBody", ["OFAC"]),
    "Specially Designated Nationals List": ("Policy", ["SDN List", "Specially Designated Nationals (SDN) List"]),
    # 05 FCC, statement on the China Unicom Americas revocation (tune)
    "Senate Permanent Subcommittee on Investigations": ("GovernmentBody", ["Permanent Subcommittee on Investigations"]),
    "International Bureau": ("GovernmentBody", ["FCC International Bureau"]),
    "Enforcement Bureau": ("GovernmentBody", ["FCC Enforcement Bureau"]),
    "Wireline Competition Bureau": ("GovernmentBody", ["FCC Wireline Competition Bureau"]),
    # 06 FTC, Bureau of Competition listing (check)
    "ARKO": ("Company", ["ARKO Corp.", "ARKO Corp", "ARKO/GPM Investments"]),
    "GPM Investments": ("Company", ["GPM"]),
    "Corrigan Oil Company": ("Company", ["Corrigan", "Corrigan Oil"]),
    "Express Stop": ("Company", []),
    "Michigan": ("Region", []),
    "Ohio": ("Region", []),
    "Meta Platforms": ("Company", ["Meta", "Meta Platforms, Inc.", "Facebook Inc.", "Facebook Inc", "Facebook, Inc."]),
    "Mark Zuckerberg": ("Person", ["Zuckerberg"]),
    "Within Unlimited": ("Company", ["Within"]),
    "Supernatural": ("Product", []),
    "Beat Saber": ("Product", []),
    # 07 State, INKSNA sanctions (tune)
    "Iraq": ("Country", []),
    "Turkey": ("Country", ["Türkiye"]),
    "Iran, North Korea, and Syria Nonproliferation Act": ("Policy", ["INKSNA"]),
    "Luo Dingwen": ("Person", []),
    "Baoding Shimaotong Enterprises Services Company Limited": ("Company", ["Baoding Shimaotong"]),
    "Gaobeidian Kaituo Precise Instrument": ("Company", ["Gaobeidian Kaituo Precise Instrument Co. Ltd",
                                                        "Gaobeidian Kaituo Precise Instrument Co. Ltd."]),
    "Wuhan Sanjiang Import and Export": ("Company", ["Wuhan Sanjiang Import and Export Co., Ltd",
                                                    "Wuhan Sanjiang Import and Export Co., Ltd."]),
    "Eren Carbon Graphite Industrial Trading Company": ("Company", ["Eren Carbon Graphite Industrial Trading Company, Ltd",
                                                                   "Eren Carbon Graphite"]),
    # 08 DOJ, Attorney General's remarks on the Apple lawsuit (check)
    "District of Columbia": ("GovernmentBody", ["the District of Columbia", "D.C."]),
    "Apple": ("Company", ["Apple Inc", "Apple Inc."]),
    "U.S. District Court for the District of New Jersey": ("GovernmentBody", ["District of New Jersey",
                                                                             "U.S. District Count for the District of New Jersey"]),
    "Sherman Act": ("Policy", ["Sherman Antitrust Act", "Section 2 of the Sherman Antitrust Act"]),
    "iPhone": ("Product", ["Apple iPhone"]),
    # 09 FTC, adjudicative proceedings listing (tune)
    "Microsoft": ("Company", ["Microsoft Corp.", "Microsoft Corp", "Microsoft Corporation"]),
    "Activision Blizzard": ("Company", ["Activision Blizzard, Inc.", "Activision Blizzard Inc", "Activision"]),
    "Call of Duty": ("Product", []),
    "World of Warcraft": ("Product", []),
    "Diablo": ("Product", []),
    "Overwatch": ("Product", []),
    "Xbox": ("Product", ["Xbox gaming console", "Xbox gaming consoles"]),
    "Xbox Game Pass": ("Product", []),
    "GTCR BC Holdings": ("Company", ["GTCR BC Holdings, LLC", "GTCR", "GTCR BC Holdings LLC"]),
    "Surmodics": ("Company", ["Surmodics, Inc.", "Surmodics Inc"]),
    # 10 FTC, competition listing (check)
    "Edith Ramirez": ("Person", ["Ramirez"]),
    "Julie Brill": ("Person", ["Brill"]),
    "Ferrellgas Partners": ("Company", ["Ferrellgas Partners, L.P.", "Ferrellgas"]),
    "Valvoline": ("Company", ["Valvoline Inc.", "Valvoline Inc"]),
    "Greenbriar Equity Fund V": ("Company", ["Greenbriar Equity Fund V, L.P", "Greenbriar Equity Fund V., L.P.", "Greenbriar"]),
    "Main Street Auto": ("Company", ["Main Street Auto, LLC"]),
    "Caremark Rx": ("Company", ["Caremark"]),
    "Zinc Health Services": ("Company", []),
    "Express Scripts": ("Company", ["ESI", "Express Scripts (ESI)"]),
    "OptumRx": ("Company", []),
    "Synopsys": ("Company", ["Synopsys, Inc.", "Synopsys Inc"]),
    "Ansys": ("Company", ["ANSYS, Inc.", "Ansys, Inc.", "ANSYS"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


SR = ["sanctions", "restricts"]
LW = ["leads", "worksFor"]
SA = ["sues", "accuses"]
SAR = ["sues", "accuses", "regulates"]
RSA = ["regulates", "sues", "accuses"]

# (id, text, entities named in the passage, triples)
P = [
    # 01 BIS, 28 entities added to the Entity List (tune)
    ("f5-01-01", "Commerce Adds 28 Entities To Entity List For Conspiracy To Violate U.S. Export Controls And Other Activities "
     "Contrary To U.S. National Security Interests\nWASHINGTON, D.C. – Today, the Commerce Department’s Bureau of Industry and "
     "Security (BIS) released a rule adding 28 entities to the Entity List, 11 of which are based in the People’s Republic of "
     "China (China), 5 in Russia, 5 in Pakistan, along with others located in Finland, Oman, Germany, and the United Arab "
     "Emirates (UAE). The entities listed in today’s action were added to the Entity List for having been involved, being "
     "involved, or posing a significant risk of being or becoming involved in activities contrary to the national security or "
     "foreign policy of the United States.",
     ["U.S. Department of Commerce", "Entity List", "United States", "Bureau of Industry and Security", "China", "Russia",
      "Pakistan", "Finland", "Oman", "Germany", "United Arab Emirates"],
     [t("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")]),
    ("f5-01-02", "Among those entities listed today, nine entities under the destinations of China, Finland, Germany, and Russia "
     "have been implicated in a conspiracy to violate U.S. export controls, including a scheme to supply the Special Technology "
     "Center, an entity on the BIS Entity List, with components to make unmanned aerial vehicles (UAVs) for Russia’s Main "
     "Intelligence Directorate of the General Staff (GRU).",
     ["China", "Finland", "Germany", "Russia", "United States", "Special Technology Center", "Bureau of Industry and Security",
      "Entity List", "Main Intelligence Directorate"],
     [t("Bureau of Industry and Security", SR, "Special Technology Center")]),
    ("f5-01-03", "“Our actions send a clear message to those trying to evade our export controls that there will be consequences "
     "for behavior that seeks to undermine U.S. national security interests,” said Under Secretary of Commerce for Industry and "
     "Security Alan Estevez. “We will not hesitate to take swift and meaningful action against those who continue seeking to "
     "supply and support Putin’s illegal and immoral war in Ukraine.”",
     ["United States", "U.S. Department of Commerce", "Alan Estevez", "Vladimir Putin", "Ukraine"],
     [t("Alan Estevez", "worksFor", "U.S. Department of Commerce")]),
    ("f5-01-04", "“We have been clear that we will not hesitate to take action when national security is at stake,” said "
     "Assistant Secretary of Commerce for Export Administration Thea D. Rozman Kendler. “We continue to impose export "
     "restrictions on entities supporting weapons of mass destruction or military activities of concern in China, Iran, and "
     "Russia.”",
     ["U.S. Department of Commerce", "Thea Kendler", "China", "Iran", "Russia"],
     [t("Thea Kendler", "worksFor", "U.S. Department of Commerce")]),
    # 02 FCC, statement on the China Unicom Americas, Pacific Networks and ComNet proceedings (check)
    ("f5-02-01", "STATEMENT OF ACTING CHAIRWOMAN JESSICA ROSENWORCEL Re: China Unicom (Americas) Operations Limited, GN Docket No. "
     "20-110, ITC-214-20020728-00361, ITC-214-20020724-00427; Pacific Networks Corp. and ComNet (USA) LLC, GN Docket No. 20-111, "
     "ITC-214-20090105-00006, ITC-214-20090424-00199. In the United States, we have long recognized that the free flow of "
     "information across borders and between countries is vital to our economic growth and vibrancy. That is why the Federal "
     "Communications Commission has a history of working to open American markets to foreign telecommunications companies, when "
     "doing so is in the public interest. More often than not, these connections make us stronger because they help us share "
     "our democratic values with the rest of the world.",
     ["Jessica Rosenworcel", "China Unicom Americas", "Pacific Networks", "ComNet", "United States",
      "Federal Communications Commission"], []),
    ("f5-02-02", "But not all connections are in the United States’ national security interest. We know some countries may seek "
     "to exploit our openness to advance their own national interests. And when we cannot mitigate that risk, we need to take "
     "action to protect the networks that are important to our national security and economic prosperity.",
     ["United States"], []),
    ("f5-02-03", "That is what we do today. We institute proceedings to revoke the domestic authority and international "
     "authorizations issued to three companies: China Unicom Americas, Pacific Networks, and ComNet. The evidence compiled in "
     "our proceedings confirms that these companies are indirectly owned and controlled by the Chinese government. As a result, "
     "there is strong reason to believe that they will have to comply with requests from the Chinese government and advance its "
     "goals and policies. Moreover, Executive Branch agencies have concluded that mitigation measures would not be able to "
     "address the significant national security and law enforcement concerns raised here.",
     ["China Unicom Americas", "Pacific Networks", "ComNet", "China"],
     [t("China", "owns", "China Unicom Americas"),
      t("China", "owns", "Pacific Networks"),
      t("China", "owns", "ComNet")]),
    ("f5-02-04", "The actions we take today are consistent with our 2019 decision to deny China Mobile USA’s application for FCC "
     "authorization.",
     ["China Mobile USA", "Federal Communications Commission"], []),
    # 03 Commerce, CHIPS award to Texas Instruments, 23 December 2024 (tune)
    ("f5-03-01", "Biden-Harris Administration Announces CHIPS Incentives Award with Texas Instruments to Expand U.S. Capacity of "
     "Current-Generation and Mature-Node Chips\nThe Biden-Harris Administration announced that the U.S. Department of Commerce "
     "awarded Texas Instruments (TI) up to $1.61 billion in direct funding under the CHIPS Incentives Program’s Funding "
     "Opportunity for Commercial Fabrication Facilities. The award follows the previously signed preliminary memorandum of "
     "terms, announced on August 16, 2024, and the completion of the Department’s due diligence. This funding will support TI’s "
     "investment of more than $18 billion through the end of the decade to construct three new state-of-the-art facilities, "
     "including two in Texas and one in Utah. The Department will distribute the funds based on TI’s completion of project "
     "milestones.",
     ["Texas Instruments", "United States", "U.S. Department of Commerce", "Texas", "Utah"],
     [t("U.S. Department of Commerce", "investsIn", "Texas Instruments")]),
    ("f5-03-02", "“Shortages of current-generation and mature-node semiconductors were one of the driving forces behind supply "
     "chain disruptions during the pandemic, fueling innovation and putting our national security at risk,” said U.S. Secretary "
     "of Commerce Gina Raimondo. “With this major investment in TI to expand U.S. capacity of these foundational semiconductors, "
     "we are strengthening our economic security, making our country safer, and creating thousands of jobs in Texas and Utah.”",
     ["United States", "U.S. Department of Commerce", "Gina Raimondo", "Texas Instruments", "Texas", "Utah"],
     [t("Gina Raimondo", LW, "U.S. Department of Commerce")]),
    ("f5-03-03", "“Today’s final agreement with Texas Instruments continues to expand production in the U.S. for the foundational "
     "chips that power all electronic systems,” said Natalie Quillian, White House Deputy Chief of Staff. “The Biden-Harris "
     "Administration continues to onshore semiconductor manufacturing at a rapid pace, with over $32 billion invested catalyzing "
     "over $400 billion private funds to date, strengthening America’s supply-chain resilience and creating tens of thousands of "
     "good-paying American jobs.”",
     ["Texas Instruments", "United States", "Natalie Quillian", "White House"],
     [t("Natalie Quillian", "worksFor", "White House")]),
    # 04 State, designation of Iranian procurement networks, November 2020 (check)
    ("f5-04-01", "Designation of Iranian Procurement Networks\n\nMichael R. Pompeo, Secretary of State\n\nOn November 10, 2020 the "
     "Department of the Treasury designated an international network of six companies and four individuals for facilitating the "
     "procurement of sensitive goods, including U.S.-origin electronic components, for Iran Communications Industries (ICI).  ICI "
     "is a sanctioned Iranian military firm and a subsidiary of Iran Electronics Industries, which falls under Iran’s Ministry of "
     "Defense and Armed Forces Logistics (MODAFL).",
     ["Iran", "Mike Pompeo", "U.S. Department of State", "U.S. Department of the Treasury", "United States",
      "Iran Communications Industries", "Iran Electronics Industries", "Ministry of Defense and Armed Forces Logistics"],
     [t("Mike Pompeo", LW, "U.S. Department of State"),
      t("Iran Communications Industries", "basedIn", "Iran"),
      t("Iran Electronics Industries", "owns", "Iran Communications Industries"),
      t("Ministry of Defense and Armed Forces Logistics", "owns", "Iran Electronics Industries")]),
    ("f5-04-02", "These individuals and entities were designated under Executive Order 13382, which targets proliferators of "
     "weapons of mass destruction (WMD) or WMD delivery systems, and their supporters.  In addition to a freeze on any U.S. "
     "assets, the sanctioned individuals will be denied access to the U.S. financial system and listed on the Office of Foreign "
     "Assets Control’s Specially Designated Nationals (SDN) List.",
     ["Executive Order 13382", "United States", "Office of Foreign Assets Control", "Specially Designated Nationals List"], []),
    ("f5-04-03", "This action is another warning that those who do business with Iran’s military and proliferation-sensitive "
     "industries are running the risk of being sanctioned.  The United States will continue to use all tools at our deposal to "
     "prevent the Iranian regime from threatening regional and global stability and security.",
     ["Iran", "United States"], []),
    # 05 FCC, statement on the China Unicom Americas revocation (tune)
    ("f5-05-01", "STATEMENT OF CHAIRWOMAN JESSICA ROSENWORCEL Re: China Unicom (Americas) Operations Limited, GN Docket No. 20-110, "
     "ITC-214-20020728-00361; ITC-214-20020724-00427 Today we take another critical step to protect our communications networks "
     "from foreign national security threats. We direct China Unicom Americas to discontinue any domestic or international "
     "services that it provides pursuant to its section 214 authority. We reach this decision carefully. To understand why "
     "requires a bit of history.",
     ["Jessica Rosenworcel", "China Unicom Americas"], []),
    ("f5-05-02", "It was more than two decades ago that China Unicom Americas first received section 214 authorization from the "
     "Federal Communications Commission to provide domestic and international service in the United States. But since that "
     "time, the national security landscape has shifted and there has been mounting evidence—and with it, a growing "
     "concern—that Chinese state-owned carriers pose a real threat to the security of our telecommunications networks. As a "
     "result, in 2019, the Commission denied China Mobile USA the authority to enter the United States market for national "
     "security reasons.",
     ["China Unicom Americas", "Federal Communications Commission", "United States", "China", "China Mobile USA"],
     [t("Federal Communications Commission", "regulates", "China Unicom Americas"),
      t("Federal Communications Commission", ["restricts", "regulates"], "China Mobile USA")]),
    ("f5-05-03", "In 2020, the Senate Permanent Subcommittee on Investigations issued a report on the threats associated with "
     "Chinese state-owned carriers operating in the United States. At roughly the same time, the FCC took steps to consider the "
     "threat posed by China Unicom Americas. That’s because China Unicom Americas shares the characteristics highlighted by our "
     "national security agencies with respect to China Mobile USA.",
     ["Senate Permanent Subcommittee on Investigations", "China", "United States", "Federal Communications Commission",
      "China Unicom Americas", "China Mobile USA"],
     [t("Federal Communications Commission", "regulates", "China Unicom Americas")]),
    ("f5-05-04", "Accordingly, the International Bureau, the Enforcement Bureau, and the Wireline Competition Bureau issued an "
     "Order to Show Cause to China Unicom Americas that directed the company to demonstrate why the agency should not initiate a "
     "proceeding to revoke its domestic and international section 214 authority. Once China Unicom Americas responded, the FCC "
     "reached out to its national security partners for their perspective and expertise.",
     ["International Bureau", "Enforcement Bureau", "Wireline Competition Bureau", "China Unicom Americas",
      "Federal Communications Commission"],
     [t("International Bureau", "regulates", "China Unicom Americas"),
      t("Enforcement Bureau", "regulates", "China Unicom Americas"),
      t("Wireline Competition Bureau", "regulates", "China Unicom Americas")]),
    # 06 FTC, Bureau of Competition listing (check)
    ("f5-06-01", "ARKO/GPM Investments, In the Matter of\n\nThe Federal Trade Commission required ARKO Corp. and its subsidiary GPM "
     "to roll back anticompetitive provisions of their acquisition of 60 Express Stop retail fuel outlets from Corrigan Oil "
     "Company last year. The complaint alleged that as originally proposed, the agreement not to compete that ARKO and GPM "
     "required Corrigan to sign as part of the acquisition harmed customers in local retail gasoline and retail diesel fuel "
     "markets throughout Michigan and Ohio.",
     ["ARKO", "GPM Investments", "Federal Trade Commission", "Express Stop", "Corrigan Oil Company", "Michigan", "Ohio"],
     [t("ARKO", "owns", "GPM Investments"),
      t("Federal Trade Commission", RSA, "ARKO"),
      t("Federal Trade Commission", RSA, "GPM Investments")]),
    ("f5-06-02", "The order required them to amend a non-compete agreement they imposed on Corrigan, agree to obtain prior approval "
     "from the Commission before acquiring retail fuel assets under certain circumstances, and return to Corrigan five retail "
     "fuel outlets, among other provisions.  On Aug. 9, 2022, the Commission announced the final consent agreement in this "
     "matter.",
     ["Corrigan Oil Company", "Federal Trade Commission"], []),
    ("f5-06-03", "Meta Platforms, Inc./Mark Zuckerberg/Within Unlimited, FTC v.\n\nThe Federal Trade Commission authorized a "
     "lawsuit in federal court to block the proposed merger between virtual reality (VR) giant Meta and Within Unlimited, the VR "
     "studio that markets Supernatural, a leading VR fitness app. Formerly known as Facebook Inc., Meta sells the most widely "
     "used VR headset, operates a widely used VR app store, and already owns many popular VR apps, including Beat Saber, "
     "reportedly one of the best-selling VR apps of all time, which it markets for fitness use. The agency alleges that Meta’s "
     "proposed acquisition of Within would stifle competition and dampen innovation in the dynamic, rapidly growing U.S. markets "
     "for fitness and dedicated-fitness VR apps.",
     ["Meta Platforms", "Mark Zuckerberg", "Within Unlimited", "Federal Trade Commission", "Supernatural", "Beat Saber",
      "United States"],
     [t("Federal Trade Commission", ["sues", "accuses", "regulates", "restricts"], "Meta Platforms"),
      t("Federal Trade Commission", ["sues", "regulates", "restricts"], "Within Unlimited"),
      t("Within Unlimited", ["develops", "owns", "launches"], "Supernatural"),
      t("Meta Platforms", ["owns", "develops"], "Beat Saber"),
      t("Meta Platforms", "acquires", "Within Unlimited")]),
    # 07 State, INKSNA sanctions on 13 entities and individuals (tune)
    ("f5-07-01", "The United States is sanctioning 13 foreign entities and individuals in China, Iraq, Russia, and Turkey pursuant "
     "to the Iran, North Korea, and Syria Nonproliferation Act (INKSNA).  This action includes new sanctions against five "
     "entities/individuals in China (Luo Dingwen, Baoding Shimaotong Enterprises Services Company Limited, Gaobeidian Kaituo "
     "Precise Instrument Co. Ltd , and Wuhan Sanjiang Import and Export Co., Ltd) and Turkey (Eren Carbon Graphite Industrial "
     "Trading Company, Ltd) for supporting Iran’s missile program.  The Chinese individual Luo Dingwen has also been involved in "
     "supplying sensitive items to Pakistan’s weapons program.",
     ["United States", "China", "Iraq", "Russia", "Turkey", "Iran, North Korea, and Syria Nonproliferation Act", "Luo Dingwen",
      "Baoding Shimaotong Enterprises Services Company Limited", "Gaobeidian Kaituo Precise Instrument",
      "Wuhan Sanjiang Import and Export", "Eren Carbon Graphite Industrial Trading Company", "Iran", "Pakistan"],
     [t("United States", SR, "Luo Dingwen"),
      t("United States", SR, "Baoding Shimaotong Enterprises Services Company Limited"),
      t("United States", SR, "Gaobeidian Kaituo Precise Instrument"),
      t("United States", SR, "Wuhan Sanjiang Import and Export"),
      t("United States", SR, "Eren Carbon Graphite Industrial Trading Company"),
      t("Baoding Shimaotong Enterprises Services Company Limited", "basedIn", "China"),
      t("Gaobeidian Kaituo Precise Instrument", "basedIn", "China"),
      t("Wuhan Sanjiang Import and Export", "basedIn", "China"),
      t("Eren Carbon Graphite Industrial Trading Company", "basedIn", "Turkey"),
      t("Luo Dingwen", "suppliesTo", "Pakistan")]),
    ("f5-07-02", "The recent determinations were the result of a periodic review of sanctionable activity as required by INKSNA.  "
     "We have imposed two-year discretionary sanctions on the 13 individuals/entities identified in this report.",
     ["Iran, North Korea, and Syria Nonproliferation Act"], []),
    # 08 DOJ, Attorney General's remarks on the lawsuit against Apple, 21 March 2024 (check)
    ("f5-08-01", "Good morning. Earlier today, the Department of Justice, joined by 15 states and the District of Columbia sued "
     "Apple in the U.S. District Count for the District of New Jersey for violating Section 2 of the Sherman Antitrust Act. Over "
     "the last two decades, Apple has become one of the most valuable public companies in the world.",
     ["U.S. Department of Justice", "District of Columbia", "Apple", "U.S. District Court for the District of New Jersey",
      "Sherman Act"],
     [t("U.S. Department of Justice", SA, "Apple"),
      t("District of Columbia", SA, "Apple")]),
    ("f5-08-02", "Today, its net income exceeds the individual Gross Domestic Product of more than 100 countries. That is in large "
     "part due to the success of the iPhone, Apple’s signature smartphone product. For over a decade, iPhone sales have made up "
     "a majority of Apple's annual revenue.",
     ["iPhone", "Apple"],
     [t("Apple", ["develops", "manufactures", "launches"], "iPhone")]),
    ("f5-08-03", "Today, Apple's share of the U.S. performance smartphone market exceeds 70%, and its share of the entire U.S. "
     "smartphone market exceeds 65%. Apple charges as much as nearly $1,600 for an iPhone. But as our complaint alleges, Apple "
     "has maintained monopoly power in the smartphone market not simply by staying ahead of the competition on the merits, but "
     "by violating federal antitrust law. Consumers should not have to pay higher prices because companies break the law.",
     ["Apple", "United States", "iPhone"],
     [t("Apple", "suppliesTo", "United States")]),
    ("f5-08-04", "We allege that Apple has employed a strategy that relies on exclusionary, anticompetitive conduct that hurts both "
     "consumers and developers. For consumers, that has meant fewer choices; higher prices and fees; lower quality smartphones, "
     "apps, and accessories; and less innovation from Apple and its competitors. For developers, that has meant being forced to "
     "play by rules that insulate Apple from competition.",
     ["Apple"], []),
    # 09 FTC, adjudicative proceedings listing (tune)
    ("f5-09-01", "The Federal Trade Commission authorized an administrative complaint against the proposed merger between "
     "Microsoft Corp. and Activision Blizzard, Inc., a video game developer that creates and publishes games such as Call of "
     "Duty, World of Warcraft, Diablo, and Overwatch. Microsoft sells the Xbox gaming console and also offers a video game "
     "subscription service called Xbox Game Pass, as well as a cloud-based video game streaming service. The agency alleges "
     "that the deal would enable Microsoft to suppress competitors to its Xbox gaming consoles and its rapidly growing "
     "subscription and cloud-gaming business.",
     ["Federal Trade Commission", "Microsoft", "Activision Blizzard", "Call of Duty", "World of Warcraft", "Diablo",
      "Overwatch", "Xbox", "Xbox Game Pass"],
     [t("Federal Trade Commission", SAR, "Microsoft"),
      t("Federal Trade Commission", SAR, "Activision Blizzard"),
      t("Activision Blizzard", ["develops", "launches"], "Call of Duty"),
      t("Activision Blizzard", ["develops", "launches"], "World of Warcraft"),
      t("Activision Blizzard", ["develops", "launches"], "Diablo"),
      t("Activision Blizzard", ["develops", "launches"], "Overwatch"),
      t("Microsoft", ["develops", "manufactures"], "Xbox"),
      t("Microsoft", ["develops", "owns", "launches"], "Xbox Game Pass")]),
    ("f5-09-02", "The Commission withdrew the matter from adjudication in July 2023, and returned it to adjudication on September "
     "26, 2023. The evidentiary hearing will commence 21 days after the issuance of the district court's decision in FTC v. "
     "Microsoft.",
     ["Federal Trade Commission", "Microsoft"],
     [t("Federal Trade Commission", "sues", "Microsoft")]),
    ("f5-09-03", "In some situations the FTC files a complaint under its administrative process instead of taking the case to a "
     "federal court. This is called an adjudicative proceeding. The party can decide to settle with us or they can contest the "
     "charges. If they contest the case it is heard before an administrative law judge in a trial-type proceeding. The Legal "
     "Library has information about cases brought by us before an administrative law judge.",
     ["Federal Trade Commission"], []),
    ("f5-09-04", "GTCR BC Holdings, LLC and Surmodics, Inc., In the Matter of\nThe Federal Trade Commission issued an administrative "
     "complaint to challenge GTCR BC Holdings, LLC’s acquisition of Surmodics, Inc., alleging that the deal, which seeks to "
     "combine the two largest manufacturers of critical medical device coatings, is anticompetitive. The FTC charges that "
     "private equity firm GTCR’s proposed acquisition of Surmodics would create a combined company controlling more than 50% of "
     "the market for outsourced hydrophilic coatings. These coatings are often used by medical device manufacturers and are "
     "applied to lifesaving medical devices such as catheters and guidewires.",
     ["GTCR BC Holdings", "Surmodics", "Federal Trade Commission"],
     [t("Federal Trade Commission", SAR, "GTCR BC Holdings"),
      t("Federal Trade Commission", SAR, "Surmodics"),
      t("GTCR BC Holdings", "acquires", "Surmodics")]),
    # 10 FTC, competition listing (check)
    ("f5-10-01", "Statement of Chairwoman Edith Ramirez and Commissioner Julie Brill Federal Trade Commission - In the Matter of "
     "Ferrellgas Partners, L.P., et al.",
     ["Edith Ramirez", "Julie Brill", "Federal Trade Commission", "Ferrellgas Partners"],
     [t("Edith Ramirez", LW, "Federal Trade Commission"),
      t("Julie Brill", "worksFor", "Federal Trade Commission")]),
    ("f5-10-02", "FTC Requires Divestiture of Oil Change Shops in Valvoline-Greenbriar Deal\nValvoline Inc./Greenbriar Equity Fund "
     "V, L.P\nThe Federal Trade Commission will require automotive services company Valvoline Inc. and private equity firm "
     "Greenbriar Equity Fund V., L.P. (Greenbriar) to divest 45 quick-lube oil change shops to resolve antitrust concerns "
     "surrounding their $625 million deal. Main Street Auto, LLC will acquire the divested outlets from Greenbriar under the "
     "terms of the FTC’s proposed divestiture order.",
     ["Federal Trade Commission", "Valvoline", "Greenbriar Equity Fund V", "Main Street Auto"],
     [t("Federal Trade Commission", "regulates", "Valvoline"),
      t("Federal Trade Commission", "regulates", "Greenbriar Equity Fund V")]),
    ("f5-10-03", "Caremark Rx, Zinc Health Services, et al., In the Matter of (Insulin)\nThe FTC filed a lawsuit against the three "
     "largest prescription drug benefit managers (PBMs)—Caremark Rx, Express Scripts (ESI), and OptumRx—and their affiliated "
     "group purchasing organizations (GPOs) for engaging in anticompetitive and unfair rebating practices that have artificially "
     "inflated the list price of insulin drugs.",
     ["Caremark Rx", "Zinc Health Services", "Federal Trade Commission", "Express Scripts", "OptumRx"],
     [t("Federal Trade Commission", SA, "Caremark Rx"),
      t("Federal Trade Commission", SA, "Express Scripts"),
      t("Federal Trade Commission", SA, "OptumRx")]),
    ("f5-10-04", "FTC Approves Final Divestiture Order in Synopsys and Ansys Deal\nSynopsys, Inc. and ANSYS, Inc., In the Matter "
     "of\nThe Federal Trade Commission will require Synopsys, Inc. and Ansys, Inc., under a proposed consent order, to divest "
     "certain assets to resolve antitrust concerns surrounding their $35 billion merger. The proposed consent order settles FTC "
     "allegations that Synopsys’s acquisition of Ansys is anticompetitive across three markets – optical software tools, "
     "photonic software tools for designing and simulating photonic devices, and RTL power consumption analysis tools. The FTC "
     "finalized the consent order on October 17, 2025.",
     ["Federal Trade Commission", "Synopsys", "Ansys"],
     [t("Federal Trade Commission", ["regulates", "accuses"], "Synopsys"),
      t("Federal Trade Commission", ["regulates", "accuses"], "Ansys"),
      t("Synopsys", "acquires", "Ansys")]),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
