"""The ``textguard`` command (report contract v1)::

    textguard check ORIGINAL COPY [--format text|json|html] [--fail-on error|warning]
                                  [--config FILE] [--encoding CODEC]
    textguard scan PATH [--format text|json] [--html DIR] [--workers N] [--fail-on error|warning]
                        [--config FILE] [--encoding CODEC]
    textguard scan --manifest FILE [--engine local|dask] [--scheduler ADDRESS] [--out PATH] ...
    textguard new NAME --original FILE [--copy FILE ...] [--fixtures DIR]
                       [--config FILE] [--encoding CODEC]

Exit status is what CI jobs and syndication pipelines branch on, so it means one thing each:

- ``0``: every copy passes (no finding at or above ``--fail-on``, default ``error``);
- ``1``: a copy fails;
- ``2``: textguard could not judge (unreadable file, an original with no text, bad arguments,
  bad config). For ``check`` the reason is one line ``textguard: error: <reason>`` on stderr and
  nothing is written to stdout, so a pipeline never mistakes an error for a report. ``scan`` lists
  the copies it could not judge as ``ERROR`` lines among the others (and in its JSON) and also
  says so in one line on stderr.

A traceback is a bug, never an answer: an unexpected exception is reported in one line as an
*internal error* and exits 2 as well. This is the only module that imports :mod:`argparse`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any, NoReturn, TextIO

from ._version import __version__
from .config import Config, load_config, with_fail_on
from .errors import InputError, TextguardError, describe, one_line
from .render.json import render_json
from .render.text import render_scan_error, render_scan_line, render_summary, render_text
from .report import Report
from .text.reading import require_original_text, resolve_encoding

__all__ = ["main"]


def check_files(*args: Any, **kwargs: Any) -> Report:
    """:func:`textguard.check_files`, imported on first use: ``--help`` or a bad argument needs
    none of the checks, so the command starts without loading them."""
    from .api import check_files as check

    return check(*args, **kwargs)


PASS, FAIL, UNJUDGED = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``) and return the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help or --version (status 0), or a usage error already reported
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else UNJUDGED)
    if args.command is None:
        _say("error: missing command; use 'textguard check ORIGINAL COPY' or 'textguard scan PATH'")
        return UNJUDGED
    try:
        return args.run(args)
    except TextguardError as exc:
        _say(f"error: {one_line(str(exc))}")
    except KeyboardInterrupt:
        _say("error: interrupted")
    except Exception as exc:  # a bug: still one line, never a traceback
        _say(f"internal error: {describe(exc)} (please report)")
    return UNJUDGED


# --- arguments ----------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        _say(f"error: {one_line(message)} (see '{self.prog} --help')")
        raise SystemExit(UNJUDGED)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {value!r}")
    return number


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="textguard",
        description="Check republished copies of an article against the original.",
        epilog="Exit status: 0 pass, 1 fail, 2 could not judge.",
    )
    parser.add_argument("--version", action="version", version=f"textguard {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser("check", help="check one copy against its original")
    check.add_argument("original", metavar="ORIGINAL", help="the original article (a text file)")
    check.add_argument("copy", metavar="COPY", help="the republished copy (a text file)")
    check.add_argument("--format", choices=("text", "json", "html"), default="text")
    check.set_defaults(run=_run_check)

    scan = commands.add_parser(
        "scan", help="check every copy in an article folder (original.txt, copies/*.txt) or a folder of them"
    )
    scan.add_argument("path", metavar="PATH", nargs="?", help="an article folder, or a folder of article folders")
    scan.add_argument("--format", choices=("text", "json"), default="text")
    scan.add_argument(
        "--html",
        metavar="DIR",
        help="also write an HTML report: DIR/index.html and one page per copy (DIR is created)",
    )
    scan.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="processes to check copies in (default: the number of CPUs)",
    )
    scan.set_defaults(run=_run_scan)
    _add_manifest_options(scan)

    new = commands.add_parser(
        "new",
        help="scaffold a fixture article folder (original, copies, a draft article.toml to review)",
        description=(
            "Create FIXTURES/NAME/ with original.txt, copies/*.txt and an article.toml that records "
            "what textguard reports for each copy, for a person to review. Never overwrites anything."
        ),
    )
    new.add_argument("name", metavar="NAME", help="the article's folder name, e.g. harbour-trams")
    new.add_argument("--original", metavar="FILE", required=True, help="the original article (a text file)")
    new.add_argument(
        "--copy",
        metavar="FILE",
        action="append",
        default=[],
        dest="copies",
        help="a republished copy; repeat for several (its file stem becomes the copy's name)",
    )
    new.add_argument(
        "--fixtures", metavar="DIR", default="fixtures", help="the fixtures folder (default: fixtures)"
    )
    new.add_argument(
        "--config",
        metavar="FILE",
        help="a TOML config file or a pyproject.toml (default: [tool.textguard] of the nearest pyproject.toml)",
    )
    new.add_argument("--encoding", metavar="CODEC", help="decode the texts with this codec instead of UTF-8")
    new.set_defaults(run=_run_new)

    for sub in (check, scan):
        sub.add_argument(
            "--fail-on",
            choices=("error", "warning"),
            default=None,
            help="lowest severity that fails a copy (default: error, or the config's fail_on)",
        )
        sub.add_argument("--config", metavar="FILE", help="a TOML config file or a pyproject.toml")
        sub.add_argument(
            "--encoding",
            metavar="CODEC",
            help="decode the texts with this codec instead of UTF-8 (e.g. cp1252)",
        )
    return parser


def _base_config(args: argparse.Namespace) -> Config:
    """The ``--config`` file (or the defaults) with ``--fail-on`` on top."""
    config = load_config(args.config) if args.config else Config()
    return with_fail_on(config, args.fail_on)


# --- check --------------------------------------------------------------------------------------


def _run_check(args: argparse.Namespace) -> int:
    if args.encoding:
        resolve_encoding(args.encoding)
    config = _base_config(args)
    report = check_files(args.original, args.copy, config=config, encoding=args.encoding)
    require_original_text(report.original_text, name=args.original)
    report = report.with_paths(args.original, args.copy)
    if args.format == "json":
        _write_json(report.to_dict())
    elif args.format == "html":
        from .render.html import render_html

        page = render_html(report)
        _write(page if _encodable(sys.stdout, page) else page.encode("ascii", "xmlcharrefreplace").decode())
    else:
        _write(render_text(report, color=_use_color(sys.stdout)) + "\n")
    return PASS if report.passed else FAIL


# --- scan ---------------------------------------------------------------------------------------


def _run_scan(args: argparse.Namespace) -> int:
    if args.path is None or _manifest_scan_asked(args):
        return _run_manifest_scan(args)
    root = Path(args.path)
    if not root.exists():
        raise InputError(f"{args.path}: no such folder")
    if not root.is_dir():
        raise InputError(
            f"{args.path} is a file; scan takes an article folder or a folder of them "
            "(use 'textguard check ORIGINAL COPY' for one copy)"
        )
    if args.encoding:
        resolve_encoding(args.encoding)
    from .articles.scan import HtmlPages, collect_entries, judge_all

    base = _base_config(args)
    entries, articles = collect_entries(root, base=base, fail_on=args.fail_on, encoding=args.encoding)
    if not articles:
        raise InputError(f"no article folders (with original.txt) under {args.path}")
    if not entries:
        raise InputError(f"no copies (copies/*.txt) in the article folders under {args.path}")
    pages = HtmlPages.create(args.html, root=root, entries=entries) if args.html else None

    workers = args.workers or os.cpu_count() or 1
    color = _use_color(sys.stdout)
    width = max(len(e.name) for e in entries)
    tally = {"passed": 0, "failed": 0, "unjudged": 0}
    items: list[dict[str, Any]] = []
    streaming = args.format == "text"
    for entry, report, error in judge_all(entries, workers=workers):
        if pages is not None:
            pages.add(entry, report, error)
        if report is not None:
            tally["passed" if report.passed else "failed"] += 1
            items.append({"article": entry.article, "copy": entry.copy, "report": report.to_dict()})
            line = render_scan_line(entry.name, report, color=color, width=width)
        else:
            tally["unjudged"] += 1
            items.append({"article": entry.article, "copy": entry.copy, "error": error})
            line = render_scan_error(entry.name, error or "", color=color)
        if streaming and not _write(line + "\n"):
            return _scan_status(tally)
    index = pages.finish() if pages is not None else None
    if streaming:
        _write(render_summary(**tally) + "\n" + (f"html report: {index}\n" if index else ""))
    else:
        summary = {"copies": sum(tally.values()), **tally}
        _write_json({"textguard_version": __version__, "copies": items, "summary": summary})
    if tally["unjudged"]:
        total = sum(tally.values())
        copies = "copy" if total == 1 else "copies"
        _say(f"error: {tally['unjudged']} of {total} {copies} could not be judged")
    return _scan_status(tally)


def _scan_status(tally: dict[str, int]) -> int:
    return UNJUDGED if tally["unjudged"] else FAIL if tally["failed"] else PASS


# --- scan --manifest (textguard/articles/manifest_scan.py, docs/scale.md) -----------------------


def _add_manifest_options(scan: argparse.ArgumentParser) -> None:
    group = scan.add_argument_group("pairs from a manifest, on a process pool or a Dask cluster (docs/scale.md)")
    group.add_argument("--manifest", metavar="FILE", help="a JSONL, CSV or Parquet list of pairs (a path or URL)")
    group.add_argument("--engine", choices=("local", "dask"), default=None, help="where to check (default: local)")
    group.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: a local cluster)")
    group.add_argument("--out", metavar="PATH", help="write the JSON lines there (a path or URL)")


def _manifest_scan_asked(args: argparse.Namespace) -> bool:
    return any(x is not None for x in (args.manifest, args.engine, args.scheduler, args.out))


def _run_manifest_scan(args: argparse.Namespace) -> int:
    from .articles.manifest_scan import ManifestScan, run_manifest_scan

    names = ("manifest", "path", "engine", "scheduler", "out", "workers", "format", "html", "fail_on", "encoding")
    scan = ManifestScan(config=_base_config(args), **{name: getattr(args, name) for name in names})
    return run_manifest_scan(scan, write=_write, say=_say, color=_use_color(sys.stdout))


# --- new ----------------------------------------------------------------------------------------


def _run_new(args: argparse.Namespace) -> int:
    from .articles.scaffold import scaffold_article
    from .config import find_project_config

    if args.encoding:
        resolve_encoding(args.encoding)
    config = load_config(args.config) if args.config else find_project_config(args.fixtures)
    made = scaffold_article(
        args.name,
        original=args.original,
        copies=args.copies,
        fixtures=args.fixtures,
        config=config,
        encoding=args.encoding,
    )
    failing = sum(1 for r in made.reports.values() if not r.passed)
    n = len(made.reports)
    _write(
        f"created {made.path}: original.txt, {n} cop{'y' if n == 1 else 'ies'} "
        f"({failing} failing), article.toml\n"
        f"review {made.path / 'article.toml'}: it records what textguard reports today\n"
    )
    return PASS


# --- output -------------------------------------------------------------------------------------


def _say(message: str) -> None:
    """One line on stderr, prefixed ``textguard:``."""
    with contextlib.suppress(OSError, ValueError):
        print(f"textguard: {message}", file=sys.stderr, flush=True)


def _write_json(data: dict[str, Any]) -> bool:
    text = render_json(data)
    if not _encodable(sys.stdout, text):  # a non-UTF-8 console: escape, still valid JSON
        text = render_json(data, ascii_only=True)
    return _write(text + "\n")


def _write(text: str) -> bool:
    """Write to stdout; ``False`` when the reader has gone away (``| head``), which is no error."""
    stream = sys.stdout
    if not _encodable(stream, text):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        text = text.encode(encoding, "replace").decode(encoding)
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        _silence_stdout()
        return False
    return True


def _encodable(stream: TextIO, text: str) -> bool:
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _use_color(stream: TextIO) -> bool:
    """Colour only for a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
