"""Conventions of the genre (rectification notices, audit-rectification reports, work plans) as data.

Every rule lives in genre/data/*.toml with a `why` naming the convention it serves; this package
loads them once into frozen dataclasses with compiled regexes. It imports nothing from the rest of
the project (stdlib only). Places: see genre.places.

Example:
    >>> g = load_genre()
    >>> g.normalise_status("整改结果:整改到位")
    '已完成'
    >>> [m.name for m in g.outline if m.pattern.match("(一)提高政治站位")]
    ['cn_paren']
"""
from __future__ import annotations

from genre.errors import GenreDataError
from genre.loader import load_genre
from genre.model import Genre
from genre.types import (AgencyType, Category, Flattened, HeaderShapes, HtmlShapes, ItemConventions, Label, Marker,
                         NoticeKind, Rule, Stated, StatedCategory, Status, Totals)

__all__ = ["load_genre", "Genre", "Marker", "Flattened", "Rule", "Label", "Status", "Category", "AgencyType",
           "NoticeKind", "Totals", "HeaderShapes", "HtmlShapes", "Stated", "StatedCategory", "ItemConventions",
           "GenreDataError"]
