"""The real-page corpus of issue 13: pairs built from public test pages, scored by their words.

Usage (from the repository root, with the ``bench`` extra installed)::

    .venv/bin/python -m pip install -e '.[bench]'
    .venv/bin/python bench/realpages.py fetch-help          # how to get SRC
    .venv/bin/python bench/realpages.py build SRC OUT       # OUT outside the repository
    .venv/bin/python bench/realpages.py score OUT [--json F] [--show N] [--label L] [--reuse]
    .venv/bin/python bench/realpages.py mutate OUT [--json F] [--show N] [--kind K]
    .venv/bin/python bench/realpages.py body OUT [--show N]  # body detection on the page texts

A report, not a test: a missed target still exits 0; bad arguments or an unusable SRC/OUT exit 2
with one line on stderr. ``docs/quality.md`` ("Real-page corpus") explains the method and has the
figures. The texts belong to their publishers: OUT is never committed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realpages_lib.build import BuildError, build  # noqa: E402
from realpages_lib.scoring import ScoreError, load_manifest, print_summary, score, show_failures, summarize  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

FETCH_HELP = """\
SRC is a folder with two sub-folders, taken from any clone of the two public repositories:

  SRC/readability/test/test-pages/<page>/{source.html,expected.html}   (mozilla/readability)
  SRC/trafilatura/tests/cache/*.html                                     (adbar/trafilatura)

From clones (git clone https://github.com/mozilla/readability, .../adbar/trafilatura):

  mkdir -p SRC/readability SRC/trafilatura
  git -C path/to/readability archive HEAD test/test-pages | tar -x -C SRC/readability
  git -C path/to/trafilatura archive HEAD tests/cache     | tar -x -C SRC/trafilatura

(from a bare mirror: `git --git-dir=MIRROR archive HEAD test/test-pages | tar -x -C SRC/readability`).
Either part may be missing; the build uses what it finds. Keep SRC and OUT outside this
repository: the pages belong to their publishers.
"""


def _outside_repo(path: Path, what: str) -> Path:
    resolved = path.resolve()
    if resolved == ROOT or ROOT in resolved.parents:
        raise BuildError(f"{what} {path} is inside the repository: put it elsewhere (the texts are third-party)")
    return resolved


def _cmd_build(args: argparse.Namespace) -> int:
    src = Path(args.src)
    if not src.is_dir():
        raise BuildError(f"SRC {src} is not a folder (see `bench/realpages.py fetch-help`)")
    out = _outside_repo(Path(args.out), "OUT")
    started = time.perf_counter()
    summary = build(src, out, workers=args.workers, only=args.extractors, keep_synthetic=args.keep_synthetic)
    print(
        f"{summary['pages']} pages ({summary['pages_with_gold_body']} with a gold body; "
        f"{len(summary['synthetic_pages_left_out'])} of placeholder text left out), "
        f"{summary['pairs']} pairs in {out / 'manifest.jsonl'} ({time.perf_counter() - started:.0f} s)"
    )
    print("extractors: " + (", ".join(summary["extractors"]) or "none"))
    for name, n in summary["empty_outputs"].items():
        if n:
            print(f"  {name}: empty on {n} pages")
    for name, errs in summary["extractor_errors"].items():
        print(f"  {name}: failed on {len(errs)} pages (first: {errs[0]})")
    counts: dict[str, int] = {}
    for pair in load_manifest(out):
        counts[pair["label"]] = counts.get(pair["label"], 0) + 1
    print("labels: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


def _cmd_score(args: argparse.Namespace) -> int:
    out = Path(args.out)
    started = time.perf_counter()
    pairs, records = score(out, workers=args.workers, relabel=args.relabel, reuse=args.reuse)
    summary = summarize(pairs, records)
    print_summary(summary)
    print(f"\n({time.perf_counter() - started:.0f} s; every record in {out / 'score-results.jsonl'})")
    if args.show:
        show_failures(out, pairs, records, args.show, labels=args.label)
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    return 0


def _cmd_mutate(args: argparse.Namespace) -> int:
    from realpages_lib.mutate_run import run_mutations

    return run_mutations(Path(args.out), workers=args.workers, json_path=args.json, show=args.show, kinds=args.kind)


def _cmd_body(args: argparse.Namespace) -> int:
    from realpages_lib.body_eval import run_body_eval

    out = Path(args.out)
    if not out.is_dir():
        raise ScoreError(f"OUT {out} is not a folder: run `bench/realpages.py build SRC {out}` first")
    run_body_eval(out, show=args.show)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bench/realpages.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("fetch-help", help="how to get SRC from clones of the two repositories")
    b = sub.add_parser("build", help="turn the pages of SRC into labelled pairs in OUT")
    b.add_argument("src", metavar="SRC")
    b.add_argument("out", metavar="OUT")
    b.add_argument("--extractors", nargs="+", metavar="NAME", help="only these extractors")
    b.add_argument("--keep-synthetic", action="store_true", help="keep test pages whose body is placeholder text")
    for name, help_ in (("score", "check every pair; rates per label"), ("mutate", "plant located defects; recall per kind")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("out", metavar="OUT")
        p.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
        p.add_argument("--show", type=int, default=0, metavar="N", help="print N misses with their findings")
        if name == "score":
            p.add_argument("--label", nargs="+", help="--show only pairs with these labels")
            p.add_argument("--relabel", action="store_true", help="recompute the word labels")
            p.add_argument("--reuse", action="store_true", help="use the last run's results (no checks)")
        else:
            p.add_argument("--kind", nargs="+", help="only these defect kinds")
    body = sub.add_parser(
        "body",
        help="line precision/recall of body detection on every page text with a gold body (no checks; seconds)",
        description="Run textguard's body detection (engine/body.py find_body) on the whole-page text of every "
        "page with a gold body; a page line is gold when most of its words stand in order in the gold body. "
        "Prints line precision and recall of the lines taken as body, and the worst pages.",
    )
    body.add_argument("out", metavar="OUT")
    body.add_argument("--show", type=int, default=10, metavar="N", help="print the N worst pages (default 10)")
    for p in sub.choices.values():
        p.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "fetch-help":
        print(FETCH_HELP, end="")
        return 0
    try:
        return {"build": _cmd_build, "score": _cmd_score, "mutate": _cmd_mutate, "body": _cmd_body}[args.command](args)
    except (BuildError, ScoreError) as exc:
        print(f"realpages: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
