"""Per-stage cost of one check, on every copy of the bundled fixture article.

Usage: ``.venv/bin/python bench/stages.py [--repeat N] [--article NAME]``

Prints, for each copy, the median CPU time (``time.process_time``) of each stage of
:func:`textguard.check` in milliseconds: building the context (segment, body, align), then each
check. CPU time, not wall time, so other load on the machine moves the figures little. A report,
not a test: it never fails.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from textguard import check
from textguard.articles.model import load_article
from textguard.checks.entities import check_entities
from textguard.checks.meaning import check_meaning
from textguard.checks.numbers import check_numbers
from textguard.checks.quotes import check_quotes
from textguard.checks.structure import check_structure
from textguard.engine.pipeline import build_context

ROOT = Path(__file__).resolve().parent.parent


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm caches
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--article", default="putin-trump-locomotives")
    args = parser.parse_args(argv)
    article = load_article(ROOT / "fixtures" / args.article)
    original = article.read_original()
    config = article.config()
    stages = ["context", "structure", "quotes", "entities", "numbers", "meaning", "check"]
    print(f"{article.name}: median CPU ms over {args.repeat} runs ({sys.version.split()[0]})")
    print(f"{'copy':20}" + "".join(f"{s:>10}" for s in stages))
    for case in article.copies:
        copy = case.read()
        ctx = build_context(original, copy, config)
        row = [
            median_ms(lambda: build_context(original, copy, config), args.repeat),
            median_ms(lambda: check_structure(ctx), args.repeat),
            median_ms(lambda: check_quotes(ctx), args.repeat),
            median_ms(lambda: check_entities(ctx), args.repeat),
            median_ms(lambda: check_numbers(ctx), args.repeat),
            median_ms(lambda: check_meaning(ctx), args.repeat),
            median_ms(lambda: check(original, copy, config=config), args.repeat),
        ]
        print(f"{case.name:20}" + "".join(f"{v:10.2f}" for v in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
