"""Entity check: every named entity of the original body survives in the copy, spelt as written.

Each mention of each entity (:func:`textguard.extract.entities.extract_entities`) is looked for
where the alignment says its sentence went (the counterpart, widened by one copy sentence each
side), never in the whole copy:

- **present**: every word of the name is there. Case does not count ("Unesco"/"UNESCO"), nor an
  accepted variant (British and American spellings such as "Theatre"/"Theater", plus the groups
  of ``Config.entity_variants``), nor a derived form ("Italian" for "Italy"). A name shortened to
  part of itself ("Lindqvist" for "Vera Lindqvist") is present too.
- **re-cased**: the name is there, but only in lower case ("the example institute"):
  ``entity-altered`` as a warning, since the facts did not change.
- **misspelt or transliterated**: a capitalised copy word that the original never uses looks like
  a missing word of the name (edit distance, Jaro-Winkler, or the same consonant skeleton:
  "Petrovsky" as "Petrovskiy" or "Pyetrovski"), or stands where the missing word stood, right next
  to the rest of the name ("Vera Lindkvist"): ``entity-altered``, with the copy's form and span.
- **replaced in place**: the paired sentences compared word for word show a word of a
  multi-word name replaced by another capitalised word, the rest of the name kept beside it
  ("Royal Health Trust" for "Northfield Health Trust"): ``entity-altered``, even when the page
  uses the new word as a name of its own elsewhere (its menus and other names say nothing about
  what stood at this place).
- **swapped**: the name is gone, and another capitalised name stands between the same
  neighbouring words ("partners such as Spain and Italy" for "such as France and Italy"):
  ``entity-altered``.
- otherwise the mention is **lost** there. An entity is ``entity-missing`` only when none of its
  mentions survives anywhere in the copy (a per-copy index of words answers that), and at least one
  of its mentions sits in a sentence the copy kept (a paragraph the copy lost is already reported).

Every distinct altered form of an entity is one finding, at its first place in the copy.
"""

from __future__ import annotations

from ...engine.context import CheckContext
from ...extract.entities import Entity, Mention
from ...findings import Finding, Severity
from ...registry import Check, Kind
from ...text.names import is_similar_name, name_similarity
from ._index import Variants, WordIndex
from ._matching import EntityMatcher

__all__ = ["CHECK", "check_entities", "is_similar_name", "name_similarity"]

_LABELS = {"person": "person", "organisation": "organisation", "place": "place", "publication": "publication"}


def _findings(check: EntityMatcher, entity: Entity, reported: set[tuple[int, int]]) -> list[Finding | None]:
    """The findings of one entity: one per distinct altered form, or one if it is missing."""
    ctx = check.ctx
    label = _LABELS.get(entity.kind, "name")
    absent = not check.anywhere(entity)
    out: list[Finding | None] = []
    survived = False
    lost: Mention | None = None
    forms: set[tuple[str, tuple[str, ...]]] = set()
    for m in entity.mentions:
        o = check.judge(m, absent=absent, person=entity.kind == "person")
        survived = survived or o.how in ("present", "recased", "altered", "swapped")
        if o.how == "lost" and lost is None:
            lost = m
        if o.span is None or o.span in reported:
            continue
        form = " ".join(ctx.copy.text[o.span[0] : o.span[1]].split())
        name = " ".join(m.text.split())
        if (o.how, o.changed) in forms or (o.how != "recased" and form.casefold() == name.casefold()):
            continue  # reported already, or the copy's form is the name itself
        forms.add((o.how, o.changed))
        reported.add(o.span)
        spans = {"original": ctx.original_span(m.start, m.end), "copy": ctx.copy_span(*o.span)}
        if o.how == "recased":
            message = f"{label} '{name}' appears re-cased as '{form}'"
            out.append(ctx.finding("entity-altered", Severity.WARNING, message, **spans))
        elif o.how == "altered":
            message = f"{label} '{name}' appears as '{form}' (similarity {name_similarity(name, form):.2f})"
            out.append(ctx.finding("entity-altered", Severity.ERROR, message, **spans))
        else:
            message = f"{label} '{name}' replaced by '{form}'"
            out.append(ctx.finding("entity-altered", Severity.ERROR, message, **spans))
    if not survived and lost is not None and absent:
        message = f"{label} '{entity.name}' is missing from the copy"
        span = ctx.original_span(lost.start, lost.end)
        out.append(ctx.finding("entity-missing", Severity.ERROR, message, original=span))
    return out


def _original_side(ctx: CheckContext) -> tuple[Variants, WordIndex]:
    """The accepted spellings and the index of the original body's words."""
    variants = Variants.of(ctx.config.entity_variants)
    return variants, WordIndex.of(ctx.analysis.body_words, variants)


def check_entities(ctx: CheckContext) -> tuple[list[Finding], int]:
    """Every entity finding of the copy, and the number of entities in the original's body."""
    entities = ctx.analysis.entities
    variants, body = ctx.of_original("entities", lambda: _original_side(ctx))
    copy = WordIndex.of(ctx.copy_words, variants)
    check = EntityMatcher(ctx, variants, body, copy, entities=tuple(entities))
    reported: set[tuple[int, int]] = set()
    findings = [f for e in entities for f in _findings(check, e, reported)]
    return [f for f in findings if f is not None], len(entities)


CHECK = Check(
    "entities",
    kinds=(
        Kind(
            "entity-missing",
            Severity.ERROR,
            ("#eebefa", "#ae3ec9"),
            "a named entity of the original (person, organisation, place, publication) is absent",
            implied_by_gaps=True,
        ),
        Kind(
            "entity-altered",
            Severity.ERROR,
            ("#d0bfff", "#7048e8"),
            "it appears misspelt, transliterated differently, re-cased or swapped for another name",
        ),
    ),
    run=check_entities,
    stat="entities",
)
