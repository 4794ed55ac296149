"""Writes benchmarks/data/fed9-gold.jsonl: passages cut verbatim from ten U.S. federal releases of agencies and kinds
no earlier set used (benchmarks/data/fed9-sources/, public domain, 17 U.S.C. 105): an FTC consent order on a chip-software
merger, an FCC fact sheet denying a Chinese carrier's Section 214 authority, CHIPS preliminary terms with a memory
maker, a USTR Section 301 fact sheet, a presidential CFIUS order blocking a semiconductor takeover, two Defense
Department Defense Production Act Title III agreements, two NTIA Wireless Innovation Fund releases and a DOE page on
its foreign-entity-of-concern guidance; none of them in us-gov, fed3 to fed7 or real-dev's SOURCES.md. Annotated by
hand per ../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text conventions") and the precedents of the
earlier sets (benchmarks/data/README.md), before `kg` was run on any of them (29 November 2026).

Split by whole document: odd documents (f9-01, f9-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). The checks (verbatim, in order, triple ends declared) are fedgold.build's; run this script
to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed9-sources"
OUT = HERE / "fed9-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "America", "the United States"]),
    "China": ("Country", ["People's Republic of China", "PRC", "People’s Republic of China", "government of China",
                          "Chinese government"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "Commerce",
                                                       "U.S. Department of Commerce", "Department of Commerce’s"]),
    # 01 FTC, Synopsys and Ansys divestiture order (tune)
    "Federal Trade Commission": ("GovernmentBody", ["FTC", "U.S. Federal Trade Commission"]),
    "Bureau of Competition": ("GovernmentBody", ["FTC’s Bureau of Competition", "FTC Bureau of Competition"]),
    "Synopsys": ("Company", ["Synopsys, Inc.", "Synopsys Inc"]),
    "Ansys": ("Company", ["Ansys, Inc.", "ANSYS"]),
    "Daniel Guarnera": ("Person", []),
    # 02 FCC fact sheet, China Mobile USA (check)
    "Federal Communications Commission": ("GovernmentBody", ["FCC", "Commission"]),
    "China Mobile International (USA)": ("Company", ["China Mobile International (USA) Inc.", "China Mobile USA",
                                                     "China Mobile"]),
    # 03 Commerce, CHIPS preliminary terms with SK hynix (tune)
    "SK Hynix": ("Company", ["SK hynix"]),
    "CHIPS and Science Act": ("Policy", ["CHIPS Act"]),
    "West Lafayette": ("City", []),
    "Indiana": ("Region", []),
    "Gina Raimondo": ("Person", ["Gina M. Raimondo"]),
    "Purdue University": ("Organization", []),
    "Joe Biden": ("Person", ["Biden", "President Biden"]),
    # 04 USTR, Section 301 fact sheet (check)
    "Office of the United States Trade Representative": ("GovernmentBody", ["USTR",
                                                                            "Office of the U.S. Trade Representative"]),
    "Section 301": ("Policy", ["Section 301 of the Trade Act of 1974"]),
    "Donald Trump": ("Person", ["Trump", "President Trump"]),
    # 05 Presidential order, Lattice Semiconductor and CVCF (tune)
    "Lattice Semiconductor": ("Company", ["Lattice Semiconductor Corporation", "Lattice"]),
    "China Venture Capital Fund Corporation Limited": ("Company", ["CVCF", "China Venture Capital Fund"]),
    "Canyon Bridge Merger Sub": ("Company", ["Canyon Bridge Merger Sub, Inc.", "Merger Sub"]),
    "Canyon Bridge Acquisition Company": ("Company", ["Canyon Bridge Acquisition Company, Inc.", "Acquisition Company"]),
    "Canyon Bridge Capital Investment Limited": ("Company", ["Capital Investment"]),
    "Canyon Bridge Fund I": ("Company", ["Canyon Bridge Fund I, LP", "CBFI"]),
    "Yitai Capital Limited": ("Company", ["Yitai"]),
    "Delaware": ("Region", []),
    "Cayman Islands": ("Region", []),
    "Hong Kong": ("Region", []),
    "Defense Production Act": ("Policy", ["Defense Production Act of 1950", "DPA"]),
    # 06 DoD, DPA Title III agreement with Six Sigma (check)
    "U.S. Department of Defense": ("GovernmentBody", ["Department of Defense", "DoD", "DOD", "Defense Department"]),
    "Six Sigma": ("Company", []),
    "Executive Order 14017": ("Policy", []),
    "Milpitas": ("City", []),
    "California": ("Region", []),
    "Laura Taylor-Kale": ("Person", ["Dr. Taylor-Kale", "Taylor-Kale"]),
    "Office of the Assistant Secretary of Defense for Industrial Base Policy": ("GovernmentBody", ["Industrial Base Policy",
                                                                                                  "ASD (IBP)"]),
    # 07 DoD, DPA Title III projects with 5N Plus and SolAero (tune)
    "Mike Andrews": ("Person", ["Lt. Col. Mike Andrews"]),
    "5N Plus Semiconductor": ("Company", ["5N Plus Semiconductors", "5N Plus"]),
    "SolAero Technologies": ("Company", ["SolAero"]),
    "St. George": ("City", []),
    "Utah": ("Region", []),
    "Albuquerque": ("City", []),
    "New Mexico": ("Region", []),
    # 08 NTIA, Wireless Innovation Fund applications (check)
    "National Telecommunications and Information Administration": ("GovernmentBody", ["NTIA"]),
    "Public Wireless Supply Chain Innovation Fund": ("Product", ["Wireless Innovation Fund", "Innovation Fund"]),
    "Alan Davidson": ("Person", []),
    # 09 NTIA, first Wireless Innovation Fund grants (tune)
    "Northeastern University": ("Organization", []),
    "New York University": ("Organization", ["NYU"]),
    "DeepSig": ("Company", ["DeepSig Inc."]),
    "Amanda Toman": ("Person", []),
    # 10 DOE, foreign entity of concern guidance (check)
    "U.S. Department of Energy": ("GovernmentBody", ["Department of Energy", "DOE", "Energy Department"]),
    "Infrastructure Investment and Jobs Act": ("Policy", ["Bipartisan Infrastructure Law", "BIL"]),
    "Russia": ("Country", []),
    "Iran": ("Country", []),
    "North Korea": ("Country", []),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of the Treasury", "Treasury"]),
    "IRS": ("GovernmentBody", ["Internal Revenue Service"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


LW = ["leads", "worksFor"]
IP = ["investsIn", "partnersWith"]
DOC, FTC, FCC, DOD, NTIA, USTR, DOE = ("U.S. Department of Commerce", "Federal Trade Commission",
                                       "Federal Communications Commission", "U.S. Department of Defense",
                                       "National Telecommunications and Information Administration",
                                       "Office of the United States Trade Representative", "U.S. Department of Energy")
CMUSA, CVCF = "China Mobile International (USA)", "China Venture Capital Fund Corporation Limited"
MSUB, ACQ, CAPI, CBFI = ("Canyon Bridge Merger Sub", "Canyon Bridge Acquisition Company",
                         "Canyon Bridge Capital Investment Limited", "Canyon Bridge Fund I")
IBP = "Office of the Assistant Secretary of Defense for Industrial Base Policy"
WIF = "Public Wireless Supply Chain Innovation Fund"

# (id, text, entities named in the passage, triples)
P = [
    # 01 FTC, Synopsys and Ansys divestiture order, May 2025 (tune)
    ("f9-01-01", "FTC to Require Synopsys and Ansys to Divest Assets to Proceed with Merger The Federal Trade Commission will "
     "require Synopsys, Inc. and Ansys, Inc. to divest certain assets to resolve antitrust concerns surrounding their $35 "
     "billion merger.",
     [FTC, "Synopsys", "Ansys"],
     [t(FTC, "regulates", "Synopsys"), t(FTC, "regulates", "Ansys")]),
    ("f9-01-02", "The FTC’s proposed divestiture order will preserve competition across several software tool markets that are "
     "critical for the design of semiconductors and light simulation devices, which are used in a wide range of products. "
     "The proposed order will help protect consumers from higher input prices for cars, smartphones, cameras, televisions, "
     "and other critical products.",
     [FTC], []),
    ("f9-01-03", "“The FTC’s action today protects Americans from higher costs for the countless everyday products that use "
     "computer chips, LED screens, fiber optic cables, and many other high-tech components,” said Daniel Guarnera, Director "
     "of the FTC’s Bureau of Competition. “The FTC’s divestiture order ensures that competition can thrive across software "
     "markets that are critical to designing the digital products that power Americans’ daily lives.”",
     [FTC, "Daniel Guarnera", "Bureau of Competition"],
     [t("Daniel Guarnera", LW, "Bureau of Competition"), t("Daniel Guarnera", "worksFor", FTC),
      t(FTC, "owns", "Bureau of Competition")]),
    ("f9-01-04", "Synopsys is a leading developer and supplier of software used to design semiconductors, known as Electronic "
     "Design Automation software. Ansys is a provider of simulation software tools, known as Simulation & Analysis "
     "software, which engineers use for testing products, including semiconductors.",
     ["Synopsys", "Ansys"], []),
    ("f9-01-05", "Under a proposed consent order, Synopsys will divest its optical software tools, which enable engineers to "
     "design and simulate optical devices that generate, reflect, or refract light, such as LED screens, mirrors, and "
     "lenses. Synopsys will also divest its photonic software tools, which assist in the design and simulation of devices "
     "that use photons as a signal to transmit information, which include fiber optic cables and solar panels.",
     ["Synopsys"], []),
    # 02 FCC fact sheet, denial of Section 214 authority for China Mobile USA, 18 April 2019 (check)
    ("f9-02-01", "April 18, 2019 FCC FACT SHEET* Denial of International Section 214 Authority for China Mobile International "
     "(USA) Inc. Memorandum Opinion and Order - IBFS File No. ITC-214-20110901-00289 Background: China Mobile International "
     "(USA) Inc., which is ultimately owned and controlled by the People’s Republic of China, seeks a Section 214 "
     "authorization to provide international telecommunications services between the United States and foreign "
     "destinations.",
     [FCC, CMUSA, "China", "United States"],
     [t("China", "owns", CMUSA)]),
    ("f9-02-02", "When an applicant for international Section 214 authority has reportable foreign ownership, the Commission "
     "routinely seeks the expertise of the relevant Executive Branch agencies as to whether grant of the application would "
     "raise any national security, law enforcement, foreign policy, or trade policy concerns. The Commission then makes an "
     "independent decision in light of the information in the record, including any information provided by the applicant "
     "in response to any filings by the Executive Branch agencies.",
     [FCC], []),
    ("f9-02-03", "After a thorough examination of China Mobile USA’s ownership and business plan, the Executive Branch agencies "
     "expressed the view that China Mobile USA’s application raises substantial national security and law enforcement risks "
     "that cannot be resolved through a voluntary mitigation agreement.",
     [CMUSA], []),
    ("f9-02-04", "What the Order Would Do: Find that China Mobile USA’s international Section 214 application presents "
     "substantial and serious national security and law enforcement risks that cannot be addressed through a mitigation "
     "agreement. Find that China Mobile USA has not met its burden of establishing that grant of its international Section "
     "214 application serves the public interest. Deny China Mobile USA’s application for international Section 214 "
     "authority.",
     [CMUSA], []),
    # 03 Commerce, CHIPS preliminary terms with SK hynix, 6 August 2024 (tune)
    ("f9-03-01", "Today, the Biden-Harris Administration announced that the U.S. Department of Commerce and SK hynix have signed "
     "a non-binding preliminary memorandum of terms (PMT) to provide up to $450 million in proposed federal incentives under "
     "the CHIPS and Science Act to establish a high-bandwidth memory (HBM) advanced packaging fabrication and research and "
     "development (R&D) facility.",
     [DOC, "SK Hynix", "CHIPS and Science Act"],
     [t(DOC, IP, "SK Hynix")]),
    ("f9-03-02", "President Biden signed the bipartisan CHIPS and Science Act to usher in a new era of semiconductor "
     "manufacturing in the United States, bringing with it a revitalized domestic supply chain, good-paying jobs, and "
     "investments in the industries of the future. The proposed CHIPS investment builds upon SK hynix’s investment of "
     "approximately $3.87 billion in West Lafayette, Indiana, to build a memory packaging plant for artificial intelligence "
     "(AI) products and an advanced packaging R&D facility, creating approximately 1,000 new jobs and filling a critical gap "
     "in the U.S. semiconductor supply chain.",
     ["Joe Biden", "CHIPS and Science Act", "United States", "SK Hynix", "West Lafayette", "Indiana"],
     [t("West Lafayette", "locatedIn", "Indiana")]),
    ("f9-03-03", "“The Biden-Harris Administration’s CHIPS and Science Act is a once-in-a-generation opportunity to supercharge "
     "America’s global technology leadership and create quality jobs in the process. Today’s historic announcement with SK "
     "hynix would further solidify America’s AI hardware supply chain in a way no other country on earth can match, with "
     "every major player in advanced semiconductor manufacturing and packaging building or expanding on our shores,” said "
     "U.S. Secretary of Commerce Gina Raimondo. “Because of President Biden and Vice President Harris’ leadership, we are "
     "creating hundreds of new jobs in Indiana and ensuring the Hoosier state and Purdue University will play a crucial "
     "role in advancing America’s national security and supply chains.”",
     ["CHIPS and Science Act", "United States", "SK Hynix", "Gina Raimondo", DOC, "Joe Biden", "Indiana",
      "Purdue University"],
     [t("Gina Raimondo", LW, DOC)]),
    # 04 USTR, Section 301 investigation fact sheet, June 2018 (check)
    ("f9-04-01", "Under President Trump’s leadership, the United States is working towards a more fair and reciprocal trade "
     "relationship with China. After years of unsuccessful U.S.-China dialogues, the United States is taking action to "
     "confront China over its state-led, market-distorting policies and practices, forced technology transfers, "
     "intellectual property practices, and cyber intrusions of U.S. commercial networks.",
     ["Donald Trump", "United States", "China"],
     [t("United States", "accuses", "China")]),
    ("f9-04-02", "The goal is to mitigate Chinese mercantilist practices, change China’s behavior, and create a level playing "
     "field that will give all Americans a better chance to succeed.",
     ["China"], []),
    ("f9-04-03", "- SECTION 301 INVESTIGATION - Under Section 301 of the Trade Act of 1974, USTR initiated an investigation to "
     "determine whether China’s acts, policies, and practices related to technology transfer, intellectual property, and "
     "innovation are unreasonable or discriminatory, and burden or restrict U.S. commerce.",
     ["Section 301", USTR, "China", "United States"],
     [t(USTR, "regulates", "China")]),
    ("f9-04-04", "- USTR held a public hearing on October 10, 2017, consulted with private sector advisory committees, held two "
     "rounds of public comment periods, and received approximately 70 written submissions from trade associations, U.S. "
     "companies and workers, academics, think tanks, and law firms.",
     [USTR, "United States"], []),
    ("f9-04-05", "- Following a thorough analysis of available evidence, USTR, with the assistance of the interagency Section "
     "301 Committee, determined that numerous acts, policies, and practices of the government of China related to "
     "technology transfer, intellectual property, and innovation are unreasonable or discriminatory, and burden or restrict "
     "U.S. commerce. Specifically, USTR found that:",
     [USTR, "China", "United States"],
     [t(USTR, "accuses", "China")]),
    ("f9-04-06", "- China uses joint venture requirements, foreign investment restrictions, and administrative review and "
     "licensing processes to require or pressure technology transfer from U.S. companies. - China deprives U.S. companies "
     "of the ability to set market-based terms in licensing and other technology-related negotiations.",
     ["China", "United States"], []),
    # 05 Presidential order on the proposed acquisition of Lattice Semiconductor, 13 September 2017 (tune)
    ("f9-05-01", "Order of September 13, 2017 Regarding the Proposed Acquisition of Lattice Semiconductor Corporation by China "
     "Venture Capital Fund Corporation Limited By the authority vested in me as President by the Constitution and the laws "
     "of the United States of America, including section 721 of the Defense Production Act of 1950, as amended (section "
     "721), 50 U.S.C. 4565, it is hereby ordered as follows:",
     ["Lattice Semiconductor", CVCF, "United States", "Defense Production Act"],
     [t(CVCF, "acquires", "Lattice Semiconductor")]),
    ("f9-05-02", "Section 1. Findings. (a) There is credible evidence that leads me to believe that (1) Canyon Bridge Merger Sub, "
     "Inc., a corporation organized under the laws of Delaware (Merger Sub); (2) Merger Sub’s parent companies Canyon Bridge "
     "Acquisition Company, Inc., a corporation organized under the laws of Delaware (Acquisition Company), Canyon Bridge "
     "Capital Investment Limited, an entity organized under the laws of the Cayman Islands (Capital Investment), and Canyon "
     "Bridge Fund I, LP (CBFI), a limited partnership organized under the laws of Delaware; and (3) CBFI’s limited partner "
     "Yitai Capital Limited, a company organized under the laws of Hong Kong (Yitai), and Yitai’s parent company China "
     "Venture Capital Fund Corporation Limited, a corporation organized under the laws of the People’s Republic of China "
     "(CVCF and, together with Merger Sub, Acquisition Company, Capital Investment, CBFI, and Yitai, the Purchasers), "
     "through exercising control of Lattice Semiconductor Corporation, a corporation organized under the laws of Delaware "
     "(Lattice), might take action that threatens to impair the national security of the United States; and",
     [MSUB, ACQ, CAPI, CBFI, "Yitai Capital Limited", CVCF, "Lattice Semiconductor", "Delaware", "Cayman Islands",
      "Hong Kong", "China", "United States"],
     [t(MSUB, "basedIn", "Delaware"), t(ACQ, "owns", MSUB), t(ACQ, "basedIn", "Delaware"), t(CAPI, "owns", MSUB),
      t(CAPI, "basedIn", "Cayman Islands"), t(CBFI, "owns", MSUB), t(CBFI, "basedIn", "Delaware"),
      t("Yitai Capital Limited", "investsIn", CBFI), t("Yitai Capital Limited", "basedIn", "Hong Kong"),
      t(CVCF, "owns", "Yitai Capital Limited"), t(CVCF, "basedIn", "China"),
      t("Lattice Semiconductor", "basedIn", "Delaware")]),
    # 06 DoD, DPA Title III agreement with Six Sigma, May 2023 (check)
    ("f9-06-01", "Immediate Release DoD Announces $10 Million Defense Production Act Title III Agreement With Six Sigma to "
     "Strengthen the Domestic Microelectronics Industrial Base",
     [DOD, "Defense Production Act", "Six Sigma"],
     [t(DOD, IP, "Six Sigma")]),
    ("f9-06-02", "As part of the nation's effort to sustain the microelectronics manufacturing capability necessary for national "
     "and economic security, and in support of Executive Order 14017, America's Supply Chains, the Department of Defense "
     "recently entered a $10 million agreement with Six Sigma utilizing Defense Production Act (DPA) Title III authorities.",
     ["Executive Order 14017", DOD, "Six Sigma", "Defense Production Act"],
     [t(DOD, IP, "Six Sigma")]),
    ("f9-06-03", "Six Sigma will increase the capacity of both its copper solder column manufacturing and column attach "
     "processes to enable the production of high-reliability Column Grid Array components (such as Field Programmable Gate "
     "Arrays and Application Specific Integrated Circuits) for military and aerospace applications. The project will run "
     "51-months and be performed at its facility in Milpitas, California.",
     ["Six Sigma", "Milpitas", "California"],
     [t("Milpitas", "locatedIn", "California")]),
    ("f9-06-04", "\"This investment ensures critical DoD military and space programs operating in extreme thermal and vibration "
     "environments are available to meet the needs of American strategic interests,\" said Dr. Taylor-Kale, ASD (IBP). \"It "
     "exemplifies the Department's commitment to ensuring the resilience and integrity of our nation's critical supply "
     "chains.\"",
     [DOD, "Laura Taylor-Kale", IBP],
     [t("Laura Taylor-Kale", LW, IBP)]),
    ("f9-06-05", "About the Department of Defense's Office of the Assistant Secretary of Defense for Industrial Base Policy",
     [DOD, IBP],
     [t(DOD, "owns", IBP)]),
    # 07 DoD, DPA Title III projects with 5N Plus Semiconductor and SolAero Technologies, 2020 (tune)
    ("f9-07-01", "Immediate Release DOD Announces Two Defense Production Act Title 3 COVID-19 Projects to Support the Space "
     "Defense Industrial Base: $12.45 Million Investment to Improve Domestic Semiconductor Production and $6 Million to "
     "Expand Domestic Production of Satellite Solar Array Panels",
     [DOD, "Defense Production Act"], []),
    ("f9-07-02", "Statement attributed to Lt. Col. Mike Andrews, Department of Defense spokesman: \"As part of the national "
     "response to COVID-19, the Department of Defense has signed a $12.45 million contract award with 5N Plus Semiconductor "
     "to improve semiconductor production processes to support long term business viability and maintain the sole domestic "
     "source of critical semiconductor technologies for space programs.",
     ["Mike Andrews", DOD, "5N Plus Semiconductor"],
     [t("Mike Andrews", "worksFor", DOD), t(DOD, IP, "5N Plus Semiconductor")]),
    ("f9-07-03", "Located in St. George, Utah, where the project will be performed over the anticipated 39 months. This "
     "agreement will support 5N Plus Semiconductors' product and process capability integration with U.S. space satellite "
     "suppliers to complete development and qualification of next-generation semiconductor products and technologies.",
     ["St. George", "Utah", "5N Plus Semiconductor", "United States"],
     [t("St. George", "locatedIn", "Utah"), t("5N Plus Semiconductor", ["basedIn", "locatedIn"], "St. George")]),
    ("f9-07-04", "The Department of Defense has also signed a $6 million contract with SolAero Technologies to sustain critical "
     "domestic industrial base capability for satellite solar array panels during the COVID-19 pandemic.",
     [DOD, "SolAero Technologies"],
     [t(DOD, IP, "SolAero Technologies")]),
    ("f9-07-05", "Located in Albuquerque, New Mexico, SolAero Technologies will expand its domestic production capability and "
     "capacity for advanced satellite solar cells and panels.",
     ["Albuquerque", "New Mexico", "SolAero Technologies"],
     [t("Albuquerque", "locatedIn", "New Mexico"), t("SolAero Technologies", ["basedIn", "locatedIn"], "Albuquerque")]),
    # 08 NTIA, Wireless Innovation Fund applications, August 2024 (check)
    ("f9-08-01", "More than 225 Applications Totaling Nearly $3 Billion Submitted for the Wireless Innovation Fund WASHINGTON – "
     "The Department of Commerce’s National Telecommunications and Information Administration (NTIA) announced today that "
     "it received 227 applications requesting more than $2.94 billion in funding to support wireless equipment innovation.",
     [WIF, DOC, NTIA],
     [t(DOC, "owns", NTIA)]),
    ("f9-08-02", "The second Notice of Funding Opportunity (NOFO) in the Public Wireless Supply Chain Innovation Fund will make "
     "up to $420 million available to invest in projects that will drive commercialization and innovation in open radio "
     "units. Radio units, which sit at the top of cell phone towers to transmit and receive signals, are the largest and "
     "most costly part of the carrier network.",
     [WIF], []),
    ("f9-08-03", "“Making open radio units more widely available will build momentum toward greater adoption of open and "
     "interoperable networks,” said Assistant Secretary of Commerce for Communications and Information and NTIA "
     "Administrator Alan Davidson. “The interest in this round of funding will lead to a stronger wireless supply chain for "
     "the U.S. and our allies.”",
     [DOC, NTIA, "Alan Davidson", "United States"],
     [t("Alan Davidson", "worksFor", DOC), t("Alan Davidson", LW, NTIA)]),
    ("f9-08-04", "Applications for this round of funding were due July 17. NTIA is now evaluating the applications and expects "
     "to begin making awards later this year.",
     [NTIA], []),
    ("f9-08-05", "Funded by the CHIPS and Science Act of 2022, the $1.5 billion Wireless Innovation Fund is part of the "
     "Biden-Harris Administration’s Investing in America agenda, aiming to drive wireless innovation, foster competition, "
     "and strengthen supply chain resilience. By supporting the development of open radio units, this second round of "
     "funding will help to ensure that wireless technology is built by the U.S. and its global allies and partners – not "
     "vendors from nations that threaten our national security.",
     ["CHIPS and Science Act", WIF, "United States"], []),
    # 09 NTIA, first Wireless Innovation Fund grants, 8 August 2023 (tune)
    ("f9-09-01", "WASHINGTON – Today, the Department of Commerce's National Telecommunications and Information Administration "
     "(NTIA) awarded nearly $5.5 million in the first round of grants from the Public Wireless Supply Chain Innovation Fund.",
     [DOC, NTIA, WIF],
     [t(DOC, "owns", NTIA)]),
    ("f9-09-02", "The $1.5 billion Wireless Innovation Fund supports the development of open and interoperable wireless networks "
     "as part of the Biden-Harris Administration's Investing in America agenda. Open and interoperable wireless equipment "
     "will help drive competition, strengthen global supply chain resiliency and lower costs for consumers and network "
     "operators.",
     [WIF], []),
    ("f9-09-03", "The shift to open and interoperable networks is vital for our national and economic security. The "
     "development of new, open-architecture approaches to wireless networks will help to ensure that future wireless "
     "equipment is built by the U.S. and its global allies and partners – not vendors from nations that threaten our "
     "national security.",
     ["United States"], []),
    ("f9-09-04", "This first round of funding will support R&D and testing activities related to evaluating energy efficiency, "
     "measuring performance of interoperable equipment and testing methods for sharing spectrum. The funding totaled "
     "$5,482,052 and was awarded to projects at Northeastern University, New York University, and DeepSig Inc.",
     ["Northeastern University", "New York University", "DeepSig"], []),
    ("f9-09-05", "Innovation Fund Director Amanda Toman announced the awards at an event with Northeastern University.",
     [WIF, "Amanda Toman", "Northeastern University"], []),
    ("f9-09-06", "Funded by the CHIPS and Science Act of 2022, the Innovation Fund will invest $1.5 billion over the next decade "
     "to support the development of open and interoperable networks. NTIA will make up to $140.5 million in grants "
     "available on a rolling basis from the first round of funding.",
     ["CHIPS and Science Act", WIF, NTIA], []),
    # 10 DOE, foreign entity of concern guidance, 2024 (check)
    ("f9-10-01", "The Department of Energy (DOE) has issued its final interpretive guidance on the statutory definition of "
     "“foreign entity of concern” (FEOC) in the Bipartisan Infrastructure Law (BIL), which is designed to reduce reliance on "
     "FEOCs in battery supply chains and bolster the growth of domestic and friend-shored battery materials and "
     "manufacturing. The guidance is largely finalized as proposed in December 2023 with refinements and clarification to "
     "aid automakers and other stakeholders in identifying FEOCs in their battery supply chains.",
     [DOE, "Infrastructure Investment and Jobs Act"], []),
    ("f9-10-02", "The DOE final guidance applies to DOE’s Battery Materials Processing and Manufacturing grant program "
     "authorized by section 40207 of BIL and the IRA 30D Clean Vehicle tax credit, which impose limits when an entity’s "
     "battery supply chain includes foreign entities of concern. The BIL provides that, among other criteria, a foreign "
     "entity is defined as a “foreign entity of concern” if it is “owned by, controlled by, or subject to the jurisdiction "
     "or direction of a government of a foreign country that is a covered nation.” Covered nations are defined as China, "
     "Russia, Iran, and North Korea.",
     [DOE, "Infrastructure Investment and Jobs Act", "China", "Russia", "Iran", "North Korea"], []),
    ("f9-10-03", "DOE worked with the U.S. Department of the Treasury and the Internal Revenue Service (IRS) to ensure that the "
     "final interpretive guidance is administrable in the context of the section 30D Tax Credit, as well as the BIL 402017 "
     "grant program.",
     [DOE, "U.S. Department of the Treasury", "IRS", "Infrastructure Investment and Jobs Act"],
     [t(DOE, "partnersWith", "U.S. Department of the Treasury"), t(DOE, "partnersWith", "IRS")]),
]

if __name__ == "__main__":
    build(P, E, SOURCES, OUT)
