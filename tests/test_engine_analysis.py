"""The cache of originals' analyses: it changes how fast a check is, never what it finds."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from textguard import Config, check
from textguard.engine.analysis import AnalysisCache, AnalysisKey, analyses
from textguard.report import Report

from .articles import ORIGINAL, PARAGRAPHS, copy_of, replace_once

COPIES = [
    copy_of(PARAGRAPHS),
    copy_of(PARAGRAPHS[:-2]),
    replace_once(ORIGINAL, "Delia Rowntree", "Delia Roundtree"),
    replace_once(ORIGINAL, "£48 million", "£84 million"),
    replace_once(ORIGINAL, "approved", "not approved"),
    copy_of(PARAGRAPHS, head=["Listen to this article"], tail=["12 Comments"]),
]


def findings_of(report: Report) -> list[Any]:
    data = report.to_dict()
    return [data["findings"], data["verdict"], data["stats"]["coverage"]]


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    analyses.clear()


def test_a_cached_original_gives_the_same_report_as_a_fresh_one() -> None:
    fresh = []
    for copy in COPIES:
        analyses.clear()
        fresh.append(findings_of(check(ORIGINAL, copy)))
    warm = [findings_of(check(ORIGINAL, copy)) for copy in COPIES]
    assert warm == fresh
    assert len(analyses) == 1


def test_the_cache_is_keyed_by_config_as_well_as_text() -> None:
    pinned = Config(body_starts_with="Councillors voted")
    plain = check(ORIGINAL, COPIES[0])
    narrowed = check(ORIGINAL, COPIES[0], config=pinned)
    assert plain.body != narrowed.body
    assert ORIGINAL[narrowed.body[0] :].startswith("Councillors voted")
    assert check(ORIGINAL, COPIES[0]).body == plain.body
    assert len(analyses) == 2


def test_the_cache_holds_a_few_originals_and_no_very_long_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(analyses.max_originals + 5):
        check(ORIGINAL + "\n" * n, COPIES[0])
    assert len(analyses) == analyses.max_originals
    analyses.clear()
    monkeypatch.setattr(analyses, "max_total_chars", 3 * len(ORIGINAL) + 10)
    for n in range(5):
        check(ORIGINAL + "\n" * n, COPIES[0])
    assert len(analyses) == 3
    analyses.clear()
    monkeypatch.setattr(analyses, "max_chars", len(ORIGINAL) - 1)
    assert check(ORIGINAL, COPIES[1]).verdict == "fail"
    assert not len(analyses)


def test_settings_that_do_not_change_the_analysis_share_it() -> None:
    check(ORIGINAL, COPIES[0])
    check(
        ORIGINAL, COPIES[0], config=Config(fail_on="warning", match_threshold=70, disabled={"content-added"})
    )
    assert len(analyses) == 1
    check(ORIGINAL, COPIES[0], config=Config(scare_quote_max_words=2))
    assert len(analyses) == 2


def test_the_analysis_key_names_every_setting_that_changes_an_original_s_analysis() -> None:
    # A new Config field must be sorted into one of the two groups: a field missing from the key
    # would make a warm check differ from a cold one.
    copy_side = {
        "fail_on",
        "disabled",
        "severities",
        "match_threshold",
        "truncation_tolerance",
        "credit_patterns",
        "scare_quote_severity",
    }
    assert set(AnalysisKey.__dataclass_fields__) | copy_side == set(Config.__dataclass_fields__)
    assert not set(AnalysisKey.__dataclass_fields__) & copy_side


def test_a_cache_of_ones_own_is_used_instead_of_the_shared_one() -> None:
    from textguard.engine.pipeline import build_context

    mine = AnalysisCache(max_originals=1)
    build_context(ORIGINAL, COPIES[0], Config(), cache=mine)
    assert len(mine) == 1 and not len(analyses)


def test_threads_checking_copies_of_one_original_agree_with_one_thread() -> None:
    expected = [findings_of(check(ORIGINAL, copy)) for copy in COPIES]
    analyses.clear()
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda copy: findings_of(check(ORIGINAL, copy)), COPIES * 4))
    assert got == expected * 4
