"""A total staff ask over a notice's parallel parts (genre/data/worked.toml [parts_total]): 四个方面合起来一共多少个问题,
其余三个方面合计多少, 腐败和不正之风方面加上基层党建方面 — how many parts, which of them, and their noun.

Example:
    >>> parts_asked("庆阳文联这轮巡察四个方面合起来一共被反馈了多少个问题？").n
    4
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import section_patterns
from genre.figures import arabic
from genre.questions import load_questions
from genre.worked import FILE, cn_number


@dataclass(frozen=True)
class PartsAsked:
    """A total asked over parallel parts (四个方面合起来一共多少个问题): how many parts are named (0 when not said: 各方面),
    which of them ("" all, "first", "last", or "rest": all but the one `left` names), and their noun (方面)."""
    n: int
    which: str
    noun: str
    left: str
    extreme: bool = False   # 最多/最少 asked: the parts compared, not summed
    named: tuple[str, ...] = ()   # the parts named one by one by words of their headings (腐败和不正之风方面加上基层党建方面)
    picks: tuple[tuple[int, str], ...] = ()   # which="each": per part asked, its position (1.., -1 the last; 0 when
    #                                           named by words) and its words (第二方面 -> (2, ""), 基层党建那块 -> (0, "基层党建"))
    difference: bool = False   # which="each": the difference of the two parts asked (差几个), not their sum


@functools.cache
def _parts_total() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "parts_total", ("group", "total", "except", "count", "extreme", "named", "named_joins",
                                                  "named_before", "summed", "against", "each_position", "each_words",
                                                  "each_count", "each_split", "each_join", "each_asked", "each_bare",
                                                  "part_count"))


def parts_count() -> re.Pattern[str]:
    """The pattern of a part's own count (7个问题, 问题12个): groups n/unit/noun or n2/unit2/noun2."""
    return _parts_total()["count"]


def part_counts(text: str) -> int:
    """How many counts TEXT writes beside a part's name (方面(7个问题), 预算执行问题6项; genre worked.toml part_count).

    >>> part_counts("(一)甲方面(7个问题)\\n(二)乙方面(11个问题)"), part_counts("反映的400个问题,已完成整改336个")
    (2, 0)
    """
    return len(_parts_total()["part_count"].findall(arabic(text)))   # 方面(七个问题) too (figures.toml [numerals])


def each_count_asked(question: str) -> bool:
    """Whether each part's count is asked beside the parts (按哪几个方面写的，各几个问题).

    >>> each_count_asked("第三部分按哪几个方面写的，各几个问题"), each_count_asked("第三部分按哪几个方面写的")
    (True, False)
    """
    return bool(_parts_total()["each_asked"].search(question))


def against_part(question: str) -> str:
    """The words naming the part a difference is asked against (比基层党组织建设多几个: 基层党组织建设); "" when none.

    >>> against_part("群众身边腐败那块问题最多吧？多少个，比基层党组织建设多几个"), against_part("最多的是哪一类？")
    ('基层党组织建设', '')
    """
    m = _parts_total()["against"].search(question)
    return m.group("other") if m else ""


def parts_asked(question: str) -> PartsAsked | None:
    """The total a question asks over a group of parallel parts, or None when it asks none.

    >>> parts_asked("庆阳文联这轮巡察四个方面合起来一共被反馈了多少个问题？")
    PartsAsked(n=4, which='', noun='方面', left='', extreme=False, named=(), picks=(), difference=False)
    >>> parts_asked("除了审计反馈问题整改那个方面，其余三个方面合计多少个问题？")
    PartsAsked(n=3, which='rest', noun='方面', left='审计反馈问题整改', extreme=False, named=(), picks=(), difference=False)
    >>> parts_asked("不算群众身边腐败那一方面的11个，其余三个方面一共多少个问题").left
    '群众身边腐败'
    >>> parts_asked("前三个方面总共多少个？").which, parts_asked("一共反映了多少个问题？"), parts_asked("一共几个方面？")
    ('first', None, None)
    >>> parts_asked("四类问题里，数量最多的是哪一类？").extreme
    True
    """
    pats = _parts_total()
    each = parts_each(question)
    if each is not None:
        return each
    left = pats["except"].search(question)
    group = pats["group"].search(question, left.end() if left else 0)   # 不算…那一方面的11个，其余三个方面: not 一方面
    extreme = bool(group and pats["extreme"].search(question))
    if group is None and pats["total"].search(question):
        named = _named_parts(question)
        if named is None and pats["summed"].search(question):   # 问题加起来一共多少个: every part
            return PartsAsked(0, "", "", "", False)
        return named
    if group is None or not (extreme or pats["total"].search(question)):
        return None
    raw = group.group("n")
    if raw.startswith("哪") and not extreme:
        return None   # 哪个方面: which one, asked of the most or the fewest only
    n = int(raw) if raw.isdigit() else cn_number(raw.replace("两", "二")) if raw not in ("几", "各", "哪", "哪一") else 0
    which = {"前": "first", "后": "last"}.get(group.group("which") or "", "rest" if group.group("which") else "")
    if left is not None:
        which = "rest"
    named = _named_before(question, group.start()) if n >= 2 and not which else ()
    if named and len(named) == n:   # 决策部署落实和群众身边腐败这两块: the parts named before their count
        return PartsAsked(n, "named", group.group("noun"), "", extreme, named)
    return PartsAsked(n, which, group.group("noun"), left.group("left") if left else "", extreme)


def _named_parts(question: str) -> PartsAsked | None:
    """The parts a total is asked over when the question names them one by one (two or more in one ask, each ending in
    its noun: 腐败和不正之风方面加上基层党建方面，合计多少个); None when fewer than two are named.

    >>> parts_asked("反馈问题中，腐败和不正之风方面加上基层党建方面，合计多少个？").named
    ('腐败和不正之风', '基层党建')
    """
    pats = _parts_total()
    for part in re.split(r"[，,。？?；;]", question):
        found = list(pats["named"].finditer(part))
        names = tuple(n for n in (pats["named_joins"].sub("", m.group("name")) for m in found) if len(n) >= 2)
        if len(names) >= 2 and len({m.group("noun") for m in found}) == 1:
            return PartsAsked(len(names), "named", found[0].group("noun"), "", False, names)
    return None


def _named_before(question: str, at: int) -> tuple[str, ...]:
    """The parts named one by one right before the group counting them (…在决策部署落实和群众身边腐败这两块…).

    >>> _named_before("庆阳文联在决策部署落实和群众身边腐败这两块加起来多少？", 19)
    ('庆阳文联在决策部署落实', '群众身边腐败')
    """
    pats = _parts_total()
    clause = re.split(r"[，,。？?；;：:]", question[:at])[-1].rstrip("这那些上述的")
    names = [pats["named_joins"].sub("", p) for p in pats["named_before"].split(clause)]
    return tuple(n for n in names if len(n) >= 2) if len(names) >= 2 else ()


def parts_each(question: str) -> PartsAsked | None:
    """Parts asked one by one, each by its position among the counted parts or by words of its heading, each in its own
    asking clause (or joined by 和 before one count: 第二方面和第四方面分别几个), then their sum or difference; None when
    fewer than two parts are asked so, or neither figure is asked.

    >>> parts_each("庆阳文联最后一块审计巡视整改问题几个，基层党建那块几个，合起来几个").picks
    ((-1, ''), (0, '基层党建'))
    >>> parts_each("群众身边腐败那块几个问题，基层党组织建设几个，加起来多少").picks
    ((0, '群众身边腐败'), (0, '基层党组织建设'))
    >>> a = parts_each("第二方面和第四方面分别几个问题，差几个"); a.picks, a.difference
    (((2, ''), (4, '')), True)
    >>> parts_each("第二方面有几个问题？"), parts_each("第一部分讲什么，第二部分讲什么，一共几个问题")
    (None, None)
    """
    pats = _parts_total()
    difference = bool(load_questions().asks_difference.search(question))
    if not (difference or pats["total"].search(question)):
        return None
    picks, bare = [], []
    for clause in pats["each_split"].split(question):
        if not pats["each_count"].search(clause):
            continue
        for piece in pats["each_join"].split(clause):
            pick = _pick(piece)
            if pick is not None:
                picks.append(pick)
            elif not (pats["total"].search(piece) or load_questions().asks_difference.search(piece)):
                m = pats["each_bare"].match(piece)
                if m:   # 基层党组织建设几个 after 群众身边腐败那块几个问题: a part named by its words alone
                    bare.append((len(picks), (0, pats["named_joins"].sub("", m.group("name")))))
    if picks:
        for at, pick in reversed(bare):
            picks.insert(at, pick)
    if len(picks) < 2 or len(set(picks)) != len(picks) or (difference and len(picks) != 2):
        return None
    return PartsAsked(len(picks), "each", "", "", False, tuple(w for _, w in picks if w), tuple(picks), difference)


def _pick(piece: str) -> tuple[int, str] | None:
    """The part one asking clause names: its position (第二方面 2, 头一块 1, 最后一块 -1) or words of its heading
    (基层党建那块: 基层党建); None when it names none.

    >>> _pick("最后一块审计巡视整改问题几个"), _pick("基层党建那块几个"), _pick("合起来几个")
    ((-1, ''), (0, '基层党建'), None)
    """
    pats = _parts_total()
    m = pats["each_position"].search(piece)
    if m:
        if m.group("n"):
            raw = m.group("n")
            n = int(raw) if raw.isdigit() else cn_number(raw.replace("两", "二"))
            return (n, "") if n else None
        return (1, "") if m.group("first") else (-1, "")
    m = pats["each_words"].search(piece)
    if m:
        name = pats["named_joins"].sub("", m.group("name") or m.group("name2"))
        return (0, name) if len(name) >= 2 else None
    return None
