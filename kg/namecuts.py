"""Names in listings, repaired before the rules read a Doc. A listing is strong evidence: where a
comma- or semicolon-separated list of capitalised items names two or more organisations, an item NER
missed ("BRINC Drones", a company named with a common noun) or took for a number ("A7") is an
organisation too. And a name never begins or ends on the list's own punctuation ("Cryptex,").
Part of the extractor (listed in kg.build.extractor_files), run from kg.names._repair."""
from __future__ import annotations

from collections.abc import Callable

EDGE_PUNCT = {",", ";", ":"}
# A list's bullet mark NER ran into ("- Ann Wu", "• Kestrel Bank"): never a word of the name.
BULLET_MARKS = {"-", "–", "—", "•", "*", "·", "▪", "◦"}
# What may stand between two items of one list: its separators.
SEPARATORS = {",", ";", "and", "or", "as", "well", "&"}
# Labels an item of a list of organisations may carry when NER was wrong: a code name read as a number.
RETYPED = {"CARDINAL", "QUANTITY", "ORDINAL", "DATE"}


MEMO_MAX = 500_000  # distinct words remembered, at most (a few tens of MB)
_words: dict[int, str] = {}  # string id -> the string (spaCy decodes it again on every read)
_lowered: dict[int, str] = {}  # string id -> the string in lower case


def words_of(doc, attr: int, *, lower: bool = False) -> list[str]:
    """Each token's LOWER, LEMMA or ORTH (an attribute id) as a string, lower-cased if asked: read
    from one array, each distinct string decoded once a process, with no Token object made."""
    memo = _lowered if lower else _words
    if len(memo) > MEMO_MAX:  # a process that reads a very large corpus does not keep every word
        memo.clear()
    strings = doc.vocab.strings
    out = []
    for h in doc.to_array([attr]).ravel().tolist():
        w = memo.get(h)
        if w is None:
            w = memo[h] = strings[h].lower() if lower else strings[h]
        out.append(w)
    return out


def tokens_where(doc, attr: int, test: Callable[[str], bool], *, lower: bool = False, tokens=None) -> list:
    """The tokens whose attribute (as words_of reads it) passes `test`, in order: a repair that looks
    at a few words goes to them, instead of making a Token object for every word of the article to
    read its text (most of the repairs' time; issue 13). `tokens`: the Doc's tokens, made already."""
    return [doc[i] if tokens is None else tokens[i] for i, w in enumerate(words_of(doc, attr, lower=lower)) if test(w)]


def trim_edges(doc, ents: list) -> bool:
    """ "Cryptex," or "; Garantex": NER's span took a separator of the list; the name is what is between (and
    what follows "ex-"); a bullet mark at either edge ("- Ann Wu") is the list's, not the name's; a heading's words in
    capitals before a title-case name are the heading's.
    An opening bracket NER ran into without its closing one ends the name before it."""
    from spacy.tokens import Span

    changed = False
    for n, e in enumerate(ents):
        if e.ent_id_ or len(e) < 2:
            continue
        start, end = e.start, e.end
        while end - start > 1 and doc[end - 1].text in EDGE_PUNCT:
            end -= 1
        while end - start > 1 and (doc[start].text in EDGE_PUNCT or doc[start].text in BULLET_MARKS):
            start += 1
        while end - start > 1 and doc[end - 1].text in BULLET_MARKS:
            end -= 1
        caps = start  # "A STATE-SPONSORED MALICIOUS CYBER GROUP Flax Typhoon is": a heading in capitals run into the name
        while caps < end - 1 and doc[caps].is_upper and doc[caps].is_alpha:
            caps += 1
        if caps - start >= 2 and doc[caps].is_title and start > 0 and (doc[start - 1].is_upper or doc[start - 1].text == ":"):
            start = caps
        if e.label_ == "PERSON" and end - start >= 3 and doc[start].is_title and doc[start].lower_ in TITLES_BEFORE_NAMES:
            start += 1  # "Treasurer Jim Chalmers": NER ran the title into the person's name
        if end - start > 2 and doc[start].lower_ == "ex" and doc[start + 1].text == "-":
            start += 2  # "ex-Kestrel Entertainment employees": the former employer is named after "ex-"
        opened = next((t.i for t in doc[start:end] if t.text == "(" and not any(
            u.text == ")" for u in doc[t.i + 1:end])), None)
        if opened is not None and opened > start:
            end = opened  # "PRD (Party of the Democratic Revolution": the bracket NER ran into is the name's gloss
        if (start, end) != (e.start, e.end):
            ents[n] = Span(doc, start, end, label=e.label_)
            changed = True
    return changed


def _coded(tok) -> bool:
    """A code-like name: letters and digits with a capital ("A7", "X5"), never a plain number."""
    text = tok.text
    return any(c.isdigit() for c in text) and any(c.isupper() for c in text) and text.isalnum()


def _item_span(doc, tok, by_token) -> tuple[int, int] | None:
    """The words of a list item NER left unnamed: the item's head and the capitalised compounds
    right before it ("BRINC Drones"), none of them inside another name."""
    start = tok.i
    while start > 0 and doc[start - 1].head.i == tok.i and doc[start - 1].dep_ in ("compound", "nmod") \
            and doc[start - 1].i not in by_token:
        start -= 1
    words = doc[start: tok.i + 1]
    if any(t.i in by_token for t in words) or not all(t.text[:1].isupper() or _coded(t) for t in words):
        return None
    if not any(t.pos_ == "PROPN" or t.is_upper and len(t.text) > 1 or _coded(t) for t in words):
        return None  # "Drones" alone: a capitalised common noun is no name
    return start, tok.i + 1


def listed_names(doc, ents: list) -> bool:
    """Items of a list of organisations that NER missed or mistyped: "sanctions on Garantex, Cryptex,
    A7 and BRINC Drones" names four. Only lists of three or more items written with commas or
    semicolons, where at least two items are already organisations (or one, and NER named none of the
    others) and nothing but separators stands between the items; an item NER named as something else
    (a person, a place) stays so."""
    from spacy.tokens import Span

    by_token = {i: n for n, e in enumerate(ents) for i in range(e.start, e.end)}
    changed = False
    for head in _coordinating(doc):
        if head.dep_ == "conj" or not head.conjuncts:
            continue
        members = sorted([head, *head.conjuncts], key=lambda t: t.i)
        heads = {m.i for m in members}
        while members[0].i >= 2 and doc[members[0].i - 1].text == "," and (
                lead := doc[members[0].i - 2]).head.i in heads and lead.pos_ == "PROPN" and lead.i not in by_token:
            members.insert(0, lead)  # "Bitzlato, Garantex, K7 and ...": the parser hung the first item on the second
            heads.add(lead.i)
        if len(members) < 3:
            continue
        items: list[tuple[int, int, str | None]] = []  # start, end, label (None: no name yet)
        for m in members:
            n = by_token.get(m.i)
            if n is not None:
                e = ents[n]
                if e.label_ in RETYPED and len(e) == 1 and _coded(m):
                    items.append((e.start, e.end, None))
                else:
                    items.append((e.start, e.end, e.label_))
            elif (span := _item_span(doc, m, by_token)) is not None:
                items.append((*span, None))
            else:
                items = []
                break
        orgs = sum(label == "ORG" for _, _, label in items)
        unnamed = sum(label is None for _, _, label in items)
        # two organisations vouch for the rest; one does when nothing else in the list is named
        if len(items) < 3 or not unnamed or orgs < 2 and not (orgs == 1 and orgs + unnamed == len(items)):
            continue
        gaps = [doc[a[1]: b[0]] for a, b in zip(items, items[1:])]
        if any(b[0] < a[1] for a, b in zip(items, items[1:])) \
                or not all(len(g) and all(t.lower_ in SEPARATORS for t in g) for g in gaps) \
                or not any(t.text in (",", ";") for g in gaps for t in g):
            continue
        for start, end, label in items:
            if label is None:
                if (n := by_token.get(start)) is not None:
                    ents[n] = Span(doc, start, end, label="ORG")
                else:
                    ents.append(Span(doc, start, end, label="ORG"))
                changed = True
        by_token = {i: n for n, e in enumerate(ents) for i in range(e.start, e.end)}
    if changed:
        ents.sort(key=lambda e: e.start)
    return changed


def _coordinating(doc) -> list:
    """The tokens that may have conjuncts: a token not itself a conjunct has some only where a
    word to its right hangs on it as one (Token.conjuncts); the rest are never read."""
    if "conjuncts" in doc.user_token_hooks:
        return list(doc)
    from spacy.attrs import DEP, HEAD
    from spacy.symbols import conj

    rows = doc.to_array([DEP, HEAD]).tolist()
    heads = sorted({i + (head if head < 2 ** 63 else head - 2 ** 64) for i, (dep, head) in enumerate(rows)
                    if dep == conj and head})
    return [doc[i] for i in heads if i >= 0]


# Titles NER runs into the person's name after them ("Treasurer Jim Chalmers"); none is also a common first name.
TITLES_BEFORE_NAMES = {"treasurer", "minister", "secretary", "senator", "ambassador", "envoy", "commissioner",
                       "chancellor", "premier", "governor", "president", "chairman", "chairwoman", "ceo", "spokesman",
                       "spokeswoman", "spokesperson", "prosecutor", "congressman", "congresswoman", "lawmaker"}


# Words of a person's title, capitalised before "of" ("Chief Executive Officer of Chilworth Asia").
TITLE_WORDS = {"chief", "executive", "officer", "president", "director", "chairman", "chairwoman", "head", "vice",
               "manager", "secretary", "minister", "founder", "partner", "senior", "general", "deputy"}


def paired_names(doc, ents: list) -> bool:
    """ "its subsidiaries Orion Labs and Vega Systems": two names joined by "and" or "or" in running text,
    the first an organisation, the second two or more capitalised proper nouns NER left unnamed: the
    second is an organisation too (run after the repairs that settle the first one's type)."""
    from spacy.tokens import Span

    by_token = {i: n for n, e in enumerate(ents) for i in range(e.start, e.end)}
    changed = False
    for first in _coordinating(doc):
        n = by_token.get(first.i)
        if n is None or ents[n].label_ != "ORG" or first.i != ents[n].end - 1:
            continue
        for other in first.conjuncts:
            span = _item_span(doc, other, by_token) if other.i > first.i else None
            if span is None or [t.lower_ for t in doc[ents[n].end: span[0]]] not in (["and"], ["or"]):
                continue
            words = doc[span[0]: span[1]]
            if len(words) >= 2 and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLE_WORDS for t in words) \
                    and (span[1] == len(doc) or doc[span[1]].lower_ != "of") and running_text(words.sent):
                ents.append(Span(doc, *span, label="ORG"))
                by_token.update({i: len(ents) - 1 for i in range(*span)})
                changed = True
    if changed:
        ents.sort(key=lambda e: e.start)
    return changed


# Legal forms a company's name ends in (kg/names.py cuts and joins names at these); written after a
# comma they stay part of the name. NER naming one alone also takes the spelled-out and rarer forms.
LEGAL_ENDINGS = {"corp", "inc", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "s.a", "nv", "bv"}
LEGAL_FORMS = LEGAL_ENDINGS | {"incorporated", "limited", "corporation", "lp", "llp", "pte", "pty", "fze", "fzco", "jsc", "pjsc"}


# The last word of a job title NER took for a body ("Project Executive", "Earth Observation Specialist").
ROLE_ENDS = {"officer", "specialist", "manager", "director", "president", "chairman", "chairwoman", "ceo", "cfo",
             "cto", "coo", "founder", "co-founder", "cofounder", "partner", "advisor", "adviser", "consultant",
             "analyst", "engineer", "associate", "fellow", "professor"}
# Words that make a name a body even when a title word ends it ("Office of the Director").
BODY_WORDS = {"office", "department", "ministry", "agency", "bureau", "board", "council", "commission",
              "committee", "association", "institute", "university", "college", "school", "company", "group"}


def titles_as_bodies(doc, ents: list) -> bool:
    """A job title NER took for an organisation is none: "Project Executive Specialist" is dropped,
    "Chief Technical Officer of Chilworth Technology" keeps only the body after the title's "of"."""
    from spacy.tokens import Span

    changed = False
    for n in range(len(ents) - 1, -1, -1):
        e = ents[n]
        if e.ent_id_ or e.label_ != "ORG":
            continue
        words = [t.lower_ for t in e]
        role = next((i for i, w in enumerate(words) if w in ROLE_ENDS and i + 1 < len(words) and words[i + 1] == "of"
                     and i + 2 < len(words) and e[i + 2].text[:1].isupper()), None)
        if role is not None and not BODY_WORDS & set(words[:role]):
            ents[n] = Span(doc, e.start + role + 2, e.end, label="ORG")  # "Officer of Chilworth Technology"
            changed = True
        elif words[-1] in ROLE_ENDS and not BODY_WORDS & set(words):
            del ents[n]
            changed = True
        elif (person := _name_after_title(e)) is not None:
            ents[n:n + 1] = [Span(doc, person, e.end, label="PERSON")]  # "Law Minister K Shanmugam": the name after
            if e[person - 1 - e.start].lower_ in OFFICER_TITLES:  # "Orion Dynamics CFO Colette Varga": and the company
                ents.insert(n, Span(doc, e.start, person - 1, label="ORG"))
            changed = True
    return changed


# Officer titles news writes right before a person's name ("Nvidia CFO Colette Kress said").
OFFICER_TITLES = {"ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
                  "founder", "co-founder", "cofounder"}


def people_after_titles(doc, ents: list, company_words: set) -> bool:
    """A name NER missed right after a company's name and an officer's title: "Nvidia CFO Colette Kress said"
    (two or three capitalised words, none in a name, none a company's word, and the name ends there)."""
    from spacy.tokens import Span

    taken = {i: e for e in ents for i in range(e.start, e.end)}
    found = []
    for t in doc:
        # "Secretary of Homeland Security Alejandro N. Mayorkas": the name right after the department
        if not _portfolio_end(t, taken) and (t.lower_ not in OFFICER_TITLES or t.i < 1 or taken.get(t.i - 1) is None
                                             or taken[t.i - 1].label_ != "ORG"):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and end not in taken and doc[end].pos_ == "PROPN" \
                and doc[end].is_title and doc[end].lower_ not in company_words:
            end += 1
        if 2 <= end - t.i - 1 <= 3 and (end == len(doc) or end not in taken and not doc[end].text[:1].isupper()):
            found.append(Span(doc, t.i + 1, end, label="PERSON"))
    ents.extend(found)
    ents.sort(key=lambda e: e.start)
    return bool(found)


def _portfolio_end(t, taken: dict) -> bool:
    """The last word of an organisation NER found right after a cabinet title and "of" ("Secretary of Homeland
    Security"), where the name that follows is the title holder's."""
    e = taken.get(t.i)
    return e is not None and e.label_ == "ORG" and e.end == t.i + 1 and e.start >= 2 \
        and t.doc[e.start - 1].lower_ == "of" and t.doc[e.start - 2].lower_ in ("secretary", "minister")


# Titles NER runs into the name after them ("Law Minister K Shanmugam" taken for one organisation).
NAMED_TITLES = {"minister", "secretary", "ambassador", "envoy", "commissioner"} | OFFICER_TITLES


def _name_after_title(e) -> int | None:
    """Where the person's name starts in an organisation NER ran from a portfolio and a title into a name:
    a capitalised title after a word of its portfolio, then one to four capitalised words, none a body's."""
    words = [t.lower_ for t in e]
    k = next((i for i in range(1, len(e) - 1) if words[i] in NAMED_TITLES and e[i].text[:1].isupper()), None)
    if k is None or BODY_WORDS & set(words) or len(e) - k - 1 > 4:
        return None
    rest = e[k + 1:]
    if not all(t.text[:1].isupper() and t.text.rstrip(".").isalpha() and t.lower_.rstrip(".") not in LEGAL_FORMS
               for t in rest) or rest[-1].pos_ != "PROPN":
        return None
    return e.start + k + 1


# Verbs whose object is a party a government penalises or lists: what stands there is a body or a person.
PENALISING = {"sanction", "designate", "blacklist", "target"}
LISTS = {"list"}
PENALISED_LEMMAS = PENALISING | {"add", "place", "put", "sanction"}  # the lemmas penalised_slots reads at all
LEMMA_ID, LOWER_ID, ORTH_ID = 73, 66, 65  # spacy.attrs.LEMMA, LOWER, ORTH (checked in tests/test_names_fast.py)


def penalised_slots(doc):
    """Tokens that stand where a release names the party it sanctions or lists, for kg.names to make
    an organisation of a capitalised name NER missed or mistyped: "OFAC designated Orion Vector Labs",
    "Sino Ocean Shipping was added to the SDN List", "sanctions on A, B and C", "targets 14 entities,
    including A and B". Yields (token, how, keep_places) as kg.names' own slots do; places stay places
    (a country is sanctioned too)."""
    for t in tokens_where(doc, LEMMA_ID, PENALISED_LEMMAS.__contains__, lower=True):
        lemma = t.lemma_.lower()
        slots = []
        if t.pos_ == "VERB" and (lemma in PENALISING or lemma in ("add", "place", "put") and any(
                c.dep_ == "prep" and c.lower_ in ("to", "on") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in LISTS for o in c.children) for c in t.children)):
            slots = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        elif t.pos_ == "NOUN" and lemma == "sanction":  # "sanctions on X", "imposed sanctions on X"
            holders = [t, t.head] if t.dep_ == "dobj" else [t]
            slots = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                     for o in c.children if o.dep_ == "pobj"]
        for p in slots:
            for q in (p, *p.conjuncts):
                yield q, "listed", True
                for c in q.children:  # "14 individuals and entities, including A and B"
                    if c.dep_ == "prep" and c.lower_ in ("including", "like"):
                        for o in c.children:
                            if o.dep_ == "pobj":
                                yield from ((r, "listed", True) for r in (o, *o.conjuncts))


def detached_tail(doc, e) -> int | None:
    """Where a name NER ran past its end stops: at a lowercase preposition that belongs to the clause,
    not to the name ("designated Nanjing Fortune Optics under E.O. 14024": "under" hangs on the verb).
    "Bank of America" and "Centers for Disease Control" keep their "of" and "for" (they hang on a word
    of the name)."""
    for t in e[1:]:
        if t.lower_ in CLAUSE_PREPS and t.dep_ == "prep" and not (e.start <= t.head.i < e.end):
            return t.i
    return None


# Prepositions that begin a clause's adjunct and hardly ever a word of a name; "of", "for", "on", "in"
# and "at" are left out: "Centers for Disease Control", "Council on Foreign Relations", "University of
# California at Berkeley" keep them, however the parser hangs them.
CLAUSE_PREPS = {"under", "pursuant", "since", "after", "before", "during", "against", "over", "following", "despite"}


def left_compounds(doc, ents: list, company_endings: set[str]) -> bool:
    """A company's name NER began a word or two late: "Kunlun Star Construction Co., Ltd." found as
    "Star Construction Co., Ltd.". A capitalised proper noun right before the name that the parser
    hangs on a word of the name as a compound is its first word. A city before a company's legal
    name is part of it too ("Guangzhou Tianhe Trading Co."), as Chinese companies are named; a city
    before another kind of name stays a place ("Beijing Film Academy" is the gazetteer's or NER's)."""
    from spacy.tokens import Span

    changed = False
    n = 0
    while n < len(ents):
        e = ents[n]
        n += 1
        legal = e[-1].lower_.rstrip(".") in company_endings
        if e.ent_id_ or e.label_ != "ORG" and not (legal and len(e) == 1):
            continue  # (a legal form NER took alone for a place: "Intellexa S.A. in Greece" tagged "S.A." a GPE)
        start = e.start
        while start > e.sent.start:
            prev = doc[start - 1]
            if not (prev.dep_ == "compound" and start <= prev.head.i < e.end and prev.text[:1].isupper()) or (
                    prev.is_upper and prev.is_alpha and doc[start].is_title and doc[prev.i - 1].is_upper):
                break  # (a word may hang on one the name already took: "Bethesda Game Studios Dallas LLC"; a heading's
                # capitals before a title-case name are no words of it: "MALICIOUS CYBER GROUP Flax Typhoon")
            owner = next((k for k, g in enumerate(ents) if g.start <= prev.i < g.end), None)
            if owner is None and prev.pos_ == "PROPN":
                start -= 1
            elif owner is not None and legal and ents[owner].label_ == "ORG" and ents[owner].end == start \
                    and all(ents[owner].start <= t.head.i < e.end and t.dep_ in ("compound", "nmod")
                            for t in ents[owner]):  # "AT&T Mobility LLC": a company's name before its unit's
                start = ents[owner].start
                del ents[owner]
                n -= 1
            elif owner is not None and legal and ents[owner].label_ in ("GPE", "NORP") \
                    and len(ents[owner]) == 1:  # "Sino Bright Semiconductor International Corporation"
                del ents[owner]
                n -= 1  # the place stood before the name in the list
                start -= 1
            else:
                break
        if start < e.start:
            ents[n - 1] = Span(doc, start, e.end, label="ORG")
            changed = True
    return changed


# First words of a town's name ("St. Albans", "Mt. Vernon") and last words ("Mineral Wells", "Cedar Rapids").


def running_text(sent) -> bool:
    """A verb in lower case: prose, not a headline in title case ("Harbor Light Robotics Wins Order")."""
    return any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in sent)
