"""Fictional pairs for the scale-out tests and benchmark (tests/test_articles_engines.py,
bench/scale.py): small originals made from templates, each with copies that pass or carry a
defect a check reports (a changed quotation, a changed figure, a lost paragraph, a stray footer).

Every text is invented here (places, people and figures are made up), so nothing third-party is
written. The same ``seed`` gives the same files, so two runs compare line for line.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

__all__ = ["fictional_original", "copies_of", "write_pairs", "write_manifest"]

_TOWNS = ["Nordhaven", "Little Brackmoor", "Selwick", "Port Anselm", "Quillford", "Ashby Tarn", "Velmouth"]
_PEOPLE = ["Mara Ellworth", "Tobias Renn", "Ida Castellane", "Owen Pratchley", "Sunniva Holt", "Jonas Feyre"]
_BODIES = ["the harbour board", "the district council", "the rail trust", "the water authority", "the school trust"]
_THINGS = ["a new footbridge", "the night ferry", "a flood barrier", "the tram depot", "a reading room"]


def fictional_original(n: int) -> str:
    """Original number ``n``: four short paragraphs about an invented town's invented decision."""
    rng = random.Random(n)
    town, person = rng.choice(_TOWNS), rng.choice(_PEOPLE)
    body, thing = rng.choice(_BODIES), rng.choice(_THINGS)
    cost, year, share = rng.randint(2, 90), rng.randint(2031, 2039), rng.randint(11, 89)
    return (
        f"Article {n}. In {town}, {body} voted on Tuesday to pay for {thing}, after a petition signed "
        f"by {rng.randint(200, 9000)} residents.\n\n"
        f"{person} said: \u201cWe have waited {rng.randint(3, 20)} years for this, and it will change how "
        f"people move around {town}.\u201d\n\n"
        f"The work is expected to cost {cost} million pounds and to finish in {year}, and {share} per cent "
        f"of it will be paid by the regional fund.\n\n"
        f"Critics said the money would be better spent elsewhere, but the vote passed by a wide margin.\n"
    )


def copies_of(original: str, n: int, count: int) -> Iterator[tuple[str, str]]:
    """``count`` copies of ``original`` (its number ``n``), named, passing and failing in turn."""
    paragraphs = original.split("\n\n")
    for k in range(count):
        kind = (n + k) % 5
        if kind == 0:
            text = original
        elif kind == 1:
            text = original.replace("it will change", "it could change")
        elif kind == 2:
            text = original.replace(" million pounds", "0 million pounds")
        elif kind == 3:
            text = "\n\n".join(paragraphs[:1] + paragraphs[2:])
        else:
            text = original + "\nShare this story\n14 Comments\n"
        yield f"copy-{k}", text


def write_pairs(folder: Path, *, originals: int, copies: int, seed: int = 0) -> list[dict[str, str]]:
    """Write ``originals`` originals with ``copies`` copies each under ``folder`` and return the
    manifest records (paths relative to ``folder``), copies of one original next to each other."""
    records: list[dict[str, str]] = []
    for i in range(originals):
        n = seed * 1_000_000 + i
        art = folder / f"a{i:05d}"
        art.mkdir(parents=True, exist_ok=True)
        original = fictional_original(n)
        (art / "original.txt").write_text(original, encoding="utf-8")
        for name, text in copies_of(original, n, copies):
            (art / f"{name}.txt").write_text(text, encoding="utf-8")
            records.append({"id": f"a{i:05d}/{name}", "original": f"a{i:05d}/original.txt", "copy": f"a{i:05d}/{name}.txt"})
    return records


def write_manifest(path: Path, records: list[dict[str, str]], *, count: int | None = None) -> Path:
    """Write ``count`` records (default: all) as a JSONL manifest at ``path``, taking ``records``
    over again as often as needed (the ids of a second round made unique with ``#round``)."""
    count = len(records) if count is None else count
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            record = records[n % len(records)]
            rounds = n // len(records)
            out.write(json.dumps({**record, "id": f"{record['id']}#{rounds}" if rounds else record["id"]}) + "\n")
    return path
