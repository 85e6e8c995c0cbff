"""Page furniture by shape and position, and article text that merely *contains* a link, an
address, a post or another script. Every text here is fictional, written for this file.
"""

from __future__ import annotations

from textguard.engine.body import find_body
from textguard.text.segment import segment

# A fictional article: seven paragraphs of prose about a reservoir.
RESERVOIR = [
    "Water levels at the Caldmoor reservoir have fallen to their lowest point in thirty years after "
    "the driest spring on record, the water company said on Thursday.",
    "The reservoir, which supplies about 180,000 homes, was at 41% of its capacity at the end of "
    "May, against an average of 78% for the time of year.",
    '"We are not asking people to stop watering their gardens yet," said the company\'s operations '
    'director, Lena Brightwater. "We are asking them to think before they do."',
    "A hosepipe ban has not been ruled out. The company said it would decide by the end of June, "
    "depending on how much rain falls in the next three weeks.",
    "Farmers around the reservoir said the low water had exposed the walls of a village flooded "
    "when the dam was built in 1952, drawing hundreds of visitors at the weekend.",
    "Police asked visitors to stay away from the mud, which they said was deeper and softer than "
    "it looked, after two walkers had to be pulled out on Sunday.",
    "The company said it had cut leaks across its network by a fifth since 2020 and would spend "
    "another £30m on repairs over the next two years.",
]


def _body_texts(text: str) -> list[str]:
    seg = segment(text)
    body = find_body(seg)
    return [text[seg.paragraphs[i].start : seg.paragraphs[i].end] for i in body.paragraphs]


def test_a_long_promo_with_one_prompt_before_teasers_is_footer() -> None:
    """A promo paragraph is long prose with a single prompt in it; what makes it furniture is where
    it stands: between the article and a list of teasers, on a page that ends in furniture."""
    promo = (
        "Caldmoor Weekly is our home for long reads about the moors and the people who live on them, "
        "with new stories every Saturday and a quiz on Sundays. Tell us which places we should visit "
        "next by clicking the button below, and we will read every suggestion."
    )
    teasers = [
        "A bakery in Fellside has been making the same loaf for a hundred years.",
        "The council wants to double the number of electric buses by 2030.",
        "Two brothers walked the length of the river to raise money for the hospice.",
    ]
    text = "\n".join([*RESERVOIR, promo, *teasers, "© 2025 Caldmoor Media. All rights reserved."])
    assert _body_texts(text) == RESERVOIR


def test_the_same_prose_without_furniture_at_the_end_stays_body() -> None:
    """The position rule needs the furniture at the end: without it, short closing paragraphs
    after a paragraph that mentions a button are the article's end."""
    last = [
        "Residents who spot a leak in the street, a burst main or a running hydrant can report it "
        "online by clicking the button below the map on the company's site, which is checked every hour.",
        "The next update is due on Monday.",
        "Rain is forecast for Wednesday.",
        "It will not be enough, the company said.",
    ]
    text = "\n".join([*RESERVOIR, *last])
    assert _body_texts(text) == [*RESERVOIR, *last]


def test_a_contact_line_at_the_end_is_footer() -> None:
    text = "\n".join([*RESERVOIR, "Got a story? newsdesk@caldmoor.example", "More from Caldmoor"])
    assert _body_texts(text) == RESERVOIR


INSIDE = {
    "url": "The full report is published at caldmoor-water.example/report-2025",
    "handle": "— Lena Brightwater (@lenabw) June 3, 2025",
    "email": "Questions: reservoir@caldmoor.example",
    "other-script": "Вода уходит, сказала она.",
}


def test_links_addresses_posts_and_other_scripts_between_paragraphs_are_body() -> None:
    """Articles quote posts, cite links and foreign words: between body paragraphs such lines are
    article text, and a copy that keeps them has carried no furniture."""
    lines = list(INSIDE.values())
    r = RESERVOIR
    paras = [*r[:2], lines[0], r[2], lines[1], r[3], lines[2], r[4], lines[3], *r[5:]]
    text = "\n".join(paras)
    assert _body_texts(text) == paras


def test_latin_line_inside_a_cyrillic_article_is_body() -> None:
    ru = [
        "Уровень воды в водохранилище упал до самой низкой отметки за тридцать лет, сообщила компания.",
        "Водохранилище снабжает около ста восьмидесяти тысяч домов в регионе и окрестных сёлах.",
        "Компания заявила, что решение о запрете полива будет принято до конца июня этого года.",
        "We are asking people to think before they water their gardens.",
        "Фермеры говорят, что низкая вода обнажила стены затопленной деревни и привлекла туристов.",
        "Полиция попросила посетителей держаться подальше от грязи на берегу водохранилища.",
    ]
    text = "\n".join(ru)
    assert _body_texts(text) == ru


def test_an_advertisement_between_paragraphs_is_still_furniture() -> None:
    paras = [*RESERVOIR[:3], "Advertisement", *RESERVOIR[3:]]
    assert _body_texts("\n".join(paras)) == RESERVOIR


def _inside_paragraphs() -> list[str]:
    r, lines = RESERVOIR, list(INSIDE.values())
    return [*r[:2], lines[0], r[2], lines[1], r[3], lines[2], r[4], lines[3], *r[5:]]


def test_content_lines_stay_body_on_a_page_that_ends_in_furniture() -> None:
    paras = _inside_paragraphs()
    assert _body_texts("\n".join([*paras, "More from Caldmoor", "© 2025 Caldmoor Media"])) == paras


def test_a_copy_that_keeps_links_posts_and_other_scripts_passes() -> None:
    import textguard

    paras = _inside_paragraphs()
    original = "\n".join(["Listen to this article", *paras, "More from Caldmoor", "© 2025 Caldmoor Media"])
    report = textguard.check(original, "\n\n".join(paras))
    assert [(f.kind, f.severity.value) for f in report.findings if f.severity.value != "info"] == []


# --- CamelCase words are no glued credits ----------------------------------------------------------

import pytest  # noqa: E402

from textguard.text.furniture import credit_prefix_length  # noqa: E402

CAMEL = [
    "Photos posted on YouTube show the crowd outside the town hall.",
    "The image was shared on PayPal by users who had paid twice.",
    "Image of a McDonald restaurant on the ring road.",
    "Picture: an iPhone screen showing the warning.",
    "Credit where it is due: McDonald said the plan worked.",
]


@pytest.mark.parametrize("line", CAMEL)
def test_camel_case_after_a_photo_word_is_no_credit(line: str) -> None:
    assert credit_prefix_length(line) == 0


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Reuters/Jane DoeThe council met.", "Reuters/Jane Doe"),
        ("Photo: Jane DoeThe council met.", "Photo: Jane Doe"),
        ("Image source, Getty ImagesThe mayor said", "Image source, Getty Images"),
        ("Picture by Ana de la CruzThe mayor said", "Picture by Ana de la Cruz"),
    ],
)
def test_credits_of_names_are_still_found(line: str, credit: str) -> None:
    assert line[: credit_prefix_length(line)] == credit


def test_an_identical_copy_with_camel_case_words_passes() -> None:
    import textguard

    text = "\n".join(
        [
            *RESERVOIR[:3],
            "Photo: YouTube clips of the dry valley have been watched two million times.",
            "Image: McDonald and his dog walking on the exposed bed.",
            *RESERVOIR[3:],
        ]
    )
    assert [f for f in textguard.check(text, text).findings if f.kind == "inline-credit"] == []


# --- header furniture inside a copy: errors, not headlines ----------------------------------------


@pytest.mark.parametrize(
    "header",
    ["6 min read", "Home > Local > Water", "By Lena Fairweather | 4 June 2025, 08:15 BST", "By Lena Fairweather, 4 June 2025"],
)
def test_reading_time_breadcrumbs_and_dated_bylines_in_a_copy_are_errors(header: str) -> None:
    import textguard

    original = "\n".join(RESERVOIR)
    report = textguard.check(original, header + "\n" + original)
    assert [(f.kind, f.severity.value) for f in report.findings] == [("stray-header", "error")]
