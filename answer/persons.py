"""People a question asks about that a notice only counts or leaves unnamed: the holder of a post (组长是谁) no quote
names, a person the notice only counts (被记大过的那个人是什么职务).

Example:
    >>> person_unnamed("被记大过的那个人是什么职务？", ["对1人予以记大过处分,对2人予以提醒谈话"])
    True
"""
from __future__ import annotations

import functools
import re

from answer.slots import group_led
from genre import load_genre
from genre.data_files import get, section, section_patterns
from genre.questions import load_questions
from genre.steps import load_steps
from retrieval.index.keywords import person_names

NO_PERSON = "通报只写了人数，没有写明具体人员的姓名、职务或单位。"
NO_HOLDER = "通报没有写明{post}的具体人员。"
NO_REPORTER = "通报没有写明向人大常委会作报告的人员（没有报告人署名）。"
NO_DUTY_HOLDER = "通报没有写明{asked}是谁。"
DUTY_CLAUSE = re.compile(r"[^，,。；;：:]+")
NAME_GAP = re.compile(r"[^，,。；;：:]{0,4}")   # between a post and its holder's name (局长 马学斌, 李明同志任组长)


def holder_unstated(question: str, quotes: list[str]) -> str:
    """The post whose holder the question asks (组长是谁) when no quote names that post, or a name is asked
    (叫什么名字) and the quotes naming the post name no person; "" otherwise.

    >>> holder_unstated("利州区法院的巡察组组长叫什么名字？", ["2025年1月3日,区委第四联动巡察组向区法院党组反馈了巡察意见。"])
    '组长'
    >>> holder_unstated("领导小组组长是谁？", ["成立了以局主要领导为组长的巡察整改工作领导小组"])
    ''
    >>> holder_unstated("巡察组组长是谁？", ["成立了以局主要领导为组长的巡察整改工作领导小组"])   # another group's
    '组长'
    >>> holder_unstated("领导小组组长叫什么名字？", ["成立了以局主要领导为组长的巡察整改工作领导小组"])   # an office, no name
    '组长'
    >>> holder_unstated("党委书记是谁？", ["成立厅党委书记任组长的巡视整改工作领导小组"])   # an office asked: a name answers
    '党委书记'
    >>> holder_unstated("第一责任人除了局党委书记还有谁？", ["局党委书记、局长切实履行第一责任人职责"])
    ''
    >>> holder_unstated("作指示批示的省委书记是谁？", ["李希书记、王伟中省长多次作出指示批示,省政府召开全省审计整改工作会议"])
    ''
    """
    q = load_questions()
    asked = q.asks_holder.search(question)
    if not asked:
        return ""
    post = next(g for g in asked.groups() if g)   # asked after the post (副组长都有谁) or before it (谁担任副组长)
    body = q.holder_body.search(question)   # 巡察组组长: that group's leader (not the rectification 领导小组's)
    holding = [t for t in quotes if post in t and (not body or group_led(t, post, body.group(1))) and not column_only(t, post)]
    short = [t for t in quotes if short_post_named(t, post)]   # 省委书记 asked, 李希书记、王伟中省长 written
    office = q.holder_office.fullmatch(post) and q.holder_office_ask.fullmatch(question, asked.end(1), asked.end())
    name_asked = q.asks_name.search(question) or office   # 党委书记是谁: the office is no answer (not 除了书记还有谁)
    if short or holding and (not name_asked or any(named_beside(t, post) for t in holding)):
        return ""
    return post


@functools.cache
def _column(key: str) -> re.Pattern[str]:
    return re.compile(get(section("questions.toml", "asks_holder"), key, str, "questions.toml", "asks_holder"))


def short_post_named(text: str, post: str) -> bool:
    """Whether TEXT names the holder of a level's party secretary POST (省委书记) by the short form a report of that level
    writes after the name (李希书记), the level's own words beside it (省长, 省政府, 全省; genre questions.toml [asks_holder]
    level_secretary).

    >>> short_post_named("李希书记、王伟中省长多次作出指示批示", "省委书记"), short_post_named("李希书记、王伟中省长多次作出指示批示", "市委书记")
    (True, False)
    >>> short_post_named("局党组书记张某主持会议,全省审计工作会议", "省委书记")   # 党组书记: no name before 书记
    False
    """
    level = _column("level_secretary").fullmatch(post)
    table = section("questions.toml", "asks_holder")
    words = get(table, "level_words", str, "questions.toml", "asks_holder").format(level=level.group("level")) if level else ""
    if not level or not re.search(words, text):
        return False
    short = get(table, "level_short", str, "questions.toml", "asks_holder")
    return any(name + short in text for name in person_names(text))


def column_only(text: str, post: str) -> bool:
    """Whether every POST in TEXT stands in a list of a ledger's columns fixed (明确责任领导、责任单位和完成时限): a role
    named as a kind, no holder (genre questions.toml [asks_holder] column_verbs).

    >>> column_only("逐一制定整改措施,明确责任领导、责任单位和整改时限", "责任领导")
    True
    >>> column_only("成立了以局主要领导为组长的领导小组,明确责任领导", "组长")
    False
    """
    clause_start = re.compile(r"[。；;：:，,]")
    for m in re.finditer(re.escape(post), text):
        marks = [c.end() for c in clause_start.finditer(text, 0, m.start())]
        clause = text[marks[-1] if marks else 0:m.start()]
        beside = text[max(0, m.start() - 1):m.start()] + text[m.end():m.end() + 1]
        if not (_column("column_verbs").search(clause) and _column("column_mark").search(beside)):
            return False
    return True


def named_beside(text: str, post: str) -> bool:
    """Whether TEXT names a person right beside POST (厅长 马学斌, 汤飞帆市长, 由张建国任组长): jieba's name tagger also
    marks phrases (纪检监察), so a name counts only beside the post it holds.

    >>> named_beside("广东省审计厅厅长 马学斌", "厅长"), named_beside("局党组书记、局长为第一责任人,驻局纪检监察组加强监督", "局长")
    (True, False)
    >>> named_beside("市审计局局长 俞金华", "局长")   # a byline: the name by its place, whatever jieba tags
    True
    """
    byline = load_genre().header.byline.match(text)   # a report's reader line names its holder by shape (市审计局局长 俞金华)
    if byline and post in byline.group() and not byline.group().find(post) < byline.end("org"):
        return True
    for name in dict.fromkeys(person_names(text)):
        for m in re.finditer(re.escape(name), text):
            for p in re.finditer(re.escape(post), text):
                gap = text[m.end():p.start()] if m.end() <= p.start() else text[p.end():m.start()] if p.end() <= m.start() else None
                if gap is not None and NAME_GAP.fullmatch(gap):
                    return True
    return False


def person_unnamed(question: str, quotes: list[str]) -> bool:
    """A post or name is asked of a person the notice only counts (被记大过的那个人是什么职务) and no quote names a person.

    >>> person_unnamed("被记大过的那个人是什么职务？", ["对1人予以记大过处分,对2人予以提醒谈话"])
    True
    >>> person_unnamed("作报告的人是什么职务？", ["广州市人民政府副市长  赖志鸿"])
    False
    """
    return bool(load_questions().asks_counted_person.search(question)) and not any(person_names(t) for t in quotes)


@functools.cache
def _duty() -> re.Pattern[str]:
    return section_patterns("questions.toml", "asks_holder", ("duty",))["duty"]


def duty_holder_unstated(question: str, quotes: list[str]) -> str:
    """The leader the question asks by the field he is in charge of (分管教育的县领导) when no quote writes that duty
    in one clause with a person's name, or with the asked verb (分管教育) and an office (genre questions.toml
    [asks_holder] duty); "" otherwise.

    >>> duty_holder_unstated("分管教育的县领导是谁？", ["实施方案报县政府分管领导审查签字后报督查室备案"])
    '分管教育的县领导'
    >>> duty_holder_unstated("分管教育的县领导是谁？", ["由分管教育的副县长牵头,教育局具体负责"])
    ''
    """
    asked = _duty().search(question)
    if not asked:
        return ""
    duty = asked.group(1).strip("“”")
    office = load_questions().holder_office
    clauses = [c for t in quotes for c in DUTY_CLAUSE.findall(t) if duty in c]   # beside: in the duty's own clause
    verb = asked.group()[:asked.start(1) - asked.start()]   # 分管: an office is his only with the duty written as his
    if any(person_names(c) or verb + duty in c and office.search(c) for c in clauses):
        return ""
    return question[asked.start():asked.end(2)]


@functools.cache
def _read_named() -> re.Pattern[str]:
    return section_patterns("questions.toml", "asks_reporter", ("read_named",))["read_named"]


@functools.cache
def _said_quoted() -> re.Pattern[str]:
    return section_patterns("questions.toml", "asks_reporter", ("said_quoted",))["said_quoted"]


def reporter_unstated(question: str, quotes: list[str]) -> bool:
    """A person is asked as the reader of a report (谁到人大去讲的, 报告人是谁) and no quote is a report's byline: the
    notice was never read to a congress under anyone's name (an inspection notice, a report published without its
    byline); the body's sentences are no reader.

    >>> reporter_unstated("这份报告是谁到人大去讲的？", ["今年以来,分别召开了市政府常务会议。"])
    True
    >>> reporter_unstated("这份报告是谁到人大去讲的？", ["市审计局局长   李火生"])
    False
    >>> reporter_unstated("是在哪次会议上报告的？", ["今年以来,分别召开了市政府常务会议。"])   # a session asked, no person
    False
    >>> reporter_unstated("培训会上部署讲话是谁作的？", ["今年以来,分别召开了市政府常务会议。"])   # no report named
    False
    >>> reporter_unstated("审计报告里讲“治未病”的是哪位市长？", ["今年以来,分别召开了市政府常务会议。"])   # a saying quoted
    False
    """
    q = load_questions()
    named = _read_named().search(question) and not _said_quoted().search(question)   # 讲“治未病”的是哪位: a speech
    if not (named and q.asks_reporter.search(question) and load_steps().who.search(question)) or q.other_session.search(question):
        return False
    byline = load_genre().header.byline
    return not any(byline.match(t.strip()) for t in quotes)   # a body's 习近平总书记 reads no report
