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

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.lexicon import STOPWORDS
from ..text.names import is_derived_name
from .entity_types import EntityKind, guess_kind, settle_kind
from .name_words import COMMON_ACRONYMS, CONNECTORS, NOT_NAMES, SPEECH_VERBS, TITLES
from .runs import Run, find_runs, trim_run
from .words import Word, scan_words

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
    runs = find_runs(words)
    found: list[_Found] = []
    held: list[_Found] = []
    for run in runs:
        names = trim_run(run, midcap, lower)
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
            and nxt.key not in SPEECH_VERBS
        )
        adjectival[f.mention.words] = adjectival.get(f.mention.words, True) and use
    return [f for f in found if not adjectival[f.mention.words]]


#: Endings of a doctrine and its followers made from a name ("Lindqvism", "Lindqvists"): common
#: nouns, capitalised or not; the name they come from is checked in its own right.
_DOCTRINE_ENDINGS = ("ism", "isms", "ists")

#: Points of the compass alone ("the West", "the North"): directions and loose regions whose
#: rewording ("Western countries") is not a changed name; "West Bank" is a name of two words.
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})

#: Endings of demonyms and adjectives made from names.
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "ean", "ian")


@dataclass(slots=True)
class _Found:
    mention: Mention
    names: list[Word]
    run: Run


def _not_a_name(w: Word) -> bool:
    """A single word that is never a name on its own: a function word, a title, a month..."""
    if w.acronym:
        return w.key in COMMON_ACRONYMS
    return (
        w.key in STOPWORDS
        or (len(w.key) > 5 and w.key.endswith(_DOCTRINE_ENDINGS))
        or w.key in _DIRECTIONS
        or w.key in NOT_NAMES
        or w.key in TITLES
        or len(w.key) < 2
        or not w.key[0].isalpha()
    )


def _mention(text: str, names: list[Word], title: list[Word]) -> Mention:
    keys = tuple(w.key for w in names if w.key not in CONNECTORS or w.capital)
    title_text = " ".join(text[w.start : w.end] for w in title)
    return Mention(names[0].start, names[-1].end, text[names[0].start : names[-1].end], keys, title_text)


#: A run of more capitalised words than this is never split into two known names (and trying every
#: cut of an endless run would cost quadratic time).
_MAX_SPLIT = 12


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
            out.extend(_Found(_mention(text, [w], []), [w], Run([w], [])) for w in names)
            continue
        cut = None
        if (
            counts[f.mention.words] == 1
            and 1 < len(names) <= _MAX_SPLIT
            and all(w.link == " " for w in names[1:])
        ):
            keys = [w.key for w in names]
            cut = next(
                (k for k in range(1, len(keys)) if tuple(keys[:k]) in known and tuple(keys[k:]) in known),
                None,
            )
        if cut is None:
            out.append(f)
        else:
            out.append(_Found(_mention(text, names[:cut], f.run.title), names[:cut], f.run))
            out.append(_Found(_mention(text, names[cut:], []), names[cut:], Run(names[cut:], [])))
    return out


def _group(text: str, words: Sequence[Word], found: list[_Found]) -> list[Entity]:
    kinds: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    positions = {w.start: i for i, w in enumerate(words)}
    for f in found:
        by_key[f.mention.words].append(f.mention)
        kinds[f.mention.words][guess_kind(text, words, positions, f.names, f.run)] += 1
    # A shorter form that ends exactly one person's name ("Lindqvist") is that person.
    # People by the shorter forms that end their names, so that each form finds its owners at once.
    endings: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for k in by_key:
        if len(k) > 1 and settle_kind(kinds[k]) == "person":
            for cut in range(1, len(k)):
                endings[k[cut:]].append(k)
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in by_key:
        owners = endings.get(key, [])
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
        entities.append(Entity(" ".join(fullest.text.split()), settle_kind(merged_kinds[key]), tuple(ms)))
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities
