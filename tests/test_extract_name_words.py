"""The word lists of name extraction hold classes of words, not the words one article needs: each
member tested here is read on a fictional line of its own."""

from __future__ import annotations

import pytest

from textguard.extract.entities import extract_entities


@pytest.mark.parametrize("title", ["Warden", "Ranger", "Sheriff", "Provost", "Rector", "Commissioner", "Superintendent"])
def test_titles_are_kept_apart_from_the_name(title: str) -> None:
    (entity,) = extract_entities(f"{title} Ana Ruiz said the reserve would reopen in May.")
    assert entity.name == "Ana Ruiz"
    assert entity.mentions[0].title == title


@pytest.mark.parametrize(
    "adverb", ["Meanwhile", "However", "Moreover", "Furthermore", "Therefore", "Thus", "Hence", "Otherwise", "Anyway", "Again"]
)
def test_sentence_adverbs_are_no_part_of_the_name_after_them(adverb: str) -> None:
    found = extract_entities(f"The talks in Norvale failed. {adverb} Tomas Berg flew home on Friday.")
    assert [e.name for e in found] == ["Norvale", "Tomas Berg"]


@pytest.mark.parametrize("noun", ["tabloid", "newspaper", "outlet", "newswire", "blog", "broadsheet"])
def test_publication_nouns_type_the_name_after_them(noun: str) -> None:
    found = extract_entities(f"The plan was first reported by the {noun} Harbour Echo on Monday.")
    assert [(e.name, e.kind) for e in found] == [("Harbour Echo", "publication")]
