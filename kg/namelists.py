"""Names in listings, repaired before the rules read a Doc. A listing is strong evidence: where a
comma- or semicolon-separated list of capitalised items names two or more organisations, an item NER
missed ("BRINC Drones", a company named with a common noun) or took for a number ("A7") is an
organisation too. And a name never begins or ends on the list's own punctuation ("Cryptex,").
Part of the extractor (kg.build.extractor_files lists kg/), run from kg.names._repair."""
from __future__ import annotations

EDGE_PUNCT = {",", ";", ":"}
# What may stand between two items of one list: its separators.
SEPARATORS = {",", ";", "and", "or", "as", "well", "&"}
# Labels an item of a list of organisations may carry when NER was wrong: a code name read as a number.
RETYPED = {"CARDINAL", "QUANTITY", "ORDINAL", "DATE"}


def trim_edges(doc, ents: list) -> bool:
    """ "Cryptex," or "; Garantex": NER's span took a separator of the list; the name is what is between."""
    from spacy.tokens import Span

    changed = False
    for n, e in enumerate(ents):
        if e.ent_id_ or len(e) < 2:
            continue
        start, end = e.start, e.end
        while end - start > 1 and doc[end - 1].text in EDGE_PUNCT:
            end -= 1
        while end - start > 1 and doc[start].text in EDGE_PUNCT:
            start += 1
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

    by_token = {t.i: n for n, e in enumerate(ents) for t in e}
    changed = False
    for head in doc:
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
        by_token = {t.i: n for n, e in enumerate(ents) for t in e}
    if changed:
        ents.sort(key=lambda e: e.start)
    return changed
