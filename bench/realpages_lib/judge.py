"""Whether textguard found a planted defect at its place, and which findings were elsewhere (pure).

A defect is found when a finding of an acceptable kind (see ``mutations.ACCEPTABLE``), at the
required severity or above, has a span that overlaps one of the defect's sites, in the copy or
in the original. An error or warning that is not *near* the defect (its lines, or the line on
either side) is an off-site false positive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .mutations import Acceptable, Mutation, Site

__all__ = ["Verdict", "judge", "near", "overlaps"]

_RANK = {"info": 0, "warning": 1, "error": 2}


def overlaps(span: Site, site: Site) -> bool:
    """Half-open overlap; an empty site is a point, which a span touching it overlaps.

    >>> overlaps((3, 6), (5, 9)), overlaps((3, 6), (6, 9)), overlaps((3, 6), (6, 6))
    (True, False, True)
    """
    a, b = span
    s, e = site
    if s == e or a == b:
        return a <= e and s <= b
    return a < e and s < b


def _line_bounds(text: str, site: Site, spread: int) -> Site:
    """``site`` grown to whole lines, and ``spread`` non-blank lines more on each side."""
    s, e = site
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    end = len(text) if end < 0 else end
    for _ in range(spread):
        while start > 0 and text[start - 1] in "\r\n":
            start -= 1
        start = text.rfind("\n", 0, start) + 1 if start > 0 else 0
        while end < len(text) and text[end] in "\r\n":
            end += 1
        nxt = text.find("\n", end)
        end = len(text) if nxt < 0 else nxt
    return start, end


def near(span: Site, sites: tuple[Site, ...], text: str, spread: int = 1) -> bool:
    """Whether ``span`` lies on the lines of a site or within ``spread`` lines of it."""
    return any(overlaps(span, _line_bounds(text, site, spread)) for site in sites)


@dataclass(frozen=True, slots=True)
class Verdict:
    found: bool  # an acceptable kind, at the required severity, on site
    found_any_severity: bool  # the same at any severity
    offsite: tuple[dict[str, Any], ...]  # errors and warnings away from the defect


def _on(finding: dict[str, Any], mutation: Mutation, original: str) -> bool:
    c, o = finding.get("copy"), finding.get("original")
    return bool(
        (c and any(overlaps(tuple(c), s) for s in mutation.copy_sites))
        or (o and any(overlaps(tuple(o), s) for s in mutation.original_sites))
    )


def judge(mutation: Mutation, findings: list[dict[str, Any]], acceptable: Acceptable, original: str) -> Verdict:
    """Judge textguard's findings (plain records: kind, severity, copy/original ``[start, end]``)."""
    need = _RANK[acceptable.severity]
    hits = [f for f in findings if f["kind"] in acceptable.kinds and _on(f, mutation, original)]
    offsite = tuple(
        f
        for f in findings
        if _RANK[f["severity"]] >= 1
        and not (f.get("copy") and near(tuple(f["copy"]), mutation.copy_sites, mutation.copy))
        and not (f.get("original") and near(tuple(f["original"]), mutation.original_sites, original))
    )
    return Verdict(any(_RANK[f["severity"]] >= need for f in hits), bool(hits), offsite)
