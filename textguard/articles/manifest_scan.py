"""``textguard scan --manifest FILE``: check the pairs a manifest lists on a local process pool or
a Dask cluster and write one JSON line per pair (docs/report-contract.md, docs/scale.md).

The order of work is what makes a long run safe to start: the arguments, the engine (is Dask
installed?) and the whole manifest are checked first, so that a bad record on line 900,000 is
exit 2 before any pair is judged; then ``--out`` is opened; only then do the workers start.
The command line hands its printing functions in; this module decides what to print.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from ..config import Config
from ..errors import InputError, describe
from ..render.text import render_scan_error, render_scan_line, render_summary
from ..text.reading import resolve_encoding
from .manifest import count_pairs, is_url

__all__ = ["ManifestScan", "run_manifest_scan"]

PASS, FAIL, UNJUDGED = 0, 1, 2
_DASK_EXTRA = "pip install 'pytest-textguard[dask]'"


@dataclass(frozen=True, slots=True, kw_only=True)
class ManifestScan:
    """The options of ``scan`` that a manifest scan reads (the command line fills it in)."""

    manifest: str | None
    path: str | None
    engine: str | None
    scheduler: str | None
    out: str | None
    workers: int | None
    format: str
    html: str | None
    config: Config
    fail_on: str | None
    encoding: str | None


def refuse_bad_options(scan: ManifestScan) -> None:
    """One line for options that do not go together, before anything is read."""
    if scan.manifest is None:
        if scan.path is None:
            raise InputError("scan needs PATH (an article folder, or a folder of them) or --manifest FILE")
        raise InputError("--engine, --scheduler and --out go with --manifest FILE (a folder scan uses the local pool)")
    if scan.path is not None:
        raise InputError(f"give PATH or --manifest, not both ({scan.path} and {scan.manifest})")
    if scan.html is not None:
        raise InputError("--html goes with a folder scan; a manifest scan writes JSON lines (--out PATH)")
    if scan.scheduler is not None and scan.engine != "dask":
        raise InputError("--scheduler goes with --engine dask")
    if scan.engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise InputError(f"--engine dask needs Dask, the [dask] extra: {_DASK_EXTRA}") from None


def run_manifest_scan(
    scan: ManifestScan,
    *,
    write: Callable[[str], bool],
    say: Callable[[str], None],
    color: bool = False,
) -> int:
    """Run a manifest scan and return the exit status (0 pass, 1 a copy fails, 2 unjudged).

    ``write`` prints to stdout (``False`` once the reader has gone), ``say`` one line on stderr.
    """
    from .engines import scan_pairs

    refuse_bad_options(scan)
    assert scan.manifest is not None
    if scan.encoding:
        resolve_encoding(scan.encoding)
    total = count_pairs(scan.manifest)
    sink = _open_out(scan.out) if scan.out is not None else None
    progress = _Progress(total) if sys.stderr.isatty() else None
    tally = {"passed": 0, "failed": 0, "unjudged": 0}
    json_lines = scan.format == "json"
    try:
        results = scan_pairs(
            scan.manifest,
            engine="dask" if scan.engine == "dask" else "local",
            scheduler=scan.scheduler,
            workers=scan.workers,
            config=scan.config,
            fail_on=scan.fail_on,
            encoding=scan.encoding,
        )
        for result in results:
            tally["unjudged" if result.report is None else "passed" if result.report.passed else "failed"] += 1
            if sink is not None:
                sink.write(_line(result.to_dict()))
            elif json_lines:
                if not write(_line(result.to_dict())):
                    return _status(tally)
            else:
                line = (
                    render_scan_line(result.pair.id, result.report, color=color)
                    if result.report is not None
                    else render_scan_error(result.pair.id, result.error or "", color=color)
                )
                if not write(line + "\n"):
                    return _status(tally)
            if progress is not None:
                progress.advance()
    finally:
        if progress is not None:
            progress.close()
        if sink is not None:
            _close(sink, scan.out or "")
    summary = {"pairs": sum(tally.values()), **tally}
    if json_lines:
        write(_line({"summary": summary, **({"out": scan.out} if scan.out else {})}))
    else:
        write(render_summary(**tally) + "\n" + (f"results: {scan.out}\n" if scan.out else ""))
    if tally["unjudged"]:
        n = summary["pairs"]
        say(f"error: {tally['unjudged']} of {n} {'pair' if n == 1 else 'pairs'} could not be judged")
    return _status(tally)


def _status(tally: dict[str, int]) -> int:
    return UNJUDGED if tally["unjudged"] else FAIL if tally["failed"] else PASS


def _line(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _open_out(location: str) -> IO[str]:
    """``--out``: a local file (its folder must exist) or an fsspec URL, opened before any work."""
    try:
        if is_url(location) and not location.startswith("file://"):
            try:
                import fsspec
            except ImportError:
                raise InputError(f"--out {location}: writing to a URL needs fsspec ({_DASK_EXTRA})") from None
            return fsspec.open(location, "wt", encoding="utf-8").open()
        return open(location.removeprefix("file://"), "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"--out {location}: cannot write there ({exc.strerror or exc})") from None
    except Exception as exc:  # noqa: BLE001 - an fsspec backend's own errors
        raise InputError(f"--out {location}: cannot write there ({describe(exc)})") from None


def _close(sink: IO[str], location: str) -> None:
    try:
        sink.close()
    except Exception as exc:  # noqa: BLE001 - a remote store may fail on the final upload
        raise InputError(f"--out {location}: could not finish writing ({describe(exc)})") from None


class _Progress:
    """``1,234/10,000 pairs  56/s`` on stderr, redrawn at most ten times a second (terminals only)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.shown >= 0.1 or self.done == self.total:
            self.shown = now
            rate = self.done / max(now - self.started, 1e-9)
            width = 30
            filled = width * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (width - filled)
            sys.stderr.write(f"\r[{bar}] {self.done:,}/{self.total:,} pairs  {rate:,.0f}/s ")
            sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
