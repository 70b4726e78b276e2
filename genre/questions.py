"""How staff ask (genre/data/questions.toml): the inspecting body, years, question-framing words,
asking for results, and how plans are worded.

Example:
    >>> q = load_questions()
    >>> bool(q.asks_result.search("最后实际完成了多少？")), "什么时候" in q.asking
    (True, True)
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "questions.toml"


@dataclass(frozen=True)
class Questions:
    inspector: re.Pattern[str]          # after a place or party committee: names the inspecting body
    inspecting_agencies: frozenset[str]  # agency types that inspect others (党委, 纪委监委)
    tour: str                            # 巡视: carried out only by committees of the levels below
    tour_levels: frozenset[str]          # place levels whose committees carry out 巡视 (province)
    year: re.Pattern[str]
    period: re.Pattern[str]              # N年度: the year a report or plan covers
    plan_period: re.Pattern[str]         # 2023年全省卫生健康工作要点: a plan's title year is the year it covers
    other_year: re.Pattern[str]          # group 1: a year qualifying a figure (not a day's date)
    asking: frozenset[str]               # question-framing words (never in the answer's wording)
    asks_result: re.Pattern[str]
    planned: re.Pattern[str]
    asks_quantity: re.Pattern[str]       # each match asks for one figure
    asks_date: re.Pattern[str]
    asks_year: re.Pattern[str]           # 哪一年 / 哪个年度: a year is asked ("2024年度" answers)
    dated_meeting: re.Pattern[str]       # group 1: the kind of meeting a date is asked of (常务会议, 民主生活会)
    one_occasion: re.Pattern[str]        # 第二次, 最近一次: one occasion of a meeting held more than once
    draft_request: re.Pattern[str]
    where: re.Pattern[str]
    asks_measures: re.Pattern[str]
    asks_about_problem: re.Pattern[str]  # group 1: the problem named (针对X的问题采取了哪些措施)
    problem_asking: re.Pattern[str]   # a question word in group 1: a piece of the question, no problem (对应写了几条)
    problem_occasion: re.Pattern[str]   # group 1 a meeting (在会上做了什么): the act's occasion, no problem
    named_people: re.Pattern[str]        # 责任人/干部…: a phrase naming people, not a problem
    other_units_problem: re.Pattern[str]  # group 1: a problem whose rectification other agencies' notices are asked
    asked_unit: re.Pattern[str]          # group 1: the unit after 多少/几
    asks_rate: re.Pattern[str]
    asks_remaining: re.Pattern[str]      # 还剩几个 / 还有多少没改完: total minus completed
    asks_completion: re.Pattern[str]     # 完成率 / 改完的占比: a share of what was completed
    asks_sum: re.Pattern[str]            # 加起来多少: the sum of figures stated apart
    asks_difference: re.Pattern[str]     # 高多少个百分点 / 多多少条: the difference of two figures
    asks_which_more: re.Pattern[str]     # 哪个开得多: the larger of the two named
    figure_bound: re.Pattern[str]        # 42%以上: a bound, no name of the figure
    figure_verb: re.Pattern[str]         # 覆盖率达: the verb before a figure, not its name
    asks_not_done: re.Pattern[str]       # 没完成整改的占多少: the share of the rest
    asks_money: re.Pattern[str]          # 多少资金 / 钱有多少: answered only in money units
    money_units: tuple[str, ...]         # 万元, 亿元, 元
    generic: frozenset[str]              # words every notice uses throughout
    restates: re.Pattern[str]            # a sentence restating the problem before its measures
    enum_item: re.Pattern[str]           # 一是/二是 starting an item
    announces: re.Pattern[str]           # 现将…通报如下: announces the notice, answers nothing
    measure_units: dict[str, tuple[str, ...]]   # a specific unit asked -> the forms that answer it
    asks_done: re.Pattern[str]           # 完成了几条 / 改完了没: a stated status answers
    asks_done_status: re.Pattern[str]    # 是不是都改完了 / 完成得怎么样: completed, left and rate worked out of a total
    asks_which_done: re.Pattern[str]     # 现在出了哪个: which member of a counted set is done
    asks_place: re.Pattern[str]          # 是哪个区的: group 1 the level asked
    asks_problems: re.Pattern[str]       # 发现了哪些问题: the findings answer
    findings_heading: re.Pattern[str]    # 巡察发现的问题: a section of problems, not measures
    states_result: re.Pattern[str]       # 已…/完成/建成: a sentence states an outcome
    asks_content: re.Pattern[str]        # 那4个问题具体是什么: groups count, unit
    framing: re.Pattern[str]             # …巡察组对…进行了巡察 / 反馈了巡察意见 / 予以公布: a notice's opening
    year_names_round: re.Pattern[str]    # 2025年这轮巡察: a year naming the inspection, not a figure's period
    asks_inspection: re.Pattern[str]     # 哪个巡察组 / 被巡察是什么时候: the opening answers
    asks_opening: re.Pattern[str]        # 哪个巡察组巡的 / 按照哪个文件: the opening sentence itself answers
    asks_framed_date: re.Pattern[str]    # 哪天反馈 / 哪天进驻: a step the opening sentences date
    written_steps: tuple[str, ...]       # steps always written with their own word (反馈): only such a clause dates them
    asks_reporter: re.Pattern[str]       # who read a report, at which meeting (subtitle and byline answer)
    other_session: re.Pattern[str]       # a session named by another act or day (审议意见, 3月29日): not the subtitle's
    asks_published: re.Pattern[str]      # when a notice was published or signed (metadata, 落款)
    count_units: tuple[str, ...]         # units of counts, which stand in for each other
    occurrence_units: tuple[str, ...]    # ... within their kind: occurrences (次) apart from things (个/项/家)
    counted: re.Pattern[str]             # group 1: the noun a 多少/几 question counts (问题, 措施)
    counted_before: re.Pattern[str]      # group 1: the noun written before 有多少个 (反馈的问题有多少个)
    named_with_count: frozenset[str]     # nouns a notice always writes beside their count (问题, 措施, 制度)
    counted_apart: frozenset[str]        # other things notices count (意见, 线索): not the 问题 or 措施 asked
    counted_qualified: re.Pattern[str]   # group 1: the noun counted after a qualifying word (多少条整改措施)
    durations: re.Pattern[str]           # 3个月 / 5个工作日: written with 个 but no count of items
    asks_gap: re.Pattern[str]            # how long between two dated steps, or how long an inspection lasted
    gap_second_step: re.Pattern[str]     # a later step named (反馈, 公布): the gap after the range, not its span
    gap_from: re.Pattern[str]            # a span asked from one step (离反馈过了多少天): to the day another clause asks
    gap_after_one: re.Pattern[str]       # a clause ending on 后 after its one step (3月3日反馈后): a bare gap runs from it
    asks_rectified_span: re.Pattern[str]  # 整改用了多少天: how long rectification itself took
    report_made: re.Pattern[str]         # the gap ends when the report was made (和作这份报告): its subtitle date
    this_year: re.Pattern[str]           # 今年 before a month, in a report's own words
    asks_attachments: re.Pattern[str]    # how many attachments / which
    attachment_list: re.Pattern[str]     # the line 附件:1. 标题 (multiline)
    attachment_item: re.Pattern[str]     # a further numbered line of that list (multiline)
    asks_progress: re.Pattern[str]       # how far an item got (进展如何); completion is asks_done
    asks_round: re.Pattern[str]          # 第几轮 / 哪一轮 巡察
    asks_addressee: re.Pattern[str]      # 发给哪些单位 / 主送
    addressee_line: re.Pattern[str]      # group 1: the line naming the addressees, ending with a colon (multiline)
    round_named: re.Pattern[str]         # the clause of a title or opening that names the round (第三轮巡察)
    staff_words: tuple[tuple[str, str], ...]   # (spoken word, the notices' word): 挂帅 -> 组长
    asks_members: re.Pattern[str]        # 都叫啥 / 分别是: what the counted things are
    members_counted: re.Pattern[str]     # group 1: what 几个… counts (组, 清单)
    asked_thing: re.Pattern[str]         # group 1 how many, group 2 the kind: 列了哪三类清单, 什么责任制
    asks_combined_which: re.Pattern[str]  # 跟哪些工作结合: the partner of 结合 is asked
    numbered_item: re.Pattern[str]       # 1. / (二): a numbered item's title, read on with its detail
    asks_contact: re.Pattern[str]        # 打哪个电话, 发哪个邮箱: the notice's contact line is asked
    contact_line: re.Pattern[str]        # 联系电话: / 电子邮箱: …
    name_asked: re.Pattern[str]          # 叫什么 / 名称: a name is asked
    measure_kinds: frozenset[str]        # 措施, 工作 …: a set of these asked (哪几项工作) is the measures
    members_which: re.Pattern[str]       # group 1: the things 哪些… asks for (哪些工作组，共几个)
    members_classifiers: frozenset[str]  # 个, 项 …: a count said with one of these alone names its thing before
    members_joined: re.Pattern[str]      # 和 / 一共: what may follow the thing named before a bare count (两个会一共几个)
    members_list: re.Pattern[str]        # group 1: a 、-joined list after a verb of setting up
    members_documents: re.Pattern[str]   # what 几个… counts when it counts documents (listed by their 《》 titles)
    asks_signer: re.Pattern[str]         # 谁签发的 / 落款单位: the 落款's organ, a report's byline
    asks_signer_person: re.Pattern[str]  # 哪位县长签发的: a person in a post asked as signer (group 1 or 2 the post)
    signer_posts: frozenset[str]         # 县长, 局长, 领导…: the posts a signer is asked by
    asks_combined: re.Pattern[str]       # 跟哪些工作结合: the sentence stating it answers, not the measures
    asks_rank: re.Pattern[str]           # 排第几名: a rank is asked
    asks_indicator: re.Pattern[str]      # 婴儿死亡率: (what a rate is of, the rate's name)
    asks_holder: re.Pattern[str]         # group 1 or 2: the post whose holder is asked (组长是谁, 谁担任副组长)
    asks_name: re.Pattern[str]           # 叫什么名字 / 姓名: a personal name, not an office, answers
    holder_office: re.Pattern[str]       # 党委书记, 局长: a post that is an office; 是谁 asks a name
    holder_office_ask: re.Pattern[str]   # 是谁 right after the office (not 除了书记还有谁)
    holder_body: re.Pattern[str]         # group 1: the group whose leader is asked (巡察组组长)
    holder_groups: tuple[str, ...]       # 领导小组, 巡察组 …: the groups a notice names a leader of
    asks_counted_person: re.Pattern[str]  # 被记大过的那个人是什么职务: a person a notice only counts
    rank_stated: re.Pattern[str]         # 第3名 / 排名第 / 前十名: a rank is stated
    rank_worded: re.Pattern[str]         # 名次是怎么说的: the rank asked as the notice words it
    quoted_ask: re.Pattern[str]          # “最后多少米”: the figure of a quoted slogan is asked
    same_act: tuple[tuple[str, str], ...]   # words of one act at two levels (巡察, 巡视): either covers the other
    accountability: tuple[tuple[str, ...], ...]   # words of one accountability action each (移送; 追责/问责)
    accountability_whole: tuple[str, ...]         # 追责/问责 asked as a whole ...
    accountability_taken: tuple[str, ...]         # ... answered by any of these forms of it (处分, 诫勉, 移送…)
    asks_document: re.Pattern[str]       # 哪个文件定的 / 依据什么规定: a document is asked
    document_named: re.Pattern[str]      # 《title》 or its number (〔2024〕4号): a sentence names a document
    asks_one_month: re.Pattern[str]      # 仅2月份…多少: group 1 the month asked alone ([asked_slot])
    month_span: re.Pattern[str]          # 1—3月: groups 1, 2 the ends of a span of months stated
    asks_ordinal: re.Pattern[str]        # 第几届 / 几届几次: the groups hold the unit ([asked_slot])
    asks_money_kind: re.Pattern[str]     # 收回了多少补贴: money asked by its kind
    money_words: frozenset[str]          # 资金, 钱, 最后…: words naming no kind of money
    asks_which_one: re.Pattern[str]      # 那个…问题具体是哪一条: one of a counted set
    asks_status: re.Pattern[str]         # 剩下的1个是什么状态: a status of counted things, no roster
    asks_members_about: re.Pattern[str]  # 那2个专项方案分别是针对什么的: groups count, unit
    asks_roster: re.Pattern[str]         # 具体名单是哪些单位: which things they are, no count given
    asks_aspects: re.Pattern[str]        # 问题分成几个方面: how the problems are grouped
    asks_act: re.Pattern[str]            # 有没有开展X: group 1 the act whose taking is asked
    asks_venue: re.Pattern[str]          # 在哪里开的: where something took place
    unfinished: re.Pattern[str]          # 阶段性完成 / 剩下的: a part named as not yet done
    asks_later: re.Pattern[str]          # 最后 / 后来: after the notice's day
    under_way: re.Pattern[str]           # 正在实施 / 计划: a figure not yet reached
    asks_named_measure: re.Pattern[str]  # 满意度多少: group 1 the measure whose figure is asked
    venue_stated: re.Pattern[str]        # 在…召开 / 地点: a venue is named
    aspects_stated: re.Pattern[str]      # 4个方面 / a heading naming 方面 or 问题: the grouping is stated
    members_named_set: re.Pattern[str]   # 三清单都是啥: groups count, thing
    members_count_in_ask: re.Pattern[str]  # 清单是哪三张: groups thing, count, classifier


def _pattern(key: str, field: str = "pattern") -> re.Pattern[str]:
    """The regex at KEY.FIELD of questions.toml: _pattern("asks_date", "year") reads [asks_date] year."""
    return compile_re(get(section(FILE, key), field, str, FILE, key), FILE, f"{key}.{field}")


def _signer_person() -> re.Pattern[str]:
    """[asks_signer] person with its {posts} filled from the posts list (written once, used by both alternatives)."""
    table = section(FILE, "asks_signer")
    posts = "|".join(map(re.escape, get(table, "posts", list, FILE, "asks_signer")))
    return compile_re(get(table, "person", str, FILE, "asks_signer").replace("{posts}", posts), FILE, "asks_signer.person")


@functools.cache
def load_questions() -> Questions:
    """Read questions.toml once; raises GenreDataError naming the key."""
    return Questions(
        inspector=_pattern("inspector"),
        inspecting_agencies=frozenset(get(section(FILE, "inspector"), "agencies", list, FILE, "inspector")),
        tour=get(section(FILE, "inspector"), "tour", str, FILE, "inspector"),
        tour_levels=frozenset(get(section(FILE, "inspector"), "tour_levels", list, FILE, "inspector")),
        year=_pattern("year"),
        period=_pattern("period"),
        plan_period=_pattern("period", "plan_title"),
        other_year=_pattern("other_year"),
        asking=frozenset(get(section(FILE, "asking"), "words", list, FILE, "asking")
                         + get(section(FILE, "asking"), "words_days", list, FILE, "asking")),
        asks_result=re.compile(f"{_pattern('asks_result').pattern}|{_pattern('asks_result', 'recurring').pattern}"
                               f"(?:{_pattern('asks_result', 'assessed').pattern})"),   # 哪些单位考核优秀
        planned=_pattern("planned"),
        asks_quantity=_pattern("asks_quantity"),
        asks_date=_pattern("asks_date"),
        asks_year=_pattern("asks_date", "year"),
        dated_meeting=_pattern("asks_date", "meeting"),
        one_occasion=_pattern("asks_date", "one_occasion"),
        draft_request=_pattern("draft_request"),
        where=_pattern("where"),
        asks_measures=_pattern("asks_measures"),
        asks_about_problem=_pattern("asks_about_problem"),
        named_people=_pattern("asks_about_problem", "people"),
        problem_asking=_pattern("asks_about_problem", "asking"),
        problem_occasion=_pattern("asks_about_problem", "occasion"),
        other_units_problem=_pattern("asks_about_problem", "other_units"),
        asked_unit=_pattern("asked_unit"),
        asks_rate=_pattern("asked_unit", "rate"),
        asks_remaining=_pattern("asked_unit", "remaining"),
        asks_completion=_pattern("asked_unit", "completion"),
        asks_not_done=_pattern("asked_unit", "not_done"),
        asks_difference=_pattern("asked_unit", "difference"),
        asks_which_more=_pattern("asked_unit", "which_more"),
        figure_bound=_pattern("asked_unit", "figure_bound"),
        figure_verb=_pattern("asked_unit", "figure_verb"),
        asks_sum=_pattern("asked_unit", "sum"),
        asks_money=_pattern("asked_unit", "money"),
        money_units=tuple(get(section(FILE, "asked_unit"), "money_units", list, FILE, "asked_unit")),
        generic=frozenset(get(section(FILE, "generic"), "words", list, FILE, "generic")),
        restates=_pattern("restates"),
        enum_item=_pattern("enum_item"),
        announces=_pattern("announces"),
        measure_units={forms[0]: tuple(forms) for forms in get(section(FILE, "measure_units"), "units", list, FILE,
                                                                 "measure_units")},
        asks_done=_pattern("asks_done"),
        asks_done_status=_pattern("asks_done", "status"),
        asks_which_done=_pattern("asks_done", "which_done"),
        asks_place=_pattern("asks_place"),
        asks_problems=_pattern("asks_problems"),
        findings_heading=_pattern("findings_heading"),
        states_result=_pattern("states_result"),
        asks_content=_pattern("asks_content"),
        framing=_pattern("framing"),
        year_names_round=_pattern("framing", "year_names_round"),
        asks_inspection=_pattern("asks_inspection"),
        asks_opening=_pattern("asks_inspection", "opening"),
        asks_framed_date=_pattern("asks_inspection", "dated"),
        written_steps=tuple(get(section(FILE, "asks_inspection"), "written_steps", list, FILE, "asks_inspection")),
        asks_reporter=_pattern("asks_reporter"),
        other_session=_pattern("asks_reporter", "other_session"),
        asks_published=_pattern("asks_published"),
        count_units=tuple(get(section(FILE, "count_units"), "units", list, FILE, "count_units")),
        occurrence_units=tuple(get(section(FILE, "count_units"), "occurrences", list, FILE, "count_units")),
        counted=_pattern("count_units", "counted"),
        counted_before=_pattern("count_units", "counted_before"),
        named_with_count=frozenset(get(section(FILE, "count_units"), "named_with_count", list, FILE, "count_units")),
        counted_apart=frozenset(get(section(FILE, "count_units"), "counted_apart", list, FILE, "count_units")),
        counted_qualified=_pattern("count_units", "counted_qualified"),
        durations=_pattern("count_units", "durations"),
        asks_gap=re.compile(f'{_pattern("asks_gap").pattern}|{_pattern("asks_gap", "between_days").pattern}'),   # two keys: one ask
        report_made=_pattern("asks_gap", "report_made"),
        gap_second_step=_pattern("asks_gap", "second_step"),
        gap_from=_pattern("asks_gap", "from_step"),
        gap_after_one=_pattern("asks_gap", "after_one"),
        asks_rectified_span=_pattern("asks_gap", "rectified"),
        this_year=_pattern("this_year"),
        asks_attachments=_pattern("attachments"),
        attachment_list=re.compile(get(section(FILE, "attachments"), "list_line", str, FILE, "attachments"), re.MULTILINE),
        attachment_item=re.compile(get(section(FILE, "attachments"), "next_item", str, FILE, "attachments")),
        asks_progress=_pattern("asks_progress"),
        asks_round=_pattern("asks_round"),
        asks_addressee=_pattern("asks_addressee"),
        addressee_line=re.compile(get(section(FILE, "asks_addressee"), "line", str, FILE, "asks_addressee"), re.MULTILINE),
        round_named=_pattern("asks_round", "named"),
        staff_words=tuple((a, b) for a, b in get(section(FILE, "staff_words"), "pairs", list, FILE, "staff_words")),
        asks_members=_pattern("listed_members", "asks"),
        members_counted=_pattern("listed_members", "counted"),
        members_which=_pattern("listed_members", "which"),
        asked_thing=_pattern("asked_thing", "pattern"),
        name_asked=_pattern("asked_thing", "name_asked"),
        numbered_item=_pattern("enum_item", "numbered"),
        asks_contact=_pattern("contact", "asks"),
        contact_line=_pattern("contact", "line"),
        asks_combined_which=_pattern("asks_combined", "which"),
        measure_kinds=frozenset(get(section(FILE, "asked_thing"), "measure_kinds", list, FILE, "asked_thing")),
        members_joined=_pattern("listed_members", "joined"),
        members_classifiers=frozenset(get(section(FILE, "listed_members"), "classifiers", list, FILE, "listed_members")),
        members_list=_pattern("listed_members", "list"),
        members_documents=_pattern("listed_members", "documents"),
        asks_signer=_pattern("asks_signer"),
        asks_signer_person=_signer_person(),
        signer_posts=frozenset(get(section(FILE, "asks_signer"), "posts", list, FILE, "asks_signer")),
        asks_combined=_pattern("asks_combined"),
        asks_rank=_pattern("asks_rank"),
        asks_indicator=_pattern("asks_indicator"),
        asks_holder=_pattern("asks_holder"),
        asks_name=_pattern("asks_holder", "name"),
        holder_office=_pattern("asks_holder", "office"),
        holder_office_ask=_pattern("asks_holder", "office_ask"),
        holder_body=_pattern("asks_holder", "body"),
        holder_groups=tuple(get(section(FILE, "asks_holder"), "groups", list, FILE, "asks_holder")),
        asks_counted_person=_pattern("asks_holder", "counted_person"),
        rank_stated=_pattern("asks_rank", "stated"),
        rank_worded=_pattern("asks_rank", "worded"),
        quoted_ask=_pattern("quoted_ask"),
        same_act=tuple((a, b) for a, b in get(section(FILE, "same_act"), "pairs", list, FILE, "same_act")),
        accountability=tuple(tuple(g) for g in get(section(FILE, "accountability"), "actions", list, FILE, "accountability")),
        accountability_whole=tuple(get(section(FILE, "accountability"), "whole", list, FILE, "accountability")),
        accountability_taken=tuple(get(section(FILE, "accountability"), "taken", list, FILE, "accountability")),
        asks_document=_pattern("asks_document"),
        document_named=_pattern("asks_document", "named"),
        asks_ordinal=_pattern("asked_slot", "ordinal"),
        asks_money_kind=_pattern("asked_slot", "money"),
        money_words=frozenset(get(section(FILE, "asked_slot"), "money_words", list, FILE, "asked_slot")),
        asks_which_one=_pattern("asked_slot", "which_one"),
        asks_status=_pattern("asked_slot", "status"),
        asks_members_about=_pattern("asked_slot", "members"),
        asks_roster=_pattern("asked_slot", "roster"),
        asks_aspects=_pattern("asked_slot", "aspects"),
        asks_act=_pattern("asked_slot", "act"),
        asks_venue=_pattern("asked_slot", "venue"),
        unfinished=_pattern("asked_slot", "unfinished"),
        asks_later=_pattern("asked_slot", "later"),
        under_way=_pattern("asked_slot", "under_way"),
        asks_named_measure=_pattern("asked_slot", "measure"),
        venue_stated=_pattern("asked_slot", "venue_stated"),
        aspects_stated=_pattern("asked_slot", "aspects_stated"),
        members_named_set=_pattern("members_ask", "named_set"),
        members_count_in_ask=_pattern("members_ask", "count_in_ask"),
        asks_one_month=_pattern("asked_slot", "month"),
        month_span=_pattern("asked_slot", "months"),
    )
