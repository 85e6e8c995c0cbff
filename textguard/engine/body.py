"""Find the body of a scraped original: the article without its publisher's page furniture.

An original scraped from the web starts with furniture (a listen prompt, a byline, a timestamp)
and ends with more (a promo for the section, teasers of related articles, a copyright line).
Copies must be compared with the body only: they are never asked to reproduce the furniture, and
furniture they *do* carry is a finding.

The rules are general, and conservative:

- **Head**: leading paragraphs with a strong cue (:mod:`textguard.text.furniture`), a byline or a timestamp,
  and the short title-like lines around them, are the header.
- **Tail**: walking back from the end over short items, the footer starts at a paragraph with a
  strong cue that closes articles (a promo, a newsletter or share prompt, a copyright line) when
  the page ends in furniture or a list of teasers follows it: furniture comes as a list of short
  items, an article ends in prose. Markers that stand inside articles ("Advertisement", "Read
  more: ...") start a footer only when more furniture or a list follows.
- **Inside**: a short paragraph with a strong cue between body paragraphs is furniture too, but
  does not end the body.

Lines judged by their *position* (title-like lines in the head, teasers in the tail) are bounded:
at most a quarter of the text at the head and :data:`_MAX_FOOTER_SHARE` at the tail. A line with
a strong cue of its own is furniture wherever it stands, so cue patterns must be precise.

Where the rules are wrong, ``body_starts_with`` / ``body_ends_with`` (config, or ``[body]`` in
``article.toml``) pin the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..errors import ConfigError
from ..text.furniture import CONTENT_CUES, PROMPT_CUES, Cue, dominant_script, find_cues, is_headline_shaped
from ..text.segment import Segmentation

__all__ = ["Body", "Chrome", "find_body"]

Region = Literal["header", "footer", "inline"]

#: The header can hold at most this many paragraphs and this share of the text.
_MAX_HEADER_PARAGRAPHS = 6
_MAX_HEADER_SHARE = 0.25
#: The footer can hold at most this share of the text, and starts after this share of it.
_MAX_FOOTER_SHARE = 0.45
#: A footer item after the first strong cue is at most this long (characters) ...
_MAX_FOOTER_ITEM = 320
#: Furniture that closes an article, after which related-article teasers may follow.
_ENDS_ARTICLES = frozenset(
    {
        "copyright",
        "subscribe-prompt",
        "share-prompt",
        "comment-prompt",
        "button-prompt",
        "author-bio",
        "author-role",
        "configured",
        "handle",
        "url",
        "other-script",
    }
)
#: A list of this many short items after furniture is a list of teasers, not the article's end.
_MIN_TEASERS = 3
#: A paragraph inside the body is furniture only when it is this short (characters, words).
_MAX_INLINE_CHARS = 200
_MAX_INLINE_WORDS = 25
#: ... and a line with a weak cue right before the footer joins it when it has at most this many words.
_SHORT_ITEM_WORDS = 12
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Chrome:
    """A paragraph of the original that is page furniture, not article text."""

    paragraph: int
    start: int
    end: int
    region: Region
    cues: tuple[Cue, ...]

    @property
    def reason(self) -> str:
        return ", ".join(c.label for c in self.cues) if self.cues else "next to other page furniture"


@dataclass(frozen=True, slots=True)
class Body:
    """The body of the original: its span, its paragraphs and the furniture around it."""

    start: int
    end: int
    paragraphs: tuple[int, ...]
    chrome: tuple[Chrome, ...]
    pinned: bool = False
    #: The script most of the original is written in (see :func:`textguard.text.furniture.script_of`).
    script: str | None = None

    def contains(self, paragraph: int) -> bool:
        """True when paragraph number ``paragraph`` of the original is part of the body."""
        return paragraph in self.paragraphs


def find_body(
    seg: Segmentation,
    *,
    starts_with: str | None = None,
    ends_with: str | None = None,
    extra_patterns: Sequence[re.Pattern[str]] = (),
) -> Body:
    """Split the paragraphs of ``seg`` into body and furniture.

    >>> from textguard.text.segment import segment
    >>> text = "Listen to this article\\nThe council met.\\nIt agreed.\\n12 Comments"
    >>> b = find_body(segment(text))
    >>> text[b.start:b.end]
    'The council met.\\nIt agreed.'
    >>> [c.region for c in b.chrome]
    ['header', 'footer']
    """
    text = seg.text
    paras = seg.paragraphs
    if not paras:
        return Body(0, 0, (), ())
    if starts_with is not None or ends_with is not None:
        return _pinned_body(seg, starts_with, ends_with)

    bodies = [text[p.start : p.end] for p in paras]
    script = dominant_script(bodies)
    cues = _LazyCues(bodies, script, extra_patterns)
    strong = _Strong(cues)
    total = max(1, sum(len(b) for b in bodies))

    first = _header_end(bodies, cues, strong, total)
    last = _footer_start(bodies, cues, strong, total, first)
    if last <= first:  # everything looked like furniture: trust the text, not the rules
        first, last = 0, len(paras)

    chrome: list[Chrome] = []
    members: list[int] = []
    for i, p in enumerate(paras):
        if i < first:
            chrome.append(Chrome(i, p.start, p.end, "header", cues[i]))
        elif i >= last:
            chrome.append(Chrome(i, p.start, p.end, "footer", cues[i]))
        elif (
            len(bodies[i]) <= _MAX_INLINE_CHARS
            and _furniture_inside(cues[i])
            and len(_WORD.findall(bodies[i])) <= _MAX_INLINE_WORDS
        ):
            chrome.append(Chrome(i, p.start, p.end, "inline", cues[i]))
        else:
            members.append(i)
    if not members:
        members = list(range(first, last))
        chrome = [c for c in chrome if c.region != "inline"]
    # Furniture is named by where it stands: before the first body paragraph it is header.
    chrome = [
        c
        if c.region != "inline" or members[0] < c.paragraph < members[-1]
        else Chrome(c.paragraph, c.start, c.end, "header" if c.paragraph < members[0] else "footer", c.cues)
        for c in chrome
    ]
    return Body(paras[members[0]].start, paras[members[-1]].end, tuple(members), tuple(chrome), script=script)


def _furniture_inside(cues: tuple[Cue, ...]) -> bool:
    """Whether a short line between body paragraphs is furniture: a strong cue about what the line
    is for ("Advertisement", a caption's credit, "Read more: ..."), not merely about what it
    contains (a link, an address, a post or words in another script, which articles quote)."""
    return any(c.strength == "strong" and c.name not in CONTENT_CUES for c in cues)


class _LazyCues:
    """The cues of each paragraph, found on first use: most paragraphs never need them."""

    def __init__(self, bodies: list[str], script: str | None, extra: Sequence[re.Pattern[str]]) -> None:
        self._bodies = bodies
        self._script = script
        self._extra = extra
        self._cache: dict[int, tuple[Cue, ...]] = {}

    def __getitem__(self, i: int) -> tuple[Cue, ...]:
        found = self._cache.get(i)
        if found is None:
            found = self._cache[i] = find_cues(self._bodies[i], script=self._script, extra=self._extra)
        return found


class _Strong:
    def __init__(self, cues: _LazyCues) -> None:
        self._cues = cues

    def __getitem__(self, i: int) -> bool:
        return any(c.strength == "strong" for c in self._cues[i])


def _header_end(bodies: list[str], cues: _LazyCues, strong: _Strong, total: int) -> int:
    """Index of the first body paragraph: after the last header furniture line near the top."""
    end = 0
    size = 0
    for i, body in enumerate(bodies[:_MAX_HEADER_PARAGRAPHS]):
        size += len(body)
        if size > _MAX_HEADER_SHARE * total:
            break
        furniture = strong[i] or any(c.name in ("byline", "timestamp") for c in cues[i])
        if furniture:
            end = i + 1
        elif not is_headline_shaped(body):
            break
    return end


def _footer_start(bodies: list[str], cues: _LazyCues, strong: _Strong, total: int, first: int) -> int:
    """Index of the first footer paragraph (``len(bodies)`` when there is no footer).

    Walking back from the end over short items, the footer may start at a paragraph with a strong
    cue when only furniture follows it, or when it is the kind of furniture that ends an article
    (a promo, a newsletter or share prompt, a copyright line) and the page ends in furniture or a
    list of at least :data:`_MIN_TEASERS` items follows it. Markers that stand *inside* articles
    ("Advertisement", "Read more: ...") start a footer only before such a list or more furniture.
    """
    n = len(bodies)
    limit = _MAX_FOOTER_SHARE * total
    after = 0
    start = n
    plain = 0  # paragraphs without a strong cue after the current one
    prose = 0  # ... of which longer than a short item
    for i in range(n - 1, first, -1):
        after += len(bodies[i])
        if after > limit:
            break
        if strong[i]:
            names = {c.name for c in cues[i] if c.strength == "strong"}
            if names <= CONTENT_CUES and prose:
                # A link, an address or another script before prose is article text.
                continue
            if plain == 0 or plain >= _MIN_TEASERS or (names & _ENDS_ARTICLES and strong[n - 1]):
                start = i
            continue
        if plain >= _MIN_TEASERS and strong[n - 1] and any(c.name in PROMPT_CUES for c in cues[i]):
            # A paragraph with a prompt in it ("... click the button below"), however long, right
            # before a list of teasers on a page that ends in furniture: the publisher's promo.
            start = i
            continue
        if len(bodies[i]) > _MAX_FOOTER_ITEM or len(_SENTENCE_END.findall(bodies[i])) > 2:
            break
        plain += 1
        prose += len(_WORD.findall(bodies[i])) > _SHORT_ITEM_WORDS
    if start == n:
        return n
    # Short furniture-looking lines right before the footer (a "Related" heading, a byline) belong
    # to it too, within the same size limit; body prose does not.
    size = sum(len(b) for b in bodies[start:])
    while (
        start - 1 > first and cues[start - 1] and len(_WORD.findall(bodies[start - 1])) <= _SHORT_ITEM_WORDS
    ):
        size += len(bodies[start - 1])
        if size > limit:
            break
        start -= 1
    return start


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_PINNED = (Cue("pinned", "strong", "outside the pinned body"),)


def _pinned_body(seg: Segmentation, starts_with: str | None, ends_with: str | None) -> Body:
    text = seg.text
    start = 0
    if starts_with is not None:
        start = _find(text, starts_with, 0, "body_starts_with")
    end = len(text)
    if ends_with is not None:
        end = _find(text, ends_with, start, "body_ends_with") + len(ends_with)
    members = tuple(i for i, p in enumerate(seg.paragraphs) if p.end > start and p.start < end)
    script = dominant_script(text[p.start : p.end] for p in seg.paragraphs)
    chrome = tuple(
        Chrome(
            i,
            p.start,
            p.end,
            "header" if p.end <= start else "footer",
            find_cues(text[p.start : p.end], script=script) or _PINNED,
        )
        for i, p in enumerate(seg.paragraphs)
        if i not in members
    )
    if not members:
        raise ConfigError("the pinned body (body_starts_with / body_ends_with) holds no paragraph")
    first, last = seg.paragraphs[members[0]], seg.paragraphs[members[-1]]
    return Body(max(start, first.start), min(end, last.end), members, chrome, pinned=True, script=script)


def _find(text: str, needle: str, start: int, key: str) -> int:
    at = text.find(needle, start)
    if at < 0:
        raise ConfigError(f"{key}: the text {needle[:60]!r} does not occur in the original")
    return at
