"""Small word lists that general mechanisms need: function words of English.

Function words carry grammar, not content: two sentences that share only "the", "of" and "to"
are not about the same thing. Alignment weighs them down and feature checks count them.
"""

from __future__ import annotations

__all__ = ["STOPWORDS", "is_content_word"]

STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are aren as at be because been before
    being below between both but by can cannot could couldn did didn do does doesn doing don down
    during each either even ever every few for from further get got had hadn has hasn have haven
    having he her here hers herself him himself his how however i if in into is isn it its itself
    just least less like ll many may me might more most much must my myself neither no nor not now
    of off on once one only or other our ours ourselves out over own per quite rather re s said
    same say says shall she should shouldn since so some still such t than that the their theirs
    them themselves then there these they this those though through thus to too under until up upon
    us ve very was wasn we were weren what when where whether which while who whom whose why will
    with within without won would wouldn yet you your yours yourself yourselves
    """.split()
)


def is_content_word(key: str) -> bool:
    """True for a folded word that carries content: not a function word, and more than one
    character unless it is a number.

    >>> [w for w in "the council met in 2024 a".split() if is_content_word(w)]
    ['council', 'met', '2024']
    """
    if key.isdigit():
        return True
    return len(key) > 1 and key not in STOPWORDS
