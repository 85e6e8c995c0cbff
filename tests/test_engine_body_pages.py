"""Body detection on a whole page's visible text (issue 13): the shapes of page furniture that the
run of the article's prose must not swallow, and the lines a copy may leave out around it.

Every page here is fictional, written for this file.
"""

from __future__ import annotations

import textguard
from textguard.engine.body import find_body
from textguard.text.segment import segment

from .test_engine_body import HARBOUR

_MENU = [
    "Home",
    "News",
    "Sport",
    "Weather",
    "Local Events",
    "Contact Us",
    "Subscribe",
    "Culture",
    "Travel",
    "Food",
    "Puzzles",
    "Podcasts",
    "Obituaries",
    "Letters",
    "Jobs",
    "Archive",
    "Help",
    "Sign In",
]
_FOOTER = ["About Us", "Careers", "Privacy Policy", "Terms Of Use", "Cookie Settings", "Site Map"]


def _kept(lines: list[str]) -> list[str]:
    text = "\n".join(lines) + "\n"
    seg = segment(text)
    body = find_body(seg)
    return [text[p.start : p.end] for i, p in enumerate(seg.paragraphs) if body.contains(i)]


def test_a_long_list_of_names_after_the_article_is_no_prose() -> None:
    # Who liked the post, run together on one line: a comma every word or two and one sentence
    # end. Counted as prose it outweighs the article, and the whole page was taken as body.
    names = ", ".join(f"walker{k}" for k in range(400))
    likes = f"{names} and 12 guests liked this story!"
    tail = ["Share", "Kudos", "Comments (3)", "Post Comment", likes, *_FOOTER]
    kept = _kept([*_MENU, *HARBOUR, *tail])
    assert kept[0] == HARBOUR[0] and kept[-1] == HARBOUR[-1]
    assert likes not in kept


def test_a_short_notice_before_a_long_menu_goes_with_the_menu() -> None:
    notice = "We use cookies to make this site work; by carrying on you agree to our use of them."
    kept = _kept([notice, *_MENU, *HARBOUR, *_FOOTER])
    assert kept[0] == HARBOUR[0]
    assert notice not in kept


def test_a_short_lede_before_a_short_list_of_places_is_kept() -> None:
    # An article's own list of places (menu-shaped, capitalised) is no page navigation: its short
    # lede is not cut off, however little prose it holds.
    lede = "Ferries will stop calling at these harbours from next month, the operator said today."
    places = ["Saltcote", "Port Alder", "Greyhaven", "Eastmere", "Valemouth", "Skerrin", "Hollins Bay", "Marrow"]
    lines = [lede, *places, *HARBOUR]
    assert _kept(lines) == lines


def test_a_short_sentence_after_the_last_paragraph_stays_body() -> None:
    # The article's last line is a short sentence, right before the share row: the run of
    # furniture starts after it, not with it.
    closing = "The work is due to start in May."
    comment = (
        "I have walked along that wall every morning for twenty years. I never once thought it "
        "would go. This is sad news for all of us who live on the quay."
    )
    tail = ["Share", "Facebook", "Email", "Kudos", "Comments (3)", comment, "Reply", *_FOOTER]
    kept = _kept([*_MENU, *HARBOUR, closing, *tail])
    assert kept[-1] == closing


_TEASERS = [
    "Ten Walks Along the Coast Ten Walks Along the Coast Ten Walks Along the Co",
    "The coast path is at its best in the spring, when the gorse is out and the… Read more Read more",
    "Why the Quay Floods Every Winter Why the Quay Floods Every Winter Why the Quay",
    "Every winter the water comes over the quay wall, and every winter the council… Read more",
]


def test_teasers_between_paragraphs_are_left_out_by_a_copy() -> None:
    # Teasers of other articles set between the paragraphs: a headline scraped with its link's
    # title, and the first words of the story cut off before "Read more". A copy of the article
    # leaves them out, as it should.
    original = "\n".join([*HARBOUR[:3], *_TEASERS, *HARBOUR[3:]]) + "\n"
    copy = "\n".join(HARBOUR) + "\n"
    report = textguard.check(original, copy)
    serious = [f for f in report.findings if f.severity.value in ("warning", "error")]
    assert serious == []


def test_a_headline_scraped_twice_between_paragraphs_is_left_out_by_a_copy() -> None:
    original = "\n".join([*HARBOUR[:3], _TEASERS[0], *HARBOUR[3:]]) + "\n"
    copy = "\n".join(HARBOUR) + "\n"
    report = textguard.check(original, copy)
    serious = [f for f in report.findings if f.severity.value in ("warning", "error")]
    assert serious == []


def test_a_copy_that_drops_a_paragraph_next_to_teasers_is_still_caught() -> None:
    original = "\n".join([*HARBOUR[:3], *_TEASERS, *HARBOUR[3:]]) + "\n"
    copy = "\n".join([*HARBOUR[:3], *HARBOUR[4:]]) + "\n"
    report = textguard.check(original, copy)
    assert any(f.kind == "paragraph-missing" and f.severity.value in ("warning", "error") for f in report.findings)


def test_a_byline_before_the_copy_start_heads_the_article() -> None:
    # A page's head: the menu, a standfirst, a date and a byline; the copy starts after the byline.
    standfirst = (
        "The council has agreed to rebuild the harbour wall at Greyhaven after winter storms left a "
        "breach that the fishing fleet says puts boats at risk."
    )
    head = [*_MENU[:6], "Greyhaven harbour wall to be rebuilt", standfirst, "By Mina Cole and Tomasz Wierzba"]
    original = "\n".join([*head, *HARBOUR, *_FOOTER]) + "\n"
    copy = "\n".join(HARBOUR) + "\n"
    report = textguard.check(original, copy)
    serious = [f for f in report.findings if f.severity.value in ("warning", "error")]
    assert serious == []


def test_a_copy_that_drops_the_first_paragraph_after_a_byline_is_still_caught() -> None:
    head = [*_MENU[:6], "Greyhaven harbour wall to be rebuilt", "By Mina Cole and Tomasz Wierzba"]
    original = "\n".join([*head, *HARBOUR, *_FOOTER]) + "\n"
    copy = "\n".join(HARBOUR[1:]) + "\n"
    report = textguard.check(original, copy)
    assert any(
        f.kind in ("paragraph-missing", "truncated") and f.severity.value in ("warning", "error")
        for f in report.findings
    )
