"""The quotation check: what became of each direct quotation of the original in the copy.

A quotation is the one part of an article that must survive republishing word for word: a copy
may rewrite the reporter's prose, never what somebody said. For each quotation of the original's
body (:func:`textguard.extract.extract_quotes`) the check looks at the copy *where the alignment
puts its passage* (:meth:`~textguard.engine.context.CheckContext.counterpart`, widened by a sentence on
each side) and decides, in this order:

1. **Kept or altered.** Each copy quotation in that region (or a run of up to :data:`MAX_RUN`
   consecutive ones: a copy may split a quotation with an attribution) is scored against it with
   :func:`rapidfuzz.fuzz.ratio` on their word keys. Pairs are taken best first, each copy quotation
   once; a quotation still alone then takes a copy quotation with the very same words a little
   further away. Words that are the same after normalization (case, Unicode form, quote style,
   punctuation) are fine; any other pair is ``quote-altered``, with a word diff.
2. **Unquoted.** A quotation left without a partner whose words stand in the region *outside*
   quotation marks lost its marks (indirect speech): ``quote-missing``.
3. **By position.** Quotations still without a partner pair, in order, with the copy quotations
   left in the copy sentences they were aligned with (or, failing that, next to them), however
   different: a short quotation replaced by a synonym ("dreadful" for "shocking") has nothing
   in common with its original but its place. Such a pair is ``quote-altered``. A quotation the
   copy joined with its neighbour's shares the neighbour's partner, compared at its own place.
4. Anything left is ``quote-missing``: paraphrased as reported speech, or gone (then its ``copy``
   is ``None`` when the alignment has no place for it).

Scare quotes and titles (:attr:`~textguard.extract.Quotation.kind` ``"scare"``) are checked the
same way at a lower severity (:data:`SCARE_SEVERITY`). Cost: the copy's quotations are extracted
once and found by position (bisection), so each quotation looks at a few sentences only.
"""

from __future__ import annotations

from ...engine.context import CheckContext
from ...extract.quotes import extract_quotes
from ...findings import Finding, Severity
from ...registry import Check, Kind
from ._matching import ALTERED_MIN, MAX_RUN, SHORT_ALTERED_MIN, QuotePairing
from ._passages import quote_passages
from ._report import SCARE_SEVERITY, report_quotes
from ._sides import quote_side
from ._unquoted import INDIRECT_MIN, REPORTED_MIN

__all__ = [
    "CHECK",
    "ALTERED_MIN",
    "INDIRECT_MIN",
    "MAX_RUN",
    "REPORTED_MIN",
    "SCARE_SEVERITY",
    "SHORT_ALTERED_MIN",
    "check_quotes",
]


def check_quotes(ctx: CheckContext) -> tuple[list[Finding], int]:
    """Check every quotation of the original's body against the copy.

    Returns the findings and the number of quotations checked (the report's ``quotes`` count).
    """
    original = ctx.analysis.quotations
    if not original:
        return [], 0
    copy = extract_quotes(
        ctx.copy.text, paragraphs=quote_passages(ctx), scare_max_words=ctx.config.scare_quote_max_words
    )
    pairing = QuotePairing(ctx, quote_side(ctx, original, copy=False), quote_side(ctx, copy, copy=True))
    pairing.run()
    return report_quotes(pairing), len(original)


CHECK = Check(
    "quotes",
    kinds=(
        Kind(
            "quote-missing",
            Severity.ERROR,
            ("#ffc9c9", "#e03131"),
            "a direct quotation of the original has no counterpart in the copy",
            implied_by_gaps=True,
        ),
        Kind(
            "quote-altered",
            Severity.ERROR,
            ("#ffd8a8", "#e8590c"),
            "its counterpart exists but its words differ (the message shows a word diff)",
        ),
    ),
    run=check_quotes,
    stat="quotes",
)
