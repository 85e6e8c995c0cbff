"""Named entities of a raw text, found by the shape of the text alone (no statistical model).

A copy that misspells a name, transliterates it differently or drops it has changed the facts, so
the entity check needs the names of the original and the spans of every mention. English marks
names with capitals, and that is enough for news prose when the exceptions are handled:

- **Runs.** A name is a run of capitalised words ("Vera Lindqvist"), possibly joined by
  connectors after an institution word ("Academy of Arts", "Institute for Marine Biology",
  "Bank of the North") or by particles ("Ludwig van Beethoven", "Abu al-Harith"). Hyphenated
  forms are one unit ("Okonkwo-Reyes"); only their capitalised head counts ("Lindqvist" of
  "Lindqvist-backed"). A possessive ends a run and is not part of it ("Lindqvist's" is
  "Lindqvist"). Acronyms are names ("UNESCO", "R.A.F."), except common nouns such as "TV".
- **Titles** ("President", "Mr", "Dr", "Prime Minister") before a name are kept apart from it:
  "President Lindqvist" is a mention of "Lindqvist" with the title "President". Words that are
  titles only sometimes ("General", "State", "Chief") count as titles only before a person's
  name of two words or more, so "General Motors" and "State Department" stay whole.
- **Sentence starts** are capitalised whatever the word. A word that starts a sentence (or a
  quoted sentence, or follows a colon) on its own is a name only if the text also capitalises it
  mid-sentence ("Confident" and "Ferry" are not names when "ferry" is used elsewhere). At the head
  of a longer run it is part of the name ("Vera" in "Vera Lindqvist wants") unless the text uses it
  in lower case or it is a sentence adverb ("Meanwhile Vera Lindqvist ..."). Function words,
  months and weekdays are never names on their own.
- **Adjectives** made from names ("Norwegian officials", "an Arctic treaty") are left out when
  that is their only use: a copy may reword them freely.
- **One entity, several forms.** Mentions with the same words are one entity; a mention whose
  words end a longer person's name ("Lindqvist" after "Vera Lindqvist") is that person; a
  hyphenated pair of names each mentioned alone ("Lindqvist-Moreau talks") is two mentions.
- **Rough types**, where a cue is cheap: a title or a verb of saying makes a person; "newspaper",
  "tabloid" and the like make a publication; "University", "Institute", "Ministry"... an
  organisation; "City", "River", "Street"... or a preposition of place ("in", "to", "from") a
  place. Everything else is "other".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from rapidfuzz.distance import Levenshtein

from ..lexicon import STOPWORDS
from ..normalize import INVISIBLE_CHARS, fold_word

__all__ = [
    "CONNECTORS",
    "TITLES",
    "Entity",
    "EntityKind",
    "Mention",
    "Word",
    "extract_entities",
    "is_derived_name",
    "scan_words",
]

EntityKind = Literal["person", "organisation", "place", "publication", "other"]

#: Lower-case words that may sit inside a name ("Academy of Arts", "van der Berg").
CONNECTORS: frozenset[str] = frozenset(
    "of for the de la le du da di del della dos das van von der den ter y bin ibn al el upon".split()
)
#: Words that may join an institution word to the rest of its name ("Ministry of Defence").
_INSTITUTION_JOINS = frozenset({"of", "for", "the", "upon"})
#: Particles that join parts of a person's or a place's name.
_PARTICLES = CONNECTORS - {"of", "for", "the", "upon"}

#: Titles before a name (folded). Kept apart from the name they introduce.
TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms mx miss dr prof professor sir dame lord lady president vice prime minister premier
    chancellor secretary senator sen congressman congresswoman representative rep governor gov
    mayor councillor cllr alderman warden judge justice king queen prince princess duke duchess emperor
    pope cardinal archbishop bishop reverend rev father rabbi imam sheikh ayatollah general gen
    colonel col major maj captain capt lieutenant lt sergeant sgt corporal admiral commander
    inspector detective constable chief ambassador envoy speaker chairman chairwoman chair
    deputy acting foreign defence defense home interior finance health justice state executive
    """.split()
)
#: Titles that are also ordinary parts of names ("General Motors", "State Department").
_WEAK_TITLES = frozenset(
    """
    general gen major maj chief deputy acting foreign defence defense home interior finance health
    justice state father chair speaker envoy commander captain king queen prince lord lady executive
    """.split()
)
_NOT_NAMES = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday i
    """.split()
)
_ORGANISATION_WORDS = frozenset(
    """
    academy agency association authority bank board bureau centre center college commission
    committee company corporation council court department federation foundation fund group
    house institute institution league ministry museum office organisation organization
    parliament party school service society trust union university assembly army navy police
    club coaches airways airlines inc ltd plc studies nations hall church hospital
    """.split()
)
#: Acronyms that are common nouns, not names.
_COMMON_ACRONYMS = frozenset("tv pc ok am pm ceo cfo gdp vat dna ai id pr hq faq diy sms gps atm vip".split())
_PLACE_WORDS = frozenset(
    """
    city town village river island islands street road avenue square county province state
    states republic kingdom valley mountain mount lake sea ocean bay gulf coast port harbour
    harbor marsh bridge park hill hills district region end
    """.split()
)
#: Words that open a sentence before a name without being part of it.
_SENTENCE_ADVERBS = frozenset(
    """
    meanwhile yesterday today tonight tomorrow later earlier instead also finally still perhaps
    indeed besides nevertheless nonetheless overall elsewhere afterwards initially separately
    similarly likewise meantime recently last next this that these those when where once thanks
    according unlike like despite amid following including ask says said asked
    """.split()
)
_PUBLICATION_CUES = frozenset(
    "newspaper newspapers tabloid magazine daily weekly broadsheet journal paper website broadcaster".split()
)
_PUBLICATION_WORDS = frozenset(
    "times post herald gazette journal tribune chronicle observer telegraph".split()
)
_SPEECH_VERBS = frozenset(
    "said says told tells added argued argues believes believed explained warned according wrote writes".split()
)
_PLACE_PREPOSITIONS = frozenset("in to from near across towards toward into".split())
#: Words before an abbreviation's full stop that does not end a sentence ("Mr. Lindqvist").
_ABBREVIATIONS = frozenset(
    "mr mrs ms mx dr prof st gen col lt sgt capt rev sen rep gov hon jr sr no vs".split()
)

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CHARS = f"\\w{_COMBINING}{INVISIBLE_CHARS}"
_WORD = re.compile(rf"(?:[^\W\d_]\.){{2,}}|[{_CHARS}]+(?:['\u2019][{_CHARS}]+)*")
_POSSESSIVE = re.compile(r"['\u2019][sS]\Z")
#: Hyphens and dashes that join the parts of a compound when no space is around them.
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2212")
_OPENING_QUOTES = "\"'\u201c\u2018\u201e\u201a\u00ab\u2039"
_SENTENCE_END = re.compile(r"[.!?\u2026:]")
_BLANK_LINE = re.compile(r"(?:\r\n?|\n)[^\S\r\n]*(?:\r\n?|\n)")
_LINE_BREAK = re.compile(r"\r\n?|[\n\v\f\x85\u2028\u2029]")
_KEY_JUNK = re.compile(r"['\u2019.]")
#: Contractions cut off a word's key ("I've" is "i"; "O'Brien" stays whole).
_CONTRACTION = re.compile(r"['\u2019](?:ve|re|m|ll|d|s)\Z", re.IGNORECASE)


class Word(NamedTuple):
    """One word of a raw text, as the entity extractor and the entity check read it (a named
    tuple: texts have thousands of words, and it is the cheapest immutable value to build).

    ``end`` excludes a possessive ``'s``; ``key`` is the matching key (case-folded, apostrophes and
    the dots of an acronym removed: ``U.S.`` is ``us``). ``link`` says how the word is joined to
    the previous one: ``"-"`` (a hyphen, no space), ``" "`` (spaces and at most one line break),
    ``"&"`` (an ampersand between spaces) or ``""`` (punctuation, a blank line, nothing before).
    """

    start: int
    end: int
    key: str
    capital: bool
    acronym: bool
    initial: bool
    possessive: bool
    link: str


def scan_words(text: str, *, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` with their keys, capitals and sentence starts.

    >>> [(w.key, w.initial, w.link) for w in scan_words('Mr. Lindqvist\\'s U.S.-based firm. "Yes," said Ana.')][:5]
    [('mr', True, ''), ('lindqvist', False, ' '), ('us', False, ' '), ('based', False, '-'), ('firm', False, ' ')]
    """
    stop = len(text) if end is None else end
    words: list[Word] = []
    prev_end = start
    prev_key = ""
    prev_s = False
    for m in _WORD.finditer(text, start, stop):
        raw = m.group()
        w_end = m.end()
        possessive = False
        gap = text[prev_end : m.start()]
        if raw.isalpha() and raw.isascii():  # the common case, fast
            key = raw.lower()
            capital = raw[0].isupper()
            acronym = len(raw) >= 2 and raw.isupper()
        else:
            possessive = bool(_POSSESSIVE.search(raw)) and len(raw) > 2
            if possessive:
                raw = raw[:-2]
                w_end -= 2
            key = _KEY_JUNK.sub("", fold_word(_CONTRACTION.sub("", raw))) or raw.lower()
            letters = [c for c in raw if c.isalpha()]
            capital = bool(letters) and letters[0].isupper()
            acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
        if gap == " " and words:  # the common case, fast
            initial, link = False, " "
        else:
            initial = _starts_sentence(gap, prev_key, not words)
            link = _link(gap, prev_s, prev_key) if words else ""
        words.append(Word(m.start(), w_end, key, capital, acronym, initial, possessive, link))
        prev_end = m.end()
        prev_key = key
        prev_s = raw[-1:] in ("s", "S")
    return words


def _link(gap: str, plural: bool, prev_key: str) -> str:
    if gap in _HYPHENS:
        return "-"
    if gap[:1] == "." and gap[1:].isspace() and (prev_key in _ABBREVIATIONS or len(prev_key) == 1):
        return " "  # "Mr. Lindqvist", "J. K. Rowling"
    if plural and gap in ("' ", "\u2019 "):  # a plural possessive inside a name: "Users' Association"
        return " "
    if gap.isspace() and len(_LINE_BREAK.findall(gap)) <= 1:
        return " "
    if gap.strip() == "&" and gap.count("\n") == 0:
        return "&"
    return ""


def _starts_sentence(gap: str, prev_key: str, first: bool) -> bool:
    if first or _BLANK_LINE.search(gap):
        return True
    marks = gap.strip()
    if not marks:
        return False
    if _SENTENCE_END.search(marks):
        # "Mr. Lindqvist", "J. K. Rowling": the full stop of an abbreviation or an initial.
        return not (marks == "." and (prev_key in _ABBREVIATIONS or len(prev_key) == 1))
    # An opening quotation mark right before the word, after a comma, a colon or a line break:
    # 'she said, "We are tired"'. A mark followed by a space closes a quotation instead.
    if gap[-1] in _OPENING_QUOTES:
        return "," in marks[:-1] or "\n" in gap
    return False


#: Endings that make an adjective, a demonym or a movement of a name.
_DERIVED_ENDINGS = (
    "ish", "ian", "ians", "an", "ans", "ean", "ese", "ic", "ism", "isms", "ist", "ists", "ite", "ites",
    "er", "ers", "ern", "erner", "erners",
)  # fmt: skip


def is_derived_name(a: str, b: str) -> bool:
    """Whether one of two keys is the other with a derivational ending: a demonym
    ("italian" of "italy", "spanish" of "spain"), a movement ("lindqvism"), a region
    ("northern"). Keys one or two edits apart never are: that is a spelling change.

    >>> [is_derived_name("italy", w) for w in ("italian", "italyer", "ital")]
    [True, False, False]
    >>> is_derived_name("moreauists", "moreau"), is_derived_name("moreau", "moreno")
    (True, False)
    """
    if a == b or not (_derives(a, b) or _derives(b, a)):
        return False
    return Levenshtein.distance(a, b) >= 3


def _derives(base: str, form: str) -> bool:
    # ``form`` keeps all of ``base`` but at most its last two letters, then at most one more
    # letter and a derivational ending.
    for k in range(len(base), max(3, len(base) - 2) - 1, -1):
        if form.startswith(base[:k]):
            rest = form[k:]
            return any(rest.endswith(e) and len(rest) - len(e) <= 1 for e in _DERIVED_ENDINGS)
    return False


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a name: ``text[start:end]`` (title and possessive excluded).

    ``words`` are the keys of the name's words, connectors excluded; ``title`` is the title
    written before it, as written (``"President"``), or ``""``.
    """

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: every mention of it in the text, in order.

    ``name`` is its fullest form as written (the mention with the most words, first one first).
    """

    name: str
    kind: EntityKind
    mentions: tuple[Mention, ...]

    @property
    def words(self) -> tuple[str, ...]:
        """The keys of the words of :attr:`name`."""
        return max(self.mentions, key=lambda m: len(m.words)).words


@dataclass(slots=True)
class _Run:
    words: list[Word]
    title: list[Word]


def extract_entities(
    text: str, *, start: int = 0, end: int | None = None, words: Sequence[Word] | None = None
) -> list[Entity]:
    """The named entities of ``text[start:end]``, in order of first mention, spans into ``text``.

    ``words`` is :func:`scan_words` of the same range, for a caller that already has it.

    >>> text = ("President Vera Lindqvist met the Academy of Arts in Tallinn. Meanwhile the "
    ...         "tabloid Morgenpost said Lindqvist's plan failed.")
    >>> [(e.name, e.kind, len(e.mentions)) for e in extract_entities(text)]
    [('Vera Lindqvist', 'person', 2), ('Academy of Arts', 'organisation', 1), ('Tallinn', 'place', 1), ('Morgenpost', 'publication', 1)]
    """
    if words is None:
        words = scan_words(text, start=start, end=end)
    lower: set[str] = set()
    midcap: set[str] = set()
    for w in words:
        if not w.capital:
            if w.key.isalpha():
                lower.add(w.key)
        elif not w.initial or w.link == "-" or w.acronym:
            midcap.add(w.key)
    runs = _runs(words)
    found: list[_Found] = []
    held: list[_Found] = []
    for run in runs:
        names = _trim(run, midcap, lower)
        if not names:
            continue
        item = _Found(_mention(text, names, run.title), names, run)
        first = names[0]
        if (
            len(names) == 1
            and first.initial
            and not first.acronym
            and (first.key not in midcap or first.key in lower)
        ):
            held.append(item)  # judged once the other names are known
        elif len(names) > 1 or not _not_a_name(names[0]):
            found.append(item)
    # A sentence-initial word that is a derived form of a name ("Lindqvism" after "Lindqvist").
    known: dict[str, set[str]] = defaultdict(set)
    for f in found:
        for k in f.mention.words:
            known[k[:3]].add(k)
    for item in held:
        w = item.names[0]
        if w.key in lower or _not_a_name(w):
            continue
        if any(is_derived_name(k, w.key) for k in known.get(w.key[:3], ())):
            found.append(item)
    found.sort(key=lambda f: f.mention.start)
    found = _drop_adjectives(words, _split(text, found))
    return _group(text, words, found)


def _drop_adjectives(words: Sequence[Word], found: list[_Found]) -> list[_Found]:
    """Drop one-word demonyms and adjectives used only as such ("Norwegian officials", "a
    Norwegian-drafted plan", "Arctic shipping"): a copy may reword them freely, and the names
    they come from are checked in their own right."""
    at = {w.start: i for i, w in enumerate(words)}
    adjectival: dict[tuple[str, ...], bool] = {}
    for f in found:
        if len(f.names) != 1 or f.run.title:
            adjectival[f.mention.words] = False
            continue
        w = f.names[0]
        i = at[w.start]
        nxt = words[i + 1] if i + 1 < len(words) else None
        use = (
            w.key.endswith(_ADJECTIVE_ENDINGS)
            and not w.key.endswith("man")  # "the Kellerman bakery" is a name
            and not w.possessive
            and nxt is not None
            and nxt.link in (" ", "-")
            and not nxt.capital
            and nxt.key not in STOPWORDS
            and nxt.key not in _SPEECH_VERBS
        )
        adjectival[f.mention.words] = adjectival.get(f.mention.words, True) and use
    return [f for f in found if not adjectival[f.mention.words]]


#: Endings of demonyms and adjectives made from names.
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "ean", "ian")


@dataclass(slots=True)
class _Found:
    mention: Mention
    names: list[Word]
    run: _Run


def _not_a_name(w: Word) -> bool:
    """A single word that is never a name on its own: a function word, a title, a month..."""
    if w.acronym:
        return w.key in _COMMON_ACRONYMS
    return (
        w.key in STOPWORDS
        or w.key in _NOT_NAMES
        or w.key in TITLES
        or len(w.key) < 2
        or not w.key[0].isalpha()
    )


def _is_name_word(w: Word) -> bool:
    return w.capital and w.key not in _NOT_NAMES and w.key[:1].isalpha()


def _runs(words: Sequence[Word]) -> list[_Run]:
    """Maximal runs of capitalised words, with hyphens, particles and institution joins."""
    runs: list[_Run] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if not _is_name_word(w) and not (
            w.key in _PARTICLES and i + 1 < n and words[i + 1].link == "-" and _is_name_word(words[i + 1])
        ):
            i += 1
            continue
        run = [w]
        j = i + 1
        while j < n:
            nxt = words[j]
            last = run[-1]
            if last.possessive or not nxt.link:
                break
            if nxt.link == "-":
                if _is_name_word(nxt) or (nxt.key in _PARTICLES and j + 1 < n and words[j + 1].link == "-"):
                    run.append(nxt)
                    j += 1
                    continue
                break
            if _is_name_word(nxt) and not nxt.initial:
                run.append(nxt)
                j += 1
                continue
            # Connectors: "Academy of Arts", "Bank of the North", "van der Berg".
            k = j
            while (
                k < n and k - j < 2 and not words[k].capital and words[k].key in CONNECTORS and words[k].link
            ):
                k += 1
            if k == j or k >= n or not _is_name_word(words[k]) or not words[k].link or words[k].link == "-":
                break
            joins = [x.key for x in words[j:k]]
            if (
                all(x in _INSTITUTION_JOINS for x in joins)
                and last.key not in _ORGANISATION_WORDS | _PLACE_WORDS
            ):
                break
            run.extend(words[j : k + 1])
            j = k + 1
        # A hyphenated word with a lower-case tail ("Lindqvist-backed"): keep the head only.
        while run and (not run[-1].capital or run[-1].key in CONNECTORS):
            if run[-1].link == "-" or run[-1].key in CONNECTORS:
                run.pop()
            else:
                break
        if run:
            runs.append(_Run(run, []))
        i = max(j, i + 1)
    return runs


def _trim(run: _Run, midcap: set[str], lower: set[str]) -> list[Word]:
    """The name inside a run: leading function words, titles and unproven sentence starts off."""
    words = list(run.words)
    while words:
        first = words[0]
        units = _unit_end(words, 0)
        if (first.key in STOPWORDS and not first.acronym) or first.key in CONNECTORS:
            del words[:units]
            continue
        titles = _titles(words)
        if titles:
            run.title.extend(words[:titles])
            del words[:titles]
            continue
        if first.initial and units == 1 and len(words) > 1 and _opener(first, midcap, lower):
            del words[:1]
            continue
        break
    while words and words[-1].key in CONNECTORS:
        words.pop()
    # Connectors left at the front by a dropped word ("of Arts" after "Academy" went).
    while words and words[0].key in CONNECTORS and words[0].link != "-":
        words.pop(0)
    return words


def _titles(words: list[Word]) -> int:
    """How many words at the start of a run are titles of the person named after them."""
    t = 0
    while t < len(words) - 1 and words[t].key in TITLES and words[t + 1].link == " ":
        t += 1
    if not t or all(w.key not in _WEAK_TITLES for w in words[:t]):
        return t
    rest = words[t:]
    person = (
        len(rest) >= 2
        and all(w.link == " " and not w.acronym for w in rest[1:])
        and not {w.key for w in rest} & (_ORGANISATION_WORDS | _PLACE_WORDS | _PUBLICATION_WORDS)
    )
    return t if person else 0


def _opener(w: Word, midcap: set[str], lower: set[str]) -> bool:
    """Whether the first word of a sentence, before another name, is not part of the name: the
    text uses it in lower case, or it is a sentence adverb ("Meanwhile Vera Lindqvist ...").
    A word the text also capitalises mid-sentence, or an acronym, is part of the name."""
    if w.acronym or (w.key in midcap and w.key not in lower):
        return False
    return w.key in lower or w.key in _SENTENCE_ADVERBS or w.key.endswith("ly")


def _unit_end(words: Sequence[Word], i: int) -> int:
    """Index after the hyphenated unit that starts at ``i``."""
    j = i + 1
    while j < len(words) and words[j].link == "-":
        j += 1
    return j


def _mention(text: str, names: list[Word], title: list[Word]) -> Mention:
    keys = tuple(w.key for w in names if w.key not in CONNECTORS or w.capital)
    title_text = " ".join(text[w.start : w.end] for w in title)
    return Mention(names[0].start, names[-1].end, text[names[0].start : names[-1].end], keys, title_text)


def _split(text: str, found: list[_Found]) -> list[_Found]:
    """Split what is really two names side by side.

    A hyphenated pair of names that are each mentioned alone ("Lindqvist-Moreau talks") is a
    mention of each, while a double-barrelled name ("Okonkwo-Reyes") stays whole. A run seen once
    that is two names known from elsewhere ("in Estonia Vera Lindqvist ...") is split in two.
    """
    counts = Counter(f.mention.words for f in found)
    known = set(counts)
    alone = {f.mention.words[-1] for f in found if len(f.mention.words) == 1 or " " in f.mention.text}
    out: list[_Found] = []
    for f in found:
        names = f.names
        hyphenated = len(names) > 1 and all(w.link == "-" for w in names[1:])
        if hyphenated and all(w.key in alone for w in names):
            out.extend(_Found(_mention(text, [w], []), [w], _Run([w], [])) for w in names)
            continue
        cut = None
        if counts[f.mention.words] == 1 and len(names) > 1 and all(w.link == " " for w in names[1:]):
            keys = [w.key for w in names]
            cut = next(
                (k for k in range(1, len(keys)) if tuple(keys[:k]) in known and tuple(keys[k:]) in known),
                None,
            )
        if cut is None:
            out.append(f)
        else:
            out.append(_Found(_mention(text, names[:cut], f.run.title), names[:cut], f.run))
            out.append(_Found(_mention(text, names[cut:], []), names[cut:], _Run(names[cut:], [])))
    return out


def _group(text: str, words: Sequence[Word], found: list[_Found]) -> list[Entity]:
    kinds: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    positions = {w.start: i for i, w in enumerate(words)}
    for f in found:
        by_key[f.mention.words].append(f.mention)
        kinds[f.mention.words][_kind(text, words, positions, f.names, f.run)] += 1
    # A shorter form that ends exactly one person's name ("Lindqvist") is that person.
    people = [k for k in by_key if len(k) > 1 and _kind_of(kinds[k]) == "person"]
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in by_key:
        owners = [p for p in people if p != key and len(p) > len(key) and p[-len(key) :] == key]
        if len(owners) == 1:
            target[key] = owners[0]
    merged: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    merged_kinds: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for key, ms in by_key.items():
        owner = target.get(key, key)
        merged[owner].extend(ms)
        merged_kinds[owner].update(kinds[key])
    entities = []
    for key, ms in merged.items():
        ms.sort(key=lambda m: m.start)
        fullest = max(ms, key=lambda m: (len(m.words), -m.start))
        entities.append(Entity(" ".join(fullest.text.split()), _kind_of(merged_kinds[key]), tuple(ms)))
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


def _kind_of(votes: Counter[str]) -> EntityKind:
    for kind, _ in votes.most_common():
        if kind != "other":
            return kind  # type: ignore[return-value]
    return "other"


def _kind(text: str, words: Sequence[Word], positions: dict[int, int], names: list[Word], run: _Run) -> str:
    """The rough type of one mention, from cheap cues around it."""
    keys = {w.key for w in names}
    first = positions[names[0].start] - len(run.title)
    last = positions[names[-1].start]
    before = [words[k].key for k in range(max(0, first - 2), first)]
    after = [words[k].key for k in range(last + 1, min(len(words), last + 3))]
    units = 1 + sum(w.link != "-" for w in names[1:])
    if run.title and any(t.key not in ("chief", "deputy", "acting", "state") for t in run.title):
        return "person"
    if set(before) & _PUBLICATION_CUES or (
        before[-1:] == ["the"] and after[:1] and after[0] in _PUBLICATION_CUES
    ):
        return "publication"
    if keys & _PUBLICATION_WORDS and units > 1:
        return "publication"
    if keys & _ORGANISATION_WORDS:
        return "organisation"
    if keys & _PLACE_WORDS:
        return "place"
    plain = not any(w.acronym for w in names) and all(w.key not in CONNECTORS for w in names)
    quoted = names[0].start > 0 and text[names[0].start - 1] in _OPENING_QUOTES
    if plain and 2 <= units <= 4 and (set(before[-1:]) | set(after[:1])) & _SPEECH_VERBS:
        return "person"
    if before[-1:] and before[-1] in _PLACE_PREPOSITIONS and units <= 3:
        return "place"
    if plain and 2 <= units <= 3 and not quoted:
        return "person"
    if all(w.acronym for w in names):
        return "organisation"
    return "other"
