"""Structural checks: what an unmatched paragraph is decides its kind and severity."""

from __future__ import annotations

import pytest

from textguard import Config, Finding, Severity, check

from .articles import ORIGINAL, PARAGRAPHS, copy_of

SCRAPED = copy_of(
    PARAGRAPHS,
    head=["Listen to this article", "By Ana Ferreira, Transport Correspondent"],
    tail=["Sign up for our morning newsletter", "© 2025 Valley Courier Ltd. All rights reserved."],
)


def findings(copy: str, original: str = ORIGINAL, **config: object) -> list[Finding]:
    return list(check(original, copy, config=Config(**config) if config else None).findings)  # type: ignore[arg-type]


def only(found: list[Finding], kind: str) -> list[Finding]:
    return [f for f in found if f.kind == kind]


def test_faithful_copy_has_no_findings() -> None:
    assert findings(ORIGINAL) == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("2025-03-04 18:22:06", "timestamp", id="timestamp"),
        pytest.param("Listen to this article", "listen", id="listen-prompt"),
        pytest.param("Published 5 hours ago", "timestamp", id="relative-time"),
        pytest.param("Share this article", "share", id="share-prompt"),
    ],
)
def test_furniture_before_the_article_is_a_stray_header_error(line: str, reason: str) -> None:
    found = findings(copy_of(PARAGRAPHS, head=[line]))
    assert [(f.kind, f.severity) for f in found] == [("stray-header", Severity.ERROR)]
    assert found[0].copy is not None and found[0].copy.text == line
    assert reason in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("0 Comments", id="comment-counter"),
        pytest.param("https://images.example.net/news/1024/tram.png", id="image-url"),
        pytest.param("Follow us on social media for more stories", id="follow-prompt"),
        pytest.param("\u0627\u0644\u062a\u0639\u0644\u064a\u0642\u0627\u062a", id="other-script"),
        pytest.param(
            "Sam is a freelance writer who covers transport and cities. Her articles appear weekly.",
            id="author-bio",
        ),
    ],
)
def test_furniture_after_the_article_is_a_stray_footer_error(line: str) -> None:
    found = findings(copy_of(PARAGRAPHS, tail=[line]))
    assert [(f.kind, f.severity) for f in found] == [("stray-footer", Severity.ERROR)]
    assert found[0].original is None


def test_added_headline_and_subheading_are_info() -> None:
    copy = copy_of(PARAGRAPHS[:4] + ["What traders say"] + PARAGRAPHS[4:], head=["Trams return to Marlow"])
    found = findings(copy)
    assert [(f.kind, f.severity) for f in found] == [
        ("stray-header", Severity.INFO),
        ("content-added", Severity.INFO),
    ]
    assert check(ORIGINAL, copy).verdict == "pass"


def test_unexplained_prose_is_a_warning_where_it_stands() -> None:
    extra = "The mayor's office has not said whether the harbour car park will be kept open during the works."
    head = findings(copy_of(PARAGRAPHS, head=[extra]))
    middle = findings(copy_of(PARAGRAPHS[:3] + [extra] + PARAGRAPHS[3:]))
    tail = findings(copy_of(PARAGRAPHS, tail=[extra]))
    assert [(f.kind, f.severity) for f in head] == [("stray-header", Severity.WARNING)]
    assert [(f.kind, f.severity) for f in middle] == [("content-added", Severity.WARNING)]
    assert [(f.kind, f.severity) for f in tail] == [("stray-footer", Severity.WARNING)]


def test_promo_inserted_mid_article_is_an_error() -> None:
    found = findings(copy_of(PARAGRAPHS[:3] + ["Sign up for our daily newsletter"] + PARAGRAPHS[3:]))
    assert [(f.kind, f.severity) for f in found] == [("content-added", Severity.ERROR)]


def test_repeated_paragraph_is_a_warning() -> None:
    found = findings(copy_of(PARAGRAPHS[:3] + [PARAGRAPHS[1]] + PARAGRAPHS[3:]))
    assert [(f.kind, f.severity) for f in found] == [("content-added", Severity.WARNING)]
    assert "repeat of line 2" in found[0].message


@pytest.mark.parametrize(
    "credit",
    [
        "Getty Images/Jo Bloggs",
        "Jo Bloggs/EPA/Shutterstock",
        "Reuters/Ann Lee",
        "Valley Courier/Tom Oyelaran",
    ],
)
def test_credit_glued_to_a_paragraph_is_an_inline_credit_error(credit: str) -> None:
    copy = copy_of(PARAGRAPHS[:2] + [credit + PARAGRAPHS[2]] + PARAGRAPHS[3:])
    found = findings(copy)
    assert [(f.kind, f.severity) for f in found] == [("inline-credit", Severity.ERROR)]
    span = found[0].copy
    assert span is not None and span.text == credit and copy[span.start : span.end] == credit


def test_credit_glued_after_a_sentence_inside_a_paragraph() -> None:
    first, second = PARAGRAPHS[2].split(". ", 1)
    copy = copy_of(PARAGRAPHS[:2] + [f"{first}.Reuters/Ann Lee{second}"] + PARAGRAPHS[3:])
    found = only(findings(copy), "inline-credit")
    assert [f.copy.text for f in found if f.copy] == ["Reuters/Ann Lee"]


def test_caption_line_inside_the_article_is_an_inline_credit_warning() -> None:
    caption = "The old tram depot in 1985. Photograph: Jo Bloggs/Valley Archive"
    found = findings(copy_of(PARAGRAPHS[:3] + [caption] + PARAGRAPHS[3:]))
    assert [(f.kind, f.severity) for f in found] == [("inline-credit", Severity.WARNING)]


def test_camel_case_names_are_not_credits() -> None:
    text = "McDonald's and YouTube staff joined the PlayStation fans at the LaGuardia meeting."
    original = ORIGINAL + text + "\n"
    assert findings(original, original=original) == []


def test_a_camel_case_name_in_curly_quotes_where_the_original_has_straight_ones_is_not_a_credit() -> None:
    # Fictional: a reference list whose title the copy retyped with curly marks.
    original = ORIGINAL + '"CityAPI/FareTable", Valley Wiki, retrieved May 2020.\n'
    copy = original.replace('"CityAPI/FareTable"', "\u201cCityAPI/FareTable\u201d")
    assert only(findings(copy, original=original), "inline-credit") == []


def test_truncated_copy() -> None:
    found = findings(copy_of(PARAGRAPHS[:5]))
    assert [(f.kind, f.severity) for f in found] == [("truncated", Severity.ERROR)]
    t = found[0]
    assert t.original is not None and t.original.text.startswith(PARAGRAPHS[5][:30])
    assert t.copy is not None and t.copy.text == PARAGRAPHS[4]


@pytest.mark.parametrize(
    ("kept", "wording"),
    [(-1, "the last paragraph of the original ("), (-3, "the last 3 paragraphs of the original (")],
    ids=["one", "three"],
)
def test_truncated_says_how_many_paragraphs_in_plain_english(kept: int, wording: str) -> None:
    (t,) = findings(copy_of(PARAGRAPHS[:kept]))
    assert t.kind == "truncated" and wording in t.message
    assert (") is missing, from" in t.message) == (kept == -1)
    assert (") are missing, from" in t.message) == (kept != -1)


def test_missing_last_short_line_within_tolerance_is_not_truncation() -> None:
    long_original = ORIGINAL + "Ends.\n"
    assert only(findings(ORIGINAL, original=long_original), "truncated") == []


def test_missing_paragraph() -> None:
    found = findings(copy_of(PARAGRAPHS[:5] + PARAGRAPHS[6:]))
    assert [(f.kind, f.severity) for f in found] == [("paragraph-missing", Severity.ERROR)]
    assert found[0].original is not None and found[0].original.text == PARAGRAPHS[5]
    assert found[0].copy is None


def test_empty_copy_is_never_a_pass() -> None:
    for empty in ("", "   \n\n  "):
        report = check(ORIGINAL, empty)
        assert report.verdict == "fail"
        assert [f.kind for f in report.findings] == ["truncated"]


def test_unrelated_copy_fails() -> None:
    report = check(ORIGINAL, "A recipe for lemon cake.\nBake it for forty minutes.\n")
    assert report.verdict == "fail"


def test_scraped_original_furniture_is_not_required_of_the_copy() -> None:
    # A few lines of furniture (a prompt, a byline) left out: nothing to say at all.
    assert findings(ORIGINAL, original=SCRAPED) == []


def test_scraped_page_reproduced_unchanged_is_only_info() -> None:
    # The page itself, furniture and all: nothing was picked up on the way, so nothing fails, and
    # each run of furniture is one note.
    copy = SCRAPED.replace("\n", "\r\n")
    found = findings(copy, original=SCRAPED)
    assert [(f.kind, f.severity) for f in found] == [
        ("stray-header", Severity.INFO),
        ("stray-footer", Severity.INFO),
    ]
    assert all("unchanged" in f.message and f.original is not None for f in found)
    header, footer = found
    assert (
        header.copy is not None
        and header.copy.text == "Listen to this article\r\nBy Ana Ferreira, Transport Correspondent"
    )
    assert footer.copy is not None and footer.copy.text.endswith("All rights reserved.")


def test_original_furniture_carried_and_altered_is_an_error() -> None:
    copy = copy_of(
        PARAGRAPHS, head=["Listen to this article now"], tail=["Sign up for the morning newsletter!"]
    )
    found = findings(copy, original=SCRAPED)
    assert [(f.kind, f.severity) for f in found] == [
        ("stray-header", Severity.ERROR),
        ("stray-footer", Severity.ERROR),
    ]
    assert all(f.original is not None for f in found), "carried furniture points at the original's"


def test_configured_footer_pattern() -> None:
    copy = copy_of(PARAGRAPHS, tail=["Valley Courier: local news that matters to you"])
    assert only(findings(copy), "stray-footer")[0].severity is Severity.WARNING
    found = findings(copy, footer_patterns=("^Valley Courier:",))
    assert [(f.kind, f.severity) for f in found] == [("stray-footer", Severity.ERROR)]


def test_disabled_kinds_and_severity_overrides() -> None:
    copy = copy_of(PARAGRAPHS, tail=["0 Comments"])
    assert findings(copy, disabled=frozenset({"stray-footer"})) == []
    found = findings(copy, severities={"stray-footer": Severity.WARNING})
    assert [f.severity for f in found] == [Severity.WARNING]


def test_sentences_added_inside_a_kept_paragraph_are_content_added() -> None:
    added = "Readers can win a free trip on the new line by entering our competition this week."
    copy = copy_of([*PARAGRAPHS[:3], PARAGRAPHS[3] + " " + added, *PARAGRAPHS[4:]])
    (finding,) = [f for f in check(ORIGINAL, copy).findings if f.kind == "content-added"]
    assert finding.severity == Severity.WARNING and finding.copy is not None
    assert finding.copy.text == added and finding.original is None
    assert finding.message.startswith("1 sentence with no counterpart in the original")


def test_the_article_repeated_inside_one_paragraph_is_not_a_silent_pass() -> None:
    line = ORIGINAL.replace("\n", " ").strip()
    report = check(ORIGINAL, line + " " + line + "\n")
    (finding,) = report.findings
    assert finding.kind == "content-added" and finding.copy is not None
    assert finding.copy.start == len(line) + 1 and finding.message.startswith("11 sentences")


def test_a_reworded_sentence_is_not_an_added_one() -> None:
    # The copy rewrote a sentence beyond recognition: an original sentence of that paragraph has
    # no counterpart, so the copy's sentence may be its rewording, not an addition.
    reworded = PARAGRAPHS[2].replace(
        "Since then the tracks have been buried under tarmac and car parks.",
        "Asphalt and parking spaces have covered the rails ever since.",
    )
    copy = copy_of([*PARAGRAPHS[:2], reworded, *PARAGRAPHS[3:]])
    assert [f for f in check(ORIGINAL, copy).findings if f.kind == "content-added"] == []


# --- a whole page as the original (fictional) ------------------------------------------------------


def _page(article: list[str]) -> str:
    menu = ["Skip to content", "Home", "News", "Sport", "Weather", "Local Events", "Contact Us"]
    after = ["View comments (3)", "Your name", "Comment", "Post Comment", "Most Read", "About Us", "Careers", "Privacy Policy"]
    return "\n".join([*menu, "By Ana Ferreira", "Share", "Facebook", "Twitter", *article, *after]) + "\n"


def test_copy_of_the_article_against_the_whole_page_only_notes_the_furniture() -> None:
    # A page's worth of furniture left out: one info per end, on the original's side only.
    found = findings("\n\n".join(PARAGRAPHS) + "\n", original=_page(list(PARAGRAPHS)))
    assert [(f.kind, f.severity) for f in found] == [
        ("stray-header", Severity.INFO),
        ("stray-footer", Severity.INFO),
    ]
    assert all("page furniture, not carried" in f.message and f.copy is None for f in found)


def test_lossy_copy_against_the_whole_page_is_still_truncated() -> None:
    half = list(PARAGRAPHS[: len(PARAGRAPHS) // 2])
    found = findings("\n\n".join(half) + "\n", original=_page(list(PARAGRAPHS)))
    assert only(found, "truncated"), [f.message for f in found]


def test_a_line_the_original_repeats_as_often_is_not_added() -> None:
    # Code and lists repeat short lines ("}", "*", "Share"); a copy that has them as often as the
    # original has added nothing, even where alignment could not tell the repeats apart.
    body = [PARAGRAPHS[0], "*", PARAGRAPHS[1], "*", PARAGRAPHS[2], "}", "Share", PARAGRAPHS[3], "}", "Share"]
    original = "\n".join(body) + "\n"
    copy = "\n\n".join(body) + "\n"
    found = findings(copy, original=original)
    assert not [f for f in found if f.severity != Severity.INFO], [f.message for f in found]


def test_a_line_repeated_more_often_than_in_the_original_is_still_added() -> None:
    body = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]]
    copy = "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[1], PARAGRAPHS[2]]) + "\n"
    found = findings(copy, original="\n\n".join(body) + "\n")
    assert [f.kind for f in found if f.severity == Severity.WARNING] == ["content-added"]


# --- issue 13: a whole scraped page as the original (section of the `pages` work) ----------------
# The pages below are fictional: a made-up blog and news site around the fictional tram article.

_BLOG_HEAD = ["Hi, I'm Robin.", "I ride trams. I take notes. I write posts."]
_TITLE = "Trams return to the Marlow valley"
_BLOG_TAIL = [
    "Posted by Robin Hale.",
    "Share this post",
    "Tweet",
    "Leave a comment",
    "Most Read: Harbour master Olwen Price retires after 30 years",
    "Older posts",
]


def _blog(article: list[str]) -> str:
    return "\n".join([*_BLOG_HEAD, _TITLE, *article, *_BLOG_TAIL]) + "\n"


def _errors_and_warnings(found: list[Finding]) -> list[str]:
    return [f"{f.severity.value} {f.kind}: {f.message}" for f in found if f.severity != Severity.INFO]


def test_page_lines_around_the_article_left_out_are_only_info() -> None:
    # The copy starts at the article's title and stops at its last paragraph: the blog's tagline
    # before it and the byline, share row, comment prompt and related headline after it are the
    # page's, and a name or figure in them is not missing either.
    copy = "\n\n".join([_TITLE, *PARAGRAPHS]) + "\n"
    found = findings(copy, original=_blog(list(PARAGRAPHS)))
    assert _errors_and_warnings(found) == []
    left = [f for f in found if "not carried" in f.message]
    assert [f.kind for f in left] == ["stray-header"]
    assert all(f.severity == Severity.INFO and f.copy is None for f in left)
    assert left[0].original is not None and left[0].original.text == "\n".join(_BLOG_HEAD)


def test_a_copy_that_stops_inside_the_prose_of_a_page_is_still_truncated() -> None:
    copy = "\n\n".join([_TITLE, *PARAGRAPHS[:3]]) + "\n"
    found = findings(copy, original=_blog(list(PARAGRAPHS)))
    assert [f.kind for f in found if f.severity == Severity.ERROR] == ["truncated"]
    assert not [f for f in found if "not carried" in f.message and f.kind == "stray-footer"]


def test_a_copy_that_drops_the_first_paragraph_of_a_page_still_misses_it() -> None:
    # The copy starts in the middle of prose, not at a break of furniture: what it leaves out
    # before is missing (the page's tagline with it: nothing tells where the article began).
    copy = "\n\n".join(PARAGRAPHS[1:]) + "\n"
    found = findings(copy, original=_blog(list(PARAGRAPHS)))
    missing = [f for f in only(found, "paragraph-missing") if f.severity == Severity.ERROR]
    assert PARAGRAPHS[0] in [f.original.text for f in missing if f.original is not None]
    assert not [f for f in found if "not carried" in f.message]


def test_a_subheading_dropped_inside_the_article_is_still_a_warning() -> None:
    article = [*PARAGRAPHS[:4], "What the traders say", *PARAGRAPHS[4:]]
    copy = "\n\n".join([_TITLE, *PARAGRAPHS]) + "\n"
    found = findings(copy, original=_blog(article))
    assert [(f.kind, f.severity) for f in found if f.severity != Severity.INFO] == [
        ("paragraph-missing", Severity.WARNING)
    ]


def test_a_row_of_related_headlines_left_out_inside_the_article_is_only_info() -> None:
    related = ["Related", "Tram fares to rise in April", "New depot planned for Eastgate"]
    article = [*PARAGRAPHS[:4], *related, *PARAGRAPHS[4:]]
    copy = "\n\n".join([_TITLE, *PARAGRAPHS]) + "\n"
    found = findings(copy, original=_blog(article))
    assert _errors_and_warnings(found) == []
    inside = [f for f in found if "not carried" in f.message and "inside" in f.message]
    assert len(inside) == 1 and inside[0].original is not None
    assert inside[0].original.text == "\n".join(related[1:])  # "Related" itself is set aside already


def test_a_labelled_caption_left_out_inside_the_article_is_not_missing() -> None:
    article = [*PARAGRAPHS[:4], "Image caption The old tram depot in 1986", *PARAGRAPHS[4:]]
    copy = "\n\n".join([_TITLE, *PARAGRAPHS]) + "\n"
    assert _errors_and_warnings(findings(copy, original=_blog(article))) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("The full plan is at https://council.example.org/trams/plan.pdf", id="url"),
        pytest.param("@marlowtrams", id="handle"),
        pytest.param("Questions: trams@council.example.org", id="e-mail"),
        pytest.param("tram.route(eastgate, harbour)", id="code"),
        pytest.param("Map data © 2024 Valley Mapping", id="copyright"),
    ],
)
def test_lines_of_the_body_the_copy_keeps_at_their_place_are_not_furniture(line: str) -> None:
    # Body detection may set such a line aside (it contains what furniture contains); a copy that
    # has it where the original has it took it from the article (issue 13, cause 6).
    article = [*PARAGRAPHS[:4], line, *PARAGRAPHS[4:]]
    found = findings("\n\n".join(article) + "\n", original="\n".join(article) + "\n")
    assert _errors_and_warnings(found) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("By Ana Ferreira | 4 March 2025, 18:22", id="dated-byline"),
        pytest.param("5 min read", id="reading-time"),
        pytest.param("Home > News > Transport", id="breadcrumbs"),
        pytest.param("Sign up for our morning newsletter", id="sign-up"),
    ],
)
def test_furniture_inside_a_copy_is_still_found(line: str) -> None:
    # Added by the copy, or carried from the page's own header: furniture either way.
    added = findings(copy_of(PARAGRAPHS, head=[line]))
    assert [(f.kind, f.severity) for f in added] == [("stray-header", Severity.ERROR)]
    menu = ["Skip to content", "Home", "News", "Sport", "Weather", "Local Events", "Contact Us"]
    page = "\n".join([*menu, line, *PARAGRAPHS, "Leave a comment"]) + "\n"
    carried = findings(copy_of(PARAGRAPHS, head=[line]), original=page)
    assert [(f.kind, f.severity) for f in carried if f.severity != Severity.INFO] == [
        ("stray-header", Severity.ERROR)
    ]
