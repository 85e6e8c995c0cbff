"""Lines the original repeats word for word ("Retrieved 3 March 2024." after each reference):
when the copy changes or drops one of them, the alignment must not pair it with another repeat
that a neighbouring sentence already holds. Fictional texts written for these tests."""

from __future__ import annotations

from textguard import check
from textguard.engine.align import align
from textguard.text.segment import segment

# A fictional reference list: every entry ends with the same sentence.
ENTRIES = [
    '^ Harrow, Ida. "Tide tables for the Kestrel estuary". Estuary Notes. Retrieved 3 March 2024.',
    '^ "Annual report of the Brackwater ferry board". Brackwater Council. Retrieved 3 March 2024.',
    '^ Quell, Tobias. "Why the causeway floods". Coastal Review. Retrieved 3 March 2024.',
    '^ "Harbour dues schedule". Port of Sallow. Retrieved 3 March 2024.',
    '^ Mendle, Rosa. "Night crossings and the last bus". Valley Courier. Retrieved 3 March 2024.',
    '^ "Pier inspection summary". Sallow Engineering. Retrieved 3 March 2024.',
]
ORIGINAL = "\n\n".join(ENTRIES)


def pairs(original: str, copy: str) -> dict[int, int]:
    """Original sentence -> the first copy sentence of its counterpart."""
    result = align(segment(original), segment(copy))
    return {i: m.copy_first for i, m in result.matches.items()}


def test_a_changed_repeat_keeps_its_own_weaker_counterpart_in_reading_order() -> None:
    changed = ENTRIES[3].replace("Retrieved 3 March 2024.", "Retrieved 2024.")
    copy = "\n\n".join([*ENTRIES[:3], changed, *ENTRIES[4:]])
    oseg, cseg = segment(ORIGINAL), segment(copy)
    at = ORIGINAL.index("Retrieved 3 March 2024.", ORIGINAL.index("Port of Sallow"))
    i = oseg.sentence_at(at)
    c = align(oseg, cseg).matches[i].copy_first
    assert copy[cseg.sentences[c].start : cseg.sentences[c].end] == "Retrieved 2024."


def test_a_date_cut_from_one_repeat_is_date_missing_there() -> None:
    changed = ENTRIES[3].replace("Retrieved 3 March 2024.", "Retrieved 2024.")
    copy = "\n\n".join([*ENTRIES[:3], changed, *ENTRIES[4:]])
    found = [f for f in check(ORIGINAL, copy).findings if f.severity.value != "info"]
    assert [f.kind for f in found] == ["date-missing"], [f.message for f in found]
    assert found[0].original is not None
    assert found[0].original.start > ORIGINAL.index("Port of Sallow")
    assert found[0].original.end < ORIGINAL.index("Mendle")


def test_identical_repeats_still_pair_one_to_one() -> None:
    result = pairs(ORIGINAL, ORIGINAL)
    assert result == {i: i for i in range(len(segment(ORIGINAL).sentences))}
