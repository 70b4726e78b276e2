"""Round 46 (session 16), out-of-corpus asks in this session's styles (a leader's quick ask, spoken runs, arithmetic asks,
two agencies), in wordings of my own over dev notices; each must be refused, and their answerable twins stay answered.

- Next steps asked (下一步还准备怎么做, 接下来打算怎么干, 今后还要做什么) of a notice writing no 下一步/今后 passage: no next
  steps are stated (questions.toml [next_steps], answer/next_steps.py).
- The first act after a step (收到反馈以后头一件事) asked of a notice that never writes that step as the round's (an audit
  report, a work plan; 汇总反馈结果 is another 反馈): no act follows it (questions.toml [first_act] written).
- How long rectification took asked in the notice's own order (经过几个月集中整改, 用了几个月时间整改) or as its period
  (整改期从几号到几号): the inspection's range is no answer (questions.toml [asks_gap] rectified).
- A gap from a step to a meeting held after it (反馈后多少天开的专题民主生活会) where no quote dates that meeting: the gap
  between two other steps is no answer (questions.toml [event_day], answer/event_day.py).
- A ledger's role asked (牵头领导是谁, 责任领导是哪位) where the notice only says the columns were fixed (明确责任领导、
  责任单位和完成时限): a kind, no holder (questions.toml [asks_holder] column_verbs, answer/persons.py column_only).
- A period asked by its two days (几号到几号, 哪天到哪天) where the quotes write one day only: no range is stated
  (worked.toml [period_asked] by_days, answer/range_unstated.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.event_day import event_day_unstated
from answer.first_act import first_act_unstated
from answer.next_steps import next_steps_unstated
from answer.persons import column_only
from answer.range_unstated import range_unstated
from genre.asking import plain_question
from genre.questions import load_questions
from tests.conftest import ROOT


def _text(name: str) -> str:
    return (ROOT / "tests" / "data" / "notices-dev" / name).read_text(encoding="utf-8")


def test_next_steps_read_from_notice_text():
    licheng = _text("d35_licheng-social-science-federation-inspection.txt")
    assert next_steps_unstated("鲤城社科联下一步还准备怎么做", [licheng])
    assert not next_steps_unstated("鲤城社科联整改措施有哪些", [licheng])
    assert not next_steps_unstated("下一步怎么做", ["下一步,我局将持续巩固整改成果。"])
    assert not next_steps_unstated("下一步怎么做", [licheng], plan=True)   # a work plan is all next steps
    assert next_steps_unstated("下一步怎么做", ["把巡察整改工作作为当前和今后一项重大的政治任务"])   # no plan: now and later


def test_first_act_step_written_as_the_rounds():
    ningbo = _text("d02_ningbo-audit-2021-rectification.txt")   # 汇总反馈结果: not a round's feedback
    huiji = _text("d10_huiji-admin-approval-bureau-inspection.txt")
    asked = plain_question("收到反馈后头一件事干了啥")
    assert first_act_unstated(asked, [ningbo])
    assert not first_act_unstated(asked, [huiji])


@pytest.mark.parametrize("question", [
    "湘潭妇联经过几个月集中整改", "湘潭妇联用了几个月时间整改的", "莆田司法局花了多少天集中整改",
    "遂宁科技局经过多长时间整改到位", "厦门体育局前后经过几个月的整改", "遂宁科技局整改期从几号到几号一共几天",
])
def test_rectification_span_asked_in_the_notices_order(question):
    assert load_questions().asks_rectified_span.search(question)


def test_event_day_needs_a_dated_meeting():
    assert event_day_unstated("莆田司法局反馈后几天召开的动员会", ["并于2024年1月4日反馈了巡察意见"])
    assert not event_day_unstated("反馈后几天召开的动员会", ["1月20日,局党组召开巡察整改动员会"])
    assert not event_day_unstated("莆田司法局那个组查完走了以后，隔了多少天才开会把问题告诉局里", ["2024年1月4日反馈"])


def test_ledger_column_is_no_holder():
    mianyang = _text("d05_mianyang-justice-bureau-inspection.txt")
    assert column_only("对照市委巡察反馈的问题,逐一制定整改措施,明确责任领导、责任单位和整改时限。", "责任领导")
    assert "明确责任领导、责任单位" in mianyang
    assert not column_only("成立了以局主要领导为组长的巡察整改工作领导小组", "组长")


def test_range_unstated_on_one_day():
    huarong = "于2021年3月15日前报县政府督查室备案"
    assert range_unstated("华容县重点任务从几号到几号", [huarong])
    assert not range_unstated("巡察从几号到几号", ["2024年5月7日至6月7日,市委第五巡察组开展了巡察"])
    assert not range_unstated("哪天报备", [huarong])


REFUSED = [
    # next steps of a notice stating none
    ("鲤城社科联下一步还准备怎么做", "没有写下一步"),
    ("枣庄社科联下一步还要做什么", "没有写下一步"),
    ("湘潭妇联接下来打算怎么干", "没有"),
    ("领导问 遂宁科技局今后还要做什么", "没有写下一步"),
    ("绵阳司法局下一步整改措施有哪些", "没有写下一步"),
    ("广州审计剩下64个问题下一步怎么整改", "没有写下一步"),
    ("枣庄社科联今后怎么巩固整改成果", "没有写下一步"),
    ("会稽审批局后续还有什么打算", "没有"),
    # a ledger's role named as a column only
    ("嘉兴文旅局整改清单里牵头领导是谁", "没有写明牵头领导的具体人员"),
    ("厦门体育局239条措施的责任领导是谁", "没有写明责任领导的具体人员"),
    ("绵阳司法局整改的责任领导是哪位", "没有写明责任领导的具体人员"),
    ("惠济审批局牵头领导是谁", "没有"),
    ("领导问 遂宁科技局整改方案里责任人是谁", "没有"),
    # a gap up to a meeting no quote dates
    ("湘潭妇联收到反馈后多少天开的专题民主生活会", "是哪天开的"),
    ("莆田司法局反馈后几天召开的动员会", "是哪天开的"),
    ("枣庄社科联反馈后多少天开的专题民主生活会", "是哪天开的"),
    ("遂宁科技局收到反馈后几天开的党组扩大会议", "是哪天开的"),
    ("惠济审批局反馈后多久召开的整改动员会", "是哪天开的"),
    ("广元收到反馈后几天开的市委常委会会议", "是哪天开的"),
    # the first act after a step the notice never writes
    ("湖州卫健委收到反馈意见后第一件事做了什么", "没有提到“反馈”"),
    ("广州审计整改收到反馈后头一件事干了啥", "没有提到“反馈”"),
    ("宁波审计局收到反馈以后首先做了什么", "没有提到“反馈”"),
    ("瑞金审计收到反馈以后第一件事是什么", "没有"),
    ("慈溪审计拿到反馈后头一件事干了什么", "没有"),
    # how long rectification took, asked in the notice's order, never stated
    ("给我个数 湘潭妇联经过几个月集中整改", "没有写明整改用了多长时间"),
    ("湘潭妇联用了几个月时间整改的", "没有"),
    ("莆田司法局花了多少天集中整改", "没有"),
    ("遂宁科技局经过多长时间整改到位", "没有"),
    ("厦门体育局前后经过几个月的整改", "没有"),
    ("遂宁科技局整改期从几号到几号一共几天", "没有"),
    # a period by its two days where one day is written
    ("华容县重点任务从几号到几号一共几天", "没有写明起止日期"),
    ("慈溪审计整改从哪天到哪天一共多少天", "没有写明起止日期"),
    ("湖州卫健委工作要点执行期从几号到几号", "没有写明起止日期"),
    ("领导问：华容县重点工作起止日期是哪天到哪天", "没有"),
    ("广东审计整改从几号到几号", "没有"),
    # already refused, kept so (second agencies, years and rounds not covered, sums with a part missing)
    ("领导问：厦门体育局巡察整改一共用了几个月", "没有"),
    ("揭阳公安局收到反馈后头一件事干了啥", "没有"),
    ("厦门体育局下一步打算怎么干", "没有"),
    ("厦门体育局和厦门文旅局巡察整改各反馈几个问题", "没有"),
    ("遂宁科技局跟遂宁司法局哪天反馈的", "没有"),
    ("湘潭妇联和湘潭科协整改措施各多少条", "没有"),
    ("嘉兴文旅局和嘉兴审计局各收回多少资金", "没有"),
    ("宁波审计和宁波司法局整改情况", "没有"),
    ("宁波2023年审计整改有多少问题", "没有"),
    ("瑞金2022年预算执行审计查出多少问题", "没有"),
    ("湘潭妇联第二轮巡察整改情况", "没有"),
    ("莆田司法局第二次巡察反馈了什么问题", "没有"),
    ("湘潭妇联平均每个问题几条措施", "没有"),
    ("遂宁科技局整改完成的问题占总数几成", "没有"),
    ("领导问厦门体育局整改花了多少钱", "没有"),
    ("给我个数 庆阳文联一共追回多少资金", "没有"),
    ("庆阳文联2025年巡察整改情况", "没有"),
    ("广州审计2022年度问题整改了多少个", "没有"),
    ("湘潭妇联整改用了多久啥时候改完的", "没有"),
]


@pytest.mark.parametrize(("question", "said"), REFUSED)
def test_out_of_corpus_refused(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert a.abstained, a.answer
    assert said in a.answer


ANSWERED = [
    ("领导问：厦门体育局细化制定了多少条整改措施", "239条"),
    ("给我个数 厦门体育局设立了几个专项整改工作小组", "3个"),
    ("厦门体育局党组开了几次党组会议", "7次"),
    ("舟山公安局巡察组哪天反馈的意见", "2025年1月8日"),   # 舟山 (round 70: 中山 has its own court notice, so the placeless 市公安局 is not 中山's)
    ("绵阳司法局巡察进驻了多少天", "32天"),
    ("湘潭妇联巡察一共进驻几天", "52天"),
    ("舟山公安局巡察从几号到几号一共几天", "46天"),
    ("惠济审批局经过几个月集中整改", "3个月"),
    ("惠济审批局用了几个月时间整改", "3个月"),
    ("舟山公安局收到反馈后第一时间做了啥", "召开党委会议"),
    ("广元收到反馈以后首先做了什么", "迅速召开市委常委会会议"),
    ("绵阳司法局和遂宁科技局哪天反馈的", "7月24日"),
    ("一句话 瑞金2020年预算执行审计查出了什么问题", "瑞金"),
    ("湖北司法厅的巡视整改办，今后持续跟踪问效靠哪几项制度", "月调度"),
    ("莆田司法局那个组查完走了以后，隔了多少天才开会把问题告诉局里", "2024年1月4日"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_answerable_ask_answered(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer
