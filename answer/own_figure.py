"""The asker's own figure set against the notice's figure of the same noun the answer quotes (genre/own_figure.py):
the difference worked in the asker's direction, said after the cited lead.

Example:
    >>> own_note(own_figure("我们局被反馈了25个问题，芦淞区司法局比我们多几个？"), "巡察组共反馈29个问题")
    '（按通报数字推算：通报为29个，你们为25个，比你们多4个（29−25），即你们少4个。）'
"""
from __future__ import annotations

import re

from answer.combined import AMOUNT, figure_shown
from genre.figures import arabic, arabic_mapped
from genre.own_figure import OwnFigure
from genre.same_names import units_alike

PERCENT = "%％"
NEAR = 14   # the characters before a figure read for its name (家庭医生居民签约服务覆盖率达)


def notice_figure(own: OwnFigure, quoted: str) -> str:
    """The figure of QUOTED in the asker's unit naming the asker's noun best: the noun written after it (33个问题 for
    问题), else the most characters shared with the words before the asker's figure; "" when none is in that unit.

    >>> notice_figure(own_figure("我们局反馈了25个问题，朔州市科技局比他们多还是少？"), "反馈的4个方面33个问题")
    '33'
    >>> notice_figure(own_figure("我们局反馈了25个问题，朔州市科技局比他们多还是少？"), "反馈的四个方面三十三项问题")
    '33'
    """
    m = _notice_match(own, arabic(quoted))
    return m.group(1) if m else ""


def _notice_match(own: OwnFigure, quoted: str) -> re.Match[str] | None:
    """The match of AMOUNT in QUOTED (counts in digits) notice_figure reads; None when none is in the asker's unit."""
    same = [m for m in AMOUNT.finditer(quoted)
            if units_alike(m.group(2), own.unit, own.after) or (m.group(2) in PERCENT and own.unit in PERCENT)]
    if not same:
        return None
    def score(m) -> tuple[int, int]:
        after = quoted[m.end():m.end() + len(own.after) + 4]
        near = quoted[max(0, m.start() - NEAR):m.start()] + quoted[m.end():m.end() + 6]
        return (bool(own.after) and own.after in after, len(set(own.before + own.after) & set(near)))
    return max(same, key=score)


def notice_written(own: OwnFigure, quoted: str) -> tuple[str, str]:
    """(the figure in digits, the figure as QUOTED writes it with its unit and, when in Chinese numerals, its digits
    after: 三十三个（33个）); ("", "") when QUOTED holds none in the asker's unit.

    >>> notice_written(own_figure("我们局反馈了25个问题，朔州市科技局比他们多还是少？"), "反馈的四个方面三十三个问题")
    ('33', '三十三个（33个）')
    >>> notice_written(own_figure("我们局反馈了25个问题，朔州市科技局比他们多还是少？"), "反馈的4个方面33个问题")
    ('33', '33个')
    """
    read, at = arabic_mapped(quoted)   # 三十三个问题 read as 33个问题 (genre figures.toml [numerals])
    m = _notice_match(own, read)
    if m is None:
        return "", ""
    written = quoted[at[m.start()]:at[m.end()]]
    if written.replace(" ", "") == m.group().replace(" ", ""):   # digits: said in the asker's unit, as asked
        return m.group(1), m.group(1) + own.unit
    return m.group(1), f"{written}（{m.group(1)}{m.group(2)}）"


def own_note(own: OwnFigure | None, quoted: str) -> str:
    """The notice's figure in QUOTED set against the asker's OWN, the difference said from the asker's side (比你们多4个,
    你们少12项; a target: 还差4个百分点); "" when QUOTED holds no figure in the asker's unit.

    >>> own_note(own_figure("我们县签约覆盖率现在38%，离省里的目标还差几个百分点？"), "签约服务覆盖率达42%以上")
    '（按通报数字推算：目标为42%，你们为38%，还差4个百分点（42%−38%）。）'
    """
    found, written = notice_written(own, quoted) if own else ("", "")
    if not found:
        return ""
    theirs, mine = float(found), float(own.value)
    rate = own.unit in PERCENT
    unit = "个百分点" if rate else own.unit
    gap = figure_shown(abs(theirs - mine)) + unit
    worked = f"（{found}{own.unit if rate else ''}−{own.value}{own.unit if rate else ''}）" if theirs >= mine else \
        f"（{own.value}{own.unit if rate else ''}−{found}{own.unit if rate else ''}）"
    if own.target:
        said = f"还差{gap}{worked}" if theirs > mine else f"已达到目标，高出{gap}{worked}" if theirs < mine else "正好达到目标"
        return f"（按通报数字推算：目标为{written}，你们为{own.value}{own.unit}，{said}。）"
    more, less = ("高", "低") if rate else ("多", "少")
    said = (f"比你们{more}{gap}{worked}，即你们{less}{gap}" if theirs > mine else
            f"比你们{less}{gap}{worked}，即你们{more}{gap}" if theirs < mine else "与你们相同")
    return f"（按通报数字推算：通报为{written}，你们为{own.value}{own.unit}，{said}。）"


def lead_quotes(text: str, cites) -> str:
    """The quotes of the CITES the answer's lead (the first line of TEXT) cites, then the others', joined.

    >>> lead_quotes("巡察组共反馈29个问题[1]。\\n…[2]", CITES)   # [1] quoting 巡察组共反馈29个问题
    '巡察组共反馈29个问题'
    """
    lead = text.partition("\n")[0]
    quotes = [c.quote for c in cites if f"[{c.n}]" in lead]   # then the rest: the asker's noun may stand only there
    return "，".join(quotes + [c.quote for c in cites if c.quote not in quotes])
