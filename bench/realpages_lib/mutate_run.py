"""``mutate OUT``: one located defect planted in each gold original of the corpus, recall per kind.

Copies go to ``OUT/mutations/<page>/<kind>.txt``, the defects' sites to
``OUT/mutations/manifest.jsonl`` and the checks' records to ``OUT/mutations/results.jsonl``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .judge import judge
from .mutations import ACCEPTABLE, PLANTERS, Mutation, plant
from .runner import finding_line, run_pool
from .scoring import ScoreError, load_manifest
from .variants import seed_of

__all__ = ["plant_all", "run_mutations", "summarize_mutations"]

RECALL_TARGET = 0.95
OFFSITE_TARGET = 0.02


def plant_all(originals: list[tuple[str, str]], kinds: list[str]) -> list[tuple[str, Mutation]]:
    """Every kind planted once in every original ``(key, text)``; the foreign paragraph comes from
    the next original. Deterministic: seeded by the key and the kind."""
    out = []
    for i, (key, text) in enumerate(originals):
        other = originals[(i + 1) % len(originals)][1]
        for kind in kinds:
            mutation = plant(kind, text, seed_of(key, kind), other)
            if mutation is not None and mutation.copy != text:
                out.append((key, mutation))
    return out


def summarize_mutations(rows: list[dict[str, Any]], originals_count: int) -> dict[str, Any]:
    """Recall per kind and the off-site false-positive rate from judged rows."""
    per_kind: dict[str, dict[str, Any]] = {}
    offsite_kinds: Counter[str] = Counter()
    for row in rows:
        entry = per_kind.setdefault(row["kind"], {"planted": 0, "found": 0, "found_any_severity": 0, "missed_with": Counter()})
        entry["planted"] += 1
        entry["found"] += row["found"]
        entry["found_any_severity"] += row["found_any_severity"]
        if not row["found"]:
            entry["missed_with"].update(sorted({f["kind"] for f in row["findings"] if f["severity"] != "info"}) or ["(none)"])
        offsite_kinds.update(sorted({f["kind"] for f in row["offsite"]}))
    recall = {}
    for kind in PLANTERS:
        if kind not in per_kind:
            recall[kind] = {"planted": 0, "recall": None, "applicable_originals": 0}
            continue
        e = per_kind[kind]
        acc = ACCEPTABLE[kind]
        recall[kind] = {
            "planted": e["planted"],
            "found": e["found"],
            "recall": e["found"] / e["planted"],
            "recall_any_severity": e["found_any_severity"] / e["planted"],
            "acceptable": sorted(acc.kinds),
            "severity": acc.severity,
            "not_yet_in_textguard": sorted(acc.new_kinds),
            "missed_with": dict(e["missed_with"].most_common(6)),
        }
    with_offsite = sum(bool(r["offsite"]) for r in rows)
    return {
        "originals": originals_count,
        "mutated_copies": len(rows),
        "recall": recall,
        "offsite_copies": with_offsite,
        "offsite_rate": with_offsite / len(rows) if rows else 0.0,
        "offsite_kinds": dict(offsite_kinds.most_common()),
        "crashes": sum(r["verdict"] == "crash" for r in rows),
    }


def print_mutations(summary: dict[str, Any], *, log=print) -> None:
    log(f"{summary['mutated_copies']} mutated copies of {summary['originals']} originals, {summary['crashes']} crashes")
    log(f"{'defect':<22} {'planted':>7} {'recall':>7} {'any sev':>7}  target  status  counts when")
    for kind, r in summary["recall"].items():
        if r["recall"] is None:
            log(f"{kind:<22} {0:>7}       -       -   95.0%  -       no original has a place for it")
            continue
        status = "PASS" if r["recall"] >= RECALL_TARGET else "MISS"
        when = "/".join(r["acceptable"]) + f" >= {r['severity']}"
        if r["not_yet_in_textguard"]:
            when += f"  (not in textguard yet: {', '.join(r['not_yet_in_textguard'])})"
        log(f"{kind:<22} {r['planted']:>7} {r['recall']:>7.1%} {r['recall_any_severity']:>7.1%}   95.0%  {status:<6}  {when}")
    status = "PASS" if summary["offsite_rate"] <= OFFSITE_TARGET else "MISS"
    log(
        f"\noff-site false positives: {summary['offsite_copies']} of {summary['mutated_copies']} copies "
        f"({summary['offsite_rate']:.1%}; target <= 2.0%) {status}"
    )
    log("  their kinds (a copy counts once per kind): " + ", ".join(f"{k} {n}" for k, n in summary["offsite_kinds"].items()))
    log("\nwhat the misses got instead (errors and warnings anywhere; a copy counts once per kind):")
    for kind, r in summary["recall"].items():
        if r.get("missed_with"):
            log(f"  {kind}: " + ", ".join(f"{k} {n}" for k, n in r["missed_with"].items()))


def run_mutations(out: Path, *, workers: int = 2, json_path: str | None = None, show: int = 0, kinds: list[str] | None = None, log=print) -> int:
    pairs = load_manifest(out)
    unknown = sorted(set(kinds or ()) - set(PLANTERS))
    if unknown:
        raise ScoreError(f"unknown defect kind(s) {', '.join(unknown)}: expected one of {', '.join(PLANTERS)}")
    keys = sorted({p["original"] for p in pairs if p["original_kind"] == "body"})
    originals = [(k.removesuffix("/original.txt"), (out / k).read_text("utf-8")) for k in keys]
    if not originals:
        raise ScoreError(f"{out} has no gold originals to mutate")
    planted = plant_all(originals, kinds or list(PLANTERS))
    folder = out / "mutations"
    rows: list[dict[str, Any]] = []
    jobs = []
    for key, m in planted:
        rel = f"mutations/{key}/{m.kind}.txt"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(m.copy, "utf-8", newline="")
        rows.append({"id": f"{key}:{m.kind}", "key": key, "kind": m.kind, "original": f"{key}/original.txt", "copy": rel,
                     "note": m.note, "copy_sites": m.copy_sites, "original_sites": m.original_sites})
        jobs.append((rows[-1]["id"], str(out / key / "original.txt"), str(out / rel)))
    with open(folder / "manifest.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    texts = dict(originals)
    by_id = {r["id"]: (r, m) for r, (_, m) in zip(rows, planted)}
    for key, record in run_pool(jobs, workers=workers):
        row, mutation = by_id[key]
        verdict = judge(mutation, record["findings"], ACCEPTABLE[mutation.kind], texts[row["key"]])
        row.update(verdict=record["verdict"], findings=record["findings"], seconds=record["seconds"],
                   found=verdict.found, found_any_severity=verdict.found_any_severity, offsite=list(verdict.offsite))
    with open(folder / "results.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    summary = summarize_mutations(rows, len(originals))
    print_mutations(summary, log=log)
    if show:
        _show(out, rows, show, log=log)
    if json_path:
        Path(json_path).write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    return 0


def _show(out: Path, rows: list[dict[str, Any]], n: int, *, log=print) -> None:
    """``n`` misses, then ``n`` copies with off-site findings, each with its findings."""
    for title, pick in (("missed", lambda r: not r["found"]), ("off-site findings", lambda r: r["offsite"])):
        chosen = [r for r in rows if pick(r)][:n]
        log(f"\n--- {title}: {len(chosen)} shown")
        for r in chosen:
            original = (out / r["original"]).read_text("utf-8")
            copy = (out / r["copy"]).read_text("utf-8")
            log(f"\n[{r['kind']}] {r['note']}\n  textguard check {out / r['original']} {out / r['copy']}")
            for f in (r["offsite"] if title.startswith("off") else r["findings"]):
                if f["severity"] != "info":
                    log("  " + finding_line(f, original, copy))
