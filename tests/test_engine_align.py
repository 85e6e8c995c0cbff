"""Alignment: every original sentence finds its counterpart, whatever republishing did to it."""

from __future__ import annotations

import pytest

import textguard
from textguard.engine.align import align, tokenize
from textguard.text.segment import segment

from .articles import ORIGINAL, PARAGRAPHS, copy_of


def matched_texts(original: str, copy: str) -> dict[str, str]:
    """Original sentence text -> copy text of its counterpart (missing sentences are absent)."""
    oseg, cseg = segment(original), segment(copy)
    result = align(oseg, cseg)
    out = {}
    for i, m in result.matches.items():
        s = oseg.sentences[i]
        first, last = cseg.sentences[m.copy_first], cseg.sentences[m.copy_last]
        out[original[s.start : s.end]] = copy[first.start : last.end]
    return out


def sentences(text: str) -> list[str]:
    seg = segment(text)
    return [text[s.start : s.end] for s in seg.sentences]


def test_tokenize_keeps_raw_offsets_and_folds_keys() -> None:
    text = "\u201cCaf\u00e9\u201d NATO co\u00adop"
    toks = tokenize(text)
    assert toks.keys == ("caf\u00e9", "nato", "coop")
    assert [text[s:e] for s, e in zip(toks.starts, toks.ends)] == ["Caf\u00e9", "NATO", "co\u00adop"]


def test_identical_texts_match_every_sentence_to_itself() -> None:
    pairs = matched_texts(ORIGINAL, ORIGINAL)
    assert pairs == {s: s for s in sentences(ORIGINAL)}


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda t: t.replace("\n", "\n\n"), id="blank-lines"),
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: t.replace(" ", "\u00a0"), id="nbsp"),
        pytest.param(lambda t: t.upper(), id="upper-case"),
    ],
)
def test_typographic_variants_align_completely(variant) -> None:  # type: ignore[no-untyped-def]
    copy = variant(ORIGINAL)
    assert len(matched_texts(ORIGINAL, copy)) == len(sentences(ORIGINAL))


def test_added_headline_and_subheading_do_not_disturb_alignment() -> None:
    paras = PARAGRAPHS[:4] + ["What traders say"] + PARAGRAPHS[4:]
    copy = copy_of(paras, head=["Tram line to return to Marlow harbour"])
    pairs = matched_texts(ORIGINAL, copy)
    assert len(pairs) == len(sentences(ORIGINAL))
    assert "What traders say" not in pairs.values()
    assert "Tram line to return to Marlow harbour" not in pairs.values()


def test_moved_paragraph_is_still_found() -> None:
    paras = PARAGRAPHS[:]
    moved = paras.pop(6)
    paras.insert(1, moved)
    pairs = matched_texts(ORIGINAL, copy_of(paras))
    assert pairs[moved] == moved


def test_dropped_paragraph_is_unmatched_and_its_neighbours_are_not() -> None:
    paras = PARAGRAPHS[:5] + PARAGRAPHS[6:]
    pairs = matched_texts(ORIGINAL, copy_of(paras))
    assert PARAGRAPHS[5] not in pairs
    assert pairs[PARAGRAPHS[4].split(". ")[0] + "."] == PARAGRAPHS[4].split(". ")[0] + "."
    assert pairs[PARAGRAPHS[6]] == PARAGRAPHS[6]


def test_light_rewording_is_matched() -> None:
    reworded = "On Tuesday night councillors voted 31 to 9 in favour, after a debate of almost four hours."
    paras = PARAGRAPHS[:1] + [reworded] + PARAGRAPHS[2:]
    pairs = matched_texts(ORIGINAL, copy_of(paras))
    assert pairs[PARAGRAPHS[1]] == reworded


def test_rewrite_between_matched_neighbours_is_paired_by_position() -> None:
    # No long run of words survives, but the sentence stands where the original's stood.
    rewritten = "Conservation charities welcomed the vote, saying fewer cars would clog the roads."
    paras = PARAGRAPHS[:6] + [rewritten] + PARAGRAPHS[7:]
    pairs = matched_texts(ORIGINAL, copy_of(paras))
    assert pairs[PARAGRAPHS[6]] == rewritten


def test_merged_sentences_map_into_one_copy_sentence() -> None:
    merged = "Local traders were divided: some said the works would drive customers away while others welcomed the promise of more visitors to the waterfront."
    paras = PARAGRAPHS[:4] + [merged] + PARAGRAPHS[5:]
    pairs = matched_texts(ORIGINAL, copy_of(paras))
    first, second = sentences(PARAGRAPHS[4])
    assert pairs[second] == merged
    assert first in pairs


def test_glued_credit_does_not_prevent_a_match() -> None:
    paras = PARAGRAPHS[:2] + ["Getty Images/Jo Bloggs" + PARAGRAPHS[2]] + PARAGRAPHS[3:]
    pairs = matched_texts(ORIGINAL, copy_of(paras))
    second = sentences(PARAGRAPHS[2])[1]
    assert pairs[second] == second


def test_unrelated_text_matches_nothing() -> None:
    other = "A recipe for lemon cake needs flour, sugar, butter, eggs and two lemons.\nBake it for forty minutes.\n"
    assert matched_texts(ORIGINAL, other) == {}


def test_empty_sides() -> None:
    assert matched_texts(ORIGINAL, "") == {}
    assert matched_texts("", ORIGINAL) == {}


def test_only_the_requested_sentences_are_aligned() -> None:
    oseg = segment(ORIGINAL)
    result = align(oseg, segment(ORIGINAL), sentences=[0, 2])
    assert set(result.matches) == {0, 2}
    assert result.original_sentences == (0, 2)


def test_lines_without_words_pair_with_their_own_counterparts_in_order() -> None:
    # Code repeats lines of symbols ("}", "});"): each pairs with the copy's line in the same place.
    text = "\n".join(["Open the file first.", "if (ready) {", "}", "});", "Then close it again.", "}", "});"]) + "\n"
    seg = segment(text)
    result = align(seg, segment(text.replace("\n", "\n\n")))
    assert sorted(result.matches) == list(range(len(seg.sentences)))
    assert all(m.copy_first == i for i, m in result.matches.items())


def test_a_repeated_sentence_changed_once_pairs_with_its_own_changed_occurrence() -> None:
    # Fictional captions: the original repeats a sentence, the copy changed its second occurrence.
    # That one keeps its close match in place rather than sharing the first, kept occurrence.
    said = "The cargo ship broke up over the northern hills on Thursday, just after the launch, the agency said."
    original = f"A first caption of the photo.\n{said}\nA second caption of the photo.\n{said}\nThe story goes on.\n"
    copy = original.replace(f"{said}\nThe story", said.replace("on Thursday, ", "") + "\nThe story")
    result = align(segment(original), segment(copy))
    assert [(i, m.copy_first) for i, m in sorted(result.matches.items())] == [(i, i) for i in range(5)]


#: Fictional: the council, the library and the street are made up.
QUOTED_PARAGRAPH = (
    "The council voted on Monday to close the library on Elm Street next spring.\n"
    "Residents packed the hall before the vote on the plan.\n"
    "\u201cWe will close the library because the old building needs costly repairs we cannot pay for,\u201d "
    "the council leader said.\n"
    "The council said the library would close because the building needs repairs.\n"
    "A final decision on the building is expected in the new year.\n"
)


def test_a_lost_sentence_does_not_share_a_copy_sentence_that_is_another_word_for_word() -> None:
    # The quotation's paragraph was deleted; the next sentence, kept word for word, says much the
    # same. Its copy sentence has no room for the quotation: the quotation has no counterpart.
    lines = QUOTED_PARAGRAPH.splitlines(keepends=True)
    copy = "".join(lines[:2] + lines[3:])
    result = align(segment(QUOTED_PARAGRAPH), segment(copy))
    assert sorted(result.matches) == [0, 1, 3, 4]


def test_a_deleted_paragraph_that_is_mostly_a_quotation_is_paragraph_missing() -> None:
    lines = QUOTED_PARAGRAPH.splitlines(keepends=True)
    report = textguard.check(QUOTED_PARAGRAPH, "".join(lines[:2] + lines[3:]))
    assert [(f.kind, f.original.text.startswith("\u201cWe will")) for f in report.findings] == [
        ("paragraph-missing", True)
    ]


def _table_article() -> str:
    """A fictional article with a long table of short cells and a list of headings."""
    rows = []
    for k in range(40):
        rows += [f"Harbour {k}", f"{10 + k}", f"{k}.5%"]
    return (
        "The island council published the ferry figures for every harbour on Monday, after a long delay.\n"
        "Harbour figures\n" + "\n".join(rows) + "\n"
        "Councillors said the figures showed that the smaller harbours were used less every year.\n"
        "Contents\n1 History\n2 Harbours\n2.1 North quay\n3 Ferries\n"
        "The report will be debated at the next meeting of the council in June.\n"
    )


def test_short_lines_run_together_into_one_long_sentence_are_all_matched() -> None:
    # The whole text on one line: a table's cells and a list of headings become one copy sentence
    # of hundreds of words, larger than any window around a sentence; each line's words are still
    # there, in order, right after the previous line's.
    original = _table_article()
    copy = " ".join(original.split())
    a, b = segment(original), segment(copy)
    result = align(a, b)
    assert sorted(result.matches) == list(range(len(a.sentences)))
    # ... and they are found where they stand: the k-th row's cells inside the copy sentence
    # that holds them, in order.
    firsts = [result.matches[i].copy_first for i in range(len(a.sentences))]
    assert firsts == sorted(firsts)


def test_a_short_line_the_copy_lost_is_not_found_in_a_long_copy_sentence() -> None:
    original = _table_article()
    copy = " ".join(original.replace("2.1 North quay\n", "").split())
    a, b = segment(original), segment(copy)
    lost = next(i for i, s in enumerate(a.sentences) if original[s.start : s.end] == "2.1 North quay")
    assert lost not in align(a, b).matches
