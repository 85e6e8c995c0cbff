"""Checking many pairs: partitions, the two engines (a local process pool and Dask), and the
results in the input's order.

Why it is built this way (docs/scale.md has the figures):

- **Partitions keep an original's copies together.** The pairs are read in windows of
  :data:`WINDOW` consecutive pairs; inside a window they are grouped by original and packed into
  partitions of about ``size`` pairs, so one task reads an original once and its analysis is
  reused (:mod:`textguard.engine.analysis`) for all its copies there. A manifest grouped or
  sorted by original gets every original's copies into one task (up to ``size`` copies).
- **Everything streams.** The client holds one window of pairs (paths, not texts) and the results
  of a bounded number of partitions ahead of the oldest unfinished one; a worker holds one
  partition. Texts are read by the workers, so the client never sees them.
- **Results come out in the input's order**, whatever order the partitions finish in, so the
  output of a run is the same file for any number of workers.
- **A pair is judged exactly once in the output.** A partition's results are taken once, keyed by
  the pairs' positions. When a worker dies, Dask runs its partitions again on another worker and
  the process pool is restarted and given the unfinished partitions again; a partition that kills
  workers :data:`ATTEMPTS` times becomes error records instead of stopping the run.
- **A pair that cannot be judged is an error record** (unreadable text, an original with no text,
  a bad ``article.toml``), never a failed job.

The public entry points are :func:`textguard.scan_pairs` (:func:`scan_pairs`) and, for people who
already run Dask, :func:`check_partition`, a function to map over a dask bag or dataframe
partition.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ..api import check
from ..config import Config, with_fail_on
from ..errors import InputError, TextguardError, describe, one_line
from ..report import Report, TextInfo
from ..text.reading import Document, decode_bytes, read_document, require_original_text
from .manifest import Pair, is_url, pairs_from, read_bytes

__all__ = [
    "ATTEMPTS",
    "PARTITION_SIZE",
    "WINDOW",
    "PairResult",
    "Partition",
    "Settings",
    "check_partition",
    "frame_meta",
    "partitions",
    "scan_pairs",
]

Engine = Literal["local", "dask"]

#: Pairs a task checks at a time: enough to amortise a task's overhead (a few milliseconds on
#: Dask) and to reuse an original's analysis, few enough to spread a small run over the workers.
PARTITION_SIZE = 64
#: Consecutive pairs grouped by original before they are cut into partitions.
WINDOW = 4096
#: Times a partition may take a worker down with it before its pairs become error records.
ATTEMPTS = 3

_DASK_EXTRA = "pip install 'pytest-textguard[dask]'"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """What every task needs besides its pairs: the base config and how to read the texts."""

    config: Config = field(default_factory=Config)
    fail_on: str | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Partition:
    """Pairs for one task: ``items`` are ``(position in the input, pair)``, grouped by original."""

    seq: int
    items: tuple[tuple[int, Pair], ...]


#: What a task returns for one pair: its position, the report (without its texts) or the reason
#: it could not be judged.
Outcome = tuple[int, Report | None, str | None]


@dataclass(frozen=True, slots=True)
class PairResult:
    """The result of one pair: its :class:`Report` (texts left out: they stay with the workers),
    or ``error``, one line saying why it could not be judged."""

    pair: Pair
    index: int
    report: Report | None
    error: str | None = None

    @property
    def verdict(self) -> str:
        """``"pass"``, ``"fail"``, or ``"error"`` when the pair could not be judged."""
        return self.report.verdict if self.report is not None else "error"

    def to_dict(self) -> dict[str, Any]:
        """The JSON line of this pair (docs/report-contract.md, "scan --manifest"): ``id``,
        ``line``, ``article``, the contract's report object with ``counts`` added, or the paths
        and ``error``."""
        head: dict[str, Any] = {"id": self.pair.id, "line": self.pair.line, "article": self.pair.article}
        if self.report is None:
            return {
                **head,
                "original": {"path": self.pair.original},
                "copy": {"path": self.pair.copy},
                "verdict": "error",
                "error": self.error,
            }
        report = self.report.to_dict()
        findings = report.pop("findings")
        return {**head, **report, "counts": self.report.counts(), "findings": findings}


# --- partitions -----------------------------------------------------------------------------------


def partitions(
    pairs: Iterable[Pair], *, size: int = PARTITION_SIZE, window: int = WINDOW
) -> Iterator[Partition]:
    """Cut ``pairs`` into partitions of about ``size``, the copies of one original together.

    Streams: holds one ``window`` of pairs. Inside it, pairs are grouped by original (in the
    order the originals first appear) and the groups packed into partitions; a group larger than
    ``size`` is cut into runs of ``size``.

    >>> ps = [Pair(o, f"{o}-{n}", f"{o}-{n}") for n, o in enumerate("abab")]
    >>> [[i for i, _ in p.items] for p in partitions(ps, size=2)]
    [[0, 2], [1, 3]]
    """
    if size < 1 or window < 1:
        raise InputError("the partition size and window must be at least 1")
    seq = itertools.count()
    numbered = enumerate(pairs)
    while True:
        chunk = list(itertools.islice(numbered, window))
        if not chunk:
            return
        groups: dict[str, list[tuple[int, Pair]]] = {}
        for index, pair in chunk:
            groups.setdefault(pair.original, []).append((index, pair))
        current: list[tuple[int, Pair]] = []
        for group in groups.values():
            for start in range(0, len(group), size):
                run = group[start : start + size]
                if current and len(current) + len(run) > size:
                    yield Partition(next(seq), tuple(current))
                    current = []
                current.extend(run)
        if current:
            yield Partition(next(seq), tuple(current))


# --- one task: runs in a worker -----------------------------------------------------------------


def run_partition(items: Sequence[tuple[int, Pair]], settings: Settings) -> list[Outcome]:
    """Judge a partition's pairs in order; never raises (a bad pair is an error outcome).

    Top-level so that a process pool and Dask can ship it by name. The original's text is read
    once for consecutive copies of it, and each article folder's config once per partition.
    """
    originals: dict[str, Document | InputError] = {}
    configs: dict[str | None, Config | str] = {}
    out: list[Outcome] = []
    for index, pair in items:
        report, error = _judge(pair, settings, originals, configs)
        out.append((index, report, error))
        if len(originals) > 1:  # grouped by original: only the last one can come again
            originals = {pair.original: originals[pair.original]}
    return out


def _judge(
    pair: Pair,
    settings: Settings,
    originals: dict[str, Document | InputError],
    configs: dict[str | None, Config | str],
) -> tuple[Report | None, str | None]:
    try:
        config = configs.get(pair.article)
        if config is None:
            try:
                config = configs[pair.article] = _config_for(pair.article, settings)
            except TextguardError as exc:
                config = configs[pair.article] = one_line(str(exc))
        if isinstance(config, str):
            return None, config
        original = originals.get(pair.original)
        if original is None:
            try:
                original = originals[pair.original] = read_text(pair.original, encoding=settings.encoding)
            except InputError as exc:
                original = originals[pair.original] = exc
        if isinstance(original, InputError):
            return None, one_line(str(original))
        require_original_text(original.text, name=pair.original)
        copy = read_text(pair.copy, encoding=settings.encoding)
        report = check(original.text, copy.text, config=config)
    except TextguardError as exc:
        return None, one_line(str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug on one pair must not hide the others' results
        return None, f"internal error: {describe(exc)} (please report)"
    return (
        replace(
            report,
            original=TextInfo(pair.original, original.sha256, len(original.text)),
            copy=TextInfo(pair.copy, copy.sha256, len(copy.text)),
            original_text="",
            copy_text="",
            layout=None,
        ),
        None,
    )


def _config_for(article: str | None, settings: Settings) -> Config:
    config = settings.config
    if article is not None:
        from .model import load_article

        config = load_article(article).config(config)
    return with_fail_on(config, settings.fail_on)


def read_text(location: str, *, encoding: str | None = None) -> Document:
    """A text of a pair, read as :func:`textguard.check_files` reads a file (the same decoding
    policy and digest of the raw bytes), from a local path or, through fsspec, a URL."""
    if not is_url(location):
        return read_document(location, encoding=encoding)
    import hashlib

    data = read_bytes(location)
    text, used = decode_bytes(data, name=location, encoding=encoding)
    return Document(location, text, hashlib.sha256(data).hexdigest(), used)


# --- engines: each yields (partition, outcomes) as partitions finish -------------------------------

Finished = Iterator[tuple[Partition, list[Outcome]]]


def _died(partition: Partition, reason: str) -> list[Outcome]:
    message = f"internal error: {reason} (please report)"
    return [(index, None, message) for index, _ in partition.items]


class _Window:
    """The partitions submitted: at most ``ahead`` past the oldest unfinished one, so that the
    results waiting for it (to keep the input's order) stay bounded."""

    def __init__(self, parts: Iterator[Partition], *, in_flight: int, ahead: int) -> None:
        self.parts = parts
        self.in_flight = in_flight
        self.ahead = ahead
        self.pending: dict[int, Partition] = {}
        self.done: set[int] = set()
        self.oldest = 0
        self._next: Partition | None = None
        self._exhausted = False

    def take(self) -> Partition | None:
        """The next partition to submit, if the window has room for it."""
        if len(self.pending) >= self.in_flight:
            return None
        if self._next is None and not self._exhausted:
            self._next = next(self.parts, None)
            self._exhausted = self._next is None
        if self._next is None or self._next.seq - self.oldest >= self.ahead:
            return None
        part, self._next = self._next, None
        self.pending[part.seq] = part
        return part

    def finish(self, part: Partition) -> None:
        del self.pending[part.seq]
        self.done.add(part.seq)
        while self.oldest in self.done:
            self.done.discard(self.oldest)
            self.oldest += 1

    @property
    def empty(self) -> bool:
        return not self.pending and self._next is None and self._exhausted


def run_serial(parts: Iterator[Partition], settings: Settings) -> Finished:
    """Every partition in this process, one after another (``workers=1``)."""
    for part in parts:
        yield part, run_partition(part.items, settings)


def run_local(parts: Iterator[Partition], settings: Settings, *, workers: int) -> Finished:
    """A process pool of ``workers`` processes. When a process dies the pool is broken: a new one
    takes the unfinished partitions again (each at most :data:`ATTEMPTS` times)."""
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    window = _Window(parts, in_flight=2 * workers, ahead=8 * workers)
    attempts: dict[int, int] = {}
    pool = ProcessPoolExecutor(max_workers=workers)
    futures: dict[Future[list[Outcome]], Partition] = {}
    try:
        while not window.empty:
            while (part := window.take()) is not None:
                futures[pool.submit(run_partition, part.items, settings)] = part
            ready, _ = wait(list(futures), return_when=FIRST_COMPLETED)
            lost: list[Partition] = []
            for future in ready:
                part = futures.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    lost.append(part)
                    continue
                except Exception as exc:  # noqa: BLE001 - pickling and the like: the partition's pairs
                    outcomes = _died(part, describe(exc))
                window.finish(part)
                yield part, outcomes
            if not lost:
                continue
            # A broken pool fails every partition it still had; those that finished keep their results.
            pool.shutdown(wait=True, cancel_futures=True)
            for future, part in futures.items():
                try:
                    outcomes = future.result()
                except Exception:  # noqa: BLE001 - broken or cancelled: run it again
                    lost.append(part)
                    continue
                window.finish(part)
                yield part, outcomes
            futures.clear()
            pool = ProcessPoolExecutor(max_workers=workers)
            for part in sorted(lost, key=lambda p: p.seq):
                attempts[part.seq] = attempts.get(part.seq, 0) + 1
                if attempts[part.seq] < ATTEMPTS:
                    futures[pool.submit(run_partition, part.items, settings)] = part
                else:
                    window.finish(part)
                    yield part, _died(part, f"a worker process died {ATTEMPTS} times on this partition")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def dask_client(scheduler: Any = None, *, workers: int | None = None) -> tuple[Any, Callable[[], None]]:
    """A Dask client and how to close what was started for it: the client of ``scheduler`` (an
    address, or a ``distributed.Client`` that stays open), or a LocalCluster with ``workers``
    worker processes (default: one per core) and one thread each, the embedded default."""
    try:
        import distributed
    except ImportError:
        raise InputError(f"--engine dask needs Dask: {_DASK_EXTRA}") from None
    if isinstance(scheduler, distributed.Client):
        return scheduler, lambda: None
    import logging

    if scheduler is None:
        try:
            cluster = distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # a free port: never the 8787 another cluster holds
                silence_logs=logging.CRITICAL,  # a worker's shutdown chatter is no message for a person
            )
        except Exception as exc:  # noqa: BLE001 - Dask reports a failed start as RuntimeError & co.
            raise InputError(f"could not start a local Dask cluster: {describe(exc)}") from None
        client = distributed.Client(cluster)

        def close() -> None:
            client.close()
            cluster.close()

        return client, close
    try:
        client = distributed.Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {one_line(str(exc))}") from None
    return client, client.close


def run_dask(parts: Iterator[Partition], settings: Settings, *, client: Any) -> Finished:
    """Partitions as Dask tasks on ``client``'s cluster. Dask runs a dead worker's tasks again
    elsewhere (its ``allowed-failures`` times, then ``KilledWorker``: error records here)."""
    import distributed

    workers = max(1, sum(client.nthreads().values()))  # threads across the cluster: tasks at once
    window = _Window(parts, in_flight=4 * workers, ahead=16 * workers)
    token = uuid.uuid4().hex[:12]
    futures: dict[str, tuple[Any, Partition]] = {}
    waiting = distributed.as_completed()

    def submit() -> None:
        while (part := window.take()) is not None:
            key = f"textguard-{token}-{part.seq}"
            future = client.submit(run_partition, part.items, settings, key=key, pure=False)
            futures[key] = (future, part)
            waiting.add(future)

    submit()
    try:
        for future in waiting:
            _, part = futures.pop(future.key)
            try:
                outcomes = future.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker, a lost scheduler, ...
                outcomes = _died(part, describe(exc))
            future.release()
            window.finish(part)
            yield part, outcomes
            submit()
    finally:
        if futures:
            client.cancel([future for future, _ in futures.values()])


# --- in order -------------------------------------------------------------------------------------


def in_order(finished: Finished) -> Iterator[tuple[int, Report | None, str | None, Pair]]:
    """Outcomes in the input's order, each position once, from partitions finishing in any order."""
    waiting: dict[int, tuple[Report | None, str | None, Pair]] = {}
    next_index = 0
    for part, outcomes in finished:
        pairs = dict(part.items)
        for index, report, error in outcomes:
            if index >= next_index and index not in waiting:
                waiting[index] = (report, error, pairs[index])
        while next_index in waiting:
            report, error, pair = waiting.pop(next_index)
            yield next_index, report, error, pair
            next_index += 1


def scan_pairs(
    pairs: str | os.PathLike[str] | Iterable[Any],
    *,
    engine: Engine = "local",
    scheduler: Any = None,
    workers: int | None = None,
    config: Config | None = None,
    fail_on: str | None = None,
    encoding: str | None = None,
    partition_size: int = PARTITION_SIZE,
) -> Iterator[PairResult]:
    """Check many pairs and yield a :class:`PairResult` per pair, in the input's order.

    ``pairs`` is a manifest's location (JSONL, CSV or Parquet, see
    :mod:`textguard.articles.manifest`) or an iterable of :class:`Pair`, manifest records
    (mappings) or ``(original, copy)`` tuples of paths or URLs. ``engine="local"`` checks in a
    pool of ``workers`` processes (default: one per core; ``1`` checks in this process);
    ``engine="dask"`` on the Dask cluster at ``scheduler`` (an address or a
    ``distributed.Client``) or, without one, on a LocalCluster of ``workers`` processes.

    A pair that cannot be judged is a result with ``error`` set, never an exception; a bad record
    raises :class:`~textguard.errors.InputError` naming it when it is reached (validate a manifest
    first with :func:`textguard.articles.manifest.count_pairs` to refuse it before any work).
    """
    settings = Settings(config=config or Config(), fail_on=fail_on, encoding=encoding)
    with_fail_on(settings.config, fail_on)  # a bad fail_on is refused now, not in every task
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    if engine == "dask":
        client, close = dask_client(scheduler, workers=workers)
    elif scheduler is not None:
        raise InputError("a scheduler goes with engine='dask'")
    else:
        client, close = None, lambda: None
    try:
        parts = partitions(pairs_from(pairs), size=partition_size)
        if client is not None:
            finished = run_dask(parts, settings, client=client)
        elif (workers or os.cpu_count() or 1) < 2:
            finished = run_serial(parts, settings)
        else:
            finished = run_local(parts, settings, workers=workers or os.cpu_count() or 1)
        for index, report, error, pair in in_order(finished):
            yield PairResult(pair, index, report, error)
    finally:
        close()


# --- for people who already run Dask ---------------------------------------------------------------


def check_partition(
    partition: Any, *, config: Config | None = None, fail_on: str | None = None, encoding: str | None = None
) -> Any:
    """Check the pairs of one partition of a dask bag or dataframe; the function to ``map``.

    A bag partition is an iterable of manifest records (mappings with ``original``, ``copy`` and
    optionally ``id``, ``article``): the result is the list of their JSON lines as dicts
    (:meth:`PairResult.to_dict`). A dataframe partition (pandas) has those columns: the result is
    a frame with the columns of :func:`frame_meta` (``id``, ``verdict``, ``error``, ``result``:
    the JSON line as text), one row per pair in the same order::

        import dask.bag as db, dask.dataframe as dd
        from textguard.articles.engines import check_partition, frame_meta

        lines = db.read_text("pairs-*.jsonl").map(json.loads).map_partitions(check_partition)
        frame = dd.read_parquet("pairs/").map_partitions(check_partition, meta=frame_meta())

    Pairs are judged in the partition's order, sorted by original first, so an original's
    analysis is reused; partition the collection by original for the most reuse (docs/scale.md).
    """
    settings = Settings(config=config or Config(), fail_on=fail_on, encoding=encoding)
    frame = hasattr(partition, "to_dict") and hasattr(partition, "columns")
    records = partition.to_dict("records") if frame else list(partition)
    items = [
        (n, pair)
        for n, pair in enumerate(pairs_from(dict(_drop_missing(r)) if frame else r for r in records))
    ]
    order = sorted(items, key=lambda item: item[1].original)
    outcomes = {index: (report, error) for index, report, error in run_partition(order, settings)}
    results = [PairResult(pair, n, *outcomes[n]) for n, pair in items]
    if not frame:
        return [r.to_dict() for r in results]
    import json

    import pandas as pd

    rows = [
        {"id": r.pair.id, "verdict": r.verdict, "error": r.error, "result": json.dumps(r.to_dict(), ensure_ascii=False)}
        for r in results
    ]
    return pd.DataFrame(rows, columns=list(frame_meta().columns), index=partition.index)


def _drop_missing(record: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """A dataframe row without its missing cells (NaN, None), which a manifest leaves out."""
    for key, value in record.items():
        if value is None or (isinstance(value, float) and value != value):
            continue
        yield key, value


def frame_meta() -> Any:
    """The empty pandas frame that describes :func:`check_partition`'s result on a dataframe
    partition (``meta=`` of ``map_partitions``)."""
    import pandas as pd

    return pd.DataFrame(
        {"id": pd.Series(dtype=object), "verdict": pd.Series(dtype=object), "error": pd.Series(dtype=object), "result": pd.Series(dtype=object)}
    )
