"""Properties of the whole check: it never raises, its spans are exact, and harmless copies pass."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textguard import Severity, check
from textguard.testing.strategies import articles, benign_variants

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any text: every plane, controls, combining marks, line and paragraph separators.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
LINES = st.lists(st.text(st.characters(exclude_categories=("Cs",)), max_size=80), max_size=12).map("\n".join)


def problems(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        f"{f.severity.value} {f.kind}: {f.message}"
        for f in report.findings
        if f.severity is not Severity.INFO
    ]


@SETTINGS
@given(original=st.one_of(ANY_TEXT, LINES, articles()), copy=st.one_of(ANY_TEXT, LINES, articles()))
def test_check_never_raises_and_spans_are_exact(original: str, copy: str) -> None:
    report = check(original, copy)
    assert report.verdict in ("pass", "fail")
    for f in report.findings:
        if f.original is not None:
            assert 0 <= f.original.start <= f.original.end <= len(original)
            assert original[f.original.start : f.original.end] == f.original.text
        if f.copy is not None:
            assert 0 <= f.copy.start <= f.copy.end <= len(copy)
            assert copy[f.copy.start : f.copy.end] == f.copy.text
    assert list(report.findings) == sorted(report.findings, key=lambda f: f.sort_key)


@SETTINGS
@given(article=articles(min_size=2))
def test_verbatim_copy_has_no_problem(article: str) -> None:
    assert problems(check(article, article)) == []


@SETTINGS
@given(data=st.data(), article=articles(min_size=2))
def test_benign_variant_passes(data: st.DataObject, article: str) -> None:
    variant = data.draw(benign_variants(article))
    report = check(article, variant)
    assert problems(report) == [], report.findings


@SETTINGS
@given(article=articles(min_size=2), count=st.integers(min_value=0, max_value=9999))
def test_appended_comment_counter_is_always_a_stray_footer(article: str, count: int) -> None:
    footer = f"{count} Comments"
    report = check(article, article.rstrip("\n") + "\n" + footer + "\n")
    flagged = [f for f in report.findings if f.kind == "stray-footer" and f.copy is not None]
    assert [f.copy.text for f in flagged] == [footer]
    assert report.verdict == "fail"


@SETTINGS
@given(article=articles(min_size=3))
def test_empty_copy_of_an_article_fails(article: str) -> None:
    assert check(article, "").verdict == "fail"
