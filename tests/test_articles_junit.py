"""JUnit XML of a scan: every copy a test case, and a file that parses whatever the copies hold."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import textguard
from textguard.articles.junit import junit_xml
from textguard.articles.model import CopyCase
from textguard.articles.scan import ScanEntry, ScanJob, outcome_of
from textguard.config import Config


def test_control_characters_of_a_copy_still_make_valid_xml() -> None:
    # Fictional texts; the copy carries an escape and a NUL, which XML 1.0 cannot hold.
    original = "The ferry to Skerrin will cost four pounds from May.\n"
    copy = "The ferry to Skerrin will cost four pounds from May.\n\x1b[31mShare\x00 this\n"
    report = textguard.check(original, copy, config=Config(fail_on="info"))
    assert report.verdict == "fail"
    job = ScanJob("o.txt", "c.txt", Config(), None)
    case = CopyCase(name="c\x07", path=Path("c.txt"))
    outcome = outcome_of(ScanEntry("ferry", "c\x07", job=job, case=case), report, None)
    text = junit_xml([outcome], name="textguard scan \x1b")
    root = ET.fromstring(text.encode("utf-8"))
    (case_element,) = root.iter("testcase")
    assert case_element.get("name") == "c?"
    failure = case_element.find("failure")
    assert failure is not None and "Share" in (failure.text or "")
    assert "\x1b" not in text and "\x00" not in text


def test_an_unjudged_copy_is_an_error() -> None:
    outcome = outcome_of(
        ScanEntry("ferry", "gone", error="gone.txt: no such file"), None, "gone.txt: no such file"
    )
    root = ET.fromstring(junit_xml([outcome], name="scan"))
    assert (root.get("tests"), root.get("errors"), root.get("failures")) == ("1", "1", "0")
    assert root.findtext("testsuite/testcase/error") == "gone.txt: no such file"
