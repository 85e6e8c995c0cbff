"""Unit tests of textguard.text.normalize: each step, the offset maps, and misuse.

The steps' doctests run through ``--doctest-modules`` (see ``__test__`` in the module); here we
only check that every step has one.
"""

from __future__ import annotations

import importlib

import pytest

from textguard.errors import UsageError
from textguard.findings import Span
from textguard.text.normalize import (
    MATCH,
    NORMALIZERS,
    NormalizedText,
    Normalizer,
    OffsetMap,
    fold_case,
    normalize,
)

normalize_module = importlib.import_module("textguard.text.normalize")

# (step, input, expected output); the id is "step/what".
STEP_CASES = [
    ("fix_line_endings", "a\r\nb", "a\nb", "crlf"),
    ("fix_line_endings", "a\rb\r\rc", "a\nb\n\nc", "cr"),
    ("fix_line_endings", "a\u2028b\u2029c\x85d", "a\nb\nc\nd", "unicode-separators"),
    ("fix_line_endings", "a\n\nb", "a\n\nb", "lf-unchanged"),
    ("remove_invisibles", "co\u00adop\u200berate", "cooperate", "soft-hyphen-zwsp"),
    ("remove_invisibles", "\ufeffword\u2060joiner\u200c\u200d", "wordjoiner", "bom-wj-zwnj-zwj"),
    ("remove_invisibles", "plain text", "plain text", "unchanged"),
    ("unify_spaces", "5\u00a0k\u202fh\u2009x\u3000y", "5 k h x y", "nbsp-narrow-thin-ideographic"),
    ("unify_spaces", "tab\tstays", "tab\tstays", "tab-unchanged"),
    ("fold_compatibility", "\ufb01nal \uff21\uff22\u2026", "final AB...", "ligature-fullwidth-ellipsis"),
    ("fold_compatibility", "\uff11\uff12", "12", "fullwidth-digits"),
    ("fold_compatibility", "x\u00b2 \u00bd", "x\u00b2 \u00bd", "superscript-fraction-kept"),
    ("unify_quotes", "\u201cIt\u2019s\u201d", "\"It's\"", "curly"),
    ("unify_quotes", "\u201eSo\u201c \u00abja\u00bb \u2039ou\u203a", '"So" "ja" \'ou\'', "low-guillemets"),
    ("unify_quotes", "`rock\u00b4 n\u02bc", "'rock' n'", "backtick-acute-modifier"),
    ("unify_dashes", "2019\u20132020 \u2014 \u22125 \u2010x", "2019-2020 - -5 -x", "en-em-minus-hyphen"),
    ("collapse_whitespace", "  one\n\ntwo\tthree ", "one two three", "runs-and-ends"),
    ("collapse_whitespace", "a\nb", "a b", "single-newline"),
    ("collapse_whitespace", " \n\t ", "", "only-whitespace"),
    ("tighten_dashes", "a 50 -day test - done", "a 50-day test-done", "spaced"),
    ("tighten_dashes", "a - - b", "a--b", "double"),
    ("tighten_dashes", "a-b", "a-b", "unchanged"),
    ("fold_case", "Stra\u00dfe NATO", "strasse nato", "sharp-s"),
    ("fold_case", "ASCII Only", "ascii only", "ascii"),
    ("fold_case", "\u0130stanbul \u03a3", "i\u0307stanbul \u03c3", "dotted-i-sigma"),
    ("compose_unicode", "cafe\u0301", "caf\u00e9", "combining-acute"),
    ("compose_unicode", "\u1100\u1161", "\uac00", "hangul-jamo"),
    ("compose_unicode", "q\u0301", "q\u0301", "no-precomposed-form"),
]


@pytest.mark.parametrize(
    ("step", "text", "expected"),
    [case[:3] for case in STEP_CASES],
    ids=[f"{case[0]}/{case[3]}" for case in STEP_CASES],
)
def test_step(step: str, text: str, expected: str) -> None:
    normalizer = NORMALIZERS[step]
    assert normalizer(text) == expected
    assert normalizer.apply(text)[0] == expected


def test_every_step_has_a_case_and_a_doctest() -> None:
    assert {case[0] for case in STEP_CASES} == set(NORMALIZERS)
    for name, normalizer in NORMALIZERS.items():
        assert ">>>" in normalizer.doc, name
        assert normalize_module.__test__[name] == normalizer.doc


def test_match_uses_known_steps_in_a_sensible_order() -> None:
    assert set(MATCH) <= set(NORMALIZERS)
    assert MATCH.index("collapse_whitespace") < MATCH.index("tighten_dashes")
    assert MATCH.index("fold_case") < MATCH.index("compose_unicode")
    assert MATCH.index("fix_line_endings") < MATCH.index("collapse_whitespace")


# --- OffsetMap --------------------------------------------------------------------------------


def test_identity_map_maps_every_position_to_itself() -> None:
    mapping = OffsetMap()
    assert len(mapping) == 0
    assert [mapping.start_to_source(i) for i in range(5)] == list(range(5))
    assert [mapping.end_to_source(i) for i in range(5)] == list(range(5))


def test_expansion_maps_outward() -> None:
    # "Straße" -> "strasse": output [4, 6) "ss" replaced source [4, 5) "ß".
    text, mapping = fold_case.apply("Straße")
    assert text == "strasse"
    assert mapping == OffsetMap((4,), (6,), (4,), (5,))
    assert [mapping.start_to_source(i) for i in range(8)] == [0, 1, 2, 3, 4, 4, 5, 6]
    assert [mapping.end_to_source(i) for i in range(8)] == [0, 1, 2, 3, 4, 5, 5, 6]


@pytest.mark.parametrize(
    ("start", "end", "source_text"),
    [(0, 4, "Stra"), (0, 5, "Straß"), (4, 5, "ß"), (5, 6, "ß"), (5, 7, "ße"), (6, 7, "e")],
    ids=["before", "into-expansion", "first-half", "second-half", "from-inside", "after"],
)
def test_span_around_expansion(start: int, end: int, source_text: str) -> None:
    n = normalize("Straße", ["fold_case"])
    assert n.source_span(start, end).text == source_text


def test_deletion_is_skipped_by_both_ends() -> None:
    n = normalize("co\u00adop", ["remove_invisibles"])
    assert n.text == "coop"
    assert n.to_source(0, 2) == (0, 2)  # ends before the soft hyphen
    assert n.to_source(2, 4) == (3, 5)  # starts after it
    assert n.to_source(0, 4) == (0, 5)
    assert n.to_source(2, 2) == (3, 3)  # an empty span stays empty


def test_crlf_maps_to_both_characters() -> None:
    n = normalize("a\r\nb", ["fix_line_endings"])
    assert n.source_span(1, 2) == Span(1, 3, "\r\n")
    assert n.source_span(2, 3) == Span(3, 4, "b")


def test_touching_edits_merge_into_one() -> None:
    _, mapping = NORMALIZERS["fix_line_endings"].apply("a\r\n\r\nb")
    assert mapping == OffsetMap((1,), (3,), (1,), (5,))


def test_chained_maps_point_into_raw_text() -> None:
    raw = "\u201cHello\u201d,\u00a0she said.\r\n"
    n = normalize(raw)
    assert n.text == '"hello", she said.'
    assert n.source_span(1, 6) == Span(1, 6, "Hello")
    assert n.source_span(0, len(n.text)).text == raw.rstrip()
    assert n.source_span(9, 12).text == "she"


def test_collapsed_whitespace_maps_to_the_whole_run() -> None:
    raw = "one \u200b \r\n two"
    n = normalize(raw)
    assert n.text == "one two"
    assert n.source_span(3, 4).text == " \u200b \r\n "
    assert n.source_span(4, 7).text == "two"


def test_tightened_dash_covers_its_spaces() -> None:
    n = normalize("long \u2013 term")
    assert n.text == "long-term"
    assert n.source_span(4, 5).text == " \u2013 "
    assert n.source_span(5, 9).text == "term"


@pytest.mark.parametrize(
    ("raw", "word", "expected"),
    [("Jose\u0301\u2013Ann", (0, 4), "Jose\u0301"), ("cafe\u0301\u201d ok", (0, 4), "cafe\u0301")],
    ids=["accent-then-en-dash", "accent-then-curly-quote"],
)
def test_composed_word_span_stops_at_the_word(raw: str, word: tuple[int, int], expected: str) -> None:
    # "e" + U+0301 + U+2013 is one run for NFC, so "jos\u00e9" maps back to "Jose\u0301\u2013".
    assert normalize(raw).source_span(*word).text == expected


# --- NormalizedText ---------------------------------------------------------------------------


def test_applied_names_only_steps_that_changed_something() -> None:
    n = normalize("A\u00a0b")
    assert n.applied == ("unify_spaces", "fold_case")
    assert normalize("plain").applied == ()
    assert isinstance(n, NormalizedText)
    assert n.source == "A\u00a0b"


def test_steps_accept_normalizer_objects() -> None:
    shout = Normalizer("shout", lambda t: (t.upper(), OffsetMap()))
    n = normalize("a\r\nb", [NORMALIZERS["fix_line_endings"], shout])
    assert n.text == "A\nB"
    assert n.applied == ("fix_line_endings", "shout")


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 2), (0, 6), (3, 2), (6, 6)],
    ids=["negative-start", "end-past-text", "reversed", "empty-past-text"],
)
def test_to_source_rejects_spans_outside_the_text(start: int, end: int) -> None:
    n = normalize("Hello")
    with pytest.raises(ValueError, match=r"outside a text of 5 characters"):
        n.to_source(start, end)
    with pytest.raises(ValueError):
        n.source_span(start, end)


def test_to_source_accepts_the_whole_and_empty_ends() -> None:
    n = normalize("  Hello  ")
    assert n.to_source(0, 5) == (2, 7)
    assert n.to_source(0, 0) == (2, 2)
    assert n.to_source(5, 5) == (9, 9)  # a start after a deletion skips it


def test_unknown_step_name_lists_the_valid_ones() -> None:
    with pytest.raises(UsageError, match=r"unknown normalizer 'nope': expected one of fix_line_endings, "):
        normalize("text", ["fix_line_endings", "nope"])
