"""Many pairs at once (textguard/articles/engines.py): partitions, the input's order, error records,
the local process pool and a Dask LocalCluster (two worker processes) giving exactly the serial
results, also when a worker dies mid-run. The pairs are fictional (bench/scale_pairs.py)."""

from __future__ import annotations

import json
import os
import random
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import textguard
from textguard.articles import engines
from textguard.articles.engines import PairResult, Partition, in_order, partitions, scan_pairs
from textguard.articles.manifest import Pair
from textguard.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from scale_pairs import write_manifest, write_pairs  # noqa: E402

#: Pairs of the cluster tests: a few hundred tiny ones, so that a loaded 2-core machine runs them fast.
ORIGINALS, COPIES = 60, 5


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A manifest of 300 fictional pairs (copies of one original next to each other), with one
    unreadable pair (its copy is missing) in the middle."""
    folder = tmp_path_factory.mktemp("pairs")
    records = write_pairs(folder, originals=ORIGINALS, copies=COPIES)
    random.Random(7).shuffle(records)  # an original's copies scattered: the partitions regroup them
    records.insert(150, {"id": "lost", "original": records[0]["original"], "copy": "nowhere/copy.txt"})
    return write_manifest(folder / "pairs.jsonl", records)


def comparable(results: list[PairResult]) -> list[dict[str, Any]]:
    """The JSON lines without the one field that differs between two runs (elapsed time)."""
    lines = [r.to_dict() for r in results]
    for line in lines:
        line.get("stats", {}).pop("elapsed_ms", None)
    return lines


@pytest.fixture(scope="module")
def serial(corpus: Path) -> list[dict[str, Any]]:
    return comparable(list(scan_pairs(str(corpus), workers=1)))


# --- partitions and order -----------------------------------------------------------------------


def make_pairs(originals: list[str]) -> list[Pair]:
    return [Pair(o, f"{o}/{n}", f"{o}/{n}") for n, o in enumerate(originals)]


def test_partitions_keep_the_copies_of_an_original_together_and_every_pair_once() -> None:
    rng = random.Random(3)
    pairs = make_pairs([f"o{rng.randrange(20)}" for _ in range(500)])
    parts = list(partitions(pairs, size=16, window=1000))
    indices = [i for p in parts for i, _ in p.items]
    assert sorted(indices) == list(range(500))
    assert [p.seq for p in parts] == list(range(len(parts)))
    assert all(len(p.items) <= 16 for p in parts)
    homes: dict[str, set[int]] = {}
    for p in parts:
        for _, pair in p.items:
            homes.setdefault(pair.original, set()).add(p.seq)
    for original, seqs in homes.items():
        copies = sum(1 for pair in pairs if pair.original == original)
        assert len(seqs) == -(-copies // 16), original  # split only into runs of the partition size


def test_partitions_hold_one_window_at_a_time() -> None:
    taken: list[int] = []

    def stream() -> Iterator[Pair]:
        for n in range(100):
            taken.append(n)
            yield Pair("o", f"c{n}", f"c{n}")

    parts = partitions(stream(), size=4, window=10)
    next(parts)
    assert len(taken) <= 11  # one window read (and the iterator's look-ahead), not the whole stream


def test_results_come_in_the_input_order_each_once_whatever_order_partitions_finish() -> None:
    pairs = make_pairs([f"o{n % 7}" for n in range(60)])
    parts = list(partitions(pairs, size=5, window=20))
    random.Random(1).shuffle(parts)
    finished = [(p, [(i, None, f"e{i}") for i, _ in p.items]) for p in parts]
    finished.insert(3, finished[0])  # a partition delivered twice (a task that ran again)
    out = list(in_order(iter(finished)))
    assert [index for index, *_ in out] == list(range(60))
    assert [error for _, _, error, _ in out] == [f"e{i}" for i in range(60)]


# --- serial -------------------------------------------------------------------------------------


def test_serial_results_are_check_files_of_each_pair(corpus: Path, serial: list[dict[str, Any]]) -> None:
    assert len(serial) == ORIGINALS * COPIES + 1
    for line in serial[:12]:
        if line["verdict"] == "error":
            continue
        report = textguard.check_files(line["original"]["path"], line["copy"]["path"]).to_dict()
        assert line["findings"] == report["findings"]
        assert line["verdict"] == report["verdict"] and line["copy"] == report["copy"]
    assert [line["line"] for line in serial] == list(range(1, len(serial) + 1))


def test_an_unreadable_pair_is_one_error_record(serial: list[dict[str, Any]]) -> None:
    errors = [line for line in serial if line["verdict"] == "error"]
    assert [e["id"] for e in errors] == ["lost"]
    assert "no such file" in errors[0]["error"] and errors[0]["copy"]["path"].endswith("nowhere/copy.txt")
    assert {line["verdict"] for line in serial} == {"pass", "fail", "error"}


def test_the_cli_writes_the_json_lines_and_exits_2_for_the_unreadable_pair(
    corpus: Path, serial: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "results.jsonl"
    assert main(["scan", "--manifest", str(corpus), "--workers", "1", "--out", str(out)]) == 2
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for line in written:
        line.get("stats", {}).pop("elapsed_ms", None)
    assert written == serial
    captured = capsys.readouterr()
    failed = sum(1 for line in serial if line["verdict"] == "fail")
    passed = len(serial) - failed - 1
    assert captured.out == f"{len(serial)} copies: {passed} passed, {failed} failed, 1 unjudged\nresults: {out}\n"
    assert captured.err == f"textguard: error: 1 of {len(serial)} pairs could not be judged\n"


def test_an_article_folder_applies_its_config(tmp_path: Path) -> None:
    folder = tmp_path / "art"
    folder.mkdir()
    original = "The tram depot in Selwick will close in 2034, the rail trust said.\n"
    (folder / "original.txt").write_text(original, encoding="utf-8")
    (folder / "c.txt").write_text(original.replace("2034", "2043"), encoding="utf-8")
    record = {"original": str(folder / "original.txt"), "copy": str(folder / "c.txt")}
    (plain,) = scan_pairs([record], workers=1)
    assert plain.verdict == "fail"
    kinds = '"number-altered", "number-missing", "date-altered", "date-missing"'  # a year is a date too
    (folder / "article.toml").write_text(f'[config]\nfail_on = "warning"\ndisabled = [{kinds}]\n')
    (configured,) = scan_pairs([{**record, "article": str(folder)}], workers=1)
    assert configured.verdict == "pass"
    (folder / "article.toml").write_text("[config]\nno_such_key = 1\n")
    (bad,) = scan_pairs([{**record, "article": str(folder)}], workers=1)
    assert bad.verdict == "error" and "no_such_key" in (bad.error or "")


# --- the local process pool ---------------------------------------------------------------------


def test_the_process_pool_gives_the_serial_results(corpus: Path, serial: list[dict[str, Any]]) -> None:
    assert comparable(list(scan_pairs(str(corpus), workers=2))) == serial


def _dies_once(items: Any, settings: Any) -> Any:
    """A task whose worker process dies the first time any task runs (a marker file says so)."""
    marker = Path(os.environ["TEXTGUARD_TEST_DIE_ONCE"])
    try:
        marker.touch(exist_ok=False)
    except FileExistsError:
        return _real_run_partition(items, settings)
    os._exit(1)


_real_run_partition = engines.run_partition


def test_a_process_that_dies_loses_no_pair_and_duplicates_none(
    corpus: Path, serial: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "died"
    monkeypatch.setenv("TEXTGUARD_TEST_DIE_ONCE", str(marker))
    monkeypatch.setattr(engines, "run_partition", _dies_once)
    assert comparable(list(scan_pairs(str(corpus), workers=2, partition_size=16))) == serial
    assert marker.exists()  # a worker did die


# --- for people who already run Dask ------------------------------------------------------------


def test_check_partition_maps_over_a_dask_bag_and_a_dask_dataframe(corpus: Path, serial: list[dict[str, Any]]) -> None:
    db = pytest.importorskip("dask.bag")
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd

    from textguard.articles.engines import check_partition, frame_meta

    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    base = str(corpus.parent)
    absolute = [{**r, "original": os.path.join(base, r["original"]), "copy": os.path.join(base, r["copy"])} for r in records]
    lines = db.from_sequence(absolute, npartitions=4).map_partitions(check_partition).compute(scheduler="sync")
    for line in lines:
        line.get("stats", {}).pop("elapsed_ms", None)
        line["line"] = None
    expected = [{**line, "line": None} for line in serial]
    assert lines == expected
    frame = dd.from_pandas(pd.DataFrame(absolute), npartitions=3)
    result = frame.map_partitions(check_partition, meta=frame_meta()).compute(scheduler="sync")
    assert list(result["id"]) == [line["id"] for line in serial]
    assert list(result["verdict"]) == [line["verdict"] for line in serial]


# --- a Dask LocalCluster with two worker processes -----------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    import logging

    import dask

    # A loaded 2-core machine starts processes slowly: generous timeouts, never a timing assertion.
    with dask.config.set({"distributed.comm.timeouts.connect": "120s", "distributed.comm.timeouts.tcp": "120s"}):
        with distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
        ) as local:
            with distributed.Client(local, timeout="120s") as client:
                client.wait_for_workers(2, timeout=300)
                yield client


@pytest.mark.slow
def test_a_dask_cluster_gives_exactly_the_serial_results(
    corpus: Path, serial: list[dict[str, Any]], cluster: Any
) -> None:
    assert len(cluster.scheduler_info()["workers"]) == 2
    results = comparable(list(scan_pairs(str(corpus), engine="dask", scheduler=cluster, partition_size=16)))
    assert results == serial


@pytest.mark.slow
def test_the_cli_on_a_scheduler_address_writes_the_serial_results(
    corpus: Path, serial: list[dict[str, Any]], cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "results.jsonl"
    argv = ["scan", "--manifest", str(corpus), "--engine", "dask", "--scheduler", cluster.scheduler.address]
    assert main([*argv, "--out", str(out)]) == 2  # the unreadable pair
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for line in written:
        line.get("stats", {}).pop("elapsed_ms", None)
    assert written == serial
    assert "1 unjudged" in capsys.readouterr().out


@pytest.mark.slow
def test_a_dask_worker_that_dies_mid_run_loses_no_pair_and_duplicates_none(
    corpus: Path, serial: list[dict[str, Any]], cluster: Any
) -> None:
    pids = cluster.run(os.getpid)
    victim = sorted(pids)[0]
    results: list[PairResult] = []
    for result in scan_pairs(str(corpus), engine="dask", scheduler=cluster, partition_size=8):
        results.append(result)
        if len(results) == 10:  # partitions are still pending: the window is far from the end
            os.kill(pids[victim], signal.SIGKILL)
    assert comparable(results) == serial
    cluster.wait_for_workers(2, timeout=300)  # the nanny starts a new worker process
    assert victim not in cluster.scheduler_info()["workers"]  # the worker did die


def test_scan_pairs_is_public_and_refuses_an_unknown_engine() -> None:
    assert textguard.scan_pairs is scan_pairs
    with pytest.raises(textguard.InputError, match="unknown engine 'spark'"):
        list(scan_pairs([], engine="spark"))  # type: ignore[arg-type]
    with pytest.raises(textguard.InputError, match="goes with engine='dask'"):
        list(scan_pairs([], scheduler="tcp://127.0.0.1:1"))


def test_a_partition_is_a_value() -> None:
    part = Partition(0, ((0, Pair("o", "c", "c")),))
    assert part == Partition(0, ((0, Pair("o", "c", "c")),))
