"""The assertion helpers of textguard.testing: what they accept, what they say when they fail."""

from __future__ import annotations

import pytest

from textguard.testing import (
    assert_entities_unchanged,
    assert_no_stray_footer,
    assert_numbers_preserved,
    assert_passes,
    assert_quotes_preserved,
)

from .articles import ORIGINAL, PARAGRAPHS, copy_of

pytest_plugins = ["pytester"]


@pytest.mark.parametrize(
    "assertion",
    [
        assert_passes,
        assert_quotes_preserved,
        assert_entities_unchanged,
        assert_numbers_preserved,
        assert_no_stray_footer,
    ],
    ids=lambda f: f.__name__,
)
def test_a_faithful_copy_passes_every_assertion(assertion) -> None:  # type: ignore[no-untyped-def]
    report = assertion(ORIGINAL, ORIGINAL.replace("\n", "\r\n"))
    assert report.verdict == "pass"


def test_assert_passes_lists_the_failing_findings_with_both_texts() -> None:
    copy = copy_of(PARAGRAPHS[:5])
    with pytest.raises(AssertionError) as exc:
        assert_passes(ORIGINAL, copy)
    message = str(exc.value)
    assert message.startswith("the copy fails: 1 finding\n")
    assert "error truncated" in message
    assert "original 6:1:" in message and "copy     5:1:" in message


def test_assert_no_stray_footer_ignores_an_added_headline_but_not_a_comment_counter() -> None:
    assert_no_stray_footer(ORIGINAL, copy_of(PARAGRAPHS, head=["Trams return to Marlow"]))
    with pytest.raises(AssertionError, match=r"page furniture in the copy: 2 findings"):
        assert_no_stray_footer(ORIGINAL, copy_of(PARAGRAPHS, head=["2025-03-04 18:22"], tail=["0 Comments"]))


def test_many_findings_stay_readable() -> None:
    credits = [f"Agency/Photographer {chr(65 + i)}b{p}" for i, p in enumerate(PARAGRAPHS)]
    with pytest.raises(AssertionError) as exc:
        assert_no_stray_footer(ORIGINAL, copy_of(credits, tail=[f"{n} Comments" for n in range(40)]))
    lines = str(exc.value).splitlines()
    assert all(len(line) < 300 for line in lines)
    assert lines[0].startswith("page furniture in the copy: ")


def test_failure_points_at_the_callers_line(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from textguard.testing import assert_no_stray_footer

        def test_pipeline():
            original = "The council met on Monday and agreed to the plan for the harbour.\\n"
            assert_no_stray_footer(original, original + "12 Comments\\n")
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert "assert_no_stray_footer(original, original" in output
    assert "_assert_none" not in output
    assert "error stray-footer: a comment counter or prompt after the article: '12 Comments'" in output
