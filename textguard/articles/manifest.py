"""Manifests of pairs: the input of ``textguard scan --manifest`` and :func:`textguard.scan_pairs`.

A manifest lists the pairs to check, one record per pair, with the fields ``original`` and
``copy`` (a path or URL each) and optionally ``id`` (default: the copy's location) and ``article``
(a local article folder whose ``article.toml`` ``[body]`` and ``[config]`` apply). Three formats,
told apart by the file's suffix (a compression suffix such as ``.gz`` may follow):

- JSON Lines (``.jsonl``, ``.ndjson``, ``.json``): one JSON object per line, blank lines skipped;
- CSV (``.csv``): a header row naming the fields, then one row per pair (an empty optional cell
  is absent);
- Parquet (``.parquet``, ``.pq``): one row per pair, read in row batches (needs pyarrow, the
  ``[parquet]`` extra).

Manifests and texts are read through fsspec when it is installed (the ``[dask]`` extra): local
files, ``s3://``, ``gs://``, ``https://`` and whatever the installed fsspec backends support.
Without fsspec only local paths can be read. A relative path in a record is relative to the
manifest's folder (or URL), so that a manifest travels with its texts.

Reading streams: a manifest is never held in memory, only the record being read. A bad record
(not an object, a missing or empty field, an unknown key, a value that is not text) raises
:class:`~textguard.errors.InputError` naming the manifest and the line (row, for Parquet), so that
:func:`count_pairs` can refuse a manifest before any pair is checked.

>>> pair_from_record({"original": "a.txt", "copy": "b.txt"}, where="m.jsonl:1", base="/data", line=1)
Pair(original='/data/a.txt', copy='/data/b.txt', id='/data/b.txt', article=None, line=1)
>>> pair_from_record({"original": "a.txt", "cpy": "b.txt"}, where="m.jsonl:3", base=None, line=3)
Traceback (most recent call last):
textguard.errors.InputError: m.jsonl:3: unknown key 'cpy' (a record has original, copy, and optionally id, article)
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import os
import posixpath
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any, Literal

from ..errors import InputError, describe, one_line

__all__ = [
    "FIELDS",
    "Pair",
    "count_pairs",
    "is_url",
    "manifest_format",
    "open_binary",
    "pair_from_record",
    "pairs_from",
    "read_bytes",
    "read_manifest",
]

#: The fields of a record: the two required ones first.
FIELDS = ("original", "copy", "id", "article")
REQUIRED = ("original", "copy")

Format = Literal["jsonl", "csv", "parquet"]

_SUFFIXES: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst", ".lz4")
_DASK_EXTRA = "pip install 'pytest-textguard[dask]'"


@dataclass(frozen=True, slots=True)
class Pair:
    """One copy to check against its original: where both are, what to call it, and where it
    came from (``line``: the manifest's line, or row for Parquet; ``0`` when made in Python)."""

    original: str
    copy: str
    id: str
    article: str | None = None
    line: int = 0


def is_url(location: str) -> bool:
    """Whether ``location`` names a protocol (``s3://...``) rather than a local path."""
    head, sep, _ = location.partition("://")
    return bool(sep) and head.replace("+", "").replace("-", "").isalnum()


def _local(location: str) -> str | None:
    """The local path of ``location`` (a plain path or a ``file://`` URL), else ``None``."""
    if location.startswith("file://"):
        return location.removeprefix("file://")
    return None if is_url(location) else location


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        return None
    return fsspec


def open_binary(location: str) -> contextlib.AbstractContextManager[IO[bytes]]:
    """Open ``location`` for reading bytes: a local path directly, a URL through fsspec (with
    the compression its suffix names, either way). Raises :class:`InputError` saying why not."""
    fsspec = _fsspec()
    local = _local(location)
    if fsspec is None:
        if local is None:
            raise InputError(f"{location}: reading a URL needs fsspec ({_DASK_EXTRA})")
        if local.endswith(_COMPRESSIONS):
            raise InputError(f"{location}: reading a compressed file needs fsspec ({_DASK_EXTRA})")
        return _guarded(location, lambda: open(local, "rb"))
    return _guarded(location, lambda: fsspec.open(location, "rb", compression="infer").open())


@contextlib.contextmanager
def _guarded(location: str, opener: Any) -> Iterator[IO[bytes]]:
    try:
        handle = opener()
    except FileNotFoundError:
        raise InputError(f"{location}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{location} is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{location}: permission denied") from None
    except ImportError as exc:  # an fsspec protocol whose backend is not installed (s3fs, gcsfs, ...)
        raise InputError(f"{location}: {one_line(str(exc))}") from None
    except Exception as exc:  # noqa: BLE001 - every backend has its own errors; one line each
        raise InputError(f"cannot read {location}: {describe(exc)}") from None
    with handle:
        yield handle


def read_bytes(location: str) -> bytes:
    """All the bytes at ``location`` (a text of a pair), or :class:`InputError` saying why not."""
    with open_binary(location) as handle:
        try:
            return handle.read()
        except Exception as exc:  # noqa: BLE001
            raise InputError(f"cannot read {location}: {describe(exc)}") from None


def manifest_format(location: str) -> Format:
    """The format of the manifest at ``location``, from its suffix (a compression suffix aside).

    >>> manifest_format("s3://bucket/day/pairs.jsonl.gz")
    'jsonl'
    """
    name = location.rstrip("/").lower()
    for compression in _COMPRESSIONS:
        name = name.removesuffix(compression)
    suffix = posixpath.splitext(name)[1]
    try:
        return _SUFFIXES[suffix]
    except KeyError:
        known = ", ".join(sorted(_SUFFIXES))
        raise InputError(f"{location}: unknown manifest format {suffix or '(no suffix)'!r}; use one of {known}") from None


def _base_of(location: str) -> str:
    """The folder (or URL prefix) that relative paths in the manifest at ``location`` start from."""
    local = _local(location)
    if local is None:
        return location.rsplit("/", 1)[0]
    return os.path.dirname(os.path.abspath(local))


def _resolve(path: str, base: str | None) -> str:
    if base is None or is_url(path) or os.path.isabs(path):
        return path
    if is_url(base):
        return f"{base.rstrip('/')}/{path}"
    return os.path.join(base, path)


def pair_from_record(record: Any, *, where: str, base: str | None, line: int = 0) -> Pair:
    """The :class:`Pair` of one manifest ``record`` (a mapping), or :class:`InputError` naming
    ``where`` (``manifest:line``) and what is wrong. Relative paths are resolved against ``base``."""
    if not isinstance(record, Mapping):
        raise InputError(f"{where}: a record is an object with 'original' and 'copy', not {_kind(record)}")
    for key in record:
        if key not in FIELDS:
            raise InputError(
                f"{where}: unknown key {str(key)!r} (a record has original, copy, and optionally id, article)"
            )
    values: dict[str, str | None] = {}
    for key in FIELDS:
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and key == "id":
            value = str(value)
        if value is None or value == "":
            if key in REQUIRED:
                raise InputError(f"{where}: missing field {key!r}" + ("" if value is None else " (it is empty)"))
            values[key] = None
            continue
        if not isinstance(value, str):
            raise InputError(f"{where}: {key!r} must be text, not {_kind(value)}")
        values[key] = value
    original = _resolve(values["original"] or "", base)
    copy = _resolve(values["copy"] or "", base)
    article = values["article"]
    if article is not None:
        if is_url(article):
            raise InputError(f"{where}: 'article' must be a local folder, not a URL ({article})")
        article = _resolve(article, base)
    return Pair(original, copy, values["id"] or copy, article, line)


def _kind(value: Any) -> str:
    return {list: "a list", dict: "an object", str: "text", bool: "true/false"}.get(
        type(value), "null" if value is None else "a number" if isinstance(value, int | float) else type(value).__name__
    )


def read_manifest(location: str, *, format: Format | None = None) -> Iterator[Pair]:  # noqa: A002
    """The pairs of the manifest at ``location``, streamed in its order.

    Raises :class:`InputError` at the first bad record, naming its line; use :func:`count_pairs`
    to refuse a bad manifest before any work.
    """
    fmt = format or manifest_format(location)
    base = _base_of(location)
    readers = {"jsonl": _jsonl_records, "csv": _csv_records, "parquet": _parquet_records}
    with open_binary(location) as handle:
        for line, where, record in readers[fmt](handle, location):
            yield pair_from_record(record, where=where, base=base, line=line)


def count_pairs(location: str, *, format: Format | None = None) -> int:
    """Read the whole manifest once and return how many pairs it lists, or raise
    :class:`InputError` naming the first bad line: what ``scan --manifest`` does before any work
    starts, so that a typo on line 900,000 does not stop a run hours in. Holds one record at a time."""
    n = 0
    for _ in read_manifest(location, format=format):
        n += 1
    if n == 0:
        raise InputError(f"{location}: the manifest lists no pairs")
    return n


def pairs_from(source: str | os.PathLike[str] | Iterable[Any]) -> Iterator[Pair]:
    """Pairs from a manifest's location, or from an iterable of :class:`Pair`, mappings (manifest
    records) or ``(original, copy)`` tuples (item ``n`` is named ``item n`` in an error)."""
    if isinstance(source, str | os.PathLike):
        yield from read_manifest(os.fspath(source))
        return
    for n, item in enumerate(source, 1):
        if isinstance(item, Pair):
            yield item if item.line else Pair(item.original, item.copy, item.id, item.article, n)
        elif isinstance(item, tuple) and len(item) == 2:
            yield pair_from_record({"original": item[0], "copy": item[1]}, where=f"item {n}", base=None, line=n)
        else:
            yield pair_from_record(item, where=f"item {n}", base=None, line=n)


# --- the three formats: each yields (line, where, record) ------------------------------------------


def _jsonl_records(handle: IO[bytes], location: str) -> Iterator[tuple[int, str, Any]]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    for line, raw in enumerate(handle, 1):
        where = f"{location}:{line}"
        try:
            text = decoder.decode(raw)
        except UnicodeDecodeError:
            raise InputError(f"{where}: not UTF-8 text") from None
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        yield line, where, record


def _csv_records(handle: IO[bytes], location: str) -> Iterator[tuple[int, str, Any]]:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    try:
        yield from _csv_rows(csv.reader(text), location)
    finally:
        text.detach()  # the caller closes the file


def _csv_rows(reader: Any, location: str) -> Iterator[tuple[int, str, Any]]:
    try:
        header = next(reader, None)
        if header is None:
            return
        header = [name.strip() for name in header]
        for name in header:
            if name not in FIELDS:
                raise InputError(
                    f"{location}:1: unknown column {name!r} (a manifest has original, copy, and optionally id, article)"
                )
        for row in reader:
            line = reader.line_num
            where = f"{location}:{line}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise InputError(f"{where}: {len(row)} cells where the header names {len(header)}")
            yield line, where, {k: v for k, v in zip(header, row, strict=True) if v != ""}
    except UnicodeDecodeError:
        raise InputError(f"{location}:{reader.line_num + 1}: not UTF-8 text") from None
    except csv.Error as exc:
        raise InputError(f"{location}:{reader.line_num}: {one_line(str(exc))}") from None


#: Rows of a Parquet manifest read at a time: a few hundred kilobytes of paths.
PARQUET_BATCH = 4096


def _parquet_records(handle: IO[bytes], location: str) -> Iterator[tuple[int, str, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(f"{location}: reading a Parquet manifest needs pyarrow (pip install 'pytest-textguard[parquet]')") from None
    try:
        table = pq.ParquetFile(handle)
    except Exception as exc:  # noqa: BLE001 - pyarrow's errors for a file that is no Parquet
        raise InputError(f"{location}: not a Parquet file ({describe(exc)})") from None
    for name in table.schema_arrow.names:
        if name not in FIELDS:
            raise InputError(
                f"{location}: unknown column {name!r} (a manifest has original, copy, and optionally id, article)"
            )
    row = 0
    for batch in table.iter_batches(batch_size=PARQUET_BATCH):
        for record in batch.to_pylist():
            row += 1
            yield row, f"{location}: row {row}", {k: v for k, v in record.items() if v is not None}
