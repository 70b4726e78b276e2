"""A figure the notice states converted into the unit a question asks it in (genre worked.toml [converted]): 5.0227万元
asked 换算成元 is 50227元, 1.05亿元 asked 折合多少万元 is 10500万元; said as worked out after the cited clause.

Example:
    >>> converted_note("收回清退的违规资金换算成元是多少", "收回清退违规资金5.0227万元")
    '（按通报数字换算：5.0227万元=50227元。）'
"""
from __future__ import annotations

import re
from decimal import Decimal

from genre.converted import load_converted, unit_asked


def figures(text: str) -> list[tuple[str, str]]:
    """(figure, unit) of each figure of TEXT written in a unit that converts (longest unit first: 千米 before 米).

    >>> figures("已清理用地款1.05亿元,改造管网12.5公里,共3个问题")
    [('1.05', '亿元'), ('12.5', '公里')]
    """
    units = sorted(load_converted().scales, key=len, reverse=True)
    pattern = r"(?<![\d.])(\d+(?:\.\d+)?)\s*(" + "|".join(map(re.escape, units)) + r")"
    return [(m.group(1), m.group(2)) for m in re.finditer(pattern, text)]


def said(value: Decimal) -> str:
    """VALUE written plainly: no exponent, no trailing zeros.

    >>> said(Decimal("50227.0000")), said(Decimal("1E+4")), said(Decimal("0.000105"))
    ('50227', '10000', '0.000105')
    """
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def converted_note(question: str, lead: str) -> str:
    """For a figure asked in a unit (换算成元, 折合多少万元, 多少元) the LEAD's figures of that kind are not written in:
    each converted exactly into the asked unit, said as worked out; "" when no unit is asked, the lead writes no
    figure of its kind, or one already in that unit.

    >>> converted_note("附海镇清理的用地款折合多少万元？", "已清理用地款1.05亿元")
    '（按通报数字换算：1.05亿元=10500万元。）'
    >>> converted_note("清退了多少万元？", "收回清退违规资金5.0227万元"), converted_note("折合多少米", "资金5万元")
    ('', '')
    """
    unit = unit_asked(question)
    scales = load_converted().scales
    if not unit:
        return ""
    kind, size = scales[unit]
    same = [(v, u) for v, u in figures(lead) if scales[u][0] == kind]
    if not same or any(u == unit for _, u in same):
        return ""
    shown = [f"{v}{u}={said(Decimal(v) * scales[u][1] / size)}{unit}" for v, u in dict.fromkeys(same)]
    return f"（按通报数字换算：{'；'.join(shown)}。）"
