"""Property of the meaning check (issue 14): "not" added after an auxiliary in a sentence that is
otherwise identical is a ``meaning-flipped`` error, whatever the sentence already holds (another
negation included). Sentences come from ``textguard.testing.strategies``' made-up vocabulary."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textguard import Config, Severity, check
from textguard.testing.strategies import sentences, words

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_AUXILIARIES = ("is", "are", "was", "were", "will", "would", "could", "should", "can", "has", "have", "had", "must")


@st.composite
def not_added(draw: st.DrawFn) -> tuple[str, str, int]:
    """An article, the copy with "not" added after an auxiliary in one sentence, and where."""
    before = draw(st.lists(words(), min_size=1, max_size=6))
    after = draw(st.lists(words(), min_size=1, max_size=6))
    aux = draw(st.sampled_from(_AUXILIARIES))
    head = " ".join([before[0].capitalize(), *before[1:], aux])
    sentence_tail = " " + " ".join(after) + "."
    others = draw(st.lists(sentences(min_size=4), min_size=0, max_size=3))
    at = draw(st.integers(0, len(others)))
    lead = " ".join(others[:at])
    prefix = (lead + " " if lead else "") + head
    rest = sentence_tail + "".join(" " + s for s in others[at:]) + "\n"
    return prefix + rest, prefix + " not" + rest, len(prefix) + 1


@SETTINGS
@given(not_added())
def test_not_added_after_an_auxiliary_is_an_error(case: tuple[str, str, int]) -> None:
    original, copy, at = case
    flips = [f for f in check(original, copy, config=Config()).findings if f.kind == "meaning-flipped"]
    assert [f.severity for f in flips] == [Severity.ERROR], (copy, flips)
    assert flips[0].copy is not None and flips[0].copy.start == at
