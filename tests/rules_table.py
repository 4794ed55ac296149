"""One table of test sentences per registered rule: each rule alone, on a hand-built Doc
(tests/handdocs.py), must give exactly the listed facts; an empty set means the rule must not
fire. Every rule has at least one sentence where it fires and one near miss where it must not.
The sentences are the project's own, written to exercise the rules (none from a gold set).
"""
# (rule id, sentence, {(subject, predicate, object)} given by that rule alone)
CASES = [
    ("clause:verb", "The Mate 60 Pro processor was manufactured by SMIC.", {("SMIC", "manufactures", "Mate 60 Pro")}),
    # a state's order to stop is the state's restriction; a U.S. state sues as a government
    ("clause:verb", "Washington ordered Nvidia to stop selling the H20 to China.",
     {("United States", "regulates", "Nvidia"), ("United States", "restricts", "China"), ("United States", "restricts", "H20")}),
    ("clause:verb", "Texas sued Google over its advertising business.", {("Texas", "sues", "Google")}),
    # naming or identifying a party as the perpetrator or culprit of an act accuses it; as an officer, nothing of the kind
    ("clause:verb", "The FBI identified Orvane Group as the perpetrator of the intrusion.",
     {("Federal Bureau of Investigation", "accuses", "Orvane Group")}),
    ("clause:verb", "The FBI identified Orvane Group as the owner of the servers.", set()),
    # fed13: the body that takes steps or makes efforts to do an act does it; one that opposes the efforts does not
    ("clause:verb", "Congress initiated a variety of efforts to limit Orvane Labs' access to chips.",
     {("United States Congress", "restricts", "Orvane Labs")}),
    ("clause:verb", "Kestrel Labs opposed efforts to limit Orvane Labs' access to chips.", set()),
    # a government body reviewing a party's goods or deal rules on the party; reviewers who are no body do not
    ("clause:verb", "The Federal Trade Commission reviewed Orvane Labs' chips.",
     {("Federal Trade Commission", "regulates", "Orvane Labs")}),
    ("clause:verb", "Analysts at Kestrel Capital reviewed Orvane Labs' chips.", set()),
    # a ban on using a maker's service restricts the maker, also when the parser hangs its "'s" on a word
    # before the service; a service owned by no named company restricts nobody
    ("clause:verb", "Japan banned government offices from using Orvane Labs' artificial intelligence (AI) service.",
     {("Japan", "restricts", "Orvane Labs")}),
    ("clause:verb", "Japan banned government offices from using the artificial intelligence service of its universities.",
     set()),
    # a sum written "up to" after the recipient ("granted X up to 732 billion yen"); licences are no money
    ("clause:verb", "Japan granted Orvane Labs up to 732 billion yen.", {("Japan", "investsIn", "Orvane Labs")}),
    ("clause:verb", "Japan granted Orvane Labs up to 30 export licences.", set()),
    # money provided is invested, not supplied (noun:event reads the subsidy)
    ("clause:verb", "Japan will provide subsidies to Orvane Labs.", set()),
    ("clause:verb", "Kestrel Systems will provide servers to Orvane Labs.", {("Kestrel Systems", "suppliesTo", "Orvane Labs")}),
    # "or" between two acts of other predicates states neither; "sells or licenses" supplies either way
    ("clause:verb", "Kestrel Systems will acquire or partner with Orvane Labs.", set()),
    # fed14: a subject opened by "neither ... nor" is said to do nothing; the plain coordination still partners
    ("clause:verb", "Neither Kestrel Labs nor Orvane Labs has partnered with Vega Systems.", set()),
    ("clause:verb", "Kestrel Labs and Orvane Labs have partnered with Vega Systems.",
     {("Kestrel Labs", "partnersWith", "Vega Systems"), ("Orvane Labs", "partnersWith", "Vega Systems")}),
    ("clause:verb", "Kestrel Systems sells or licenses its chips to Orvane Labs.", {("Kestrel Systems", "suppliesTo", "Orvane Labs")}),
    # "The Department", capitalised, is a description of a department named before, never a body called "Department"
    ("clause:verb", "Today, the Department of State is designating two entities. The Department is also designating "
     "Kestrel Trading LLC.", {("U.S. Department of State", "sanctions", "Kestrel Trading LLC")}),
    ("clause:verb", "Secretary Ann Wu spoke today. The Department is designating Kestrel Trading LLC.", set()),
    ("clause:verb", "Today, the U.S. Department of the Office of Foreign Assets Control (OFAC), designated Ann Wu for "
     "her role in cyberattacks.", set()),
    # the parser hung the subject on the auxiliary after the sentence before ("OFAC is concurrently sanctioning B")
    ("clause:verb", "Today, OFAC is sanctioning Kestrel Trading LLC. OFAC is concurrently sanctioning Orvane Logistics "
     "for its role.", {("Office of Foreign Assets Control", "sanctions", "Kestrel Trading LLC"),
                       ("Office of Foreign Assets Control", "sanctions", "Orvane Logistics")}),
    # a buyout ("took X private"); a consortium acts through the company leading it, not through a person
    ("clause:verb", "Kestrel Capital took Orvane Systems private in 2023.", {("Kestrel Capital", "acquires", "Orvane Systems")}),
    ("clause:verb", "Orvane Systems was taken private by a consortium led by Kestrel Capital.",
     {("Kestrel Capital", "acquires", "Orvane Systems")}),
    ("clause:verb", "Kestrel Capital took Orvane Systems public in 2023.", set()),
    ("clause:verb", "A group led by Ann Wu sued Orvane Systems.", set()),
    # makers named after a product are not the product: only the company ordered is regulated
    ("clause:verb", "The Federal Trade Commission ordered Orvane Labs to stop requiring Android tablet makers to install "
     "its store.", {("Federal Trade Commission", "regulates", "Orvane Labs")}),
    # a relative clause with a participle's tag and a subject of its own is active ("which OFAC designated")
    ("clause:verb", "Prices rose. Kestrel Avionics provided support to Orvane Industries, which OFAC designated in 2019.",
     {("Office of Foreign Assets Control", "sanctions", "Orvane Industries"), ("Kestrel Avionics", "suppliesTo", "Orvane Industries")}),
    ("clause:verb", "Prices rose. Kestrel Avionics provided support to Orvane Industries, which was designated in 2019.",
     {("Kestrel Avionics", "suppliesTo", "Orvane Industries")}),
    # a second object with its own grounds, hung on the verb ("designated A for ..., and B for ...")
    ("clause:verb", "Prices rose. OFAC designated Kestrel Avionics for having supplied Iran, and Orvane Shipping for having "
     "transported the oil.", {("Office of Foreign Assets Control", "sanctions", "Kestrel Avionics"),
                               ("Office of Foreign Assets Control", "sanctions", "Orvane Shipping"),
                               ("Kestrel Avionics", "suppliesTo", "Iran")}),
    # an order's issuer is the body before the official's title, not the title's remit ("Secretary for Export Enforcement")
    ("clause:verb", "Prices rose. Today, Bureau of Industry and Security (BIS) Assistant Secretary for Export Enforcement "
     "Laura Hensley issued an order denying the export privileges of Vega Airlines.",
     {("Bureau of Industry and Security", "restricts", "Vega Airlines")}),
    ("clause:verb", "Prices rose. Today, Assistant Secretary for Export Enforcement Laura Hensley issued an order denying "
     "the export privileges of Vega Airlines.", set()),
    # a body's list of states in apposition ("The EU, UK, Japan, and Canada") designates with each
    ("clause:verb", "Prices rose. The EU, UK, Japan, and Canada have previously designated Ivan Orlov.",
     {("European Union", "sanctions", "Ivan Orlov"), ("United Kingdom", "sanctions", "Ivan Orlov"),
      ("Japan", "sanctions", "Ivan Orlov"), ("Canada", "sanctions", "Ivan Orlov")}),
    # a counted, capitalised group ("two Russian Airlines") is no party; the names set off after it are
    ("clause:verb", "Prices rose. Today, Bureau of Industry and Security (BIS) Assistant Secretary for Export Enforcement "
     "Laura Hensley issued orders denying the export privileges of two Russian Airlines – Vega Air and Orvane Avia – due "
     "to ongoing violations.", {("Bureau of Industry and Security", "restricts", "Vega Air"),
                                ("Bureau of Industry and Security", "restricts", "Orvane Avia")}),
    ("clause:verb", "Prices rose. Today, Bureau of Industry and Security (BIS) Assistant Secretary for Export Enforcement "
     "Laura Hensley issued orders denying the export privileges of two Russian Airlines due to ongoing violations.", set()),
    # the parties a legal filing names are sued by its filer (its possessor, or the body the sentence before names)
    ("proc:filing-names", "Prices rose. The FTC's complaint named Kestrel Labs and Vega Group Corp.",
     {("Federal Trade Commission", "sues", "Kestrel Labs"), ("Federal Trade Commission", "sues", "Vega Group Corp")}),
    ("proc:filing-names", "Prices rose. The FTC sued to block the deal. The complaint named Kestrel Labs, Orvane Ltd., and "
     "Orvane owner Vega Group Corp.", {("Federal Trade Commission", "sues", "Kestrel Labs"),
                                        ("Federal Trade Commission", "sues", "Orvane Ltd")}),
    # what a party conspired to do is not asserted as done ("conspired ... to ship X to Y")
    ("clause:verb", "Prices rose. Kestrel Avionics conspired with two brokers to ship radar chips to Orvane Industries.",
     set()),
    ("proc:filing-names", "Prices rose. The company named Ann Wu its chief executive.", set()),
    # a company's filing that names a party as its defendant is the company's suit; without "as defendants" only a
    # government body's filing is read as suing whom it names
    ("proc:filing-names", "Prices rose. Kestrel Dynamics Inc.'s lawsuit named Orvane Systems Corp. as a defendant.",
     {("Kestrel Dynamics Inc", "sues", "Orvane Systems Corp")}),
    ("proc:filing-names", "Prices rose. Kestrel Dynamics Inc.'s lawsuit named Orvane Systems Corp.", set()),
    ("proc:filing-names", "Prices rose. Kestrel Dynamics Inc.'s lawsuit named Orvane Systems Corp. as a witness.", set()),
    # a relative clause without its pronoun: its object is the noun it describes; one whose verb has its own
    # clause ("it said supplied drones") is not read so
    ("clause:verb", "Prices rose. OFAC sanctioned Kestrel Labs, a trading company it accused of supplying drones.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Labs"),
      ("Office of Foreign Assets Control", "accuses", "Kestrel Labs")}),
    ("clause:verb", "Prices rose. OFAC sanctioned Kestrel Labs, a trading company it said supplied drones.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "Prices rose. OFAC designated Kestrel Avionics, and Treasury welcomed the move.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Avionics")}),
    ("clause:verb", "The United States is sanctioning nine entities in Chile and Peru pursuant to the Iran, North Korea, "
     "and Syria Nonproliferation Act.", set()),
    # a verb with nothing after it shares the object of the verb joined to it ("owns and operates X")
    ("clause:verb", "Prices rose. Ann Wu owns and operates Kestrel Trading.",
     {("Ann Wu", "owns", "Kestrel Trading"), ("Ann Wu", "leads", "Kestrel Trading")}),
    ("clause:verb", "Prices rose. Ann Wu owns a bakery and operates Kestrel Trading.", {("Ann Wu", "leads", "Kestrel Trading")}),
    # news8 probe: capacity handed over "with" is supplied ("provide OpenAI with data centers"); advice is not
    ("clause:verb", "Kestrel Cloud will provide Orvane Labs with computing capacity.",
     {("Kestrel Cloud", "suppliesTo", "Orvane Labs")}),
    ("clause:verb", "Kestrel Cloud will provide Orvane Labs with guidance.", set()),
    # news8 probe: "the iPhone maker" is the product's maker the gazetteer gives
    ("clause:verb", "The iPhone maker sued Kestrel Labs.", {("Apple", "sues", "Kestrel Labs")}),
    ("clause:verb", "The phone maker sued Kestrel Labs.", set()),
    ("clause:verb", "Regulators in China fined Kestrel Labs for abusing its dominance.", {("China", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "The regulators in Texas fined Kestrel Labs for abusing its dominance.", set()),
    # news8 probe: a fine in rupees names its payer too ("fined Meta Rs 213 crore"); a service fined stands for its company
    ("clause:verb", "The Competition Commission of India fined Kestrel Dynamics 213 crore rupees.",
     {("Competition Commission of India", "sanctions", "Kestrel Dynamics")}),
    ("clause:verb", "The Competition Commission of India fined a retailer 213 crore rupees.", set()),
    ("clause:verb", "The Orvane Data Commission has fined TikTok €530 million.", {("Orvane Data Commission", "sanctions", "TikTok")}),
    # news8 probe: "ordered that data centres use only local chips, effectively barring X": the order bars X
    ("clause:verb", "Canada has ordered that public agencies buy only local routers, effectively barring Kestrel Labs from the "
     "contracts.", {("Canada", "restricts", "Kestrel Labs")}),
    ("clause:verb", "Canada has said that public agencies buy only local routers, effectively barring Kestrel Labs from the "
     "contracts.", set()),
    ("clause:verb", "TSMC manufactures Nvidia's Blackwell chips in Taiwan.", {("TSMC", "manufactures", "Blackwell")}),
    # a state's officials act for it, as its authorities and regulators do ("officials" was listed, but only its
    # lemma "official" was looked up); one official is a person, not the state
    ("clause:verb", "Chinese officials accused Kestrel Labs of spying.", {("China", "accuses", "Kestrel Labs")}),
    ("clause:verb", "A Chinese official accused Kestrel Labs of spying.", set()),
    # (as actors only: goods sold "to Chinese officials" are sold to people, not to the state)
    ("clause:verb", "Kestrel Labs sold chips to Chinese officials.", set()),
    # the European Commission described as news describes it (gazetteer aliases), also with "The" at a sentence's start
    ("clause:verb", "The bloc's executive arm designated Kestrel Labs as a gatekeeper, along with Orvane Systems.",
     {("European Commission", "regulates", "Kestrel Labs"), ("European Commission", "regulates", "Orvane Systems")}),
    ("clause:verb", "EU antitrust regulators fined Kestrel Labs.", {("European Commission", "sanctions", "Kestrel Labs")}),
    # news13: a class noun before a name that the parser read as a verb of its own ("heads automaker X"): X is
    # the object; a unit of the company ("heads automaker X's design team") is not the company
    ("clause:verb", "Ann Wu, who also heads automaker Norvik and Orvane, said the plan was late.",
     {("Ann Wu", "leads", "Norvik"), ("Ann Wu", "leads", "Orvane")}),
    ("clause:verb", "Ann Wu, who also heads automaker Norvik's design team, said the plan was late.", set()),
    # news13: an operating system named before a device noun is what the devices run, not what is made
    ("clause:verb", "Kestrel makes Windows laptops for schools.", set()),
    ("clause:verb", "Kestrel makes Android phones and tablets.", set()),
    # "it" after "the Dutch government said": the state the government acts for
    ("clause:verb", "The Dutch government said on Friday it would restrict exports of lithography machines to China.",
     {("Netherlands", "restricts", "China")}),
    ("clause:verb", "The government said it would invest in Kestrel Labs.", set()),
    # a company taking its goods out of a country withholds them from it (frames: pull, withdraw)
    ("clause:verb", "Google pulled its search services from China in 2010.", {("Google", "restricts", "China")}),
    ("clause:verb", "China pulled its ambassador from Lithuania.", set()),
    ("clause:verb", "Kestrel Labs pulled the chips from its inventory.", set()),
    # news6 probe: a counterfactual "would have" asserts nothing ("the deal would have seen X absorb Y", after it ended)
    ("clause:verb", "Kestrel Labs absorbed Orion Dynamics last year.", {("Kestrel Labs", "acquires", "Orion Dynamics")}),
    ("clause:verb", "The merger would have seen Kestrel Labs absorb Orion Dynamics.", set()),
    # news6 probe: an order received from a watchdog is a ruling, not a customer's order
    ("clause:verb", "Kestrel Labs received a large order from the Japanese carrier Orion Mobile.",
     {("Kestrel Labs", "suppliesTo", "Orion Mobile")}),
    ("clause:verb", "Kestrel Labs became the first firm to receive such an order from the Japanese competition watchdog.", set()),
    # news6 probe: "the company" after "according to X" is not the publisher cited
    ("clause:verb", "Mexico's trade ministry halted imports of Orion Dynamics chips, according to the Daily Ledger. Brazil "
     "accused the company of dumping.", {("Brazil", "accuses", "Orion Dynamics")}),
    ("clause:verb", "Mexico's trade ministry halted imports of chips, according to the Daily Ledger. Brazil accused the "
     "company of dumping.", set()),
    ("clause:ordered-stop", "Canada ordered Hikvision to cease its operations in the country.", {("Canada", "restricts", "Hikvision")}),
    ("clause:ordered-stop", "Apple ordered TSMC to stop making the chips.", set()),
    ("clause:ordered-stop", "Italy's privacy regulator ordered Kestrel Labs to stop collecting the data of Italian users.", set()),
    # news-fresh tuning half: a move condemned is its maker's ("a move that X condemned": the clause's subject)
    ("clause:verb", "Prices rose. Canada added twelve chip tools to its export list, a move that Mexico condemned.",
     {("Mexico", "accuses", "Canada")}),
    ("clause:verb", "Prices rose. Canada added twelve chip tools to its export list, a move that Mexico welcomed.", set()),
    ("clause:verb", "Prices rose. Mexico criticised the decision by Canada to curb exports.", {("Mexico", "accuses", "Canada")}),
    # news probe: a clause set off after a list, with a participle or a singular verb, is said of the last name
    ("clause:verb", "The bureau removed Kestrel Labs, Orion Dynamics and Vega Systems, now owned by Ann Wu, from the list.",
     {("Ann Wu", "owns", "Vega Systems")}),
    ("clause:verb", "Kestrel Labs, Orion Dynamics and Vega Systems, which are owned by Ann Wu, make chips.",
     {("Ann Wu", "owns", "Kestrel Labs"), ("Ann Wu", "owns", "Orion Dynamics"), ("Ann Wu", "owns", "Vega Systems")}),
    # news probe: a company's fuller name followed by "in <place>" is a local unit, not the company itself
    ("clause:verb", "Intel Semiconductor in Dalian, now owned by SK hynix, makes memory chips.",
     {("SK Hynix", "owns", "Intel Semiconductor")}),
    # news probe: goods "from" named makers restrict the makers
    ("clause:verb", "The German government banned the use of components from Kestrel Labs and Vega Systems.",
     {("Germany", "restricts", "Kestrel Labs"), ("Germany", "restricts", "Vega Systems")}),
    ("clause:verb", "The German government praised the use of components from Kestrel Labs.", set()),
    # news probe 4: a company helping the authority that inspects it is no partner of it
    ("clause:verb", "Kestrel Labs said it was cooperating with the Federal Trade Commission.", set()),
    ("clause:verb", "Kestrel Labs is cooperating with the Department of Defense on drone research.",
     {("Kestrel Labs", "partnersWith", "U.S. Department of Defense")}),
    # news probe 4: a state taking a maker's goods out of its networks restricts the maker; a company does not
    ("clause:verb", "Germany will phase out routers from Kestrel Labs and Vega Systems by 2029.",
     {("Germany", "restricts", "Kestrel Labs"), ("Germany", "restricts", "Vega Systems")}),
    ("clause:verb", "Orion Telecom will phase out routers from Kestrel Labs by 2029.", set()),
    ("clause:verb", "Norway ordered Kestrel Labs equipment to be purged from its networks by 2028.",
     {("Norway", "restricts", "Kestrel Labs")}),
    ("clause:verb", "Norway ordered Kestrel Labs to divest its drone unit.", {("Norway", "regulates", "Kestrel Labs")}),
    # news probe 4: a company name NER missed, right after a class noun, and again alone later
    ("clause:verb", "A jury found that the storage company Quarnet was owed $4 million. Quarnet sued Vega Systems in 2021.",
     {("Quarnet", "sues", "Vega Systems")}),
    ("clause:verb", "A jury found that the storage company was owed $4 million. Quarnet sued Vega Systems in 2021.", set()),
    # news probe 4: goods "made by" a named maker restrict the maker when banned
    ("clause:verb", "Norway banned drones made by Kestrel Labs last week.", {("Norway", "restricts", "Kestrel Labs")}),
    ("clause:verb", "Norway banned drones made in Vietnam last week.", set()),
    ("clause:verb", "Norway barred its agencies from buying drones made by Kestrel Labs.", {("Norway", "restricts", "Kestrel Labs")}),
    ("clause:verb", "Nvidia invested in servers made by Dell.", set()),
    # news probe 4: "it" after a regulator described and named ("Russia's regulator Roskomnadzor said it had")
    ("clause:verb", "Russia's communications regulator Roskomnadzor said on Wednesday it had restricted calls on WhatsApp.",
     {("Roskomnadzor", "restricts", "WhatsApp")}),
    ("clause:verb", "The regulator said on Wednesday it had restricted calls on WhatsApp.", set()),
    # news probe 4: the name after a class noun the parser split from its phrase ("startup" read as a verb)
    ("clause:verb", "Microsoft is investing an additional $2 billion in artificial intelligence startup Kestrel Labs.",
     {("Microsoft", "investsIn", "Kestrel Labs")}),
    ("clause:verb", "Microsoft is investing an additional $2 billion in artificial intelligence research.", set()),
    # news probe 4: banned goods that list named products restrict the products, not the goods' country
    ("clause:verb", "Estonia banned eight Russian apps, including Telegram and VKontakte, last week.",
     {("Estonia", "restricts", "Telegram")}),
    ("clause:verb", "Estonia banned eight Russian apps, including two games, last week.", {("Estonia", "restricts", "Russia")}),
    # news-fresh tuning half: a regulator named in apposition to its description gives orders
    ("clause:verb", "Italy's data protection authority, the Garante, ordered Kestrel Labs to stop processing user data.",
     {("Italian Data Protection Authority", "regulates", "Kestrel Labs")}),
    ("clause:verb", "Italy's largest lender, Orion Bank, ordered Kestrel Labs to stop processing user data.", set()),
    # news-fresh tuning half: "the carmaker" refers back to the company named before it
    ("clause:verb", "Vega Motors said the carmaker would not sell its self-driving software in China.",
     {("Vega Motors", "restricts", "China")}),
    # news probe: "the app" repeats an unnamed noun before it (its maker is restricted), not the nearest product
    ("clause:verb", "Regulators removed Orion Dynamics' chat app from the App Store last week. The European Commission "
     "later restricted the app on staff phones.", {("European Commission", "restricts", "Orion Dynamics")}),
    ("clause:verb", "Regulators removed a chat app from the App Store last week. The European Commission later "
     "restricted the app on staff phones.", set()),
    # news probe: access to a maker's website or programmes
    ("clause:verb", "The Pentagon has blocked access to the Kestrel Labs website.",
     {("U.S. Department of Defense", "restricts", "Kestrel Labs")}),
    ("clause:verb", "The Pentagon has praised the Kestrel Labs website.", set()),
    # news probe: past an amount ("$50m worth of"), the goods hold the destination
    ("clause:verb", "Prosecutors said Kestrel Labs shipped $5 million worth of chips to Russia.",
     {("Kestrel Labs", "suppliesTo", "Russia")}),
    ("clause:verb", "Prosecutors said Kestrel Labs shipped $5 million worth of chips from Russia.", set()),
    # news probe: a second object with its own amount, hung on the verb, takes the same subject
    ("clause:verb", "The European Commission fined Kestrel Labs €50 million for its app store rules, and Vega Systems "
     "€20 million for its ad model.", {("European Commission", "sanctions", "Kestrel Labs"),
                                       ("European Commission", "sanctions", "Vega Systems")}),
    ("clause:verb", "The European Commission fined Kestrel Labs €50 million, and Vega Systems said it would appeal.",
     {("European Commission", "sanctions", "Kestrel Labs")}),
    # news probe: a permission withheld restricts; a permission given asserts neither a restriction nor the act
    ("clause:verb", "China will no longer allow sales of gallium to the United States.", {("China", "restricts", "United States")}),
    ("clause:verb", "Kestrel Labs will no longer allow Vega Systems to use its patents.", {("Kestrel Labs", "restricts", "Vega Systems")}),
    ("clause:verb", "Kestrel Labs will allow Vega Systems to use its patents.", set()),
    ("clause:verb", "The Dutch government has not permitted ASML to ship its newest machines to China.",
     {("Netherlands", "restricts", "ASML")}),
    ("clause:verb", "The Dutch government allowed ASML to ship its machines to China.", set()),
    # news probe: "whose chip" is a relative the parser hung as an apposition; the chip is not the company
    ("clause:verb", "Vega Systems, whose chip—manufactured by TSMC—was found in a rival's phone, denied wrongdoing.", set()),
    ("clause:verb", "Vega Systems, a chip designer acquired by Orion Dynamics, denied wrongdoing.",
     {("Orion Dynamics", "acquires", "Vega Systems")}),
    ("clause:verb", "OpenAI blocked API traffic from China in July.", {("OpenAI", "restricts", "China")}),
    ("clause:verb", "OpenAI did not block API traffic from China.", set()),
    ("clause:verb", "Washington could restrict sales of chips to China.", set()),
    ("clause:verb", "Senator Mark Warner condemned Russia's attack on Ukraine.", {("Mark Warner", "accuses", "Russia")}),
    ("clause:verb", "Senator Mark Warner condemned the attack on Ukraine.", set()),
    ("clause:verb", "The European Commission designated Alphabet and Apple as gatekeepers under the Digital Markets Act.",
     {("European Commission", "regulates", "Alphabet"), ("European Commission", "regulates", "Apple")}),
    ("clause:verb", "The FCC designated Huawei as a national security threat.",
     {("Federal Communications Commission", "sanctions", "Huawei")}),
    ("clause:verb", "These rules restrict China's access to advanced chips, the Commerce Department said.",
     {("U.S. Department of Commerce", "restricts", "China")}),
    ("clause:verb", "These rules restrict China's access to advanced chips, analysts said.", set()),
    ("clause:verb", "Rapidus is working with IBM on the technology.", {("Rapidus", "partnersWith", "IBM")}),
    # issue 9, news shapes: a commitment's infinitive is the signer's act; what users reach and where from
    ("clause:verb", "Kestrel Power signed a five-year deal to supply batteries to Orin Motors.",
     {("Kestrel Power", "suppliesTo", "Orin Motors")}),
    ("clause:verb", "Kestrel Power rejected a deal to supply batteries to Orin Motors.", set()),
    ("clause:verb", "Mistral AI has blocked access to its chatbot from Russia.", {("Mistral AI", "restricts", "Russia")}),
    ("clause:verb", "Mistral AI has opened access to its chatbot from Russia.", set()),
    ("clause:verb", "The Federal Communications Commission banned approvals of new telecommunications equipment from Dahua and Hikvision.",
     {("Federal Communications Commission", "restricts", "Dahua Technology"),
      ("Federal Communications Commission", "restricts", "Hikvision")}),
    ("clause:verb", "The Federal Communications Commission praised approvals of new telecommunications equipment from Dahua and Hikvision.",
     set()),
    ("clause:verb", "The White House appointed Dana Cole to lead the Bureau of Industry and Security.",
     {("Dana Cole", "leads", "Bureau of Industry and Security")}),
    ("clause:verb", "The White House asked Dana Cole to review the Bureau of Industry and Security.", set()),
    # a supplier's refusal that looks ahead withholds (restricts); a plain past negation gives nothing
    ("clause:verb", "TSMC said it would not supply Huawei.", {("TSMC", "restricts", "Huawei")}),
    ("clause:verb", "TSMC did not supply Huawei last year.", set()),
    # news probe: a supply cut down ("fewer") or a licence to supply taken away is no supply
    ("clause:verb", "Kestrel Dynamics will ship drills to Peru.", {("Kestrel Dynamics", "suppliesTo", "Peru")}),
    ("clause:verb", "Kestrel Dynamics will ship fewer drills to Peru.", set()),
    ("clause:verb", "The ministry revoked a licence for Kestrel Dynamics to export drills to Peru.", set()),
    # news probe: barring a country's firms from selling restricts no one named; from buying, their country
    ("clause:verb", "Peru barred Chilean firms from buying drills.", {("Peru", "restricts", "Chile")}),
    ("clause:verb", "Peru barred Chilean firms from selling drills to Bolivia.", set()),
    # the object's own name ("a new model called X") and what a version is of
    ("clause:verb", "Mistral AI launched a new model called Mistral Large.", {("Mistral AI", "launches", "Mistral Large")}),
    ("clause:verb", "Mistral AI praised a new model called Mistral Large.", set()),
    ("clause:verb", "Alibaba Cloud released a new version of its Qwen model on Thursday.", {("Alibaba Cloud", "launches", "Qwen")}),
    ("clause:verb", "Alibaba Cloud reviewed a new version of its Qwen model on Thursday.", set()),
    # "have yet to" is not done
    ("clause:verb", "Chinese regulators have approved Synopsys' purchase of Ansys.",
     {("China", "regulates", "Synopsys"), ("China", "regulates", "Ansys")}),
    ("clause:verb", "Chinese regulators have yet to approve Synopsys' purchase of Ansys.", set()),
    # a part bought is not its owner bought
    ("clause:verb", "Infineon will buy Marvell Technology for $2.5 billion.", {("Infineon Technologies", "acquires", "Marvell Technology")}),
    ("clause:verb", "Infineon will buy Marvell Technology's automotive ethernet business for $2.5 billion.", set()),
    # a regulator summoning a company
    ("clause:verb", "China's Cyberspace Administration summoned Nvidia over security risks in its chips.",
     {("Cyberspace Administration of China", "regulates", "Nvidia")}),
    ("clause:verb", "China's Cyberspace Administration praised Nvidia over security in its chips.", set()),
    # software is developed, not manufactured: "makes the Claude chatbot"
    ("clause:verb", "Anthropic, which makes the Claude chatbot, hired more staff.", {("Anthropic", "develops", "Claude")}),
    ("clause:verb", "SMIC, which makes the Kirin 9000S processor, hired more staff.", {("SMIC", "manufactures", "Kirin 9000S")}),
    ("clause:verb", "Rapidus is not working with IBM on the technology.", set()),
    # names NER missed in the subject of a passive that only a body takes (kg/names.py)
    ("clause:verb", "Acme Robotics is led by Dana Cole.", {("Dana Cole", "leads", "Acme Robotics")}),
    ("clause:verb", "The delegation was led by Dana Cole.", set()),
    # a first name NER left out is part of the name (kg/bionames.py); a title before it is not
    ("clause:verb", "Prices rose. The Orvane Bank was founded in 1972 by Ozan Hasan Qureshi, a financier.",
     {("Ozan Hasan Qureshi", "founded", "Orvane Bank")}),
    ("clause:verb", "Prices rose. The Orvane Bank was founded in 1972 by Commissioner Rahim Qureshi.",
     {("Rahim Qureshi", "founded", "Orvane Bank")}),
    ("clause:verb", "Prices rose. Kestrel Labs was founded by Andreas (Andy) Vollmer in 2001.",
     {("Andreas (Andy) Vollmer", "founded", "Kestrel Labs")}),
    # the goods a site is for are not what its builder founds ("to establish an HBM packaging facility")
    ("clause:verb", "Prices rose. Kestrel Labs plans to establish an HBM packaging plant in Ohio.", set()),
    ("clause:verb", "Prices rose. Ann Wu plans to establish Kestrel Labs in Ohio.", {("Ann Wu", "founded", "Kestrel Labs")}),
    # a name NER ran on into a function word ends before it (kg/names.py)
    ("clause:verb", "Mason, who headed the Centers for Disease Control before joining HHS, said funds were short.",
     {("Mason", "leads", "Centers for Disease Control"),
      ("Mason", "worksFor", "U.S. Department of Health and Human Services")}),
    ("clause:verb", "Kestrel Labs was founded in 1990 by Ann Wu.", {("Ann Wu", "founded", "Kestrel Labs")}),
    # a passive conjoined to another verb takes that verb's subject
    ("clause:verb", "Norwind Media was set up in 2015 and is run by chief executive Ann Wu.",
     {("Ann Wu", "leads", "Norwind Media")}),
    ("clause:verb", "The panel was set up in 2015 and is run by Ann Wu.", set()),
    ("clause:verb-reverse", "Rapidus has received more than 900 billion yen from the Japanese government.",
     {("Japan", "investsIn", "Rapidus")}),
    ("clause:verb-reverse", "Foxconn received an order from Apple.", set()),
    # news probe 11: clarifications, guidance or clearance received from a body are words, not goods supplied
    ("clause:verb-reverse", "Kestrel Dynamics received new sensors from Halvard Optics last year.",
     {("Halvard Optics", "suppliesTo", "Kestrel Dynamics")}),
    ("clause:verb-reverse", "Kestrel Dynamics received clarifications from Halvard Optics about the rules.", set()),
    ("clause:verb-reverse", "Anthropic uses chips from Nvidia to train its models.", {("Nvidia", "suppliesTo", "Anthropic")}),
    ("clause:verb-reverse", "Anthropic used funds from Google to train its models.", set()),
    ("clause:reciprocal", "Samsung and TSMC compete for orders from Apple.", {("Samsung Electronics", "competesWith", "TSMC")}),
    ("clause:reciprocal", "Samsung competes for orders from Apple.", set()),
    ("clause:sell-company", "SoftBank agreed to sell Arm to Nvidia in 2020.", {("Nvidia", "acquires", "Arm")}),
    ("clause:sell-company", "SoftBank sold its stake in Nvidia in 2019.", set()),
    # the parser hung the first of two names, "and" with it, on the second as a modifier
    # a first name ending in a legal form, hung by the parser as a whole on the second name after "and"
    # in export-control text "the ERC" is the End-User Review Committee, which decides Entity List additions
    ("clause:listing", "The ERC determined to add Kestrel Trading LLC to the Entity List.",
     {("End-User Review Committee", "sanctions", "Kestrel Trading LLC")}),
    ("clause:listing", "The Commerce Department added Kestrel Technology (Shenzhen) Co., Ltd. and Orion Electronics (Hong Kong) "
     "Limited to the Entity List.", {("U.S. Department of Commerce", "sanctions", "Kestrel Technology (Shenzhen) Co., Ltd"),
                                     ("U.S. Department of Commerce", "sanctions", "Orion Electronics (Hong Kong) Limited")}),
    # after an opening phrase, the parser took the listed names for a second subject, after the verb
    ("clause:listing", "In this rule, BIS adds Kestrel Microdevices, Harbor Point Trading Limited and Orvane Systems to the "
     "Entity List.", {("Bureau of Industry and Security", "sanctions", "Kestrel Microdevices"),
                      ("Bureau of Industry and Security", "sanctions", "Harbor Point Trading Limited"),
                      ("Bureau of Industry and Security", "sanctions", "Orvane Systems")}),
    ("clause:listing", "In this rule, BIS adds a licence requirement for exports to the Entity List.", set()),
    ("clause:listing", "Taiwan's government has added China's Kestrel Technologies and Vega Systems Corp to its export "
     "control list.", {("Taiwan", "sanctions", "Kestrel Technologies"), ("Taiwan", "sanctions", "Vega Systems Corp")}),
    ("clause:listing", "Taiwan's government has added China's Kestrel Technologies unit Vega Systems Corp to its export "
     "control list.", {("Taiwan", "sanctions", "Vega Systems Corp")}),
    # a place is home to the companies based there
    ("place:home-to", "Austin is home to Kestrel Labs and Orion Dynamics.",
     {("Kestrel Labs", "basedIn", "Austin"), ("Orion Dynamics", "basedIn", "Austin")}),
    ("place:home-to", "Japan, a country home to makers such as Kestrel Optics and Vega Systems, set new rules.",
     {("Kestrel Optics", "basedIn", "Japan"), ("Vega Systems", "basedIn", "Japan")}),
    ("place:home-to", "Austin is no longer home to Kestrel Labs.", set()),
    ("place:home-to", "The plant in Austin is home to 3,000 workers of Kestrel Labs.", set()),
    ("clause:listing", "The Commerce Department added SMIC to the Entity List in December 2020.",
     {("U.S. Department of Commerce", "sanctions", "SMIC")}),
    ("clause:listing", "The Commerce Department added SMIC to its annual report.", set()),
    # news probe: ", which" after an apposition's "giants like A and B" with a singular verb describes the
    # apposition's name; with a plural verb, the examples
    ("clause:listing", "Orion Dynamics, a supplier of carriers like Vega Systems and Kestrel Labs, which was added to "
     "the Entity List by the Commerce Department in 2023, has moved.",
     {("U.S. Department of Commerce", "sanctions", "Orion Dynamics")}),
    ("clause:listing", "Orion Dynamics, a supplier of carriers like Vega Systems and Kestrel Labs, which were added to "
     "the Entity List by the Commerce Department in 2023, has moved.",
     {("U.S. Department of Commerce", "sanctions", "Vega Systems"),
      ("U.S. Department of Commerce", "sanctions", "Kestrel Labs")}),
    # the parser hangs "added" on the noun after "among": the listed are the subject of "were"
    ("clause:listing", "Inspur and Sugon were among the firms added to the Entity List by the Commerce Department.",
     {("U.S. Department of Commerce", "sanctions", "Inspur"), ("U.S. Department of Commerce", "sanctions", "Sugon")}),
    ("clause:listing", "Inspur and Sugon were not among the firms added to the Entity List by the Commerce Department.",
     set()),
    ("clause:listing", "The Bureau of Industry and Security added four entities, including Alpha Tech Limited and "
     "Beta Robotics Co.", {("Bureau of Industry and Security", "sanctions", "Alpha Tech Limited"),
                           ("Bureau of Industry and Security", "sanctions", "Beta Robotics Co")}),
    ("clause:listing", "The Federal Trade Commission added two companies, including Alpha Tech Limited, to its lawsuit.",
     set()),
    # news5 probe: the names in apposition to a listed class are its members ("added Chinese GPU makers A and B")
    ("clause:listing", "The Commerce Department added Chinese chipmakers Kestrel Microelectronics and Orion Semiconductor "
     "to the Entity List.", {("U.S. Department of Commerce", "sanctions", "Kestrel Microelectronics"),
                             ("U.S. Department of Commerce", "sanctions", "Orion Semiconductor")}),
    ("clause:listing", "The Commerce Department added Chinese chipmakers in Kestrel and Orion to the Entity List.", set()),
    # news5 probe: forming a tie founds nothing; a site named after a product is not that product
    ("clause:verb", "Ann Wu formed Kestrel Labs in 2019.", {("Ann Wu", "founded", "Kestrel Labs")}),
    ("clause:verb", "Kestrel Labs formed a partnership with Orion Dynamics in 2020.", set()),
    ("clause:verb", "Kestrel Labs will build a gallium plant in Texas.", set()),
    # news5 probe: "fined Apple 20.5 billion won": the parser hung the name on the number and took "won" for a verb
    ("clause:verb", "The Korean regulator on Monday fined Apple 20.5 billion won ($15 million) for unfair contract terms.",
     {("South Korea", "sanctions", "Apple")}),
    ("clause:verb", "The Korean regulator on Monday fined local operators 20.5 billion won ($15 million) for unfair "
     "contract terms.", set()),
    # news5 probe: a bid for a company is a takeover, its blocking rules on both parties
    ("clause:verb", "Washington blocked Broadcom's bid for Qualcomm.",
     {("United States", "regulates", "Broadcom"), ("United States", "regulates", "Qualcomm")}),
    ("clause:verb", "The regulator blocked Huawei's bid for the contract.", set()),
    # news5 probe: "in a move that will require X": the move is the clause subject's
    ("clause:verb", "The Netherlands announced new export curbs on Friday, in a move that will require ASML to apply "
     "for licences.", {("Netherlands", "regulates", "ASML")}),
    ("clause:verb", "The Netherlands announced new export curbs after a move that will require ASML to apply for licences.",
     set()),
    # news5 probe: a refusal to license or supply withholds ("failed to" does not)
    ("clause:verb", "Kestrel Labs declined to license its patents to Huawei.", {("Kestrel Labs", "restricts", "Huawei")}),
    ("clause:verb", "Kestrel Labs failed to supply chips to Huawei.", set()),
    # news5 probe: signing a deal with a party to supply goods supplies that party
    ("noun:deal-to-supply", "Kestrel Labs signed a deal with Orion Dynamics to supply chips.",
     {("Kestrel Labs", "suppliesTo", "Orion Dynamics")}),
    ("noun:deal-to-supply", "Kestrel Labs signed a deal with Orion Dynamics to develop chips.", set()),
    ("noun:deal-to-supply", "Kestrel Labs did not sign a deal with Orion Dynamics to supply chips.", set()),
    ("noun:deal-to-supply", "Kestrel Labs terminated its deal with Orion Dynamics to supply chips.", set()),
    # news5 probe: a deal called off asserts nothing it was to do
    ("clause:verb", "Kestrel Labs signed a deal to buy Orion Dynamics.", {("Kestrel Labs", "acquires", "Orion Dynamics")}),
    ("clause:verb", "Kestrel Labs terminated its deal to buy Orion Dynamics.", set()),
    # news5 probe: a state's agency acts for the state, as its regulator does
    ("clause:verb", "Nigeria's consumer protection agency fined Meta Platforms $220 million.",
     {("Nigeria", "sanctions", "Meta Platforms")}),
    ("clause:verb", "The agency fined Meta Platforms $220 million.", set()),
    ("clause:verb", "China's official news agency accused the United States of hypocrisy.", set()),
    # news5: information kept back is no restriction
    ("clause:verb", "Apple declined to provide a comment to Reuters.", set()),
    ("noun:deal-to-supply", "Kestrel Labs signed a deal with Orion Dynamics to provide funding.", set()),
    # news5 probe: an amount "in" goods bought from a seller is the goods ("buy $300 billion in computing power from")
    ("clause:verb-reverse", "Kestrel Labs agreed to buy $300 million in computing power from Orion Dynamics.",
     {("Orion Dynamics", "suppliesTo", "Kestrel Labs")}),
    ("clause:verb-reverse", "Kestrel Labs bought $1 billion in bonds from Orion Dynamics.", set()),
    # federal lane: the listed class as the passive subject, the names after a colon
    # the class a sanctions noun of the sentence before fell on ("imposed sanctions on three entities. The entities
    # are: A; B; and C"); a sanction only weighed ("may impose") lists no one
    ("list:members", "The Department of State is imposing sanctions on three entities. The entities are: Kestrel "
     "Trading LLC; Orvane Logistics; and Vega Components.",
     {("U.S. Department of State", "sanctions", "Kestrel Trading LLC"), ("U.S. Department of State", "sanctions", "Orvane Logistics"),
      ("U.S. Department of State", "sanctions", "Vega Components")}),
    ("list:members", "The State Department may impose sanctions on three companies. These companies are Kestrel "
     "Trading LLC and Orvane Logistics.", set()),
    ("list:members", "The Department of Commerce added 11 entities to the Entity List. The following companies are being "
     "added under the destination of China: Kestrel Avionics, Orvane Trading and Vega Systems.",
     {("U.S. Department of Commerce", "sanctions", "Kestrel Avionics"), ("U.S. Department of Commerce", "sanctions", "Orvane Trading"),
      ("U.S. Department of Commerce", "sanctions", "Vega Systems")}),
    ("list:members", "The Department of Commerce released a report. The following companies are named: Kestrel Avionics, "
     "Orvane Trading and Vega Systems.", set()),
    ("list:members", "The Treasury Department sanctioned four companies on Tuesday. The companies designated today are "
     "Orion Microsystems Ltd.; Kestrel Semiconductor Co., Ltd.; Baltic Trade House LLC; and Nanjing Vortex Electronics.",
     {("U.S. Department of the Treasury", "sanctions", x) for x in
      ("Orion Microsystems Ltd", "Kestrel Semiconductor Co., Ltd", "Baltic Trade House", "Nanjing Vortex Electronics")}),
    ("list:members", "The Commerce Department added nine firms to the Entity List. Among the firms added were "
     "Pacific Arc Ltd., a subsidiary of Delta Holdings, and Suzhou Lumen Optics.",
     {("U.S. Department of Commerce", "sanctions", "Pacific Arc Ltd"),
      ("U.S. Department of Commerce", "sanctions", "Suzhou Lumen Optics")}),
    ("list:members", "\"The additions to the Entity List, such as Alpha Tech Limited and Beta Robotics Co., respond to "
     "threats,\" said Jane Doe, Under Secretary for the Bureau of Industry and Security.",
     {("Bureau of Industry and Security", "sanctions", "Alpha Tech Limited"),
      ("Bureau of Industry and Security", "sanctions", "Beta Robotics Co")}),
    ("list:members", "\u201cWe act on threats,\u201d said Jane Doe, Under Secretary for the Bureau of Industry and Security. "
     "\u201cThe additions to the Entity List, such as Alpha Tech Limited, respond to threats.\u201d",
     {("Bureau of Industry and Security", "sanctions", "Alpha Tech Limited")}),
    ("list:members", "\u201cWe act on threats,\u201d said Jane Doe, Under Secretary for the Bureau of Industry and Security. "
     "The additions to the catalogue, such as Alpha Tech Limited, respond to threats.", set()),
    ("list:members", "The Biden administration on Monday added 140 companies to its trade restriction list. The companies "
     "added include Empyrean Technology, a maker of chip design software.",
     {("Biden administration", "sanctions", "Empyrean Technology")}),
    ("list:members", "The companies added include Empyrean Technology, a maker of chip design software.", set()),
    ("list:members", "Apple updated its lineup. The additions include the iPhone 15 and the Apple Watch.", set()),
    ("list:members", "The Commerce Department added nine firms to the Entity List. The companies that lobbied against "
     "the rule include Vantage Micro Inc. and Corvid Systems.", set()),
    ("list:on-list", "Huawei, which has been on the U.S. Entity List since 2019, unveiled a phone.",
     {("United States", "sanctions", "Huawei")}),
    ("list:on-list", "SMIC remains on the Commerce Department's Entity List.", {("U.S. Department of Commerce", "sanctions", "SMIC")}),
    ("list:on-list", "SMIC is on the Entity List.", set()),
    ("list:on-list", "Huawei was never on the U.S. Entity List.", set()),
    ("list:member-place", "The Commerce Department added entities to the Entity List. The additions under the "
     "destination of Russia include Volga Avionics LLC and Ural Optics Ltd.",
     {("Volga Avionics LLC", "basedIn", "Russia"), ("Ural Optics Ltd", "basedIn", "Russia")}),
    ("list:member-place", "The additions under the destination of Russia include Volga Avionics LLC and Ural Optics Ltd.",
     {("Volga Avionics LLC", "basedIn", "Russia"), ("Ural Optics Ltd", "basedIn", "Russia")}),
    ("list:member-place", "The additions in Russia include Volga Avionics LLC and Ural Optics Ltd.", set()),
    ("list:member-place", "The Commerce Department added entities to the Entity List. The additions in Russia and "
     "Iran include Volga Avionics LLC and Ural Optics Ltd.", set()),
    # a sanctioned class with named examples: "dozens of companies, including ...", ", among them ..."
    ("list:examples", "The U.S. on Monday blacklisted dozens of Chinese firms, including Inspur Group and Sugon.",
     {("United States", "sanctions", "Inspur"), ("United States", "sanctions", "Sugon")}),
    ("list:examples", "The Commerce Department added 36 Chinese companies to the Entity List, among them YMTC and Sugon.",
     {("U.S. Department of Commerce", "sanctions", "YMTC"), ("U.S. Department of Commerce", "sanctions", "Sugon")}),
    # a class coordinated after another still has its examples
    ("list:examples", "Treasury also sanctioned 13 people and 21 entities, including Kestrel Labs.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Labs")}),
    ("list:examples", "Treasury also met 13 people and 21 entities, including Kestrel Labs.", set()),
    ("list:examples", "Analysts on Monday praised dozens of Chinese firms, including Inspur Group and Sugon.", set()),
    # the class noun taken up by the next sentence
    ("list:members", "The Commerce Department added 11 entities to the Entity List. The entities include Huawei and ZTE.",
     {("U.S. Department of Commerce", "sanctions", "Huawei"), ("U.S. Department of Commerce", "sanctions", "ZTE")}),
    ("list:members", "The Commerce Department added 11 entities to the Entity List. The entities that lobbied against it "
     "include Huawei and ZTE.", set()),
    # the list hung on the last object
    ("clause:listing", "The U.S. added Chinese memory chipmaker YMTC and 30 other entities to a trade blacklist.",
     {("United States", "sanctions", "YMTC")}),
    ("clause:listing", "The U.S. added Chinese memory chipmaker YMTC and 30 other entities to a list of partners.", set()),
    # the listing as a noun: "the addition of X to the Entity List"
    ("list:addition", "The Commerce Department today announced the addition of Inspur Group and Sugon to the Entity List.",
     {("U.S. Department of Commerce", "sanctions", "Inspur"), ("U.S. Department of Commerce", "sanctions", "Sugon")}),
    ("list:addition", "The additions of Inspur Group and Sugon to the Entity List were announced today by the Commerce "
     "Department.", {("U.S. Department of Commerce", "sanctions", "Inspur"),
                     ("U.S. Department of Commerce", "sanctions", "Sugon")}),
    ("list:addition", "The Commerce Department proposed the addition of Inspur Group and Sugon to the Entity List.", set()),
    ("list:addition", "Analysts discussed the addition of Inspur Group and Sugon to the Entity List.", set()),
    ("clause:listing", "Huawei, which the Commerce Department added to the Entity List in 2019, has struggled.",
     {("U.S. Department of Commerce", "sanctions", "Huawei")}),
    ("clause:listing", "Huawei, which the Commerce Department added to its annual report in 2019, has struggled.", set()),
    # a colon spelling out the sanctioned class: every party after it, and the country given for each
    # bulleted items: the bullet is no part of the name
    ("list:colon", "BIS added the following entities to the Entity List: \u2022 Kestrel Microdevices; \u2022 Harbor Point "
     "Trading Limited; and \u2022 Orvane Systems.", {("Bureau of Industry and Security", "sanctions", "Harbor Point Trading Limited"),
                                                  ("Bureau of Industry and Security", "sanctions", "Orvane Systems")}),
    ("list:colon", "The Treasury Department designated the following entities: Orion Microsystems Ltd.; Kestrel "
     "Semiconductor Co.; and Baltic Trade House LLC.",
     {("U.S. Department of the Treasury", "sanctions", x) for x in
      ("Orion Microsystems Ltd", "Kestrel Semiconductor Co", "Baltic Trade House LLC")}),
    ("list:colon", "The Commerce Department added two companies to its report: Orion Microsystems Ltd. and Kestrel "
     "Semiconductor Co.", set()),
    ("list:colon-place", "The Commerce Department added two entities to the Entity List: Orion Microsystems Ltd. "
     "(China) and Kestrel Semiconductor Co.", {("Orion Microsystems Ltd", "basedIn", "China")}),
    ("list:colon-place", "The Commerce Department added two entities to the Entity List: Orion Microsystems Ltd. "
     "and Kestrel Semiconductor Co.", set()),
    # restriction as a body's purpose (rules/purpose.py)
    ("purpose:keep-out", "These cases show the Justice Department's commitment to keeping sensitive technology from "
     "falling into the hands of rivals, including Russia and Iran.",
     {("U.S. Department of Justice", "restricts", "Russia"), ("U.S. Department of Justice", "restricts", "Iran")}),
    ("purpose:keep-out", "The Commerce Department aims to deny China access to advanced chips.",
     {("U.S. Department of Commerce", "restricts", "China")}),
    ("purpose:keep-out", "The Commerce Department did not act to keep advanced chips out of China.", set()),
    ("purpose:keep-out", "The Commerce Department wants to keep advanced chips from reaching the market.", set()),
    ("purpose:keep-out", "The rule prevents Huawei from buying American chips, the Commerce Department said.",
     {("U.S. Department of Commerce", "restricts", "Huawei")}),
    ("purpose:keep-out", "The rule prevents Huawei from buying American chips, analysts said.", set()),
    ("purpose:keep-out", "The Commerce Department acted to keep chips from being acquired by Huawei.",
     {("U.S. Department of Commerce", "restricts", "Huawei")}),
    ("purpose:keep-out", "The Commerce Department acted to keep chips from being designed by Huawei.", set()),
    # supply told from the buyer's side (rules/sourcing.py)
    ("supply:origin", "Most of the drones that Russia buys abroad come from Iran.", {("Iran", "suppliesTo", "Russia")}),
    ("supply:origin", "Most of the drones that Russia sells abroad come from Iran.", set()),
    # a market or customer that makes up a part of a seller's sales is supplied by it; not a part of anything else,
    # not what only could happen
    # the market the sales went to ("sales to China made up ..."), when the share is of a company's own sales
    ("supply:share-of-sales", "Sales to China made up nearly half of Orvane Labs' revenue last year.",
     {("Orvane Labs", "suppliesTo", "China")}),
    ("supply:share-of-sales", "Sales to China made up nearly half of all exports, Orvane Labs said.", set()),
    ("supply:share-of-sales", "Prices rose. Kestrel Labs said China accounted for 40% of its sales.",
     {("Kestrel Labs", "suppliesTo", "China")}),
    ("supply:share-of-sales", "Prices rose. Kestrel Labs said Orvane Systems made up a fifth of its orders last year.",
     {("Kestrel Labs", "suppliesTo", "Orvane Systems")}),
    ("supply:share-of-sales", "Prices rose. Kestrel Labs said China accounted for 40% of its workforce.", set()),
    ("supply:share-of-sales", "Prices rose. Kestrel Labs said China could account for half of its sales by 2030.", set()),
    # an act said again by "doing that" (rules/ellipsis.py)
    ("ellipsis:do-that", "China is not supplying drones to Russia. Iran is doing that.", {("Iran", "suppliesTo", "Russia")}),
    ("ellipsis:do-that", "China is not supplying drones to Russia. Iran is not doing that.", set()),
    ("ellipsis:do-that", "China is not supplying drones to Russia. Iran is doing that deal.", set()),
    # an official's claim of wrongdoing accuses (rules/speech.py)
    # a party whose acts "threaten" a security is accused by the speaker (the acts' possessor); a rival's lead is no security
    ("speech:wrongdoing", "Prices rose. \u201cIran's use of front companies to buy drone parts directly threatens "
     "regional security,\u201d said Ann Wu, a State Department spokesperson.", {("Ann Wu", "accuses", "Iran")}),
    ("speech:wrongdoing", "Prices rose. \u201cIran's use of front companies to buy drone parts directly threatens "
     "Kestrel's market share,\u201d said Ann Wu, a State Department spokesperson.", set()),
    # a party's act named with a word of condemnation in said or quoted words is the speaker's accusation
    ("speech:condemned-act", "Prices rose. \u201cRussia's war of aggression must end,\u201d said Ann Wu, a State "
     "Department spokesperson.", {("Ann Wu", "accuses", "Russia")}),
    ("speech:condemned-act", "Prices rose. Russia's war of aggression entered its third year.", set()),
    ("speech:condemned-act", "Prices rose. \u201cKestrel's war on prices must end,\u201d said Ann Wu, a State "
     "Department spokesperson.", set()),
    # a speaker who calls a body's staff "our" works for it; "our partners at" a body are someone else's
    ("speech:our-staff", "Prices rose. Ann Wu spoke. \u201cOur FBI agents in Denver worked together on this case,\u201d "
     "said Wu.", {("Ann Wu", "worksFor", "Federal Bureau of Investigation")}),
    ("speech:our-staff", "Prices rose. Ann Wu spoke. \u201cOur partners at the FBI worked together on this case,\u201d "
     "said Wu.", set()),
    # fed13: "asserted" is a way of saying; "present a threat" is "pose" one; "pose no threat" accuses no one; the
    # officials "in" a government body speak for it
    ("speech:wrongdoing", "Senior officials in the Orvane Administration asserted that Kestrel Labs' products present an "
     "inherent security threat.", {("Orvane Administration", "accuses", "Kestrel Labs")}),
    ("speech:wrongdoing", "Commerce said that Kestrel Labs' products pose no threat.", set()),
    ("speech:wrongdoing", "Commerce asserted that Kestrel Labs' products present no threat.", set()),
    ("speech:wrongdoing", "Secretary Jane Doe said Huawei violated U.S. export controls.",
     {("Jane Doe", "accuses", "Huawei")}),
    ("speech:wrongdoing", "\u201cThese rules matter,\u201d said Secretary Jane Doe. \u201cWe will close the gaps exploited "
     "by Huawei and ZTE.\u201d", {("Jane Doe", "accuses", "Huawei"), ("Jane Doe", "accuses", "ZTE")}),
    ("speech:wrongdoing", "Secretary Jane Doe said Huawei never violated U.S. export controls.", set()),
    ("speech:wrongdoing", "Huawei violated U.S. export controls in 2019.", set()),
    # a verbless misparse read as the clause it is (rules/repair.py)
    ("clause:verbless", "The U.S. barred exports of advanced chips to China.", {("United States", "restricts", "China")}),
    ("clause:verbless", "Restricted exports of advanced chips to China.", set()),
    ("clause:verbless", "TSMC manufactures chips for Apple.", {("TSMC", "suppliesTo", "Apple")}),
    ("clause:verbless", "TSMC chips for Apple.", set()),
    ("clause:rely-on", "Apple relies on Foxconn for assembly.", {("Foxconn", "suppliesTo", "Apple")}),
    ("clause:rely-on", "Apple does not rely on Foxconn for assembly.", set()),
    ("clause:users-market", "Customers in Brazil use the cloud service, which is operated locally by Oracle.",
     {("Oracle", "suppliesTo", "Brazil")}),
    ("clause:users-market", "Customers in Brazil cannot use the cloud service, which is operated by Oracle.", set()),
    ("clause:funding", "The Japanese government gave Rapidus a subsidy of 590 billion yen.", {("Japan", "investsIn", "Rapidus")}),
    ("clause:funding", "The Japanese government gave Rapidus a warning.", set()),
    ("clause:funding", "The Japanese government gave Rapidus 590 billion yen.", {("Japan", "investsIn", "Rapidus")}),
    # a description that refers back resolved to a company the gazetteer homes in another country is someone else's
    ("place:stative", "Microsoft invested in Kestrel Labs. The upstart AI vendor, based in Paris, released a model.", set()),
    ("place:stative", "Mistral AI released a model. The upstart AI vendor, based in Paris, raised money.",
     {("Mistral AI", "basedIn", "Paris")}),
    ("place:stative", "DeepSeek is based in Hangzhou.", {("DeepSeek", "basedIn", "Hangzhou")}),
    ("place:stative", "DeepSeek opened an office in Hangzhou.", set()),
    # a company's name before its unit's legal name, one name (kg/namecuts.py left_compounds)
    ("place:stative", "Prices rose. AT&T Mobility LLC is based in Atlanta.", {("AT&T Mobility LLC", "basedIn", "Atlanta")}),
    # fed14: a state's tariff or duties on a country's goods ("products of", "imports from") restrict that country; a
    # company's goods name no country, and a company paying duties imposes nothing
    ("noun:event", "Japan imposed additional duties on products of China.", {("Japan", "restricts", "China")}),
    ("noun:event", "Japan imposed additional duties on products of Kestrel Labs.", set()),
    ("noun:event", "Kestrel Labs paid duties on imports from China.", set()),
    # news probe: the measure's target hangs past the participle that gives its amount
    # news probe: two deals in a row, the second hung on the first's "of"; each buyer buys its own target
    # a deal a regulator sues "to block" is still proposed (an attempt, not its end); one a party decides to abandon is not
    # a light verb's participle with its agent carries the measure ("the sanctions imposed on X by Y"); lifted ones do not
    ("noun:event", "The sanctions imposed on Russia by the United States are severe.", {("United States", "sanctions", "Russia")}),
    ("noun:event", "The sanctions lifted on Russia by the United States were minor.", set()),
    # a relative clause without "that" whose light verb takes the noun carries it too, wherever the noun stands
    ("noun:event", "These actions build on the sanctions the United States has imposed on Russia.",
     {("United States", "sanctions", "Russia")}),
    ("noun:event", "These actions build on the sanctions the United States has lifted on Russia.", set()),
    # export controls "against" a party restrict it as "on" does; controls against a wrong name no party
    ("noun:event", "The United States has imposed unprecedented export controls and sanctions against Russia.",
     {("United States", "restricts", "Russia")}),
    ("noun:event", "Kestrel Labs tightened its controls against fraud.", set()),
    ("noun:event", "Prices rose. The regulator sued to block Kestrel Dynamics' $2 billion acquisition of Orvane Labs.",
     {("Kestrel Dynamics", "acquires", "Orvane Labs")}),
    ("noun:event", "Prices rose. Kestrel Dynamics decided to abandon its acquisition of Orvane Labs.", set()),
    # a contract with a named party is a deal with it
    ("noun:event", "Prices rose. The Department of Defense signed a contract with Kestrel Avionics.",
     {("U.S. Department of Defense", "partnersWith", "Kestrel Avionics")}),
    ("noun:event", "Prices rose. Kestrel Avionics won the contract after a long review.", set()),
    # "its" on the object of an opening or completing verb is the clause's subject, whoever came before;
    # after a reviewer's verb ("blocked its purchase") it stays the one named before
    ("noun:event", "Orvane Labs makes sensors. Kestrel Dynamics completed its acquisition of Orvane Labs in June.",
     {("Kestrel Dynamics", "acquires", "Orvane Labs")}),
    ("noun:event", "Orvane Labs makes sensors. The regulator blocked its acquisition of Kestrel Dynamics.", set()),
    # "the acquisition by X of Y": the parser hangs "of Y" on the agent's name; an "of" inside a name stays there
    ("noun:event", "The acquisition by Kestrel Dynamics Inc. of Orvane Semiconductor Corp. was approved.",
     {("Kestrel Dynamics Inc", "acquires", "Orvane Semiconductor Corp")}),
    ("noun:event", "The purchase by the Bank of China of new servers was approved.", set()),
    # a government body's investigation into or review of a party's conduct rules on the party; a company's does not
    ("noun:event", "The Federal Trade Commission opened an investigation into Orvane Labs' pricing.",
     {("Federal Trade Commission", "regulates", "Orvane Labs")}),
    ("noun:event", "Kestrel Capital opened an investigation into Orvane Labs' pricing.", set()),
    # a body granting approval for a deal rules on both parties; a company's own shareholders' approval rules on none
    ("noun:event", "The European Commission granted approval for Kestrel Systems' acquisition of Orvane Labs.",
     {("European Commission", "regulates", "Kestrel Systems"), ("European Commission", "regulates", "Orvane Labs"),
      ("Kestrel Systems", "acquires", "Orvane Labs")}),
    ("noun:event", "Kestrel Systems secured shareholder approval for its acquisition of Orvane Labs.",
     {("Kestrel Systems", "acquires", "Orvane Labs")}),
    # (a "review" noun is no event of its own: a review of a rule, of a listing, of a filing rules on no party)
    ("noun:event", "The Federal Trade Commission began a review of Orvane Labs' compliance with the order.", set()),
    # an investigation into a question is into whom the question is about (its subject, or its subject's possessor)
    ("noun:event", "Prices rose. The European Commission opened an investigation into whether Kestrel Labs' bundling "
     "of its apps broke the rules.", {("European Commission", "regulates", "Kestrel Labs")}),
    ("noun:event", "Prices rose. The European Commission opened an investigation into whether the rules were broken.",
     set()),
    # what a review is of exists whatever the review's mood: the possessed deal stands; an approval withheld leaves a
    # proposed deal unasserted as before
    ("noun:event", "Prices rose. The regulator said it would not investigate Kestrel Dynamics' partnership with Orvane "
     "Labs.", {("Kestrel Dynamics", "partnersWith", "Orvane Labs")}),
    ("noun:event", "Prices rose. The regulator did not approve Kestrel Dynamics' partnership with Orvane Labs.", set()),
    ("noun:event", "Regulators delayed Intel's $5 billion takeover of Tower Semiconductor and MaxLinear's $4 billion "
     "purchase of Silicon Motion Technology.", {("Intel", "acquires", "Tower Semiconductor"),
                                                ("MaxLinear", "acquires", "Silicon Motion Technology")}),
    ("noun:event", "Regulators delayed Intel's $5 billion takeover of Tower Semiconductor.",
     {("Intel", "acquires", "Tower Semiconductor")}),
    # news probe 4: a second clause with its own amount is no second stake of the first subject
    ("noun:event", "Norway took a 10% stake in Kestrel Labs, and Vega Capital invested $2 billion in Orion Systems.",
     {("Norway", "investsIn", "Kestrel Labs")}),
    # news probe 4: an authority's order against a party governs it; a party winning one does not
    ("noun:event", "The Federal Trade Commission issued an order against Kestrel Labs on Monday.",
     {("Federal Trade Commission", "regulates", "Kestrel Labs")}),
    ("noun:event", "Kestrel Labs won an order against Vega Systems on Monday.", set()),
    ("noun:event", "The European Commission imposed fines totalling €70 million on Kestrel Labs and Vega Systems.",
     {("European Commission", "sanctions", "Kestrel Labs"), ("European Commission", "sanctions", "Vega Systems")}),
    ("noun:event", "The European Commission imposed fines totalling €70 million last year.", set()),
    ("noun:event", "The move follows a similar ban by Washington on Huawei equipment in 2019.",
     {("United States", "restricts", "Huawei")}),
    ("noun:event", "The move follows a similar ban by the company on Huawei equipment in 2019.", set()),
    # a country that heads a company's name is the company's unit there ("Microsoft Azure China")
    ("noun:event", "Microsoft Azure China, operated as a joint venture with Orion Dynamics, sells cloud services.",
     {("Microsoft Azure China", "partnersWith", "Orion Dynamics")}),
    ("noun:event", "Microsoft Azure China sales rose after a joint venture with Orion Dynamics.", set()),
    ("noun:event", "TikTok filed a lawsuit against the U.S. government in May 2024.", {("TikTok", "sues", "United States")}),
    ("noun:event", "TikTok is considering a lawsuit against the U.S. government.", set()),
    # a dash after a name: the parser runs the name into the clause that follows
    ("noun:event", "The charges - filed by the FBI in partnership with the Treasury Department - name six people.",
     {("Federal Bureau of Investigation", "partnersWith", "U.S. Department of the Treasury")}),
    ("noun:event", "The charges - filed by the FBI in partnership with the Treasury Department's team - name six people.",
     set()),
    ("noun:event", "Micron signed a preliminary grant agreement with the Commerce Department.",
     {("U.S. Department of Commerce", "investsIn", "Micron Technology")}),
    ("noun:event", "Intel signed a funding agreement with Apple.", set()),
    ("noun:event", "The Commerce Department announced grants of $6.6 billion to TSMC and $6.4 billion to Samsung.",
     {("U.S. Department of Commerce", "investsIn", "TSMC"), ("U.S. Department of Commerce", "investsIn", "Samsung Electronics")}),
    ("noun:event", "The Commerce Department announced a grant of $6.6 billion and a loan of $2 billion.", set()),
    ("noun:between", "The deal between Microsoft and OpenAI runs until 2030.", {("Microsoft", "partnersWith", "OpenAI")}),
    ("noun:between", "The deal between the two companies runs until 2030.", set()),
    ("noun:under", "Huawei has been under U.S. sanctions since 2019.", {("United States", "sanctions", "Huawei")}),
    ("noun:under", "Huawei has lobbied against U.S. sanctions since 2019.", set()),
    ("noun:under", "Huawei, which has been hit by U.S. sanctions since 2019, denied it.", {("United States", "sanctions", "Huawei")}),
    ("noun:under", "Huawei has been subject to U.S. export controls since 2019.", {("United States", "restricts", "Huawei")}),
    ("noun:under", "Huawei was not hit by U.S. sanctions.", set()),
    ("noun:parties", "Microsoft and G42 signed a partnership in April.", {("Microsoft", "partnersWith", "G42")}),
    ("noun:parties", "Microsoft signed a partnership in April.", set()),
    # a partner named by no name ("with the island of Taiwan") is a third party: the listed firms are not each other's
    ("noun:parties", "Firms including Skydio and Kestrel Aerial Systems have engaged in technology cooperation with "
     "the island of Taiwan.", set()),
    ("noun:parties", "Skydio and Kestrel Aerial Systems have engaged in technology cooperation.",
     {("Skydio", "partnersWith", "Kestrel Aerial Systems")}),
    # news8 probe: "they" after several named parties announce is all of them
    ("noun:parties", "Kestrel Labs and Orvane Dynamics said they formed a partnership.",
     {("Kestrel Labs", "partnersWith", "Orvane Dynamics")}),
    ("noun:parties", "Kestrel Labs said they formed a partnership.", set()),
    # news7: those who challenge a deal are not its parties
    ("noun:parties", "Prices rose. Orion Labs and Vega Systems challenged the deal.", set()),
    ("noun:parties", "Prices rose. The deal was challenged by the Federal Trade Commission and the Competition and Markets Authority.", set()),
    ("noun:parties", "Prices rose. Orion Labs and Vega Systems signed the deal.", {("Orion Labs", "partnersWith", "Vega Systems")}),
    # news probe: those who approve or block a deal are not its parties
    ("noun:parties", "The U.S. and China have approved a deal to sell the unit to a group of investors.", set()),
    # news probe: a relative clause whose light verb takes the measure carries the event
    ("noun:event", "Tokyo joined the restrictions that the United States imposed against Beijing last year.",
     {("United States", "restricts", "China")}),
    ("noun:event", "Tokyo joined the restrictions that the United States praised last year.", set()),
    # news8 probe: a company named before a relation noun is its complement ("a Synopsys customer"); a relative
    # clause's copula is said of the name it describes ("Nvidia, which is a customer of Synopsys")
    # a maker named by its product: "iPhone maker Apple", "the iPhone maker" (the gazetteer names the product's maker);
    # a maker of no named product is nobody's
    ("nominal:relational", "Prices rose. iPhone maker Apple said sales fell.", {("Apple", "manufactures", "iPhone")}),
    ("nominal:relational", "Prices rose. The regulator said the iPhone maker had abused its position.",
     {("Apple", "manufactures", "iPhone")}),
    ("nominal:relational", "Prices rose. The regulator said the chipmaker had abused its position.", set()),
    # "parent company" borrows the frame of "parent": no maker noun (a lookup of "company" raised KeyError and the
    # whole sentence was skipped, losing the suit and the ownership)
    ("nominal:relational", "Prices rose. The regulator sued Kestrel Labs Inc. and its parent company, Orvane Holdings "
     "Ltd., on Monday.", set()),
    ("poss:parent", "Prices rose. The regulator sued Kestrel Labs Inc. and its parent company, Orvane Holdings "
     "Ltd., on Monday.", {("Orvane Holdings Ltd", "owns", "Kestrel Labs Inc")}),
    ("nominal:relational", "Kestrel Labs, which is an Orvane Dynamics customer, bought shares.",
     {("Orvane Dynamics", "suppliesTo", "Kestrel Labs")}),
    ("nominal:relational", "Kestrel Labs, which is a customer of Orvane Dynamics, grew.",
     {("Orvane Dynamics", "suppliesTo", "Kestrel Labs")}),
    ("nominal:relational", "Kestrel Labs is a major Orvane Dynamics supplier.", {("Kestrel Labs", "suppliesTo", "Orvane Dynamics")}),
    ("nominal:relational", "Kestrel Labs, which is a big U.S. customer, grew.", set()),
    ("nominal:relational", "Apple's main supplier is Foxconn.", {("Foxconn", "suppliesTo", "Apple")}),
    ("nominal:relational", "Apple's main supplier is not Foxconn.", set()),
    # news7 lane: a possessed plural relation noun that "includes" named parties is said of each of them
    ("nominal:relational", "Prices rose. Kestrel Labs' suppliers include Orvane Inc. and Vega Systems.",
     {("Orvane Inc", "suppliesTo", "Kestrel Labs"), ("Vega Systems", "suppliesTo", "Kestrel Labs")}),
    ("nominal:relational", "Prices rose. Kestrel Labs' suppliers may include Orvane Inc.", set()),
    # federal lane: one "of" after two coordinated titles is each one's ("the owner and president of", either order)
    ("nominal:relational", "Prices rose. Ann Wu was the president and owner of Kestrel Trading LLC.",
     {("Ann Wu", "owns", "Kestrel Trading LLC")}),
    ("nominal:relational", "Prices rose. Ann Wu, the owner and chief executive of Kestrel Trading LLC, pleaded guilty.",
     {("Ann Wu", "owns", "Kestrel Trading LLC")}),
    ("nominal:relational", "Prices rose. Ann Wu was the president of Kestrel Trading LLC and owner of a bakery.", set()),
    ("nominal:relational", "Kestrel Labs and Orion Dynamics are long-time partners.", {("Kestrel Labs", "partnersWith", "Orion Dynamics")}),
    ("nominal:relational", "Kestrel Labs and Orion Dynamics are not rivals.", set()),
    ("nominal:relational", "SK Hynix is the main supplier of high-bandwidth memory to Nvidia.",
     {("SK Hynix", "suppliesTo", "Nvidia")}),
    ("nominal:relational", "TSMC, the largest contract chipmaker and a major supplier to Apple, reported a profit.",
     {("TSMC", "suppliesTo", "Apple")}),
    ("nominal:relational", "SK Hynix is a large supplier of high-bandwidth memory.", set()),
    # "head of" a field of work heads a remit inside the body: works for it; "head of" the body leads it
    # the relative clause's second verb shares its subject
    # a title the parser hung on the person's home town, after "of"
    # web bios (kg/bionames.py): a surname alone NER typed a body, under "is Professor Emeritus of"; the field after
    # an academic title's "of" is no department
    # conll5: "elected X to be chairman of Y": the role is the infinitive's complement; not any infinitive after a person
    # fed14: a plural title after a list of names is each name's post ("A and B, Chairs of X"; NER's "Chairs of" is no
    # part of the body's name); a plural noun that is no post gives nothing
    ("role:title", "Contact Ann Wu and Bo Chen, Chairs of the Kestrel Committee, for details.",
     {("Ann Wu", "leads", "Kestrel Committee"), ("Bo Chen", "leads", "Kestrel Committee")}),
    ("role:title", "Ann Wu and Bo Chen, critics of the Kestrel Committee, spoke on Monday.", set()),
    # fed14: a capitalised title before a name that names no body is the post in the body of the names' "of" phrase
    ("role:title", "The report was written by Chairman Ann Wu and Ranking Member Bo Chen of the Kestrel Committee on Trade.",
     {("Ann Wu", "leads", "Kestrel Committee on Trade")}),
    ("role:title", "Kestrel engineer Ann Wu of Orvane Labs said so.", set()),
    # (a role word that is part of the person's own name, "Dean" in "Dean Vale", is no title before it)
    ("role:title", "Historian Dean Vale of Kestrel University spoke on Monday.", set()),
    ("role:title", "Prices rose. The governors elected Ann Wu to be chairman of the Kestrel Foundation.",
     {("Ann Wu", "leads", "Kestrel Foundation")}),
    ("role:title", "Prices rose. The governors asked Ann Wu to be fair to the Kestrel Foundation.", set()),
    # a name NER took for a body is a person's when an apposition names an occupation ("editor"); a newspaper's name in
    # capitals that NER cut runs back over the capitalised word before it
    ("role:title", "The panel was moderated by Tom Ise, KESTREL TIMES political editor.",
     {("Tom Ise", "worksFor", "KESTREL TIMES")}),
    ("role:title", "The panel was moderated by Tom Ise, a political scientist.", set()),
    # the grounds of a designation give its subject's role ("for his role as the director of X")
    ("role:title", "Prices rose. Ivan Orlov is being designated for his role as the director of Kestrel Labs.",
     {("Ivan Orlov", "leads", "Kestrel Labs")}),
    ("role:title", "Prices rose. Ivan Orlov is being designated for his role in the sale of drones to Kestrel Labs.", set()),
    # a title after the second of two coordinated names is that name's, not the first one's (the parser hung it there)
    ("role:title", "Prices rose. The charges were announced by Ann Wu, District of Vell and Bo Lin, special agent in "
     "charge of the Orvane Police Service.", {("Bo Lin", "worksFor", "Orvane Police Service")}),
    ("role:title", "Prices rose. The charges were announced by Ann Wu, special agent in charge of the Orvane Police "
     "Service.", {("Ann Wu", "worksFor", "Orvane Police Service")}),
    # conll5: a country after "in" on a title that names its body with "of" is where the post is, not an employer
    ("role:title", "Prices rose. Gen. Omar Dace, the commander of U.S. troops in Korea and a Texas native, spoke.",
     {("Omar Dace", "worksFor", "United States")}),
    ("role:title", "Prices rose. Ann Wu, the president of Kestrel Labs in France, said sales grew.",
     {("Ann Wu", "leads", "Kestrel Labs")}),
    ("role:title", "Prices rose. Dantrell is currently Professor Emeritus of Mathematics at Yale University.",
     {("Dantrell", "worksFor", "Yale University")}),
    ("role:title", "Prices rose. Ann Wu is Professor of Commerce at Dorwick University.",
     {("Ann Wu", "worksFor", "Dorwick University")}),
    ("role:title", "Prices rose. Trudie Telesford-Okafor is the Deputy CEO at Kestrel Brokers.",
     {("Trudie Telesford-Okafor", "worksFor", "Kestrel Brokers")}),
    ("role:title", "Prices rose. Halvard Osterby Brenn (born 2 May 1961) is a Norwegian businessman, chairman of Kestrel Shipping.",
     {("Halvard Osterby Brenn", "leads", "Kestrel Shipping")}),
    ("role:title", "Prices rose. Herbst was previously the 16th President of Colgate University.",
     {("Herbst", "leads", "Colgate University")}),
    ("role:title", "Prices rose. Bock joined the Orvane Farm Bureau family of companies in 2003 as chief executive officer of "
     "the Orvane Credit Union.", {("Bock", "leads", "Orvane Credit Union")}),
    # only the first attribute of the copula makes a lone capitalised word a person (the conjoined one added false
    # facts on KnowledgeNet's check half)
    ("role:title", "Prices rose. Rae is a founding member and past president of the Dorwick Chapter of the Orvane Guild.",
     set()),
    ("role:title", "Prices rose. Ann Wu has served as a board member of several Chambers of Commerce.", set()),
    ("role:title", "Prices rose. Ann Wu is the APAC CEO of Kestrel Payments.", {("Ann Wu", "leads", "Kestrel Payments")}),
    # an academic title's "of" names a field NER may take for a body; a gloss in another script is no party;
    # a nickname in brackets is inside the name (kg/bionames.py)
    ("role:title", "Prices rose. Ann Wu was a Professor of Operations Research and of Computer Science at Yale.", set()),
    ("role:title", "Prices rose. Ivan Petrenko (Ukrainian: Іван Петренко; born 1970) is a Ukrainian economist, chief executive "
     "of Kestrel Capital.", {("Ivan Petrenko", "leads", "Kestrel Capital")}),
    # the roles in apposition to an occupation share the "of" the parser hung on the occupation
    ("role:title", "Prices rose. Ann Wu is a Canadian lawyer, founder and chief executive of Kestrel Legal.",
     {("Ann Wu", "founded", "Kestrel Legal"), ("Ann Wu", "leads", "Kestrel Legal"), ("Ann Wu", "worksFor", "Kestrel Legal")}),
    ("role:title", "Prices rose. Ann Wu is a lawyer, founder of Kestrel Legal and partner of Orvane Partners.",
     {("Ann Wu", "founded", "Kestrel Legal"), ("Ann Wu", "worksFor", "Orvane Partners")}),
    # with a government body named before the title, the title's "for" phrase is its remit, not a second employer
    ("role:title", "Prices rose. Today, Bureau of Industry and Security (BIS) Assistant Secretary for Export Enforcement "
     "Laura Hensley issued an order denying the export privileges of Vega Airlines.",
     {("Laura Hensley", "worksFor", "Bureau of Industry and Security")}),
    # a Secretary's "for" names a body only where the passage names it as a body: in full ("for the Bureau of ..."),
    # or apart from the title (ONTOLOGY.md, titles); a bare remit ("for Export Enforcement") is no employer
    ("role:title", "Prices rose. Today, Assistant Secretary for Export Enforcement Laura Hensley issued an order denying "
     "the export privileges of Vega Airlines.", set()),
    ("role:title", "Ann Wu, the Assistant Secretary for Export Enforcement at the Department of Commerce, spoke.",
     {("Ann Wu", "worksFor", "U.S. Department of Commerce")}),
    ("role:title", "Export Enforcement opened a case against Orvane Labs. Ann Wu, the Assistant Secretary for Export "
     "Enforcement, spoke.", {("Ann Wu", "worksFor", "Export Enforcement")}),
    # at an unnamed subsidiary of a company: the employer is the subsidiary, which the sentence does not name
    ("role:title", "Prices rose. Ann Wu, a former senior executive at Kestrel Labs, agreed to pay a fine.",
     {("Ann Wu", "worksFor", "Kestrel Labs")}),
    ("role:title", "Prices rose. Ann Wu, a former senior executive at a Kestrel Labs subsidiary, agreed to pay a fine.", set()),
    # a capitalised title NER took into the name is no part of it; one-word names listed after a person's are people
    ("role:title", "Prices rose. A letter from FTC Chair Hensley to Senators Durbin, Grassley, and Lee was released.",
     {("Hensley", "leads", "Federal Trade Commission")}),
    ("place:comma", "Prices rose. A letter from FTC Chair Hensley to Senators Durbin, Grassley, and Lee was released.", set()),
    # a name NER missed right after "Secretary of" and a department: the title holder's
    ("role:title-span", "Prices rose. “We will act,” said Secretary of Homeland Security Alejandro N. Mayorkas.",
     {("Alejandro N. Mayorkas", "leads", "U.S. Department of Homeland Security")}),
    ("role:title-span", "Prices rose. “We will act,” said the Homeland Security spokesman.", set()),
    # news8 probe: a run of titles chained by apposition and "and" shares the body after its last one
    ("role:title", "\"We welcome the verdict,\" said Bo Chen, vice president, public affairs, chief counsel and corporate "
     "secretary at Kestrel Dynamics.", {("Bo Chen", "worksFor", "Kestrel Dynamics")}),
    ("role:title", "\"We appreciate the ruling,\" said Dana Cole, senior vice president, and Bo Chen, general counsel and "
     "corporate secretary at Orvane Technology.", {("Bo Chen", "worksFor", "Orvane Technology")}),
    ("role:title", "Ann Wu, 45, of Shanghai, China, the chairman of Kestrel Microdevices, was arrested.",
     {("Ann Wu", "leads", "Kestrel Microdevices")}),
    ("role:title", "The mayor of Irvine, the chairman of Kestrel Microdevices, spoke.", set()),
    # a counted plural role after a list of people is each one's, wherever the parser hung it
    ("role:title", "Prices rose. Ann Wu, 41, and Bo Chen, 39, both employees of Kestrel Labs, were charged.",
     {("Ann Wu", "worksFor", "Kestrel Labs"), ("Bo Chen", "worksFor", "Kestrel Labs")}),
    ("role:title", "Prices rose. Ann Wu and Bo Chen, two engineers at Kestrel Labs, were charged.",
     {("Ann Wu", "worksFor", "Kestrel Labs"), ("Bo Chen", "worksFor", "Kestrel Labs")}),
    ("role:title", "Prices rose. Ann Wu and Bo Chen, an engineer at Kestrel Labs, were charged.",
     {("Bo Chen", "worksFor", "Kestrel Labs")}),
    # federal lane: the head of a body's unit works for the body, he does not lead it
    ("role:title", "Prices rose. Ann Wu, the head of the Justice Department's National Security Division, announced the charges.",
     {("Ann Wu", "leads", "National Security Division"), ("Ann Wu", "worksFor", "U.S. Department of Justice")}),
    # a named company after "X's subsidiary" is the one the person heads; an unnamed unit leaves the possessor
    ("role:title", "Prices rose. Tom Reyes, president of Kestrel Holdings' subsidiary Orvane Labs, resigned.",
     {("Tom Reyes", "leads", "Orvane Labs")}),
    ("role:title", "Prices rose. Tom Reyes, president of Kestrel Holdings' chip unit, resigned.",
     {("Tom Reyes", "worksFor", "Kestrel Holdings")}),
    # a title the parser made a modifier of the next one ("chairman and majority owner") is a title too
    ("role:title", "Prices rose. Ann Wu, Orvane Systems Inc.'s chairman and majority owner, said the deal was closed.",
     {("Ann Wu", "leads", "Orvane Systems Inc"), ("Ann Wu", "worksFor", "Orvane Systems Inc")}),
    ("role:title", "Prices rose. Ann Wu, Orvane Systems Inc.'s majority owner, said the deal was closed.",
     {("Ann Wu", "worksFor", "Orvane Systems Inc")}),
    ("role:title", "Prices rose. Ann Wu, the head of the Justice Department, announced the charges.",
     {("Ann Wu", "leads", "U.S. Department of Justice")}),
    # federal lane: a title joined to a holding that has the "of" ("the general manager and a shareholder of X")
    ("role:title", "Prices rose. Ann Wu, the general manager and a shareholder of Kestrel Avionics, arranged the shipments.",
     {("Ann Wu", "leads", "Kestrel Avionics")}),
    ("role:title", "Prices rose. Ann Wu, an engineer and a graduate of Tsinghua University, arranged the shipments.", set()),
    ("role:title", "Ann Wu, who served as the chief technology officer of Kestrel Microdevices and is now a senior adviser at "
     "Orvane Capital, testified on Tuesday.", {("Ann Wu", "worksFor", "Kestrel Microdevices"),
                                               ("Ann Wu", "worksFor", "Orvane Capital")}),
    # "its" before a title: the company the sentence, or the one before, is about
    ("role:title", "Kestrel Microdevices makes chips. Its chief executive, Bo Chen, resigned.",
     {("Bo Chen", "leads", "Kestrel Microdevices")}),
    ("role:title", "The report makes few claims. Its chief author, Bo Chen, resigned.", set()),
    ("role:title", "Ann Wu, Baidu's head of research, presented the model.", {("Ann Wu", "worksFor", "Baidu")}),
    # news probe: the company's name before "chief executive" parsed as a modifier of the name or as an adjective
    ("role:title", "Nvidia chief executive Jensen Huang opened the trade show in Taipei.", {("Jensen Huang", "leads", "Nvidia")}),
    ("role:title", "Tesla chief executive Elon Musk toured the battery plant on Monday.", {("Elon Musk", "leads", "Tesla")}),
    ("role:title", "French chief executive Claire Dumas toured the battery plant on Monday.", set()),
    ("role:title", "Gina Raimondo, the U.S. commerce secretary, visited Beijing.", {("Gina Raimondo", "leads", "U.S. Department of Commerce")}),
    ("role:title", "Kemi Badenoch, the British trade secretary, visited Beijing.", {("Kemi Badenoch", "worksFor", "United Kingdom")}),
    # news probe 11: a capitalised job title NER took for a body ("General Counsel & Corporate Secretary") is no employer
    ("role:title", "\"We won,\" said Mara Lind, general counsel of Kestrel Dynamics.", {("Mara Lind", "worksFor", "Kestrel Dynamics")}),
    ("role:title", "\"We won,\" said Mara Lind, General Counsel & Corporate Secretary, Kestrel Dynamics Incorporated.", set()),
    # news probe: a coordinated portfolio before "Minister" is no employer either
    ("role:title", "Industry and Green Transition Minister Robert Habeck visited China.", set()),
    # news probe 4: a one-word portfolio before "Secretary" that NER took for a body names no employer
    ("role:title", "Digital Secretary Ann Wu said the plan would slow the rollout.", set()),
    ("role:title", "Kestrel Dynamics Secretary Ann Wu said the plan would slow the rollout.",
     {("Ann Wu", "worksFor", "Kestrel Dynamics")}),
    # news probe: a minister's portfolio is no employer, and the title's apposition is its holder
    ("role:title", "Malaysia's Minister of Investment, Trade, and Industry, Tengku Zafrul Aziz, spoke on Tuesday.",
     {("Tengku Zafrul Aziz", "worksFor", "Malaysia")}),
    ("role:title", "The Minister of Finance, Tengku Zafrul Aziz, spoke on Tuesday.", set()),
    # news probe: the chief of a body's section works for the body
    ("role:title", "Dana Cole, chief of the Justice Department's export control section, spoke.",
     {("Dana Cole", "worksFor", "U.S. Department of Justice")}),
    # news probe: only a head of state or government leads a country; other titles work for it
    ("role:title", "Ukraine's Sanctions Policy Commissioner Vladyslav Vlasiuk said so.", {("Vladyslav Vlasiuk", "worksFor", "Ukraine")}),
    ("role:title", "France's President Emmanuel Macron said so.", {("Emmanuel Macron", "leads", "France")}),
    ("role:title", "Japanese Prime Minister Fumio Kishida said so.", {("Fumio Kishida", "leads", "Japan")}),
    # news-fresh tuning half: "Chief Executive" both hung on the name still heads the company
    ("role:title", "Kestrel Labs Chief Executive Lip-Bu Tan met reporters on Monday.", {("Lip-Bu Tan", "leads", "Kestrel Labs")}),
    ("role:title", "Kestrel Labs executive Lip-Bu Tan met reporters on Monday.", {("Lip-Bu Tan", "worksFor", "Kestrel Labs")}),
    # news probe: the head of a body's office works for the body; a portfolio after "General for" is no employer
    ("role:title", "Dana Cole, head of the FBI office in Houston, spoke.", {("Dana Cole", "worksFor", "Federal Bureau of Investigation")}),
    ("role:title", "Dana Cole, head of the FBI, spoke.", {("Dana Cole", "leads", "Federal Bureau of Investigation")}),
    ("role:title", "\"We act,\" said Dana Cole, Assistant Attorney General for National Security.", set()),
    # news probe: the portfolio before "Minister" is no employer (NER took "Trade" for a company); the demonym is
    ("role:title", "Japanese Trade Minister Kenji Mori spoke on Monday.", {("Kenji Mori", "worksFor", "Japan")}),
    ("role:title", "Japanese trade expert Kenji Mori spoke on Monday.", set()),
    ("role:title", "Ann Wu, director of policy at Baidu, presented the model.", {("Ann Wu", "worksFor", "Baidu")}),
    ("role:title", "Ann Wu, head of Baidu, presented the model.", {("Ann Wu", "leads", "Baidu")}),
    ("role:title", "Rishi Shah, Nvidia's head of automotive, said the chips would ship soon.", {("Rishi Shah", "worksFor", "Nvidia")}),
    # a commissioner or director after a lower-case remit heads the remit; a managing director heads the firm
    ("role:title", "Ann Wu, the EU's industry commissioner, warned Apple.", {("Ann Wu", "worksFor", "European Union")}),
    ("role:title", "Ann Wu, Baidu's research director, presented the model.", {("Ann Wu", "worksFor", "Baidu")}),
    ("role:title", "Ann Wu, Baidu's managing director, presented the model.", {("Ann Wu", "leads", "Baidu")}),
    ("role:title", "Jensen Huang, chief executive of Nvidia, visited Taipei.", {("Jensen Huang", "leads", "Nvidia")}),
    ("role:title", "Jensen Huang visited the Nvidia office in Taipei.", set()),
    # a place and a remit before a title name an office, not a body NER may take them for
    ("role:title", "Kansas Agriculture Commissioner Dale Ortiz criticized the plan.", set()),
    # a state's portfolio is not a federal department's
    ("role:title", "Nebraska Commerce Secretary Dale Ortiz criticized the plan.", set()),
    ("role:title", "Tom Reyes is a writer and former technology columnist for The Boston Globe.",
     {("Tom Reyes", "worksFor", "Boston Globe")}),
    ("role:title", "Paula Grant is an American film producer and the chief executive officer of the toy company Mattel.",
     {("Paula Grant", "leads", "Mattel")}),
    ("role:title", "Anne Moreau is a French business executive.", set()),
    ("role:title", "Ned Finkle, Nvidia's vice president of government affairs, said the rule was wrong.",
     {("Ned Finkle", "worksFor", "Nvidia")}),
    ("role:title", "EU antitrust chief Margrethe Vestager said the companies would comply.",
     {("Margrethe Vestager", "worksFor", "European Union")}),
    ("role:title", "Gina Raimondo, the commerce secretary, said the rules were needed.",
     {("Gina Raimondo", "leads", "U.S. Department of Commerce")}),
    ("role:title", "Grant Shapps, the British defense secretary, spoke.", {("Grant Shapps", "worksFor", "United Kingdom")}),
    ("role:title", "\"We will act,\" said Alan Estevez, Under Secretary for the Bureau of Industry and Security.",
     {("Alan Estevez", "worksFor", "Bureau of Industry and Security")}),
    ("role:title", "\"We will act,\" said Alan Estevez, under pressure from the Bureau of Industry and Security.", set()),
    ("role:title-span", "The Bureau of Industry and Security added 11 entities to the Entity List. \"We act,\" said "
     "Under Secretary for Industry and Security Alan F. Estevez.", {("Alan Estevez", "worksFor", "Bureau of Industry and Security")}),
    ("role:title-span", "\"We act,\" said Under Secretary for Industry and Security Alan F. Estevez.", set()),
    # the demonym gives the state only when the title follows it directly (not "U.S. Treasury Secretary X")
    ("role:title-span", "U.S. Treasury Secretary Scott Bessent warned China on Monday.", set()),
    # news probe: a minister's title with a demonym and a portfolio that names no department gives the state
    ("role:title-span", "\"We act now,\" said Dutch Minister of Foreign Trade and Development Reinette Klever in a "
     "statement.", {("Reinette Klever", "worksFor", "Netherlands")}),
    ("role:title-span", "\"We act now,\" said Minister of Foreign Trade and Development Reinette Klever in a "
     "statement.", set()),
    ("role:title-span", "“We act fast,” said Under Secretary of Commerce for Industry and Security Alan Estevez.",
     {("Alan Estevez", "worksFor", "U.S. Department of Commerce")}),
    ("role:title-span", "BIS added two firms. “We act fast,” said Under Secretary of Commerce for Industry and Security "
     "Alan Estevez.", {("Alan Estevez", "worksFor", "U.S. Department of Commerce"),
                       ("Alan Estevez", "worksFor", "Bureau of Industry and Security")}),
    ("role:title-span", "“We act fast,” said Alan Estevez, who once worked in Commerce.", set()),
    # news8 probe: a speaker whose own company is named by a possessive speaks for it, not for the quote's subject
    ("role:speaker", "\"Orvane Dynamics has built a vibrant community of developers,\" said Dana Cole, group general manager "
     "for embedded systems.", {("Dana Cole", "worksFor", "Orvane Dynamics")}),
    ("role:speaker", "\"Orvane Dynamics has built a vibrant community of developers,\" said Qualcomm's Dana Cole, group "
     "general manager for embedded systems.", set()),
    ("role:speaker", "Nvidia expects strong demand, said John Rizzo, a company spokesman.",
     {("John Rizzo", "worksFor", "Nvidia")}),
    ("role:speaker", "Nvidia expects strong demand, said John Rizzo, an analyst at Bernstein.", set()),
    ("role:member", "Mary T. Okafor of the Semiconductor Industry Association testified on Tuesday.",
     {("Mary T. Okafor", "worksFor", "Semiconductor Industry Association")}),
    ("role:member", "Mary T. Okafor of Millinocket testified on Tuesday.", set()),
    # fed14: a panel named after its remit goes on through "on" and the remit's capitalised words, not a date after it
    ("role:member", "Ann Wu of the Kestrel Select Committee on Intelligence spoke on Monday.",
     {("Ann Wu", "worksFor", "Kestrel Select Committee on Intelligence")}),
    ("role:member", "Ann Wu of the Kestrel Committee on Monday said the plan works.",
     {("Ann Wu", "worksFor", "Kestrel Committee")}),
    # a body's shorter name is the body named before it (mentions.py), unless the longer one only adds an
    # ordinal: the 2nd circuit's court is one of many
    ("role:member", "Judge Ann Wu of the 2nd U.S. Circuit Court of Appeals and Judge Tom Reyes of the U.S. Circuit Court of Appeals were considered.",
     {("Ann Wu", "worksFor", "2nd U.S. Circuit Court of Appeals"), ("Tom Reyes", "worksFor", "U.S. Circuit Court of Appeals")}),
    ("role:member", "Ann Wu of the Dorset Fisheries Commission and Tom Reyes of the Fisheries Commission were considered.",
     {("Ann Wu", "worksFor", "Dorset Fisheries Commission"), ("Tom Reyes", "worksFor", "Dorset Fisheries Commission")}),
    # an institution's named school employs the person too (NER read the school's name as a person's)
    ("role:member", "Ann Wu and Tom Reyes of Kestrel University's John F. Hollis School of Government say that war was near.",
     {("Ann Wu", "worksFor", "Kestrel University"), ("Tom Reyes", "worksFor", "Kestrel University"),
      ("Ann Wu", "worksFor", "John F. Hollis School of Government"),
      ("Tom Reyes", "worksFor", "John F. Hollis School of Government")}),
    ("role:member", "Ann Wu and Tom Reyes of Kestrel University say that war was near.",
     {("Ann Wu", "worksFor", "Kestrel University"), ("Tom Reyes", "worksFor", "Kestrel University")}),
    ("role:member", "The dinner drew John Park and Mary Olsen of Intel; Tom Berg of Nvidia; and David Chen of AMD.",
     {("John Park", "worksFor", "Intel"), ("Mary Olsen", "worksFor", "Intel"), ("Tom Berg", "worksFor", "Nvidia"),
      ("David Chen", "worksFor", "AMD")}),
    ("role:title", "Fuel use will fall, said Carl Dietz, an ecologist at Purdue University.",
     {("Carl Dietz", "worksFor", "Purdue University")}),
    ("role:title", "National Security Advisor Jake Sullivan said the curbs were narrow.", set()),
    ("role:title", "They wrote to National Security Adviser Ann Wu about the curbs.", set()),
    # a minister's portfolio is another state's ministry, never a U.S. department
    ("role:title", "Commerce Secretary Ann Wu said the rules would change.", {("Ann Wu", "leads", "U.S. Department of Commerce")}),
    ("role:title", "Interior Minister Ann Wu said the rules would change.", set()),
    # "for" after a leader's title names a portfolio, not a body
    ("role:title", "Ann Wu, Vice President for Clean Energy at Kestrel Labs, said the plant would open.",
     {("Ann Wu", "worksFor", "Kestrel Labs")}),
    ("role:title", "Ann Wu, the Commissioner for Competition, fined Kestrel Labs.", set()),
    # a leader's title NER took into the person's name is cut off
    ("role:title", "TechInsights Vice Chair Dan Hutcheson said the chip was new.", {("Dan Hutcheson", "worksFor", "TechInsights")}),
    ("role:title", "They wrote to Kestrel Labs Chairman Ann Wu about the curbs.", {("Ann Wu", "leads", "Kestrel Labs")}),
    ("role:title", "Avivah Litan, a senior analyst at Gartner, said the curbs would bite.",
     {("Avivah Litan", "worksFor", "Gartner")}),
    ("role:title", "Simon Kerr joined Lumen Corp as Chief Executive Officer in March 2011.",
     {("Simon Kerr", "leads", "Lumen Corp")}),
    ("role:title", "Simon Kerr visited Lumen Corp as chairman of the panel.", set()),
    ("role:org-title", "The boat sank quickly, said Coast Guard Lt. Tom Harris.", {("Tom Harris", "worksFor", "Coast Guard")}),
    ("role:org-title", "The boat sank quickly, said Lt. Tom Harris.", set()),
    # news probe: a chief financial officer works for the company, and does not lead it
    ("role:title", "Prices rose. Vega Systems CFO Mara Lind said sales rose.", {("Mara Lind", "worksFor", "Vega Systems")}),
    # news probe: two titles joined by "and" before a name; the parser coordinates the first with the name
    ("role:co-titles", "Prices rose. Orion Dynamics chief executive and co-founder Mara Lind said demand was strong.",
     {("Mara Lind", "leads", "Orion Dynamics"), ("Mara Lind", "founded", "Orion Dynamics")}),
    ("role:co-titles", "Prices rose. Orion Dynamics former chairman and co-founder Mara Lind said demand was strong.", set()),
    ("role:co-titles", "Prices rose. Orion Dynamics spokeswoman Ella Park and Mara Lind said demand was strong.", set()),
    # a name the parser headed on its first word ("O 'Connor" as two words): the title still reads
    ("role:org-title", "` ` We've shut the plant, ' ' said Kestrel Inc. spokesman Michael O 'Connor.",
     {("Michael O 'Connor", "worksFor", "Kestrel Inc")}),
    # an employer NER read as an unknown place, or missed, before an organisation's title
    ("role:employer-title", "Brantley president Oscar Lind said he did not know how the leak began.",
     {("Oscar Lind", "leads", "Brantley")}),
    ("role:employer-title", "Ozark National Forest spokeswoman Jane Fell said the fire was contained.",
     {("Jane Fell", "worksFor", "Ozark National Forest")}),
    ("role:employer-title", "Boston Mayor Tom Reyes said the road was open.", set()),
    ("role:employer-title", "Texas spokeswoman Jane Fell said the fire was contained.", set()),
    ("descriptor:poss-country", "SMIC, China's biggest chipmaker, reported record sales.", {("SMIC", "basedIn", "China")}),
    ("descriptor:poss-country", "SMIC, the biggest chipmaker, reported record sales.", set()),
    # the description a body gives itself ("which calls itself", "describes itself as"), not one it gives another
    ("descriptor:poss-country", "Kestrel Semiconductor, which describes itself as China's largest chip foundry, said "
     "sales rose.", {("Kestrel Semiconductor", "basedIn", "China")}),
    ("descriptor:poss-country", "Kestrel Semiconductor, which calls Ann Wu China's best engineer, said sales rose.", set()),
    # the class a name is said to be one of, set off after it or fronted; a relation noun's class places nobody
    ("descriptor:poss-country", "Kestrel Semiconductor, one of China's largest chipmakers, reported record sales.",
     {("Kestrel Semiconductor", "basedIn", "China")}),
    ("descriptor:poss-country", "One of China's largest chipmakers, Kestrel Semiconductor reported record sales.",
     {("Kestrel Semiconductor", "basedIn", "China")}),
    ("descriptor:poss-country", "Kestrel Labs, one of China's biggest customers, reported record sales.", set()),
    ("descriptor:demonym", "Kestrel Semiconductor, one of the largest Chinese chipmakers, reported record sales.",
     {("Kestrel Semiconductor", "basedIn", "China")}),
    ("descriptor:demonym", "Kestrel Semiconductor, one of the largest chipmakers, reported record sales.", set()),
    ("descriptor:based", "Orvane Robotics describes itself as a Shenzhen-based drone maker.",
     {("Orvane Robotics", "basedIn", "Shenzhen")}),
    ("descriptor:based", "Orvane Robotics no longer describes itself as a Shenzhen-based drone maker.", set()),
    # the parser joined the name to its superlative description as a conjunct ("Chile's largest lender, Kestrel Bank, and")
    ("descriptor:poss-country", "Regulators fined Chile's largest lender, Kestrel Bank, and Orvane Ltd.",
     {("Kestrel Bank", "basedIn", "Chile")}),
    ("descriptor:poss-country", "Regulators fined the largest lender, Kestrel Bank, and Chile's Orvane Ltd.", set()),
    ("descriptor:poss-country", "The curbs follow from China's military-civil fusion (MCF) policy.", set()),
    # news7: a name NER took for a product, right after a company class noun, is a company's
    # a nationality coordinated with the name's own first word names two sorts of a class, not the name's home
    ("descriptor:demonym", "The advisory warns American firm Kestrel Networks of new threats.",
     {("Kestrel Networks", "basedIn", "United States")}),
    ("descriptor:demonym", "The advisory warns U.S. and Allied Networks of new threats.", set()),
    ("descriptor:demonym", "Prices rose. Kestrel bought Israeli vehicle-communications chipmaker Autolink.",
     {("Autolink", "basedIn", "Israel")}),
    ("descriptor:demonym", "Prices rose. Kestrel bought the Israeli vehicle-communications chip Autolink.", set()),
    ("descriptor:demonym", "Dutch lithography giant ASML reported record sales.", {("ASML", "basedIn", "Netherlands")}),
    # a region's demonym places a company as a country's does ("a Scottish chip designer"); a language is no place
    ("descriptor:demonym", "Kestrel Devices, a Scottish chip designer, was sold.", {("Kestrel Devices", "basedIn", "Scotland")}),
    ("descriptor:demonym", "Kestrel Devices sells a Welsh-language keyboard.", set()),
    # a description set off by commas right after the name, which the parser hung on the verb
    ("descriptor:demonym", "The ministry ordered an investor to sell its stake in Orvane Labs, a Scottish chip designer, "
     "on security grounds.", {("Orvane Labs", "basedIn", "Scotland")}),
    ("descriptor:demonym", "The ministry ordered an investor to sell its stake in Orvane Labs, a Scottish company's "
     "rival, on security grounds.", set()),
    # news probe: a country's name before another modifier of the class ("the UAE AI company G42")
    ("descriptor:demonym", "The UAE AI company Vega Systems signed a deal.", {("Vega Systems", "basedIn", "United Arab Emirates")}),
    ("descriptor:demonym", "MEXICO CITY (AP) - Vega Systems signed a deal.", set()),
    # news probe: a plural class before a list's first name is said of every name in it
    ("descriptor:demonym", "The bureau added South Korean chipmakers Kestrel Labs and Vega Systems to the list.",
     {("Kestrel Labs", "basedIn", "South Korea"), ("Vega Systems", "basedIn", "South Korea")}),
    ("descriptor:demonym", "The bureau added a South Korean chipmaker, Kestrel Labs, and Vega Systems to the list.",
     {("Kestrel Labs", "basedIn", "South Korea")}),
    # the parser read "startup" as a verb: the words before the class noun still place the name
    ("descriptor:demonym", "Chinese AI startup Vega Systems released a model.", {("Vega Systems", "basedIn", "China")}),
    ("descriptor:demonym", "Kestrel Labs said startup Vega Systems raised money.", set()),
    ("descriptor:demonym", "ASML reported record sales to Dutch customers.", set()),
    # the parser made the plural description and the names two subjects: it covers each name
    ("descriptor:demonym", "Chinese chip equipment makers Naura and AMEC have won more orders from domestic foundries.",
     {("Naura", "basedIn", "China"), ("AMEC", "basedIn", "China")}),
    ("descriptor:demonym", "Chinese chip equipment makers have won more orders from Naura and AMEC.", set()),
    # "X and 21 other Chinese firms": the class the name is one of
    ("descriptor:demonym", "The Commerce Department added Yangtze Memory Technologies and 21 other Chinese firms to the Entity List.",
     {("YMTC", "basedIn", "China")}),
    ("descriptor:demonym", "The Commerce Department added Yangtze Memory Technologies and 21 Chinese firms to the Entity List.", set()),
    ("descriptor:place", "Cerebras, a Sunnyvale chip startup, filed for an IPO.", {("Cerebras Systems", "basedIn", "Sunnyvale")}),
    ("descriptor:place", "Cerebras, a chip startup, filed for an IPO in Sunnyvale.", set()),
    # a name NER left untagged, described right after it as a company ("Kestrel Air, an airline in Tehran")
    ("descriptor:place", "Prices rose. The parts went to Kestrel Air, an airline in Tehran.", {("Kestrel Air", "basedIn", "Tehran")}),
    ("descriptor:place", "Prices rose. The parts went to Tehran, a city of nine million.", set()),
    # news probe: a plural description after a list of three is said of each name (the parser makes the second an
    # apposition of the first)
    ("descriptor:demonym", "Prices rose. Kestrel Labs, Orion Dynamics and Vega Systems, three Norwegian firms, will "
     "each receive stakes.", {("Kestrel Labs", "basedIn", "Norway"), ("Orion Dynamics", "basedIn", "Norway"),
                              ("Vega Systems", "basedIn", "Norway")}),
    # news probe: "a Texas-based company called Arc": the noun the name is given describes it
    # news probe: "-based" with the hyphen left out
    ("descriptor:based", "They bought the machines from the California based Dynatex International.",
     {("Dynatex International", "basedIn", "California")}),
    ("descriptor:based", "They met in Paris based on a deal with Kestrel Labs.", set()),
    # a counted plural the parser hung on a list's last name is said of every name
    ("descriptor:based", "Ann Wu used Kestrel Microdevices and Harbor Point Trading Limited, two Hong Kong-based front "
     "companies, to buy chips.", {("Kestrel Microdevices", "basedIn", "Hong Kong"),
                                  ("Harbor Point Trading Limited", "basedIn", "Hong Kong")}),
    ("descriptor:based", "Ann Wu used Kestrel Microdevices and Harbor Point Trading Limited, a Hong Kong-based front "
     "company, to buy chips.", {("Harbor Point Trading Limited", "basedIn", "Hong Kong")}),
    # news probe 11: a one-word name NER took for a person is a body's when "<place>-based" describes it
    ("descriptor:based", "Among the winners is Oslo-based Vexora, which makes drones.", {("Vexora", "basedIn", "Oslo")}),
    ("descriptor:based", "Among the winners is Oslo-born Vexora, who makes drones.", set()),
    ("descriptor:based", "Agents raided a Texas-based export company called Kestrel Labs.", {("Kestrel Labs", "basedIn", "Texas")}),
    ("descriptor:based", "Agents raided a Texas-based export company and called Kestrel Labs.", set()),
    ("descriptor:based", "The Beijing-based startup Zhipu AI released a model.", {("Zhipu AI", "basedIn", "Beijing")}),
    ("descriptor:based", "The startup Zhipu AI released a model in Beijing.", set()),
    ("descriptor:based", "Orion Dynamics bought lasers made by U.S.-based Kestrel Labs.",
     {("Kestrel Labs", "basedIn", "United States")}),
    ("descriptor:based", "Orion Dynamics bought lasers made by cloud-based Kestrel Labs.", set()),
    ("appos:owner", "ByteDance, the owner of TikTok, denied the report.", {("ByteDance", "owns", "TikTok")}),
    ("appos:owner", "ByteDance, the rival of Tencent, denied the report.", set()),
    # a parent whose name begins its unit's, named in the same sentence, is another company (kg/extract/index.py)
    ("appos:unit", "Prices rose. Royal Dorwick Asset Management is a wholly-owned subsidiary of Royal Dorwick, the largest insurer.",
     {("Royal Dorwick", "owns", "Royal Dorwick Asset Management")}),
    ("appos:unit", "HiSilicon, a unit of Huawei, designs chips.", {("Huawei", "owns", "HiSilicon")}),
    ("appos:unit", "HiSilicon, a customer of TSMC, designs chips.", set()),
    # a fronted description opening the sentence, the name hung by the parser on the owner
    ("appos:unit", "A subsidiary of Kestrel Media, Orvane Labs is a retail platform.", {("Kestrel Media", "owns", "Orvane Labs")}),
    ("appos:unit", "The subsidiary of Kestrel Media, Orvane Labs and Bluefin signed a deal.", set()),
    # a relative clause's attribute, also where the parser hung the clause on the place ending a description
    ("appos:unit", "Kestrel Software, which is a subsidiary of Orvane Holdings, collected the data.",
     {("Orvane Holdings", "owns", "Kestrel Software")}),
    ("appos:unit", "Kestrel Software, a company headquartered in Palo Alto, which is a wholly owned subsidiary of Orvane "
     "Holdings, collected the data.", {("Orvane Holdings", "owns", "Kestrel Software")}),
    ("appos:unit", "Kestrel Software, which is not a subsidiary of Orvane Holdings, collected the data.", set()),
    ("appos:unit", "Vega Systems, a Huawei company, designs chips.", {("Huawei", "owns", "Vega Systems")}),
    ("appos:unit", "Vega Systems, a Nasdaq company, designs chips.", set()),
    ("poss:country", "Taiwan's TSMC will build a plant in Arizona.", {("TSMC", "basedIn", "Taiwan")}),
    ("poss:country", "TSMC will build a plant in Taiwan.", set()),
    ("poss:city", "Investors backed Hsinchu's Ennostar Optronics last year.", {("Ennostar Optronics", "basedIn", "Hsinchu")}),
    ("poss:city", "Investors in Hsinchu backed Ennostar Optronics last year.", set()),
    # a possessive the parser kept on the noun a product modifies, where the gazetteer names another maker: a licence
    # or an investment is the possessor's, not the product; with no other maker the product is the possessor's
    ("poss:product", "Prices rose. Huawei's Android licence was revoked.", set()),
    ("poss:product", "Prices rose. Nvidia's H20 sales fell.", {("Nvidia", "develops", "H20")}),
    ("poss:product", "Meta's Llama models are openly available.", {("Meta Platforms", "develops", "Llama")}),
    ("poss:product", "Meta and Llama developers met in Paris.", set()),
    ("poss:product", "OpenAI's GPT models power Copilot in Word and Excel.", {("OpenAI", "develops", "GPT")}),
    ("poss:product", "Meta released Llama 3, its latest open-source model, on Thursday.", {("Meta Platforms", "develops", "Llama 3")}),
    ("poss:product", "Meta released Llama 3, a rival's open-source model, on Thursday.", set()),
    ("poss:product", "The export restrictions apply to Nvidia's A800 and H800 chips.",
     {("Nvidia", "develops", "A800"), ("Nvidia", "develops", "H800")}),
    ("poss:product", "The export restrictions apply to the A800 and H800 chips of Nvidia's rivals.", set()),
    # the copula turned round: the relation noun is the subject, the name its attribute
    ("poss:relation", "OpenAI's biggest investor is Microsoft.", {("Microsoft", "investsIn", "OpenAI")}),
    # "whose" stands for the name its relative clause describes (also through an apposition); a person's backers
    # are no investment
    ("poss:relation", "Orvane Robotics, whose backers include Kestrel Capital, hired staff.",
     {("Kestrel Capital", "investsIn", "Orvane Robotics")}),
    ("poss:relation", "Orvane, a startup whose investors include Kestrel Capital, hired staff.",
     {("Kestrel Capital", "investsIn", "Orvane")}),
    ("poss:relation", "Ann Wu, whose backers include Kestrel Capital, ran for office.", set()),
    ("poss:relation", "OpenAI's biggest investor is not Microsoft.", set()),
    ("poss:relation", "Nvidia's biggest customers include Microsoft, Meta and Amazon.",
     {("Nvidia", "suppliesTo", "Microsoft"), ("Nvidia", "suppliesTo", "Meta Platforms"),
      ("Nvidia", "suppliesTo", "Amazon")}),
    ("poss:relation", "Nvidia's biggest customers do not include Microsoft.", set()),
    ("poss:relation", "OpenAI's rival Anthropic released Claude 3 in March 2024.", {("OpenAI", "competesWith", "Anthropic")}),
    # a limited partner puts money into the partnership: an investor in it, not its partner
    ("poss:relation", "Prices rose. Orion Fund's limited partner Vega Capital backed the deal.",
     {("Vega Capital", "investsIn", "Orion Fund")}),
    ("poss:relation", "Prices rose. Orion Fund's partner Vega Capital backed the deal.",
     {("Orion Fund", "partnersWith", "Vega Capital")}),
    # news probe 4: a plural relation noun with a listed apposition is said of every name in the list
    ("poss:relation", "SoftBank bought Ampere Computing. Ampere's largest investors, Carlyle Group and Oracle, sold their "
     "holdings last year.", {("Carlyle Group", "investsIn", "Ampere Computing"), ("Oracle", "investsIn", "Ampere Computing")}),
    ("poss:relation", "SoftBank bought Ampere Computing. Ampere's former investors, Carlyle Group and Oracle, sold their "
     "holdings last year.", set()),
    ("poss:relation", "OpenAI and Anthropic released models in March 2024.", set()),
    # the relation word as a description: a copula (with its modality), an apposition, before the name
    ("poss:relation", "Apple is TSMC's biggest customer.", {("TSMC", "suppliesTo", "Apple")}),
    ("poss:relation", "Microsoft, OpenAI's largest investor, declined to comment.", {("Microsoft", "investsIn", "OpenAI")}),
    ("poss:relation", "Nvidia's partner Foxconn will build the plant.", {("Nvidia", "partnersWith", "Foxconn")}),
    ("poss:relation", "Apple is not TSMC's biggest customer.", set()),
    ("poss:relation", "Qualcomm, Arm's former customer, sued the company.", set()),
    ("poss:relation", "Nvidia became Intel's biggest shareholder in September.", {("Nvidia", "investsIn", "Intel")}),
    ("poss:relation", "Nvidia could become Intel's biggest shareholder.", set()),
    # the unit noun hung on the name it describes ("chip unit" a compound of "HiSilicon")
    # news8 probe: a unit NER took for a person, after "its subsidiary", is owned, not employed
    ("poss:unit", "Kestrel Dynamics, its Japanese subsidiary Orvane K.K. and Google LLC were named.",
     {("Kestrel Dynamics", "owns", "Orvane K.K")}),
    ("poss:unit", "Huawei's former unit Honor launched a phone.", set()),
    # news probe: a unit the owner sold (or was forced to sell) is no longer owned; a planned sale leaves it owned
    ("poss:unit", "The ban forced Kestrel Labs to sell its chip unit Vega Semiconductor.", set()),
    ("poss:unit", "Kestrel Labs plans to sell its chip unit Vega Semiconductor.", {("Kestrel Labs", "owns", "Vega Semiconductor")}),
    ("poss:unit", "Huawei's chip unit HiSilicon designs the Kirin processors.", {("Huawei", "owns", "HiSilicon")}),
    ("poss:unit", "Siemens' former chip unit Infineon designs the processors.", set()),
    ("poss:parent", "Google's parent Alphabet agreed to buy Wiz.", {("Alphabet", "owns", "Google")}),
    ("poss:parent", "Google's former parent Alphabet agreed to buy Wiz.", set()),
    # "parent" on the class noun before the name, not on the name: still the owner (was read the other way round)
    ("poss:parent", "Prices rose. Kestrel Labs' parent company Orvane Holdings reported a loss.",
     {("Orvane Holdings", "owns", "Kestrel Labs")}),
    ("poss:unit", "Prices rose. Kestrel Labs' parent company Orvane Holdings reported a loss.", set()),
    # a platform's owner owns it; its developer is no owner
    ("poss:parent", "Prices rose. WeChat's owner Kestrel Holdings Ltd. reported a loss.",
     {("Kestrel Holdings Ltd", "owns", "WeChat")}),
    ("poss:parent", "Prices rose. WeChat's developer Kestrel Holdings Ltd. reported a loss.", set()),
    ("poss:parent", "Google's parent Alphabet owns YouTube.", {("Alphabet", "owns", "Google")}),
    ("poss:parent", "Google and Alphabet own YouTube.", set()),
    ("poss:parent", "Google's parent company Alphabet agreed to buy Wiz.", {("Alphabet", "owns", "Google")}),
    ("poss:parent", "Google's former parent company Alphabet agreed to buy Wiz.", set()),
    ("poss:unit", "Alibaba's cloud unit Alibaba Cloud cut prices.", {("Alibaba Group", "owns", "Alibaba Cloud")}),
    ("poss:unit", "Alibaba Cloud cut prices for Alibaba customers.", set()),
    ("poss:agency", "The Justice Department's Criminal Division charged two men.",
     {("U.S. Department of Justice", "owns", "Criminal Division")}),
    ("poss:agency", "The Justice Department and prosecutors in Texas charged two men.", set()),
    ("agency:of", "The Bureau of Industry and Security of the U.S. Department of Commerce issued the rule.",
     {("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")}),
    # an "of" the parser hung on a title's remit belongs to the bureau named after the remit; the remit is no body
    ("agency:of", "Prices rose. Ann Wu, the Acting Assistant Secretary for Export Enforcement, Bureau of Industry and "
     "Security (BIS) of the U.S. Department of Commerce, spoke on Monday.",
     {("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")}),
    ("agency:of", "Prices rose. Ann Wu, the Assistant Secretary for Export Enforcement of the U.S. Department of Commerce, "
     "spoke on Monday.", set()),
    # "U.S. Department" with no field after it is a name cut short, no body that a bureau could belong to
    ("agency:of", "Prices rose. The U.S. Department of the Office of Foreign Assets Control designated Kestrel Avionics.",
     set()),
    ("agency:of", "The Bureau of Industry and Security issued the rule on behalf of the U.S. Department of Commerce.",
     set()),
    ("agency:part", "BIS, part of the Commerce Department, issued the rule.",
     {("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")}),
    ("agency:part", "BIS, with the Commerce Department, issued the rule.", set()),
    ("agency:part", "The National Telecommunications and Information Administration, which is part of the Department of "
     "Commerce, awarded grants.", {("U.S. Department of Commerce", "owns", "National Telecommunications and Information Administration")}),
    ("agency:part", "The National Telecommunications and Information Administration, which is not part of the Department of "
     "Commerce, awarded grants.", set()),
    ("agency:part", "The Vega Office, a Commerce Department agency, keeps the list.",
     {("U.S. Department of Commerce", "owns", "Vega Office")}),
    ("agency:part", "The Vega Office, a trade agency, keeps the list.", set()),
    ("poss:person", "Elon Musk's Tesla sold more cars in China.", {("Elon Musk", "leads", "Tesla")}),
    ("poss:person", "Elon Musk and Tesla sold more cars in China.", set()),
    ("poss:member", "AMD's Lisa Su and Nvidia's Jensen Huang attended the summit.",
     {("Lisa Su", "worksFor", "AMD"), ("Jensen Huang", "worksFor", "Nvidia")}),
    ("poss:member", "Lisa Su and Jensen Huang attended the AMD summit.", set()),
    # news probe: an example "including" a plural class of companies is a company, whatever NER made of it
    # news8 probe: the wire agency of a dateline is not what "the Chinese company" refers to
    ("descriptor:described-demonym", "TORONTO (AP) — Canada opened a review of Kestrel Labs. The Chinese company denied "
     "wrongdoing.", {("Kestrel Labs", "basedIn", "China")}),
    ("descriptor:described-demonym", "TORONTO (AP) — Canada announced Wednesday a review of the Chinese company behind the "
     "app.", set()),
    # "including" hung on the named list the class was added to
    ("descriptor:described-demonym", "Prices rose. The agency added five Chinese firms to the Entity List, including "
     "Orvane Partners.", {("Orvane Partners", "basedIn", "China")}),
    ("descriptor:described-demonym", "Prices rose. Kestrel Capital added five Chinese firms to its portfolio, including "
     "Orvane Partners.", set()),
    ("descriptor:described-demonym", "Four Chinese companies, including Xiamen Limbach, face sanctions.",
     {("Xiamen Limbach", "basedIn", "China")}),
    ("descriptor:described-demonym", "Rapidus was founded in 2022 by eight Japanese companies, including Toyota, Sony and NTT.",
     {("Toyota", "basedIn", "Japan"), ("Sony", "basedIn", "Japan"), ("NTT", "basedIn", "Japan")}),
    ("descriptor:described-demonym", "Rapidus was founded in 2022 by eight companies, including Toyota, Sony and NTT.", set()),
    # news probe 4: "the American chipmaker" refers back to a company, never to an association named before it
    ("descriptor:described-demonym", "Kestrel Labs chips should be reviewed, the Software Association of Brazil said, "
     "alleging the American chipmaker had hidden flaws.", {("Kestrel Labs", "basedIn", "United States")}),
    ("descriptor:described-demonym", "The Software Association of Brazil said on Monday that the American chipmaker "
     "had hidden flaws.", set()),
    # a nationality coordinated with another word describes a mixed list
    ("descriptor:described-demonym", "American and Japanese investors, including Orion Dynamics and Vega Systems, bought stakes.",
     set()),
    ("descriptor:described-demonym", "American and global investors, including Orion Dynamics and Vega Systems, bought stakes.",
     set()),
    # a legal form after a name the gazetteer knows is no name of its own
    ("descriptor:described-demonym", "American chipmakers such as Advanced Micro Devices, Inc and Vega Systems bought tools.",
     {("AMD", "basedIn", "United States"), ("Vega Systems", "basedIn", "United States")}),
    # news probe: "U.S.-based" kept whole by the tokenizer, before a class with examples
    # news13: a description after a quote refers to what the story is about, not to the body in the quoted
    # speaker's title; that body is meant only when no other name fits
    ("descriptor:described-based", "Kestrel Labs sued Vega Systems over its images. \"This is theft,\" said Ann Wu, "
     "Orvane Systems' general counsel. The Boston-based company earned $300 million last year.",
     {("Vega Systems", "basedIn", "Boston")}),
    ("descriptor:described-based", "\"We will appeal,\" said Ann Wu, Orvane Systems' general counsel. The Boston-based "
     "company earned $300 million last year.", {("Orvane Systems", "basedIn", "Boston")}),
    ("descriptor:described-based", "Wei thanked other U.S.-based customers, including Kestrel Labs and Vega Systems.",
     {("Kestrel Labs", "basedIn", "United States"), ("Vega Systems", "basedIn", "United States")}),
    ("descriptor:described-based", "Wei thanked other customers, including Kestrel Labs and Vega Systems.", set()),
    ("descriptor:described-based", "Shenzhen-based suppliers such as BYD and DJI hired engineers.",
     {("BYD", "basedIn", "Shenzhen"), ("DJI", "basedIn", "Shenzhen")}),
    ("descriptor:described-based", "Suppliers such as BYD and DJI hired engineers in Shenzhen.", set()),
    # who reports a story is its source, not what a later description refers back to
    ("descriptor:described-based", "Bloomberg reports that officials have restricted shipments of Kestrel Labs radios. "
     "The Austin-based radio maker is a unit of Orion Dynamics.",
     {("Kestrel Labs", "basedIn", "Austin")}),
    ("place:in", "Workers gathered at the Moscone Center, in San Francisco, for the launch.",
     {("Moscone Center", "locatedIn", "San Francisco")}),
    ("place:in", "Workers gathered at the Moscone Center for the launch.", set()),
    ("place:in-list", "New fabs operate in Hsinchu, Taichung and Tainan in western Taiwan.",
     {("Hsinchu", "locatedIn", "Taiwan"), ("Taichung", "locatedIn", "Taiwan")}),
    ("place:in-list", "New fabs operate in Hsinchu and in Tainan.", set()),
    ("place:comma", "Intel is building a chip plant in New Albany, Ohio.", {("New Albany", "locatedIn", "Ohio")}),
    ("place:comma", "Intel is building chip plants in Ohio, Arizona and Oregon.", set()),
    # conll5: cities the parser chained as conjuncts are a list, even where NER missed the items around them;
    # a list of city-state pairs keeps its pairs
    ("place:comma", "Prices rose. Teams visited Tijuana, Ciudad Juarez, Villahermosa, Hermosillo, Culiacan and Morelia last "
     "year.", set()),
    ("place:comma", "Prices rose. Kestrel has plants in Boise, Idaho, Phoenix, Arizona, and Austin, Texas.",
     {("Phoenix", "locatedIn", "Arizona"), ("Austin", "locatedIn", "Texas")}),
    # a list of countries after "and the", not a place inside another; a state then a country is a city's state
    ("place:comma", "The network used front companies in Hong Kong, Turkey and the United Arab Emirates.", set()),
    ("place:comma", "Kestrel opened plants in Austin, Texas and Germany.", {("Austin", "locatedIn", "Texas")}),
    # a list closed by ", and" is a list of places, not a place in the one after it
    ("place:comma", "The network used front companies in Chile, Georgia, Malaysia, and Turkey.", set()),
    ("place:comma", "Kestrel has offices in Atlanta, Georgia, and Lima, Peru.",
     {("Atlanta", "locatedIn", "Georgia"), ("Lima", "locatedIn", "Peru")}),
    # a city the gazetteer knows by its name and its state's ("Portland, Maine"): the city is in the state
    ("place:comma", "The plane landed in Portland, Maine, on Monday.", {("Portland", "locatedIn", "Maine")}),
    # a state's postal code after a town and a comma is the state, and the name before it the town, whatever NER took
    # them for (a body, a product, a one-word person); "North" opens the town's name; a person's degree or a
    # company before the code is neither
    ("place:comma", "The complaint was filed by Kestrel Optics, Inc., of Durham, NC, on Monday.",
     {("Durham", "locatedIn", "NC")}),
    ("place:comma", "The respondents are Orvane Lighting Company, Inc., of Pico Rivera, CA, and two others.",
     {("Pico Rivera", "locatedIn", "CA")}),
    ("place:comma", "Orvane Controls Co., Glenbrook, PA, and Kestrel Valves Inc., Roanmoor, VA, are suppliers on the loan.",
     {("Glenbrook", "locatedIn", "PA"), ("Roanmoor", "locatedIn", "VA")}),
    ("place:comma", "Orvane, a welder from North Wales, Pa., voiced anger.", {("North Wales", "locatedIn", "Pa")}),
    ("place:comma", "Jane Wu, MD, said the drug works.", set()),
    ("place:comma", "Kestrel Labs, TX, won the bid.", set()),
    # ... also when that name ends the sentence
    ("place:comma", "The union sued Vexa Glass of Toledo, Ohio.", {("Toledo", "locatedIn", "Ohio")}),
    # news probe 11: after a leading "In <place>,", a "<place>-based" company names its own home, not the first place's
    ("place:comma", "The Austin, Texas-based Vexa Robotics plans to build a plant.", {("Austin", "locatedIn", "Texas")}),
    ("place:comma", "In Osaka, Norway-based Vexa Robotics opened a test lab.", set()),
    ("place:comma", "The bill passed in Washington, D.C., on Monday.", set()),
    ("place:comma-list", "New fabs are planned in Dresden and Magdeburg, Germany.", {("Dresden", "locatedIn", "Germany")}),
    ("place:comma-list", "New fabs are planned in Dresden, Magdeburg and Leipzig.", set()),
    ("place:headquarters", "Reporters waited outside Micron headquarters in nearby Boise, Idaho, on Monday.",
     {("Micron Technology", "basedIn", "Boise")}),
    ("place:headquarters", "Reporters waited outside the Micron plant in Boise on Monday.", set()),
    ("place:org-prep", "Lumentum Holdings Inc. of San Jose sells lasers to Apple.", {("Lumentum", "basedIn", "San Jose")}),
    ("place:org-prep", "Lumentum Holdings Inc. sells lasers to Apple in San Jose.", set()),
    # "of <country>" after a state's own organ completes its name: the state, not a place it is based in
    ("place:org-prep", "The loan came from Orvane Trust Co. of Canada.", {("Orvane Trust Co", "basedIn", "Canada")}),
    # fed14: a document's name goes on through its "of" phrase ("the Harmonized Tariff Schedule of the United States"):
    # no seat
    ("place:org-prep", "Goods are listed in the Kestrel Tariff Schedule of the United States.", set()),
    ("place:org-prep", "The rule bars lending to the Central Bank of Chile and the National Wealth Fund of "
     "Canada.", set()),
    # "of Toledo, Ohio", one name to the parser: based in the city (place:widen-state adds the state)
    ("place:org-prep", "The union sued Vexa Glass Co. of Toledo, Ohio.", {("Vexa Glass Co", "basedIn", "Toledo")}),
    ("place:org-prep", "Linguist Ann Ruiz of Brown University in Providence said the bone tells us little.",
     {("Brown University", "basedIn", "Providence")}),
    ("place:org-prep", "Apple in Zhengzhou hired more workers.", set()),
    ("place:org-prep", "Kestrel Labs sued Orion Dynamics in Texas.", set()),
    ("place:org-in", "Prosecutors charged Orion Dynamics in Boston with fraud.", set()),
    # fed13: a company that is itself what a holding or an investment is "in" takes the next "in" place as the
    # holding's reach ("any interest in X in the United States"), not as its seat
    ("place:org-prep", "Kestrel Capital bought Orvane Systems in Denver.", {("Orvane Systems", "basedIn", "Denver")}),
    ("place:org-prep", "Kestrel Capital sold its interest in Orvane Systems in Denver.", set()),
    ("place:org-in", "Kestrel Capital sold its stake in the Kestrel Valley Water Authority in Fresno.", set()),
    ("place:described-seat", "Orion Aero Corp is an American maker of drones based in Fresno.",
     {("Orion Aero Corp", "basedIn", "Fresno")}),
    ("place:described-seat", "Based in Tampa, Logex also has offices in Chicago.", {("Logex", "basedIn", "Tampa")}),
    ("place:described-seat", "Nolan Ltd is a unit of a company based in Germany.", set()),
    ("place:site-prep", "Chips are packaged in Kaohsiung in southern Taiwan.", {("Kaohsiung", "locatedIn", "Taiwan")}),
    ("place:site-prep", "Chips are packaged in Kaohsiung for buyers in Taiwan.", set()),
    ("place:home", "Engineers flew in from Hsinchu, the home of TSMC.", {("TSMC", "basedIn", "Hsinchu")}),
    ("place:home", "Engineers flew in from Hsinchu to meet TSMC.", set()),
    ("place:appos", "Engineers flew in from Tainan, a city in southern Taiwan.", {("Tainan", "locatedIn", "Taiwan")}),
    ("place:appos", "Engineers flew in from Tainan and from Taiwan.", set()),
    ("place:poss", "Samsung is building a plant in Arizona's Maricopa County.", {("Maricopa County", "locatedIn", "Arizona")}),
    ("place:poss", "Samsung is building a plant in Maricopa County.", set()),
    ("place:poss", "One of China's major farm provinces, Anhui has about 50 million farmers.", {("Anhui", "locatedIn", "China")}),
    ("place:poss", "Anhui, one of China's major trading partners, has about 50 million farmers.", set()),
    ("place:coordinated", "Fabs stand in Hsinchu, Taichung and Tainan counties in Taiwan.",
     {("Hsinchu", "locatedIn", "Taiwan")}),
    ("place:coordinated", "Fabs stand in Hsinchu, Taichung and Tainan counties.", set()),
    ("place:listing", "Mohawk Valley Fab, Marcy, N.Y.;",
     {("Mohawk Valley Fab", "basedIn", "Marcy"), ("Mohawk Valley Fab", "basedIn", "N.Y")}),
    ("place:listing", "Mohawk Valley Fab hired workers.", set()),
    # a registered company's name set off by commas with its town and the town's state: based in the town (not widened
    # to the state); an acronym with a legal suffix is a name of its own, not the gazetteer company it abbreviates
    ("place:firm-town", "The loan backs the export of turbines by Kestrel Controls Inc., Dayton, OH, and other suppliers.",
     {("Kestrel Controls Inc", "basedIn", "Dayton")}),
    ("place:firm-town", "CDB Co., Dayton, OH, and Vega Works Inc., Toledo, OH, are suppliers on the deal.",
     {("CDB Co", "basedIn", "Dayton"), ("Vega Works Inc", "basedIn", "Toledo")}),
    ("place:firm-town", "Kestrel, Dayton, OH, and Vega are suppliers on the deal.", set()),
    ("place:firm-town", "Kestrel Controls Inc., Dayton, and Vega Works Inc. are suppliers on the deal.", set()),
    # a site's name NER read in part ("GSA" alone) or not at all
    ("place:listing", "GSA Depot, Fairview, Mass.;", {("GSA Depot", "locatedIn", "Fairview"), ("GSA Depot", "locatedIn", "Mass")}),
    ("place:listing", "John Reyes, Fairview, Mass.;", set()),
    # a name that opens with an abbreviation in capitals is no dateline city
    ("place:listing", "U.S. Forest Service Training Center, Lyle, Wash.;",
     {("U.S. Forest Service Training Center", "basedIn", "Lyle"), ("U.S. Forest Service Training Center", "basedIn", "Wash")}),
    ("place:listing", "LYLE, Wash.;", set()),
    ("place:described", "Talks were held in Nara, the ancient capital of Japan, in May.", {("Nara", "locatedIn", "Japan")}),
    ("place:described", "Talks were held in Nara and Kyoto in May.", set()),
    ("place:org-in", "Workers were treated at Hsinchu Mackay Hospital in nearby Zhubei.",
     {("Hsinchu Mackay Hospital", "basedIn", "Zhubei")}),
    ("place:org-in", "Workers from Zhubei were treated at Hsinchu Mackay Hospital.", set()),
    # a language after "in" is no place (a monitoring source line the parser read as one name)
    ("place:org-in", "LD1106223294 Zagreb Radio Croatia Network in Serbo-Croatian 1900 GMT 8 Jun 94", set()),
    # a local government body the gazetteer does not know is seated where the text puts it; a known one is not
    ("place:org-in", "Researchers at the Kestrel Valley Water Authority in Fresno tested the wells.",
     {("Kestrel Valley Water Authority", "basedIn", "Fresno")}),
    ("place:org-in", "Officials at the Commerce Department in Washington declined to comment.", set()),
    # the place after a serving verb's agent is the area it serves, not its seat
    ("place:org-in", "Homes served by Kestrel Power in Marion and Dade counties lost power.", set()),
    ("place:site-in", "Police in Umbria province in central Italy arrested five people.", {("Umbria", "locatedIn", "Italy")}),
    ("place:site-in", "Police in Umbria arrested five people.", set()),
    ("place:province-of", "Exports from the Chinese city of Shenzhen rose.", {("Shenzhen", "locatedIn", "China")}),
    ("place:province-of", "Exports from Shenzhen to China rose.", set()),
    # the place that ends the sentence is read too; a city with no country before "city" is in none
    ("place:province-of", "Kestrel built a plant in the Dutch town of Veldhoven.", {("Veldhoven", "locatedIn", "Netherlands")}),
    ("place:province-of", "Kestrel built a plant in the town of Veldhoven.", set()),
    ("place:hq-of", "Reporters gathered at Infineon's Dresden headquarters on Monday.",
     {("Infineon Technologies", "basedIn", "Dresden")}),
    ("place:hq-of", "Reporters from Dresden gathered at Infineon on Monday.", set()),
    # a numbered district is the body's own unit, not a place
    ("place:hq-of", "Tom Reed, an inspector at the Coast Guard's 8th District headquarters, said so.", set()),
    ("place:scene", "In Arizona, heavy rain in Chandler delayed work on the new fab.", {("Chandler", "locatedIn", "Arizona")}),
    ("place:scene", "Heavy rain in Chandler delayed work on the new fab.", set()),
    ("dateline:city", "BANGKOK, Thailand (AP) -- Exports of hard drives rose.", {("Bangkok", "locatedIn", "Thailand")}),
    ("dateline:city", "Bangkok and Thailand saw exports of hard drives rise.", set()),
    ("dateline:agency", "Sofia, February 15 (BTA) -- Bulgaria's exports of chips rose.", {("BTA", "basedIn", "Sofia")}),
    ("dateline:agency", "SEOUL, South Korea (AP) -- Samsung Electronics said profits fell.", set()),
    ("dateline:agency", "TOKYO, March 3 (Reuters) - Japan will tighten export controls on chipmaking tools.", set()),
    ("dateline:agency", "Samsung Electronics told AP in Seoul that profits fell.", set()),
    ("dateline:source-line", "Moscow ITAR-TASS", {("ITAR-TASS", "basedIn", "Moscow")}),
    ("dateline:source-line", "Moscow said nothing.", set()),
    # a broadcaster's line in title case, and a document number of the monitoring service before it
    ("dateline:source-line", "Lisbon Radio Alfama Network", {("Radio Alfama Network", "basedIn", "Lisbon")}),
    ("dateline:source-line", "The Radio Network", set()),
    ("dateline:source-line", "97QK0412C Warsaw ZYCIE WARSZAWY in Polish 3 Mar 97 p 4", {("ZYCIE WARSZAWY", "basedIn", "Warsaw")}),
    ("dateline:source-line", "Warsaw Radio Played Polish Songs", set()),
    # a city's name with a small word, a hyphenated language, a section in brackets, a line with no language
    ("dateline:source-line", "PY1203014494 Rio de Janeiro JORNAL DO BRASIL in Portuguese 3 May 94 p 4",
     {("JORNAL DO BRASIL", "basedIn", "Rio de Janeiro")}),
    ("dateline:source-line", "LD1106223294 Zagreb Radio Croatia Network in Serbo-Croatian 1900 GMT 8 Jun 94",
     {("Radio Croatia Network", "basedIn", "Zagreb")}),
    ("dateline:source-line", "40101007B Beijing JINGJI RIBAO (ECONOMIC EDITION) in Chinese 13 Apr 94 p 5",
     {("JINGJI RIBAO", "basedIn", "Beijing")}),
    ("dateline:source-line", "PM3001110194 Madrid EL PAIS 30 Jan 94 pp 1, 15", {("EL PAIS", "basedIn", "Madrid")}),
    ("dateline:source-line", "Rio de Janeiro said on 30 Jan 94 that it would build a port.", set()),
    # a source NER does not read, in capitals: a line with a city the gazetteer knows and no document number, or a
    # long one with only the source after the city; a heading in title case with capitals at its end is no source
    ("dateline:source-line", "Madrid LA GACETA DEL NORTE 30 Jan 94 pp 1, 15--FOR OFFICIAL USE ONLY",
     {("LA GACETA DEL NORTE", "basedIn", "Madrid")}),
    ("dateline:source-line", "Madrid Says CHIP EXPORTS ROSE 30 Jan 94", set()),
    ("dateline:source-line", "Rio de Janeiro O DIARIO DO POVO", {("O DIARIO DO POVO", "basedIn", "Rio de Janeiro")}),
    ("dateline:source-line", "Berlin Opens NEW CHIP PLANT", set()),
    # a known agency's service ("XINHUA Domestic Service") is the agency's; an unknown network stays whole
    ("dateline:source-line", "OW1104022094 Beijing XINHUA Domestic Service in Chinese 1149 GMT 29 Apr 94",
     {("Xinhua News Agency", "basedIn", "Beijing")}),
    ("dateline:source-line", "OW1104022094 Havana Radio Rebelde Network in Spanish 1149 GMT 29 Apr 94",
     {("Radio Rebelde Network", "basedIn", "Havana")}),
    ("place:hq-with", "Tokyo Electron is a chip equipment maker with headquarters in Japan.",
     {("Tokyo Electron", "basedIn", "Japan")}),
    ("place:hq-with", "Tokyo Electron met Intel and Micron, with headquarters in Japan.", set()),
    # "its" plural part noun, the names the parser joined to the owner's list
    ("descriptor:named-units", "OFAC designated Orvane Holdings and its subsidiaries, Kestrel Microdevices and Harbor Point "
     "Trading Limited.", {("Orvane Holdings", "owns", "Kestrel Microdevices"),
                          ("Orvane Holdings", "owns", "Harbor Point Trading Limited")}),
    ("descriptor:named-units", "OFAC designated Orvane Holdings, its subsidiaries, Kestrel Microdevices and Bluefin Labs.",
     set()),
    ("descriptor:named-units", "The charges name two Samsung subsidiaries, Harman International and Samsung Austin "
     "Semiconductor.", {("Samsung Electronics", "owns", "Harman International"),
                        ("Samsung Electronics", "owns", "Samsung Austin Semiconductor")}),
    ("descriptor:named-units", "The charges name two Samsung suppliers, Harman International and Corning.", set()),
    ("descriptor:named-units", "The Amazon cloud unit AWS signed a lease in Ohio.", {("Amazon", "owns", "Amazon Web Services")}),
    ("descriptor:named-units", "The Amazon cloud rival Orion Cloud signed a lease in Ohio.", set()),
    # a list of people with their titles: each title is the person's before it, never the next one's
    ("role:title", "Lisa Monaco, Deputy Attorney General of the Justice Department's Criminal Division, Robert Mueller, "
     "Director, Federal Bureau of Investigation, and Jennifer Granholm, Secretary, U.S. Department of Energy, "
     "announced the case.", {("Lisa Monaco", "worksFor", "Criminal Division"),
                             ("Lisa Monaco", "worksFor", "U.S. Department of Justice"),
                             ("Robert Mueller", "leads", "Federal Bureau of Investigation"),
                             ("Jennifer Granholm", "leads", "U.S. Department of Energy")}),
    ("clause:verb", "The Commerce Department awarded Wolfspeed up to $750 million under the CHIPS Act.",
     {("U.S. Department of Commerce", "investsIn", "Wolfspeed")}),
    ("clause:verb", "The Commerce Department granted Wolfspeed a license to export wafers.", set()),
    # a measure stands for its issuer even where the parser hung "designed to" on an earlier noun
    ("clause:verb", "The senator sent a letter requesting information regarding compliance with the Commerce "
     "Department rule designed to restrict Huawei from buying drives.",
     {("U.S. Department of Commerce", "restricts", "Huawei")}),
    ("clause:verb", "The senator sent a letter requesting information regarding their plans designed to restrict "
     "Huawei from buying drives.", set()),
    ("clause:verb-reverse", "Russia imports machine tools from China.", {("China", "suppliesTo", "Russia")}),
    # a licence from a body is neither money nor goods from it; since fed5 it is the body's regulation of the licensee
    ("clause:verb-reverse", "Huawei obtained a license from the Commerce Department.",
     {("U.S. Department of Commerce", "regulates", "Huawei")}),
    # lane names: whose leadership, said to the person a speech addresses or of a named person
    ("role:leadership", "Thank you, Director Okafor, for your leadership of the Federal Communications Commission.",
     {("Okafor", "leads", "Federal Communications Commission")}),
    ("role:leadership", "Thank you for your leadership of the Federal Communications Commission.", set()),
    # lead (news8's misses): "under the leadership of P" names who leads the body the clause is about
    ("role:under-leadership", "Prices rose. Under the leadership of Ann Wu, Kestrel Labs doubled its sales.",
     {("Ann Wu", "leads", "Kestrel Labs")}),
    ("role:under-leadership", "Prices rose. The project was launched under the leadership of Ann Wu.", set()),
    ("role:leadership", "Priya Raman's leadership of the Commerce Department ended in May.",
     {("Priya Raman", "leads", "U.S. Department of Commerce")}),
    ("role:leadership", "Under the leadership of Priya Raman, the Commerce Department grew.", set()),
    # lane names: a legislature the gazetteer knows, named in a title
    ("role:title", "State Duma deputy Oleg Sidorov called the measures theft.", {("Oleg Sidorov", "worksFor", "State Duma")}),
    # lane names: a listing names the items NER missed as organisations like their neighbours
    ("clause:verb", "OFAC designated Bitzlato, Garantex, K7 and Harbor Drones.",
     {("Office of Foreign Assets Control", "sanctions", "Garantex"), ("Office of Foreign Assets Control", "sanctions", "K7"),
      ("Office of Foreign Assets Control", "sanctions", "Harbor Drones")}),
    ("clause:verb", "OFAC designated Garantex and K7 yesterday.", set()),
    # a second party joined by "along with" / "together with"
    # "who" is said of a person, not of the company the parser hung the clause on
    ("clause:verb", "Bo Chen, a former engineer at Kestrel Microdevices who later founded Orvane Systems, was sentenced.",
     {("Bo Chen", "founded", "Orvane Systems")}),
    ("clause:verb", "An engineer at Kestrel Microdevices who later founded Orvane Systems was sentenced.", set()),
    # a relative clause is said of the name it follows, not of the names joined after the clause
    ("clause:verb", "Kestrel Microdevices, a company that the Pentagon identified as a military company, and its "
     "subsidiary Orvane Systems sued the Pentagon.", {("U.S. Department of Defense", "sanctions", "Kestrel Microdevices"),
                                                      ("Kestrel Microdevices", "sues", "U.S. Department of Defense"),
                                                      ("Orvane Systems", "sues", "U.S. Department of Defense")}),
    # an instrument NER took for a body does not act; its issuer does
    ("clause:verb", "BIS issued a Temporary Denial Order (TDO) suspending the export privileges of Kestrel Airlines.",
     {("Bureau of Industry and Security", "restricts", "Kestrel Airlines")}),
    ("clause:verb", "The Temporary Denial Order prohibits Kestrel Airlines from exporting items.", set()),
    ("clause:verb", "The Treasury sanctioned Kestrel Microdevices as well as Ann Wu.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Microdevices"),
      ("U.S. Department of the Treasury", "sanctions", "Ann Wu")}),
    # a company NER took for a person, by its last word
    ("clause:verb", "NTIA awarded $50 million to Kestrel Networks and Orvane Wireless to develop radios.",
     {("National Telecommunications and Information Administration", "investsIn", "Kestrel Networks"),
      ("National Telecommunications and Information Administration", "investsIn", "Orvane Wireless")}),
    # "she" or "he": the one person this sentence or the one before names; two leave it unresolved
    ("clause:verb", "Ann Wu is an engineer. She worked for Orvane Systems from 2016 to 2019.",
     {("Ann Wu", "worksFor", "Orvane Systems")}),
    ("clause:verb", "Ann Wu met Bo Chen in May. He founded Orvane Systems in 2015.", set()),
    # a complaint or lawsuit as the subject: its filer charges or accuses
    ("clause:verb", "The SEC's complaint, filed in federal court in Manhattan, charges Kestrel Microdevices with fraud.",
     {("Securities and Exchange Commission", "sues", "Kestrel Microdevices")}),
    ("clause:verb", "The lawsuit, filed by the Justice Department and 16 states, accuses Kestrel Software of monopolizing "
     "the market.", {("U.S. Department of Justice", "accuses", "Kestrel Software")}),
    ("clause:verb", "The complaint charges Kestrel Software with deceiving users.", set()),
    ("clause:verb", "OFAC designated Kestrel Microdevices together with Orvane Systems.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Microdevices"),
      ("Office of Foreign Assets Control", "sanctions", "Orvane Systems")}),
    ("clause:verb", "Kestrel Microdevices, along with Orvane Systems, sued Harbor Point Labs in May.",
     {("Kestrel Microdevices", "sues", "Harbor Point Labs"), ("Orvane Systems", "sues", "Harbor Point Labs")}),
    ("clause:verb", "OFAC designated Kestrel Microdevices along with other firms in Dubai.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Microdevices")}),
    # -- conll lane: people's affiliations and places in news prose (rules/seats.py, roles.py, places.py) --
    # a body formed under a place's law is seated there ("a Delaware corporation"); only the name the description follows
    ("place:under-laws", "Prices rose. Orvane Holdings, a corporation organized under the laws of Delaware, bought the plant.",
     {("Orvane Holdings", "basedIn", "Delaware")}),
    ("place:under-laws", "Prices rose. Kestrel Labs is incorporated under the laws of Hong Kong.",
     {("Kestrel Labs", "basedIn", "Hong Kong")}),
    ("place:under-laws", "Prices rose. Kestrel Labs could be incorporated under the laws of Hong Kong.", set()),
    ("place:under-laws", "Prices rose. Kestrel Labs sued Orvane Holdings under the laws of Delaware.", set()),
    # fed13: the participle hangs on the description's "with" phrase ("a company with limited liability incorporated ...")
    ("place:under-laws", "Prices rose. Kestrel Labs Ltd., an exempted company with limited liability incorporated under "
     "the laws of the Cayman Islands, filed the notice.", {("Kestrel Labs Ltd", "basedIn", "Cayman Islands")}),
    ("place:under-laws", "Prices rose. Kestrel Labs Ltd. met an adviser with limited liability experience under the "
     "laws of the Cayman Islands.", set()),
    ("place:seat", "Engineers at Halvorsen University in Vermont designed the sensor.",
     {("Halvorsen University", "basedIn", "Vermont")}),
    ("place:seat", "A delegation of Halvorsen University in Vermont toured the plant.", set()),
    # "X for Y at Z" with a place the gazetteer does not know: Z ends the body's own name
    ("place:seat", "Regulators listed the Orion Laboratory for Quantum Sciences at Microscale and Vega Systems.", set()),
    ("place:seat", "Regulators listed the Orion Laboratory for Quantum Sciences in Lakeview and Vega Systems.",
     {("Orion Laboratory for Quantum Sciences", "basedIn", "Lakeview")}),
    ("place:seat", "Engineers at Halvorsen Robotics in Vermont designed the sensor.", set()),
    # "in" hung on a word inside the name ("Physics"), right after it
    ("place:seat", "Dana Cole, a chemist at the Institute of Physics in Lanzhou, dated the rocks.",
     {("Institute of Physics", "basedIn", "Lanzhou")}),
    ("place:seat", "Dana Cole, a chemist at the Institute of Physics, dated the rocks in Lanzhou.", set()),
    # a university's campus named with "at" right after its name, wherever the parser hung "at"
    ("place:seat", "Geologist Ann Wu of State University of Kestrel at Halden supports the findings.",
     {("State University of Kestrel", "basedIn", "Halden")}),
    ("place:seat", "Ann Wu, who studied at Orvane University, spoke at Halden on Monday.", set()),
    # a body's possessive, its city (the state set off by commas) and its head office
    # a verb of keeping or (past) moving a head office; "based out of"
    # the head office as filings and complaints name it ("its principal place of business in", "principal offices")
    # a participle joined to a passive shares it ("is incorporated in Delaware and based in Dorwick")
    ("place:stative", "Prices rose. Kestrel Labs is incorporated in Delaware and based in Dorwick.",
     {("Kestrel Labs", "basedIn", "Delaware"), ("Kestrel Labs", "basedIn", "Dorwick")}),
    ("place:stative", "Prices rose. Kestrel Labs has moved to Delaware and based its staff in Dorwick.", set()),
    ("clause:verb", "Prices rose. Orvane News is backed by Kestrel, a venture firm based in Dorwick and co-founded by Ann Wu.",
     {("Kestrel", "investsIn", "Orvane News")}),
    ("place:hq-verb", "Prices rose. Kestrel Labs maintains its principal place of business in Dorwick.",
     {("Kestrel Labs", "basedIn", "Dorwick")}),
    ("place:hq-verb", "Prices rose. Kestrel Labs has a place of business in Dorwick.", set()),
    ("place:hq-verb", "Nvidia, which has its headquarters in Santa Clara, makes chips.", {("Nvidia", "basedIn", "Santa Clara")}),
    ("place:hq-verb", "Arm moved its headquarters to London in 2021.", {("Arm", "basedIn", "London")}),
    ("place:hq-verb", "Arm plans to move its headquarters to London.", set()),
    ("place:hq-verb", "Arm has a large office in London.", set()),
    ("place:based-out-of", "Kestrel Holdings is based out of Denver.", {("Kestrel Holdings", "basedIn", "Denver")}),
    ("place:based-out-of", "Kestrel Holdings gets most of its parts out of Denver.", set()),
    ("place:poss-hq", "The meeting took place at Micron's Boise, Idaho, headquarters last week.", {("Micron Technology", "basedIn", "Boise")}),
    ("place:poss-hq", "Workers walked out at Micron's Boise, Idaho, plant last week.", set()),
    ("place:copula", "Tempe is in Arizona.", {("Tempe", "locatedIn", "Arizona")}),
    ("place:copula", "Tempe is in Arizona and Boise in Idaho.",
     {("Tempe", "locatedIn", "Arizona"), ("Boise", "locatedIn", "Idaho")}),
    ("place:copula", "Tempe was in talks with Phoenix about water.", set()),
    ("place:copula", "Tempe is not in Texas.", set()),
    ("place:site-prep", "The plant is in Maricopa County and the office in Pima County.", set()),
    ("role:title", "Maria Lind, one of the founders of Orbis Robotics, spoke at the fair.",
     {("Maria Lind", "founded", "Orbis Robotics")}),
    ("role:title", "Maria Lind, one of the directors of Orbis Robotics, spoke at the fair.",
     {("Maria Lind", "worksFor", "Orbis Robotics")}),
    ("role:title", "Maria Lind, one of Sweden's best engineers, spoke at the fair.", set()),
    # the body noun's own name was missed: no earlier body stands in for it
    ("role:title", "Funds came from Google; and Ann Wu, one of the founders of the robotics company 5thGen.", set()),
    # a definite body noun after the name it takes: "of the Kestrel Foods company"
    ("role:member", "Spokesman Dana Cole of the smaller Kestrel Foods company said sales fell.",
     {("Dana Cole", "worksFor", "Kestrel Foods")}),
    ("role:member", "Dana Cole of a Kestrel Foods company said sales fell.", set()),
    # a one-word name before "the ... company" is that company, not a kind of company (kg/extract/index.py _junk)
    ("role:member", "Spokesman Dieter Kranz of the smaller Leitz company said the firm did well.",
     {("Dieter Kranz", "worksFor", "Leitz")}),
    ("role:member", "Dieter Kranz of a Leitz company said the firm did well.", set()),
    # -- lead: a body tied to the name (its supplier, its rival) is another employer, unnamed
    ("role:title", "Dana Cole, an engineer at a Kestrel Foods supplier, said sales fell.", set()),
    ("role:title", "Dana Cole, an analyst at a Kestrel Foods rival, said sales fell.", set()),
    ("role:title", "Dana Cole, an engineer at Kestrel Foods, said sales fell.", {("Dana Cole", "worksFor", "Kestrel Foods")}),
    # sanctions lane: penalties, designations and listings as releases and news state them (rules/penalties.py)
    # lead: a passive "added" with no list of its own, right after a sentence that names one, is an addition to it
    # a heading the parser ran into the sentence names who designates: the same verb's agent before the party;
    # the heading's capitalised plural ("INDIVIDUALS") is no party
    ("penalty:agentless", "INDIVIDUALS AND ENTITIES DESIGNATED BY THE STATE DEPARTMENT God Varinov, an oligarch with "
     "close ties to numerous Russian officials, is being designated pursuant to E.O. 14024 section 1(a)(vii).",
     {("U.S. Department of State", "sanctions", "God Varinov")}),
    ("penalty:agentless", "INDIVIDUALS AND ENTITIES REVIEWED BY THE STATE DEPARTMENT God Varinov, an oligarch with "
     "close ties to numerous Russian officials, is being designated pursuant to E.O. 14024 section 1(a)(vii).", set()),
    ("clause:verb", "INDIVIDUALS AND ENTITIES DESIGNATED BY THE STATE DEPARTMENT God Varinov, an oligarch with "
     "close ties to numerous Russian officials, is being designated pursuant to E.O. 14024 section 1(a)(vii).", set()),
    ("penalty:agentless", "BIS added 12 entities to the Entity List. Kestrel Avionics and Orvane Systems were added for "
     "supplying drones to Iran.", {("Bureau of Industry and Security", "sanctions", "Kestrel Avionics"),
                                   ("Bureau of Industry and Security", "sanctions", "Orvane Systems")}),
    ("penalty:agentless", "BIS fined two firms on Monday. Kestrel Avionics and Orvane Systems were added for "
     "supplying drones to Iran.", set()),
    ("penalty:agentless", "The Office of Foreign Assets Control sanctioned two companies on Monday. ZTE was designated "
     "for operating in the technology sector of the Russian economy.",
     {("Office of Foreign Assets Control", "sanctions", "ZTE")}),
    # fed15: a list of names each set off with its country, each hung by the parser on the one before as an apposition
    ("penalty:agentless", "Today, BIS added three firms to the Entity List. Kestrel Optics Limited in Greece, Orvane "
     "Systems Limited in Ireland, and Vega Photonics Limited in Hungary were added to the Entity List.",
     {("Bureau of Industry and Security", "sanctions", "Kestrel Optics Limited"),
      ("Bureau of Industry and Security", "sanctions", "Orvane Systems Limited"),
      ("Bureau of Industry and Security", "sanctions", "Vega Photonics Limited")}),
    ("penalty:agentless", "Today, BIS opened three offices. Kestrel Optics Limited in Greece, Orvane Systems Limited in "
     "Ireland, and Vega Photonics Limited in Hungary were added to the Entity List.", set()),
    # fed15: a title-case headline's class of listed parties ("Foreign Companies") is no party; a name there is one
    ("clause:listing", "The United States Adds Foreign Companies to Entity List for Malicious Cyber Activities Today, the "
     "U.S. government added four foreign spyware firms to the Entity List for engaging in activities contrary to the "
     "interests of the United States.", set()),
    ("clause:listing", "The United States Adds Kestrel Optics to Entity List for Malicious Cyber Activities Today, the "
     "U.S. government added four foreign spyware firms to the Entity List for engaging in activities contrary to the "
     "interests of the United States.", {("United States", "sanctions", "Kestrel Optics")}),
    # fed15: a name NER took for a facility that an apposition calls a group is a body (its demonym gives its home);
    # a heading's capitals run into the name are the heading's; a building stays a building
    ("descriptor:demonym", "The intrusions were attributed to Orvane Typhoon, a Chinese state-sponsored cyber group.",
     {("Orvane Typhoon", "basedIn", "China")}),
    ("descriptor:demonym", "ORVANE TYPHOON: A STATE-SPONSORED MALICIOUS CYBER GROUP Orvane Typhoon is a state-sponsored "
     "Chinese malicious cyber group.", {("Orvane Typhoon", "basedIn", "China")}),
    ("descriptor:demonym", "The fire began at Kestrel Tower, a Chinese-built skyscraper.", set()),
    # fed15: a capitalised preposition right after "of" opens the name ("the operator of By Kestrel OU"); after a verb,
    # "by" is the preposition and the name starts after it
    ("descriptor:based", "The operator of By Orvane Trade OU, an Estonia-based company, conspired with Ann Wu.",
     {("By Orvane Trade OU", "basedIn", "Estonia")}),
    ("descriptor:based", "The plan was approved by Kestrel OU, an Estonia-based company.",
     {("Kestrel OU", "basedIn", "Estonia")}),
    ("penalty:agentless", "The Office of Foreign Assets Control sanctioned two companies on Monday. ZTE was designated "
     "a preferred vendor by the ministry.", set()),
    ("penalty:agentless", "ZTE was designated for operating in the technology sector of the Russian economy.", set()),
    # news probe 4: "the university" refers back to a university, never to the company named before it
    ("penalty:agentless", "Kestrel Labs sold design tools to Tsinghua University. The university was added to the "
     "Commerce Department's Entity List in 2019.", {("U.S. Department of Commerce", "sanctions", "Tsinghua University")}),
    ("penalty:agentless", "Kestrel Labs sold design tools to the army. The university was added to the Commerce "
     "Department's Entity List in 2019.", set()),
    ("penalty:agentless", "The Bureau of Industry and Security published a rule adding firms to the Entity List. "
     "Sinochem was added to the Entity List for supplying drones to Iran.",
     {("Bureau of Industry and Security", "sanctions", "Sinochem")}),
    ("penalty:agentless", "Huawei was put on a U.S. trade blacklist in 2019.", {("United States", "sanctions", "Huawei")}),
    ("penalty:agentless", "Huawei was put on a waiting list in 2019.", set()),
    ("penalty:agentless", "Inspur and Sugon were among the firms added to the U.S. Entity List last year.",
     {("United States", "sanctions", "Inspur"), ("United States", "sanctions", "Sugon")}),
    ("penalty:agentless", "Inspur and Sugon were among the firms added to the waiting list last year.", set()),
    ("penalty:instrument", "The Treasury Department sanctioned three firms on Friday. Today's action targets Sinochem "
     "and ZTE.", {("U.S. Department of the Treasury", "sanctions", "Sinochem"),
                  ("U.S. Department of the Treasury", "sanctions", "ZTE")}),
    # the middle name of a list, hung by the parser with its "and" on the last one
    ("penalty:instrument", "The Treasury Department sanctioned a procurement network. Today's action targets Kestrel "
     "Microdevices, Harbor Point Trading Limited and Orvane Systems.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Microdevices"),
      ("U.S. Department of the Treasury", "sanctions", "Harbor Point Trading Limited"),
      ("U.S. Department of the Treasury", "sanctions", "Orvane Systems")}),
    ("penalty:instrument", "Today's report targets Sinochem and ZTE.", set()),
    ("penalty:instrument", "The Bureau of Industry and Security issued a final rule on Tuesday. The final rule adds "
     "Sinochem to the Entity List.", {("Bureau of Industry and Security", "sanctions", "Sinochem")}),
    ("penalty:instrument", "The Bureau of Industry and Security issued a final rule on Tuesday. The final rule does not "
     "add Sinochem to the Entity List.", set()),
    ("penalty:with-measure", "The European Union hit Russia with a new round of sanctions.",
     {("European Union", "sanctions", "Russia")}),
    ("penalty:with-measure", "The European Union threatened Russia with a new round of sanctions.", set()),
    ("penalty:with-measure", "Huawei was slapped with U.S. sanctions in 2019.", {("United States", "sanctions", "Huawei")}),
    # news8 probe: "slapped X with a €150 million ($162 million) fine": the parser made the fine an apposition of the sum
    ("penalty:with-measure", "The Competition Commission of India slapped Kestrel Dynamics with a €150 million ($162 million) "
     "fine.", {("Competition Commission of India", "sanctions", "Kestrel Dynamics")}),
    ("penalty:with-measure", "The Competition Commission of India came up with a €150 million ($162 million) plan for Kestrel "
     "Dynamics.", set()),
    ("penalty:with-measure", "Huawei was slapped with a lawsuit in 2019.", set()),
    # news probe: measures only proposed are not imposed
    ("penalty:measure", "The European Union has imposed new sanctions targeting Kestrel Labs.",
     {("European Union", "sanctions", "Kestrel Labs")}),
    ("penalty:measure", "The European Union has proposed new sanctions targeting Kestrel Labs.", set()),
    # federal lane: the order named in capitals ("a Temporary Denial Order") is still a denial order
    ("penalty:measure", "Prices rose. BIS issued a Temporary Denial Order against Mahan Air.",
     {("Bureau of Industry and Security", "sanctions", "Mahan Air")}),
    ("penalty:measure", "Prices rose. Mahan Air asked BIS to lift the Temporary Denial Order.", set()),
    ("penalty:measure", "The Council of the EU adopted restrictive measures against Sinochem.",
     {("Council of the European Union", "sanctions", "Sinochem")}),
    ("penalty:measure", "The Council of the EU adopted new measures against inflation.", set()),
    ("penalty:measure", "The Bureau of Industry and Security issued a temporary denial order against ZTE.",
     {("Bureau of Industry and Security", "sanctions", "ZTE")}),
    ("penalty:measure", "The European Union adopted a sanctions package targeting Sinochem.",
     {("European Union", "sanctions", "Sinochem")}),
    ("penalty:measure", "The European Commission proposed a sanctions package targeting Sinochem.", set()),
    ("penalty:measure", "Hungary blocked the sanctions package targeting Sinochem.", set()),
    ("penalty:settlement", "Seagate agreed to settle alleged export violations with the Bureau of Industry and Security.",
     {("Bureau of Industry and Security", "sanctions", "Seagate Technology")}),
    ("penalty:settlement", "Seagate settled a patent dispute with Western Digital.", set()),
    ("penalty:settlement", "The European Commission ordered Google to pay a fine of 2.4 billion euros.",
     {("European Commission", "sanctions", "Google")}),
    ("penalty:settlement", "Google did not pay the fine to the European Commission.", set()),
    # an official's settlement is the body the official's apposition names (a title's remit is no body)
    ("penalty:settlement", "Prices rose. Ann Wu, the Assistant Secretary for Export Enforcement, Bureau of Industry and "
     "Security, announced a settlement with Kestrel Avionics, which includes a civil penalty.",
     {("Bureau of Industry and Security", "sanctions", "Kestrel Avionics")}),
    ("penalty:settlement", "Prices rose. Ann Wu, a lawyer for Orvane Bank, announced a settlement with Kestrel Avionics, "
     "which includes a civil penalty.", set()),
    ("penalty:adjectival", "U.S.-sanctioned Chinese chipmaker SMIC reported higher sales.",
     {("United States", "sanctions", "SMIC")}),
    ("penalty:adjectival", "Sanctioned Chinese chipmaker SMIC reported higher sales.", set()),
    ("penalty:designation", "The Treasury Department's designation of Sinochem drew protests from Beijing.",
     {("U.S. Department of the Treasury", "sanctions", "Sinochem")}),
    ("penalty:designation", "The European Commission's designation of Apple as a gatekeeper took effect.", set()),
    ("penalty:licence", "The Commerce Department revoked Huawei's export licenses.",
     {("U.S. Department of Commerce", "restricts", "Huawei")}),
    ("penalty:licence", "The Commerce Department renewed Huawei's export licenses.", set()),
    ("clause:verb", "The Treasury Department identified Sinochem as blocked property.",
     {("U.S. Department of the Treasury", "sanctions", "Sinochem")}),
    ("clause:verb", "The Treasury Department identified Sinochem as a key supplier.", set()),
    ("clause:verb", "The Treasury Department identified Megvii for operating in the surveillance technology sector.",
     {("U.S. Department of the Treasury", "sanctions", "Megvii")}),
    ("clause:verb", "The Treasury Department identified Megvii for its work on chips.", set()),
    ("clause:verb", "The Commerce Department revoked export licenses for Huawei.",
     {("U.S. Department of Commerce", "restricts", "Huawei")}),
    ("clause:verb", "Huawei, which Washington blacklisted in 2019, denied wrongdoing.",
     {("United States", "sanctions", "Huawei"), ("United States", "restricts", "Huawei")}),
    ("clause:verb", "The Treasury Department sanctioned 40 targets, including entities in China.", set()),
    ("penalty:pursuant", "Today the Office of Foreign Assets Control is identifying Megvii and Sugon pursuant to "
     "Executive Order 13959.", {("Office of Foreign Assets Control", "sanctions", "Megvii"),
                                ("Office of Foreign Assets Control", "sanctions", "Sugon")}),
    ("penalty:pursuant", "Today the Office of Foreign Assets Control is not identifying Megvii and Sugon pursuant to "
     "Executive Order 13959.", set()),
    ("penalty:list-includes", "The Department of Defense released the names of additional Chinese military companies "
     "on Monday. The list includes SMIC and CNOOC.", {("U.S. Department of Defense", "sanctions", "SMIC"),
                                                     ("U.S. Department of Defense", "sanctions", "CNOOC")}),
    ("penalty:list-includes", "The Department of Commerce released the names of the grant recipients on Monday. The list "
     "includes Intel and Micron.", set()),
    ("penalty:published-list", "The Pentagon released a list of 11 Chinese military companies, including SMIC and CNOOC.",
     {("U.S. Department of Defense", "sanctions", "SMIC"), ("U.S. Department of Defense", "sanctions", "CNOOC")}),
    ("penalty:published-list", "The Commerce Department released a list of 11 grant recipients, including Intel and "
     "Micron.", set()),
    ("noun:under", "Despite U.S. sanctions, Huawei launched a new phone.", {("United States", "sanctions", "Huawei")}),
    ("noun:under", "Despite U.S. sanctions on Russia, China kept buying oil.", set()),
    ("noun:under", "Huawei was placed under sanctions by the United States in 2019.",
     {("United States", "sanctions", "Huawei")}),
    ("noun:event", "China condemned U.S. sanctions on Huawei.", {("United States", "sanctions", "Huawei")}),
    ("noun:event", "China condemned the sanctions on Huawei.", set()),
    # -- news lane (issue 9): affiliations and places in news prose (rules/news.py, roles.py, places.py) --
    ("news:runs-unit", "Ann Wu, who runs Samsung's memory business, said prices rose.",
     {("Ann Wu", "worksFor", "Samsung Electronics")}),
    ("news:runs-unit", "Ann Wu, who runs a Samsung supplier, said prices rose.", set()),
    ("news:runs-unit", "Ann Wu does not run Samsung's memory business.", set()),
    ("news:backed", "Tencent-backed Zhipu AI released a model on Monday.", {("Tencent", "investsIn", "Zhipu AI")}),
    ("news:backed", "State-backed Zhipu AI released a model on Monday.", set()),
    ("news:backed", "Beijing-backed Zhipu AI released a model on Monday.", set()),
    ("news:backed", "Moonshot AI, the Alibaba-backed startup, released a model.", {("Alibaba Group", "investsIn", "Moonshot AI")}),
    # an owner written as a compound adjective owns the body; a state or a country so written names no owner
    ("news:owned", "Alphabet-owned Waymo expanded to Austin.", {("Alphabet", "owns", "Waymo")}),
    ("news:owned", "Arm, the SoftBank-owned chip designer, sued Qualcomm.", {("SoftBank Group", "owns", "Arm")}),
    ("news:owned", "State-owned SMIC expanded capacity.", set()),
    ("news:owned", "Beijing-owned Wingtech sold Nexperia.", set()),
    ("news:owned", "ByteDance-owned TikTok lost an appeal in court.", {("ByteDance", "owns", "TikTok")}),
    # news shapes: the owner after "parent"/"owner", the owned name before it
    ("news:parent", "Google parent Alphabet agreed to buy Wiz.", {("Alphabet", "owns", "Google")}),
    ("news:parent", "TikTok parent ByteDance hired new lawyers.", {("ByteDance", "owns", "TikTok")}),
    ("news:parent", "Nexperia parent company Wingtech appealed the ruling.", {("Wingtech Technology", "owns", "Nexperia")}),
    ("news:parent", "Honor's former parent Huawei cut its prices.", set()),
    # an appointment puts the person in the appointing body; "its" on the role is that body
    ("news:appointed", "Nvidia named Colette Kress its chief financial officer.", {("Colette Kress", "worksFor", "Nvidia")}),
    ("news:appointed", "Intel appointed Lip-Bu Tan as chief executive in March.", {("Lip-Bu Tan", "leads", "Intel")}),
    ("news:appointed", "Intel's board of directors appointed Lip-Bu Tan as chief executive.", {("Lip-Bu Tan", "leads", "Intel")}),
    ("news:appointed", "Intel did not appoint Lip-Bu Tan as chief executive.", set()),
    # news-fresh tuning half: a bare "rival" before a company's name is the rival of the sentence's subject
    ("news:rival", "Kestrel Labs cut its prices, days after rival Vega Systems made its chatbot free.",
     {("Kestrel Labs", "competesWith", "Vega Systems")}),
    ("news:rival", "Two cloud giants poured billions into Kestrel-rival Vega Systems.",
     {("Kestrel", "competesWith", "Vega Systems")}),
    ("news:rival", "The deal gives rival Vega Systems an edge.", set()),
    ("news:rival", "Rival Vega Systems said Kestrel Labs was ahead.", set()),
    # fed15: a body that makes a joint work "in coordination with" others partners with each of them (not they with each
    # other); a coordination with no joint work names no partnership
    ("news:jointly", "The FBI, in coordination with the National Security Agency and the Cyber Command, published a joint "
     "cybersecurity advisory.", {("Federal Bureau of Investigation", "partnersWith", "National Security Agency"),
                                 ("Federal Bureau of Investigation", "partnersWith", "U.S. Cyber Command")}),
    ("news:jointly", "The FBI, in coordination with the National Security Agency, published a cybersecurity advisory.",
     set()),
    ("news:jointly", "India's Reliance Industries and Nvidia will jointly build AI infrastructure in India.",
     {("Reliance Industries", "partnersWith", "Nvidia")}),
    ("news:jointly", "Reliance Industries and Nvidia will each build AI infrastructure in India.", set()),
    ("news:jointly", "Huawei and SMIC are working together on 5-nanometer chips, the report said.",
     {("Huawei", "partnersWith", "SMIC")}),
    ("news:jointly", "Huawei and SMIC together control most of the market.", set()),
    ("news:appointed", "Kestrel Labs named Lip-Bu Tan as its chief executive in March.", {("Lip-Bu Tan", "leads", "Kestrel Labs")}),
    # a person appointing gives no body; a role that names its own body is the role rules'
    ("news:appointed", "President Biden named Ann Wu ambassador to Japan.", set()),
    ("news:appointed", "Intel appointed Lip-Bu Tan as chief executive of the Orion foundry.", set()),
    # a fronted participle with its agent is said of the subject of the clause it opens
    ("clause:verb", "Founded in 2019 by Ann Wu and Ben Ortiz, Orion Systems makes warehouse robots.",
     {("Ann Wu", "founded", "Orion Systems"), ("Ben Ortiz", "founded", "Orion Systems")}),
    ("clause:verb", "Acquired by Nvidia in 2020, Mellanox kept its brand.", {("Nvidia", "acquires", "Mellanox Technologies")}),
    ("clause:verb", "Backed by Tencent, analysts said the startup would grow.", set()),
    # "prior to" is one preposition: the gerund under it takes the main clause's subject
    ("clause:verb", "Prior to joining OpenAI, Ann Wu worked at Google.",
     {("Ann Wu", "worksFor", "OpenAI"), ("Ann Wu", "worksFor", "Google")}),
    ("clause:verb", "Prior to joining OpenAI, the engineers worked at a bank.", set()),
    # the parser made the possessor a second subject: the possessed name acts
    ("clause:verb", "Elon Musk's xAI sued OpenAI and Apple in Texas.", {("xAI", "sues", "OpenAI"), ("xAI", "sues", "Apple")}),
    ("clause:verb", "Elon Musk's lawyers sued OpenAI in Texas.", set()),
    ("role:title", "Dana Cole, head of the NATO peacekeeping forces in Kosovo, spoke on Monday.",
     {("Dana Cole", "worksFor", "NATO")}),
    ("role:title", "Dana Cole, head of NATO, spoke on Monday.", {("Dana Cole", "leads", "NATO")}),
    ("role:title", "Dana Cole, the Berlin correspondent for a Swiss weekly, declined to comment.", set()),
    ("role:title", "Dana Cole, the Berlin correspondent for Reuters, declined to comment.",
     {("Dana Cole", "worksFor", "Reuters")}),
    ("place:comma-list", "Mills in Chicago and Pewaukee, Wis., closed last year.", set()),
    ("place:comma-list", "Mills in Fenwick and Pewaukee, Wis., closed last year.", {("Fenwick", "locatedIn", "Wis")}),
    ("role:title", "Senate minority leader Dana Cole opposed the bill.", {("Dana Cole", "worksFor", "Senate")}),
    ("role:title", "Senate leader Dana Cole opposed the bill.", {("Dana Cole", "leads", "Senate")}),
    # a place NER named without the body's head noun after it is the body's name (kg/legalnames.py place_bodies)
    ("role:title", "Tom Reed, a member of the District of Columbia Council, voted against the budget.",
     {("Tom Reed", "worksFor", "District of Columbia Council")}),
    ("role:title", "Tom Reed, a native of the District of Columbia, voted against the budget.", set()),
    # an occupation before a name is no part of it (kg/names.py OCCUPATIONS)
    ("role:title", "Academician Ivan Lomov, director of the Kestrel Institute of Optics, spoke.",
     {("Ivan Lomov", "leads", "Kestrel Institute of Optics")}),
    # a party's candidate, whom NER took for a body, speaks for the party (kg/names.py PERSON_NOUNS)
    ("role:title", "The program features an interview with Ruben Vidal, presidential candidate of the Civic Dawn "
     "Movement, by a reporter.", {("Ruben Vidal", "worksFor", "Civic Dawn Movement")}),
    ("role:title", "The program features an interview with Ruben Vidal, a critic of the Civic Dawn Movement, by a "
     "reporter.", set()),
    # "chairman of the House subcommittee grilling Dana Cole": the parser made the grilled person the body
    ("role:title", "Rep. Tom Wells, chairman of the House oversight subcommittee grilling Ridley and other officials, "
     "spoke.", set()),
    ("place:stative", "Zhipu AI, which is headquartered in Beijing, released a model.", {("Zhipu AI", "basedIn", "Beijing")}),
    ("place:stative", "Zhipu AI, which is expanding in Beijing, released a model.", set()),
    ("place:coordinated", "Agents raided the Hanford nuclear plant in Washington and the Savannah River plant in South Carolina.",
     set()),
    ("noun:event", "China announced countermeasures against Lockheed Martin.", {("China", "sanctions", "Lockheed Martin")}),
    ("noun:event", "The Bureau of Industry and Security assessed a civil penalty of $300 million against Seagate.",
     {("Bureau of Industry and Security", "sanctions", "Seagate Technology")}),
    # -- fed lane: federal releases (rules/federal.py; a portfolio alone as actor, kg/extract/index.py) --
    ("fed:action-against", "OFAC is taking action against Megvii and Sugon.",
     {("Office of Foreign Assets Control", "sanctions", "Megvii"), ("Office of Foreign Assets Control", "sanctions", "Sugon")}),
    ("fed:action-against", "Apple took legal action against Qualcomm.", set()),
    ("fed:personnel", "The State Department is imposing visa restrictions on employees of Huawei.",
     {("U.S. Department of State", "restricts", "Huawei")}),
    ("fed:personnel", "Huawei imposed travel restrictions on employees of its Munich office.", set()),
    ("fed:charges", "The Justice Department announced charges against ZTE.", {("U.S. Department of Justice", "sues", "ZTE")}),
    ("fed:charges", "The Department of Justice unsealed an indictment charging Huawei with fraud.",
     {("U.S. Department of Justice", "sues", "Huawei")}),
    ("fed:charges", "Huawei denied the charges against ZTE.", set()),
    # exports said to need a licence: the body that says so restricts the goods and where they go; no body, no fact
    ("fed:exports-need-licence", "The Commerce Department said exports of the H20 to Vega Systems will require "
     "a license.", {("U.S. Department of Commerce", "restricts", "H20"),
                    ("U.S. Department of Commerce", "restricts", "Vega Systems")}),
    ("fed:exports-need-licence", "Sales of the H20 to China will need a license, the Commerce Department said.",
     {("U.S. Department of Commerce", "restricts", "H20"), ("U.S. Department of Commerce", "restricts", "China")}),
    ("fed:exports-need-licence", "Orvane Labs said exports of the H20 to China would require a license.", set()),
    ("fed:exports-need-licence", "The Commerce Department said Kestrel exports rose and would require more staff.", set()),
    ("fed:licence-requirement", "The Bureau of Industry and Security imposed license requirements on exports to SMIC.",
     {("Bureau of Industry and Security", "restricts", "SMIC")}),
    ("fed:licence-requirement", "The Bureau of Industry and Security imposed reporting requirements on exports to SMIC.",
     set()),
    ("noun:event", "State is imposing visa restrictions on Huawei.", {("U.S. Department of State", "restricts", "Huawei")}),
    ("noun:event", "The state is imposing visa restrictions on Huawei.", set()),
    ("clause:listing", "Commerce added Inspur to the Entity List.", {("U.S. Department of Commerce", "sanctions", "Inspur")}),
    ("penalty:pursuant", "The Department of State is designating Huawei pursuant to Section 7031(c).",
     {("U.S. Department of State", "sanctions", "Huawei")}),
    # an owner named on a unit noun by possessive or compound
    ("nominal:relational", "HiSilicon, Huawei's chip subsidiary, designs processors.", {("Huawei", "owns", "HiSilicon")}),
    ("nominal:relational", "Skycom was a Huawei subsidiary in Tehran.", {("Huawei", "owns", "Skycom")}),
    ("nominal:relational", "HiSilicon, a chip subsidiary, designs processors.", set()),
    # a state's order to a party governs it (frames.toml, guard state_orders_a_party)
    ("clause:verb", "The Committee on Foreign Investment in the United States ordered ByteDance to divest TikTok.",
     {("Committee on Foreign Investment in the United States", "regulates", "ByteDance")}),
    ("clause:verb", "Apple ordered TSMC to double its output.", set()),
    # the agent of a passive designation hung on the status after "as"
    ("clause:verb", "Xiaomi was identified as a Communist Chinese military company by the Department of Defense.",
     {("U.S. Department of Defense", "sanctions", "Xiaomi")}),
    ("clause:verb", "Xiaomi was identified as a Communist Chinese military company by analysts.", set()),
    # a measure an instrument imposes stands for the instrument's issuer
    ("noun:event", "Today, the Department of Commerce issued a final rule imposing sanctions on Huawei.",
     {("U.S. Department of Commerce", "sanctions", "Huawei")}),
    ("noun:event", "Analysts expect a final rule imposing sanctions on Huawei.", set()),
    # a published list's relative clause names its parties
    ("penalty:published-list", "The Department of Defense released the list of Chinese military companies, which "
     "includes Huawei and SMIC.", {("U.S. Department of Defense", "sanctions", "Huawei"),
                                   ("U.S. Department of Defense", "sanctions", "SMIC")}),
    ("penalty:published-list", "The Department of Commerce released the list of grant recipients, which includes "
     "Intel and Micron.", set()),
    # a body's decision names who acts in its infinitive
    ("clause:listing", "The Commerce Department's decision to add Huawei to the Entity List took effect in May.",
     {("U.S. Department of Commerce", "sanctions", "Huawei")}),
    ("clause:listing", "Senator Rubio urged the Commerce Department to add SMIC to the Entity List.", set()),
    ("fed:licence-requirement", "The Department of Commerce imposed a license requirement on Huawei.",
     {("U.S. Department of Commerce", "restricts", "Huawei")}),
    # a denied application: the applicant is restricted, and what it applied to do is not asserted
    ("clause:verb", "The FCC denied China Mobile's application to provide telecommunications services in the United States.",
     {("Federal Communications Commission", "restricts", "China Mobile")}),
    # a published list's class noun taken up by the next sentence; a colon after the list's class noun
    ("list:members", "The Department of Defense released the names of additional Chinese military companies on Monday. "
     "The companies are SMIC and CNOOC.", {("U.S. Department of Defense", "sanctions", "SMIC"),
                                           ("U.S. Department of Defense", "sanctions", "CNOOC")}),
    ("list:members", "The Department of Commerce released the names of the grant recipients on Monday. The companies "
     "are Intel and Micron.", set()),
    ("list:colon", "The Department of Defense added two companies to its list of Chinese military companies: SMIC and "
     "CNOOC.", {("U.S. Department of Defense", "sanctions", "SMIC"), ("U.S. Department of Defense", "sanctions", "CNOOC")}),
    ("list:colon", "The Department of Defense could add two companies to its list of Chinese military companies: SMIC "
     "and CNOOC.", set()),
    ("list:colon", "BIS added the following entities to the Entity List: Inspur Group; Sugon; and Phytium.",
     {("Bureau of Industry and Security", "sanctions", "Inspur"), ("Bureau of Industry and Security", "sanctions", "Sugon"),
      ("Bureau of Industry and Security", "sanctions", "Phytium")}),
    ("list:colon", "Today, OFAC identified three entities pursuant to E.O. 13959, as amended: DJI; Megvii; and Sugon.",
     {("Office of Foreign Assets Control", "sanctions", "DJI"), ("Office of Foreign Assets Control", "sanctions", "Megvii"),
      ("Office of Foreign Assets Control", "sanctions", "Sugon")}),
    ("list:colon", "OFAC designated three entities and the Treasury said: DJI, Megvii and Sugon would appeal.", set()),
    ("fed:hyphen-maker", "Huawei-designed Kirin chips are made by SMIC.", {("Huawei", "develops", "Kirin")}),
    ("fed:hyphen-maker", "Huawei-branded Kirin chips are made by SMIC.", set()),
    # -- lead: a penalised party NER missed or mistyped is a body (kg/namecuts.py penalised_slots) --
    ("clause:verb", "OFAC designated Orion Vector Labs for supplying the drone program.",
     {("Office of Foreign Assets Control", "sanctions", "Orion Vector Labs")}),
    ("clause:verb", "OFAC designated Seven Entities for supplying the drone program.", set()),
    ("noun:event", "The United States imposed sanctions on Sino Ocean Shipping.",
     {("United States", "sanctions", "Sino Ocean Shipping")}),
    ("clause:verb", "Tehran Aviation Parts was sanctioned by OFAC in 2021.",
     {("Office of Foreign Assets Control", "sanctions", "Tehran Aviation Parts")}),
    ("clause:verb", "Tehran was sanctioned by OFAC in 2021.", {("Office of Foreign Assets Control", "sanctions", "Iran")}),
    # a preposition of the clause ends the name NER ran on into (kg/namecuts.py detached_tail)
    ("clause:verb", "The State Department designated Nanjing Fortune Optics under E.O. 14024.",
     {("U.S. Department of State", "sanctions", "Nanjing Fortune Optics")}),
    ("clause:verb", "The State Department sanctioned the Bank of Kunlun.",
     {("U.S. Department of State", "sanctions", "Bank of Kunlun")}),
    # a company's name NER began late: the compound proper noun or city before it (kg/namecuts.py left_compounds)
    ("clause:verb", "OFAC designated Guangzhou Tianhe Trading Co. for shipping parts.",
     {("Office of Foreign Assets Control", "sanctions", "Guangzhou Tianhe Trading Co")}),
    # a listing set out one party a line after a colon (rules/bullets.py)
    # a line that is a name and its description ("- Kestrel Avionics, a Hong Kong company;") is still a name line
    ("list:lines", "OFAC is designating the following entities:\n- Kestrel Avionics, a Hong Kong company;\n"
     "- Orvane Trading, a Dubai company.", {("Office of Foreign Assets Control", "sanctions", "Kestrel Avionics"),
                                             ("Office of Foreign Assets Control", "sanctions", "Orvane Trading")}),
    ("list:lines", "OFAC is designating the following entities:\nKestrel Avionics, a Hong Kong company, supplied the parts.",
     set()),
    ("list:lines", "BIS added the following entities to the Entity List:\n\n1. Orion Vector Labs Ltd. (China)\n"
     "2. Baltic Radio Components LLC, Moscow, Russia\nThe rule takes effect today.",
     {("Bureau of Industry and Security", "sanctions", "Orion Vector Labs Ltd"),
      ("Bureau of Industry and Security", "sanctions", "Baltic Radio Components LLC")}),
    ("list:lines", "The Defense Department released its annual report. The companies added to the list are:\n\n"
     "Kunlun Star Construction Co., Ltd.\nHuaxin Polar Engineering Corporation (HPEC)\n",
     {("U.S. Department of Defense", "sanctions", "Kunlun Star Construction Co., Ltd"),
      ("U.S. Department of Defense", "sanctions", "Huaxin Polar Engineering Corporation")}),
    ("list:lines", "Huawei said its partners include the following firms:\n\nKunlun Star Construction Co., Ltd. (China)\n",
     set()),
    ("list:lines", "BIS added the following entities to the Entity List:\n\nOrion Vector Labs Ltd. supplied the "
     "drones.\n", set()),
    # a light verb's sanction noun on a class of parties announces the lines as a sanctioning verb would; a body
    # lifting the sanctions does not
    ("list:lines", "The Department of State is imposing sanctions on the following entities:\n- Kestrel Trading LLC\n"
     "- Orvane Logistics Ltd.", {("U.S. Department of State", "sanctions", "Kestrel Trading LLC"),
                                 ("U.S. Department of State", "sanctions", "Orvane Logistics Ltd")}),
    ("list:lines", "The Department of State lifted sanctions on the following entities:\n- Kestrel Trading LLC\n"
     "- Orvane Logistics Ltd.", set()),
    ("list:lines-place", "BIS added the following entities to the Entity List:\n\n1. Orion Vector Labs Ltd. (China)\n"
     "2. Baltic Radio Components LLC, Moscow, Russia\nThe rule takes effect today.",
     {("Orion Vector Labs Ltd", "basedIn", "China"), ("Baltic Radio Components LLC", "basedIn", "Russia")}),
    ("list:lines-place", "BIS added the following entities to the Entity List:\n\nOrion Vector Labs Ltd.\n", set()),
    # a measure that targets a party's access restricts that party (rules/penalties.py instrument)
    ("penalty:instrument", "The State Department imposed new sanctions today. These sanctions target Russia's access "
     "to advanced chips.", {("U.S. Department of State", "restricts", "Russia")}),
    ("penalty:instrument", "Analysts discussed new sanctions today. These sanctions target Russia's access to advanced "
     "chips.", set()),
    # money put into a body is an investment (frames.toml pour/pump/sink ... into)
    ("clause:verb", "Beijing has poured money into toolmakers such as Naura Technology and AMEC.",
     {("China", "investsIn", "Naura"), ("China", "investsIn", "AMEC")}),
    ("clause:verb", "Workers poured concrete into the Naura site.", set()),
    # funding received "in grants from" a body: the body funds the receiver (rules/nominal.py)
    ("noun:event", "Micron received $6.1 billion in grants from the Commerce Department.",
     {("U.S. Department of Commerce", "investsIn", "Micron Technology")}),
    ("noun:event", "Micron received complaints about grants from the Commerce Department.", set()),
    # "the venture" refers back to a company; "the app" only to a product of this or the last sentence
    ("clause:verb", "Rapidus has partnered with IBM. Tokyo has committed 900 billion yen to the venture.",
     {("Japan", "investsIn", "Rapidus"), ("Rapidus", "partnersWith", "IBM")}),
    ("clause:verb", "SK Hynix supplies HBM to Nvidia. Prices rose in May. Italy blocked DeepSeek, and Seoul suspended "
     "downloads of the app.", {("SK Hynix", "suppliesTo", "Nvidia"), ("Italy", "restricts", "DeepSeek")}),
    # a dateline with two filing cities places no agency (kg/nlp.py, rules/descriptors.py)
    ("descriptor:place", "BEIJING/BRUSSELS (Reuters) - China said it would restrict exports of gallium.", set()),
    # an order or contract won from a buyer: the winner supplies the buyer (frames.toml, guard an_order_is_won)
    ("clause:verb", "SK Hynix won a large order from Nvidia.", {("SK Hynix", "suppliesTo", "Nvidia")}),
    # lead (news8's wrong fact): business won from a buyer is a sale, not money raised from it
    ("clause:verb", "Prices rose. Kestrel Labs secured business from Orvane Systems.",
     {("Kestrel Labs", "suppliesTo", "Orvane Systems")}),
    ("clause:verb-reverse", "Prices rose. Kestrel Labs secured business from Orvane Systems.", set()),
    ("clause:verb", "SK Hynix won an award from Nvidia.", set()),
    ("clause:verb-reverse", "TSMC secured a contract from Apple.", set()),
    # a ban on a country's goods restricts the country (kg/extract/syntax.py args_of, PREVENTING verbs only)
    ("clause:verb", "The United States banned Chinese and Russian car software.",
     {("United States", "restricts", "China"), ("United States", "restricts", "Russia")}),
    ("clause:verb", "Kestrel Labs developed Chinese car software.", set()),
    # withholding a model: "not make X available in Y" restricts Y
    ("clause:verb", "Anthropic does not make Claude available in China.", {("Anthropic", "restricts", "China")}),
    ("clause:verb", "Anthropic makes Claude available in China.", set()),
    # "Among the entities identified today are A and B" where the parser lost the copula (rules/lists.py)
    ("list:members", "OFAC is identifying eight entities today. Among the entities identified today are Dawning "
     "Information Industry Co. and Xiamen Meiya Pico Information Co.",
     {("Office of Foreign Assets Control", "sanctions", "Sugon"),
      ("Office of Foreign Assets Control", "sanctions", "Xiamen Meiya Pico Information Co")}),
    ("list:members", "OFAC is identifying eight entities today. Among the entities identified today are some that "
     "sold drones.", set()),
    # the body that publishes the names of a listed class lists its members, before an earlier listing body
    ("list:members", "Treasury designated Alpha Trading Ltd. on Monday. The Defense Department is releasing the names "
     "of additional Chinese military companies. These companies are Kunlun Star Construction Co., Ltd. and Huaxin "
     "Polar Engineering Corporation.",
     {("U.S. Department of Defense", "sanctions", "Kunlun Star Construction Co., Ltd"),
      ("U.S. Department of Defense", "sanctions", "Huaxin Polar Engineering Corporation")}),
    # a dateline city in capitals alone before a dash is no subject (kg/nlp.py): the body after it acts
    ("penalty:agentless", "WASHINGTON — The Treasury Department today sanctioned six firms. Alpha Trading Ltd. was "
     "designated pursuant to E.O. 13382.", {("U.S. Department of the Treasury", "sanctions", "Alpha Trading Ltd")}),
    ("penalty:agentless", "WASHINGTON — The Treasury Department today sanctioned six firms. Alpha Trading Ltd. was "
     "designated a preferred supplier.", set()),
    # "The entities added today include A and B": an adverb between, and the parser leaves "include" a bare dep
    ("list:members", "BIS added 12 entities to the Entity List. The entities added today include Huawei and SMIC.",
     {("Bureau of Industry and Security", "sanctions", "Huawei"), ("Bureau of Industry and Security", "sanctions", "SMIC")}),
    ("list:members", "BIS revised the Entity List. The parts added today include sensors and cables.", set()),
    # a company's name ending in its trade, which NER missed or took for a person (kg/namecuts.py trade_names)
    ("list:members", "The Pentagon released an updated list of Chinese military companies. Companies newly identified "
     "include Jadestone Semiconductor and Harbor Light Robotics.",
     {("U.S. Department of Defense", "sanctions", "Jadestone Semiconductor"),
      ("U.S. Department of Defense", "sanctions", "Harbor Light Robotics")}),
    ("place:stative", "Silverline Tech, which is based in Shenzhen, sells optical parts.", {("Silverline Tech", "basedIn", "Shenzhen")}),
    ("place:stative", "Silverline, which is based in Shenzhen, sells optical parts.", set()),
    # incorporation and registration place a company (ONTOLOGY.md basedIn)
    ("place:stative", "Arcadia Exchange, a virtual currency exchange registered in Seychelles, halted withdrawals.",
     {("Arcadia Exchange", "basedIn", "Seychelles")}),
    ("place:stative", "Arcadia Exchange was incorporated in 2015.", set()),
    # a money-laundering finding under the Bank Secrecy Act is a listing
    ("clause:verb", "FinCEN identified Arcadia Exchange as a primary money laundering concern.",
     {("Financial Crimes Enforcement Network", "sanctions", "Arcadia Exchange")}),
    ("clause:verb", "Police identified the driver as Ann Wu, a banker accused of money laundering.", set()),
    # a pact made to pay money: the state funds the company (CHIPS memoranda of terms); two companies partner
    ("noun:event", "The Commerce Department signed a preliminary memorandum of terms with Micron to provide up to "
     "$6.1 billion in direct funding.", {("U.S. Department of Commerce", "investsIn", "Micron Technology")}),
    ("noun:event", "The Commerce Department signed a memorandum of understanding with Micron on workforce training.",
     {("U.S. Department of Commerce", "partnersWith", "Micron Technology")}),
    ("noun:event", "Intel reached an agreement with Apollo to provide $11 billion for its fab in Ireland.",
     {("Intel", "partnersWith", "Apollo")}),
    # "Among them is A": "them" is the class the sentence before sanctioned, as the object of the act or its measure
    ("list:members", "The State Department announced sanctions against three Chinese companies. Among them is "
     "Yinglong Machinery, which shipped machine tools to a Russian arms maker.",
     {("U.S. Department of State", "sanctions", "Yinglong Machinery")}),
    ("list:members", "The State Department praised three Chinese companies. Among them is Yinglong Machinery.", set()),
    # a share owned is the company owned (only with own/control: "bought 5% of" is a stake, not a takeover)
    ("clause:verb", "SoftBank owns about 90% of Arm Holdings.", {("SoftBank Group", "owns", "Arm")}),
    ("clause:verb", "SoftBank sold about 10% of Arm Holdings.", set()),
    # an indefinite description with its place says where the firm is; a ranking says where it sells
    ("descriptor:place", "Microsoft will invest $1.5 billion in G42, an artificial intelligence firm in the United Arab "
     "Emirates.", {("G42", "basedIn", "United Arab Emirates")}),
    ("descriptor:place", "Apple is the largest smartphone maker in China.", set()),
    ("descriptor:place", "Apple is a leading smartphone maker in China.", set()),
    # a company named in full, then by its first word that NER did not tag (kg/namecuts.py short_forms)
    ("clause:verb", "SoftBank agreed to buy Ampere Computing for $6.5 billion. Ampere, founded by former Intel "
     "executive Renee James, designs server processors.",
     {("SoftBank Group", "acquires", "Ampere Computing"), ("Renee James", "founded", "Ampere Computing")}),
    ("clause:verb", "Harbor Light Robotics opened a plant by the harbor. Harbor, founded by Ann Wu, is a cafe.", set()),
    # an assembler supplies its customer
    ("nominal:relational", "Foxconn, Apple's main assembler, builds the devices near Chennai.", {("Foxconn", "suppliesTo", "Apple")}),
    ("nominal:relational", "Foxconn, the main assembler, builds the devices near Chennai.", set()),
    ("poss:relation", "Apple's assembler Foxconn builds the devices near Chennai.", {("Foxconn", "suppliesTo", "Apple")}),
    ("poss:relation", "Apple's engineer Ann Wu visited Chennai.", set()),
    # a bare company officer's title after the company spoke (rules/carryover.py)
    ("role:previous-company", "ASML said on Wednesday that sales would fall. Chief Executive Christophe Fouquet told "
     "analysts that orders had slowed.", {("Christophe Fouquet", "leads", "ASML")}),
    ("role:previous-company", "ASML said on Wednesday that sales would fall. Chief Financial Officer Roger Dassen told "
     "analysts that margins would hold.", {("Roger Dassen", "worksFor", "ASML")}),
    ("role:previous-company", "Intel said it would cut jobs. President Joe Biden said the plan was wrong.", set()),
    ("role:previous-company", "The ministry said it would act. Chief Executive John Lee told reporters the city was safe.",
     set()),
    # funding rounds: who leads or joins a company's round invests in it (rules/funding.py)
    # news7 lane: buying a company's shares is an investment in it, not a takeover
    # news8 probe: whom a stake in a company is sold to invests in it ("sell a 51% stake in Altera to Silver Lake")
    ("funding:stake-sold", "Kestrel Dynamics sold a 20% stake in Orvane Technology to private equity firm Vega Partners.",
     {("Vega Partners", "investsIn", "Orvane Technology")}),
    ("funding:stake-sold", "Kestrel Dynamics sold a 20% stake in Orvane Technology last year.", set()),
    ("funding:stake-sold", "Kestrel Dynamics may sell a 20% stake in Orvane Technology to Vega Partners.", set()),
    ("funding:shares-bought", "Prices rose. Kestrel Capital agreed to buy $2 billion of Orvane Labs' common stock.",
     {("Kestrel Capital", "investsIn", "Orvane Labs")}),
    ("funding:shares-bought", "Prices rose. Kestrel Capital bought shares of Orvane Labs.",
     {("Kestrel Capital", "investsIn", "Orvane Labs")}),
    ("funding:shares-bought", "Prices rose. Kestrel Capital may buy shares of Orvane Labs.", set()),
    ("clause:verb", "Prices rose. Kestrel Capital bought shares of Orvane Labs.", set()),
    # lead (news8's wrong fact): parts named after a product are made, not the product
    ("clause:verb", "Prices rose. Kestrel Labs is producing iPhone image sensors in Kumamoto.", set()),
    ("clause:verb", "Prices rose. Kestrel Labs is producing iPhones in Kumamoto.", {("Kestrel Labs", "manufactures", "iPhone")}),
    # lead: a name after ", and" that the parser joined to the one object of a relative clause set off by commas is
    # the next item of the outer list; a serial comma in a list of three keeps the list
    ("clause:verb", "Prices rose. The buyers were Kestrel Avionics, which supplied drones to Vega Tech, and Orvane "
     "Systems, which shipped them.", {("Kestrel Avionics", "suppliesTo", "Vega Tech")}),
    ("clause:verb", "Prices rose. Kestrel Avionics, which supplies Apple, Dell, and HP, grew.",
     {("Kestrel Avionics", "suppliesTo", "Apple"), ("Kestrel Avionics", "suppliesTo", "Dell Technologies"),
      ("Kestrel Avionics", "suppliesTo", "HP")}),
    ("clause:verb", "Prices rose. Kestrel Capital bought Orvane Labs.", {("Kestrel Capital", "acquires", "Orvane Labs")}),
    ("funding:round", "Sequoia led a $100 million funding round in Mistral.", {("Sequoia Capital", "investsIn", "Mistral AI")}),
    # news13: leading or joining a company's financing is taking part in its round; a project's financing, or the
    # financing of a company's purchase, names no company that raises the money
    ("funding:round", "Kestrel Capital reached a deal to lead the financing of up to $40 billion in Orvane Labs.",
     {("Kestrel Capital", "investsIn", "Orvane Labs")}),
    ("funding:round", "Kestrel Capital led the financing of Orvane Labs.", {("Kestrel Capital", "investsIn", "Orvane Labs")}),
    ("funding:round", "Kestrel Capital led the financing of the new plant in Ohio.", set()),
    ("funding:round", "Kestrel Capital reached a deal to lead the financing of up to $40 billion in a for-profit Orvane Labs "
     "subsidiary.", {("Kestrel Capital", "investsIn", "Orvane Labs")}),
    ("funding:round", "Kestrel Capital will lead the funding in Ohio.", set()),
    ("funding:round", "Kestrel Capital led the financing of Orvane Labs' purchase of Vega Systems.", set()),
    ("funding:round", "Mistral raised $100 million in a round led by Sequoia Capital.",
     {("Sequoia Capital", "investsIn", "Mistral AI")}),
    ("funding:round", "Alibaba participated in the Series B round for Moonshot AI.", {("Alibaba Group", "investsIn", "Moonshot AI")}),
    ("funding:round", "Japan led a new round of talks with Nvidia on export rules.", set()),
    ("funding:round", "Sequoia did not join the funding round in Mistral.", set()),
    # "owned or controlled by": the agent of both participles; "designated for being owned by": the main subject
    ("clause:verb", "Meridian Polytech was designated for being owned or controlled by Grand Lake Industrial Group.",
     {("Grand Lake Industrial Group", "owns", "Meridian Polytech")}),
    ("clause:verb", "Meridian Polytech was designated for being late in filing its reports.", set()),
    # "the Russian state corporation Rostec": the parser made the name a modifier of its description
    ("clause:verb", "Helix Avionics Research Institute is owned by the Russian state corporation Rostec.",
     {("Rostec", "owns", "Helix Avionics Research Institute")}),
    ("clause:verb", "Helix Avionics Research Institute is owned by its employees.", set()),
    ("descriptor:demonym", "Helix Avionics Research Institute is owned by the Russian state corporation Rostec.",
     {("Rostec", "basedIn", "Russia")}),
    # "all of which are based in Russia": a quantity of a relative pronoun stands for the listed names
    ("place:stative", "OFAC designated Baltic Crest Shipping, Nordline Freight Services, and Volga Ridge Trading, all of "
     "which are based in Russia.", {("Baltic Crest Shipping", "basedIn", "Russia"),
                                    ("Nordline Freight Services", "basedIn", "Russia"),
                                    ("Volga Ridge Trading", "basedIn", "Russia")}),
    ("place:stative", "OFAC designated Baltic Crest Shipping, none of whose ships are in Russia.", set()),
    # "Also designated today is X": inverted, the parser makes the name an active subject of "is"
    ("penalty:agentless", "Today, OFAC designated Baltic Crest Shipping. Also designated today is Ardent Sea Holdings, "
     "a ship manager.", {("Office of Foreign Assets Control", "sanctions", "Ardent Sea Holdings")}),
    ("penalty:agentless", "Today, OFAC designated Baltic Crest Shipping. Also praised today is Ardent Sea Holdings, "
     "a ship manager.", set()),
    # a release that opens on the listing names its author in the next sentences
    ("penalty:agentless", "Silverpeak Integrated Circuits is being added to the Entity List for acquiring U.S.-origin "
     "items. BIS is also adding two addresses in Hong Kong.",
     {("Bureau of Industry and Security", "sanctions", "Silverpeak Integrated Circuits")}),
    ("penalty:agentless", "Silverpeak Integrated Circuits is being added to the Entity List for acquiring U.S.-origin "
     "items. The company denied wrongdoing.", set()),
    # one country for the whole colon listing: "the following entities under the destination of China: A; B"
    ("list:colon-place", "BIS is adding the following entities under the destination of China: Shenzhen Crestwave "
     "Technology Co., Ltd.; and Fujian Lighthouse Photonics.",
     {("Shenzhen Crestwave Technology Co., Ltd", "basedIn", "China"), ("Fujian Lighthouse Photonics", "basedIn", "China")}),
    ("list:colon-place", "BIS is adding the following entities for shipments to China: Shenzhen Crestwave Technology "
     "Co., Ltd.; and Fujian Lighthouse Photonics.", set()),
    # a company's chief executive speaking for it leads it; a state's officer of that title says nothing of a company
    ("role:speaker", "Intel will build two chip factories in Ohio, Chief Executive Pat Gelsinger said.",
     {("Pat Gelsinger", "leads", "Intel")}),
    ("role:speaker", "The ministry will review the rules, Chief Executive John Lee said.", set()),
    ("role:previous-company", "Nvidia's shares rose 3% on Monday. Chief Executive Jensen Huang said demand was strong.",
     {("Jensen Huang", "leads", "Nvidia")}),
    ("role:previous-company", "Shares rose 3% on Monday. Chief Executive Jensen Huang said demand was strong.", set()),
    # a description word opening the sentence is no part of the name NER ran it into (kg/namecuts.py)
    ("clause:verb", "Parent DPI Specialty Foods is controlled by the Irish Dairy Board.",
     {("Irish Dairy Board", "owns", "DPI Specialty Foods")}),
    ("clause:verb", "DPI Specialty Foods controls the Irish Dairy Board's brand.", set()),
    # the state among the parties of a pact to pay money funds the others; the second party the parser hung
    # on the last word of the first one's name ("the Department of Commerce and Micron") is a party too
    ("noun:event", "The U.S. Department of Commerce and Micron have signed a preliminary memorandum of terms to provide "
     "up to $6.1 billion in federal incentives.", {("U.S. Department of Commerce", "investsIn", "Micron Technology")}),
    ("noun:event", "The U.S. Department of Commerce and Micron have signed a memorandum on workforce training.",
     set()),
    # a site's place is not what is invested in ("in a new fab in Clay, New York")
    ("clause:verb", "Micron will invest $100 billion in a new fab in Clay, New York.", set()),
    ("clause:verb", "Micron will invest $100 million in Kestrel Labs.", {("Micron Technology", "investsIn", "Kestrel Labs")}),
    # a country right before a state servant's title, where the parser hung it elsewhere
    ("role:title", "The statement of U.S. Senator Ben Sasse was brief.", {("Ben Sasse", "worksFor", "United States")}),
    ("role:title", "The statement of Senator Ben Sasse was brief.", set()),
    # buyers of a market noun stand for their market: "to data centers in China", "to automakers in Japan"
    ("clause:verb", "Micron stopped supplying chips to data centers in China.", {("Micron Technology", "restricts", "China")}),
    ("clause:verb", "Nvidia opened a research center in Israel.", set()),
    # "one of X's customers" said of a named body
    ("poss:relation", "Lenovo, one of Micron's largest customers in China, declined to comment.",
     {("Micron Technology", "suppliesTo", "Lenovo")}),
    ("poss:relation", "Lenovo is one of the largest companies in China.", set()),
    # "both companies": the two named bodies the sentence before has as its coordinated subject
    ("clause:verb", "Alibaba and Tencent raised spending. Both companies compete with ByteDance in cloud services.",
     {("Alibaba Group", "competesWith", "ByteDance"), ("Tencent", "competesWith", "ByteDance")}),
    ("clause:verb", "Alibaba raised spending. Both companies compete with ByteDance in cloud services.", set()),
    # federal lane: the names the sentence before listed as its main verb's object, when nothing is its subject's list
    ("place:stative", "The bureau added Kestrel Avionics and Orvane Trading to the Entity List. Both companies are based in Dubai.",
     {("Kestrel Avionics", "basedIn", "Dubai"), ("Orvane Trading", "basedIn", "Dubai")}),
    ("clause:verb", "The bureau added Kestrel Avionics, Vega Systems and Orvane Trading to the Entity List. "
     "These three entities are owned by Ridgeway Group.",
     {("Ridgeway Group", "owns", "Kestrel Avionics"), ("Ridgeway Group", "owns", "Vega Systems"),
      ("Ridgeway Group", "owns", "Orvane Trading")}),
    # near misses: a count that does not fit the names listed; "two companies" with no article are two more
    ("clause:verb", "The bureau added Kestrel Avionics, Vega Systems and Orvane Trading to the Entity List. "
     "The two entities are owned by Ridgeway Group.", set()),
    ("clause:verb", "Kestrel Avionics and Orvane Trading build drones. Ridgeway Group bought two companies in Ohio.", set()),
    ("clause:listing", "Kestrel Avionics and Orvane Trading sold drone parts to Iran. These firms were added to the Entity List by BIS.",
     {("Bureau of Industry and Security", "sanctions", "Kestrel Avionics"),
      ("Bureau of Industry and Security", "sanctions", "Orvane Trading")}),
    # export controls name the goods' destination after "to"
    # "on A, ..., and on B": the second "on" hung on the light verb
    ("noun:event", "Prices rose. The State Department is imposing sanctions on Kestrel Avionics, a China-based company, "
     "and on Orvane Shipping, which transported the parts.",
     {("U.S. Department of State", "sanctions", "Kestrel Avionics"), ("U.S. Department of State", "sanctions", "Orvane Shipping")}),
    ("noun:event", "Prices rose. The State Department imposed sanctions on Kestrel Avionics, and on Monday it met Orvane Shipping.",
     {("U.S. Department of State", "sanctions", "Kestrel Avionics")}),
    ("noun:event", "The Commerce Department implements new export controls on advanced computing items to the "
     "People's Republic of China.", {("U.S. Department of Commerce", "restricts", "China")}),
    ("noun:event", "The Commerce Department implements new safety controls on computing items to protect China.", set()),
    # lead, this stop: federal release shapes (the project's own sentences)
    # the parser hung the possessed office on the department's "of": the office acts
    ("clause:verb", "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned "
     "Kestrel Dynamics Ltd.", {("Office of Foreign Assets Control", "sanctions", "Kestrel Dynamics Ltd")}),
    ("clause:verb", "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) praised "
     "Kestrel Dynamics Ltd.", set()),
    # the second party joined to the first one's description
    ("clause:verb", "Treasury also sanctioned Orion Star Group, a Russia-based procurement firm, and Vega Trade LLC.",
     {("U.S. Department of the Treasury", "sanctions", "Orion Star Group"),
      ("U.S. Department of the Treasury", "sanctions", "Vega Trade LLC")}),
    ("clause:verb", "Treasury also sanctioned Orion Star Group, a maker of drones and engines.",
     {("U.S. Department of the Treasury", "sanctions", "Orion Star Group")}),
    # a licence's or an authority's holder is who is restricted; what it allows is not asserted
    ("clause:verb", "The Federal Communications Commission voted to revoke China Telecom Americas' authority to "
     "provide service in the United States.",
     {("Federal Communications Commission", "restricts", "China Telecom Americas")}),
    ("clause:verb", "The Federal Communications Commission voted to review China Telecom Americas' authority to "
     "provide service in the United States.",  # (a review rules on the holder: no restriction yet)
     {("Federal Communications Commission", "regulates", "China Telecom Americas")}),
    # a country's short name as the last word of a company's name
    ("clause:listing", "The FCC today added Kaspersky Lab and China Mobile International USA to its Covered List.",
     {("Federal Communications Commission", "sanctions", "Kaspersky"),
      ("Federal Communications Commission", "sanctions", "China Mobile International USA")}),
    ("clause:listing", "The FCC today added a note about China Mobile International USA to its report.", set()),
    # the grounds of a listing as a noun
    ("list:examples", "Today, OFAC identified eight entities, including Vanta Optical Ltd. and Kestrel Vision "
     "Limited, for their involvement in the surveillance sector.",
     {("Office of Foreign Assets Control", "sanctions", "Vanta Optical Ltd"),
      ("Office of Foreign Assets Control", "sanctions", "Kestrel Vision Limited")}),
    ("list:examples", "Today, analysts identified eight entities, including Vanta Optical Ltd. and Kestrel Vision "
     "Limited, as leaders in the surveillance sector.", set()),
    # "A and its director, B": "its" is A
    ("role:title", "Treasury sanctioned Orion Star Group and its director, Pavel Semenov.",
     {("Pavel Semenov", "leads", "Orion Star Group")}),
    ("role:title", "Treasury sanctioned Orion Star Group and its supplier, Pavel Semenov.", set()),
    # news probe: a title after a comma belongs to the name just before it, not to an earlier person the parser hung it on
    ("role:title", "Attending was Ann Wu, Peru's trade minister.", {("Ann Wu", "worksFor", "Peru")}),
    ("role:title", "Present at the opening were Dana Cole of Orvane and Mark Ruiz, British Ambassador to Chile.",
     {("Mark Ruiz", "worksFor", "United Kingdom")}),  # the title is the name's just before it (fed8's coordinated names)
    # a country's own enterprise
    ("descriptor:place", "Kestrel Memory Co., Ltd., a state-owned enterprise of the PRC, was charged with stealing "
     "trade secrets.", {("Kestrel Memory Co., Ltd", "basedIn", "China")}),
    ("descriptor:place", "Kestrel Memory, a supplier of Japan, was charged with stealing trade secrets.", set()),
    # a company's units listed after "its subsidiaries", the second one NER left unnamed
    ("clause:listing", "BIS added Kestrel Dynamics and its subsidiaries Orion Labs and Vega Systems to the Entity List.",
     {("Bureau of Industry and Security", "sanctions", x) for x in ("Kestrel Dynamics", "Orion Labs", "Vega Systems")}),
    ("clause:listing", "BIS added Kestrel Dynamics and its subsidiaries to the Entity List.",
     {("Bureau of Industry and Security", "sanctions", "Kestrel Dynamics")}),
    ("poss:unit", "BIS added Kestrel Dynamics and its subsidiaries Orion Labs and Vega Systems to the Entity List.",
     {("Kestrel Dynamics", "owns", "Orion Labs"), ("Kestrel Dynamics", "owns", "Vega Systems")}),
    ("poss:unit", "BIS added Kestrel Dynamics and its customers Orion Labs and Vega Systems to the Entity List.", set()),
    # "its" in a unit's apposition is the body the sentence is about
    ("appos:unit", "Kestrel Dynamics operates through Vega Systems, its U.S. arm.",
     {("Kestrel Dynamics", "owns", "Vega Systems")}),
    ("appos:unit", "Kestrel Dynamics operates through Vega Systems, its U.S. partner.", set()),
    ("clause:verb", "The two entities, Vega Systems and Orion Labs, are owned by Kestrel Dynamics.",
     {("Kestrel Dynamics", "owns", "Vega Systems"), ("Kestrel Dynamics", "owns", "Orion Labs")}),
    ("clause:verb", "The two entities, Vega Systems and Orion Labs, are praised by Kestrel Dynamics.", set()),
    # a headline's verb the parser read as a plural noun (as kg/headlines.py sets a title-case line)
    ("clause:headline", "Treasury sanctions Kestrel Dynamics for supplying Russia",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Dynamics")}),
    ("clause:headline", "Treasury sanctions on Kestrel Dynamics hurt Russia", set()),
    # NER's product whose name ends in a company's trade word
    ("clause:verb", "Kestrel Dynamics sued Orion Labs over patents.", {("Kestrel Dynamics", "sues", "Orion Labs")}),
    ("clause:verb", "Kestrel Dynamics praised Orion Labs over patents.", set()),
    # "the deal" a ruling verb blocks or approves is the deal named just before: both its parties (dealref.py);
    # a deal with no ruling verb, or a deal noun with words of its own, refers to nothing
    ("clause:verb", "Orvane Holdings agreed to buy Kestrel Robotics in March. The European Commission blocked the deal.",
     {("European Commission", "regulates", "Orvane Holdings"), ("European Commission", "regulates", "Kestrel Robotics"),
      ("Orvane Holdings", "acquires", "Kestrel Robotics")}),
    ("clause:verb", "Orvane Holdings made a bid for Kestrel Robotics. The European Commission approved the deal.",
     {("European Commission", "regulates", "Orvane Holdings"), ("European Commission", "regulates", "Kestrel Robotics")}),
    ("clause:verb", "Orvane Holdings dropped its bid for Kestrel Robotics after Germany blocked the deal.", set()),
    ("clause:verb", "Orvane Holdings dropped its bid for Kestrel Robotics after Germany blocked Orvane's takeover of "
     "Kestrel Robotics.", {("Germany", "regulates", "Orvane"), ("Germany", "regulates", "Kestrel Robotics")}),
    ("clause:verb", "Orvane Holdings agreed to buy Kestrel Robotics in March. The European Commission praised the deal.",
     {("Orvane Holdings", "acquires", "Kestrel Robotics")}),
    ("clause:verb", "Orvane Holdings agreed to buy Kestrel Robotics in March. Germany blocked the deal with Vega Labs.",
     {("Orvane Holdings", "acquires", "Kestrel Robotics")}),
    # the buyer named after "by" is a party too, also where the parser hung "by" on the verb
    ("clause:verb", "The European Commission blocked the takeover of Kestrel Robotics by Orvane Holdings.",
     {("European Commission", "regulates", "Orvane Holdings"), ("European Commission", "regulates", "Kestrel Robotics")}),
    ("clause:verb", "The European Commission blocked the takeover of Kestrel Robotics by a vote.",
     {("European Commission", "regulates", "Kestrel Robotics")}),
    # an offer or an investment made is no goods made or supplied
    ("clause:verb", "Orvane Holdings made a bid for Kestrel Robotics.", set()),
    ("clause:verb", "Orvane Holdings makes servers for Kestrel Robotics.", {("Orvane Holdings", "suppliesTo", "Kestrel Robotics")}),
    # a country's possessive on the first of a list of names places each; not a company the gazetteer homes elsewhere
    ("poss:country", "Treasury sanctioned Russia's Kestrel Trading, Orvane Logistics and Vega Systems.",
     {("Kestrel Trading", "basedIn", "Russia"), ("Orvane Logistics", "basedIn", "Russia"),
      ("Vega Systems", "basedIn", "Russia")}),
    ("poss:country", "The deal brings together China's Huawei and Cisco.", {("Huawei", "basedIn", "China")}),
    # a partnership phrase hung on a named subject is that subject's; on an unnamed one, no one's
    ("noun:event", "Kestrel Labs in partnership with Orvane Systems has integrated its model into the app.",
     {("Kestrel Labs", "partnersWith", "Orvane Systems")}),
    ("noun:event", "The plant, in partnership with Orvane Systems, opened in Ohio.", set()),
    # a deal's approval told as something given: the giving body rules on the deal's parties; a company's board, a
    # loan given, or an approval withheld rules on no one
    # news14: an approval won from a body named before it ("won EU approval", "received FCC authorization",
    # "secured Chinese regulatory approval"): the body rules on who won it and on the deal it was for; a board's or a
    # company's approval, or one not received, gives nothing
    ("deal:approval-won", "Kestrel won EU approval for its acquisition of Orvane Systems.",
     {("European Union", "regulates", "Kestrel"), ("European Union", "regulates", "Orvane Systems")}),
    ("deal:approval-won", "Kestrel Labs received FCC authorization to sell its radios.",
     {("Federal Communications Commission", "regulates", "Kestrel Labs")}),
    ("deal:approval-won", "Kestrel Labs secured Chinese regulatory approval for the deal.", {("China", "regulates", "Kestrel Labs")}),
    ("deal:approval-won", "Kestrel Labs won approval from its board.", set()),
    ("deal:approval-won", "Kestrel Labs won Orvane's approval for the plan.", set()),
    ("deal:approval-won", "Kestrel Labs did not receive EU clearance.", set()),
    ("deal:approval-given", "The European Commission gave the green light to Orvane's acquisition of Kestrel Labs.",
     {("European Commission", "regulates", "Orvane"), ("European Commission", "regulates", "Kestrel Labs")}),
    ("deal:approval-given", "The CMA granted clearance to the merger of Orvane Holdings and Kestrel Labs.",
     {("Competition and Markets Authority", "regulates", "Orvane Holdings"),
      ("Competition and Markets Authority", "regulates", "Kestrel Labs")}),
    ("deal:approval-given", "Beijing gave Kestrel Systems the go-ahead to sell its chips.",
     {("China", "regulates", "Kestrel Systems")}),
    ("deal:approval-given", "Orvane's board gave the green light to the acquisition of Kestrel Labs.", set()),
    ("deal:approval-given", "The CMA did not give the green light to Orvane's acquisition of Kestrel Labs.", set()),
    ("deal:approval-given", "The Commerce Department granted a loan to Kestrel Labs.", set()),
    # blocking a takeover is ruling on its parties; a suit to block it is against them
    ("clause:verb", "The European Commission blocked Kestrel Dynamics' takeover of Orion Labs.",
     {("European Commission", "regulates", "Kestrel Dynamics"), ("European Commission", "regulates", "Orion Labs")}),
    ("clause:verb", "The European Commission blocked Kestrel Dynamics' exports to Orion Labs.",
     {("European Commission", "restricts", "Orion Labs"), ("European Commission", "restricts", "Kestrel Dynamics")}),
    ("fed:sue-to-block", "The Federal Trade Commission sued to block Kestrel Dynamics' acquisition of Orion Labs.",
     {("Federal Trade Commission", "sues", "Kestrel Dynamics"), ("Federal Trade Commission", "sues", "Orion Labs")}),
    ("fed:sue-to-block", "The Federal Trade Commission declined to sue to block Kestrel Dynamics' acquisition of "
     "Orion Labs.", set()),
    # the participle's own subject in a sentence the tagger left verbless
    ("clause:verbless", "The U.S. blocked exports of chips to Huawei.", {("United States", "restricts", "Huawei")}),
    ("clause:verbless", "The blocked exports of chips to Huawei.", set()),
    # a party said to be one of the class the measure before fell on
    ("list:such", "The State Department imposed visa restrictions on employees of Chinese technology companies "
     "that aid abuses. Kestrel Telecom is one such company.", {("U.S. Department of State", "restricts", "Kestrel Telecom")}),
    ("list:such", "Treasury sanctioned four companies on Tuesday. Kestrel Telecom is an example of such a company.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Telecom")}),
    ("list:such", "Analysts praised four companies on Tuesday. Kestrel Telecom is one such company.", set()),
    ("list:such", "Treasury sanctioned four companies on Tuesday. Kestrel Telecom is not one such company.", set()),
    # the named members of an unnamed group a body sanctioned or targeted in the sentence before
    ("list:group-members", "The Department of State is targeting several foreign brokers. This includes Ann Wu, a "
     "trader in Vienna, and Orvane Holdings.", {("U.S. Department of State", "sanctions", "Ann Wu"),
                                                ("U.S. Department of State", "sanctions", "Orvane Holdings")}),
    ("list:group-members", "Today, Treasury will sanction a long list of arms brokers. One of the brokers is Ann Wu, a "
     "close ally of Mark Ruiz.", {("U.S. Department of the Treasury", "sanctions", "Ann Wu")}),
    ("list:group-members", "The Department of State is hosting several foreign delegations. This includes Ann Wu and "
     "Orvane Holdings.", set()),
    ("list:group-members", "The Department of State is targeting Kestrel Trading. This includes Ann Wu.", set()),
    # the names a colon spells out after a published list of military companies
    ("penalty:published-list", "The Department of Defense today released the names of additional Chinese military "
     "companies operating in the United States: Kestrel Dynamics, Vega Systems, and Orion Labs.",
     {("U.S. Department of Defense", "sanctions", x) for x in ("Kestrel Dynamics", "Vega Systems", "Orion Labs")}),
    ("penalty:published-list", "The Department of Commerce today released the names of grant winners: Kestrel "
     "Dynamics, Vega Systems, and Orion Labs.", set()),
    # listing a company's affiliates restricts the company, which is not itself listed
    ("clause:listing", "The Department of Commerce added 46 affiliates of Kestrel Dynamics to the Entity List.",
     {("U.S. Department of Commerce", "restricts", "Kestrel Dynamics")}),
    ("clause:listing", "The Department of Commerce added 46 customers of Kestrel Dynamics to the Entity List.", set()),
    ("clause:listing", "The Department of Commerce added dozens of Kestrel Dynamics affiliates to the Entity List.",
     {("U.S. Department of Commerce", "restricts", "Kestrel Dynamics")}),
    ("clause:listing", "The Department of Commerce added dozens of Kestrel Dynamics customers to the Entity List.", set()),
    # a plural class with a place describes every name listed after it
    ("descriptor:based", "OFAC is also designating three China-based entities that have supplied Russia's military with "
     "drone parts: Kestrel Trading, Vega Systems, and Orion Labs.", {(x, "basedIn", "China") for x in ("Kestrel Trading", "Vega Systems", "Orion Labs")}),
    ("descriptor:based", "OFAC is also designating three entities that have supplied China-based drone makers with "
     "parts: Kestrel Trading, Vega Systems, and Orion Labs.", set()),
    # the source of the funding a sum is given in
    ("clause:verb-reverse", "Kestrel Semiconductor will receive up to $1 billion in CHIPS funding from the Commerce "
     "Department.", {("U.S. Department of Commerce", "investsIn", "Kestrel Semiconductor")}),
    ("clause:verb-reverse", "Kestrel Semiconductor received $40 million in orders from Vega Systems.", set()),
    # a state's aim at a named party; a name NER took for a place that its apposition calls a company
    ("clause:verb", "OFAC also targeted Sovcomflot, Russia's largest shipping company.",
     {("Office of Foreign Assets Control", "sanctions", "Sovcomflot")}),
    ("clause:verb", "Kestrel Labs targeted Vega Systems with a hostile bid.", set()),
    ("descriptor:poss-country", "OFAC also targeted Sovcomflot, Russia's largest shipping company.",
     {("Sovcomflot", "basedIn", "Russia")}),
    ("descriptor:poss-country", "OFAC also targeted Sovcomflot, Russia's largest shipping route.", set()),
    # "These included A and B" after a listing of a class ("over two dozen firms": a count the parser hung on "over")
    ("list:members", "In January, the Commerce Department added over two dozen Chinese firms to the Entity List. These "
     "included Kestrel AI, a developer of language models, and Vega Chips, a chip designer.",
     {("U.S. Department of Commerce", "sanctions", "Kestrel AI"), ("U.S. Department of Commerce", "sanctions", "Vega Chips")}),
    ("list:members", "In January, Kestrel Labs hired two dozen engineers. These included Ann Wu and Bo Li.", set()),
    # named parties a body adds, in a text that has named its list; "all located in" places each
    ("clause:listing", "BIS added 12 Chinese companies to the Entity List on Tuesday. The agency also added Kestrel "
     "Microelectronics Co., Ltd. and Orion Microelectronics, all located in China, for their support of the military.",
     {("Bureau of Industry and Security", "sanctions", "Kestrel Microelectronics Co., Ltd"),
      ("Bureau of Industry and Security", "sanctions", "Orion Microelectronics")}),
    ("clause:listing", "BIS published new rules on Tuesday. The agency also added Kestrel Microelectronics Co., Ltd. "
     "as a partner.", set()),
    ("place:stative", "Kestrel Labs and Vega Systems, both based in Osaka, make robots.",
     {("Kestrel Labs", "basedIn", "Osaka"), ("Vega Systems", "basedIn", "Osaka")}),
    ("place:stative", "Kestrel Labs and Vega Systems, both sold in Osaka, make robots.", set()),
    # a measure on goods on their way, the destination hung on the light verb; a measure's purpose "aimed at"
    ("noun:event", "The Commerce Department imposed stricter controls on exports of advanced chips to China.",
     {("U.S. Department of Commerce", "restricts", "China")}),
    ("noun:event", "Kestrel Labs imposed stricter controls on exports of chips to reduce costs.", set()),
    # news probe: a measure hanging on a noun with its own possessor is that possessor's, not the clause subject's
    ("noun:event", "Mexico voiced unease about the Canadian government's extension of the ban on Huawei.",
     {("Canada", "restricts", "Huawei")}),
    ("noun:event", "Mexico voiced unease about the ministry's extension of the ban on Huawei.", set()),
    ("clause:verb", "The Commerce Department introduced stricter controls aimed at curbing the flow of advanced "
     "semiconductors to China.", {("U.S. Department of Commerce", "restricts", "China")}),
    ("clause:verb", "The Commerce Department is aiming at curbing the flow of advanced semiconductors to China.", set()),
    # a country's possessive on a class of its own companies, not on a market's relations
    ("descriptor:described-demonym", "The chip meets the needs of China's AI developers, including Kestrel Robotics "
     "and Vega Labs.", {("Kestrel Robotics", "basedIn", "China"), ("Vega Labs", "basedIn", "China")}),
    ("descriptor:described-demonym", "Russia's suppliers, including Kestrel Labs and Vega Systems, were sanctioned.",
     set()),
    # a hedge makes a clause a claim
    ("clause:verb", "Arc Electronics shipped microelectronics to Russia.", {("Arc Electronics", "suppliesTo", "Russia")}),
    ("clause:verb", "Arc Electronics allegedly shipped microelectronics to Russia.", set()),
    # an agentless designation on the grounds of a listing, after a body's sanctions in the sentence before
    ("penalty:agentless", "Today, the Department of State is imposing sanctions on six entities. Kestrel Trading was "
     "designated for operating in the defense sector.", {("U.S. Department of State", "sanctions", "Kestrel Trading")}),
    ("penalty:agentless", "Kestrel Labs hired six engineers. Ann Wu was designated for operating the new plant.", set()),
    # a title joined to a company's name is no second company
    ("role:title", "Ann Wu is the Chief Technical Officer of Kestrel Dynamics and Chief Executive Officer of Baidu.",
     {("Ann Wu", "worksFor", "Kestrel Dynamics"), ("Ann Wu", "leads", "Baidu")}),
    # one unnamed company is not its country's market; a class of them stands for it
    ("clause:verb", "Kestrel Trading shipped circuits to Russian robotics companies.",
     {("Kestrel Trading", "suppliesTo", "Russia")}),
    ("clause:verb", "Kestrel Trading shipped circuits to a Russian robotics company.", set()),
    # two names NER ran into one span, coordinated by the parser
    ("clause:verb", "Today's action targets Kestrel Dynamics and Orion Labs, which supply Russia's military.",
     {("Kestrel Dynamics", "suppliesTo", "Russia"), ("Orion Labs", "suppliesTo", "Russia")}),
    ("clause:listing", "BIS added 11 entities in China, Russia and the UAE to the Entity List, including Kestrel "
     "Labs and Orion Dynamics.", {("Bureau of Industry and Security", "sanctions", "Kestrel Labs"),
                                  ("Bureau of Industry and Security", "sanctions", "Orion Dynamics")}),
    ("clause:verb", "Treasury sanctioned China National Electronics Import and Export Corporation.",
     {("U.S. Department of the Treasury", "sanctions", "China National Electronics Import and Export Corporation")}),
    # a plural apposition of the first of two names is said of both
    ("descriptor:based", "Kestrel Dynamics and Orion Labs, two Russia-based firms, were fined.",
     {("Kestrel Dynamics", "basedIn", "Russia"), ("Orion Labs", "basedIn", "Russia")}),
    ("descriptor:based", "Kestrel Dynamics and Orion Labs, a Russia-based firm, were fined.",
     {("Orion Labs", "basedIn", "Russia")}),
    # "It also targeted": the story goes on with the body of the sentence before
    ("clause:verb", "Treasury sanctioned Orion Labs on Monday. It also targeted Vega Systems.",
     {("U.S. Department of the Treasury", "sanctions", "Orion Labs"),
      ("U.S. Department of the Treasury", "sanctions", "Vega Systems")}),
    ("clause:verb", "Treasury sanctioned Orion Labs on Monday. It targeted Vega Systems.",
     {("U.S. Department of the Treasury", "sanctions", "Orion Labs")}),
    # a "-based" modifier on the name: a company, not a person
    ("descriptor:based", "The sanctions cover Hong Kong-based Smart Kit, which shipped machines to Inzhiniring Grupp.",
     {("Smart Kit", "basedIn", "Hong Kong")}),
    ("descriptor:based", "The sanctions cover Smart Kit, which shipped machines to Inzhiniring Grupp.", set()),
    # a bracketed place inside a company's legal name
    ("clause:listing", "BIS added Orion Labs (HK) Co., Ltd. and Vega Systems (Americas) Corp to the Entity List.",
     {("Bureau of Industry and Security", "sanctions", "Orion Labs (HK) Co., Ltd"),
      ("Bureau of Industry and Security", "sanctions", "Vega Systems (Americas) Corp")}),
    ("clause:listing", "BIS added Orion Labs (a drone maker) to the Entity List.",
     {("Bureau of Industry and Security", "sanctions", "Orion Labs")}),
    # lead: a measure that adds parties stands for the body the sentence before says issued it
    ("clause:listing", "BIS published a rule adding entities to the Entity List. The rule adds Kestrel Avionics, "
     "Orvane Systems and Vega Tech.", {("Bureau of Industry and Security", "sanctions", "Kestrel Avionics"),
                                       ("Bureau of Industry and Security", "sanctions", "Orvane Systems"),
                                       ("Bureau of Industry and Security", "sanctions", "Vega Tech")}),
    ("clause:listing", "Kestrel Labs published a catalog of parts. The catalog adds Orvane Systems and Vega Tech.", set()),
    # "They were A and B" after a body listed a class of companies
    ("list:members", "The Commerce Department added two dozen firms to the Entity List. They were Orion Labs and "
     "Vega Systems.", {("U.S. Department of Commerce", "sanctions", "Orion Labs"),
                       ("U.S. Department of Commerce", "sanctions", "Vega Systems")}),
    ("list:members", "Kestrel Labs hired two dozen firms last year. They were Orion Labs and Vega Systems.", set()),
    # a recipient named as object, the money or the goods after "with"
    ("clause:verb", "The Commerce Department has awarded Kestrel Labs and Vega Systems with a combined $2 billion "
     "in direct funding.", {("U.S. Department of Commerce", "investsIn", "Kestrel Labs"),
                            ("U.S. Department of Commerce", "investsIn", "Vega Systems")}),
    ("clause:verb", "The Commerce Department has awarded Kestrel Labs with a medal.", set()),
    ("clause:verb", "The Commerce Department provided Kestrel Labs with $800 million in funding.",
     {("U.S. Department of Commerce", "investsIn", "Kestrel Labs")}),
    ("clause:verb", "Vega Systems provided Kestrel Labs with chips.", {("Vega Systems", "suppliesTo", "Kestrel Labs")}),
    ("clause:verb", "Vega Systems provided Kestrel Labs with guidance.", set()),
    # licences "for X to do": the licensee is restricted; what the licence allowed is not asserted
    ("penalty:licence", "The Dutch government revoked licences for Kestrel Labs to ship some of its machines to "
     "China.", {("Netherlands", "restricts", "Kestrel Labs")}),
    ("penalty:licence", "The Dutch government granted licences for Kestrel Labs to ship some of its machines to "
     "China.", set()),
    ("clause:verb", "Vega Systems needs licences for Kestrel Labs to ship machines to China.", set()),
    ("clause:verb", "The Commerce Department said it was revoking waivers for Kestrel Labs to use U.S. tools in its "
     "Chinese plants.", {("U.S. Department of Commerce", "restricts", "Kestrel Labs")}),
    ("clause:verb", "The Commerce Department granted waivers for Kestrel Labs to use U.S. tools in its Chinese plants.", set()),
    ("clause:verb", "The ministry gave Kestrel Labs approval to ship lasers to Orion Dynamics.", set()),
    ("clause:verb", "Orion Dynamics holds the right to sell radios to Vega Systems.", set()),
    # undoing a measure ("suspended its ban on X") lifts a restriction; suspending a supply restricts
    ("clause:verb", "China suspended shipments of gallium to Vega Systems.",
     {("China", "restricts", "Vega Systems"), ("China", "restricts", "gallium")}),
    ("clause:verb", "The United States suspended its ban on sales to Orion Dynamics.", set()),
    ("clause:verb", "Beijing suspended the restrictions on rare earth exports to Vega Systems for a year.", set()),
    ("clause:verb", "The Treasury revoked the sanctions on Orion Dynamics.", set()),
    # a reason or concession is taken as given whatever the main clause says
    ("clause:verb", "Shares of Vega Systems may fall because Kestrel Labs sued Orion Dynamics.",
     {("Kestrel Labs", "sues", "Orion Dynamics")}),
    ("clause:verb", "Kestrel Labs would sue Orion Dynamics if Orion Dynamics sold radios to Vega Systems.", set()),
    ("clause:verb", "Orion Dynamics will invest up to $2 billion into Kestrel Labs.",
     {("Orion Dynamics", "investsIn", "Kestrel Labs")}),
    ("clause:verb", "Kestrel Labs invested its profits into research at Orion Dynamics.", set()),
    # an announced plan is asserted (ONTOLOGY.md); the announcer acts
    ("clause:verb", "Kestrel Labs announced plans to block access to its models in Peru.", {("Kestrel Labs", "restricts", "Peru")}),
    ("clause:verb", "Kestrel Labs has plans to block access to its models in Peru.", set()),
    # buying one of a product is a purchase, not a takeover
    ("clause:verb", "Meta acquired Instagram in 2012.", {("Meta Platforms", "acquires", "Instagram")}),
    ("clause:verb", "Bloomberg purchased a Huawei Mate 60 Pro for the test.", set()),
    # a legal form of several words after a comma ends the name before it
    ("clause:verb", "Treasury sanctioned Kestrel Research Institute, Joint Stock Company, a research institute in Moscow.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Research Institute, Joint Stock Company")}),
    # a conjunct with an amount of its own is a gapped clause's subject, not one more object
    ("clause:verb", "Orion Dynamics invested $4 billion in Kestrel Labs and Vega Systems $2 billion.",
     {("Orion Dynamics", "investsIn", "Kestrel Labs"), ("Vega Systems", "investsIn", "Kestrel Labs")}),
    ("clause:verb", "Orion Dynamics has invested in Kestrel Labs and Vega Systems.",
     {("Orion Dynamics", "investsIn", "Kestrel Labs"), ("Orion Dynamics", "investsIn", "Vega Systems")}),
    # a name at one end of an "X-to-Y" compound qualifies another noun: no party
    ("clause:verb", "Huawei released its Kirin 9000s chip in August.", {("Huawei", "launches", "Kirin 9000S")}),
    ("clause:verb", "Kestrel Labs released a Claude-to-GLM migration toolkit in August.", set()),
    # a stopped sale restricts the product sold
    ("clause:verb", "Nvidia will stop selling the H20 chip in May.", {("Nvidia", "restricts", "H20")}),
    ("clause:verb", "SoftBank stopped selling Arm shares in May.", set()),
    # a guilty plea or verdict asserts the act; an allegation does not
    ("clause:verb", "Kestrel Labs pleaded guilty to exporting controlled items to Russia.",
     {("Kestrel Labs", "suppliesTo", "Russia")}),
    ("clause:verb", "Kestrel Labs pleaded not guilty to exporting controlled items to Russia.", set()),
    ("clause:verb", "Kestrel Labs was found guilty of supplying drones to Russia.",
     {("Kestrel Labs", "suppliesTo", "Russia")}),
    ("clause:verb", "Kestrel Labs agreed to pay $3 million to settle allegations that it sold hard drives to Vega "
     "Systems.", set()),
    ("clause:verb", "Kestrel Labs agreed to pay $3 million after it sold hard drives to Vega Systems.",
     {("Kestrel Labs", "suppliesTo", "Vega Systems")}),
    # an agentless designation after a body imposed sanctions (a sanctions noun as object), inverted or not
    ("penalty:agentless", "Today, OFAC is imposing sanctions on 20 entities supporting Russia. Also designated today "
     "were Orion Dynamics and Vega Systems.", {("Office of Foreign Assets Control", "sanctions", "Orion Dynamics"),
                                              ("Office of Foreign Assets Control", "sanctions", "Vega Systems")}),
    ("penalty:agentless", "The EU is considering sanctions on Russian banks. Orion Dynamics was also designated.",
     set()),
    # a measure's issuer named by the participle on it ("issued by", "imposed by")
    ("clause:verb", "The new rules, issued by the Commerce Department on Monday, restrict exports to Kestrel Labs.",
     {("U.S. Department of Commerce", "restricts", "Kestrel Labs")}),
    ("clause:verb", "The new rules, criticised by China on Monday, restrict exports to Kestrel Labs.", set()),
    ("noun:event", "The sanctions against Kestrel Labs, imposed by Treasury in May, froze its assets.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Labs")}),
    ("noun:event", "The restrictions on Kestrel Labs, which were imposed by the EU, remain.",
     {("European Union", "restricts", "Kestrel Labs")}),
    ("noun:event", "The sanctions against Kestrel Labs, criticised by China in May, froze its assets.", set()),
    # agency structure: "an agency of", a copula's "part of", "within"
    ("agency:part", "The Vega Office, an agency of the Commerce Department, keeps the list.",
     {("U.S. Department of Commerce", "owns", "Vega Office")}),
    ("agency:part", "The Vega Office is part of the U.S. Department of Commerce.",
     {("U.S. Department of Commerce", "owns", "Vega Office")}),
    ("agency:part", "The Vega Office is not part of the U.S. Department of Commerce.", set()),
    ("agency:of", "The CHIPS Program Office within the National Institute of Standards and Technology runs it.",
     {("National Institute of Standards and Technology", "owns", "CHIPS Program Office")}),
    # a licence requirement imposed by a rule (its issuer), or in the passive with an agent
    ("fed:licence-requirement", "BIS today issued a rule imposing new license requirements on exports to Kestrel "
     "Labs.", {("Bureau of Industry and Security", "restricts", "Kestrel Labs")}),
    ("fed:licence-requirement", "A license requirement for exports of the H20 to China was imposed by the Commerce "
     "Department in April.", {("U.S. Department of Commerce", "restricts", "China")}),
    ("fed:licence-requirement", "Kestrel Labs met the license requirements for exports to China.", set()),
    # a possessive the parser lost (the product's name read as a verb): the words "X's" before it
    ("poss:product", "Analysts expect Huawei's Ascend chips to gain share.", {("Huawei", "develops", "Ascend")}),
    ("poss:product", "Analysts expect Huawei and Ascend chips to gain share.", set()),
    # a deal undone is no acquisition
    ("noun:event", "Kestrel Labs completed its acquisition of Orion Dynamics in 2020.",
     {("Kestrel Labs", "acquires", "Orion Dynamics")}),
    ("noun:event", "Regulators blocked Kestrel Labs' acquisition of Orion Dynamics.", set()),
    ("noun:event", "Kestrel Labs' planned acquisition of Orion Dynamics collapsed in 2022.", set()),
    ("noun:event", "Kestrel Labs' failed acquisition of Orion Dynamics cost it $1 billion.", set()),
    # a plural's bare apostrophe is a possessive, and no part of the name
    ("poss:relation", "Kestrel Labs' investors include Sequoia and Tencent.",
     {("Sequoia Capital", "investsIn", "Kestrel Labs"), ("Tencent", "investsIn", "Kestrel Labs")}),
    ("poss:relation", "Kestrel Labs and investors include Sequoia and Tencent.", set()),
    # NER's "U.S. Commerce" before a title is the U.S. department, not the country
    ("role:title", "The phone was unveiled while U.S. Commerce Secretary Ann Wu was on a trip to China.",
     {("Ann Wu", "leads", "U.S. Department of Commerce")}),
    # a fine handed to a company is no funding
    ("clause:funding", "Tokyo gave Kestrel Labs a subsidy of 3 billion yen.", {("Japan", "investsIn", "Kestrel Labs")}),
    ("clause:funding", "The Commission gave Kestrel Labs a fine of 3 million euros.", set()),
    # a name ending in "Group" that NER left unnamed is a company
    ("noun:event", "Orion Group holds a 51 percent stake in Kestrel Labs.", {("Orion Group", "investsIn", "Kestrel Labs")}),
    # news13: a holding or shareholding in a company is a stake in it; one sold is none, and a holding's place is none
    ("noun:event", "Kestrel will retain a 19.9% holding in Orvane Labs.", {("Kestrel", "investsIn", "Orvane Labs")}),
    ("noun:event", "Kestrel will retain a 19.9% shareholding in Orvane Labs.", {("Kestrel", "investsIn", "Orvane Labs")}),
    ("noun:event", "Kestrel sold its shareholding in Orvane Labs in 2019.", set()),
    ("clause:verb", "Kestrel sold its shareholding in Orvane Labs in 2019.", set()),
    ("noun:event", "Orvane Labs is a Kestrel holding in Norland.", set()),
    ("noun:event", "Orion Group holds a 51 percent share of the market.", set()),
    # fed3 tuning half: a party designated on a named body's list is listed by that body
    ("penalty:agentless", "Kestrel Dynamics was designated on the Commerce Department's Entity List in 2019.",
     {("U.S. Department of Commerce", "sanctions", "Kestrel Dynamics")}),
    ("penalty:agentless", "Kestrel Dynamics was designated on the Commerce Department's website in 2019.", set()),
    # fed3: "the work of the Kestrel Foundation led by Ann Wu": the parser hangs "led" on "work"; a body is led
    ("clause:verb", "She praised the work of the Kestrel Foundation led by Ann Wu.", {("Ann Wu", "leads", "Kestrel Foundation")}),
    ("clause:verb", "She praised the work of the Kestrel Foundation led by volunteers.", set()),
    # fed3: a backer's adjective on a class the text names members of
    ("news:backed", "Orion Labs and other Alibaba-backed startups, such as Vega Systems, raised funds.",
     {("Alibaba Group", "investsIn", "Orion Labs"), ("Alibaba Group", "investsIn", "Vega Systems")}),
    ("news:backed", "Orion Labs and other startups, such as Vega Systems, raised funds.", set()),
    # fed3: a reported clause without "that", whose subject the parser took for the reporting verb's object
    ("clause:verb", "The Commerce Department announced the National Science Foundation has awarded Kestrel Labs $5 million.",
     {("National Science Foundation", "investsIn", "Kestrel Labs")}),
    ("clause:verb", "The Commerce Department announced the National Science Foundation has praised Kestrel Labs.", set()),
    # fed3: "an American takeover of X": the qualifier names the buyer, not the clause's subject
    ("noun:event", "The senator hopes Ann Wu will facilitate an American takeover of Kestrel Labs.", set()),
    # fed3: a heading in capitals is no source line
    ("dateline:source-line", "A THREAT TO AMERICAN INNOVATION: the report named three firms.", set()),
    # fed3: the ground "for" which a body lists or punishes its object is the object's act
    ("clause:verb", "The Commerce Department added Kestrel Labs to the Entity List for supplying drones to Russia.",
     {("Kestrel Labs", "suppliesTo", "Russia")}),
    ("clause:verb", "The Commerce Department added four entities to the Entity List for enabling abuses by supplying "
     "drones to Russia.", set()),
    # fed3: a title's capitalised remit, then the body after a comma
    ("role:title", "Witnesses included Ann Wu, Vice President of Policy and Strategy, Kestrel Labs.",
     {("Ann Wu", "worksFor", "Kestrel Labs")}),
    ("role:title", "Witnesses included Ann Wu, Vice President of Policy and Strategy.", set()),
    # fed3: a possessor's control over a named company or platform is ownership; a state's over a commodity is not
    ("nominal:control", "Lawmakers fear ByteDance's control over TikTok.", {("ByteDance", "owns", "TikTok")}),
    ("nominal:control", "Lawmakers fear China's control over rare earths.", set()),
    # control taken is held by who took it, as the clause asserts it; control lost is none
    ("nominal:control", "Prices rose. The Dutch government took control of Orvane Semiconductors on Sunday.",
     {("Netherlands", "owns", "Orvane Semiconductors")}),
    ("nominal:control", "Prices rose. Kestrel Labs could take control of Orvane Systems next year.", set()),
    ("nominal:control", "Prices rose. Kestrel Labs lost control of Orvane Systems.", set()),
    # fed3: acting on a body's behalf is speaking for it; buying on its behalf only names a buyer
    ("news:on-behalf", "Ann Wu admitted to acting on behalf of Kestrel Labs.", {("Ann Wu", "worksFor", "Kestrel Labs")}),
    ("news:on-behalf", "Ann Wu admitted to buying a machine on behalf of Kestrel Labs.", set()),
    # fed3: "In pleading guilty, X, 52, admitted ...": the parser hung the subject inside the opening phrase
    ("news:on-behalf", "In pleading guilty, Ann Wu, 52, admitted to acting on behalf of Kestrel Labs.",
     {("Ann Wu", "worksFor", "Kestrel Labs")}),
    ("news:on-behalf", "In pleading guilty, the firm, a maker of drones, admitted to acting on behalf of Kestrel Labs.", set()),
    # fed4 tuning half: "A, and one of its employees, B": B works for A, and is one more party of the clause
    ("role:title", "Treasury is sanctioning the drone maker Kestrel Labs, and one of its engineers, Ann Wu, for fraud.",
     {("Ann Wu", "worksFor", "Kestrel Labs")}),
    ("role:title", "Police arrested Ann Wu and one of her lawyers, Bo Li, for fraud.", set()),
    ("clause:verb", "Treasury is sanctioning the drone maker Kestrel Labs, and one of its engineers, Ann Wu, for fraud.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Labs"), ("U.S. Department of the Treasury", "sanctions", "Ann Wu")}),
    # fed4: "said Under Secretary of Commerce X": the parser made "Under" a preposition; the title is subordinate
    ("role:title", "\"This action demonstrates resolve,\" said Under Secretary of Commerce Ann Marlowe.",
     {("Ann Marlowe", "worksFor", "U.S. Department of Commerce")}),
    ("role:title", "\"This action demonstrates resolve,\" said Secretary of Commerce Ann Marlowe.",
     {("Ann Marlowe", "leads", "U.S. Department of Commerce")}),
    # fed4: "A and its parent company, B": a body noun with "parent" is an owner noun
    ("poss:parent", "Regulators sued Kestrel Labs and its parent company, Orion Holdings, on Monday.",
     {("Orion Holdings", "owns", "Kestrel Labs")}),
    ("poss:parent", "Regulators sued Kestrel Labs and its rival company, Orion Holdings, on Monday.", set()),
    # fed4: "unsealed an indictment on X" names the accused
    ("fed:charges", "The Justice Department unsealed an indictment on Ann Wu for fraud.",
     {("U.S. Department of Justice", "sues", "Ann Wu")}),
    ("fed:charges", "The Justice Department unsealed an indictment on Monday.", set()),
    # fed4: a federal body's address as a chain of its parts after commas; a list of bodies is no chain
    ("fed:agency-chain", "Agents of the U.S. Department of Commerce, Bureau of Industry and Security, Office of Export "
     "Enforcement seized the parts.", {("U.S. Department of Commerce", "owns", "Bureau of Industry and Security"),
                                      ("Bureau of Industry and Security", "owns", "Office of Export Enforcement")}),
    ("fed:agency-chain", "The case was investigated by the FBI, the Bureau of Industry and Security, and the Office of "
     "Export Enforcement.", set()),
    # a title's remit before the bureau is no unit of it ("Assistant Secretary for Export Enforcement, Bureau of ...")
    ("fed:agency-chain", "Prices rose. Ann Wu, the Assistant Secretary for Export Enforcement, Bureau of Industry and "
     "Security, spoke on Monday.", set()),
    # fed10: a Federal Register AGENCY line or contact address runs upward, from a unit to its department
    ("fed:agency-chain", "For further information contact the Office of Export Enforcement, Bureau of Industry and "
     "Security, Department of Commerce.", {("Bureau of Industry and Security", "owns", "Office of Export Enforcement"),
                                           ("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")}),
    ("fed:agency-chain", "The Office of Export Enforcement, the Department of Commerce, and the FBI met on Monday.", set()),
    # fed10: the AGENCY line's bare portfolio word after the unit is its department
    ("fed:agency-chain", "AGENCY: Bureau of Industry and Security, Commerce. ACTION: Final rule.",
     {("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")}),
    ("fed:agency-chain", "Kestrel Labs hired an analyst from the Bureau of Industry and Security, Commerce.", set()),
    # fed10: an office named by its officer's title and remit is one body; a committee in the address is no unit
    ("fed:agency-chain", "Contact the Office of the Assistant Secretary for Export Administration, Bureau of Industry "
     "and Security, Department of Commerce.",
     {("Bureau of Industry and Security", "owns", "Office of the Assistant Secretary for Export Administration"),
      ("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")}),
    ("fed:agency-chain", "Contact the Chair, Kestrel Review Committee, Office of Export Enforcement, Department of "
     "Commerce.", {("U.S. Department of Commerce", "owns", "Office of Export Enforcement")}),
    # fed13: the AGENCY label displaced by a PDF's text layer ("..., Commerce. ACTION: ..."): still the department
    ("fed:agency-chain", "Revisions to the Kestrel List Bureau of Industry and Security, Commerce. ACTION: Final rule.",
     {("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")}),
    ("fed:agency-chain", "Kestrel Labs hired an analyst from the Bureau of Industry and Security, Commerce. Action "
     "followed.", set()),
    # fed13: a Federal Register heading, the department (in capitals too) right before its unit and the CFR title
    ("fed:heading-chain", "The heading reads DEPARTMENT OF THE TREASURY Office of Foreign Assets Control 31 CFR Part 501 "
     "on page two.", {("U.S. Department of the Treasury", "owns", "Office of Foreign Assets Control")}),
    ("fed:heading-chain", "The heading reads Department of Commerce Bureau of Industry and Security 15 CFR Part 744 on "
     "page two.", {("U.S. Department of Commerce", "owns", "Bureau of Industry and Security")}),
    ("fed:heading-chain", "The Department of Commerce and the Bureau of Industry and Security met on Monday.", set()),
    # fed13: a notice's contact line, the person named for contact works for each body of the address after the name
    ("fed:contact-person", "Other questions may be directed to Ann Wu, Office of Exporter Services, Bureau of Industry "
     "and Security, Phone: 555-0100.", {("Ann Wu", "worksFor", "Office of Exporter Services"),
                                         ("Ann Wu", "worksFor", "Bureau of Industry and Security")}),
    ("fed:contact-person", "Ann Wu, Office of Exporter Services, spoke at the meeting on Monday.", set()),
    # fed10: Entity List entries as a Federal Register rule words them; the rule's issuer lists, the bracket's country
    ("fed:list-entry", "The Bureau of Industry and Security published a final rule on Monday. That final rule amended "
     "the Entity List by adding a new entry for Kestrel Optics Ltd. (under China).",
     {("Bureau of Industry and Security", "sanctions", "Kestrel Optics Ltd"),
      ("Bureau of Industry and Security", "restricts", "Kestrel Optics Ltd"), ("Kestrel Optics Ltd", "basedIn", "China")}),
    ("fed:list-entry", "BIS amended the Entity List by removing the entry for Kestrel Optics Ltd. (under China).", set()),
    # fed10: a contact line's "Email:" is no person; a heading's portfolio subject ("Treasury Should ...") is no part of
    # the name before it
    ("role:title", "FOR FURTHER INFORMATION CONTACT: Chair, Kestrel Review Committee, Phone: 555-0100; Email: "
     "[email protected].", set()),
    ("role:title", "A report to Ann Wu, Minority Leader, U.S Senate Treasury Should Improve Its Planning", set()),
    # fed10: a title between commas after a name, right before a body's name, in a heading the parser glued together
    ("role:comma-title", "EXPORT CONTROLS Treasury Should Improve Workforce Planning and Information Sharing Report to "
     "the Honorable Mary Wu, Minority Leader, U.S. Senate United States Government Accountability Office For more "
     "information, contact the office.", {("Mary Wu", "worksFor", "United States Senate")}),
    ("role:comma-title", "EXPORT CONTROLS Treasury Should Improve Workforce Planning and Information Sharing Report to "
     "the Honorable Mary Wu, Minority Leader, and Bob Li, U.S. Senate United States Government Accountability Office For "
     "more information, contact the office.", set()),
    # a cabinet secretary set off by commas leads the department; a press secretary works for it
    ("role:comma-title", "The statement was signed by Kirstjen Wu, Secretary, U.S. Department of Commerce.",
     {("Kirstjen Wu", "leads", "U.S. Department of Commerce")}),
    ("role:comma-title", "The statement was signed by Kirstjen Wu, Press Secretary, U.S. Department of Commerce.",
     {("Kirstjen Wu", "worksFor", "U.S. Department of Commerce")}),
    # fed7: an agreement that ends a prosecution is the government side's hold on the other side, no partnership
    ("fed:prosecution-deal", "Prices rose. Kestrel Labs entered into a plea agreement with the Justice Department.",
     {("U.S. Department of Justice", "regulates", "Kestrel Labs")}),
    ("fed:prosecution-deal", "Prices rose. Kestrel Labs signed a supply agreement with the Justice Department.", set()),
    ("noun:event", "Prices rose. The Justice Department entered into a deferred prosecution agreement with Kestrel Labs.",
     set()),
    # fed7: a body that holds a party accountable for a wrong it names accuses the party (also as its action's purpose)
    # a body that sees to it that a party "pays a price" penalises it; a price a party may pay is no act of anyone's
    ("fed:pay-price", "Prices rose. Treasury took action to ensure that Kestrel Labs pays a price for its exports to Iran.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Labs")}),
    ("fed:pay-price", "Prices rose. Kestrel Labs may pay a price for its exports to Iran, analysts said.", set()),
    # the purpose of an action a body takes ("takes another action to hold X accountable for its inexcusable conduct")
    # "hold X to account for" as "accountable for"; a war is a wrong named, remarks are none
    ("fed:hold-accountable", "The State Department imposed sanctions to hold Mark Ruiz to account for his war against "
     "Ukraine.", {("U.S. Department of State", "accuses", "Mark Ruiz")}),
    ("fed:hold-accountable", "The State Department imposed sanctions to hold Mark Ruiz to account for his remarks.", set()),
    ("fed:hold-accountable", "Prices rose. The Treasury takes another significant action to hold Kestrel Labs and its "
     "owners accountable for their inexcusable conduct.", {("U.S. Department of the Treasury", "accuses", "Kestrel Labs")}),
    ("fed:hold-accountable", "Prices rose. The Treasury takes another significant action to hold Kestrel Labs and its "
     "owners accountable for their conduct.", set()),
    ("fed:hold-accountable", "Prices rose. The Bureau of Industry and Security took action to hold Kestrel Labs "
     "accountable for its unlawful exports.", {("Bureau of Industry and Security", "accuses", "Kestrel Labs")}),
    ("fed:hold-accountable", "Prices rose. The Justice Department will work with partners to hold Kestrel Labs "
     "accountable for its decisions.", set()),
    ("fed:hold-accountable", "Prices rose. We will hold Kestrel Labs accountable for its crimes.", set()),
    # fed4: an allegation of wrongdoing by a body is an accusation ("alleged that X violated")
    ("speech:wrongdoing", "The Justice Department alleged that Kestrel Labs stole trade secrets.",
     {("U.S. Department of Justice", "accuses", "Kestrel Labs")}),
    ("speech:wrongdoing", "The Justice Department alleged that Kestrel Labs grew fast.", set()),
    # fed7: calling a party's acts a violation is accusing it; a quotation whose attribution follows it ("“A. B,” said
    # X.") is X's; "said Under Secretary ... X" with "Under" taken for a preposition is X's
    ("speech:wrongdoing", "Prices rose. “Huawei's shipments to Iran were a clear violation of our rules. We will act,” "
     "said Under Secretary of Commerce Ann Wu.", {("Ann Wu", "accuses", "Huawei")}),
    ("speech:wrongdoing", "Prices rose. “Huawei's shipments to Iran were not a violation of our rules. We will look "
     "again,” said Under Secretary of Commerce Ann Wu.", set()),
    ("speech:wrongdoing", "Prices rose. “The rules are a violation of our principles,” said Ann Wu.", set()),
    # fed4: a person of a body whose parts follow it after commas works for each part named
    ("role:member", "Special Agent Ann Wu of the U.S. Department of Commerce, Bureau of Industry and Security, announced "
     "the case.", {("Ann Wu", "worksFor", "U.S. Department of Commerce"), ("Ann Wu", "worksFor", "Bureau of Industry and Security")}),
    ("role:member", "Agents Ann Wu of the FBI, Bureau of Industry and Security and Office of Export Enforcement spoke.",
     {("Ann Wu", "worksFor", "Federal Bureau of Investigation")}),
    # fed4: a government body looking at or into a named party investigates it
    ("clause:verb", "The FTC has been looking at Kestrel Labs for more than a year.",
     {("Federal Trade Commission", "regulates", "Kestrel Labs")}),
    ("clause:verb", "Analysts have been looking at Kestrel Labs for more than a year.", set()),
    # shapes lane (benchmarks/data/shapes-federal.jsonl): the designation criterion with its agent cut off by
    # "directly or indirectly"; a front company; a possessed plural part noun that names its parts
    ("owns:controlled-by", "OFAC sanctioned two firms today. Kestrel Lumen Ltd. is being designated for being owned or "
     "controlled by, directly or indirectly, Orion Harbor Co.", {("Orion Harbor Co", "owns", "Kestrel Lumen Ltd")}),
    ("owns:controlled-by", "Kestrel Lumen Ltd. was praised by, in the end, Orion Harbor Co.", set()),
    ("penalty:agentless", "OFAC sanctioned two firms today. Kestrel Lumen Ltd. is being designated for being owned or "
     "controlled by, directly or indirectly, Orion Harbor Co.", {("Office of Foreign Assets Control", "sanctions",
                                                                   "Kestrel Lumen Ltd")}),
    ("owns:front", "Kestrel Lumen Ltd., a front company for Orion Harbor Co., placed the orders.",
     {("Orion Harbor Co", "owns", "Kestrel Lumen Ltd")}),
    ("owns:front", "Kestrel Lumen Ltd. sold parts to front companies for years.", set()),
    ("owns:parts-including", "Orion Harbor Co. and its subsidiaries, including Kestrel Lumen Ltd., sold the parts.",
     {("Orion Harbor Co", "owns", "Kestrel Lumen Ltd")}),
    ("owns:parts-including", "Orion Harbor Co. and its customers, including Kestrel Lumen Ltd., sold the parts.", set()),
    # shapes lane: legal action is a lawsuit; charges a department announces; a complaint challenging a deal;
    # a complaint its possessor holds, whatever the clause says of it
    ("fed:legal-action", "Prices rose. The FTC took legal action against Kestrel Lumen Ltd.",
     {("Federal Trade Commission", "sues", "Kestrel Lumen Ltd")}),
    ("fed:legal-action", "Prices rose. The FTC may take legal action against Kestrel Lumen Ltd.", set()),
    ("fed:charges", "The Justice Department announced that a federal grand jury returned an indictment charging Ann Wu "
     "with fraud.", {("U.S. Department of Justice", "sues", "Ann Wu")}),
    ("fed:charges", "Ann Wu announced that a grand jury returned an indictment charging Ravi Dunmore.", set()),
    # a suit whose purpose hangs on the filing verb ("filed a lawsuit to block ...")
    ("fed:sue-to-block", "Prices rose. The Antitrust Division filed a lawsuit to block Kestrel Corp.'s acquisition of Orvane Labs.",
     {("Antitrust Division", "sues", "Kestrel Corp"), ("Antitrust Division", "sues", "Orvane Labs")}),
    ("fed:sue-to-block", "Prices rose. The Antitrust Division filed a lawsuit after Kestrel Corp. blocked the acquisition "
     "of Orvane Labs.", set()),
    # a suit challenging a party's conduct is against the party ("challenging Kestrel Labs' monopolization of search")
    ("fed:sue-to-block", "Prices rose. The Antitrust Division filed a civil lawsuit today challenging Kestrel Labs' "
     "monopolization of search.", {("Antitrust Division", "sues", "Kestrel Labs")}),
    ("fed:sue-to-block", "Prices rose. Ann Wu wrote an essay challenging Kestrel Labs' monopolization of search.", set()),
    ("fed:sue-to-block", "The FTC filed a complaint challenging Kestrel Lumen's acquisition of Orion Harbor Co.",
     {("Federal Trade Commission", "sues", "Kestrel Lumen"), ("Federal Trade Commission", "sues", "Orion Harbor Co")}),
    ("fed:sue-to-block", "The FTC filed a report praising Kestrel Lumen's acquisition of Orion Harbor Co.", set()),
    ("noun:event", "Prices rose. The FTC's complaint against Kestrel Lumen Ltd. seeks civil penalties.",
     {("Federal Trade Commission", "sues", "Kestrel Lumen Ltd")}),
    ("noun:event", "Prices rose. The FTC could file a complaint against Kestrel Lumen Ltd.", set()),
    # shapes lane: a listing set off by semicolons, each item a party however the parser hung it; a place of
    # several words in brackets, in a colon listing or in prose
    # "imposing sanctions on the following persons: A; B": the sanction noun's class spelled out after the colon,
    # with "on" hung on the noun or on the verb; not lifted sanctions, nor a company's penalties
    ("list:colon", "The Department of State is imposing sanctions on the following persons: Ann Wu, a deputy minister; "
     "and Boris Volkov, a governor.", {("U.S. Department of State", "sanctions", "Ann Wu"),
                                      ("U.S. Department of State", "sanctions", "Boris Volkov")}),
    ("list:colon", "The United States is imposing full blocking sanctions on the following Russian banks: Kestrel Bank, "
     "Orvane Bank, and Vega Bank.", {("United States", "sanctions", "Kestrel Bank"), ("United States", "sanctions", "Orvane Bank"),
                                     ("United States", "sanctions", "Vega Bank")}),
    ("list:colon", "The European Union lifted sanctions on the following persons: Ann Wu and Boris Volkov.", set()),
    # a bullet mark set off by spaces opens an item of the colon's list ("...: - A, the governor of X - B, a minister"),
    # also for classes of people ("officials", "elites"); a hyphen inside a name opens none
    ("list:colon", "The Department of State is designating the following officials: - Ann Wu, the governor of Orvane "
     "Province - Boris Volkov, a deputy minister", {("U.S. Department of State", "sanctions", "Ann Wu"),
                                                    ("U.S. Department of State", "sanctions", "Boris Volkov")}),
    ("list:colon", "The Department of State met the following officials: - Ann Wu - Boris Volkov", set()),
    ("list:colon", "Treasury sanctioned the following officials: Ann Wu, the head of the Kestrel-Orvane Bank.",
     {("U.S. Department of the Treasury", "sanctions", "Ann Wu")}),
    ("list:colon", "Kestrel Bank imposed penalties on the following firms: Orvane Bank and Vega Bank.", set()),
    ("list:colon", "OFAC designated the following entities: Kestrel Lumen Ltd., a Hong Kong-based company; Orion Harbor "
     "Co., based in Shenzhen, China; and Vega Trading LLC.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Lumen Ltd"),
      ("Office of Foreign Assets Control", "sanctions", "Orion Harbor Co"),
      ("Office of Foreign Assets Control", "sanctions", "Vega Trading LLC")}),
    ("list:colon-place", "OFAC designated the following entities: Kestrel Lumen Ltd. (China); Orion Harbor Co. (Hong "
     "Kong); and Vega Trading LLC (United Arab Emirates).",
     {("Kestrel Lumen Ltd", "basedIn", "China"), ("Orion Harbor Co", "basedIn", "Hong Kong"),
      ("Vega Trading LLC", "basedIn", "United Arab Emirates")}),
    ("list:bracket-place", "OFAC designated Kestrel Lumen Ltd. (Hong Kong) and Orion Harbor Co. (United Arab Emirates).",
     {("Kestrel Lumen Ltd", "basedIn", "Hong Kong"), ("Orion Harbor Co", "basedIn", "United Arab Emirates")}),
    ("list:bracket-place", "Prices rose. Kestrel Lumen Ltd. (Reuters) sold parts to Orion Harbor Co.", set()),
    # shapes lane: "Today's action targets X" read with "targets" as a noun
    ("clause:misread-measure", "OFAC today sanctioned a network of procurement agents. Today's action targets Harbor "
     "Point Trading Limited.", {("Office of Foreign Assets Control", "sanctions", "Harbor Point Trading Limited")}),
    ("clause:misread-measure", "Prices rose. Today's action targets Harbor Point Trading Limited.", set()),
    # lead: the measure's verb hung under "by" as its object ("This action by the Department of State targets A")
    ("clause:misread-measure", "This action by the Department of State targets Kestrel Avionics and Orvane Systems.", {("U.S. Department of State", "sanctions", "Kestrel Avionics"),
                         ("U.S. Department of State", "sanctions", "Orvane Systems")}),
    ("clause:misread-measure", "The report by Kestrel Labs targets Orvane Systems.", set()),
    # lead: a "by" on the measure itself names who took it
    ("penalty:instrument", "Prices rose. Today's action by OFAC also targets Kestrel Avionics.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Avionics")}),
    ("penalty:instrument", "Prices rose. The action by Kestrel Labs targets Orvane Systems.", set()),
    # shapes lane: a general manager runs the company; "who served as president of"
    ("role:title", "Prices rose. Ravi Dunmore is the general manager of Kestrel Lumen Ltd.",
     {("Ravi Dunmore", "leads", "Kestrel Lumen Ltd")}),
    ("role:title", "Prices rose. Ravi Dunmore is a sales manager at Kestrel Lumen Ltd.",
     {("Ravi Dunmore", "worksFor", "Kestrel Lumen Ltd")}),
    ("role:title", "Prices rose. Ann Wu, who served as president of Kestrel Lumen Ltd., was designated.",
     {("Ann Wu", "leads", "Kestrel Lumen Ltd")}),
    # shapes lane: "Dubai-headquartered X"; "operates out of"; a distributor in a city
    ("descriptor:based", "Prices rose. Dubai-headquartered Kestrel Lumen Ltd. resold the parts.",
     {("Kestrel Lumen Ltd", "basedIn", "Dubai")}),
    ("place:based-out-of", "Prices rose. Kestrel Lumen Ltd. operates out of Vladivostok.",
     {("Kestrel Lumen Ltd", "basedIn", "Vladivostok")}),
    ("place:based-out-of", "Prices rose. The airline operates out of Denver International Airport.", set()),
    ("descriptor:place", "Prices rose. Kestrel Lumen Ltd. is an electronics distributor in Shenzhen.",
     {("Kestrel Lumen Ltd", "basedIn", "Shenzhen")}),
    # shapes lane: a subpoena is legal action against the one served; a committee's title alone is no name
    ("clause:verb", "Prices rose. The House Select Committee on the CCP subpoenaed Kestrel Lumen Ltd.",
     {("House Select Committee on the CCP", "sues", "Kestrel Lumen Ltd")}),
    ("clause:verb", "Prices rose. The House Select Committee on the CCP may subpoena Kestrel Lumen Ltd.", set()),
    ("role:title", "Prices rose. Select Committee Chairman Ann Wu and Ranking Member Ravi Dunmore wrote to Kestrel Lumen "
     "Ltd.", {("Ann Wu", "leads", "Select Committee")}),
    # shapes lane: "X and its U.S. subsidiary, Y" with Y hung on X; a measure's own agent after "subject to"
    ("owns:pronoun-part", "Prices rose. Kestrel Telecom and its U.S. subsidiary, Kestrel Telecom Americas, lost their "
     "licenses.", {("Kestrel Telecom", "owns", "Kestrel Telecom Americas")}),
    ("owns:pronoun-part", "Prices rose. Kestrel Telecom sold its subsidiary, Orion Harbor said on Monday.", set()),
    ("noun:under", "Prices rose. Kestrel Lumen Ltd. is now subject to sanctions by the Department of the Treasury.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Lumen Ltd")}),
    ("noun:under", "Prices rose. Kestrel Lumen Ltd. is not subject to sanctions by the Department of the Treasury.", set()),
    # shapes lane: a place given once for a list of names; a listing under a country's destination; a plural
    # object's examples after "including" hung on the verb
    ("list:shared-place", "Prices rose. BIS added Kestrel Lumen Ltd., Orion Harbor Co., and Vega Trading LLC, all based "
     "in China, to the Entity List.", {("Kestrel Lumen Ltd", "basedIn", "China"), ("Orion Harbor Co", "basedIn", "China"),
                                       ("Vega Trading LLC", "basedIn", "China")}),
    ("list:shared-place", "Prices rose. Under the destination of China, BIS is adding Kestrel Lumen Ltd. and Orion Harbor "
     "Co.", {("Kestrel Lumen Ltd", "basedIn", "China"), ("Orion Harbor Co", "basedIn", "China")}),
    ("list:shared-place", "Prices rose. Ann Wu met Kestrel Lumen Ltd. and Orion Harbor Co., all in Dubai, last week.", set()),
    ("descriptor:described-demonym", "Prices rose. Commerce added seven Chinese entities to the Entity List, including "
     "Kestrel Lumen Ltd. and Orion Harbor Co.", {("Kestrel Lumen Ltd", "basedIn", "China"),
                                                ("Orion Harbor Co", "basedIn", "China")}),
    # shapes lane: a party noun on a state's list, said of a name in apposition
    ("list:on-list", "Prices rose. Kestrel Lumen Ltd., an entity on the Commerce Department's Entity List, shipped the "
     "parts.", {("U.S. Department of Commerce", "sanctions", "Kestrel Lumen Ltd")}),
    ("list:on-list", "Prices rose. Kestrel Lumen Ltd., a company on the board's agenda, shipped the parts.", set()),
    # kn2 lane (web text): a unit said "as" a verb's subject ("operates as", "was established as", "became"), a
    # parent "for"/"to" its units, a description coordinated with the copula's first noun
    ("appos:unit", "Prices rose. Brightwater Bank operates as a subsidiary of Kestrel Holdings.",
     {("Kestrel Holdings", "owns", "Brightwater Bank")}),
    ("appos:unit", "Prices rose. Brightwater Bank formerly operated as a subsidiary of Kestrel Holdings.", set()),
    ("appos:unit", "Prices rose. Brightwater Bank was established in 1991 as a subsidiary of Kestrel Holdings.",
     {("Kestrel Holdings", "owns", "Brightwater Bank")}),
    ("appos:unit", "Prices rose. Brightwater Bank was established in 1991 as a rival of Kestrel Holdings.", set()),
    ("appos:unit", "Prices rose. Brightwater Bank became a subsidiary of Kestrel Holdings in 2004.",
     {("Kestrel Holdings", "owns", "Brightwater Bank")}),
    ("appos:unit", "Prices rose. Brightwater Bank did not become a subsidiary of Kestrel Holdings.", set()),
    ("appos:unit", "Prices rose. Brightwater Bank is a regional lender and a wholly owned subsidiary of Kestrel Holdings.",
     {("Kestrel Holdings", "owns", "Brightwater Bank")}),
    ("appos:unit", "Prices rose. Brightwater Bank is a regional lender and a rival of Kestrel Holdings.", set()),
    ("appos:owner", "Prices rose. Kestrel Holdings is the parent company for Brightwater Bank.",
     {("Kestrel Holdings", "owns", "Brightwater Bank")}),
    ("appos:owner", "Prices rose. Kestrel Holdings is the operator for Brightwater Bank.", set()),
    # kn2 lane: a language before a colon names a gloss, not a nationality; a board named by its kind names no body
    ("descriptor:demonym", "Prices rose. The Kestrel Union (French: Union Kestrel) sets shoe standards.", set()),
    ("role:title", "Prices rose. Ann Wu is a member of the Board of Directors.", set()),
    # kn2 lane: a title's qualifiers and the business function it is "for" are no employer
    # news6 probe: "Minister of State" is a rank, not the U.S. Department of State
    ("role:title", "Ann Wu, Secretary of State, said the rules would change.", {("Ann Wu", "leads", "U.S. Department of State")}),
    ("role:title", "Ann Wu, Minister of State for Electronics, said the rules would change.", set()),
    # news6 probe: "the venture" that repeats a company's own unnamed venture is not that company
    ("role:title", "Orion Ventures said it had replaced Ann Wu, who had served as the company's chairman.",
     {("Ann Wu", "leads", "Orion Ventures")}),
    ("role:title", "Kestrel Labs and its Chinese joint venture disagreed on Monday. Kestrel Labs said it had replaced Ann Wu, "
     "who had served as the venture's chairman.", set()),
    # news6 probe: a penalty still to be determined is none yet
    ("noun:event", "Brazil's antitrust regulator imposed penalties against Kestrel Labs.", {("Brazil", "sanctions", "Kestrel Labs")}),
    ("noun:event", "Brazil's antitrust regulator opened a hearing to determine the penalties against Kestrel Labs.", set()),
    # a state's body named by its remit (gazetteer aliases): the body acts, not the state; with no state named, no one
    ("clause:verb", "Britain's data watchdog fined Kestrel Labs.", {("Information Commissioner's Office", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "The Korean industry ministry fined Kestrel Labs.",
     {("Ministry of Trade, Industry and Energy", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "The UK's competition regulator fined Kestrel Labs.",
     {("Competition and Markets Authority", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "The industry ministry fined Kestrel Labs.", set()),
    ("clause:listing", "Japan's trade ministry added Orvane Tech to its export control list.",
     {("Ministry of Economy, Trade and Industry", "sanctions", "Orvane Tech")}),
    ("role:title", "China's foreign ministry spokesperson Lin Wei said the talks went well.",
     {("Lin Wei", "worksFor", "Ministry of Foreign Affairs of China")}),
    # a remit after "its" or "the country's" is the body of the one state named before it (ownedbodies.py)
    ("clause:verb", "Britain said its data watchdog fined Kestrel Labs.",
     {("Information Commissioner's Office", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "Prices rose. South Korea backs its chipmakers. The country's industry ministry fined Orvane Tech.",
     {("Ministry of Trade, Industry and Energy", "sanctions", "Orvane Tech")}),
    ("clause:verb", "Kestrel Labs told Japan that its trade ministry had fined Orvane Tech.", set()),
    ("clause:verb", "Prices rose. Kestrel Labs said its trade ministry fined Orvane Tech.", set()),
    # news6 probe: "Backed by A, B and other investors, the startup ...": the description is the subject, not B
    ("noun:event", "Lumen Robotics said it had raised new money. Backed by Kestrel Capital, Orion Partners and three other "
     "investors, the Boston-based startup signed a supply deal with Vega Systems.", {("Lumen Robotics", "partnersWith", "Vega Systems")}),
    ("noun:event", "Prices rose. Backed by Kestrel Capital, Orion Partners and three other investors, the Boston-based "
     "startup signed a supply deal with Vega Systems.", set()),
    ("descriptor:described-based", "Lumen Robotics said it had raised new money. Backed by Kestrel Capital, Orion Partners and "
     "three other investors, the Boston-based startup signed a supply deal with Vega Systems.", {("Lumen Robotics", "basedIn", "Boston")}),
    ("descriptor:described-based", "Prices rose. Backed by Kestrel Capital, Orion Partners and three other investors, the "
     "Boston-based startup signed a supply deal with Vega Systems.", set()),
    ("role:title", "Prices rose. The Kestrel Orchestra is led by Managing and Artistic Director Ann Wu.", set()),
    ("role:title", "Prices rose. Ann Wu serves as Director for Business Development.", set()),
    # kn2 lane: a parent or unit noun said of a name with its possessor ("is Y's parent company", "is Y's subsidiary")
    # news6 probe: a suit "to block" a deal, with a time between the verb and its purpose
    ("fed:sue-to-block", "The FTC sued in March to block Kestrel Dynamics' acquisition of Orion Labs.",
     {("Federal Trade Commission", "sues", "Kestrel Dynamics"), ("Federal Trade Commission", "sues", "Orion Labs")}),
    ("fed:sue-to-block", "The FTC sued in March to stop a strike at Orion Labs.", set()),
    # news6 probe: selling "the business of X" to Y; a seller's own unnamed business names no company bought
    ("clause:sell-company", "Kestrel Dynamics is selling the server business of recently acquired Orion Systems Inc. to "
     "Vega Electronics Corp. in a deal worth $1 billion.", {("Vega Electronics Corp", "acquires", "Orion Systems Inc")}),
    ("clause:sell-company", "Kestrel Dynamics is selling its server business to Vega Electronics Corp. in a deal worth "
     "$1 billion.", set()),
    # news6 probe: "an MoU was signed between X and Y": "between" on the passive verb
    ("noun:between", "An MoU was signed on Monday between Kestrel Labs and the Government of Ontario.",
     {("Kestrel Labs", "partnersWith", "Government of Ontario")}),
    ("noun:between", "A dispute arose on Monday between Kestrel Labs and Orion Dynamics.", set()),
    # news6 probe: a company's funding award "with" a department: the department pays
    ("noun:event", "Kestrel Labs finalized its funding award with the U.S. Department of Commerce.",
     {("U.S. Department of Commerce", "investsIn", "Kestrel Labs")}),
    ("noun:event", "Kestrel Labs is discussing a funding award with the U.S. Department of Commerce.", set()),
    # news6 probe: a state's possessed ban after "from", "after", "since" is a given, whatever the clause says of it
    ("noun:event", "Orion Labs failed to recover from Brazil's ban on its drones.", {("Brazil", "restricts", "Orion Labs")}),
    ("noun:event", "Orion Labs did not recover after the ban on its drones.", set()),
    # news6 probe: a country's prosecutors charging a company are the state suing it
    ("clause:verb", "Taiwan prosecutors charged Kestrel Labs with fraud.", {("Taiwan", "sues", "Kestrel Labs")}),
    ("clause:verb", "Prosecutors charged Kestrel Labs with fraud.", set()),
    # news6 probe: building "along with" another body is building together; the other body is not what is built
    ("news:jointly", "Kestrel Labs will build a chip plant in Ohio along with Orion Dynamics.",
     {("Kestrel Labs", "partnersWith", "Orion Dynamics")}),
    ("news:jointly", "Kestrel Labs will sell chips in Ohio along with Orion Dynamics.", set()),
    ("clause:verb", "Kestrel Labs will build a chip plant in Ohio along with Orion Dynamics.", set()),
    # news6 probe: bought from a company's plant is bought from the company
    ("clause:verb-reverse", "Vexa Motors buys chips from Kestrel Labs' plant in Ohio.", {("Kestrel Labs", "suppliesTo", "Vexa Motors")}),
    ("clause:verb-reverse", "Vexa Motors moved its staff from Kestrel Labs' plant in Ohio.", set()),
    # news6 probe: a market "within" a country, as "in" one
    ("clause:verb", "Vexa Labs halted shipments of routers to customers within Brazil.", {("Vexa Labs", "restricts", "Brazil")}),
    ("clause:verb", "Vexa Labs halted shipments of routers to customers within the region.", set()),
    ("appos:owner", "Prices rose. Kestrel Holdings has served as Brightwater Bank's parent company since 2001.",
     {("Kestrel Holdings", "owns", "Brightwater Bank")}),
    ("appos:unit", "Prices rose. Brightwater Bank is Kestrel Holdings' subsidiary.", {("Kestrel Holdings", "owns", "Brightwater Bank")}),
    ("appos:unit", "Prices rose. Brightwater Bank is Kestrel Holdings' former subsidiary.", set()),
    # kn3 lane: a sentence opening with the seat ("Based in P, X ...", "Founded in Y and headquartered in P, X ...")
    ("place:described-seat", "Prices rose. Based in Dorwick, the Halvern Planning Board is a member of the state council.",
     {("Halvern Planning Board", "basedIn", "Dorwick")}),
    ("place:described-seat", "Prices rose. Founded in 1950 and headquartered in Ohio, Corvel Services is a staffing firm.",
     {("Corvel Services", "basedIn", "Ohio")}),
    ("place:described-seat", "Prices rose. Based in Marlow, the band toured Europe with Orvane Records.", set()),
    # kn3 lane: a name NER found inside a description ("is a ... Firm headquartered in") places the described body
    ("place:described-seat", "Prices rose. Kestrel Group is a Strategy Consulting, Executive Recruiting & Leadership "
     "Training Firm headquartered in Oman with offices in Kenya.", {("Kestrel Group", "basedIn", "Oman")}),
    ("place:stative", "Prices rose. Kestrel Group is a Strategy Consulting, Executive Recruiting & Leadership "
     "Training Firm headquartered in Oman with offices in Kenya.", set()),
    # kn3 lane: a generational suffix is part of the person's name
    ("role:title", "Prices rose. Kestrel Dynamics' current interim CEO is Martin Keller, Jr.",
     {("Martin Keller, Jr", "leads", "Kestrel Dynamics")}),
    ("role:title", "Prices rose. The firm was founded by Martin Keller, Jr., the former chairman of Orvane Bank.",
     {("Martin Keller, Jr", "leads", "Orvane Bank")}),
    # kn3 lane: "American football" is a sport, not a nationality
    ("descriptor:demonym", "Prices rose. The Dorwick Hawks were a professional American football team.", set()),
    # kn3 lane: a seat participle coordinated with another ("founded in 1986 and headquartered in")
    ("place:stative", "Prices rose. Orvane Bank, founded in 1986 and headquartered in Dorwick, makes loans.",
     {("Orvane Bank", "basedIn", "Dorwick")}),
    ("place:stative", "Prices rose. Orvane Bank, which was founded in 1986 and is headquartered in Dorwick, makes loans.",
     {("Orvane Bank", "basedIn", "Dorwick")}),
    ("place:described-seat", "Prices rose. Orvane Bank is a community bank founded in 1986 and headquartered in Dorwick.",
     {("Orvane Bank", "basedIn", "Dorwick")}),
    # kn3 lane: "a subsidiary of Y located in P" may place the unit or its owner: neither is read
    ("place:stative", "Prices rose. Vexa Records was a subsidiary of Orvane Entertainment located in Dorwick.", set()),
    # kn3 lane: a negated copula describes nothing
    ("appos:unit", "Prices rose. Kestrel Benefits is not a subsidiary of Orvane Investors.", set()),
    # kn3 lane: "ex-" before an employer's name is no part of it; a legal form after a name NER took for a person's
    ("role:title", "Prices rose. Ann Wu, an ex-Kestrel Labs engineer, joined Vexa.", {("Ann Wu", "worksFor", "Kestrel Labs")}),
    # a bullet's dash opening a list item is the list's mark, never a word of the name after it
    ("role:title", "- Herman Volkov, the head of Kestrel Bank and an adviser to the mayor",
     {("Herman Volkov", "leads", "Kestrel Bank"), ("Herman Volkov", "worksFor", "Kestrel Bank")}),
    ("role:title", "- Herman Volkov, a client of Kestrel Bank and a friend of the mayor", set()),
    ("place:described-seat", "Selvane Broadband, LLC is a privately held Internet Service Provider based in Florida.",
     {("Selvane Broadband, LLC", "basedIn", "Florida")}),
    # kn3 lane: a possessor of the first of two joined titles before a name ("X's President and CEO Y")
    ("role:title", "Prices rose. Halvern Health's president and chief executive Ken Marsh said sales rose.",
     {("Ken Marsh", "leads", "Halvern Health")}),
    ("role:title", "Prices rose. Halvern Health's chairman and Orvane Labs CEO Ken Marsh said sales rose.", set()),
    # kn3 lane: names after a role's body with commas and no "and" are its address, not more employers
    ("role:title", "Prices rose. Ann Wu is Director at the Orvane Institute, Dorwick General Hospital, University of Marlow.",
     {("Ann Wu", "leads", "Orvane Institute")}),
    ("role:title", "Prices rose. Ann Wu is Director at the Orvane Institute, Dorwick General Hospital and University of Marlow.",
     {("Ann Wu", "leads", "Orvane Institute"), ("Ann Wu", "leads", "Dorwick General Hospital"),
      ("Ann Wu", "leads", "University of Marlow")}),
    # kn3 lane: a title of title words alone names no body ("Project Executive")
    ("role:title", "Prices rose. Ann Wu currently serves as Project Executive of the Dorwick Payroll System.",
     {("Ann Wu", "worksFor", "Dorwick Payroll System")}),
    # kn3 lane: a country after a company's name before a title is the company's unit there, not the state
    ("role:title", "Prices rose. The team includes former Kestrel UK Sales Director Ann Wu.", set()),
    # kn3 lane: a founding told in an opening participle phrase, the name misparsed as the founder's apposition
    ("clause:fronted-founding", "Prices rose. Created in 1899 by French engineers Paul Gerard and Louis Maret, Verano "
     "has become the largest builder in Europe.", {("Paul Gerard", "founded", "Verano"), ("Louis Maret", "founded", "Verano")}),
    ("clause:fronted-founding", "Prices rose. Created in 1899 by French engineers Paul Gerard and Louis Maret, the "
     "bridge has become a landmark.", set()),
    # fed5 tuning half: named members in brackets after their country, and a measure against the class by the body
    # whose act the sentence before states ("This action includes new sanctions against ...")
    ("members:bracket-home", "Sanctions fell on three firms in China (Kestrel Trading Limited and Orvane Holdings Co.).",
     {("Kestrel Trading Limited", "basedIn", "China"), ("Orvane Holdings Co", "basedIn", "China")}),
    ("members:bracket-home", "The report named two exporters (Kestrel Trading Limited and Orvane Holdings Co.) near China.",
     set()),
    ("members:bracket-measure", "The United States is sanctioning six parties. This action includes new sanctions against "
     "three firms in China (Kestrel Trading Limited and Orvane Holdings Co.).",
     {("United States", "sanctions", "Kestrel Trading Limited"), ("United States", "sanctions", "Orvane Holdings Co")}),
    ("members:bracket-measure", "Kestrel Labs praised the plan. This action includes new sanctions against three firms in "
     "China (Harbor Point Trading Limited and Orvane Holdings Co.).", set()),
    # fed5: a regulator's order served on a party; a company's order is a purchase
    ("proc:order-to", "The Enforcement Bureau and the International Bureau issued an Order to Show Cause to China Unicom "
     "Americas.", {("Enforcement Bureau", "regulates", "China Unicom Americas"),
                   ("International Bureau", "regulates", "China Unicom Americas")}),
    ("members:bracket-home", "(Text) The Space Agency of Japan (JSPA) will launch a rocket.", set()),
    # a "to" on the verb is left alone (a federal set's check half counted three false facts with it)
    ("proc:order-to", "The FCC issued an order to Kestrel Telecom Inc. on Monday.", set()),
    ("proc:order-to", "Apple issued an order to TSMC for new chips.", set()),
    # fed5: a complaint against a deal, or to challenge one, is a suit against its parties
    ("proc:deal-suit", "The FTC filed a complaint against the proposed merger between Kestrel Dynamics and Orion Labs.",
     {("Federal Trade Commission", "sues", "Kestrel Dynamics"), ("Federal Trade Commission", "sues", "Orion Labs")}),
    ("proc:deal-suit", "The FTC issued a complaint to challenge Kestrel Dynamics' acquisition of Orion Labs.",
     {("Federal Trade Commission", "sues", "Kestrel Dynamics"), ("Federal Trade Commission", "sues", "Orion Labs")}),
    ("proc:deal-suit", "The FTC filed a complaint against the proposed rule on Kestrel Dynamics.", set()),
    # fed5: a case caption names the one who sues first
    ("proc:caption", "The hearing follows the court's decision in FTC v. Microsoft.",
     {("Federal Trade Commission", "sues", "Microsoft")}),
    ("proc:caption", "The hearing follows the court's decision in the FTC case against Microsoft.", set()),
    # fed5: a government body's authorization received from it; a company's licence is no regulation
    ("clause:verb-reverse", "Kestrel Telecom received section 214 authorization from the FCC.",
     {("Federal Communications Commission", "regulates", "Kestrel Telecom")}),
    ("clause:verb-reverse", "Kestrel Dynamics received a license from Qualcomm.", set()),
    # fed5: a possessive on a named product's console is the maker's
    ("poss:product", "Microsoft cut the price of its Xbox gaming consoles.", {("Microsoft", "develops", "Xbox")}),
    ("poss:product", "Microsoft cut the price of the Xbox gaming consoles.", set()),
    # fed5 (the check halves' counted class, written from the brief): a plural description refers back to the list of
    # companies before it; a number that does not fit the list leaves it unresolved
    ("place:stative", "Prices rose. Apple and Google sued Kestrel Labs. Both companies are based in California.",
     {("Apple", "basedIn", "California"), ("Google", "basedIn", "California")}),
    ("place:stative", "Prices rose. Treasury sanctioned Kestrel Trading Limited, Orion Networks Ltd. and Vega Link Corp. "
     "The two companies are based in Shenzhen.", set()),
    ("clause:verb", "Prices rose. The FCC moved against three carriers: Kestrel Telecom Inc., Orion Networks Ltd. and Vega "
     "Link Corp. These companies are owned by the Chinese government.",
     {("China", "owns", "Kestrel Telecom Inc"), ("China", "owns", "Orion Networks Ltd"), ("China", "owns", "Vega Link Corp")}),
    # fed5: the one "involved in" an act does it; a state's weapons program stands for the state as a market
    ("clause:verb", "Prices rose. Kestrel Labs has been involved in supplying chips to Pakistan.",
     {("Kestrel Labs", "suppliesTo", "Pakistan")}),
    ("clause:verb", "Prices rose. Kestrel Labs may have been involved in supplying chips to Pakistan.", set()),
    ("clause:verb", "Prices rose. Kestrel Labs supplied chips to Iran's missile program.", {("Kestrel Labs", "suppliesTo", "Iran")}),
    ("clause:verb", "Prices rose. Kestrel Labs joined Japan's chip program.", set()),
    # news7: a deal's party is no product: "made an investment in X", "announced a deal with X" make or launch nothing
    ("clause:verb", "Prices rose. Kestrel Dynamics made an investment in Orion Labs.", set()),
    ("clause:verb", "Prices rose. Kestrel Dynamics announced a $2 billion investment in Orion Labs.", set()),
    ("clause:verb", "Prices rose. Kestrel Dynamics makes the Mate 60 Pro processor for Orion Labs.",
     {("Kestrel Dynamics", "manufactures", "Mate 60 Pro"), ("Kestrel Dynamics", "suppliesTo", "Orion Labs")}),
    # fed5: a government body's review of the threat a party poses is an investigation of it
    ("proc:threat-review", "Prices rose. The FCC took steps to consider the threat posed by Kestrel Telecom Inc.",
     {("Federal Communications Commission", "regulates", "Kestrel Telecom Inc")}),
    ("proc:threat-review", "Prices rose. Analysts reviewed the risks posed by Kestrel Telecom Inc.", set()),
    # lead: a filing that names parties as defendants is a suit against each, by its possessor or by whoever the
    # sentence before says filed it; the tagger may read "names" as a plural noun
    ("proc:filing-names", "Prices rose. The SEC's complaint, filed in federal court on Monday, names Kestrel Labs "
     "and Ann Wu as defendants.", {("Securities and Exchange Commission", "sues", "Kestrel Labs"),
                                   ("Securities and Exchange Commission", "sues", "Ann Wu")}),
    ("proc:filing-names", "Prices rose. The SEC's complaint, which names Kestrel Labs, seeks penalties; analysts "
     "see Orvane Systems as a defendant.", set()),
    ("clause:verb", "The Justice Department sued Kestrel Labs on Monday. The lawsuit also names Orvane Systems as a "
     "defendant.", {("U.S. Department of Justice", "sues", "Kestrel Labs"),
                    ("U.S. Department of Justice", "sues", "Orvane Systems")}),
    ("clause:verb", "The Justice Department praised Kestrel Labs on Monday. The lawsuit also names Orvane Systems as "
     "a defendant.", set()),
    ("clause:verb", "Prices rose. Kestrel Labs named Ann Wu as its chief executive.", set()),
    # fed5: a "Directorate" is a government body, so a country's possessive on it gives no basedIn
    ("poss:country", "The firm supplied parts to Russia's Main Intelligence Directorate.", set()),
    # news9 probe: a purchase sued to block is a takeover when its buyer is named; a plain purchase of goods is not
    ("fed:sue-to-block", "The Federal Trade Commission has sued to block Kestrel Systems' $2 billion purchase of Orvane Labs.",
     {("Federal Trade Commission", "sues", "Kestrel Systems"), ("Federal Trade Commission", "sues", "Orvane Labs")}),
    ("fed:sue-to-block", "The Federal Trade Commission has sued to block the purchase of Orvane Labs chips.", set()),
    # news9 probe: "they" after a plural class given by its named examples is each example
    ("clause:verb", "Chipmakers including Kestrel Systems, Orvane Labs and Vela Group have told staff they will not supply "
     "Huawei.", {("Kestrel Systems", "restricts", "Huawei"), ("Orvane Labs", "restricts", "Huawei"),
                 ("Vela Group", "restricts", "Huawei")}),
    ("clause:verb", "Chipmakers in Texas have told staff they will not supply Huawei.", set()),
    # news9 probe: the rest of a list hung on a listed name's last word
    ("clause:listing", "Prices rose. The Commerce Department added Sugra, the Lanxi Institute of Computing Technology, Higra, "
     "Tarn Integrated Circuit and Tarn Microelectronics Technology to the Entity List.",
     {("U.S. Department of Commerce", "sanctions", "Sugra"),
      ("U.S. Department of Commerce", "sanctions", "Lanxi Institute of Computing Technology"),
      ("U.S. Department of Commerce", "sanctions", "Higra"), ("U.S. Department of Commerce", "sanctions", "Tarn Integrated Circuit"),
      ("U.S. Department of Commerce", "sanctions", "Tarn Microelectronics Technology")}),
    ("clause:listing", "Prices rose. The Commerce Department added Kestrel Labs, the Orvane Institute of Applied Physics, to "
     "the Entity List.", {("U.S. Department of Commerce", "sanctions", "Kestrel Labs")}),
    # news9 probe: "They also added" after a sentence about a government body is the body (only a body adds to its list)
    ("clause:listing", "The Commerce Department said Kestrel Labs was placed on the Entity List. They also added Orvane "
     "Systems to the list.", {("U.S. Department of Commerce", "sanctions", "Orvane Systems")}),
    ("clause:listing", "Vela Group said Kestrel Labs was placed on the Entity List. They also added Orvane Systems to the "
     "list.", set()),
    # news9 probe: a name that only qualifies a plain noun is no example of the class ("including UAV cameras")
    ("descriptor:described-based", "Kestrel ships parts to Russia-based buyers, including Orvane Systems.",
     {("Orvane Systems", "basedIn", "Russia")}),
    ("descriptor:described-based", "Kestrel ships parts to Russia-based buyers, including Orvane cameras.", set()),
    # news9 probe: a place before a possessive phrase is the possessor's ("New York-based peer Orvane Labs' Ann Wu")
    ("descriptor:based", "Kestrel Systems hired New York-based Orvane Labs.", {("Orvane Labs", "basedIn", "New York")}),
    ("descriptor:based", "Kestrel Systems named New York-based peer Orvane Labs' Ann Wu as its chief executive.", set()),
    # news9 probe: a possessor that refers back owns the body the title heads; the holder works for it
    ("role:title", "The FTC sued. Ann Wu, director of the commission's Bureau of Competition, said the deal was harmful.",
     {("Ann Wu", "leads", "Bureau of Competition"), ("Ann Wu", "worksFor", "Federal Trade Commission")}),
    ("role:title", "The FTC sued. Ann Wu, chair of the commission, said the deal was harmful.",
     {("Ann Wu", "leads", "Federal Trade Commission")}),
    # news9 probe: a general manager who is also a vice president manages a unit; a short senior vice president's title
    ("role:title", "Ann Wu, Executive Vice President and General Manager of Kestrel Systems, said sales rose.",
     {("Ann Wu", "worksFor", "Kestrel Systems")}),
    ("role:title", "Ann Wu, General Manager of Kestrel Systems, said sales rose.", {("Ann Wu", "leads", "Kestrel Systems")}),
    ("role:title", "Ann Wu becomes Kestrel Systems' SVP of data center engineering.", {("Ann Wu", "worksFor", "Kestrel Systems")}),
    ("poss:unit", "Ann Wu becomes Kestrel Systems' SVP of data center engineering.", set()),
    # news9 probe: "its" in a clause hung on a passive with no agent is the passive's subject
    ("poss:product", "Apple was fined for keeping Spotify and other services from linking outside its App Store.",
     {("Apple", "develops", "App Store")}),
    # news9 probe: "preventing it" after a clause with one named object is that object
    ("purpose:keep-out", "Prices rose. The United States added Kestrel Labs to a trade blacklist, preventing it from buying "
     "chips from U.S. companies.", {("United States", "restricts", "Kestrel Labs")}),
    # news9 probe: "the country" in a sentence about one state's authorities is that state
    ("clause:verb", "Chinese authorities launched a review of products sold in the country by Kestrel Systems.",
     {("Kestrel Systems", "suppliesTo", "China")}),
    ("clause:verb", "The authorities launched a review of products sold in the country by Kestrel Systems.", set()),
    # news9 probe: becoming a company's provider is a supply; becoming its concern is nothing
    ("nominal:relational", "Kestrel Cloud will become Orvane Labs' primary cloud provider.",
     {("Kestrel Cloud", "suppliesTo", "Orvane Labs")}),
    ("nominal:relational", "Kestrel Cloud will become Orvane Labs' primary concern.", set()),
    # news9 probe: the customers a supplier counts
    ("news:counted-customer", "Kestrel Systems counts Orvane Labs as one of its biggest customers.",
     {("Kestrel Systems", "suppliesTo", "Orvane Labs")}),
    ("news:counted-customer", "Kestrel Systems makes servers, with Orvane Labs and Vela Group counted among its customers.",
     {("Kestrel Systems", "suppliesTo", "Orvane Labs"), ("Kestrel Systems", "suppliesTo", "Vela Group")}),
    ("news:counted-customer", "Kestrel Systems counts Orvane Labs as one of its biggest rivals.", set()),
    # news9 probe: dealings stopped "with" a company restrict it; a "with" that is no party is nothing
    ("clause:verb", "Kestrel Systems has suspended business with Orvane Labs.", {("Kestrel Systems", "restricts", "Orvane Labs")}),
    ("clause:verb", "Kestrel Systems halted shipments with Orvane Labs' help.", set()),
    # news9 probe: leave given by a state's officials ("approval from Chinese regulators") governs who gets it
    ("clause:verb-reverse", "Kestrel Systems completed the takeover after getting approval from Chinese regulators.",
     {("China", "regulates", "Kestrel Systems")}),
    ("clause:verb-reverse", "Kestrel Systems completed the takeover after getting approval from its board.", set()),
    # news9 probe: buying all of a company ("bought 100% of X") acquires it; a part of it does not
    ("clause:verb", "Kestrel Systems bought 100% of Orvane Labs in 2018.", {("Kestrel Systems", "acquires", "Orvane Labs")}),
    ("clause:verb", "Kestrel Systems bought 10% of Orvane Labs in 2018.", set()),
    # news9 probe: listed parties set off by dashes after the class; and "Along with A, the additions include B"
    ("list:members", "The Bureau of Industry and Security added 28 organizations to the Entity List. The eight listed firms "
     "— Kestrel Labs, Orvane Systems and Vela Networks — are accused of aiding the military.",
     {("Bureau of Industry and Security", "sanctions", "Kestrel Labs"),
      ("Bureau of Industry and Security", "sanctions", "Orvane Systems"),
      ("Bureau of Industry and Security", "sanctions", "Vela Networks")}),
    ("list:members", "The regulator fined a firm. The two firms — Kestrel Labs and Orvane Systems — are rivals.", set()),
    ("list:members", "The Bureau of Industry and Security added 77 entities to the Entity List. Along with China's Kestrel "
     "Labs, the Entity List additions include China-based Orvane Systems.",
     {("Bureau of Industry and Security", "sanctions", "Kestrel Labs"),
      ("Bureau of Industry and Security", "sanctions", "Orvane Systems")}),
    ("list:members", "The Bureau of Industry and Security added 77 entities to the Entity List. Along with its rival Kestrel "
     "Labs, Orvane Systems makes drones.", set()),
    # news9 probe (second sample): those acting "under the deal" are not its parties to each other; under a partnership
    # they are
    ("noun:parties", "Under the deal, Kestrel Systems and Orvane Labs will sell their stakes to Vela Group.", set()),
    ("noun:parties", "Under the partnership, Kestrel Systems and Orvane Labs will build chips.",
     {("Kestrel Systems", "partnersWith", "Orvane Labs")}),
    # news9 probe (second sample): "the company" whose stakes are sold is not one of the sellers
    ("funding:stake-sold", "Kestrel Systems and Orvane Labs will sell their stakes in Tarn Networks to Vela Group.",
     {("Vela Group", "investsIn", "Tarn Networks")}),
    ("funding:stake-sold", "Kestrel Systems and Orvane Labs will sell their stakes in the company to Vela Group.", set()),
    # news9 probe: a named party's own relative clause, set off by a comma, is asserted whatever the clause above says
    ("clause:verb-reverse", "The company is exploring production through Kestrel Systems, which received a $2 billion "
     "investment from the Chinese government.", {("China", "investsIn", "Kestrel Systems")}),
    ("clause:verb-reverse", "The company is exploring production through Kestrel Systems, which may receive a $2 billion "
     "investment from the Chinese government.", set()),
    # kn5: a unit and its parent whose names differ only by legal form share one IRI; the unit is named in full
    ("appos:unit", "Prices rose. Bellmar Inc. is the wholly owned subsidiary of Bellmar, a French group.",
     {("Bellmar", "owns", "Bellmar Inc")}),
    ("appos:unit", "Prices rose. Bellmar Inc. is the wholly owned subsidiary of Bellmar Inc., a French group.", set()),
    # kn5: a parent's "to" hung on the copula
    ("appos:owner", "Prices rose. Kestrel Holdings is the parent company to Brightwater Bank.",
     {("Kestrel Holdings", "owns", "Brightwater Bank")}),
    ("appos:owner", "Prices rose. Kestrel Holdings is the company to watch for Brightwater Bank.", set()),
    # kn5: a company officer's apposition makes a person of a name NER took for a body
    ("role:title", "Prices rose. The board includes Ann Wu, founder of Orvane Labs, and Toby Quell, CEO of Kestrel Europe.",
     {("Ann Wu", "founded", "Orvane Labs"), ("Toby Quell", "leads", "Kestrel Europe")}),
    ("role:title", "Prices rose. The board includes Ann Wu, founder of Orvane Labs, and Toby Quell, a client of Kestrel Europe.",
     {("Ann Wu", "founded", "Orvane Labs")}),
    # kn5: a company role's "of" with a name of two proper nouns NER left untagged
    ("role:title", "Ann Wu (born 2 May 1960 in Fes, Morocco) is the Chairman and Chief Executive Officer of Riad Telecom; "
     "the Moroccan telecommunications company.", {("Ann Wu", "leads", "Riad Telecom")}),
    ("role:title", "Ann Wu (born 2 May 1960 in Fes, Morocco) is the Chairman and Chief Executive Officer of Sales and "
     "Marketing; the Moroccan telecommunications company.", set()),
    # kn5: a state after a place and its comma is that place's container, not a second place of the list
    ("place:comma-list", "Prices rose. Kestrel Labs has offices in Atlanta, Georgia and Indianapolis, Indiana.", set()),
    ("place:comma-list", "Prices rose. The plants are in Houston, Port Arthur and Galveston, Texas.",
     {("Port Arthur", "locatedIn", "Texas")}),
    # kn5: a role after "as" is the person the verb takes ("appointed Y as president of X"), not its subject's
    ("role:title", "Prices rose. Tom Reyes appointed Ann Wu as president of Orvane Labs.", {("Ann Wu", "leads", "Orvane Labs")}),
    ("role:title", "Prices rose. Ann Wu joined Orvane Labs as president.", {("Ann Wu", "leads", "Orvane Labs")}),
    # kn5: a bare title said of the founder a passive founding names is the founded body's
    ("role:title", "Prices rose. Kestrel Mortgage Corporation was founded in 1990 by Dana Cole, CEO.",
     {("Dana Cole", "leads", "Kestrel Mortgage Corporation")}),
    ("role:title", "Prices rose. Kestrel Mortgage Corporation was founded in 1990 by Dana Cole, a former engineer.", set()),
    # kn5: "Minister of Energy" names no U.S. department (the U.S. has secretaries)
    ("role:title", "Prices rose. Tom Reyes, Minister of Energy, spoke.", set()),
    ("role:title", "Prices rose. Tom Reyes, the Secretary of Energy, spoke.", {("Tom Reyes", "leads", "U.S. Department of Energy")}),
    # kn5: a name NER missed is a body when the copula says it is one ("is a radio network based in")
    ("place:stative", "Kestrel Soccer Radio Network (KSRN) is a radio network based in Santa Monica, California that produces "
     "sports talk programs.", {("Kestrel Soccer Radio Network", "basedIn", "Santa Monica")}),
    ("place:stative", "Kestrel Soccer Radio Network (KSRN) is a radio host based in Santa Monica, California who produces "
     "sports talk programs.", set()),
    # kn5: a person NER named, described by a noun no body is, is not based anywhere
    ("place:stative", "Prices rose. Smith is a photographer based in Paris.", set()),
    ("place:stative", "Prices rose. Logimax is a software company based in Jacksonville.", {("Logimax", "basedIn", "Jacksonville")}),
    # news9 (main caa0096's "parent company" crash): a relational "company" read as a parent reaches _said_of safely
    ("nominal:relational", "The Dutch government is taking control of Dutch chipmaker Kestrel Labs, due to worries about "
     "the possible transfer of crucial technology to its Chinese parent company, Orvane Holdings.", set()),
    # conll6: a chamber's panel NER cut at its last capital ("the Senate Appropriations treasury and postal
    # subcommittee") is one name, led by its chairman; the chamber alone a panel names is no employer of the chairman
    ("role:title", "Prices rose. Sen. Dan Orvane, D-Ariz., chairman of the Senate Appropriations treasury and postal "
     "subcommittee, said the bill was fair.", {("Dan Orvane", "leads", "Senate Appropriations treasury and postal subcommittee")}),
    ("role:title", "Prices rose. Ann Wu, chairman of the House oversight subcommittee, said the bill was fair.", set()),
    # conll6: a titled legislator works for the chamber of the title that the sentence names; not a former one,
    # nor another country's chamber
    ("role:chamber", "Prices rose. Sen. Ann Wu said the Senate would vote on the bill.", {("Ann Wu", "worksFor", "Senate")}),
    ("role:chamber", "Prices rose. Rep. Dan Orvane, D-N.Y., chairman of the House oversight subcommittee, said it was fine.",
     {("Dan Orvane", "worksFor", "House")}),
    ("role:chamber", "Prices rose. Former Sen. Ann Wu said the Senate would vote on the bill.", set()),
    ("role:chamber", "Prices rose. Sen. Ann Wu said the French Senate would vote on the bill.", set()),
    ("role:chamber", "Prices rose. Rep. Dan Orvane said the Senate would vote on the bill.", set()),
    # conll6: a city right after a seated body's name is its seat, wherever the parser hung "in"; not a country
    ("place:seat", "Prices rose. The dispute was taken to the Halvorsen Institute of Justice in Oslo last July.",
     {("Halvorsen Institute of Justice", "basedIn", "Oslo")}),
    ("place:seat", "Prices rose. The dispute was taken to the Halvorsen Institute of Justice in Norway last July.", set()),
    ("place:seat", "Prices rose. The dispute was taken to the Halvorsen Institute of Justice in vain.", set()),
    # conll6: "X, joint general secretary of Y": an officer's apposition makes a name NER took for a body a person's;
    # a company's name ("Holdings") stays a company's
    ("role:title", "Prices rose. The court began proceedings against Acharya Dev Kishore, joint general secretary of the "
     "banned Orvane Parishad (OP), on Monday.", {("Acharya Dev Kishore", "worksFor", "Orvane Parishad")}),
    ("role:title", "Prices rose. Regulators began proceedings against Kestrel Holdings, joint general secretary of the "
     "banned Orvane Parishad (OP), on Monday.", set()),
    # conll6: a lower-case area word NER ran into a place's name is no part of it ("Lazio province" names Lazio)
    ("place:copula", "Prices rose. Tivoli is in Lazio province and Naples in Campania.",
     {("Tivoli", "locatedIn", "Lazio"), ("Naples", "locatedIn", "Campania")}),
    # conll6: a name joined to a place before a plural area noun is a place too, whatever NER took it for
    ("place:site-in", "Prices rose. Police in Abruzzo and Molise provinces in central Italy made arrests.",
     {("Abruzzo", "locatedIn", "Italy"), ("Molise", "locatedIn", "Italy")}),
    ("place:site-in", "Prices rose. Police in Abruzzo and Molise in central Italy made arrests.", set()),
    # conll6: a "Mount" name is a place; its apposition's possessive place is where it is (not a college's)
    ("place:poss", "Prices rose. Mount Orvane, Western Europe's highest peak, is shorter than reported.",
     {("Mount Orvane", "locatedIn", "Western Europe")}),
    ("place:poss", "Prices rose. Mount Kestrel College, Ohio's oldest school, closed.", set()),
    # conll6: a site described by its noun and a relative clause that places it ("a hotel she is building in Y")
    ("place:described", "Prices rose. Ann Wu plans to show the window in the Orvane Palace, a hotel she is building in "
     "Atlantic City.", {("Orvane Palace", "locatedIn", "Atlantic City")}),
    ("place:described", "Prices rose. They met at the Orvane Palace, a hotel he visited in March.", set()),
    # news10: a region before "headquarters" after "its" says whose region, not whose office
    ("place:headquarters", "Regulators watch Kestrel, which has its EU headquarters in Dublin.", set()),
    ("place:headquarters", "The NRC headquarters in Rockville was closed.", {("NRC", "basedIn", "Rockville")}),
    # news10: places before a company-named site noun name the company's site, not places inside the next place
    ("place:site-in", "Kestrel Cloud will expand the AWS Asia-Pacific (Seoul) Region in Gyeonggi.", set()),
    ("place:site-in", "The Denver plant in Colorado opened.", {("Denver", "locatedIn", "Colorado")}),
    # news10: "the Taiwanese firm" is not the name the same sentence calls Indian
    ("descriptor:described-demonym", "Taiwan's Kestrel Labs has left its venture with Indian conglomerate Orvane Metals, "
     "the Taiwanese firm said.", {("Kestrel Labs", "basedIn", "Taiwan")}),
    # news10: apps listed after a nationality are products, not bodies with a home
    ("descriptor:described-demonym", "India banned 40 Chinese apps, including Kestrel Chat and Orvane Mail.", set()),
    ("descriptor:described-demonym", "American suppliers such as Google and Qualcomm cut sales to Huawei.",
     {("Google", "basedIn", "United States"), ("Qualcomm", "basedIn", "United States")}),
    # news10: a law passed is no party its rules govern
    ("clause:verb", "The CHIPS Act was approved in 2022 by Congress.", set()),
    # news10: where a thing is set up, a state's possessive names a town, no company's home
    ("poss:city", "Kestrel Labs will set up a test unit in Assam's Orvanagar.", set()),
    # news10: one name NER cut at its "and" (its acronym follows; capitalised words NER left out before the "and")
    ("clause:verb", "The Swedish regulator, the Harbor and Rail Authority (HRA), banned Vexa Systems.",
     {("Harbor and Rail Authority", "restricts", "Vexa Systems")}),
    ("clause:verb", "Kestrel Semiconductor Assembly and Test Ltd will set up an ATMP unit in Gujarat.", set()),
    # news10: "won" (the currency) read as a verb leaves "fined" without its object
    ("clause:fined-amount", "The Korea Fair Trade Commission has fined global tech giant Vexa Systems 20.4 billion won "
     "for hampering competition.", {("Korea Fair Trade Commission", "sanctions", "Vexa Systems")}),
    ("clause:fined-amount", "The Korea Fair Trade Commission fined Vexa Systems 69.2 billion won and Orvane Labs 30.8 "
     "billion won.", {("Korea Fair Trade Commission", "sanctions", "Orvane Labs"),
                      ("Korea Fair Trade Commission", "sanctions", "Vexa Systems")}),
    ("clause:fined-amount", "The Korea Fair Trade Commission said Orvane Labs won 6.2 billion won in sales.", set()),
    # news10: a company right before a title the parser hung on the list before
    ("role:title", "It said chancellor Ann Wu and Intel chief executive Pat Hale would attend the ceremony.",
     {("Pat Hale", "leads", "Intel")}),
    # news10: money for a company's plant is money for the company
    ("noun:event", "Japan will give 90 billion yen in subsidies for Kestrel Labs's second plant in Kumamoto.",
     {("Japan", "investsIn", "Kestrel Labs")}),
    ("noun:event", "Japan will give 90 billion yen in subsidies for a second plant in Kumamoto.", set()),
    # news10: a known company before a two-word region's name is its unit there
    ("clause:verb", "The KFTC ordered Google LLC, Google Asia Pacific and Google Korea to change their terms.",
     {("Korea Fair Trade Commission", "regulates", x) for x in ("Google", "Google Asia Pacific", "Google Korea")}),
    # news10: a shareholder "of" a company invests in it, as one "in" it does
    ("nominal:relational", "Naver, a major shareholder of Kestrel Labs, said nothing.",
     {("Naver", "investsIn", "Kestrel Labs")}),
    ("nominal:relational", "Naver told the shareholders of Kestrel Labs to vote.", set()),
    # news10: a known company with a country before a title is the company's unit there
    ("role:title", "He was joined by Microsoft Japan president Ann Wu.", {("Ann Wu", "leads", "Microsoft Japan")}),
    ("role:title", "He was joined by Microsoft president Ann Wu in Japan.", {("Ann Wu", "leads", "Microsoft")}),
    # news10: "the world's largest X" refers back as "the X" does
    ("noun:event", "Kestrel Labs said it would leave. The world's largest contract chipmaker signed a pact with Orvane "
     "Motors last year.", {("Kestrel Labs", "partnersWith", "Orvane Motors")}),
    ("noun:event", "Kestrel Labs said it would leave. The world's largest chipmakers signed a pact with Orvane Motors "
     "last year.", set()),
    # news10: what a party "has been directed to" or "told to" do is ordered, not done
    ("clause:verb", "Kestrel Labs was fined. The company has been directed to suspend data transfers within five months "
     "and told to cease the processing in Germany.", set()),
    ("clause:verb", "Kestrel Labs was fined. The company ceased the processing in Germany.",
     {("Kestrel Labs", "restricts", "Germany")}),
    # news10: a name in a relative clause set off after another name is an aside, not what "the company" refers to
    ("place:hq-verb", "Kestrel Labs, which is backed by Orvane Motors, argued that the fine is too high. Last year the "
     "Italian watchdog briefly banned the use of WeChat in Italy. The company has relocated its European "
     "headquarters to Ireland.", {("Kestrel Labs", "basedIn", "Ireland")}),
    # kn6: a title alone before "at"/"of" that NER took for a person is a title; its holder is the subject
    ("role:title", "Prices rose. In 1961, Okafor was hired as Chief Clerk at the Orvane Water Board.",
     {("Okafor", "worksFor", "Orvane Water Board")}),
    ("role:member", "Prices rose. In 1961, Okafor was hired as Chief Clerk at the Orvane Water Board.", set()),
    # kn6: a first name's possessive before one ordinary word is a shop's whole name, no person heading a body
    ("clause:verb", "Prices rose. Wally's Coins was founded by Walter (Wally) Brandt in 1970.",
     {("Walter (Wally) Brandt", "founded", "Wally's Coins")}),
    ("poss:person", "Prices rose. Judy's House, a nonprofit in Denver, helps children.", set()),
    # kn6: resigning or retiring from a body says the person worked for it; a company resigns from no employer
    ("clause:verb", "Prices rose. Tom Reyes resigned from Kestrel Bank in 2004.", {("Tom Reyes", "worksFor", "Kestrel Bank")}),
    ("clause:verb", "Prices rose. Tom Reyes retired from the Orvane Navy in 1990.", {("Tom Reyes", "worksFor", "Orvane Navy")}),
    ("clause:verb", "Prices rose. Kestrel Bank resigned from the Orvane Council in 2004.", set()),
    # kn6: the positions a person holds with a body are posts in it
    ("role:title", "Prices rose. Ann Wu has held engineering positions with Kestrel Aerospace and Orvane Systems.",
     {("Ann Wu", "worksFor", "Kestrel Aerospace"), ("Ann Wu", "worksFor", "Orvane Systems")}),
    ("role:title", "Prices rose. Ann Wu described the positions of Kestrel Aerospace and Orvane Systems.", set()),
    # kn6: a name with a span of years in brackets, said by a copula to be an occupation, is a person's (NER may type it
    # a body); a nationality gives a person no seat. A company's years in brackets keep it a company.
    ("descriptor:demonym", "Prices rose. Sorvald Brekke (14 July 1908 \u2013 14 March 2007) was a Norwegian writer.", set()),
    ("descriptor:demonym", "Prices rose. Cornelia Maria Halvorsen (March 17, 1849 \u2013 December 31, 1934) was an American "
     "zoologist.", set()),
    ("descriptor:demonym", "Prices rose. Kestrel Airways (1998\u20132005) was a Canadian airline.",
     {("Kestrel Airways", "basedIn", "Canada")}),
    # kn6: a participle on a second description in apposition to the copula's first is said of the subject
    ("place:stative", "Prices rose. Orvane Airways Co. is a major U.S. airline, the largest regional carrier, headquartered "
     "in Dayton, Ohio.", {("Orvane Airways Co", "basedIn", "Dayton")}),
    ("place:stative", "Prices rose. Ann Wu signed a deal with the largest regional carrier, headquartered in Dayton, Ohio.",
     set()),
    # kn6: a nationality of two words is read whole ("North Korean" is not "Korean"); a leader of a remit ("business
    # leader", "opposition leader") leads no state his nationality names
    ("descriptor:demonym", "Prices rose. Kestrel Trading, a North Korean shipping company, was sanctioned.",
     {("Kestrel Trading", "basedIn", "North Korea")}),
    ("descriptor:demonym", "Prices rose. Orvane Mining, a South African company, was fined.",
     {("Orvane Mining", "basedIn", "South Africa")}),
    # a counted plural whose list the parser made its conjuncts ("four Russian entities, A and ...; B; and C") is said
    # of each name of the list; a name joined by "and" to the count is another party, not one of them
    ("descriptor:demonym", "Treasury will designate four Russian entities, Kestrel Foundation and associated outlets "
     "Orvane Daily and Vega News; Nord Review Group; and Lumen Press Inc.",
     {("Kestrel Foundation", "basedIn", "Russia"), ("Orvane Daily", "basedIn", "Russia"), ("Vega News", "basedIn", "Russia")}),
    ("descriptor:demonym", "Treasury will designate four Russian entities and Kestrel Foundation; Nord Review Group; and "
     "Lumen Press Inc.", set()),
    ("role:title", "Prices rose. North Korean leader Kim Jong Un inspected a factory.", {("Kim Jong Un", "leads", "North Korea")}),
    ("role:title", "Prices rose. Tom Reyes, a Canadian business leader, spoke.", set()),
    ("role:title", "Prices rose. Russian opposition leader Ivan Petrov spoke.", set()),
    # kn6: the person a founder founded a body "with" founded it too; not the money or a backer named with "with"
    ("clause:founded-with", "Prices rose. Tom Reyes co-founded Orvane Labs with Ann Wu in 2011.",
     {("Ann Wu", "founded", "Orvane Labs")}),
    ("clause:founded-with", "Prices rose. In 1982, Ann Wu co-founded Orvane Snowboards Inc. with her husband, Tom Reyes.",
     {("Tom Reyes", "founded", "Orvane Snowboards Inc")}),
    ("clause:founded-with", "Prices rose. Tom Reyes co-founded Orvane Labs with money from Ann Wu.", set()),
    ("clause:founded-with", "Prices rose. Tom Reyes founded Orvane Labs with Kestrel Capital.", set()),
    # kn6: a company's initials in brackets after its name are no place NER took them for
    ("list:bracket-place", "Prices rose. Orvane Aviation LLC (OA), headquartered in Orlando, is a small business.", set()),
    # news11: a backer invests, it does not own
    ("appos:owner", "Kestrel Capital, an early backer of Orvane Labs, raised a new fund.", set()),
    ("nominal:relational", "Kestrel Capital, an early backer of Orvane Labs, raised a new fund.",
     {("Kestrel Capital", "investsIn", "Orvane Labs")}),
    # news11: a named data centre is a site located in its city, no body based there
    ("place:site-prep", "Kestrel Telecom opened the Orvane Data Centre in Lagos.", {("Orvane Data Centre", "locatedIn", "Lagos")}),
    ("place:seat", "Kestrel Telecom opened the Orvane Data Centre in Lagos.", set()),
    # news11: the actor's own platform named with "on its" is where it restricts, not what
    ("clause:verb", "Kestrel Labs was blocking access to Vexa Chat on its Orvane Mail platform.",
     {("Kestrel Labs", "restricts", "Vexa Chat")}),
    # news11: a body's own name is no money received ("clearance from the Committee on Foreign Investment")
    ("clause:verb-reverse", "Orvane Labs received clearance from the Committee on Foreign Investment in the United States "
     "to sell shares to Vexa Capital.", {("Committee on Foreign Investment", "regulates", "Orvane Labs")}),
    # news11: "its" after two companies in the sentence could be either's: left unread
    ("poss:product", "Orvane Labs agreed to sell radio licences to Kestrel Systems for its VexaLink satellite network.",
     set()),
    ("poss:product", "Orvane Labs agreed to sell radio licences for its VexaLink satellite network.",
     {("Orvane Labs", "develops", "VexaLink")}),
    ("poss:relation", "Orvane Holdings holds 60% of Kestrel Chips, and its other shareholders include Vexa Motors.", set()),
    ("role:title", "The deal gives Orvane Labs a stake in Kestrel Systems, and its president Ann Wu will join the board.",
     set()),
    # news11: "the company" after a list of three backers is none of them
    ("penalty:agentless", "Orvane Chips was founded in 2020. Backers include Kestrel Capital, Vexa Ventures and Polaris "
     "Fund. The company was added to the Commerce Department's Entity List in 2023.", set()),
    # news11: a country and the lower-case words after it describe the company named next, the list's member
    ("clause:reciprocal", "Kestrel Capital, Orvane Labs and United Arab Emirates state-backed investor Vexa Fund are "
     "partnering on a new fund.", {("Kestrel Capital", "partnersWith", "Orvane Labs"),
                                   ("Kestrel Capital", "partnersWith", "Vexa Fund"),
                                   ("Orvane Labs", "partnersWith", "Vexa Fund")}),
    # news11: "its" read as the clause's subject with its own appositions, or as the gazetteer's maker, stays read
    ("poss:product", "Orvane Cloud, the cloud unit of Kestrel Group, released a new version of its VexaLM model.",
     {("Orvane Cloud", "develops", "VexaLM")}),
    # news11: a possessor named between the subject and "its" names what it owns, no rival owner
    ("poss:product", "Orvane Labs raised money. The startup relies on Kestrel Systems's VexaChip processors to train its "
     "VexaLM models.", {("Kestrel Systems", "develops", "VexaChip"), ("Orvane Labs", "develops", "VexaLM")}),
    # news11: "A, B and C announced their partnership": the parties the governing clause lists ("their" on the event
    # word, or on the noun it qualifies: "their new joint venture company")
    ("noun:parties", "Kestrel Labs, Orvane Systems and Vexa Motors today announced their partnership to build a data "
     "center.", {("Kestrel Labs", "partnersWith", "Orvane Systems"), ("Kestrel Labs", "partnersWith", "Vexa Motors"),
                 ("Orvane Systems", "partnersWith", "Vexa Motors")}),
    ("noun:parties", "Kestrel Labs and Orvane Systems announced that their new joint venture satellite company, VexaSat, "
     "will be headquartered in Luxembourg.", {("Kestrel Labs", "partnersWith", "Orvane Systems")}),
    ("noun:parties", "Kestrel Labs and Orvane Systems said their sales rose.", set()),
    # news11: "A and B are joining forces": a partnership with no "with"
    ("clause:reciprocal", "Kestrel Labs and Orvane Systems are joining forces to build a data center in Kenya.",
     {("Kestrel Labs", "partnersWith", "Orvane Systems")}),
    ("clause:reciprocal", "Kestrel Labs and Orvane Systems are joining talks on a new standard.", set()),
    # news11: a share bought from a holder is no goods it supplies
    ("clause:verb-reverse", "Orvane Telecom will also buy 5 percent from Kestrel Group.", set()),
    ("clause:verb-reverse", "Orvane Telecom will also buy machine tools from Kestrel Group.",
     {("Kestrel Group", "suppliesTo", "Orvane Telecom")}),
    # news11: a chief executive "under" whom the clause's company acts leads it (no other title does)
    ("role:title", "Orvane Labs will cut 5,000 jobs under new CEO Ann Wu.", {("Ann Wu", "leads", "Orvane Labs")}),
    ("role:title", "Orvane Labs grew under chairman Ann Wu.", set()),
    # news11: "counts A and B among its investors": each name is one of the class the subject counts
    ("poss:relation", "Orvane Labs also counts Kestrel Capital and Vexa Ventures among its investors.",
     {("Kestrel Capital", "investsIn", "Orvane Labs"), ("Vexa Ventures", "investsIn", "Orvane Labs")}),
    ("poss:relation", "Orvane Labs counts Kestrel Capital among its friends.", set()),
    # news11: a superlative's "in history"/"on record" carries the deal's "with"
    ("noun:event", "Kestrel Labs signed one of the largest cloud contracts in history with Orvane Systems.",
     {("Kestrel Labs", "partnersWith", "Orvane Systems")}),
    ("noun:event", "Kestrel Labs signed one of the largest cloud contracts in history.", set()),
    # news11: shares bought past "worth of", and a company's "common stock" with the name as its modifier
    ("funding:shares-bought", "Kestrel Capital will acquire $300 million worth of Orvane Labs shares.",
     {("Kestrel Capital", "investsIn", "Orvane Labs")}),
    ("funding:shares-bought", "Kestrel Capital will buy Orvane Labs common stock.",
     {("Kestrel Capital", "investsIn", "Orvane Labs")}),
    ("funding:shares-bought", "Kestrel Capital will acquire $300 million worth of chips.", set()),
    # news11: the parser made the name the root and "announced" its participle: "it" in what is announced is the name
    ("clause:verb", "Orvane Systems, an AI infrastructure firm, announced on Monday that it will acquire crypto miner "
     "Kestrel Labs in an all-stock deal.", {("Orvane Systems", "acquires", "Kestrel Labs")}),
    # kn7: a person's name right before a capitalised "Professor of" names a chair, not a member of the university
    ("role:member", "Prices rose. Ann Wu is currently Tom Reyes Professor of Physics at Orvane University.", set()),
    ("role:member", "Prices rose. Ann Wu met Tom Reyes of Orvane University.", {("Tom Reyes", "worksFor", "Orvane University")}),
    # kn7: a sovereign's title and name NER took for a body is a person, with no seat in the country named after it
    ("place:org-prep", "Prices rose. Ann Wu was the consort of Empress Sorvalda of Russia.", set()),
    ("place:org-prep", "Prices rose. Kestrel Labs of Norway makes drones.", {("Kestrel Labs", "basedIn", "Norway")}),
    # kn7: a capitalised adjective alone before a word in lower case opens a description, it names no body
    ("role:title", "Prices rose. Ann Wu is Director for Business Development at the National joint-stock company "
     "\"Orvanegaz of Ukraine\".", set()),
    ("role:title", "Prices rose. Ann Wu is Director of the National Orvane Company.",
     {("Ann Wu", "leads", "National Orvane Company")}),
    # kn7: a name in apposition to a kin noun is a relative's, no employer NER mistyped; a body worked with is one
    ("clause:verb", "Prices rose. Tom Reyes worked with his brother Ansel for ten years.", set()),
    ("clause:verb", "Prices rose. Tom Reyes worked with Kestrel Labs for ten years.", {("Tom Reyes", "worksFor", "Kestrel Labs")}),
    # kn7: "daughter of X of Y" in a genealogy names a family's seat, not an employer; "a friend of X of Y" keeps it
    ("role:member", "Prices rose. He married Ann Wu, daughter of Tom Reyes of Orvane Hall.", set()),
    ("role:member", "Prices rose. He met Ann Wu, a friend of Tom Reyes of Kestrel Labs.",
     {("Tom Reyes", "worksFor", "Kestrel Labs")}),
    # kn7: "Body in Town, a subsidiary of Parent": the apposition on the town (NER: a body) describes the body before "in"
    ("appos:unit", "Prices rose. Ann Wu became head of Orvane Shipping Holding in Zwijnvelde, a subsidiary of Kestrel Coal "
     "International.", {("Kestrel Coal International", "owns", "Orvane Shipping Holding")}),
    ("appos:unit", "Prices rose. Ann Wu invested in Orvane Shipping, a subsidiary of Kestrel Coal.",
     {("Kestrel Coal", "owns", "Orvane Shipping")}),
    # kn7: the capitalised subject of "is a ... company" is a body's name even where NER left it out; words of ordinary
    # English alone are none
    ("place:stative", "Kivuko is a diversified agro-processing company based in Arusha, Tanzania engaged in maize milling.",
     {("Kivuko", "basedIn", "Arusha")}),
    ("place:stative", "Prices rose. Hospitality is a business based in Arusha.", set()),
    # kn7: a person who "served in" an armed force worked for it, supplied no market; a company serving an army supplies it
    ("clause:verb", "Prices rose. In 1982-1984 Orlovsky served in Soviet Army.", {("Orlovsky", "worksFor", "Soviet Army")}),
    ("clause:verb", "Prices rose. Kestrel Labs serves the Orvane Army with trucks.",
     {("Kestrel Labs", "suppliesTo", "Orvane Army")}),
    # kn7: a Latin honour is no person; a field of study ("... Studies" with no institution's word) is no body
    ("role:member", "Prices rose. Ann Wu graduated Magna Cum Laude from Orvane University in 2001.", set()),
    ("role:member", "Prices rose. Ann Wu met Tom Reyes from Orvane University in 2001.",
     {("Tom Reyes", "worksFor", "Orvane University")}),
    ("poss:person", "Prices rose. Ann Wu is a scholar who specialized in Women's Studies, Jewish Women's Studies and "
     "Lesbian Studies.", set()),
    ("role:title", "Prices rose. Ann Wu is director of the Center for Kestrel Studies at Orvane University.",
     {("Ann Wu", "leads", "Center for Kestrel Studies")}),
    # fed11: a body's "its" on a named unit, the body the clause's only subject
    ("owns:its-unit", "Prices rose. The Orvane Ministry of Trade hosted a summit to mark the launch of its Kestrel Strike "
     "Force.", {("Orvane Ministry of Trade", "owns", "Kestrel Strike Force")}),
    ("owns:its-unit", "Prices rose. The Orvane Ministry of Trade sued Kestrel Holdings over its Harbor Strike Force.", set()),
    # fed11: a court's district, its name cut at "of" ("the Central District" of "... of California"), is no seat
    ("place:org-prep", "Prices rose. Kestrel Trust Co. of the Northern District of Ohio filed suit.", set()),
    ("place:org-prep", "Prices rose. Kestrel Trust Co. of Toledo filed suit.", {("Kestrel Trust Co", "basedIn", "Toledo")}),
    # fed11: a country's plural title over the names it lists ("Five U.S. Attorneys are here: A, of ...; B, of ...")
    ("role:plural-title", "Prices rose. Two U.S. Attorneys are here with us: Ann Wu, of the District of Arizona; and "
     "Tom Reyes, of the Eastern District of New York.", {("Ann Wu", "worksFor", "United States"),
                                                         ("Tom Reyes", "worksFor", "United States")}),
    ("role:plural-title", "Prices rose. Two U.S. Attorneys met these officials: Ann Wu and Tom Reyes.", set()),
    # fed11: the respondents a government body names in its own investigation are under it (regulates)
    ("fed:respondents", "Prices rose. The Orvane Trade Commission has identified the following as respondents in this "
     "investigation: Kestrel Lighting Inc., of Dayton, Ohio; and Vega Lamps Ltd., of Taipei, Taiwan.",
     {("Orvane Trade Commission", "regulates", "Kestrel Lighting Inc"),
      ("Orvane Trade Commission", "regulates", "Vega Lamps Ltd")}),
    ("fed:respondents", "Prices rose. Kestrel Lighting Inc. named the following as respondents in its complaint: Vega Lamps "
     "Ltd. and Orion Bulbs Inc.", set()),
    # news13: a name in apposition with a title is a person NER took for a place, not a place in the possessor's country
    ("place:poss", "Tengku Aminah, Indonesia's Minister of Finance, said firms must comply.", set()),
    # news13: the head of a unit a company's possessive names works for the company; heading the company is leading it
    ("role:title", "Ann Wu, former head of Orvane Group's Future Strategy Office, was also acquitted.",
     {("Ann Wu", "worksFor", "Orvane Group")}),
    ("role:title", "Ann Wu, head of Orvane Group, was also acquitted.", {("Ann Wu", "leads", "Orvane Group")}),
    # news13: "the inquiry group" is a panel, not the company named before; "the group" alone may be the company
    ("role:title", "Orvane Telecom's merger with Kestrel Mobile was cleared by the regulator. Ann Wu, chair of the "
     "independent inquiry group leading the investigation, said the merger could boost competition.", set()),
    ("role:title", "Orvane Telecom's merger with Kestrel Mobile was cleared by the regulator. Ann Wu, chairman of the "
     "group, said the merger could boost competition.", {("Ann Wu", "leads", "Orvane Telecom")}),
    # news13: a sale under "a ban on X selling" is what the ban stops, no supply; under "a dispute over" it happens
    ("clause:verb", "The court upheld a ban on Orvane selling its Vexa watches in Norland.", set()),
    ("clause:verb", "The court ended a dispute over Orvane selling its Vexa watches in Norland.",
     {("Orvane", "suppliesTo", "Norland")}),
    # news13: the parser hung "to invest" on the verb past "Kestrel's decision": whose decision it is invests
    ("clause:verb", "The Veldan Competition Authority has cleared Kestrel's $4 billion investment in Orvane. The regulator "
     "is continuing to investigate a partnership between Orvane and Kestrel, stemming from Kestrel's decision in "
     "February to invest $300 million into Orvane.",
     {("Veldan Competition Authority", "regulates", "Kestrel"), ("Veldan Competition Authority", "regulates", "Orvane"),
      ("Kestrel", "investsIn", "Orvane")}),
    # news13: parties of a cooperation "with" someone else named apart are no partners of each other
    ("noun:parties", "In recent years, companies including Kestrel Labs and Orvane Drones have engaged in so-called "
     "military technology cooperation with the island of Norland, the ministry said.", set()),
    ("noun:parties", "Kestrel Labs and Orvane Drones have engaged in technology cooperation.",
     {("Kestrel Labs", "partnersWith", "Orvane Drones")}),
    # news13: "X Imports and Exports Co., Ltd." cut at "and" by NER is one name; a second name of its own stays apart
    ("clause:verb", "OFAC designated two Chinese firms -- Shenzhen Kestrel Imports and Exports Co., Ltd., and Shenzhen "
     "Orvane Electronics Limited -- for their role.",
     {("Office of Foreign Assets Control", "sanctions", "Shenzhen Kestrel Imports and Exports Co., Ltd"),
      ("Office of Foreign Assets Control", "sanctions", "Shenzhen Orvane Electronics Limited")}),
    ("clause:verb", "OFAC designated Kestrel Imports and Orvane Exports Co., Ltd. for their role.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Imports"),
      ("Office of Foreign Assets Control", "sanctions", "Orvane Exports Co., Ltd")}),
    # news13: a government body's acronym the tagger read as an adjective before the title; a nationality is no body
    ("role:title", '"We acted," FTC chief executive Ann Wu said.', {("Ann Wu", "leads", "Federal Trade Commission")}),
    ("role:title", '"We acted," French chief executive Ann Wu said.', set()),
    # news13: "fined A 300 million euros ..., and B 100 million euros": B hangs on its own amount, and is fined too
    ("clause:verb", "The European Commission on Tuesday fined Vexa Corp. 300 million euros for abusive practices in its "
     "app store, and Kestrel Systems 100 million euros for its advertising model.",
     {("European Commission", "sanctions", "Vexa Corp"), ("European Commission", "sanctions", "Kestrel Systems")}),
    ("clause:verb", "The European Commission on Tuesday fined Vexa Corp. 300 million euros for abusive practices, and "
     "ordered Kestrel Systems to pay 100 million euros.", {("European Commission", "sanctions", "Vexa Corp")}),
    # conll8: a description naming a person's post (a policeman, a representative) places no body: NER took the
    # person's name for a body's, or the body plays a role for another state
    ("descriptor:place", "Prices rose. Kestrel Lines, the Dallas trucking company, was sold.",
     {("Kestrel Lines", "basedIn", "Dallas")}),
    ("descriptor:place", "Prices rose. Holmes had studied the murder of Officer Orvane, the Dallas policeman who was "
     "killed by Oswald.", set()),
    ("descriptor:poss-country", "Prices rose. Kestrel Shipping, Chile's largest carrier, was sold.",
     {("Kestrel Shipping", "basedIn", "Chile")}),
    ("descriptor:poss-country", "Prices rose. Kestrel Shipping, Chile's sole representative in Oslo, was sold.", set()),
    # conll8: a title joined to another person's title is not hers: the minister is Lord Vane's, the mediator Brandt's
    ("role:title", "Prices rose. The rebels killed the British colonial minister, Lord Vane, and the Swedish U.N. "
     "mediator, Count Ole Brandt.", {("Vane", "worksFor", "United Kingdom")}),
    ("role:title", "Prices rose. Orvane, also known as the Vane Gang, killed the British colonial minister, Lord Tamsin, "
     "and the Swedish U.N. mediator, Count Ole Brandt.", set()),
    # conll8: a class word alone ("the Embassy", "Theater" cut from "Ford's Theater") names no body unless one was named
    ("role:title", "Prices rose. Ann Wu, a spokeswoman for the Orvane Embassy, said so.", {("Ann Wu", "worksFor", "Orvane Embassy")}),
    ("role:title", "Prices rose. Ann Wu, a spokeswoman for the Embassy, said so.", set()),
    # conll8: a name after a personal honorific is a person, never retyped as the company that hired someone
    ("clause:verb-reverse", "Prices rose. Orvane Labs hired Ann Wu to investigate.", {("Ann Wu", "worksFor", "Orvane Labs")}),
    ("clause:verb-reverse", "Prices rose. Mrs. Kestrel hired Ann Wu to investigate.", set()),
    # news14: the head of a company's business group ("data centre and AI group", a lower-case business line before
    # "group") works for the company; the head of a group by name leads it
    ("role:title", "Ann Wu, formerly head of Kestrel's data centre and AI group, joined Orvane Labs.",
     {("Ann Wu", "worksFor", "Kestrel")}),
    ("role:title", "Ann Wu, formerly head of Kestrel Group, joined Orvane Labs.", {("Ann Wu", "leads", "Kestrel Group")}),
    # news14: a possessive the parser hung on the last name of a coordination qualifies the first name only
    ("poss:unit", "The regulator seeks fines against Kestrel Inc's Google and Vega Inc. for breaking the law.", set()),
    ("poss:unit", "The watchdog fined Kestrel Holdings' Orvane Labs unit.", {("Kestrel Holdings", "owns", "Orvane Labs")}),
    # news14: what a company reported by another does "for its" thing is work for someone: "its" may be either's
    ("poss:product", "Kestrel Labs announced that Orvane Systems will supply chips for its Zephyr-3 model.", set()),
    ("poss:product", "Orvane Systems bought chips for its Zephyr-3 model.", {("Orvane Systems", "develops", "Zephyr-3")}),
    # news14: an infinitive after a deal with another company does not tell which of the two makes the goods
    ("clause:verb", "Kestrel Motors signed a deal with Orvane Foundry to produce its ZX6 chips.", set()),
    ("clause:verb", "Kestrel Motors signed a deal to produce ZX6 chips.", {("Kestrel Motors", "manufactures", "ZX6")}),
    # news14: a court's field and kind joined by "and" are one name, a state's body (no company placed there); a
    # police force is a state's body too
    ("poss:country", "Kestrel Labs filed a lawsuit in Taiwan's Intellectual Property and Commercial Court against Ann Wu.",
     set()),
    ("poss:country", "Officers of Italy's Financial Police raided the offices of Kestrel Labs.", set()),
    ("poss:country", "Taiwan's Kestrel Labs filed a lawsuit against Ann Wu.", {("Kestrel Labs", "basedIn", "Taiwan")}),
    # news14: turning to a party's patented technology is what an infringement suit alleges, no supply
    ("clause:rely-on", "Kestrel Labs turned to Orvane Systems' patented technology to fend off rivals.", set()),
    ("clause:rely-on", "Kestrel Labs turned to Orvane Systems' chips after the ban.", {("Orvane Systems", "suppliesTo", "Kestrel Labs")}),
    # news15: "the company" after "..., Reuters reported" is the reported clause's subject, never the reporting agency;
    # a main clause's own subject stays the topic over a later name
    ("clause:verb", "Kestrel Labs plans to stop selling chips in Norland after a ban, Reuters reported on Friday. The "
     "company will continue to sell chips to Orvane Systems, Reuters reported.",
     {("Kestrel Labs", "restricts", "Norland"), ("Kestrel Labs", "suppliesTo", "Orvane Systems")}),
    ("clause:verb", "Kestrel Labs stopped selling chips in Norland after Orvane Systems complained. The company will "
     "continue to sell chips to Vega Motors.", {("Kestrel Labs", "restricts", "Norland"), ("Kestrel Labs", "suppliesTo", "Vega Motors")}),
    # news15: a described subject is none of the bodies its own clause names after it
    ("descriptor:described-based", "Kestrel Labs approached Orvane Systems. Talks with Orvane Systems are at an early "
     "stage. The Boston-based company has not made an offer to Orvane Systems.", {("Kestrel Labs", "basedIn", "Boston")}),
    ("descriptor:described-based", "Talks with Orvane Systems are at an early stage. The Boston-based company has not "
     "made an offer to Orvane Systems.", set()),
    # news15: a company's national unit ("Kestrel Systems Japan") is not what "the American group" refers to
    ("descriptor:described-demonym", "Kestrel Systems opened an office. Regulators raided the offices of Kestrel Systems "
     "Japan to see whether the American technology group restricted rivals.", {("Kestrel Systems", "basedIn", "United States")}),
    ("descriptor:described-demonym", "Regulators raided the offices of Kestrel Systems Japan to see whether the American "
     "technology group restricted rivals.", set()),
    # news15: charging a party with a duty ("with ensuring ...") gives it a task, no legal charge
    ("clause:verb", "President Ann Wu unveiled the plan, charging Kestrel Labs with ensuring the country stays ahead.", set()),
    ("clause:verb", "The Justice Department charged Kestrel Labs with violating export rules.",
     {("U.S. Department of Justice", "sues", "Kestrel Labs")}),
    # news15: a based-in adjective on a name the parser hung on the next name of a coordination is the first name's only
    ("descriptor:based", "Kestrel Mining must exit from Calgary-based Orvane Lithium Inc. and Vega Mining Investment "
     "(Chengdu) Co. Ltd., was ordered to divest from Ultra Metals Inc.", {("Orvane Lithium Inc", "basedIn", "Calgary")}),
    ("descriptor:based", "Kestrel Mining must exit from Calgary-based Orvane Lithium Inc.", {("Orvane Lithium Inc", "basedIn", "Calgary")}),
    # news15: a place qualifying a company's title ("India director") is the post's territory: the holder works for the
    # company, he does not lead it, and the country employs nobody
    ("role:title", "Orvane Systems' India director Ann Wu said sales rose.", {("Ann Wu", "worksFor", "Orvane Systems")}),
    ("role:title", "Orvane Systems' chief executive Ann Wu said sales rose.", {("Ann Wu", "leads", "Orvane Systems")}),
    # news15: a passive infinitive under a controlling verb ("will continue to be led by") is said of that verb's subject
    ("clause:verb", "Orvane Labs will continue to be led by chief executive Ann Wu as a unit of Kestrel Systems.",
     {("Ann Wu", "leads", "Orvane Labs")}),
    ("clause:verb", "Orvane Labs will continue to work under chief executive Ann Wu.", set()),
    # news15: relying on a country "for" a share of revenue makes it a market sold to, not a supplier
    ("clause:rely-on", "Kestrel Labs relies on Norland for about 16% of its annual revenue.", {("Kestrel Labs", "suppliesTo", "Norland")}),
    ("clause:rely-on", "Kestrel Labs relies on Orvane Systems for its memory chips.", {("Orvane Systems", "suppliesTo", "Kestrel Labs")}),
    # news15: "the District of Delaware" in a court's name is a judicial district, no body placed in the state
    ("place:org-prep", "Judge Ann Wu rejected the defense, according to the opinion filed Tuesday in the US District Court "
     "for the District of Delaware.", set()),
    ("place:org-prep", "The loan came from Orvane Trust Co. of Delaware.", {("Orvane Trust Co", "basedIn", "Delaware")}),
    # news15: a town before a based-in description ("buy Leeds, U.K.-based Orvane") is the seat; the name is bought
    ("clause:verb", "Kestrel Systems agreed to buy Leeds, U.K.-based Orvane for 1.2 billion British pounds.",
     {("Kestrel Systems", "acquires", "Orvane")}),
    ("clause:verb", "Kestrel Systems will buy Orvane Labs, the U.K.-based maker.", {("Kestrel Systems", "acquires", "Orvane Labs")}),
    # news15: a possessive on a site's name ("Orvane Resources' Eneabba rare earths refinery") is the site's owner; the
    # material the site handles is no product the owner develops
    ("poss:product", "The mine is a source of feed for Orvane Resources' Eneabba rare earths refinery under construction "
     "in Western Australia.", set()),
    ("poss:product", "Nvidia's H100 chips are made in Taiwan.", {("Nvidia", "develops", "H100")}),
    # news15: "EU regulators" act for the union, as a state's regulators act for the state; what they say is no act
    ("clause:verb", "EU regulators fined Orvane Systems for abusing its dominance.",
     {("European Union", "sanctions", "Orvane Systems")}),
    ("clause:verb", "EU officials said Orvane Systems cut prices.", set()),
    # news15: a government body raiding a party's premises, or investigating whether a party did something, rules on
    # it; a raid by no named body, or analysts examining, gives nothing
    ("news:looks-into", "Japan's Fair Trade Commission raided the Tokyo offices of Orvane Japan as part of an "
     "investigation.", {("Japan Fair Trade Commission", "regulates", "Orvane Japan")}),
    ("news:looks-into", "Police raided the offices of Orvane Systems.", set()),
    ("news:looks-into", "The Ministry of Justice Investigation Bureau is investigating whether Orvane Systems poached "
     "engineers.", {("Ministry of Justice Investigation Bureau", "regulates", "Orvane Systems")}),
    ("news:looks-into", "Analysts are examining whether Orvane Systems will cut prices.", set()),
    # news15: letters of intent (or a memorandum of understanding) signed to do something commit the signers to it; a
    # letter signed to urge another party commits no one
    ("clause:verb", "Kestrel Labs and Orvane Systems have signed letters of intent to supply memory chips to Vega Systems.",
     {("Kestrel Labs", "suppliesTo", "Vega Systems"), ("Orvane Systems", "suppliesTo", "Vega Systems")}),
    ("clause:verb", "Lawmakers signed a letter to urge Orvane Systems to cut prices.", set()),
    # news15: revoking an unnamed unit's authorization ("Kestrel Telecom's American subsidiary's") restricts its owner
    ("penalty:licence", "The FCC voted to revoke Kestrel Telecom's American subsidiary's authorization to operate.",
     {("Federal Communications Commission", "restricts", "Kestrel Telecom")}),
    ("penalty:licence", "The FCC voted to revoke Kestrel Telecom's American rival's authorization to operate.", set()),
    # news15: a buyout of a company is its acquisition by whoever announced or completed it; a possible one is no fact
    ("noun:event", "Kestrel Capital completed its buyout of Orvane Systems.", {("Kestrel Capital", "acquires", "Orvane Systems")}),
    ("noun:event", "Analysts discussed a possible buyout of Orvane Systems.", set()),
    # news16: a definite class noun right before a company's name ("the cybersecurity firm Vega Networks", parsed as two
    # objects) names that company, no earlier one
    ("clause:verb", "Orvane Systems reported results on Monday. Cisco is buying the security firm Splunk for $28 billion.",
     {("Cisco", "acquires", "Splunk")}),
    ("clause:verb", "Orvane Systems reported results on Monday. Cisco is buying the firm for $28 billion.",
     {("Cisco", "acquires", "Orvane Systems")}),
    # news16: a nationality before another company's name is that company's when the name read has its own nationality
    ("descriptor:demonym", "Chinese private equity firm Kestrel Capital and U.S. chipmaker Orvane Semiconductor Corp have "
     "terminated their merger agreement, the companies said.", set()),
    ("descriptor:demonym", "Chinese firms Kestrel Labs and Orvane Systems were barred from the network.",
     {("Kestrel Labs", "basedIn", "China"), ("Orvane Systems", "basedIn", "China")}),
    # news16: an apposition the parser hung on a far name, right after another company's name, places neither
    ("place:stative", "Kestrel Semiconductor Corp., the parent of Kestrel Semiconductor Ltd, and Orvane Ltd, a company "
     "incorporated in the Cayman Islands, received permission to withdraw their filing.", set()),
    ("place:stative", "Kestrel Semiconductor Corp., a company incorporated in Delaware, received permission to withdraw "
     "its filing.", {("Kestrel Semiconductor Corp", "basedIn", "Delaware")}),
    # news16: denying a tie or a claim says it is untrue, it refuses no one
    ("clause:verb", "Orvane Systems issued a statement denying any business relationship with Kestrel Labs.", set()),
    ("clause:verb", "Orvane Systems suspended business with Kestrel Labs.", {("Orvane Systems", "restricts", "Kestrel Labs")}),
    # news16: a state approving exports of goods rules on no party unless a company is named in them
    ("clause:verb", "Norland approved some exports of photoresist in August and hydrogen fluoride in September.", set()),
    ("clause:verb", "The Commerce Department approved Kestrel Labs' exports of chips.",
     {("U.S. Department of Commerce", "regulates", "Kestrel Labs")}),
    # news16: the head of a unit named after a dash ("the Internal Revenue Service - Criminal Investigation") works for
    # the body, he does not lead it
    ("role:title", "Ann Wu, the Chief of the Internal Revenue Service - Criminal Investigation, announced the charges.",
     {("Ann Wu", "worksFor", "IRS")}),
    ("role:title", "Ann Wu, the Chief of the Internal Revenue Service, announced the charges.", {("Ann Wu", "leads", "IRS")}),
    # news14: a name the parser hung, "and" with it, on the class noun of the next name is a listed party too
    ("clause:listing", "The Pentagon has added tech giant Kestrel Holdings and battery maker ZXL to a list.",
     {("U.S. Department of Defense", "sanctions", "Kestrel Holdings"), ("U.S. Department of Defense", "sanctions", "ZXL")}),
    ("clause:listing", "The Pentagon has added tech giant ZXL to a list.", {("U.S. Department of Defense", "sanctions", "ZXL")}),
    # news14: a bare "it" that fines, sanctions, designates or launches an investigation may be the body named before
    ("clause:verb", "The CMA gained new powers. It fined Kestrel Labs.",
     {("Competition and Markets Authority", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "The CMA gained new powers. It acquired Kestrel Labs.", set()),
    # news14: a regulator's probe into violations "by" a party rules on the party; violations of a law name no one
    ("noun:event", "The SAMR opened a probe into alleged antitrust violations by Kestrel Labs.",
     {("State Administration for Market Regulation", "regulates", "Kestrel Labs")}),
    ("noun:event", "The SAMR opened a probe into alleged violations of the law.", set()),
    # news14: "issued X with a fine" strikes X with the fine; a licence issued is no measure
    ("penalty:with-measure", "The CMA issued Kestrel Labs with a fine of 30.5 million euros.",
     {("Competition and Markets Authority", "sanctions", "Kestrel Labs")}),
    ("penalty:with-measure", "The CMA issued Kestrel Labs with a licence.", set()),
    # news14: "a company known as X" is X; "the X spyware consortium" (one name before a body noun) is X
    ("noun:event", "OFAC has imposed sanctions on a Beijing-based cybersecurity company known as Kestrel Technology Group.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Technology Group")}),
    ("clause:verb", "Treasury sanctioned the Kestrel Labs spyware consortium.",
     {("U.S. Department of the Treasury", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "Treasury sanctioned a network known for its ties to Kestrel Labs.", set()),
    # news14: a penalty paid "in a settlement with" a government body is the body's penalty
    ("penalty:settlement", "Kestrel Labs agreed to pay a $300 million penalty in a settlement with the Bureau of Industry "
     "and Security.", {("Bureau of Industry and Security", "sanctions", "Kestrel Labs")}),
    ("penalty:settlement", "Kestrel Labs agreed to pay a $300 million penalty in a settlement with Orvane Systems.", set()),
    # news14: buying a minority percentage of a company is a stake; a majority is no stake read here
    ("funding:shares-bought", "Kestrel Capital bought 9.9% of Orvane Systems.", {("Kestrel Capital", "investsIn", "Orvane Systems")}),
    ("funding:shares-bought", "Kestrel Capital bought 60 percent of Orvane Systems.", set()),
    # news14: the noun of appointing reads as the verb: its possessor, or the company announcing it, appoints
    ("news:appointed", "Orvane Systems announced the appointment of Ann Wu as its chief executive.",
     {("Ann Wu", "leads", "Orvane Systems")}),
    ("news:appointed", "Kestrel Labs' appointment of Ann Wu as its new CEO was welcomed.", {("Ann Wu", "leads", "Kestrel Labs")}),
    ("news:appointed", "Analysts welcomed the appointment of Ann Wu as chief executive.", set()),
    # s20 lead: a passive verb of control or schedule ("is set to", "was tapped to") hands its subject to the
    # infinitive; hearsay ("is said to") does not
    ("clause:verb", "Kestrel Systems is set to acquire Orvane Labs.", {("Kestrel Systems", "acquires", "Orvane Labs")}),
    ("clause:verb", "Ann Wu was tapped to lead Orvane Labs.", {("Ann Wu", "leads", "Orvane Labs")}),
    ("clause:verb", "Kestrel Systems is said to supply chips to Orvane Labs.", set()),
    ("nominal:relational", "Orvane Capital is set to become the largest shareholder of Kestrel Mining.",
     {("Orvane Capital", "investsIn", "Kestrel Mining")}),
    ("nominal:relational", "Orvane Capital hopes to become the largest shareholder of Kestrel Mining.", set()),
    # a government body or state that is a company's shareholder or investor holds a stake in it; a state that is
    # its customer is no relation read here
    ("poss:relation", "The Department of Defense became Intel's largest shareholder.",
     {("U.S. Department of Defense", "investsIn", "Intel")}),
    ("poss:relation", "The U.S. government will become Intel's largest shareholder.", {("United States", "investsIn", "Intel")}),
    ("poss:relation", "China is Intel's biggest customer.", set()),
    # a body named by the gazetteer's description under its owner's possessive: the owner stays a name (owns)
    ("clause:verb", "The EU's executive arm fined Kestrel Labs.", {("European Commission", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "The company's executive arm fined Kestrel Labs.", set()),
    # (a description under the owner's possessive names the body, as the gold sets alias it: no owns is read)
    ("poss:agency", "The Treasury Department's sanctions arm designated Kestrel Labs.", set()),
    ("clause:verb", "The Treasury Department's sanctions arm designated Kestrel Labs.",
     {("Office of Foreign Assets Control", "sanctions", "Kestrel Labs")}),
    # a ruling on "the deal between X and Y" rules on both parties; a deal blocked or terminated ties nobody
    ("clause:verb", "The CMA blocked the deal between Kestrel Labs and Orvane Systems.",
     {("Competition and Markets Authority", "regulates", "Kestrel Labs"),
      ("Competition and Markets Authority", "regulates", "Orvane Systems")}),
    ("clause:verb", "Kestrel Labs signed the deal between Orvane Systems and Vega Dynamics.", set()),
    ("noun:between", "The CMA blocked the deal between Kestrel Labs and Orvane Systems.", set()),
    ("noun:between", "The CMA approved the deal between Kestrel Labs and Orvane Systems.",
     {("Kestrel Labs", "partnersWith", "Orvane Systems")}),
    # a competition authority told as its country's "antitrust body" (an alias); "its antitrust body" names none
    ("clause:verb", "India's antitrust body fined Kestrel Labs.", {("Competition Commission of India", "sanctions", "Kestrel Labs")}),
    ("clause:verb", "Its antitrust body fined Kestrel Labs.", set()),
    # a body's approval "of" a deal rules on its parties, as approval "for" it does; a company's approval is no ruling
    ("noun:event", "The European Commission's approval of Kestrel Labs' purchase of Orvane Systems came on Monday.",
     {("European Commission", "regulates", "Kestrel Labs"), ("European Commission", "regulates", "Orvane Systems"),
      ("Kestrel Labs", "acquires", "Orvane Systems")}),
    ("noun:event", "Orvane Systems' approval of the budget came on Monday.", set()),
    # a deal that wins approval "from" a body: the body rules on every party (the frames table reads the possessor)
    ("deal:approval-won", "The merger of Kestrel Labs and Orvane Systems received clearance from the FCC.",
     {("Federal Communications Commission", "regulates", "Kestrel Labs"),
      ("Federal Communications Commission", "regulates", "Orvane Systems")}),
    ("deal:approval-won", "Kestrel Labs' purchase of Orvane Systems won praise from the FCC.", set()),
    # a legal "case" against a party is a suit when it is a party's own or brought/won; an argument made is none
    ("noun:event", "Kestrel Labs won its antitrust case against Orvane Systems.", {("Kestrel Labs", "sues", "Orvane Systems")}),
    ("noun:event", "Kestrel Labs made the case against Orvane Systems.", set()),
    ("noun:event", "In the case against Orvane Systems, Kestrel Labs testified.", set()),
    # a state blocking a party's deal with another rules on the deal (regulates both), as for a takeover; a company
    # that blocks a deal rules on nothing, and a block on sales still restricts
    ("clause:verb", "The FTC blocked Kestrel Labs' deal with Orvane Systems.",
     {("Federal Trade Commission", "regulates", "Kestrel Labs"), ("Federal Trade Commission", "regulates", "Orvane Systems")}),
    ("clause:verb", "Kestrel Labs blocked Orvane Systems' deal with Vega Dynamics.", set()),
    ("clause:verb", "China blocked Kestrel Labs' chip sales to Orvane Systems.",
     {("China", "restricts", "Kestrel Labs"), ("China", "restricts", "Orvane Systems")}),
    # a body approving a party's proposal, plan or plant rules on the party; a company approving one rules on nothing
    ("clause:verb", "India approved Kestrel Labs' proposal to build a plant in Gujarat.", {("India", "regulates", "Kestrel Labs")}),
    ("clause:verb", "Kestrel Labs approved Orvane Systems' plan.", set()),
    # "Among them is X" after a body's measure on an unnamed group: X is of that group; a company's hires are no group
    ("list:group-members", "The Commerce Department added dozens of firms to the Entity List. Among them is Kestrel Labs, "
     "a maker of servers.", {("U.S. Department of Commerce", "sanctions", "Kestrel Labs")}),
    ("list:group-members", "Kestrel Labs hired several engineers. Among them is Orvane Systems.", set()),
    # an order told in the passive with the state as agent is the state's, as in the active; a board's order is none
    ("clause:verb", "Kestrel Labs was ordered by the Commerce Department to stop selling chips to Orvane Systems.",
     {("U.S. Department of Commerce", "regulates", "Kestrel Labs"), ("U.S. Department of Commerce", "restricts", "Orvane Systems")}),
    ("clause:verb", "Kestrel Labs was ordered by its board to stop selling chips to Orvane Systems.", set()),
    ("clause:ordered-stop", "Kestrel Labs was ordered by Canada to cease its operations in the country.",
     {("Canada", "restricts", "Kestrel Labs")}),
    ("clause:ordered-stop", "Kestrel Labs was ordered by its board to cease its operations in the country.", set()),
    # "several customers, one of which is X": X is one of them, as after "including"; a clause saying where one is names none
    ("clause:verb", "Kestrel Labs supplies chips to several customers, one of which is Orvane Systems.",
     {("Kestrel Labs", "suppliesTo", "Orvane Systems")}),
    ("clause:verb", "Kestrel Labs supplies chips to several customers, one of which is based in Texas.", set()),
    ("list:examples", "Treasury sanctioned several companies, one of which is Orvane Systems.",
     {("U.S. Department of the Treasury", "sanctions", "Orvane Systems")}),
    ("list:examples", "Treasury sanctioned several companies, one of which is based in Texas.", set()),
    # a title NER ran into the name ("Treasurer Ann Wu") is cut off it; a state's treasurer works for the state
    ("role:title", "Australian Treasurer Tom Reyes said the order was made on national security grounds.",
     {("Tom Reyes", "worksFor", "Australia")}),
    ("role:title", "Treasurer Tom Reyes said the order was made on national security grounds.", set()),
]
# Rules over other rules' candidates: (rule id, the rules that feed it, sentence, facts of the derived rule)
DERIVED_CASES = [
    # shapes lane: a nationality given with "state-owned" names the company's owner
    ("owns:state-owned", ("descriptor:described-demonym",), "Prices rose. Chinese state-owned carriers, including Kestrel "
     "Telecom and Orion Mobile, were barred.", {("China", "owns", "Kestrel Telecom"), ("China", "owns", "Orion Mobile")}),
    ("owns:state-owned", ("descriptor:demonym",), "Prices rose. Kestrel Telecom, a Chinese privately owned company, was "
     "barred.", set()),
    ("owns:state-owned", ("descriptor:demonym",), "Prices rose. Orion Telecom, a partially state-owned Chinese carrier, was "
     "barred from the market.", set()),
    ("funding:further-amount", ("noun:event",), "Commerce is finalizing an award of up to $900 million to Kestrel "
     "Labs and up to $300 million for Vega Systems.", {("U.S. Department of Commerce", "investsIn", "Vega Systems")}),
    ("funding:further-amount", ("noun:event",), "Commerce is finalizing an award of up to $900 million to Kestrel "
     "Labs, while Orion Labs paid $300 million for Vega Systems.", set()),
    ("place:widen-state", ("place:stative",), "Polaris is headquartered in Medina, Minnesota.",
     {("Polaris", "basedIn", "Minnesota")}),
    ("place:widen-state", ("place:stative",), "Polaris is headquartered in Medina.", set()),
    # a notice's "X of Town, ST" with a postal code gives the town alone; an AP abbreviation after "of" is widened
    ("place:widen-state", ("place:org-prep",), "The complaint was filed by Kestrel Optics, Inc., of Durham, NC, on Monday.",
     set()),
    ("place:widen-state", ("place:org-prep",), "Kestrel Systems of Corvallis, Ore., an engineering firm, supervised the work.",
     {("Kestrel Systems", "basedIn", "Ore")}),
    # a notice's registered company "of" a town and its country: the town alone (the country places the town, as a
    # postal code does); a description with the town and country is widened (KnowledgeNet's gold gives both)
    ("place:widen-state", ("place:stative",), "Kestrel Optics Co., Ltd., a company headquartered in Wuxi, China, makes "
     "lenses.", {("Kestrel Optics Co., Ltd", "basedIn", "China")}),
    ("place:widen-state", ("place:org-prep",), "The respondents are Orvane Lamp Company, Inc., of Ningbo, China; and others.",
     set()),
    ("place:widen-state", ("place:stative",), "Kestrel Optics, a company headquartered in Wuxi, China, makes lenses.",
     {("Kestrel Optics", "basedIn", "China")}),
    # a city the gazetteer knows with its state in one name ("Toledo, Ohio")
    ("place:widen-state", ("place:stative",), "Vexa Glass is headquartered in Toledo, Ohio.",
     {("Vexa Glass", "basedIn", "Ohio")}),
    # a region's country after a comma; a second region after a region is a list's next item, not its state
    ("place:widen-state", ("place:stative",), "Vexa Glass is headquartered in Texas, USA.",
     {("Vexa Glass", "basedIn", "United States")}),
    ("place:widen-state", ("place:stative",), "Vexa Glass is headquartered in Texas, Ohio and Michigan.", set()),
    ("place:widen-region", ("place:stative",), "BYD is based in Shenzhen in southern China.", {("BYD", "basedIn", "China")}),
    ("place:widen-region", ("place:stative",), "BYD is based in Shenzhen.", set()),
]
