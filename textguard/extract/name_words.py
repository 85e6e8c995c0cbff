"""The word lists the entity rules read: connectors, titles, and the cues of each kind of name.

They sit apart from the rules so that finding runs, trimming titles and typing entities read one
vocabulary, and so that a newsroom's list can be reviewed without reading the parsing code.
"""

from __future__ import annotations

from .dates import CALENDAR_WORDS

__all__ = [
    "COMMON_ACRONYMS",
    "CONNECTORS",
    "INSTITUTION_JOINS",
    "NOT_NAMES",
    "ORGANISATION_WORDS",
    "PARTICLES",
    "PLACE_PREPOSITIONS",
    "PLACE_WORDS",
    "PUBLICATION_CUES",
    "PUBLICATION_WORDS",
    "SENTENCE_ADVERBS",
    "SPEECH_VERBS",
    "TITLES",
    "WEAK_TITLES",
]

#: Lower-case words that may sit inside a name ("Academy of Arts", "van der Berg").
CONNECTORS: frozenset[str] = frozenset(
    "of for the de la le du da di del della dos das van von der den ter y bin ibn al el upon".split()
)
#: Words that may join an institution word to the rest of its name ("Ministry of Defence").
INSTITUTION_JOINS = frozenset({"of", "for", "the", "upon"})
#: Particles that join parts of a person's or a place's name.
PARTICLES = CONNECTORS - {"of", "for", "the", "upon"}

#: Titles before a name (folded). Kept apart from the name they introduce.
TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms mx miss dr prof mp mep msp mla professor sir dame lord lady president vice prime minister premier
    chancellor secretary senator sen congressman congresswoman representative rep governor gov
    mayor councillor cllr alderman warden ranger sheriff provost rector commissioner
    superintendent judge justice king queen prince princess duke duchess emperor
    pope cardinal archbishop bishop reverend rev father rabbi imam sheikh ayatollah general gen
    colonel col major maj captain capt lieutenant lt sergeant sgt corporal admiral commander
    inspector detective constable chief ambassador envoy speaker chairman chairwoman chair
    deputy acting foreign defence defense home interior finance health justice state executive
    """.split()
)
#: Titles that are also ordinary parts of names ("General Motors", "State Department").
WEAK_TITLES = frozenset(
    """
    general gen major maj chief deputy acting foreign defence defense home interior finance health
    justice state father chair speaker envoy commander captain king queen prince lord lady executive
    premier
    """.split()
)
#: Words never a name on their own: the weekdays and months (one list, in extract.dates) and "I".
NOT_NAMES = CALENDAR_WORDS | {"i"}
ORGANISATION_WORDS = frozenset(
    """
    academy agency association authority bank board bureau centre center college commission
    committee company corporation council court department federation foundation fund group
    house institute institution league ministry museum office organisation organization
    parliament party school service society trust union university assembly army navy police
    club coaches airways airlines inc ltd plc studies nations hall church hospital
    """.split()
)
#: Acronyms that are common nouns, not names.
COMMON_ACRONYMS = frozenset("tv pc ok am pm ceo cfo gdp vat dna ai id pr hq faq diy sms gps atm vip".split())
PLACE_WORDS = frozenset(
    """
    city town village river island islands street road avenue square county province state
    states republic kingdom valley mountain mount lake sea ocean bay gulf coast port harbour
    harbor marsh bridge park hill hills district region end
    """.split()
)
#: Words that open a sentence before a name without being part of it.
SENTENCE_ADVERBS = frozenset(
    """
    meanwhile however moreover furthermore therefore thus hence otherwise anyway again
    yesterday today tonight tomorrow later earlier instead also finally still perhaps
    indeed besides nevertheless nonetheless overall elsewhere afterwards initially separately
    similarly likewise meantime recently last next this that these those when where once thanks
    according unlike like despite amid following including ask says said asked
    """.split()
)
PUBLICATION_CUES = frozenset(
    """
    newspaper newspapers tabloid tabloids magazine daily weekly broadsheet journal paper website
    broadcaster outlet newswire blog
    """.split()
)
PUBLICATION_WORDS = frozenset(
    "times post herald gazette journal tribune chronicle observer telegraph".split()
)
SPEECH_VERBS = frozenset(
    "said says told tells added argued argues believes believed explained warned according wrote writes".split()
)
PLACE_PREPOSITIONS = frozenset("in to from near across towards toward into".split())
