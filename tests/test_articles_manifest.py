"""Manifests of pairs (textguard/articles/manifest.py) and ``scan --manifest`` refusing bad ones
before any work (textguard/articles/manifest_scan.py). Every text here is fictional."""

from __future__ import annotations

import gzip
import itertools
import json
import sys
from pathlib import Path

import pytest

from textguard.articles.manifest import (
    Pair,
    count_pairs,
    is_url,
    manifest_format,
    pairs_from,
    read_manifest,
)
from textguard.cli import main
from textguard.errors import InputError

ORIGINAL = "The ferry to Quillford will run 14 times a night from May, the harbour board said on Monday.\n"


def write_texts(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "o.txt").write_text(ORIGINAL, encoding="utf-8")
    (folder / "c.txt").write_text(ORIGINAL, encoding="utf-8")


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


# --- reading ------------------------------------------------------------------------------------


def test_jsonl_records_become_pairs_relative_to_the_manifest(tmp_path: Path) -> None:
    m = jsonl(
        tmp_path / "pairs.jsonl",
        {"original": "o.txt", "copy": "c.txt"},
        "",
        {"original": "/abs/o.txt", "copy": "s3://bucket/c.txt", "id": 7, "article": "art"},
    )
    first, second = read_manifest(str(m))
    assert first == Pair(str(tmp_path / "o.txt"), str(tmp_path / "c.txt"), str(tmp_path / "c.txt"), None, 1)
    assert second == Pair("/abs/o.txt", "s3://bucket/c.txt", "7", str(tmp_path / "art"), 3)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"original": "o.txt"}, "pairs.jsonl:2: missing field 'copy'"),
        ({"copy": "c.txt"}, "pairs.jsonl:2: missing field 'original'"),
        ({"original": "o.txt", "copy": ""}, "pairs.jsonl:2: missing field 'copy' (it is empty)"),
        ({"original": "o.txt", "copy": "c.txt", "orignal": "x"}, "pairs.jsonl:2: unknown key 'orignal'"),
        ({"original": "o.txt", "copy": ["c.txt"]}, "pairs.jsonl:2: 'copy' must be text, not a list"),
        ({"original": "o.txt", "copy": "c.txt", "article": "https://x/y"}, "'article' must be a local folder"),
        (["o.txt", "c.txt"], "pairs.jsonl:2: a record is an object with 'original' and 'copy', not a list"),
        ('{"original": "o.txt", ', "pairs.jsonl:2: not valid JSON"),
    ],
)
def test_a_bad_record_is_refused_naming_its_line(tmp_path: Path, record: object, message: str) -> None:
    m = jsonl(tmp_path / "pairs.jsonl", {"original": "o.txt", "copy": "c.txt"}, record)
    with pytest.raises(InputError, match="^.*" + _literal(message)):
        count_pairs(str(m))


def _literal(text: str) -> str:
    import re

    return re.escape(text)


def test_an_empty_manifest_lists_no_pairs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="lists no pairs"):
        count_pairs(str(jsonl(tmp_path / "pairs.jsonl", "")))


def test_csv_manifests_name_the_line_and_the_unknown_column(tmp_path: Path) -> None:
    good = tmp_path / "pairs.csv"
    good.write_text("original,copy,id\no.txt,c.txt,\no.txt,c.txt,second\n", encoding="utf-8")
    pairs = list(read_manifest(str(good)))
    assert [p.id for p in pairs] == [str(tmp_path / "c.txt"), "second"]
    assert [p.line for p in pairs] == [2, 3]
    missing = tmp_path / "missing.csv"
    missing.write_text("original,copy\no.txt,c.txt\no.txt,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"missing\.csv:3: missing field 'copy'"):
        count_pairs(str(missing))
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("original,copy,weight\no.txt,c.txt,3\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"unknown\.csv:1: unknown column 'weight'"):
        count_pairs(str(unknown))


def test_parquet_manifests_are_read_in_batches_and_name_the_row(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    good = tmp_path / "pairs.parquet"
    pq.write_table(pa.table({"original": ["o.txt"] * 3, "copy": ["c.txt", "c.txt", None]}), good)
    with pytest.raises(InputError, match=r"pairs\.parquet: row 3: missing field 'copy'"):
        count_pairs(str(good))
    assert [p.line for p in itertools.islice(read_manifest(str(good)), 2)] == [1, 2]
    extra = tmp_path / "extra.parquet"
    pq.write_table(pa.table({"original": ["o.txt"], "copy": ["c.txt"], "lang": ["en"]}), extra)
    with pytest.raises(InputError, match="unknown column 'lang'"):
        count_pairs(str(extra))


def test_a_compressed_manifest_is_read_through_fsspec(tmp_path: Path) -> None:
    pytest.importorskip("fsspec")
    m = tmp_path / "pairs.jsonl.gz"
    m.write_bytes(gzip.compress(b'{"original": "o.txt", "copy": "c.txt", "id": "z"}\n'))
    assert [p.id for p in read_manifest(str(m))] == ["z"]


def test_manifests_and_texts_at_urls_are_read_through_fsspec() -> None:
    fsspec = pytest.importorskip("fsspec")
    import textguard

    fs = fsspec.filesystem("memory")
    fs.pipe("/tg-test/o.txt", ORIGINAL.encode())
    fs.pipe("/tg-test/c.txt", ORIGINAL.replace("14", "41").encode())
    fs.pipe("/tg-test/pairs.jsonl", b'{"original": "o.txt", "copy": "c.txt"}\n')
    try:
        (result,) = textguard.scan_pairs("memory://tg-test/pairs.jsonl", workers=1)
    finally:
        fs.rm("/tg-test", recursive=True)
    assert result.pair.copy == "memory://tg-test/c.txt"
    assert result.report is not None and result.report.copy.path == "memory://tg-test/c.txt"
    assert result.verdict == "fail"


@pytest.mark.parametrize(
    ("location", "fmt"),
    [("pairs.jsonl", "jsonl"), ("x/pairs.NDJSON", "jsonl"), ("s3://b/p.csv.gz", "csv"), ("gs://b/p.parquet", "parquet")],
)
def test_the_format_comes_from_the_suffix(location: str, fmt: str) -> None:
    assert manifest_format(location) == fmt


def test_an_unknown_suffix_is_refused() -> None:
    with pytest.raises(InputError, match="unknown manifest format '.txt'"):
        manifest_format("pairs.txt")


def test_urls_are_told_from_paths() -> None:
    assert is_url("s3://bucket/key") and is_url("https://example.org/a") and is_url("git+ssh://x")
    assert not is_url("/data/a.txt") and not is_url("C:\\data\\a.txt") and not is_url("notes: a://b c")


def test_pairs_come_from_tuples_and_records_in_python() -> None:
    pairs = list(pairs_from([("o.txt", "c.txt"), {"original": "o.txt", "copy": "d.txt", "id": "d"}]))
    assert [(p.id, p.line) for p in pairs] == [("c.txt", 1), ("d", 2)]
    with pytest.raises(InputError, match="item 1: missing field 'copy'"):
        list(pairs_from([{"original": "o.txt"}]))


# --- scan --manifest refuses before any work ----------------------------------------------------


def test_a_manifest_with_a_bad_record_exits_2_before_any_pair_is_judged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from textguard.articles import engines

    judged: list[object] = []
    monkeypatch.setattr(engines, "run_partition", lambda items, settings: judged.append(items) or [])
    write_texts(tmp_path)
    good = {"original": "o.txt", "copy": "c.txt"}
    m = jsonl(tmp_path / "pairs.jsonl", good, good, {"original": "o.txt", "copy": "c.txt", "lang": "en"}, good)
    out = tmp_path / "out.jsonl"
    assert main(["scan", "--manifest", str(m), "--out", str(out), "--workers", "1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == f"textguard: error: {m}:3: unknown key 'lang' (a record has original, copy, and optionally id, article)"
    assert judged == [] and not out.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["scan"], "scan needs PATH"),
        (["scan", "fixtures", "--engine", "dask"], "go with --manifest FILE"),
        (["scan", "fixtures", "--manifest", "m.jsonl"], "give PATH or --manifest, not both"),
        (["scan", "--manifest", "m.jsonl", "--html", "h"], "--html goes with a folder scan"),
        (["scan", "--manifest", "m.jsonl", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler goes with --engine dask"),
    ],
)
def test_options_that_do_not_go_together_exit_2_in_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_the_dask_engine_without_the_extra_names_the_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    write_texts(tmp_path)
    m = jsonl(tmp_path / "pairs.jsonl", {"original": "o.txt", "copy": "c.txt"})
    assert main(["scan", "--manifest", str(m), "--engine", "dask"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "textguard: error: --engine dask needs Dask, the [dask] extra: pip install 'pytest-textguard[dask]'\n"
