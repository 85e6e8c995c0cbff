"""Extraction of quotations from raw text: marks of every style, apostrophes that are not marks,
nesting, quotations over several paragraphs, unbalanced marks, kinds, speakers and cues."""

from __future__ import annotations

from itertools import pairwise

import pytest

from textguard.extract import Quotation, extract_quotes
from textguard.extract.quotes import SCARE_MAX_WORDS

# (id, text, the words of each outermost quotation, in order)
STYLES = [
    ("straight-double", 'She said: "We will win." Then she left.', ["We will win."]),
    ("curly-double", "\u201cWe will win,\u201d she said.", ["We will win,"]),
    ("guillemets", "\u00abNous gagnerons\u00bb, a-t-il dit.", ["Nous gagnerons"]),
    ("guillemets-spaced", "Il a dit \u00ab\u00a0Nous gagnerons\u00a0\u00bb hier.", ["Nous gagnerons"]),
    ("guillemets-reversed", "\u00bbVi vinder\u00ab, sagde hun.", ["Vi vinder"]),
    ("low-high-german", "\u201eWir gewinnen\u201c, sagte sie.", ["Wir gewinnen"]),
    ("low-high-polish", "\u201eWygramy\u201d, powiedzia\u0142a.", ["Wygramy"]),
    ("same-marks-swedish", "\u201dVi vinner\u201d, sa hon.", ["Vi vinner"]),
    ("single-straight", "'We will win,' she said.", ["We will win,"]),
    ("single-curly", "\u2018We will win,\u2019 she said.", ["We will win,"]),
    ("single-angle", "\u2039Nous\u203a, dit-il.", ["Nous"]),
    ("single-low-high", "\u201aWir\u2018, sagte sie.", ["Wir"]),
    ("mixed-straight-and-curly", '"We will win,\u201d she said.', ["We will win,"]),
    ("credit-glued-to-opener", "Agency/Jo Bloggs\u201cWe will win,\u201d she said.", ["We will win,"]),
    ("glued-straight-marks", 'She wrote,"We will win."Then she left.', ["We will win."]),
    ("brackets-kept-inside", '"They [the council] will pay," he said.', ["They [the council] will pay,"]),
    ("primes-are-not-marks", 'He is 6\'2" tall and "a giant", they say.', ["a giant"]),
    ("empty-marks", 'He said "" and left.', []),
    ("stray-closer", 'We will win" she said.', []),
]

APOSTROPHES = [
    ("possessive", "Russia's war went on.", []),
    ("contraction", "He's sure it won't rain.", []),
    ("decade", "Back in the '90s and the \u201990s, music was loud.", []),
    ("rock-n-roll", "They played rock 'n' roll all night.", []),
    ("elided-tis", '\'Tis the season, "they say".', ["they say"]),
    ("plural-possessive", "The students' union met the players' union.", []),
    ("contraction-inside-quote", "\"He's sure Russia's ready,\" she said.", ["He's sure Russia's ready,"]),
    ("possessive-inside-single", "'The players' union said no,' he said.", ["The players' union said no,"]),
    ("closer-after-word", "They call it the 'special operation' in Moscow.", ["special operation"]),
    ("two-single-quotes", "He said 'stop' and she said 'go'.", ["stop", "go"]),
    ("curly-apostrophe-as-opener", "the \u2019Harbour plan\u2019, it\u2019s called", ["Harbour plan"]),
    ("rock-n-roll-inside-quote", "'I love rock 'n' roll,' he said.", ["I love rock 'n' roll,"]),
]

UNBALANCED = [
    (
        "opener-never-closed",
        '"We will win, she said.\nThe next paragraph is prose.',
        ["We will win, she said."],
    ),
    ("closer-without-opener", "We will win,\u201d she said.\nThen \u201cgo\u201d.", ["go"]),
    ("lone-opener-at-paragraph-end", "She said \u201c\nThen \u201cgo\u201d.", ["go"]),
    ("single-opener-never-closed", "It was 'odd, he said.\nNext.", ["odd, he said."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in STYLES], ids=[c[0] for c in STYLES])
def test_marks_of_every_style(text: str, expected: list[str]) -> None:
    assert [q.text for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in APOSTROPHES], ids=[c[0] for c in APOSTROPHES])
def test_apostrophes_are_not_marks(text: str, expected: list[str]) -> None:
    assert [q.text for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in UNBALANCED], ids=[c[0] for c in UNBALANCED])
def test_unbalanced_marks_end_with_their_paragraph(text: str, expected: list[str]) -> None:
    found = extract_quotes(text)
    assert [q.text for q in found] == expected
    first_break = text.index("\n")
    assert all(q.end <= first_break or q.start > first_break for q in found)


def test_an_unclosed_quotation_says_so() -> None:
    (q,) = extract_quotes('"We will win, she said.\nNext.')
    assert not q.closed and q.outer_end == q.end == len('"We will win, she said.')


def _check_spans(text: str, q: Quotation) -> None:
    assert text[q.start : q.end] == q.text
    assert q.outer_start < q.start <= q.end <= q.outer_end
    assert (
        text[q.outer_start] in "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2039\u203a"
    )
    for s, e in q.parts:
        assert q.start <= s < e <= q.end
    for n in q.nested:
        assert q.start <= n.outer_start and n.outer_end <= q.end
        _check_spans(text, n)


NESTED = [
    (
        "single-inside-double",
        "\"He told me, 'You'll never win,'\" she said.",
        "He told me, 'You'll never win,'",
        ["You'll never win,"],
    ),
    (
        "double-inside-single",
        "'He called it \"a farce\", then left,' she said.",
        'He called it "a farce", then left,',
        ["a farce"],
    ),
    (
        "curly-inside-guillemets",
        "\u00abIl a dit \u201cjamais\u201d hier\u00bb, dit-elle.",
        "Il a dit \u201cjamais\u201d hier",
        ["jamais"],
    ),
    (
        "two-nested",
        "\u201cThey said \u2018yes\u2019 and then \u2018no\u2019,\u201d he said.",
        "They said \u2018yes\u2019 and then \u2018no\u2019,",
        ["yes", "no"],
    ),
    (
        "inner-never-closed",
        "\u201cShe said \u2018we are tired.\u201d Then she left.",
        "She said \u2018we are tired.",
        ["we are tired."],
    ),
]


@pytest.mark.parametrize(("text", "outer", "inner"), [c[1:] for c in NESTED], ids=[c[0] for c in NESTED])
def test_nested_quotations_are_recorded_inside_the_outer_one(text: str, outer: str, inner: list[str]) -> None:
    (q,) = extract_quotes(text)
    assert q.text == outer
    assert [n.text for n in q.nested] == inner
    _check_spans(text, q)


MULTI = [
    (
        "straight",
        '"The first part.\n"The second part.\n"The last part," he said.\nProse.',
        ["The first part.", "The second part.", "The last part,"],
    ),
    (
        "curly",
        "\u201cThe first part.\n\u201cThe last part.\u201d\nProse.",
        ["The first part.", "The last part."],
    ),
    (
        "with-nested-at-a-paragraph-end",
        "\u201cShe told me, \u2018We are tired.\u2019\n\u201cAnd so am I.\u201d",
        ["She told me, \u2018We are tired.\u2019", "And so am I."],
    ),
    (
        "blank-lines-between",
        "\u00abPremi\u00e8re partie.\n\n\u00abDerni\u00e8re partie.\u00bb",
        ["Premi\u00e8re partie.", "Derni\u00e8re partie."],
    ),
    (
        "single-marks",
        "'The first part.\n'The last part,' he said.",
        ["The first part.", "The last part,"],
    ),
    (
        "paragraph-broken-inside-a-quotation",
        "\u201cWe will win, and\n\nthe town deserves it,\u201d she said.",
        ["We will win, and", "the town deserves it,"],
    ),
    (
        "paragraph-broken-twice-inside-a-quotation",
        # (short broken lines: lines that look hard-wrapped with blank lines between them are one
        # paragraph, see textguard.segment.split_paragraphs)
        "\u201cWe will\n\nwin,\n\nand the town deserves it,\u201d she said.",
        ["We will", "win,", "and the town deserves it,"],
    ),
]


@pytest.mark.parametrize(("text", "parts"), [c[1:] for c in MULTI], ids=[c[0] for c in MULTI])
def test_a_quotation_over_several_paragraphs_is_one_quotation(text: str, parts: list[str]) -> None:
    (q,) = extract_quotes(text)
    assert [text[s:e] for s, e in q.parts] == parts
    assert q.closed
    _check_spans(text, q)


def test_a_new_paragraph_without_a_mark_ends_an_open_quotation() -> None:
    text = '"The first part.\nProse, "then a quote."'
    assert [q.text for q in extract_quotes(text)] == ["The first part.", "then a quote."]


def test_an_open_quotation_is_not_carried_over_many_paragraphs_to_a_stray_closer() -> None:
    text = '"Never closed.\nOne.\nTwo.\nThree.\nFour, she said."'
    assert [q.text for q in extract_quotes(text)] == ["Never closed."]


KINDS = [
    ("one-word-scare", 'He called it "disgusting" twice.', "scare"),
    ("three-words", 'He called it "a total farce" twice.', "scare"),
    ("four-words-speech", 'He talked "a lot of nonsense" today.', "speech"),
    ("short-with-cue", '"No," she said.', "speech"),
    ("short-full-sentence", 'He wrote: "It is over."', "speech"),
    ("title-cased-title", 'She read "The Lord of the Rings" again.', "scare"),
    ("long-sentence", '"We will fight for as long as we can," he said.', "speech"),
]


@pytest.mark.parametrize(("text", "kind"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS])
def test_scare_quotes_and_titles_are_told_from_speech(text: str, kind: str) -> None:
    (q,) = extract_quotes(text)
    assert q.kind == kind


def test_the_scare_quote_limit_is_an_option() -> None:
    text = 'He called it "a total farce" twice.'
    assert SCARE_MAX_WORDS == 3
    assert extract_quotes(text, scare_max_words=2)[0].kind == "speech"
    assert extract_quotes(text, scare_max_words=5)[0].kind == "scare"


SPEAKERS = [
    ("pronoun-after", '"We will win," she said.', "she", "she said"),
    ("verb-first-after", '"We will win," said the minister.', "the minister", "said the minister"),
    (
        "name-then-apposition",
        '"We will win," said Ruth Abernethy, the chair.',
        "Ruth Abernethy",
        "said Ruth Abernethy",
    ),
    ("trailing-adverb", '"We will win," declared the Daily Planet recently.', "the Daily Planet", None),
    (
        "long-subject",
        '"We will win," a spokesman for the council told reporters.',
        "a spokesman for the council",
        None,
    ),
    ("before-with-colon", 'The minister said: "We will win."', "The minister", "The minister said"),
    ("before-with-object", 'When a nurse told me, "We will win," I wept.', "a nurse", "a nurse told me"),
    ("question-then-cue", '"Why?" asked the mayor.', "the mayor", "asked the mayor"),
    ("none-visible", '"We will win." Nobody said anything.', None, None),
    ("not-after-a-sentence-end", 'The minister spoke. "We will win."', None, None),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speaker_and_cue_where_visible(text: str, speaker: str | None, cue: str | None) -> None:
    (q,) = extract_quotes(text)
    assert q.speaker == speaker
    if speaker is None:
        assert q.cue is None
    else:
        assert q.cue is not None
        if cue is not None:
            assert text[q.cue[0] : q.cue[1]] == cue


def test_start_and_end_limit_the_search_and_keep_offsets_into_the_whole_text() -> None:
    text = '"Header quote." Body: "We will win," she said. Footer: "Bye."'
    start, end = text.index("Body"), text.index("Footer")
    (q,) = extract_quotes(text, start=start, end=end)
    assert q.text == "We will win," and text[q.start : q.end] == q.text


def test_paragraphs_can_be_given_and_others_are_skipped() -> None:
    text = '"First part.\nAdvertisement\n"Second part."'
    first = (0, text.index("\n"))
    last = (text.rindex("\n") + 1, len(text))
    (q,) = extract_quotes(text, paragraphs=[first, last])
    assert [text[s:e] for s, e in q.parts] == ["First part.", "Second part."]


def test_offsets_survive_crlf_and_hard_wrapping() -> None:
    text = "The warden said the turning point came. \"The farmer\r\ntold me, 'You'll never\r\nget birds back,'\" he\r\nsaid.\r\n"
    (q,) = extract_quotes(text)
    assert q.text == "The farmer\r\ntold me, 'You'll never\r\nget birds back,'"
    assert q.speaker == "he"
    _check_spans(text, q)


def test_quotations_are_in_order_and_do_not_overlap() -> None:
    text = '"One," she said. "Two." \u201cThree\u201d and \u00abfour\u00bb, \u2018five\u2019.'
    found = extract_quotes(text)
    assert [q.text for q in found] == ["One,", "Two.", "Three", "four", "five"]
    assert all(a.outer_end <= b.outer_start for a, b in pairwise(found))


@pytest.mark.parametrize(
    "text",
    [
        "\u822a\u5458\u6765\u4e00\u676f\u201d\u5730\u7403\u672b\u65e5\u201d\u9e21\u5c3e\u9152\u3002",  # fictional
        "Hon sa \u201dVi kommer i morgon\u201d och gick hem.",
    ],
)
def test_a_closing_shaped_mark_that_closes_nothing_opens_when_its_family_closes_later(text: str) -> None:
    # Texts without spaces (Chinese) and Swedish style write the same mark on both sides.
    found = extract_quotes(text)
    assert [text[q.start : q.end] for q in found] in (["\u5730\u7403\u672b\u65e5"], ["Vi kommer i morgon"])


def test_a_lone_closing_mark_glued_between_words_opens_nothing() -> None:
    assert extract_quotes("The word\u201dends here and more.") == []


# Fictional snippets of code and markup quoted in an article.
_CODE_SNIPPETS = [
    '{"name": "lantern", "count": 12}',
    '{\u201cname\u201d:\u201dlantern\u201d,\u201dtags\u201d:[\u201ca\u201d]}',
    '"items": {\n"abc": {\n"size": 82352\n},',
    '<link rel="stylesheet" href="harbour.css">',
    '["ferry", "tram"]',
]


@pytest.mark.parametrize("snippet", _CODE_SNIPPETS)
def test_marks_that_delimit_strings_in_code_are_no_quotations(snippet: str) -> None:
    text = f"The file reads:\n{snippet}\nand nothing else."
    assert [q.text for q in extract_quotes(text)] == []


def test_quotations_next_to_code_are_still_read() -> None:
    text = 'She said: "We won," and then, "We will win again": the key is {"name": "x"}.'
    assert [q.text for q in extract_quotes(text)] == ["We won,", "We will win again"]


def test_a_single_quotation_typed_with_spaces_inside_its_marks_after_a_held_back_closer() -> None:
    # Fictional: the closer of the first code is held back (after a word, before a space) when the
    # spaced mark comes; that mark opens the second, it does not close the first.
    text = "Codes: * 'abc1'\n * then, always ' def2 ' for this."
    assert [q.text for q in extract_quotes(text)] == ["abc1", "def2"]
