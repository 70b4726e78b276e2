"""A person's career, age, schooling or origin asked (汤飞帆市长是哪一年上任的, 马学斌之前在哪个单位任职): rectification
notices name officials by post and name only, so the sentence naming the person does not answer it (genre claims.toml
[biography]).

Example:
    >>> biography_unstated("宁波的汤飞帆市长是哪一年上任的？", ["汤飞帆市长在市政府常务会议上专题研究部署…"])
    '通报只写了人员的姓名和职务，没有写其任职经历、年龄、学历等个人情况。'
"""
from __future__ import annotations

from genre.data_files import compile_re, read_toml

_DATA = read_toml("claims.toml")["biography"]
ASKED = compile_re(_DATA["asked"], "claims.toml", "biography.asked")
STATED = tuple(_DATA["stated"])
NO_BIOGRAPHY = "通报只写了人员的姓名和职务，没有写其任职经历、年龄、学历等个人情况。"


def biography_unstated(question: str, texts: list[str]) -> str:
    """The refusal when QUESTION asks a person's career, age, schooling or origin and none of TEXTS (the answering
    notices) writes a word of one (上任, 履历, 出生 …); "" otherwise.

    >>> biography_unstated("李火生局长多大年纪？", ["市审计局局长 李火生"]) != "", biography_unstated("局长是谁？", ["局长 李火生"])
    (True, '')
    """
    if not ASKED.search(question) or any(w in t for w in STATED for t in texts):
        return ""
    return NO_BIOGRAPHY
