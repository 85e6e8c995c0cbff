"""Name runs and their kinds around titles and possessives (``textguard.extract.runs``,
``textguard.extract.entity_types``): the cases a scaffolded article.toml got wrong (issue 15).
Every sentence here is fictional."""

from __future__ import annotations

import pytest

from textguard.extract.entities import extract_entities


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in extract_entities(text)]


@pytest.mark.parametrize("title", ["MP", "MEP", "MSP", "MLA"])
def test_a_member_title_before_a_name_is_a_title(title: str) -> None:
    text = f"The ward was opened by local {title} Tom Ellery, who said it was overdue."
    assert kinds(text) == [("Tom Ellery", "person")]


def test_a_role_with_no_name_after_it_is_no_organisation() -> None:
    text = "The Health Secretary said the MP for Northfield was wrong, and the MP agreed."
    assert dict(kinds(text))["MP"] == "other"
    assert dict(kinds(text))["Health Secretary"] == "other"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff at St Aldhelm's Hospital were told on Monday.", "St Aldhelm's Hospital"),
        ("She studied at Kettle's College London for a year.", "Kettle's College London"),
    ],
)
def test_an_institution_word_after_a_possessive_name_is_part_of_it(text: str, name: str) -> None:
    assert (name, "organisation") in kinds(text)


def test_a_possessive_before_a_name_joined_by_of_stays_apart() -> None:
    text = "Officials from Westmark spoke. Westmark's Ministry of Harbours said the plan was late."
    names = [name for name, _ in kinds(text)]
    assert "Ministry of Harbours" in names
    assert not any("'s Ministry" in name for name in names)


def test_a_possessive_before_an_ordinary_word_ends_the_name() -> None:
    text = "Later, the council backed Ada Okafor's plan for the Westby Road depot."
    assert ("Ada Okafor", "person") in kinds(text)
