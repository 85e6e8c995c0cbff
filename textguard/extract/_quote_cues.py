"""What a quotation is and who said it: its kind (speech or scare quote), its cue and speaker.

Read from the words right next to the marks (``"...," she said``, ``The council told us: "..."``),
apart from the scanner: the scanner finds where quotations are, this module reads what surrounds
one once it has ended.
"""

from __future__ import annotations

import re

from ._quotation import QuoteKind, strip_span
from ._quote_marks import ALL_MARKS, ALNUM, MARKS, SINGLE

__all__ = ["find_cue", "quote_kind"]

_TERMINAL = frozenset(".!?\u2026")


def quote_kind(text: str, parts: list[tuple[int, int]], max_words: int, *, attributed: bool) -> QuoteKind:
    """Scare quotes and titles: a few words that do not end a sentence and nobody is said to
    have said; or a title-cased phrase. Everything else is speech."""
    last = text[parts[-1][1] - 1]
    if attributed or last in _TERMINAL:
        return "speech"
    if sum(e - s for s, e in parts) > 40 * max_words:  # too long for a few words: no need to count
        return "speech"
    words = [w for s, e in parts for w in text[s:e].split() if ALNUM.search(w)]
    if len(words) <= max_words:
        return "scare"
    titled = all(w[0].isupper() or len(w) <= 3 for w in words) and not any(w.endswith(",") for w in words)
    return "scare" if titled and len(words) <= 4 * max_words else "speech"


#: Verbs that attribute a quotation ("according" counts with a "to" after it).
_VERBS = frozenset(
    {
        "said", "says", "say", "told", "tells", "added", "adds", "declared", "declares",
        "believes", "believed", "argued", "argues", "warned", "warns", "asked", "asks",
        "explained", "explains", "wrote", "writes", "stated", "states", "insisted", "insists",
        "replied", "replies", "noted", "notes", "claimed", "claims", "announced", "announces",
        "admitted", "admits", "recalled", "recalls", "continued", "concluded", "suggested",
        "suggests", "remarked", "observed", "commented", "cautioned", "responded", "according",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_TO = re.compile(r"\s+to\b", re.IGNORECASE)
# Characters an attribution does not run over: sentence ends, brackets, double marks.
_STOP = ".;:!?()\\[\\]" + "".join(c for c in MARKS if MARKS[c][0] != SINGLE)
_STOPS = re.compile(f"[{_STOP}]")
_PHRASE_END = re.compile(f"[,{_STOP}]")
_MAX_PHRASE = 80
# Between a verb before the opening mark and the mark: at most two words (an object: "told
# reporters") and a colon or comma.
_CUE_TAIL = re.compile(r"(?:\s+\w+){0,2}?\s*[:,]\s*\Z")
_LEADING_LINKS = re.compile(
    r"^(?:(?:when|as|and|but|then|after|while|because|if|so|since)\s+)+", re.IGNORECASE
)
_MAX_SPEAKER_WORDS = 16
_PAUSE = frozenset(",!?\u2014\u2013-")


def _verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the attributing verbs in ``text[start:end]`` (a scan of its words and a set
    lookup: several times faster than one regular expression of alternatives)."""
    found = []
    for m in _WORD.finditer(text, start, end):
        word = m.group().lower()
        if word in _VERBS:
            e = m.end()
            if word == "according":
                to = _TO.match(text, e, end)
                if to is None:
                    continue
                e = to.end()
            found.append((m.start(), e))
    return found


def find_cue(
    text: str, mark: int, lo: int, after: int, hi: int, end: int
) -> tuple[tuple[int, int] | None, str | None]:
    """The attribution next to the quotation from ``mark`` to ``after`` (its words end at ``end``),
    looked for from the start ``lo`` of the paragraph where it opens to the end ``hi`` of the one
    where it closes: ``(cue span, speaker)``, or ``(None, None)``."""
    # After the quotation, when it pauses rather than ends a sentence: "...," she said.
    last = text[max(mark, end - 4) : end].rstrip(ALL_MARKS)[-1:]
    if after < hi and (last in _PAUSE or text[after : after + 2].lstrip()[:1] in _PAUSE):
        limit = min(hi, after + 2 * _MAX_PHRASE)
        stop = _STOPS.search(text, after, limit)
        verbs = _verbs(text, after, stop.start() if stop else limit)
        if verbs:
            vs, ve = verbs[0]
            between = text[after:vs]
            lead = between.strip(" \t\r\n,\u2014\u2013-")
            if not lead:  # "...," said the minister
                stop = _PHRASE_END.search(text, ve, min(limit, ve + _MAX_PHRASE))
                phrase_end = stop.start() if stop else min(limit, ve + _MAX_PHRASE)
                return strip_span(text, vs, phrase_end), _speaker_after(text[ve:phrase_end])
            if len(lead.split()) <= _MAX_SPEAKER_WORDS:  # "...," the minister said
                return (after + between.index(lead), ve), lead
    # Before the quotation: She said: "..."
    window = max(lo, mark - 2 * _MAX_PHRASE)
    if text[window:mark].rstrip()[-1:] in (":", ","):
        verbs = _verbs(text, window, mark)
        tail = _CUE_TAIL.match(text, verbs[-1][1], mark) if verbs else None
        if tail is not None:
            vs = verbs[-1][0]
            clause = window
            for stop in _PHRASE_END.finditer(text, window, vs):
                clause = stop.end()
            raw = text[clause:vs]
            who = _LEADING_LINKS.sub("", raw.strip())
            if who and len(who.split()) <= _MAX_SPEAKER_WORDS:
                return (clause + raw.index(who), _cue_end(text, verbs[-1][1], mark)), who
    return None, None


def _cue_end(text: str, verb_end: int, mark: int) -> int:
    """The end of a cue before a quotation: after the verb and its object, before ':' or ','."""
    stretch = text[verb_end:mark].rstrip().rstrip(":,").rstrip()
    return verb_end + len(stretch)


def _speaker_after(phrase: str) -> str | None:
    """The speaker named after a verb: up to the last capitalised word when there is one
    ("tabloid Daily Planet recently" -> "tabloid Daily Planet")."""
    words = phrase.split()
    capitals = [k for k, w in enumerate(words) if w[:1].isupper()]
    if capitals:
        words = words[: capitals[-1] + 1]
    return " ".join(words) or None
