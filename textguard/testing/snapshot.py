"""A syrupy extension for textguard reports: one human-readable text file per snapshot.

syrupy's default format prints a report object as one long line, and its JSON extension would
store timings, digests and absolute paths that change on every run. This extension stores what a
person reviews: the verdict, the tally, the stats that describe the texts, and one line per
finding (severity, kind, where in each text, message), in the report's stable order. A check that
starts or stops finding something, or words a finding differently, shows as a diff of one line.

Left out on purpose, because they change without anything being wrong: ``elapsed_ms``, the
textguard version, file paths and digests, the texts' lengths. Positions are ``line:column`` (from
1) when the texts are known (a :class:`~textguard.report.Report`), so that an edit on one line of a
copy moves only the findings on that line; a report dict (``report.to_dict()``) carries no texts,
so its positions are character offsets.

Use it through the pytest fixture ``textguard_snapshot``, or as any syrupy extension::

    def test_my_pipeline(snapshot):
        assert snapshot.use_extension(TextguardSnapshotExtension) == textguard.check(a, b)

This module imports syrupy; nothing else in textguard does.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from syrupy.data import SnapshotCollections
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from ..findings import Finding, Span
from ..render.text import locate
from ..report import Report

if TYPE_CHECKING:
    from syrupy.location import PyTestLocation
    from syrupy.types import PropertyFilter, PropertyMatcher, SerializableData, SerializedData

__all__ = ["TextguardSnapshotExtension", "format_snapshot", "is_snapshot_of_an_existing_copy"]

_SEVERITY_WIDTH = 7  # "warning"
_KIND_WIDTH = 17  # "paragraph-missing"


class TextguardSnapshotExtension(SingleFileSnapshotExtension):
    """One ``.txt`` file per snapshot, written by :func:`format_snapshot`.

    Only the serializer differs from syrupy's single-file extension: storage (a file per test
    under ``__snapshots__/``), the comparator (text equality) and the diff reporter are syrupy's.
    And one rule of discovery: the snapshot of a fixture copy whose file still exists
    (``<article>/__snapshots__/copies/<copy>.txt`` next to ``<article>/copies/<copy>.txt``) is
    never offered to syrupy as a candidate for "unused", so no collection error, ``-x``, ``-k``
    or broken ``article.toml`` can make ``--snapshot-update`` delete it. The snapshot of a removed
    copy is still reported, and deleted by ``--snapshot-update``, as syrupy does.
    """

    def discover_snapshots(
        self, *, test_location: PyTestLocation, ignore_extensions: list[str] | None = None
    ) -> SnapshotCollections:
        found = super().discover_snapshots(test_location=test_location, ignore_extensions=ignore_extensions)
        kept = SnapshotCollections()
        for collection in found:
            if not is_snapshot_of_an_existing_copy(collection.location):
                kept.add(collection)
        return kept

    file_extension = "txt"
    _write_mode = WriteMode.TEXT

    def serialize(
        self,
        data: SerializableData,
        *,
        exclude: PropertyFilter | None = None,
        include: PropertyFilter | None = None,
        matcher: PropertyMatcher | None = None,
    ) -> SerializedData:
        return format_snapshot(data)


def is_snapshot_of_an_existing_copy(location: str | Path) -> bool:
    """Whether ``location`` is ``<article>/__snapshots__/copies/<copy>.txt`` of an article folder
    whose ``copies/<copy>.txt`` exists: a snapshot that must never be deleted."""
    path = Path(location)
    if path.parent.name != "copies" or path.parent.parent.name != "__snapshots__":
        return False
    article = path.parent.parent.parent
    return (article / "original.txt").is_file() and (article / "copies" / path.name).exists()


def format_snapshot(data: Report | Mapping[str, Any] | str) -> str:
    """The snapshot text of a report, a report dict (``report.to_dict()``), or text as it is.

    >>> import textguard
    >>> print(format_snapshot(textguard.check("The council met.", "The council met.")), end="")
    verdict pass (fail on error): 0 errors, 0 warnings, 0 info
    stats: coverage 100%, 0 quotes, 0 entities, 0 numbers
    """
    if isinstance(data, str):
        return data if data.endswith("\n") or not data else data + "\n"
    if isinstance(data, Report):
        return _format(
            verdict=data.verdict,
            fail_on=data.fail_on.value,
            stats=data.stats.to_dict(),
            lines=[_finding_line(f, data.original_text, data.copy_text) for f in data.findings],
            severities=[f.severity.value for f in data.findings],
        )
    if isinstance(data, Mapping) and "findings" in data and "verdict" in data:
        findings = list(data["findings"])
        return _format(
            verdict=str(data["verdict"]),
            fail_on=None,
            stats=dict(data.get("stats") or {}),
            lines=[_dict_finding_line(f) for f in findings],
            severities=[str(f.get("severity", "")) for f in findings],
        )
    raise TypeError(
        "textguard's snapshot extension takes a textguard Report, its to_dict(), or a str, "
        f"not {type(data).__name__}"
    )


def _format(
    *,
    verdict: str,
    fail_on: str | None,
    stats: Mapping[str, Any],
    lines: list[str],
    severities: list[str],
) -> str:
    tally = ", ".join(
        f"{severities.count(s)} {s}{'s' if s != 'info' and severities.count(s) != 1 else ''}"
        for s in ("error", "warning", "info")
    )
    head = f"verdict {verdict}" + (f" (fail on {fail_on})" if fail_on else "") + f": {tally}"
    percent = round(float(stats.get("coverage", 0.0)) * 100)
    if percent == 100 and float(stats.get("coverage", 0.0)) < 1:
        percent = 99  # never claim full coverage that is not
    counts = ", ".join(
        f"{int(stats.get(key, 0))} {key if int(stats.get(key, 0)) != 1 else singular}"
        for key, singular in (("quotes", "quote"), ("entities", "entity"), ("numbers", "number"))
    )
    out = [head, f"stats: coverage {percent}%, {counts}"]
    if lines:
        out.append("")
        out.extend(lines)
    return "\n".join(out) + "\n"


def _finding_line(finding: Finding, original: str, copy: str) -> str:
    where = []
    if finding.copy is not None:
        where.append(f"copy {_lines(copy, finding.copy)}")
    if finding.original is not None:
        where.append(f"original {_lines(original, finding.original)}")
    return _line(finding.severity.value, finding.kind, where, finding.message)


def _dict_finding_line(finding: Mapping[str, Any]) -> str:
    where = []
    for side in ("copy", "original"):
        span = finding.get(side)
        if span:
            where.append(f"{side} {span['start']}-{span['end']}")
    return _line(
        str(finding.get("severity", "")), str(finding.get("kind", "")), where, str(finding.get("message", ""))
    )


def _line(severity: str, kind: str, where: list[str], message: str) -> str:
    text = " ".join(message.split())  # one line, whatever the message holds
    return f"{severity:<{_SEVERITY_WIDTH}}  {kind:<{_KIND_WIDTH}}  {', '.join(where)}  {text}".rstrip()


def _lines(text: str, span: Span) -> str:
    """``line:col-line:col`` of a span, or ``line:col`` when it is empty."""
    start = "{}:{}".format(*locate(text, span.start))
    if span.end == span.start:
        return start
    end_line, end_col = locate(text, span.end)
    return f"{start}-{end_line}:{end_col}"
