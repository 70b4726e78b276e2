"""A role the question asks about (纪检组长负责什么, 一把手做了哪些事) that the answering notice never names, under any of
the names notices give it (genre questions.toml [role_unnamed]): refused as not named, not answered by the opening.

Example:
    >>> role_unnamed("利州区法院纪检组长在整改里负责什么", "区委第四联动巡察组向区法院党组反馈了巡察意见。")
    '纪检组长'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "questions.toml"
NO_ROLE = "通报没有提到{role}，也没有写明其在整改中的职责或做法。"


@dataclass(frozen=True)
class Role:
    asked: re.Pattern[str]     # the role as staff ask it
    named: re.Pattern[str]     # any name a notice gives it


@functools.cache
def _roles() -> tuple[tuple[Role, ...], re.Pattern[str]]:
    table = section(FILE, "role_unnamed")
    roles = tuple(Role(compile_re(a, FILE, "role_unnamed.roles"), compile_re(n, FILE, "role_unnamed.roles"))
                  for a, n in get(table, "roles", list, FILE, "role_unnamed"))
    return roles, compile_re(get(table, "asked", str, FILE, "role_unnamed"), FILE, "role_unnamed.asked")


def role_unnamed(question: str, text: str) -> str:
    """The role QUESTION asks the duty or acts of when TEXT (the answering notice) names it nowhere; "" otherwise.

    >>> role_unnamed("一把手在整改中起什么作用？", "局主要负责人任组长,亲自部署。")
    ''
    >>> role_unnamed("分管领导负责什么？", "局主要负责人任组长,亲自部署。")
    '分管领导'
    >>> role_unnamed("纪检组长是谁？", "区委第四联动巡察组向区法院党组反馈了巡察意见。")   # a holder asked: answer.persons
    ''
    """
    roles, asked = _roles()
    if not text or not asked.search(question):
        return ""
    for role in roles:
        m = role.asked.search(question)
        if m and not role.named.search(text):
            return m.group()
    return ""
