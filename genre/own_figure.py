"""The asker's own figure set against a notice's (genre/data/worked.toml [own_figure]): 我们局被反馈了25个问题，芦淞区
司法局比我们多几个？ gives the asker's figure (25个, of 问题) and the ask for the notice's figure alone
(芦淞区司法局，被反馈了多少个问题？), so the asker's figure is neither looked for nor corrected.

Example:
    >>> own_figure("我们局被反馈了25个问题，芦淞区司法局比我们多几个？").ask
    '芦淞区司法局，被反馈了多少个问题？'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.as_of import without_as_of
from genre.data_files import section_patterns

FILE = "worked.toml"
PIECES = re.compile(r"[，,；;？?。！!]+")
TRAILING = re.compile(r"(?:相比|比较|对比|比|相比较)$")


@dataclass(frozen=True)
class OwnFigure:
    """The asker's figure (value, unit) of a noun (after: written after the figure, before: the words before it), the
    neutral ask for the notice's figure, and whether a target is asked (离目标还差)."""
    value: str
    unit: str
    after: str
    before: str
    ask: str
    target: bool


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "own_figure", ("own", "figure", "asks", "cut_from", "opens", "own_time", "target"))


def own_figure(question: str) -> OwnFigure | None:
    """The asker's own figure of QUESTION and the ask for the notice's figure of the same noun; None when no clause
    opens with the asker's own unit giving a figure, or no difference is asked of it.

    >>> f = own_figure("我们县家庭医生签约覆盖率现在38%，离浙江省卫健委2023年要点的目标还差几个百分点？")
    >>> f.ask, f.value, f.unit, f.before, f.target
    ('浙江省卫健委2023年要点的目标，家庭医生签约覆盖率多少%？', '38', '%', '家庭医生签约覆盖率', True)
    >>> own_figure("我们局被指出了几个问题？") is None
    True
    """
    p = _patterns()
    pieces = [x for x in PIECES.split(question) if x.strip()]
    at = next((i for i, x in enumerate(pieces) if p["own"].match(x) and p["own"].match(x).end() and p["figure"].search(x)), -1)
    if at < 0:
        return None
    rest = pieces[:at] + pieces[at + 1:]
    if not any(p["asks"].search(x) for x in rest):
        return None
    mine = p["own_time"].sub("", without_as_of(pieces[at][p["own"].match(pieces[at]).end():]))   # 截止当前, 到6月底: theirs
    fig = p["figure"].search(mine)
    before = re.sub(r"(?:是|为|有|达到?|共)$", "", mine[:fig.start()])
    after = re.match(r"[\u4e00-\u9fff]{0,6}", mine[fig.end():]).group(0)
    named, others = [], []
    for x in rest:
        cut = p["cut_from"].search(x)
        side = TRAILING.sub("", p["opens"].sub("", x[:cut.start()] if cut else x)).strip()
        if cut or p["opens"].match(x):
            named += [side] if side else []
        else:
            others.append(x)
    ask = "，".join(named + [mine[:fig.start()] + "多少" + fig.group(2) + mine[fig.end():]]) + "？"
    ask += "".join(o + "？" for o in others)
    return OwnFigure(fig.group(1), fig.group(2), after, before, ask,
                     bool(p["target"].search("".join(rest))))
