"""Helpers for the tests that run the command line in-process and read its JSON reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from textguard import cli

#: What ``textguard ARGV`` did: exit status, stdout, stderr.
Result = tuple[int, str, str]


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> Result:
    """Run ``textguard ARGV`` in-process."""
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_unjudged(result: Result, *needles: str) -> None:
    """Exit 2, nothing on stdout, exactly one ``textguard: error:`` line that says each needle."""
    __tracebackhide__ = True
    code, out, err = result
    assert (code, out) == (2, ""), (code, out, err)
    assert err.startswith("textguard: error: ") and err.endswith("\n") and err.count("\n") == 1, err
    for needle in needles:
        assert needle in err, err


def assert_spans_exact(report: dict[str, Any], original: str, copy: str) -> None:
    """Every span of a JSON report is inside its text, and its ``text`` is that slice."""
    __tracebackhide__ = True
    texts = {"original": original, "copy": copy}
    for finding in report["findings"]:
        for side, text in texts.items():
            span = finding[side]
            if span is not None:
                assert 0 <= span["start"] <= span["end"] <= len(text), finding
                assert text[span["start"] : span["end"]] == span["text"], finding
