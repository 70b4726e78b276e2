"""A multiple or share of two notices' counts (朔州科技局被反馈的问题数是鲤城社科联的几倍): each side's own count of the
thing named, read by the noun the question names, and the ratio worked out with its working shown (genre
comparisons.toml [ratio]).

Example:
    >>> ratio_note("倍", [("《甲》", (33, "个")), ("《乙》", (11, "个"))])
    '（按两份通报所写的数目推算：《甲》33个，是《乙》11个的3倍（33÷11=3）。）'
"""
from __future__ import annotations

import re

from answer.combined import figure_shown
from answer.cross import cross_count
from genre.cross import load_cross
from genre.figures import arabic


def named_count(lead: str, question: str) -> tuple[int, str] | None:
    """The count LEAD quotes whose noun QUESTION names (巡察反馈的4个方面33个问题, asked of 问题: 33), else its first
    count (a 方面 or 项 count groups the things asked); None when it quotes none.

    >>> named_count("巡察反馈的4个方面33个问题", "被反馈的问题有多少"), named_count("研究整改9次", "开会几次")
    ((33, '个'), (9, '次'))
    """
    text = arabic(lead)
    for m in load_cross().count.finditer(text):
        noun = re.match(r"(?:具体)?([\u4e00-\u9fff]{2})", text[m.end():])
        if noun and noun.group(1) in question:
            return int(m.group(1)), m.group(2)
    return cross_count(lead)


def ratio_note(kind: str, figures: list[tuple[str, tuple[int, str] | None]]) -> str:
    """The multiple (KIND '倍') or the share (KIND '%') of the first side's count over the second's, FIGURES (whose,
    (count, unit) or None) per side; that a side writes no count when one does not; "" for no two sides.

    >>> ratio_note("%", [("《甲》", (14, "条")), ("《乙》", (45, "项"))])
    '（按两份通报所写的数目推算：《甲》14条，是《乙》45项的约31.1%（14÷45≈31.1%）。）'
    >>> ratio_note("倍", [("《甲》", None), ("《乙》", (45, "项"))])
    '（《甲》没有写明所问的数目，无法计算倍数。）'
    """
    if len(figures) != 2:
        return ""
    missing = "、".join(w for w, n in figures if n is None)
    if missing or not figures[1][1][0]:
        return f"（{missing or figures[1][0]}没有写明所问的数目，无法计算{'倍数' if kind == '倍' else '比例'}。）"
    (a, (na, ua)), (b, (nb, ub)) = figures
    value = na / nb
    said = f"{figure_shown(round(value, 2))}倍" if kind == "倍" else f"{figure_shown(round(value * 100, 1))}%"
    exact = (round(value, 2) if kind == "倍" else round(value * 100, 1)) == (value if kind == "倍" else value * 100)
    return (f"（按两份通报所写的数目推算：{a}{na}{ua}，是{b}{nb}{ub}的{'' if exact else '约'}{said}"
            f"（{na}÷{nb}{'=' if exact else '≈'}{said.rstrip('倍')}）。）")
