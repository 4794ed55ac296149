"""What a title word says and which bodies it names: the predicate of a role noun (leads, worksFor or none), the
organisations a title hangs on (through 'of', possessors, compounds, units, portfolios and chains of owners), and a
department named by its remit. Split from roles.py for size; roles.py's matchers use these."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from .. import lexicon as L
from ..index import department_entry, ORGS, PLACE, Arg, DocIndex, demonym_of
from ..syntax import (named_body, args_of)


def _joined_one_of(one: Token) -> Token | None:
    if one.lower_ != "one" or one.dep_ != "conj":
        return None
    return next((p for prep in one.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
                 if p.dep_ == "pobj" and _is_role(p) and any(q.dep_ == "poss" and q.lower_ == "its" for q in p.children)),
                None)


def _joined_one(r: Token) -> Token | None:
    """The "one" a role noun hangs on in "A, and one of its employees, B" (see _one_of_its)."""
    one = r.head.head if r.dep_ == "pobj" and r.head.lower_ == "of" else None
    found = _joined_one_of(one) if one is not None else None
    return one if found is not None and found.i == r.i else None


def _shared(r: Token) -> bool:
    """A role one holds among several ("one of the directors of X"): a member of the body's
    leadership, who does not head it alone."""
    return r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ == "one" and r.tag_ in ("NNS", "NNPS")


def _employer(p: Token, idx: DocIndex) -> list[Arg]:
    """The institution behind "Tsinghua University's Center for ...": the possessor employs."""
    owner = [a for q in p.children if q.dep_ == "poss" for a in args_of(q, idx, role="obj")
             if a.entity.type in ORGS | {"GovernmentBody"}]  # not "New York's Mount Sinai School"
    return owner + _unit(p, owner, idx) if owner else args_of(p, idx, role="obj") or _body_named(p, idx)


def _body_named(p: Token, idx: DocIndex) -> list[Arg]:
    """ "of the smaller Kestrel company", "for the Orion newspaper": a definite body noun whose
    name is written before it is that named body. Not "a Kestrel supplier" or "a Google company",
    which are other bodies tied to the name (only L.NAMED_BODY_NOUNS, only after "the")."""
    if idx.mention(p) is not None or p.lemma_.lower() not in L.NAMED_BODY_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in p.children):
        return []
    names = [a for c in p.children if c.dep_ == "compound" and (a := idx.mention(c)) is not None and a.entity.type in ORGS]
    return names if len({a.entity.iri for a in names}) == 1 else []


def _named_unit(p: Token, here: Arg | None) -> bool:
    """ "Kestrel Holdings' subsidiary Orvane Labs": a named company that a unit noun ties to its possessor."""
    return here is not None and here.entity.type in ORGS and any(
        q.dep_ == "compound" and q.lemma_.lower() in L.OWNED_UNIT_NOUNS and q.i < p.i for q in p.children)


def _unit(p: Token, owner: list[Arg], idx: DocIndex) -> list[Arg]:
    """ "of the Justice Department's Criminal Division": a named unit of a government body employs
    the person too (ONTOLOGY.md: the bureau, when the passage names it); so does an institution's school
    or centre ("of Kestrel University's Hollis School of Government")."""
    here = idx.mention(p, actor=False)
    if here is None or here.entity.iri in {o.entity.iri for o in owner}:
        return []
    if here.entity.type == "GovernmentBody" and any(o.entity.type == "GovernmentBody" for o in owner):
        return [here]
    # (a school "of Government" NER's words type as a government body)
    return [here] if here.entity.type in ("Organization", "GovernmentBody") \
        and any(o.entity.type == "Organization" for o in owner) else []


def _is_role(tok: Token) -> bool:
    return tok.lower_ in L.ROLES or tok.lemma_.lower() in L.ROLES


def _role_pred(r: Token) -> str | None:
    lemma = r.lemma_.lower()
    if lemma not in L.ROLES:
        return None
    pred = L.ROLES[lemma]
    if pred == "leads" and _shared(r):
        return "worksFor"  # "one of the directors of X" sits on its board, and does not head it
    mods = {c.lower_ for c in r.lefts if c.dep_ in ("amod", "compound")}
    if pred == "leads" and mods & L.FACTION_WORDS:
        return "worksFor"  # "Senate minority leader X" leads a party's members there, not the Senate
    if pred == "leads" and (_heads_a_remit(r) or _remit_then_body(r)):
        return "worksFor"  # "Baidu's head of research", "director of policy at Baidu": heads a remit inside the body
    if pred == "leads" and (mods & L.SUBORDINATE_TITLES or _under_title(r)):
        return "worksFor"  # a vice president, a deputy director, an assistant chairman does not head the body
    if lemma in L.PORTFOLIO_HEADS and any(c.dep_ in ("amod", "compound") and c.is_lower and c.lower_ not in L.RANK_WORDS
                                          for c in r.lefts):
        return "worksFor"  # "EU antitrust chief X", "Meta's AI chief": heads a remit inside the body
    if lemma == "officer":  # a chief executive officer leads; a chief financial officer does not
        return "leads" if "executive" in mods or {"chief", "executive"} <= {c.lower_ for c in r.lefts} else "worksFor"
    if pred == "worksFor" and lemma in ("executive", "minister") and mods & L.LEAD_MODIFIERS:
        return "leads"
    if lemma == "executive" and r.i > 0 and r.doc[r.i - 1].lower_ == "chief":
        return "leads"  # "Intel Chief Executive Lip-Bu Tan": the parser hung both words on the name
    if lemma == "manager" and r.i > 0 and r.doc[r.i - 1].lower_ == "general":
        # a general manager runs the company; other managers work for it, and so does one titled a vice president
        # too ("Executive Vice President and General Manager": the manager of a business unit)
        return "worksFor" if r.i > 2 and r.doc[r.i - 2].lower_ == "and" and any(
            t.lower_ in L.SUBORDINATE_TITLES for t in r.doc[max(0, r.i - 6): r.i - 2]) else "leads"
    if lemma == "executive" and not mods & {"chief"}:
        return "worksFor"
    return pred


def _heads_a_remit(r: Token) -> bool:
    """ "head of research", "chief of staff", "director of policy": "of" a bare lower-case noun names
    a field of work, not a body (news writes offices and bodies with capitals or a determiner:
    "Director of National Intelligence", "president of the company")."""
    return any(p.dep_ == "pobj" and p.is_lower and not p.ent_type_ and p.pos_ in ("NOUN", "ADJ", "PROPN")
               and p.lemma_.lower() not in L.ORG_ANAPHORS and not any(q.dep_ in ("det", "poss") for q in p.children)
               for c in r.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def department(tok: Token, idx: DocIndex) -> Arg | None:
    """The government department a title names by its subject: "Secretary of Commerce", "Secretary
    of the Treasury", "Commerce Secretary", "Minister of Trade" (the gazetteer knows the bodies under
    their full names: "Department of Commerce", "Ministry of Trade")."""
    if tok.lower_ == "state" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "minister":
        return None  # "Minister of State for Electronics": a junior minister's rank, not the U.S. Department of State
    words = [t for t in tok.subtree if t.i <= tok.i] if tok.dep_ == "compound" else list(tok.subtree)
    words = [t for t in words if t.lower_ not in ("the", "u.s.", "us") and t.dep_ != "punct"]
    if not words or len(words) > 5 or not all(t.text[:1].isupper() or t.lower_ == "and" for t in words):
        return None
    base = " ".join(t.text for t in words)
    entry = department_entry(idx.gaz, base) or idx.gaz.lookup(base)
    if entry is None or entry.type != "GovernmentBody" or entry.name.startswith("U.S.") and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() == "minister":
        return None  # "Minister of Energy": a title the U.S. does not use names no federal department
    return Arg(idx.resolver.entity_of(entry), words[0].idx, words[-1].idx + len(words[-1].text))


def _lower_portfolio(c: Token, r: Token, idx: DocIndex) -> Arg | None:
    """ "Gina Raimondo, the commerce secretary": news style writes a title after a name in lower case.
    Only a U.S. cabinet secretary's one-word portfolio, and only with no other nationality on the title ("the
    U.S. commerce secretary" is one, "the British trade secretary" is not)."""
    if r.lemma_.lower() != "secretary" or c.lower_ not in L.US_PORTFOLIOS or any(
            (state := demonym_of(m, idx) or _country(m, idx)) is not None and state.label != "United States"
            for m in r.lefts if m.i != c.i):
        return None
    entry = department_entry(idx.gaz, c.text.title())
    if entry is None or entry.type != "GovernmentBody":
        return None
    return Arg(idx.resolver.entity_of(entry), c.idx, c.idx + len(c.text))


def _country(m: Token, idx: DocIndex):
    a = idx.mention(m)
    return a.entity if a is not None and a.entity.type == "Country" else None


def _other_state(r: Token, idx: DocIndex) -> bool:
    """A place other than the United States before the title ("Iowa Agriculture Secretary", "Texas
    Commerce Secretary"), or a title the U.S. does not use ("Interior Minister Nancy Faeser"): the portfolio
    is that state's, not a federal department's."""
    if r.lemma_.lower() == "minister":
        return True
    return any((m := idx.mention(c, actor=False)) is not None and m.entity.type in PLACE
               and m.entity.label != "United States" for c in r.lefts if c.dep_ in ("compound", "amod", "nmod"))


def _office_title(a: Arg, idx: DocIndex) -> bool:
    """A name NER made of a place and a remit ("Texas Agriculture", "Ohio Insurance") before a title is
    the title's office, not an organisation: the title alone names no body (ONTOLOGY.md, titles)."""
    if a.entity.known:
        return False
    words = a.entity.label.split()
    for k in range(1, len(words)):
        place = idx.gaz.lookup(" ".join(words[:k]))
        if place is not None and place.type in PLACE and words[k:] \
                and all(w.lower() in L.OFFICE_PORTFOLIOS for w in words[k:]):
            return True
    return False


def _beat(c: Token, r: Token, idx: DocIndex) -> bool:
    """A city written before a press title ("the Tokyo bureau chief", "our Moscow correspondent")
    says where the person reports from (L.BEAT_TITLES), not whom they work for."""
    words = {r.lemma_.lower(), *(t.lemma_.lower() for t in c.subtree), *(t.lemma_.lower() for t in r.lefts)}
    if not words & L.BEAT_TITLES:
        return False
    places = [m for t in c.subtree if (m := idx.mention(t, actor=False)) is not None]
    return bool(places) and all(m.entity.type == "City" for m in places)


def _heads_department(r: Token) -> bool:
    """A cabinet title heads its department: "Secretary of Commerce", "Trade Minister"; an "Under
    Secretary", a "Deputy Minister" or a "press secretary" works for it."""
    if r.dep_ == "pobj" and r.head.lower_ == "under" or _under_title(r):
        return False  # "Under Secretary", read by the parser as a preposition and its object
    return r.lemma_.lower() in L.HEAD_TITLES and not any(
        c.lower_ in L.SUBORDINATE_TITLES for c in r.lefts if c.dep_ in ("amod", "compound", "nmod", "advmod"))


def _under_title(r: Token) -> bool:
    """"said Under Secretary of Commerce Mario Mancuso": the parser made "Under" a preposition of the name and
    hung the title on the name, so no dependency joins the two words; a capitalised "Under" right before the
    title makes it a subordinate title; opening a sentence, only in "Under Secretary" ("Under President X, ..."
    is a preposition)."""
    prev = r.doc[r.i - 1] if r.i > 0 else None
    return prev is not None and prev.text == "Under" and (not prev.is_sent_start or r.lower_ == "secretary")


def _named_apart(here: Arg, p: Token, idx: DocIndex) -> bool:
    """The body a title's "for" names is named as a body: in full ("for the Bureau of Industry and Security"), or
    elsewhere in the article too, outside this title (not a bare remit: "for Export Enforcement")."""
    span = idx.tok2m[p.i][0] if p.i in idx.tok2m else None
    if span is None or any(q.dep_ == "det" for q in p.children) or span[0].lower_ in L.GOV_ANAPHORS:
        return True
    return any(v[1].entity.iri == here.entity.iri and v[0] is not span for v in idx.tok2m.values())


def _body_before(r: Token, idx: DocIndex) -> bool:
    """A government body named before the title ("Bureau of Industry and Security (BIS) Assistant Secretary")."""
    near = [*r.children, *(r.head.children if r.dep_ in ("compound", "nmod") else ())]
    return any(c.dep_ in ("poss", "compound", "nmod") and c.i < r.i and (a := idx.mention(c)) is not None
               and a.entity.type == "GovernmentBody" for c in near)


def _conjoined_owner(r: Token, idx: DocIndex) -> list[Arg]:
    """ "A and its director B", "A, a Russia-based firm, and its chief executive, B": "its" is the body the
    role is joined to (or whose description it is joined to), not the clause's subject."""
    head = r.head
    if head.dep_ == "appos" and idx.mention(head) is None:
        head = head.head
    a = idx.mention(head)
    return [a] if a is not None and a.entity.type in ORGS else []


_HOLDINGS = frozenset({"owner", "co-owner", "shareholder", "stakeholder"})


def _chained(p: Token, idx: DocIndex) -> list[Arg]:
    """The bodies a role's preposition names; "Director at the Orvane Centre, Halvern Health Network, University of
    Dorwick": names set one after another with commas and no "and" are the first body's address (the bodies that
    host it), not a list of employers."""
    found = args_of(p, idx, role="obj")
    if len(found) > 1 and (here := idx.mention(p, actor=False)) is not None and p.conjuncts \
            and not any(c.dep_ == "cc" for t in (p, *p.conjuncts) for c in t.children):
        return [here]
    return found


def _shared_preps(r: Token) -> list[Token]:
    """ "an Italian engineer, founder and CEO of Kestrel Srl": the parser hung the "of" after the last role on the
    occupation the roles are in apposition to; each role of the chain, with no preposition of its own, shares it."""
    h = r
    while h.dep_ in ("conj", "appos") and h.head.i < h.i:
        h = h.head
        if h.dep_ not in ("conj", "appos") or any(c.dep_ == "prep" for c in h.children):
            break
    return [c for c in h.children if c.dep_ == "prep" and c.i > r.i and c.lower_ == "of"] if h is not r else []


def _fields_dropped(found: list[Arg], r: Token, c: Token) -> list[Arg]:
    """ "Professor of Operations Research at Stanford": after an academic title, "of" names a field, which NER may
    take for a body; only an institution is an employer there ("Professor of the University of Dorwick")."""
    if c.lower_ != "of" or r.lower_ not in L.FIELD_TITLES:
        return found
    return [a for a in found if set(a.entity.label.lower().split()) & L.INSTITUTION_WORDS]


def territorial(t: Token) -> bool:
    """A title qualified by a place ("Kestrel's India director", the possessive hung on "Japan" in "Kestrel's Japan
    chief executive"): the holder heads the company's business there, he does not lead the company."""
    return t.ent_type_ == "GPE" or any(c.dep_ == "compound" and c.ent_type_ == "GPE" for c in t.children)


def _territory_owner(c: Token, r: Token, idx: DocIndex) -> list[Arg]:
    """The company whose possessive stands before a country qualifying a title (on the country or on the title)."""
    return [a for t in (c, r) for q in t.children if q.dep_ == "poss" and q.i < c.i
            for a in args_of(q, idx, role="obj") if a.entity.type in ORGS]


def _role_orgs(r: Token, idx: DocIndex, depth: int = 0) -> list[Arg]:
    out: list[Arg] = []
    # "a writer and former columnist for The Washington Times": the parser hung the "for" that follows
    # the last role on the first conjunct
    late = [c for c in r.head.children if c.dep_ == "prep" and c.i > r.i] if r.dep_ == "conj" else []
    if not late and depth == 0 and r.dep_ in ("conj", "appos") and not any(c.dep_ == "prep" for c in r.children):
        late = _shared_preps(r)
    for c in [*r.children, *late]:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with", "from", "in"):
            for p in c.children:
                if p.dep_ == "pobj" and any(q.dep_ == "compound" and q.tag_ == "VBG" for q in p.children):
                    continue  # "chairman of the House subcommittee grilling Mason": a misparse, Mason is grilled
                if p.dep_ == "pobj":
                    # "an expert at Tsinghua University's Center": the institution employs
                    owner = [a for q in p.children if q.dep_ == "poss" for a in args_of(q, idx, role="obj")
                             if a.entity.type != "Country"]  # "chief of Belarus's Security Committee"
                    here = idx.mention(p, actor=False)
                    if here is not None and here.entity.type in PLACE - {"Country"}:
                        continue
                    if c.lower_ == "for" and here is not None and (_body_before(r, idx) or r.lower_ in L.HEAD_TITLES
                                                                   and not _named_apart(here, p, idx)):
                        # "BIS Assistant Secretary for Export Enforcement X": the remit, not a second body; a
                        # Secretary's "for" names a body only where the passage names it too (ONTOLOGY.md, titles)
                        continue
                    if here is not None and here.entity.type in PLACE and c.lower_ == "in" and (depth > 0 or any(
                            q.dep_ == "prep" and q.lower_ == "of" for q in r.children)):
                        continue  # "head of the peacekeeping forces in Kosovo", "commander of U.S. forces in Vietnam"
                        # (however the parser hung the "in"): where the forces are, not who employs
                        # ("mayor of Mohammadia, south-east Algeria": a town, not an employer, is the check above)
                    if here is None and p.lemma_.lower() in L.TIED_BODY_NOUNS \
                            and not any(q.dep_ == "appos" for q in p.children):
                        continue  # "an engineer at a Kestrel Foods supplier": another body, not named
                    if owner and _named_unit(p, here):
                        owner = []  # "president of Kestrel's subsidiary Orvane Labs": he heads the unit, named
                    found = owner + _unit(p, owner, idx) if owner else ([d] if c.lower_ == "of" and (here is None or not here.entity.known)
                                      and r.lower_ not in L.FIELD_TITLES and not (depth and r.tag_ in ("NNS", "NNPS"))
                                      and (d := department(p, idx)) is not None else _chained(p, idx) or _body_named(p, idx))
                    field = len(kept := _fields_dropped(found, r, c)) < len(found)  # "Professor of Operations Research"
                    if not kept and depth < 2 and (field or not idx.mention(p)):
                        # "professor of political science at Queens College", "the firm of Skadden";
                        # not "director of the camp at Oxford" (a town NER took for a company)
                        kept = [a for a in _role_orgs(p, idx, depth + 1) if named_body(a, idx)]
                    out += kept
        if c.dep_ == "poss" and not idx.mention(c) and c.lemma_.lower() in L.ORG_ANAPHORS:
            out += args_of(c, idx, role="obj")  # "who will become the newspaper's chairman"
            continue
        if (c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and _org_adjective(c, idx)) and c.i < r.i:
            if _beat(c, r, idx):
                continue  # "the Washington correspondent for Austrian television": the city is the beat
            if a := idx.mention(c):
                if _office_title(a, idx) or c.lower_ in L.US_PORTFOLIOS and _other_state(r, idx):
                    continue  # "Texas Agriculture Commissioner Sid Miller": a place's office, no named body
                if a.entity.type == "Country" and c.dep_ == "compound" and (owners := _territory_owner(c, r, idx)):
                    out += [o for o in owners if c.i < r.i and any(q.dep_ == "poss" for q in c.children)]
                    continue  # "Kestrel's India director", "Kestrel's Japan chief executive": the post's territory
                if a.entity.type == "Country" and any(cc.dep_ == "compound" and cc.pos_ == "PROPN" and not (
                        (p := idx.mention(cc, actor=False)) and p.entity.type in PLACE) for cc in c.children):
                    continue  # "Kestrel UK Sales Director Ann Wu": the company's unit in the country, not the state
                if r.lemma_.lower() in L.HEAD_TITLES and c.dep_ == "compound" and not a.entity.known \
                        and a.end - a.start == len(c.text) and department(c, idx) is None:
                    continue  # "Digital Secretary Oliver Dowden": a portfolio word NER took for a body
                if a.entity.type == "Person" and not a.entity.known and c.dep_ != "poss" and " " not in a.entity.label:
                    # "Former Pepco executive Sharon Dixon": NER took the employer for a person
                    a = replace(a, entity=replace(a.entity, type="Company"))
                out.append(a)
            elif c.dep_ == "compound" and depth == 0 and not _other_state(r, idx) \
                    and (d := department(c, idx) or _lower_portfolio(c, r, idx)) is not None:
                out.append(d)  # "Commerce Secretary Gina Raimondo": the department, not a company
            elif c.dep_ == "compound":  # "CNEN Radioprotection Director": through the compound chain
                out += [a for cc in c.subtree if cc.i < c.i and (a := idx.mention(cc))]
    for c in r.children:  # "TSMC, whose chairman is C.C. Wei": the relative clause's head
        if c.dep_ == "poss" and c.lower_ == "its" and r.dep_ == "conj":
            out += _conjoined_owner(r, idx)  # "sanctioned Orion Star and its director, Pavel Semenov"
        elif c.dep_ == "poss" and c.lower_ == "its" and (one := _joined_one(r)) is not None:
            out += _conjoined_owner(one, idx)  # "sanctioning Orion Star, and one of its employees, Ann Wu"
        elif c.dep_ == "poss" and c.lower_ == "its" and depth == 0:  # "Kestrel said its chief executive, Bo Chen"
            out += [a for a in args_of(c, idx, role="obj") if a.entity.type in ORGS | {"GovernmentBody"}]
        if c.dep_ == "poss" and c.lower_ == "whose" and r.head.dep_ == "relcl":
            out += [a for a in args_of(r.head.head, idx, role="obj")]
    if not out and depth == 0 and r.lemma_.lower() in L.STATE_ROLES and not (r.lemma_.lower() == "leader" and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.lower_ not in L.RANK_WORDS for c in r.lefts)):
        # "Guatemalan President X": the nationality, when nothing else names the body; not "a French
        # business executive", whose nationality says where he is from, not whom he serves (nor "a Canadian
        # business leader", "Russian opposition leader X": the leader of a remit, not of the state)
        out += [Arg(country, c.idx, c.idx + len(c.text)) for c in r.children
                if c.dep_ in ("compound", "amod") and c.i < r.i and idx.gaz.demonym(c.text) is not None
                and (country := demonym_of(c, idx)) is not None]
    for c in r.children:  # "Wilbur Ross, Secretary, U.S. Department of Commerce"
        if c.dep_ in ("conj", "appos") and c.left_edge.i == r.i + 2 and r.doc[r.i + 1].text == "," \
                and (a := idx.mention(c)) is not None and a.entity.type in ORGS | {"GovernmentBody"}:
            out.append(a)
    if not out and depth == 0 and _portfolio_of(r, idx):
        # "Vice President of Policy and Strategy, Entanglement Inc.": the body after the remit
        k = r.right_edge.i + (r.right_edge.text != ",")
        if k + 1 < len(r.doc) and r.doc[k].text == "," and (a := idx.mention(r.doc[k + 1])) is not None \
                and a.entity.type in ORGS:
            out.append(a)
    head = r.head
    if not out and depth == 0:  # "former president and CEO of Gucci Group": the body of the role it is joined to
        # (or of the holding: "the general manager and a shareholder of Kestrel")
        out += [a for c in r.children if c.dep_ == "conj" and (_is_role(c) or c.lemma_.lower() in _HOLDINGS)
                for a in _role_orgs(c, idx, depth + 1)]
    if r.dep_ == "conj" and head.lemma_.lower() in L.ROLES and not out and depth < 2:  # "founder and chairman of 360"
        out += _role_orgs(head, idx, depth + 1)
    if any(o.entity.type == "GovernmentBody" for o in out):  # "U.S. Secretary of Commerce": the department's
        out = [o for o in out if o.entity.type != "Country"]  # state is not a second employer
    return out


def _org_adjective(c: Token, idx: DocIndex) -> bool:
    """ "Tesla chief executive Elon Musk", "CMA chief executive X": the tagger read the company's or the body's name
    as an adjective (not a nationality: "French chief executive X" says where the person is from)."""
    a = idx.mention(c)
    return a is not None and a.entity.type in ORGS | {"GovernmentBody"} and idx.gaz.demonym(c.text) is None


def _remit_then_body(r: Token) -> bool:
    """ "Director of Research, Kestrel Labs": a capitalised remit with no name of its own, then the body."""
    k = r.right_edge.i + (r.right_edge.text != ",")
    return k + 1 < len(r.doc) and r.doc[k].text == "," and r.doc[k + 1].ent_type_ == "ORG" and any(
        p.dep_ == "pobj" and p.pos_ == "PROPN" and not p.ent_type_
        for c in r.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def _portfolio_of(r: Token, idx: DocIndex) -> bool:
    """A role's "of" that names a remit, not a body: "Vice President of Policy and Strategy"."""
    return any(p.dep_ == "pobj" and p.pos_ == "PROPN" and idx.mention(p) is None
               for c in r.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def _titled_of_body(tok: Token, r: Token, idx: DocIndex) -> list[Arg]:
    """ "Chairman Ann Wu of the Kestrel Committee", "Chairman Ann Wu and Ranking Member Bo Chen of the Kestrel
    Committee": a capitalised title before the name that names no body of its own is the post held in the body the
    name's "of" phrase (or, for coordinated names, the last name's) names. Not a title with a body of its own words
    ("Kestrel Chairman Ann Wu"), nor a lower-case word; only a title that leads ("Special Agent", "Ranking Member"
    stay memberships, which also read the body's parts after it)."""
    if r.i > tok.i and r.tag_ == "NNS":  # "A and B, Chairs of the Kestrel Committee" (see _plural_post)
        j = r.i + 1 + (r.i + 2 < len(r.doc) and r.doc[r.i + 1].lower_ == "of" and r.doc[r.i + 2].lower_ == "the")
        a = idx.mention(r.doc[j + 1], actor=False) if j + 1 < len(r.doc) and r.doc[r.i + 1].lower_ == "of" else None
        return [a] if a is not None and a.entity.type in ("Organization", "GovernmentBody") else []
    if r.i >= idx.tok2m[tok.i][0].start or not r.is_title or r.dep_ != "compound" or _role_pred(r) != "leads" \
            or any(c.dep_ in ("compound", "poss", "amod", "nmod") and idx.mention(c) for c in r.children):
        return []
    holders = [tok, *[c for c in tok.conjuncts if c.i > tok.i and (m := idx.mention(c)) and m.entity.type == "Person"]]
    preps = [p for h in holders[:1] + holders[-1:] for p in h.children if p.dep_ == "prep" and p.lower_ == "of"][:1]
    return [a for p in preps for o in p.children if o.dep_ == "pobj" for a in _employer(o, idx)
            if a.entity.type in ("Organization", "GovernmentBody") and named_body(a, idx)]


def _plural_post(tok: Token, idx: DocIndex) -> list[Token]:
    """ "contact Ann Wu and Bo Chen, Chairs of the Kestrel Committee": a plural role noun right after the last of
    coordinated people's names and its comma is each name's post, wherever the parser hung it."""
    first = tok.head if tok.dep_ == "conj" and tok.head.i < tok.i else tok
    names = [first, *[c for c in first.conjuncts
                      if c.i > first.i and (m := idx.mention(c)) and m.entity.type == "Person"]]
    end = idx.tok2m[names[-1].i][0].end if len(names) > 1 and names[-1].i in idx.tok2m else 0
    doc = tok.doc
    if 0 < end < len(doc) - 1 and doc[end].text == "," and doc[end + 1].tag_ == "NNS" and _is_role(doc[end + 1]) \
            and doc[end + 1].is_title and end + 1 not in idx.tok2m:
        return [doc[end + 1]]
    return []
