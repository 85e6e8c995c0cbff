"""Property of the sentence check (issue 14): deleting any middle sentence of a paragraph of three
sentences or more gives a finding at that place. The articles are made up by
``textguard.testing.strategies`` (fictional words and names)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from textguard import Config, check
from textguard.testing.strategies import sentences

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def articles_with_a_sentence_dropped(draw: st.DrawFn) -> tuple[str, str, tuple[int, int]]:
    """An article, a copy without one middle sentence of one of its paragraphs, and that
    sentence's span in the article."""
    sentence = sentences(min_size=4, max_size=12)
    paragraphs = draw(
        st.lists(st.lists(sentence, min_size=3, max_size=5, unique=True), min_size=1, max_size=4)
    )
    flat = [s for p in paragraphs for s in p]
    # Which of two sentences with the same words was dropped is undecidable ("The end." and
    # "The end!"): the sentences are distinct by their words.
    words = {tuple(re.findall(r"\w+", s.lower())) for s in flat}
    assume(len(words) == len(flat))
    # "... a. Anna ..." is an initial before a name, not a sentence end, to any reader: the
    # sentences must end as sentences do.
    assume(all(len(s.rstrip(".!?").split()[-1].strip(",-")) > 1 for s in flat))
    p = draw(st.integers(0, len(paragraphs) - 1))
    k = draw(st.integers(1, len(paragraphs[p]) - 2))
    lines = [" ".join(x) for x in paragraphs]
    original = "\n".join(lines) + "\n"
    start = sum(len(x) + 1 for x in lines[:p]) + sum(len(x) + 1 for x in paragraphs[p][:k])
    end = start + len(paragraphs[p][k])
    copy = original[:start] + original[end + 1 :]
    return original, copy, (start, end)


@SETTINGS
@given(articles_with_a_sentence_dropped())
def test_a_middle_sentence_dropped_is_found_at_its_place(case: tuple[str, str, tuple[int, int]]) -> None:
    original, copy, (start, end) = case
    report = check(original, copy, config=Config())
    here = [f for f in report.findings if f.original is not None and f.original.start < end and start < f.original.end]
    assert here, (original[start:end], report.findings)
    assert any(f.kind == "sentence-missing" for f in here), here
