"""A question opened by the asker's own situation (genre asking.toml [preface]): the ask alone is read by the cues and
searched; the notice the preface names (我们湘潭妇联也被巡察了，反馈了多少问题) still chooses the notice when the ask
names none.

Example:
    >>> without_preface("我在准备全市巡视整改的汇报，广元那次省委巡视是哪个巡视组？")
    ('广元那次省委巡视是哪个巡视组？', '我在准备全市巡视整改的汇报')
"""
from __future__ import annotations

from genre.asking import load_asking, plain_question, split_preface
from retrieval.index.opened import Index
from retrieval.search.rank import question_scope
from retrieval.search.scope import Scope


def without_preface(read: str) -> tuple[str, str]:
    """(the ask of READ in its plain written form, the preface before it); (READ, "") when it opens with none.

    >>> without_preface("我们局被指出了几个问题？")
    ('我们局被指出了几个问题？', '')
    """
    found = split_preface(read)
    return (plain_question(found.ask), found.preface) if found else (read, "")


def preface_scope(index: Index, ask: str, preface: str, doc: str | None, within: tuple[str, ...]) -> Scope:
    """The scope of ASK; when ASK names no notice (no place, agency or code) and PREFACE does, the scope of both
    (a preface naming nothing leaves it as it is).

    >>> preface_scope(index, "反馈了多少问题？", "我们湘潭妇联也被巡察了", None, ()).reason
    '湘潭、妇联'
    """
    scope = question_scope(index, ask, doc, within)
    if not preface or doc or scope.reason:
        return scope
    named = load_asking().preface.doing.sub("，", preface)   # 在核瑞金审计…: the notice's name starts a word
    both = question_scope(index, f"{named}，{ask}", doc, within)
    return both if both.reason else scope
