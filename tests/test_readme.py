"""Docs that are checked: the README's Python example runs, and every option its command
examples use exists on that command."""
from __future__ import annotations

import re

import typer.main

from kg.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_example_runs(tmp_path, small_corpus, nlp):
    code = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    code = code.replace('"corpora/"', repr(str(small_corpus))).replace('"kg-out"', repr(str(tmp_path / "out")))
    code = code.replace('"view.html"', repr(str(tmp_path / "view.html")))
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - our own README
    assert scope["report"].articles_read == 6 and scope["facts"] and (tmp_path / "view.html").exists()


def test_command_examples_use_real_options():
    commands = typer.main.get_command(app).commands
    block = re.search(r"## Command line\n\n```sh\n(.*?)```", README, re.S).group(1)
    for line in block.splitlines():
        words = line.split("#")[0].split()
        assert words[0] == "kg" and words[1] in commands, line
        known = {o for p in commands[words[1]].params for o in getattr(p, "opts", [])}
        for w in words[2:]:
            if w.startswith("-"):
                assert w in known, f"{w} is not an option of kg {words[1]}"
