"""A bundle a notice names by a quoted slogan with its count, asked what it is (genre led_sets.toml [named_bundle]):
"朔州科技局的整改清单叫什么“三清单”？" is answered by the clause listing its members right before the slogan
(建立了问题清单、整改清单、责任清单“三清单”) or right after it (“两个清单”即…), cited; a notice quoting the slogan with no
such clause is said to name it without its members.

Example:
    >>> bundle_asked("朔州科技局的整改清单叫什么“三清单”？")
    '三清单'
"""
from __future__ import annotations

from dataclasses import dataclass

from genre.data_files import compile_re, read_toml
from genre.figures import cn_value

_DATA = read_toml("led_sets.toml")["named_bundle"]
ASKED = compile_re(_DATA["asked"], "led_sets.toml", "named_bundle.asked")
BEFORE = compile_re(_DATA["before"], "led_sets.toml", "named_bundle.before")
ASKED_BEFORE = compile_re(_DATA["asked_before"], "led_sets.toml", "named_bundle.asked_before")
AFTER = compile_re(_DATA["after"], "led_sets.toml", "named_bundle.after")
NUMERALS = "一二两三四五六七八九十"
QUOTES = (("“", "”"), ('"', '"'))


@dataclass(frozen=True)
class Bundle:
    name: str                              # the slogan asked (三清单)
    members: tuple[int, int] | None        # the clause listing its members, or None when the notice lists them nowhere


def bundle_asked(question: str) -> str:
    """The quoted slogan holding a count that the question asks what it is; '' when none.

    >>> bundle_asked("落实“第一议题”制度是什么？"), bundle_asked("“两个清单”包括什么")
    ('', '两个清单')
    """
    m = ASKED.search(question) or ASKED_BEFORE.search(question)
    return m.group("name") if m else ""


def bundle_count(name: str) -> int:
    """The count a slogan names: 双 two, else its first numeral (四个一 -> 4); 0 when it names none.

    >>> bundle_count("三清单"), bundle_count("双签字"), bundle_count("四个一")
    (3, 2, 4)
    """
    for ch in name:
        if ch in _DATA["pair_words"]:
            return 2
        if ch in NUMERALS:
            return cn_value(ch.replace("两", "二"))
    return 0


def bundle_members(text: str, name: str, start: int = 0) -> Bundle | None:
    """Where TEXT (after START) lists the members of the slogan NAME: the 、-list right before its opening quote, as many
    members as it counts, or the words after its closing quote opened by 即/包括/：; None when TEXT never quotes NAME.

    >>> t = "建立了问题清单、整改清单、责任清单“三清单”,明确了目标。对照“三清单”建立了台账。"
    >>> b = bundle_members(t, "三清单"); t[b.members[0]:b.members[1]]
    '建立了问题清单、整改清单、责任清单“三清单”'
    >>> bundle_members("对照“三清单”建立了台账。", "三清单")
    Bundle(name='三清单', members=None)
    """
    count, seen = bundle_count(name), False
    for opening, closing in QUOTES:
        quoted = f"{opening}{name}{closing}"
        at = text.find(quoted, start)
        while at >= 0:
            seen = True
            end = at + len(quoted)
            head = BEFORE.search(text, max(start, at - 60), at)
            if head:
                listed = [w for w in head.group().split("、") if w.strip()]
                if len(listed) == count or (not count and len(listed) >= 2):
                    a = head.start() + len(head.group()) - len(head.group().lstrip())
                    return Bundle(name, (a, end))
            tail = AFTER.match(text, end)
            if tail and "、" in tail.group():
                return Bundle(name, (at, tail.end()))
            at = text.find(quoted, end)
    return Bundle(name, None) if seen else None


def unlisted_said(name: str) -> str:
    """The reply for a slogan quoted without its members."""
    return _DATA["unlisted"].format(name=name)
