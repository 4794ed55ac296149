"""Writes benchmarks/data/fed3-gold.jsonl: passages cut verbatim from twelve U.S. federal releases
(benchmarks/data/fed3-sources/, public domain, 17 U.S.C. 105), annotated by hand per
../shared/ONTOLOGY.md ("How a sentence is annotated", "Real-text conventions") and the precedents of
us-gov-gold.jsonl, before `kg` was run on any of them (29 November 2026).

Split by whole document: odd documents (f3-01, f3-03, ...) tune, even documents check (counted only,
benchmarks/score_real.py). Each passage's text is checked to occur, whitespace normalised, in the body of its
source file (after the "-----" line; the checks are fedgold.build's, shared with make_fed4_gold.py); run this
script to regenerate the JSONL after an edit.
"""
from __future__ import annotations

from pathlib import Path

from fedgold import build

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "fed3-sources"
OUT = HERE / "fed3-gold.jsonl"

E = {
    "United States": ("Country", ["United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "the United States",
                                  "U.S. government", "United States government"]),
    "China": ("Country", ["People's Republic of China", "PRC", "P.R.C.", "mainland China", "People's Republic of China (PRC)",
                          "PRC government", "PRC Government", "Chinese government", "Beijing"]),
    "U.S. Department of Commerce": ("GovernmentBody", ["Commerce Department", "Department of Commerce", "U.S. Commerce Department",
                                                       "US Department of Commerce", "US Commerce Department", "DOC", "Commerce",
                                                       "United States Department of Commerce"]),
    "Bureau of Industry and Security": ("GovernmentBody", ["BIS", "Bureau of Industry and Security (BIS)",
                                                           "U.S. Bureau of Industry and Security",
                                                           "Department of Commerce's Bureau of Industry and Security",
                                                           "Department of Commerce's Bureau of Industry and Security (BIS)",
                                                           "Commerce's Bureau of Industry and Security"]),
    "Entity List": ("Policy", ["BIS Entity List", "U.S. Entity List", "Commerce Entity List", "so-called Entity List",
                               "export-control Entity List"]),
    # 01
    "Lin Chen": ("Person", ["Chen"]),
    "International Emergency Economic Powers Act": ("Policy", ["IEEPA"]),
    "Export Administration Regulations": ("Policy", ["EAR"]),
    "William Alsup": ("Person", ["Hon. William Alsup", "Alsup"]),
    "Jiangsu Hantang International Trade Group": ("Company", ["Jiangsu Hantang International Trade Group Corp., Ltd.",
                                                              "Jiangsu Hantang International Trade Group Corp., Ltd. (JHI)",
                                                              "Jiangsu Hantang International Trade Group Corp.",
                                                              "Jiangsu Hantang International", "JHI"]),
    "Nanjing": ("City", []),
    "Chengdu GaStone Technology": ("Company", ["Chengdu GaStone Technology Co., Ltd.", "Chengdu GaStone Technology Co.",
                                               "Chengdu GaStone Technology Co., Ltd. (GaStone)", "GaStone", "CGTC",
                                               "Chengdu GaStone Technology Company"]),
    "Chengdu": ("City", []),
    "DTX-150": ("Product", ["DTX-150 Scribe and Break Machine"]),
    # 02
    "Michael McCaul": ("Person", ["McCaul"]),
    "House Foreign Affairs Committee": ("GovernmentBody", ["House Committee on Foreign Affairs"]),
    "Huawei Marine Networks": ("Company", ["HMN Tech", "HMN Technologies"]),
    "SMIC": ("Company", ["Semiconductor Manufacturing International Corporation", "Semiconductor Manufacturing International"]),
    "Communist Party of China": ("Organization", ["Chinese Communist Party", "CCP", "CPC"]),
    # 03
    "National Institute of Standards and Technology": ("GovernmentBody", ["NIST"]),
    "Natcast": ("Organization", []),
    "National Semiconductor Technology Center": ("Organization", ["NSTC"]),
    "CHIPS and Science Act": ("Policy", ["CHIPS Act", "CHIPS and Science Act of 2022"]),
    "Gina Raimondo": ("Person", ["Gina M. Raimondo", "Raimondo"]),
    "Deirdre Hanford": ("Person", ["Hanford"]),
    # 04
    "Federal Communications Commission": ("GovernmentBody", ["FCC", "U.S. Federal Communications Commission"]),
    "China Telecom Americas": ("Company", ["China Telecom America", "China Telecom (Americas)",
                                           "China Telecom (Americas) Corp"]),
    "Order on Revocation and Termination": ("Policy", []),
    # 05
    "YMTC": ("Company", ["Yangtze Memory Technologies", "Yangtze Memory Technologies Co", "Yangtze Memory"]),
    "Wuhan": ("City", []),
    "CXMT": ("Company", ["ChangXin Memory Technologies", "Changxin Memory Technologies"]),
    "Chuck Schumer": ("Person", ["Schumer", "Charles Schumer", "Charles E. Schumer"]),
    "Joe Biden": ("Person", ["Biden", "President Biden", "Joseph R. Biden", "President Joseph R. Biden"]),
    # 06
    "A Vision and Strategy for the National Semiconductor Technology Center": ("Product", []),
    "United States Congress": ("GovernmentBody", ["Congress", "U.S. Congress"]),
    "Investing in America Agenda": ("Policy", ["Investing in America agenda"]),
    # 07
    "House Select Committee on the CCP": ("GovernmentBody", [
        "House Select Committee on the Chinese Communist Party", "Select Committee on the CCP",
        "Select Committee on the Chinese Communist Party", "Congressional Select Committee on the Chinese Communist Party",
        "Select Committee on CCP", "Select Committee", "House Select Committee on China",
        "House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party",
        "House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party (CCP)"]),
    "John Moolenaar": ("Person", ["Moolenaar", "Chairman Moolenaar", "Chairman John Moolenaar"]),
    "Chris Brose": ("Person", ["Mr. Chris Brose"]),
    "Anduril Industries": ("Company", ["Anduril"]),
    "William Greenwalt": ("Person", ["Dr. William Greenwalt"]),
    "American Enterprise Institute": ("Organization", ["AEI"]),
    "Halimah Najieb-Locke": ("Person", ["Ms. Halimah Najieb-Locke"]),
    "Entanglement Inc.": ("Company", ["Entanglement", "Entanglement Inc"]),
    "Rebuilding the Arsenal of Democracy": ("Event", []),
    "Protecting Americans from Foreign Adversary Controlled Applications Act": ("Policy", []),
    "TikTok": ("Product", []),
    "ByteDance": ("Company", []),
    "Raja Krishnamoorthi": ("Person", ["Krishnamoorthi"]),
    "U.S. Court of Appeals for the D.C. Circuit": ("GovernmentBody", ["DC Circuit Court", "D.C. Circuit"]),
    "Donald Trump": ("Person", ["President Trump", "Trump", "Donald J. Trump", "President Donald J. Trump"]),
    # 08
    "China Mobile": ("Company", []),
    "China Telecom": ("Company", []),
    "China Unicom": ("Company", []),
    # 09
    "Office of the United States Trade Representative": ("GovernmentBody", ["USTR", "U.S. Trade Representative",
                                                                            "U.S. Trade Representative (USTR)",
                                                                            "Office of the U.S. Trade Representative"]),
    "World Trade Organization": ("Organization", ["WTO", "World Trade Organization (WTO)"]),
    "U.S. Department of the Treasury": ("GovernmentBody", ["Department of Treasury", "Treasury Department",
                                                           "Department of the Treasury", "U.S. Treasury", "Treasury"]),
    "Section 301": ("Policy", ["Section 301 of the Trade Act of 1974"]),
    "Trade Act of 1974": ("Policy", []),
    # 10
    "CHIPS.gov": ("Product", ["CHIPS.gov website"]),
    # 11
    "People's Liberation Army": ("Organization", ["PLA"]),
    "South China Sea": ("Region", []),
    # 12
    "Battle Creek": ("City", []),
    "Michigan": ("Region", ["State of Michigan"]),
    "Mark Behnke": ("Person", ["Behnke"]),
    "CATL": ("Company", ["Contemporary Amperex Technology Co., Limited", "Contemporary Amperex Technology Co., Limited (CATL)",
                         "Contemporary Amperex Technology"]),
    "Ford Motor": ("Company", ["Ford", "Ford Motor Company"]),
    "White House": ("GovernmentBody", ["the White House"]),
    "Rick Scott": ("Person", ["Chairman Rick Scott"]),
    "Senate Committee on Aging": ("GovernmentBody", ["Senate Special Committee on Aging"]),
    "Securities and Exchange Commission": ("GovernmentBody", ["SEC", "U.S. Securities and Exchange Commission",
                                                              "Securities and Exchange Commission (SEC)", "the Commission"]),
    "Paul Atkins": ("Person", ["Paul S. Atkins"]),
}


def t(s, p, o):
    return {"s": s, "p": [p] if isinstance(p, str) else list(p), "o": o}


SR = ["sanctions", "restricts"]

# (id, text, entities named in the passage, triples)
P = [
    # 01 USAO N.D. Cal., Lin Chen plea (tune)
    ("f3-01-01", "SAN FRANCISCO – Lin Chen pleaded guilty in federal court today to illegally exporting U.S. technology to a "
     "prohibited end user in China, in violation of the International Emergency Economic Powers Act (IEEPA) and the Export "
     "Administration Regulations (EAR). The plea was accepted by the Hon. William Alsup, Senior U.S. District Judge.",
     ["Lin Chen", "United States", "China", "International Emergency Economic Powers Act", "Export Administration Regulations",
      "William Alsup"],
     [t("William Alsup", "worksFor", "United States")]),
    ("f3-01-02", "In pleading guilty, Chen, 65, a citizen of the People’s Republic of China (PRC), admitted to acting on behalf "
     "of Jiangsu Hantang International Trade Group Corp., Ltd. (JHI), a company headquartered in Nanjing, PRC, to procure a "
     "wafer cutting machine on behalf of Chengdu GaStone Technology Co., Ltd. (GaStone), an entity located in Chengdu, PRC. "
     "Chen admitted to knowing that GaStone was designated on the U.S. Department of Commerce’s Entity List on Aug. 1, 2014. "
     "Federal regulations restrict the export of certain items to companies, research institutions, and other entities "
     "identified on the Department of Commerce’s Entity List. Under applicable Department of Commerce regulations, wafer "
     "cutting machines, which are used to cut thin semiconductors used in electronics (also known as silicon wafers), require "
     "a license for export to end-users such as GaStone.",
     ["Lin Chen", "China", "Jiangsu Hantang International Trade Group", "Nanjing", "Chengdu GaStone Technology", "Chengdu",
      "U.S. Department of Commerce", "Entity List"],
     [t("Lin Chen", "worksFor", "Jiangsu Hantang International Trade Group"),
      t("Jiangsu Hantang International Trade Group", "basedIn", "Nanjing"),
      t("Nanjing", "locatedIn", "China"),
      t("Chengdu GaStone Technology", ["basedIn", "locatedIn"], "Chengdu"),
      t("Chengdu", "locatedIn", "China"),
      t("U.S. Department of Commerce", ["sanctions", "restricts", "regulates"], "Chengdu GaStone Technology")]),
    ("f3-01-03", "According to the plea agreement, by no later than Dec. 4, 2015, Chen knew that GaStone was prohibited from "
     "receiving restricted exports without a license, including a DTX-150 Scribe and Break Machine, a machine for processing "
     "silicon wafer microchips. On approximately Dec. 10, 2015, Chen worked with a co-defendant to arrange the sale of a "
     "DTX-150 to GaStone by shipping it to the PRC in the name of JHI without an export license from Commerce. Chen used "
     "JHI’s status as an intermediary to conceal GaStone as the true end-user of the technology.",
     ["Lin Chen", "Chengdu GaStone Technology", "DTX-150", "China", "Jiangsu Hantang International Trade Group",
      "U.S. Department of Commerce"],
     [t("Lin Chen", "suppliesTo", "Chengdu GaStone Technology"), t("Lin Chen", "suppliesTo", "China")]),
    ("f3-01-04", "A federal grand jury indicted Chen on Dec. 1, 2020, charging him with conspiracy to violate IEEPA; submitting "
     "false electronic export information; smuggling; and IEEPA violations.",
     ["Lin Chen", "International Emergency Economic Powers Act"], []),
    # 02 House Foreign Affairs Committee, McCaul on BIS (check)
    ("f3-02-01", "Washington, D.C. – House Foreign Affairs Committee Lead Republican Michael McCaul released the following "
     "statement in response to the Department of Commerce, Bureau of Industry and Security (BIS) decision to issue a final rule "
     "to address the ongoing threats to U.S. national security and foreign policy interests presented by the People’s Republic "
     "of China’s efforts to develop and deploy biotechnology and other technologies for military applications and human rights "
     "abuses. This includes designating HMN Tech and multiple other submarine cable companies on the BIS Entity List.",
     ["House Foreign Affairs Committee", "Michael McCaul", "U.S. Department of Commerce", "Bureau of Industry and Security",
      "United States", "China", "Huawei Marine Networks", "Entity List"],
     [t("Michael McCaul", ["worksFor", "leads"], "House Foreign Affairs Committee"),
      t("U.S. Department of Commerce", "owns", "Bureau of Industry and Security"),
      t("Bureau of Industry and Security", SR, "Huawei Marine Networks")]),
    ("f3-02-02", "“While I commend BIS’s decision to issue this final rule to counter CCP efforts in several technologies, like "
     "biotech and submarine cable, I’m concerned about inaction by this administration. No update to the SMIC licensing policy "
     "is a major mistake. We cannot let the interests of one industry segment result in the Chinese military being able to make "
     "its own semiconductors. There is still work to be done.”",
     ["Bureau of Industry and Security", "Communist Party of China", "SMIC"], []),
    # 03 Commerce / NIST, Natcast award (tune)
    ("f3-03-01", "Today, the U.S. Department of Commerce announced the National Institute of Standards and Technology (NIST) has "
     "awarded Natcast up to $6.3 billion to operate the National Semiconductor Technology Center (NSTC) under a long-term "
     "agreement with NIST. Through this partnership, Natcast will continue to build the NSTC as an enduring institution that "
     "will extend U.S. leadership in semiconductor technology, reduce the time and cost to prototype, and build and sustain a "
     "semiconductor workforce ecosystem, consistent with the vision laid out in the CHIPS and Science Act. This award follows "
     "the previously announced intent to invest over $5 billion in the NSTC.",
     ["U.S. Department of Commerce", "National Institute of Standards and Technology", "Natcast",
      "National Semiconductor Technology Center", "United States", "CHIPS and Science Act"],
     [t("National Institute of Standards and Technology", ["investsIn", "partnersWith"], "Natcast"),
      t("Natcast", ["owns", "develops"], "National Semiconductor Technology Center")]),
    ("f3-03-02", "\"A robust research and development ecosystem is essential to ensuring the United States is a global leader in "
     "semiconductor innovation,” said U.S. Secretary of Commerce Gina Raimondo. “The NSTC represents the foundation for the "
     "next wave of technological breakthroughs, serving as the anchor institution where the future of semiconductor innovation "
     "will be shaped. This long-term agreement with Natcast will help close the gap between invention and commercialization, "
     "build a resilient semiconductor workforce, and advance both our national and economic security.”",
     ["United States", "U.S. Department of Commerce", "Gina Raimondo", "National Semiconductor Technology Center", "Natcast"],
     [t("Gina Raimondo", "leads", "U.S. Department of Commerce")]),
    ("f3-03-03", "“The NSTC represents a once-in-a-generation opportunity to build the shared infrastructure, resources, "
     "workforce, and collaboration necessary to secure America’s global leadership position in semiconductor technology,” said "
     "Deirdre Hanford, Natcast CEO. “We have already seen incredible engagement with the NSTC from across the semiconductor "
     "ecosystem, and momentum is growing.",
     ["National Semiconductor Technology Center", "United States", "Deirdre Hanford", "Natcast"],
     [t("Deirdre Hanford", "leads", "Natcast")]),
    # 04 FCC, China Telecom Americas (check)
    ("f3-04-01", "The Federal Communications Commission adopted an order ending China Telecom America’s ability to provide "
     "domestic interstate and international telecommunications services within the United States. The Order on Revocation and "
     "Termination directs China Telecom Americas to discontinue any domestic or international services that it provides "
     "pursuant to its section 214 authority within sixty days following the release of the order. Promoting national security "
     "is an integral part of the FCC’s responsibility to advance the public interest, and today’s action carries out that "
     "mission to safeguard the nation’s telecommunications infrastructure from potential security threats.",
     ["Federal Communications Commission", "China Telecom Americas", "United States", "Order on Revocation and Termination"],
     [t("Federal Communications Commission", ["restricts", "sanctions", "regulates"], "China Telecom Americas"),
      t("China Telecom Americas", "suppliesTo", "United States")]),
    ("f3-04-02", "Based in part on the recommendation of the Executive Branch agencies, the FCC found that China Telecom Americas "
     "failed to rebut the serious concerns of the Executive Branch about its continued presence in the United States. In "
     "December 2020, the FCC launched a proceeding and established a process that allowed for China Telecom Americas, the "
     "Executive Branch agencies, and the public to present any remaining arguments or evidence in the matter. Based on the "
     "totality of the extensive unclassified record alone, the FCC’s public interest analysis finds that the present and future "
     "public interest, convenience, and necessity is no longer served by China Telecom Americas’ retention of its section 214 "
     "authority.",
     ["Federal Communications Commission", "China Telecom Americas", "United States"],
     [t("Federal Communications Commission", ["regulates", "restricts", "sanctions", "accuses"], "China Telecom Americas")]),
    # 05 Congressional Record, Schumer on YMTC (tune)
    ("f3-05-01", "China\n\nMr. SCHUMER. Mr. President, this morning, the Biden administration announced they are taking action "
     "to counter the Chinese Communist Party's threat to our national security. Just a few moments ago, the Department of "
     "Commerce said they would formally add Wuhan-based YMTC and 35 other Chinese companies to the so-called Entity List, "
     "blocking them from purchasing critical technology from American businesses.",
     ["China", "Chuck Schumer", "Joe Biden", "Communist Party of China", "U.S. Department of Commerce", "Wuhan", "YMTC",
      "Entity List", "United States"],
     [t("U.S. Department of Commerce", SR, "YMTC"), t("YMTC", "basedIn", "Wuhan"), t("YMTC", "basedIn", "China")]),
    ("f3-05-02", "I am glad this decision has finally arrived because I have long sounded the alarm on the economic and national "
     "security threats posed by YMTC and other CCP-backed technology companies, like CXMT and SMIC.",
     ["YMTC", "Communist Party of China", "CXMT", "SMIC"],
     [t("Communist Party of China", "investsIn", "YMTC"), t("Communist Party of China", "investsIn", "CXMT"),
      t("Communist Party of China", "investsIn", "SMIC")]),
    ("f3-05-03", "YMTC poses an immediate threat to our national security so the Biden administration needed to act swiftly to "
     "prevent YMTC from gaining even an inch of military or economic advantage. I am glad that they are heeding our calls as "
     "well as calls from other Members on both sides of the aisle.",
     ["YMTC", "Joe Biden"], []),
    # 06 NIST, NSTC vision (check)
    ("f3-06-01", "Semiconductor R&D Strategy is Part of President Biden’s Investing in America Agenda to Advance U.S. "
     "Competitiveness and Technological Leadership",
     ["Joe Biden", "Investing in America Agenda", "United States"], []),
    ("f3-06-02", "Today, the U.S. Department of Commerce’s National Institute of Standards and Technology (NIST) released a paper "
     "outlining its vision and strategy for a National Semiconductor Technology Center (NSTC), a key component of the research "
     "and development program established by President Biden’s CHIPS and Science Act. Congress appropriated funds for the "
     "creation of a national center to support and extend U.S. leadership in semiconductor research, design, engineering, and "
     "advanced manufacturing and strengthen U.S. competitiveness.",
     ["U.S. Department of Commerce", "National Institute of Standards and Technology",
      "National Semiconductor Technology Center", "Joe Biden", "CHIPS and Science Act", "United States Congress",
      "United States"],
     [t("U.S. Department of Commerce", "owns", "National Institute of Standards and Technology")]),
    ("f3-06-03", "The paper, “A Vision and Strategy for the National Semiconductor Technology Center,” lays out how the NSTC will "
     "accelerate America’s ability to develop the chips and technologies of the future to safeguard America’s global "
     "innovation leadership. The vision and strategy paper describes the center’s mission, core programs, and other features. "
     "In addition to creating and sponsoring research programs, the NSTC will work with academic and industry partners to "
     "create affiliated technical centers around the country, fostering a network of research and innovation that is "
     "unprecedented in scale, breadth, and focus. The NSTC will lay the groundwork for good jobs that will grow a domestic "
     "semiconductor workforce.",
     ["A Vision and Strategy for the National Semiconductor Technology Center", "National Semiconductor Technology Center",
      "United States"], []),
    ("f3-06-04", "“The NSTC will be an ambitious public-private consortium where government, industry, customers, suppliers, "
     "educational institutions, entrepreneurs, and investors will come together to innovate, connect, and solve problems,” "
     "said U.S. Secretary of Commerce Gina Raimondo.",
     ["National Semiconductor Technology Center", "U.S. Department of Commerce", "Gina Raimondo"],
     [t("Gina Raimondo", "leads", "U.S. Department of Commerce")]),
    # 07 House Select Committee on the CCP, weekly recap (tune)
    ("f3-07-01", "Welcome to The Select, a weekly newsletter on the work of the Congressional Select Committee on the Chinese "
     "Communist Party led by Chairman John Moolenaar (R-MI).\nSee below for this week's updates.",
     ["House Select Committee on the CCP", "John Moolenaar"],
     [t("John Moolenaar", ["leads", "worksFor"], "House Select Committee on the CCP")]),
    ("f3-07-02", "Select Committee on CCP Holds Hearing - \"Rebuilding the Arsenal of Democracy: The Imperative to Strengthen "
     "America's Defense Industrial Base and Workforce\"\nOn Thursday, the Select Committee held a hearing titled \"Rebuilding "
     "the Arsenal of Democracy: The Imperative to Strengthen America's Defense Industrial Base and Workforce.\" Witnesses "
     "included Mr. Chris Brose, Chief Strategy Officer, Anduril, Dr. William Greenwalt, Non-resident Senior Fellow, American "
     "Enterprise Institute, Ms. Halimah Najieb-Locke, Vice President of Policy and Strategy, Entanglement Inc.",
     ["House Select Committee on the CCP", "Rebuilding the Arsenal of Democracy", "United States", "Chris Brose",
      "Anduril Industries", "William Greenwalt", "American Enterprise Institute", "Halimah Najieb-Locke", "Entanglement Inc."],
     [t("Chris Brose", "worksFor", "Anduril Industries"), t("William Greenwalt", "worksFor", "American Enterprise Institute"),
      t("Halimah Najieb-Locke", "worksFor", "Entanglement Inc.")]),
    ("f3-07-03", "Moolenaar, Krishnamoorthi on DC Circuit Court Decision to Uphold TikTok Divestment Bill\nToday, the DC Circuit "
     "Court upheld the Protecting Americans from Foreign Adversary Controlled Applications Act, rejecting TikTok's effort to "
     "overturn the law that was passed with overwhelming bipartisan support. See statements from the Chairman and Ranking "
     "Member of the Select Committee below.",
     ["John Moolenaar", "Raja Krishnamoorthi", "U.S. Court of Appeals for the D.C. Circuit", "TikTok",
      "Protecting Americans from Foreign Adversary Controlled Applications Act", "House Select Committee on the CCP"], []),
    ("f3-07-04", "“Today’s ruling is a victory for the American people and TikTok users, and a loss for the Chinese Communist "
     "Party, which will no longer be able to exploit ByteDance’s control over TikTok to undermine our sovereignty, surveil our "
     "citizens, and threaten our national security. I am optimistic that President Trump will facilitate an American takeover "
     "of TikTok to allow its continued use in the United States and I look forward to welcoming the app in America under new "
     "ownership,\" said Chairman Moolenaar.",
     ["United States", "TikTok", "Communist Party of China", "ByteDance", "Donald Trump", "John Moolenaar"],
     [t("ByteDance", "owns", "TikTok"), t("John Moolenaar", "accuses", "Communist Party of China")]),
    # 08 House Select Committee on the CCP, press-release listing (check)
    ("f3-08-01", "Washington, D.C. —  The House Select Committee on China has issued subpoenas to three Chinese state-owned "
     "telecommunications companies—China Mobile, China Telecom, and China Unicom—after the companies failed to respond to a "
     "formal bipartisan congressional request for information sent on March 4.",
     ["House Select Committee on the CCP", "China", "China Mobile", "China Telecom", "China Unicom"],
     [t("House Select Committee on the CCP", ["sues", "regulates"], "China Mobile"),
      t("House Select Committee on the CCP", ["sues", "regulates"], "China Telecom"),
      t("House Select Committee on the CCP", ["sues", "regulates"], "China Unicom"),
      t("China Mobile", "basedIn", "China"), t("China Telecom", "basedIn", "China"), t("China Unicom", "basedIn", "China"),
      t("China", "owns", "China Mobile"), t("China", "owns", "China Telecom"), t("China", "owns", "China Unicom")]),
    ("f3-08-02", "WASHINGTON D.C. — This morning, Chairman John Moolenaar (R-MI) of the House Select Committee on the Chinese "
     "Communist Party welcomed President Trump's decision to impose across the board tariffs on the People's Republic of China.",
     ["John Moolenaar", "House Select Committee on the CCP", "Donald Trump", "China"],
     [t("John Moolenaar", ["leads", "worksFor"], "House Select Committee on the CCP"),
      t("Donald Trump", ["restricts", "sanctions"], "China")]),
    # 09 White House fact sheet, March 2018 (tune)
    ("f3-09-01", "Washington, DC - Under my Administration, the theft of American prosperity will end. We’re going to defend our "
     "industry and create a level playing field for the American worker... finally. ~ President Donald J. Trump",
     ["United States", "Donald Trump"], []),
    ("f3-09-02", "PROTECTING AMERICAN COMPETITIVENESS: President Donald J. Trump is taking action to address Chinese policies and "
     "practices that are harming American innovation.\n- The President has directed his Administration to consider a range of "
     "actions to respond to China’s acts, policies, and practices involving the unfair and harmful acquisition of U.S. "
     "technology.\n- President Trump’s Administration will propose for public comment adding 25 percent additional tariffs on "
     "certain products that are supported by China’s unfair industrial policy.",
     ["Donald Trump", "China", "United States"], []),
    ("f3-09-03", "- Sectors subject to the proposed tariffs will include aerospace, information communication technology, and "
     "machinery.\n- USTR will confront China’s discriminatory technology licensing practices through a World Trade "
     "Organization (WTO) dispute proceeding.\n- The Department of Treasury, in consultation with other agencies, will propose "
     "restrictions on investment by China in sensitive U.S. technology.",
     ["Office of the United States Trade Representative", "China", "World Trade Organization",
      "U.S. Department of the Treasury", "United States"],
     [t("Office of the United States Trade Representative", ["sues", "accuses"], "China")]),
    ("f3-09-04", "A THREAT TO AMERICAN INNOVATION: President Donald J. Trump based his actions in large part on the findings of "
     "the Section 301 investigation conducted by his Administration.\n- In August, President Trump’s Administration launched an "
     "investigation into Chinese acts, policies, and practices related to technology transfer, intellectual property, and "
     "innovation.\n- The U.S. Trade Representative (USTR) led the investigation under Section 301 of the Trade Act of 1974, "
     "which gives the USTR broad authority subject to Presidential direction to eliminate unfair trade practices or policies "
     "that burden U.S. commerce.\n- This was the first Section 301 investigation since 2013.",
     ["United States", "Donald Trump", "Section 301", "China", "Office of the United States Trade Representative",
      "Trade Act of 1974"], []),
    # 10 Commerce, CHIPS.gov launch (check)
    ("f3-10-01", "New website is first step in communicating implementation plans for CHIPS funding", [], []),
    ("f3-10-02", "After the successful bipartisan passage of the CHIPS and Science Act of 2022 and bill signing by President "
     "Joseph R. Biden, the Commerce Department announced Thursday the launch of the CHIPS.gov website. This new online "
     "resource, which includes implementation priorities established in an Executive Order signed by the President, will "
     "inform the implementation of the program.",
     ["CHIPS and Science Act", "Joe Biden", "U.S. Department of Commerce", "CHIPS.gov"],
     [t("U.S. Department of Commerce", ["launches", "develops"], "CHIPS.gov")]),
    ("f3-10-03", "“The Commerce Department has been preparing for months for the passage of the CHIPS and Science Act, and we are "
     "excited to get to work implementing this historic set of investments in America’s innovation, R&D and semiconductor "
     "manufacturing,” said Commerce Secretary Gina M. Raimondo. “We are committed to a process that is transparent and fair, "
     "and CHIPS.gov will be an essential channel through which we communicate with the public about CHIPS program initiatives. "
     "We will move as swiftly as possible to deploy these funds, while also ensuring the time needed to perform due diligence. "
     "This program is intended to be an investment in America’s long-term economic and national security, and we will take "
     "the necessary steps to ensure its success.”",
     ["U.S. Department of Commerce", "CHIPS and Science Act", "United States", "Gina Raimondo", "CHIPS.gov"],
     [t("Gina Raimondo", "leads", "U.S. Department of Commerce")]),
    # 11 State Department, Pompeo statement, December 2020 (tune)
    ("f3-11-01", "The Chinese Communist Party’s malign activity at home and abroad harms U.S. interests and undermines the "
     "sovereignty of our allies and partners.  The United States will use all countermeasures available, including actions to "
     "prevent People’s Republic of China (PRC) companies and institutions from exploiting U.S. goods and technologies for "
     "malign purposes.  Today’s actions mark yet another sign of our resolve.",
     ["Communist Party of China", "United States", "China"], []),
    ("f3-11-02", "The United States is imposing new restrictions on certain entities for activities that undermine our national "
     "security and foreign policy interests.  Specifically, the Department of Commerce is adding 59 PRC entities to its "
     "export-control Entity List.",
     ["United States", "U.S. Department of Commerce", "China", "Entity List"], []),
    ("f3-11-03", "Mass Surveillance, Military Modernization, and Human Rights Abuses\n\nThe United States is adding four entities "
     "to the Entity List for enabling human rights abuses within China by providing DNA-testing materials or high-technology "
     "surveillance equipment to the PRC government.  We urge the Chinese Communist Party to respect the human rights of the "
     "people of China, including Tibetan Buddhists, Christians, Falun Gong members, Uyghur Muslims, and members of other ethnic "
     "and religious minority groups.",
     ["United States", "Entity List", "China", "Communist Party of China"], []),
    ("f3-11-04", "Additionally, the Department of Commerce is adding nineteen entities to the Entity List for systematically "
     "coordinating and committing more than a dozen instances of theft of trade secrets from U.S. corporations to advance the "
     "PRC defense industrial complex; engaging in activities that undermine U.S. efforts to counter illicit trafficking in "
     "nuclear and other radioactive materials; or using U.S. exports to support the PLA and PRC defense industrial base, whose "
     "ultimate goal is to surpass the capabilities of other countries they view as competitors, particularly the United "
     "States.",
     ["U.S. Department of Commerce", "Entity List", "United States", "China", "People's Liberation Army"], []),
    ("f3-11-05", "South China Sea\n\nThese new restrictions also impose costs on Beijing’s unlawful campaign of coercion in the "
     "South China Sea.",
     ["South China Sea", "China"], []),
    # 12 House Select Committee on the CCP, listing of May 2025 (check)
    ("f3-12-01", "WASHINGTON, D.C. –  Chairman John Moolenaar of the House Select Committee on China has sent a letter to Battle "
     "Creek, Michigan Mayor Mark Behnke warning him about the dangers of Contemporary Amperex Technology Co., Limited (CATL), "
     "which is a Chinese military company that is partnering with Ford on a facility in Michigan.",
     ["John Moolenaar", "House Select Committee on the CCP", "Battle Creek", "Michigan", "Mark Behnke", "CATL", "China",
      "Ford Motor"],
     [t("John Moolenaar", ["leads", "worksFor"], "House Select Committee on the CCP"),
      t("Battle Creek", "locatedIn", "Michigan"),
      t("Mark Behnke", ["leads", "worksFor"], "Battle Creek"),
      t("CATL", "basedIn", "China"),
      t("CATL", "partnersWith", "Ford Motor"),
      t("John Moolenaar", "accuses", "CATL")]),
    ("f3-12-02", "WASHINGTON, D.C. – the White House's announcement of increased funding for the Department of Commerce's Bureau "
     "of Industry and Security (BIS), Chairman John Moolenaar of the House Select Committee on China issued the following "
     "statement:",
     ["White House", "U.S. Department of Commerce", "Bureau of Industry and Security", "John Moolenaar",
      "House Select Committee on the CCP"],
     [t("U.S. Department of Commerce", "owns", "Bureau of Industry and Security"),
      t("White House", "investsIn", "Bureau of Industry and Security"),
      t("John Moolenaar", ["leads", "worksFor"], "House Select Committee on the CCP")]),
    ("f3-12-03", "WASHINGTON, D.C. – Chairman Moolenaar of the House Select Committee on China and Chairman Rick Scott of the "
     "Senate Committee on Aging have sent a letter to Securities and Exchange Commission (SEC) Chairman Paul Atkins urging the "
     "Commission to begin delisting Chinese companies that pose serious national security and investor protection risks.",
     ["John Moolenaar", "House Select Committee on the CCP", "Rick Scott", "Senate Committee on Aging",
      "Securities and Exchange Commission", "Paul Atkins"],
     [t("John Moolenaar", ["leads", "worksFor"], "House Select Committee on the CCP"),
      t("Rick Scott", ["leads", "worksFor"], "Senate Committee on Aging"),
      t("Paul Atkins", ["leads", "worksFor"], "Securities and Exchange Commission")]),
]


def main() -> None:
    build(P, E, SOURCES, OUT)


if __name__ == "__main__":
    main()
