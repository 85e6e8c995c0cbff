"""The public entry points: :func:`check` two texts, :func:`check_files` two files."""

from __future__ import annotations

import os
import time
from dataclasses import replace

from .config import Config
from .engine.analysis import OriginalAnalysis, analyses
from .engine.pipeline import run_checks
from .report import Report, Stats, TextInfo

__all__ = ["analyse_original", "check", "check_files"]


def check(original: str, copy: str, *, config: Config | None = None) -> Report:
    """Check ``copy`` against ``original`` and return a :class:`~textguard.report.Report`.

    Pure: no I/O, safe to call from many threads or processes at once. The analysis of recent
    originals is cached (copies of one original are checked one after another), which changes
    how long a call takes, never what it returns.

    >>> check("One sentence here.", "One sentence here.").verdict
    'pass'
    """
    if not isinstance(original, str) or not isinstance(copy, str):
        raise TypeError(
            f"check() takes two str, not {type(original).__name__} and {type(copy).__name__}; "
            "read files with textguard.check_files()"
        )
    config = config or Config()
    started = time.perf_counter()
    result = run_checks(original, copy, config)
    elapsed_ms = (time.perf_counter() - started) * 1000.0
    return Report(
        original=TextInfo.of(original),
        copy=TextInfo.of(copy),
        findings=result.findings,
        stats=Stats(
            coverage=result.coverage,
            quotes=result.quotes,
            entities=result.entities,
            numbers=result.numbers,
            elapsed_ms=elapsed_ms,
        ),
        fail_on=config.fail_on,
        original_text=original,
        copy_text=copy,
        body=result.body,
        layout=result.layout,
    )


def check_files(
    original: str | os.PathLike[str],
    copy: str | os.PathLike[str],
    *,
    config: Config | None = None,
    encoding: str | None = None,
) -> Report:
    """Read two files as the CLI does (UTF-8, BOM dropped, line endings kept) and :func:`check` them.

    Raises :class:`~textguard.errors.InputError` when a file cannot be read as text.
    """
    from .text.reading import read_document

    orig_doc = read_document(original, encoding=encoding)
    copy_doc = read_document(copy, encoding=encoding)
    report = check(orig_doc.text, copy_doc.text, config=config)
    return replace(
        report,
        original=TextInfo(orig_doc.path, orig_doc.sha256, len(orig_doc.text)),
        copy=TextInfo(copy_doc.path, copy_doc.sha256, len(copy_doc.text)),
    )


def analyse_original(original: str, *, config: Config | None = None) -> OriginalAnalysis:
    """What a check reads from ``original`` alone: its body (:attr:`~OriginalAnalysis.body`, the
    span the copies are compared with), and the body's quotations, named entities and figures.

    The same analysis the checks use (from the same cache), so ``textguard new`` and the fixture
    loader see the body exactly as a check does.

    >>> a = analyse_original("Listen to this article\\nThe council met on Monday.\\n12 Comments")
    >>> a.text[a.body.start : a.body.end]
    'The council met on Monday.'
    """
    return analyses.get(original, config or Config())
