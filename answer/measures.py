"""Measures taken for a problem, read from the notice below the sentence that names it.

The measures of a section are its 一是…二是… items (each with its detail), else the opening of each
sibling paragraph; titles, metadata lines and page furniture are never quoted as an answer.

    >>> t = "针对X问题,进行了以下整改。一是建立台账,逐项督办。二是定期通报进展情况。"
    >>> [t[a:b] for a, b in items_below(t, 14, len(t))]
    ['一是建立台账,逐项督办。', '二是定期通报进展情况。']
"""
from __future__ import annotations

import functools
import re

from answer.coined_terms import coined_before
from answer.headed import heading_named, objects_named
from answer.item_rest import item_rest
from answer.part_opening import opening_frames, own_opening_clause
from genre import load_genre
from genre.data_files import compile_re, read_toml
from genre.figures import arabic
from genre.questions import load_questions
from retrieval import weights
from retrieval.chunk import sentence_spans
from retrieval.index.keywords import tokenize
from retrieval.index.opened import Index
from retrieval.records import section_at, section_path_at
from retrieval.search.profile import agency_mentions
from retrieval.search.rank import Hit

RESTATES = load_questions().restates
_EXAMPLES = read_toml("measures.toml")["unit_examples"]
UNIT_EXAMPLE = compile_re(_EXAMPLES["pattern"], "measures.toml", "unit_examples")   # 有些单位…: units under it, as examples
UNITS_ASKED = compile_re(_EXAMPLES["units_asked"], "measures.toml", "unit_examples.units_asked")
UNITS_UNDER = compile_re(_EXAMPLES["units_under"], "measures.toml", "unit_examples.units_under")   # 被审计单位, 各单位
UNITS_ACTING = compile_re(_EXAMPLES["units_acting"], "measures.toml", "unit_examples.units_acting")   # 各…单位根据…
ENUM_START = load_questions().enum_item
NUMBERED = load_questions().numbered_item   # 1. … / (二)…: a numbered item's title
_ITEMS = read_toml("measures.toml")["problem_items"]
DOC_TITLE = compile_re(_ITEMS["doc_title"], "measures.toml", "problem_items.doc_title")   # 《…》 quoted in a measure
FIRST_ITEM = compile_re(_ITEMS["first_item"], "measures.toml", "problem_items.first_item")   # a list's 一是
ITEM_CHARS = 160   # an enumerated measure is quoted with the detail that follows its title
ITEM_TITLE = 30    # an 一是 sentence this short is the item's title only (二是加强组织领导,明确整改任务。)


def coverage(q_tokens: dict[str, float], text: str) -> float:
    """Share of the question's token weight found in `text`, a word of one act at two levels found as
    either (巡察 as 巡视): coverage({"台账": 1.0}, "建立台账") == coverage({"巡察": 1.0}, "省委巡视组") == 1.0."""
    total = sum(q_tokens.values())
    if not total:
        return 0.0
    read = arabic(text) if any(c.isdigit() for t in q_tokens for c in t) else text   # 29个 typed, 二十九个 written
    return sum(w for t, w in q_tokens.items() if any(v in text or v in read for v in same_act(t))) / total


@functools.lru_cache(maxsize=4096)
def same_act(token: str) -> tuple[str, ...]:
    """The token and its forms with the other word of an act at two levels: same_act("巡察组") -> ('巡察组', '巡视组')."""
    forms = [token]
    for a, b in load_questions().same_act:
        forms += [f.replace(x, y) for f in list(forms) for x, y in ((a, b), (b, a)) if x in f]
    return tuple(dict.fromkeys(forms))



def not_body(text: str, pos: int, title: str) -> bool:
    """The line at `pos` is the title, a metadata line or page furniture: never quoted as an answer."""
    line = text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1].strip()
    g = load_genre()
    return bool((title and line in title + "\n" + title.replace(" ", "")) or g.chrome_cue(line)
                or any(g.metadata_fields(line).values()) or (title and line.startswith(title[:12]) and len(line) < len(title) + 40))


def _with_detail(text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """An item's title sentence joined with the sentences after it in its paragraph, up to ITEM_CHARS."""
    a, b = spans[i]
    for a2, b2 in spans[i + 1:]:
        if b2 - a > ITEM_CHARS or "\n" in text[b:a2] or ENUM_START.match(text[a2:b2]):
            break
        b = b2
    return a, b


def item_with_detail(text: str, a: int, b: int) -> tuple[int, int]:
    """A sentence that is only an item's title (二是加强组织领导,明确整改任务。) read on with the detail after it in
    its paragraph (as _with_detail); any other sentence as it is.

    >>> t = "二是加强组织领导,明确整改任务。成立领导小组,组建专班。三是强化督导。"
    >>> t[slice(*item_with_detail(t, 0, 16))]
    '二是加强组织领导,明确整改任务。成立领导小组,组建专班。'
    >>> t = "1. 为民服务意识不强。对基层单位接处警工作指导监督力度不到位。"
    >>> t[slice(*item_with_detail(t, 0, 12))]
    '1. 为民服务意识不强。对基层单位接处警工作指导监督力度不到位。'
    """
    item = ENUM_START.match(text[a:b]) or NUMBERED.match(text[a:b])   # 二是… / 1. … / (二)…
    if not item or b - a > ITEM_TITLE:
        return a, b
    spans = [sp for sp in sentence_spans(text, a, min(len(text), b + 2 * ITEM_CHARS), clauses=False) if sp[0] >= a]
    if (len(spans) < 2 or spans[0][0] != a or "\n" in text[b:spans[1][0]] or ENUM_START.match(text[slice(*spans[1])])
            or NUMBERED.match(text[slice(*spans[1])])):
        return a, b
    _, end = _with_detail(text, spans, 1)   # its first detail sentence, and more of it up to ITEM_CHARS
    return a, end


def items_below(text: str, b0: int, end: int, title: str = "") -> list[tuple[int, int]]:
    """The measures in text[b0:end], below a problem: every 一是…二是… item (its title sentence with
    detail), else the opening of each sibling paragraph, else the first sentences not restating it.

    >>> t = "针对X问题,进行了以下整改。一是建立台账,逐项督办。二是定期通报进展情况。"
    >>> [t[a:b] for a, b in items_below(t, 14, len(t))]
    ['一是建立台账,逐项督办。', '二是定期通报进展情况。']
    """
    spans = [(a, b) for a, b in sentence_spans(text, b0, end) if b - a > 10 or ENUM_START.match(text[a:b])]
    spans = [(a, b) for a, b in spans if not not_body(text, a, title)]
    firsts = [_with_detail(text, spans, i) for i, (a, b) in enumerate(spans) if ENUM_START.match(text[a:b])]
    plain = [(a, b) for a, b in sentence_spans(text, b0, end, clauses=False)   # whole sentences ("电话:…;邮箱:…。")
             if b - a > 10 and not RESTATES.search(text[a:b]) and not not_body(text, a, title)]
    heads = [sp for i, sp in enumerate(plain)   # the first sentence of each paragraph
             if "\n" in text[(plain[i - 1][1] if i else b0):sp[0]] or (i == 0 and not text[b0:sp[0]].strip())]
    restart = next((i for i, (a, _) in enumerate(firsts) if i and FIRST_ITEM.match(text[a:a + 8])), len(firsts))
    firsts = firsts[:restart]   # a second 一是 opens another problem's measures (针对“举一反三”…: 一是…)
    if len(firsts) >= 2:
        return firsts[:weights.MEASURE_ITEMS]   # every 一是…二是… item of the section
    if len(heads) >= 2:   # sibling paragraphs, one measure each: the opening of each
        return [_with_detail(text, plain, plain.index(sp)) for sp in heads][:weights.MEASURE_ITEMS]
    return plain[:3]


def run_holding(text: str, a0: int) -> tuple[int, int] | None:
    """(start, end) of the 一是…二是… run of the paragraph at A0 when A0 sits inside it: a notice printed without outline
    headings (its whole text an opening) sets its measures out as such a run, which the outline never parses into
    items; an anchor in one item's detail reads its siblings too, as under a heading (measures_below asks it only of
    a notice with no sections: where headings carry the measures, an opening's run is framing and its one clause
    asked answers). None when A0 is before the run, or the paragraph holds fewer than two items.

    >>> t = "整改情况如下。一是提高认识。召开党委会议。二是加强领导。成立领导小组。三是上下联动。先后8次召开会议。"
    >>> t[slice(*run_holding(t, t.index("先后")))]
    '一是提高认识。召开党委会议。二是加强领导。成立领导小组。三是上下联动。先后8次召开会议。'
    >>> run_holding(t, 0) is None
    True
    """
    start = text.rfind("\n", 0, a0) + 1
    end = text.find("\n", a0) if "\n" in text[a0:] else len(text)
    spans = sentence_spans(text, start, end)
    first = next((a for a, b in spans if FIRST_ITEM.match(text[a:b]) and a <= a0), None)
    items = [a for a, b in spans if first is not None and a >= first and ENUM_START.match(text[a:b])]
    return (first, end) if len(items) >= 2 else None


def problem_over(sections, a0: int, sentence: str, q_tokens: dict[str, float], title: str = ""):
    """The problem heading (针对…问题,进行了以下整改) whose measures the anchor at A0 sits among, when all its measures
    answer: the anchor is an item's detail (通过…等措施 in 五是…) under it, or an item (二是…) repeating words the
    heading holds as fully (二是…落实《关于防止干部“带病提拔”的意见》 under 针对存在“带病提拔”干部问题): the question names
    the problem, not the one item. None otherwise (在健全工作机制上做了什么: 二是…健全工作机制, the item alone).

    >>> problem_over([], 0, "二是严把关口。", {"关口": 1.0}) is None
    True
    """
    sec = section_at(sections, a0)
    in_item = sec is not None and sec.kind == "enum" and sec.parent >= 0
    if in_item:
        sec = sections[sec.parent]
    if sec is None or not RESTATES.search(sec.heading):
        return None
    if not ENUM_START.match(sentence):
        return sec if in_item else None   # an item's detail: the whole list of the problem
    about = {t: w for t, w in q_tokens.items() if t not in title} or q_tokens
    own = DOC_TITLE.sub("", sentence)   # 落实《关于防止干部“带病提拔”的意见》: a rule applied, its title no topic of the item
    return sec if coverage(about, sec.heading) >= coverage(about, own) else None


def asked_topic(question: str, q_tokens: dict[str, float]) -> dict[str, float]:
    """The weighted words of the problem or field a measures question names.

    >>> asked_topic("在统一思想上做了哪些动作？", {"统一": 2.4, "思想": 1.8, "动作": 6.5})
    {'统一': 2.4, '思想': 1.8}
    """
    named = load_questions().asks_about_problem.search(question)
    words = set(tokenize(named.group(1))) if named else set()
    return {t: w for t, w in q_tokens.items() if t in words}


def own_measures_asked(question: str) -> tuple[str, ...]:
    """The agencies (as written) whose own measures the question asks, not which units under them did something: ()
    when none is named or units are asked (genre measures.toml unit_examples `units_asked`).

    >>> own_measures_asked("慈溪审计局抓整改采取了什么措施？"), own_measures_asked("慈溪审计报告里哪些单位边审边改？")
    (('审计局',), ())
    """
    return () if UNITS_ASKED.search(question) else tuple(dict.fromkeys(m[1] for m in agency_mentions(question)))


def unit_example(sentence: str, agencies: tuple[str, ...]) -> bool:
    """Whether SENTENCE tells what units under the AGENCIES asked of did, as an example (部分单位边审边改, 有些单位…附海镇…)
    or opened by those units as its actors (各整改主体责任单位根据整改要求,…: units_acting, round 136), naming none of
    them (胜山镇、市文广局出台了…: asked of 文广局, the example is its own).

    >>> unit_example("有些单位建立长效机制抓整改,附海镇通过制订“三张单子”", ("审计局",)), unit_example("部分单位还成立了小组", ())
    (True, False)
    >>> unit_example("各整改主体责任单位根据整改要求,主要负责人均亲自部署", ("审计局",))
    True
    """
    opening = sentence.lstrip()
    return bool(agencies) and bool(UNIT_EXAMPLE.match(opening) or UNITS_ACTING.match(opening)) \
        and not any(a in sentence for a in agencies)


CLOSED = "。！？!?；;：:”\"）)》"   # marks a sentence or clause may end on
MIN_REPEATED = 6   # characters of whole clauses a cut sentence must share with another to be its copy


def cut_off(text: str, start: int, end: int) -> bool:
    """Whether the sentence from START to END is the one TEXT ends in, cut short with no closing mark (the page lost
    its rest), and its clauses before the cut stand whole in another sentence of TEXT: that copy says what the cut one
    would (a truncated page's last sentence is still its only word on what it holds: never marked down alone).

    >>> t = "组织召开专题民主生活会,深入剖析原因。对照反馈意见作表态发言。组织召开专题民主生活会,班"
    >>> cut_off(t, 31, len(t)), cut_off(t, 0, 19), cut_off("作表态发言。组织召开专题民主生活会,班", 6, 21)
    (True, False, False)
    """
    if text[end:].strip() or not text[:end].rstrip() or text[:end].rstrip()[-1] in CLOSED:
        return False
    kept = re.split(r"[,，、]", text[start:end])[:-1]   # the clauses before the cut
    head = "".join(c + "," for c in kept)
    return len(head) >= MIN_REPEATED and (text.find(head, 0, start) >= 0 or text.find(head.replace(",", "，"), 0, start) >= 0)


def measures_below(index: Index, hits: list[Hit], q_tokens: dict[str, float], topic: dict[str, float] | None = None,
                   own: tuple[str, ...] = (), question: str = ""):
    """Measures taken for a problem: find the sentence naming the problem, then read on below it. TOPIC: the
    words of the problem or field the question names (在统一思想上做了哪些): the item whose heading holds them anchors.
    OWN: the agencies whose own measures are asked (own_measures_asked): no example of the units under them anchors.
    QUESTION: the part or item whose heading's object it says (明确整改任务, 工作机制) anchors (answer.headed).

    Returns candidate tuples like `extractive._candidates`: the first sentence of each 一是/二是 item under
    the anchor, or else the first sentences that do not restate the problem.
    """
    anchors = []
    for hit in hits[:3]:
        notice = index.records[hit.notice_id].notice
        text = notice.text
        about = {t: w for t, w in q_tokens.items() if t not in notice.title} or q_tokens   # title words pick
        # the notice ("19年的工作要点"), not the passage in it
        said = objects_named(index, hit.notice_id, question) if question else frozenset()   # answer.headed
        for a, b in sentence_spans(text, hit.start, hit.end):
            if a < notice.header_end or not_body(text, a, notice.title) or unit_example(text[a:b], own):
                continue   # titles, metadata: never the answer; nor, asked what the agency did, what units under it did
            path = section_path_at(index.records[hit.notice_id].sections, a) if a > hit.start else hit.section_path
            score = coverage(about, text[a:b]) + 0.5 * coverage(about, path) + 0.08 / hit.rank   # the item it sits in
            score += weights.TOPIC_PATH_WEIGHT * coverage(topic, path) if topic else 0.0
            named = question and (heading_named(index, hit, a, b, question)   # 工作机制: 二是…健全工作机制
                                  or any(o in text[a:b] for o in said))
            score += weights.HEADING_OBJECT_BONUS if named else 0.0
            score -= weights.CUT_OFF_PENALTY if cut_off(text, a, b) else 0.0   # the page lost its rest mid-sentence
            anchors.append((score, a, b, hit))
    if not anchors:
        return []
    _, a0, b0, hit = max(anchors, key=lambda x: x[0])
    rec = index.records[hit.notice_id]
    text = rec.notice.text
    first_item = FIRST_ITEM.match(text[a0:b0])
    if first_item and RESTATES.search(text[a0 + first_item.end():b0]):
        first_item = None   # "一是针对拆分合同问题,…": the item names its own problem, the question names it
    problem = problem_over(rec.sections, a0, text[a0:b0], q_tokens, rec.notice.title)
    if ENUM_START.match(text[a0:b0]) and not first_item and problem is None:  # the question names one item: quote it
        item = sentence_spans(text, a0, min(len(text), a0 + 600), clauses=False)
        end = next((i for i, (a, _) in enumerate(item[1:], 1) if ENUM_START.match(text[a:a + 6])), len(item))
        return [(1.0, hit.rank, a, b, hit) for a, b in item[:end][:3]]
    sec = section_at(rec.sections, a0)
    if sec is not None and sec.kind == "enum" and sec.parent >= 0:
        sec = rec.sections[sec.parent]  # the anchor sits in one item: read its siblings too
    if problem is not None:   # the anchor sits in one item of the problem asked: all its items, from 一是
        sec, b0 = problem, problem.heading_end
    run = run_holding(text, a0) if not rec.sections and problem is None else None   # a notice without headings
    start, end = run or (b0, min(sec.end if sec else hit.end, b0 + 2000))   # in an unparsed 一是 run: its siblings too
    picked = items_below(text, start, end, rec.notice.title)
    if problem is None and not RESTATES.search(text[a0:b0]) and not any(a <= a0 < b for a, b in picked) and (
            len(picked) < weights.MEASURE_ITEMS or opening_frames(rec.sections, a0, picked)):   # answer/part_opening.py
        words = [t for t in q_tokens if len(t) >= 2 and t not in rec.notice.title]   # its 一是 item's rest, asked by its title
        picked = [item_rest(text, a0, b0, ITEM_CHARS, words, picked)] + picked
    clause = own_opening_clause(rec.sections, text, a0, own)   # 市审计局…积极落实“挂销号”: the agency's own clause above
    picked = [clause] + picked if clause and not any(a < clause[1] and clause[0] < b for a, b in picked) else picked
    picked = coined_before(text, picked) + picked   # 对照“三清单”…: the sentence that set up “三清单” (answer/coined_terms.py)
    return [(1.0, hit.rank, a, b, hit) for a, b in picked]
