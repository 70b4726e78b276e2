"""Cross asks (湖北司法厅收到巡视反馈那天，莆田司法局整改通报挂网那天，是不是同一天): each of two notices named is asked
its own event, the words after its name up to the next name (a second side with nothing of its own asks the first's),
and the relation asked across them (同一天, 了吗, 早几天) is worked from the two days quoted (genre comparisons.toml
[cross]).

Example:
    >>> side_asks("湖北司法厅收到巡视反馈那天，莆田司法局整改通报挂网那天，是不是同一天", "湖北、莆田、司法厅、司法局")
    ('什么时候收到巡视反馈', '什么时候整改通报挂网')
"""
from __future__ import annotations

import re
from datetime import date

from genre.asking import load_asking
from genre.comparisons import load_comparisons
from genre.cross import load_cross
from genre.figures import arabic
from genre.naming import load_naming
from genre.questions import load_questions

HAN = re.compile(r"[\u4e00-\u9fff]")


def side_name_spans(question: str, names: str) -> list[tuple[int, int]]:
    """The spans of QUESTION naming a notice: the words of NAMES found, those at most one character apart joined
    (莆田 市 司法局), never across a joining word (绵阳和莆田两个司法局: three names, no side asked apart)."""
    spans = sorted((m.start(), m.end()) for w in names.split("、") if w for m in re.finditer(re.escape(w), question))
    joined: list[tuple[int, int]] = []
    for a, b in spans:
        if joined and a <= joined[-1][1] + 1 and not load_cross().join.search(question[joined[-1][1]:a]):
            joined[-1] = (joined[-1][0], max(b, joined[-1][1]))
        else:
            joined.append((a, b))
    return joined


def naming_run(question: str, names: str) -> tuple[int, int] | None:
    """The span of QUESTION naming the notices compared: from the first name found to the last one reached through
    words that only join or describe the sides (genre comparisons.toml [naming]); a name met after an asking word or a
    clause end stands in the ask (各是哪天向人大常委会报的, 湖州比省里晚几天). None when no name is found.

    >>> q = "湖州和浙江两份工作要点，网页上的发布时间各是哪天？湖州比省里晚几天？"
    >>> a, b = naming_run(q, "湖州、浙江"); q[a:b]
    '湖州和浙江'
    >>> q = "瑞金和慈溪两地审计局长向人大常委会作审计整改报告，分别是谁？"
    >>> a, b = naming_run(q, "瑞金、慈溪、审计局、人大常委会"); q[a:b]
    '瑞金和慈溪'
    >>> q = "株洲和湖南长沙两地审计局的报告各是哪天印发的"   # 长 opening the next name is no post
    >>> a, b = naming_run(q, "株洲、湖南、长沙、审计局"); q[a:b]
    '株洲和湖南长沙两地审计局'
    """
    spans = sorted((m.start(), m.end()) for w in names.split("、") if w for m in re.finditer(re.escape(w), question))
    if not spans:
        return None
    c, x, n = load_comparisons(), load_cross(), load_naming()
    start, end = spans[0]
    before = None   # the run's end before its last name
    for a, b in spans[1:]:
        if n.post.match(question, end) and before and a != end:   # 两地审计局长: the post asked, its agency with it
            return start, before
        gap = question[end:a] if a > end else ""
        short = len(HAN.findall(x.join.sub("", c.frame.sub("", gap)).replace("的", ""))) <= n.short
        plain = not load_asking().asks.search(gap) and not n.stop.search(gap)
        if not (short or plain or n.joined.search(gap)):
            break
        before, end = (end, b) if b > end else (before, end)
    return start, end


def named_apart(question: str, names: str) -> tuple[str, str] | None:
    """The words of QUESTION between its two named notices and after the second (甲被反馈的问题数是乙的几倍: '被反馈的问题数是',
    '的几倍'); None unless just two names stand apart.

    >>> named_apart("朔州科技局被反馈的问题数是鲤城社科联的几倍？", "朔州、鲤城、科技局、社科联")
    ('被反馈的问题数是', '的几倍？')
    """
    spans = side_name_spans(question, names)
    if len(spans) != 2 or spans[0][1] >= spans[1][0]:
        return None
    return question[spans[0][1]:spans[1][0]], question[spans[1][1]:]


def _event(text: str) -> str:
    """TEXT without the words relating it to the other side nor those asking the relation (谁多, 早几天, 同一天)."""
    c, x = load_comparisons(), load_cross()
    for rx in (c.more, c.order_gap, c.order, x.more_gap, x.gap, c.frame, x.day_of, x.relation):
        text = rx.sub("", text)
    return text.strip()


def side_asks(question: str, names: str) -> tuple[str, str] | None:
    """Each side's own ask when QUESTION names two notices (NAMES: the names found, 、-joined) and asks something between
    the first name and the second; None when the names stand together before one ask (枣庄社科联和鲤城社科联，各开了几次会).

    >>> side_asks("湖北司法厅和市公安局两份通报，开的会各是多少次", "湖北、司法厅、公安局") is None
    True
    >>> side_asks("绵阳和莆田两个司法局，哪家的巡察组待得更久", "绵阳、莆田、司法局") is None
    True
    >>> side_asks("广元市委被省委巡视和利州区法院被区委巡察，哪个先拿到反馈意见？", "广元、利州、市委、法院") is None
    True
    >>> side_asks("遂宁科技局通报是哪天发布的，朔州科技局的呢", "遂宁、朔州、科技局")
    ('通报是哪天发布的', '通报是哪天发布的')
    >>> side_asks("绵阳司法局巡察开始那天，莆田司法局巡察开始了吗", "绵阳、莆田、司法局")
    ('什么时候巡察开始', '什么时候巡察开始')
    >>> side_asks("中山一院跟利州区法院比，谁家巡察反馈早？早几天", "中山、利州、法院") is None
    True
    >>> side_asks("湖北司法厅的巡视反馈和莆田司法局的通报发布，是不是同一天", "湖北、莆田、司法厅、司法局")
    ('巡视什么时候反馈', '通报什么时候发布')
    """
    spans = side_name_spans(question, names)
    if len(spans) != 2:
        return None
    x = load_cross()
    first = x.join.sub("", question[spans[0][1]:spans[1][0]]).lstrip("的")
    nouns = not x.asks.search(first) and bool(x.noun_act.search(_event(first))) \
        and _day_relation(question[spans[1][1]:])   # 甲的巡视反馈和乙的通报发布，是不是同一天: events named as nouns
    if len(HAN.findall(first)) < 2 or not (x.asks.search(first) or nouns):
        return None
    dated = bool(x.day_of.search(first)) or nouns
    first_ask = (_dated(_event(first), nouns)) if dated else first
    second = question[spans[1][1]:]
    event = _event(second).lstrip("的")
    if x.elided.search(second) or len(HAN.findall(event)) < 2:
        return first_ask, first_ask
    if dated and not load_questions().asks_date.search(event):
        return first_ask, _dated(event, nouns)
    return first_ask, event


def _dated(event: str, noun: bool) -> str:
    """EVENT asked by its day: the asking word first (什么时候收到巡视反馈), or before the closing act of an event named
    as a noun (NOUN: 通报发布 -> 通报什么时候发布), as staff ask one notice.

    >>> _dated("收到巡视反馈", False), _dated("通报发布", True), _dated("反馈", True)
    ('什么时候收到巡视反馈', '通报什么时候发布', '什么时候反馈')
    """
    x = load_cross()
    return x.noun_act.sub(lambda m: x.day_written + m.group(1), event) if noun and x.noun_act.search(event) \
        else x.day_written + event


def _day_relation(rest: str) -> bool:
    """Whether REST (the words after the second name) asks how two days relate (是不是同一天, 差几天): the events named
    before it are then asked by their days, though named as nouns (湖北司法厅的巡视反馈和莆田司法局的通报发布).

    >>> _day_relation("的通报发布，是不是同一天"), _day_relation("，整改领导小组各由谁挂帅？")
    (True, False)
    """
    x = load_cross()
    return bool(x.same_day.search(rest) or x.gap.search(rest))


def cross_note(question: str, asks: tuple[str, str], days: list[tuple[str, date | None]]) -> str:
    """The relation QUESTION asks between the two sides' days (同一天 / 了吗 / 早几天), worked from DAYS ((whose, the day
    its answer quotes) per side); that a side states no day when one does not; "" when no such relation is asked.

    >>> cross_note("甲那天，乙是不是同一天", ("什么时候反馈", "什么时候挂网"), [("《甲》", date(2025, 2, 17)), ("《乙》", date(2025, 2, 17))])
    '（按两份通报的日期推算：甲反馈：2025年2月17日；乙挂网：2025年2月17日；是同一天。）'
    """
    x = load_cross()
    asked = x.same_day.search(question) or x.by_then.search(question) or x.gap.search(question)
    if not asked or len(days) != 2:
        return ""
    events = [x.day_asked.sub("", a).strip("？?，,。 ") for a in asks]
    if not all(d for _, d in days):
        missing = "、".join(f"{w}" for w, d in days if d is None)
        return f"（{missing}没有写明{events[[d for _, d in days].index(None)]}的日期，无法比较。）"
    (a, da), (b, db) = [(_short(w), d) for w, d in days]
    said = f"（按两份通报的日期推算：{a}{events[0]}：{_written(da)}；{b}{events[1]}：{_written(db)}；"   # each side's
    # event as the notice dates it, the question's words not spliced into a sentence (巡察开始是…, 那天已经巡察开始)
    gap = (db - da).days
    if gap == 0:
        return said + "是同一天。）"
    between = f"{b}比{a}{'晚' if gap > 0 else '早'}{abs(gap)}天"
    if x.by_then.search(question) and not x.same_day.search(question):
        return said + f"{between}，在{a}那天{'之后' if gap > 0 else '之前'}。）"
    return said + ("不是同一天，" if x.same_day.search(question) else "") + f"{between}。）"


def cross_count(lead: str) -> tuple[int, str] | None:
    """The first count LEAD quotes and its unit (研究整改9次 -> (9, '次')); None when it quotes none.

    >>> cross_count("主持召开党组会议、专题会议研究整改9次")
    (9, '次')
    """
    m = load_cross().count.search(arabic(lead))   # 先后八次召开 as 8次 (genre figures.toml [numerals])
    return (int(m.group(1)), m.group(2)) if m else None


def dashed_day(lead: str) -> date | None:
    """The day a page header writes with dashes (时间: 2023-08-09), None when LEAD writes none.

    >>> dashed_day("时间: 2023-08-09")
    datetime.date(2023, 8, 9)
    """
    m = load_cross().dashed.search(lead)
    try:
        return date(*map(int, m.groups())) if m else None
    except ValueError:
        return None


def _short(label: str) -> str:
    """A notice's LABEL as a worked note names it: its issuer (comparisons.toml [cross] label_cut); LABEL as it is when
    nothing is left.

    >>> _short("《中共莆田市司法局党组关于巡察整改进展情况的通报》"), _short("《绵阳市司法局党组（d05_x.txt）》"), _short("《甲》")
    ('莆田市司法局', '绵阳市司法局', '甲')
    """
    cut = load_cross().label_cut
    short = label
    for _ in range(3):   # the book marks first, then the file name, then the tail
        short = cut.sub("", short).strip()
    return short or label


def _written(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
