"""Details a question names that the answering notice does not state (genre claims.toml):
- the round of an inspection (十二届省委第七轮巡视) when the notice writes another round or none;
- the money of things the notice only counts (清理的15笔往来款一共多少钱 against 清理往来款项15笔);
- one unit's share of a stated total (13个规章制度里，财政局出的有几个) when no clause names the unit with a count;
- a stated total split by unit with no unit named (那13项制度，哪个部门出台了几项) when no clause names a unit with a count.
A refusal check hooked into answer.refusal.overruled; each says what is missing and, where it can, what the notice states.

Example:
    >>> round_unstated("湖北省司法厅十二届省委第七轮巡视整改通报里开了几次推进会", ["十二届省委第八轮巡视"])
    '通报中没有找到关于“第七轮”的相应内容（通报写的是“十二届省委第八轮”）。'
"""
from __future__ import annotations

import re

from genre.data_files import compile_re, read_toml
from genre.figures import cn_value
from genre.premises import load_premise_round
from genre.questions import load_questions

_DATA = read_toml("claims.toml")
ROUND = compile_re(_DATA["named_round"]["pattern"], "claims.toml", "named_round")
HEDGE = load_premise_round().hedge   # 第二轮巡察吧: the round stated as a premise to check (premises.toml)
COUNTED = compile_re(_DATA["counted_money"]["counted"], "claims.toml", "counted_money")
UNIT_PART = compile_re(_DATA["unit_part"]["pattern"], "claims.toml", "unit_part")
UNIT_SPLIT = compile_re(_DATA["unit_part"]["split"], "claims.toml", "unit_part.split")
UNIT_WORD = compile_re(_DATA["unit_part"]["unit"], "claims.toml", "unit_part.unit")
CLAUSES = re.compile(r"[^,，;；。：:！!？?\n]+")
MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万元|亿元|元)")
COUNT = re.compile(r"(?<![\d.])(\d+|[一二三四五六七八九十两]+)\s*(?:余|多)?\s*([\u4e00-\u9fff])")   # 15笔, 13个: a count and its classifier


def _value(numeral: str) -> int:
    """A numeral's value (七 -> 7, 12 -> 12)."""
    return int(numeral) if numeral.isdigit() else cn_value(numeral.replace("两", "二"))


def round_value(m: re.Match[str]) -> tuple[int | None, int]:
    """(term, round) of a ROUND match: 五届市委第一轮 -> (5, 1); the term None when not written."""
    return (_value(m.group(1)) if m.group(1) else None), _value(m.group(2))


def round_unstated(question: str, texts: list[str]) -> str:
    """Why no reply from TEXTS (the answering notices) may stand when the question names a round (第七轮, 十二届…第七轮)
    none of them writes; "" when none is named or one writes it.

    >>> round_unstated("枣庄社科联十二届市委第三轮巡察的反馈时间是哪天", ["十二届市委第三轮巡察"])
    ''
    """
    asked = ROUND.search(question)
    if not asked:
        return ""
    term, number = round_value(asked)
    written = [m for t in texts for m in ROUND.finditer(t)]
    if written and HEDGE.match(question[asked.end():]):   # 这是第二轮巡察吧: a premise checked against the round
        return ""   # written, the other asks answered (answer/premise_round.py), not a round naming another notice
    if any(_value(m.group(2)) == number and (term is None or not m.group(1) or _value(m.group(1)) == term)
           for m in written):
        return ""
    named = asked.group()[asked.start(2) - asked.start() - 1:] if asked.group(1) else asked.group()
    other = f"（通报写的是“{written[0].group()}”）" if written else ""
    return f"通报中没有找到关于“{named.strip()}”的相应内容{other}。"


def counted_money_unstated(question: str, text: str) -> str:
    """Why no reply may stand when money is asked of things the question names by their count (15笔往来款) and every
    clause of TEXT with that count states no money, in it or the clause after; "" otherwise.

    >>> counted_money_unstated("逍林镇清理的15笔往来款一共多少钱", "在审计期间,逍林镇清理往来款项15笔,胜山镇出台了制度")
    '通报只写了“逍林镇清理往来款项15笔”，没有写明金额。'
    >>> counted_money_unstated("清理的15笔往来款一共多少钱", "清理往来款项15笔,金额120万元")
    ''
    """
    q = load_questions()
    if not (q.asks_money.search(question) or q.asks_money_kind.search(question)):
        return ""
    asked = COUNTED.search(question)
    if not asked:
        return ""
    number, unit = _value(asked.group(1)), asked.group(2)
    clauses = CLAUSES.findall(text)
    holding = [i for i, c in enumerate(clauses)
               if any(_value(m.group(1)) == number and m.group(2) == unit for m in COUNT.finditer(c))]
    if not holding or any(MONEY.search("".join(clauses[i:i + 2])) for i in holding):
        return ""
    return f"通报只写了“{clauses[holding[0]].strip()}”，没有写明金额。"


def unit_part_unstated(question: str, text: str) -> str:
    """Why no reply may stand when the question asks one unit's share of a total named by its count (13个规章制度里，财政局
    出的有几个) and no clause of TEXT names the unit with a count of the same classifier; "" otherwise.

    >>> unit_part_unstated("瑞金出台的13个规章制度里，财政局出的有几个", "出台13个规章制度,对1人予以记大过处分。财政局问题6项")
    '通报只写了总数，没有单列“财政局”的数量。'
    """
    asked = UNIT_PART.search(question)
    if not asked:
        return ""
    unit, classifier, thing = asked.group(4), asked.group(2), asked.group(3)
    short = unit[-3:] if len(unit) > 3 else unit   # 市财政局 written 财政局
    for clause in CLAUSES.findall(text):
        if short in clause and any(m.group(2) == classifier for m in COUNT.finditer(clause)) \
                and (not thing or thing[-2:] in clause):
            return ""
    return f"通报只写了总数，没有单列“{unit}”的数量。"


def unit_split_unstated(question: str, text: str) -> str:
    """Why no reply may stand when the question asks a stated total split by unit with no unit named (那13项制度，哪个部门
    出台了几项) and no clause of TEXT names a unit with a count of the thing counted; "" otherwise.

    >>> unit_split_unstated("瑞金那13项制度，哪个部门出台了几项", "出台13个规章制度,对1人予以记大过处分。")
    '通报只写了“出台13个规章制度”，没有按部门分列数量。'
    >>> unit_split_unstated("那13项制度，哪个部门出台了几项", "出台13个规章制度。财政局出台制度3项")
    ''
    """
    asked = UNIT_SPLIT.search(question)
    if not asked or not asked.group(3):
        return ""
    number, thing = _value(asked.group(1)), asked.group(3)[-2:]
    clauses = [c for c in CLAUSES.findall(text) if thing in c and COUNT.search(c)]
    total = next((c for c in clauses if any(_value(m.group(1)) == number for m in COUNT.finditer(c))), "")
    if not total or any(UNIT_WORD.search(c) and c != total for c in clauses):
        return ""
    return f"通报只写了“{total.strip()}”，没有按部门分列数量。"


def detail_unstated(question: str, texts: list[str]) -> str:
    """The first of the checks above that fires over TEXTS (the answering notice first), or ""."""
    return (round_unstated(question, texts) or counted_money_unstated(question, texts[0])
            or unit_part_unstated(question, texts[0]) or unit_split_unstated(question, texts[0]))
