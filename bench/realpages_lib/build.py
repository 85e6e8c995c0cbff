"""``build SRC OUT``: turn public test pages into pairs (original, copy) with word labels.

SRC holds two folders (see ``bench/realpages.py fetch-help``):
``SRC/readability/test/test-pages/<page>/{source,expected}.html`` (mozilla/readability) and
``SRC/trafilatura/tests/cache/*.html`` (adbar/trafilatura). OUT gets one folder per page, the
texts as UTF-8 files, ``manifest.jsonl`` (one pair per line) and ``build.json`` (what was built,
which extractors were missing or failed where). OUT must lie outside the repository: the texts
belong to their publishers and are never committed.
"""

from __future__ import annotations

import json
import re
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import extractors
from .html_text import visible_text
from .labels import is_synthetic, label_pair
from .variants import variants_of

__all__ = ["BuildError", "Page", "build", "find_pages"]

READABILITY = Path("readability/test/test-pages")
TRAFILATURA = Path("trafilatura/tests/cache")
_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([A-Za-z-]+)", re.IGNORECASE)


class BuildError(Exception):
    """SRC or OUT cannot be used (the CLI prints it on one line and exits 2)."""


@dataclass(frozen=True, slots=True)
class Page:
    """One source page: ``expected`` is the gold article body's HTML file, when there is one."""

    source: str  # "readability" or "trafilatura"
    name: str
    html: Path
    expected: Path | None
    lang: str

    @property
    def key(self) -> str:
        return f"{self.source}/{self.name}"


def _lang_of(folder: Path, html: bytes) -> str:
    meta = folder / "expected-metadata.json"
    if meta.is_file():
        lang = json.loads(meta.read_text("utf-8")).get("lang")
        if lang:
            return str(lang)
    m = _LANG.search(html[:5000])
    return m.group(1).decode("ascii") if m else "en"


def find_pages(src: Path) -> list[Page]:
    """Every usable page under ``src``, sorted; :class:`BuildError` when there is none."""
    pages: list[Page] = []
    for folder in sorted((src / READABILITY).glob("*/")):
        source, expected = folder / "source.html", folder / "expected.html"
        if source.is_file() and expected.is_file():
            pages.append(Page("readability", folder.name, source, expected, _lang_of(folder, source.read_bytes())))
    for html in sorted((src / TRAFILATURA).glob("*.html")):
        pages.append(Page("trafilatura", html.stem, html, None, _lang_of(html.parent, html.read_bytes())))
    if not pages:
        raise BuildError(
            f"no pages under {src}: expected {src / READABILITY}/*/source.html or {src / TRAFILATURA}/*.html "
            "(see `bench/realpages.py fetch-help`)"
        )
    return pages


def _read_html(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def _extract_all(job: tuple[Page, list[str]]) -> dict[str, Any]:
    """Worker: the whole-page text, the gold body and each extractor's text of one page."""
    page, names = job
    html = _read_html(page.html)
    out: dict[str, Any] = {"page": visible_text(html), "copies": {}, "errors": {}}
    if page.expected is not None:
        out["body"] = visible_text(_read_html(page.expected))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in names:
            try:
                out["copies"][name] = extractors.extract(name, html, page.lang)
            except Exception as exc:  # noqa: BLE001 -- an extractor failing on a page is data
                out["errors"][name] = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
    return out


def _write(out: Path, rel: str, text: str) -> str:
    path = out / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return rel


def _pair(out: Path, page: Page, original: str, copy: str, reference: str, origin: str, harmless: bool = False) -> dict[str, Any]:
    ref_text = (out / reference).read_text("utf-8")
    copy_text = (out / copy).read_text("utf-8")
    label = label_pair(ref_text, copy_text, harmless=harmless)
    return {
        "id": f"{page.key}:{Path(original).stem}~{origin}",
        "source": page.source,
        "page": page.name,
        "original_kind": "body" if Path(original).name == "original.txt" else "page",
        "origin": origin,
        "original": original,
        "copy": copy,
        "reference": reference,
        **asdict(label),
    }


def _other_article(out: Path, page: Page, body_rel: str, bodies: list[tuple[Page, Any]]) -> dict[str, Any] | None:
    """The next gold body (in page order) that is really another text: some test pages are
    variants of one article, and their bodies share most words."""
    index = next(i for i, (p, _) in enumerate(bodies) if p == page)
    for step in range(1, len(bodies)):
        other = bodies[(index + step) % len(bodies)][0]
        pair = _pair(out, page, body_rel, f"{other.key}/original.txt", body_rel, "other-article")
        if pair["label"] == "another-text":
            return pair
    return None


def build(src: Path, out: Path, *, workers: int = 2, only: list[str] | None = None, keep_synthetic: bool = False, log=print) -> dict[str, Any]:
    """Build the corpus of ``src`` into ``out`` and return the summary written to ``build.json``."""
    pages = find_pages(src)
    names, missing = extractors.available()
    if only is not None:
        names = [n for n in names if n in only]
    for name, why in missing.items():
        log(f"extractor {name} missing (pip install -e '.[bench]'): {why}")
    if not names:
        log("no extractor installed: the corpus has variants and whole-page pairs only")
    out.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_extract_all, [(p, names) for p in pages], chunksize=4))
    synthetic = [p.key for p, r in zip(pages, results) if is_synthetic(r.get("body", "")) and not keep_synthetic]
    kept = [(p, r) for p, r in zip(pages, results) if p.key not in synthetic]
    pages, results = [p for p, _ in kept], [r for _, r in kept]
    bodies = [(p, r) for p, r in zip(pages, results) if "body" in r and r["body"].strip()]
    pairs: list[dict[str, Any]] = []
    empty: dict[str, int] = {n: 0 for n in names}
    errors: dict[str, list[str]] = {}
    for page, result in bodies:  # every gold body first: another page's is a copy below
        _write(out, f"{page.key}/original.txt", result["body"])
    for page, result in zip(pages, results):
        base = page.key
        page_rel = _write(out, f"{base}/page.txt", result["page"])
        copies = []
        for name in names:
            if name in result["errors"]:
                errors.setdefault(name, []).append(f"{base}: {result['errors'][name]}")
            elif not result["copies"][name].strip():
                empty[name] += 1
            else:
                copies.append((name, _write(out, f"{base}/copies/{name}.txt", result["copies"][name])))
        body = result.get("body", "")
        if not body.strip():  # no gold body: the whole page is the original and the reference
            if result["page"].strip():
                pairs += [_pair(out, page, page_rel, rel, page_rel, f"extractor:{n}") for n, rel in copies]
            continue
        body_rel = f"{base}/original.txt"
        for variant, text in variants_of(body, base).items():
            rel = _write(out, f"{base}/variants/{variant}.txt", text)
            pairs.append(_pair(out, page, body_rel, rel, body_rel, f"variant:{variant}", harmless=True))
        pairs += [_pair(out, page, body_rel, rel, body_rel, f"extractor:{n}") for n, rel in copies]
        other = _other_article(out, page, body_rel, bodies)
        if other is not None:
            pairs.append(other)
        pairs.append(_pair(out, page, page_rel, body_rel, body_rel, "gold-body"))
        pairs += [_pair(out, page, page_rel, rel, body_rel, f"extractor:{n}") for n, rel in copies]
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as fh:
        for pair in pairs:
            fh.write(json.dumps(pair, ensure_ascii=False) + "\n")
    summary = {
        "pages": len(pages),
        "synthetic_pages_left_out": synthetic,
        "pages_with_gold_body": len(bodies),
        "pairs": len(pairs),
        "extractors": names,
        "missing_extractors": missing,
        "empty_outputs": empty,
        "extractor_errors": errors,
    }
    (out / "build.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return summary
