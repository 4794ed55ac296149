"""Trigger words: which verbs, nouns and role words signal which core predicate.

Each verb lists (predicate, object slots). A slot is "dobj" (direct object), "dative"
(indirect object), or "prep:WORD" (the object of that preposition, on the verb or on its
direct object: "restricting sales of equipment to China"). Entries are linguistic, not
tied to any passage; extend them here rather than adding rules.
"""
from __future__ import annotations

R, S = "restricts", "sanctions"
_OBJ_RESTRICT = ("dobj", "prep:from", "prep:to", "prep:in", "prep:of", "prep:on", "prep:against")
_TO = ("prep:to", "prep:in", "prep:for", "dative")

VERBS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    **{v: ((R, _OBJ_RESTRICT),) for v in (
        "restrict", "block", "ban", "bar", "curb", "limit", "embargo", "prohibit", "forbid",
        "suspend", "halt", "cut", "throttle", "exclude", "deny", "outlaw", "tighten",
        "choke", "constrain", "freeze", "revoke", "withhold", "cripple", "stop", "cease")},
    "blacklist": ((S, ("dobj",)), (R, ("dobj",))),
    "sanction": ((S, ("dobj",)),),
    "penalize": ((S, ("dobj",)),), "penalise": ((S, ("dobj",)),),
    "fine": ((S, ("dobj",)),),
    "designate": ((S, ("dobj",)),),
    "regulate": (("regulates", ("dobj",)),),
    "approve": (("regulates", ("dobj",)),), "clear": (("regulates", ("dobj",)),),
    "probe": (("regulates", ("dobj",)),), "investigate": (("regulates", ("dobj",)),),
    "supply": (("suppliesTo", ("dobj", "prep:to", "prep:in", "prep:for")),),
    "sell": (("suppliesTo", _TO),), "ship": (("suppliesTo", _TO),),
    "export": (("suppliesTo", ("prep:to",)),), "deliver": (("suppliesTo", _TO),),
    "provide": (("suppliesTo", ("prep:to", "prep:for", "dative", "prep:in")),),
    "offer": (("suppliesTo", ("prep:to", "prep:for", "dative", "prep:in")),),
    "license": (("suppliesTo", ("prep:to",)),),
    "manufacture": (("manufactures", ("dobj",)), ("suppliesTo", ("prep:for",))), "make": (("manufactures", ("dobj",)), ("suppliesTo", ("prep:for",))),
    "fabricate": (("manufactures", ("dobj",)), ("suppliesTo", ("prep:for",))), "assemble": (("manufactures", ("dobj",)), ("suppliesTo", ("prep:for",))),
    "produce": (("manufactures", ("dobj",)), ("suppliesTo", ("prep:for",))), "build": (("develops", ("dobj",)), ("partnersWith", ("prep:with",)), ("suppliesTo", ("prep:for",))),
    "partner": (("partnersWith", ("prep:with",)),), "collaborate": (("partnersWith", ("prep:with",)),),
    "cooperate": (("partnersWith", ("prep:with",)),), "ally": (("partnersWith", ("prep:with",)),),
    "team": (("partnersWith", ("prep:with",)),),
    "join": (("partnersWith", ("prep:with",)), ("worksFor", ("dobj",))),
    "invest": (("investsIn", ("prep:in",)),), "fund": (("investsIn", ("dobj",)),),
    "back": (("investsIn", ("dobj",)),), "finance": (("investsIn", ("dobj",)),),
    "subsidize": (("investsIn", ("dobj",)),), "subsidise": (("investsIn", ("dobj",)),),
    "award": (("investsIn", ("dative", "prep:to")),), "grant": (("investsIn", ("dative", "prep:to")),),
    "acquire": (("acquires", ("dobj",)),), "buy": (("acquires", ("dobj",)),),
    "purchase": (("acquires", ("dobj",)),), "takeover": (("acquires", ("dobj",)),),
    "absorb": (("acquires", ("dobj",)),),
    "compete": (("competesWith", ("prep:with", "prep:against")),),
    "rival": (("competesWith", ("dobj",)),),
    **{v: (("launches", ("dobj",)), ("suppliesTo", ("market:for",))) for v in (
        "launch", "release", "unveil", "introduce", "debut", "roll")},
    **{v: (("develops", ("dobj",)), ("suppliesTo", ("market:for",)), ("partnersWith", ("prep:with",)))
       for v in ("design", "develop", "tailor", "co-develop", "codevelop")},
    "raise": (("~investsIn", ("prep:from",)),), "secure": (("~investsIn", ("prep:from",)),),
    **{v: (("~investsIn", ("prep:from",)),) for v in ("receive", "get", "win", "obtain", "accept")},
    "announce": (("launches", ("dobj",)),),
    "train": (("develops", ("dobj",)),), "create": (("develops", ("dobj",)),),
    "own": (("owns", ("dobj",)),), "control": (("owns", ("dobj",)),),
    "found": (("founded", ("dobj",)),), "co-found": (("founded", ("dobj",)),),
    "cofound": (("founded", ("dobj",)),), "establish": (("founded", ("dobj",)),),
    "start": (("founded", ("dobj",)),), "set": (("founded", ("dobj",)),),
    "take": (("acquires", ("dobj",)),), "require": (("regulates", ("dobj",)),),
    "rule": (("regulates", ("prep:on",)),), "oversee": (("regulates", ("dobj",)),),
    "lead": (("leads", ("dobj",)),), "head": (("leads", ("dobj",)),), "run": (("leads", ("dobj",)),),
    "chair": (("leads", ("dobj",)),), "operate": (("leads", ("dobj",)),), "manage": (("leads", ("dobj",)),),
    "headquarter": (("basedIn", ("prep:in",)),), "base": (("basedIn", ("prep:in",)),),
    "locate": (("locatedIn", ("prep:in",)),), "hold": (("locatedIn", ("prep:in",)),),
    "accuse": (("accuses", ("dobj",)),), "blame": (("accuses", ("dobj",)),),
    "condemn": (("accuses", ("dobj",)),), "criticize": (("accuses", ("dobj",)),),
    "criticise": (("accuses", ("dobj",)),), "denounce": (("accuses", ("dobj",)),),
    "sue": (("sues", ("dobj",)),),
    "work": (("worksFor", ("prep:for", "prep:at", "prep:with")),),
    "teach": (("worksFor", ("prep:at",)),),
    "pledge": (("investsIn", ("prep:to", "dative")),), "commit": (("investsIn", ("prep:to",)),),
    "cover": (("worksFor", ("prep:for",)),), "write": (("worksFor", ("prep:for",)),),
    "report": (("worksFor", ("prep:for",)),), "broadcast": (("worksFor", ("prep:for",)),), "serve": (("suppliesTo", ("dobj", "prep:in")), ("worksFor", ("prep:in", "prep:on", "prep:at", "prep:with"))),
    "represent": (("worksFor", ("dobj",)),), "advise": (("worksFor", ("dobj",)),),
    "hire": (("~worksFor", ("dobj",)),), "employ": (("~worksFor", ("dobj",)),),
}

# Verbs whose subject is the located/based thing even in the passive ("is headquartered in").
STATIVE_PASSIVE = {"headquarter", "base", "locate", "hold"}
# Phrasal particles that must be present for a verb to count ("cut off", "roll out", "team up").
NEEDS_PARTICLE = {"cut": {"off"}, "roll": {"out"}, "team": {"up"}, "set": {"up"}, "take": {"over"}}
# Only these verbs keep their meaning with a Product object; the others need an actor object.
ACTOR_OBJECT = {"restricts", "sanctions", "suppliesTo", "partnersWith", "investsIn", "competesWith",
                "accuses", "sues", "worksFor", "leads"}
# Supply verbs under "stop/halt/cease/suspend" turn into restricting ("stop shipping to China").
STOP_VERBS = {"stop", "halt", "cease", "suspend", "end", "pause", "discontinue"}
# Money and funding: with "receive", "get", "win", "obtain" only these make the giver an investor
# ("received 900 billion yen from the government"; not "received an order from Apple").
FUNDING = {"yen", "dollar", "euro", "yuan", "won", "pound", "billion", "million", "trillion", "funding", "fund",
           "subsidy", "subsidies", "grant", "investment", "financing", "capital", "loan", "backing", "money", "aid",
           "support", "stake"}
MONEY_ONLY = {"receive", "get", "win", "obtain", "accept"}
# Holdings that change hands: selling them is divesting, not supplying ("sold its stake in Nvidia").
HOLDINGS = {"stake", "share", "shares", "holding", "holdings", "interest", "unit", "business", "division",
            "subsidiary", "asset", "assets", "operation", "operations", "arm", "plant", "factory", "fab", "company"}
DIVEST_VERBS = {"sell", "divest", "dump", "offload", "unload", "reduce", "cut", "trim", "exit", "spin"}
# Verbs whose "from V-ing" clause is kept from happening: "barred Nvidia from selling to China".
PREVENTING = {"bar", "ban", "block", "prevent", "stop", "prohibit", "restrict", "forbid", "keep", "exclude",
              "deter", "discourage", "preclude", "restrain", "disqualify", "blacklist"}
# Verbs that, negated, still assert a restriction: withholding is restricting.
WITHHOLD = {"release", "launch", "offer", "sell", "provide", "ship", "make"}

# Nouns that carry a relation, used with a light verb ("imposed sanctions on", "filed a lawsuit
# against", "struck a deal with") or on their own ("a joint venture with X", "its investment in X").
NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sanction": (S, ("on", "against")), "penalty": (S, ("on", "against")), "fine": (S, ("on", "against")),
    "restriction": (R, ("on", "against", "to")), "curb": (R, ("on", "to")), "ban": (R, ("on", "against")),
    "control": (R, ("on",)), "embargo": (R, ("on", "against")), "limit": (R, ("on",)),
    "blockade": (R, ("on", "against")),
    "investigation": ("regulates", ("into", "of")), "probe": ("regulates", ("into", "of")),
    "inquiry": ("regulates", ("into",)),
    "lawsuit": ("sues", ("against",)), "suit": ("sues", ("against",)), "complaint": ("sues", ("against",)),
    "deal": ("partnersWith", ("with",)), "agreement": ("partnersWith", ("with",)),
    "partnership": ("partnersWith", ("with",)), "venture": ("partnersWith", ("with",)),
    "alliance": ("partnersWith", ("with",)), "collaboration": ("partnersWith", ("with",)),
    "pact": ("partnersWith", ("with",)), "cooperation": ("partnersWith", ("with",)),
    "investment": ("investsIn", ("in", "into")), "stake": ("investsIn", ("in",)),
    "acquisition": ("acquires", ("of",)), "takeover": ("acquires", ("of",)), "purchase": ("acquires", ("of",)),
    "competition": ("competesWith", ("with",)), "rivalry": ("competesWith", ("with",)),
}
LIGHT_VERBS = {"impose", "file", "strike", "sign", "reach", "make", "take", "place", "put", "form",
               "announce", "enter", "complete", "seal", "bring", "levy", "slap", "expand", "tighten",
               "have", "hold", "agree", "finalize", "finalise", "close", "launch", "set", "establish", "ink",
               "open", "start", "begin", "conduct", "initiate", "announce"}

# Role nouns for people: "founder of", "chief executive of", "spokesperson for".
ROLES: dict[str, str] = {
    **{w: "founded" for w in ("founder", "co-founder", "cofounder")},
    **{w: "leads" for w in ("ceo", "chairman", "chairwoman", "chair", "president", "head", "director",
                            "chief", "boss", "leader", "premier", "chancellor", "governor",
                            "administrator", "commissioner", "chairperson", "mayor", "commander",
                            "comptroller", "superintendent", "principal", "dean", "publisher", "owner")},
    **{w: "worksFor" for w in ("secretary", "spokesperson", "spokesman", "spokeswoman", "analyst", "researcher",
                               "expert", "engineer", "employee", "official", "executive", "minister",
                               "scientist", "economist", "professor", "fellow", "adviser", "advisor",
                               "lawyer", "member", "representative", "ambassador", "envoy", "staffer",
                               "manager", "officer", "vice", "partner", "strategist", "correspondent",
                               "reporter", "editor", "negotiator", "lobbyist", "consultant", "attorney",
                               "deputy", "agent", "trader", "specialist", "aide", "counsel", "investigator",
                               "designer", "developer", "architect", "technician", "worker", "staff",
                               "player", "coach", "placekicker", "pilot", "astronaut", "physician",
                               "doctor", "nurse", "teacher", "vice-president", "vice-chairman",
                               "vice-chairwoman", "vice-chair", "vice-premier", "vice-minister",
                               "vice-chancellor", "vice-governor", "vice-mayor", "vice-director",
                               "vice-admiral", "assistant", "anchor", "anchorman", "anchorwoman", "columnist",
                               "inspector", "auditor", "chemist", "biologist", "physicist", "geologist",
                               "meteorologist", "epidemiologist", "statistician", "pollster", "candidate")},
}
# "chief executive", "prime minister", "managing director": a modifier that turns a role into leads.
LEAD_MODIFIERS = {"chief", "prime", "managing", "executive", "general"}

# Nouns through which an organisation is owned: "Huawei's chip unit HiSilicon".
PART_NOUNS = {"unit", "subsidiary", "arm", "division", "affiliate", "branch", "business", "brand",
              "spin-off", "spinoff", "offshoot"}
OWNER_NOUNS = {"owner", "parent", "operator", "backer"}
# Nouns that a product name compounds with: "the Kirin 9000S processor", "its Hunyuan model".
# Goods named by their maker: "Micron chips", "Huawei equipment" (the maker stands for them).
MAKER_GOODS = {"chip", "chips", "equipment", "gear", "product", "products", "hardware", "component",
               "components", "part", "parts", "technology", "phone", "phones", "smartphone", "gpu", "gpus",
               "processor", "processors", "server", "servers", "device", "devices", "software", "app", "apps",
               "camera", "cameras", "drone", "drones", "modem", "modems", "router", "routers", "battery",
               "batteries", "panel", "panels", "tool", "tools", "machine", "machines", "system", "systems",
               "gpus", "accelerator", "accelerators", "memory", "wafer", "wafers", "services", "service"}
PRODUCT_NOUNS = {"model", "models", "chip", "chips", "processor", "processors", "app", "apps", "service",
                 "platform", "phone", "smartphone", "software", "system", "device", "accelerator",
                 "gpu", "gpus", "assistant", "chatbot", "handset", "series", "engine", "tool", "browser",
                 "operating", "cloud", "car", "vehicle", "satellite", "network"}
# Market nouns that provide rather than receive: a nationality on them does not name a target.
PROVIDER_NOUNS = {"investor", "backer", "lender", "shareholder", "supplier", "maker", "manufacturer", "chipmaker",
                  "operator", "exporter", "vendor", "producer"}
# People and buyers that stand for their market: "customers in China", "Chinese developers".
MARKET_NOUNS = {"takeover", "acquisition", "merger", "deal", "investment", "investor", "backer", "lender", "shareholder", "customer", "developer", "user", "client", "buyer", "market", "company", "firm",
                "business", "enterprise", "operator", "consumer", "entity", "manufacturer",
                "chipmaker", "maker", "military", "army", "supplier", "traffic", "access", "ability",
                "export", "sale", "shipment", "import", "purchase", "use", "government"}
# Nouns through which a country acts: "the U.S. government", "the Chinese authorities".
GOV_NOUNS = {"government", "administration", "authority", "authorities", "regulator", "officials", "watchdog",
             "state", "leadership"}
# Definite descriptions that refer back to an organisation: "the company", "the chipmaker".
ORG_ANAPHORS = {"company", "firm", "startup", "start-up", "chipmaker", "giant", "group", "maker",
                "manufacturer", "lab", "laboratory", "carrier", "provider", "conglomerate", "business",
                "developer", "supplier", "foundry", "retailer", "platform", "automaker", "operator",
                "corporation", "outfit", "unicorn", "vendor", "designer", "producer", "newspaper", "bank",
                "airline", "network", "broadcaster", "insurer", "lender", "utility", "university"}
GOV_ANAPHORS = {"agency", "department", "ministry", "regulator", "commission", "bureau", "watchdog",
                "administration", "office"}
PRONOUNS = {"it", "its", "itself"}
SAY_VERBS = {"say", "report", "confirm", "announce", "state", "tell", "note", "add", "claim", "write",
             "disclose", "reveal"}
# Heads that make what they govern hypothetical or unasserted.
SPECULATIVE = {"consider", "weigh", "mull", "explore", "contemplate", "expect", "hope", "propose",
               "pressure", "press", "lobby",
               "threaten", "could", "might", "may", "rumor", "rumour", "speculate", "predict",
               "forecast", "estimate", "urge", "want", "seek", "ask", "debate", "discuss", "deny",
               "try", "attempt", "aim", "intend", "bid", "reject"}
# Nouns that hold a proposition ("reports that X", "plans to Y"): modality passes through them.
CONTENT_NOUNS = {"report", "claim", "rumor", "rumour", "allegation", "suggestion", "speculation", "plan",
                 "proposal", "idea", "talk", "possibility", "prospect", "option", "threat", "intention", "bid"}
# Verbs that, after "stop", restrict what they take: "ordered companies to stop using Microsoft's Windows".
USE_VERBS = {"use", "deploy", "install", "procure", "purchase", "buy", "adopt", "run"}
# Heads that negate what they govern: "refused to sell chips to Huawei" withholds, so restricts.
NEGATING = {"refuse", "decline", "fail", }
MODALS = {"could", "might", "may", "should", "must"}
