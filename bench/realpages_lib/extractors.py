"""The pip-installable extractors whose output of a page's ``source.html`` becomes a copy.

Each lives in the ``bench`` extra (``pip install -e '.[bench]'``), never in textguard's runtime
dependencies. Any of them may be missing: :func:`available` says which import, and the build goes
on with the others and says which it skipped. An extractor that raises or returns nothing on a page
is recorded as such; it never stops the build.
"""

from __future__ import annotations

import importlib
import logging
import warnings
from collections.abc import Callable

from .html_text import visible_text

__all__ = ["EXTRACTORS", "MODULES", "available", "extract"]

Extractor = Callable[[str, str], str]  # (html, language code) -> text


def _trafilatura(html: str, lang: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False) or ""


_JUSTEXT_LANGUAGES = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "ru": "Russian", "pl": "Polish", "tr": "Turkish",
}


def _justext(html: str, lang: str) -> str:
    import justext

    stoplist = justext.get_stoplist(_JUSTEXT_LANGUAGES.get(lang[:2].lower(), "English"))
    paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _readability(html: str, lang: str) -> str:
    from readability import Document

    return visible_text(Document(html).summary(html_partial=True))


def _html_text(html: str, lang: str) -> str:
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def _inscriptis(html: str, lang: str) -> str:
    import inscriptis

    return inscriptis.get_text(html)


def _boilerpy3(html: str, lang: str) -> str:
    from boilerpy3 import extractors

    return extractors.ArticleExtractor(raise_on_failure=False).get_content(html)


def _goose3(html: str, lang: str) -> str:
    from goose3 import Goose

    with Goose({"enable_image_fetching": False, "use_meta_language": True}) as goose:
        return goose.extract(raw_html=html).cleaned_text or ""


def _newspaper(html: str, lang: str) -> str:
    import newspaper

    article = newspaper.Article("http://fakehost/article", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return article.text or ""


#: name -> (import to probe, function). Names are the copies' file names.
EXTRACTORS: dict[str, tuple[str, Extractor]] = {
    "trafilatura": ("trafilatura", _trafilatura),
    "justext": ("justext", _justext),
    "readability-lxml": ("readability", _readability),
    "html-text": ("html_text", _html_text),
    "inscriptis": ("inscriptis", _inscriptis),
    "boilerpy3": ("boilerpy3", _boilerpy3),
    "goose3": ("goose3", _goose3),
    "newspaper4k": ("newspaper", _newspaper),
}
MODULES = {name: module for name, (module, _) in EXTRACTORS.items()}


def available() -> tuple[list[str], dict[str, str]]:
    """The extractors that import, and for the others the one-line reason they do not."""
    ok: list[str] = []
    missing: dict[str, str] = {}
    for name, (module, _) in EXTRACTORS.items():
        try:
            with warnings.catch_warnings():  # newspaper4k warns at import about optional NLP
                warnings.simplefilter("ignore")
                importlib.import_module(module)
        except Exception as exc:  # noqa: BLE001 -- any import failure means "not available"
            missing[name] = f"{type(exc).__name__}: {exc}".splitlines()[0]
        else:
            ok.append(name)
    return ok, missing


def extract(name: str, html: str, lang: str) -> str:
    """The text extractor ``name`` makes of ``html``, with line endings as ``\\n``. Raises what
    the extractor raises (the caller records it)."""
    logging.disable(logging.CRITICAL)  # extractors log freely; a build prints its own summary
    text = EXTRACTORS[name][1](html, lang)
    return text.replace("\r\n", "\n").replace("\r", "\n")
