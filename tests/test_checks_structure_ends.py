"""Where a copy stops: ``truncated`` starts at the cut point, and a gap followed by the original's
own footer is missing paragraphs, not a truncation. Fictional texts written for these tests."""

from __future__ import annotations

from textguard import Finding, Severity, check

from .articles import ORIGINAL, PARAGRAPHS, copy_of

# A fictional article whose last paragraph has three sentences, and an author line after it.
LAST = (
    "The ferry board will meet again in May. Its chair, Orla Venn, said the timetable would be "
    "reviewed before the summer season begins. Passengers can send comments until 30 April."
)
ENDING = copy_of([*PARAGRAPHS[:4], LAST])
BIO = "Tamsin Hale is the Valley Courier's transport reporter. Follow her on Twitter @tamsinhale_vc"


def findings(copy: str, original: str) -> list[Finding]:
    return list(check(original, copy).findings)


def kinds(found: list[Finding]) -> list[str]:
    return [f.kind for f in found if f.severity != Severity.INFO]


def test_a_copy_cut_after_a_sentence_of_the_last_paragraph_is_truncated_from_there() -> None:
    cut = LAST.index(" Its chair")
    found = findings(copy_of([*PARAGRAPHS[:4], LAST[:cut]]), ENDING)
    assert kinds(found) == ["truncated"], [f.message for f in found]
    (t,) = found
    assert t.original is not None and t.original.text.startswith("Its chair, Orla Venn")
    assert "the end of the last paragraph" in t.message


def test_a_copy_cut_inside_a_sentence_is_truncated_at_its_last_word() -> None:
    copy = copy_of([*PARAGRAPHS[:3], PARAGRAPHS[3][: PARAGRAPHS[3].index(" £48")]])
    found = findings(copy, ORIGINAL)
    (t,) = [f for f in found if f.kind == "truncated"]
    assert t.original is not None and t.original.text.startswith("£48 million and take three years")
    assert t.original.text.endswith(PARAGRAPHS[-1])
    assert "the end of a paragraph and the last 4 paragraphs" in t.message
    # The figures and names of the lost end are implied by the truncation, not repeated.
    assert kinds(found) == ["truncated"], [f.message for f in found]


def test_a_copy_that_only_rewords_its_last_sentence_is_not_cut() -> None:
    reworded = LAST[: LAST.index(" Passengers")] + " Comments are open to the end of April, it added."
    found = findings(copy_of([*PARAGRAPHS[:4], reworded]), ENDING)
    assert "truncated" not in kinds(found)


def test_a_small_lost_end_within_the_tolerance_is_no_truncation() -> None:
    long_last = LAST + " " + " ".join(PARAGRAPHS[4:])
    original = copy_of([*PARAGRAPHS[:4], long_last])
    cut = long_last.rindex(" A public consultation")
    assert kinds(findings(copy_of([*PARAGRAPHS[:4], long_last[:cut]]), original)) == []


def test_the_last_paragraph_lost_before_the_original_footer_the_copy_carries_is_missing() -> None:
    original = copy_of([*PARAGRAPHS, LAST], tail=[BIO])
    found = findings(copy_of(PARAGRAPHS, tail=[BIO]), original)
    assert [(f.kind, f.severity) for f in found if f.severity != Severity.INFO] == [
        ("paragraph-missing", Severity.ERROR)
    ], [f.message for f in found]
    assert found[0].original is not None and found[0].original.text == LAST


def test_the_same_copy_without_the_footer_is_truncated() -> None:
    original = copy_of([*PARAGRAPHS, LAST], tail=[BIO])
    assert kinds(findings(copy_of(PARAGRAPHS), original)) == ["truncated"]


# A fictional reference list: every entry ends with the same sentence.
REFERENCES = [
    "Wardle, Ines (2019). Tides of the Marlow estuary. Valley Press. Retrieved 3 May 2021.",
    "Harbour Board minutes on the tram depot. Eastgate Archive. Retrieved 3 May 2021.",
    "Okonjo, Bea (2020). The tram years in the valley. Retrieved 3 May 2021.",
    "Pell, Rowan (2018). Fish market memories. Retrieved 9 June 2021.",
]


def test_a_deleted_paragraph_is_missing_though_a_repeated_sentence_of_it_stays_elsewhere() -> None:
    original = copy_of([*PARAGRAPHS, *REFERENCES])
    copy = copy_of([*PARAGRAPHS, REFERENCES[0], *REFERENCES[2:]])
    found = [f for f in findings(copy, original) if f.kind == "paragraph-missing"]
    assert [f.original.text for f in found if f.original is not None] == [REFERENCES[1]]


def test_a_paragraph_that_is_only_a_repeat_kept_once_is_not_reported_twice() -> None:
    original = copy_of([*PARAGRAPHS[:3], "Read the full report.", *PARAGRAPHS[3:], "Read the full report."])
    copy = copy_of([*PARAGRAPHS[:3], "Read the full report.", *PARAGRAPHS[3:]])
    assert [f.kind for f in findings(copy, original) if f.kind == "paragraph-missing"] == []
