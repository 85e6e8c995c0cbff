"""Extraction: the features of a raw text that the content checks compare, each with exact spans.

Each module reads the raw text (never a normalized one, which forgets what the checks need, such
as which quotation mark opened) and returns frozen values with offsets into it.
"""

from __future__ import annotations

from .dates import DateKind, DateMention, extract_dates
from .entities import Entity, EntityKind, Mention, extract_entities
from .numbers import Figure, FigureKind, extract_numbers
from .quotes import Quotation, QuoteKind, extract_quotes

__all__ = [
    "DateKind",
    "DateMention",
    "Entity",
    "EntityKind",
    "Figure",
    "FigureKind",
    "Mention",
    "Quotation",
    "QuoteKind",
    "extract_dates",
    "extract_entities",
    "extract_numbers",
    "extract_quotes",
]
