"""Every alternative of every cue pattern is there for a line of its own.

For each alternative (``a|b`` at any depth of a pattern), the pattern is rebuilt without it and
some test line that the whole pattern matches must stop matching: an alternative that no line
needs is either dead or untested, and deleting it would go unnoticed. The lines are fictional,
written for this file and ``test_cues.py``; none comes from an article.
"""

from __future__ import annotations

import re

import pytest

from textguard.text import furniture as cues

from .test_text_furniture import STRONG, WEAK

_MONTHS = "January February March April May June July August September October November December".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

#: Lines written for the alternatives that the realistic lines of ``test_cues.py`` do not reach.
EXTRA: dict[str, list[str]] = {
    "listen-prompt": [
        "Listen now",
        "Listen live",
        "Listen to our podcast on the way to work",
        "Listen to this episode on the way home",
        "Listen to Ana Ruiz read the report",
        'Listen to "The Harbour Hour" podcast',
        "Listen to the full episode",
        "Listen to the Sunday programme",
        "Play this story",
    ],
    "comment-prompt": [
        "3 replies",
        "40 responses",
        "Replies (2)",
        "Post a comment",
        "Add a comment",
        "Read the comments",
        "See comments",
        "Load comments",
        "Comments are disabled for this article",
        "There are 12 comments",
        "There is 1 comment",
        "There are 3 replies",
        "There are 40 responses",
        "There are 0 comments. Add yours.",
    ],
    "share-prompt": [
        "Share this",
        "Share on Mastodon",
        "Share: Email | X",
        "Found it useful? Share this article",
        "Found it useful? Share this page",
        "Found it useful? Share this story",
        "Found it useful? Share this post",
        "Found it useful? Share on Twitter",
        "Found it useful? Share on LinkedIn",
        "Found it useful? Share on WhatsApp",
        "Found it useful? Share on Facebook",
        "Click to share",
    ],
    "subscribe-prompt": [
        "Sign up",
        "Register",
        "Don't miss a thing: subscribe now",
        "Don't miss a thing: sign up today",
        "Don't miss a thing: register here",
        "Readers can register for free email alerts",
        "Readers can register for our daily emails",
        "Get the morning newsletter",
        "Readers can register for the morning podcast",
        "Readers can register to my channel",
        "Readers can register for our updates",
        "Readers can register for our newsletters",
        "Readers can register for our alerts",
        "Join 40,000 readers of the newsletter",
        "Receive the newsletter",
        "Read our weekly newsletter",
        "The Friday newsletter - sign up free",
        "The Friday newsletter - subscribe free",
        "A newsletter in your inbox every Friday",
        "Unlock full access",
    ],
    "read-more": [
        "Related stories",
        "Related topics",
        "Related content",
        "Related coverage",
        "More on this",
        "More stories like this",
        "Recommended for you",
        "Top stories",
        "Also read",
        "Skip to content",
        "Back to top",
        "More: Harbour news",
        "Read: The full report",
        "Watch - The bridge opens",
        "Listen: Our weekly podcast",
        "Trending now > Storm warning",
        "Trending",
        "Most popular: Ten walks",
        "Most viewed: Pier reopens",
        "Read next",
        "Up next: The ferry timetable",
    ],
    "button-prompt": [
        "Click the button to vote",
        "Clicking on the green button opens the map",
        "Click below to vote",
        "Press the button below",
        "Follow us",
        "You can also follow us on Bluesky",
        "Contact us",
        "E-mail us",
        "Email us",
        "Write to us",
        "Get in touch",
        "Tell us what you think",
        # A toggle button scraped in both of its states.
        "RecommendRecommended",
        "Follow Following",
        "LikeLiked by 5 people",
    ],
    "copyright": ["© Eastmere Courier"],
    "advertisement": [
        "Promoted",
        "Ad",
        "Continue reading",
        "Continue reading below",
        "Continue reading the story",
        "Article continues below",
    ],
    "timestamp": [
        *(f"3 {m} 2024" for m in _MONTHS),
        *(f"{m} 3, 2024" for m in _MONTHS),
        *(f"{d}, 3 March 2025" for d in _DAYS),
        *(f"3 March 2025, 5:30 {z}" for z in ("UTC", "CET", "ET", "PT", "EDT", "EST")),
        "3 March 2025, 9:12am",
        "3 March 2025, 5:30pm",
        "2024-06-01T09:12:00Z",
        "2024-06-01T09:12+02:00",
        "12 seconds ago",
        "4 mins ago",
        "2 hrs ago",
        "3 weeks ago",
        "First published 3 March 2025",
    ],
    "byline": ["Words by Ana Ruiz", "Author: Sam Okafor"],
    "author-role": ["Sports Columnist", "Freelance Journalist", "Video Producer", "Staff writers"],
    "author-bio": [
        "She writes about food.",
        "He has written for several papers.",
        "She has reported on three wars.",
        "His articles are syndicated.",
        "Her work won prizes.",
        "Their writing is funny.",
        "Their articles are syndicated.",
        "He is a former editor.",
        "She is a reporter.",
        "He is a journalist.",
        "She is a correspondent.",
        "He is a contributor.",
        "She is a columnist.",
        "He is a cycling enthusiast.",
        "She is an advisor.",
        "He is an adviser.",
        "She is a writer.",
        "Follow them on X.",
        "Follow him on X.",
        "Follow her on Threads.",
        "He covers sport.",
        "She has reported from Kyiv.",
    ],
}


def lines_for(name: str) -> list[str]:
    return [*STRONG.get(name, ()), *WEAK.get(name, ()), *EXTRA.get(name, ())]


def branches(pattern: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of every branch of every alternation in ``pattern``, top level
    and inside groups (escapes and character classes are skipped)."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[int, list[int]]] = [(0, [])]
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1):
                i += 1 + pattern.startswith("^", i + 1)
        elif c == "(":
            body = i + 1
            for prefix in ("?<=", "?<!", "?:", "?=", "?!"):
                if pattern.startswith(prefix, body):
                    body += len(prefix)
                    break
            stack.append((body, []))
        elif c == ")":
            out.extend(_spans(*stack.pop(), i))
        elif c == "|":
            stack[-1][1].append(i)
        i += 1
    out.extend(_spans(*stack.pop(), n))
    return out


def _spans(start: int, bars: list[int], end: int) -> list[tuple[int, int]]:
    if not bars:
        return []
    edges = [start - 1, *bars, end]
    return [(a + 1, b) for a, b in zip(edges, edges[1:])]


def without(pattern: str, span: tuple[int, int]) -> str:
    """``pattern`` with the branch at ``span`` and one of the bars next to it removed."""
    a, b = span
    if b < len(pattern) and pattern[b] == "|":
        return pattern[:a] + pattern[b + 1 :]
    return pattern[: a - 1] + pattern[b:]


def test_branches_of_a_small_pattern() -> None:
    p = r"^a(?:b|c\|)|[|]d|(?<=x)e"
    got = [p[a:b] for a, b in branches(p)]
    assert sorted(got) == sorted(["b", r"c\|", r"^a(?:b|c\|)", "[|]d", "(?<=x)e"])
    assert without(p, branches(p)[0]) == r"^a(?:c\|)|[|]d|(?<=x)e"


CASES = [
    pytest.param(name, pattern, span, id=f"{name}:{pattern.pattern[span[0]:span[1]][:50]}")
    for name, _, _, pattern in cues._CUE_PATTERNS
    for span in branches(pattern.pattern)
]


@pytest.mark.parametrize(("name", "pattern", "span"), CASES)
def test_every_alternative_has_a_line_only_it_matches(
    name: str, pattern: re.Pattern[str], span: tuple[int, int]
) -> None:
    reduced = re.compile(without(pattern.pattern, span), pattern.flags)
    lines = lines_for(name)
    assert any(pattern.search(x) and not reduced.search(x) for x in lines), (
        f"no test line of {name!r} needs the alternative {pattern.pattern[span[0]:span[1]]!r}"
    )


# --- The module's other patterns: URLs, separators, dated bylines, credits, labels, glue points ---
# (issue 18, deliverable 2.) The same rule as for the cues: every alternative of each pattern has a
# fictional line here that only it matches, so deleting the alternative fails this test.

#: Lines for the patterns that are not cues, by the module attribute that holds the pattern.
PATTERN_LINES: dict[str, list[str]] = {
    "_URL": [
        "https://localhost",
        "www.eastmere-courier",
        *(f"eastmere.{tld}" for tld in ("com", "org", "net", "co.uk", "io", "news", "info")),
        "eastmere.example/harbour",
    ],
    "_TLD_HINT": [f"eastmere.{tld}" for tld in ("com", "org", "net", "uk", "io", "news", "info")],
    "_SEPARATOR": ["Home :: Harbour", "Home | Harbour"],
    "_DATED": ["By Ana Ruiz, 1998", "By Ana Ruiz, 2024", "By Ana Ruiz, 9:30"],
    "_CREDIT_WORDS": [
        "Getty",
        "Shutterstock",
        "Reuters",
        "AFP",
        "Associated Press",
        "EPA",
        "EFE",
        "Alamy",
        "PA Media",
        "PA Wire",
        "Bloomberg",
        "Anadolu",
        "Xinhua",
        "TASS",
        "Sipa",
        "Rex",
        "Corbis",
        "Pool",
        "Handout",
        "Courtesy of the family",
        "Photographs",
        "Image",
        "Picture",
        "Credit",
        "CNP",
    ],
    "_AGENCIES": [
        "Getty",
        "Shutterstock",
        "Reuters",
        "AFP",
        "AP Photo",
        "Associated Press",
        "EPA",
        "Alamy",
        "PA Media",
        "PA Wire",
        "Bloomberg",
        "Anadolu",
        "Xinhua",
        "Sipa",
        "Rex Features",
        "Corbis",
    ],
    "_CREDIT_LABEL": [
        "Photograph: Jo Bloggs",
        "Image: Jo Bloggs",
        "Picture: Jo Bloggs",
        "Credit: Jo Bloggs",
        "Source: Eastmere Courier",
        "Illustration: Jo Bloggs",
        "Photo by Jo Bloggs",
        "Photo credit Jo Bloggs",
    ],
    "_LABEL": [
        "Photograph: Jo Bloggs",
        "Image, Jo Bloggs",
        "Picture by Jo Bloggs",
        "Credit: Jo Bloggs",
        "Illustration: Jo Bloggs",
        "Image source, Jo Bloggs",
        "Photo credit: Jo Bloggs",
    ],
    "_CAPTION_LABEL": [
        "Media caption The ferry at dawn",
        "Image caption The ferry at dawn",
        "Photo caption The ferry at dawn",
        "Video caption The ferry at dawn",
        "Picture caption The ferry at dawn",
        "Caption: The ferry at dawn",
    ],
    "_GLUE": ["Jane DoeThe", "Jo DoeA man", 'Jane Doe"The', "AFPThe"],
}

PATTERN_CASES = [
    pytest.param(attr, span, id=f"{attr}:{getattr(cues, attr).pattern[span[0]:span[1]][:30]}")
    for attr in PATTERN_LINES
    for span in branches(getattr(cues, attr).pattern)
]


def test_every_pattern_with_alternatives_has_lines() -> None:
    """No module-level pattern with alternatives is left out of ``PATTERN_LINES``."""
    with_alternatives = {
        attr
        for attr, value in vars(cues).items()
        if isinstance(value, re.Pattern) and branches(value.pattern) and attr != "_BIO"
    }
    assert with_alternatives == set(PATTERN_LINES)


@pytest.mark.parametrize(("attr", "span"), PATTERN_CASES)
def test_every_alternative_of_a_pattern_has_a_line_only_it_matches(attr: str, span: tuple[int, int]) -> None:
    pattern: re.Pattern[str] = getattr(cues, attr)
    reduced = re.compile(without(pattern.pattern, span), pattern.flags)
    lines = PATTERN_LINES[attr]
    assert any(pattern.search(x) and not reduced.search(x) for x in lines), (
        f"no test line of {attr} needs the alternative {pattern.pattern[span[0]:span[1]]!r}"
    )


#: Small character classes whose members are alternatives too: (pattern attribute or cue name,
#: the class as written, lines). Removing any one member must make one of the lines stop matching.
CLASS_LINES: list[tuple[str, str, list[str]]] = [
    ("_SEPARATOR", "[|•·›»>/]", [f"Home {c} Harbour" for c in "|•·›»>/"]),
    ("_DATED", "[:.]", ["By Ana Ruiz, 9:30", "By Ana Ruiz, 9.30"]),
    ("_LABEL", "[:,]", ["Image: Jo Bloggs", "Image, Jo Bloggs"]),
    ("_GLUE", "[\\\"“‘'«„]", [f"Jane Doe{q}The" for q in "\"“‘'«„"]),
    ("byline", "[|,•·–-]", [f"By Ana Ruiz {c} Harbour desk" for c in "|,•·–-"]),
    ("read-more", "[:|>]", ["Related: Pier", "Related | Pier", "Related > Pier"]),
    ("timestamp", "[/.]", ["3/4/2025", "3.4.2025"]),
]


def _pattern_named(name: str) -> re.Pattern[str]:
    if name.startswith("_"):
        return getattr(cues, name)
    return next(p for n, _, _, p in cues._CUE_PATTERNS if n == name)


@pytest.mark.parametrize(("name", "klass", "lines"), CLASS_LINES, ids=[c[0] for c in CLASS_LINES])
def test_every_member_of_a_small_class_has_a_line_only_it_matches(name: str, klass: str, lines: list[str]) -> None:
    pattern = _pattern_named(name)
    assert pattern.pattern.count(klass) >= 1, f"{klass} is no longer in {name}"
    members = re.findall(r"\\.|[^\\]", klass[1:-1])
    for member in members:
        rest = klass[1:-1].replace(member, "", 1)
        reduced = re.compile(pattern.pattern.replace(klass, f"[{rest}]"), pattern.flags)
        assert any(pattern.search(x) and not reduced.search(x) for x in lines), (
            f"no test line of {name} needs {member!r} in {klass}"
        )


@pytest.mark.parametrize("name", sorted(cues._NEEDS))
def test_every_needed_word_of_a_cue_has_a_line_that_only_it_lets_through(name: str) -> None:
    """``_NEEDS`` lets a cue's pattern run only when one of its words is in the line: a word that
    no line needs could be deleted unnoticed, and one too many would hide a cue."""
    needs = cues._NEEDS[name]
    lines = lines_for(name)
    for word in needs:
        own = [
            x for x in lines if word in x.lower() and not any(w in x.lower() for w in needs if w != word)
        ]
        assert any(name in [c.name for c in cues.find_cues(x)] for x in own), f"no line of {name} needs {word!r}"
