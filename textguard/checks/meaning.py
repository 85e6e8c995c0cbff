"""Meaning flips: a negation added to or dropped from a sentence the copy otherwise kept.

"The plan is not a success" becoming "The plan is a success" changes one word and reverses the
fact, so a word diff alone hides it among harmless rewordings. This check compares each body
sentence with its counterpart and reports ``meaning-flipped`` only when all of these hold, to stay
quiet on paraphrases:

- the two differ in how many negations they have (``not``, ``no``, ``never``, ``n't``,
  ``without``, ``nobody``, ...);
- apart from the negations the sentences are nearly the same (:data:`SIMILARITY` of their
  words);
- the negation sits in a small local change (at most :data:`MAX_CHANGE` words on either side of
  the diff, and only function words besides the negation), not inside a clause the copy added or
  dropped ("... unless nobody uses it") nor in a rewording ("is not over" as "continues");
- the other version has no negation earlier in the same clause already covering that place
  and spelt out again ("the sides did not meet or speak" retold as "... did not meet or did not
  speak", or "... did not meet or not speak", keeps the meaning); a bare negation added beside
  another one ("nobody said it will not close", "did not not deny") or after an auxiliary of its
  own ("showed no interest and had not replied") is a flip.

It is an error when the flip is the only difference between the two sentences: the copy states the
opposite of the original and nothing else. When the sentence was reworded elsewhere too, it is a
warning (the message says so): a recast sentence may carry its negation differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..engine.context import CheckContext
from ..findings import Finding, Severity
from ..registry import Check, Kind
from ..text.diff import format_word_diff
from ..text.lexicon import STOPWORDS
from ..text.normalize import INVISIBLE_CHARS, fold_word

__all__ = ["CHECK", "MAX_CHANGE", "NEGATIONS", "SIMILARITY", "check_meaning"]

#: Words that negate what follows them (folded; contractions in ``n't`` count too).
NEGATIONS: frozenset[str] = frozenset(
    "not no never none nobody nothing neither nor without cannot nowhere".split()
)
#: Share of the words (negations left out) that the two versions must have in common.
SIMILARITY = 0.7
#: A negation inside a change of more words than this is part of a rewording, not a flip.
MAX_CHANGE = 3

_CHARS = f"\\w{INVISIBLE_CHARS}"
_WORD = re.compile(rf"[{_CHARS}]+(?:['\u2019][{_CHARS}]+)*")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s[-\u2013\u2014]\s")
#: Found in every stretch of text that may hold a negation: the negations themselves (where the
#: words are ASCII) and any character outside ASCII letters and common punctuation, which the
#: folding of words (:func:`textguard.text.normalize.fold_word`) might turn into one.
_NEGATION_HINT = re.compile(
    rf"\b(?:{'|'.join(sorted(NEGATIONS))})\b|n['\u2019]t\b"
    r"|[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00ab\u00bb\u00a3\u20ac\u00a5\u00b0\u00b7\u2022]",
    re.IGNORECASE,
)
_CLAUSE_WORDS = frozenset({"but", "while", "whereas", "although", "though", "yet"})
#: Words that join two verbs under one negation ("did not meet or speak").
_COORDINATORS = frozenset({"or", "and", "nor"})
#: Auxiliaries: one between an earlier negation and a new one opens a verb phrase of its own
#: ("had shown no interest and had not replied"), which the earlier negation does not cover.
_AUXILIARIES = frozenset(
    """
    am is are was were be been being has have had do does did
    will would shall should can could may might must
    """.split()
)


@dataclass(frozen=True, slots=True)
class _Words:
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    keys: tuple[str, ...]
    #: clause number of each word: it grows at each comma, semicolon, bracket or "but".
    clauses: tuple[int, ...]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> _Words:
        starts, ends, keys, clauses = [], [], [], []
        clause, prev = 0, start
        for m in _WORD.finditer(text, start, end):
            key = _key(m.group())
            if _CLAUSE_BREAK.search(text, prev, m.start()) or key in _CLAUSE_WORDS:
                clause += 1
            starts.append(m.start())
            ends.append(m.end())
            keys.append(key)
            clauses.append(clause)
            prev = m.end()
        return cls(tuple(starts), tuple(ends), tuple(keys), tuple(clauses))

    def negated_before(self, i: int, repeated: list[str]) -> bool:
        """Whether a negation earlier in the clause of word ``i`` already covers it: the other
        version spells it out again with the same verb ("did not meet or speak" retold as "did
        not meet or did not speak"; ``repeated``: the words changed beside the negation), or
        repeats it after a coordinator with no auxiliary between ("did not meet or not speak").
        A bare "not" beside an earlier negation ("no one said it will not close", "had not not
        been") or after an auxiliary of its own ("no reply and had not called") changes the
        fact."""
        clause = self.clauses[i] if i < len(self.keys) else (self.clauses[-1] if self.keys else 0)
        k = i - 1
        while k >= 0 and self.clauses[k] == clause:
            if _negates(self.keys[k]):
                if k > 0 and self.clauses[k - 1] == clause and self.keys[k - 1] in repeated:
                    return True
                between = self.keys[k + 1 : i]
                return bool(_COORDINATORS.intersection(between)) and not _AUXILIARIES.intersection(between)
            k -= 1
        return False


def _key(word: str) -> str:
    return fold_word(word).replace("\u2019", "'")


def _negates(key: str) -> bool:
    return key in NEGATIONS or key.endswith("n't")


def check_meaning(ctx: CheckContext) -> list[Finding]:
    """Every ``meaning-flipped`` finding of the copy."""
    findings: list[Finding | None] = []
    otext, ctext = ctx.original.text, ctx.copy.text
    for i, match in sorted(ctx.alignment.matches.items()):
        s = ctx.original.sentences[i]
        cs, ce = ctx.copy.sentences[match.copy_first].start, ctx.copy.sentences[match.copy_last].end
        if not (_NEGATION_HINT.search(otext, s.start, s.end) or _NEGATION_HINT.search(ctext, cs, ce)):
            continue  # neither side has a negation: the common case, settled without the words
        a = _Words.of(otext, s.start, s.end)
        b = _Words.of(ctext, cs, ce)
        if sum(map(_negates, a.keys)) == sum(map(_negates, b.keys)):
            continue
        plain_a = [k for k in a.keys if not _negates(k)]
        plain_b = [k for k in b.keys if not _negates(k)]
        if SequenceMatcher(None, plain_a, plain_b, autojunk=False).ratio() < SIMILARITY:
            continue
        matcher = SequenceMatcher(None, a.keys, b.keys, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal" or i2 - i1 > MAX_CHANGE or j2 - j1 > MAX_CHANGE:
                continue
            old = [k for k in range(i1, i2) if _negates(a.keys[k])]
            new = [k for k in range(j1, j2) if _negates(b.keys[k])]
            if bool(old) == bool(new):
                continue
            # Only function words may change around the negation: "is [-not-] a success",
            # "to [-be-] {+have not+} pleased"; "[-is not over-] {+continues+}" is a paraphrase.
            rest = [*a.keys[i1:i2], *b.keys[j1:j2]]
            if any(not _negates(k) and k not in STOPWORDS for k in rest):
                continue
            others = [k for k in rest if not _negates(k)]
            diff = format_word_diff(otext[s.start : s.end], ctext[cs:ce])
            if new and not a.negated_before(i1, others):
                k = new[0]
                message = f"negation '{ctext[b.starts[k] : b.ends[k]]}' added: {diff}"
                original = ctx.original_span(s.start, s.end)
                copy = ctx.copy_span(b.starts[k], b.ends[k])
            elif old and not b.negated_before(j1, others):
                k = old[0]
                message = f"negation '{otext[a.starts[k] : a.ends[k]]}' dropped: {diff}"
                original = ctx.original_span(a.starts[k], a.ends[k])
                copy = ctx.copy_span(cs, ce)
            else:
                continue
            # The flip alone is an error: the copy says the opposite of the original and nothing
            # else. A sentence also reworded elsewhere may have been recast (a warning to read).
            alone = all(o == "equal" or o1 == i1 for o, o1, _i2, _j1, _j2 in matcher.get_opcodes())
            severity = Severity.ERROR if alone else Severity.WARNING
            if not alone:
                message += " (the sentence was also reworded)"
            findings.append(ctx.finding("meaning-flipped", severity, message, original=original, copy=copy))
            break
    return [f for f in findings if f is not None]


CHECK = Check(
    "meaning",
    kinds=(
        Kind(
            "meaning-flipped",
            Severity.ERROR,
            ("#96f2d7", "#0ca678"),
            "a negation or polarity change in an otherwise matching sentence",
        ),
    ),
    run=check_meaning,
)
