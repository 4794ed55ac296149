"""One error base; the CLI catches it once and prints a single line with cause and fix."""
from __future__ import annotations


class KGError(Exception):
    """Base for every error a user can cause and fix. Exit code 2 at the CLI."""

    exit_code = 2


class CorpusError(KGError):
    """The input folder is missing, empty or unreadable."""


class StoreError(KGError):
    """The RDF store is missing, locked or damaged."""


class QueryError(KGError):
    """A SPARQL query does not parse or cannot run."""


class ModelError(KGError):
    """No usable spaCy pipeline could be loaded."""


class ExportError(KGError):
    """An export format is unknown or could not be written."""


class ReviewError(KGError):
    """A review decision is malformed, names nothing known, or the review file is unreadable."""
