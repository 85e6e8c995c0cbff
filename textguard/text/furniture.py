"""Cues that a paragraph is page furniture rather than article text.

Scrapers and syndication pipelines drag the furniture of a web page into the text: "Listen to
this article", timestamps, comment counters, share and newsletter prompts, author bios, image
URLs, photo credits, copyright lines, buttons in another language. None of that is specific to one
publisher, so each cue here is a general pattern about the *shape* of such a line. A cue is
``strong`` when it alone marks a paragraph as furniture, ``weak`` when it only adds suspicion.

The patterns are English-centric where they name words ("share", "subscribe"); a paragraph in a
script other than the article's is a cue of its own, whatever it says.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from .lexicon import STOPWORDS

__all__ = [
    "CONTENT_CUES",
    "PROMPT_CUES",
    "Cue",
    "credit_prefix_length",
    "dominant_script",
    "find_cues",
    "is_credit_line",
    "is_headline_shaped",
    "looks_like_credit",
    "script_of",
]

Strength = Literal["strong", "weak"]


@dataclass(frozen=True, slots=True)
class Cue:
    """One reason to think a paragraph is furniture: ``name`` is stable, ``label`` is for people."""

    name: str
    strength: Strength
    label: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Each pattern is anchored or bounded so that it cannot backtrack badly on long input. Most
# prompts are imperatives at the start of a short line ("Share this article", "Sign up for our
# newsletter"); the few that may stand inside a sentence are explicit phrases ("click the button
# below"). The alternatives of a pattern do not overlap: each is there for lines that only it
# matches (tests/test_text_furniture_alternatives.py deletes each in turn and expects a line to stop matching).
_CUE_PATTERNS: tuple[tuple[str, Strength, str, re.Pattern[str]], ...] = (
    (
        "listen-prompt",
        "strong",
        "a 'listen to this article' prompt",
        _rx(
            r"^\W*listen (?:now|live)\b|\blisten to (?:this|our) (?:article|story|podcast|episode)\b"
            r"|^\W*listen to\b[^.!?]{0,60}?\b(?:podcast|episode|programme)\W*$"
            r"|\blisten to \w+(?: \w+)? read (?:this|the)\b|^\W*(?:play|hear) (?:this |the )?(?:audio|article|story)\b"
        ),
    ),
    (
        "comment-prompt",
        "strong",
        "a comment counter or prompt",
        _rx(
            r"^\W*\d[\d,.]*\s*(?:comments?|replies|responses)\W*$|^\W*(?:comments?|replies)\W*+\d*+\W*$"
            r"|^\W*(?:post|leave|add|view|show|read|see|join|load)\s+(?:a\s+|the\s+|all\s+|\d+\s+)?"
            r"(?:comments?|conversation)(?:\b|(?=\d))"
            r"|\bbe the first to comment\b|\bcomments are (?:closed|disabled)\b"
            r"|^\W*there (?:are|is) \d[\d,.]* (?:comments?|replies|responses)(?:\.|\W*$)"
        ),
    ),
    (
        "share-prompt",
        "strong",
        "a share prompt",
        _rx(
            r"^\W*share(?: this| on| via|\s*:|\W*$)|\bshare (?:this (?:article|story|page|post)|on (?:facebook|twitter|whatsapp|linkedin))\b"
            r"|\bcopy link\b|\bclick to share\b"
        ),
    ),
    (
        "subscribe-prompt",
        "strong",
        "a subscription or newsletter prompt",
        _rx(
            r"^\W*(?:subscribe|sign up|log in|register|create an account)\b"
            r"|\b(?:subscribe|sign up|register)(?: now| today| here|(?: for| to) (?:free|our|the|my) (?:\w+ )?"
            r"(?:newsletters?|emails?|alerts?|channel|podcast|updates))\b"
            r"|\b(?:get|join|receive|our)\b.{0,40}?\bnewsletter\b|\bnewsletter\b.{0,60}?\b(?:sign up|subscribe|every)\b"
            r"|\bunlock (?:this|full)\b"
        ),
    ),
    (
        "read-more",
        "strong",
        "a 'read more', related-content or navigation prompt",
        _rx(
            r"^\W*(?:read more|related (?:articles|stories|topics|content|coverage)|more (?:from|on this(?: story)?"
            r"|stories like this)|recommended for you|you may also like|top stories|also read|skip to (?:main )?content"
            r"|back to top)\b|^\W*(?:related|more|watch|read|listen|see also|trending(?: now)?|most (?:read|popular|viewed)"
            r"|read next|up next)"
            r"\s*(?:[:|>]|-\s|$)"
        ),
    ),
    (
        "teaser",
        "strong",
        "a teaser of another article ('... Read more')",
        _rx(r"(?:…|\.\.\.)\s*read more\b"),
    ),
    (
        "button-prompt",
        "strong",
        "a button or app prompt",
        _rx(
            r"\bclick(?:ing)? (?:on )?(?:here|the (?:\w+ )?button|below)\b|\bbutton below\b"
            r"|\bdownload (?:our|the) app\b|^\W*follow us\b|\bfollow us on\b"
            r"|^\W*(?:contact|email|e-mail|write to) us\b|^\W*get in touch\b|\btell us what you think\b"
            # A toggle button scraped in both states: "FollowFollowing", "Like Liked by 5 people".
            r"|^\W*([a-z]{3,20})\s?\1(?:ed|ing|d)\b"
        ),
    ),
    (
        "copyright",
        "strong",
        "a copyright line",
        _rx(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?\d{4}|©\s*[a-z]|\ball rights reserved\b"),
    ),
    (
        "advertisement",
        "strong",
        "an advertisement marker",
        _rx(
            r"^\W*(?:advertisement|advertising|sponsored(?: content)?|promoted|paid content|ad"
            r"|story continues below"
            r"|continue reading(?: below| the (?:main )?story)?|article continues below)\W*$"
        ),
    ),
    (
        "timestamp",
        "strong",
        "a timestamp",
        _rx(
            r"^\W*(?:(?:updated|published|posted|last updated|first published)\b[\w\s,:]{0,12}?)?"
            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
            r"(?:\d{4}-\d{2}-\d{2}(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:z|[+-]\d{2}:?\d{2})?)?"
            r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
            r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}"
            r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2},? \d{4}"
            r"|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago)"
            r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm)?)?(?:\s*(?:gmt|bst|utc|cet|et|pt|edt|est))?\W*$"
        ),
    ),
    (
        "reading-time",
        "strong",
        "a reading-time line",
        _rx(r"\b\d{1,3}[\s-]*min(?:ute)?s?\s+read\b"),
    ),
    (
        "byline",
        "weak",
        "a byline",
        _rx(
            r"^\W*(?:by|written by|words by|reporting by|author:?)\s+[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){0,3}"
            r"(?:\s+(?:and|&)\s+[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){0,2})?"
            r"(?:\s*[|,•·–-]\s*[^|,•·–-]{1,60}){0,3}\W*$"
        ),
    ),
    (
        "author-role",
        "strong",
        "an author's role line",
        _rx(
            r"^\W*+(?:[\w&'.-]++,?\s+){0,5}(?:contributor|correspondent|columnist|reporter|editor|writer|journalist"
            r"|producer)s?\s*$"
        ),
    ),
    (
        "author-bio",
        "weak",
        "an author bio",
        _rx(
            r"\b(?:covers|writes about|has written for|has reported (?:on|from)|(?:his|her|their) (?:articles|work|writing)"
            r"|is an? (?:[\w-]+ ){0,4}(?:writer|journalist|reporter|editor|correspondent|contributor|columnist|enthusiast"
            r"|advisor|adviser)|follow (?:him|her|them) on)\b"
        ),
    ),
    (
        "handle",
        "weak",
        "a social media handle or e-mail address",
        re.compile(r"(?<![\w.])@[A-Za-z_]\w{1,30}\b|\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b"),
    ),
)
#: Cues that are prompts: strong in a short line, only a hint inside a paragraph of prose.
PROMPT_CUES = _PROMPTS = frozenset(
    {
        "listen-prompt",
        "comment-prompt",
        "share-prompt",
        "subscribe-prompt",
        "read-more",
        "teaser",
        "button-prompt",
        "reading-time",
    }
)
#: Cues about what a line *contains* (an address, a link, another script) rather than what it is
#: for: article text quotes posts, names addresses and cites foreign words, so between paragraphs
#: of the body they prove nothing. At the ends of a page they may still close the article.
CONTENT_CUES = frozenset({"url", "handle", "other-script"})

# Words one of which must occur (lower-cased) for a pattern to have a chance: a substring test
# is a hundred times cheaper than a regular expression, and most paragraphs are plain prose.
_NEEDS: dict[str, tuple[str, ...]] = {
    "listen-prompt": ("listen", "play", "hear"),
    "comment-prompt": ("comment", "repl", "respons", "conversation"),
    "share-prompt": ("share", "copy link"),
    "subscribe-prompt": ("subscri", "sign up", "log in", "regist", "account", "newsletter", "unlock"),
    "advertisement": ("sponsor", "promot", "paid", "ad", "continue"),
    "read-more": (
        "read",
        "related",
        "more",
        "recommended",
        "see also",
        "like",
        "top",
        "watch",
        "trending",
        "skip",
        "listen",
        "up next",
    ),
    "button-prompt": ("click", "button", "download", " us", "touch", "ed", "ing"),
    "copyright": ("©", "(c)", "copyright", "rights reserved"),
    "author-bio": ("cover", "writ", "report", "work", "articles", "is a", "follow"),
    "handle": ("@",),
    "reading-time": ("read",),
    "teaser": ("read more",),
}
_BIO = next(p for name, _, _, p in _CUE_PATTERNS if name == "author-bio")
_LONG_PARAGRAPH = 40  # words
_PROMPT_WORDS = 25
_CONTACT_WORDS = 10
#: A year or a clock time: what makes a byline a dated one.
_DATED = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b")
#: The most words of a dated byline that ends with a full stop; a longer such line is a sentence.
_BYLINE_WORDS = 8

# At most nine labels before the top-level domain: an unbounded repeat makes every label of
# "a.a.a.a…" rescan the rest of it, which is quadratic.
_URL = re.compile(
    r"\bhttps?://\S+|\bwww\.\S+|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.(?:com|org|net|co\.uk|io|news|info)\b(?:/\S*)?"
    r"|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,12}/\S*",
    re.IGNORECASE,
)
# Items of a menu, a breadcrumb trail or a tag list: "Home > News > World", "Politics | Business".
_SEPARATOR = re.compile(r"\s(?:[|•·›»>/]|::)\s")
_SHORT_LINE_WORDS = 20
# Menus written without spaces ("Home|News|Sport|Weather"), common in scripts without spaces.
_TIGHT_BAR = re.compile(r"(?<=[^\s|])\|(?=[^\s|])")
_TIGHT_BARS = 3
_TLD_HINT = re.compile(r"\.(?:com|org|net|uk|io|news|info)\b")
_WORD = re.compile(r"\w+")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_MAX_CAPTION_WORDS = 40
_SCRIPT_SAMPLE = 400  # non-ASCII letters looked up per text: enough to tell, and linear

#: Words that credit a photograph: agencies and labels common to news pages everywhere.
_CREDIT_WORDS = _rx(
    r"\b(?:getty(?: images)?|shutterstock|reuters|afp|associated press|epa(?:-efe)?|efe|alamy|pa media|pa wire"
    r"|bloomberg|anadolu|xinhua|tass|sipa|rex|corbis|pool|handout|courtesy|photo(?:graph)?s?|image|picture|credit|cnp)\b"
)
#: Picture agencies, whose name alone on a short line is a credit.
_AGENCIES = _rx(
    r"\b(?:getty(?: images)?|shutterstock|reuters|afp|ap photo|associated press|epa(?:-efe)?|alamy|pa media|pa wire"
    r"|bloomberg|anadolu|xinhua|sipa|rex features|corbis)\b"
)
_CREDIT_LABEL = _rx(
    r"^\W*(?:photo(?:graph)?|image|picture|credit|source|illustration)s?\s*(?::|by\b|credit\b)"
)
# A caption labelled as one: "Caption: ...", "Image caption ...", "Media caption ...".
_CAPTION_LABEL = _rx(r"^\W*(?:(?:media|image|photo|video|picture)\s+caption\b|caption\s*:)")
# Name-like tokens joined by slashes: "Agency/Photographer", "Name/EPA/Shutterstock".
# Capital and small letters of the alphabets that credits are written in (Latin, Greek, Cyrillic),
# as character classes: "Coastal Ledger/Łukasz Wierzba" is a credit too.
_ALPHABETS = (range(0x41, 0x250), range(0x370, 0x530), range(0x1E00, 0x2000))
_UPPER = "".join(re.escape(chr(c)) for r in _ALPHABETS for c in r if chr(c).isupper())
_LOWER = "".join(re.escape(chr(c)) for r in _ALPHABETS for c in r if chr(c).islower())
_SLASHED = re.compile(
    rf"(?<![\w.'’&-])(?:(?![{_UPPER}])[\w.'’&-])*+"  # from the start of a token to its first capital
    rf"[{_UPPER}][\w.'’&-]*(?: [\w.'’&-]+){{0,5}}\s?/\s?[{_UPPER}][\w.'’&-]*"
)


def find_cues(
    paragraph: str, *, script: str | None = None, extra: Sequence[re.Pattern[str]] = ()
) -> tuple[Cue, ...]:
    """The cues that ``paragraph`` is page furniture.

    ``script`` is the dominant script of the article (see :func:`dominant_script`): a paragraph
    written mostly in another script is a strong cue. ``extra`` are configured patterns.

    >>> [c.name for c in find_cues("0 Comments")]
    ['comment-prompt']
    >>> [c.name for c in find_cues("He said the talks would resume on Monday.")]
    []
    """
    text = paragraph.strip()
    if not text:
        return ()
    cues: list[Cue] = []
    words = _WORD.findall(text)
    long = len(words) > _LONG_PARAGRAPH
    lower = text.lower()
    for name, strength, label, pattern in _CUE_PATTERNS:
        needs = _NEEDS.get(name)
        if needs is not None and not any(k in lower for k in needs):
            continue
        hit = pattern.search(text)
        if hit:
            # Prompts are short. One prompt-like phrase inside a paragraph of prose is only a hint.
            if (long or name in _PROMPTS and len(words) > _PROMPT_WORDS) and not pattern.search(
                text, hit.end()
            ):
                strength = "weak"
            cues.append(Cue(name, strength, label))
    urls = (
        sum(len(m.group()) for m in _URL.finditer(text))
        if "/" in text or "." in lower and _TLD_HINT.search(lower)
        else 0
    )
    if urls:
        share = urls / len(text)
        cues.append(Cue("url", "strong" if share >= 0.5 else "weak", "a URL"))
    if script is not None:
        own = script_of(text)
        if own is not None and own != script:
            cues.append(Cue("other-script", "strong", f"text in another script ({own.lower()})"))
    for pattern in extra:
        if pattern.search(text):
            cues.append(Cue("configured", "strong", f"configured pattern {pattern.pattern!r}"))
            break
    if is_credit_line(text):
        cues.append(Cue("credit", "strong", "a photo credit"))
    words = [w.lower() for w in words]
    if _is_repeated(words):
        cues.append(Cue("repeated-link", "strong", "the same words over again (a link scraped twice)"))
    if len(words) <= _SHORT_LINE_WORDS:
        if len(_SEPARATOR.findall(text)) >= 2 or len(_TIGHT_BAR.findall(text)) >= _TIGHT_BARS:
            cues.append(Cue("navigation", "strong", "a navigation or tag line"))
        elif (
            len(words) >= 5 and not text.endswith((".", "?", "!")) and not any(w in STOPWORDS for w in words)
        ):
            # Prose and headlines are held together by function words; lists of tags are not.
            cues.append(Cue("word-list", "weak", "a list of words without a sentence"))
    # A label and an address with no sentence around them ("Tips: desk@example.org", "Follow
    # @name") is a contact line, furniture on its own; in a sentence an address is only a hint.
    handle = [c for c in cues if c.name == "handle"]
    if handle and len(words) <= _CONTACT_WORDS and not text.endswith((".", "?", "!")):
        cues[cues.index(handle[0])] = Cue("handle", "strong", "a contact line (an e-mail address or a handle)")
    # A byline that carries a date or a time is the page's header, not a writer's credit line;
    # a long line that ends like a sentence ("By then, ... 2026 is when it reopens.") is prose.
    byline = [c for c in cues if c.name == "byline"]
    prose = len(words) > _BYLINE_WORDS and text.rstrip().endswith((".", "?", "!"))
    if byline and _DATED.search(text) and not prose:
        cues[cues.index(byline[0])] = Cue("byline", "strong", "a byline with a date or time")
    # A bio is a sentence or two about a person; one bio phrase in a long paragraph is not enough.
    bio = [c for c in cues if c.name == "author-bio"]
    if bio and len(_BIO.findall(text)) >= 2:
        cues[cues.index(bio[0])] = Cue("author-bio", "strong", "an author bio")
    return tuple(cues)


#: A line that is one phrase of at least this many words (with letters) over again, the last time
#: perhaps cut short: a headline scraped with its link's title ("Ferry fares rise Ferry fares rise").
_REPEATED_MIN_WORDS = 3
#: Lines longer than this (words) are not looked at: a scraped headline is short.
_REPEATED_MAX_WORDS = 80


def _is_repeated(folded: Sequence[str]) -> bool:
    """Whether ``folded`` (a line's words, lower-cased) are one phrase said at least twice in a row
    (the last time perhaps cut).

    >>> _is_repeated("ferry fares rise ferry fares rise ferry fa".split())
    True
    >>> _is_repeated("new york new york".split()), _is_repeated("12 may 2024 12 may 2024".split())
    (False, False)
    """
    n = len(folded)
    if n > _REPEATED_MAX_WORDS:
        return False
    for size in range(_REPEATED_MIN_WORDS, n // 2 + 1):
        if folded[size] != folded[0] or sum(not w.isdigit() for w in folded[:size]) < _REPEATED_MIN_WORDS:
            continue
        # The last word may be cut short too ("... Ferry fa").
        last = n - 1
        if all(folded[k] == folded[k - size] for k in range(size, last)) and folded[last - size].startswith(
            folded[last]
        ):
            return True
    return False


def script_of(text: str) -> str | None:
    """The Unicode script (first word of the character names: LATIN, CYRILLIC, ARABIC, CJK...)
    of most letters in ``text``, or ``None`` when it has no letters.

    >>> script_of("Hello"), script_of("\u041f\u0440\u0438\u0432\u0435\u0442"), script_of("42")
    ('LATIN', 'CYRILLIC', None)
    """
    ascii_letters = len(_ASCII_LETTERS.findall(text))
    if text.isascii():
        return "LATIN" if ascii_letters else None
    counts: Counter[str] = Counter()
    if ascii_letters:
        counts["LATIN"] = ascii_letters
    for ch in islice(_NON_ASCII_LETTER.finditer(text), _SCRIPT_SAMPLE):
        counts[_script_of_char(ch.group())] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def dominant_script(paragraphs: Iterable[str]) -> str | None:
    """The script most letters of ``paragraphs`` are written in."""
    counts: Counter[str] = Counter()
    for p in paragraphs:
        s = script_of(p)
        if s is not None:
            counts[s] += len(p)
    return counts.most_common(1)[0][0] if counts else None


def _script_of_char(ch: str) -> str:
    name = unicodedata.name(ch, "")
    script = name.split(" ", 1)[0] if name else "UNKNOWN"
    return _SCRIPT_FAMILIES.get(script, script)


# Scripts written together in one language count as one: Japanese mixes kanji and kana, Korean
# hangul and hanja.
_SCRIPT_FAMILIES = {
    "HIRAGANA": "CJK",
    "KATAKANA": "CJK",
    "HANGUL": "CJK",
    "BOPOMOFO": "CJK",
    "IDEOGRAPHIC": "CJK",
    "HALFWIDTH": "CJK",
}


def looks_like_credit(text: str) -> bool:
    """True when ``text`` has the shape of a photo credit: slash-joined names or a credit word.

    >>> looks_like_credit("Reuters/Jane Doe"), looks_like_credit("Getty Images")
    (True, True)
    >>> looks_like_credit("The minister said so")
    False
    """
    return bool(_SLASHED.search(text) or _CREDIT_WORDS.search(text) or _CREDIT_LABEL.search(text))


def is_credit_line(paragraph: str) -> bool:
    """True for a paragraph that is a credit or a caption ending in one: "Photo: AFP",
    "Getty Images", "Crowds at the pier. Photograph: Jane Doe/Agency".

    >>> is_credit_line("The ferry in January. Photograph: Jo Bloggs/Example Ledger")
    True
    >>> is_credit_line("Image caption The ferry left in January")
    True
    >>> is_credit_line("The ferry left in January. It was late.")
    False
    """
    text = paragraph.strip()
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_CAPTION_WORDS:
        return False
    if _CAPTION_LABEL.match(text):
        return True
    # The credit is the whole line, or what follows the last sentence end of a short caption.
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    tail = text[ends[-1] :] if ends and ends[-1] < len(text) else text
    tail_words = _WORD.findall(tail)
    if not tail_words or len(tail_words) > 12 or tail.endswith((".", "?", "!")) and len(tail_words) > 4:
        return False
    if _CREDIT_LABEL.search(tail):
        return True
    if len(tail_words) <= 6 and not tail.endswith((".", "?", "!")) and _AGENCIES.search(tail):
        return True
    return bool(_SLASHED.search(tail)) and len(tail_words) <= 10


# A credit glued to the text after it: it ends in a lower-case letter (or a closing bracket) and
# the article text starts right after it, with no space, in capitals or with an opening quote; or
# it ends in an acronym ("AFP") and a capitalised word follows ("AFPThe").
_GLUE = re.compile(
    rf"(?<=[{_LOWER}\)\]])(?=[{_UPPER}](?:[{_LOWER}]|\s)|[\"“‘'«„][{_UPPER}])"
    rf"|(?<=[{_UPPER}]{{2}})(?=[{_UPPER}][{_LOWER}]{{2}})"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
# The end of a sentence, followed by the next one with or without a space: a credit never spans it.
_SENTENCE_BOUNDARY = re.compile(r"[.!?][\"”’']?\s*(?=[A-Z\"“‘])")


def credit_prefix_length(text: str, *, max_length: int = 160, extra: Sequence[re.Pattern[str]] = ()) -> int:
    """Length of a photo credit glued to the start of ``text``, or 0.

    The credit must look like one (:func:`looks_like_credit`), end at a glue point (a lower-case
    letter directly followed by a capital or an opening quote, with no space) and contain no
    sentence end.

    >>> credit_prefix_length("Reuters/Jane DoeThe council met on Monday.")
    16
    >>> credit_prefix_length("McDonald's opened on Monday.")
    0
    """
    head = text[:max_length]
    for pattern in extra:
        m = pattern.match(head)
        if m and m.end() > 0:
            return m.end()
    end = _SENTENCE_BOUNDARY.search(head)
    limit = end.start() if end else len(head)
    for m in _GLUE.finditer(head, 0, limit + 1):
        candidate = head[: m.start()]
        if (
            len(candidate) >= 3
            and looks_like_credit(candidate)
            and ("/" in candidate or _CREDIT_WORDS.search(candidate) and _names_only(candidate))
        ):
            return m.start()
    return 0


# A credit's label ("Photo:", "Picture by", "Image source,") and the particles names may hold.
_LABEL = _rx(
    r"^\W*(?:photo(?:graph)?|image|picture|credit|illustration)s?(?:\s+(?:source|credit))?\s*(?:[:,]|by\b)"
)
_NAME_PARTICLES = frozenset("de van von der den da di du del della la le bin al el y and via".split())


def _names_only(candidate: str) -> bool:
    """Whether ``candidate``, after its label, is only names: capitalised words, acronyms and
    particles. A credit without slashes names people and agencies; a sentence that merely mentions
    a photograph before a CamelCase word ("photos posted on YouTube") has words in small letters.
    (Slash-joined credits are messier, "Press service of the Brigade/Agency", and need no test.)"""
    label = _LABEL.match(candidate)
    rest = candidate[label.end() :] if label else candidate
    tokens = rest.split()
    return bool(tokens) and all(t[:1].isupper() or t[:1].isdigit() or t.lower() in _NAME_PARTICLES for t in tokens)


def is_headline_shaped(paragraph: str) -> bool:
    """True for a short line that reads as a headline or subheading: 2-20 words, no sentence end
    with a full stop, not ending in a comma or colon, with a capitalised first word.

    >>> is_headline_shaped("A warm start after the election")
    True
    >>> is_headline_shaped("The council met on Monday and agreed to the plan.")
    False
    """
    text = paragraph.strip()
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 20 or len(text) > 160:
        return False
    if text.endswith(("?", '?"', "?”")) and len(words) > 14:
        return False
    if text.endswith((".", ",", ":", ";", "…")) or text.endswith(('."', ".”", ".'", ".’")):
        return False
    first = text.lstrip("\"“‘'([")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or not first.isalpha())
