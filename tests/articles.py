"""A small fictional article and helpers to build copies of it, shared by the unit tests."""

from __future__ import annotations

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
