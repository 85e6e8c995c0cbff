"""A small fictional article and helpers to build copies of it, shared by the unit tests."""

from __future__ import annotations

import pytest

from textguard.findings import Finding

PARAGRAPHS = [
    "The Marlow Valley council has approved a plan to reopen the old tram line between Eastgate and the harbour, ending a campaign that lasted more than a decade.",
    "Councillors voted 31 to 9 in favour on Tuesday night after a debate that ran for almost four hours.",
    "The line closed in 1987, when the last tram ran past the fish market. Since then the tracks have been buried under tarmac and car parks.",
    "Transport officer Delia Rowntree said the project would cost £48 million and take three years to finish. She expects the first trams to run in the spring of 2028.",
    "Local traders were divided. Some said the works would drive customers away, while others welcomed the promise of more visitors to the waterfront.",
    "The Harbour Traders' Association asked for compensation during the construction period, which the council said it would consider.",
    "Environmental groups praised the decision, arguing that the trams would take thousands of cars off the valley's narrow roads every day.",
    "A public consultation on the final route will open next month and run until the end of the year.",
]

ORIGINAL = "\n".join(PARAGRAPHS) + "\n"


def copy_of(paragraphs: list[str], *, head: list[str] = (), tail: list[str] = ()) -> str:  # type: ignore[assignment]
    """A copy made of ``head`` lines, the given paragraphs and ``tail`` lines, one per line."""
    return "\n".join([*head, *paragraphs, *tail]) + "\n"


def replace_once(text: str, old: str, new: str) -> str:
    """``text`` with its first ``old`` replaced by ``new``; ``old`` must be there."""
    assert old in text, f"{old!r} is not in the text"
    return text.replace(old, new, 1)


def describe(findings: list[Finding]) -> list[tuple[str, str, str | None]]:
    """Each finding as ``(kind, original text, copy text)``: what an assertion should compare."""
    return [
        (f.kind, f.original.text if f.original else "", f.copy.text if f.copy else None) for f in findings
    ]


def assert_one_line(exc: pytest.ExceptionInfo[BaseException], *needles: str) -> None:
    """The error's message is one line and says each of ``needles``."""
    __tracebackhide__ = True
    message = str(exc.value)
    assert "\n" not in message, message
    for needle in needles:
        assert needle in message, message
