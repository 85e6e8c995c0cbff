"""Located defects planted into a real original (pure functions, seeded).

Each planter takes the original, a seeded ``random.Random`` and another article's text, and returns
a :class:`Mutation` (the copy, and where the defect is in the copy and in the original) or ``None``
when the original has no place for it (no quotation, no weekday, ...). :data:`ACCEPTABLE` is the one
table of which finding kinds, at which severity, count as finding each defect.

Furniture (headers, footers, photo credits) comes from ``textguard.testing.strategies``, drawn
through Hypothesis with a fixed seed (:func:`furniture_pool`), so the bench plants what the
property tests plant.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["ACCEPTABLE", "PLANTERS", "Acceptable", "Mutation", "furniture_pool", "plant"]

Site = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Mutation:
    """A copy with one planted defect. Sites are half-open ``(start, end)`` ranges; an empty range
    is a point (where something was cut out, or where the original has nothing)."""

    kind: str
    copy: str
    copy_sites: tuple[Site, ...]
    original_sites: tuple[Site, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Acceptable:
    """Which finding kinds find a defect, and the least severity that counts."""

    kinds: frozenset[str]
    severity: str = "warning"
    new_kinds: frozenset[str] = field(default_factory=frozenset)  # not in textguard yet (issue 14)


def _acc(*kinds: str, severity: str = "warning", new: tuple[str, ...] = ()) -> Acceptable:
    return Acceptable(frozenset(kinds), severity, frozenset(new))


#: defect kind -> the findings that count as finding it (on-site only). Kinds marked new do not
#: exist in textguard yet: those defects count as missed until they are implemented.
ACCEPTABLE: dict[str, Acceptable] = {
    "quote-word-changed": _acc("quote-altered"),
    "quote-made-indirect": _acc("quote-missing", "quote-altered"),
    "name-respelt": _acc("entity-altered", "entity-missing"),
    "org-word-swapped": _acc("entity-altered", "entity-missing"),
    # A figure inside a date or a clock time is the date check's (issue 14): "12 April" as "18 April".
    "figure-changed": _acc("number-altered", "number-missing", "date-altered", "date-missing"),
    "weekday-month-changed": _acc("date-altered"),
    "date-phrase-dropped": _acc("date-missing", "sentence-missing"),
    "not-added": _acc("meaning-flipped", severity="error"),
    "paragraph-deleted": _acc("paragraph-missing"),
    "sentence-dropped": _acc("sentence-missing"),
    "end-cut": _acc("truncated", "paragraph-missing"),
    "foreign-paragraph": _acc("content-added"),
    "header-prepended": _acc("stray-header"),
    "footer-appended": _acc("stray-footer"),
    "credit-glued": _acc("inline-credit"),
}

# --- text geometry ------------------------------------------------------------------------------

_PARA = re.compile(r"[^\n]*\S[^\n]*")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)][.!?])[\"\u201d\u2019)]?\s+(?=[\"\u201c\u2018]?[A-Z])")
_WORD = re.compile(r"[A-Za-z][a-z]+")
_QUOTE = re.compile(r"(\u201c)([^\u201c\u201d\n]{12,400}?)(\u201d)|(?<![\w])(\")([^\"\n]{12,400}?)(\")")


def paragraphs(text: str) -> list[Site]:
    """The ``(start, end)`` of every non-blank line, stripped."""
    out = []
    for m in _PARA.finditer(text):
        s, e = m.start(), m.end()
        while text[s].isspace():
            s += 1
        while text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def sentences(text: str, para: Site) -> list[Site]:
    """The sentences of one paragraph, split after ``.!?`` before a capital (abbreviations like
    ``Mr.`` split too: a dropped "sentence" is then a fragment, which is still a defect)."""
    start, end = para
    out, s = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((s, m.start() + len(m.group().rstrip())))
        s = m.end()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _choice(rng: random.Random, items: list):
    return items[rng.randrange(len(items))] if items else None


def _quotations(text: str) -> list[tuple[Site, Site]]:
    """(whole quotation with marks, inside) for quotations of four words or more."""
    out = []
    for m in _QUOTE.finditer(text):
        g = 2 if m.group(2) is not None else 5
        if len(m.group(g).split()) >= 4:
            out.append(((m.start(), m.end()), (m.start(g), m.end(g))))
    return out


def _in_any(pos: int, sites: list[Site]) -> bool:
    return any(a <= pos < b for a, b in sites)


# --- planters -----------------------------------------------------------------------------------

Planter = Callable[[str, random.Random, str], "Mutation | None"]

_SUBSTITUTES = ("certainly", "never", "always", "completely", "nearly", "simply", "openly", "rarely")


def quote_word_changed(text: str, rng: random.Random, other: str) -> Mutation | None:
    """One word (four letters or more, not the first) inside a quotation replaced by another."""
    spots = []
    for _, (a, b) in _quotations(text):
        spots += [m for m in _WORD.finditer(text, a, b) if len(m.group()) >= 4 and m.start() > a and m.group().islower()]
    m = _choice(rng, spots)
    if m is None:
        return None
    new = _choice(rng, [w for w in _SUBSTITUTES if w != m.group()])
    copy = _replace(text, m.start(), m.end(), new)
    return Mutation("quote-word-changed", copy, ((m.start(), m.start() + len(new)),), ((m.start(), m.end()),), f"{m.group()!r} -> {new!r}")


def quote_made_indirect(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A quotation's marks removed, ``said: "..."`` turned into ``said that ...``."""
    q = _choice(rng, _quotations(text))
    if q is None:
        return None
    (qa, qb), (ia, ib) = q
    inner = text[ia:ib]
    lead = re.search(r":\s*$", text[max(0, qa - 3) : qa])
    if lead:
        start = max(0, qa - 3) + lead.start()
        new = " that " + inner[:1].lower() + inner[1:]
    else:
        start, new = qa, inner
    copy = _replace(text, start, qb, new)
    return Mutation("quote-made-indirect", copy, ((start, start + len(new)),), ((start, qb),), f"quotation of {len(inner.split())} words unquoted")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CAPITAL_WORD = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z]{4,}(?![\w'\u2019-])")

# Transliteration-style respellings: (pattern inside the name, replacement).
_RESPELLINGS: tuple[tuple[str, str], ...] = (
    ("ph", "f"), ("k", "c"), ("c", "k"), ("v", "w"), ("w", "v"), ("y", "i"), ("i", "y"),
    ("ll", "l"), ("ss", "s"), ("tt", "t"), ("nn", "n"), ("l", "ll"), ("s", "ss"), ("t", "tt"), ("n", "nn"),
)


def respell(name: str, rng: random.Random) -> str | None:
    """``name`` respelt the way transliterations differ (ph/f, k/c, v/w, i/y, a doubled or undoubled
    letter), never at its first letter; ``None`` when no rule applies.

    >>> sorted({respell("Mikhail", random.Random(seed)) for seed in range(60)})
    ['Michail', 'Mikhaill', 'Mikhayl', 'Mykhail']
    """
    options = []
    for old, new in _RESPELLINGS:
        for m in re.finditer(re.escape(old), name[1:]):
            at = m.start() + 1
            candidate = name[:at] + new + name[at + len(old) :]
            # "l" -> "ll" only where the letter is not doubled already: never undo another rule.
            if candidate != name and not (len(new) > len(old) and name[at + len(old) : at + len(old) + 1] == old):
                options.append(candidate)
    return _choice(rng, sorted(set(options)))


def _proper_names(text: str) -> list[str]:
    """Capitalised words that never appear in lower case and are not at a sentence start, months
    or weekdays: names, as far as the words alone tell."""
    lower = set(re.findall(r"\b[a-z]+\b", text))
    counts: dict[str, int] = {}
    for m in _CAPITAL_WORD.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        word = m.group()
        if word.lower() in lower or word in _MONTHS or word in _WEEKDAYS:
            continue
        if not before or before[-1] == "\n" or re.search(r"[.!?\"\u201c:]\s?$", before):
            continue
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))


def name_respelt(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A proper name respelt the same way at every occurrence (the most frequent names first)."""
    for name in _proper_names(text)[:8]:
        new = respell(name, rng)
        if new is None:
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        originals = [(m.start(), m.end()) for m in pattern.finditer(text)]
        copy = pattern.sub(new, text)
        shift, copies = 0, []
        for a, b in originals:
            copies.append((a + shift, a + shift + len(new)))
            shift += len(new) - (b - a)
        return Mutation("name-respelt", copy, tuple(copies), tuple(originals), f"{name!r} -> {new!r} x{len(originals)}")
    return None


_ORG_HEADS = (
    "Council|Trust|Association|University|Institute|Department|Ministry|Agency|Company|Corporation|"
    "Party|Committee|Commission|Foundation|Bank|Service|Office|Board|Authority|College|School|Society|"
    "Union|Court|Police|Group|Center|Centre|Museum|Hospital|Network|Organization|Organisation|Academy|"
    "Federation|Administration|Bureau|Laboratory|Laboratories|Press|Times|Journal|Post|Review|Club|League"
)
_ORG = re.compile(
    rf"(?<![\w-])(?:[A-Z][a-z]+|[A-Z]{{2,}})(?:\s+(?:of|for|and|the|on)?\s*(?:[A-Z][a-z]+|[A-Z]{{2,}}))*\s+(?:{_ORG_HEADS})\b"
    rf"|(?<![\w-])(?:{_ORG_HEADS})\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
)
_NOT_NAME_WORDS = frozenset("The This That These Those Your Our Their His Her Its My We You An Mr Mrs Ms Dr".split())
_ORG_SWAPS = ("National", "Royal", "Central", "Northern", "General", "Federal", "Western", "Regional")


def org_word_swapped(text: str, rng: random.Random, other: str) -> Mutation | None:
    """One capitalised word of a multi-word organisation name replaced by another (one occurrence)."""
    spots = []
    for m in _ORG.finditer(text):
        words = [w for w in re.finditer(r"[A-Z][a-z]+", m.group()) if w.group() not in _ORG_HEADS.split("|") and w.group() not in _NOT_NAME_WORDS]
        spots += [(m.start() + w.start(), m.start() + w.end(), w.group()) for w in words]
    spot = _choice(rng, spots)
    if spot is None:
        return None
    a, b, word = spot
    new = _choice(rng, [w for w in _ORG_SWAPS if w != word])
    copy = _replace(text, a, b, new)
    return Mutation("org-word-swapped", copy, ((a, a + len(new)),), ((a, b),), f"{word!r} -> {new!r}")


_FIGURE = re.compile(r"(?<![\w.,/-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w/-]|[.,]\d)")


def figure_changed(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A figure (not a year, not in a URL) with its last digit changed."""
    spots = [m for m in _FIGURE.finditer(text) if not re.fullmatch(r"(19|20)\d\d", m.group()) and m.group() != "0"]
    m = _choice(rng, spots)
    if m is None:
        return None
    value = m.group()
    last = int(value[-1])
    new = value[:-1] + str((last + rng.randint(1, 8)) % 10)
    if len(new) > 1 and new[0] == "0" and new[1] != ".":
        return None
    copy = _replace(text, m.start(), m.end(), new)
    return Mutation("figure-changed", copy, ((m.start(), m.start() + len(new)),), ((m.start(), m.end()),), f"{value!r} -> {new!r}")


_CALENDAR = re.compile(
    rf"\b(?:{'|'.join(_WEEKDAYS)})\b|\b(?:{'|'.join(m for m in _MONTHS if m != 'May')})\b"
    r"|(?<=\bin )May\b|\bMay(?= \d)|(?<=\d )May\b"
)


def weekday_month_changed(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A weekday or month name replaced by another of its kind ("May" only where it is a date)."""
    m = _choice(rng, list(_CALENDAR.finditer(text)))
    if m is None:
        return None
    names = _WEEKDAYS if m.group() in _WEEKDAYS else _MONTHS
    new = _choice(rng, [n for n in names if n != m.group()])
    copy = _replace(text, m.start(), m.end(), new)
    return Mutation("weekday-month-changed", copy, ((m.start(), m.start() + len(new)),), ((m.start(), m.end()),), f"{m.group()!r} -> {new!r}")


_MONTH_RE = "|".join(_MONTHS)
_DATE_PHRASE = re.compile(
    rf",? (?:on|by|until|since|from|in|last|next|this|early|late)? ?"
    rf"(?:(?:{'|'.join(_WEEKDAYS)})(?:,? (?:\d{{1,2}} )?(?:{_MONTH_RE})(?: \d{{1,2}})?)?|\d{{1,2}} (?:{_MONTH_RE})|(?:{_MONTH_RE}) \d{{1,2}}(?:st|nd|rd|th)?)"
    rf"(?:,? (?:19|20)\d\d)?,?(?= )"
    rf"|,? (?:in|since|by|until) (?:{_MONTH_RE}) (?:19|20)\d\d,?(?= )"
    rf"|,? (?:yesterday|last (?:week|month|year|night))(?=[ .,])"
)


def date_phrase_dropped(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A date phrase ("on Tuesday", "in March 2021", ", 14 June,") dropped from its sentence."""
    spots = [m for m in _DATE_PHRASE.finditer(text) if m.group().strip(" ,")]
    m = _choice(rng, spots)
    if m is None:
        return None
    a, b = m.start(), m.end()
    keep = "," if m.group().startswith(",") and m.group().endswith(",") else ""
    copy = _replace(text, a, b, keep)
    return Mutation("date-phrase-dropped", copy, ((a, a + len(keep)),), ((a, b),), f"dropped {m.group().strip()!r}")


_AUX = re.compile(r"\b(is|are|was|were|will|would|could|should|can|has|have|had|must|might)(\s+)(?!not\b|never\b|no\b)([a-z]{3,})\b")


def not_added(text: str, rng: random.Random, other: str) -> Mutation | None:
    """``not`` added after an auxiliary, outside quotations ("it will close" -> "it will not close")."""
    quoted = [site for site, _ in _quotations(text)]
    spots = [m for m in _AUX.finditer(text) if not _in_any(m.start(), quoted)]
    m = _choice(rng, spots)
    if m is None:
        return None
    at = m.end(1)
    copy = _replace(text, at, at, " not")
    return Mutation("not-added", copy, ((m.start(), at + 4 + len(m.group(2)) + len(m.group(3))),), ((m.start(), m.end()),), f"{m.group(1)} -> {m.group(1)} not")


def _long_paragraphs(text: str, words: int = 8) -> list[Site]:
    return [p for p in paragraphs(text) if len(text[p[0] : p[1]].split()) >= words]


def _delete_line(text: str, a: int, b: int) -> tuple[str, int]:
    """Delete ``text[a:b]`` with the line break after it; return the copy and the cut point."""
    end = b
    while end < len(text) and text[end] in " \t\r\n":
        end += 1
    return text[:a] + text[end:], a


def paragraph_deleted(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A middle paragraph (eight words or more, not the first or last) deleted."""
    paras = paragraphs(text)
    middle = [p for p in _long_paragraphs(text) if p != paras[0] and p != paras[-1]]
    p = _choice(rng, middle)
    if p is None:
        return None
    copy, at = _delete_line(text, *p)
    return Mutation("paragraph-deleted", copy, ((at, at),), (p,), f"paragraph of {len(text[p[0]:p[1]].split())} words")


def sentence_dropped(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A middle sentence dropped from a paragraph of three sentences or more."""
    spots = []
    for p in paragraphs(text):
        sents = sentences(text, p)
        if len(sents) >= 3:
            spots += [s for s in sents[1:-1] if len(text[s[0] : s[1]].split()) >= 4]
    s = _choice(rng, spots)
    if s is None:
        return None
    a, b = s
    end = b
    while end < len(text) and text[end] == " ":
        end += 1
    copy = text[:a] + text[end:]
    return Mutation("sentence-dropped", copy, ((a, a),), (s,), f"sentence of {len(text[a:b].split())} words")


def end_cut(text: str, rng: random.Random, other: str) -> Mutation | None:
    """The text cut at a sentence end between 60% and 85% of its length."""
    ends = [s[1] for p in paragraphs(text) for s in sentences(text, p)]
    cuts = [e for e in ends if 0.6 * len(text) <= e <= 0.85 * len(text)]
    cut = _choice(rng, cuts)
    if cut is None or len(text[cut:].split()) < 15:
        return None
    copy = text[:cut] + "\n"
    return Mutation("end-cut", copy, ((cut, cut + 1),), ((cut, len(text.rstrip())),), f"cut the last {len(text[cut:].split())} words")


def foreign_paragraph(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A paragraph (fifteen words or more) of another article inserted between two paragraphs."""
    paras = paragraphs(text)
    foreign = _choice(rng, _long_paragraphs(other, 15))
    if foreign is None or len(paras) < 3:
        return None
    after = _choice(rng, paras[:-1])
    inserted = other[foreign[0] : foreign[1]]
    at = after[1]
    copy = text[:at] + "\n" + inserted + text[at:]
    return Mutation("foreign-paragraph", copy, ((at + 1, at + 1 + len(inserted)),), ((at, at),), f"{len(inserted.split())} words")


def header_prepended(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A block of page furniture (``strategies.stray_headers``) before the article."""
    header = _choice(rng, furniture_pool("headers"))
    return Mutation("header-prepended", header + "\n" + text, ((0, len(header)),), ((0, 0),), repr(header))


def footer_appended(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A block of page furniture (``strategies.stray_footers``) after the article."""
    footer = _choice(rng, furniture_pool("footers"))
    body = text.rstrip("\n")
    end = len(text.rstrip())
    return Mutation("footer-appended", body + "\n" + footer + "\n", ((len(body) + 1, len(body) + 1 + len(footer)),), ((end, end),), repr(footer))


_GLUABLE = re.compile(r"[A-Z][a-z]|[\"\u201c\u2018][A-Z]")


def credit_glued(text: str, rng: random.Random, other: str) -> Mutation | None:
    """A photo credit (``strategies.photo_credits``) glued to the start of a paragraph that starts
    with a capitalised word and runs on for five words or more (as ``strategies.glued_credits``)."""
    starts = [a for a, b in paragraphs(text)[1:] if _GLUABLE.match(text, a) and len(text[a:b].split()) >= 5]
    at = _choice(rng, starts)
    if at is None:
        return None
    credit = _choice(rng, furniture_pool("credits"))
    copy = text[:at] + credit + text[at:]
    return Mutation("credit-glued", copy, ((at, at + len(credit)),), ((at, at),), repr(credit))


#: defect kind -> planter, in the order reports list them.
PLANTERS: dict[str, Planter] = {
    "quote-word-changed": quote_word_changed,
    "quote-made-indirect": quote_made_indirect,
    "name-respelt": name_respelt,
    "org-word-swapped": org_word_swapped,
    "figure-changed": figure_changed,
    "weekday-month-changed": weekday_month_changed,
    "date-phrase-dropped": date_phrase_dropped,
    "not-added": not_added,
    "paragraph-deleted": paragraph_deleted,
    "sentence-dropped": sentence_dropped,
    "end-cut": end_cut,
    "foreign-paragraph": foreign_paragraph,
    "header-prepended": header_prepended,
    "footer-appended": footer_appended,
    "credit-glued": credit_glued,
}
assert PLANTERS.keys() == ACCEPTABLE.keys()


def plant(kind: str, text: str, seed: int, other: str) -> Mutation | None:
    """Plant one defect of ``kind`` in ``text``, seeded; ``None`` when the text has no place for it."""
    return PLANTERS[kind](text, random.Random(seed), other)


@lru_cache(maxsize=None)
def furniture_pool(which: str, size: int = 200) -> tuple[str, ...]:
    """Distinct examples of a furniture strategy, drawn by Hypothesis with a fixed seed (the same
    on every run): ``headers``, ``footers`` or ``credits``."""
    from hypothesis import HealthCheck, Phase, given, settings

    from textguard.testing.strategies import photo_credits, stray_footers, stray_headers

    strategy = {"headers": stray_headers, "footers": stray_footers, "credits": photo_credits}[which]()
    drawn: list[str] = []

    @settings(
        max_examples=size, derandomize=True, database=None, deadline=None,
        phases=[Phase.generate], suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(example: str) -> None:
        drawn.append(example)

    collect()
    return tuple(dict.fromkeys(drawn))
