"""When an answer must not stand: what the question asks is not what the cited text states.

Checked on every reply that quotes a notice (drafts aside), whichever form composed it:
- years the question insists on that the cited sentences and notices never mention ("2025年…" against
  a "2024-2025年采暖季" range, "华容县2022年…文号" against the 2021 task list); a notice's publication
  date counts unless a figure is asked (a 2022 notice gives 2021's PM2.5); a question naming several
  years may find each in the title of another notice found ("2019年定的计划，到2024年进展如何");
- and on replies composed from sentences (not metadata, structure or drafts):
  the place a notice is from, asked at a level it does not name ("是桂林哪个城区的");
  what was done, asked of a notice that publishes findings only (its parts: 巡察发现的问题);
  how much was completed, asked of a notice that states no status anywhere (已完成N个, 正在整改, 已全部办结);
  an outcome, asked where the sentence about the asked subject states a plan (拟印发, 力争, 目标);
  what N counted things are, asked where the quotes only restate "N个";
  what was found or done, asked where the quotes only frame the notice (…巡察组对…进行了巡察, 予以公布);
  an outcome or completion, asked of a work plan (工作要点: targets only);
  an ordinal (几届几次), money of a named kind (统筹盘活了多少资金) or a named part's count (X方面的占几个), asked where no
  quote states it (answer.unstated.unfilled_slot: the asked slot must be filled; checked on headings and metadata
  lines quoted too);
  who holds a post, asked where no quote names the post (组长是谁 against the inspection's dates; a deputy, 副厅长,
  against the principal's 厅长), and the post or name of a person the notice only counts (被记大过的那个人);
  a problem the question names (针对X的问题…) that the answering notice does not write (answer.unstated);
  whether an event of a kind happened (开过民主生活会吗), asked of notices that never name the kind (answer.claims).
  how many times an event of a kind was held (开了几次专题民主生活会) where no count of that kind is written
  (answer.event_count); a person's career, age or origin (哪一年上任的) (answer.biography); the N-th member of a set
  named by its thing that the notice never lists (几个数据平台？第三个是什么平台) (answer.nth_unlisted); a repeat of
  the inspection or its report (回头看, 第二次巡察) the notice never writes (answer.repeat_round);
  what comes next (下一步还准备怎么做) of a notice writing no 下一步/今后 passage (answer.next_steps), and the first act after
  a step (收到反馈以后首先做了什么) the notice never writes (answer.first_act); the causes of the problems (问题原因是
  什么) of a notice stating none (answer.causes); a period by its two days (几号到几号) where no
  quote writes a dated range (answer.range_unstated); the gap up to a meeting no quote dates, and the day of a meeting
  the notice names in no dated sentence (answer.event_day);
  a count of cases (几起违纪案例) no quote counts in 起/宗/件 (answer.case_count); a figure of a thing named with a
  qualifier (供热旧管网改造了多少公里) where no sentence gives one with the qualifier in it or its heading (answer.qualified);
  a figure of a part of a year (一季度, 上半年) no quote writes that period of (answer.period); a header field the page does
  not print (作者, 浏览次数), the reader of a report asked of no report to a congress, a step's day never written (反馈在哪天)
  (answer.unprinted).
The checks by the notice's kind and what its quotes state (a plan, findings, framing, no status) live in answer.outcomes.
The refusal names what is missing and, when the notice says something related, quotes it (cited).

Places and agencies are checked against what each notice is about (retrieval.search.profile), not here.

The years checks live in answer.refusal_years, the place a notice is from in answer.refusal_place.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from answer.biography import biography_unstated
from answer.claims import claim_unstated, event_unreported
from answer.documents import document_unstated
from answer.event_count import event_count_unstated
from answer.day_event import day_unevented
from answer.event_day import event_day_unstated, meeting_day_unstated
from answer.first_act import first_act_unstated
from answer.forms import cite
from answer.listed_member import listed_member_unstated
from answer.member_detail import measure_detail_unstated, member_detail_unstated
from answer.named_detail import detail_unstated
from answer.next_steps import next_steps_unstated
from answer.others_unstated import others_unstated
from answer.causes import causes_unstated
from answer.nth_unlisted import set_unlisted
from answer.meta import head_pairs
from answer.metadata import report_lines
from answer.unprinted import contact_unprinted, header_unprinted, report_unread, step_undated
from answer.repeat_round import repeat_unstated
from answer.case_count import case_count_unstated
from answer.qualified import qualified_unstated
from answer.range_unstated import range_unstated
from answer.period import as_of_unstated, period_unstated
from answer.published import NO_DATE, OTHER_DATES, publication_unstated
from answer.indicators import other_rate
from answer.slots import act_unwritten
from answer.tables import cells_read
from answer.refusal_years import years_missing
from answer.refusal_place import unstated_place
from answer.roles_unnamed import NO_ROLE, role_unnamed
from answer.led import set_unnamed
from answer.counted_unit import unit_unstated
from answer.place_below import below_unstated
from answer.unstated import unfilled_slot
from answer.unwritten_asks import problem_unwritten, unreported_action
from answer.body_leader import body_leader_unstated
from answer.outcomes import (FINDINGS_ONLY, FRAMING_ONLY, NO_STATUS, PLAN_ONLY, WORK_PLAN, findings_only, framing_only,
                             no_status, plan_only, result_of_plan, result_stated)
from retrieval.index.opened import Index
from retrieval.records import Citation
from retrieval.search.profile import YEAR, notice_profile
from retrieval.search.rank import Hit

NO_PROBLEM = "通报中没有找到关于“{problem}”的内容。"


@dataclass(frozen=True)
class Refusal:
    """Why a reply must not stand, and the cited sentences that say what the notice does state."""
    message: str
    citations: tuple[Citation, ...] = ()


def overruled(index: Index, question: str, q_tokens: dict[str, float], cites: tuple[Citation, ...],
              hits: tuple[Hit, ...], composed: bool) -> Refusal | None:
    """The refusal that replaces a reply quoting `cites`, or None when the reply may stand.
    `composed`: the reply is made of sentences chosen for the question (not metadata, structure, drafts)."""
    if not cites:
        return None
    found = [c.notice_id for c in cites]
    if len(set(YEAR.findall(question))) > 1:   # "2019年定的计划，到2024年进展如何": notices of both years were found
        found += [h.notice_id for h in hits]
    notices = [index.records[nid].notice for nid in dict.fromkeys(found)]
    texts = [n.text for n in notices]
    missing = years_missing(question, notices, "".join(c.section + c.quote for c in cites))
    if missing:
        return Refusal(f"通报中没有找到关于“{'、'.join(missing)}”的相应内容。")
    unreported = unreported_action(question, texts)
    if unreported:
        return Refusal(f"通报中没有提到“{unreported}”。")
    if event := event_unreported(question, texts):
        return Refusal(event)   # 开过专题民主生活会吗: a kind of event the notice never names (genre claims.toml)
    if biography := biography_unstated(question, texts):
        return Refusal(biography)   # 汤飞帆市长是哪一年上任的: no career in a notice naming him
    if after_step := first_act_unstated(question, texts):
        return Refusal(after_step)   # 收到反馈以后首先做了什么 of an audit report: no 反馈 written (answer.first_act)
    plan = WORK_PLAN in notice_profile(notices[0]).kinds
    if ahead := next_steps_unstated(question, texts, plan):
        return Refusal(ahead)   # 下一步还准备怎么做 of a notice writing no 下一步/今后 passage (answer.next_steps)
    if no_cause := causes_unstated(question, texts):
        return Refusal(no_cause)   # 问题原因是什么 of a notice only reporting 剖析根源, or naming no cause (answer.causes)
    if unprinted := header_unprinted(question, notices[0].text[:notices[0].header_end],
                                     [p.value for p in head_pairs(notices[0].text, notices[0].header_end) if p.field == "author"]):
        return Refusal(unprinted)   # 作者是谁, 浏览次数 of a page whose header does not print it (answer.unprinted)
    if unread := report_unread(question, texts, [bool(report_lines(t)) for t in texts]):
        return Refusal(unread)   # 谁作的报告 of a notice that is no report to a congress (answer.unprinted)
    if undated_step := step_undated(question, texts):
        return Refusal(undated_step)   # 哪天反馈的 of a notice never dating its 反馈 (answer.unprinted)
    if no_contact := contact_unprinted(question, texts):
        return Refusal(no_contact)   # 留了电话没 of a notice printing no feedback line (answer.unprinted)
    if no_range := range_unstated(question, [c.quote for c in cites]):
        return Refusal(no_range, cites)   # 从几号到几号 against 于2021年3月15日前报备: one day, no range (answer.range_unstated)
    if undated := event_day_unstated(question, [c.quote for c in cites]):
        return Refusal(undated, cites)   # 反馈后多少天开的民主生活会: no quote dates that meeting (answer.event_day)
    if meeting_undated := meeting_day_unstated(question, texts[:1]):
        return Refusal(meeting_undated)   # 那次常委会会议是几月几号: named, never dated (answer.event_day)
    if no_event := day_unevented(question, texts):
        return Refusal(no_event)   # 2024年6月16日那天干了什么 of a notice dating no clause that day (answer.day_event)
    if counted := event_count_unstated(question, texts):
        return Refusal(counted)   # 开了几次专题民主生活会: no count of that kind, not the other meetings' summed
    if others := others_unstated(question, texts):
        return Refusal(others, cites)   # 一把手开了9次会，其他班子成员各开了多少次: the others never counted (answer.others_unstated)
    claim = claim_unstated(question, cites, q_tokens, index.records[cites[0].notice_id].notice.text)
    if claim:   # 哪天印发的 of a document only planned (拟…印发); 自然资源局单独 of a figure stated with others (含X)
        return Refusal(*claim)
    if detail := detail_unstated(question, texts):   # 第七轮 of 第八轮's
        return Refusal(detail)
    if repeat := repeat_unstated(question, [f"{n.title}\n{n.text}" for n in notices]):
        return Refusal(repeat)   # 回头看发现了几个问题, 第二次巡察: a repeat the notice never writes (genre claims.toml)
    if cases := case_count_unstated(question, [c.quote for c in cites]):
        return Refusal(cases, cites)   # 通报了几起违纪案例 against 3次…专题解读: no count of cases quoted
    unnamed = document_unstated(question, [c.quote for c in cites])
    if unnamed:   # 议事决策制度叫什么名字: a document mentioned by its kind, no title or day (answer/documents.py)
        return Refusal(unnamed[1], (replace(cites[unnamed[0]], n=1),))
    if member := member_detail_unstated(question, texts[0]) or listed_member_unstated(question, texts[0]):
        return Refusal(member[1], (cite(index, found[0], member[0].start, member[0].end, 1),))   # 那3个小组分别由哪个
        # 处室牵头: counted, none named; 那个综合组组长是谁: named in a list only
    if led := body_leader_unstated(question, texts[0]):   # 巡视整改办由哪位领导牵头: its sentence names no leader
        return Refusal(led[1], (cite(index, found[0], *led[0], 1),))
    if composed and (measure := measure_detail_unstated(question, texts[0], cites[0].start, cites[0].end)):
        return Refusal(measure[1], (replace(cites[0], n=1),))   # 专题解读是哪个部门负责的: its sentence names none
    if unlisted := set_unlisted(question, texts[0]):   # 几个数据平台？第三个是什么平台: no such set listed
        return Refusal(unlisted)
    if unnamed_set := set_unnamed(question, texts[0]):   # 按哪三张清单推的 of a notice naming no such set (answer/led.py)
        return Refusal(unnamed_set)
    first = index.records[found[0]].notice
    if (dated := publication_unstated(question, first.date, first.text, first.header_end)) is not None:
        return Refusal(NO_DATE + (OTHER_DATES if dated else ""),   # 几月几号发布的 of an undated page: not the 反馈 day
                       tuple(cite(index, found[0], a, b, i) for i, (a, b) in enumerate(dated, 1)))
    if below := below_unstated(question, notices[0], tuple(notices[1:])):
        return Refusal(below, cites)   # 浙江给杭州市定的目标是多少 of a province's plan never naming 杭州 (answer/place_below.py)
    if counted := unit_unstated(question, [c.quote for c in cites], "".join(texts)):
        return Refusal(counted, cites)   # 谈话提醒了多少人次 of a notice counting persons only (answer/counted_unit.py)
    if not composed:   # a heading or metadata line quoted must still fill the slot asked (第二个方面占了几个)
        why = unfilled_slot(question, cells_read(index, cites), texts[0])
        return Refusal(why, cites) if why else None
    nid = cites[0].notice_id
    problem = problem_unwritten(question, index.records[nid].notice.text)
    if problem:
        return Refusal(NO_PROBLEM.format(problem=problem))
    act = act_unwritten(question, index.records[nid].notice.text)
    if act:   # 有没有开展专项审计: an act the notice never reports
        return Refusal(f"通报中没有提到“{act}”。")
    if role := role_unnamed(question, index.records[nid].notice.text):   # 纪检组长负责什么 of a notice naming none
        return Refusal(NO_ROLE.format(role=role))
    profile = notice_profile(index.records[nid].notice)
    level = unstated_place(question, profile.own_codes)
    if level is not None:
        return Refusal(f"《{profile.label}》没有写明是哪个{level or '地方'}的。")
    if framing_only(question, [c.quote for c in cites]):
        return Refusal(FRAMING_ONLY, cites)
    tops = [sec.title for sec in index.records[nid].sections if sec.parent < 0]
    if findings_only(question, [c.section for c in cites], tops):
        return Refusal(FINDINGS_ONLY, cites)
    if result_of_plan(question, profile.kinds):
        return Refusal(PLAN_ONLY, cites)
    if no_status(question, [index.records[nid].notice.text]) and not result_stated(question, [c.quote for c in cites], q_tokens):
        return Refusal(NO_STATUS, cites)
    if plan_only(question, [c.quote for c in cites], q_tokens):
        return Refusal(PLAN_ONLY, cites)
    why = unfilled_slot(question, cells_read(index, cites), texts[0])
    if why:   # the detail asked (a rank, 几届几次, money of a kind, a part's count, a name…) is not in the quotes
        return Refusal(why, cites)
    rate = other_rate(question, [c.quote for c in cites])
    if rate:   # 婴儿死亡率 asked, 重大慢病过早死亡率 quoted
        return Refusal(f"通报中没有写明“{rate}”。", cites)
    if period := period_unstated(question, [c.section + "\n" + c.quote for c in cites]):
        return Refusal(period, cites)   # 一季度改造了多少公里 against 2023年改造了639公里: the year's figure (answer/period.py)
    if frame := as_of_unstated(question, [c.section + "\n" + c.quote for c in cites]):
        return Refusal(frame, cites)   # 截至6月底完成了多少 against 截至11月底…已完成336个: that frame's figure only
    record = index.records[nid]
    unstated = qualified_unstated(question, record.notice.text, list(record.sections),
                                  [(c.start, c.end) for c in cites if c.notice_id == nid],
                                  (record.notice.title, record.notice.issuer))
    if unstated:   # 供热旧管网改造了多少公里 against 清掏雨水管网(井)390公里: another thing's figure (answer/qualified.py)
        return Refusal(unstated.message, tuple(cite(index, nid, a, b, i) for i, (a, b) in enumerate(unstated.spans, 1)))
    return None
