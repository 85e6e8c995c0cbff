"""Helpers for the tests that run the command line in-process and read its JSON reports."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from textguard import cli
from textguard.text import reading

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


def denying_reader(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Path]]:
    """Make files unreadable: mode 000, and a refusal from the reader even for root, who could
    read them anyway (the suite runs as root in containers and CI, where a skip would hide the
    test). Yields the function that makes a path unreadable; restores the modes afterwards."""
    denied: list[Path] = []
    real_open = open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and os.path.abspath(file) in map(str, denied):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(reading, "open", guarded_open, raising=False)

    def make_unreadable(path: Path) -> Path:
        path.chmod(0)
        denied.append(path.absolute())
        return path

    yield make_unreadable
    for path in denied:
        path.chmod(0o644)
