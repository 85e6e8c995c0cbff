"""The scan runner behind ``textguard scan``: collect every copy of every article folder, judge them
in worker processes (copies of one original together, so its analysis is reused), and write the
HTML pages. The command line prints what it yields; this module prints nothing.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..api import check_files
from ..config import Config, with_fail_on
from ..errors import InputError, TextguardError, describe, one_line
from ..report import Report
from ..text.reading import require_original_text
from . import model as corpus

__all__ = ["BATCH", "HtmlPages", "ScanEntry", "ScanJob", "batches", "collect_entries", "judge", "judge_all", "page_names"]


@dataclass(frozen=True, slots=True)
class ScanJob:
    """One copy to check, everything a worker process needs to do it."""

    original: str
    copy: str
    config: Config
    encoding: str | None


@dataclass(frozen=True, slots=True)
class ScanEntry:
    """One line of a scan: a copy to judge (``job``) or one that cannot be (``error``)."""

    article: str
    copy: str | None
    job: ScanJob | None = None
    error: str | None = None

    @property
    def name(self) -> str:
        return f"{self.article}/{self.copy}" if self.copy is not None else self.article




def collect_entries(
    root: Path, *, base: Config, fail_on: str | None, encoding: str | None
) -> tuple[list[ScanEntry], int]:
    """Every copy under ``root`` in sorted order, and how many article folders there are.

    An article folder holds ``original.txt`` (see :mod:`textguard.articles.model`, whose ``article.toml``
    ``[body]`` and ``[config]`` tables are applied to its copies). A folder with ``copies/`` but no
    original, or with a malformed ``article.toml``, is an article too: its copies are unjudged.
    """

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
            config = with_fail_on(article.config(base), fail_on)
        except TextguardError as exc:
            reason = one_line(str(exc))
            entries.extend(ScanEntry(name, stem, error=reason) for stem in _copy_stems(folder) or [None])
            continue
        original = str(article.original_path)
        for case in article.copies:
            job = ScanJob(original, str(case.path), config, encoding)
            entries.append(ScanEntry(name, case.name, job=job))
    return entries, articles


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


def judge_all(entries: list[ScanEntry], *, workers: int) -> Iterator[tuple[ScanEntry, Report | None, str | None]]:
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


