"""Running textguard on many pairs in a process pool, and turning findings into plain records.

A record is a dict (picklable, JSON-able): the verdict, the findings as ``kind``, ``severity``,
``message`` and both spans as ``[start, end]`` (or ``None``), and the time the check took.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import textguard

__all__ = ["check_record", "check_texts", "finding_line", "line_col", "run_pool"]


def check_texts(original: str, copy: str) -> dict[str, Any]:
    """textguard's verdict on one pair as a plain record; an exception is recorded, not raised."""
    started = time.perf_counter()
    try:
        report = textguard.check(original, copy)
    except Exception as exc:  # noqa: BLE001 -- a crash is a result the benchmark reports
        return {
            "verdict": "crash",
            "findings": [],
            "error": f"{type(exc).__name__}: {exc}".splitlines()[0][:300],
            "seconds": time.perf_counter() - started,
        }
    seconds = time.perf_counter() - started
    findings = [
        {
            "kind": f.kind,
            "severity": f.severity.value,
            "message": f.message,
            "copy": [f.copy.start, f.copy.end] if f.copy else None,
            "original": [f.original.start, f.original.end] if f.original else None,
        }
        for f in report.findings
    ]
    return {"verdict": report.verdict, "findings": findings, "seconds": seconds}


def check_record(job: tuple[str, str, str]) -> tuple[str, dict[str, Any]]:
    """Worker: ``(id, original path, copy path)`` -> ``(id, record)``."""
    key, original, copy = job
    return key, check_texts(Path(original).read_text("utf-8"), Path(copy).read_text("utf-8"))


def run_pool(jobs: Iterable[tuple[str, str, str]], *, workers: int = 2) -> Iterator[tuple[str, dict[str, Any]]]:
    """:func:`check_record` over ``jobs`` in ``workers`` processes, in order. Jobs that share an
    original should come together: textguard caches the analysis of recent originals."""
    jobs = list(jobs)
    if workers <= 1:
        yield from map(check_record, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(check_record, jobs, chunksize=8)


def line_col(text: str, offset: int) -> str:
    """``line:column`` (1-based) of ``offset`` in ``text``.

    >>> line_col("ab\\ncd", 4)
    '2:2'
    """
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def finding_line(finding: dict[str, Any], original: str, copy: str) -> str:
    """One finding as the CLI prints its head line: severity, kind, places and message."""
    places = []
    if finding["copy"]:
        places.append(f"copy {line_col(copy, finding['copy'][0])}")
    if finding["original"]:
        places.append(f"original {line_col(original, finding['original'][0])}")
    message = " ".join(finding["message"].split())
    return f"{finding['severity']:<8} {finding['kind']:<18} {' / '.join(places)}: {message[:160]}"
