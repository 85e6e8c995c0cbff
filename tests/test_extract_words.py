"""scan_words on a text longer than one chunk of matches (issue 16): the state carried from word
to word (links, sentence starts) crosses chunk boundaries unchanged."""

from __future__ import annotations

from textguard.extract import words as words_module
from textguard.extract.words import Word, scan_words

#: Fictional: words whose links and sentence starts differ.
BLOCK = "Mr. Lindqvist's U.S.-based firm & co. "


def relative(words: list[Word], offset: int) -> list[tuple[object, ...]]:
    return [(w.start - offset, w.end - offset, *w[2:]) for w in words]


def test_every_repetition_of_a_block_reads_like_the_second() -> None:
    times = words_module._CHUNK // 5 + 3  # more words than one chunk
    found = scan_words(BLOCK * times)
    n = len(scan_words(BLOCK))
    assert len(found) == n * times > words_module._CHUNK
    second = relative(found[n : 2 * n], len(BLOCK))
    for k in range(1, times):
        assert relative(found[k * n : (k + 1) * n], k * len(BLOCK)) == second, k
