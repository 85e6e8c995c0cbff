"""The real-page benchmark's own logic (bench/realpages.py), on small fictional texts.

The benchmark is run by hand on third-party pages that are never committed; these tests keep its
labelling, variants, planted defects, judging and a whole build-and-score round trip from
rotting silently. Every text here is fictional (Port Alder, Tomasz Wierzba and their council
are made up).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

from realpages_lib import labels  # noqa: E402
from realpages_lib.build import build  # noqa: E402
from realpages_lib.html_text import visible_paragraphs  # noqa: E402
from realpages_lib.judge import judge, near, overlaps  # noqa: E402
from realpages_lib.mutate_run import plant_all, summarize_mutations  # noqa: E402
from realpages_lib.mutations import ACCEPTABLE, PLANTERS, Mutation, plant, respell  # noqa: E402
from realpages_lib.scoring import summarize  # noqa: E402
from realpages_lib.variants import variants_of  # noqa: E402

# Fictional.
ARTICLE = (
    "Port Alder Council will close the harbour ferry on Tuesday, officials said.\n"
    "The Skerrin Ferry Authority said 1,250 passengers used the crossing last year. "
    "Its chair, Tomasz Wierzba, has called the decision short-sighted. "
    "He wants the service kept until March 2026.\n"
    "\"We have carried this town for forty years and we will not stop now,\" Wierzba said.\n"
    "Residents have gathered 3,400 signatures since 14 June, according to the organisers. "
    "The petition will be handed to the council next week. "
    "A vote is expected in the autumn.\n"
    "Wierzba said the crossing was safe and that the boats were sound.\n"
)
OTHER = (
    "Valemouth market traders are counting the cost of a wet summer that kept visitors away "
    "from the seafront for most of the season.\n"
)


def test_words_ignore_case_quotes_and_punctuation():
    assert labels.words_of("“It’s LATE,” she said.") == labels.words_of('"It\'s late" she said')


@pytest.mark.parametrize(
    ("copy", "label"),
    [
        (ARTICLE.upper().replace("\n", "\n\n"), "identical-words"),
        (ARTICLE + "".join(f"Related headline number {i} about harbour {i * 7} fares\n" for i in range(40)), "junk"),
        (ARTICLE.split("\n")[0] + "\n", "lossy"),
        (OTHER, "another-text"),
        (ARTICLE.replace("forty", "fifty"), "similar"),
    ],
)
def test_labels_by_words(copy, label):
    assert labels.label_pair(ARTICLE, copy).label == label


def test_targets_of_labels():
    assert labels.meets_target("identical-words", "pass", [("content-added", "warning")]) is False
    assert labels.meets_target("lossy", "fail", [("truncated", "error")]) is True
    assert labels.meets_target("lossy", "fail", [("number-missing", "error")]) is False
    assert labels.meets_target("another-text", "pass", []) is False
    assert labels.meets_target("similar", "fail", []) is None


def test_visible_paragraphs_one_per_block_and_no_script():
    html = "<html><head><title>T</title></head><body><h1>Head</h1><p>One <i>two</i><br/>three</p>"
    html += "<script>var x = '<p>no</p>';</script><ul><li>a</li><li>b</li></ul></body></html>"
    assert visible_paragraphs(html) == ["Head", "One two", "three", "a", "b"]


def test_variants_keep_the_words_and_are_seeded():
    variants = variants_of(ARTICLE, "fictional/page")
    assert variants == variants_of(ARTICLE, "fictional/page")
    assert any(name.startswith("rewrap-") for name in variants)
    for name, text in variants.items():
        assert labels.words_of(text) == labels.words_of(ARTICLE), name
    assert "\r\n" in variants["nbsp-crlf"] and "\n" not in variants["one-line"].rstrip("\n")


def test_respell_changes_a_letter_the_transliteration_way_never_the_first():
    rng = random.Random(0)
    for name in ("Kovalenko", "Philippa", "Wierzba", "Lindqvist"):
        new = respell(name, rng)
        assert new is not None and new != name and new[0] == name[0]
    assert respell("Eo", rng) is None


@pytest.mark.parametrize("kind", list(PLANTERS))
def test_every_planter_places_its_defect_where_it_says(kind):
    m = plant(kind, ARTICLE, 7, OTHER)
    assert m is not None and m.kind == kind and m.copy != ARTICLE
    assert m.copy_sites and m.original_sites
    for a, b in m.copy_sites:
        assert 0 <= a <= b <= len(m.copy)
    for a, b in m.original_sites:
        assert 0 <= a <= b <= len(ARTICLE)
    # Outside its sites, the copy says what the original says: the defect is located.
    assert _squash(_without(m.copy, m.copy_sites)) == _squash(_without(ARTICLE, m.original_sites))


def _without(text, sites):
    for a, b in sorted(sites, reverse=True):
        text = text[:a] + " " + text[b:]
    return text


def _squash(text):
    return " ".join(text.split())


def test_planted_specifics():
    assert plant("weekday-month-changed", ARTICLE, 1, OTHER).copy.count("Tuesday") <= ARTICLE.count("Tuesday")
    flipped = plant("not-added", ARTICLE, 3, OTHER)
    assert " not " in flipped.copy[flipped.copy_sites[0][0] : flipped.copy_sites[0][1] + 1]
    respelt = plant("name-respelt", ARTICLE, 3, OTHER)
    old = ARTICLE[slice(*respelt.original_sites[0])]
    assert len(respelt.original_sites) == ARTICLE.count(old) and old not in respelt.copy
    assert plant("quote-word-changed", "No quotation here at all.", 1, OTHER) is None
    assert plant("paragraph-deleted", "One short paragraph only.\n", 1, OTHER) is None


def test_acceptable_table_covers_every_defect_and_marks_new_kinds():
    assert ACCEPTABLE.keys() == PLANTERS.keys()
    # A kind marked new is one textguard does not have yet; every other acceptable kind exists.
    import textguard

    for acc in ACCEPTABLE.values():
        assert not acc.new_kinds & set(textguard.KINDS)
        assert acc.kinds - acc.new_kinds <= set(textguard.KINDS)
    assert ACCEPTABLE["not-added"].severity == "error"


def test_overlap_and_nearness():
    assert overlaps((0, 5), (4, 4)) and not overlaps((0, 4), (5, 6))
    text = "line one\nline two\nline three\nline four\n"
    assert near((9, 12), ((20, 22),), text)  # the line before
    assert not near((0, 3), ((30, 33),), text)


def _finding(kind, severity, copy=None, original=None):
    return {"kind": kind, "severity": severity, "message": "", "copy": copy, "original": original}


def test_judge_counts_only_on_site_findings_of_an_acceptable_kind():
    m = Mutation("figure-changed", ARTICLE.replace("1,250", "1,251"), ((120, 125),), ((120, 125),), "")
    acc = ACCEPTABLE["figure-changed"]
    assert judge(m, [_finding("number-altered", "error", [120, 125], [120, 125])], acc, ARTICLE).found
    far = judge(m, [_finding("number-altered", "error", [400, 405], [400, 405])], acc, ARTICLE)
    assert not far.found and len(far.offsite) == 1
    weak = judge(m, [_finding("number-altered", "info", [121, 122], None)], acc, ARTICLE)
    assert weak.found_any_severity and not weak.found and not weak.offsite


def test_a_header_prepended_is_found_by_textguard_on_site():
    import textguard

    m = plant("header-prepended", ARTICLE, 5, OTHER)
    report = textguard.check(ARTICLE, m.copy)
    findings = [
        _finding(f.kind, f.severity.value, [f.copy.start, f.copy.end] if f.copy else None,
                 [f.original.start, f.original.end] if f.original else None)
        for f in report.findings
    ]
    assert judge(m, findings, ACCEPTABLE[m.kind], ARTICLE).found


def test_summaries_count_rates_and_offsite_copies():
    pairs = [
        {"id": "a", "label": "identical-words", "origin": "variant:nfd", "original_kind": "body"},
        {"id": "b", "label": "identical-words", "origin": "gold-body", "original_kind": "page"},
        {"id": "c", "label": "junk", "origin": "extractor:x", "original_kind": "body"},
    ]
    records = {
        "a": {"verdict": "pass", "findings": [], "seconds": 0.1},
        "b": {"verdict": "fail", "findings": [_finding("paragraph-missing", "error")], "seconds": 0.3},
        "c": {"verdict": "pass", "findings": [_finding("stray-footer", "warning")], "seconds": 0.2},
    }
    s = summarize(pairs, records)
    assert s["rates"]["identical-words"]["rate"] == 0.5 and s["rates"]["junk"]["rate"] == 1.0
    assert s["failure_kinds"] == {"identical-words": {"paragraph-missing": 1}}
    assert s["slowest"][0]["id"] == "b"
    rows = [
        {"kind": "end-cut", "found": True, "found_any_severity": True, "findings": [], "offsite": [], "verdict": "fail"},
        {"kind": "end-cut", "found": False, "found_any_severity": False, "verdict": "pass",
         "findings": [_finding("content-added", "warning")], "offsite": [_finding("content-added", "warning")]},
    ]
    m = summarize_mutations(rows, 1)
    assert m["recall"]["end-cut"]["recall"] == 0.5 and m["offsite_rate"] == 0.5
    assert m["recall"]["credit-glued"]["recall"] is None


def _fake_src(root: Path) -> Path:
    """Two fictional readability-style pages, one of placeholder text, and one page without a
    gold body."""
    paras = [p for p in ARTICLE.split("\n") if p]
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = f"<html><body><nav>Home | News</nav><article>{body}</article><footer>Share this article</footer></body></html>"
    other = f"<p>{OTHER}</p><p>Stallholders on the quay said takings fell by a third in August.</p>"
    filler = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>"
    for name, text in (("p1", body), ("p2", other), ("p3", filler)):
        folder = root / "readability/test/test-pages" / name
        folder.mkdir(parents=True)
        (folder / "source.html").write_text(page.replace(body, text), "utf-8")
        (folder / "expected.html").write_text(f"<div>{text}</div>", "utf-8")
    cache = root / "trafilatura/tests/cache"
    cache.mkdir(parents=True)
    (cache / "fictional.html").write_text(page, "utf-8")
    return root


def test_build_then_score_round_trip(tmp_path):
    out = tmp_path / "out"
    summary = build(_fake_src(tmp_path / "src"), out, workers=1, only=[], log=lambda *a: None)
    assert summary["pages"] == 3 and summary["pages_with_gold_body"] == 2
    assert summary["synthetic_pages_left_out"] == ["readability/p3"]
    pairs = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    by_origin = {p["origin"] for p in pairs}
    assert {"gold-body", "other-article", "variant:identical", "variant:nfd"} <= by_origin
    assert all(p["label"] == "harmless-variant" for p in pairs if p["origin"].startswith("variant:"))
    assert (out / "readability/p1/page.txt").read_text().startswith("Home | News\n")
    result = subprocess.run(
        [sys.executable, str(BENCH / "realpages.py"), "score", str(out), "--workers", "1", "--show", "2"],
        capture_output=True, text=True, check=True,
    )
    assert "harmless-variant" in result.stdout and "slowest pairs" in result.stdout


def test_mutation_plan_is_deterministic():
    originals = [("fictional/a", ARTICLE), ("fictional/b", ARTICLE.replace("Tuesday", "Monday") + OTHER)]
    first = plant_all(originals, list(PLANTERS))
    assert first == plant_all(originals, list(PLANTERS))
    assert {m.kind for _, m in first} == set(PLANTERS)


@pytest.mark.parametrize(
    "args",
    [["build", "/nonexistent/src", "/tmp/x"], ["score", "/nonexistent/out"], ["build", ".", "bench/out"]],
)
def test_cli_bad_input_is_one_line_and_exit_2(args):
    result = subprocess.run(
        [sys.executable, str(BENCH / "realpages.py"), *args], capture_output=True, text=True,
        cwd=BENCH.parent,
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_the_benchmark_modules_doctests():
    import doctest
    import importlib

    for name in ("html_text", "labels", "variants", "mutations", "judge", "runner"):
        module = importlib.import_module(f"realpages_lib.{name}")
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, name
