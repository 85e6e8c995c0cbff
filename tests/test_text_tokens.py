"""The tokenizer against the plain loop it replaced (issue 16): same words, offsets and keys."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textguard.text import tokens
from textguard.text.normalize import fold_word
from textguard.text.tokens import tokenize


def one_word_at_a_time(text: str) -> tuple[list[int], list[int], tuple[str, ...]]:
    """The obvious tokenizer: one match, one key at a time."""
    starts, ends, keys = [], [], []
    for m in tokens._TOKEN.finditer(text):
        key = fold_word(m.group())
        if key:
            starts.append(m.start())
            ends.append(m.end())
            keys.append(key)
    return starts, ends, tuple(keys)


def cut(text: str) -> tuple[list[int], list[int], tuple[str, ...]]:
    t = tokenize(text)
    return list(t.starts), list(t.ends), t.keys


#: Letters, digits, spaces and punctuation, a ligature, a sharp s, combining accents, a soft
#: hyphen and a zero-width space (words of invisible characters only are no words), and kanji.
PIECES = ["Ana", "ufer", "NATO", " ", ". ", "\u2019s", "-", "\u00ad", "\u200b", "e\u0301", "\u00df", "\ufb01", "\u65e5", "42", "\n"]


@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_words_offsets_and_keys_are_those_of_the_plain_loop(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert cut(text) == one_word_at_a_time(text)


def test_a_text_longer_than_one_chunk_keeps_every_word_in_order() -> None:
    text = " \u200b ".join(f"Word{i} caf\u00e9" for i in range(tokens.MATCH_CHUNK))  # 2 chunks and more
    assert cut(text) == one_word_at_a_time(text)
    assert len(tokenize(text).keys) == 2 * tokens.MATCH_CHUNK


def test_an_ascii_text_keys_its_words_in_lower_case_and_shares_equal_keys() -> None:
    t = tokenize("Ferry, ferry FERRY to Skellan Point")
    assert t.keys == ("ferry", "ferry", "ferry", "to", "skellan", "point")
    assert t.keys[0] is t.keys[2]
    assert (t.starts[1], t.ends[1]) == (7, 12)
