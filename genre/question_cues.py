"""The cues of how staff ask (genre/data/questions.toml), one field each: the inspecting body, years, question-framing
words, asked figures, dates, people and documents; read by genre.questions.load_questions.

Example:
    >>> from genre.questions import load_questions
    >>> isinstance(load_questions(), Questions)
    True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
