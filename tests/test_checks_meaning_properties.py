"""Property of the meaning check (issue 14): "not" added after an auxiliary in a sentence that is
otherwise identical is a ``meaning-flipped`` error, whatever the sentence already holds (another
negation included). Sentences come from ``textguard.testing.strategies``' made-up vocabulary."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
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


def _same_not(copy: str, at: int) -> set[int]:
    """Where the added "not" may be said to stand: at ``at``, or, when the sentence already had
    "not" right after it ("is not" -> "is not not"), at any "not" of that run: they read alike."""
    places = {at}
    while copy.startswith(" not", at + 3):
        at += 4
        places.add(at)
    return places


@SETTINGS
@given(not_added())
# Found by `make fuzz`: "not" added before a "not" (a double negative); the finding points at the
# second one, which is the same word, so the property accepts either.
@example(("The is not.\n", "The is not not.\n", 7))
def test_not_added_after_an_auxiliary_is_an_error(case: tuple[str, str, int]) -> None:
    original, copy, at = case
    flips = [f for f in check(original, copy, config=Config()).findings if f.kind == "meaning-flipped"]
    assert [f.severity for f in flips] == [Severity.ERROR], (copy, flips)
    assert flips[0].copy is not None and flips[0].copy.start in _same_not(copy, at), (copy, flips)
    assert copy[flips[0].copy.start : flips[0].copy.end] == "not"
