"""Body detection: ``find_body`` drops a publisher's header, footer and inline furniture from a
scraped original, keeps every paragraph of the article itself, and can be pinned.

The synthetic originals below are fictional: header + body + footer, glued in the layouts a
scraper produces, so the expected body span is known exactly.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from textguard.articles.model import load_article
from textguard.engine.body import Body, Chrome, find_body, furniture_left_out
from textguard.errors import ConfigError, TextguardError
from textguard.text.segment import segment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


# --- fictional article bodies -------------------------------------------------------------------

HARBOUR = (
    "The harbour wall at Greyhaven will be rebuilt next year after winter storms opened a crack "
    "more than ten metres long, the town council confirmed on Tuesday.",
    "Engineers found that the crack had widened by four centimetres since January. The work is "
    "expected to cost £3.1 million and to take about seven months.",
    '"We cannot wait for another winter," said the council leader, Priya Anand. "The wall is the '
    'only thing between the high street and the sea."',
    "Fishing boats will be moved to a temporary mooring at Saltcote while the work is carried "
    "out. The harbour master said the move would add twenty minutes to each trip.",
    "Some traders fear the closure will keep visitors away in the summer. Tom Reddick, who runs a "
    "café on the quay, said takings fell by a third the last time the harbour was closed.",
    "The council said the quay itself would stay open to pedestrians throughout, and that a "
    "viewing platform would let visitors watch the work.",
    "A public exhibition of the plans opens at the town hall on 3 May.",
)

LIBRARY = (
    "Plans to close two branch libraries in Eastmere have been put on hold after more than 5,000 "
    "residents objected during a six-week consultation.",
    "The county council had proposed shutting the libraries at Fenwick and Lowgate to save "
    "£240,000 a year, and replacing them with a mobile library that would visit each village "
    "once a fortnight.",
    'Campaigner Helen Osei said the decision was "a victory for every child who does homework '
    'in a library because there is no quiet room at home".',
    "The cabinet member for communities, Mark Delaney, said the council still had to find the "
    "savings elsewhere. \"Nothing is off the table,\" he said. \"But we have listened.\"",
    "Opening hours at both branches will be cut by six hours a week from September while a new "
    "plan is drawn up. Volunteers have offered to staff the libraries on Saturdays.",
    "A final decision is expected at the council's meeting in December, when the budget for the "
    "next financial year is set.",
)

ORCHARD = (
    "A community orchard planted on a former car park in Bramwell has produced its first harvest, "
    "five years after residents began digging up the tarmac by hand.",
    "Volunteers picked nearly 400 kilograms of apples and pears over two weekends in September. "
    "Most of the fruit was pressed into juice and sold at the village fete.",
    '"People said nothing would grow here," said Alys Pritchard, who started the project. "They '
    'said the soil was poisoned. Well, they can taste the juice now."',
    "The parish council, which owns the land, has agreed a ten-year lease with the orchard group "
    "for a peppercorn rent.",
    "Local schools now use the orchard for science lessons, and a beekeeper has placed three hives "
    "at its northern edge.",
    "The group hopes to plant another twenty trees this winter.",
    "It will need more volunteers to do it.",
    "Anyone can join.",
)

BRIDGE = (
    "The footbridge over the River Callow at Ashby Mill reopened on Saturday after being closed for "
    "eighteen months because of rot in its timber deck.",
    "The county council replaced the deck with recycled plastic boards that it says will last for "
    "forty years without treatment. The project cost £410,000.",
    "Walkers had faced a detour of almost three miles while the bridge was shut, and a petition "
    "calling for it to be repaired was signed by more than 1,800 people.",
    '"It is the only crossing between the mill and the station," said Graham Lyle, who organised '
    'the petition. "For a year and a half the village was cut in two."',
    "The council said the bridge would be inspected every six months. Cyclists are asked to "
    "dismount when crossing.",
    "A ribbon was cut by the oldest member of the Ashby Mill walking club, who is 94.",
)

CHOIR = (
    "A choir made up entirely of hospital porters has been invited to sing at the national "
    "championships in Cardiff next spring.",
    "The Westbrook General Porters' Choir was formed three years ago as a way for night-shift "
    "workers to meet outside work. It now has 31 members.",
    '"Most of us had never sung in front of anyone," said its conductor, Daniel Mbeki. "Now we '
    'sing in front of judges."',
    "The choir will need to raise £6,000 to cover travel and accommodation. A concert at the "
    "hospital chapel next month will help.",
    "Members will also record a charity single. Listeners who subscribe to the choir's channel "
    "will be able to hear it first when it is released in March.",
    "Residents who subscribe to the hospital's friends' scheme for £4 a month will get tickets to "
    "the concert at half price, and the hospital has promised to match every pound they give.",
)


# --- building scraped originals -----------------------------------------------------------------


@dataclass(frozen=True)
class Scraped:
    """A fictional scraped original: what comes before the body, the body, what comes after."""

    header: tuple[str, ...]
    body: tuple[str, ...]
    footer: tuple[str, ...]
    sep: str = "\n"

    @property
    def text(self) -> str:
        return self.sep.join((*self.header, *self.body, *self.footer)) + "\n"

    @property
    def body_text(self) -> str:
        return self.sep.join(self.body)


def body_text(text: str, body: Body) -> str:
    return text[body.start : body.end]


def chrome_lines(text: str, body: Body) -> list[tuple[str, str]]:
    """``(region, text)`` of every furniture paragraph, in order."""
    return [(c.region, text[c.start : c.end]) for c in body.chrome]


def assert_consistent(text: str, body: Body) -> None:
    """Invariants: body and chrome partition the paragraphs, spans point at paragraphs, the body
    span runs from its first paragraph to its last, regions sit where their names say."""
    __tracebackhide__ = True
    seg = segment(text)
    n = len(seg.paragraphs)
    chrome_ids = [c.paragraph for c in body.chrome]
    assert sorted([*body.paragraphs, *chrome_ids]) == list(range(n))
    assert list(body.paragraphs) == sorted(body.paragraphs)
    for c in body.chrome:
        p = seg.paragraphs[c.paragraph]
        assert (c.start, c.end) == (p.start, p.end)
        if c.region == "header":
            assert c.paragraph < body.paragraphs[0]
        elif c.region == "footer":
            assert c.paragraph > body.paragraphs[-1]
        else:
            assert body.paragraphs[0] < c.paragraph < body.paragraphs[-1]
    if body.paragraphs:
        assert body.start == seg.paragraphs[body.paragraphs[0]].start
        assert body.end == seg.paragraphs[body.paragraphs[-1]].end
    for i in body.paragraphs:
        assert body.contains(i)
    for i in chrome_ids:
        assert not body.contains(i)


# --- header and footer are trimmed ----------------------------------------------------------------

TRIMMED = {
    "listen-byline-timestamp-share/newsletter-related-copyright": Scraped(
        header=("Listen to this article", "By Jane Doe", "Friday 14 June 2024, 09:12 BST", "Share this article"),
        body=HARBOUR,
        footer=(
            "Sign up for our daily newsletter",
            "Related: Seafront lights to be switched off early",
            "Related: Ferry timetable cut for the winter",
            "© 2024 Greyhaven Gazette Ltd. All rights reserved.",
        ),
    ),
    "section-label-byline-role-timestamp/comments": Scraped(
        header=("Local News", "By Samuel Ortiz", "Education Correspondent", "2024-06-01 09:12"),
        body=LIBRARY,
        footer=("Share this article", "12 Comments"),
    ),
    "listen-named-reader/subscribe-copyright-comments": Scraped(
        header=("Listen to Alys read this story", "5 hours ago"),
        body=ORCHARD,
        footer=(
            "Get our weekly newsletter: gardens, walks and wildlife every Friday.",
            "Related: Allotment waiting lists grow to three years",
            "Related: Village fete raises record sum",
            "Copyright 2024 Bramwell Echo",
            "Comments (3)",
        ),
    ),
    "share-on-copy-link/view-comments": Scraped(
        header=("Share on Facebook", "Copy link", "Updated 3 hours ago"),
        body=BRIDGE,
        footer=("View 45 comments", "All rights reserved"),
    ),
    "blank-lines-between/read-more-teasers": Scraped(
        header=("By Nia Thomas", "Published 12 March 2024", "Share this story: Email | Facebook | X"),
        body=CHOIR,
        footer=(
            "Sign up for our newsletter: the Westbrook Morning Briefing, every weekday at 7am.",
            "Read more: Hospital car park charges to rise",
            "Read more: Night shift nurses win pay award",
            "© 2024 Westbrook Media Ltd",
        ),
        sep="\n\n",
    ),
}


@pytest.mark.parametrize("scraped", TRIMMED.values(), ids=TRIMMED.keys())
def test_header_and_footer_are_trimmed(scraped: Scraped) -> None:
    text = scraped.text
    body = find_body(segment(text))
    assert body_text(text, body) == scraped.body_text
    assert chrome_lines(text, body) == [
        *(("header", h) for h in scraped.header),
        *(("footer", f) for f in scraped.footer),
    ]
    assert not body.pinned
    assert body.script == "LATIN"
    assert_consistent(text, body)


@pytest.mark.parametrize("scraped", TRIMMED.values(), ids=TRIMMED.keys())
def test_body_starts_and_ends_with_the_article_words(scraped: Scraped) -> None:
    text = scraped.text
    span = body_text(text, find_body(segment(text)))
    assert span.startswith(scraped.body[0][:30])
    assert span.endswith(scraped.body[-1][-30:])


@pytest.mark.parametrize("scraped", TRIMMED.values(), ids=TRIMMED.keys())
def test_furniture_has_a_reason(scraped: Scraped) -> None:
    """Header and footer lines that carry a cue say which; the rest say they are next to furniture."""
    text = scraped.text
    body = find_body(segment(text))
    for c in body.chrome:
        assert isinstance(c, Chrome)
        assert c.reason
        if c.cues:
            assert c.reason == ", ".join(cue.label for cue in c.cues)
        else:
            assert c.reason == "next to other page furniture"


# --- inline furniture -----------------------------------------------------------------------------

INLINE = {
    "advertisement": ("Advertisement",),
    "upper-case-advertisement": ("ADVERTISEMENT",),
    "read-more": ("Read more: Seafront lights to be switched off early",),
    "related": ("Related: Ferry timetable cut for the winter",),
    "story-continues-below": ("Story continues below",),
}


@pytest.mark.parametrize("lines", INLINE.values(), ids=INLINE.keys())
def test_inline_furniture_is_dropped_but_does_not_end_the_body(lines: tuple[str, ...]) -> None:
    paras = [*HARBOUR[:3], *lines, *HARBOUR[3:]]
    text = "\n".join(paras)
    body = find_body(segment(text))
    assert body_text(text, body) == text  # the body still runs from first to last paragraph
    assert chrome_lines(text, body) == [("inline", line) for line in lines]
    assert 3 not in body.paragraphs
    assert body.paragraphs == (0, 1, 2, *range(3 + len(lines), len(paras)))
    assert_consistent(text, body)


def test_inline_header_and_footer_together() -> None:
    paras = [
        "Listen to this article",
        "By Jane Doe",
        *LIBRARY[:2],
        "Advertisement",
        LIBRARY[2],
        "Read more: Mobile library to visit three more villages",
        *LIBRARY[3:],
        "Sign up for our daily newsletter",
        "© 2024 Eastmere Courier",
    ]
    text = "\n".join(paras)
    body = find_body(segment(text))
    assert body_text(text, body).startswith("Plans to close two branch libraries")
    assert body_text(text, body).endswith("the next financial year is set.")
    assert chrome_lines(text, body) == [
        ("header", "Listen to this article"),
        ("header", "By Jane Doe"),
        ("inline", "Advertisement"),
        ("inline", "Read more: Mobile library to visit three more villages"),
        ("footer", "Sign up for our daily newsletter"),
        ("footer", "© 2024 Eastmere Courier"),
    ]
    assert_consistent(text, body)


NEAR_THE_END = {
    "read-more-before-two-short-paragraphs": "Read more: Mobile library to visit three more villages",
    "advertisement-before-two-short-paragraphs": "Advertisement",
}


@pytest.mark.parametrize("line", NEAR_THE_END.values(), ids=NEAR_THE_END.keys())
def test_inline_furniture_near_the_end_does_not_start_the_footer(line: str) -> None:
    paras = [*LIBRARY[:4], line, *LIBRARY[4:], "© 2024 Eastmere Courier"]
    text = "\n".join(paras)
    body = find_body(segment(text))
    assert body_text(text, body).endswith("the next financial year is set.")
    assert chrome_lines(text, body) == [("inline", line), ("footer", "© 2024 Eastmere Courier")]


def test_leading_advertisement_is_header_not_inline() -> None:
    text = "\n".join(("Advertisement", *BRIDGE))
    body = find_body(segment(text))
    assert chrome_lines(text, body) == [("header", "Advertisement")]
    assert body_text(text, body) == "\n".join(BRIDGE)


# --- nothing to trim --------------------------------------------------------------------------------

CLEAN = {
    "harbour": HARBOUR,
    "library": LIBRARY,
    "orchard/short-last-paragraphs": ORCHARD,
    "bridge": BRIDGE,
    "choir/subscribe-in-prose-at-the-end": CHOIR,
}


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\r\n"], ids=["one-per-line", "blank-lines", "crlf"])
@pytest.mark.parametrize("paras", CLEAN.values(), ids=CLEAN.keys())
def test_clean_body_is_kept_whole(paras: tuple[str, ...], sep: str) -> None:
    text = sep.join(paras) + sep
    body = find_body(segment(text))
    assert body.chrome == ()
    assert body.start == 0
    assert body_text(text, body) == text.rstrip()
    assert body.paragraphs == tuple(range(len(paras)))


def test_short_one_sentence_last_paragraphs_are_not_cut() -> None:
    """An article may end in prose of short one-sentence paragraphs: they are not teasers."""
    text = "\n".join(("By Alys Pritchard", *ORCHARD, "© 2024 Bramwell Echo"))
    body = find_body(segment(text))
    assert body_text(text, body).endswith("The group hopes to plant another twenty trees this winter.\n"
                                          "It will need more volunteers to do it.\nAnyone can join.")
    assert chrome_lines(text, body) == [("header", "By Alys Pritchard"), ("footer", "© 2024 Bramwell Echo")]


def test_subscribe_in_prose_near_the_end_is_not_cut() -> None:
    text = "\n".join(("Share this article", *CHOIR, "12 Comments"))
    body = find_body(segment(text))
    assert body_text(text, body) == "\n".join(CHOIR)
    assert chrome_lines(text, body) == [("header", "Share this article"), ("footer", "12 Comments")]


@pytest.mark.parametrize(
    "last",
    [
        "She said she would share the prize with the volunteers.",
        "The comments were made on Monday.",
        "He wanted the rebels to sign up to a ceasefire.",
        "The newspaper's editor resigned.",
    ],
    ids=["share-the-prize", "comments-were-made", "sign-up-to-ceasefire", "editor-resigned"],
)
def test_prose_last_paragraph_with_trigger_words_is_kept(last: str) -> None:
    paras = (*BRIDGE, last)
    text = "\n".join(paras)
    body = find_body(segment(text))
    assert body_text(text, body) == text


def test_headline_alone_is_not_trimmed() -> None:
    """A headline alone is not header furniture: with no cue near it, nothing is trimmed."""
    text = "\n".join(("Greyhaven harbour wall to be rebuilt", *HARBOUR))
    body = find_body(segment(text))
    assert body.start == 0 and body.chrome == ()


def test_headline_next_to_byline_is_header() -> None:
    text = "\n".join(("Greyhaven harbour wall to be rebuilt", "By Jane Doe", "2024-06-01", *HARBOUR))
    body = find_body(segment(text))
    assert body_text(text, body) == "\n".join(HARBOUR)
    assert [r for r, _ in chrome_lines(text, body)] == ["header"] * 3


# --- layouts --------------------------------------------------------------------------------------


def wrap(paras: tuple[str, ...] | list[str], width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paras)


@pytest.mark.parametrize("width", [60, 72, 80], ids=lambda w: f"wrapped-{w}")
def test_hard_wrapped_original(width: int) -> None:
    header = ["By Jane Doe", "Friday 14 June 2024, 09:12 BST", "Share this article"]
    footer = ["Sign up for our daily newsletter", "Related: Ferry timetable cut for the winter",
              "© 2024 Greyhaven Gazette Ltd. All rights reserved."]
    text = wrap([*header, *HARBOUR, *footer], width) + "\n"
    body = find_body(segment(text))
    assert body_text(text, body) == wrap(HARBOUR, width)
    assert [r for r, _ in chrome_lines(text, body)] == ["header"] * 3 + ["footer"] * 3
    assert_consistent(text, body)


def test_hard_wrapped_without_blank_lines() -> None:
    paras = ["Listen to this article", *BRIDGE, "12 Comments"]
    text = "\n".join(textwrap.fill(p, 70) for p in paras)
    body = find_body(segment(text))
    span = body_text(text, body)
    assert span.startswith("The footbridge over the River Callow")
    assert span.endswith("who is 94.")
    assert chrome_lines(text, body) == [("header", "Listen to this article"), ("footer", "12 Comments")]


def test_empty_and_blank_texts() -> None:
    for text in ("", "   \n\n  "):
        body = find_body(segment(text))
        assert (body.start, body.end, body.paragraphs, body.chrome) == (0, 0, (), ())


def test_all_furniture_is_not_trimmed_to_nothing() -> None:
    """When every paragraph looks like furniture, something is left of the body."""
    text = "Listen to this article\nShare this article\n12 Comments"
    body = find_body(segment(text))
    assert body.paragraphs
    assert_consistent(text, body)


@pytest.mark.xfail(
    strict=True,
    reason="issue 18 item 3: the comment counter is still trimmed when every line looks like furniture",
)
def test_all_furniture_is_distrusted_and_nothing_is_trimmed() -> None:
    """When every paragraph looks like furniture, the rules are distrusted and nothing is trimmed:
    not even the one line (a comment counter) that is furniture on its own."""
    text = "Listen to this article\nShare this article\n12 Comments"
    body = find_body(segment(text))
    assert (body.paragraphs, body.chrome) == ((0, 1, 2), ())
    assert (body.start, body.end) == (0, len(text))


def test_a_long_list_of_teasers_is_all_footer() -> None:
    """Lines that are furniture on their own ("Related: ...") are furniture however many there are;
    the size limits only bound the lines judged by their position."""
    teasers = [f"Related: Story number {i} about the harbour and the town" for i in range(30)]
    text = "\n".join((*HARBOUR[:2], *teasers))
    seg = segment(text)
    body = find_body(seg)
    assert body.paragraphs == (0, 1)
    assert {c.region for c in body.chrome} == {"footer"}
    assert_consistent(text, body)


def test_short_prose_after_inline_furniture_is_not_footer_by_position() -> None:
    """Without cues of their own, lines after furniture count against the footer's size limit."""
    items = [f"The harbour committee met for the {i}th time on a wet Tuesday evening." for i in range(12)]
    text = "\n".join((*HARBOUR[:2], "Advertisement", *items))
    seg = segment(text)
    body = find_body(seg)
    assert body.paragraphs[-1] == len(seg.paragraphs) - 1
    assert_consistent(text, body)


def test_a_run_of_share_prompts_at_the_top_is_all_header() -> None:
    header = [f"Share this article with friend number {i}" for i in range(5)]
    text = "\n".join((*header, *BRIDGE[:1]))
    seg = segment(text)
    body = find_body(seg)
    assert body.paragraphs == (5,)
    assert [c.region for c in body.chrome] == ["header"] * 5
    assert_consistent(text, body)


# --- other scripts and configured patterns --------------------------------------------------------


def test_line_in_another_script_at_the_end_is_footer() -> None:
    text = "\n".join((*HARBOUR, "إرسال التعليق"))
    body = find_body(segment(text))
    assert body_text(text, body) == "\n".join(HARBOUR)
    assert chrome_lines(text, body) == [("footer", "إرسال التعليق")]
    assert [c.name for c in body.chrome[0].cues] == ["other-script"]


def test_cyrillic_article_keeps_its_body() -> None:
    """The article's own script is never a cue: a Cyrillic body is a body."""
    paras = (
        "Городской совет утвердил план ремонта набережной в понедельник вечером.",
        "Работы начнутся в мае и продлятся около семи месяцев, сообщили в мэрии.",
        "Жители давно просили отремонтировать набережную после зимних штормов.",
    )
    text = "\n".join(paras)
    body = find_body(segment(text))
    assert body.script == "CYRILLIC"
    assert body_text(text, body) == text
    assert body.chrome == ()


def test_extra_patterns_mark_inline_furniture() -> None:
    paras = [*HARBOUR[:3], "PROMO: Half-price parking this weekend", *HARBOUR[3:]]
    text = "\n".join(paras)
    plain = find_body(segment(text))
    assert plain.chrome == ()
    body = find_body(segment(text), extra_patterns=[re.compile(r"^PROMO:")])
    assert chrome_lines(text, body) == [("inline", "PROMO: Half-price parking this weekend")]
    assert [c.name for c in body.chrome[0].cues] == ["configured"]


# --- pinning --------------------------------------------------------------------------------------

PINNABLE = Scraped(
    header=("Greyhaven Gazette", "LOCAL NEWS", "Harbour wall to be rebuilt",
            "Storm damage forces a seven-month closure of the quay."),
    body=HARBOUR,
    footer=("Additional reporting by Sam Okafor", "Topics: Harbour, Council"),
)


def test_pinned_start_and_end() -> None:
    text = PINNABLE.text
    body = find_body(segment(text), starts_with="The harbour wall at Greyhaven", ends_with="town hall on 3 May.")
    assert body.pinned
    assert body_text(text, body) == PINNABLE.body_text
    assert chrome_lines(text, body) == [
        *(("header", h) for h in PINNABLE.header),
        *(("footer", f) for f in PINNABLE.footer),
    ]
    assert all(c.cues and c.reason for c in body.chrome), "pinned furniture still says what it is"
    assert body.script == "LATIN"
    assert_consistent(text, body)


def test_pinned_start_only_runs_to_the_end() -> None:
    text = PINNABLE.text
    body = find_body(segment(text), starts_with="The harbour wall at Greyhaven")
    assert body_text(text, body).startswith("The harbour wall at Greyhaven")
    assert body_text(text, body).endswith("Topics: Harbour, Council")
    assert {r for r, _ in chrome_lines(text, body)} == {"header"}


def test_pinned_end_only_runs_from_the_start() -> None:
    text = PINNABLE.text
    body = find_body(segment(text), ends_with="town hall on 3 May.")
    assert body.start == 0
    assert body_text(text, body).endswith("town hall on 3 May.")
    assert {r for r, _ in chrome_lines(text, body)} == {"footer"}


def test_pins_override_detection() -> None:
    """Pins win over the rules, even where the rules would trim something else."""
    scraped = TRIMMED["listen-byline-timestamp-share/newsletter-related-copyright"]
    text = scraped.text
    body = find_body(segment(text), starts_with="By Jane Doe", ends_with="Sign up for our daily newsletter")
    assert body_text(text, body) == "\n".join(("By Jane Doe", *scraped.header[2:], *HARBOUR,
                                               "Sign up for our daily newsletter"))


def test_pinned_mid_paragraph_trims_the_span_not_the_paragraph() -> None:
    """A pin inside a paragraph starts the span there; the paragraph still belongs to the body."""
    text = "\n".join(HARBOUR)
    body = find_body(segment(text), starts_with="Engineers found", ends_with="the sea.\"")
    assert body_text(text, body).startswith("Engineers found")
    assert body_text(text, body).endswith("the sea.\"")
    assert body.paragraphs == (1, 2)


def test_end_pin_is_searched_after_the_start_pin() -> None:
    text = "Coda.\n" + "\n".join(HARBOUR) + "\nCoda."
    body = find_body(segment(text), starts_with="The harbour wall", ends_with="Coda.")
    assert body_text(text, body).endswith("3 May.\nCoda.")


PIN_ERRORS = {
    "start-not-found": ({"starts_with": "The lighthouse keeper"}, "body_starts_with"),
    "end-not-found": ({"ends_with": "the end of the pier."}, "body_ends_with"),
    # The end pin is searched after the start pin: text that only occurs before it is not found.
    "end-only-before-start": ({"starts_with": "Engineers found", "ends_with": "Greyhaven Gazette"}, "body_ends_with"),
}


@pytest.mark.parametrize(("kwargs", "key"), PIN_ERRORS.values(), ids=PIN_ERRORS.keys())
def test_pin_not_found_is_a_config_error_naming_the_key(kwargs: dict[str, str], key: str) -> None:
    text = "Greyhaven Gazette\n" + "\n".join(HARBOUR)
    with pytest.raises(ConfigError, match=key) as info:
        find_body(segment(text), **kwargs)
    assert isinstance(info.value, TextguardError)
    assert "does not occur in the original" in str(info.value)
    assert "\n" not in str(info.value)  # one line that says what to do


def test_pins_that_hold_no_paragraph_are_a_config_error() -> None:
    text = "Greyhaven Gazette\n\n\n" + "\n".join(HARBOUR)
    with pytest.raises(ConfigError, match="holds no paragraph"):
        find_body(segment(text), starts_with="\n\n", ends_with="\n\n")


# --- the bundled fixtures ------------------------------------------------------------------------


def fixture_body(name: str) -> tuple[str, Body]:
    article = load_article(FIXTURES / name)
    text = article.read_original()
    body = find_body(segment(text), starts_with=article.body_starts_with, ends_with=article.body_ends_with)
    return text, body


FIXTURE_BODIES = {
    "putin-trump-locomotives": ("Has the relationship between Donald Trump", "Vladimir Putin wants victory."),
    "hollins-marsh-bitterns": ("The bittern, a secretive heron", "planned for May 2025."),
    "skerrin-ferry-fares": ("Ferry fares between Port Alder", "6.10am on 1 April."),
    "valemouth-night-bus": ("A night bus linking Valemouth town centre", "to show them it is needed.\""),
}


@pytest.mark.parametrize(("name", "first", "last"), [(n, *fl) for n, fl in FIXTURE_BODIES.items()],
                         ids=FIXTURE_BODIES.keys())
def test_fixture_body(name: str, first: str, last: str) -> None:
    text, body = fixture_body(name)
    span = body_text(text, body)
    assert span.startswith(first)
    assert span.endswith(last)
    assert_consistent(text, body)


def test_putin_fixture_chrome() -> None:
    text, body = fixture_body("putin-trump-locomotives")
    assert not body.pinned
    chrome = chrome_lines(text, body)
    assert chrome[0] == ("header", "Listen to Steve read this article")
    assert [r for r, _ in chrome] == ["header"] + ["footer"] * 7
    assert chrome[1][1].startswith("BBC InDepth is the home")
    assert chrome[-1][1].startswith("Copyright 2025 BBC. All rights reserved.")


def test_hollins_fixture_chrome() -> None:
    """Hard-wrapped: section line, byline, date, share prompt; newsletter, Related list, copyright."""
    text, body = fixture_body("hollins-marsh-bitterns")
    chrome = chrome_lines(text, body)
    assert [r for r, _ in chrome] == ["header"] * 4 + ["footer"] * 3
    assert chrome[0][1] == "Northfield Examiner | Environment"
    assert chrome[3][1].startswith("Share this article")
    assert chrome[4][1].startswith("Get the Examiner Outdoors newsletter")
    assert chrome[5][1].startswith("Related:")
    assert chrome[6][1].startswith("© 2024 Northfield Examiner Ltd.")


def test_skerrin_fixture_chrome() -> None:
    text, body = fixture_body("skerrin-ferry-fares")
    chrome = chrome_lines(text, body)
    assert [r for r, _ in chrome] == ["header"] * 2 + ["footer"] * 5
    assert chrome[0][1].startswith("By Marta Quillon")
    assert chrome[1][1] == "Share this article"
    assert chrome[2][1].startswith("Sign up for our newsletter")
    assert [t for _, t in chrome[3:6]] == [t for t in text.splitlines() if t.startswith("Related: ")]
    assert chrome[6][1] == "© 2024 Coastal Ledger Media Ltd. All rights reserved."


def test_valemouth_fixture_is_pinned() -> None:
    text, body = fixture_body("valemouth-night-bus")
    assert body.pinned
    chrome = chrome_lines(text, body)
    assert [t for r, t in chrome if r == "header"] == [
        "Skip to main content",
        "Valemouth Post",
        "LOCAL NEWS",
        "Night bus trial to run until spring after shift workers' petition",
        "More than 2,000 people signed a petition asking for buses after midnight.",
        "Advertisement",
    ]
    assert [t for r, t in chrome if r == "footer"] == [
        "Additional reporting by Leo Marsh",
        "Have your say: email letters@valemouth-post.example",
        "Topics: Transport, Valemouth Council",
        "More from Local News",
    ]


def test_valemouth_fixture_unpinned_trims_skip_link_and_more_from() -> None:
    text = (FIXTURES / "valemouth-night-bus" / "original.txt").read_text(encoding="utf-8")
    body = find_body(segment(text))
    chrome = chrome_lines(text, body)
    assert ("header", "Skip to main content") in chrome
    assert ("footer", "More from Local News") in chrome


# --- a whole page's visible text: furniture by shape and position (fictional) -------------------

_MENU = ["Skip to content", "Home", "News", "Sport", "Weather", "Local Events", "Contact Us", "Subscribe"]
_ARTICLE = [
    "Greyhaven harbour wall to be rebuilt",
    "By Ana Ferreira",
    "Share",
    "Facebook",
    "Twitter",
    "Email",
    *HARBOUR[:3],
    "What happens next",  # a subheading inside the article
    *HARBOUR[3:6],
    "The plan in brief:",
    "- Boats move to Saltcote",  # the article's own short list
    "- The quay stays open",
    "- A viewing platform for visitors",
    HARBOUR[6],
]
_AFTER = [
    "View comments (12)",
    "Your name",
    "Comment",
    "Post Comment",
    "Anonymous",
    "I walked along that wall every morning for twenty years and never once thought it would go, "
    "so this is sad news for all of us who live on the quay.",
    "Reply",
    "Most Read",
    "Festival Returns To The Green",
    "New Bus Timetable Announced",
    "About Us",
    "Careers",
    "Privacy Policy",
    "Terms Of Use",
]
PAGE = "\n".join([*_MENU, *_ARTICLE, *_AFTER]) + "\n"


def _body_text(text: str) -> list[str]:
    seg = segment(text)
    body = find_body(seg)
    return [text[p.start : p.end] for i, p in enumerate(seg.paragraphs) if body.contains(i)]


def test_whole_page_body_is_the_main_run_of_prose() -> None:
    kept = _body_text(PAGE)
    assert kept[0] == HARBOUR[0] and kept[-1] == HARBOUR[6]
    # The article's own subheading and list between its paragraphs stay body.
    assert "What happens next" in kept and "- The quay stays open" in kept
    # The menu, the share row, the comment section (prose included) and the footer do not.
    for line in ("Home", "Facebook", "Anonymous", _AFTER[5], "Privacy Policy"):
        assert line not in kept


def test_page_furniture_is_named_by_where_it_stands() -> None:
    seg = segment(PAGE)
    body = find_body(seg)
    regions = {PAGE[c.start : c.end]: c.region for c in body.chrome}
    assert regions["Local Events"] == "header" and regions["Terms Of Use"] == "footer"


def test_article_with_a_long_list_of_its_own_is_kept_whole() -> None:
    # A lede, then a list of short sentence-case items an article may well hold, then prose: no
    # position rule may cut the lede off as if the list were a menu.
    items = [f"Item {k}: a spare part for the pump" for k in range(1, 11)]
    items += ["spare rope", "a torch and batteries", "two buckets", "gloves for the crew"]
    text = "\n".join([HARBOUR[0], "What the crew carries:", *items, *HARBOUR[1:]]) + "\n"
    seg = segment(text)
    body = find_body(seg)
    assert list(body.paragraphs) == list(range(len(seg.paragraphs)))
    assert body.chrome == ()


def test_menu_without_prose_after_it_is_no_page() -> None:
    # Short lines alone (a poem, a list) are never cut: there is no run of prose to keep.
    text = "\n".join(["Home", "News", "Sport", "Weather", "Culture", "Travel"]) + "\n"
    seg = segment(text)
    assert len(find_body(seg).paragraphs) == len(seg.paragraphs)


# --- furniture_left_out: what a copy leaves out of a whole page (issue 13, `pages` section) -------
# A fictional page: the HARBOUR article between a menu-and-byline head and a share-and-teaser tail.

_PAGE_HEAD = ["Home", "Local", "Harbour Gazette", "By Mina Cole | 2 May 2024, 09:10"]
_PAGE_TAIL = ["Share this article", "Leave a comment", "More from Greyhaven", "Ferry fares to rise in June"]


def _left(lines: list[str], carried: set[int]) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    text = "\n".join(lines)
    seg = segment(text)
    body = Body(0, len(text), tuple(range(len(seg.paragraphs))), ())  # as if detection kept it all
    left = furniture_left_out(seg, body, carried)
    return left.header, left.footer, left.inline


def test_lines_around_the_carried_article_that_meet_it_at_a_break_are_left_out() -> None:
    lines = [*_PAGE_HEAD, *HARBOUR, *_PAGE_TAIL]
    n, k = len(_PAGE_HEAD), len(HARBOUR)
    header, footer, inline = _left(lines, set(range(n, n + k)))
    assert header == tuple(range(n))
    assert footer == tuple(range(n + k, len(lines)))
    assert inline == ()


def test_a_copy_that_stops_inside_prose_leaves_nothing_out_at_that_end() -> None:
    lines = [*_PAGE_HEAD, *HARBOUR, *_PAGE_TAIL]
    n = len(_PAGE_HEAD)
    header, footer, _ = _left(lines, set(range(n, n + 3)))  # the copy stops after 3 paragraphs
    assert header == tuple(range(n))
    assert footer == ()


def test_a_copy_that_starts_inside_prose_leaves_nothing_out_before_it() -> None:
    lines = [*_PAGE_HEAD, *HARBOUR]
    n = len(_PAGE_HEAD)
    header, _, _ = _left(lines, set(range(n + 1, len(lines))))  # the first paragraph dropped
    assert header == ()


def test_an_articles_own_list_before_more_prose_is_no_break() -> None:
    # A list of names inside the article (no cue on any line) followed by more prose: a copy
    # that stops before the list is cut short, not at the page's end.
    names = ["Saltcote", "Greyhaven", "Marwick", "Eastmere"]
    lines = [*HARBOUR[:3], *names, *HARBOUR[3:]]
    header, footer, _ = _left(lines, {0, 1, 2})
    assert (header, footer) == ((), ())


def test_a_single_subheading_between_carried_paragraphs_is_not_left_out() -> None:
    lines = [*HARBOUR[:3], "What the traders say", *HARBOUR[3:]]
    carried = set(range(len(lines))) - {3}
    assert _left(lines, carried)[2] == ()


def test_a_cued_row_between_carried_paragraphs_is_left_out() -> None:
    row = ["Image caption The quay at low tide", "Ferry fares to rise in June"]
    lines = [*HARBOUR[:3], *row, *HARBOUR[3:]]
    carried = set(range(len(lines))) - {3, 4}
    assert _left(lines, carried)[2] == (3, 4)


def test_nothing_carried_leaves_nothing_out() -> None:
    assert _left([*_PAGE_HEAD, *HARBOUR], set()) == ((), (), ())


def test_past_a_closing_prompt_the_page_may_hold_more_prose_than_the_article() -> None:
    # Comments after a share prompt outweigh the article: still the page's, not the article's end.
    comments = [
        f"Reader {k} wrote that the harbour wall has needed work for years and the council waited too long."
        for k in range(12)
    ]
    lines = [*HARBOUR[:2], "Share this article", "Leave a comment", *comments]
    header, footer, _ = _left(lines, {0, 1})
    assert footer == tuple(range(2, len(lines)))
    # Without the closing prompts, that much prose after two short lines is the article's.
    plain = [*HARBOUR[:2], "Greyhaven", "Saltcote", *comments]
    assert _left(plain, {0, 1})[1] == ()


def test_a_related_heading_closes_the_article_but_a_related_link_does_not() -> None:
    teasers = [
        f"Teaser {k}: the council of a nearby town has also voted on repairs to its own sea wall this spring."
        for k in range(12)
    ]
    lines = [*HARBOUR[:2], "Related coverage", *teasers]
    assert _left(lines, {0, 1})[1] == tuple(range(2, len(lines)))
    link = [*HARBOUR[:2], "Read more: Greyhaven council votes to rebuild the harbour wall", *teasers]
    assert _left(link, {0, 1})[1] == ()


def test_furniture_set_aside_before_the_body_makes_the_lines_after_it_a_header() -> None:
    # A menu the detection set aside, then a breadcrumb and a headline it kept: the copy starts
    # after them, so they are the page's head.
    head = ["Home | News | Sport | Weather", "News >> Local", "Harbour wall to be rebuilt"]
    text = "\n".join([*head, *HARBOUR])
    seg = segment(text)
    menu = seg.paragraphs[0]
    chrome = (Chrome(0, menu.start, menu.end, "header", ()),)
    body = Body(seg.paragraphs[1].start, len(text), tuple(range(1, len(seg.paragraphs))), chrome)
    left = furniture_left_out(seg, body, set(range(3, len(seg.paragraphs))))
    assert left.header == (1, 2)


def test_a_title_broken_over_two_lines_between_carried_paragraphs_is_not_left_out() -> None:
    lines = [*HARBOUR[:3], "Traders fear", "a quiet summer", *HARBOUR[3:]]
    carried = set(range(len(lines))) - {3, 4}
    assert _left(lines, carried)[2] == ()


def test_sentences_between_the_copys_end_and_a_closing_prompt_are_the_articles() -> None:
    # The copy was cut before two short sentences of the article; a comment prompt follows them.
    notes = [
        "Fixed a bug where the harbour map (the one on the quay) showed the old moorings.",
        "The tide table for Saltcote now loads without a network connection (see the notes).",
    ]
    comments = [
        f"Reader {k} wrote that the harbour wall has needed work for years and the council waited too long."
        for k in range(12)
    ]
    lines = [*HARBOUR[:3], *notes, "Leave a comment", *comments]
    assert _left(lines, {0, 1, 2})[1] == ()
