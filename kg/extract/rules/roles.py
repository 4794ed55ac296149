"""People and their roles: titles before and after names, appositions, membership."""
from __future__ import annotations

from collections.abc import Iterator
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .. import lexicon as L
from ..index import department_entry, ACTOR, ORGS, Arg, Candidate, DocIndex, demonym_of
from ..registry import define, matcher
from ..syntax import (named_body, args_of, dedupe, modality, subject_tokens)
from ..tokens import unit_noun
from .descriptors import is_agency_unit
from .titles import chief_executive, company_before, country_before
from .roleorgs import (territorial, 
    _body_named, _employer, _heads_department, _is_role, _joined_one_of, _role_orgs, _role_pred, _titled_of_body,
    _plural_post,
)


TITLE = define("role:title", preds=("leads", "worksFor", "founded"), conf=0.8,
               example="Jensen Huang, chief executive of Nvidia; Commerce Secretary Gina Raimondo")
SPEAKER = define("role:speaker", preds=("worksFor", "leads"), conf=0.7,
                 example="The EPA is working on a brochure, said Robin Woods, a spokeswoman.")
MEMBER = define("role:member", preds=("worksFor",), conf=0.65, example="Roger K. Crouch of NASA")


@matcher(TITLE, SPEAKER, MEMBER, kinds={"Person"})
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
            # "Kestrel's chairman and majority owner": the parser made the first title a modifier of the second
            # ("Kestrel's" hangs on the second: the first has the same body)
            chained = {c.i: role for c in role.children if c.dep_ in ("nmod", "compound") and c.i < role.i
                       and _is_role(c) and any(cc.dep_ == "cc" and cc.lower_ == "and" for cc in c.children)
                       and not any(x.dep_ == "conj" for x in c.children)}  # not "X's chairman and Y CEO Ken Marsh"
            for r in (role, *joined, *stray, *(role.doc[i] for i in chained)):
                if r.i in seen:
                    continue
                seen.add(r.i)
                pred = _role_pred(r)
                if not pred:
                    continue
                orgs = _role_orgs(r, idx) or (_role_orgs(chained[r.i], idx) if r.i in chained else []) or [
                    a for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < r.i
                    for a in args_of(c, idx, role="obj", conj=False)] or [
                    a for c in tok.children if c.dep_ == "poss" and c.i < r.i  # "Intel's former CEO Pat Gelsinger"
                    for a in args_of(c, idx, role="obj", conj=False) if a.entity.type in ORGS | {"GovernmentBody"}] \
                    or _coordinated_possessor(tok, r, idx) or country_before(r, idx) or _titled_of_body(tok, r, idx)
                orgs = [o for o in orgs if o.entity.type in ACTOR - {"Person"}] or [
                    a for c in _joined(r) for a in args_of(c, idx, role="obj", conj=False)
                    if a.entity.type in ORGS | {"GovernmentBody"}] or _listed_titles_body(r, idx) or _founders_body(tok, r, idx) \
                    or company_before(r, tok, idx)
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


HOLD_VERBS = frozenset({"hold", "take", "accept", "assume", "occupy"})  # verbs whose object is a post held
FOUNDING_VERBS = frozenset({"found", "co-found", "cofound", "establish", "start", "create", "form"})


def _founders_body(tok: Token, r: Token, idx: DocIndex) -> list[Arg]:
    """ "Kestrel Mortgage was founded in 1990 by Dana Cole, CEO": a title naming no body of its own, said of the
    founder a passive founding names, is the founded body's ("a former Orvane engineer" names its own)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
    if verb is None or verb.lemma_.lower() not in FOUNDING_VERBS or any(
            c.dep_ in ("prep", "poss", "compound", "nmod", "amod") and c.lower_ not in ("current", "acting")
            for c in r.children):
        return []
    return [a for c in verb.children if c.dep_ == "nsubjpass" for a in args_of(c, idx, role="obj", conj=False)
            if a.entity.type in ORGS]


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
    if any(p.dep_ == "prep" and p.lower_ in ("of", "at", "for", "from") or p.dep_ == "poss" and (
            (pm := idx.mention(p)) is not None and pm.entity.type in ORGS | {"GovernmentBody"}) for p in tok.children):
        return  # the speaker's own body is named ("said Qualcomm's Nakul Duggal, group general manager")
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
    # (a possessor that refers back too: "director of the commission's Bureau of Competition")
    if span is None or span.root.dep_ != "poss":
        return False
    return any(u.entity.iri != o.entity.iri and u.start <= span.root.head.idx < u.end for u in orgs) \
        or unit_noun(span.root.head) or territorial(span.root.head)  # "of Orvane Group's Strategy Office"


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
    dashed = head.pos_ == "PROPN" and any(t.tag_ == "HYPH" for t in r.doc[span.end: head.i])  # "IRS - Criminal Unit"
    return head.i != span.root.i and (head.lemma_.lower() in L.UNIT_NOUNS or dashed) and idx.mention(head) is None


def _listed_titles_body(r: Token, idx: DocIndex) -> list[Arg]:
    """ "said Ann Wu, senior vice president, legal affairs, general counsel and corporate secretary at Kestrel": the
    body after the last title of a run of titles the parser chained by apposition and coordination is the first
    one's too (not past another person's name). Not for an occupation given with "a" ("is a Ukrainian economist,
    chief executive of Kestrel Capital": the economist is no employee of it)."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in r.children):
        return []
    chain, stack = [], [c for c in r.children if c.dep_ == "appos" and c.i > r.i and c.pos_ == "NOUN"]
    while stack:
        n = stack.pop()
        chain.append(n)
        stack += [c for c in n.children if c.dep_ in ("appos", "conj") and c.i > n.i and c.pos_ == "NOUN"]
    for n in sorted(chain, key=lambda t: t.i):
        if any(idx.tok2m.get(t, (None, None))[1] is not None and idx.tok2m[t][1].entity.type == "Person"
               for t in range(r.i + 1, n.i)):
            return []
        if _is_role(n) and (orgs := _role_orgs(n, idx)):
            return orgs
    return []


def _joined_post(t: Token, r: Token, idx: DocIndex) -> bool:
    """A common noun joined by "and" on the way up from t to the title r: another post, not r's body."""
    while t.i != r.i and t.head.i != t.i:
        if t.dep_ == "conj" and t.i not in idx.tok2m:
            return True
        t = t.head
    return False


def _joined(r: Token) -> list:
    """ "Simon Kerr joined Lumen as chief executive": the body joined is the role's."""
    verb = r.head.head if r.dep_ == "pobj" and r.head.lower_ == "as" else None
    if verb is None or verb.lemma_.lower() not in ("join", "rejoin"):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _memberships(tok: Token, m: Arg, idx: DocIndex) -> Iterator[Candidate]:
    """A person "of", "at" or "from" a named body, when no role says more: "Roger K. Crouch of NASA"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in L.KIN_NOUNS:
        return  # "daughter of John Langston of Sarsden": a family's seat, not an employer
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
    end, me = idx.tok2m[tok.i][0].end, idx.tok2m[tok.i][1].entity.iri
    return role.i > tok.i and any(t in idx.tok2m and idx.tok2m[t][1].entity.type == "Person"
                                  and idx.tok2m[t][1].entity.iri != me for t in range(end, role.left_edge.i))


def _role_as_grounds(verb: Token) -> list:
    """ "X is being designated for her role as an official of the Government of Y as the spokesperson for Z": the
    roles the grounds of an act give its subject, and a second role said "as" of the first."""
    first = [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for n in c.children
             if n.dep_ == "pobj" and n.lemma_.lower() == "role" for a in n.children if a.dep_ == "prep" and a.lower_ == "as"
             for r in a.children if r.dep_ == "pobj" and _is_role(r)]
    return first + [q for r in first for p in r.children if p.dep_ == "prep" and p.lower_ == "as"
                    for q in p.children if q.dep_ == "pobj" and _is_role(q)]


def _hung_on_earlier(tok: Token, idx: DocIndex) -> list:
    """ "announced by Ann Wu, District of Kestrel and Bo Lin, special agent of Orvane": the parser hung the title
    after the second name on the first one; the title right after a name's comma is that name's."""
    end = idx.tok2m[tok.i][0].end
    if end + 1 >= len(tok.doc) or tok.doc[end].text != ",":
        return []
    return [r for r in tok.doc[end + 1:min(end + 6, len(tok.doc))] if r.dep_ == "appos" and r.left_edge.i == end + 1
            and r.head.i < tok.i and r.head.i != tok.head.i and (hm := idx.mention(r.head)) is not None
            and hm.entity.type == "Person" and _is_role(r)]  # not "A and B, ambassador": B joined to A itself


def _shared_by_all(tok: Token) -> list:
    """ "Ann Wu, 41, and Bo Chen, 39, both employees of Kestrel": the parser hangs the plural role said of every name
    on the last one."""
    holders = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i][-1:]
    if tok.dep_ == "conj" and tok.head.i < tok.i:  # "Ann Wu and Bo Chen, two engineers at X": hung on the first
        holders.append(tok.head)
    return [r for k in holders for r in k.children if r.dep_ == "appos" and r.tag_ == "NNS" and _is_role(r)
            and r.i > tok.i
            and (any(c.dep_ in ("det", "nummod") and c.lower_ in ("both", "all", "two", "three") for c in r.lefts)
                 or r.doc[r.left_edge.i - 1].text == "," and r.left_edge.i - 2 in (tok.i, k.i))]  # "A and B, Chairs of X"


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
        # not a title joined to another post the name is in apposition to: "the Orvane minister, Lord Vale, and
        # the Kestrel mediator, Ann Wu" (the mediator is hers, the minister another's)
        roles += [r for r in org_end.ancestors if _is_role(r) and r.i < first and r not in roles and (
            r.right_edge.i == first - 2 or tok.dep_ == "appos" and tok.head.i == org_end.i)
            and not _said_of_another(r, tok, idx) and not _joined_post(org_end, r, idx)][:1]
    roles += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c not in roles
              and not (c.tag_ != "NNS" and _past_another(tok, c, idx))]  # "A and B, two engineers at X": both
    roles += [r for r in _hung_on_earlier(tok, idx) if r not in roles]  # "by A, Y and B, special agent of X"
    roles += [r for r in _shared_by_all(tok) if r not in roles]  # "A and B, both employees of X"
    roles += [r for r in _plural_post(tok, idx) if r not in roles]  # "A and B, Chairs of X"
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
        roles += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and not _person_object(verb, idx)
                  for p in c.children if p.dep_ == "pobj" and _is_role(p)]
        roles += [r for r in _role_as_grounds(verb) if r not in roles]  # "designated for her role as an official of X"
        said = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ in ("NOUN", "PROPN")]
        if verb.lemma_.lower() in HOLD_VERBS:  # "has held engineering positions with Kestrel Aerospace"
            roles += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "position"]
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
    if tok.dep_ == "dobj":  # "named Larry Jinks publisher of the San Jose Mercury News", "appointed Ann Wu as president of X"
        roles += [c for c in tok.head.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN")
                  and _is_role(c) and c not in roles]
        roles += [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj" and _is_role(p) and p not in roles]
        # "elected Ann Wu to be chairman of the Kestrel Foundation": the role is the infinitive's complement
        roles += [a for c in tok.head.children if c.dep_ == "xcomp" and c.lemma_ == "be" for a in c.children
                  if a.dep_ == "attr" and _is_role(a) and a not in roles]
    copula_subject = tok if tok.dep_ == "nsubj" else tok.head if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" else None
    if copula_subject is not None and copula_subject.head.lemma_ == "be":  # "X was acting comptroller at Y"
        attrs = [c for c in copula_subject.head.children if c.dep_ == "attr"]
        roles += [c for c in attrs if _is_role(c) and c not in roles]
        # "Martin Viessmann is a German businessman, CEO of Viessmann Group"
        roles += [a for c in attrs for a in c.children if a.dep_ == "appos" and _is_role(a) and a not in roles]
    return roles, n_appos


def _person_object(verb: Token, idx: DocIndex) -> bool:
    """ "Tom Reyes appointed Ann Wu as president of X": a role after "as" is the person the verb takes, not its subject's
    (unlike "joined Kestrel as president")."""
    return any(c.dep_ == "dobj" and (m := idx.mention(c, actor=False)) is not None and m.entity.type == "Person"
               for c in verb.children)


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


TITLE_SPAN = define("role:title-span", preds=("leads", "worksFor"), conf=0.75,
                    example="said Under Secretary of Commerce for Industry and Security Alan Estevez")
TITLE_WORDS = {"of", "for", "and", "the", "u.s.", "u.s", "us"}


@matcher(TITLE_SPAN, kinds={"Person"})
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


@matcher(ORG_TITLE, kinds={"Person"})
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
