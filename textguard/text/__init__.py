"""The text layer: reading files, normalizing, segmenting, tokenizing, and the word lists and
line shapes (page furniture) that every later stage relies on. Nothing here knows about checks."""
