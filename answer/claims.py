"""What a quoted sentence states OF the thing asked, when it does not state what is asked (genre claims.toml):
- the day a document was issued, asked where the sentence about it says it is only planned (拟以…名义印发执行);
- one unit's own figure (单独, 自己, 光是), asked where the figure is stated of it together with others
  (财政部门(含自然资源局)…涉及金额237054.47万元).
A refusal check hooked into answer.refusal.overruled; it names what is missing and cites the sentence that says what
the notice does state.

Example:
    >>> planned_act("若干措施是哪天正式印发的", ["起草《若干措施》,拟以两办名义印发执行。"], {"若干": 2.0, "措施": 1.0})
    (0, '通报只说“拟以两办名义印发执行”，还没有印发，没有写明印发的日期。')
"""
from __future__ import annotations

import re
from dataclasses import replace

from genre import load_genre
from genre.data_files import compile_re, read_toml
from genre.events import event_asked
from genre.figures import arabic, cn_value
from genre.questions import load_questions
from genre.totals import status_count_hits
from retrieval.records import Citation

_DATA = read_toml("claims.toml")
ACTS = compile_re(_DATA["planned_act"]["acts"], "claims.toml", "planned_act")
INTENT = compile_re(_DATA["planned_act"]["intent"], "claims.toml", "planned_act")
ISSUED_DETAIL = compile_re(_DATA["planned_act"]["issued_detail"], "claims.toml", "planned_act")
ALONE = compile_re(_DATA["joint_figure"]["alone"], "claims.toml", "joint_figure")
WITHIN = compile_re(_DATA["joint_figure"]["within"], "claims.toml", "joint_figure")
AWARD_ASKED = compile_re(_DATA["awarded"]["asked"], "claims.toml", "awarded")
AWARD_STATED = compile_re(_DATA["awarded"]["stated"], "claims.toml", "awarded")
AWARD_UNREPORTED = "通报中没有提到评选结果。"
EACH_NAMED = compile_re(_DATA["each_named"]["pattern"], "claims.toml", "each_named")
CLAUSE = re.compile(r"[^,，;；。：:！!？?]+")
ITEM = re.compile(r"[、和及与]")
FIGURE = re.compile(r"\d|[一二三四五六七八九十两百千万]+(?:个|项|条|家|人|元|万)")
MIN_UNIT = 3   # characters of a unit's name the question must share with a group's member (自然资源局, 笑石园)


def each_named(question: str) -> tuple[str, str] | None:
    """The two things a question names and asks a figure of each (genre claims.toml [each_named]); None otherwise.

    >>> each_named("浙江卫健委要点，家医签约面上覆盖和重点人群覆盖两个指标分别是百分之多少？")
    ('家医签约面上覆盖', '重点人群覆盖')
    """
    m = EACH_NAMED.search(question)
    return (m.group(1), m.group(2)) if m else None


def planned_act(question: str, quotes: list[str], q_tokens: dict[str, float]) -> tuple[int, str] | None:
    """(index of the quote, why) when the question asks the day a document was issued (or its 文号) and the quote holding most of
    its words says the issuing is only planned (a word of intent before the verb, in one clause); None otherwise."""
    asked = ACTS.search(question) or ISSUED_DETAIL.search(question)
    detail = ISSUED_DETAIL.search(question)   # 文号是多少: asked like the day
    if not quotes or not asked or not (detail or load_questions().asks_date.search(question)):
        return None
    best = max(range(len(quotes)), key=lambda i: sum(w for tok, w in q_tokens.items() if tok in quotes[i]))
    for clause in CLAUSE.findall(quotes[best]):
        act = ACTS.search(clause)
        if act and INTENT.search(clause[:act.start()]) and not load_questions().states_result.search(clause):
            verb = asked.group() if ACTS.fullmatch(asked.group()) else act.group()
            what = detail.group() if detail else f"{verb}的日期"
            return best, f"通报只说“{clause.strip()}”，还没有{verb}，没有写明{what}。"
    return None


def planned_clause(quote: str) -> str:
    """The clause of QUOTE that says a document's issuing (印发, 出台: any verb of claims.toml [planned_act] acts, staff
    say one for another) is only planned: a word of intent before it in the clause, no result stated; "" when none does.

    >>> planned_clause("省委审计委员会办公室起草《若干措施》,拟以省委办公厅、省政府办公厅名义印发执行。")
    '拟以省委办公厅、省政府办公厅名义印发执行'
    """
    for clause in CLAUSE.findall(quote):
        act = ACTS.search(clause)
        if act and INTENT.search(clause[:act.start()]) and not load_questions().states_result.search(clause):
            return clause.strip()
    return ""


def joint_figure(question: str, quotes: list[str], text: str) -> tuple[int, str] | None:
    """(index of the quote, why) when the question asks one unit's own figure (单独, 自己) and a quote states a figure
    of a group holding that unit (含X, 包括X在内, X等N个单位) while the notice (TEXT) states none of the unit alone; the
    index is -1 when only a sentence of TEXT states the group's figure.

    >>> joint_figure("自然资源局单独涉及问题资金多少", ["财政部门(含自然资源局)预算执行问题6项,涉及金额237054.47万元"], "")
    (0, '通报只写了“财政部门(含自然资源局)”合在一起的数，没有写“自然资源局”单独的数。')
    """
    if not ALONE.search(question) or not load_questions().asks_quantity.search(question):
        return None
    sentences = re.findall(r"[^。；;\n]+", text)   # a quote that names no group (the notice's grand total) is checked too
    for i, quote in [*enumerate(quotes), *((-1, s) for s in sentences)]:
        for m in WITHIN.finditer(quote):
            unit = _member_asked(question, next(g for g in m.groups() if g))
            pinned = _set_figure_named(question, quote[:m.start()])   # 那10项…里: only this sentence splits that set
            if unit and FIGURE.search(quote[m.end():]) and not _stated_alone(unit, quote if pinned else text):
                group = _group_named(quote, m)
                return i, f"通报只写了“{group}”合在一起的数，没有写“{unit}”单独的数。"
    return None


def _member_asked(question: str, group: str) -> str:
    """The member of GROUP (its items split at 、/和/及) the question names: its longest ending of MIN_UNIT characters or
    more found in the question ("" when none)."""
    for item in ITEM.split(group):
        item = item.strip()
        for start in range(0, len(item) - MIN_UNIT + 1):
            if item[start:] in question:
                return item[start:]
    return ""


def _set_figure_named(question: str, before: str) -> bool:
    """Whether the question names the set by the figure the quote states of it right before 含X (正在整改10项(含部分整改)
    and 那10项还在整改的问题里)."""
    head = CLAUSE.findall(arabic(before) + "\x00")   # 正在整改十项(含部分整改) as 10项 (genre figures.toml [numerals])
    last = head[-1].rstrip("\x00") if head else ""
    counts = status_count_hits(load_genre(), last)   # 10项正在整改(含部分整改): a status count written figure first
    if counts and counts[-1].end() == len(last.rstrip()):
        figure = counts[-1].group("n")
    else:
        found = re.search(r"\d+(?:\.\d+)?(?=\D{0,3}$)", last)
        if found is None:
            return False
        figure = found.group()
    said = {*re.findall(r"\d+(?:\.\d+)?", arabic(question, asked=True)),   # 那十项 as 那10项 (a one-character count too)
            *(str(cn_value(n)) for n in re.findall(r"[一二两三四五六七八九十百千]+(?=个|项|条|件|家|人|名|处|类|次|户)", question))}
    return figure in said


def _group_named(quote: str, m: re.Match[str]) -> str:
    """The group as the quote names it: the words before 含X up to the clause's start, and the match itself."""
    head = CLAUSE.findall(quote[:m.start()] + "\x00")
    before = head[-1].rstrip("\x00") if head and not quote[:m.start()].endswith(("，", ",", "；", ";", "。")) else ""
    return (before + m.group()).strip()


def _stated_alone(unit: str, text: str) -> bool:
    """Whether TEXT states a figure in a clause naming UNIT outside any group (自然资源局收回出让金120万元)."""
    for clause in CLAUSE.findall(text):
        if unit in clause and FIGURE.search(clause):
            rest = WITHIN.sub("", clause)
            if unit in rest:
                return True
    return False


def award_unreported(question: str, text: str) -> bool:
    """Whether QUESTION asks who was rated or awarded and TEXT (the answering notice) reports no winner (genre claims.toml
    [awarded]): a plan to rate (每月评选出优秀单位) names no one.

    >>> award_unreported("2023年评出了哪几个优秀区县？", "每月评选出优秀单位、优秀区县、优秀处室,每季评选优秀个人")
    True
    >>> award_unreported("哪些处室被评为优秀？", "综合处被评为全省优秀处室"), award_unreported("每月评选几次？", "每月评选")
    (False, False)
    """
    return bool(AWARD_ASKED.search(question)) and not AWARD_STATED.search(text)


def claim_unstated(question: str, cites: tuple[Citation, ...], q_tokens: dict[str, float],
                   text: str) -> tuple[str, tuple[Citation, ...]] | None:
    """(why, the one citation that says what the notice does state) when the reply's quotes state a planned act or a
    joint figure where a done act's day or one unit's own figure is asked, or (no citation) a winner
    the notice never reports; TEXT is the answering notice's text."""
    quotes = [c.quote for c in cites]
    found = planned_act(question, quotes, q_tokens) or joint_figure(question, quotes, text)
    if found is None:
        return (AWARD_UNREPORTED, ()) if award_unreported(question, text) else None
    i, why = found
    return why, (replace(cites[i], n=1),) if i >= 0 else ()


NO_EVENT = "通报中没有提到“{event}”。"


def event_unreported(question: str, texts: list[str]) -> str:
    """The refusal when QUESTION asks whether an event of a kind happened (开过专题民主生活会吗: genre claims.toml
    [asked_event]) and none of TEXTS (the answering notices) names that kind; "" otherwise.

    >>> event_unreported("揭阳公安局巡察以后开过专题民主生活会吗？", ["市委第四巡察组对市公安局党委开展了巡察。"])
    '通报中没有提到“专题民主生活会”。'
    >>> event_unreported("开过民主生活会吗？", ["把巡察整改问题作为2024年度民主生活会重点内容"])
    ''
    """
    asked = event_asked(question)
    if asked is None or any(name in t for name in asked.names for t in texts):
        return ""
    return NO_EVENT.format(event=asked.asked)
