"""The pipeline's fast path: a copy identical to its original gets exactly the full path's report."""

from __future__ import annotations

import gc
import threading
import unicodedata
from pathlib import Path

import pytest

from textguard import Config, check
from textguard.articles.model import find_articles
from textguard.engine.analysis import analyses
from textguard.engine.pipeline import CheckResult, full_check, gc_paused, run_checks

from .articles import ORIGINAL, copy_of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = find_articles(FIXTURES)
#: An original of our own (fictional) with page furniture around it: compared with itself it
#: carries findings, which the fast path must give as well.
FURNISHED = copy_of(
    ["The ferry to Skellan Point will run twice a day from May, the harbour board said on Friday."],
    head=["Listen to this article", "Share"],
    tail=["12 Comments", "Follow us on social media"],
)
CONFIGS = {
    "default": Config(),
    "disabled": Config(disabled=frozenset({"stray-footer"})),
    "severities": Config(severities={"stray-header": "error"}, fail_on="warning"),
    "threshold": Config(match_threshold=90.0),
}
TEXTS = {a.name: (a.read_original(), a.config()) for a in ARTICLES} | {
    "furnished": (FURNISHED, Config()),
    "fictional": (ORIGINAL, Config()),
}


def fields_of(result: CheckResult) -> dict[str, object]:
    """Every field of ``result``, findings with their spans, as comparable values."""
    return {
        "findings": [
            (f.kind, f.severity, f.message, f.original, f.copy) for f in result.findings
        ],
        "coverage": result.coverage,
        "body": result.body,
        "counts": (result.quotes, result.entities, result.numbers),
        "layout": result.layout,
    }


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    analyses.clear()


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("config_name", sorted(CONFIGS))
def test_an_identical_copy_gets_the_full_path_s_report(name: str, config_name: str) -> None:
    original, own = TEXTS[name]
    config = own if config_name == "default" else CONFIGS[config_name]
    full = fields_of(full_check(original, original, config))
    first = run_checks(original, original, config)
    again = run_checks(original, "".join(list(original)), config)  # equal, not the same object
    assert fields_of(first) == full
    assert fields_of(again) == full


def test_an_original_compared_with_itself_keeps_its_furniture_findings() -> None:
    kinds = [f.kind for f in run_checks(FURNISHED, FURNISHED, Config()).findings]
    assert "stray-header" in kinds and "stray-footer" in kinds
    kinds = [f.kind for f in run_checks(FURNISHED, FURNISHED, CONFIGS["disabled"]).findings]
    assert "stray-header" in kinds and "stray-footer" not in kinds


def test_each_config_gets_its_own_answer_from_one_analysis() -> None:
    answers = {name: fields_of(run_checks(FURNISHED, FURNISHED, c)) for name, c in CONFIGS.items()}
    for name, config in CONFIGS.items():
        assert fields_of(run_checks(FURNISHED, FURNISHED, config)) == answers[name]
    assert answers["default"] != answers["disabled"]
    assert answers["default"]["findings"] != answers["severities"]["findings"]


def _variants(text: str) -> dict[str, str]:
    return {
        "crlf": text.replace("\n", "\r\n"),
        "nbsp": text.replace(" ", "\u00a0", 3),
        "nfd": unicodedata.normalize("NFD", text.replace("e", "\u00e9", 2)),
        "trailing newline": text + "\n",
        "no final newline": text.rstrip("\n"),
        "curly quotes": text.replace('"', "\u201c", 1),
    }


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_copy_that_differs_only_by_normalization_gets_the_full_path_s_report(name: str) -> None:
    original, config = TEXTS[name]
    run_checks(original, original, config)  # the self-check is cached now: it must not leak
    for variant in _variants(original).values():
        if variant == original:
            continue
        assert fields_of(run_checks(original, variant, config)) == fields_of(full_check(original, variant, config))


def test_a_cached_self_report_cannot_be_changed_through_another_report() -> None:
    first = check(FURNISHED, FURNISHED)
    assert first.layout is not None and first.layout.shared
    first.layout.shared.clear()  # type: ignore[attr-defined]
    second = check(FURNISHED, FURNISHED)
    assert second.layout is not None and second.layout.shared
    assert second.to_dict()["findings"] == first.to_dict()["findings"]


def test_a_long_original_that_is_not_cached_still_gets_the_same_answer() -> None:
    original = (FURNISHED + "\n") * 2
    before = analyses.max_chars
    analyses.max_chars = 10
    try:
        assert fields_of(run_checks(original, original, Config())) == fields_of(
            full_check(original, original, Config())
        )
    finally:
        analyses.max_chars = before


# The collector is held off during a check (gc_paused): it must come back as it was, and a check
# must make no reference cycles, or holding it off would let a check hold more memory.


@pytest.fixture
def collector_restored() -> object:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_a_check_leaves_the_collector_as_it_found_it(enabled: bool, collector_restored: object) -> None:
    (gc.enable if enabled else gc.disable)()
    seen: list[bool] = []
    with gc_paused():
        seen.append(gc.isenabled())
        check(ORIGINAL, ORIGINAL.replace("31 to 9", "30 to 9"))
    assert seen == [False]
    assert gc.isenabled() is enabled


def test_the_collector_comes_back_when_a_check_fails(collector_restored: object) -> None:
    gc.enable()
    with pytest.raises(ZeroDivisionError), gc_paused():
        assert not gc.isenabled()
        raise ZeroDivisionError
    assert gc.isenabled()


def test_the_collector_stays_off_until_the_last_of_several_threads_ends(collector_restored: object) -> None:
    gc.enable()
    inside = threading.Barrier(2)
    first_done = threading.Event()
    states: list[bool] = []

    def first() -> None:
        with gc_paused():
            inside.wait()
        first_done.set()

    def second() -> None:
        with gc_paused():
            inside.wait()
            first_done.wait()
            states.append(gc.isenabled())  # the first ended: still off for this one

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert states == [False]
    assert gc.isenabled()


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_check_makes_no_reference_cycles(name: str, collector_restored: object) -> None:
    original, config = TEXTS[name]
    copy = original.replace(".", ";", 3).replace("the", "a", 2)
    gc.collect()
    gc.disable()
    result = check(original, copy, config=config)
    del result
    analyses.clear()
    assert gc.collect() == 0
