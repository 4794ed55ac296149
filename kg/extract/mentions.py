"""Named-entity spans -> canonical entities, and the discourse state used for coreference.

Canonicalisation: the gazetteer first (names, aliases, acronyms, cross-script names), then
the same name with a legal suffix removed, then a name already seen in this article (a
surname for a person, a shorter form for an organisation), else a new entity named by its
text. One IRI per entity follows from the canonical name (ids.entity_iri).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..gazetteer import Entry, Gazetteer, key
from ..ids import entity_iri as _entity_iri
from ..models import Entity

entity_iri = lru_cache(maxsize=65536)(_entity_iri)  # a pure function of the name; articles repeat names

LEGAL_SUFFIX = re.compile(
    r"[,\s]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|nv|bv|gmbh|s\.a|n\.v|co\.,? ltd)\.?$",
    re.I)
GOV_WORDS = re.compile(r"\b(ministry|department|administration|agency|commission|bureau|office|council|"
                       r"parliament|congress|senate|authority|regulator|committee|court|government|directorate|"
                       r"treasury|cabinet|white house|pentagon|state council|police)\b", re.I)
ORG_WORDS = re.compile(r"\b(university|institute|center|centre|academy|foundation|association|school|"
                       r"college|society|federation|union|alliance|council on|think tank|ngo)\b", re.I)
# The Associated Press abbreviations of U.S. states ("Rockville, Md."): a place NER finds there is a
# state, not a city. Only the type is taken from here; the name stays as written.
STATE_ABBREVIATIONS = {"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
                       "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr",
                       "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C",
                       "S.D", "Tenn", "Tex", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo", "D.C",
                       # and the postal codes ("Spokane, WA")
                       "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
                       "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
                       "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
                       "VA", "WA", "WV", "WI", "WY", "DC"}
# The state each abbreviation stands for (issue 9: "Ariz." resolves to the state). The fact keeps the
# label as written (the gold of wire copy, and the analyst reading the sentence, see "Ariz."); the
# entity is the state's own node, so "Ariz." and "Arizona" are one IRI and the graph lists the written
# form as another name (skos:altLabel) of the state.
_AP_STATES = {
    "Alabama": "Ala AL", "Alaska": "AK", "Arizona": "Ariz AZ", "Arkansas": "Ark AR", "California": "Calif CA",
    "Colorado": "Colo CO", "Connecticut": "Conn CT", "Delaware": "Del DE", "Florida": "Fla FL",
    "Georgia": "Ga GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "Ill IL", "Indiana": "Ind IN", "Iowa": "IA",
    "Kansas": "Kan Kans KS", "Kentucky": "Ky KY", "Louisiana": "La LA", "Maine": "ME", "Maryland": "Md MD",
    "Massachusetts": "Mass MA", "Michigan": "Mich MI", "Minnesota": "Minn MN", "Mississippi": "Miss MS",
    "Missouri": "Mo MO", "Montana": "Mont MT", "Nebraska": "Neb Nebr NE", "Nevada": "Nev NV",
    "New Hampshire": "N.H NH", "New Jersey": "N.J NJ", "New Mexico": "N.M NM", "New York": "N.Y NY",
    "North Carolina": "N.C NC", "North Dakota": "N.D ND", "Ohio": "OH", "Oklahoma": "Okla OK", "Oregon": "Ore OR",
    "Pennsylvania": "Pa PA", "Rhode Island": "R.I RI", "South Carolina": "S.C SC", "South Dakota": "S.D SD",
    "Tennessee": "Tenn TN", "Texas": "Tex TX", "Utah": "UT", "Vermont": "Vt VT", "Virginia": "Va VA",
    "Washington State": "Wash WA", "West Virginia": "W.Va WV", "Wisconsin": "Wis WI", "Wyoming": "Wyo WY"}
STATE_OF_ABBREVIATION = {a: state for state, abbrs in _AP_STATES.items() for a in abbrs.split()}
# Words that make up a job title: an ORG span of these alone ("General Counsel", "Chief Financial
# Officer", "Senior Vice President & Corporate Secretary") names no body.
_TITLE_WORD = (r"(general|counsel|corporate|secretary|chief|executive|financial|operating|technology|legal|"
               r"senior|executive|vice|president|officer|director|managing|treasurer|deputy|assistant|associate|project|program)")
TITLE_ONLY = re.compile(rf"{_TITLE_WORD}(\s*(&|and|,)?\s*{_TITLE_WORD})*", re.I)
# A committee's titles, alone: "Ranking Member Ann Wu" (NER takes "Ranking" for a body)
CHAMBER_TITLES = re.compile(r"(ranking|ranking member|chairman|chairwoman|chair|member)", re.I)
TITLE_HEADS = re.compile(r"\b(counsel|secretary|officer|president|treasurer|director|executive)\b", re.I)
DATA_SITE = re.compile(r"\bdata cent(er|re)$", re.I)
EVENT_WORDS = re.compile(r"(conference|summit|expo|forum|congress|fair|show|olympics|meeting|games)", re.I)
COMPANY_WORDS = re.compile(r"\b(inc|corp|ltd|llc|plc|technologies|technology|holdings|group|systems|"
                           r"semiconductor|electronics|capital|ventures|labs?|ai|cloud|networks?)\b", re.I)


# a body's class word alone, capitalised ("The Department", "the Commission"): a name only as a short form of one before
# (and a venue's: "Ford's Theater" cut after the possessive leaves "Theater", which names nothing alone)
_BODY_WORDS = frozenset({"administration", "agency", "bureau", "commission", "consulate", "department", "embassy", "ministry",
                         "office", "theater", "theatre"})


@dataclass(frozen=True)
class Resolved:
    entity: Entity
    entry: Entry | None = None
    actor: Entity | None = None  # "Beijing" as an actor means China


@dataclass
class Resolver:
    """Per-article canonicaliser: remembers what this article has already named."""

    gaz: Gazetteer
    seen: dict[str, Resolved] = field(default_factory=dict)  # key(label) -> resolved

    def entity_of(self, entry: Entry) -> Entity:
        got = _KNOWN.get(id(entry))
        if got is None or got[0] is not entry:  # an Entity is immutable: one per gazetteer entry will do
            got = _KNOWN[id(entry)] = (entry, Entity(iri=entity_iri(entry.name), label=entry.name, type=entry.type,
                                                     qid=entry.qid, aliases=tuple(entry.aliases), known=True))
        return got[1]

    def from_entry(self, entry: Entry) -> Resolved:
        actor = None
        if entry.metonym_for and (target := self.gaz.entries.get(entry.metonym_for)):
            actor = self.entity_of(target)
        res = Resolved(self.entity_of(entry), entry, actor)
        self.seen[key(entry.name)] = res
        return res

    def resolve(self, text: str, label: str, ent_id: str = "", *,
                countries: Callable[[], dict[str, int]] | None = None, fresh: bool = False) -> Resolved | None:
        """countries: where several entries share the name, the countries the text names around it
        (canonical name -> weight), asked for only then. fresh: the name is not a short form of an
        earlier one (a parent named in the sentence that named its unit in full)."""
        text = clean_name(text)
        if not text or label == "NORP":
            return None
        entry = self.gaz.entries.get(ent_id) if ent_id else None
        entry = entry or self.gaz.lookup(text) or self._registered(text)
        if entry is not None and key(text) in self.gaz.shared:
            entry = self._choose(self.gaz.candidates(text), entry, countries)
        if entry is None and text.endswith("s") and label in ("PRODUCT", "ORG"):
            entry = self.gaz.lookup(text[:-1])  # "iPhones" names the iPhone
        if entry:
            return self.from_entry(entry)
        k = key(text)
        if k in self.seen:
            return self.seen[k]
        if not fresh and (earlier := self._earlier(text, label)):
            return earlier
        if k in _BODY_WORDS:  # "The Department is designating X", no department named before: a description, not a
            return None  # name (the rules resolve it as one: "the department" refers back to a body)
        etype = guess_type(text, label)
        if etype is None:
            return None
        if etype == "Region" and (state := self._state(text)) is not None:
            res = Resolved(replace(state, label=text))  # "Ariz.": Arizona's node, the label as written
            self.seen[k] = res
            return res
        if etype in ("Region", "City") and (area := _LOWER_AREA.search(text)) is not None:
            text = text[: area.start()]  # "Lazio province": the area word in lower case is no part of the name
        # "Nvidia Corp." and "Nvidia" share one IRI; the label keeps the name as written
        name = LEGAL_SUFFIX.sub("", text).strip() if etype == "Company" else text
        res = Resolved(Entity(iri=entity_iri(name), label=text, type=etype))
        self.seen[k] = res
        return res

    def _registered(self, text: str) -> Entry | None:
        """The entry a name with its legal suffix names ("Nvidia Corp." is Nvidia). An acronym with a suffix is a
        registered name of its own: it names the entry whose name begins with it ("KT Corp." is KT Corporation),
        not one the acronym only abbreviates ("CIC Co., Glenshaw, PA" is no China Investment Corporation)."""
        bare = LEGAL_SUFFIX.sub("", text).strip()
        entry = self.gaz.lookup(bare)
        if entry is not None and entry.type == "Company" and bare != text and bare.isalpha() and bare.isupper() \
                and len(bare) <= 5 and not key(entry.name).startswith(key(bare)):
            return None
        return entry

    def _state(self, text: str) -> Entity | None:
        """The U.S. state an AP or postal abbreviation names ("Calif.", "Wis.", "CA"), from the gazetteer."""
        name = STATE_OF_ABBREVIATION.get(text.rstrip("."))
        entry = self.gaz.entries.get(name) if name else None
        return self.entity_of(entry) if entry is not None and entry.type == "Region" else None

    def _choose(self, entries: list[Entry], default: Entry,
                countries: Callable[[], dict[str, int]] | None) -> Entry:
        """One of the entries a shared name names ("Novatek"): the one this article already chose,
        else the one whose country the text names most nearby, else the one listed last."""
        for e in entries:
            if (got := self.seen.get(key(e.name))) is not None and got.entry is e:
                return e
        near = countries() if countries is not None else {}
        score = {e.name: near.get(e.country, 0) if e.country else 0 for e in entries}
        best = max(entries, key=lambda e: (score[e.name], e is default))
        return best if score[best.name] > score[default.name] else default

    def _earlier(self, text: str, label: str) -> Resolved | None:
        """A short form of a name this article already used ("Su" after "Lisa Su")."""
        words = key(text).split()
        if not words:
            return None
        for k, res in reversed(list(self.seen.items())):
            full = k.split()
            if res.entity.type == "Person" and len(full) > 2 and full[-1] in ("jr", "sr") and full[-2].endswith(","):
                full = full[:-2] + [full[-2].rstrip(",")]  # "Danvers" after "Paul R. Danvers, Jr."
            if len(full) <= len(words):
                continue
            if res.entity.type == "Person" and full[-len(words):] == words \
                    and (label == "PERSON" or len(words) == 1 and label in ("ORG", "GPE")):
                return res  # "Raimondo" after "Gina Raimondo", whatever NER took the surname for
            if res.entity.type in ("Company", "Organization") and label == "ORG" and full[: len(words)] == words:
                return res
            if res.entity.type in ("GovernmentBody", "Organization") and label == "ORG" and full[-len(words):] == words \
                    and not all(_ORDINAL.match(w) for w in full[: len(full) - len(words)]):
                return res  # "the Commission" after "the European Commission"; not "the U.S. Circuit Court of
                # Appeals" after "the 2nd U.S. Circuit Court of Appeals", one numbered court of many
        return None


_LOWER_AREA = re.compile(r"(?<=[A-Za-z]) (province|region|district|prefecture|oblast)$")
_ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$")
_KNOWN: dict[int, tuple[Entry, Entity]] = {}  # id(entry) -> (entry, its Entity); the entry kept, so no id is reused
_SPACES, _ARTICLE, _POSSESSIVE = re.compile(r"\s+"), re.compile(r"^(the|a|an)\s+", re.I), re.compile(r"('s|')$")


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    text = _SPACES.sub(" ", text.replace("\u2019", "'")).strip()
    text = _ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text).strip(" ,.;:\"'()\u2022\u25aa\u25e6\u00b7")  # (and a bullet: "• Kestrel Labs")
    return text


INSTRUMENT_HEADS = frozenset({"Order", "Orders", "Rule", "Regulation", "Regulations", "Directive", "Act"})


PERSON_AS_COMPANY = re.compile(r"wireless|telecom|robotics|microdevices|microsystems|semiconductors|aerospace|"
                               r"motors|logistics|pharmaceuticals|therapeutics|biosciences|software", re.I)


def guess_type(text: str, label: str) -> str | None:
    """Type a name the gazetteer does not know, from its NER label and head words."""
    if label in ("PERSON", "ORG") and CHAMBER_TITLES.fullmatch(text):
        return None  # "Ranking Member Ann Wu": a committee's title NER took for a name or a body
    if label == "PERSON":
        # "Orvane Wireless", "Kestrel Networks": NER took a company for a person; its last word is a company's
        end = text.split()[-1].strip(".,") if text.split() else ""
        return "Company" if end.lower() != "ai" and (COMPANY_WORDS.fullmatch(end) or PERSON_AS_COMPANY.fullmatch(end)) \
            else "Person"
    last = text.split()[-1] if text.split() else ""
    if label == "ORG" and TITLE_ONLY.fullmatch(text) and TITLE_HEADS.search(text):
        return None  # "General Counsel & Corporate Secretary": a job title NER took for a body
    if label == "ORG":
        if GOV_WORDS.search(text):
            return "GovernmentBody"
        if EVENT_WORDS.fullmatch(last) and not COMPANY_WORDS.search(text):  # "... Conference", not "Fair Trade ..."
            return "Event"
        if last in INSTRUMENT_HEADS and not COMPANY_WORDS.search(text):
            return "Policy"  # "a Temporary Denial Order (TDO)": an instrument NER took for a body; its issuer acts
        if DATA_SITE.search(text) and not COMPANY_WORDS.search(text):
            return "Facility"  # "the Sifiso Dabengwa Data Centre": a site NER took for a body
        if ORG_WORDS.search(text):
            return "Organization"
        return "Company"
    if label == "GPE":
        return "Region" if text.rstrip(".") in STATE_ABBREVIATIONS else "City"
    if label == "LOC":
        return "Region"
    if label == "PRODUCT":
        return "Product"
    if label == "EVENT":
        return "Event"
    if label == "LAW":
        return "Policy"
    if label == "FAC":
        return "Event" if EVENT_WORDS.fullmatch(last) else "Facility"
    return None
