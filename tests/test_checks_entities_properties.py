"""Properties of the entity check (issue 14): any one-letter change inside a proper name of the
original is ``entity-altered``, at the changed word, and so is a word of an organisation's name
replaced by a capitalised word the page uses as a name of its own.

The articles are fictional and made up here: made-up people, bodies and places, with name
endings that look like British and American spellings ("-or", "-our", "-re", "-er", "-ise") so
that no spelling rule may hide the change.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from textguard import Config
from textguard.checks.entities import check_entities
from textguard.engine.pipeline import build_context
from textguard.extract.entities import extract_entities

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
_ENDINGS = ("", "or", "our", "re", "er", "ise", "ize", "ov", "an", "ssen", "ey")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@st.composite
def made_up_names(draw: st.DrawFn) -> str:
    """A made-up capitalised word of three letters or more."""
    syllables = draw(
        st.lists(st.tuples(st.sampled_from(_CONSONANTS), st.sampled_from(_VOWELS)), min_size=1, max_size=4)
    )
    word = "".join(c + v for c, v in syllables) + draw(st.sampled_from(_ENDINGS))
    if len(word) < 3:
        word += draw(st.sampled_from(_CONSONANTS))
    return word[0].upper() + word[1:]


@st.composite
def fictional_articles(draw: st.DrawFn) -> str:
    """A short fictional article naming a person, an organisation and a place."""
    first, last, org, place = draw(st.lists(made_up_names(), min_size=4, max_size=4, unique=True))
    head = draw(st.sampled_from(("Health Trust", "Borough Council", "College of Midwives", "Ferry Company")))
    return (
        f"The {org} {head} said on Monday that {first} {last} would run the new service.\n"
        f"{last} has worked in {place} for nine years and knows the harbour well.\n"
        f"Staff at the {org} {head} welcomed the decision, and the service opens in {place} next spring.\n"
    )


@st.composite
def one_letter_changes(draw: st.DrawFn) -> tuple[str, str, int]:
    """An article, a copy with one letter of one name word changed, and where."""
    text = draw(fictional_articles())
    words = [
        (m.start + k, len(word))
        for e in extract_entities(text)
        for m in e.mentions
        for k, word in ((m.text.find(w), w) for w in m.text.split())
        if word[:1].isupper() and len(word) >= 3
    ]
    start, length = draw(st.sampled_from(sorted(set(words))))
    at = start + draw(st.integers(0, length - 1))
    old = text[at]
    new = draw(st.sampled_from([c for c in _LETTERS if c != old.lower()]))
    new = new.upper() if old.isupper() else new
    return text, text[:at] + new + text[at + 1 :], at


_VIRE = (
    "The Vire Health Trust said on Monday that Baba Bababa would run the new service.\n"
    "Bababa has worked in Bab for nine years and knows the harbour well.\n"
    "Staff at the Vire Health Trust welcomed the decision, and the service opens in Bab next spring.\n"
)


# Fictional texts of two `make fuzz` failures kept as known misses (below).
_PIR = (
    "The Bababa Health Trust said on Monday that Bab Baba would run the new service.\n"
    "Baba has worked in Pir for nine years and knows the harbour well.\n"
    "Staff at the Bababa Health Trust welcomed the decision, and the service opens in Pir next spring.\n"
)
_DID = (
    "The Did Health Trust said on Monday that it would run the new service in Baor.\n"
    "Members of the Royal Society and the National Archive in Northern Baour and Central Baor were told.\n"
    "Staff at the Did Health Trust welcomed the decision, and the service opens next spring.\n"
)


@SETTINGS
@given(one_letter_changes())
# Found by `make fuzz`: the new word is a title ("Vice"), which at the place of a word of an
# organisation's name is no title.
@example((_VIRE, _VIRE.replace("Vire", "Vice", 1), 6))
# Found by `make fuzz` (2026-12-06), not fixed yet: a name changed into a function word ("Pir" as
# "Per") is no candidate for a changed name, since the copy's function words never are.
@example(
    (
        _PIR,
        _PIR.replace("in Pir for", "in Per for"),
        _PIR.index("in Pir for") + 4,  # the changed letter
    )
).xfail(raises=AssertionError, reason="a name respelt into a function word is not read as a name")
def test_any_one_letter_change_inside_a_name_is_altered(case: tuple[str, str, int]) -> None:
    original, copy, at = case
    findings, _ = check_entities(build_context(original, copy, Config()))
    altered = [f for f in findings if f.kind == "entity-altered" and f.copy is not None]
    assert any(f.copy.start <= at < f.copy.end for f in altered), (copy, findings)


#: Capitalised words that stand for themselves elsewhere in the article below ("the Royal
#: Society", "Northern Ireland"): a swap to one of them is still a changed name word.
_SWAPS = ("Royal", "National", "Northern", "Central")


@st.composite
def name_word_swaps(draw: st.DrawFn) -> tuple[str, str, int]:
    """An article, a copy with one word of the organisation's name replaced (in one mention) by a
    capitalised word the article also uses as a name of its own, and where."""
    org, place, other = draw(st.lists(made_up_names(), min_size=3, max_size=3, unique=True))
    head = draw(st.sampled_from(("Health Trust", "Borough Council", "College of Midwives", "Ferry Company")))
    text = (
        f"The {org} {head} said on Monday that it would run the new service in {place}.\n"
        f"Members of the Royal Society and the National Archive in Northern {other} and Central "
        f"{place} were told.\n"
        f"Staff at the {org} {head} welcomed the decision, and the service opens next spring.\n"
    )
    name = f"{org} {head}"
    mention = text.index(name) if draw(st.booleans()) else text.rindex(name)
    words = [(mention + k, w) for k, w in ((name.find(w), w) for w in name.split()) if w[:1].isupper()]
    at, old = draw(st.sampled_from(words))
    new = draw(st.sampled_from([w for w in _SWAPS if w != old]))
    return text, text[:at] + new + text[at + len(old) :], at


@SETTINGS
@given(name_word_swaps())
# Found by `make fuzz` (2026-12-06), not fixed yet: when a word of a name is a function word ("Did
# Health Trust"), the copy's "Royal Health Trust" keeps two of its three words and is read as a
# shortened form of it.
@example(
    (
        _DID,
        _DID.replace("Staff at the Did", "Staff at the Royal"),
        _DID.index("Staff at the Did") + 13,
    )
).xfail(raises=AssertionError, reason="a function word of a name replaced by a name word reads as a shortened form")
def test_a_word_of_a_name_swapped_for_a_name_word_of_the_page_is_altered(case: tuple[str, str, int]) -> None:
    original, copy, at = case
    findings, _ = check_entities(build_context(original, copy, Config()))
    altered = [f for f in findings if f.kind == "entity-altered" and f.copy is not None]
    assert any(f.copy.start <= at < f.copy.end for f in altered), (copy, findings)
