"""Named entities from a spaCy pipeline, for projects that have one (``pip install pytest-textguard[spacy]``).

The rules of :mod:`textguard.extract.entities` need no model and suit news prose. A newsroom that
already runs a spaCy pipeline (a trained model, or rules of its own in an entity ruler) can use
it instead by naming it in the config: ``spacy_model = "en_core_web_sm"`` (an installed package)
or the path of a pipeline saved with ``nlp.to_disk``. The entity check then asks the pipeline for
the entities and compares them exactly as it compares the rules' ones.

spaCy is imported only here and only when a pipeline is configured, so ``import textguard`` never
imports it. A loaded pipeline is kept for the life of the process (loading one takes far longer
than a check), keyed by its name.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from .entities import CONNECTORS, TITLES, Entity, EntityKind, Mention, scan_words

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["extract_entities_with", "load_pipeline"]

#: spaCy labels (OntoNotes and WikiNER schemes) and the rough types of textguard.
_KINDS: dict[str, EntityKind] = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "EVENT": "other",
    "PRODUCT": "other",
    "WORK_OF_ART": "publication",
    "LAW": "other",
    "LANGUAGE": "other",
    "MISC": "other",
    "PUBLICATION": "publication",
}


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline ``name`` (an installed package or a saved pipeline's folder), loaded once.

    Raises :class:`~textguard.errors.ConfigError` saying what to install when spaCy or the
    pipeline is missing.
    """
    try:
        import spacy
    except ImportError:
        raise ConfigError(
            f"spacy_model is {name!r} but spaCy is not installed: pip install 'pytest-textguard[spacy]', "
            "or remove spacy_model to use the built-in rules"
        ) from None
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"cannot load the spaCy pipeline {name!r}: install it (python -m spacy download {name}) "
            f"or give the folder of a pipeline saved with nlp.to_disk ({str(exc).splitlines()[0]})"
        ) from None


def extract_entities_with(nlp: Any, text: str, *, start: int = 0, end: int | None = None) -> list[Entity]:
    """The named entities that the spaCy pipeline ``nlp`` finds in ``text[start:end]``, as
    :class:`~textguard.extract.entities.Entity` values with spans into ``text``.

    Figures and dates (``CARDINAL``, ``DATE``, ``MONEY``...) are left to the figure check. As with
    the rules, a title is kept apart from the name ("President"), a possessive ``'s`` is dropped,
    and a surname alone is a mention of the one person whose name ends with it.
    """
    stop = len(text) if end is None else end
    doc = nlp(text[start:stop])
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    kinds: dict[tuple[str, ...], EntityKind] = {}
    for ent in doc.ents:
        kind = _KINDS.get(ent.label_)
        if kind is None:
            continue
        mention = _mention(text, start + ent.start_char, start + ent.end_char)
        if mention is not None:
            by_key[mention.words].append(mention)
            kinds.setdefault(mention.words, kind)
    people = [k for k in by_key if len(k) > 1 and kinds[k] == "person"]
    merged: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for key, mentions in by_key.items():
        owners = [p for p in people if len(p) > len(key) and p[-len(key) :] == key]
        merged[owners[0] if len(owners) == 1 else key].extend(mentions)
    entities = []
    for key, mentions in merged.items():
        mentions.sort(key=lambda m: m.start)
        fullest = max(mentions, key=lambda m: (len(m.words), -m.start))
        entities.append(Entity(" ".join(fullest.text.split()), kinds[key], tuple(mentions)))
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


def _mention(text: str, start: int, end: int) -> Mention | None:
    """The mention behind an entity span: leading "the" and titles off, possessive off."""
    words = scan_words(text, start=start, end=end)
    title = []
    while len(words) > 1 and (words[0].key == "the" or words[0].key in TITLES):
        if words[0].key in TITLES:
            title.append(text[words[0].start : words[0].end])
        words = words[1:]
    if not words:
        return None
    keys = tuple(w.key for w in words if w.capital or w.key not in CONNECTORS)
    if not keys:
        return None
    s, e = words[0].start, words[-1].end
    return Mention(s, e, text[s:e], keys, " ".join(title))
