"""Noun-phrase rules: people's roles, appositions, possessives, nationalities and "-based",
descriptions that refer back ("the South Korean company"), and places inside places.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from ..ids import entity_iri
from ..models import Entity
from . import lexicon as L
from .dates import MONTHS
from .index import ACTOR, ORGS, PLACE, SITES, Arg, Candidate, DocIndex, demonym_of
from .syntax import _dedupe, _pairs, args_of, modality, modifiers, subject_tokens

def role_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """People and their roles: "Lisa Su, chief executive of AMD", "AMD CEO Lisa Su",
    "Microsoft's chief executive Satya Nadella", "founder and chairman of 360", "X was acting
    comptroller at Y", and plain membership: "Wang Ziqiang at the Institute of Mechanics"."""
    for tok in idx.sent_tokens(sent):
        m = idx.mention(tok)
        if not m or m.entity.type != "Person" or (tok.i + 1 < len(tok.doc) and idx.tok2m.get(tok.i + 1, (None,))[0] is idx.tok2m[tok.i][0]):
            continue  # only the last token of a person's name
        roles = [c for c in tok.children if c.dep_ in ("appos", "compound") and _is_role(c)]
        # "Sen. Donald Riegle Jr., D-Mich., chairman of the Senate Banking Committee", "Ferraro, 50,
        # chairman of": a party tag or an age between the name and the role
        roles += [r for c in tok.children if c.dep_ in ("appos", "npadvmod") and (c.like_num or _party_tag(c))
                  for r in c.children if r.dep_ == "appos" and _is_role(r) and r not in roles]
        if tok.dep_ in ("appos", "compound") and _is_role(tok.head):
            roles.append(tok.head)
        first = idx.tok2m[tok.i][0].start
        if first > 1 and tok.doc[first - 1].text == "," and _is_role(tok.doc[first - 2]) \
                and tok.doc[first - 2] not in roles and idx.tok2m.get(first - 2) is None:
            roles.append(tok.doc[first - 2])  # "A University of Texas law professor, Wright helped"
        elif first > 1 and tok.doc[first - 1].text == ",":  # "the deputy secretary of the Foreign Ministry, Ali"
            org_end = tok.doc[first - 2]
            roles += [r for r in org_end.ancestors if _is_role(r) and r.i < first and r not in roles and (
                r.right_edge.i == first - 2 or tok.dep_ == "appos" and tok.head.i == org_end.i)][:1]
        roles += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c not in roles]
        n_appos = len(roles)  # roles said of the person in the clause follow; those depend on its modality
        if tok.dep_ in ("nsubj", "nsubjpass"):  # "Simon worked as CEO of Telsis", "was named chairman of X"
            verb = tok.head
            roles += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ == "pobj" and _is_role(p)]
            roles += [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ == "NOUN"
                      and _is_role(c) and c not in roles]
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "TSMC, whose chairman is C.C. Wei"; "Arm's chief is X"
            for r in tok.head.children:
                if r.dep_ == "nsubj" and _is_role(r) and r not in roles:
                    roles.append(r)
        for rel in tok.children:  # "Satya Nadella, who became Microsoft's CEO in 2014"
            if rel.dep_ == "relcl" and any(w.lower_ in ("who", "that") and w.dep_ == "nsubj" for w in rel.children):
                roles += [c for c in rel.children if c.dep_ in ("attr", "oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN")
                          and _is_role(c) and c not in roles]
        if tok.dep_ == "dobj":  # "named Larry Jinks publisher of the San Jose Mercury News"
            roles += [c for c in tok.head.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN")
                      and _is_role(c) and c not in roles]
        copula_subject = tok if tok.dep_ == "nsubj" else tok.head if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" else None
        if copula_subject is not None and copula_subject.head.lemma_ == "be":  # "X was acting comptroller at Y"
            attrs = [c for c in copula_subject.head.children if c.dep_ == "attr"]
            roles += [c for c in attrs if _is_role(c) and c not in roles]
            # "Martin Viessmann is a German businessman, CEO of Viessmann Group"
            roles += [a for c in attrs for a in c.children if a.dep_ == "appos" and _is_role(a) and a not in roles]
        clause_asserted = modality(tok.head)[0] if tok.dep_ in ("nsubj", "nsubjpass") else True
        seen: set[int] = set()
        found = False
        for k, role in enumerate(roles):
            asserted = clause_asserted or k < n_appos
            # "leader of Bosnian Serbs and vice-president of the Union": the parser hung the second
            # role on the first one's object
            stray = [c for p in role.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                     for c in o.children if c.dep_ == "conj" and _is_role(c)]
            for r in (role, *role.conjuncts, *stray):
                if r.i in seen:
                    continue
                seen.add(r.i)
                pred = _role_pred(r)
                if not pred:
                    continue
                orgs = _role_orgs(r, idx) or [
                    a for c in tok.children if c.dep_ == "compound" and c.i < r.i
                    for a in args_of(c, idx, role="obj", conj=False)] or [
                    a for c in tok.children if c.dep_ == "poss" and c.i < r.i  # "Intel's former CEO Pat Gelsinger"
                    for a in args_of(c, idx, role="obj", conj=False) if a.entity.type in ORGS | {"GovernmentBody"}]
                orgs = [o for o in orgs if o.entity.type in ACTOR - {"Person"}]
                found = found or bool(orgs)
                yield from _pairs([m], orgs, pred, f"role:{r.lemma_.lower()}", 0.8, asserted, (r.idx,))
        if not found and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in L.SAY_VERBS:
            # "The EPA is working on a brochure, said Robin Woods, a spokeswoman": who speaks for the
            # subject of what is said
            speaker_roles = [r for r in roles if r.lemma_.lower() in SPEAKER_ROLES and not _role_orgs(r, idx)]
            if speaker_roles:
                said = [c for c in tok.head.children if c.dep_ == "ccomp"]
                own = any(p.dep_ == "prep" and p.lower_ in ("of", "at", "for", "from") for p in tok.children)
                orgs = [a for v in said for t in subject_tokens(v) if (a := idx.mention(t)) is not None
                        and a.entity.type in ORGS | {"GovernmentBody"}] if not own else []
                found = bool(orgs)
                yield from _pairs([m], _dedupe(orgs), "worksFor", f"role:{speaker_roles[0].lemma_.lower()}-said",
                                  0.7, True, (speaker_roles[0].idx,))
        if found:
            continue
        nxt = [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) else []
        loose = ("of", "from") if tok.dep_ in ("dobj", "pobj", "dative") else ("of", "from", "at")
        shared = [p for c in tok.conjuncts if c.i > tok.i and (pm := idx.mention(c)) is not None
                  and pm.entity.type == "Person" for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "at")]
        for prep in [*tok.children, *[n for n in nxt if n.head.i != tok.i and n.lower_ in loose], *shared]:
            # "Roger K. Crouch of NASA" (wherever the parser hung "of"), "Zhu Rongsheng from
            # Tsinghua University's Center"; not "diver Brian Michaud of Millinocket", a town NER
            # took for a company: an unknown one-word name is not enough
            if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "with", "from"):
                orgs = [a for p in prep.children if p.dep_ == "pobj" for a in _employer(p, idx)
                        if a.entity.type in ("Company", "Organization", "GovernmentBody") and _named_body(a, idx)]
                yield from _pairs([m], orgs, "worksFor", f"member:{prep.lower_}", 0.65, True, (prep.idx,))


SPEAKER_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "representative", "chief", "executive",
                 "director", "manager", "officer", "engineer", "analyst"}


_PARTY_TAG = re.compile(r"^[DRI]$")


def _party_tag(tok: Token) -> bool:
    """ "D-Mich.", "R-S.C.": a U.S. legislator's party and state."""
    return any(c.dep_ == "compound" and _PARTY_TAG.match(c.text) for c in tok.children) or bool(
        re.match(r"^[DRI]-[A-Z]", tok.text))


def _named_body(a: Arg, idx: DocIndex) -> bool:
    """A name that surely names an organisation: known, an acronym, or more than one word."""
    text = a.entity.label
    return a.entity.known or a.entity.type != "Company" or " " in text or text.isupper()


def _employer(p: Token, idx: DocIndex) -> list[Arg]:
    """The institution behind "Tsinghua University's Center for ...": the possessor employs."""
    owner = [a for q in p.children if q.dep_ == "poss" for a in args_of(q, idx, role="obj")
             if a.entity.type in ORGS | {"GovernmentBody"}]  # not "New York's Mount Sinai School"
    return owner or args_of(p, idx, role="obj")


def _is_role(tok: Token) -> bool:
    return tok.lower_ in L.ROLES or tok.lemma_.lower() in L.ROLES


def _role_pred(r: Token) -> str | None:
    lemma = r.lemma_.lower()
    if lemma not in L.ROLES:
        return None
    pred = L.ROLES[lemma]
    mods = {c.lower_ for c in r.lefts if c.dep_ in ("amod", "compound")}
    if pred == "worksFor" and lemma in ("executive", "minister", "officer") and mods & L.LEAD_MODIFIERS:
        return "leads"
    if lemma == "executive" and not mods & {"chief"}:
        return "worksFor"
    return pred


def _role_orgs(r: Token, idx: DocIndex, depth: int = 0) -> list[Arg]:
    out: list[Arg] = []
    for c in r.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with", "from", "in"):
            for p in c.children:
                if p.dep_ == "pobj":
                    # "an expert at Tsinghua University's Center": the institution employs
                    owner = [a for q in p.children if q.dep_ == "poss" for a in args_of(q, idx, role="obj")
                             if a.entity.type != "Country"]  # "chief of Belarus's Security Committee"
                    here = idx.mention(p, actor=False)
                    if here is not None and here.entity.type in PLACE - {"Country"}:
                        continue  # "mayor of Mohammadia, south-east Algeria": a town, not an employer
                    found = owner or args_of(p, idx, role="obj")
                    if not found and depth < 2 and not idx.mention(p):
                        # "professor of political science at Queens College", "the firm of Skadden";
                        # not "director of the camp at Oxford" (a town NER took for a company)
                        found = [a for a in _role_orgs(p, idx, depth + 1) if _named_body(a, idx)]
                    out += found
        if c.dep_ == "poss" and not idx.mention(c) and c.lemma_.lower() in L.ORG_ANAPHORS:
            out += args_of(c, idx, role="obj")  # "who will become the newspaper's chairman"
            continue
        if c.dep_ in ("poss", "compound", "nmod") and c.i < r.i:
            if a := idx.mention(c):
                if a.entity.type == "Person" and not a.entity.known and c.dep_ != "poss" and " " not in a.entity.label:
                    # "Former Pepco executive Sharon Dixon": NER took the employer for a person
                    a = replace(a, entity=replace(a.entity, type="Company"))
                out.append(a)
            elif c.dep_ == "compound":  # "CNEN Radioprotection Director": through the compound chain
                out += [a for cc in c.subtree if cc.i < c.i and (a := idx.mention(cc))]
    for c in r.children:  # "TSMC, whose chairman is C.C. Wei": the relative clause's head
        if c.dep_ == "poss" and c.lower_ == "whose" and r.head.dep_ == "relcl":
            out += [a for a in args_of(r.head.head, idx, role="obj")]
    if not out and depth == 0:  # "Guatemalan President X": the nationality, when nothing else names the body
        out += [Arg(country, c.idx, c.idx + len(c.text)) for c in r.children
                if c.dep_ in ("compound", "amod") and c.i < r.i and idx.gaz.demonym(c.text) is not None
                and (country := demonym_of(c, idx)) is not None]
    head = r.head
    if r.dep_ == "conj" and head.lemma_.lower() in L.ROLES and not out:  # "founder and chairman of 360"
        out += _role_orgs(head, idx)
    return out


def descriptor_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Appositions, possessives and pre-modifiers that carry facts about a named organisation:
    "Chinese chipmaker SMIC", "Foxconn, a Taiwanese contract manufacturer", "Taiwan's TSMC",
    "Huawei's chip unit HiSilicon", "ByteDance, the owner of TikTok", "Meta's Llama"."""
    done: set[int] = set()
    for tok in idx.sent_tokens(sent):
        m = idx.mention(tok, actor=False)
        if not m:
            continue
        span = idx.tok2m[tok.i][0]
        if tok.i != span.root.i or span.start in done:
            continue
        done.add(span.start)
        ent = m.entity
        descr = [c for c in tok.children if c.dep_ == "appos" and not idx.mention(c)]
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "America West was a U.S. airline"
            descr += [c for c in tok.head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and not idx.mention(c)]
        if tok.dep_ == "appos" and not idx.mention(tok.head):
            descr.append(tok.head)
        if ent.type in ORGS:
            # "Samsung and SK Hynix, South Korea's two memory giants": a plural description covers the list
            members = [m] + [a for c in tok.conjuncts for a in [idx.mention(c, actor=False)]
                             if a is not None and a.entity.type in ORGS] if any(d.tag_ == "NNS" for d in descr) else [m]
            for d in descr:  # "SMIC, China's biggest chipmaker"
                for c in d.lefts:
                    if c.dep_ == "poss" and (pl := idx.mention(c)) and pl.entity.type == "Country":
                        for who in members:
                            yield Candidate(who, "basedIn", pl, "descriptor:poss-country", 0.8, True, (d.idx,))
            for d in [tok, *descr]:
                for mod in (modifiers(d) if d is tok else [d, *modifiers(d)]):
                    if mod.i in range(span.start, span.end):
                        continue
                    if mod.dep_ == "compound" and mod.head.pos_ == "PROPN" and mod.head.i not in range(span.start, span.end):
                        continue  # "MEXICO CITY (AP)": the country word is part of another name
                    if mod.i > 0 and mod.doc[mod.i - 1].lower_ == "in" and mod.lower_ in LANGUAGES:
                        continue  # "CLARIN in Spanish": a language, not a nationality
                    if (c := demonym_of(mod, idx)) and mod.dep_ != "poss":
                        yield Candidate(m, "basedIn", Arg(c, mod.idx, mod.idx + len(mod.text)),
                                        "descriptor:demonym", 0.8, True, (mod.idx,))
                    elif d is not tok and mod.dep_ in ("compound", "nmod") \
                            and (pl := idx.mention(mod, actor=False)) is not None and not _continues(mod, idx) \
                            and pl.entity.type in ("City", "Region") and mod.lower_ not in LANGUAGES:
                        yield Candidate(m, "basedIn", pl, "descriptor:place", 0.75, True, (mod.idx,))  # "an Abu Dhabi AI company"
                    if mod.lower_ == "based":
                        for p in mod.children:
                            if p.dep_ in ("npadvmod", "compound", "nmod") and (pl := idx.mention(p, actor=False)) \
                                    and pl.entity.type in PLACE:
                                yield Candidate(m, "basedIn", pl, "descriptor:based", 0.85, True, (mod.idx,))
            for d in descr:
                lemma = d.lemma_.lower()
                for prep in d.children:
                    if prep.dep_ != "prep" or prep.lower_ != "of":
                        continue
                    for p in prep.children:
                        for o in args_of(p, idx, role="obj") if p.dep_ == "pobj" else []:
                            if lemma in L.OWNER_NOUNS:
                                yield Candidate(m, "owns", o, "appos:owner", 0.8, True, (d.idx,))
                            elif lemma in L.PART_NOUNS:
                                yield Candidate(o, "owns", m, "appos:unit", 0.8, True, (d.idx,))
        before = tok.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lemma_.lower() in L.PART_NOUNS and before.head.i != tok.i:
            # "Huawei's chip unit HiSilicon designed": the parser made them two subjects
            for c in before.children:
                if c.dep_ == "poss":
                    for o in args_of(c, idx, role="subj", exclude={ent.iri}):
                        if o.entity.type in ORGS and ent.type in ORGS:
                            yield Candidate(o, "owns", m, "poss:unit", 0.75, True, (before.idx,))
        # possessives: "Huawei's chip unit HiSilicon", "Taiwan's TSMC", "Meta's Llama", "its iPhones"
        head = tok.head
        for owner_tok in [c for c in tok.children if c.dep_ == "poss"] + \
                [c for c in head.children if c.dep_ == "poss" and tok.dep_ in ("compound", "appos", "nsubj", "nmod")
                 and head.lemma_.lower() in L.PRODUCT_NOUNS | L.PART_NOUNS]:
            for o in args_of(owner_tok, idx, role="subj", exclude={ent.iri}):
                yield from _possessive(o, m, head if owner_tok.head.i == head.i else tok)


def anaphor_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Descriptions that carry a place: "the South Korean company" (referring back),
    "American suppliers such as Google and Qualcomm", "Chinese tech giants like Baidu and Tencent",
    "the Beijing-based company"."""
    for tok in idx.sent_tokens(sent):
        if tok.pos_ != "NOUN" or idx.mention(tok):
            continue
        places = _places_in(tok, idx)
        if not places:
            continue
        targets: list[Arg] = []
        for prep in tok.children:  # a list introduced by such as / like / including
            if prep.dep_ == "prep" and prep.lower_ in ("as", "like", "including"):
                targets += [a for p in prep.children if p.dep_ == "pobj"
                            for a in args_of(p, idx, role="obj") if a.entity.type in ORGS]
        if not targets and tok.lemma_.lower() in L.ORG_ANAPHORS and tok.tag_ != "NNS" and \
                {c.lower_ for c in tok.lefts if c.dep_ == "det"} & {"the", "this", "that"} \
                and tok.dep_ not in ("appos", "attr") and not any(c.dep_ == "appos" for c in tok.children):
            exclude = {a.entity.iri for a in _clause_actors(tok, idx)}
            if (a := idx.antecedent(tok, ORGS, exclude)) is not None:
                targets = [a]
        for t in targets:
            for place, rule, conf in places:
                yield Candidate(t, "basedIn", place, rule, conf * (0.9 if t.coref else 1.0), True, (tok.idx,))


def _places_in(noun: Token, idx: DocIndex) -> list[tuple[Arg, str, float]]:
    out = []
    for mod in modifiers(noun):
        if mod.dep_ != "poss" and (c := demonym_of(mod, idx)) is not None:
            out.append((Arg(c, mod.idx, mod.idx + len(mod.text)), "descriptor:demonym", 0.8))
        if mod.lower_ == "based":
            for p in mod.children:
                if p.dep_ in ("npadvmod", "compound", "nmod") and (pl := idx.mention(p, actor=False)) \
                        and pl.entity.type in PLACE:
                    out.append((pl, "descriptor:based", 0.85))
    return out


def _clause_actors(tok: Token, idx: DocIndex) -> list[Arg]:
    """Entities acting in the clause around a noun: a description there never refers to them."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    return [a for t in subject_tokens(head) if t.i != tok.i for a in args_of(t, idx, role="subj")]


# Words between an organisation's possessive and another organisation's name, and what they say:
# (predicate, whether the possessor is the subject).
RELATION_WORDS = {
    "rival": ("competesWith", True), "competitor": ("competesWith", True),
    "partner": ("partnersWith", True), "ally": ("partnersWith", True),
    "customer": ("suppliesTo", True), "client": ("suppliesTo", True),
    "supplier": ("suppliesTo", False), "vendor": ("suppliesTo", False), "foundry": ("suppliesTo", False),
    "investor": ("investsIn", False), "backer": ("investsIn", False), "shareholder": ("investsIn", False),
}


def _relation_word(noun: Token) -> str | None:
    words = [noun, *[c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")]]
    return next((w.lemma_.lower() for w in words if w.lemma_.lower() in RELATION_WORDS), None)


def _possessive(owner: Arg, owned: Arg, noun: Token) -> Iterator[Candidate]:
    ot, dt = owner.entity.type, owned.entity.type
    if dt in ORGS and not owned.entity.known and noun.lower_ in L.PRODUCT_NOUNS:
        dt = "Product"  # "HiSilicon's Kirin processors": NER took Kirin for an organisation
        owned = replace(owned, entity=replace(owned.entity, type="Product"))
    if ot == "Country" and dt in ORGS:
        yield Candidate(owned, "basedIn", owner, "poss:country", 0.8, True, (noun.idx,))
    elif ot in ("City", "Region") and dt in ORGS and not owned.entity.known:
        yield Candidate(owned, "basedIn", owner, "poss:city", 0.7, True, (noun.idx,))  # "Giessen's Bezirksparkasse"
    elif ot in ORGS and dt == "Product":
        yield Candidate(owner, "develops", owned, "poss:product", 0.8, True, (noun.idx,))
    elif ot in ORGS and dt in ORGS and (rel := _relation_word(noun)) is not None:
        # "OpenAI's rival Anthropic", "Apple's supplier Foxconn", "Nvidia's partner Foxconn"
        pred, owner_is_subject = RELATION_WORDS[rel]
        s_, o_ = (owner, owned) if owner_is_subject else (owned, owner)
        yield Candidate(s_, pred, o_, f"poss:{rel}", 0.75, True, (noun.idx,))
    elif ot in ORGS and dt in ORGS:
        if noun.lemma_.lower() in L.OWNER_NOUNS or any(c.lower_ == "parent" for c in noun.lefts):
            yield Candidate(owned, "owns", owner, "poss:parent", 0.75, True, (noun.idx,))  # "Google's parent Alphabet"
        else:
            yield Candidate(owner, "owns", owned, "poss:unit", 0.75, True, (noun.idx,))
    elif ot == "Person" and dt == "Company":
        yield Candidate(owner, "leads", owned, "poss:person", 0.6, True, (noun.idx,))
    elif ot in ORGS | {"GovernmentBody"} and dt == "Person" and noun.ent_type_ == "PERSON" \
            and not any(w.lower() in ("school", "university", "institute", "center", "college", "foundation")
                        for w in owned.entity.label.split()):
        yield Candidate(owned, "worksFor", owner, "poss:member", 0.6, True, (noun.idx,))  # "AMD's Lisa Su"


CAPITAL_NOUNS = {"capital", "city", "town", "village", "port", "suburb", "province", "state", "region", "district"}
REGION_WORDS = {"part", "region", "area", "province", "district", "state", "county", "coast", "corner", "outskirts"}


def place_rule(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Places inside places and things located in them: "Taylor, Texas", "Kassala in eastern Sudan",
    "Beijing's Tiananmen Square", "Madagascar, an island nation in the Indian Ocean", "the World AI
    Conference in Shanghai", and the dateline "BANGKOK, Thailand (AP)"."""
    toks = idx.sent_tokens(sent)
    for i, tok in enumerate(toks[:-2]):
        a = idx.mention(tok, actor=False)
        if not a or a.entity.type not in SITES or _continues(tok, idx):
            continue
        # "Kassala in eastern Sudan", "Oxford in central Massachusetts", whatever the parser attached
        j = i + 1
        comma = toks[j].text == "," and toks[j + 1].lower_ == "in"
        if comma:
            j += 1  # "the Palace of Fine Arts, in San Francisco"
        if toks[j].lower_ == "in":
            j = _past_modifiers(toks, j + 1, idx)  # "in nearby Gainesville", "in southern Japan"
            b = idx.mention(toks[j], actor=False)
            after_b = _span_end(toks[j], idx) - toks[0].i if b is not None else 0
            regional = after_b < len(toks) and toks[after_b].lower_ in REGION_WORDS  # "in Umbria province"
            if b is not None and b.entity.type in PLACE and b.entity.iri != a.entity.iri \
                    and not (b.entity.type == "City" and a.entity.type != "Facility" and not regional
                             and not (comma and not a.entity.known)):
                yield Candidate(a, "locatedIn", b, "place:in", 0.75, True, (toks[i + 1].idx,))
                for c in tok.conjuncts:  # "Hsinchu, Taichung and Tainan in western Taiwan"
                    other = idx.mention(c, actor=False)
                    if c.i < tok.i and other is not None and other.entity.type == a.entity.type \
                            and not any(p.dep_ == "prep" for p in c.children) and other.entity.iri != b.entity.iri:
                        yield Candidate(other, "locatedIn", b, "place:in-list", 0.7, True, (toks[i + 1].idx,))
            continue
        j = i + 2
        while j < len(toks) - 1 and toks[j].pos_ == "ADJ" and not idx.mention(toks[j]):
            j += 1  # "Mohammadia, south-east Algeria"
        b = idx.mention(toks[j], actor=False) if toks[i + 1].text == "," else None
        if b is None or b.entity.type not in PLACE or b.entity.iri == a.entity.iri \
                or a.entity.type == "Region" and b.entity.type == "City" or _in_list(toks, j, idx) \
                or _listed_before(toks, i, idx) or _name_goes_on(toks, j, idx) \
                or idx.tok2m[toks[j].i][0].root.dep_ in ("nsubj", "nsubjpass") and tok.dep_ == "pobj":
            continue  # "Under pressure from Washington, the Netherlands restricted ...": a clause's subject
        yield Candidate(a, "locatedIn", b, "place:comma", 0.85, True, (toks[i + 1].idx,))
        for c in tok.conjuncts:  # "Port Arthur and Galveston, Texas" (two names joined by "and", nothing else)
            other = idx.mention(c, actor=False)
            span_a = idx.tok2m[tok.i][0]
            if c.i < tok.i and other is not None and other.entity.type == a.entity.type == "City" \
                    and c.i + 2 == span_a.start and c.doc[c.i + 1].lower_ in ("and", "or") \
                    and other.entity.iri != b.entity.iri and not any(
                        p.dep_ == "prep" or p.dep_ == "appos" and idx.mention(p, actor=False) != b for p in c.children):
                yield Candidate(other, "locatedIn", b, "place:comma-list", 0.75, True, (toks[i + 1].idx,))
    yield from dateline(sent, idx)
    yield from _coordinated_places(toks, idx)
    yield from _listed_sites(toks, idx)
    yield from _described_places(toks, idx)
    yield from _named_sites(toks, idx)
    yield from _scene(toks, idx)
    for i, tok in enumerate(toks[:-3]):  # "NRC headquarters in nearby Rockville, Md."
        a = idx.mention(tok, actor=False)
        if a is None or a.entity.type not in ORGS | {"GovernmentBody"} or _continues(tok, idx) \
                or toks[i + 1].lower_ not in ("headquarters", "hq", "head-office") or toks[i + 2].lower_ not in ("in", "at"):
            continue
        j = _past_modifiers(toks, i + 3, idx)
        b = idx.mention(toks[j], actor=False)
        if b is None or b.entity.type not in PLACE:
            continue
        yield Candidate(a, "basedIn", b, "place:headquarters", 0.8, True, (toks[i + 1].idx,))
    for tok in idx.sent_tokens(sent):
        m = idx.mention(tok, actor=False)
        if not m or tok.i != idx.tok2m[tok.i][0].root.i:
            continue
        t = m.entity.type
        if t in ("Event", "City", "Region", "Facility") or t in ORGS:
            pred = "basedIn" if t in ORGS else "locatedIn"
            # "Trust Co. of New York"; "in" only for names the gazetteer does not know: for a known
            # company "Apple in Zhengzhou" is where it operates, not where it is based
            known = idx.tok2m[tok.i][1].entry is not None
            preps = (("of",) if known else ("in", "of", "at")) if t in ORGS else ("in", "at")
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    for pl in _place_objects(prep, idx):
                        yield Candidate(m, pred, pl, f"place:{prep.lower_}", 0.7 if t in ORGS else 0.8, True, (prep.idx,))
        if t in ("City", "Region", "Country"):
            for app in tok.children:  # "the Netherlands, home to ASML": the company is based there
                if app.dep_ == "appos" and app.lower_ == "home":
                    for prep in app.children:
                        if prep.dep_ == "prep" and prep.lower_ in ("to", "of"):
                            for p in prep.children:
                                if p.dep_ == "pobj":
                                    for o in args_of(p, idx, role="obj"):
                                        if o.entity.type in ORGS:
                                            yield Candidate(o, "basedIn", m, "place:home", 0.75, True, (app.idx,))
            for app in tok.children:  # "Madagascar, an island nation in the Indian Ocean"
                if app.dep_ == "appos" and not idx.mention(app):
                    # "Yerevan, the capital of Armenia", "Lowman, a resort town in central Idaho"
                    preps = ("in", "of") if app.lemma_.lower() in CAPITAL_NOUNS else ("in",)
                    for prep in app.children:
                        if prep.dep_ == "prep" and prep.lower_ in preps:
                            for pl in _place_objects(prep, idx):
                                yield Candidate(m, "locatedIn", pl, "place:appos", 0.75, True, (prep.idx,))
        if t in SITES:  # "Beijing's Tiananmen Square", "Bosnia's capital, Sarajevo"
            heads = [tok] + ([tok.head] if tok.dep_ == "appos" else [])
            for h in heads:
                for c in h.children:
                    if c.dep_ == "poss" and (pl := idx.mention(c, actor=False)) and pl.entity.type in PLACE \
                            and pl.entity.iri != m.entity.iri:
                        yield Candidate(m, "locatedIn", pl, "place:poss", 0.75, True, (c.idx,))


LANGUAGES = {"english", "arabic", "spanish", "french", "russian", "chinese", "mandarin", "turkish", "german",
             "japanese", "korean", "portuguese", "persian", "farsi", "serbo-croatian", "italian", "hebrew",
             "polish", "hungarian", "czech", "romanian", "bulgarian", "greek", "ukrainian", "vietnamese",
             "thai", "indonesian", "urdu", "hindi", "dutch", "swedish", "pashto", "dari", "khmer", "burmese"}
DASHES = {"--", "-", "\u2014", "\u2013", ":"}
_DOC_ID = re.compile(r"^[A-Z]{2}\d{6,}$")


def _described_places(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "Cuenca, third most important city in Ecuador", "the Campbell Farm, a retreat center in
    Wapato": a description after the comma that places the name, however the parser attached it."""
    for i, tok in enumerate(toks[:-4]):
        a = idx.mention(tok, actor=False)
        if a is None or _continues(tok, idx) or toks[i + 1].text != "," or not (
                a.entity.type in ("City", "Region", "Facility", "Country")
                or a.entity.type in ORGS and not a.entity.known):
            continue  # a company the gazetteer knows is described elsewhere; "a plant in Y" is not its seat
        j = i + 2
        while j < len(toks) - 2 and j - i < 8 and toks[j].pos_ in ("DET", "ADJ", "ADV", "NUM", "NOUN") \
                and not idx.mention(toks[j]) and toks[j].lower_ not in CAPITAL_NOUNS | SITE_NOUNS:
            j += 1
        noun = toks[j].lower_
        if a.entity.type in ORGS and noun not in SITE_NOUNS - {"nation", "country", "island"}:
            continue
        if noun not in CAPITAL_NOUNS | SITE_NOUNS or toks[j + 1].lower_ not in ("in", "of") \
                or toks[j + 1].lower_ == "of" and noun not in CAPITAL_NOUNS:
            continue
        if a.entity.type == "Country" and noun not in ("nation", "country", "state", "island"):
            continue
        k = _past_modifiers(toks, j + 2, idx)
        b = idx.mention(toks[k], actor=False)
        if b is None or b.entity.type not in PLACE or b.entity.iri == a.entity.iri \
                or a.entity.type == "Country" and b.entity.type != "Region":
            continue
        yield Candidate(a, "locatedIn", b, "place:described", 0.75, True, (toks[j].idx,))


def _scene(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """A sentence that opens "In Idaho," sets the scene: the towns and sites it names are there
    ("In Colorado, 13 inches of snow in Denver prompted ..."). Only for a state, province or county."""
    if len(toks) < 5 or toks[0].lower_ != "in" or idx.tok2m.get(toks[1].i) is None:
        return
    scene = idx.mention(toks[1], actor=False)
    end = _span_end(toks[1], idx) - toks[0].i
    if scene is None or scene.entity.type != "Region" or end >= len(toks) or toks[end].text != ",":
        return
    if end + 2 < len(toks) and idx.tok2m.get(toks[end + 1].i) is not None:
        return  # "In Pittsburgh, Dade County, Fla., and Rochester": a list, not a scene
    seen: set[int] = set()
    for tok in toks[end + 1:]:
        hit = idx.tok2m.get(tok.i)
        if hit is None or hit[0].start in seen:
            continue
        seen.add(hit[0].start)
        m = idx.mention(tok, actor=False)
        if m is None or m.entity.type not in ("City", "Facility", "Region") or m.entity.iri == scene.entity.iri:
            continue
        after = hit[0].end
        if after < len(tok.doc) and tok.doc[after].text == ",":
            continue  # "Boise, Idaho": it names its own place
        yield Candidate(m, "locatedIn", scene, "place:scene", 0.6, True, (toks[0].idx,))


def _named_sites(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """Where unknown organisations and named sites are: "Shands Hospital in nearby Gainesville" (an
    organisation the gazetteer does not know, right before "in" and a place), "the Rocky Flats
    plutonium processing plant in Colorado", "the NRC's Rockville, Md., headquarters"."""
    for i, tok in enumerate(toks[:-2]):
        a = idx.mention(tok, actor=False)
        if a is None or _continues(tok, idx):
            continue
        if a.entity.type in ORGS and not a.entity.known and toks[i + 1].lower_ == "in":
            b = idx.mention(toks[_past_modifiers(toks, i + 2, idx)], actor=False)
            if b is not None and b.entity.type in ("City", "Region") and b.entity.iri != a.entity.iri \
                    and (_named_body(a, idx) or b.entity.type == "Region"):  # not "Alice in Wonderland"
                yield Candidate(a, "basedIn", b, "place:org-in", 0.65, True, (toks[i + 1].idx,))
        if a.entity.type in ("City", "Region", "Facility") and tok.dep_ in ("compound", "nmod") \
                and tok.head.lemma_.lower() in SITE_NOUNS | REGION_WORDS | QUARTER_NOUNS and tok.head.i > tok.i:
            # "the Rocky Flats plant in Colorado", "Umbria and Lazio provinces in central Italy"
            members = [a] + [m for c in tok.conjuncts if (m := idx.mention(c, actor=False)) is not None
                             and m.entity.type in ("City", "Region", "Facility")]
            for prep in tok.head.children:
                # "in central Italy"; "the Brighton Beach section of Brooklyn"
                if prep.dep_ == "prep" and (prep.lower_ == "in" or prep.lower_ == "of" and tok.head.lemma_.lower()
                                            in REGION_WORDS | QUARTER_NOUNS):
                    for pl in _place_objects(prep, idx):
                        for who in members:
                            if pl.entity.iri != who.entity.iri:
                                yield Candidate(who, "locatedIn", pl, "place:site-in", 0.7, True, (prep.idx,))
        if a.entity.type in ("City", "Region") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() in REGION_WORDS | CAPITAL_NOUNS:
            # "Serbia's southern province of Kosovo", "the Chinese city of Shenzhen"
            noun = tok.head.head
            for c in noun.lefts:
                if c.dep_ == "poss" and (pl := idx.mention(c, actor=False)) is not None and pl.entity.type in PLACE \
                        and pl.entity.iri != a.entity.iri:
                    yield Candidate(a, "locatedIn", pl, "place:province-of", 0.75, True, (noun.idx,))
                elif c.dep_ in ("amod", "compound") and (country := demonym_of(c, idx)) is not None \
                        and country.iri != a.entity.iri and idx.gaz.demonym(c.text) is not None:
                    yield Candidate(a, "locatedIn", Arg(country, c.idx, c.idx + len(c.text)), "place:province-of",
                                    0.75, True, (noun.idx,))
        if a.entity.type in PLACE and tok.head.lower_ in ("headquarters", "hq", "head-office") and tok.i < tok.head.i:
            for owner in tok.head.children:
                if owner.dep_ == "poss" and (o := idx.mention(owner, actor=False)) is not None \
                        and o.entity.type in ORGS | {"GovernmentBody"}:
                    yield Candidate(o, "basedIn", a, "place:headquarters", 0.8, True, (tok.head.idx,))


QUARTER_NOUNS = {"section", "neighborhood", "neighbourhood", "quarter", "district"}  # not "the Louisville suburb of Okolona"
SITE_NOUNS = {"center", "centre", "farm", "base", "plant", "factory", "facility", "site", "campus", "park",
              "hospital", "airport", "station", "mine", "refinery", "fab", "port", "nation", "country", "island",
              "resort", "complex", "compound", "camp", "prison", "school", "university", "museum", "stadium"}


def _listed_sites(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """A listing line: "U.S. Coast Guard Training Center, Petaluma, Calif.;", "Camp Butner, N.C.;"."""
    first = idx.mention(toks[0], actor=False) if toks else None
    if first is None or toks[0].i != idx.tok2m[toks[0].i][0].start or toks[0].is_upper:
        return  # an all-caps first name is a dateline's city
    k = _span_end(toks[0], idx) - toks[0].i
    places: list[Arg] = []
    while k + 1 < len(toks) and toks[k].text == "," and (pl := idx.mention(toks[k + 1], actor=False)) is not None \
            and pl.entity.type in PLACE:
        places.append(pl)
        k = _span_end(toks[k + 1], idx) - toks[0].i
    if not places or len(places) > 2 or k < len(toks) and toks[k].text not in (";", ".") \
            or first.entity.type in PLACE - {"Region"} and len(places) < 2 or first.entity.type == "Person":
        return  # "Fort Hamilton, Brooklyn, N.Y.;": a place before a city and its state is a site
    pred = "basedIn" if first.entity.type in ORGS | {"GovernmentBody"} else "locatedIn"
    for pl in places:
        if pl.entity.iri != first.entity.iri:
            yield Candidate(first, pred, pl, "place:listing", 0.75, True, (toks[1].idx,))


def widen_places(cands: list[Candidate], idx: DocIndex, doc) -> Iterator[Candidate]:
    """A thing in a city is in the city's state too: "based in West Point, Ga.", "a judgment against
    K mart in St. Claire Shores, Mich.", "the U.S. Bankruptcy Court in Jacksonville, Fla."."""
    for c in cands:
        if c.pred not in ("basedIn", "locatedIn") or c.obj.entity.type not in ("City", "Region") or c.subj.coref:
            continue
        span = doc.char_span(c.obj.start, c.obj.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].text not in (",", "in"):
            continue
        nxt = doc[span.end + 1]
        if doc[span.end].lower_ == "in":  # "Yatsushiro in Kumamoto Prefecture in southern Japan"
            far = idx.mention(doc[_past_modifiers(doc, span.end + 1, idx)], actor=False)
            if far is not None and far.entity.type in ("Region", "Country") and far.entity.iri not in (
                    c.subj.entity.iri, c.obj.entity.iri):
                yield replace(c, obj=far, rule=c.rule + "+region", confidence=round(c.confidence * 0.9, 3))
            continue
        if c.obj.entity.type != "City":
            continue  # a state after a comma is a city's state
        state = idx.mention(nxt, actor=False)
        if state is None or state.entity.type not in ("Region", "Country") or state.entity.iri == c.subj.entity.iri:
            continue
        end = idx.tok2m[nxt.i][0].end
        if end < len(doc) and doc[end].dep_ == "case":
            continue  # "in London, Argentina's diplomatic mission"
        if end < len(doc) and doc[end].lower_ in ("and", "or") or end + 1 < len(doc) and doc[end].text == "," \
                and idx.mention(doc[end + 1]) is not None and doc[end + 2: end + 3].text in (",", "and"):
            continue  # a list of places, not a city and its state
        yield replace(c, obj=state, rule=c.rule + "+state", confidence=round(c.confidence * 0.95, 3))


def _coordinated_places(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """ "Brazoria, Galveston and Harris counties in southeast Texas": a place after "in" holds every
    place of the list before it."""
    for tok in toks:
        if tok.dep_ != "prep" or tok.lower_ != "in" or tok.head.dep_ != "conj":
            continue
        places = [pl for p in [tok] for pl in _place_objects(p, idx)]
        if not places:
            continue
        head = tok.head
        members = [c for c in head.conjuncts if c.i < head.i]
        for c in members:
            a = idx.mention(c, actor=False)
            if a is None or a.entity.type not in ("City", "Region") or not c.is_title \
                    or any(p.dep_ == "prep" for p in c.children):
                continue  # "Dan Sai District in Loei Province, Lomsak District in ...": each has its own
            for b in places:
                if b.entity.iri != a.entity.iri:
                    yield Candidate(a, "locatedIn", b, "place:in-list", 0.7, True, (tok.idx,))


def dateline(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """Where a wire story or a monitored broadcast comes from, the way news agencies print it:
    "BANGKOK, Thailand (AP)", "MEXICO CITY (AP) --", "Sofia, February 15 (BTA) --",
    "Moscow March 5 (ITAR-TASS) --", "BEIJING, Oct 7 (Reuters) -", and the monitoring source line
    "Paris Radio Monte Carlo in Arabic 1700 GMT 7 Apr 94". The city is in the country; the agency or
    broadcaster is based in both (the annotation convention for wire datelines)."""
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
        country, k = b, _span_end(toks[k + 1], idx) - sent.start  # "ROYAL OAK, Mich.": a state NER does not know
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
    if country is not None and country.entity.iri != city.entity.iri:
        yield Candidate(city, "locatedIn", country, "place:dateline", 0.8, True, (city_toks[-1].idx,))
    org = _source_arg(agency, idx) if agency else None
    if org is not None:
        for place in (city, country):
            if place is not None:
                yield Candidate(org, "basedIn", place, "place:dateline", 0.7, True, (agency[0].idx,))


def _source_line(toks: list, idx: DocIndex) -> Iterator[Candidate]:
    """A monitoring source line: "[doc id] City SOURCE in Language 1700 GMT 7 Apr 94", or a line that
    is only "Tokyo MAINICHI SHIMBUN"."""
    start = next((n + 1 for n, t in enumerate(toks) if _DOC_ID.match(t.text)), 0)
    end = next((n for n in range(start + 2, len(toks) - 1) if toks[n].lower_ == "in"
                and toks[n + 1].lower_ in LANGUAGES), None)
    if end is None:
        body = [t for t in toks[start:] if not t.is_punct]
        if not (2 <= len(body) <= 6 and body[0].is_title and sum(t.is_upper for t in body) >= 1
                and body[-1].is_upper and len(body[-1]) > 1):
            return
        end = body[-1].i - toks[0].i + 1  # "Moscow ITAR-TASS": through the last word, hyphens included
    words = toks[start:end]
    if not words or not all(_name_word(t) or t.text == "-" for t in words):
        return
    n_city = _city_length(words, idx)
    if n_city is None or n_city >= len(words):
        return
    city, org = _place_arg(words[:n_city], idx), _source_arg(words[n_city:], idx)
    if city is not None and org is not None:
        yield Candidate(org, "basedIn", city, "place:source-line", 0.75, True, (words[n_city].idx,))


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() or tok.text in (".", "-") or tok.text[:1].isupper() and "-" in tok.text


def _city_length(words: list, idx: DocIndex) -> int | None:
    """How many of the leading words name the city: what the gazetteer knows, else "X City", else one."""
    if len(words) > 2 and words[1].lower_ == "city":
        return 2
    lead = next((n for n, t in enumerate(words) if t.is_upper and n > 0), None)
    if lead and 1 <= lead <= 3 and all(t.is_title for t in words[:lead]):
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


def _source_arg(toks: list, idx: DocIndex) -> Arg | None:
    if not toks or not toks[0].text[:1].isupper():
        return None
    hit = idx.tok2m.get(toks[0].i)
    if hit and (hit[0].start, hit[0].end) == (toks[0].i, toks[-1].i + 1) and hit[1].entity.type in ORGS:
        return idx.mention(toks[0], actor=False)
    text = _text(toks)
    res = idx.resolver.resolve(text, "ORG")
    if res is None or res.entity.type not in ORGS | {"GovernmentBody"}:
        return None
    return Arg(res.entity, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _place_objects(prep: Token, idx: DocIndex) -> list[Arg]:
    out = []
    for p in prep.children:
        if p.dep_ != "pobj":
            continue
        if (pl := idx.mention(p, actor=False)) and pl.entity.type in PLACE:
            out.append(pl)
        elif p.lemma_.lower() in REGION_WORDS:  # "in the southeastern part of Rwanda"
            out += [pl for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                    for r in q.children if r.dep_ == "pobj" and (pl := idx.mention(r, actor=False))
                    and pl.entity.type in PLACE]
    return out


def _continues(tok: Token, idx: DocIndex) -> bool:
    here, nxt = idx.tok2m.get(tok.i), idx.tok2m.get(tok.i + 1)
    return here is not None and nxt is not None and nxt[0] is here[0]


def _span_end(tok: Token, idx: DocIndex) -> int:
    return idx.tok2m[tok.i][0].end


def _past_modifiers(toks, k: int, idx: DocIndex) -> int:
    """The index after adjectives, adverbs and "the" that are not names: "in nearby Rockville",
    "in the southern Chiapas State" (toks: a token list or a Doc)."""
    while k < len(toks) - 1 and (toks[k].pos_ in ("ADJ", "ADV") or toks[k].lower_ == "the") and not idx.mention(toks[k]):
        k += 1
    return k


def _listed_before(toks: list, i: int, idx: DocIndex) -> bool:
    """ "Delta, Orion, Piedmont, Southwest": a name after a comma that follows another name is a list item."""
    start = idx.tok2m[toks[i].i][0].start - toks[0].i
    if start < 2 or toks[start - 1].text != ",":
        return False
    prev = idx.mention(toks[start - 2], actor=False)
    return prev is not None and prev.entity.type in PLACE and prev.entity.type == idx.mention(toks[i], actor=False).entity.type


def _name_goes_on(toks: list, j: int, idx: DocIndex) -> bool:
    """ "Aloha, America West": the place word is the start of a longer name, or "Nakhon Thai District
    in Phitsanulok Province": the second place has a place of its own."""
    end = _span_end(toks[j], idx) - toks[0].i
    if end >= len(toks):
        return False
    nxt = toks[end]
    if nxt.dep_ == "case" or nxt.lower_ in ("'s", "'"):
        # "in London, Argentina's diplomatic mission": a possessor, not a containing place; but
        # "Leninakan, Armenia's second-largest city" describes the first place
        return nxt.head.head.lemma_.lower() not in CAPITAL_NOUNS
    return nxt.is_title and nxt.pos_ == "PROPN" and idx.tok2m.get(nxt.i) is None and not nxt.ent_type_ \
        and nxt.lower_.rstrip(".") not in MONTHS and nxt.lower_ not in WEEKDAYS or nxt.lower_ == "in"


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _in_list(toks: list, j: int, idx: DocIndex) -> bool:
    """ "Colombia, Bolivia, Ecuador": a list of places, not a place inside another."""
    end = _span_end(toks[j], idx) - toks[0].i
    def place_at(k: int) -> bool:
        m = idx.mention(toks[k], actor=False) if k < len(toks) else None
        return m is not None and m.entity.type in PLACE

    def name_then_more(k: int) -> bool:  # "Southwest, United and U.S. Air": a list of any names
        if k >= len(toks) or idx.tok2m.get(toks[k].i) is None:
            return False
        after = _span_end(toks[k], idx) - toks[0].i
        return after < len(toks) and (toks[after].text == "," or toks[after].lower_ in ("and", "or"))

    def pair_at(k: int) -> bool:  # "Phoenix, Arizona and Austin, Texas": a list of city-state pairs
        after = _span_end(toks[k], idx) - toks[0].i
        return after + 1 < len(toks) and toks[after].text == "," and place_at(after + 1)

    return end < len(toks) - 1 and toks[end].text == "," and (place_at(end + 1) or name_then_more(end + 1)) \
        or end < len(toks) - 1 and toks[end].lower_ in ("and", "or") and place_at(end + 1) and not pair_at(end + 1)


