"""British and American spellings of common English words ("theatre"/"theater", "colour"/"color").

A copy may respell a common word of a name the other way ("Royal Theatre" as "Royal Theater")
without changing a fact, but a proper name is spelt one way only: "Okafor" respelt "Okafour" or
"Taylor" respelt "Taylour" is another name. So the rules here apply to the common words they name
and to suffixes only common words carry ("-isation", "-ised"), never to an ending alone: a name
that merely ends like one ("Taylor", "Connor", "Louise") keeps its letters.

:func:`spelling_key` maps either spelling of a word to one key (the British one).
"""

from __future__ import annotations

__all__ = ["spelling_key"]

#: Stems whose British "-our" is American "-or" (the stem given in its American form).
_OR_STEMS = """
    arbor ardor armor behavior candor clamor color demeanor endeavor favor fervor flavor glamor
    harbor honor humor labor neighbor odor parlor rancor rigor rumor savior savor splendor succor
    tumor valor vapor vigor
""".split()
#: What follows an "-our"/"-or" stem in the words it makes ("colours", "neighbourhood").
_OR_SUFFIXES = (
    "", "s", "ed", "ing", "er", "ers", "ful", "fully", "less", "able", "ably", "ite", "ites",
    "hood", "hoods", "ist", "ists", "al", "ally", "ism", "y",
)  # fmt: skip

#: Words whose British "-re" is American "-er" (American form).
_ER_STEMS = """
    center theater meter liter fiber caliber saber somber specter luster meager maneuver scepter
    kilometer centimeter millimeter goiter miter ocher titer
""".split()
#: Endings after an "-re"/"-er" word: the British adds them to "centr", the American to "center".
_ER_SUFFIXES = ("", "s", "d", "ed", "ing")

#: Words whose British "-yse" is American "-yze" (stem before the ending).
_YSE_STEMS = "anal paral catal dial electrol breathal hydrol".split()
_YSE_SUFFIXES = ("e", "es", "ed", "ing", "er", "ers")

#: Common verbs in "-ise"/"-ize" (stem before the ending). Their inflected forms and nouns in
#: "-isation" are recognised by suffix alone (:data:`_IZE_FORMS`); the bare verb is not, since
#: names end in "-ise" too ("Louise", "Denise").
_ISE_STEMS = """
    real recogn organ apolog critic emphas priorit minim maxim summar character privat national
    modern mobil author final legal stabil util special categor public jeopard memor normal penal
    symbol sympath visual hospital capital central colon criminal econom energ equal familiar
    global harmon hypothes ideal immun industrial item local marginal monopol neutral optim patron
    polar popular radical rational revital scrutin sensit social standard steril subsid terror
    theor trivial urban vapor vandal victim western agon antagon bapt brutal cannibal canon
    caramel civil commercial computer crystall decentral demoral demon deput destabil digit
    dramat evangel fertil fossil galvan human initial internal italic lion liberal magnet mesmer
    metabol militar moistur natural ostrac pasteur pressur random regular reorgan scandal stigmat
    tantal union vocal mechan custom synchron fantas sanit orchestr
""".split()
#: Endings that only common words carry: the inflections of "-ise"/"-ize" verbs and their nouns.
_IZE_FORMS = (
    ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
    ("isers", "izers"), ("iser", "izer"),
)  # fmt: skip
#: Shortest stem a suffix of :data:`_IZE_FORMS` is recognised after ("realised": "real").
_MIN_STEM = 3

#: Other common words spelt differently, American form to British.
_WORDS: dict[str, str] = {
    "defense": "defence",
    "offense": "offence",
    "license": "licence",
    "program": "programme",
    "programs": "programmes",
    "catalog": "catalogue",
    "gray": "grey",
    "aluminum": "aluminium",
    "jewelry": "jewellery",
    "plow": "plough",
    "pajamas": "pyjamas",
}


def _table() -> dict[str, str]:
    out = dict(_WORDS)
    for stem in _OR_STEMS:
        british = stem[:-2] + "our"
        for suffix in _OR_SUFFIXES:
            out[stem + suffix] = british + suffix
    for word in _ER_STEMS:
        british = word[:-2] + "re"
        for suffix in _ER_SUFFIXES:
            if suffix in ("d", "ed"):
                out[word + "ed"] = word[:-2] + "red"
            elif suffix == "ing":
                out[word + "ing"] = word[:-2] + "ring"
            else:
                out[word + suffix] = british + suffix
    for stem in _YSE_STEMS:
        for suffix in _YSE_SUFFIXES:
            out[stem + "yz" + suffix] = stem + "ys" + suffix
    for stem in _ISE_STEMS:
        for suffix in ("e", "es"):
            out[stem + "iz" + suffix] = stem + "is" + suffix
    return out


_TABLE = _table()


def spelling_key(key: str) -> str:
    """One key for the British and American spellings of a common word (a folded word key).

    A word of a list (or a form of an "-ise" verb by its suffix) gets its British spelling; any
    other word, proper names included, is returned as it is.

    >>> [spelling_key(w) for w in ("theater", "colors", "organized", "realize", "okafor", "louize")]
    ['theatre', 'colours', 'organised', 'realise', 'okafor', 'louize']
    """
    found = _TABLE.get(key)
    if found is not None:
        return found
    for british, american in _IZE_FORMS:
        if key.endswith(american) and len(key) - len(american) >= _MIN_STEM:
            return key[: -len(american)] + british
    return key
