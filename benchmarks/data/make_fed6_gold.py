"""Writes benchmarks/data/fed6-gold.jsonl: passages cut verbatim from ten U.S. federal releases
(benchmarks/data/fed6-sources/, public domain, 17 U.S.C. 105) of kinds the earlier sets have few of: temporary denial
orders and their renewal (BIS), additions to the UFLPA Entity List (DHS), FTC merger challenges (two listings), the
SEC's FCPA enforcement listing, a State statement on Treasury designations, and the Justice Department's summary of
export prosecutions; none of them in us-gov, fed3, fed4, fed5 or real-dev's SOURCES.md. Annotated by hand per
../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text conventions") and the precedents of the earlier sets
(benchmarks/data/README.md), before `kg` was run on any of them (29 November 2026).

Split by whole document: odd documents (f6-01, f6-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed6-sources"
OUT = HERE / "fed6-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "the United States",
                                  "U.S. government", "United States government", "U.S. Government", "U.s."]),
    "China": ("Country", ["People's Republic of China", "PRC", "People’s Republic of China", "mainland China",
                          "People’s Republic of China (PRC)", "Chinese government"]),
    "Russia": ("Country", ["Russian Federation"]),
    "Iran": ("Country", ["Islamic Republic of Iran"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "U.S. Commerce Department",
                                                       "US Department of Commerce", "Commerce",
                                                       "United States Department of Commerce"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS", "Bureau of Industry and Security (BIS)",
                                                           "U.S. Bureau of Industry and Security"]),
    "U.S. Department of Justice": ("GovernmentBody", ["Justice Department", "Department of Justice", "DOJ",
                                                      "U.S. Justice Department", "Department of Justice (DOJ)"]),
    "Federal Trade Commission": ("GovernmentBody", ["FTC", "the Commission", "Commission", "U.S. Federal Trade Commission"]),
    "Matthew Axelrod": ("Person", ["Matthew S. Axelrod", "Axelrod"]),
    # 01 BIS, TDO on Rossiya Airlines (tune)
    "Rossiya Airlines": ("Company", ["Rossiya"]),
    "Roman Abramovich": ("Person", ["Abramovich"]),
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "Alan Estevez": ("Person", ["Alan F. Estevez", "Estevez"]),
    "Vladimir Putin": ("Person", ["Putin"]),
    # 02 BIS, TDOs on Nordwind, Pobeda and S7 (check)
    "Nordwind Airlines": ("Company", ["Nordwind"]),
    "Pobeda Airlines": ("Company", ["Pobeda"]),
    "S7 Airlines": ("Company", ["S7"]),
    "Ukraine": ("Country", []),
    "Commerce Control List": ("Policy", ["CCL"]),
    # 03 DHS, three companies added to the UFLPA Entity List (tune)
    "U.S. Department of Homeland Security": ("GovernmentBody", ["Department of Homeland Security", "DHS", "U.S. Department of Homeland Security (DHS)",
                                                               "Homeland Security"]),
    "Forced Labor Enforcement Task Force": ("GovernmentBody", ["FLETF", "Forced Labor Enforcement Task Force (FLETF)"]),
    "Uyghur Forced Labor Prevention Act": ("Policy", ["UFLPA"]),
    "UFLPA Entity List": ("Policy", ["Uyghur Forced Labor Prevention Act (UFLPA) Entity List"]),
    "Xinjiang": ("Region", ["Xinjiang Uyghur Autonomous Region", "XUAR"]),
    "Alejandro Mayorkas": ("Person", ["Alejandro N. Mayorkas", "Mayorkas"]),
    # 05 FTC listing: Lockheed/Aerojet, Nvidia/Arm (tune)
    "Lockheed Martin": ("Company", ["Lockheed Martin Corporation", "Lockheed"]),
    "Aerojet Rocketdyne": ("Company", ["Aerojet Rocketdyne Holdings Inc.", "Aerojet Rocketdyne Holdings Inc", "Aerojet"]),
    "Lina Khan": ("Person", ["Lina M. Khan", "Khan"]),
    "Nvidia": ("Company", ["Nvidia Corp.", "Nvidia Corp", "NVIDIA"]),
    "Arm": ("Company", ["Arm Ltd.", "Arm Ltd", "Arm Holdings"]),
    "SoftBank Group": ("Company", ["Softbank Group Corp.", "SoftBank Group Corp", "Softbank Group Corp", "SoftBank"]),
    "United Kingdom": ("Country", ["UK", "U.K.", "Britain"]),
    # 06 FTC manufacturing listing: IDT/PLX, Magnesium Elektron (check)
    "Integrated Device Technology": ("Company", ["Integrated Device Technology, Inc.", "Integrated Device Technology, Inc"]),
    "PLX Technology": ("Company", ["PLX Technology, Inc.", "PLX Technology, Inc"]),
    "Magnesium Elektron": ("Company", ["Magnesium Elektron North America, Inc.", "Magnesium Elektron North America"]),
    "Revere Graphics Worldwide": ("Company", ["Revere Graphics Worldwide, Inc.", "Revere Graphics"]),
    "Universal Engraving": ("Company", []),
    "Kansas": ("Region", []),
    # 07 SEC, FCPA enforcement actions (tune)
    "Securities and Exchange Commission": ("GovernmentBody", ["SEC", "U.S. Securities and Exchange Commission"]),
    "SEC Enforcement Division": ("GovernmentBody", ["Enforcement Division", "SEC's Enforcement Division"]),
    "Foreign Corrupt Practices Act": ("Policy", ["FCPA", "Foreign Corrupt Practices Act (FCPA)"]),
    "AAR": ("Company", ["AAR CORP.", "AAR Corp.", "AAR Corp"]),
    "Illinois": ("Region", []),
    "Nepal": ("Country", []),
    "South Africa": ("Country", []),
    "Deepak Sharma": ("Person", ["Sharma"]),
    "Airbus": ("Company", []),
    "Airbus A330": ("Product", ["A330"]),
    "Nepal Airlines": ("Company", []),
    "South African Airways": ("Company", []),
    "Cyril Cabanes": ("Person", ["Cabanes"]),
    "Azure Power": ("Company", ["Azure Power Global Limited", "Azure Power Global", "Azure"]),
    "India": ("Country", []),
    "Adani Green Energy": ("Company", ["Adani Green Energy Limited"]),
    # 08 State, sanctions on a procurement network for Iran's UAV program (check)
    "Taiwan": ("Country", []),
    "Hong Kong": ("Region", ["Hong Kong SAR"]),
    "Donald Trump": ("Person", ["Trump", "President Trump"]),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of Treasury", "Department of the Treasury", "Treasury"]),
    "Executive Order 13382": ("Policy", ["E.O. 13382"]),
    # 09 DOJ NSD, summary of export prosecutions (tune)
    "Homeland Security Investigations": ("GovernmentBody", ["HSI"]),
    "Immigration and Customs Enforcement": ("GovernmentBody", ["ICE"]),
    "Federal Bureau of Investigation": ("GovernmentBody", ["FBI"]),
    "U.S. Department of Defense": ("GovernmentBody", ["Pentagon", "Department of Defense"]),
    "Defense Criminal Investigative Service": ("GovernmentBody", ["DCIS"]),
    "North Korea": ("Country", []),
    "Hsien Tai Tsai": ("Person", ["Alex Tsai", "Tsai"]),
    # 10 BIS, order renewing the TDO on Aviastar-TU (check)
    "Office of Export Enforcement": ("GovernmentBody", ["OEE"]),
    "Aviastar-TU": ("Company", ["Aviastar—TU", "Aviastar"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


SR = ["sanctions", "restricts"]
RR = ["restricts", "regulates", "sanctions"]
LW = ["leads", "worksFor"]
SA = ["sues", "accuses"]
SAR = ["sues", "accuses", "regulates"]
RSA = ["regulates", "sues", "accuses"]
BIS, DOC, FTC, SEC = ("Bureau of Industry and Security", "U.S. Department of Commerce", "Federal Trade Commission",
                      "Securities and Exchange Commission")

# (id, text, entities named in the passage, triples)
P = [
    # 01 BIS, TDO on Rossiya Airlines (tune)
    ("f6-01-01", "BIS Issues Temporary Denial Order Against Fifth Russian Airline And Names Second Abramovich Aircraft Violating "
     "U.s. Export Controls\n\nUpdated List Continues Effort to Notify Public that Providing Any Form of Service to These "
     "Aircraft is Also a Likely Violation of U.S. Law",
     [BIS, "Roman Abramovich", "United States", "Russia"], []),
    ("f6-01-02", "WASHINGTON, D.C. – Today, Bureau of Industry and Security (BIS) Assistant Secretary for Export Enforcement "
     "Matthew S. Axelrod issued an order denying the export privileges of a fifth Russian airline – Rossiya Airlines – due to "
     "ongoing export violations related to comprehensive export controls on Russia imposed by the Commerce Department. This "
     "Temporary Denial Order (TDO) terminates the right of Rossiya to participate in transactions subject to the Export "
     "Administration Regulations (EAR), including exports and reexports from the United States. Today’s TDO is issued for "
     "180-days and may be renewed.",
     [BIS, "Matthew Axelrod", "Russia", "Rossiya Airlines", DOC, "Export Administration Regulations", "United States"],
     [t("Matthew Axelrod", "worksFor", BIS),
      t(BIS, SR, "Rossiya Airlines"),
      t("Rossiya Airlines", "basedIn", "Russia"),
      t(DOC, RR, "Russia")]),
    ("f6-01-03", "“Our powerful coordination with our international partners is cutting off Russia’s ability to acquire the parts "
     "and inputs it needs to sustain its military aggression, and today’s action furthers the enforcement efforts necessary to "
     "ensure those restrictions are complied with.” said Under Secretary of Commerce for Industry and Security Alan Estevez. "
     "“Today’s TDO on Rossiya is another strong message to Putin’s government that the U.S. will remain vigilant and will not "
     "hesitate to our law enforcement tools against Russian companies and individuals that violate the law.”",
     ["Russia", DOC, "Alan Estevez", "Rossiya Airlines", "Vladimir Putin", "United States"],
     [t("Alan Estevez", "worksFor", DOC),
      t(DOC, SR, "Rossiya Airlines")]),
    # 02 BIS, TDOs on Nordwind, Pobeda and S7 (check)
    ("f6-02-01", "BIS Takes Enforcement Actions Against Three Additional Russian Airlines Operating Aircraft in Violation of U.S. "
     "Export Controls and Updates List of Aircraft Operating in Apparent Violation of U.S. Law\nWASHINGTON, D.C. – Today, Bureau "
     "of Industry and Security (BIS) Assistant Secretary for Export Enforcement Matthew S. Axelrod issued orders denying the "
     "export privileges of three Russian airlines – Nordwind Airlines, Pobeda Airlines, and S7 Airlines – due to ongoing "
     "apparent violations of the comprehensive export controls imposed on Russia by the Commerce Department. These three "
     "Temporary Denial Orders (TDOs) terminate the right of these airlines to participate in transactions subject to the Export "
     "Administration Regulations (EAR), including exports and reexports from the United States. Today’s TDOs are issued for 180 "
     "days and may be renewed.",
     [BIS, "United States", "Matthew Axelrod", "Russia", "Nordwind Airlines", "Pobeda Airlines", "S7 Airlines", DOC,
      "Export Administration Regulations"],
     [t("Matthew Axelrod", "worksFor", BIS),
      t(BIS, SR, "Nordwind Airlines"), t(BIS, SR, "Pobeda Airlines"), t(BIS, SR, "S7 Airlines"),
      t("Nordwind Airlines", "basedIn", "Russia"), t("Pobeda Airlines", "basedIn", "Russia"),
      t("S7 Airlines", "basedIn", "Russia"),
      t(DOC, RR, "Russia")]),
    ("f6-02-02", "“In response to Russia’s unprovoked invasion of Ukraine, the United States and our partners have put in place "
     "sweeping restrictions on Russia’s aerospace sector,” said Assistant Secretary of Commerce for Export Enforcement Matthew "
     "S. Axelrod. “Today’s actions make a total of eight different Russian airlines that are now cut off from the parts, "
     "components, and maintenance services they need to sustain operations – all because they continued to violate those "
     "restrictions.”",
     ["Russia", "Ukraine", "United States", DOC, "Matthew Axelrod"],
     [t("Matthew Axelrod", "worksFor", DOC),
      t("United States", RR, "Russia")]),
    ("f6-02-03", "On February 24, 2022, BIS imposed expansive controls on aviation-related items to Russia, including a license "
     "requirement for the export, reexport or transfer (in-country) to Russia of any aircraft or aircraft parts on the Commerce "
     "Control List.\nOn March 2, 2022, BIS further excluded any aircraft registered in, owned, or controlled by, or under "
     "charter or lease by Russia or a national of Russia from being eligible for license exception Aircraft, Vessels, and "
     "Spacecraft (AVS).",
     [BIS, "Russia", "Commerce Control List"],
     [t(BIS, RR, "Russia")]),
    # 03 DHS, three companies added to the UFLPA Entity List (tune)
    ("f6-03-01", "DHS Announces Three Additional PRC-Based Companies as a Result of Forced Labor Enforcement\n\nRelease Date: "
     "September 26, 2023\n\nBiden-Harris Administration Also Releases Xinjiang Business Advisory Addendum, Demonstrating "
     "Continued Commitment to Ending Forced Labor from U.S. Supply Chains\n\nThe FLETF Has Now Designated 27 PRC-Based Companies",
     ["U.S. Department of Homeland Security", "China", "Xinjiang", "United States", "Forced Labor Enforcement Task Force"], []),
    ("f6-03-02", "WASHINGTON – Today, the U.S. Department of Homeland Security (DHS) announced new enforcement actions to "
     "eliminate the use of forced labor practices in the U.S. supply chain and promote accountability for the ongoing genocide "
     "and crimes against humanity against Uyghurs and other religious and ethnic minority groups in the Xinjiang Uyghur "
     "Autonomous Region. The interagency Forced Labor Enforcement Task Force (FLETF), chaired by DHS, voted to add three "
     "People’s Republic of China (PRC)-based companies to the Uyghur Forced Labor Prevention Act (UFLPA) Entity List. Today’s "
     "announcement brings the total number of entities designated on the UFLPA Entity List to 27 companies.",
     ["U.S. Department of Homeland Security", "United States", "Xinjiang", "Forced Labor Enforcement Task Force", "China",
      "UFLPA Entity List"], []),
    ("f6-03-03", "“We do not tolerate companies that use forced labor, that abuse the human rights of individuals in order to make "
     "a profit,” said Secretary of Homeland Security Alejandro N. Mayorkas.",
     ["U.S. Department of Homeland Security", "Alejandro Mayorkas"],
     [t("Alejandro Mayorkas", LW, "U.S. Department of Homeland Security")]),
    # 04 DHS, 26 textile companies added to the UFLPA Entity List (check)
    ("f6-04-01", "DHS Announces 26 Additional PRC-Based Textile Companies to the UFLPA Entity List\n\nRelease Date: May 16, "
     "2024\n\nLargest Ever One-Time Expansion Will Help Responsible Companies Keep Forced Labor out of their Supply Chain",
     ["U.S. Department of Homeland Security", "China", "UFLPA Entity List"], []),
    ("f6-04-02", "WASHINGTON – Today, the U.S. Department of Homeland Security (DHS) announced the addition of 26 textile "
     "companies based in the People’s Republic of China (PRC) to the Uyghur Forced Labor Prevention Act (UFLPA) Entity List. "
     "Effective May 17, 2024, goods produced by the named 26 entities will be restricted from entering the United States. By "
     "focusing on cotton manufacturers based outside of the Xinjiang Uyghur Autonomous Region (XUAR) that source cotton from "
     "the XUAR, their designation will increase transparency and ensure responsible companies can conduct due diligence on "
     "their supply chains to ensure they do not include goods made with forced labor.",
     ["U.S. Department of Homeland Security", "China", "UFLPA Entity List", "United States", "Xinjiang"], []),
    ("f6-04-03", "The Forced Labor Enforcement Task Force (FLETF), chaired by DHS, is taking these steps as part of the United "
     "States’ commitment to eliminating the use of forced labor in the U.S. supply chain and promoting accountability for the "
     "ongoing genocide and crimes against humanity against Uyghurs and other religious and ethnic minority groups in the XUAR.",
     ["Forced Labor Enforcement Task Force", "U.S. Department of Homeland Security", "United States", "Xinjiang"], []),
    ("f6-04-04", "“The Department of Homeland Security will not tolerate forced labor in our nation’s supply chains,” said "
     "Secretary of Homeland Security Alejandro N. Mayorkas. “Today’s announcement strengthens our enforcement of the UFLPA and "
     "helps responsible companies conduct due diligence so that, together, we can keep the products of forced labor out of our "
     "country. We will continue to execute on our textile enforcement strategy and hold the PRC accountable for their "
     "exploitation and abuse of the Uyghur people.”",
     ["U.S. Department of Homeland Security", "Alejandro Mayorkas", "Uyghur Forced Labor Prevention Act", "China"],
     [t("Alejandro Mayorkas", LW, "U.S. Department of Homeland Security")]),
    # 05 FTC listing: Lockheed/Aerojet, Nvidia/Arm (tune)
    ("f6-05-01", "Displaying 661 - 680 of 4770\nStatement Regarding Termination of Lockheed Martin Corporation’s Attempted "
     "Acquisition of Aerojet Rocketdyne Holdings Inc.\nComment Submission of Chair Lina M. Khan Regarding the 1995 Bank Merger "
     "Competitive Review Guidelines\nLockheed/Aerojet, In the Matter of",
     ["Lockheed Martin", "Aerojet Rocketdyne", "Lina Khan"],
     [t("Lockheed Martin", "acquires", "Aerojet Rocketdyne")]),
    ("f6-05-02", "The Federal Trade Commission sued to block Lockheed Martin Corporation’s $4.4 billion proposed vertical "
     "acquisition of Aerojet Rocketdyne Holdings Inc, the last independent U.S. supplier of missile propulsion systems. Aerojet "
     "supplies advanced power, propulsion, and armament systems, which are critical components for the missiles made by "
     "Lockheed and other defense prime contractors. The agency’s complaint alleged that if the deal is allowed to proceed, "
     "Lockheed will use its control of Aerojet to harm rival defense contractors and further consolidate multiple markets "
     "critical to national security and defense. On Feb. 15, 2022, the Commission issued a statement regarding the parties’ "
     "decision to abandon the transaction.",
     [FTC, "Lockheed Martin", "Aerojet Rocketdyne", "United States"],
     [t(FTC, SAR, "Lockheed Martin"), t(FTC, SAR, "Aerojet Rocketdyne"),
      t("Lockheed Martin", "acquires", "Aerojet Rocketdyne"),
      t("Aerojet Rocketdyne", "basedIn", "United States"),
      t("Aerojet Rocketdyne", "suppliesTo", "Lockheed Martin")]),
    ("f6-05-03", "Letter from FTC Chair Khan to Senators Durbin, Grassley, Klobuchar, and Lee re State Antitrust Enforcement Venue "
     "Act of 2021\nStatement Regarding Termination of Nvidia Corp.’s Attempted Acquisition of Arm Ltd.\nNvidia/Arm, In the "
     "Matter of",
     [FTC, "Lina Khan", "Nvidia", "Arm"],
     [t("Lina Khan", LW, FTC),
      t("Nvidia", "acquires", "Arm")]),
    ("f6-05-04", "The Federal Trade Commission filed a law enforcement action to block U.S. semiconductor chip supplier Nvidia "
     "Corp.’s $40 billion acquisition of UK-based semiconductor design firm Arm Ltd., the largest transaction in the history of "
     "the semiconductor industry. The FTC’s action seeks to preserve competition in markets for computer chips used in "
     "datacenters and in automotive advanced driver assistance systems. The complaint named Nvidia Corp., Arm Ltd., and Arm "
     "owner Softbank Group Corp. In February 2022, Nvidia Corp. announced that it had terminated its proposed acquisition of "
     "Arm Ltd. (Arm) from SoftBank Group Corp, and the Commission dismissed the complaint.",
     [FTC, "United States", "Nvidia", "United Kingdom", "Arm", "SoftBank Group"],
     [t(FTC, SAR, "Nvidia"), t(FTC, SAR, "Arm"), t(FTC, SAR, "SoftBank Group"),
      t("Nvidia", "acquires", "Arm"),
      t("Nvidia", "basedIn", "United States"),
      t("Arm", "basedIn", "United Kingdom"),
      t("SoftBank Group", "owns", "Arm")]),
    # 06 FTC manufacturing listing: IDT/PLX, Magnesium Elektron (check)
    ("f6-06-01", "Displaying 341 - 360 of 463\n\nIntegrated Device Technology, Inc., and PLX Technology, Inc., In the Matter "
     "of\n\nThe FTC issued an administrative complaint challenging electronics component manufacturer Integrated Device "
     "Technology, Inc.’s proposed $330 million acquisition of PLX Technology, Inc., a deal that allegedly would give the "
     "combined firm a near-monopoly in the market for a type of integrated computer circuits called PCIe switches, which "
     "perform critical connectivity functions in computers and other electronic devices widely used by American consumers and "
     "businesses. The Commission also authorized the staff to seek a preliminary injunction in federal district court or other "
     "relief necessary to stop the deal pending a full administrative trial, but theparties abandoned the transaction and the "
     "Commission later dismissed the complaint.",
     ["Integrated Device Technology", "PLX Technology", FTC],
     [t(FTC, SAR, "Integrated Device Technology"), t(FTC, SAR, "PLX Technology"),
      t("Integrated Device Technology", "acquires", "PLX Technology")]),
    ("f6-06-02", "Magnesium Elektron North America, Inc.\n\nMagnesium Elektron, a leader in the production of magnesium plates used "
     "for photoengraving, settled FTC charges that its acquisition of rival plate manufacturer Revere Graphics Worldwide, Inc. "
     "was anticompetitive and a violation of the antitrust laws.",
     ["Magnesium Elektron", FTC, "Revere Graphics Worldwide"],
     [t(FTC, SAR, "Magnesium Elektron"),
      t("Magnesium Elektron", "acquires", "Revere Graphics Worldwide"),
      t("Magnesium Elektron", "competesWith", "Revere Graphics Worldwide")]),
    ("f6-06-03", "The FTC's order restores the competition eliminated by the merger by requiring Magnesium Elektron to sell "
     "necessary intellectual property and technical know-how used to manufacture magnesium plates for photoengraving "
     "applications to Kansas-based Universal Engraving. While Universal Engraving does not currently manufacture or sell "
     "magnesium plates, it is uniquely positioned to become an effective competitor in this market because it already sells "
     "other metals used in the photoengraving process to customers affected by the merger.",
     [FTC, "Magnesium Elektron", "Kansas", "Universal Engraving"],
     [t(FTC, "regulates", "Magnesium Elektron"),
      t("Universal Engraving", "basedIn", "Kansas")]),
    # 07 SEC, FCPA enforcement actions (tune)
    ("f6-07-01", "SEC Enforcement Actions: FCPA Cases\n\nJune 7, 2021\n\nEnforcement of the Foreign Corrupt Practices Act (FCPA) "
     "continues to be a high priority area for the SEC. In 2010, the SEC's Enforcement Division created a specialized unit to "
     "further enhance its enforcement of the FCPA, which prohibits companies issuing stock in the U.S. from bribing foreign "
     "officials for government contracts and other business.",
     [SEC, "Foreign Corrupt Practices Act", "SEC Enforcement Division", "United States"],
     [t(SEC, "owns", "SEC Enforcement Division")]),
    ("f6-07-02", "The following is a list of the SEC's FCPA enforcement actions listed by calendar year:\n\n2024\n\n • AAR CORP., an "
     "Illinois-based global provider of aviation services and products, agreed to pay approximately $30 million in "
     "disgorgement and prejudgment interest to resolve FCPA anti-bribery, recordkeeping, and internal accounting controls "
     "charges arising out of conduct in Nepal and South Africa.",
     [SEC, "Foreign Corrupt Practices Act", "AAR", "Illinois", "Nepal", "South Africa"],
     [t(SEC, SAR, "AAR"),
      t("AAR", "basedIn", "Illinois")]),
    ("f6-07-03", "Additionally, Deepak Sharma, a former senior executive at an AAR subsidiary, agreed to pay $184,597 in "
     "disgorgement and prejudgment interest, $130,835 of which was deemed satisfied by a forfeiture order with the U.S. "
     "Department of Justice, to resolve charges related to the same schemes. According to the SEC orders, from 2015 through "
     "2018, Sharma orchestrated and implemented a bribery scheme to win a contract for the sale of two Airbus A330 aircraft, "
     "valued at approximately $210 million, to Nepal Airlines, a government-owned airline. According to the orders, Sharma was "
     "also involved in a bribery scheme involving a contract for AAR to provide aviation services to a subsidiary of "
     "government-owned South African Airways. (12/19/2024) SEC Order, (12/19/2024) SEC Order.",
     ["Deepak Sharma", "AAR", "U.S. Department of Justice", SEC, "Airbus", "Airbus A330", "Nepal Airlines",
      "South African Airways"],
     [t(SEC, SAR, "Deepak Sharma"),
      t("U.S. Department of Justice", SAR, "Deepak Sharma"),
      t("Airbus", ["manufactures", "develops"], "Airbus A330")]),
    ("f6-07-04", "Cyril Cabanes - SEC charged a former director on the board of Azure Power Global Limited, a renewable energy "
     "company based in India, for his alleged role in authorizing bribes in connection with a massive bribery scheme to secure "
     "multi-billion-dollar energy projects for Azure and for another company, Adani Green Energy Limited. See Litigation Release "
     "for Complaints. (11/20/24)",
     ["Cyril Cabanes", SEC, "Azure Power", "India", "Adani Green Energy"],
     [t(SEC, SA, "Cyril Cabanes"),
      t("Cyril Cabanes", "worksFor", "Azure Power"),
      t("Azure Power", "basedIn", "India")]),
    # 08 State, sanctions on a procurement network for Iran's UAV program (check)
    ("f6-08-01", "The United States today sanctioned five entities and one individual based in Iran, China, Taiwan, and Hong Kong "
     "SAR that have been involved in the procurement of technology and equipment in support of Iran’s unmanned aerial vehicle "
     "(UAV) program.\n\nToday’s action supports President Trump’s National Security Presidential Memorandum-2 to counter Iran’s "
     "aggressive development of missiles and other asymmetric and conventional weapons capabilities.",
     ["United States", "Iran", "China", "Taiwan", "Hong Kong", "Donald Trump"], []),
    ("f6-08-02", "The United States will use all available means, including sanctions on entities based in third countries, to "
     "expose and disrupt Iran’s schemes to procure equipment and items supporting its UAV program, which destabilizes the "
     "Middle East and beyond.\n\nThe Department of Treasury’s action was taken pursuant to Executive Order (E.O.) 13382, which "
     "targets proliferators of weapons of mass destruction (WMD) and their supporters.\n\nFor more information, see Treasury’s "
     "press release.",
     ["United States", "Iran", "U.S. Department of the Treasury", "Executive Order 13382"], []),
    # 09 DOJ NSD, summary of export prosecutions (tune)
    ("f6-09-01", "OCTOBER 2014 NSD WWW.JUSTICE.GOV (202) 514-2007 SUMMARY OF MAJOR U.S. EXPORT ENFORCEMENT, ECONOMIC ESPIONAGE, "
     "TRADE SECRET AND EMBARGO-RELATED CRIMINAL CASES (January 2008 to the present: updated October 22, 2014) Below is a brief "
     "description of some of the major export enforcement, economic espionage, theft of trade secrets, and embargo-related "
     "criminal prosecutions by the Justice Department since January 2008.",
     ["United States", "U.S. Department of Justice"], []),
    ("f6-09-02", "These cases resulted from investigations by the Homeland Security Investigations (HSI) [formerly Immigration and "
     "Customs Enforcement , (ICE)], the Federal Bureau of Investigation (FBI), the Department of Commerce's Bureau of Industry "
     "and Security (BIS), the Pentagon's Defense Criminal Investigative Service (DCIS), and other law enforcement agencies. "
     "This list of cases is not exhaustive and only represents select cases.",
     ["Homeland Security Investigations", "Immigration and Customs Enforcement", "Federal Bureau of Investigation", DOC, BIS,
      "U.S. Department of Defense", "Defense Criminal Investigative Service"],
     [t(DOC, "owns", BIS),
      t("U.S. Department of Defense", "owns", "Defense Criminal Investigative Service")]),
    ("f6-09-03", "WMD Materials to North Korea - On October 10, 2014, in the Northern District of Illinois, a former resident of "
     "Taiwan, pleaded guilty to conspiracy to defraud the United States in its enforcement of regulations targeting "
     "proliferators of weapons of mass destruction. Hsien Tai Tsai a.k.a. \"Alex Tsai\" admitted that he engaged in illegal "
     "business transactions involving the export of U.S. origin goods and machinery. Tsai faces a maximum sentence of five "
     "years in prison and a $250,000 fine. Under the terms of his plea agreement, the government will recommend a sentence of "
     "approximately 30 months in prison provided Tsai continues to fully cooperate with the United States.",
     ["North Korea", "Illinois", "Taiwan", "United States", "Hsien Tai Tsai"], []),
    # 10 BIS, order renewing the TDO on Aviastar-TU (check)
    ("f6-10-01", "Pursuant to section 766.24 of the Export Administration Regulations, 15 CFR parts 730-774 (“EAR” or “the "
     "Regulations”),[1] I hereby grant the request of the Office of Export Enforcement (“OEE”) to renew the temporary denial "
     "order (“TDO”) issued in this matter on April 2, 2024. I find that renewal of this Order is necessary in the public "
     "interest to prevent an imminent violation of the Regulations and that renewal for an extended period is appropriate "
     "because Aviastar—TU (“Aviastar”) has engaged in a pattern of repeated, ongoing, and/or continuous apparent violations of "
     "the EAR.",
     ["Export Administration Regulations", "Office of Export Enforcement", "Aviastar-TU"], []),
    ("f6-10-02", "I. Procedural History\nOn April 21, 2022, then Assistant Secretary Matthew S. Axelrod signed an Order denying "
     "Aviastar export privileges for a period of 180 days on the ground that issuance of the Order was necessary in the public "
     "interest to prevent an imminent violation of the Regulations. The Order was issued ex parte pursuant to section "
     "766.24(a) of the Regulations and was effective upon issuance.[2] The TDO was subsequently renewed on October 17, "
     "2022,[3] April 14, 2023,[4] October 6, 2023,[5] and April 2, 2024 [6] in accordance with section 766.24(d) of the "
     "Regulations.",
     ["Matthew Axelrod", "Aviastar-TU"], []),
    ("f6-10-03", "On March 5, 2025, BIS, through OEE, submitted a written request for a fifth renewal of the TDO. The written "
     "request was made more than 20 days before the TDO's scheduled expiration and, given the temporary suspension of "
     "international mail service to Russia, OEE has attempted to deliver a copy of the renewal request to Aviastar by "
     "alternative means in accordance with sections 766.5 and 766.24(d) of the Regulations. No opposition to the renewal of the "
     "TDO has been received.",
     [BIS, "Office of Export Enforcement", "Russia", "Aviastar-TU"],
     [t(BIS, "owns", "Office of Export Enforcement")]),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
