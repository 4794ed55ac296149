"""The rule extractor's name and version, stamped on every article graph and hashed into a build's
settings: here, outside kg.extract, so that a no-op rebuild reads it without importing the rules,
their frames and word tables (0.05-0.08 CPU-s of the no-op's 0.4; issue 13)."""

EXTRACTOR = "kg-rules/0.1"
