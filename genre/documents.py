"""How staff ask a document's name or issue day, and how a notice names a document (genre/data/documents.toml).

Example:
    >>> document_asked("胜山镇出台的议事决策制度叫什么名字，哪天印发的")
    DocumentAsked(document='议事决策制度', name=True, day=True)
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import section_patterns

FILE = "documents.toml"


@dataclass(frozen=True)
class DocumentAsked:
    """The document a question names (议事决策制度) and what of it is asked: its name, its issue day."""
    document: str
    name: bool
    day: bool


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "unnamed_document", ("name_asked", "day_asked", "document", "own_notice"))


ASK_CLAUSE = re.compile(r"[^？?；;，,]+")   # one ask of a question asking several
BARE_NAME_ASK = re.compile(r"[是它其这那个的名字称呢吗啊\s]*")   # 叫什么名字 alone: the name of the thing asked before


def document_asked(question: str) -> DocumentAsked | None:
    """The document whose name or issue day QUESTION asks; None when it asks neither or names no document.

    >>> document_asked("议事决策制度是什么内容？"), document_asked("整改方案哪天印发的？").day
    (None, True)
    >>> document_asked("传达巡察反馈意见开了几次会？通报哪天发布的") is None
    True
    >>> document_asked("清廉机关文化品牌叫啥？三个规定的条款贴在哪几层楼？"), document_asked("出台了议事决策制度，叫什么名字").name
    (None, True)
    """
    p = _patterns()
    name = any(p["name_asked"].search(c) and (p["document"].search(c) or BARE_NAME_ASK.fullmatch(p["name_asked"].sub("", c)))
               for c in ASK_CLAUSE.findall(question))   # 品牌叫啥？三个规定贴在哪: the name asked of another thing
    day = any(p["day_asked"].search(c) and (p["document"].search(c) or not p["own_notice"].search(c))
              for c in ASK_CLAUSE.findall(question))   # 开了几次会？通报哪天发布的: the notice's own day, no document's
    found = list(p["document"].finditer(question))
    if not (name or day) or not found:
        return None
    return DocumentAsked(found[0].group(), name, day)


@functools.cache
def _titled() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "titled_document", ("kind", "title", "which"))


def titles_asked(question: str, quote: str) -> bool:
    """Whether QUOTE writes in 《》 the title of the document whose name QUESTION asks, ending in its kind
    (documents.toml [titled_document]).

    >>> titles_asked("整改方案全称叫什么？", "制定并印发《市委巡察组巡察区司法局党组反馈意见整改方案》,逐一制定整改措施")
    True
    >>> titles_asked("整改方案全称叫什么？", "研究制定巡察整改方案,细化分解具体问题")
    False
    >>> titles_asked("是依据哪部条例报告的？", "根据《广东省预算执行审计条例》规定,现将整改情况报告如下")
    True
    """
    asked = document_asked(question)
    kind = _titled()["kind"].search(asked.document) if asked is not None and asked.name else None
    which = _titled()["which"].search(question)   # 依据哪部条例: the kind alone asked, no name typed
    ending = kind.group() if kind is not None else which.group("kind") if which is not None else ""
    return bool(ending) and any(t.group().endswith(ending + "》") for t in _titled()["title"].finditer(quote))
