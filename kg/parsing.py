"""`kg build --jobs 1` with a core to spare: spaCy parses in a process of its own while this one
reads the corpus, applies the rules and writes the store.

In one process, kg's own work (reading and language checks, the rules, the store's text) adds
to spaCy's time: a quarter to a third of a build on top of the parsing (issue 13). With the
parser alone in a second process, that work overlaps the parsing, and a build takes about as
long as its parsing. The parser sends each parsed Doc back as Doc.to_dict gives it (what
Doc.to_bytes packs with msgpack, here pickled with the message instead: srsly's msgpack looks up
its encoders in the installed packages' metadata on every call, so to_bytes and from_bytes cost
about 2 ms a Doc each, to_dict and from_dict 0.6-0.7 ms): the rules read the same tokens, tags,
dependencies, sentences and entities as in one process (the test compares every token).

The parser process runs what needs the neural networks: tok2vec, tagger, parser, NER. The attribute
ruler and the lemmatizer (tag -> part of speech, morphology, lemma) and kg's own pipes after NER
(the gazetteer's entity ruler, the name repairs) run here, on the Doc that comes back: a fifth of
the pipeline's time moved off the parser, the longest path of a build (issue 13). Run after NER
instead of before it, the two give the same Doc: NER reads only the tokens' norm, prefix, suffix
and shape, which neither sets (split() checks the model says so; else nothing moves).

The texts go through one `nlp.pipe` in batches of BATCH, exactly the batches of a build in one
process. The process is forked from this one after the pipeline is loaded, so it loads nothing
(the entity ruler's gazetteer patterns, which it does not need, are added here meanwhile);
it stops like the workers of `--jobs N` (kg/workers.py): deaf to Ctrl-C, stopped by the parent,
gone with it. Where it cannot help (one core, no fork, a corpus of fewer than two batches) the
articles are parsed here as before.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from functools import partial
from itertools import chain, islice
from multiprocessing.connection import Connection

from .models import Article, Triple
from .workers import WorkerError, _die_with, _portable, deaf_to_ctrl_c, end_processes

BATCH = 32  # nlp.pipe's batch, as extract() in one process and raw nlp.pipe in the benchmarks
AHEAD = 3 * BATCH  # texts sent before their Docs come back: the parser always has its next batch
SEND = 8  # texts a message: the parser starts on the first batch while the rest is being read
MIN_ARTICLES = 2 * BATCH  # fewer: nothing to overlap; parsed in this process
EXCLUDE = ["tensor"]  # tok2vec's output: the rules never read it, and it is 3/4 of the bytes
_END = None
MOVABLE = {"attribute_ruler", "kg_attribute_ruler", "lemmatizer", "kg_lemmatizer"}  # set LEMMA POS TAG MORPH DEP, nothing else
NER_READS = {"NORM", "PREFIX", "SUFFIX", "SHAPE", "ORTH", "LOWER"}  # features NER may read that they leave alone


def usable() -> bool:
    """A second core to run on, and fork to share the loaded pipeline with it."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return cores >= 2 and sys.platform == "linux" and "fork" in mp.get_all_start_methods()


def extract(articles: Iterable[Article], *, nlp, gazetteer) -> Iterator[tuple[Article, list[Triple]]]:
    """(article, facts) in order, as kg.extract.extract gives them, the parsing done beside."""
    from .extract import extract as in_process
    from .extract import facts_of
    from .nlp import finish

    articles = iter(articles)
    head = list(islice(articles, MIN_ARTICLES)) if usable() else []
    if len(head) < MIN_ARTICLES:
        finish(nlp)
        yield from in_process(chain(head, articles), nlp=nlp, gazetteer=gazetteer, batch_size=BATCH)
        return
    with closing(parse(chain(head, articles), nlp=nlp)) as docs:  # stopped at once if the build stops
        for art, doc in docs:
            yield art, list(facts_of(doc, art, gazetteer))


def parse(articles: Iterable[Article], *, nlp) -> Iterator[tuple]:
    """(article, Doc) for every article, in order, parsed by a second process."""
    proc = _Parser(nlp)
    try:
        yield from proc.run(iter(articles))
    finally:
        proc.stop()


def split(nlp) -> list[str]:
    """The pipes this process runs on each Doc from the parser process, in pipeline order: those
    after NER, and the attribute ruler and lemmatizer before it when NER does not read what they set."""
    names = nlp.pipe_names
    if "ner" not in names:
        return []
    at = names.index("ner")
    try:
        reads = set(nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"]["attrs"])
    except (KeyError, TypeError):  # NER listens to a shared tok2vec, or another architecture: keep the order
        reads = {"?"}
    before = [n for n in names[:at] if n in MOVABLE] if reads <= NER_READS else []
    return before + names[at + 1:]


class _Parser:
    def __init__(self, nlp) -> None:
        ctx = mp.get_context("fork")
        self.vocab = nlp.vocab
        self.later = split(nlp)
        from .nlp import finish

        # what loading left (kg/nlp.py): done here once the parser has its first texts, unless it
        # runs the entity ruler itself
        self.meanwhile: Callable[[], None] | None = partial(finish, nlp)
        if "kg_gazetteer" not in self.later:
            finish(nlp)
        self.pipes = [nlp.get_pipe(name) for name in self.later]
        self.texts_in, self.texts = ctx.Pipe(duplex=False)  # (receiving end, sending end)
        self.docs, self.docs_out = ctx.Pipe(duplex=False)
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # a Ctrl-C now reaches the parent alone
        try:
            self.proc = ctx.Process(target=_serve, daemon=True, name="kg-parse",
                                    args=(self.texts_in, self.docs_out, [self.texts, self.docs], os.getpid(), nlp,
                                          self.later))
            self.proc.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        self.texts_in.close()
        self.docs_out.close()

    def run(self, articles: Iterator[Article]) -> Iterator[tuple]:
        from spacy.tokens import Doc

        sent: deque[Article] = deque()
        more = True
        while more or sent:
            while more and len(sent) < AHEAD:  # reading the corpus overlaps the parsing too
                chunk = list(islice(articles, SEND))
                more = len(chunk) == SEND
                if chunk:
                    self.texts.send([a.text for a in chunk])
                    sent.extend(chunk)
                if not more:
                    self.texts.send(_END)
            if not sent:
                break
            if self.meanwhile is not None:
                self.meanwhile, later = None, self.meanwhile
                later()
            try:
                kind, got = self.docs.recv()
            except (EOFError, OSError):
                self.proc.join(1)
                raise WorkerError(f"the parsing process died (exit code {self.proc.exitcode}) while reading "
                                  f"{sent[0].path}; try again, or with less memory in use") from None
            if kind == "error":
                raise got
            for data in got:
                doc = Doc(self.vocab).from_dict(data)
                for pipe in self.pipes:
                    doc = pipe(doc)
                yield sent.popleft(), doc

    def stop(self) -> None:
        """End the parser, whatever it is doing; bounded in time and deaf to a second Ctrl-C."""
        with deaf_to_ctrl_c():
            self.texts.close()
            self.docs.close()
            end_processes([self.proc])


def _serve(texts_in: Connection, docs_out: Connection, inherited: list[Connection], parent: int, nlp,
           later: list[str]) -> None:
    """The parsing process: texts in, Docs out as dicts, a batch a message. A thread receives the
    texts and another sends the Docs, so neither pipe waits on the parsing, nor it on them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with(parent)
    for c in inherited:  # the parent's ends: only the parent may hold them open
        c.close()
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    outbox: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        try:
            while (chunk := texts_in.recv()) is not _END:
                for text in chunk:
                    inbox.put(text)
        except (EOFError, OSError):  # the parent stopped early or is gone
            os._exit(0)
        inbox.put(_END)

    def send() -> None:
        while True:
            item = outbox.get()
            try:
                docs_out.send(item)
            except (OSError, ValueError):
                os._exit(0)
            if item[0] != "docs":
                return

    def texts() -> Iterator[str]:
        while (text := inbox.get()) is not _END:
            yield text

    threading.Thread(target=receive, daemon=True, name="kg-parse-in").start()
    sender = threading.Thread(target=send, daemon=True, name="kg-parse-out")
    sender.start()
    try:
        done: list[dict] = []
        for doc in nlp.pipe(texts(), batch_size=BATCH, disable=later):  # the parent runs them
            done.append(doc.to_dict(exclude=EXCLUDE))  # what to_bytes packs, pickled with the message
            if len(done) == BATCH:
                outbox.put(("docs", done))
                done = []
        outbox.put(("docs", done))
        outbox.put(("end", None))
    except Exception as exc:  # noqa: BLE001 - sent to the parent, which raises it
        outbox.put(("error", _portable(exc)))
    sender.join()
