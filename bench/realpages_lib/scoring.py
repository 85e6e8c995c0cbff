"""``score OUT``: textguard on every pair of the manifest, rates per label against the targets.

The aggregation (:func:`summarize`) is pure, so the tests run it on records they make up; the
I/O (:func:`score`) reads the manifest, runs the pool and writes ``OUT/score-results.jsonl``.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .labels import LABELS, TARGETS, label_pair, meets_target
from .runner import finding_line, run_pool

__all__ = ["failure_kinds", "load_manifest", "print_summary", "score", "show_failures", "summarize"]


class ScoreError(Exception):
    """OUT has no usable manifest (the CLI prints it on one line and exits 2)."""


def load_manifest(out: Path) -> list[dict[str, Any]]:
    path = out / "manifest.jsonl"
    if not path.is_file():
        raise ScoreError(f"{path} not found: run `bench/realpages.py build SRC {out}` first")
    pairs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    if not pairs:
        raise ScoreError(f"{path} has no pairs")
    return pairs


def _pairs_of(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["kind"], f["severity"]) for f in record["findings"]]


def failure_kinds(label: str, record: dict[str, Any]) -> list[str]:
    """What a pair that missed its target shows: the serious kinds that made a must-pass pair
    fail, or the kinds a junk/lossy/another pair got instead (``(none)`` when it got nothing)."""
    if record["verdict"] == "crash":
        return ["(crash)"]
    serious = sorted({k for k, s in _pairs_of(record) if s in ("warning", "error")})
    if label in ("identical-words", "harmless-variant"):
        return serious
    return serious or ["(none)"]


def summarize(pairs: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Rates per label and per (label, origin), failure kinds, and the slowest pairs."""
    per_label: dict[str, dict[str, Any]] = {}
    per_origin: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    per_split: dict[str, dict[str, int]] = {}
    for pair in pairs:
        record = records[pair["id"]]
        label = pair["label"]
        met = meets_target(label, record["verdict"], _pairs_of(record))
        if record["verdict"] == "crash":
            met = False if met is not None else None
        entry = per_label.setdefault(label, {"pairs": 0, "met": 0, "passed": 0})
        entry["pairs"] += 1
        entry["passed"] += record["verdict"] == "pass"
        origin = re.sub(r"-\d+$", "", pair["origin"])  # rewrap-57 -> rewrap
        group = f"{label} | {pair['original_kind']} original | {origin}"
        per_origin[group]["pairs"] += 1
        split = per_split.setdefault(f"{label} | {pair['original_kind']} original", {"pairs": 0, "met": 0})
        split["pairs"] += 1
        if met or (met is None and record["verdict"] == "pass"):  # `similar`: the passes
            entry["met"] += met is not None
            split["met"] += 1
            per_origin[group]["met"] += 1
        elif met is False:
            kinds[label].update(failure_kinds(label, record))
    rates = {}
    for label in LABELS:
        if label not in per_label:
            continue
        entry = per_label[label]
        target = TARGETS.get(label)
        rates[label] = {
            **entry,
            "rate": entry["met"] / entry["pairs"] if target else entry["passed"] / entry["pairs"],
            "target": target[1] if target else None,
            "needs": target[0] if target else "no target: the pass rate",
        }
    slowest = sorted(pairs, key=lambda p: -records[p["id"]]["seconds"])[:10]
    return {
        "rates": rates,
        "by_original": dict(sorted(per_split.items())),
        "by_origin": {k: dict(v) for k, v in sorted(per_origin.items())},
        "failure_kinds": {k: dict(v.most_common()) for k, v in kinds.items()},
        "slowest": [{"id": p["id"], "seconds": round(records[p["id"]]["seconds"], 3)} for p in slowest],
        "crashes": sum(r["verdict"] == "crash" for r in records.values()),
        "pairs": len(pairs),
    }


def print_summary(summary: dict[str, Any], *, log=print) -> None:
    log(f"{summary['pairs']} pairs, {summary['crashes']} crashes")
    log(f"{'label':<17} {'pairs':>6} {'rate':>8} {'target':>8}  status  what counts")
    for label, r in summary["rates"].items():
        target = f"{r['target']:.1%}" if r["target"] is not None else "-"
        status = "-" if r["target"] is None else ("PASS" if r["rate"] >= r["target"] else "MISS")
        log(f"{label:<17} {r['pairs']:>6} {r['rate']:>8.1%} {target:>8}  {status:<6}  {r['needs']}")
    log("\nper label and original (the gold body, or the whole page's text; met / pairs; `similar`: passes):")
    for group, c in summary["by_original"].items():
        log(f"  {group:<40} {c['met']:>5} / {c['pairs']:<5} {c['met'] / c['pairs']:>7.1%}")
    log("\nper label, original and origin (met / pairs; `similar`: passes):")
    for group, c in summary["by_origin"].items():
        log(f"  {group:<62} {c.get('met', 0):>5} / {c['pairs']}")
    log("\nfinding kinds behind the misses (a pair counts once per kind):")
    for label, counts in summary["failure_kinds"].items():
        log(f"  {label}: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    log("\nslowest pairs:")
    for s in summary["slowest"]:
        log(f"  {s['seconds']:>7.3f} s  {s['id']}")


def show_failures(out: Path, pairs: list[dict[str, Any]], records: dict[str, dict[str, Any]], n: int, *, labels: list[str] | None = None, log=print) -> None:
    """Print ``n`` pairs that missed their target: paths in OUT and their serious findings."""
    shown = 0
    for pair in pairs:
        if shown >= n:
            break
        if labels and pair["label"] not in labels:
            continue
        record = records[pair["id"]]
        met = meets_target(pair["label"], record["verdict"], _pairs_of(record))
        if met is not False and record["verdict"] != "crash":
            continue
        shown += 1
        original = (out / pair["original"]).read_text("utf-8")
        copy = (out / pair["copy"]).read_text("utf-8")
        log(f"\n[{pair['label']}] {pair['id']}  (P={pair['precision']}, R={pair['recall']})")
        log(f"  textguard check {out / pair['original']} {out / pair['copy']}")
        if record["verdict"] == "crash":
            log(f"  crash: {record['error']}")
        for f in record["findings"]:
            if f["severity"] != "info" or pair["label"] not in ("identical-words", "harmless-variant"):
                log("  " + finding_line(f, original, copy))


def score(out: Path, *, workers: int = 2, relabel: bool = False, reuse: bool = False, log=print) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Check every pair of ``OUT/manifest.jsonl``; write and return the records (``reuse``: read
    the records of the last run instead, to re-print or show failures without checking again)."""
    pairs = load_manifest(out)
    if relabel:
        for pair in pairs:
            label = label_pair(
                (out / pair["reference"]).read_text("utf-8"),
                (out / pair["copy"]).read_text("utf-8"),
                harmless=pair["origin"].startswith("variant:"),
            )
            pair.update(label=label.label, precision=label.precision, recall=label.recall)
    records: dict[str, dict[str, Any]] = {}
    if reuse:
        path = out / "score-results.jsonl"
        if not path.is_file():
            raise ScoreError(f"{path} not found: run `score` once without --reuse")
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            records[row["id"]] = {k: row[k] for k in ("verdict", "findings", "seconds", "error") if k in row}
        missing = [p["id"] for p in pairs if p["id"] not in records]
        if missing:
            raise ScoreError(f"{len(missing)} pairs of the manifest have no result (first {missing[0]}): run without --reuse")
        return pairs, records
    jobs = [(p["id"], str(out / p["original"]), str(out / p["copy"])) for p in pairs]
    for i, (key, record) in enumerate(run_pool(jobs, workers=workers), 1):
        records[key] = record
        if i % 500 == 0:
            log(f"  ... {i}/{len(jobs)} pairs checked")
    with open(out / "score-results.jsonl", "w", encoding="utf-8") as fh:
        for pair in pairs:
            fh.write(json.dumps({**pair, **records[pair["id"]]}, ensure_ascii=False) + "\n")
    return pairs, records
