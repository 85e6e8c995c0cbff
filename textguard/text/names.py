"""How alike two names are: derived forms, misspellings and transliterations.

Extraction needs to know that "Lindqvism" derives from "Lindqvist", and the entity check that
"Petrovskiy" is "Petrovsky" misspelt while "Petersen" is another name. Both questions compare keys
of names, not texts, so they live together here, apart from the code that finds the names.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import OSA, DamerauLevenshtein, JaroWinkler, Levenshtein

__all__ = ["is_derived_name", "is_similar_name", "name_similarity"]

#: Endings that make an adjective, a demonym or a movement of a name.
_DERIVED_ENDINGS = (
    "ish", "ian", "ians", "an", "ans", "ean", "ese", "ic", "ism", "isms", "ist", "ists", "ite", "ites",
    "er", "ers", "ern", "erner", "erners",
)  # fmt: skip


def is_derived_name(a: str, b: str) -> bool:
    """Whether one of two keys is the other with a derivational ending: a demonym
    ("italian" of "italy", "spanish" of "spain"), a movement ("lindqvism"), a region
    ("northern"). Keys one or two edits apart never are: that is a spelling change (an edit
    being a letter inserted, deleted, changed, or two letters swapped anywhere: "Babca" is two
    edits from "Babaic", not a derived form of it).

    >>> [is_derived_name("italy", w) for w in ("italian", "italyer", "ital")]
    [True, False, False]
    >>> is_derived_name("moreauists", "moreau"), is_derived_name("moreau", "moreno")
    (True, False)
    """
    if a == b or not (_derives(a, b) or _derives(b, a)):
        return False
    return DamerauLevenshtein.distance(a, b) >= 3


def _derives(base: str, form: str) -> bool:
    # ``form`` keeps all of ``base`` but at most its last two letters, then at most one more
    # letter and a derivational ending.
    for k in range(len(base), max(3, len(base) - 2) - 1, -1):
        if form.startswith(base[:k]):
            rest = form[k:]
            return any(rest.endswith(e) and len(rest) - len(e) <= 1 for e in _DERIVED_ENDINGS)
    return False


def _plain(key: str) -> str:
    """A key without accents, for comparing spellings."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


_DIGRAPHS = (
    ("tch", "k"),
    ("ck", "k"),
    ("ch", "k"),
    ("kh", "k"),
    ("ph", "f"),
    ("sh", "s"),
    ("zh", "s"),
    ("ts", "s"),
    ("wh", "w"),
    ("th", "t"),
    ("gh", "g"),
    ("x", "ks"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
    ("v", "f"),
    ("w", "f"),
    ("j", "y"),
)
_VOWELS = re.compile(r"[aeiouyh]")
_REPEATS = re.compile(r"(.)\1+")


def _skeleton(key: str) -> str:
    """The consonants of a name as transliterations keep them: "Chekhov" and "Tchekov" are both
    ``kf``, "Petrovsky" and "Pyetrovski" both ``ptrfsk``."""
    s = _plain(key)
    for old, new in _DIGRAPHS:
        s = s.replace(old, new)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", s))


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0-1 (the better of Jaro-Winkler and normalized edit distance),
    case and accents ignored.

    >>> round(name_similarity("Petrovsky", "Petrovskiy"), 2)
    0.98
    """
    a, b = _plain(a.casefold()), _plain(b.casefold())
    return max(JaroWinkler.similarity(a, b), Levenshtein.normalized_similarity(a, b))


def is_similar_name(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` misspelt or transliterated differently.

    One edit from three letters on ("Bab" as "Aab": the name is missing where the copy has it),
    two from five on, a high Jaro-Winkler score with the same first
    letter, or the same consonant skeleton with a fair Jaro-Winkler score.

    >>> [is_similar_name("Petrovsky", x) for x in ("Petrovskiy", "Pyetrovski", "Petersen")]
    [True, True, False]
    """
    a, b = _plain(a.casefold()), _plain(b.casefold())
    if a == b:
        return False
    n = min(len(a), len(b))
    if n < 3:
        return False
    edits = min(Levenshtein.distance(a, b), OSA.distance(a, b))
    if (edits <= 1 and n >= 3) or (edits <= 2 and n >= 5):
        return True
    jw = JaroWinkler.similarity(a, b)
    if a[0] == b[0] and jw >= 0.84:
        return True
    sa, sb = _skeleton(a), _skeleton(b)
    return len(sa) >= 2 and sa == sb and jw >= 0.65
