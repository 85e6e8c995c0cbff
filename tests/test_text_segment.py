"""Paragraph and sentence segmentation: every layout of one article gives the same paragraphs,
every span is trimmed and points into the raw text, and the sentence rules hold case by case."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textguard.text.segment import (
    MAX_WRAP_WIDTH,
    Paragraph,
    Segmentation,
    Sentence,
    segment,
    split_paragraphs,
    split_sentences,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "putin-trump-locomotives"
INVISIBLES = "\u180e\u200b\u200c\u200d\u2060\ufeff"
WHITESPACE = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
BLANKS = WHITESPACE + INVISIBLES


def assert_trimmed_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """Every span is non-empty, in bounds, trimmed, and they come in order without overlap."""
    __tracebackhide__ = True
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text), (start, end, previous, len(text))
        assert text[start] not in BLANKS, f"span {start}-{end} starts with {text[start]!r}"
        assert text[end - 1] not in BLANKS, f"span {start}-{end} ends with {text[end - 1]!r}"
        previous = end


def collapse(text: str) -> str:
    return " ".join(text.split())


def paragraph_texts(text: str) -> list[str]:
    spans = split_paragraphs(text)
    assert_trimmed_spans(text, spans)
    return [collapse(text[s:e]) for s, e in spans]


# --- paragraphs: one article, many layouts --------------------------------------------------

ARTICLE = [
    "Rail talks stall as the strike deadline nears",
    "Negotiators from both unions left the table on Tuesday evening without a deal, and the "
    "operator said that services would be cut from Monday if no agreement was reached. "
    "Passengers were told to check first.",
    '"We are further apart than we were a week ago," said Dr. Jane Ellis, who chairs the '
    'drivers\' union. "Nobody wants a strike. But nobody will sign this offer either."',
    "The dispute is about pay.",
    "The operator, Northline Rail Ltd., says its offer of 3.5% this year and 2.8% next year is "
    "the best it can afford after losses of $1.2bn since 2020, when passenger numbers fell by "
    "more than half and have not recovered since.",
    "What happens next",
    "Talks are due to resume on Friday at 10 a.m. in the capital. Officials from the transport "
    "ministry will attend for the first time, and a mediator has been named.",
    "Will the trains run on Monday?",
    "Not yet.",
    "A spokesman for the operator said a reduced timetable would be published on Saturday "
    "morning, covering roughly 40% of the usual services on the main lines.",
]


def wrap(paragraph: str, width: int) -> str:
    return textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)


LAYOUTS: dict[str, Callable[[list[str]], str]] = {
    "A/one-per-line": lambda ps: "\n".join(ps) + "\n",
    "B/blank-lines": lambda ps: "\n\n".join(ps) + "\n",
    "B/many-blank-lines": lambda ps: "\n\n\n".join(ps),
    **{
        f"C/wrapped-{w}-blank-lines": (lambda ps, w=w: "\n\n".join(wrap(p, w) for p in ps) + "\n")
        for w in (60, 72, 80)
    },
    **{
        f"D/wrapped-{w}": (lambda ps, w=w: "\n".join(wrap(p, w) for p in ps) + "\n")
        for w in (60, 72, 80)
    },
}


def test_wrapped_layouts_are_unambiguous() -> None:
    # Guards the tests below: without blank lines, a paragraph whose last line is full cannot be
    # told from a wrapped one (see the test after), so the article must not have one.
    for width in (60, 72, 80):
        for paragraph, following in zip(ARTICLE, ARTICLE[1:]):
            last = wrap(paragraph, width).splitlines()[-1]
            assert len(last) + 1 + len(following.split()[0]) <= width, (width, last)


# At width 40 the last line of FULL_LAST_LINE is 39 characters long: no next word would fit.
FULL_LAST_LINE = (
    "The first paragraph is wrapped at a width of forty columns and its last line is as long as "
    "it can be. Quite so, yes."
)


def test_a_full_last_line_without_blank_lines_is_joined() -> None:
    # The documented limit of layout D: the break is invisible, so the paragraphs are joined.
    second = "Nobody expected a deal."
    assert len(wrap(FULL_LAST_LINE, 40).splitlines()[-1]) == 39
    text = wrap(FULL_LAST_LINE, 40) + "\n" + wrap(second, 40)
    assert paragraph_texts(text) == [f"{FULL_LAST_LINE} {second}"]
    assert paragraph_texts(wrap(FULL_LAST_LINE, 40) + "\n\n" + wrap(second, 40)) == [FULL_LAST_LINE, second]


def test_a_short_line_before_a_lone_url_stands_alone() -> None:
    # Fictional. The URL line would not have fitted after the short line, which made it look
    # "full" and glued it to the paragraph above; a paragraph always ends before a lone URL.
    url = "https://www.example.com/news/the-council-meets-again"
    text = f'The council met.\n"We are not the the the the the the the," she said.\n4 Comments\n{url}\n'
    assert [text[s:e] for s, e in split_paragraphs(text)] == [
        "The council met.",
        '"We are not the the the the the the the," she said.',
        "4 Comments",
        url,
    ]


@pytest.mark.parametrize("layout", list(LAYOUTS), ids=list(LAYOUTS))
def test_every_layout_gives_the_same_paragraphs(layout: str) -> None:
    text = LAYOUTS[layout](ARTICLE)
    assert paragraph_texts(text) == ARTICLE


@pytest.mark.parametrize("layout", list(LAYOUTS), ids=list(LAYOUTS))
@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_endings_do_not_change_paragraphs(layout: str, newline: str) -> None:
    text = LAYOUTS[layout](ARTICLE).replace("\n", newline)
    assert paragraph_texts(text) == ARTICLE


def test_layouts_are_really_different() -> None:
    # Guards the test above: the wrapped layouts must have more lines than paragraphs.
    for name in ("C/wrapped-60-blank-lines", "D/wrapped-72"):
        lines = [line for line in LAYOUTS[name](ARTICLE).splitlines() if line]
        assert len(lines) > len(ARTICLE) + 5, name


TEASERS = [
    "More on this story",
    "Strike dates announced for the bus network",
    "Why fares keep rising",
    "0 Comments",
    "https://example.com/news/rail-talks-stall-as-the-strike-deadline-nears-2025",
]


@pytest.mark.parametrize(
    "separator", ["\n", "\n\n"], ids=["wrapped-then-list", "wrapped-blank-then-list"]
)
def test_short_lines_after_wrapped_text_stay_one_per_line(separator: str) -> None:
    body = "\n".join(wrap(p, 72) for p in ARTICLE)
    text = body + separator + "\n".join(TEASERS)
    assert paragraph_texts(text) == ARTICLE + TEASERS


def test_heading_after_a_full_line_stays_its_own_paragraph() -> None:
    second = "Then a second paragraph follows in the text."
    text = "\n".join([wrap(FULL_LAST_LINE, 40), "Heading here", wrap(second, 40)])
    assert paragraph_texts(text) == [FULL_LAST_LINE, "Heading here", second]


def test_unwrapped_short_paragraphs_are_not_joined() -> None:
    # Lines under MAX_WRAP_WIDTH that each end a sentence: one paragraph per line, even when
    # some of them are as long as the longest line.
    paras = [
        "The vote was held on Tuesday and passed by a wide margin in the end.",
        "Critics said the process had been rushed from the start to the finish.",
        "Supporters disagreed.",
        "The bill now goes to the upper house for a second reading next month.",
    ]
    assert paragraph_texts("\n".join(paras)) == paras


def test_long_lines_are_never_wrapped() -> None:
    long = "word " * (MAX_WRAP_WIDTH // 5 + 5)
    paras = [long.strip() + " and more", "continues here in lowercase", long.strip()]
    assert paragraph_texts("\n".join(paras)) == paras


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\n\n  \n\tOne.\nTwo.\n\n\n", ["One.", "Two."]),
        ("\u00a0\n\u200b\nOne.\n\u00a0 \u00a0\nTwo.\u200b\n\ufeff", ["One.", "Two."]),
        ("\ufeffOne.\u00a0\u00a0\r\n\r\n\u2003Two.", ["One.", "Two."]),
        ("One.\u2029Two.", ["One.", "Two."]),
        ("", []),
        (" \n\u00a0\r\n\u200b\t", []),
    ],
    ids=[
        "blank-edges",
        "nbsp-and-zero-width-lines",
        "bom-nbsp-crlf",
        "paragraph-separator",
        "empty",
        "only-blanks",
    ],
)
def test_blank_lines_and_edges(text: str, expected: list[str]) -> None:
    assert paragraph_texts(text) == expected


@pytest.mark.parametrize("blank", list(BLANKS), ids=[f"U+{ord(c):04X}" for c in BLANKS])
def test_every_blank_character_is_trimmed(blank: str) -> None:
    text = f"{blank}One. Two.{blank}"
    assert split_paragraphs(text) == [(1, 10)]
    assert split_sentences(text) == [(1, 5), (6, 10)]


# --- sentences -------------------------------------------------------------------------------

SENTENCE_CASES = {
    "plain": ("It rained. We stayed in.", ["It rained.", "We stayed in."]),
    "question-and-exclamation": ("Why? Because! Fine.", ["Why?", "Because!", "Fine."]),
    "mixed-marks": ("Really?! Yes.", ["Really?!", "Yes."]),
    "honorifics": (
        "Mr. Smith, Mrs. Hill, Ms. Ray and Dr. Jones met Prof. Lee and Gen. Kane.",
        ["Mr. Smith, Mrs. Hill, Ms. Ray and Dr. Jones met Prof. Lee and Gen. Kane."],
    ),
    "more-titles": (
        "Sen. Moore, Rep. Diaz, Gov. Park, Rev. Green, Sgt. Cole and Capt. Hale walked to St. Mary's.",
        ["Sen. Moore, Rep. Diaz, Gov. Park, Rev. Green, Sgt. Cole and Capt. Hale walked to St. Mary's."],
    ),
    "e.g.-and-i.e.": (
        "Some fruit, e.g. Apples, sold well, i.e. Better than last year.",
        ["Some fruit, e.g. Apples, sold well, i.e. Better than last year."],
    ),
    "vs": ("Arsenal vs. Chelsea ended level.", ["Arsenal vs. Chelsea ended level."]),
    "number-abbreviation": (
        "He lives at No. 10 and reads Fig. 3 daily.",
        ["He lives at No. 10 and reads Fig. 3 daily."],
    ),
    "no-as-a-word": ("The answer was no. Then he left.", ["The answer was no.", "Then he left."]),
    "month": ("On Jan. 5 and Sept. 12 the talks met.", ["On Jan. 5 and Sept. 12 the talks met."]),
    "approx": ("It costs approx. 5 dollars.", ["It costs approx. 5 dollars."]),
    "company-mid-sentence": (
        "Acme Inc. Chairman Bob Lee and Bolt Ltd. Directors met.",
        ["Acme Inc. Chairman Bob Lee and Bolt Ltd. Directors met."],
    ),
    "company-ends-sentence": (
        "He works for Acme Inc. The firm is small.",
        ["He works for Acme Inc.", "The firm is small."],
    ),
    "etc-mid-sentence": ("Apples, pears, etc. are sold here.", ["Apples, pears, etc. are sold here."]),
    "etc-ends-sentence": ("Apples, pears, etc. But no plums.", ["Apples, pears, etc.", "But no plums."]),
    "initials": ("J. K. Rowling met George W. Bush.", ["J. K. Rowling met George W. Bush."]),
    "initial-before-a": ("Dr. J. A. Smith spoke.", ["Dr. J. A. Smith spoke."]),
    "letter-ends-sentence": (
        "They chose plan B. The rest agreed.",
        ["They chose plan B.", "The rest agreed."],
    ),
    "acronym-mid-sentence": (
        "The U.S. Senate met at 9 a.m. Tuesday.",
        ["The U.S. Senate met at 9 a.m. Tuesday."],
    ),
    "acronym-ends-sentence": (
        "He flew to the U.S. The trip was long. It ended at 9 p.m. He slept.",
        ["He flew to the U.S.", "The trip was long.", "It ended at 9 p.m.", "He slept."],
    ),
    "junior": (
        "Martin Luther King Jr. spoke. King Jr. He was.",
        ["Martin Luther King Jr. spoke.", "King Jr.", "He was."],
    ),
    "question-in-quote-then-lowercase": ('"Is it?" she asked.', ['"Is it?" she asked.']),
    "exclamation-in-curly-quote": (
        "\u201cStop!\u201d he shouted. \u201cNow!\u201d",
        ["\u201cStop!\u201d he shouted.", "\u201cNow!\u201d"],
    ),
    "quote-ends-sentence": ('He said "Go." Then he left.', ['He said "Go."', "Then he left."]),
    "curly-quote-ends-sentence": (
        "He said \u201cGo.\u201d Then he left.",
        ["He said \u201cGo.\u201d", "Then he left."],
    ),
    "single-quote-ends-sentence": ("She said 'No.' Then she left.", ["She said 'No.'", "Then she left."]),
    "guillemets": (
        "Il a dit \u00abNon.\u00bb Puis il est parti.",
        ["Il a dit \u00abNon.\u00bb", "Puis il est parti."],
    ),
    "bracket": ("(It was late.) Then we left.", ["(It was late.)", "Then we left."]),
    "next-opens-with-quote": ('He left. "Why?" asked Ann.', ["He left.", '"Why?" asked Ann.']),
    "next-opens-with-same-both-sides-mark": (
        "He left. \u201dWhy?\u201d asked Ann. \u2019No,\u2019 he said.",
        ["He left.", "\u201dWhy?\u201d asked Ann.", "\u2019No,\u2019 he said."],
    ),
    "next-opens-with-bracket": ("He left. (Nobody saw.) Fine.", ["He left.", "(Nobody saw.)", "Fine."]),
    "next-starts-lowercase": ("He left at 5 p.m. and came back.", ["He left at 5 p.m. and came back."]),
    "next-starts-with-digit": ("It ended in 2019. 2020 was worse.", ["It ended in 2019.", "2020 was worse."]),
    "next-starts-with-currency": ("It cost a lot. $5m was spent.", ["It cost a lot.", "$5m was spent."]),
    "ellipsis-lowercase": ("He paused... and went on.", ["He paused... and went on."]),
    "ellipsis-uppercase": ("He paused... Then he went on.", ["He paused...", "Then he went on."]),
    "unicode-ellipsis": (
        "Well\u2026 maybe. Wait\u2026 Then go.",
        ["Well\u2026 maybe.", "Wait\u2026", "Then go."],
    ),
    "decimals-and-money": (
        "It grew 3.5 percent to $1.2bn. Costs fell.",
        ["It grew 3.5 percent to $1.2bn.", "Costs fell."],
    ),
    "url": (
        "See www.example.com/a.b?x=1 and https://ex.org/p.html. Then call.",
        ["See www.example.com/a.b?x=1 and https://ex.org/p.html.", "Then call."],
    ),
    "email": (
        "Write to info@example.co.uk today. Thanks.",
        ["Write to info@example.co.uk today.", "Thanks."],
    ),
    "line-break-is-whitespace": (
        "It rained\nall day. We\r\nstayed in.",
        ["It rained\nall day.", "We\r\nstayed in."],
    ),
    "nbsp-between-sentences": (
        "All rights reserved.\u00a0\u00a0The end.",
        ["All rights reserved.", "The end."],
    ),
    "colon-is-not-an-end": ("He said: It works. Fine.", ["He said: It works.", "Fine."]),
    "non-latin-capital": ("\u0414\u0430. \u041d\u0435\u0442.", ["\u0414\u0430.", "\u041d\u0435\u0442."]),
    "no-final-punctuation": ("A heading without a stop", ["A heading without a stop"]),
}


@pytest.mark.parametrize(
    "text, expected", list(SENTENCE_CASES.values()), ids=list(SENTENCE_CASES)
)
def test_sentence_rules(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert_trimmed_spans(text, spans)
    assert [text[s:e] for s, e in spans] == expected


def test_split_sentences_respects_bounds_and_returns_absolute_offsets() -> None:
    text = "Ignore this. \n  One here. Two here.  \nIgnore that."
    start, end = text.index("  One"), text.index("\nIgnore that")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["One here.", "Two here."]
    assert spans[0][0] == text.index("One")
    assert split_sentences(text, 5, 5) == []
    assert split_sentences(text, 12, 15) == []
    assert split_sentences(text, 0, 10_000) == split_sentences(text)


# --- Segmentation ------------------------------------------------------------------------------


def test_segmentation_structure_and_lookups() -> None:
    text = "\r\nHeadline\r\n\r\nOne here. Two here.\r\nThree.\r\n"
    seg = segment(text)
    assert isinstance(seg, Segmentation)
    assert [text[p.start : p.end] for p in seg.paragraphs] == ["Headline", "One here. Two here.", "Three."]
    assert seg.paragraphs[1] == Paragraph(1, 14, 33, first_sentence=1, sentence_count=2)
    assert seg.sentences[2] == Sentence(2, 1, 24, 33)
    assert [text[s.start : s.end] for s in seg.sentences_of(1)] == ["One here.", "Two here."]
    assert seg.sentences_of(-1) == (seg.sentences[3],)
    with pytest.raises(IndexError):
        seg.sentences_of(3)

    assert seg.paragraph_at(0) is None  # the leading CRLF
    assert seg.paragraph_at(2) == 0
    assert seg.paragraph_at(9) == 0  # last character of "Headline"
    assert seg.paragraph_at(10) is None  # the line break after it
    assert seg.paragraph_at(14) == 1
    assert seg.paragraph_at(len(text)) is None
    assert seg.paragraph_at(-1) is None
    assert seg.sentence_at(text.index("Two")) == 2
    assert seg.sentence_at(text.index(" Two")) is None  # the space between sentences
    assert seg.sentence_at(text.index("Three")) == 3


def test_segmentation_is_consistent_on_every_position() -> None:
    text = LAYOUTS["D/wrapped-60"](ARTICLE)
    seg = segment(text)
    assert len(seg.paragraphs) == len(ARTICLE)
    for pos in range(len(text)):
        p, s = seg.paragraph_at(pos), seg.sentence_at(pos)
        if s is not None:
            assert seg.sentences[s].paragraph == p
        if p is not None:
            para = seg.paragraphs[p]
            assert para.start <= pos < para.end
    for para in seg.paragraphs:
        sents = seg.sentences_of(para.index)
        assert sents and sents[0].start == para.start and sents[-1].end == para.end
        assert all(s.paragraph == para.index for s in sents)
    assert [s.index for s in seg.sentences] == list(range(len(seg.sentences)))


def test_empty_text() -> None:
    seg = segment("")
    assert seg.paragraphs == () and seg.sentences == ()
    assert seg.paragraph_at(0) is None and seg.sentence_at(0) is None


# --- the bundled article -------------------------------------------------------------------

FIXTURE_FILES = sorted([FIXTURE / "original.txt", *(FIXTURE / "copies").glob("*.txt")])


@pytest.mark.parametrize(
    "path", FIXTURE_FILES, ids=[f"{FIXTURE.name}/{p.stem}" for p in FIXTURE_FILES]
)
def test_fixture_texts_have_one_paragraph_per_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    seg = segment(text)
    lines = [line.strip(BLANKS) for line in text.splitlines()]
    lines = [line for line in lines if line]
    assert [text[p.start : p.end] for p in seg.paragraphs] == lines
    assert_trimmed_spans(text, [(s.start, s.end) for s in seg.sentences])
    assert all(p.sentence_count >= 1 for p in seg.paragraphs)
    assert len(lines) < len(seg.sentences) < 3 * len(lines)


def fixture_paragraphs() -> list[str]:
    text = (FIXTURE / "original.txt").read_text(encoding="utf-8")
    return [collapse(line) for line in text.splitlines() if line.strip(BLANKS)]


@pytest.mark.parametrize("width", [60, 72, 80], ids=lambda w: f"width-{w}")
def test_fixture_original_rewrapped_with_blank_lines(width: int) -> None:
    paras = fixture_paragraphs()
    text = "\n\n".join(wrap(p, width) for p in paras)
    assert paragraph_texts(text) == paras


@pytest.mark.parametrize("width", [60, 72, 80], ids=lambda w: f"width-{w}")
def test_fixture_original_rewrapped_without_blank_lines(width: int) -> None:
    # Exactly the paragraphs whose last line is full are joined to the next (the layout-D limit).
    paras = fixture_paragraphs()
    expected: list[str] = []
    for previous, paragraph in zip([None, *paras], paras):
        last = wrap(previous, width).splitlines()[-1] if previous else ""
        if previous and len(last) + 1 + len(paragraph.split()[0]) > width:
            expected[-1] += " " + paragraph
        else:
            expected.append(paragraph)
    assert len(paras) - 5 < len(expected) < len(paras)  # the article does have such paragraphs
    text = "\n".join(wrap(p, width) for p in paras)
    assert paragraph_texts(text) == expected


def test_original_sentence_counts() -> None:
    text = (FIXTURE / "original.txt").read_text(encoding="utf-8")
    seg = segment(text)
    counts = [p.sentence_count for p in seg.paragraphs]
    assert len(seg.paragraphs) == 46
    assert counts[0] == 1  # the "listen" prompt
    assert counts[1] == 3
    assert counts[-1] == 4  # copyright line: sentences separated by NBSPs
    # A quotation of six sentences stays six sentences.
    assert max(counts) == 6


# --- linear time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "." * 200_000 + " " * 200_000 + "A",
        "." * 200_000 + "x",
        "?" * 200_000 + "\u201d" * 200_000 + "x",
        "a" * 200_000 + ". " + "B" * 200_000,
        ("word " * 14 + "word\n") * 20_000,
        ". A" * 200_000,
        "a." * 200_000,
        "\n" * 200_000 + "x",
    ],
    ids=[
        "dot-run-then-spaces",
        "dot-run-without-space",
        "marks-and-closers-without-space",
        "long-token",
        "many-wrapped-lines",
        "many-candidates",
        "many-dots-without-space",
        "many-blank-lines",
    ],
)
def test_pathological_inputs_are_segmented(text: str) -> None:
    # How long they take is measured in bench/pathological.py, never timed here.
    seg = segment(text)
    assert seg.paragraphs
    assert seg.paragraphs[0].start >= 0 and seg.paragraphs[-1].end <= len(text)
    assert all(a.end <= b.start for a, b in zip(seg.sentences, seg.sentences[1:], strict=False))


# --- properties ----------------------------------------------------------------------------

VOCABULARY = (
    "the rail talks were due to resume on friday after unions and the operator failed to agree "
    "over pay while passengers waited for news of trains services timetables and strikes"
).split()
TERMINAL = st.sampled_from([".", "!", "?"])


@st.composite
def sentences(draw: st.DrawFn, *, min_words: int = 1, max_words: int = 12) -> str:
    words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=min_words, max_size=max_words))
    return " ".join(words).capitalize() + draw(TERMINAL)


@st.composite
def paragraph_lists(draw: st.DrawFn, *, min_words: int = 1, max_words: int = 12) -> list[str]:
    paragraph = st.lists(sentences(min_words=min_words, max_words=max_words), min_size=1, max_size=4)
    return [" ".join(p) for p in draw(st.lists(paragraph, min_size=1, max_size=8))]


BLANK_LINES = st.sampled_from(["", " ", "\t", "\u00a0", "\u200b", " \u00a0\u200b\t"])
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


@given(paras=paragraph_lists(), newline=NEWLINES, blank=BLANK_LINES, blank_lines=st.integers(0, 2))
def test_property_one_paragraph_per_line_is_recovered(
    paras: list[str], newline: str, blank: str, blank_lines: int
) -> None:
    separator = newline + (blank + newline) * blank_lines
    text = blank + newline + separator.join(p + blank for p in paras) + newline + blank
    seg = segment(text)
    assert [text[p.start : p.end] for p in seg.paragraphs] == paras
    assert_trimmed_spans(text, [(s.start, s.end) for s in seg.sentences])
    # Each generated sentence ends with the only terminal mark it has.
    assert len(seg.sentences) == sum(p.count(".") + p.count("!") + p.count("?") for p in paras)


@st.composite
def wrapped_articles(draw: st.DrawFn) -> tuple[list[str], int]:
    # Sentences longer than the width: each has a line break inside, followed by a lowercase
    # word, which is the evidence the wrapped-block decision needs.
    width = draw(st.integers(40, 90))
    min_words = width // 3 + 1
    return draw(paragraph_lists(min_words=min_words, max_words=min_words + 8)), width


@given(article=wrapped_articles(), newline=NEWLINES)
def test_property_wrapped_paragraphs_separated_by_blank_lines_are_recovered(
    article: tuple[list[str], int], newline: str
) -> None:
    paras, width = article
    text = (newline * 2).join(wrap(p, width).replace("\n", newline) for p in paras)
    spans = split_paragraphs(text)
    assert_trimmed_spans(text, spans)
    assert [collapse(text[s:e]) for s, e in spans] == paras


def test_a_german_closing_mark_after_a_full_stop_ends_the_sentence() -> None:
    # Fictional. „...“ closes with U+201C; a spaced English opener (“ Why) still opens.
    text = "Sie sagte: \u201eNein.\u201c Dann ging sie. Er fragte. \u201c Warum? \u201d"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Sie sagte: \u201eNein.\u201c",
        "Dann ging sie.",
        "Er fragte.",
        "\u201c Warum? \u201d",
    ]
