"""Readers for what analysts actually hold, beside the tidy-folder readers of kg.corpus:
feeds (RSS/Atom), web archives (WARC), CSV/TSV exports, any text encoding, YAML front matter
and Markdown, loose date formats, the article's language and syndicated copies.

Each module turns bytes into plain dicts or Articles; none of them touches spaCy or the store.
"""
