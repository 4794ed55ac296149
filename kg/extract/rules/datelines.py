"""Where a wire story or a monitored broadcast comes from, as agencies print it."""
from __future__ import annotations

from collections.abc import Iterator
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from ...ids import entity_iri
from ...models import Entity
from .. import lexicon as L
from ..dates import MONTHS
from ..index import ORGS, PLACE, Arg, Candidate, DocIndex
from ..registry import ENTITY, define, matcher
from ..syntax import (span_end)


DASHES = {"--", "-", "\u2014", "\u2013", ":"}
# a monitoring service's document number before its source line: "OW2102114194", "94WD0125D", "40101006B"
_DOC_ID = re.compile(r"^(?=(?:[A-Z]*\d){5})(?=.*[A-Z])[A-Z0-9]{8,13}$")

CITY = define("dateline:city", preds=("locatedIn",), conf=0.8, example="BANGKOK, Thailand (AP) --")
AGENCY = define("dateline:agency", preds=("basedIn",), conf=0.7, example="Sofia, February 15 (BTA) --")
SOURCE_LINE = define("dateline:source-line", preds=("basedIn",), conf=0.75,
                     example="Paris Radio Monte Carlo in Arabic 1700 GMT 7 Apr 94")


@matcher(CITY, AGENCY, SOURCE_LINE, phase=ENTITY)
def dateline(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Where a wire story or a monitored broadcast comes from, the way news agencies print it:
    "BANGKOK, Thailand (AP)", "MEXICO CITY (AP) --", "Sofia, February 15 (BTA) --",
    "Moscow March 5 (ITAR-TASS) --", "BEIJING, Oct 7 (Reuters) -", and the monitoring source line
    "Paris Radio Monte Carlo in Arabic 1700 GMT 7 Apr 94". The city is in the country. A dateline is
    where the story was filed, so it places the agency only when the agency files from home (ONTOLOGY.md:
    "TOKYO, March 3 (Reuters)" gives no basedIn); a broadcaster's source line places the broadcaster."""
    toks = idx.sent_tokens(sent)
    yield from _source_line(toks, idx)
    i = 3 if len(toks) > 3 and [t.text for t in toks[:3]] == ["(", "Text", ")"] else 0
    j = i
    while j < len(toks) and j - i < 4 and _name_word(toks[j]) and toks[j].lower_.rstrip(".") not in MONTHS:
        j += 1
    if j == i or j >= len(toks):
        return
    city_toks = toks[i:j]
    k = j
    country = None
    caps = all(t.is_upper or t.is_punct for t in city_toks)
    if toks[k].text == "," and k + 1 < len(toks) and (b := idx.mention(toks[k + 1], actor=False)) is not None \
            and b.entity.type in PLACE and (b.entity.type != "City" or caps):
        country, k = b, span_end(toks[k + 1], idx) - sent.start  # "ROYAL OAK, Mich.": a state NER does not know
    if k < len(toks) and toks[k].text == ",":
        k += 1
    dated = False
    while k < len(toks) and (toks[k].lower_.rstrip(".") in MONTHS or toks[k].like_num):
        k, dated = k + 1, True
    agency: list = []
    if k < len(toks) and toks[k].text == "(":
        close = next((n for n in range(k + 1, min(k + 6, len(toks))) if toks[n].text == ")"), None)
        if close is None:
            return
        agency, k = toks[k + 1: close], close + 1
    elif dated:
        while k < len(toks) and toks[k].is_upper and toks[k].text not in DASHES:
            agency.append(toks[k])
            k += 1
    ended = k >= len(toks) or toks[k].text in DASHES or (k == len(toks) - 1 and toks[k].is_punct)
    if not ended or not (agency or country) or not (caps or dated and agency):
        return  # "SMIC, China's biggest chipmaker, was added": not a dateline
    city = _place_arg(city_toks, idx)
    if city is None:
        return
    dashed = k < len(toks) and toks[k].text in DASHES
    if country is not None and country.entity.iri != city.entity.iri and (agency or not dashed):
        # a wire agency's dateline places its city ("BANGKOK, Thailand (AP)", the CoNLL04 convention), as
        # does a place line of its own ("ROYAL OAK, Mich."); a release's dateline that runs into its
        # text ("WASHINGTON, D.C. – The Bureau ...") gives no fact (ONTOLOGY.md)
        yield CITY.fact(city, "locatedIn", country, (city_toks[-1].idx,))
    org = _source_arg(agency, idx) if agency else None
    if org is not None and _home(org, agency) == city.entity.label.lower():
        # an agency filing from its home city ("Sofia (BTA)"); "TOKYO (Reuters)" places no agency
        for place in (city, country):
            if place is not None:
                yield AGENCY.fact(org, "basedIn", place, (agency[0].idx,))


def _home(org: Arg, words: list) -> str:
    """The city a news agency is from (words.toml AGENCY_HOMES), by its name or the dateline's words."""
    for name in (org.entity.label, *org.entity.aliases, _text(words)):
        if (home := L.AGENCY_HOMES.get(name.lower())) is not None:
            return home.lower()
    return ""


def _source_line(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """A monitoring source line: "[doc id] City SOURCE in Language 1700 GMT 7 Apr 94", or a line that
    is only "Tokyo MAINICHI SHIMBUN"."""
    start = next((n + 1 for n, t in enumerate(toks) if _DOC_ID.match(t.text)), 0)
    end = next((n for n in range(start + 2, len(toks) - 1) if toks[n].lower_ == "in" and _language(toks, n + 1)), None)
    if end is None and (start or _place_then_caps(toks, idx)):
        # "PM3001110194 London THE SUNDAY TIMES 30 Jan 94 pp 1, 15": a document number (or a known city and a
        # name in capitals), the source, its date
        end = next((n for n in range(start + 2, len(toks) - 1) if toks[n].like_num
                    and toks[n + 1].lower_.rstrip(".") in MONTHS), None)
    bare = end is None  # a line of names only: its source is in capitals, or a broadcaster's words say so
    if end is None:
        body = [t for t in toks[start:] if not t.is_punct]
        if any(t.text == ":" for t in toks[start:]):
            return  # "A THREAT TO AMERICAN INNOVATION:": a heading in capitals, no city or source
        # (a longer line only when all after the city is the source in capitals: "Sao Paulo O ESTADO DE SAO PAULO")
        caps = next((n for n, t in enumerate(body) if t.is_upper), len(body))
        if not ((2 <= len(body) <= 6 or 2 <= len(body) <= 8 and all(t.is_upper for t in body[caps:])) and body[0].is_title and (
                sum(t.is_upper for t in body) >= 1 and body[-1].is_upper and len(body[-1]) > 1
                or _broadcaster_line(body))):
            return
        end = body[-1].i - toks[0].i + 1  # "Moscow ITAR-TASS": through the last word, hyphens included
    words = toks[start:end]
    if "(" in (w.text for w in words[2:]):  # "Beijing CHINA DAILY (BUSINESS WEEKLY)": the paper, not its section
        words = words[:next(n for n, w in enumerate(words) if w.text == "(" and n >= 2)]
    if not words or not all(_name_word(t) or t.text == "-" or _particle(words, n) for n, t in enumerate(words)):
        return
    n_city = _city_length(words, idx)
    if n_city is None or n_city >= len(words) or bare and not _broadcaster_line(body) \
            and not all(t.is_upper or not t.is_alpha for t in words[n_city:]):
        return  # "Berlin Opens NEW CHIP PLANT": a heading, not a source
    city, org = _place_arg(words[:n_city], idx), _source_arg(_agency_of(words[n_city:], idx), idx, line=True)
    if city is not None and org is not None:
        yield SOURCE_LINE.fact(org, "basedIn", city, (words[n_city].idx,))


SERVICE_WORDS = {"domestic", "world", "overseas", "foreign", "english"}


def _agency_of(words: list, idx: DocIndex) -> list:
    """ "XINHUA Domestic Service": an agency the gazetteer knows and the name of one of its services; the
    source is the agency. Other names are the source as they are ("Radio Rebelde Network")."""
    for k in range(len(words) - 1, 0, -1):
        if all(t.lower_ in L.BROADCAST_WORDS or t.lower_ in SERVICE_WORDS for t in words[k:]) \
                and (e := idx.gaz.lookup(_text(words[:k]))) is not None and e.type in ORGS:
            return words[:k]
    return words


def _language(toks: list, n: int) -> bool:
    """A language's name at toks[n], hyphenated ones too ("Serbo-Croatian" is three tokens)."""
    if toks[n].lower_ in L.LANGUAGES:
        return True
    return n + 2 < len(toks) and toks[n + 1].text == "-" and f"{toks[n].lower_}-{toks[n + 2].lower_}" in L.LANGUAGES


PARTICLES = {"de", "do", "da", "del", "dos", "das", "di"}  # "Rio de Janeiro", "Ciudad del Este"


def _particle(words: list, n: int) -> bool:
    """A small word inside a place's name, between two capitalised words."""
    return words[n].lower_ in PARTICLES and 0 < n < len(words) - 1 and words[n + 1].text[:1].isupper() \
        and words[n - 1].text[:1].isupper()


def _broadcaster_line(body: list) -> bool:
    """A line of title-case words only that names a broadcaster ("Havana Radio Reloj Network",
    "Beirut Radio Lebanon"): the station's words say so, a sentence would have a verb or a small word."""
    return not body[0].is_stop and all(t.is_title or t.is_upper or t.like_num or "-" in t.text for t in body) \
        and any(t.lower_ in L.BROADCAST_WORDS for t in body[1:]) and not any(t.pos_ in ("VERB", "AUX") for t in body)


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() or tok.text in (".", "-") or tok.text[:1].isupper() and "-" in tok.text


def _city_length(words: list, idx: DocIndex) -> int | None:
    """How many of the leading words name the city: what the gazetteer knows, else "X City", else one."""
    if len(words) > 2 and words[1].lower_ == "city":
        return 2
    lead = next((n for n, t in enumerate(words) if t.is_upper and n > 0), None)
    if lead and 1 <= lead <= 3 and all(t.is_title or _particle(words, n) for n, t in enumerate(words[:lead])):
        known = next((n for n in range(min(3, len(words) - 1), 0, -1)
                      if (e := idx.gaz.lookup(" ".join(t.text for t in words[:n]))) is not None and e.type in PLACE), None)
        return known or lead  # "Buenos Aires CLARIN": the title-case words before the all-caps source
    for n in range(min(3, len(words) - 1), 0, -1):
        entry = idx.gaz.lookup(" ".join(t.text for t in words[:n]))
        if entry is not None and entry.type in PLACE:
            return n
    if words[0].ent_type_ in ("GPE", "LOC") and words[0].ent_iob_ == "B":
        n = 1
        while n < len(words) - 1 and words[n].ent_iob_ == "I" and words[n].ent_type_ == words[0].ent_type_:
            n += 1
        if n < len(words):
            return n
    return 1 if words[0].is_title else None


def _text(toks: list) -> str:
    return toks[0].doc[toks[0].i: toks[-1].i + 1].text


def _place_arg(toks: list, idx: DocIndex) -> Arg | None:
    text = _text(toks)
    res = idx.resolver.resolve(text, "GPE")
    ent = res.entity if res and res.entity.type in PLACE else Entity(entity_iri(text), text, "City")
    return Arg(ent, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _source_arg(toks: list, idx: DocIndex, line: bool = False) -> Arg | None:
    """The agency or the source a dateline or a source line names. On a source line a name of two or more words
    in capitals is the source even where NER did not read it ("Sao Paulo O ESTADO DE SAO PAULO")."""
    if not toks or not toks[0].text[:1].isupper():
        return None
    hit = idx.tok2m.get(toks[0].i)
    if hit and (hit[0].start, hit[0].end) == (toks[0].i, toks[-1].i + 1) and hit[1].entity.type in ORGS:
        return idx.mention(toks[0], actor=False)
    text = _text(toks)
    res = idx.resolver.resolve(text, "ORG")
    if res is None and line and len(toks) >= 2 and all(t.is_upper and t.is_alpha for t in toks) \
            and idx.gaz.lookup(text) is None:
        return Arg(Entity(entity_iri(text), text, "Organization"), toks[0].idx, toks[-1].idx + len(toks[-1]))
    if res is None or res.entity.type not in ORGS | {"GovernmentBody"}:
        return None
    return Arg(res.entity, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _place_then_caps(toks: list, idx: DocIndex) -> bool:
    """ "London THE SUNDAY TIMES 30 Jan 94": a city the gazetteer knows, then a name in capitals."""
    return len(toks) > 3 and toks[0].is_title and toks[1].is_upper and toks[2].is_upper \
        and (e := idx.gaz.lookup(toks[0].text)) is not None and e.type in PLACE
