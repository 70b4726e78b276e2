"""What is left of a total outside one part the notice counts within it (genre worked.toml [rest_of_part]): asked
剩下不属于立行立改的多少 of 反映的400个问题,…,其中要求立行立改的283个问题, the total less the part, said as worked out.

Example:
    >>> rest_of_part_note("剩下不属于立行立改的多少？", "反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全部整改")
    '（按通报数字推算：共400个，其中“要求立行立改的283个”，其余117个（400−283）。）'
"""
from __future__ import annotations

import functools
import re

from genre import load_genre
from genre.data_files import compile_re, get, section

FILE = "worked.toml"
COUNT = re.compile(r"(?<![\d.])(\d+)\s*([个项条件])")
CLAUSE = re.compile(r"[，,；;：:。]")


@functools.cache
def _pattern(key: str = "pattern") -> re.Pattern[str]:
    return compile_re(get(section(FILE, "rest_of_part"), key, str, FILE, "rest_of_part"), FILE, f"rest_of_part.{key}")


def part_left_out(question: str) -> str:
    """The words of the part a question leaves out of a total (不属于立行立改的: 立行立改); "" when it names none.

    >>> part_left_out("剩下不属于立行立改的多少"), part_left_out("除了要求立行立改的，其余还有多少个？"), part_left_out("还剩几个？")
    ('立行立改', '要求立行立改', '')
    """
    m = _pattern().search(question)
    return next((g for g in m.groups() if g), "").strip("“”") if m else ""


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _parts(sentences: str, totals) -> set[int]:
    """The counts below TOTALS' total stated after it that are no status of it (done, under way): the parts a pronoun
    can point back at. `_parts("反映的400个问题,已完成整改336个,其中要求立行立改的283个问题", t)` is {283}."""
    statuses = {n for _, n in totals.counts}
    return {int(m.group(1)) for m in COUNT.finditer(sentences, totals.start)
            if int(m.group(1)) < totals.total and int(m.group(1)) not in statuses}


def rest_of_part_note(question: str, sentences: str) -> str:
    """For the rest of a total outside a part the question names (part_left_out): the total of the first totals
    statement in SENTENCES less the count whose clause holds the most of the part's words; "" when not asked or not
    both stated.

    >>> rest_of_part_note("移交立行立改以外的还有多少个？", "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个")
    '（按通报数字推算：共29个，其中“移交立行立改问题4个”，其余25个（29−4）。）'
    >>> rest_of_part_note("要求马上改的是多少个？不属于这类的还有多少个？", "反映的400个问题,已完成整改336个,其中要求立行立改的283个问题")
    '（按通报数字推算：共400个，其中“要求立行立改的283个”，其余117个（400−283）。）'
    """
    part = part_left_out(question)
    if not part or not _pattern("asked").search(question):
        return ""
    g = load_genre()
    pointed = bool(_pattern("pronoun").match(part))   # 不属于这类的: the part the question named before
    words = set() if pointed else _bigrams(g.kinds_named(part))   # 不属于即知即改的 asked of 要求立行立改的283个: one kind
    for totals in g.read_totals(sentences):
        best = None   # (-shared bigrams, order, clause, figure, unit)
        parts = _parts(sentences, totals)
        for i, m in enumerate(COUNT.finditer(sentences)):
            if m.start() < totals.start or int(m.group(1)) >= totals.total:
                continue
            clause = sentences[max((c.end() for c in CLAUSE.finditer(sentences, 0, m.start())), default=0):m.end()]
            if pointed:   # the one part stated, else none to point at
                if len(parts) == 1 and int(m.group(1)) in parts:
                    best = (0, i, clause.removeprefix("其中"), int(m.group(1)), m.group(2))
                continue
            shared = len(words & _bigrams(g.kinds_named(clause)))
            if shared * 2 >= len(words) and (best is None or (-shared, i) < best[:2]):
                best = (-shared, i, clause.removeprefix("其中"), int(m.group(1)), m.group(2))
        if best is not None:
            _, _, clause, n, unit = best
            return f"（按通报数字推算：共{totals.total}{unit}，其中“{clause}”，其余{totals.total - n}{unit}（{totals.total}−{n}）。）"
    return ""
