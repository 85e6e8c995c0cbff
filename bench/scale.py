"""Scale-out benchmark (docs/scale.md): pairs per second with the process pool and with Dask at 1 and
2 workers, the per-pair overhead over an in-process check, and a worker's memory as the manifest
grows. A report, not a test: it exits 0 whatever it measures.

    .venv/bin/python bench/scale.py                 # about 5-10 minutes on a 2-core machine
    .venv/bin/python bench/scale.py --quick         # a smoke run: small sizes only

The pairs are fictional (bench/scale_pairs.py): 1,000 originals with 5 copies each, written once
into a temporary folder; larger manifests list those 5,000 pairs again (ids made unique). Throughput
is measured after the engine is up (a cluster's start is reported on its own line), as the median
of ``--repeat`` runs, and the machine's load average is printed before and after: on a shared
machine the figures move with the neighbours' work.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_pairs import write_manifest, write_pairs  # noqa: E402

import textguard  # noqa: E402
from textguard.articles.engines import scan_pairs  # noqa: E402
from textguard.articles.manifest import read_manifest  # noqa: E402


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def in_process(manifest: Path) -> float:
    """Seconds per pair for textguard.check_files on each pair, one after another, in this process
    (files read, copies of an original one after another, so its analysis is reused as in a task)."""
    pairs = list(read_manifest(str(manifest)))
    started = time.perf_counter()
    for pair in pairs:
        textguard.check_files(pair.original, pair.copy)
    return (time.perf_counter() - started) / len(pairs)


def article_cost() -> tuple[float, int]:
    """Seconds per pair for check_files on the bundled fixture articles (news-article sizes, an
    original's copies one after another), and how many pairs: the cost the cluster is sized by."""
    from textguard.articles.model import find_articles

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    pairs = [(str(a.original_path), str(c.path)) for a in find_articles(fixtures) for c in a.copies]
    started = time.perf_counter()
    for original, copy in pairs:
        textguard.check_files(original, copy)
    return (time.perf_counter() - started) / len(pairs), len(pairs)


def through(manifest: Path, n: int, **options: Any) -> float:
    """Pairs per second through scan_pairs, every result serialised as its JSON line."""
    import json

    started = time.perf_counter()
    count = 0
    for result in scan_pairs(str(manifest), **options):
        json.dumps(result.to_dict())
        count += 1
    assert count == n, (count, n)
    return n / (time.perf_counter() - started)


def median_rate(repeat: int, manifest: Path, n: int, **options: Any) -> float:
    return statistics.median(through(manifest, n, **options) for _ in range(repeat))


def dask_cluster(workers: int) -> tuple[Any, Any, float]:
    import distributed

    started = time.perf_counter()
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.CRITICAL
    )
    client = distributed.Client(cluster)
    client.wait_for_workers(workers)
    return cluster, client, time.perf_counter() - started


def worker_memory(client: Any) -> list[tuple[float, float]]:
    """(resident MB now, peak resident MB) of each worker process."""

    def measure() -> tuple[float, float]:
        import resource

        import psutil

        return psutil.Process().memory_info().rss / 2**20, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    return [v for _, v in sorted(client.run(measure).items())]


def client_rss() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per throughput figure (median)")
    args = parser.parse_args()
    originals = 200 if args.quick else 1000
    sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)

    print(f"# textguard scale-out benchmark\n\nstart: {load()}")
    with tempfile.TemporaryDirectory(prefix="textguard-scale-") as tmp:
        folder = Path(tmp)
        records = write_pairs(folder, originals=originals, copies=5)
        base = write_manifest(folder / "pairs.jsonl", records)
        n = len(records)
        chars = sum(len((folder / r["copy"]).read_text(encoding="utf-8")) for r in records[:100]) / 100
        print(f"pairs: {n} fictional pairs, {originals} originals, copies of about {chars:.0f} characters\n")

        per_pair = statistics.median(in_process(base) for _ in range(args.repeat))
        print("| engine | pairs/s | ms per pair | overhead over in-process |\n|---|---:|---:|---:|")
        print(f"| in-process check_files | {1 / per_pair:,.0f} | {per_pair * 1000:.2f} | - |")

        def row(name: str, rate: float, workers: int) -> None:
            cost = workers / rate  # worker-seconds per pair
            print(f"| {name} | {rate:,.0f} | {cost * 1000:.2f} (per worker) | {cost / per_pair - 1:+.0%} |")

        serial = median_rate(args.repeat, base, n, workers=1)
        row("scan_pairs, 1 process (serial)", serial, 1)
        pool = median_rate(args.repeat, base, n, workers=2)
        row("scan_pairs, process pool of 2", pool, 2)
        rates: dict[int, float] = {}
        starts: dict[int, float] = {}
        for workers in (1, 2):
            cluster, client, start = dask_cluster(workers)
            try:
                through(base, n, engine="dask", scheduler=client)  # warm the workers (imports)
                rates[workers] = median_rate(args.repeat, base, n, engine="dask", scheduler=client)
                starts[workers] = start
            finally:
                client.close()
                cluster.close()
            row(f"Dask LocalCluster, {workers} worker{'s' if workers > 1 else ''}", rates[workers], workers)
        print(
            f"\nDask 2 workers / 1 worker: {rates[2] / rates[1]:.2f}x; process pool 2 / serial: {pool / serial:.2f}x"
        )
        print(f"cluster start: {starts[1]:.1f} s (1 worker), {starts[2]:.1f} s (2 workers), not counted above")

        article, count = min(article_cost() for _ in range(args.repeat))
        overhead = 1 / rates[1] - per_pair  # what Dask adds to a pair, in seconds
        print(f"\nbundled articles: {article * 1000:.1f} ms per pair in process ({count} pairs, fastest of {args.repeat})")
        day = 10_000_000
        for name, cost in (("fictional pairs", 1 / rates[1]), ("article-sized pairs", article + overhead)):
            busy = day * cost / 86_400
            print(
                f"10 million {name} a day at {cost * 1000:.2f} ms: {busy:.2f} worker cores busy on average, "
                f"{busy * 3 / 0.7:.1f} for a 3x peak at 70% use"
            )

        print("\n| manifest pairs | worker RSS after (MB) | worker peak RSS (MB) | client RSS growth (MB) | pairs/s |")
        print("|---:|---:|---:|---:|---:|")
        for size in sizes:
            manifest = write_manifest(folder / f"pairs-{size}.jsonl", records, count=size)
            total = sum(1 for _ in read_manifest(str(manifest)))
            cluster, client, _ = dask_cluster(2)
            try:
                rss = client_rss()
                rate = through(manifest, total, engine="dask", scheduler=client)
                grown = client_rss() - rss
                memory = worker_memory(client)
            finally:
                client.close()
                cluster.close()
            after = " / ".join(f"{now:.0f}" for now, _ in memory)
            peak = " / ".join(f"{top:.0f}" for _, top in memory)
            print(f"| {total:,} | {after} | {peak} | {grown:+.0f} | {rate:,.0f} |")
    print(f"\nend: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
