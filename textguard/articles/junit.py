"""JUnit XML for ``textguard scan --junit-xml PATH``, so that CI systems show each copy as a test.

One ``<testcase>`` per copy (``classname`` the article, ``name`` the copy), as the pytest plugin
would report it: a copy that meets what ``article.toml`` records passes (a recorded ``fail``
included), an unexpected result is a ``<failure>`` whose text names each unmet expectation and the
findings behind it, and a copy that could not be judged is an ``<error>``. The verdict line of
every copy is its ``<system-out>``. Characters XML 1.0 cannot hold (control characters of a
scraped copy) are written as ``?``, so the file always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from ..render.text import render_findings, render_scan_line

if TYPE_CHECKING:
    from .scan import Outcome

__all__ = ["junit_xml"]

_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("?", text)


def junit_xml(outcomes: list[Outcome], *, name: str) -> str:
    """The JUnit XML document of a scan's ``outcomes`` (one test suite called ``name``).

    >>> print(junit_xml([], name="textguard scan fixtures").splitlines()[1])
    <testsuites name="textguard scan fixtures" tests="0" failures="0" errors="0" skipped="0" time="0.000">
    """
    failures = sum(1 for o in outcomes if o.report is not None and o.mismatches)
    errors = sum(1 for o in outcomes if o.report is None)
    seconds = sum(o.report.stats.elapsed_ms for o in outcomes if o.report is not None) / 1000
    counts = {
        "tests": str(len(outcomes)),
        "failures": str(failures),
        "errors": str(errors),
        "skipped": "0",
        "time": f"{seconds:.3f}",
    }
    suites = ET.Element("testsuites", {"name": _clean(name), **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": _clean(name), **counts})
    for outcome in outcomes:
        suite.append(_testcase(outcome))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _testcase(outcome: Outcome) -> ET.Element:
    entry, report = outcome.entry, outcome.report
    attributes = {"classname": _clean(entry.article), "name": _clean(entry.copy or entry.article)}
    if entry.job is not None:
        attributes["file"] = _clean(entry.job.copy)
    if report is not None:
        attributes["time"] = f"{report.stats.elapsed_ms / 1000:.3f}"
    case = ET.Element("testcase", attributes)
    if report is None:
        error = ET.SubElement(case, "error", {"message": _clean(outcome.error or "could not be judged")})
        error.text = _clean(outcome.error or "")
        return case
    if outcome.mismatches:
        blocks = []
        for mismatch in outcome.mismatches:
            block = mismatch.message
            if mismatch.findings:
                block += "\n" + render_findings(mismatch.findings, report, indent=2)
            blocks.append(block)
        message = "; ".join(m.message for m in outcome.mismatches)
        failure = ET.SubElement(case, "failure", {"message": _clean(message)})
        failure.text = _clean("\n\n".join(blocks))
    out = ET.SubElement(case, "system-out")
    out.text = _clean(render_scan_line(entry.name, report))
    return case
