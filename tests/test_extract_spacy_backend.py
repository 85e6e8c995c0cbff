"""The optional spaCy backend, with a real pipeline built here (blank English and an entity ruler):
no model is downloaded. Skipped when spaCy is not installed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from textguard import Config, ConfigError
from textguard.checks.entities import check_entities
from textguard.engine.pipeline import build_context
from textguard.extract.spacy_backend import extract_entities_with, load_pipeline

spacy = pytest.importorskip("spacy")

PATTERNS = [
    {"label": "PERSON", "pattern": "Vera Lindqvist"},
    {"label": "PERSON", "pattern": "Lindqvist"},
    {"label": "ORG", "pattern": "Harbour Board"},
    {"label": "GPE", "pattern": "Tallinn"},
    {"label": "WORK_OF_ART", "pattern": "Morgenpost"},
    {"label": "DATE", "pattern": "Monday"},
]
ORIGINAL = (
    "President Vera Lindqvist met the Harbour Board in Tallinn on Monday.\n"
    "The Morgenpost said Lindqvist's plan would cut fares.\n"
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("entity_ruler").add_patterns(PATTERNS)
    return pipeline


@pytest.fixture(scope="module")
def saved(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pipeline") / "ruler"
    nlp.to_disk(path)
    return path


def spacy_config(path: Path) -> Config:
    """A config naming the pipeline; works before and after Config has ``spacy_model``."""
    if "spacy_model" in {f.name for f in dataclasses.fields(Config)}:
        return Config(spacy_model=str(path))  # type: ignore[call-arg]
    config = Config()
    object.__setattr__(config, "spacy_model", str(path))
    return config


def test_entities_come_from_the_pipeline_with_types_titles_and_possessives(nlp: Any) -> None:
    entities = extract_entities_with(nlp, ORIGINAL)
    assert [(e.name, e.kind) for e in entities] == [
        ("Vera Lindqvist", "person"),
        ("Harbour Board", "organisation"),
        ("Tallinn", "place"),
        ("Morgenpost", "publication"),
    ]
    person = entities[0]
    assert [(ORIGINAL[m.start : m.end], m.title) for m in person.mentions] == [
        ("Vera Lindqvist", ""),
        ("Lindqvist", ""),
    ]


def test_spans_point_into_the_text_when_a_range_is_given(nlp: Any) -> None:
    start = ORIGINAL.index("The Morgenpost")
    entities = extract_entities_with(nlp, ORIGINAL, start=start)
    assert [ORIGINAL[m.start : m.end] for e in entities for m in e.mentions] == ["Morgenpost", "Lindqvist"]


def test_a_saved_pipeline_is_loaded_once_by_its_path(saved: Path) -> None:
    assert load_pipeline(str(saved)) is load_pipeline(str(saved))


def test_the_entity_check_uses_the_configured_pipeline(saved: Path) -> None:
    copy = ORIGINAL.replace("Harbour Board", "Harbor Bored").replace("Morgenpost", "Abendblatt")
    findings, count = check_entities(build_context(ORIGINAL, copy, spacy_config(saved)))
    assert count == 4
    assert [(f.kind, f.original.text if f.original else None) for f in findings] == [
        ("entity-altered", "Harbour Board"),
        ("entity-altered", "Morgenpost"),
    ]


def test_a_missing_pipeline_is_a_config_error_saying_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot load the spaCy pipeline"):
        load_pipeline(str(tmp_path / "no-such-pipeline"))
