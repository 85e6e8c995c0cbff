"""Structural checks: stray headers and footers, glued credits, truncation, missing and added text.

They all read the alignment the same way: a copy paragraph with no counterpart in the original
body is *unmatched*. Unmatched paragraphs before the first matched one are the copy's header,
after the last one its footer, in between they are additions. What an unmatched paragraph *is*
decides how bad it is:

- the original's own furniture carried into the copy (its listen prompt, its promo), or a
  paragraph with a strong cue (timestamp, comment counter, share prompt, URL, author bio, text in
  another script): an **error**;
- a headline or a subheading, which publishers add all the time: **info**;
- anything else (unexplained prose, a line repeated, a dangling fragment): a **warning**, for a
  person to look at.

Original paragraphs with no counterpart are ``paragraph-missing``, unless they are the end of the
article, which makes the copy ``truncated``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from ..engine.body import Chrome, LeftOut, furniture_left_out
from ..engine.context import CheckContext
from ..findings import Finding, Severity, Span
from ..registry import Check, Kind
from ..text.furniture import (
    CONTENT_CUES,
    PROMPT_CUES,
    Cue,
    credit_prefix_length,
    find_cues,
    is_headline_shaped,
)
from ..text.segment import Paragraph, Segmentation

__all__ = ["CHECK", "check_structure"]

#: Similarity (0-100) from which a copy paragraph is the original's furniture carried over.
_CARRIED = 62.0
#: An original paragraph shorter than this (in words) missing from the copy is only a warning.
_SHORT_PARAGRAPH_WORDS = 8
_WORD = re.compile(r"\w+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_NOT_SPACE = re.compile(r"\S")
#: Characters trimmed from the ends of a word before it is looked for in the original.
_NOT_WORD = "\"'“”‘’„‚«»‹›()[]{}.,;:!?…"


def _excerpt(text: str, limit: int = 60) -> str:
    """Like :func:`textguard.findings.excerpt`, but never leaving a space before the ellipsis.
    (Kept apart so that structural messages, and the snapshots quoting them, stay as they are.)"""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Where a glued credit may start inside a paragraph: after a sentence end, space or no space.
_AFTER_SENTENCE = re.compile(r"[.!?][\"”’']?\s*(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class _Unmatched:
    index: int
    paragraph: Paragraph
    text: str
    region: str  # "header", "middle" or "footer"


def check_structure(ctx: CheckContext) -> list[Finding]:
    """Every structural finding of the copy, unordered."""
    findings: list[Finding | None] = []
    copy_paras = ctx.copy.paragraphs
    matched = sorted(ctx.matched_copy_paragraphs)

    if not matched:
        findings.append(_nothing_matched(ctx))
        return [f for f in findings if f is not None]

    first, last = matched[0], matched[-1]
    unmatched = [
        _Unmatched(
            j,
            p,
            ctx.copy.text[p.start : p.end],
            "header" if j < first else "footer" if j > last else "middle",
        )
        for j, p in enumerate(copy_paras)
        if j not in ctx.matched_copy_paragraphs
    ]
    script = ctx.body.script
    copy_keys = [_key(ctx.copy.text[p.start : p.end]) for p in copy_paras]
    chrome_keys = [_key(ctx.original.text[c.start : c.end]) for c in ctx.body.chrome]
    # The copy reproduces the whole page when it has every furniture line of the original as a
    # paragraph of its own, or when it has the original's words and nothing else, in another
    # layout (lines joined, split or re-wrapped: layout alone never makes a finding).
    original_words = _words_of(ctx.original.text)
    full_page = bool(chrome_keys) and (
        set(chrome_keys) <= set(copy_keys) or _words_of(ctx.copy.text) == original_words
    )
    if not full_page:
        original_words = ""
    seen: dict[str, int] = {}
    for j in matched:
        seen.setdefault(copy_keys[j], j)
    # A line the original itself has as often as the copy ("*", "Share", "}") is no repeat.
    in_original = Counter(_key(ctx.original.text[p.start : p.end]) for p in ctx.original.paragraphs)
    in_copy = Counter(copy_keys)
    seen.update({k: -1 for k, n in in_copy.items() if 2 <= n <= in_original[k]})
    page: list[tuple[_Unmatched, Chrome]] = []  # the page's own furniture, reproduced unchanged
    in_place = _in_place(ctx, copy_keys)
    carries: dict[int, Chrome | None] = {}  # the original's furniture each unmatched line carries
    kept: set[int] = set()  # the original's furniture paragraphs the copy carries, in any form
    placed: set[int] = set()  # copy paragraphs that are the original's lines at their place
    for u in unmatched:
        if not _LETTER_OR_DIGIT.search(u.text):
            continue  # a separator or stray marks: no word, nothing added
        if _kept_in_place(ctx, in_place.get(u.index), u.region):
            kept.add(in_place[u.index])
            placed.add(u.index)
            continue
        carried = carries[u.index] = _carried_chrome(ctx, copy_keys[u.index], chrome_keys)
        if carried is not None:
            kept.add(carried.paragraph)
    carried_lines = frozenset(in_place.values())
    left = furniture_left_out(
        ctx.original,
        ctx.body,
        ctx.matched_original_paragraphs | carried_lines,
        also={i for i in carried_lines if i in kept},
    )
    # Short of the whole page, the copy may be the page but for local changes (a line altered or
    # left out, the end cut away): its furniture carried word for word is then the page's too.
    chrome_set = set(chrome_keys)
    key_of = {c.paragraph: k for c, k in zip(ctx.body.chrome, chrome_keys)}
    carried_keys = {key_of[c.paragraph] for c in carries.values() if c is not None}
    local_page = full_page or _reproduces_page(ctx, copy_keys, chrome_keys, carried_keys, in_place, left)
    titles = _title_lines(ctx)
    anchors = _anchors(matched, in_place, carries, copy_keys, chrome_set)
    for u in unmatched:
        if u.index in placed:
            seen.setdefault(copy_keys[u.index], u.index)
        if u.index not in carries:
            continue  # no word (nothing added), or the original's line at its place
        carried = carries[u.index]
        if carried is not None and (full_page or (local_page and copy_keys[u.index] in chrome_set)):
            page.append((u, carried))
        elif full_page and _has_run(original_words, copy_keys[u.index]):
            pass  # a piece of the original's page, cut where the copy's lines break: nothing added
        else:
            found = _classify(
                ctx,
                u,
                copy_keys[u.index],
                chrome_keys,
                script=script,
                seen=seen,
                carried=carried,
                title=carried is not None and carried.paragraph in titles,
                anchored=anchors[0] < u.index < anchors[1],
            )
            findings.append(_promoted(ctx, u, found, script=script))
        seen.setdefault(copy_keys[u.index], u.index)
    findings.extend(_reproduced_page(ctx, page, unchanged=full_page))
    findings.extend(_furniture_left_out(ctx, kept))
    findings.extend(_page_lines_left_out(ctx, left))

    sources = _sources(ctx)
    for j in matched:
        findings.extend(_glued_credits(ctx, copy_paras[j], sources))
    findings.extend(_added_sentences(ctx, original_words))

    findings.extend(_missing(ctx, left_out=left, in_place=carried_lines, carried=kept | carried_lines))
    return [f for f in findings if f is not None]


def _key(text: str) -> str:
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:  # a line of symbols ("}", "* * *") is its own key
        return "".join(text.split())
    return " ".join(w.casefold() for w in words)


def _words_of(text: str) -> str:
    """The words of ``text`` as one :func:`_key`, padded with spaces for :func:`_has_run`."""
    return f" {_key(text)} "


def _has_run(words: str, key: str) -> bool:
    """Whether the words of ``key`` (a :func:`_key` with words) stand in a row in ``words``
    (from :func:`_words_of`). Words, not lines: a copy may join, split or re-wrap the lines of
    what it carries, and it still carries the same text."""
    return bool(key) and _WORD.search(key) is not None and f" {key} " in words


def _nothing_matched(ctx: CheckContext) -> Finding | None:
    body = ctx.original_span(ctx.body.start, ctx.body.end)
    if not _LETTER_OR_DIGIT.search(body.text):
        # Nothing to reproduce (no word: empty, or marks only): a copy without a word is faithful,
        # anything else was added.
        if not _LETTER_OR_DIGIT.search(ctx.copy.text):
            return None
        # ... and a copy of the original's own page, furniture and all, added nothing either.
        seg = ctx.original
        page = {_key(seg.text[q.start : q.end]) for q in seg.paragraphs}
        if all(_key(ctx.copy.text[q.start : q.end]) in page for q in ctx.copy.paragraphs):
            return None
        first, last = ctx.copy.paragraphs[0], ctx.copy.paragraphs[-1]
        return ctx.finding(
            "content-added",
            Severity.WARNING,
            "the original has no text, but the copy has",
            copy=ctx.copy_span(first.start, last.end),
        )
    if not ctx.copy.text.strip():
        message = "the copy is empty"
    else:
        message = (
            "no paragraph of the copy has a counterpart in the original body: is it a copy of this article?"
        )
    return ctx.finding("truncated", Severity.ERROR, message, original=body if body.text else None)


def _carried_chrome(ctx: CheckContext, key: str, chrome_keys: list[str]) -> Chrome | None:
    """The furniture paragraph of the original that the copy paragraph ``key`` reproduces, if any.

    The copy is taken to reproduce the whole page (and its furniture is only info) when it carries
    *all* of the original's furniture unchanged: that is the scraped page itself, or a typographic
    variant of it, not a republication that picked up junk.
    """
    if not key:
        return None
    best: tuple[float, Chrome | None] = (0.0, None)
    for chrome, other in zip(ctx.body.chrome, chrome_keys):
        if not other or not 0.4 <= len(key) / len(other) <= 2.5:
            continue
        score = fuzz.ratio(key, other, score_cutoff=_CARRIED)
        if score > best[0]:
            best = (score, chrome)
    return best[1]


def _own_cues(chrome: Chrome) -> bool:
    """Whether furniture line ``chrome`` has a cue of its own (a prompt, a timestamp, a handle),
    not only its place (next to other furniture, outside a pinned body)."""
    return any(c.name != "pinned" for c in chrome.cues)


#: Furniture lines, with no cue of their own, that a copy of the page may leave out: one change
#: at one place (a line deleted), not a copy that picks what it keeps.
_LOCAL_CHANGES = 1


def _reproduces_page(
    ctx: CheckContext,
    copy_keys: list[str],
    chrome_keys: list[str],
    carried: set[str],
    in_place: dict[int, int],
    left: LeftOut,
) -> bool:
    """Whether the copy is the original's page, furniture and all, but for local changes.

    Every furniture line with a cue of its own must be in the copy (as a line of its own, word
    for word or altered (``carried``: the keys of the lines the copy carries), at its place
    (``in_place``), or, from
    :data:`_PLACED_WORDS` words on, as words in a row of the copy), unless it lies where the copy
    was cut away: past the last line the copy has from the original with a body paragraph missing
    in between (the copy stops early), or before the first one likewise; a body paragraph that
    the copy leaves out as the page's furniture (``left``, see
    :func:`textguard.engine.body.furniture_left_out`) makes no cut. Of the lines that stand out
    only by their place, :data:`_LOCAL_CHANGES` may be missing. Leaving out one line, or altering
    lines, changes the page at its places, and does not make the rest of its furniture junk the
    copy picked up; a copy that picks furniture out of the page (keeps a byline, drops the prompt
    next to it, keeps the prompts and drops the lines around them) leaves out more.
    """
    seg, chrome = ctx.original, ctx.body.chrome
    keys = set(copy_keys) | carried
    have = set(in_place.values()) | {c.paragraph for c, k in zip(chrome, chrome_keys) if k in keys}
    if not have:
        return False
    held = ctx.matched_original_paragraphs | have
    first, last = min(held), max(held)
    body = [i for i in ctx.body.paragraphs if _has_word(seg, i)]
    # The body paragraphs nearest to the copy's first and last lines that it does not have. A
    # copy that leaves them out as the page's furniture (``left``) stopped where the article
    # did, not early: the furniture beyond them is no part of a cut.
    before = max((i for i in body if i < first), default=-1)
    after = min((i for i in body if i > last), default=len(seg.paragraphs))
    before = -1 if before in left else before
    after = len(seg.paragraphs) if after in left else after
    copy_words = _words_of(ctx.copy.text)

    def present(c: Chrome, key: str) -> bool:
        # Words in a row prove a line present, not where (they may stand inside another line):
        # they count here, never for the copy's first and last lines above.
        return c.paragraph in have or (len(key.split()) >= _PLACED_WORDS and _has_run(copy_words, key))

    missing = 0
    for c, k in zip(chrome, chrome_keys):
        if c.paragraph < before or c.paragraph > after or present(c, k):
            continue
        if _own_cues(c):
            return False
        missing += 1  # a line that stands out only by its place
    return missing <= _LOCAL_CHANGES


#: A line that names the article has this many words or more ("LOCAL NEWS" is a section label).
_HEADLINE_WORDS = 4
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _title_lines(ctx: CheckContext) -> frozenset[int]:
    """The original's own headline, and the standfirst under it, among its header furniture.

    Going up from the body over the lines with cues of their own (an advertisement marker, a
    byline, a timestamp), the first line without one is the headline when it is headline-shaped
    (:data:`_HEADLINE_WORDS` words or more), or the standfirst when it ends as a sentence and the
    next such line up is the headline. A copy that keeps them keeps the article's own title, not
    the page around it (a masthead, a section label, a menu: they are above the title)."""
    seg = ctx.original
    found: list[int] = []
    for c in reversed([c for c in ctx.body.chrome if c.region == "header"]):
        text = seg.text[c.start : c.end]
        if not _has_word(seg, c.paragraph) or _own_cues(c):
            continue
        if is_headline_shaped(text):
            if len(_WORD.findall(text)) >= _HEADLINE_WORDS:
                return frozenset([*found, c.paragraph])
            break
        if found or not _ENDS_SENTENCE.search(text):
            break
        found.append(c.paragraph)
    return frozenset()


def _anchors(
    matched: list[int],
    in_place: dict[int, int],
    carries: dict[int, Chrome | None],
    copy_keys: list[str],
    chrome_keys: set[str],
) -> tuple[int, int]:
    """The first and last copy paragraphs that hold a line of the original as it stands there: a
    matched paragraph, a line at its place, a furniture line word for word."""
    held = [*matched, *in_place, *(j for j, c in carries.items() if c is not None and copy_keys[j] in chrome_keys)]
    return min(held), max(held)


#: A full stop inside a line, after a lower-case word and before a capital ("so far. Deep"); not
#: a question mark, which a headline may hold ("Who pays? The council, for now").
_SENTENCE_INSIDE = re.compile(r"([^\W\d_]{3,})\.[\"'”’)]?\s+[\"'“‘(]?[A-Z]")
#: A list item's marker: a bullet or a dash, then a space.
_LIST_MARKER = re.compile(r"\s*[*•·◦▪‣–—-]\s")


def _reads_as_text(line: str) -> bool:
    """Whether a line shaped like a heading (:func:`is_headline_shaped`: short, capitalised, no
    full stop at its end) is text all the same: a sentence ends inside it with a full stop and
    another starts ("... so far. Deep fakes are"), or it is an item of a list ("* Block numbers
    are ..."). No heading holds two sentences or starts with a bullet.

    >>> _reads_as_text("Nothing has changed so far. Deep fakes are still rare, experts")
    True
    >>> _reads_as_text("Mr. Smith goes to Washington"), _reads_as_text("What the trial means")
    (False, False)
    """
    if _LIST_MARKER.match(line):
        return True
    return any(m.group(1).islower() for m in _SENTENCE_INSIDE.finditer(line))


def _classify(
    ctx: CheckContext,
    u: _Unmatched,
    key: str,
    chrome_keys: list[str],
    *,
    script: str | None,
    seen: dict[str, int],
    carried: Chrome | None,
    title: bool = False,
    anchored: bool = False,
) -> Finding | None:
    """What the unmatched copy paragraph ``u`` is. ``title``: it carries the original's own
    headline or standfirst (:func:`_title_lines`); ``anchored``: the copy has lines of the
    original on both sides of it (:func:`_anchors`)."""
    span = ctx.copy_span(u.paragraph.start, u.paragraph.end)
    shown = _excerpt(u.text)
    where = {"header": "before the article", "footer": "after the article", "middle": "inside the article"}[
        u.region
    ]
    stray_kind = {"header": "stray-header", "footer": "stray-footer", "middle": "content-added"}[u.region]

    if carried is not None and title and u.region == "header":
        what = "headline" if is_headline_shaped(u.text) else "standfirst"
        return ctx.finding(
            stray_kind,
            Severity.INFO,
            f"the original's own {what}, kept {where}: '{shown}'",
            original=ctx.original_span(carried.start, carried.end),
            copy=span,
        )
    if carried is not None:
        return ctx.finding(
            stray_kind,
            Severity.ERROR if u.region != "middle" else Severity.WARNING,
            f"the original's page furniture ({carried.reason}) carried into the copy {where}: '{shown}'",
            original=ctx.original_span(carried.start, carried.end),
            copy=span,
        )

    cues = find_cues(u.text, script=script, extra=ctx.config.footer_regexes)
    strong = [c for c in cues if c.strength == "strong"]
    if u.region == "middle" and any(c.name == "credit" for c in cues):
        return ctx.finding(
            "inline-credit",
            Severity.WARNING,
            f"a photo credit or caption line inside the article: '{shown}'",
            copy=span,
        )
    if strong:
        return ctx.finding(stray_kind, Severity.ERROR, f"{_labels(strong)} {where}: '{shown}'", copy=span)
    if cues:
        return ctx.finding(stray_kind, Severity.WARNING, f"{_labels(cues)} {where}: '{shown}'", copy=span)

    earlier = seen.get(key)
    if earlier == -1:
        return None  # the original has this line as often as the copy: not added
    if earlier is not None and earlier != u.index:
        line = ctx.copy.text.count("\n", 0, ctx.copy.paragraphs[earlier].start) + 1
        return ctx.finding(
            stray_kind, Severity.WARNING, f"a repeat of line {line} {where}: '{shown}'", copy=span
        )
    if is_headline_shaped(u.text) and not _reads_as_text(u.text):
        if u.region == "footer":
            return ctx.finding(
                stray_kind,
                Severity.WARNING,
                f"a short line with no counterpart {where}: '{shown}'",
                copy=span,
            )
        what = "a headline" if u.region == "header" else "a subheading"
        return ctx.finding(stray_kind, Severity.INFO, f"{what} added {where}: '{shown}'", copy=span)
    if anchored and u.region != "middle":
        # Text between two lines the copy keeps from the original (its furniture, at its place):
        # inserted into the original's text, not picked up around it.
        return ctx.finding(
            "content-added",
            Severity.WARNING,
            f"text with no counterpart in the original, between lines of the original {where}: '{shown}'",
            copy=span,
        )
    return ctx.finding(
        stray_kind,
        Severity.WARNING,
        f"text with no counterpart in the original {where}: '{shown}'",
        copy=span,
    )


#: An offer: a price cut, a discount, something free.
_OFFER = re.compile(
    r"\b\d{1,3}(?:[.,]\d+)?\s?%\s+off\b|[£$€]\s?\d[\d,.]*\s+off\b|\bhalf[- ]price\b|\bdiscount(?:ed|s)?\b"
    r"|\bfree (?:delivery|shipping|trial|gift|entry)\b|\b(?:special|exclusive) offer\b",
    re.IGNORECASE,
)
#: A call to act on an offer: a code to quote, a purchase to make, terms that apply.
_CALL = re.compile(
    r"(?i:\b(?:promo(?:tional)?|discount|voucher|coupon|offer) codes?\b|\b(?:use|quote|enter) (?:the )?codes?\b"
    r"|\bwhen you (?:book|order|buy|shop|check out|sign up|subscribe)\b|\b(?:book|order|buy|shop) (?:now|today|online)\b"
    r"|\boffer (?:ends|expires|is valid|valid)\b|\bt(?:erms)? ?(?:&|and) ?c(?:onditions)?s? apply\b)"
    r"|\b[A-Z]{3,}\d{2,}\b"
)


def _promotes(text: str, *, script: str | None) -> str | None:
    """What makes ``text`` a promotion, or ``None``: a prompt (sign up, share, click, follow:
    furniture's prompt cues, in a paragraph of any length) or an offer with a call to act on it
    ("20% off ... quote SAVE20 when you book"). An article may report an offer; one that asks its
    reader to take it is advertising."""
    prompts = [c for c in find_cues(text, script=script) if c.name in PROMPT_CUES]
    if prompts:
        return _labels(prompts)
    if _OFFER.search(text) and _CALL.search(text):
        return "a promotion (an offer and a call to take it up)"
    return None


def _promoted(ctx: CheckContext, u: _Unmatched, found: Finding | None, *, script: str | None) -> Finding | None:
    """``found`` (what :func:`_classify` made of ``u``) as an error when ``u`` is a paragraph added
    inside the article that prompts or promotes: advertising slipped between paragraphs is never
    a rewording or a subheading a publisher may add, and the default gate must stop it."""
    if found is None or found.kind != "content-added" or u.region != "middle":
        return found
    what = _promotes(u.text, script=script)
    if what is None:
        return found
    return ctx.finding(
        "content-added",
        Severity.ERROR,
        f"{what} added inside the article: '{_excerpt(u.text)}'",
        copy=ctx.copy_span(u.paragraph.start, u.paragraph.end),
    )


def _reproduced_page(
    ctx: CheckContext, page: list[tuple[_Unmatched, Chrome]], *, unchanged: bool = True
) -> list[Finding | None]:
    """One ``info`` per run of the original's furniture that the copy reproduces unchanged.

    A copy that carries *all* of the original's furniture unchanged is the scraped page itself (or a
    typographic variant of it), not a republication that picked up junk: worth a note, not a failure.
    So is a copy that is the page but for local changes (:func:`_reproduces_page`; not
    ``unchanged``), which other findings report.
    """
    out: list[Finding | None] = []
    runs: list[list[tuple[_Unmatched, Chrome]]] = []
    for item in page:
        if runs and runs[-1][-1][0].index + 1 == item[0].index and runs[-1][-1][0].region == item[0].region:
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        (first, first_chrome), (last, last_chrome) = run[0], run[-1]
        kind = {"header": "stray-header", "footer": "stray-footer"}.get(first.region, "content-added")
        n = len(run)
        out.append(
            ctx.finding(
                kind,
                Severity.INFO,
                f"the copy reproduces the original page{' unchanged' if unchanged else ', changes aside'}, "
                f"with its {first.region} furniture "
                f"({n} paragraph{'s' if n != 1 else ''}, from '{_excerpt(first.text, 40)}')",
                original=ctx.original_span(
                    min(first_chrome.start, last_chrome.start), max(first_chrome.end, last_chrome.end)
                ),
                copy=ctx.copy_span(first.paragraph.start, last.paragraph.end),
            )
        )
    return out


#: From this many lines, the furniture at one end of the original is a page's (a menu, a footer
#: of links) and a copy that leaves all of it out gets a note; a byline or a prompt needs none.
_PAGE_FURNITURE_LINES = 8


def _furniture_left_out(ctx: CheckContext, carried: set[int]) -> list[Finding | None]:
    """One ``info`` for the original's leading (trailing) page furniture when the copy carries none
    of it: a copy is never asked to reproduce the page around the article."""
    out: list[Finding | None] = []
    for region, where in (("header", "before"), ("footer", "after")):
        lines = [c for c in ctx.body.chrome if c.region == region]
        if len(lines) < _PAGE_FURNITURE_LINES or any(c.paragraph in carried for c in lines):
            continue
        n = len(lines)
        out.append(
            ctx.finding(
                f"stray-{region}",
                Severity.INFO,
                f"the original's page furniture, not carried: {n} line{'s' if n != 1 else ''} {where} the "
                f"article, from '{_excerpt(ctx.original.text[lines[0].start : lines[0].end], 40)}'",
                original=ctx.original_span(lines[0].start, lines[-1].end),
            )
        )
    return out


def _page_lines_left_out(ctx: CheckContext, left: LeftOut) -> list[Finding | None]:
    """One ``info`` per run of body lines that the copy leaves out as the page's furniture (see
    :func:`textguard.engine.body.furniture_left_out`): a copy is never asked to carry them."""
    seg = ctx.original
    out: list[Finding | None] = []
    for lines, kind, where in (
        (left.header, "stray-header", "before the article"),
        (left.footer, "stray-footer", "after the article"),
        (left.inline, "content-added", "inside the article"),
    ):
        runs: list[list[int]] = []
        for i in lines:
            if runs and _next_in_body(ctx, runs[-1][-1]) == i:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            first, last = seg.paragraphs[run[0]], seg.paragraphs[run[-1]]
            n = len(run)
            out.append(
                ctx.finding(
                    kind,
                    Severity.INFO,
                    f"the original's page furniture, not carried: {n} line{'s' if n != 1 else ''} {where}, "
                    f"from '{_excerpt(seg.text[first.start : first.end], 40)}'",
                    original=ctx.original_span(first.start, last.end),
                )
            )
    return out


def _next_in_body(ctx: CheckContext, i: int) -> int | None:
    """The body paragraph after paragraph ``i`` (skipping furniture and lines without a word)."""
    for k in range(i + 1, len(ctx.original.paragraphs)):
        if ctx.body.contains(k) and _has_word(ctx.original, k):
            return k
    return None


def _in_place(ctx: CheckContext, copy_keys: list[str]) -> dict[int, int]:
    """Unmatched copy paragraphs that carry an original paragraph word for word *at its place*:
    in a run of paragraphs the two texts have in the same order (difflib's matching blocks over
    the paragraphs' words), of two paragraphs or more, or of one line of :data:`_PLACED_WORDS`
    words or more (a single short line, "Home" or "Share", proves no place). Alignment leaves
    some short lines without a counterpart; body detection sets aside some lines of the article
    (a link, a line of code, a caption, a whole block it took for another). A copy that has them
    where the original has them took them from the original's text."""
    seg = ctx.original
    aligned = ctx.matched_copy_paragraphs
    matched = ctx.matched_original_paragraphs
    okeys: list[str] = []
    for i, p in enumerate(seg.paragraphs):
        key = _key(seg.text[p.start : p.end]) if _has_word(seg, i) else ""
        okeys.append(key or f"\0o{i}")  # a line without a word matches nothing
    ckeys = [k if _LETTER_OR_DIGIT.search(k) else f"\0c{j}" for j, k in enumerate(copy_keys)]
    out: dict[int, int] = {}
    for block in SequenceMatcher(None, okeys, ckeys).get_matching_blocks():
        for k in range(block.size):
            i, j = block.a + k, block.b + k
            if j in aligned or i in matched or okeys[i].startswith("\0"):
                continue
            if block.size >= 2 or len(okeys[i].split()) >= _PLACED_WORDS:
                out[j] = i
    return out


#: A single line alone in its run is at its place from this many words on.
_PLACED_WORDS = 4


#: Cues that a line carried at its place is the page's furniture all the same: prompts, markers
#: and notices no article holds inside it ("Share this", "Advertisement", "3 min read").
_FURNITURE_INSIDE = PROMPT_CUES | {"advertisement"}


def _kept_in_place(ctx: CheckContext, i: int | None, region: str) -> bool:
    """Whether the copy carrying original paragraph ``i`` at its place took it from the article:
    a body paragraph, or furniture set aside by its position or by what it contains (a link, an
    address, code, words in another script). Headers and footers with cues of their own (a dated
    byline, a timestamp, a prompt, a breadcrumb trail, a copyright line) stay furniture; between
    two paragraphs the copy carries (where a copyright notice may be the article's), only prompts
    and markers do."""
    if i is None:
        return False
    if ctx.body.contains(i):
        return True
    chrome = next((c for c in ctx.body.chrome if c.paragraph == i), None)
    if chrome is None:
        return False
    strong = {c.name for c in chrome.cues if c.strength == "strong"}
    if region == "middle":
        return not strong & _FURNITURE_INSIDE
    return strong <= CONTENT_CUES


def _labels(cues: list[Cue]) -> str:
    return " and ".join(list(dict.fromkeys(c.label for c in cues))[:2])


#: How far into a sentence a glued credit is looked for (:func:`textguard.text.furniture.credit_prefix_length`
#: reads no further), so that a paragraph of many sentences costs no more than its length.
_CREDIT_WINDOW = 200


def _in_counterpart(ctx: CheckContext, sources: dict[int, list[int]], pos: int, needle: str) -> bool:
    """Whether ``needle`` (copy text at ``pos``) stands in the original sentences aligned with the
    copy sentence at ``pos``: a bounded search, whatever the length of the texts."""
    c = ctx.copy.sentence_at(pos)
    for i in sources.get(c, ()) if c is not None else ():
        sentence = ctx.original.sentences[i]
        if ctx.original.text.find(needle, sentence.start, sentence.end + len(needle)) >= 0:
            return True
    return False


def _sources(ctx: CheckContext) -> dict[int, list[int]]:
    """The original sentences aligned with each copy sentence."""
    out: dict[int, list[int]] = {}
    for i, m in ctx.alignment.matches.items():
        for c in range(m.copy_first, m.copy_last + 1):
            out.setdefault(c, []).append(i)
    return out


def _glued_credits(ctx: CheckContext, p: Paragraph, sources: dict[int, list[int]]) -> list[Finding | None]:
    """Photo credits glued into a matched paragraph: "Agency/NameThe text goes on"."""
    text = ctx.copy.text[p.start : p.end]
    starts = [0] + [m.end() for m in _AFTER_SENTENCE.finditer(text)]
    out: list[Finding | None] = []
    for s in starts:
        n = credit_prefix_length(text[s : s + _CREDIT_WINDOW], extra=ctx.config.credit_regexes)
        if not n or _written_so_in_original(ctx, text, s + n):
            continue
        credit = ctx.copy_span(p.start + s, p.start + s + n)
        if _in_counterpart(ctx, sources, p.start + s, text[s : s + n + 12]):
            continue  # glued in the original already, word for word: not the copy's doing
        after = _excerpt(text[s + n : s + n + _CREDIT_WINDOW], 30)
        out.append(
            ctx.finding(
                "inline-credit",
                Severity.ERROR,
                f"photo credit '{credit.text.strip()}' glued into the text before '{after}'",
                copy=credit,
            )
        )
    return out


_WORD_BEFORE = re.compile(r"\S{1,40}\Z")
_WORD_AFTER = re.compile(r"\S{1,40}")


def _written_so_in_original(ctx: CheckContext, text: str, at: int) -> bool:
    """Whether the word around the glue point ``at`` ("YouTube", "iPhone") stands in the original
    as the copy writes it: then the copy glued nothing to anything."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    after = _WORD_AFTER.match(text, at)
    if before is None or after is None:
        return False
    # Quote marks and punctuation around the word are the copy's typing ('“WebAPI/DataStore”,'
    # against '"WebAPI/DataStore",'), not part of what is glued.
    word = (before.group() + after.group()).strip(_NOT_WORD)
    return bool(word) and word in ctx.original.text


#: Sentences added inside a kept paragraph are reported from this many characters on.
_MIN_ADDED_CHARS = 60


def _added_sentences(ctx: CheckContext, page_words: str = "") -> list[Finding | None]:
    """``content-added`` for sentences with no counterpart inside a paragraph the copy kept ("the
    article twice in one paragraph"), when every sentence of the original paragraphs that went into
    that paragraph has its counterpart: then none of them can be a rewording of what is missing.

    ``page_words`` are the original's words (:func:`_words_of`) when the copy carries the whole
    page, furniture and all: sentences that stand there word for word are the page's furniture,
    joined to a paragraph by the copy's layout (a copy on one line), not added."""
    seg, copy = ctx.original, ctx.copy
    sources: dict[int, set[int]] = {}  # copy paragraph -> original paragraphs aligned into it
    for i, m in ctx.alignment.matches.items():
        for c in range(m.copy_first, m.copy_last + 1):
            sources.setdefault(copy.sentences[c].paragraph, set()).add(seg.sentences[i].paragraph)
    out: list[Finding | None] = []
    for j, paragraphs in sorted(sources.items()):
        p = copy.paragraphs[j]
        if any(
            k not in ctx.alignment.matches
            for o in paragraphs
            for k in range(
                seg.paragraphs[o].first_sentence,
                seg.paragraphs[o].first_sentence + seg.paragraphs[o].sentence_count,
            )
        ):
            continue
        run: list[int] = []
        for c in [*range(p.first_sentence, p.first_sentence + p.sentence_count), None]:
            if c is not None and c not in ctx.alignment.covered:
                run.append(c)
                continue
            start, end = (copy.sentences[run[0]].start, copy.sentences[run[-1]].end) if run else (0, 0)
            if end - start >= _MIN_ADDED_CHARS and not _has_run(page_words, _key(copy.text[start:end])):
                n = len(run)
                out.append(
                    ctx.finding(
                        "content-added",
                        Severity.WARNING,
                        f"{n} sentence{'s' if n != 1 else ''} with no counterpart in the original, inside a "
                        f"paragraph the copy kept: '{_excerpt(copy.text[start:end])}'",
                        copy=ctx.copy_span(start, end),
                    )
                )
            run = []
    return out


def _missing(
    ctx: CheckContext, *, left_out: Container[int] = (), in_place: Container[int] = (), carried: Container[int] = ()
) -> list[Finding | None]:
    """``truncated`` for a missing end of the body, ``paragraph-missing`` for the others.

    The page's furniture the copy leaves out (``left_out``) is no part of what it must carry, and
    lines it carries word for word at their place (``in_place``) are present. The missing end
    starts where the copy stops: inside the last paragraph it carries when the copy ends on the
    first sentences (or the first words) of that paragraph (:func:`_cut_inside`). A copy that goes
    on after a missing run with lines of the original that come after the body (``carried``: its
    footer furniture, a bio) did not stop early: that run is missing paragraphs."""
    seg = ctx.original
    # A paragraph without a word (a separator such as "* * *" or "___", control characters) says
    # nothing a copy could lose: it is never missing, and never the end of the article.
    body = [i for i in ctx.body.paragraphs if _has_word(seg, i) and i not in left_out]
    if not body:
        return []
    held = _held(ctx)
    present = [i for i in body if i in held or i in in_place]
    if not present:
        return []
    sizes = {i: seg.paragraphs[i].end - seg.paragraphs[i].start for i in body}
    total = sum(sizes.values()) or 1
    last = body.index(present[-1])
    tail = body[last + 1 :]
    cut = None if present[-1] in in_place else _cut_inside(ctx, present[-1])
    start = cut if cut is not None else seg.paragraphs[tail[0]].start if tail else None
    out: list[Finding | None] = []
    tail_chars = sum(sizes[i] for i in tail) + (seg.paragraphs[present[-1]].end - cut if cut is not None else 0)
    truncated = (
        start is not None
        and tail_chars > ctx.config.truncation_tolerance * total
        and not _carried_after(ctx, body[-1], carried)
    )
    if truncated:
        end = seg.paragraphs[tail[-1] if tail else present[-1]].end
        lost = len(tail) + (cut is not None)
        stop = _last_copy_paragraph(ctx)
        out.append(
            ctx.finding(
                "truncated",
                Severity.ERROR,
                f"the copy stops early: {_last_paragraphs(len(tail), cut is not None)} of the original "
                f"({round(100 * tail_chars / total)}% of the body) {'is' if lost == 1 else 'are'} "
                f"missing, from '{_excerpt(seg.text[start:end], 40)}'",
                original=ctx.original_span(start, end),
                copy=stop,
            )
        )
    checked = body[: last + 1] if truncated else body
    for i in checked:
        if i in held or i in in_place:
            continue
        p = seg.paragraphs[i]
        text = seg.text[p.start : p.end]
        words = len(_WORD.findall(text))
        severity = Severity.ERROR if words >= _SHORT_PARAGRAPH_WORDS else Severity.WARNING
        out.append(
            ctx.finding(
                "paragraph-missing",
                severity,
                f"paragraph of the original has no counterpart in the copy: '{_excerpt(text)}'",
                original=ctx.original_span(p.start, p.end),
            )
        )
    return out


def _held(ctx: CheckContext) -> frozenset[int]:
    """The original paragraphs the copy has: those with a sentence that has a counterpart, except
    a paragraph whose every counterpart is a repeat: a copy sentence that a sentence of the same
    words holds in another paragraph the copy has on its own ("Retrieved 26 April 2017." in two
    references, the copy keeping one of them). The alignment pairs such a repeat with the one
    occurrence the copy has, and the paragraph it came from would otherwise pass for kept."""
    seg, matches, keys = ctx.original, ctx.alignment.matches, ctx.original_tokens
    claims: dict[int, list[int]] = {}
    for k, m in matches.items():
        for c in range(m.copy_first, m.copy_last + 1):
            claims.setdefault(c, []).append(k)

    def words(k: int) -> tuple[str, ...]:
        s = seg.sentences[k]
        return tuple(keys.keys[j] for j in keys.between(s.start, s.end))

    def rivals(k: int) -> list[int]:
        """Sentences of other paragraphs, with the same words, that hold a copy sentence of ``k``."""
        m, here = matches[k], seg.sentences[k].paragraph
        return [
            r
            for c in range(m.copy_first, m.copy_last + 1)
            for r in claims[c]
            if seg.sentences[r].paragraph != here and words(r) == words(k)
        ]

    by_paragraph: dict[int, list[int]] = {}
    for k in matches:
        by_paragraph.setdefault(seg.sentences[k].paragraph, []).append(k)
    shared = {k: rivals(k) for k in matches if len(claims.get(matches[k].copy_first, ())) > 1}
    own = {p for p, ks in by_paragraph.items() if any(not shared.get(k) for k in ks)}
    return frozenset(
        p
        for p, ks in by_paragraph.items()
        if p in own or not all(any(seg.sentences[r].paragraph in own for r in shared.get(k, ())) for k in ks)
    )


def _carried_after(ctx: CheckContext, end: int, carried: Container[int]) -> bool:
    """Whether the copy carries a line of the original after body paragraph ``end`` (its footer:
    a bio, a sign-off): then the copy went on past the body's end."""
    return any(i in carried for i in range(end + 1, len(ctx.original.paragraphs)))


def _cut_inside(ctx: CheckContext, i: int) -> int | None:
    """Where the copy stops inside original paragraph ``i``, the last one it carries, or ``None``
    when it carries the paragraph to its end.

    The copy stops after the last sentence of ``i`` with a counterpart when that counterpart ends
    its copy paragraph (nothing follows it there: a rewording of what comes next would), and
    inside that sentence when the counterpart is its first words, word for word ("... said the
    council would")."""
    seg, matches = ctx.original, ctx.alignment.matches
    p = seg.paragraphs[i]
    kept = [k for k in range(p.first_sentence, p.first_sentence + p.sentence_count) if k in matches]
    if not kept:
        return None  # carried at its place without an alignment: whole
    k, m = kept[-1], matches[kept[-1]]
    if any(n.copy_last > m.copy_last for n in matches.values()):
        return None  # the copy goes on with a counterpart further down (a moved paragraph)
    copy_end = ctx.copy.sentences[m.copy_last].end
    copy_para = ctx.copy.paragraphs[ctx.copy.sentences[m.copy_last].paragraph]
    if _LETTER_OR_DIGIT.search(ctx.copy.text, copy_end, copy_para.end):
        return None
    cut = _prefix_end(ctx, k, ctx.copy.sentences[m.copy_first].start, copy_end) or seg.sentences[k].end
    if not _LETTER_OR_DIGIT.search(seg.text, cut, p.end):
        return None
    return _NOT_SPACE.search(seg.text, cut, p.end).start()  # type: ignore[union-attr]


def _prefix_end(ctx: CheckContext, k: int, start: int, end: int) -> int | None:
    """The end of the first words of original sentence ``k`` when the copy's ``[start, end)`` is
    exactly those words (and fewer than all of them): a sentence cut in its middle."""
    otoks, ctoks = ctx.original_tokens, ctx.copy_tokens
    sentence = ctx.original.sentences[k]
    words = otoks.between(sentence.start, sentence.end)
    there = ctoks.between(start, end)
    n = len(there)
    if not 0 < n < len(words):
        return None
    if any(otoks.keys[words[j]] != ctoks.keys[there[j]] for j in range(n)):
        return None
    return otoks.ends[words[n - 1]]


def _has_word(seg: Segmentation, i: int) -> bool:
    p = seg.paragraphs[i]
    return _LETTER_OR_DIGIT.search(seg.text, p.start, p.end) is not None


def _last_copy_paragraph(ctx: CheckContext) -> Span | None:
    """The last copy paragraph with a counterpart: where the copy stops."""
    matched = ctx.matched_copy_paragraphs
    if not matched:
        return None
    p = ctx.copy.paragraphs[max(matched)]
    return ctx.copy_span(p.start, p.end)


CHECK = Check(
    "structure",
    kinds=(
        Kind(
            "stray-header",
            Severity.ERROR,
            ("#ced4da", "#495057"),
            "text before the article body that is not part of the article (bylines, timestamps)",
        ),
        Kind(
            "stray-footer",
            Severity.ERROR,
            ("#bac8ff", "#4263eb"),
            "text after the body that is not part of it (comment counters, bios, promos, URLs)",
        ),
        Kind(
            "inline-credit",
            Severity.ERROR,
            ("#fcc2d7", "#d6336c"),
            "a photo caption or credit glued into the body",
        ),
        Kind(
            "truncated",
            Severity.ERROR,
            ("#d8f5a2", "#66a80f"),
            "the copy stops before the original's end",
            marks_gap=True,
        ),
        Kind(
            "paragraph-missing",
            Severity.ERROR,
            ("#ffec99", "#f08c00"),
            "a paragraph of the original body has no counterpart",
            marks_gap=True,
        ),
        Kind(
            "content-added",
            Severity.WARNING,
            ("#b2f2bb", "#2f9e44"),
            "body text with no counterpart in the original",
        ),
    ),
    run=check_structure,
)


def _last_paragraphs(n: int, partial: bool = False) -> str:
    """ "the last paragraph", "the last 3 paragraphs", "the end of a paragraph and the last 2
    paragraphs" (``partial``: the copy stopped inside the paragraph before them)."""
    whole = "the last paragraph" if n == 1 else f"the last {n} paragraphs"
    if not partial:
        return whole
    return "the end of the last paragraph" if n == 0 else f"the end of a paragraph and {whole}"
