"""The ``textguard`` command (report contract v1)::

    textguard check ORIGINAL COPY [--format text|json|html] [--fail-on error|warning|info]
                                  [--config FILE] [--encoding CODEC] [--color auto|always|never]
    textguard check --article DIR COPY ...     (or an article folder in place of ORIGINAL)
    textguard scan PATH [--format text|json] [--html DIR] [--junit-xml FILE] [--workers N]
                        [--fail-on ...] [--config FILE] [--encoding CODEC] [--color ...]
    textguard scan --manifest FILE [--engine local|dask] [--scheduler ADDRESS] [--out PATH] ...
    textguard check|scan ... --show-config     (the settings and where each came from)
    textguard new NAME --original FILE [--copy FILE ...] [--fixtures DIR]
                       [--config FILE] [--encoding CODEC]

Settings are layered as the pytest plugin layers them (:func:`textguard.config.resolve_config`):
the defaults < ``[tool.textguard]`` of the nearest ``pyproject.toml`` (from the paths given, else
the current directory, upwards, as pytest finds its rootdir; or ``--config FILE`` in its place) < the article's ``article.toml`` < the command line.

Exit status is what CI jobs and syndication pipelines branch on, so it means one thing each:

- ``0``: ``check``: the copy passes (no finding at or above ``--fail-on``, default ``error``);
  ``scan``: every copy is as its ``article.toml`` records it (no entry: it must pass);
- ``1``: ``check``: the copy fails; ``scan``: a copy has an unexpected result;
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
from .config import (
    Layer,
    command_line_layers,
    config_file_layer,
    find_pyproject,
    format_resolved,
    resolve_config,
)
from .errors import InputError, TextguardError, describe, one_line
from .render.json import render_json
from .render.text import render_text
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

    check = commands.add_parser(
        "check",
        help="check one copy against its original",
        usage="textguard check [options] ORIGINAL COPY\n       textguard check [options] --article DIR COPY",
    )
    check.add_argument(
        "original",
        metavar="ORIGINAL",
        nargs="?",
        help="the original article (a text file), or an article folder (its original.txt and article.toml)",
    )
    check.add_argument(
        "copy",
        metavar="COPY",
        nargs="?",
        help="the republished copy (a text file, or a copy's name in the article)",
    )
    check.add_argument(
        "--article",
        metavar="DIR",
        help="an article folder: check COPY against its original.txt with its article.toml applied",
    )
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
    scan.add_argument(
        "--junit-xml",
        metavar="FILE",
        help="also write the results as JUnit XML (one test case per copy), for CI systems",
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
            choices=("error", "warning", "info"),
            default=None,
            help="lowest severity that fails a copy (default: error, or the config's fail_on)",
        )
        sub.add_argument(
            "--config",
            metavar="FILE",
            help="a TOML config file or a pyproject.toml, in place of the nearest pyproject.toml",
        )
        sub.add_argument(
            "--encoding",
            metavar="CODEC",
            help="decode the texts with this codec instead of UTF-8 (e.g. cp1252)",
        )
        sub.add_argument(
            "--color",
            choices=("auto", "always", "never"),
            default="auto",
            help="colour the text output (default auto: on a terminal, unless NO_COLOR is set)",
        )
        sub.add_argument(
            "--show-config",
            action="store_true",
            help="print the settings that apply and where each came from, and check nothing",
        )
    return parser


def _project_layers(args: argparse.Namespace, *paths: str | Path | None) -> tuple[Layer, ...]:
    """The project's settings: ``--config FILE``, else ``[tool.textguard]`` of the nearest
    ``pyproject.toml`` as pytest finds its rootdir: from the common folder of the ``paths`` given
    on the command line upwards, else from the current directory upwards."""
    if args.config:
        return (config_file_layer(args.config),)
    found = None
    given = [os.path.abspath(p) for p in paths if p]
    if given:
        with contextlib.suppress(ValueError):  # paths on different drives (Windows)
            found = find_pyproject(os.path.commonpath(given))
    if found is None:
        found = find_pyproject(Path.cwd())
    if found is None:
        return ()
    with contextlib.suppress(ValueError):  # named as the user would type it, when it can be
        found = Path(os.path.relpath(found))
    return (config_file_layer(found),)


# --- check --------------------------------------------------------------------------------------


def _run_check(args: argparse.Namespace) -> int:
    if args.encoding:
        resolve_encoding(args.encoding)
    article, original, copy = _check_paths(args)
    layers = article.config_layers() if article is not None else ()
    resolved = resolve_config(
        None, *_project_layers(args, original, copy), *layers, *command_line_layers(fail_on=args.fail_on)
    )
    if args.show_config:
        _write(format_resolved(resolved) + "\n")
        return PASS
    if copy is None:
        raise InputError(
            "missing COPY: use 'textguard check ORIGINAL COPY' or 'textguard check --article DIR COPY'"
        )
    report = check_files(original, copy, config=resolved.config, encoding=args.encoding)
    require_original_text(report.original_text, name=original)
    report = report.with_paths(original, copy)
    if args.format == "json":
        _write_json(report.to_dict())
    elif args.format == "html":
        from .render.html import render_html

        page = render_html(report)
        _write(page if _encodable(sys.stdout, page) else page.encode("ascii", "xmlcharrefreplace").decode())
    else:
        _write(render_text(report, color=_use_color(sys.stdout, args.color)) + "\n")
    return PASS if report.passed else FAIL


def _check_paths(args: argparse.Namespace) -> tuple[Any, str, str | None]:
    """The article (or ``None``), the original and the copy that ``check`` was given.

    ``--article DIR COPY`` and ``check DIR COPY`` (an article folder in place of ORIGINAL) take the
    folder's ``original.txt`` and ``article.toml``; COPY may then name one of its copies.
    """
    folder = args.article
    rest = [p for p in (args.original, args.copy) if p is not None]
    if folder is None and rest and Path(rest[0], "original.txt").is_file():  # an article folder
        folder, rest = rest[0], rest[1:]
    if folder is None:
        if not rest and not args.show_config:
            raise InputError("missing ORIGINAL and COPY: use 'textguard check ORIGINAL COPY'")
        if len(rest) == 1 and not args.show_config:
            raise InputError("missing COPY: use 'textguard check ORIGINAL COPY'")
        return None, rest[0] if rest else "", rest[1] if len(rest) > 1 else None
    if len(rest) > 1:
        raise InputError(
            f"give the article folder {folder} or ORIGINAL, not both: 'textguard check --article DIR COPY'"
        )
    from .articles.model import is_article_dir, load_article

    if not is_article_dir(folder):
        raise InputError(f"{folder}: not an article folder (it needs an original.txt file)")
    article = load_article(folder)
    copy = rest[0] if rest else None
    if copy is not None and not Path(copy).exists():
        named = {case.name: case for case in article.copies}
        if copy in named:
            copy = str(named[copy].path)
    return article, str(article.original_path), copy


# --- scan ---------------------------------------------------------------------------------------


def _run_scan(args: argparse.Namespace) -> int:
    if args.path is None or _manifest_scan_asked(args):
        return _run_manifest_scan(args)
    if args.encoding:
        resolve_encoding(args.encoding)
    from .articles.scan import ScanOptions, run_scan

    options = ScanOptions(
        path=args.path,
        encoding=args.encoding,
        project=_project_layers(args, args.path),
        command_line=command_line_layers(fail_on=args.fail_on),
        format=args.format,
        html=args.html,
        junit_xml=args.junit_xml,
        workers=args.workers or os.cpu_count() or 1,
        color=_use_color(sys.stdout, args.color),
        show_config=args.show_config,
    )
    return run_scan(options, write=lambda text: _write(text), say=_say)


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
    local = args.manifest if args.manifest and "://" not in args.manifest else None
    resolved = resolve_config(None, *_project_layers(args, local), *command_line_layers(fail_on=args.fail_on))
    if args.show_config:
        _write(format_resolved(resolved) + "\n")
        return PASS
    config = resolved.config
    scan = ManifestScan(config=config, **{name: getattr(args, name) for name in names})
    return run_manifest_scan(scan, write=_write, say=_say, color=_use_color(sys.stdout, args.color))


# --- new ----------------------------------------------------------------------------------------


def _run_new(args: argparse.Namespace) -> int:
    from .articles.scaffold import scaffold_article

    if args.encoding:
        resolve_encoding(args.encoding)
    config = resolve_config(None, *_project_layers(args, args.fixtures)).config
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


def _use_color(stream: TextIO, choice: str = "auto") -> bool:
    """``--color``: ``always``, ``never``, or (``auto``) colour only for a terminal, and never when
    ``NO_COLOR`` is set (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
