"""The cache of originals' analyses: it changes how fast a check is, never what it finds."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from textguard import Config, check
from textguard.engine import pipeline
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
    pipeline._originals.clear()


def test_a_cached_original_gives_the_same_report_as_a_fresh_one() -> None:
    fresh = []
    for copy in COPIES:
        pipeline._originals.clear()
        fresh.append(findings_of(check(ORIGINAL, copy)))
    warm = [findings_of(check(ORIGINAL, copy)) for copy in COPIES]
    assert warm == fresh
    assert len(pipeline._originals) == 1


def test_the_cache_is_keyed_by_config_as_well_as_text() -> None:
    pinned = Config(body_starts_with="Councillors voted")
    plain = check(ORIGINAL, COPIES[0])
    narrowed = check(ORIGINAL, COPIES[0], config=pinned)
    assert plain.body != narrowed.body
    assert ORIGINAL[narrowed.body[0] :].startswith("Councillors voted")
    assert check(ORIGINAL, COPIES[0]).body == plain.body
    assert len(pipeline._originals) == 2


def test_the_cache_holds_a_few_originals_and_no_very_long_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(pipeline._CACHED_ORIGINALS + 5):
        check(ORIGINAL + "\n" * n, COPIES[0])
    assert len(pipeline._originals) == pipeline._CACHED_ORIGINALS
    pipeline._originals.clear()
    monkeypatch.setattr(pipeline, "_CACHED_TOTAL_CHARS", 3 * len(ORIGINAL) + 10)
    for n in range(5):
        check(ORIGINAL + "\n" * n, COPIES[0])
    assert len(pipeline._originals) == 3
    pipeline._originals.clear()
    monkeypatch.setattr(pipeline, "_CACHED_MAX_CHARS", len(ORIGINAL) - 1)
    assert check(ORIGINAL, COPIES[1]).verdict == "fail"
    assert not pipeline._originals


def test_threads_checking_copies_of_one_original_agree_with_one_thread() -> None:
    expected = [findings_of(check(ORIGINAL, copy)) for copy in COPIES]
    pipeline._originals.clear()
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda copy: findings_of(check(ORIGINAL, copy)), COPIES * 4))
    assert got == expected * 4
