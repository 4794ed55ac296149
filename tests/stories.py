"""Small wire stories for build tests: a dated, sourced article whose two parties vary (own words)."""
from __future__ import annotations


def story(i: int, a: str, b: str, extra: str = "") -> str:
    return (f"TITLE: Story {i}\nDATE: 2024-03-{1 + i:02d}\nSOURCE: Wire {'AB'[i % 2]}\n-----\n"
            f"{a} restricted exports of advanced chips to {b} on March {1 + i}, 2024. "
            f"Microsoft said it would invest $2 billion in {b}, according to Reuters.{extra}\n")
