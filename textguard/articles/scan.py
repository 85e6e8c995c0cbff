"""The scan runner behind ``textguard scan``: collect every copy of every article folder, judge them
in worker processes (copies of one original together, so its analysis is reused), gate each result
on what ``article.toml`` records for the copy (as the pytest plugin does), and write the HTML pages
and the JUnit XML. :func:`run_scan` writes through the callables the command line gives it.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .._version import __version__
from ..api import check_files
from ..config import Config, Layer, Resolved, format_resolved, resolve_config
from ..errors import InputError, TextguardError, describe, one_line
from ..render.text import render_findings, render_gate, render_scan_error, render_scan_line, render_summary
from ..report import Report
from ..text.reading import require_original_text
from . import model as corpus

__all__ = [
    "BATCH",
    "HtmlPages",
    "Outcome",
    "ScanEntry",
    "ScanJob",
    "ScanOptions",
    "batches",
    "collect_entries",
    "judge",
    "judge_all",
    "page_names",
    "run_scan",
]

PASS, FAIL, UNJUDGED = 0, 1, 2


@dataclass(frozen=True, slots=True)
class ScanJob:
    """One copy to check, everything a worker process needs to do it."""

    original: str
    copy: str
    config: Config
    encoding: str | None


@dataclass(frozen=True, slots=True)
class ScanEntry:
    """One line of a scan: a copy to judge (``job``) or one that cannot be (``error``), with what
    ``article.toml`` records for it (``case``)."""

    article: str
    copy: str | None
    job: ScanJob | None = None
    error: str | None = None
    case: corpus.CopyCase | None = field(default=None, compare=False)

    @property
    def name(self) -> str:
        return f"{self.article}/{self.copy}" if self.copy is not None else self.article


@dataclass(frozen=True, slots=True)
class Outcome:
    """A judged (or unjudged) copy and how it meets its recorded expectations.

    ``mismatches`` are :func:`textguard.articles.model.gate_mismatches`: empty when the copy is as
    ``article.toml`` records it (a copy with no entry must pass).
    """

    entry: ScanEntry
    report: Report | None
    error: str | None
    mismatches: tuple[corpus.Mismatch, ...] = ()

    @property
    def status(self) -> str:
        return "unjudged" if self.report is None else self.report.verdict

    @property
    def expected(self) -> bool:
        return self.report is not None and not self.mismatches


def outcome_of(entry: ScanEntry, report: Report | None, error: str | None) -> Outcome:
    """Gate ``report`` on ``entry``'s recorded expectations."""
    if report is None:
        return Outcome(entry, None, error or "could not be judged")
    case = entry.case or corpus.CopyCase(
        name=entry.copy or "", path=Path(entry.job.copy if entry.job else "")
    )
    return Outcome(entry, report, None, tuple(corpus.gate_mismatches(case, report)))


def collect_entries(
    root: Path,
    *,
    base: Config | None = None,
    fail_on: str | None = None,
    encoding: str | None,
    project: tuple[Layer, ...] = (),
    command_line: tuple[Layer, ...] | None = None,
    configs: dict[str, Resolved] | None = None,
) -> tuple[list[ScanEntry], int]:
    """Every copy under ``root`` in sorted order, and how many article folders there are.

    An article folder holds ``original.txt`` (see :mod:`textguard.articles.model`, whose ``article.toml``
    ``[body]`` and ``[config]`` tables are applied to its copies). A folder with ``copies/`` but no
    original, or with a malformed ``article.toml``, is an article too: its copies are unjudged.
    Each copy's config is layered by :func:`textguard.config.resolve_config`: ``base``, the
    ``project`` layers, the article's, then ``command_line`` (default: ``--fail-on fail_on``);
    ``configs``, when given, receives each article's resolved config by name.
    """
    from ..config import command_line_layers

    cli_layers = command_line if command_line is not None else command_line_layers(fail_on=fail_on)
    entries: list[ScanEntry] = []
    articles = 0
    for folder, name in corpus.find_article_folders(root, orphans=True):
        articles += 1
        if not corpus.is_article_dir(folder):
            reason = f"no {corpus.ORIGINAL_NAME} in {folder}"
            entries.extend(ScanEntry(name, stem, error=reason) for stem in _copy_stems(folder) or [None])
            continue
        try:
            article = corpus.load_article(folder, name=name)
            resolved = resolve_config(base, *project, *article.config_layers(), *cli_layers)
        except TextguardError as exc:
            reason = one_line(str(exc))
            entries.extend(ScanEntry(name, stem, error=reason) for stem in _copy_stems(folder) or [None])
            continue
        if configs is not None:
            configs[name] = resolved
        original = str(article.original_path)
        for case in article.copies:
            job = ScanJob(original, str(case.path), resolved.config, encoding)
            entries.append(ScanEntry(name, case.name, job=job, case=case))
    return entries, articles


@dataclass(frozen=True, slots=True, kw_only=True)
class ScanOptions:
    """What ``textguard scan`` was asked to do (parsed by the command line)."""

    path: str
    encoding: str | None = None
    project: tuple[Layer, ...] = ()
    command_line: tuple[Layer, ...] = ()
    format: str = "text"
    html: str | None = None
    junit_xml: str | None = None
    workers: int = 1
    color: bool = False
    show_config: bool = False


def run_scan(options: ScanOptions, *, write: Callable[[str], bool], say: Callable[[str], None]) -> int:
    """Scan ``options.path`` and return the exit status: ``0`` every copy as recorded in its
    ``article.toml``, ``1`` an unexpected result, ``2`` a copy that could not be judged.

    ``write`` prints to stdout (``False`` when the reader has gone away), ``say`` one line to stderr.
    """
    root = Path(options.path)
    if not root.exists():
        raise InputError(f"{options.path}: no such folder")
    if not root.is_dir():
        raise InputError(
            f"{options.path} is a file; scan takes an article folder or a folder of them "
            "(use 'textguard check ORIGINAL COPY' for one copy)"
        )
    # A bad project config or option is the whole scan's error, not each copy's.
    resolve_config(None, *options.project, *options.command_line)
    configs: dict[str, Resolved] = {}
    entries, articles = collect_entries(
        root,
        encoding=options.encoding,
        project=options.project,
        command_line=options.command_line,
        configs=configs,
    )
    if not articles:
        raise InputError(f"no article folders (with original.txt) under {options.path}")
    if options.show_config:
        return _show_configs(configs, entries, write=write)
    if not entries:
        raise InputError(f"no copies (copies/*.txt) in the article folders under {options.path}")
    pages = HtmlPages.create(options.html, root=root, entries=entries) if options.html else None
    junit = _junit_target(options.junit_xml) if options.junit_xml else None

    width = max(len(e.name) for e in entries)
    outcomes: list[Outcome] = []
    streaming = options.format == "text"
    for entry, report, error in judge_all(entries, workers=options.workers):
        if pages is not None:
            pages.add(entry, report, error)
        outcome = outcome_of(entry, report, error)
        outcomes.append(outcome)
        if streaming and not write(_text_block(outcome, color=options.color, width=width) + "\n"):
            return _status(outcomes)
    index = pages.finish() if pages is not None else None
    if junit is not None:
        from .junit import junit_xml

        _save(junit, junit_xml(outcomes, name=f"textguard scan {options.path}"), option="--junit-xml")
    tally = _tally(outcomes)
    unexpected = [o.entry.name for o in outcomes if o.report is not None and o.mismatches]
    if streaming:
        lines = [render_summary(passed=tally["passed"], failed=tally["failed"], unjudged=tally["unjudged"])]
        lines.append(render_gate(unexpected=unexpected, unjudged=tally["unjudged"], color=options.color))
        if index:
            lines.append(f"html report: {index}")
        if junit:
            lines.append(f"junit xml: {junit}")
        write("\n".join(lines) + "\n")
    else:
        from ..render.json import render_json

        summary = {"copies": len(outcomes), **tally, "unexpected": len(unexpected)}
        write(
            render_json(
                {
                    "textguard_version": __version__,
                    "copies": [_json_item(o) for o in outcomes],
                    "summary": summary,
                }
            )
            + "\n"
        )
    if tally["unjudged"]:
        total = len(outcomes)
        copies = "copy" if total == 1 else "copies"
        say(f"error: {tally['unjudged']} of {total} {copies} could not be judged")
    return _status(outcomes)


def _text_block(outcome: Outcome, *, color: bool, width: int) -> str:
    """A copy's line, and under an unexpected result what was expected and the findings behind it."""
    entry, report = outcome.entry, outcome.report
    if report is None:
        return render_scan_error(entry.name, outcome.error or "", color=color)
    line = render_scan_line(entry.name, report, color=color, width=width)
    if not outcome.mismatches:
        return line + ("  (as recorded)" if report.verdict == "fail" else "")
    lines = [line + "  UNEXPECTED"]
    for mismatch in outcome.mismatches:
        lines.append(f"    {mismatch.message}")
        if mismatch.findings:
            lines.append(render_findings(mismatch.findings, report, color=color, indent=6))
    return "\n".join(lines)


def _json_item(outcome: Outcome) -> dict[str, Any]:
    entry = outcome.entry
    if outcome.report is None:
        return {"article": entry.article, "copy": entry.copy, "error": outcome.error}
    return {
        "article": entry.article,
        "copy": entry.copy,
        "report": outcome.report.to_dict(),
        "expected": not outcome.mismatches,
        "unexpected": [m.message for m in outcome.mismatches],
    }


def _tally(outcomes: list[Outcome]) -> dict[str, int]:
    tally = {"passed": 0, "failed": 0, "unjudged": 0}
    for o in outcomes:
        tally[{"pass": "passed", "fail": "failed"}.get(o.status, "unjudged")] += 1
    return tally


def _status(outcomes: list[Outcome]) -> int:
    if any(o.report is None for o in outcomes):
        return UNJUDGED
    return FAIL if any(o.mismatches for o in outcomes) else PASS


def _show_configs(
    configs: dict[str, Resolved], entries: list[ScanEntry], *, write: Callable[[str], bool]
) -> int:
    """``--show-config``: each article's resolved settings and where each came from."""
    blocks = [f"# {name}\n{format_resolved(resolved)}" for name, resolved in sorted(configs.items())]
    unjudged = sorted({e.article for e in entries if e.job is None})
    blocks.extend(
        f"# {name}\n# not resolved: {e.error}" for name in unjudged for e in entries if e.article == name
    )
    write("\n\n".join(dict.fromkeys(blocks)) + "\n")
    return UNJUDGED if unjudged else PASS


def _junit_target(where: str) -> Path:
    """Check that the JUnit file can be written, before anything is judged."""
    path = Path(where)
    if path.is_dir():
        raise InputError(f"--junit-xml {where}: is a folder; give a file name such as report.xml")
    if not path.parent.is_dir():
        raise InputError(f"--junit-xml {where}: no folder {path.parent}")
    return path


def _save(path: Path, text: str, *, option: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{option} {path}: cannot write ({exc.strerror or exc})") from None


def _copy_stems(folder: Path) -> list[str | None]:
    copies = folder / "copies"
    return [p.stem for p in sorted(copies.glob("*.txt"))] if copies.is_dir() else []


def judge(job: ScanJob) -> tuple[Report | None, str | None]:
    """Check one copy; runs in a worker process, so it returns errors instead of raising them."""
    try:
        report = check_files(job.original, job.copy, config=job.config, encoding=job.encoding)
        require_original_text(report.original_text, name=job.original)
    except TextguardError as exc:
        return None, one_line(str(exc))
    except Exception as exc:  # a bug in one copy's check must not hide the others' results
        return None, f"internal error: {describe(exc)} (please report)"
    return report.with_paths(job.original, job.copy), None


def _judge_batch(jobs: list[ScanJob]) -> list[tuple[Report | None, str | None]]:
    """Check consecutive copies of one original in one worker, so that its analysis is reused."""
    return [judge(job) for job in jobs]


#: Copies of one original that a worker takes at a time: enough to reuse the original's analysis
#: (see :mod:`textguard.engine.pipeline`), few enough to keep both workers busy to the end.
BATCH = 4


def batches(entries: list[ScanEntry], workers: int) -> list[list[int]]:
    """Indices of ``entries`` with a job, in order, cut into runs of copies of one original (at
    most :data:`BATCH` each, fewer when there are few copies for many workers)."""
    judged = [i for i, e in enumerate(entries) if e.job is not None]
    size = max(1, min(BATCH, len(judged) // (2 * workers)))
    out: list[list[int]] = []
    for i in judged:
        last = entries[out[-1][-1]].job if out else None
        same = last is not None and last.original == entries[i].job.original  # type: ignore[union-attr]
        if same and len(out[-1]) < size:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def judge_all(
    entries: list[ScanEntry], *, workers: int
) -> Iterator[tuple[ScanEntry, Report | None, str | None]]:
    """Judge every entry, yielding results in the entries' (sorted) order as they become ready."""
    jobs = [e.job for e in entries if e.job is not None]
    if workers < 2 or len(jobs) < 2:
        for entry in entries:
            yield (entry, *judge(entry.job)) if entry.job else (entry, None, entry.error)
        return

    from concurrent.futures import Future, ProcessPoolExecutor

    runs = batches(entries, workers)
    pool = ProcessPoolExecutor(max_workers=min(workers, len(runs)))
    try:
        futures: dict[int, tuple[Future[list[tuple[Report | None, str | None]]], int]] = {}
        for batch in runs:
            future = pool.submit(_judge_batch, [entries[i].job for i in batch])  # type: ignore[misc]
            for k, i in enumerate(batch):
                futures[i] = (future, k)
        for i, entry in enumerate(entries):
            if i not in futures:
                yield entry, None, entry.error
                continue
            future, k = futures[i]
            try:
                yield (entry, *future.result()[k])
            except Exception as exc:  # the worker process died (BrokenProcessPool) or similar
                yield entry, None, f"internal error: {describe(exc)} (please report)"
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class HtmlPages:
    """The pages of ``scan --html DIR``: one per judged copy, written as it is judged, then
    ``index.html`` linking them. Only ``.html`` files are written, and never into an input folder."""

    def __init__(self, folder: Path, entries: list[ScanEntry], *, title: str) -> None:
        from ..render.html import IndexEntry

        self.folder = folder
        self.title = title
        self.names = page_names(entries)
        self.index: list[IndexEntry] = []

    @classmethod
    def create(cls, where: str, *, root: Path, entries: list[ScanEntry]) -> HtmlPages:
        """Check that ``where`` can take the pages (creating it), before anything is judged."""
        folder = Path(where)
        target = folder.resolve()
        source = root.resolve()
        if target == source or source in target.parents:
            raise InputError(
                f"--html {where}: the pages would go into {root}, the folder being scanned; "
                "choose a folder outside it"
            )
        if folder.exists() and not folder.is_dir():
            raise InputError(f"--html {where}: not a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            raise InputError(f"--html {where}: cannot write there ({exc.strerror or exc})") from None
        return cls(folder, entries, title=f"textguard scan {root}")

    def add(self, entry: ScanEntry, report: Report | None, error: str | None) -> None:
        from ..render.html import IndexEntry, render_html

        page = None
        if report is not None and entry.job is not None:
            page = self.names[entry.name]
            self._save(page, render_html(report, index="index.html"))
            report = replace(report, original_text="", copy_text="")  # the index needs no texts
        self.index.append(IndexEntry(entry.article, entry.copy, page=page, report=report, error=error))

    def finish(self) -> Path:
        from ..render.html import render_index

        self._save("index.html", render_index(self.index, title=self.title))
        return self.folder / "index.html"

    def _save(self, name: str, page: str) -> None:
        path = self.folder / name
        try:
            path.write_text(page, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def page_names(entries: list[ScanEntry]) -> dict[str, str]:
    """A file name for each copy's page: its name made safe (``article--copy.html``), unique even
    on a case-insensitive file system, and never ``index.html``."""
    names: dict[str, str] = {}
    used = {"index"}
    for entry in entries:
        if entry.copy is None or entry.name in names:
            continue
        stem = "--".join(
            re.sub(r"[^A-Za-z0-9._-]+", "-", part).strip("-.") for part in (entry.article, entry.copy)
        )
        stem = stem.strip("-") or "copy"
        unique, n = stem, 1
        while unique.lower() in used:
            n += 1
            unique = f"{stem}-{n}"
        used.add(unique.lower())
        names[entry.name] = unique + ".html"
    return names
