"""The sentence check: a sentence dropped from a paragraph the copy otherwise kept (issue 14).

The article is fictional: the ward, the trust and the people in it do not exist.
"""

from __future__ import annotations

import textguard
from textguard import Config, Severity, registry
from textguard.checks.sentences import check_sentences
from textguard.engine.pipeline import build_context

from .articles import replace_once

ARTICLE = (
    "Eastmere hospital will close its night ward, the Northfield Health Trust said.\n"
    "The ward has 40 beds and opened in 1998. Staff have been told about the change. "
    "Patients will be moved to Westby over the summer.\n"
    'Dr Ada Okafor, who runs the ward, said the team was sad. "We did our best for this town," '
    "she said. Her colleagues agreed with her.\n"
    "A public meeting about the closure will take place next month.\n"
)


def findings(copy: str, original: str = ARTICLE) -> list[textguard.Finding]:
    return check_sentences(build_context(original, copy, Config()))


def dropped(sentence: str) -> str:
    return replace_once(ARTICLE, sentence + " ", "")


def test_a_verbatim_copy_has_no_finding() -> None:
    assert findings(ARTICLE) == []


def test_a_middle_sentence_dropped_is_a_warning_at_its_place() -> None:
    [f] = findings(dropped("Staff have been told about the change."))
    assert (f.kind, f.severity) == ("sentence-missing", Severity.WARNING)
    assert f.original.text == "Staff have been told about the change."
    assert f.copy is None


def test_a_dropped_sentence_with_a_figure_the_copy_lacks_is_an_error() -> None:
    [f] = findings(dropped("The ward has 40 beds and opened in 1998."))
    assert f.severity is Severity.ERROR
    # "1998" is a date there ("opened in 1998"): named once, as the date it is.
    assert "figure '40'" in f.message and "date '1998'" in f.message and "figure '1998'" not in f.message


def test_a_dropped_sentence_with_a_date_the_copy_lacks_is_an_error() -> None:
    original = ARTICLE.replace("Staff have been told about the change.", "Staff were told on Tuesday.")
    [f] = findings(replace_once(original, "Staff were told on Tuesday. ", ""), original)
    assert f.severity is Severity.ERROR and "date 'Tuesday'" in f.message


def test_a_date_the_copy_keeps_nearby_in_another_form_is_not_lacking() -> None:
    # The dropped sentence's weekday is still there, abbreviated, in the next copy sentence.
    original = ARTICLE.replace("Staff have been told about the change.", "Staff were told on Tuesday.")
    copy = replace_once(original, "Staff were told on Tuesday. Patients will be moved", "Patients (told Tue) will be moved")
    [f] = findings(copy, original)
    assert f.severity is Severity.WARNING and "date" not in f.message


def test_may_as_a_verb_is_no_date_that_a_dropped_sentence_carried() -> None:
    original = ARTICLE.replace("Staff have been told about the change.", "Staff may be told about the change.")
    [f] = findings(replace_once(original, "Staff may be told about the change. ", ""), original)
    assert f.severity is Severity.WARNING


def test_a_dropped_sentence_with_a_quotation_is_an_error_and_implies_the_quotation() -> None:
    copy = dropped('"We did our best for this town," she said.')
    [f] = findings(copy)
    assert f.severity is Severity.ERROR and "quotation 'We did our best" in f.message
    report = textguard.check(ARTICLE, copy)
    kinds = [x.kind for x in report.findings]
    assert "sentence-missing" in kinds and "quote-missing" not in kinds


def test_a_dropped_sentence_with_a_name_the_copy_lacks_is_an_error() -> None:
    original = ARTICLE.replace("Staff have been told", "Ward manager Lena Brightwater told staff")
    copy = replace_once(original, "Ward manager Lena Brightwater told staff about the change. ", "")
    [f] = findings(copy, original)
    assert f.severity is Severity.ERROR and "name 'Lena Brightwater'" in f.message


def test_two_sentences_in_a_row_are_one_finding() -> None:
    copy = replace_once(ARTICLE, '"We did our best for this town," she said. Her colleagues agreed with her.', "")
    [f] = findings(copy)
    assert f.message.startswith("2 sentences")


def test_a_sentence_merged_into_its_neighbour_is_no_finding() -> None:
    copy = replace_once(
        ARTICLE,
        "Staff have been told about the change. Patients will be moved",
        "Staff have been told about the change, and patients will be moved",
    )
    assert findings(copy) == []


def test_a_sentence_split_in_two_is_no_finding() -> None:
    copy = replace_once(
        ARTICLE,
        "The ward has 40 beds and opened in 1998.",
        "The ward has 40 beds. It opened in 1998.",
    )
    assert findings(copy) == []


def test_a_sentence_rewritten_beyond_recognition_is_no_dropped_sentence() -> None:
    copy = replace_once(ARTICLE, "Staff have been told about the change.", "Everyone working there knows already.")
    assert findings(copy) == []


def test_a_lost_paragraph_or_a_lost_end_is_left_to_the_structural_checks() -> None:
    lines = ARTICLE.splitlines(keepends=True)
    assert findings("".join([lines[0], *lines[2:]])) == []  # paragraph-missing
    cut = ARTICLE.index("Her colleagues")
    assert findings(ARTICLE[:cut] + "\n") == []  # truncated, mid-paragraph


def test_the_kind_is_registered_as_a_warning_that_marks_a_gap() -> None:
    kind = registry.kind("sentence-missing")
    assert kind is not None and kind.severity is Severity.WARNING
    assert kind.marks_gap and kind.implied_by_gaps
    assert "sentence-missing" in textguard.KINDS
