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
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from ..errors import ConfigError
from ..text.furniture import CONTENT_CUES, PROMPT_CUES, Cue, dominant_script, find_cues, is_headline_shaped
from ..text.segment import Segmentation

__all__ = ["Body", "Chrome", "LeftOut", "find_body", "furniture_left_out"]

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
    first, last = _main_run(bodies, cues, first, last)

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

    def text(self, i: int) -> str:
        return self._bodies[i]

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

#: A paragraph of prose has at least this many words and a sentence end (or twice as many words).
_PROSE_WORDS = 12
#: A line of page furniture (a menu item, a headline, a share button) has at most this many words.
_FURNITURE_WORDS = 10
#: This many furniture-shaped lines with no prose between them separate the page's blocks.
_BREAK_LINES = 4
#: A run of this many furniture lines is a hard break: no article holds one.
_HARD_BREAK = 8
#: ... or this many at the very start or end of the text, where a page has its navigation and footer.
_EDGE_BREAK = 5
#: Prose beyond a hard break that the main run holds this many times over is not the article's,
#: when this many furniture lines stand between it and the run.
_LONG_BREAK = 16
_MINOR_PROSE = 8
#: Cues that close an article: a run of furniture lines with one of them is a hard break.
_CLOSING = frozenset({"comment-prompt", "share-prompt", "subscribe-prompt", "copyright", "author-bio", "read-more", "button-prompt"})
#: Digits or a colon: a table cell, a field of a form or a header, not a menu item.
_TABLE_CELL = re.compile(r"\d|\w:\s")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-+*•·–])\s")
#: Letters of scripts written without spaces: about two of them make a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _words(body: str) -> int:
    """How many words ``body`` holds, counting two letters of Chinese or Japanese as one."""
    return len(_WORD.findall(body)) + len(_UNSPACED.findall(body)) // 2
_CODE = re.compile(r"[{}();=<>\[\]]|^\W*$")
_ENDS_WITH_STOP = re.compile(r"[.!?…:;,][\"'”’»)\]]*\s*$")
#: A line of at least this many words that ends like a sentence is one.
_SENTENCE_WORDS = 6
_ENDS_SENTENCE = re.compile(r"\w[\"'”’»)\]]*[.!?…][\"'”’»)\]]*\s*$")
_HAS_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?:\s|$)|[。！？]")


def _shape(body: str, cues: tuple[Cue, ...]) -> str:
    """``prose``, ``furniture`` (a short line shaped like a menu item, a headline, a button or a
    prompt) or ``neutral`` (short sentences, code, symbols: they neither make nor break a run)."""
    words = _words(body)
    if any(c.strength == "strong" and c.name not in CONTENT_CUES for c in cues):
        return "furniture" if words <= _MAX_INLINE_WORDS else "neutral"
    if words >= 2 * _PROSE_WORDS or (words >= _PROSE_WORDS and _HAS_SENTENCE_END.search(body)):
        if _is_list_line(body, words):
            return "neutral"
        return "prose"
    if (
        words <= _FURNITURE_WORDS
        and not _ENDS_WITH_STOP.search(body)
        and not _CODE.search(body)
        and not _LIST_ITEM.match(body)
        and not _TABLE_CELL.search(body)
    ):
        return "furniture"
    return "neutral"


#: A long line with a comma for every this many words, and hardly a sentence end, is a list of
#: names or tags (who liked a post, a tag cloud), not prose ...
_LIST_WORDS_PER_COMMA = 3
#: ... at most one sentence end for this many words.
_LIST_WORDS_PER_END = 50


def _is_list_line(body: str, words: int) -> bool:
    """Whether ``body`` (of ``words`` words) is a list run together on one line: a separator for
    every few words and hardly a sentence end ("Ann, Bo, Cy, ... and Di liked this.")."""
    separators = body.count(",") + body.count(";") + body.count("|")
    if separators * _LIST_WORDS_PER_COMMA < words:
        return False
    return len(_HAS_SENTENCE_END.findall(body)) <= max(1, words // _LIST_WORDS_PER_END)


def _main_run(bodies: list[str], cues: _LazyCues, first: int, last: int) -> tuple[int, int]:
    """Narrow ``first..last`` to the main run of body paragraphs of a scraped page.

    A whole page's text is blocks of prose (the article, promos, comments) separated by runs of
    furniture-shaped lines (menus, title and byline rows, share rows, tag lists, comment forms).
    The article is the block with the most prose, joined with its neighbours across every run
    that an article may hold itself (a list of short items, a few subheadings); it ends at a hard
    break: :data:`_HARD_BREAK` furniture lines or more, or a run of :data:`_BREAK_LINES` with a cue
    that closes articles (a comment, share or sign-up prompt, a copyright line). What lies beyond a
    hard break is cut off only when it holds less prose than the run.
    """
    shapes = [_shape(bodies[i], cues[i]) for i in range(first, last)]
    n = len(shapes)
    # Blocks of paragraphs with prose, and the runs without prose between them.
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if shapes[i] != "prose":
            i += 1
            continue
        j = i
        while j < n and (shapes[j] == "prose" or not _is_run(shapes, cues, first, j)):
            j += 1
        blocks.append((i, j))
        i = j
    if len(blocks) < 1:
        return first, last

    def prose(block: tuple[int, int]) -> int:
        return sum(_words(bodies[first + k]) for k in range(*block) if shapes[k] == "prose")

    weights = [prose(b) for b in blocks]
    main = max(range(len(blocks)), key=lambda k: (weights[k], -k))
    lo = hi = main
    while lo > 0 and not _hard(shapes, cues, first, blocks[lo - 1][1], blocks[lo][0]):
        lo -= 1
    while hi < len(blocks) - 1 and not _hard(shapes, cues, first, blocks[hi][1], blocks[hi + 1][0]):
        hi += 1
    inside = sum(weights[lo : hi + 1])
    if sum(weights) - inside >= inside:
        return first, last
    run_start, run_end = blocks[lo][0], blocks[hi][1]
    # A page starts with its navigation and ends with its footer: the text must start (end) with
    # furniture lines before its first (after its last) prose paragraph for its head (tail) to be
    # cut, and the run must be bounded there by a hard break.
    # A little prose beyond a long stretch of furniture (a cookie notice or a site's tagline before
    # the menus, a comment among the footer's links) is no sign of an article either: it is cut
    # off with the furniture when the run holds many times more prose.
    minor_head = sum(weights[:lo]) * _MINOR_PROSE <= inside and _furniture_lines(shapes, 0, run_start) >= _LONG_BREAK
    minor_tail = (
        sum(weights[hi + 1 :]) * _MINOR_PROSE <= inside and _furniture_lines(shapes, run_end, n) >= _LONG_BREAK
    )
    new_first, new_last = first, last
    if (
        run_start
        and (first > 0 or _furniture_lines(shapes, 0, blocks[0][0]) >= _BREAK_LINES or minor_head)
        and _hard(shapes, cues, first, blocks[lo - 1][1] if lo else 0, run_start)
    ):
        new_first = first + run_start
    if (
        run_end < n
        and (last < len(bodies) or _furniture_lines(shapes, blocks[-1][1], n) >= _BREAK_LINES or minor_tail)
        and _hard(shapes, cues, first, run_end, blocks[hi + 1][0] if hi + 1 < len(blocks) else n)
    ):
        new_last = first + run_end
    return new_first, new_last


def _furniture_lines(shapes: list[str], start: int, end: int) -> int:
    return sum(s == "furniture" for s in shapes[start:end])


def _is_run(shapes: list[str], cues: _LazyCues, first: int, at: int) -> bool:
    """Whether a run of non-prose lines starts at ``at`` that holds :data:`_BREAK_LINES` furniture
    lines. A sentence right after prose ("She will be back next week.") ends the block: no run
    starts there. (A line of a few words, "Posted by Ann Lee.", is as often the page's sign-off.)"""
    if shapes[at] == "neutral" and at and shapes[at - 1] == "prose":
        line = cues.text(first + at)
        if _words(line) >= _SENTENCE_WORDS and _ENDS_SENTENCE.search(line):
            return False
    count = 0
    for k in range(at, len(shapes)):
        if shapes[k] == "prose":
            break
        count += shapes[k] == "furniture"
        if count >= _BREAK_LINES:
            return True
    return False


def _hard(shapes: list[str], cues: _LazyCues, first: int, start: int, end: int) -> bool:
    """Whether the lines ``start..end`` (relative to ``first``) include a hard break: a run of
    furniture lines no article holds. Either it has a cue that closes articles, or
    :data:`_HARD_BREAK` of its lines are menu items (see :func:`_menu_item`): an article's own
    lists are written in sentence case ("Planter saucer, small dish")."""
    count = menu = 0
    closing = False
    run = start
    for k in range(start, end + 1):
        if k == end or shapes[k] == "prose":
            # A run at the very start or end of the text is the page's own navigation or footer.
            edge = run == 0 or k == len(shapes)
            if closing and count >= _BREAK_LINES or menu >= (_EDGE_BREAK if edge else _HARD_BREAK):
                return True
            count = menu = 0
            closing = False
            run = k + 1
            continue
        if shapes[k] == "furniture":
            count += 1
            menu += _menu_item(cues.text(first + k))
        closing = closing or any(c.strength == "strong" and c.name in _CLOSING for c in cues[first + k])
    return False


def _menu_item(line: str) -> bool:
    """A line shaped like an item of a menu, a share row or a tag list: one or two words, or
    every longer word capitalised ("Renew Your Membership", "Privacy & Technology")."""
    words = _WORD.findall(line)
    return len(words) <= 2 or all(w[:1].isupper() or len(w) < 4 for w in words)


@dataclass(frozen=True, slots=True)
class LeftOut:
    """Paragraphs of the body that a copy leaves out and that are the page's furniture, not the
    article's: by their shape (short lines, prompts, bylines, menus) and by where the copy stops
    and starts (at a break of furniture lines, not in the middle of prose)."""

    header: tuple[int, ...] = ()
    footer: tuple[int, ...] = ()
    inline: tuple[int, ...] = ()

    def __contains__(self, paragraph: object) -> bool:
        return paragraph in self.header or paragraph in self.footer or paragraph in self.inline


#: Lines with furniture's shape or cues that make a break where a copy may start or stop.
_BREAK_FURNITURE = 2
#: ... or this many furniture-shaped lines without a cue.
_BREAK_SHAPES = 4


def furniture_left_out(
    seg: Segmentation, body: Body, carried: Collection[int], *, also: Collection[int] = ()
) -> LeftOut:
    """The body paragraphs that a copy carrying the original paragraphs ``carried`` leaves out as
    the page's furniture rather than as the article's text.

    Body detection is blind to the copy; a copy shows where the article starts and ends. When
    the original is a whole scraped page, what the copy leaves out before its first carried
    paragraph (after its last) is the page around the article if it *meets* the copy at a break:
    lines shaped like furniture (a menu, a title and byline row, a share row, a list of related
    headlines), not prose. A copy that stops in the middle of prose is cut short, whatever
    follows. Between carried paragraphs, a run of furniture lines with no prose (a caption row, a
    share row) is left out the same way. A single short line with no cue (a subheading) is never
    furniture by this rule: a copy that drops it may have lost a heading of the article.

    ``also`` are paragraphs set aside as furniture that the copy carries as the article's text
    (word for word, at their place): they count as body here, so that a body found in the wrong
    block of the page is left out where the copy's article ends.

    >>> from textguard.text.segment import segment
    >>> text = "Home\\nNews\\nBy Ann Lee | 3 May 2024\\nThe council met on Monday.\\nShare this"
    >>> seg = segment(text)
    >>> b = Body(0, len(text), (0, 1, 2, 3, 4), ())
    >>> furniture_left_out(seg, b, {3})
    LeftOut(header=(0, 1, 2), footer=(4,), inline=())
    """
    paras = seg.paragraphs
    own = {i for i in body.paragraphs if _WORD.search(seg.text, paras[i].start, paras[i].end)}
    own_and_carried = own | set(also)
    kept = sorted(i for i in own_and_carried if i in carried or i in also)
    if not kept:
        return LeftOut()
    # Furniture set aside by body detection ("Advertisement", a share row, a menu) is evidence of
    # a break too, though the copy is never asked for it.
    inside = {c.paragraph: c.cues for c in body.chrome if c.paragraph not in also}
    members = sorted(own_and_carried | inside.keys())
    texts = {i: seg.text[seg.paragraphs[i].start : seg.paragraphs[i].end] for i in members}
    cues = {i: inside[i] if i in inside else find_cues(texts[i], script=body.script) for i in members}
    kinds = {i: "furniture" if i in inside else _line_kind(texts[i], cues[i]) for i in members}
    carried_words = sum(_words(texts[i]) for i in kept)

    def prose_words(lines: Sequence[int]) -> int:
        return sum(_words(texts[i]) for i in lines if kinds[i] == "prose")

    head = [i for i in members if i < kept[0]]
    tail = [i for i in members if i > kept[-1]]
    header: tuple[int, ...] = ()
    footer: tuple[int, ...] = ()
    if head:
        # The lines right before the copy's first paragraph, back to the last line of prose.
        k = len(head)
        while k and kinds[head[k - 1]] != "prose":
            k -= 1
        lead = head[k:]
        title = is_headline_shaped(texts[kept[0]]) and kinds[kept[0]] != "prose"
        if _is_break(lead, kinds, cues, texts, whole=not k, title=title, head=True) and (
            prose_words(head) < carried_words or _closes(lead, cues, texts)
        ):
            header = tuple(head)
    if tail:
        k = 0
        while k < len(tail) and kinds[tail[k]] != "prose":
            k += 1
        lead = tail[:k]
        if _is_break(lead, kinds, cues, texts, whole=k == len(tail), title=False) and (
            prose_words(tail) < carried_words or _closes(lead, cues, texts)
        ):
            footer = tuple(tail)
    inline: list[int] = []
    run: list[int] = []
    for i in members:
        if i <= kept[0] or i >= kept[-1]:
            continue
        if i not in carried and kinds[i] != "prose":
            run.append(i)
            continue
        if run and i in carried and _is_inline_break(run, kinds, cues):
            inline.extend(run)
        run = []
    return LeftOut(
        tuple(i for i in header if i in own),
        tuple(i for i in footer if i in own),
        tuple(i for i in inline if i in own),
    )


def _line_kind(body: str, cues: tuple[Cue, ...]) -> str:
    """``prose`` (article text), ``furniture`` (shaped like it, or with a cue of it) or
    ``neutral`` (a short sentence, code, a list item). A paragraph of prose is furniture only
    with a strong cue of its own (a bio, a prompt), not with a hint (a handle, a list of words)."""
    shape = _shape(body, cues)
    if shape == "prose":
        strong = any(
            c.strength == "strong" and c.name not in CONTENT_CUES or c.name in _ABOUT_WRITER for c in cues
        )
        return "furniture" if strong else "prose"
    if shape == "furniture" or any(c.name not in CONTENT_CUES for c in cues):
        return "furniture"
    return shape


#: Cues about the writer (a bio, a byline): a paragraph of prose with one is about the article.
_ABOUT_WRITER = frozenset({"author-bio", "byline"})
#: Cues of furniture that closes an article: past a line with one of them, a page may hold more
#: prose than the article (comments, a live blog, teasers). Markers that stand inside articles
#: ("Advertisement", "Read more: <a headline>", a caption's credit) are not among them; a
#: related-content heading on its own ("Related coverage", "More from us") is.
_CLOSES_ARTICLE = frozenset(
    {
        "comment-prompt",
        "share-prompt",
        "subscribe-prompt",
        "copyright",
        "author-bio",
        "button-prompt",
        "navigation",
    }
)
#: Cues that stand inside articles as well as around them: no break where a copy may start.
_INSIDE_TOO = CONTENT_CUES | {"advertisement", "credit", "read-more"}
#: A related-content prompt this short (words) is a heading over a list, not a link in the text.
_HEADING_PROMPT_WORDS = 4


def _is_break(
    lines: Sequence[int],
    kinds: dict[int, str],
    cues: dict[int, tuple[Cue, ...]],
    texts: dict[int, str],
    *,
    whole: bool,
    title: bool,
    head: bool = False,
) -> bool:
    """Whether ``lines`` (no prose among them) are a break in the page where a copy may start or
    stop. When they are all the copy leaves out at that end (``whole``): a line with a strong cue
    of furniture, two furniture lines, or any short lines before a copy that starts with a title
    (``title``). When prose lies beyond them: a cue that closes articles (a share, comment or
    sign-up prompt, a copyright line, an author's bio, a menu, a related-content heading), before
    the copy's start (``head``) a byline or any strong cue but those that stand inside articles too, or
    :data:`_BREAK_SHAPES` furniture lines of which :data:`_BREAK_FURNITURE` have a cue: an
    article's own list of names has none."""
    if not lines:
        return False
    furniture = [i for i in lines if kinds[i] == "furniture"]
    names = {c.name for i in lines for c in cues[i] if c.strength == "strong"}
    # Sentences of the article's own between the copy's end and the furniture ("Fixed a bug in
    # the search bar (bug 12)."): the copy was cut before them. A byline or a prompt is short.
    # (Before the copy's start, such a line is more often the article's title or standfirst.)
    for i in () if head else lines:
        if kinds[i] == "furniture":
            break
        if _words(texts[i]) > _FURNITURE_WORDS:
            return False
    if whole:
        return bool(names - CONTENT_CUES) or len(furniture) >= _BREAK_FURNITURE or title
    if _closes(lines, cues, texts) or head and names - _INSIDE_TOO:
        return True
    if head and any(c.name == "byline" for i in lines for c in cues[i]):
        # A byline right before the copy's start heads the article: what stands before it (a
        # standfirst, a summary, the page's teasers) is the copy's to leave out.
        return True
    cued = sum(1 for i in furniture if any(c.name not in CONTENT_CUES for c in cues[i]))
    return len(furniture) >= _BREAK_SHAPES and cued >= _BREAK_FURNITURE


def _is_inline_break(lines: Sequence[int], kinds: dict[int, str], cues: dict[int, tuple[Cue, ...]]) -> bool:
    """Whether ``lines`` between two carried paragraphs are the page's furniture: a line with a
    strong cue of it, or two furniture lines one of which has a cue. A heading the copy drops
    (one line, or a title broken over two) has none."""
    if any(c.strength == "strong" and c.name not in CONTENT_CUES for i in lines for c in cues[i]):
        return True
    furniture = [i for i in lines if kinds[i] == "furniture"]
    cued = any(c.name not in CONTENT_CUES for i in furniture for c in cues[i])
    return len(furniture) >= _BREAK_FURNITURE and cued


def _closes(lines: Sequence[int], cues: dict[int, tuple[Cue, ...]], texts: dict[int, str]) -> bool:
    """Whether one of ``lines`` has a strong cue that closes articles (:data:`_CLOSES_ARTICLE`),
    or is a related-content heading standing alone ("Related coverage", "More from us")."""
    for i in lines:
        for c in cues[i]:
            if c.strength != "strong":
                continue
            if c.name in _CLOSES_ARTICLE:
                return True
            if c.name == "read-more" and _words(texts[i]) <= _HEADING_PROMPT_WORDS:
                return True
    return False


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
