"""The two figures a sum or a difference is asked of, picked by the names the question gives them where the quoted
clauses state more figures than two (涉及金额…,整改资金…,其中:追缴资金…,归还原资金渠道…): each thing the question names takes
the figure whose written name shares the most characters of its own with it (genre worked.toml [named_figures]).

Example:
    >>> figures = [("237054.47", "万元", "涉及金额"), ("201783.20", "万元", "整改资金"), ("77038.68", "万元", "追缴资金")]
    >>> named_pair(("涉及金额", "已经整改"), figures)
    [('237054.47', '万元', '涉及金额'), ('201783.20', '万元', '整改资金')]
"""
from __future__ import annotations

from typing import Sequence, TypeVar

from genre.named_figures import named_own_chars

LISTED = "、"   # a thing named as a list (党组会、中心组学习和专题会) is more than one: no pair is picked for it

F = TypeVar("F", bound=tuple)


def named_pair(subjects: tuple[str, str] | None, figures: Sequence[F]) -> list[F] | None:
    """Of FIGURES (tuples whose [1] is the unit and [-1] the written name, in the notice's order, each value once), the
    one each of the two SUBJECTS names: the longest name the subject writes whole and the other does not, else the
    name sharing at least `own_chars` characters with the subject that the other subject lacks, and no other figure
    as many; None when a subject names none or two alike, both name the same figure, a subject is a list, or the two
    are in different units.

    >>> figures = [("77038.68", "万元", "追缴资金"), ("1580", "万元", "归还原资金渠道"), ("4", "项", "部分整改")]
    >>> named_pair(("追缴回来的", "归还原渠道"), figures)
    [('77038.68', '万元', '追缴资金'), ('1580', '万元', '归还原资金渠道')]
    >>> named_pair(("党组会、中心组学习", "专题会"), figures) is None, named_pair(("资金", "渠道"), figures) is None
    (True, True)
    >>> summary = [("215587.84", "万元", "整改到位资金"), ("35435.70", "万元", "未整改资金")]
    >>> [f[0] for f in named_pair(("整改到位资金", "未整改资金"), summary)]   # 未 alone is too few, the name is whole
    ['215587.84', '35435.70']
    >>> named_pair(("追缴的资金", "清退的资金"), [("1", "万元", "资金"), ("2", "万元", "追缴资金")]) is None   # 资金: both
    True
    """
    if not subjects or any(c in s for s in subjects for c in LISTED):
        return None
    picked: list[F] = []
    for mine, other in (subjects, subjects[::-1]):
        whole = sorted((f for f in figures if len(f[-1]) >= 2 and f[-1] in mine and f[-1] not in other),
                       key=lambda f: -len(f[-1]))
        if whole:   # the name written whole (未整改资金 beside 整改到位资金), not in the other too (资金): the longest
            picked.append(whole[0])
            continue
        own = set(mine) - set(other)
        scores = sorted(((len(own & set(f[-1])), i) for i, f in enumerate(figures)), reverse=True)
        if not scores or scores[0][0] < named_own_chars() or len(scores) > 1 and scores[1][0] == scores[0][0]:
            return None
        picked.append(figures[scores[0][1]])
    if picked[0] is picked[1] or picked[0][1] != picked[1][1]:
        return None
    return picked
