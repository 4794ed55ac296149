"""The extractor's knowledge of words, loaded from data: frames.toml (triggers, slots, guards)
and words.toml (the word lists rules consult). Both are read once, at import, and checked:
a bad row is a FramesError that names the file, the section, the row and what is wrong.

Rules read the tables through the names below (VERBS, NOUNS, NOMINALS, ...). Extend the
data files, not the rules.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..vocab import PREDICATES
from ..errors import KGError

HERE = Path(__file__).parent
FRAMES_FILE = HERE / "frames.toml"
WORDS_FILE = HERE / "words.toml"
SLOT = re.compile(r"^(dobj|dative|recipient|(prep|market):[a-z]+)$")


class FramesError(KGError, ValueError):
    """A frames or word table that cannot be used; the message names the row."""


@dataclass(frozen=True)
class Frame:
    pred: str
    slots: tuple[str, ...]
    reverse: bool = False  # the object is the subject: "raised money from investors"
    guards: tuple[str, ...] = ()


def _check(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise FramesError(f"{where}: {what}")


def _keys(row: dict, allowed: set[str], required: set[str], where: str) -> None:
    _check(not (extra := set(row) - allowed), where, f"unknown keys {sorted(extra)} (allowed: {sorted(allowed)})")
    _check(not (missing := required - set(row)), where, f"missing keys {sorted(missing)}")


def _pred(p, where: str) -> str:
    _check(p in PREDICATES, where, f"unknown predicate {p!r}")
    return p


def _words(xs, where: str, key: str) -> list[str]:
    _check(isinstance(xs, list) and xs and all(isinstance(x, str) and x == x.lower() and x.strip() == x for x in xs),
           where, f"{key} must be a non-empty list of lower-case words")
    return xs


def load_frames(path: Path = FRAMES_FILE) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FramesError(f"{path.name}: cannot be read: {exc}") from None
    _check(not (extra := set(data) - {"verb", "noun", "relational", "possessive", "parts", "role"}),
           path.name, f"unknown sections {sorted(extra)}")
    out: dict = {"verbs": {}, "particles": {}, "stative": set(), "nouns": {}, "nominals": {}, "possessive": {},
                 "roles": {}}

    def once(table: dict, word: str, where: str) -> None:
        _check(word not in table, where, f"{word!r} is already in an earlier row")

    for n, row in enumerate(data.get("verb", []), 1):
        where = f"{path.name} [[verb]] row {n} ({', '.join(row.get('lemmas', [])[:3])})"
        _keys(row, {"lemmas", "frames", "particle", "stative"}, {"lemmas", "frames"}, where)
        frames = []
        for f in row["frames"]:
            _keys(f, {"pred", "slots", "reverse", "guards"}, {"pred", "slots"}, where)
            _check(all(SLOT.match(s) for s in f["slots"]), where, f"bad slot in {f['slots']} (dobj, dative, recipient, prep:W, market:W)")
            frames.append(Frame(_pred(f["pred"], where), tuple(f["slots"]), bool(f.get("reverse", False)),
                                tuple(f.get("guards", ()))))
        for lemma in _words(row["lemmas"], where, "lemmas"):
            once(out["verbs"], lemma, where)
            out["verbs"][lemma] = tuple(frames)
            if row.get("particle"):
                out["particles"][lemma] = set(_words(row["particle"], where, "particle"))
            if row.get("stative"):
                out["stative"].add(lemma)
    for n, row in enumerate(data.get("noun", []), 1):
        where = f"{path.name} [[noun]] row {n}"
        _keys(row, {"lemmas", "pred", "preps"}, {"lemmas", "pred", "preps"}, where)
        for lemma in _words(row["lemmas"], where, "lemmas"):
            once(out["nouns"], lemma, where)
            out["nouns"][lemma] = (_pred(row["pred"], where), tuple(_words(row["preps"], where, "preps")))
    for n, row in enumerate(data.get("relational", []), 1):
        where = f"{path.name} [[relational]] row {n}"
        _keys(row, {"lemmas", "pred", "preps", "reverse"}, {"lemmas", "pred", "preps"}, where)
        for lemma in _words(row["lemmas"], where, "lemmas"):
            once(out["nominals"], lemma, where)
            out["nominals"][lemma] = (_pred(row["pred"], where), tuple(_words(row["preps"], where, "preps")),
                                      bool(row.get("reverse", False)))
    for n, row in enumerate(data.get("possessive", []), 1):
        where = f"{path.name} [[possessive]] row {n}"
        _keys(row, {"lemmas", "pred", "possessor_is_subject"}, {"lemmas", "pred", "possessor_is_subject"}, where)
        for lemma in _words(row["lemmas"], where, "lemmas"):
            once(out["possessive"], lemma, where)
            out["possessive"][lemma] = (_pred(row["pred"], where), bool(row["possessor_is_subject"]))
    parts = data.get("parts", {})
    _keys(parts, {"owner", "part"}, {"owner", "part"}, f"{path.name} [parts]")
    out["owner"] = set(_words(parts["owner"], f"{path.name} [parts]", "owner"))
    out["part"] = set(_words(parts["part"], f"{path.name} [parts]", "part"))
    for n, row in enumerate(data.get("role", []), 1):
        where = f"{path.name} [[role]] row {n}"
        _keys(row, {"pred", "words"}, {"pred", "words"}, where)
        _check(row["pred"] in ("leads", "worksFor", "founded"), where, "a role gives leads, worksFor or founded")
        for w in _words(row["words"], where, "words"):
            once(out["roles"], w, where)
            out["roles"][w] = row["pred"]
    return out


def load_words(path: Path = WORDS_FILE) -> dict[str, set[str] | dict[str, str | None]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FramesError(f"{path.name}: cannot be read: {exc}") from None
    out: dict = {}
    for name, value in data.items():
        _check(name.isupper(), f"{path.name} {name}", "list names are upper case")
        if isinstance(value, dict):  # a word -> word table
            _check(all(isinstance(v, str) for v in value.values()), f"{path.name} [{name}]",
                   "a table maps words to one word (a list after a [table] header belongs to the table)")
            out[name] = {k: (v or None) for k, v in value.items()}
        else:
            out[name] = set(_words(value, f"{path.name} {name}", name))
    return out


_F = load_frames()
_W = load_words()

VERBS: dict[str, tuple[Frame, ...]] = _F["verbs"]
NEEDS_PARTICLE: dict[str, set[str]] = _F["particles"]  # "cut off", "roll out", "team up"
STATIVE_PASSIVE: set[str] = _F["stative"]  # "is headquartered in": the subject is what is located
NOUNS: dict[str, tuple[str, tuple[str, ...]]] = _F["nouns"]
NOMINALS: dict[str, tuple[str, tuple[str, ...], bool]] = _F["nominals"]
RELATION_WORDS: dict[str, tuple[str, bool]] = _F["possessive"]
OWNER_NOUNS: set[str] = _F["owner"]
PART_NOUNS: set[str] = _F["part"]
ROLES: dict[str, str] = _F["roles"]
if _clash := sorted(set(_W) & set(globals())):  # a word list named like a frames table would replace it unseen
    raise FramesError(f"{WORDS_FILE.name}: {', '.join(_clash)} is already a name of the frames tables")
globals().update(_W)  # every list of words.toml by its name: L.SAY_VERBS, L.MARKET_NOUNS, ...


def __getattr__(name: str):
    """A name that is neither a table nor a list of words.toml: say which file was looked in."""
    try:
        return _W[name]
    except KeyError:
        raise AttributeError(f"no word list {name!r} in {WORDS_FILE.name}") from None
