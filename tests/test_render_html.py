"""The HTML report: escaping, highlights that are exactly the findings' spans, gaps, furniture
labels, the legend, the index of a scan, and the command line's ``--format html`` and ``--html``."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings

import textguard
from textguard.articles import model as corpus
from textguard.articles import scan
from textguard.config import Config
from textguard.findings import KINDS, Finding, Severity, Span
from textguard.render.html import IndexEntry, render_html, render_index
from textguard.render.html_style import kind_colours
from textguard.render.side_by_side import pair_paragraphs
from textguard.report import Report, Stats, TextInfo
from textguard.testing.strategies import articles, glued_credits, stray_footers

from .articles import ORIGINAL, PARAGRAPHS, copy_of, replace_once
from .cli_helpers import assert_unjudged, run
from .htmldom import Element, assert_highlights_exact, cell_side_marks, parse_html

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
ARTICLE = FIXTURES / "putin-trump-locomotives"

HOSTILE = "<script>document.title='pwned'</script> </textarea><img src=x onerror=alert(1)> A&amp;B & C"


def fixture_cases() -> list[tuple[str, Path, Path, Config]]:
    cases = []
    for folder, name in corpus.find_article_folders(FIXTURES):
        article = corpus.load_article(folder, name=name)
        config = article.config(Config())
        cases.extend((f"{name}/{c.name}", article.original_path, c.path, config) for c in article.copies)
    return cases


FIXTURE_CASES = fixture_cases()


def page_of(original: str, copy: str, *, config: Config | None = None) -> tuple[Report, Element]:
    report = textguard.check(original, copy, config=config)
    return report, parse_html(render_html(report))


# --- escaping and self-containment --------------------------------------------------------------


def test_article_markup_is_shown_as_text_never_parsed() -> None:
    original = ORIGINAL.replace(PARAGRAPHS[2], PARAGRAPHS[2] + " " + HOSTILE)
    copy = original.replace("Delia Rowntree", "Delia Rowntre</textarea><script>alert(2)</script>")
    report, doc = page_of(original, copy)
    page = render_html(report)
    assert "<script" not in page.lower() and "<img" not in page.lower() and "<textarea" not in page.lower()
    assert "A&amp;amp;B &amp; C" in page
    tags = {e.tag for e in doc.iter()}
    assert not tags & {"script", "img", "textarea", "iframe", "object", "link"}
    texts = "".join(td.text() for td in doc.find_all("td", cls="orig"))
    assert HOSTILE in texts
    copies = "".join(td.text() for td in doc.find_all("td", cls="copy"))
    assert "Rowntre</textarea><script>alert(2)</script>" in copies
    assert_highlights_exact(report, doc)


def test_paths_and_messages_are_escaped() -> None:
    report = textguard.check(ORIGINAL, ORIGINAL.replace("Delia", "<b>Delia</b>"))
    report = report.with_paths('<i>"o".txt', "c&<x>.txt")
    page = render_html(report)
    assert "<i>" not in page and "<x>" not in page and "<b>" not in page
    doc = parse_html(page)
    assert doc.find("title").text().endswith(" c&<x>.txt - textguard")
    assert '<i>"o".txt' in doc.find("thead").text()
    assert "<b>Delia</b>" in "".join(td.text() for td in doc.find_all("td", cls="copy"))


def test_the_page_fetches_nothing_and_needs_no_script() -> None:
    report, doc = page_of(ORIGINAL, copy_of(PARAGRAPHS[:5], tail=["Follow us on https://example.com/x"]))
    page = render_html(report)
    assert not doc.find_all("script") and not doc.find_all("link") and not doc.find_all("img")
    assert all(not e.attrs.get("src") for e in doc.iter())
    assert all(e.attrs["href"].startswith("#") for e in doc.find_all("a"))
    assert "@import" not in page and "url(" not in page and "http://" not in page.split("</head>")[0]
    policy = doc.find("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert "default-src 'none'" in policy and "script-src" not in policy


def test_carriage_returns_and_lone_surrogates_keep_offsets() -> None:
    original = ORIGINAL.replace("\n", "\r\n")
    copy = original.replace("Delia Rowntree", "Delia Rowntre\ud800e")
    report, doc = page_of(original, copy)
    assert report.findings
    for n, f in enumerate(report.findings, 1):
        if f.copy is not None and f.kind == "entity-altered":
            marks = [m for m in cell_side_marks(doc, "copy") if m.attrs["data-f"] == f"f{n}"]
            assert "".join(m.text() for m in marks) == f.copy.text.replace("\ud800", "\ufffd")
    crlf = textguard.check(original, original.replace("Eastgate", "Westgate"))
    assert_highlights_exact(crlf, parse_html(render_html(crlf)))


# --- highlights -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "copy", "config"),
    [case[1:] for case in FIXTURE_CASES],
    ids=[case[0] for case in FIXTURE_CASES],
)
def test_fixture_highlights_are_exactly_the_spans(original: Path, copy: Path, config: Config) -> None:
    report = textguard.check_files(original, copy, config=config)
    doc = parse_html(render_html(report))
    assert_highlights_exact(report, doc)
    assert report.layout is not None
    rows = pair_paragraphs(report.layout).rows
    assert [i for r in rows for i in r.original] == list(range(len(report.layout.original_paragraphs)))
    assert [j for r in rows for j in r.copy] == list(range(len(report.layout.copy_paragraphs)))


def test_overlapping_findings_nest_and_each_keeps_its_text() -> None:
    original = "The mayor said the plan was a triumph for the whole town.\n"
    copy = "The mayor said the plan was a triumph for the whole town.\n"
    findings = (
        Finding("quote-altered", Severity.ERROR, "outer", Span.of(original, 4, 40), Span.of(copy, 4, 40)),
        Finding("entity-altered", Severity.ERROR, "inner", Span.of(original, 4, 9), Span.of(copy, 4, 9)),
        Finding(
            "number-altered", Severity.WARNING, "crossing", Span.of(original, 30, 50), Span.of(copy, 30, 50)
        ),
        Finding(
            "meaning-flipped", Severity.WARNING, "point", Span.of(original, 20, 20), Span.of(copy, 20, 20)
        ),
    )
    report = hand_report(original, copy, findings)
    doc = parse_html(render_html(report))
    assert_highlights_exact(report, doc)
    crossing = [m for m in cell_side_marks(doc, "copy") if m.attrs["data-f"] == "f3"]
    assert [m.text() for m in crossing] == [copy[30:40], copy[40:50]]
    point = doc.find("td", cls="copy").find("mark", data_f="f4")
    assert "point" in point.classes and point.text() == ""


@settings(max_examples=15, deadline=None)
@given(article=articles(min_size=2, max_size=5), footer=stray_footers())
def test_highlights_are_exact_for_any_article(article: str, footer: str) -> None:
    report, doc = page_of(article, article + "\n" + footer)
    assert_highlights_exact(report, doc)


@settings(max_examples=15, deadline=None)
@given(copy=glued_credits(ORIGINAL), footer=stray_footers())
def test_highlights_are_exact_for_glued_credits(copy: str, footer: str) -> None:
    report, doc = page_of(ORIGINAL, copy + "\n" + footer)
    assert_highlights_exact(report, doc)


# --- rows, gaps and furniture ---------------------------------------------------------------------


def test_a_missing_paragraph_is_a_gap_on_the_copy_side() -> None:
    copy = copy_of(PARAGRAPHS[:3] + PARAGRAPHS[4:])
    report, doc = page_of(ORIGINAL, copy)
    assert [f.kind for f in report.findings] == ["paragraph-missing"]
    (row,) = doc.find_all("tr", cls="missing")
    assert row.find("td", cls="orig").text() == PARAGRAPHS[3]
    assert row.find("td", cls="gap").text() == "missing from the copy"
    assert len(doc.find_all("tr", cls="pair")) == len(PARAGRAPHS) - 1


def test_a_truncated_copy_shows_every_lost_paragraph_missing_and_the_cut_point() -> None:
    kept = 4
    report, doc = page_of(ORIGINAL, copy_of(PARAGRAPHS[:kept]))
    assert "truncated" in [f.kind for f in report.findings]
    # Every lost paragraph has a row of its own with the gap, none shares a row with a kept one.
    missing = doc.find_all("tr", cls="missing")
    assert [row.find("td", cls="orig").text() for row in missing] == PARAGRAPHS[kept:]
    assert all(row.find("td", cls="gap").text().endswith("missing from the copy") for row in missing)
    pairs = doc.find_all("tr", cls="pair")
    assert [row.find("td", cls="orig").text() for row in pairs] == PARAGRAPHS[:kept]
    # The cut point is marked once, on the first lost paragraph; the last kept paragraph is not
    # highlighted as a defect: the truncated finding is a point at its end.
    (cut,) = doc.find_all("tr", cls="cut")
    assert cut is missing[0] and cut.find("span", cls="cut").text() == "✂ the copy stops here:"
    n = 1 + [f.kind for f in report.findings].index("truncated")
    (point,) = [
        m
        for m in doc.find("tbody").find_all("mark")
        if m.attrs.get("data-f") == f"f{n}"
        and m in [x for td in doc.find_all("td", cls="copy") for x in td.find_all("mark")]
    ]
    assert "point" in point.classes and point.text() == ""
    last_kept = pairs[-1].find("td", cls="copy")
    assert [m.text() for m in last_kept.find_all("mark")] == [""]
    assert_highlights_exact(report, doc)


def test_paragraphs_are_numbered_by_line_as_the_findings_are() -> None:
    # Blank lines between paragraphs: paragraph numbers and line numbers differ.
    original = "\n\n".join(PARAGRAPHS) + "\n"
    copy = original.replace("Delia Rowntree", "Delia Rowntre")
    report, doc = page_of(original, copy)
    (finding,) = [f for f in report.findings if f.kind == "entity-altered"]
    assert finding.copy is not None
    line = copy[: finding.copy.start].count("\n") + 1
    where = doc.by_id("f1").find("div", cls="where").text()
    assert f"copy {line}:" in where
    numbers = [div.attrs["data-n"] for td in doc.find_all("td", cls="copy") for div in td.find_all("div")]
    assert numbers == [str(1 + 2 * k) for k in range(len(PARAGRAPHS))]
    assert str(line) in numbers


def test_an_added_paragraph_is_a_gap_on_the_original_side() -> None:
    extra = "A spokesperson for the bus company declined to comment on the plans when asked on Wednesday."
    report, doc = page_of(ORIGINAL, copy_of(PARAGRAPHS[:4] + [extra] + PARAGRAPHS[4:]))
    (row,) = doc.find_all("tr", cls="added")
    assert row.find("td", cls="gap").text() == "not in the original"
    assert row.find("td", cls="copy").text() == extra


def test_a_moved_paragraph_links_to_where_it_went() -> None:
    moved = PARAGRAPHS[:2] + PARAGRAPHS[3:] + [PARAGRAPHS[2]]
    _, doc = page_of(ORIGINAL, copy_of(moved))
    gaps = {td.text() for td in doc.find_all("td", cls="gap")}
    assert any(g.startswith("moved: see copy line ") for g in gaps), gaps
    assert any(g.startswith("moved here from original line ") for g in gaps), gaps


def test_stray_header_footer_and_credit_are_labelled_on_the_copy_side() -> None:
    paragraphs = [PARAGRAPHS[0], "Reuters/Jane Doe" + PARAGRAPHS[1], *PARAGRAPHS[2:]]
    copy = copy_of(paragraphs, head=["Listen to this article"], tail=["12 Comments"])
    report, doc = page_of(ORIGINAL, copy)
    assert {f.kind for f in report.findings} == {"stray-header", "stray-footer", "inline-credit"}
    labelled = {
        div.find("span", cls="badge").text(): div.find("p").text()
        for div in doc.find_all("div", cls="furniture")
    }
    assert labelled == {
        "stray header": "Listen to this article",
        "photo credit": paragraphs[1],
        "stray footer": "12 Comments",
    }
    assert all(div.attrs["id"].startswith("c-p") for div in doc.find_all("div", cls="furniture"))
    assert_highlights_exact(report, doc)


def test_the_originals_page_furniture_is_shown_but_marked() -> None:
    original = "Listen to this article\n" + ORIGINAL + "12 Comments\n"
    _, doc = page_of(original, ORIGINAL)
    chrome = doc.find_all("div", cls="chrome")
    assert [d.find("p").text() for d in chrome] == ["Listen to this article", "12 Comments"]
    assert len(doc.find_all("tr", cls="chrome")) == 2


# --- verdict, legend, finding list ----------------------------------------------------------------


def hand_report(original: str, copy: str, findings: tuple[Finding, ...]) -> Report:
    return Report(
        TextInfo.of(original),
        TextInfo.of(copy),
        tuple(findings),
        Stats(coverage=1.0),
        original_text=original,
        copy_text=copy,
        layout=textguard.check(original, copy).layout,
    )


def test_every_kind_has_its_own_colour_in_the_legend() -> None:
    assert list(kind_colours()) == list(KINDS)
    assert len({bg for bg, _ in kind_colours().values()}) == len(KINDS)
    assert len({fg for _, fg in kind_colours().values()}) == len(KINDS)
    starts = [m.start() for m in re.finditer(r"\b\w+\b", ORIGINAL)]
    findings = tuple(
        Finding(
            kind, Severity.WARNING, f"{kind} here", Span.of(ORIGINAL, s, s + 3), Span.of(ORIGINAL, s, s + 3)
        )
        for kind, s in zip(KINDS, starts[::5], strict=False)
    )
    assert len(findings) == len(KINDS)
    report = hand_report(ORIGINAL, ORIGINAL, findings)
    page = render_html(report)
    doc = parse_html(page)
    legend = doc.find("nav", cls="legend")
    assert [li.attrs["class"] for li in legend.find_all("li")] == [f"k-{k}" for k in KINDS]
    for kind, (bg, fg) in kind_colours().items():
        assert f".k-{kind}{{--bg:{bg};--fg:{fg}}}" in page
    assert_highlights_exact(report, doc)


def test_the_verdict_is_on_top_with_counts_by_severity() -> None:
    report, doc = page_of(ORIGINAL, ORIGINAL.replace("31 to 9", "21 to 9"))
    banner = doc.find("header", cls="banner")
    assert "fail" in banner.classes
    assert banner.find("span", cls="verdict").text() == "FAIL"
    assert [s.text() for s in banner.find_all("span", cls="count")] == ["1 error", "0 warnings", "0 info"]
    body = doc.find("body")
    assert next(c for c in body.children if not isinstance(c, str)) is banner
    assert doc.find("title").text().startswith("FAIL ")
    assert [f.kind for f in report.findings] == ["number-altered"]
    assert "number-altered" in doc.by_id("f1").text()


def test_a_passing_copy_says_so() -> None:
    report, doc = page_of(ORIGINAL, ORIGINAL)
    assert report.passed
    assert doc.find("span", cls="verdict").text() == "PASS"
    assert doc.find("nav", cls="legend").text() == "No findings."
    assert not doc.find_all("mark")
    assert len(doc.find_all("tr", cls="pair")) == len(PARAGRAPHS)


def test_word_diffs_in_messages_are_deletions_and_insertions() -> None:
    copy = replace_once(
        ORIGINAL, "The line closed", '"We have waited long enough," said Ann. The line closed'
    )
    original = replace_once(
        ORIGINAL, "The line closed", '"We have waited far too long," said Ann. The line closed'
    )
    report, doc = page_of(original, copy)
    quote = next(n for n, f in enumerate(report.findings, 1) if f.kind == "quote-altered")
    item = doc.by_id(f"f{quote}")
    assert [d.text() for d in item.find_all("del")] and [i.text() for i in item.find_all("ins")]


# --- index --------------------------------------------------------------------------------------


def test_the_index_links_each_page_with_verdict_and_counts() -> None:
    failing = textguard.check(ORIGINAL, copy_of(PARAGRAPHS[:4], tail=["12 Comments"]))
    passing = textguard.check(ORIGINAL, ORIGINAL)
    entries = [
        IndexEntry("trams", "a <copy>", page="trams--a-copy.html", report=failing),
        IndexEntry("trams", "clean", page="trams--clean.html", report=passing),
        IndexEntry("trams", "broken", error="copies/broken.txt: not UTF-8 <oops>"),
    ]
    doc = parse_html(render_index(entries))
    assert doc.find("header", cls="banner").find("span", cls="verdict").text() == "FAIL"
    assert doc.find("p", cls="summary").text() == "3 copies: 1 passed, 1 failed, 1 unjudged"
    rows = doc.find("tbody").find_all("tr")
    assert [r.find("span", cls="pill").text() for r in rows] == ["FAIL", "PASS", "ERROR"]
    assert [a.attrs["href"] for a in doc.find_all("a")] == ["trams--a-copy.html", "trams--clean.html"]
    assert rows[0].find("a").text() == "trams/a <copy>"
    counts = [td.text() for td in rows[0].find_all("td", cls="num")]
    assert counts == [str(failing.counts()[s]) for s in ("error", "warning", "info")]
    kinds = Counter(f.kind for f in failing.findings)
    chips = {c.attrs["class"]: c.find("b").text() for c in rows[0].find_all("span", cls="chip")}
    assert chips == {f"chip k-{k}": str(n) for k, n in kinds.items()}
    assert rows[2].find("td", cls="reason").text() == "copies/broken.txt: not UTF-8 <oops>"


def test_page_names_are_safe_unique_and_never_the_index() -> None:
    entries = [
        scan.ScanEntry("a/b", "x y"),
        scan.ScanEntry("A", "B"),
        scan.ScanEntry("a", "b"),
        scan.ScanEntry("index", "x"),
        scan.ScanEntry("..", ".."),
        scan.ScanEntry("orphan", None),
    ]
    names = scan.page_names(entries)
    assert names == {
        "a/b/x y": "a-b--x-y.html",
        "A/B": "A--B.html",
        "a/b": "a--b-2.html",
        "index/x": "index--x.html",
        "../..": "copy.html",
    }


# --- command line -------------------------------------------------------------------------------


def test_check_format_html(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    original = tmp_path / "original.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ORIGINAL, encoding="utf-8")
    bad.write_text(ORIGINAL.replace("Eastgate", "Eestgate") + "12 Comments\n", encoding="utf-8")
    code, out, err = run(capsys, "check", original, good, "--format", "html")
    assert (code, err) == (0, "") and out.startswith("<!DOCTYPE html>")
    code, out, err = run(capsys, "check", original, bad, "--format", "html")
    assert (code, err) == (1, "")
    doc = parse_html(out)
    assert doc.find("span", cls="verdict").text() == "FAIL"
    assert str(bad) in doc.find("h1").text()
    assert_unjudged(run(capsys, "check", original, tmp_path / "nope.txt", "--format", "html"), "nope.txt")


def test_scan_html_writes_a_page_per_copy_and_an_index(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_dir = tmp_path / "report" / "html"
    code, out, err = run(capsys, "scan", ARTICLE, "--html", out_dir, "--workers", "1")
    assert code == 0, err  # every copy fails as its article.toml records
    assert out.splitlines()[-1] == f"html report: {out_dir / 'index.html'}"
    copies = sorted(p.stem for p in (ARTICLE / "copies").glob("*.txt"))
    pages = sorted(p.name for p in out_dir.iterdir())
    assert pages == sorted(["index.html", *(f"putin-trump-locomotives--{c}.html" for c in copies)])
    index = parse_html((out_dir / "index.html").read_text(encoding="utf-8"))
    links = [a.attrs["href"] for a in index.find_all("a")]
    assert links == [f"putin-trump-locomotives--{c}.html" for c in copies]
    page = parse_html((out_dir / links[0]).read_text(encoding="utf-8"))
    assert page.find("a", cls="back").attrs["href"] == "index.html"
    assert sorted(p.name for p in ARTICLE.rglob("*.html")) == []


def test_scan_html_json_keeps_stdout_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "scan", ARTICLE, "--format", "json", "--html", tmp_path, "--workers", "1")
    assert code == 0 and out.lstrip().startswith("{") and "html report" not in out
    assert (tmp_path / "index.html").is_file()


def test_scan_html_lists_unjudged_copies(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "in" / "trams"
    (article / "copies").mkdir(parents=True)
    (article / "original.txt").write_text(ORIGINAL, encoding="utf-8")
    (article / "copies" / "ok.txt").write_text(ORIGINAL, encoding="utf-8")
    (article / "copies" / "bad.txt").write_bytes(b"Caf\xe9 au lait\n")
    code, _, err = run(capsys, "scan", tmp_path / "in", "--html", tmp_path / "out", "--workers", "1")
    assert code == 2 and "1 of 2 copies could not be judged" in err
    index = parse_html((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert [s.text() for s in index.find_all("span", cls="pill")] == ["ERROR", "PASS"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["index.html", "trams--ok.html"]


@pytest.mark.parametrize(
    ("where", "needle"),
    [
        ("file", "not a folder"),
        ("file/below", "cannot write there"),
        ("input", "the folder being scanned"),
        ("input/copies", "the folder being scanned"),
    ],
    ids=["a-file", "under-a-file", "the-input-folder", "inside-the-input-folder"],
)
def test_scan_html_bad_folder_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str, needle: str
) -> None:
    article = tmp_path / "input"
    (article / "copies").mkdir(parents=True)
    (article / "original.txt").write_text(ORIGINAL, encoding="utf-8")
    (article / "copies" / "c.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert_unjudged(run(capsys, "scan", article, "--html", tmp_path / where), "--html", needle)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
