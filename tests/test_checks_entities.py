"""Named entities: finding them without a model, and the entity check on a small fictional article."""

from __future__ import annotations

import dataclasses

import pytest

from textguard import Config, Severity
from textguard.checks.entities import check_entities, is_similar_name
from textguard.engine.pipeline import build_context
from textguard.extract.entities import extract_entities, scan_words
from textguard.findings import Finding
from textguard.testing import assert_entities_unchanged

from .articles import describe, replace_once

# --- extraction ----------------------------------------------------------------------------------


def names(text: str) -> list[str]:
    return [e.name for e in extract_entities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("She joined the Academy of Arts last year.", ["Academy of Arts"], id="institution-of"),
        pytest.param(
            "A study by the Centre for Maritime Studies was published.",
            ["Centre for Maritime Studies"],
            id="centre-for",
        ),
        pytest.param(
            "He studied under Ludwig van Dorn in Leiden.", ["Ludwig van Dorn", "Leiden"], id="particle"
        ),
        pytest.param("It asked UNESCO and the R.A.F. for help.", ["UNESCO", "R.A.F."], id="acronyms"),
        pytest.param(
            "Dr Ayesha Okonkwo-Reyes led the count.", ["Ayesha Okonkwo-Reyes"], id="double-barrelled"
        ),
        pytest.param("A Lindqvist-backed plan failed.", ["Lindqvist"], id="hyphenated-head-only"),
        pytest.param("We met Vera Lindqvist's adviser.", ["Vera Lindqvist"], id="possessive-dropped"),
        pytest.param(
            "The Skerrin Ferry Users' Association objected.",
            ["Skerrin Ferry Users' Association"],
            id="plural-possessive-inside",
        ),
        pytest.param(
            "It was hosted by The Example Institute in Tallinn.",
            ["Example Institute", "Tallinn"],
            id="leading-the-dropped",
        ),
        pytest.param("Talks with Spain and Italy stalled.", ["Spain", "Italy"], id="and-separates-names"),
        pytest.param(
            "He met the Palace of Vera Lindqvist.",
            ["Palace", "Vera Lindqvist"],
            id="of-joins-institutions-only",
        ),
    ],
)
def test_capitalised_runs_become_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Meanwhile the council met. Confident of a deal, it voted.", [], id="sentence-openers"),
        pytest.param(
            "Ferry fares will rise. The ferry is the only way off.", [], id="initial-word-lowercase-elsewhere"
        ),
        pytest.param(
            "Vera Lindqvist wants a deal. On Monday Vera Lindqvist flew home.",
            ["Vera Lindqvist"],
            id="initial-name-capitalised-elsewhere",
        ),
        pytest.param(
            'She said, "We are tired." I agree. In March it rained on Sunday.',
            [],
            id="pronouns-months-weekdays",
        ),
        pytest.param(
            "Meanwhile Vera Lindqvist's envoy left.", ["Vera Lindqvist"], id="sentence-adverb-dropped"
        ),
        pytest.param(
            "Vera Lindqvist's envoy left. Lindqvist stayed.", ["Vera Lindqvist"], id="first-name-kept"
        ),
        pytest.param("Warden Gideon Marr agreed.", ["Gideon Marr"], id="occupational-title"),
        pytest.param("It watched TV all day.", [], id="common-acronym"),
        pytest.param(
            "European leaders backed a Transatlantic pact drafted by Estonian officials.", [], id="adjectives"
        ),
        pytest.param(
            "Staff at the Kellerman bakery and at Goldman agreed.",
            ["Kellerman", "Goldman"],
            id="names-used-as-adjectives",
        ),
        pytest.param(
            "The Estonian said no. Estonian officials agreed.", ["Estonian"], id="demonym-used-as-noun"
        ),
        pytest.param(
            'He called it the "Special Recovery Plan" in public.',
            ["Special Recovery Plan"],
            id="quoted-title",
        ),
    ],
)
def test_sentence_starts_and_function_words_are_judged_by_their_use(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_titles_are_kept_apart_from_the_name() -> None:
    text = "President Vera Lindqvist spoke. Later Mr. Moreau and Prime Minister Ana Ruiz replied."
    entities = extract_entities(text)
    mentions = [(m.text, m.title) for e in entities for m in e.mentions]
    assert mentions == [("Vera Lindqvist", "President"), ("Moreau", "Mr"), ("Ana Ruiz", "Prime Minister")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chief Executive Ruth Abernethy said so.",
            [("Ruth Abernethy", "Chief Executive")],
            id="two-titles",
        ),
        pytest.param("General Mark Milley agreed.", [("Mark Milley", "General")], id="rank-before-a-person"),
        pytest.param("Shares in General Motors fell.", [("General Motors", "")], id="rank-word-in-a-company"),
        pytest.param(
            "The State Department said so.", [("State Department", "")], id="title-word-in-an-office"
        ),
    ],
)
def test_words_that_are_titles_only_sometimes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.title) for e in extract_entities(text) for m in e.mentions] == expected


def test_mentions_of_one_entity_are_grouped_with_their_spans() -> None:
    text = "Vera Lindqvist arrived. Critics of Lindqvist's plan said President Lindqvist would fail."
    (entity,) = extract_entities(text)
    assert entity.name == "Vera Lindqvist"
    assert entity.kind == "person"
    assert [text[m.start : m.end] for m in entity.mentions] == ["Vera Lindqvist", "Lindqvist", "Lindqvist"]
    assert entity.words == ("vera", "lindqvist")


def test_a_pair_of_names_is_split_when_each_is_mentioned_alone() -> None:
    text = "Lindqvist met Moreau. The Lindqvist-Moreau talks failed, said Dr Okonkwo-Reyes."
    assert names(text) == ["Lindqvist", "Moreau", "Okonkwo-Reyes"]


def test_two_names_side_by_side_are_split_when_both_are_known() -> None:
    text = "Estonia is small. Vera Lindqvist spoke. So far in Estonia Vera Lindqvist has not moved."
    assert [len(e.mentions) for e in extract_entities(text)] == [2, 2]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("President Vera Lindqvist spoke.", "Vera Lindqvist", "person", id="title-person"),
        pytest.param("It was fine, said Ana Ruiz.", "Ana Ruiz", "person", id="speech-verb-person"),
        pytest.param(
            "The tabloid Morgenpost said so.", "Morgenpost", "publication", id="tabloid-publication"
        ),
        pytest.param(
            "He told the Courier newspaper so.", "Courier", "publication", id="newspaper-publication"
        ),
        pytest.param(
            "She studied at the University of Tressel.",
            "University of Tressel",
            "organisation",
            id="organisation",
        ),
        pytest.param("They moved to Valemouth.", "Valemouth", "place", id="preposition-place"),
        pytest.param("It is far from Lake Orrin.", "Lake Orrin", "place", id="place-word"),
    ],
)
def test_rough_types_come_from_cheap_cues(text: str, name: str, kind: str) -> None:
    assert [(e.name, e.kind) for e in extract_entities(text)] == [(name, kind)]


def test_extraction_respects_the_range_and_points_into_the_text() -> None:
    text = "Vera Lindqvist wrote this.\nBody: Ana Ruiz met Tomas Berg.\nFooter by Leo Marsh."
    start, end = text.index("Ana"), text.index("\nFooter")
    found = extract_entities(text, start=start, end=end)
    assert [(text[m.start : m.end]) for e in found for m in e.mentions] == ["Ana Ruiz", "Tomas Berg"]


def test_words_know_their_links_and_sentence_starts() -> None:
    words = scan_words('He met Ana. "Yes," said U.S.-based Ruiz\'s aide.')
    assert [(w.key, w.initial, w.link) for w in words] == [
        ("he", True, ""), ("met", False, " "), ("ana", False, " "), ("yes", True, ""), ("said", False, ""),
        ("us", False, " "), ("based", False, "-"), ("ruiz", False, " "), ("aide", False, " "),
    ]  # fmt: skip


# --- similarity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "similar"),
    [
        pytest.param("Petrovsky", "Petrovskiy", True, id="one-edit"),
        pytest.param("Petrovsky", "Pyetrovski", True, id="two-edits"),
        pytest.param("Katarina", "Catarina", True, id="k-for-c"),
        pytest.param("Marr", "Mair", True, id="short-one-edit"),
        pytest.param("Wilkinson", "Whilkinsov", True, id="skeleton"),
        pytest.param("Petrovsky", "Petersen", False, id="other-name"),
        pytest.param("Marr", "Ford", False, id="short-other-name"),
        pytest.param("Odessa", "Odessa", False, id="same"),
    ],
)
def test_similar_names(a: str, b: str, similar: bool) -> None:
    assert is_similar_name(a, b) is similar


# --- the check ---------------------------------------------------------------------------------

PARAGRAPHS = [
    "President Vera Lindqvist met envoys from Spain and Italy in Tallinn on Monday, the tabloid Baltic Courier reported.",
    "Her adviser, Piotr Petrovsky, said the Academy of Arts would publish a study by the Centre for Maritime Studies.",
    "Trade partners such as France and Italy have asked UNESCO to review the plan.",
    "Mr Petrovsky told the Morgenpost newspaper that Lindqvist would visit Odessa in May.",
    "The talks were hosted by The Example Institute, a research body in Tallinn.",
]
ORIGINAL = "\n".join(PARAGRAPHS) + "\n"


def config(**options: object) -> Config:
    """A config; ``entity_variants`` works before and after Config has that field."""
    if "entity_variants" in options and "entity_variants" not in {f.name for f in dataclasses.fields(Config)}:
        variants = options.pop("entity_variants")
        base = Config(**options)  # type: ignore[arg-type]
        object.__setattr__(base, "entity_variants", variants)
        return base
    return Config(**options)  # type: ignore[arg-type]


def check(copy: str, original: str = ORIGINAL, cfg: Config | None = None) -> list[Finding]:
    findings, _ = check_entities(build_context(original, copy, cfg or Config()))
    return findings


def replaced(old: str, new: str, text: str = ORIGINAL) -> str:
    return replace_once(text, old, new)


def test_the_check_counts_the_entities_of_the_body() -> None:
    _, count = check_entities(build_context(ORIGINAL, ORIGINAL, Config()))
    assert count == len(extract_entities(ORIGINAL)) == 13


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("UNESCO", "Unesco", id="acronym-case"),
        pytest.param("Centre", "Center", id="british-american-spelling"),
        pytest.param("envoys from Spain and Italy", "Spanish and Italian envoys", id="demonyms"),
        pytest.param("President Vera Lindqvist", "President Lindqvist", id="shortened-name"),
        pytest.param("Mr Petrovsky", "Mr. Petrovsky", id="title-with-stop"),
        pytest.param("the Morgenpost newspaper", "the newspaper Morgenpost", id="reordered"),
        pytest.param(
            "the Academy of Arts would publish", "the academy would publish", id="shortened-common-noun"
        ),
    ],
)
def test_harmless_changes_are_not_findings(old: str, new: str) -> None:
    assert check(replaced(old, new)) == []


def test_a_verbatim_copy_has_no_finding() -> None:
    assert check(ORIGINAL) == []


def test_a_transliteration_is_altered_once_per_distinct_form() -> None:
    copy = ORIGINAL.replace("Petrovsky", "Petrovskiy")
    found = check(copy)
    assert describe(found) == [("entity-altered", "Piotr Petrovsky", "Piotr Petrovskiy")]
    assert found[0].severity is Severity.ERROR
    assert "appears as 'Piotr Petrovskiy'" in found[0].message


def test_each_distinct_altered_form_is_reported() -> None:
    copy = replaced("Mr Petrovsky", "Mr Pyetrovski", replaced("Piotr Petrovsky", "Piotr Petrovskiy"))
    assert describe(check(copy)) == [
        ("entity-altered", "Piotr Petrovsky", "Piotr Petrovskiy"),
        ("entity-altered", "Petrovsky", "Pyetrovski"),
    ]


def test_a_name_replaced_in_place_is_altered() -> None:
    found = check(replaced("Piotr Petrovsky", "Piotr Kowalczyk"))
    assert describe(found) == [("entity-altered", "Piotr Petrovsky", "Piotr Kowalczyk")]


def test_several_words_of_a_name_replaced_are_one_finding() -> None:
    found = check(replaced("Centre for Maritime Studies", "Centre for Ocean Research"))
    assert describe(found) == [("entity-altered", "Centre for Maritime Studies", "Centre for Ocean Research")]


def test_a_name_swapped_for_another_in_the_sentence_is_altered() -> None:
    found = check(replaced("such as France and Italy", "such as Spain and Italy"))
    assert describe(found) == [("entity-altered", "France", "Spain")]
    assert "replaced by 'Spain'" in found[0].message


def test_a_name_swapped_before_its_following_words_is_altered() -> None:
    # The words before it changed too ("urged"), so only the words after it place the name.
    found = check(replaced("have asked UNESCO to review", "have urged Interpol to review"))
    assert describe(found) == [("entity-altered", "UNESCO", "Interpol")]


def test_a_name_swapped_for_a_longer_one_is_altered_whole() -> None:
    found = check(replaced("such as France and Italy", "such as New Caledonia and Italy"))
    assert describe(found) == [("entity-altered", "France", "New Caledonia")]


def test_a_swap_is_not_reported_while_the_name_survives_elsewhere() -> None:
    # Tallinn is named again in the last paragraph: "Riga" here may be a rewording.
    assert check(replaced("in Tallinn on Monday", "in Riga on Monday")) == []


def test_a_proper_name_recased_into_a_common_phrase_is_a_warning() -> None:
    found = check(replaced("The Example Institute", "the example institute"))
    assert describe(found) == [("entity-altered", "Example Institute", "example institute")]
    assert found[0].severity is Severity.WARNING


def test_a_name_absent_from_the_copy_is_missing() -> None:
    found = check(replaced("told the Morgenpost newspaper that", "told reporters that"))
    assert describe(found) == [("entity-missing", "Morgenpost", None)]
    assert found[0].message == "publication 'Morgenpost' is missing from the copy"


def test_a_name_mentioned_twice_is_not_missing_while_one_mention_survives() -> None:
    assert check(replaced("a research body in Tallinn", "a research body")) == []


def test_a_lost_paragraph_is_left_to_the_structural_checks() -> None:
    assert check("\n".join(PARAGRAPHS[:3] + PARAGRAPHS[4:]) + "\n") == []


def test_a_transliteration_is_altered_without_accepted_variants() -> None:
    assert describe(check(replaced("Odessa", "Odesa"))) == [("entity-altered", "Odessa", "Odesa")]


@pytest.mark.parametrize(
    "variants",
    [
        pytest.param((("Odessa", "Odesa"),), id="pair"),
        pytest.param((("Odesa", "Odessa", "Odesza"),), id="group-in-any-order"),
    ],
)
def test_configured_variants_are_accepted(variants: tuple[tuple[str, ...], ...]) -> None:
    assert check(replaced("Odessa", "Odesa"), cfg=config(entity_variants=variants)) == []


def test_configured_phrase_variants_are_accepted() -> None:
    copy = replaced("the Morgenpost newspaper", "the Morning Post newspaper")
    assert [f.kind for f in check(copy)] == ["entity-altered"]
    cfg = config(entity_variants=(("Morgenpost", "Morning Post"),))
    assert check(copy, cfg=cfg) == []


def test_findings_respect_configured_severities_and_disabled_kinds() -> None:
    copy = replaced("Piotr Petrovsky", "Piotr Petrovskiy")
    assert [f.severity for f in check(copy, cfg=Config(severities={"entity-altered": "warning"}))] == [
        Severity.WARNING
    ]
    assert check(copy, cfg=Config(disabled=frozenset({"entity-altered"}))) == []


def test_assert_entities_unchanged_lists_an_altered_name() -> None:
    with pytest.raises(AssertionError) as exc:
        assert_entities_unchanged(ORIGINAL, replaced("Piotr Petrovsky", "Piotr Petrovskiy"))
    assert "Piotr Petrovskiy" in str(exc.value)


# --- proper names keep their letters (issue 14) --------------------------------------------------

#: A fictional article: the people and bodies in it do not exist.
NAMES_ARTICLE = (
    "The Northfield Health Trust confirmed on Tuesday that Dr Ada Okafor will lead the new ward.\n"
    "Colleagues at the Royal College of Midwives praised the choice. \"The Midwives who trained "
    "with her will follow her,\" said Ms Taylor, a spokeswoman for the college.\n"
    "The Royal Theatre in Eastmere will host a fundraising evening for the ward.\n"
)


def names_check(old: str, new: str, cfg: Config | None = None) -> list[Finding]:
    return check(replaced(old, new, NAMES_ARTICLE), NAMES_ARTICLE, cfg)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("Okafor", "Okafour", id="or-to-our"),
        pytest.param("Taylor", "Taylour", id="or-to-our-single-word"),
        pytest.param("Eastmere", "Eastmeer", id="re-to-er-in-a-name"),
        pytest.param("Okafor", "Okaphor", id="f-to-ph"),
        pytest.param("Okafor", "Okkafor", id="doubled-letter"),
    ],
)
def test_a_proper_name_respelt_like_a_british_american_pair_is_altered(old: str, new: str) -> None:
    found = names_check(old, new)
    assert [(f.kind, f.severity) for f in found] == [("entity-altered", Severity.ERROR)]
    assert new in found[0].copy.text
    assert "similarity" in found[0].message


def test_an_accepted_variant_pair_of_a_name_is_no_finding() -> None:
    cfg = config(entity_variants=(("Okafor", "Okafour"),))
    assert names_check("Okafor", "Okafour", cfg) == []


def test_a_common_word_of_a_name_may_take_the_other_spelling() -> None:
    assert names_check("Royal Theatre", "Royal Theater") == []


def test_a_word_changed_inside_an_organisation_name_is_altered() -> None:
    found = names_check("Northfield Health Trust", "Northfield Ambulance Trust")
    assert describe(found) == [
        ("entity-altered", "Northfield Health Trust", "Northfield Ambulance Trust")
    ]


def test_a_changed_word_of_a_name_is_found_when_the_old_word_is_nearby() -> None:
    # "Midwives" is still in the quotation next to it: the name must be whole, side by side.
    found = names_check("Royal College of Midwives", "Royal College of Nursing")
    assert describe(found) == [
        ("entity-altered", "Royal College of Midwives", "Royal College of Nursing")
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # "Royal" is a name word of the article's own ("Royal College", "Royal Theatre").
        pytest.param(
            "Northfield Health Trust", "Royal Health Trust", ("Northfield Health Trust", "Royal Health Trust"),
            id="first-word",
        ),
        pytest.param(
            "Royal College of Midwives", "Royal College of Eastmere",
            ("Royal College of Midwives", "Royal College of Eastmere"), id="last-word-a-place-of-the-article",
        ),
        pytest.param(
            "Royal Theatre in", "Northfield Theatre in", ("Royal Theatre", "Northfield Theatre"), id="two-word-name"
        ),
    ],
)
def test_a_word_swapped_in_a_name_for_a_name_word_of_the_article_is_altered(
    old: str, new: str, expected: tuple[str, str]
) -> None:
    # Compared side by side in the paired sentence, the replacement stands where the name's word
    # stood: that the page capitalises it elsewhere does not make it the same name.
    found = names_check(old, new)
    assert describe(found) == [("entity-altered", *expected)]
    assert found[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "The Northfield Health Trust confirmed on Tuesday that",
            "On Tuesday the Northfield Health Trust confirmed that",
            id="sentence-reordered",
        ),
        pytest.param("said Ms Taylor", "said Spokeswoman Taylor", id="title-for-title"),
        pytest.param("Dr Ada Okafor will", "Dr Okafor will", id="first-name-dropped"),
        pytest.param("at the Royal College of Midwives", "at the Midwives college", id="name-reworded"),
    ],
)
def test_rewordings_around_a_name_are_not_a_changed_name_word(old: str, new: str) -> None:
    assert [f for f in names_check(old, new) if f.kind == "entity-altered"] == []


def test_a_word_swapped_in_a_name_that_is_its_whole_line_is_altered() -> None:
    # Fictional. The name is the whole heading: the swapped word is the only difference.
    text = "The survey of the coast was paid for by two bodies.\nWestmere Board.\nThe Royal Society paid the rest.\n"
    found = check(text.replace("Westmere Board", "Royal Board"), text)
    assert describe(found) == [("entity-altered", "Westmere Board", "Royal Board")]


def test_a_word_before_a_name_in_a_sentence_paired_only_by_topic_is_no_changed_name_word() -> None:
    # Fictional: a heading paired with a link line that shares two of its words. The sentences are
    # not written alike, so "Read" standing where "Inside" stood says nothing about the name.
    text = (
        "Lawmakers in the harbour town are drafting a bill to give the police new powers.\n"
        "Inside Carrow Harbour Museum\n"
        "The museum reopened on Friday after a long closure.\n"
    )
    copy = text.replace(
        "Inside Carrow Harbour Museum", "Read: Carrow Harbour tells the rest of the county about its new bill and powers"
    )
    assert [f for f in check(copy, text) if f.kind == "entity-altered"] == []


def test_a_name_reordered_with_its_connector_is_present() -> None:
    text = "The University of Eastmere opened a campus in Westby.\n"
    assert check("The Eastmere University opened a campus in Westby.\n", text) == []


def test_a_word_changed_in_one_of_two_mentions_in_a_sentence_is_altered() -> None:
    text = "A former Supreme Court judge and a Supreme Court clerk spoke in Westby.\n"
    copy = "A former Supreme Court judge and a General Court clerk spoke in Westby.\n"
    assert describe(check(copy, text)) == [("entity-altered", "Supreme Court", "General Court")]


def test_a_word_before_an_institution_word_at_a_sentence_start_is_part_of_the_name() -> None:
    text = "The survey covered forestry and fishing. Forestry Department staff ran it in Westby.\n"
    assert "Forestry Department" in names(text)


# --- doctrines and their followers (issue 18: "Trumpists" was a name) ------------------------------
# Fictional sentences, written for these tests.


@pytest.mark.parametrize("word", ["Lindqvism", "Lindqvists", "Lindqvisms"])
def test_a_doctrine_or_its_followers_are_not_names(word: str) -> None:
    text = f"Vera Lindqvist spoke in Tallinn. {word} are everywhere now, said the Academy of Arts."
    names = [e.name for e in extract_entities(text)]
    assert word not in names
    assert "Vera Lindqvist" in names and "Tallinn" in names


def test_a_short_name_with_a_doctrine_ending_is_still_a_name() -> None:
    assert [e.name for e in extract_entities("The ship sailed to Ism on Monday, then to Vists.")] == [
        "Ism",
        "Vists",
    ]


# --- kinds that were wrong in the fixtures' stats (issue 18); fictional sentences -----------------


def kinds_of(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_entities(text)}


def test_a_two_word_name_after_the_is_not_a_person() -> None:
    text = "The harbour master said the Marrow Queen would sail at six, and Ida Brennick agreed."
    assert kinds_of(text) == {"Marrow Queen": "other", "Ida Brennick": "person"}


@pytest.mark.parametrize("abbreviation", ["US", "UK", "UAE"])
def test_a_country_abbreviation_is_a_place(abbreviation: str) -> None:
    text = f"Ministers from the {abbreviation} met the NTSB and Vera Lindqvist in Tallinn."
    assert kinds_of(text)[abbreviation] == "place"
    assert kinds_of(text)["NTSB"] == "organisation"


@pytest.mark.parametrize("direction", ["West", "North", "Southeast"])
def test_a_point_of_the_compass_alone_is_not_a_name(direction: str) -> None:
    text = f"Vera Lindqvist said the {direction} had lost its way, speaking in Tallinn."
    assert direction not in kinds_of(text)
    assert "West Bank" in kinds_of("Vera Lindqvist visited the West Bank.")  # two words: a name


@pytest.mark.parametrize("filler", [0, 200])
def test_a_vocabulary_finds_derived_forms_whether_it_scans_or_indexes_its_keys(filler: int) -> None:
    # A region's few keys are scanned, a text's many are indexed by prefix: same answers.
    from textguard.checks.entities._index import _SCAN, Vocabulary

    keys = ["italy", "spain", "moreau", "ferry"] + [f"word{i}" for i in range(filler)]
    vocabulary = Vocabulary(keys)
    assert (len(keys) <= _SCAN) == (filler == 0)
    assert [vocabulary.has(k) for k in ("italian", "spanish", "moreauists", "ferry", "itally", "moreno")] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]
