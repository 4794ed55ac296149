"""A company's officer named by a bare title in the sentence after the company speaks: "ASML said on
Wednesday that sales would fall. Chief Executive Christophe Fouquet told analysts ..." Wire copy
names the company once and its officers by title alone after it; the title is a company's (a chief
executive, a chief financial officer), so the body is the company the sentence before has as its
subject. Only where nothing else in the person's sentence could be the employer."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from ..index import ORGS, Arg, Candidate, DocIndex
from ..registry import define, matcher
from .roleorgs import _role_orgs
from .titles import chief_executive

PREVIOUS_COMPANY = define("role:previous-company", preds=("leads", "worksFor"), conf=0.65,
                          example="ASML said sales would fall. Chief Executive Christophe Fouquet told analysts.")

# Titles only a company gives ("Chief Executive", "CFO"); "President", "Chairman" or "Director" are
# also a state's or an agency's, so a bare one says nothing about the company before it.
OFFICER_WORDS = {"ceo", "cfo", "coo", "cto", "executive", "officer"}


@matcher(PREVIOUS_COMPANY)
def previous_company(sent: Span, idx: DocIndex) -> Iterator[Candidate]:
    """A person titled as a company's officer, with no body in the sentence, works for (or, as chief
    executive, leads) the company the sentence before has as its subject."""
    toks = idx.sent_tokens(sent)
    if sent.start == 0 or any((m := idx.mention(t)) is not None and m.entity.type != "Person" for t in toks):
        return
    company = None
    for tok in toks:
        m = idx.mention(tok)
        if m is None or m.entity.type != "Person" or idx.tok2m[tok.i][0].end - 1 != tok.i:
            continue
        titles = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and _officer(c)]
        if not titles:
            continue
        company = company or _subject_company(sent.doc[sent.start - 1].sent, idx)
        if company is None:
            return
        for t in titles:
            pred = "leads" if chief_executive(t) else "worksFor"  # its other officers work for it
            if not _role_orgs(t, idx):
                yield from PREVIOUS_COMPANY.pairs([m], [_at(company, t)], pred, True, (t.idx,))


def _officer(title: Token) -> bool:
    """ "Chief Executive", "CEO", "Chief Financial Officer": a company officer's title, capitalised."""
    words = {c.lower_ for c in title.lefts if c.dep_ in ("amod", "compound")} | {title.lower_}
    words |= {title.doc[title.i - 1].lower_} if title.i > 0 else set()  # "Chief" may hang on the name, not the title
    return title.lower_ in OFFICER_WORDS and (title.lower_ in ("ceo", "cfo", "coo", "cto") or "chief" in words) \
        and title.text[:1].isupper()


def _subject_company(prev: Span, idx: DocIndex) -> Arg | None:
    """The company the previous sentence's main clause has as its subject ("ASML said ...")."""
    root = prev.root
    for c in root.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        # "ASML said ...", "Nvidia's shares rose 3%": the company, or the company whose shares or sales moved
        m = idx.mention(c) or next((idx.mention(p) for p in c.children if p.dep_ == "poss" and idx.mention(p)), None)
        return m if m is not None and m.entity.type in ORGS else None
    return None


def _at(company: Arg, title: Token) -> Arg:
    """The company, anchored at the title that refers back to it."""
    return Arg(company.entity, title.idx, title.idx + len(title.text), coref=True)
