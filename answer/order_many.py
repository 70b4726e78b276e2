"""Several steps asked in order (genre steps.toml [order_many]): each step named in the ask (its 、-joined names) is
the notice sentence sharing most words with it, listed by the date that sentence writes, each cited; a step no sentence
dates is said undated, never guessed.

Example:
    >>> named_steps("利州区法院：巡察、反馈、改信访办法，这几件事先后是啥时候")
    ['巡察', '反馈', '改信访办法']
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from answer.forms import cite
from answer.metadata import report_lines
from answer.steps import read_days
from genre.steps import load_steps
from genre.order_many import load_order_many
from genre.worked import asked_steps
from retrieval import weights
from retrieval.index.opened import Index
from retrieval.records import Citation

WHEN = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(?:(?:至|到|—|-)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?")
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Placed:
    step: str               # the step as the ask names it
    span: tuple[int, int]   # its sentence in the notice; (0, 0) for the page's date
    day: dt.date | None     # None: the notice dates it nowhere
    said: str               # the date as written (2024年10月16日至11月15日)


def named_steps(question: str) -> list[str]:
    """The steps an ask names joined by 、 (three and more), in the ask's order; [] when it names fewer.

    >>> named_steps("这几件事先后是啥时候")
    []
    """
    marks = load_order_many().listed
    clauses = [c for c in re.split(r"[，,：:？?。；;]", question) if marks.search(c)]
    if not clauses:
        return []
    names = [s.strip() for s in marks.split(max(clauses, key=lambda c: len(marks.findall(c))))]
    return names if len(names) >= 3 and all(names) else []


def several_order_asked(question: str) -> bool:
    """Whether QUESTION asks three and more named steps in order.

    >>> several_order_asked("巡察、反馈、改信访办法，这几件事先后是啥时候"), several_order_asked("反馈和公布哪个在前")
    (True, False)
    """
    return bool(named_steps(question)) and bool(load_order_many().asks.search(question))


def _pairs(text: str) -> set[str]:
    chars = "".join(CJK.findall(text))
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def _sentences(text: str) -> list[tuple[int, int]]:
    """Spans of TEXT's sentences (to 。；! or a line's end)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^。；;！\n]+[。；;！]?", text) if len(m.group().strip()) > 4]


def _day(text: str) -> tuple[dt.date | None, str]:
    m = WHEN.search(text)
    if not m:
        return None, ""
    y, mo, d = (int(g) if g else 0 for g in m.groups())
    return dt.date(y, mo, d or 1), m.group()


def _step_day(sentence: str, wanted: set[str]) -> tuple[dt.date | None, str]:
    """The date of SENTENCE heading the stretch (to the next date) sharing most of the step's word pairs WANTED: one
    sentence may date two steps (2023年4月20日至5月31日,…开展巡察,并于2024年1月4日反馈了巡察意见).

    >>> _step_day("2023年4月20日至5月31日,巡察四组开展巡察,并于2024年1月4日反馈了巡察意见", {"反馈"})[1]
    '2024年1月4日'
    """
    found = list(WHEN.finditer(sentence))
    if len(found) < 2:
        return _day(sentence)
    ends = [m.start() for m in found[1:]] + [len(sentence)]
    best = max(range(len(found)), key=lambda k: (len(wanted & _pairs(sentence[found[k].start():ends[k]])), -k))
    return _day(sentence[found[best].start():])


def _after_said(sentence: str, said: str) -> str:
    """A date heading a clause ending in 后 dates what follows as after it, on no day of its own.

    >>> _after_said("2018年7月30日市十七届人大常委会第十四次会议后,市审计局出具整改任务清单", "2018年7月30日")
    '2018年7月30日市十七届人大常委会第十四次会议后，具体日期未写明'
    """
    at = sentence.find(said)
    m = re.match(r"[^，,。；;]{0,24}?(?:后|以后|之后)(?=[，,])", sentence[at + len(said):]) if said and at >= 0 else None
    return f"{said}{m.group()}，具体日期未写明" if m else said


def place_steps(text: str, steps: list[str], delivered: str, published: str, head_end: int = 0) -> list[Placed]:
    """Each of STEPS placed at the sentence of TEXT sharing most words with it (a dated one, or one no other step shares
    more with, preferred; a step named as a meeting, 开会/审议, one naming a meeting by its ordinal); a report's title
    lines (before HEAD_END, its subtitle's end) and its 请予审议 sentence dated DELIVERED, 公布/挂网 the page's date PUBLISHED.

    >>> t = "2025年1月3日,巡察组反馈了巡察意见。2024年10月16日至11月15日,巡察组进行了巡察。反馈会后,召开党组(扩大)会。"
    >>> [(p.step, p.said) for p in place_steps(t, ["巡察", "反馈", "开党组扩大会"], "", "")]
    [('巡察', '2024年10月16日至11月15日'), ('反馈', '2025年1月3日'), ('开党组扩大会', '')]
    """
    own, meeting = load_order_many().self_report, load_steps().ordinal_end

    def is_self(a: int, b: int) -> bool:
        return bool(delivered) and (b <= head_end or bool(own.search(text[a:b])))
    spans = _sentences(text)
    pairs = [_pairs(text[a:b]) for a, b in spans]
    wanted = [_pairs(s) for s in steps]
    placed = []
    for i, step in enumerate(steps):
        if any(s.name == "published" for s in asked_steps(step)) and re.match(r"\d{4}-\d{1,2}-\d{1,2}", published or ""):
            day = dt.date(*map(int, published[:10].split("-")))
            placed.append(Placed(step, (0, 0), day, f"{day.year}年{day.month}月{day.day}日（页面发布日期）"))
            continue
        best, best_score = None, 0.0
        for (a, b), got in zip(spans, pairs):
            raw = len(wanted[i] & got)
            if not raw:
                continue
            owner = raw > max((len(w & got) for j, w in enumerate(wanted) if j != i), default=0)
            dated = is_self(a, b) or _day(read_days(text[a:b], delivered))[0]
            held = load_order_many().meeting_named.search(step) and meeting.search(text[a:b])
            score = (raw + (weights.ORDER_STEP_OWNER if owner else 0) + (weights.ORDER_STEP_DATED if dated else 0)
                     + (weights.ORDER_STEP_MEETING if held else 0) - (weights.ORDER_STEP_SELF if is_self(a, b) else 0))
            # the report's own lines date the report itself: a meeting sharing no more words is the body's
            if score > best_score:
                best, best_score = (a, b), score
        if best is None:
            placed.append(Placed(step, (0, 0), None, ""))
            continue
        sentence = text[best[0]:best[1]]
        read = read_days(sentence, delivered)
        day, said = _day(delivered) if is_self(*best) else _step_day(read, wanted[i])
        said = said if is_self(*best) or load_order_many().meeting_named.search(step) else _after_said(read, said)
        placed.append(Placed(step, best, day, said))
    return placed


def several_order_said(index: Index, nid: str, question: str, cites: list[Citation], delivered: str,
                       published: str) -> tuple[str, list[Citation]]:
    """For several steps asked in order: a note listing them by date, each with its day and cited (undated ones after,
    said undated), and CITES with their sentences added; ("", CITES) when not asked so."""
    if not several_order_asked(question):
        return "", cites
    steps = named_steps(question)
    text = index.records[nid].notice.text
    lines_read = report_lines(text)
    placed = place_steps(text, steps, delivered, published, max(b for _, b in lines_read) if lines_read and delivered else 0)
    if sum(1 for p in placed if p.day) < 2:
        return "", cites
    cites = list(cites)
    lines = []
    for p in sorted(placed, key=lambda p: (p.day is None, p.day or dt.date.min)):
        mark = ""
        if p.span != (0, 0):
            held = next((c for c in cites if c.start == p.span[0] and c.end == p.span[1]), None)
            if held is None:
                cites.append(cite(index, nid, *p.span, len(cites) + 1))
                held = cites[-1]
            mark = f"[{held.n}]"
        lines.append(f"{p.step}（{p.said}）{mark}" if p.day else f"{p.step}（通报未写明日期）{mark}")
    ends = [p for p in placed if p.day]
    ends.sort(key=lambda p: p.day)
    most = load_order_many()
    named = (f"最晚的是{ends[-1].step}（{ends[-1].said}）。" if most.latest.search(question) else "") + \
        (f"最早的是{ends[0].step}（{ends[0].said}）。" if most.earliest.search(question) else "")
    return "（按日期先后：" + "；".join(f"{i}. {s}" for i, s in enumerate(lines, 1)) + "。）" + named, cites
