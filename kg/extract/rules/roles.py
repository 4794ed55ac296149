"""People and their roles: titles before and after names, appositions, membership."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import department_entry, ACTOR, ORGS, PLACE, Arg, Candidate, DocIndex, demonym_of
from ..registry import define, matcher
from ..syntax import (named_body, args_of, dedupe, modality, subject_tokens)
from .descriptors import is_agency_unit
from .titles import chief_executive, country_before


TITLE = define("role:title", preds=("leads", "worksFor", "founded"), conf=0.8,
               example="Jensen Huang, chief executive of Nvidia; Commerce Secretary Gina Raimondo")
SPEAKER = define("role:speaker", preds=("worksFor", "leads"), conf=0.7,
                 example="The EPA is working on a brochure, said Robin Woods, a spokeswoman.")
MEMBER = define("role:member", preds=("worksFor",), conf=0.65, example="Roger K. Crouch of NASA")


@matcher(TITLE, SPEAKER, MEMBER)
def person_roles(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """People and their roles: "Lisa Su, chief executive of AMD", "AMD CEO Lisa Su",
    "Microsoft's chief executive Satya Nadella", "founder and chairman of 360", "X was acting
    comptroller at Y", and plain membership: "Wang Ziqiang at the Institute of Mechanics"."""
    for tok in idx.sent_tokens(sent):
        m = idx.mention(tok)
        if not m or m.entity.type != "Person" or (tok.i + 1 < len(tok.doc) and idx.tok2m.get(tok.i + 1, (None,))[0] is idx.tok2m[tok.i][0]):
            continue  # only the last token of a person's name
        roles, n_appos = _roles_of(tok, idx)
        clause_asserted = modality(tok.head)[0] if tok.dep_ in ("nsubj", "nsubjpass") else True
        seen: set[int] = set()
        found = False
        for k, role in enumerate(roles):
            asserted = clause_asserted or k < n_appos
            # "leader of Bosnian Serbs and vice-president of the Union": the parser hung the second
            # role on the first one's object
            stray = [c for p in role.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                     for c in o.children if c.dep_ == "conj" and _is_role(c)]
            # "founder and chairman of 360"; not the titles of the other people in a list of names
            # nor the title after another body's name: "Director, FBI, Jane Doe, Secretary, ..." (NER
            # may have missed the person in between)
            own = {x.i for p in role.children if p.dep_ == "prep" for x in p.subtree}  # the role's own body
            joined = [c for c in role.conjuncts if not any(
                t in idx.tok2m and t not in own and (idx.tok2m[t][1].entity.type == "Person" or not _and_before(c))
                for t in range(min(role.i, c.i) + 1, max(role.i, c.i)))]
            for r in (role, *joined, *stray):
                if r.i in seen:
                    continue
                seen.add(r.i)
                pred = _role_pred(r)
                if not pred:
                    continue
                orgs = _role_orgs(r, idx) or [
                    a for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < r.i
                    for a in args_of(c, idx, role="obj", conj=False)] or [
                    a for c in tok.children if c.dep_ == "poss" and c.i < r.i  # "Intel's former CEO Pat Gelsinger"
                    for a in args_of(c, idx, role="obj", conj=False) if a.entity.type in ORGS | {"GovernmentBody"}] \
                    or _coordinated_possessor(tok, r, idx) or country_before(r, idx)
                orgs = [o for o in orgs if o.entity.type in ACTOR - {"Person"}] or [
                    a for c in _joined(r) for a in args_of(c, idx, role="obj", conj=False)
                    if a.entity.type in ORGS | {"GovernmentBody"}]
                orgs = [o for o in orgs if not (o.coref and r in _one_of(tok))]  # "one of the founders of the firm X"
                found = found or bool(orgs)
                yield from _title_pairs(m, r, orgs, pred, asserted, idx)
        if not found and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in L.SAY_VERBS:
            said_for = list(_speaker(tok, m, roles, idx))
            found = bool(said_for)
            yield from said_for
        if found:
            continue
        yield from _memberships(tok, m, idx)


def _coordinated_possessor(tok: Token, r: Token, idx: DocIndex) -> list[Arg]:
    """ "Halvern Health's President and CEO Ken Marsh": the parser joined the name to the first title; the
    possessor of that title is the second's too."""
    first = tok.head
    if tok.dep_ != "conj" or first.i >= r.i or r.head.i != tok.i or r.dep_ != "compound" or not _is_role(first):
        return []
    return [a for c in first.children if c.dep_ == "poss"
            for a in args_of(c, idx, role="obj", conj=False) if a.entity.type in ORGS | {"GovernmentBody"}]


def _speaker(tok: Token, m: Arg, roles: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "The EPA is working on a brochure, said Robin Woods, a spokeswoman": who speaks for the subject
    of what is said; "Intel will build two fabs, Chief Executive Pat Gelsinger said": a company's chief
    executive leads it."""
    speaker_roles = [r for r in roles if (r.lemma_.lower() in L.SPEAKER_ROLES or r.lower_ == "ceo")
                     and not _role_orgs(r, idx)]
    if not speaker_roles:
        return
    said = [c for c in tok.head.children if c.dep_ == "ccomp"]
    if any(p.dep_ == "prep" and p.lower_ in ("of", "at", "for", "from") for p in tok.children):
        return  # the speaker's own body is named
    orgs = [a for v in said for t in subject_tokens(v) if (a := idx.mention(t)) is not None
            and a.entity.type in ORGS | {"GovernmentBody"}]
    pred = "leads" if chief_executive(speaker_roles[0]) and all(o.entity.type in ORGS for o in orgs) else "worksFor"
    yield from SPEAKER.pairs([m], dedupe(orgs), pred, True, (speaker_roles[0].idx,))


def _title_pairs(m: Arg, r: Token, orgs: list[Arg], pred: str, asserted: bool, idx: DocIndex) -> Iterator[Candidate]:
    # "head of the UN peacekeeping forces", "chairman of the Montgomery County House delegation":
    # heads a part of the body named, and works for the body
    if pred == "leads" and r.lemma_.lower() not in L.STATE_HEADS and not _prime(r):
        # "Ukraine's Sanctions Policy Commissioner X": only a head of state or government leads a country
        states = [o for o in orgs if o.entity.type == "Country"]
        yield from TITLE.pairs([m], states, "worksFor", asserted, (r.idx,))
        orgs = [o for o in orgs if o.entity.type != "Country"]
    part = [o for o in orgs if _names_a_part(o, r, idx) or pred == "leads" and _owner_of_another(o, orgs, r.doc)]
    heads = [o for o in orgs if o.entity.type == "GovernmentBody" and o not in part] if _heads_department(r) else []
    yield from TITLE.pairs([m], heads, "leads", asserted, (r.idx,))
    yield from TITLE.pairs([m], part, "worksFor" if pred == "leads" else pred, asserted, (r.idx,))
    yield from TITLE.pairs([m], [o for o in orgs if o not in heads and o not in part], pred, asserted, (r.idx,))


def _owner_of_another(o: Arg, orgs: list[Arg], doc) -> bool:
    """ "the head of the Justice Department's National Security Division": the possessor owns the body the role
    heads; its holder works for the possessor, he does not lead it."""
    span = doc.char_span(o.start, o.end, alignment_mode="expand")
    if span is None or o.coref or span.root.dep_ != "poss":
        return False
    return any(u.entity.iri != o.entity.iri and u.start <= span.root.head.idx < u.end for u in orgs)


def _prime(r: Token) -> bool:
    """ "Prime Minister", "First Minister": a minister who heads the government."""
    return r.lemma_.lower() == "minister" and r.i > 0 and r.doc[r.i - 1].lower_ in ("prime", "first")


def _names_a_part(o: Arg, r: Token, idx: DocIndex) -> bool:
    """The body's name only qualifies a part of it that the role governs: "the UN peacekeeping
    forces", "Amazon's cloud unit" (L.UNIT_NOUNS, a noun that is no name itself)."""
    span = r.doc.char_span(o.start, o.end, alignment_mode="expand")
    if span is None or o.coref:
        return False
    head = span.root
    while head.dep_ in ("compound", "poss", "nmod", "amod") and head.head.i > head.i:
        head = head.head
    return head.i != span.root.i and head.lemma_.lower() in L.UNIT_NOUNS and idx.mention(head) is None


def _joined(r: Token) -> list:
    """ "Simon Kerr joined Lumen as chief executive": the body joined is the role's."""
    verb = r.head.head if r.dep_ == "pobj" and r.head.lower_ == "as" else None
    if verb is None or verb.lemma_.lower() not in ("join", "rejoin"):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _memberships(tok: Token, m: Arg, idx: DocIndex) -> Iterator[Candidate]:
    """A person "of", "at" or "from" a named body, when no role says more: "Roger K. Crouch of NASA"."""
    nxt = [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) else []
    loose = ("of", "from") if tok.dep_ in ("dobj", "pobj", "dative") else ("of", "from", "at")
    # "A and B of Harvard": B's body is A's too; not when A names its own ("A of Google; B of Apple"), nor
    # across a semicolon, which closes one person's entry in a list
    own = any(c.dep_ == "prep" and c.lower_ in ("of", "at", "from") for c in tok.children)
    shared = [] if own else [
        p for c in tok.conjuncts if c.i > tok.i and (pm := idx.mention(c)) is not None
        and pm.entity.type == "Person" and not any(t.text == ";" for t in tok.doc[tok.i:c.i])
        for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "at")]
    for prep in [*tok.children, *[n for n in nxt if n.head.i != tok.i and n.lower_ in loose], *shared]:
        # "Roger K. Crouch of NASA" (wherever the parser hung "of"), "Zhu Rongsheng from
        # Tsinghua University's Center"; not "diver Brian Michaud of Millinocket", a town NER
        # took for a company: an unknown one-word name is not enough
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "with", "from"):
            orgs = [a for p in prep.children if p.dep_ == "pobj" for a in _employer(p, idx)
                    if a.entity.type in ("Company", "Organization", "GovernmentBody")
                    and (named_body(a, idx) or _body_named(p, idx))]  # "of the Kestrel company": a body for sure
            orgs += [b for a in orgs for b in _chain_after(a, tok.doc, idx)]
            yield from MEMBER.pairs([m], orgs, "worksFor", True, (prep.idx,))


def _chain_after(a: Arg, doc, idx: DocIndex) -> list[Arg]:
    """ "Special Agent X of the U.S. Department of Commerce, Bureau of Industry and Security, Office of Export
    Enforcement": the parts named after the body, each after a comma (fed:agency-chain), employ X too; not a list
    ("of the FBI, BIS and OEE")."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand") if a.entity.type == "GovernmentBody" else None
    out: list[Arg] = []
    j = span.end if span is not None else len(doc)
    while j + 1 < len(doc) and doc[j].text == "," and j + 1 in idx.tok2m and idx.tok2m[j + 1][0].start == j + 1:
        b = idx.mention(doc[j + 1], actor=False)
        if b is None or b.entity.type != "GovernmentBody" or not is_agency_unit(b.entity.label):
            break
        out.append(b)
        j = idx.tok2m[j + 1][0].end
    return [] if any(t.lower_ in ("and", "or") for t in doc[j: j + 2]) else out


def _past_another(tok: Token, role: Token, idx: DocIndex) -> bool:
    """ "Ann Wu of Kestrel and Bo Lin, Peru's trade envoy": the parser hung the envoy on the first name,
    but another person's name stands between them, and the title after a comma is that one's."""
    end = idx.tok2m[tok.i][0].end
    return role.i > tok.i and any(t in idx.tok2m and idx.tok2m[t][1].entity.type == "Person"
                                  for t in range(end, role.left_edge.i))


def _shared_by_all(tok: Token) -> list:
    """ "Ann Wu, 41, and Bo Chen, 39, both employees of Kestrel": the parser hangs the plural role said of every name
    on the last one."""
    holders = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i][-1:]
    if tok.dep_ == "conj" and tok.head.i < tok.i:  # "Ann Wu and Bo Chen, two engineers at X": hung on the first
        holders.append(tok.head)
    return [r for k in holders for r in k.children if r.dep_ == "appos" and r.tag_ == "NNS" and _is_role(r)
            and r.i > tok.i
            and any(c.dep_ in ("det", "nummod") and c.lower_ in ("both", "all", "two", "three") for c in r.lefts)]


def _roles_of(tok: Token, idx: DocIndex) -> tuple[list, int]:
    """The role nouns said of a person, and how many of them are said outside the clause (appositions
    and titles, which stand whatever the clause's modality)."""
    roles = [c for c in tok.children if (c.dep_ in ("appos", "compound") or c.dep_ == "nmod" and c.i < tok.i)
             and _is_role(c) and not _past_another(tok, c, idx)]
    # "Sen. Donald Riegle Jr., D-Mich., chairman of the Senate Banking Committee", "Ferraro, 50,
    # chairman of": a party tag or an age between the name and the role
    roles += [r for c in tok.children if c.dep_ in ("appos", "npadvmod") and (c.like_num or _party_tag(c))
              for r in c.children if r.dep_ == "appos" and _is_role(r) and r not in roles]
    roles += [r for r in _role_past_home(tok, idx) if r not in roles]
    if tok.dep_ in ("appos", "compound") and _is_role(tok.head):
        roles.append(tok.head)
    first = idx.tok2m[tok.i][0].start
    if first > 1 and tok.doc[first - 1].text == "," and _is_role(tok.doc[first - 2]) \
            and tok.doc[first - 2] not in roles and idx.tok2m.get(first - 2) is None \
            and not _said_of_another(tok.doc[first - 2], tok, idx):
        roles.append(tok.doc[first - 2])  # "A University of Texas law professor, Wright helped"
    elif first > 1 and tok.doc[first - 1].text == ",":  # "the deputy secretary of the Foreign Ministry, Ali"
        org_end = tok.doc[first - 2]
        roles += [r for r in org_end.ancestors if _is_role(r) and r.i < first and r not in roles and (
            r.right_edge.i == first - 2 or tok.dep_ == "appos" and tok.head.i == org_end.i)
            and not _said_of_another(r, tok, idx)][:1]
    roles += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c not in roles]
    roles += [r for r in _shared_by_all(tok) if r not in roles]  # "A and B, both employees of X"
    roles += [r for r in _one_of(tok) if r not in roles]  # "X, one of the founders of Y"
    roles += [r for r in _one_of_its(tok) if r not in roles]  # "Y, and one of its employees, X"
    # "Wilbur Ross, Secretary, U.S. Department of Commerce": the parser hangs the title loosely
    roles += [c for c in tok.children if c.dep_ in ("npadvmod", "conj") and c.left_edge.i == tok.i + 2
              and tok.doc[tok.i + 1].text == "," and _is_role(c) and c not in roles]
    end = idx.tok2m[tok.i][0].end  # "said Alan Estevez, Under Secretary for the Bureau ...": the parser read "Under" as a preposition
    if end + 2 < len(tok.doc) and tok.doc[end].text == "," and tok.doc[end + 1].lower_ == "under" \
            and _is_role(tok.doc[end + 2]) and tok.doc[end + 2] not in roles:
        roles.append(tok.doc[end + 2])
    n_appos = len(roles)  # roles said of the person in the clause follow; those depend on its modality
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "Simon worked as CEO of Telsis", "was named chairman of X"
        verb = tok.head
        roles += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj" and _is_role(p)]
        said = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ in ("NOUN", "PROPN")]
        if verb.lemma_ == "be":
            # "is an American film producer and the chief executive officer of Hasbro"; "is a ... executive,
            # and the current chairman and CEO of X" (the parser hung the second role on the verb)
            said += [cc for c in said for cc in c.conjuncts if cc.i > c.i]
            # "is an Italian businessman, chairman of Tom Ford International, and ...": roles in apposition
            said += [a for c in said for a in c.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")]
            said += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i]
        roles += [c for c in said if _is_role(c) and c not in roles]
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "TSMC, whose chairman is C.C. Wei"; "Arm's chief is X"
        for r in tok.head.children:
            if r.dep_ == "nsubj" and _is_role(r) and r not in roles:
                roles.append(r)
    for rel in tok.children:  # "Satya Nadella, who became Microsoft's CEO in 2014"
        if rel.dep_ == "relcl" and any(w.lower_ in ("who", "that") and w.dep_ == "nsubj" for w in rel.children):
            # "who served as CTO of Y and is now an adviser at Z": the clause's second verb shares its subject
            for v in (rel, *[c for c in rel.conjuncts if c.i > rel.i and not any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]):
                roles += [c for c in v.children if c.dep_ in ("attr", "oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN")
                          and _is_role(c) and c not in roles]
                roles += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "as"  # "who served as president of Y"
                          for p in c.children if p.dep_ == "pobj" and _is_role(p) and p not in roles]
    if tok.dep_ == "dobj":  # "named Larry Jinks publisher of the San Jose Mercury News"
        roles += [c for c in tok.head.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN")
                  and _is_role(c) and c not in roles]
    copula_subject = tok if tok.dep_ == "nsubj" else tok.head if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" else None
    if copula_subject is not None and copula_subject.head.lemma_ == "be":  # "X was acting comptroller at Y"
        attrs = [c for c in copula_subject.head.children if c.dep_ == "attr"]
        roles += [c for c in attrs if _is_role(c) and c not in roles]
        # "Martin Viessmann is a German businessman, CEO of Viessmann Group"
        roles += [a for c in attrs for a in c.children if a.dep_ == "appos" and _is_role(a) and a not in roles]
    return roles, n_appos


def _role_past_home(tok: Token, idx: DocIndex) -> list:
    """ "Ann Wu, 45, of Shanghai, China, the chairman of Kestrel": the parser hung the title on the person's home
    town (or its country), the place after "of" that says where the person lives."""
    homes = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i
             for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"]
    homes += [k for p in homes for k in p.conjuncts if k.i > p.i and k.ent_type_ == "GPE"]
    return [r for p in homes for r in p.children if r.dep_ == "appos" and r.pos_ == "NOUN" and _is_role(r)
            and r.doc[r.left_edge.i - 1].text == ","]


def _one_of(tok: Token) -> list:
    """ "Dana Cole, one of the founders of Kestrel Foods": the role the person shares with others,
    when it names its own body ("of", "at", "for" after it); not "one of Kenya's best lawyers",
    where the possessor says where the lawyers are from."""
    return [p for c in tok.children if c.dep_ == "appos" and c.lower_ == "one"
            for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj" and _is_role(p)
            and any(q.dep_ == "prep" and q.lower_ in ("of", "at", "for", "with") for q in p.children)
            and not any(q.dep_ == "poss" for q in p.children)]


def _one_of_its(tok: Token) -> list:
    """ "sanctioning Orion Star, and one of its employees, Ann Wu": the name stands in apposition to "one",
    which is joined to the body "its" refers to; the role is the plural noun after "one of its"."""
    role = _joined_one_of(tok.head) if tok.dep_ == "appos" else None
    return [] if role is None else [role]


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


def _said_of_another(r: Token, tok: Token, idx: DocIndex) -> bool:
    """ "Brian Benczkowski, Assistant Attorney General of the Criminal Division, John Demers, ...": in
    a list of people with their titles, a title right after a name is that person's, not the next's."""
    h = r
    while h.dep_ in ("appos", "conj", "npadvmod") and h.head.i != h.i:
        if h.dep_ == "conj" and _and_before(h):
            return False  # "his wife, X, and the deputy secretary of Y, Z": a new person of the list
        h = h.head
        if h.i != tok.i and (a := idx.mention(h)) is not None and a.entity.type == "Person":
            return True
    return False


def _and_before(c: Token) -> bool:
    """A conjunct joined by "and"/"or" rather than by a bare comma."""
    k = c.left_edge.i - 1
    return k >= 0 and c.doc[k].lower_ in ("and", "or")


_PARTY_TAG = re.compile(r"^[DRI]$")


def _party_tag(tok: Token) -> bool:
    """ "D-Mich.", "R-S.C.": a U.S. legislator's party and state."""
    return any(c.dep_ == "compound" and _PARTY_TAG.match(c.text) for c in tok.children) or bool(
        re.match(r"^[DRI]-[A-Z]", tok.text))


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
        return "leads"  # a general manager runs the company; other managers work for it
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
    if entry is None or entry.type != "GovernmentBody":
        return None
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


def _role_orgs(r: Token, idx: DocIndex, depth: int = 0) -> list[Arg]:
    out: list[Arg] = []
    # "a writer and former columnist for The Washington Times": the parser hung the "for" that follows
    # the last role on the first conjunct
    late = [c for c in r.head.children if c.dep_ == "prep" and c.i > r.i] if r.dep_ == "conj" else []
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
                    if here is not None and here.entity.type in PLACE and depth > 0 and c.lower_ == "in":
                        continue  # "head of the peacekeeping forces in Kosovo": where the forces are  # "mayor of Mohammadia, south-east Algeria": a town, not an employer
                    if here is None and p.lemma_.lower() in L.TIED_BODY_NOUNS \
                            and not any(q.dep_ == "appos" for q in p.children):
                        continue  # "an engineer at a Kestrel Foods supplier": another body, not named
                    found = owner + _unit(p, owner, idx) if owner else ([d] if c.lower_ == "of" and (here is None or not here.entity.known)
                                      and (d := department(p, idx)) is not None else _chained(p, idx) or _body_named(p, idx))
                    if not found and depth < 2 and not idx.mention(p):
                        # "professor of political science at Queens College", "the firm of Skadden";
                        # not "director of the camp at Oxford" (a town NER took for a company)
                        found = [a for a in _role_orgs(p, idx, depth + 1) if named_body(a, idx)]
                    out += found
        if c.dep_ == "poss" and not idx.mention(c) and c.lemma_.lower() in L.ORG_ANAPHORS:
            out += args_of(c, idx, role="obj")  # "who will become the newspaper's chairman"
            continue
        if (c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and _org_adjective(c, idx)) and c.i < r.i:
            if _beat(c, r, idx):
                continue  # "the Washington correspondent for Austrian television": the city is the beat
            if a := idx.mention(c):
                if _office_title(a, idx) or c.lower_ in L.US_PORTFOLIOS and _other_state(r, idx):
                    continue  # "Texas Agriculture Commissioner Sid Miller": a place's office, no named body
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
            elif c.dep_ == "compound" and not _other_state(r, idx) \
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
    if not out and depth == 0 and r.lemma_.lower() in L.STATE_ROLES:
        # "Guatemalan President X": the nationality, when nothing else names the body; not "a French
        # business executive", whose nationality says where he is from, not whom he serves
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
    """ "Tesla chief executive Elon Musk": the tagger read the company's name as an adjective (not a
    nationality: "French chief executive X" says where the person is from)."""
    a = idx.mention(c)
    return a is not None and a.entity.type in ORGS and idx.gaz.demonym(c.text) is None


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


TITLE_SPAN = define("role:title-span", preds=("leads", "worksFor"), conf=0.75,
                    example="said Under Secretary of Commerce for Industry and Security Alan Estevez")
TITLE_WORDS = {"of", "for", "and", "the", "u.s.", "u.s", "us"}


@matcher(TITLE_SPAN)
def title_spans(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A government title written out before a name, however the parser split it: "Under Secretary
    of Commerce for Industry and Security Alan Estevez" works for the department of its "of" and for
    the bureau its "for" names; an unqualified "Secretary of Commerce X" leads the department."""
    for tok, span, m in idx.people(sent):
        words = _title_before(tok, idx)
        roles = [i for i, t in enumerate(words) if t.lower_ in L.HEAD_TITLES]
        if not roles:
            continue
        r = roles[-1]
        after = [t.lower_ for t in words[r + 1:]]
        of = _portfolio(words[r + 2:], "of", idx) if after[:1] == ["of"] else None
        who = Arg(m.entity, span.start_char, span.end_char)
        sub = any(t.lower_ in L.SUBORDINATE_TITLES for t in words[:r])
        if of is None:
            # "Under Secretary for Industry and Security Alan Estevez": the bureau, when the passage names it
            unit = _portfolio(words[r + 2:], "for", idx) if after[:1] == ["for"] else None
            if unit is not None and any(a.entity.iri == unit.entity.iri for _, a in idx.history):
                yield TITLE_SPAN.fact(who, "worksFor" if sub else "leads", unit, (words[r].idx,))
            elif unit is None and r == 1 and (state := _demonym_state(words[:r], idx)) is not None:
                # "Dutch Minister of Foreign Trade and Development Reinette Klever": a minister of the state
                # the demonym names, when no department is named (ONTOLOGY.md: a title with only a country)
                yield TITLE_SPAN.fact(who, "worksFor", state, (words[r].idx,))
            continue
        yield TITLE_SPAN.fact(who, "worksFor" if sub else "leads", of, (words[r].idx,))
        if "for" in after:
            unit = _portfolio(words[r + 2 + after.index("for"):], "for", idx)
            # the bureau only when the passage names it (ONTOLOGY.md), not just the title's words
            if unit is not None and unit.entity.iri != of.entity.iri \
                    and any(a.entity.iri == unit.entity.iri for _, a in idx.history):
                yield TITLE_SPAN.fact(who, "worksFor", unit, (words[r].idx,))


def _demonym_state(words: list, idx: DocIndex) -> Arg | None:
    """The state a demonym first in a title's words names: "Dutch Minister of ..."."""
    if not words or idx.gaz.demonym(words[0].text) is None or (c := demonym_of(words[0], idx)) is None:
        return None
    return Arg(c, words[0].idx, words[0].idx + len(words[0].text))


def _title_before(tok: Token, idx: DocIndex) -> list:
    """The capitalised words (and of/for/and/the) right before a name, back to a verb or a comma."""
    out = []
    i = tok.i - 1
    while i >= tok.sent.start and ((t := tok.doc[i]).text[:1].isupper() and t.is_alpha or t.lower_ in TITLE_WORDS) \
            and (i not in idx.tok2m or idx.tok2m[i][1].entity.type != "Person"):
        out.insert(0, tok.doc[i])
        i -= 1
    while out and out[0].lower_ in TITLE_WORDS - {"u.s.", "u.s", "us"}:
        out.pop(0)
    return out


def _portfolio(words: list, stop: str, idx: DocIndex) -> Arg | None:
    """The body a title's "of X" or "for Y" names: "of Commerce" the department, "for Industry and
    Security" the Bureau of Industry and Security (up to the next of/for)."""
    part = []
    for t in words:
        if t.lower_ in ("of", "for") and part:
            break
        part.append(t)
    text = " ".join(t.text for t in part if t.lower_ != "the")
    if not text:
        return None
    entry = department_entry(idx.gaz, text) or next(
        (e for f in (f"Bureau of {text}", f"Office of {text}", text) if (e := idx.gaz.lookup(f)) is not None
         and e.type == "GovernmentBody"), None)
    if entry is None or entry.type != "GovernmentBody":
        return None
    return Arg(idx.resolver.entity_of(entry), part[0].idx, part[-1].idx + len(part[-1].text))


ORG_TITLE = define("role:org-title", preds=("leads", "worksFor"), conf=0.75,
                   example="said Coast Guard Lt. Tom Harris")


@matcher(ORG_TITLE)
def org_titles(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A body, a title and a name written in a row, news style, where the parser lost the title's
    link to the name (an abbreviated rank's full stop splits them): "Coast Guard Lt. Tom Harris" works
    for the Coast Guard. Only a body that ends right before the title, and a title right before the name."""
    doc = sent.doc
    for tok, span, m in idx.people(sent):
        k = tok.i - 1
        if k > sent.start and doc[k].text == ".":
            k -= 1
        if k <= sent.start or not _is_role(doc[k]) or doc[k].head.i == span.end - 1:
            continue  # no title, or the parser already hung it on the name's last word (role:title reads it)
        r = doc[k]
        body = idx.tok2m.get(k - 1)
        if body is None or body[0].end != k:
            continue
        org = idx.mention(doc[k - 1])
        if org is None or org.entity.type not in ORGS | {"GovernmentBody"}:
            continue
        pred = _role_pred(r) or "worksFor"
        yield ORG_TITLE.fact(Arg(m.entity, span.start_char, span.end_char), pred, org, (r.idx,))
