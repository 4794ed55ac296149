"""Writes benchmarks/data/fed11-gold.jsonl: passages cut verbatim from ten U.S. federal releases of agencies and kinds
no earlier set used (benchmarks/data/fed11-sources/, public domain, 17 U.S.C. 105): a DHS statement on its binding
operational directive against Kaspersky products, a State Department media note on a CHIPS ITSI Fund partnership,
Justice Department remarks announcing Disruptive Technology Strike Force cases and a readout of the Strike Force's
summit, an NSF release on its Future of Semiconductors awards, two USITC Section 337 releases, two Export-Import Bank
releases and a White House fact sheet on the Commerce Department's connected-vehicles rule; none of them in us-gov,
fed3 to fed9 or real-dev's SOURCES.md. Annotated by hand per ../shared/ONTOLOGY.md ("How a sentence is annotated",
"Real-text conventions") and the precedents of the earlier sets (benchmarks/data/README.md), before `kg` was run on any
of them (29 November 2026).

Split by whole document: odd documents (f11-01, f11-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed11-sources"
OUT = HERE / "fed11-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "America", "the United States"]),
    "China": ("Country", ["People's Republic of China", "PRC", "People’s Republic of China", "government of China",
                          "Chinese government"]),
    "Russia": ("Country", ["Russian Federation"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "Commerce",
                                                       "U.S. Department of Commerce"]),
    "U.S. Department of Justice": ("GovernmentBody", ["Justice Department", "Department of Justice", "DOJ"]),
    "U.S. Department of State": ("GovernmentBody", ["State Department", "Department of State", "State"]),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of the Treasury", "Treasury"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS"]),
    "National Security Division": ("GovernmentBody", ["NSD"]),
    "Disruptive Technology Strike Force": ("GovernmentBody", ["Strike Force"]),
    "Matthew G. Olsen": ("Person", ["Matt Olsen", "Olsen"]),
    "Matthew Axelrod": ("Person", ["Matt Axelrod", "Axelrod"]),
    "Gary Restaino": ("Person", ["Restaino"]),
    # 01 DHS, Kaspersky directive (tune)
    "U.S. Department of Homeland Security": ("GovernmentBody", ["Department of Homeland Security", "DHS",
                                                                "Homeland Security"]),
    "Elaine Duke": ("Person", ["Duke"]),
    "Kaspersky Lab": ("Company", ["AO Kaspersky Lab", "Kaspersky"]),
    "Binding Operational Directive 17-01": ("Policy", ["Binding Operational Directive", "BOD"]),
    # 02 State, Costa Rica ITSI partnership (check)
    "Costa Rica": ("Country", ["Government of Costa Rica"]),
    "International Technology Security and Innovation Fund": ("Policy", ["ITSI Fund", "ITSI"]),
    "CHIPS and Science Act": ("Policy", ["CHIPS and Science Act of 2022", "Chips and Science Act", "CHIPS Act"]),
    "Cynthia Telles": ("Person", []),
    "Ministry of Foreign Trade": ("GovernmentBody", []),
    # 03 DOJ, Olsen's remarks on Strike Force cases (tune)
    "FBI": ("GovernmentBody", ["Federal Bureau of Investigation"]),
    "Homeland Security Investigations": ("GovernmentBody", ["HSI"]),
    "Breon Peace": ("Person", []),
    "Martín Estrada": ("Person", ["Martin Estrada"]),
    "Ismail Ramsey": ("Person", []),
    "Damian Williams": ("Person", []),
    # 04 NSF, FuSe awards (check)
    "National Science Foundation": ("GovernmentBody", ["U.S. National Science Foundation", "NSF"]),
    "Future of Semiconductors": ("Policy", ["FuSe", "NSF Future of Semiconductors (FuSe) program"]),
    "Ericsson": ("Company", []),
    "IBM": ("Company", []),
    "Intel": ("Company", []),
    "Samsung": ("Company", []),
    "Sethuraman Panchanathan": ("Person", ["Panchanathan"]),
    # 05 USITC, Cree LED investigation (tune)
    "U.S. International Trade Commission": ("GovernmentBody", ["USITC", "International Trade Commission",
                                                              "Commission"]),
    "Cree": ("Company", ["Cree, Inc.", "Cree Inc"]),
    "Durham": ("City", []),
    "North Carolina": ("Region", ["NC"]),
    "Feit Electric Company": ("Company", ["Feit Electric Company, Inc.", "Feit Electric"]),
    "Pico Rivera": ("City", []),
    "California": ("Region", ["CA"]),
    "Xiamen": ("City", []),
    # 06 EXIM, national interest review procedures (check)
    "Export-Import Bank of the United States": ("GovernmentBody", ["EXIM", "Ex-Im Bank", "Export-Import Bank"]),
    "Kimberly A. Reed": ("Person", ["Reed", "Kimberly Reed"]),
    "Michael Pompeo": ("Person", ["Pompeo", "Mike Pompeo"]),
    "Steven Mnuchin": ("Person", ["Mnuchin"]),
    "John Ratcliffe": ("Person", ["Ratcliffe"]),
    "U.S. Congress": ("GovernmentBody", ["Congress"]),
    # 07 DOJ, readout of the Strike Force summit (tune)
    "Phoenix": ("City", []),
    "Arizona": ("Region", []),
    "Lisa O. Monaco": ("Person", ["Lisa Monaco", "Monaco"]),
    "Arizona State University": ("Organization", ["ASU"]),
    "Sandra Day O’Connor School of Law": ("Organization", ["Sandra Day O'Connor School of Law"]),
    # 08 White House, connected vehicles fact sheet (check)
    "Joe Biden": ("Person", ["Biden", "President Biden"]),
    "Volt Typhoon": ("Organization", []),
    # 09 EXIM, GE steel mill export to China (tune)
    "General Electric": ("Company", ["General Electric Co.", "GE"]),
    "Salem": ("City", []),
    "Virginia": ("Region", ["VA"]),
    "CIC": ("Company", ["CIC Co."]),
    "Glenshaw": ("City", []),
    "Pennsylvania": ("Region", ["PA"]),
    "Carlen Controls": ("Company", ["Carlen Controls Inc."]),
    "Roanoke": ("City", []),
    "Benxi Iron & Steel": ("Company", ["The Benxi Iron & Steel Co.", "Benxi Iron & Steel Co."]),
    "Benxi": ("City", []),
    "Liaoning": ("Region", []),
    "James A. Harmon": ("Person", ["Harmon"]),
    "Industrial & Commercial Bank of China": ("Company", ["ICBC", "Industrial and Commercial Bank of China"]),
    "Deutsche Bank North America": ("Company", []),
    "New York": ("City", ["New York City"]),
    # 10 USITC, Modumetal investigation (check)
    "Modumetal": ("Company", ["Modumetal, Inc."]),
    "Snohomish": ("City", []),
    "Washington": ("Region", ["WA"]),
    "Parker Hannifin": ("Company", ["Parker Hannifin Corporation"]),
    "Cleveland": ("City", []),
    "Ohio": ("Region", ["OH"]),
    "Lu Chu Shin Yee Works": ("Company", ["Lu Chu Shin Yee Works Co., Ltd."]),
    "Kaohsiung": ("City", ["Kaohsiung City"]),
    "Taiwan": ("Country", []),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


LW = ["leads", "worksFor"]
BL = ["basedIn", "locatedIn"]
US, DOC, DOJ, DOS, DHS = ("United States", "U.S. Department of Commerce", "U.S. Department of Justice",
                          "U.S. Department of State", "U.S. Department of Homeland Security")
BIS, NSD, DTSF, ITC, EXIM = ("Bureau of Industry and Security", "National Security Division",
                             "Disruptive Technology Strike Force", "U.S. International Trade Commission",
                             "Export-Import Bank of the United States")
NSF, KAS = "National Science Foundation", "Kaspersky Lab"

# (id, text, entities named in the passage, triples)
P = [
    # 01 DHS, statement on Binding Operational Directive 17-01 (Kaspersky), 13 September 2017 (tune)
    ("f11-01-01", "September 13, 2017 WASHINGTON After careful consideration of available information and consultation with "
     "interagency partners, Acting Secretary of Homeland Security Elaine Duke today issued a Binding Operational Directive "
     "(BOD) directing Federal Executive Branch departments and agencies to take actions related to the use or presence of "
     "information security products, solutions, and services supplied directly or indirectly by AO Kaspersky Lab or related "
     "entities.",
     [DHS, "Elaine Duke", "Binding Operational Directive 17-01", KAS],
     [t("Elaine Duke", LW, DHS), t(DHS, ["restricts", "regulates"], KAS)]),
    ("f11-01-02", "The BOD calls on departments and agencies to identify any use or presence of Kaspersky products on their "
     "information systems in the next 30 days, to develop detailed plans to remove and discontinue present and future use "
     "of the products in the next 60 days, and at 90 days from the date of this directive, unless directed otherwise by DHS "
     "based on new information, to begin to implement the agency plans to discontinue use and remove the products from "
     "information systems.",
     ["Binding Operational Directive 17-01", KAS, DHS], []),
    ("f11-01-03", "This action is based on the information security risks presented by the use of Kaspersky products on "
     "federal information systems. Kaspersky anti-virus products and solutions provide broad access to files and elevated "
     "privileges on the computers on which the software is installed, which can be exploited by malicious cyber actors to "
     "compromise those information systems. The Department is concerned about the ties between certain Kaspersky ocials "
     "and Russian intelligence and other government agencies, and requirements under Russian law that allow Russian "
     "intelligence agencies to request or compel assistance from Kaspersky and to intercept communications transiting "
     "Russian networks.",
     [KAS], []),
    # 02 State, partnership with Costa Rica under the ITSI Fund, July 2023 (check)
    ("f11-02-01", "The State Department will partner with the Government of Costa Rica to explore opportunities to diversify "
     "and grow the global semiconductor ecosystem and create a more transparent, secure, and sustainable global "
     "semiconductor value chain. This partnership is enabled by the International Technology Security and Innovation Fund "
     "(“ITSI” Fund”), created by the CHIPS and Science Act of 2022.",
     [DOS, "Costa Rica", "International Technology Security and Innovation Fund", "CHIPS and Science Act"],
     [t(DOS, "partnersWith", "Costa Rica")]),
    ("f11-02-02", "“The United States views Costa Rica as a partner in ensuring the semiconductor supply chain can keep pace "
     "with the digital transformation underway,” said Cynthia Telles, U.S. Ambassador to Costa Rica. “Products ranging from "
     "vehicles to medical devices increasingly rely on semiconductors as the building blocks of today’s economy. Our "
     "announcement of this collaboration underscores the significant potential to expand this industry in Costa Rica to the "
     "benefit of both our countries.”",
     [US, "Costa Rica", "Cynthia Telles"],
     [t("Cynthia Telles", "worksFor", US), t(US, "partnersWith", "Costa Rica")]),
    ("f11-02-03", "This partnership between the U.S. and Costa Rica will begin with a review of Costa Rica’s current "
     "semiconductor industry development, regulatory framework, and workforce and infrastructure needs. The outcome of this "
     "review will inform future collaboration on developing this critical sector.",
     [US, "Costa Rica"],
     [t(US, "partnersWith", "Costa Rica")]),
    ("f11-02-04", "“We applaud the decision of the United States to support the Costa Rican semiconductor sector through the "
     "Chips and Science Act. It is a recognition of our leadership as a trusted supplier and our position as a great site "
     "for the development of new operations in this sector. Costa Rica, under the coordination of the Ministry of Foreign "
     "Trade, will step up its efforts to enhance our capabilities to face the growing demands of the industry with better "
     "infrastructure and talent.",
     [US, "Costa Rica", "CHIPS and Science Act", "Ministry of Foreign Trade"], []),
    # 03 DOJ, Olsen's remarks announcing Disruptive Technology Strike Force cases, May 2023 (tune)
    ("f11-03-01", "Good morning. I am Matt Olsen, the Assistant Attorney General for National Security. Thank you all very "
     "much for being here. I am joined by Matt Axelrod, the Assistant Secretary for Export Enforcement at the Department of "
     "Commerce.",
     ["Matthew G. Olsen", "Matthew Axelrod", DOC],
     [t("Matthew Axelrod", "worksFor", DOC)]),
    ("f11-03-02", "Exactly three months ago, we launched the Disruptive Technology Strike Force. This is an interagency "
     "enforcement effort led by the Departments of Justice and Commerce. The FBI and Homeland Security Investigations, our "
     "law enforcement partners who are integral to this effort, are also represented here on stage. I also want to thank "
     "the Attorney General and the Deputy Attorney General for their support of our work.",
     [DTSF, DOJ, DOC, "FBI", "Homeland Security Investigations"], []),
    ("f11-03-03", "The mission of the Strike Force is to prevent foreign adversaries from obtaining critical advanced "
     "technologies. We have established 14 local cells around the country – more than a third of which are represented "
     "here today on stage – to investigate and prosecute violations of U.S. laws.",
     [DTSF, US], []),
    ("f11-03-04", "Five U.S. Attorneys from around the country are here with us: Breon Peace, of the Eastern District of New "
     "York; Gary Restaino, of the District of Arizona; Martín Estrada, of the Central District of California; Ismail "
     "Ramsey, of Northern District of California; and Damian Williams, of the Southern District of New York.",
     [US, "Breon Peace", "Gary Restaino", "Martín Estrada", "Ismail Ramsey", "Damian Williams"],
     [t(x, "worksFor", US) for x in ("Breon Peace", "Gary Restaino", "Martín Estrada", "Ismail Ramsey",
                                     "Damian Williams")]),
    ("f11-03-05", "Today, we are announcing five cases from each of these districts. The cases – which were brought by the "
     "U.S. Attorneys’ Offices in partnership with the National Security Division – span a range of emerging technologies "
     "and malicious actors.",
     [NSD], []),
    # 04 NSF, Future of Semiconductors awards, September 2023 (check)
    ("f11-04-01", "The U.S. National Science Foundation today announced 24 research and education projects with a total "
     "investment of $45.6 million — including funding from the “CHIPS and Science Act of 2022” — to enable rapid progress "
     "in new semiconductor technologies and manufacturing as well as workforce development. The projects are supported by "
     "the NSF Future of Semiconductors (FuSe) program through a public-private partnership spanning NSF and four companies: "
     "Ericsson, IBM, Intel and Samsung.",
     [NSF, "CHIPS and Science Act", "Future of Semiconductors", "Ericsson", "IBM", "Intel", "Samsung"],
     [t(NSF, "owns", "Future of Semiconductors")]
     + [t(NSF, "partnersWith", x) for x in ("Ericsson", "IBM", "Intel", "Samsung")]),
    ("f11-04-02", "“Our investment will help train the next generation of talent necessary to fill key openings in the "
     "semiconductor industry and grow our economy from the middle out and bottom up,” said NSF Director Sethuraman "
     "Panchanathan. “By supporting novel, transdisciplinary research, we will enable breakthroughs in semiconductors and "
     "microelectronics and address the national need for a reliable, secure supply of innovative semiconductor "
     "technologies, systems and professionals.”",
     [NSF, "Sethuraman Panchanathan"],
     [t("Sethuraman Panchanathan", LW, NSF)]),
    ("f11-04-03", "Future semiconductors and microelectronics will require a broad coalition of science and engineering "
     "talent in academic and industrial sectors to pursue holistic, “co-design” approaches that advance materials, devices, "
     "and systems integration. Co-design approaches simultaneously consider the performance, manufacturability, "
     "recyclability and environmental sustainability of such materials, devices, and systems.",
     [], []),
    # 05 USITC, Section 337 investigation of LED products (Cree), 12 February 2015 (tune)
    ("f11-05-01", "USITC Institutes Section 337 Investigation of Certain Light Emitting Diode Products and Components Thereof "
     "The U.S. International Trade Commission (USITC) has voted to institute an investigation of certain light emitting "
     "diode products and components thereof. The products at issue in the investigation are LED products, such as LED "
     "bulbs, and other LED products and components of those products including LED chips and chip packages.",
     [ITC], []),
    ("f11-05-02", "The investigation is based on a complaint filed by Cree, Inc., of Durham, NC, on January 12, 2015. The "
     "complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and "
     "sale of certain light emitting diode products and components thereof that infringe patents asserted by Cree. The "
     "complaint also alleges false advertising of certain of the accused products in violation of section 43(a) of the "
     "Lanham Act, 15 U.S.C. § 1225(a). The complainant requests that the USITC issue an exclusion order and cease and "
     "desist orders.",
     ["Cree", "Durham", "North Carolina", US, ITC],
     [t("Cree", BL, "Durham"), t("Durham", "locatedIn", "North Carolina")]),
    ("f11-05-03", "The USITC has identified the following as respondents in this investigation: Feit Electric Company, Inc., "
     "of Pico Rivera, CA; Feit Electric Company, Inc., of Xiamen, China;",
     [ITC, "Feit Electric Company", "Pico Rivera", "California", "Xiamen", "China"],
     [t(ITC, "regulates", "Feit Electric Company"), t("Feit Electric Company", BL, "Pico Rivera"),
      t("Feit Electric Company", BL, "Xiamen"), t("Pico Rivera", "locatedIn", "California"),
      t("Xiamen", "locatedIn", "China")]),
    # 06 EXIM, procedures for the national interest review, 18 January 2021 (check)
    ("f11-06-01", "WASHINGTON - The Export-Import Bank of the United States (EXIM) Board of Directors on January 14 "
     "unanimously approved a resolution adopting new procedures to improve the National Interest Review Process, including "
     "with respect to risks posed by the People's Republic of China.",
     [EXIM, "China"], []),
    ("f11-06-02", "\"EXIM's historic bipartisan 2019 Congressional reauthorization is important on many fronts, including "
     "when it comes to the national interest, and I thank the staff at EXIM, as well as at the U.S. Departments of State and "
     "Treasury, for these important new procedures,\" said EXIM President and Chairman Kimberly A. Reed.",
     [EXIM, DOS, "U.S. Department of the Treasury", "Kimberly A. Reed"],
     [t("Kimberly A. Reed", LW, EXIM)]),
    ("f11-06-03", "Reed continued, \"Throughout my tenure at EXIM, we have been focused on reform and transformation-including "
     "to the agency's due diligence processes-and I commend my colleagues for efforts like this. The reauthorization "
     "legislation also contains a provision to 'include coordination between the Secretary of State and the Director of "
     "National Intelligence, wherever appropriate,' and I thank U.S. Secretary of State Michael Pompeo,  U.S. Secretary of "
     "the Treasury Steven Mnuchin, and Director of National Intelligence John Ratcliffe for their support of EXIM and our "
     "efforts to keep America strong.\"",
     ["Kimberly A. Reed", EXIM, DOS, "Michael Pompeo", "U.S. Department of the Treasury", "Steven Mnuchin",
      "John Ratcliffe", US],
     [t("Kimberly A. Reed", ["worksFor", "leads"], EXIM), t("Michael Pompeo", LW, DOS),
      t("Steven Mnuchin", LW, "U.S. Department of the Treasury")]),
    ("f11-06-04", "The U.S. Congress, as part of EXIM's 2019 reauthorization, requires EXIM to report to the U.S. House of "
     "Representatives Committee on Financial Services and U.S. Senate Committee on Banking, Housing, and Urban Affairs a "
     "summary of all potential EXIM loan and guarantee transactions greater than $25 million in which the government of "
     "China owns or controls the obligor, lender, or end-user.",
     ["U.S. Congress", EXIM, "China"],
     [t("U.S. Congress", "regulates", EXIM)]),
    # 07 DOJ, readout of the Disruptive Technology Strike Force one-year summit, February 2024 (tune)
    ("f11-07-01", "Readout of Disruptive Technology Strike Force One-Year Summit On Feb. 7 and 8, the Justice Department’s "
     "National Security Division hosted a summit in Phoenix, Arizona, to commemorate the one-year anniversary of the launch "
     "of its Disruptive Technology Strike Force – an interagency law enforcement effort aimed at preventing critical "
     "technologies from being acquired by authoritarian regimes and hostile nation-states.",
     [DTSF, DOJ, NSD, "Phoenix", "Arizona"],
     [t(DOJ, "owns", NSD), t(NSD, "owns", DTSF), t("Phoenix", "locatedIn", "Arizona")]),
    ("f11-07-02", "Strike Force co-leads Assistant Attorney General (AAG) Matthew G. Olsen of the Justice Department’s "
     "National Security Division and Asisstant Secretary for Export Enforcement Matthew Axelrod of the Commerce "
     "Department’s Bureau of Industry and Security (BIS), were joined in Phoenix by U.S. Attorney Gary Restaino for the "
     "District of Arizona. Deputy Attorney General Lisa O. Monaco delivered virtual remarks to commemorate the one-year "
     "anniversary and highlighted all the progress that has been made since she first announced the creation of the "
     "Strike Force a year ago.",
     [DTSF, "Matthew G. Olsen", DOJ, NSD, "Matthew Axelrod", DOC, BIS, "Phoenix", US, "Gary Restaino",
      "Lisa O. Monaco"],
     [t("Matthew G. Olsen", LW, DTSF), t("Matthew Axelrod", LW, DTSF), t("Matthew G. Olsen", LW, NSD),
      t("Matthew G. Olsen", "worksFor", DOJ), t(DOJ, "owns", NSD), t("Matthew Axelrod", "worksFor", BIS),
      t("Matthew Axelrod", "worksFor", DOC), t(DOC, "owns", BIS), t("Gary Restaino", "worksFor", US)]),
    ("f11-07-03", "On the second day, the Strike Force was joined by private sector and academia representatives from across "
     "the country for sessions describing the work of the Strike Force across multiple subject areas, corporate "
     "compliance, best practices for building trade compliance programs, and law enforcement outreach efforts. Along with "
     "U.S. government officials, the summit consisted of presenters from the private sector and academia, including "
     "officials from Arizona State University, which hosted the event at its Sandra Day O’Connor School of Law.",
     [DTSF, US, "Arizona State University", "Sandra Day O’Connor School of Law"],
     [t("Arizona State University", "owns", "Sandra Day O’Connor School of Law")]),
    # 08 White House fact sheet, the Commerce Department's connected vehicles rule, January 2025 (check)
    ("f11-08-01", "Today, President Biden is announcing strong and decisive actions to safeguard America from national "
     "security risks associated with the exploitation of U.S. connected vehicle supply chains by the People's Republic of "
     "China (PRC) and Russian Federation (Russia). The Biden-Harris Administration is committed to ensuring that our "
     "automotive supply chains are resilient and secure from foreign adversary cyber threats.",
     ["Joe Biden", US, "China", "Russia"],
     [t("Joe Biden", "accuses", "China"), t("Joe Biden", "accuses", "Russia")]),
    ("f11-08-02", "The Department of Commerce has issued a final rule that will prohibit the sale and import of connected "
     "vehicle hardware and software systems, as well as completed connected vehicles, from the PRC and Russia. This final "
     "rule marks the conclusion of a rigorous factfinding and regulatory process that President Biden launched last year.",
     [DOC, "China", "Russia", "Joe Biden"],
     [t(DOC, ["restricts", "regulates"], "China"), t(DOC, ["restricts", "regulates"], "Russia")]),
    ("f11-08-03", "At the same time, foreign adversary involvement in the supply chains of connected vehicles poses a "
     "significant threat in most cars on the road today, granting malign actors unfettered access to these connected "
     "systems and the data they collect. As PRC automakers aggressively seek to increase their presence in American and "
     "global automotive markets, through this final rule, President Biden is delivering on his commitment to secure "
     "critical American supply chains and protect our national security.",
     ["China", US, "Joe Biden"], []),
    ("f11-08-04", "The Department of Commerce's rule will also help the United States defend against the PRC's cyber "
     "espionage and intrusion operations, which continue to pose a significant threat to U.S. critical infrastructure and "
     "public safety. Over the past several years, PRC state-sponsored cyber actors such as Volt Typhoon have engaged in an "
     "extensive hacking campaign aimed at pre-positioning on - and potentially launching disruptive cyberattacks targeting "
     "- U.S. critical infrastructure.",
     [DOC, US, "China", "Volt Typhoon"],
     [t("Volt Typhoon", "basedIn", "China"), t("China", ["investsIn", "owns"], "Volt Typhoon")]),
    # 09 EXIM, loan guarantee for General Electric's export to a Chinese steel mill (tune)
    ("f11-09-01", "The Export-Import Bank of the United States (Ex-Im Bank) recently approved an $18 million medium-term loan "
     "guarantee to support the $21.7 million export of equipment and services by General Electric Co., Salem, VA, and "
     "various U.S. suppliers to modernize a hot strip steel mill in China.",
     [EXIM, "General Electric", "Salem", "Virginia", US, "China"],
     [t("General Electric", BL, "Salem"), t("Salem", "locatedIn", "Virginia"),
      t("General Electric", "suppliesTo", "China")]),
    ("f11-09-02", "CIC Co., Glenshaw, PA, and Carlen Controls Inc., Roanoke, VA, are suppliers on the transaction. The Benxi "
     "Iron & Steel Co., Benxi, Liaoning, China, will use the computer software, control systems and main drive power "
     "supplies to modernize and improve production at the Benxi 1700mm Hot Strip Mill.",
     ["CIC", "Glenshaw", "Pennsylvania", "Carlen Controls", "Roanoke", "Virginia", "Benxi Iron & Steel", "Benxi",
      "Liaoning", "China"],
     [t("CIC", BL, "Glenshaw"), t("Glenshaw", "locatedIn", "Pennsylvania"), t("Carlen Controls", BL, "Roanoke"),
      t("Roanoke", "locatedIn", "Virginia"), t("Benxi Iron & Steel", BL, "Benxi"), t("Benxi", "locatedIn", "Liaoning"),
      t("Liaoning", "locatedIn", "China")]),
    ("f11-09-03", "GE said the transaction directly supports 300 union jobs at its 1,600-employee Salem, VA plant, and "
     "represents 10% of the Salem plant's production.",
     ["General Electric", "Salem", "Virginia"],
     [t("Salem", "locatedIn", "Virginia")]),
    ("f11-09-04", "Our analysis concluded that the transaction would have a net positive impact on the U.S. economy, said "
     "Ex-Im Bank Chairman James A. Harmon. In the future the Bank may want to take a look at its policy regarding economic "
     "impact analysis and its effect on the U.S. economy.",
     [EXIM, "James A. Harmon", US],
     [t("James A. Harmon", LW, EXIM)]),
    ("f11-09-05", "Had the Board declined to approve the financing for this transaction, the buyer stated that it would "
     "procure the equipment from French and German companies, thus permitting the same plant modernization, but with no "
     "benefit to U.S. exporters' jobs and profits. The borrower and primary source of repayment for the financing is the "
     "Industrial & Commercial Bank of China, which is backed by the full faith and credit of the Chinese government. The "
     "guaranteed lender is Deutsche Bank North America, New York, NY.",
     ["Industrial & Commercial Bank of China", "China", "Deutsche Bank North America", "New York"],
     [t("China", ["investsIn", "owns"], "Industrial & Commercial Bank of China"),
      t("Deutsche Bank North America", BL, "New York")]),
    # 10 USITC, Section 337 investigation of nanolaminate coated parts (Modumetal), January 2025 (check)
    ("f11-10-01", "The U.S. International Trade Commission (USITC) voted to institute an investigation of certain "
     "nanolaminate alloy coated metal parts and products containing the same. The products at issue in the investigation "
     "are described in the Commission’s notice of investigation.",
     [ITC], []),
    ("f11-10-02", "The investigation is based on a complaint filed by Modumetal, Inc. of Snohomish WA, on November 19, 2024 "
     "and supplement on December 4, 2024. The complaint, as supplemented, alleges violations of section 337 of the Tariff "
     "Act of 1930 in the importation into the United States and sale of certain nanolaminate alloy coated metal parts and "
     "products containing the same that infringe patents asserted by the complainant. The complainant requests that the "
     "USITC issue a limited exclusion order and cease and desist orders.",
     ["Modumetal", "Snohomish", "Washington", US, ITC],
     [t("Modumetal", BL, "Snohomish"), t("Snohomish", "locatedIn", "Washington")]),
    ("f11-10-03", "The USITC has identified the following as respondents in this investigation: - Parker Hannifin "
     "Corporation, Cleveland, OH, and - Lu Chu Shin Yee Works Co., Ltd., Kaohsiung City, Taiwan",
     [ITC, "Parker Hannifin", "Cleveland", "Ohio", "Lu Chu Shin Yee Works", "Kaohsiung", "Taiwan"],
     [t(ITC, "regulates", "Parker Hannifin"), t(ITC, "regulates", "Lu Chu Shin Yee Works"),
      t("Parker Hannifin", BL, "Cleveland"), t("Cleveland", "locatedIn", "Ohio"),
      t("Lu Chu Shin Yee Works", BL, "Kaohsiung"), t("Kaohsiung", "locatedIn", "Taiwan")]),
    ("f11-10-04", "By instituting this investigation (337-TA-1431), the USITC has not yet made any decision on the merits of "
     "the case. The USITC’s Chief Administrative Law Judge will assign the case to one of the USITC’s administrative law "
     "judges (ALJ), who will schedule and hold an evidentiary hearing.",
     [ITC], []),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
