"""Hypothesis strategies for fuzzing text pipelines built on textguard.

Why: a check is only trustworthy if harmless differences between an original and its copy
(curly quotes, NBSP, CRLF, decomposed accents, re-wrapped lines...) never produce findings.
These strategies *build* plausible news prose and harmless variants of it, so a property test
can state "every benign variant of every article normalizes to the same text".

Sizes count structural units, never characters: ``sentences`` counts words, ``paragraphs``
counts sentences, ``articles`` counts paragraphs. Every strategy builds valid values directly;
none filters or calls ``assume``, so they stay fast and shrink well.

Each benign transform is a pure function ``(text, seed) -> str`` listed in
:data:`BENIGN_TRANSFORMS`; the seed picks which places to change, so a failure can be replayed
with the transform's name and seed (both are shown through :func:`hypothesis.note`).

The harmful side, for fuzzing a pipeline's clean-up: :func:`stray_headers` and
:func:`stray_footers` (blocks of page furniture, one item per line), :func:`photo_credits` and
:func:`glued_credits` (a credit glued to the start of a paragraph, as scrapers leave captions),
and :func:`entity_misspellings` (a name with letters swapped, dropped, doubled or replaced).
Building blocks: :func:`names`, :func:`figures` and :func:`quotations`.

A property test of a pipeline (``my_pipeline`` turns a scraped page into the copy to publish)::

    from hypothesis import given
    from textguard.testing import assert_no_stray_footer
    from textguard.testing.strategies import articles, stray_footers

    @given(article=articles(min_size=2), footer=stray_footers())
    def test_footers_never_reach_the_copy(article, footer):
        assert_no_stray_footer(article, my_pipeline(article + "\n" + footer))
"""

from __future__ import annotations

import random
import re
import textwrap
import unicodedata
from collections.abc import Callable, Sequence

from hypothesis import note
from hypothesis import strategies as st

__all__ = [
    "BENIGN_TRANSFORMS",
    "BenignTransform",
    "add_blank_lines",
    "add_trailing_spaces",
    "apply_benign_transforms",
    "articles",
    "benign_variants",
    "curl_quotes",
    "decompose_unicode",
    "entity_misspellings",
    "figures",
    "glued_credits",
    "insert_invisibles",
    "names",
    "paragraphs",
    "photo_credits",
    "quotations",
    "rewrap_lines",
    "sentences",
    "stray_footers",
    "stray_headers",
    "use_cr_line_endings",
    "use_crlf_line_endings",
    "use_nbsp",
    "vary_dashes",
    "words",
]

# --- a small built-in vocabulary ---------------------------------------------------------------

_WORDS: tuple[str, ...] = (
    "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "from", "after", "before",
    "and", "but", "or", "not", "no", "that", "this", "these", "its", "their", "his", "her",
    "is", "was", "are", "were", "will", "would", "could", "has", "had", "have", "said", "says",
    "told", "reported", "announced", "denied", "agreed", "warned", "visited", "signed", "won",
    "lost", "rose", "fell", "government", "minister", "president", "council", "company",
    "market", "prices", "talks", "deal", "vote", "report", "city", "country", "border",
    "police", "court", "election", "parliament", "budget", "trade", "energy", "water",
    "schools", "workers", "officials", "residents", "spokesman", "statement", "week", "year",
    "month", "morning", "new", "old", "local", "national", "foreign", "public", "final",
    "early", "late", "large", "small", "strong", "weak", "long-term", "short-term", "don't",
    "it's", "won't", "can't", "café", "naïve", "façade", "rôle", "crème",
)
_NAMES: tuple[str, ...] = (
    "Anna", "Brown", "Chen", "Dubois", "Garcia", "Ivanov", "Kowalski", "Novak", "Smith", "Tanaka",
    "José", "Zoë", "Müller", "Łukasz", "Øresund", "Strauß", "Ångström", "Nuñez", "Çelik",
    "Paris", "Berlin", "Lagos", "Kyiv", "Brussels", "São Paulo", "NATO", "UN",
)
_NUMBERS: tuple[str, ...] = (
    "2", "12", "40", "300", "1,500", "2,024", "3.5", "0.25", "1999", "2024", "50-day", "40%",
)
_VERBS_OF_SAYING: tuple[str, ...] = ("said", "says", "told reporters", "added", "warned")
_SPEAKERS: tuple[str, ...] = ("she", "he", "they", "the minister", "a spokesman", "officials")
_ENDINGS: tuple[str, ...] = (".", ".", ".", "!", "?")


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


def words() -> st.SearchStrategy[str]:
    """One lower-case vocabulary word (some with hyphens, apostrophes or accents)."""
    return st.sampled_from(_WORDS)


def _tokens() -> st.SearchStrategy[str]:
    return st.one_of(
        words(), words(), words(), st.sampled_from(_NAMES), st.sampled_from(_NUMBERS)
    )


@st.composite
def _sentence(draw: st.DrawFn, min_size: int, max_size: int, ending: bool) -> str:
    first = draw(st.one_of(words().map(_capitalize), st.sampled_from(_NAMES)))
    rest = draw(st.lists(_tokens(), min_size=min_size - 1, max_size=max_size - 1))
    parts = [first]
    for token in rest:
        separator = draw(st.sampled_from((" ", " ", " ", " ", ", ", " - ")))
        parts.append(separator + token)
    body = "".join(parts)
    return body + draw(st.sampled_from(_ENDINGS)) if ending else body


def sentences(*, min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[str]:
    """A prose-like sentence of ``min_size``..``max_size`` words.

    The first word is capitalised and the sentence ends with ``.``, ``!`` or ``?``. Words come
    from a small vocabulary, with capitalised names, figures, commas and spaced dashes.
    """
    _check_sizes(min_size, max_size)
    return _sentence(min_size, max_size, True)


@st.composite
def _quoted_speech(draw: st.DrawFn) -> str:
    """A sentence with quoted speech in straight double quotes, in one of three shapes."""
    inner = draw(_sentence(1, 10, False))
    speaker = draw(st.one_of(st.sampled_from(_SPEAKERS), st.sampled_from(_NAMES)))
    verb = draw(st.sampled_from(_VERBS_OF_SAYING))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return f'"{inner}," {speaker} {verb}.'
    if shape == 1:
        return f'{_capitalize(speaker)} {verb}: "{inner}{draw(st.sampled_from(_ENDINGS))}"'
    return f'"{inner}{draw(st.sampled_from(_ENDINGS))}"'


def paragraphs(*, min_size: int = 1, max_size: int = 5) -> st.SearchStrategy[str]:
    """One paragraph (no line break) of ``min_size``..``max_size`` sentences, some quoted."""
    _check_sizes(min_size, max_size)
    sentence = st.one_of(sentences(), sentences(), _quoted_speech())
    return st.lists(sentence, min_size=min_size, max_size=max_size).map(" ".join)


def articles(*, min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[str]:
    """An article of ``min_size``..``max_size`` paragraphs, one paragraph per line (``\\n``)."""
    _check_sizes(min_size, max_size)
    return st.lists(paragraphs(), min_size=min_size, max_size=max_size).map("\n".join)


def _check_sizes(min_size: int, max_size: int) -> None:
    if not 1 <= min_size <= max_size:
        raise ValueError(f"need 1 <= min_size <= max_size, got min_size={min_size}, max_size={max_size}")


# --- benign transforms -------------------------------------------------------------------------

#: A pure rewriting ``(text, seed) -> str`` that must not change what the text says.
BenignTransform = Callable[[str, int], str]

_OPENERS = frozenset("([{")
_DASH_VARIANTS = ("\u2013", "\u2014", "\u2010", "\u2212", "-")
_INVISIBLE_CHARS = ("\u200b", "\u00ad", "\u2060", "\ufeff")


def _some(rng: random.Random, n: int) -> list[bool]:
    """Which of ``n`` places to change: a random density, so 'none' and 'all' both occur."""
    density = rng.choice((0.0, 0.3, 0.7, 1.0))
    return [rng.random() < density for _ in range(n)]


def curl_quotes(text: str, seed: int) -> str:
    """Typeset some straight double quotes as “ ” (opening after a space or line start) and
    some apostrophes as ’."""
    rng = random.Random(seed)
    change = iter(_some(rng, text.count('"') + text.count("'")))
    out = []
    for i, ch in enumerate(text):
        if ch == '"' and next(change):
            opening = i == 0 or text[i - 1].isspace() or text[i - 1] in _OPENERS
            out.append("\u201c" if opening else "\u201d")
        elif ch == "'" and next(change):
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def use_nbsp(text: str, seed: int) -> str:
    """Replace some spaces with a no-break space (or, rarely, a narrow no-break space)."""
    rng = random.Random(seed)
    pieces = text.split(" ")
    change = _some(rng, len(pieces) - 1)
    out = [pieces[0]]
    for piece, c in zip(pieces[1:], change):
        out.append(("\u00a0" if rng.random() < 0.8 else "\u202f") if c else " ")
        out.append(piece)
    return "".join(out)


def use_crlf_line_endings(text: str, seed: int) -> str:
    """Windows line endings."""
    return text.replace("\n", "\r\n")


def use_cr_line_endings(text: str, seed: int) -> str:
    """Classic Mac line endings."""
    return text.replace("\n", "\r")


def decompose_unicode(text: str, seed: int) -> str:
    """Unicode NFD: accented letters become base letter + combining mark."""
    return unicodedata.normalize("NFD", text)


def add_blank_lines(text: str, seed: int) -> str:
    """Separate paragraphs by one or more blank lines, possibly holding spaces or tabs."""
    rng = random.Random(seed)
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        blanks = "".join(rng.choice(("", " ", "\t")) + "\n" for _ in range(rng.randint(1, 2)))
        out.append("\n" + blanks + line)
    return "".join(out)


def rewrap_lines(text: str, seed: int) -> str:
    """Hard-wrap each paragraph at one random width (40-100), blank lines between paragraphs."""
    width = random.Random(seed).randint(40, 100)
    wrapped = (
        "\n".join(textwrap.wrap(p, width, break_long_words=False)) for p in text.split("\n")
    )
    return "\n\n".join(wrapped)


def insert_invisibles(text: str, seed: int) -> str:
    """Insert zero-width spaces, soft hyphens, word joiners or BOMs between two word characters."""
    rng = random.Random(seed)
    inside = [i for i in range(1, len(text)) if text[i - 1].isalnum() and text[i].isalnum()]
    chosen = [i for i, c in zip(inside, _some(rng, len(inside))) if c and rng.random() < 0.3]
    out, last = [], 0
    for i in chosen:
        out += [text[last:i], rng.choice(_INVISIBLE_CHARS)]
        last = i
    out.append(text[last:])
    return "".join(out)


_SPACED_HYPHEN = re.compile(r" ?- ?")


def vary_dashes(text: str, seed: int) -> str:
    """Write some hyphens as en/em dashes, U+2010 or the minus sign, and some spaced dashes
    (" - ") without their spaces or with one only."""
    rng = random.Random(seed)

    def replace(m: re.Match[str]) -> str:
        dash = rng.choice(_DASH_VARIANTS)
        if m.group() == " - ":
            return rng.choice((" ", "")) + dash + rng.choice((" ", ""))
        return m.group().replace("-", dash)

    return _SPACED_HYPHEN.sub(replace, text)


def add_trailing_spaces(text: str, seed: int) -> str:
    """Add spaces or tabs at the end of some lines and of the text."""
    rng = random.Random(seed)
    lines = text.split("\n")
    change = _some(rng, len(lines))
    return "\n".join(line + (rng.choice((" ", "  ", "\t")) if c else "") for line, c in zip(lines, change))


#: Every benign transform, in the order :func:`benign_variants` applies them. Structure first
#: (wrapping, blank lines), then characters, then encoding-level changes (NFD, line endings).
BENIGN_TRANSFORMS: list[BenignTransform] = [
    rewrap_lines,
    add_blank_lines,
    add_trailing_spaces,
    vary_dashes,
    curl_quotes,
    use_nbsp,
    insert_invisibles,
    decompose_unicode,
    use_crlf_line_endings,
    use_cr_line_endings,
]


def apply_benign_transforms(text: str, plan: Sequence[tuple[str, int]]) -> str:
    """Replay a plan of ``(transform name, seed)`` pairs, as shown in a failing example's notes."""
    by_name = {t.__name__: t for t in BENIGN_TRANSFORMS}
    for name, seed in plan:
        text = by_name[name](text, seed)
    return text


@st.composite
def _benign_variants(draw: st.DrawFn, text: str) -> str:
    plan: list[tuple[str, int]] = []
    for transform in BENIGN_TRANSFORMS:
        # One line-ending convention at most: CR after CRLF would double every line break.
        if transform is use_cr_line_endings and plan and plan[-1][0] == "use_crlf_line_endings":
            continue
        if draw(st.booleans()):
            plan.append((transform.__name__, draw(st.integers(0, 2**32 - 1))))
    note(f"benign transforms: {plan!r}")
    return apply_benign_transforms(text, plan)


def benign_variants(text: str) -> st.SearchStrategy[str]:
    """Texts that say exactly what ``text`` says, written differently.

    Any combination of :data:`BENIGN_TRANSFORMS`, applied in that order; each variant must
    normalize (``textguard.text.normalize.MATCH``) to the same text as ``text``. Meant for plain
    prose such as :func:`articles` (one paragraph per line, straight quotes, ASCII dashes).
    """
    return _benign_variants(text)


# --- names, figures, quotations -----------------------------------------------------------------

_FIRST_NAMES: tuple[str, ...] = (
    "Anna", "Tomasz", "Imogen", "Delia", "Oksana", "Rowan", "Samuel", "Aisha", "Mateo", "Ingrid",
    "Kwame", "Yuki", "Hamish", "Zoë", "José", "Łukasz", "Siobhán", "Priya",
)
_LAST_NAMES: tuple[str, ...] = (
    "Wierzba", "Strand", "Rowntree", "Kovalenko", "Pike", "Okafor", "Lindqvist", "Mensah",
    "Tanaka", "Lyle", "Müller", "Nuñez", "Çelik", "Brennan", "Haddad", "Novak",
)
_PLACES: tuple[str, ...] = (
    "Port Alder", "Skerrin", "Eastgate", "Marlow Valley", "Hollins Marsh", "Valemouth", "Kyiv",
    "São Paulo", "Brussels", "Lagos", "Øresund",
)
_ORGANISATIONS: tuple[str, ...] = (
    "Port Alder Council", "the Harbour Traders' Association", "Northfield Examiner", "NATO",
    "the Skerrin Ferry Authority", "Coastal Ledger", "the European Commission",
)
_UNITS: tuple[str, ...] = ("people", "passengers", "homes", "jobs", "sailings", "votes", "tonnes")
_SCALES: tuple[str, ...] = ("", " million", "m", "bn", " billion")
_MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_SPELLED: tuple[str, ...] = ("two", "three", "four", "five", "six", "seven", "ten", "twelve")


def names() -> st.SearchStrategy[str]:
    """A named entity as news prose writes it: a person (``Tomasz Wierzba``), a place (``Port
    Alder``) or an organisation (``Port Alder Council``), some with accents."""
    people = st.builds("{} {}".format, st.sampled_from(_FIRST_NAMES), st.sampled_from(_LAST_NAMES))
    return st.one_of(people, st.sampled_from(_PLACES), st.sampled_from(_ORGANISATIONS))


def figures() -> st.SearchStrategy[str]:
    """A figure as news prose writes it: a count (``1,500 passengers``), money (``£48 million``),
    a percentage (``18%``, ``40 per cent``), a date (``12 March 2024``), a year or a duration
    (``three-and-a-half years``)."""
    counts = st.builds(
        "{:,} {}".format, st.integers(2, 250_000), st.sampled_from(_UNITS)
    )
    money = st.builds(
        "{}{}{}".format,
        st.sampled_from(("£", "$", "€")),
        st.one_of(st.integers(1, 999).map(str), st.integers(10, 999).map(lambda n: f"{n / 10:.1f}")),
        st.sampled_from(_SCALES),
    )
    percents = st.builds(
        "{}{}".format, st.integers(1, 99), st.sampled_from(("%", " per cent", " percent"))
    )
    dates = st.builds(
        "{} {} {}".format, st.integers(1, 28), st.sampled_from(_MONTHS), st.integers(1950, 2030)
    )
    years = st.integers(1900, 2030).map(str)
    durations = st.builds(
        "{}{} {}".format,
        st.sampled_from(_SPELLED),
        st.sampled_from(("", "-and-a-half")),
        st.sampled_from(("years", "months", "weeks", "days", "hours")),
    )
    return st.one_of(counts, money, percents, dates, years, durations)


@st.composite
def _quotations(draw: st.DrawFn, min_size: int, max_size: int) -> str:
    inner = draw(_sentence(min_size, max_size, False))
    speaker = draw(st.one_of(_person(), st.sampled_from(_SPEAKERS)))
    verb = draw(st.sampled_from(_VERBS_OF_SAYING))
    shape = draw(st.integers(0, 1))
    if shape == 0:
        return f'"{inner}," {speaker} {verb}.'
    return f'{_capitalize(speaker)} {verb}: "{inner}{draw(st.sampled_from(_ENDINGS))}"'


def quotations(*, min_size: int = 2, max_size: int = 12) -> st.SearchStrategy[str]:
    """A sentence of attributed speech whose quotation has ``min_size``..``max_size`` words, in
    straight double quotes: ``"The fares will rise," Tomasz Wierzba said.`` or ``She said: "..."``.
    """
    _check_sizes(min_size, max_size)
    return _quotations(min_size, max_size)


# --- page furniture -----------------------------------------------------------------------------

_PUBLICATIONS: tuple[str, ...] = ("Example News", "the Coastal Ledger", "Northfield Examiner", "The Daily Wire")
_NETWORKS: tuple[str, ...] = ("Facebook", "Instagram", "WhatsApp", "LinkedIn")
_SECTIONS: tuple[str, ...] = ("news", "local", "business", "world", "environment")
_ROLES: tuple[str, ...] = ("Political correspondent", "Transport reporter", "Staff writer", "Business editor")
_AGENCIES: tuple[str, ...] = ("Reuters", "AFP", "EPA", "Getty Images", "Shutterstock", "Alamy", "PA Media")
_ZONES: tuple[str, ...] = ("GMT", "BST", "UTC", "CET")


def _person() -> st.SearchStrategy[str]:
    return st.builds("{} {}".format, st.sampled_from(_FIRST_NAMES), st.sampled_from(_LAST_NAMES))


_SLUG_WORDS = tuple(w for w in _WORDS if w.isascii() and w.isalpha())


def _slug() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_SLUG_WORDS), min_size=2, max_size=5).map("-".join)


def _footer_lines() -> st.SearchStrategy[str]:
    """One line of furniture that closes an article; each has a strong cue of its own."""
    return st.one_of(
        st.builds("{:,} Comments".format, st.integers(0, 9999)),
        st.sampled_from(("Share this article", "Share on Facebook", "Copy link", "Be the first to comment")),
        st.builds("Sign up for our {} newsletter".format, st.sampled_from(("daily", "weekly", "morning", "free"))),
        st.builds("© {} {}. All rights reserved.".format, st.integers(1995, 2030), st.sampled_from(_PUBLICATIONS)),
        st.builds("Follow us on {}".format, st.sampled_from(_NETWORKS)),
        st.builds(
            "https://www.example.com/{}/{}-{}".format,
            st.sampled_from(_SECTIONS),
            _slug(),
            st.integers(1000, 99_999_999),
        ),
        st.builds("Read more: {}".format, sentences(min_size=3, max_size=8)),
    )


def _header_lines() -> st.SearchStrategy[str]:
    """One line of furniture that opens an article; each has a strong cue of its own."""
    timestamps = st.one_of(
        st.builds(
            "{} {} {} {}, {:02d}:{:02d} {}".format,
            st.sampled_from(("Published", "Updated", "Posted")),
            st.integers(1, 28),
            st.sampled_from(_MONTHS),
            st.integers(2000, 2030),
            st.integers(0, 23),
            st.integers(0, 59),
            st.sampled_from(_ZONES),
        ),
        st.builds(
            "{}-{:02d}-{:02d}T{:02d}:{:02d}:00+01:00".format,
            st.integers(2000, 2030),
            st.integers(1, 12),
            st.integers(1, 28),
            st.integers(0, 23),
            st.integers(0, 59),
        ),
        st.builds("{} {} ago".format, st.integers(2, 59), st.sampled_from(("minutes", "hours"))),
    )
    return st.one_of(
        st.sampled_from(("Listen to this article", "Listen to this article · 4 min", "Play audio")),
        timestamps,
        st.builds("{}, {}".format, _person(), st.sampled_from(_ROLES)),
    )


def stray_headers(*, min_size: int = 1, max_size: int = 3) -> st.SearchStrategy[str]:
    """A block of ``min_size``..``max_size`` lines of page furniture that scrapers leave before
    an article: listen prompts, timestamps, author lines. Lines are joined by ``\\n``, without a
    final line break: ``header + "\\n" + article`` is a copy with a stray header."""
    _check_sizes(min_size, max_size)
    return st.lists(_header_lines(), min_size=min_size, max_size=max_size).map("\n".join)


def stray_footers(*, min_size: int = 1, max_size: int = 3) -> st.SearchStrategy[str]:
    """A block of ``min_size``..``max_size`` lines of page furniture that scrapers leave after an
    article: comment counters, share and newsletter prompts, copyright lines, URLs, "Read more".
    Lines are joined by ``\\n``: ``article + "\\n" + footer`` is a copy with a stray footer."""
    _check_sizes(min_size, max_size)
    return st.lists(_footer_lines(), min_size=min_size, max_size=max_size).map("\n".join)


def photo_credits() -> st.SearchStrategy[str]:
    """A photo credit as captions print it: ``Reuters/Jane Doe``, ``Rowan Pike/EPA/Shutterstock``.

    Each ends in a lower-case letter, so that glued to a paragraph that starts with a capital it
    leaves the mark textguard looks for (``Reuters/Jane DoeThe council...``)."""
    person = _person()
    agency = st.sampled_from(_AGENCIES)
    return st.one_of(
        st.builds("{}/{}".format, agency, person),
        st.builds("{}/{}/Shutterstock".format, person, st.sampled_from(("EPA", "AP", "Rex"))),
        st.builds("{}/{}".format, st.sampled_from(("Coastal Ledger", "Example News")), person),
    )


_PARAGRAPH_START = re.compile(r"\n[ \t]*(?=\S)")
_GLUABLE = re.compile(r"[A-Z][a-z]|[\"\u201c\u2018][A-Z]")
_GLUE_MIN_WORDS = 5


@st.composite
def _glued_credits(
    draw: st.DrawFn,
    text: str,
    starts: list[int],
    min_size: int,
    max_size: int,
    credits: st.SearchStrategy[str],
) -> str:
    count = draw(st.integers(min_size, min(max_size, len(starts))))
    chosen = sorted(draw(st.lists(st.sampled_from(starts), min_size=count, max_size=count, unique=True)))
    out, last = [], 0
    for start in chosen:
        out += [text[last:start], draw(credits)]
        last = start
    out.append(text[last:])
    return "".join(out)


def glued_credits(
    text: str,
    *,
    min_size: int = 1,
    max_size: int = 3,
    credits: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[str]:
    """Copies of ``text`` with ``min_size``..``max_size`` photo credits glued, with no space, to
    the start of different paragraphs (not the first), as a scraper that drops a caption's line
    break leaves them.

    A credit goes only where it stays recognizable: at a paragraph that starts with a capitalised
    word (``The``, not ``A``: ``DoeA`` looks like a name) or an opening quote and a capital, and
    runs on for at least five words (a credit glued to a one-word line is just a strange line).
    A text with fewer such paragraphs than ``min_size`` is an error. ``credits`` draws the
    credits (default: :func:`photo_credits`).
    """
    _check_sizes(min_size, max_size)
    starts = [
        m.end()
        for m in _PARAGRAPH_START.finditer(text)
        if _GLUABLE.match(text, m.end()) and len(text[m.end() :].split("\n", 1)[0].split()) >= _GLUE_MIN_WORDS
    ]
    if len(starts) < min_size:
        raise ValueError(
            f"glued_credits needs {min_size} paragraphs (after the first) that start with a capitalised "
            f"word or a quote and have {_GLUE_MIN_WORDS} words or more; the text has {len(starts)}"
        )
    return _glued_credits(text, starts, min_size, max_size, credits if credits is not None else photo_credits())


# --- misspelt names -----------------------------------------------------------------------------

_NEIGHBOURS = {
    "a": "eo", "e": "ai", "i": "ey", "o": "au", "u": "oi", "y": "iu", "c": "kz", "k": "cq",
    "s": "zc", "z": "sx", "v": "wf", "w": "vu", "f": "vp", "t": "dr", "d": "tb", "n": "mr",
    "m": "nw", "r": "ln", "l": "rk", "b": "pv", "p": "bf", "g": "jk", "j": "gi", "h": "gk",
    "q": "kc", "x": "ks",
}
_EDIT_SPACING = 3  # edits stand at least this many characters apart, so none undoes another


def _replacement(ch: str, pick: int) -> str:
    low = ch.lower()
    options = [c for c in _NEIGHBOURS.get(low, "aeiou") if c != low] or ["x"]
    out = options[pick % len(options)]
    return out.upper() if ch.isupper() else out


def _edits_at(name: str, p: int) -> list[str]:
    """The edits that certainly change ``name`` at letter position ``p`` (see below)."""
    nxt = name[p + 1] if p + 1 < len(name) else None
    ops = ["replace"]
    if nxt is None or nxt != name[p]:
        ops += ["drop", "double"]
    if nxt is not None and nxt.isalpha() and nxt.lower() != name[p].lower():
        ops.append("swap")
    return ops


@st.composite
def _entity_misspellings(draw: st.DrawFn, name: str, spots: list[int], min_size: int, max_size: int) -> str:
    # The i-th edit goes at a spot from which the remaining edits still fit, _EDIT_SPACING apart.
    def room(i: int) -> int:  # how many edits fit from spots[i] on
        n, last = 0, -_EDIT_SPACING
        for p in spots[i:]:
            if p - last >= _EDIT_SPACING:
                n, last = n + 1, p
        return n

    count = draw(st.integers(min_size, min(max_size, room(0))))
    positions: list[int] = []
    index = 0
    for k in range(count):
        left = count - k
        choices = [
            i
            for i in range(index, len(spots))
            if (not positions or spots[i] - positions[-1] >= _EDIT_SPACING) and room(i) >= left
        ]
        i = draw(st.sampled_from(choices))
        positions.append(spots[i])
        index = i + 1
    out = name
    for p in reversed(positions):  # right to left: earlier positions stay valid
        op = draw(st.sampled_from(_edits_at(name, p)))
        if op == "replace":
            out = out[:p] + _replacement(name[p], draw(st.integers(0, 3))) + out[p + 1 :]
        elif op == "drop":
            out = out[:p] + out[p + 1 :]
        elif op == "double":
            out = out[: p + 1] + name[p] + out[p + 1 :]
        else:
            out = out[:p] + name[p + 1] + name[p] + out[p + 2 :]
    return out


def entity_misspellings(name: str, *, min_size: int = 1, max_size: int = 2) -> st.SearchStrategy[str]:
    """``name`` misspelt by ``min_size``..``max_size`` edits: a letter replaced by a neighbour on
    the keyboard or in sound, dropped, doubled, or swapped with the next one (``Petrovsky`` ->
    ``Petrovky``, ``Petorvsky``, ``Petrowsky``). Never ``name`` itself, and never its first letter.

    Why it is never ``name``: edits stand apart, and each one certainly changes the text at its
    place (a letter is dropped or doubled only where its neighbour differs), so the leftmost
    edit leaves a difference that no edit to its right can undo.
    """
    _check_sizes(min_size, max_size)
    spots = [i for i in range(1, len(name)) if name[i].isalpha()]
    fit, last = 0, -_EDIT_SPACING
    for p in spots:
        if p - last >= _EDIT_SPACING:
            fit, last = fit + 1, p
    if fit < min_size:
        raise ValueError(f"{name!r} is too short for {min_size} separate misspellings (it has room for {fit})")
    return _entity_misspellings(name, spots, min_size, max_size)
