"""Round 19 (task refuse6): answerable questions that were refused, read at the level of the convention.

- A notice opens with more than one framing sentence: the inspection's dates (2024年9月9日至…进行了巡察) and the day the
  findings were fed back (2025年1月8日,巡察组向…反馈了巡察意见). Either may name the notice (2025年1月8日收到反馈的那家),
  so a year of either is found in the notice's framing (d19 中山公安, d37 利州法院, d26 朔州科技局).
- The inspecting body may stand between 被/接受 and the act (哪年被市委巡察的, 接受的市委巡察): still an ask of the
  inspection itself, answered by the framing sentence (d25 遂宁科技局, d26 朔州科技局).
- Comparing two notices' days: the days between may be asked as how much earlier or later (谁早，早几天), and an order
  asked beside a day already asked (各是哪天？谁早) adds no second day to each notice's ask.
The questions are probes of our own, in several wordings each, on real notice text.
"""
from __future__ import annotations

import pytest

from answer.compare import side_question
from answer.lead import wanted
from answer.refusal_years import years_missing
from retrieval.search.described import framing
from genre.questions import load_questions
from retrieval.load import load_notice
from tests.notice_text import DEV


def _notice(prefix: str):
    return load_notice(next(DEV.glob(f"{prefix}_*.txt")))


def test_every_framing_sentence_of_the_opening_is_read():
    police, court = _notice("d19"), _notice("d37")
    assert "2024年9月9日" in framing(police) and "2025年1月8日" in framing(police)
    assert "2024年10月16日" in framing(court) and "2025年1月3日" in framing(court)


@pytest.mark.parametrize("prefix,question", [
    ("d19", "市公安局党委（2025年1月8日拿到反馈的那家）整改领导小组是怎么设的？"),
    ("d19", "2025年收到巡察反馈的那个市公安局，怎么压实整改责任的？"),
    ("d37", "利州区法院2025年1月3日拿到巡察反馈后，怎么组织整改的？"),
    ("d37", "2025年初被反馈巡察意见的区法院党组，整改有啥办法"),
    ("d26", "朔州科技局2025年4月收到巡察反馈以后采取了哪些措施？"),
    ("d26", "2025年反馈的那个朔州科技局，整改是怎么部署的？"),
])
def test_a_year_of_the_feedback_day_names_the_notice(prefix, question):
    assert years_missing(question, [_notice(prefix)], "") == []


@pytest.mark.parametrize("prefix,question", [
    ("d19", "市公安局党委2023年收到反馈后怎么整改的？"),
    ("d37", "利州区法院2022年拿到巡察反馈后怎么组织整改的？"),
])
def test_a_year_neither_framing_sentence_states_is_still_missing(prefix, question):
    assert years_missing(question, [_notice(prefix)], "") == [question[question.index("20"):][:4]]


@pytest.mark.parametrize("question", [
    "遂宁科技局是哪年被市委巡察的？",
    "遂宁科技局哪一年接受的市委巡察？",
    "朔州科技局啥时候被市委巡察",
    "朔州市科技局接受了市委巡察是在什么时候",
    "利州区法院被区委巡察是哪个月？",
])
def test_the_inspecting_body_between_bei_and_the_act_still_asks_of_the_inspection(question):
    assert load_questions().asks_inspection.search(question)


@pytest.mark.parametrize("question", [
    "被市委巡察的那个科技局建了多少制度？",
    "接受市委巡察的那家法院整改了几个问题？",
])
def test_the_inspection_naming_the_notice_asks_nothing_of_it(question):
    assert not load_questions().asks_inspection.search(question)


@pytest.mark.parametrize("question,names", [
    ("利州区法院和中山一院收到巡察反馈各是哪天？谁早，早几天？", "利州区、中山、法院"),
    ("遂宁和朔州科技局各自哪天收到的反馈？哪家先，早了多少天？", "遂宁、朔州、科技局"),
    ("利州区法院、中山一院各哪天被反馈的，谁先，相差几天", "利州区、中山、法院"),
    ("遂宁和朔州两个科技局，各自是哪年被市委巡察的？哪个先？", "遂宁、朔州、科技局"),
    ("朔州科技局和遂宁科技局谁先收到巡察反馈？晚了几天？", "遂宁、朔州、科技局"),
])
def test_each_side_is_asked_one_day_and_the_days_between_are_not_asked_of_it(question, names):
    ask = side_question(question, names)
    assert wanted(ask) == (0, 1), ask
    assert "几天" not in ask and "多少天" not in ask


# A count of people with its unit folded into the counted noun before the figure (体检人数达1000万以上, d23 浙江卫健委):
# asked with the unit (多少人, 几名), it is answered by that figure; other notices' figures keep their own units (d01 瑞金审计).
ZHEJIANG = ("健康浙江发展指数达85,人均预期寿命达82.4岁,居民健康素养水平达39%以上,人均基本公共卫生服务经费达102元以上;"
            "培育健康浙江行动省级样板50个,城乡居民免费健康体检人数达1000万以上,居民电子健康档案开放率达70%以上。")
RUIJIN = ("正在整改10项(含部分整改),未整改资金35435.70万元,出台13个规章制度,对1人予以记大过处分,对2人予以提醒谈话,"
          "现将整改具体情况报告如下:")


def _lead(text: str, question: str) -> list[str] | None:
    from answer.lead import lead_spans
    from answer.sentences import asked_units
    tokens = {question[i:i + 2]: 1.0 for i in range(len(question) - 1)}
    found = lead_spans(text, [(0, len(text))], question, tokens, asked_units(question))
    return None if found is None else [text[a:b] for a, b in found]


@pytest.mark.parametrize("question", [
    "免费体检要覆盖多少人？",
    "城乡居民免费健康体检目标是多少人",
    "免费健康体检人数要达到几人？",
    "今年打算给多少名城乡居民免费体检",
    "体检覆盖人数定了多少万人？",
])
def test_a_count_of_people_named_by_its_noun_answers_how_many_people(question):
    assert _lead(ZHEJIANG, question) == ["城乡居民免费健康体检人数达1000万以上"]


def test_the_noun_unit_reading_leaves_figures_with_their_own_units():
    from genre.figures import noun_units
    assert noun_units(RUIJIN) == RUIJIN
    assert noun_units("城乡居民免费健康体检人数达1000万以上") == "城乡居民免费健康体检人数达1000万人以上"
    assert "对2人予以提醒谈话" in "".join(_lead(RUIJIN, "瑞金审计整改里有几个人被提醒谈话？") or [])
    assert _lead(RUIJIN, "瑞金审计整改涉及多少公里？") is None


# A part asked within a set named by its figure (那10项还在整改的问题里，属于部分整改的有几项), where the set's figure is stated
# with the part included (正在整改10项(含部分整改), d01 瑞金审计): the notice states no split of THAT set; 部分整改4项 in another
# sentence is the part of another set (财政部门's 6项), which answers when that set is asked.
RUIJIN_TEXT = ("《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元,报告日已整改40项,"
               "整改到位资金215587.84万元,正在整改10项(含部分整改),未整改资金35435.70万元,出台13个规章制度。\n"
               "财政部门(含自然资源局)预算执行问题6项,涉及金额237054.47 万元,部分整改4项,已整改2项,"
               "整改资金201783.20万元(含部分整改),其中:追缴资金77038.68万元。")


@pytest.mark.parametrize("question", [
    "瑞金正在整改的10项中，属于部分整改的是几项",
    "瑞金审计正在整改十项，其中属于部分整改的多少项",
    "还在整改的那10个问题当中，算部分整改的有多少项？",
    "那十项没改完的里面，属于部分整改的有几个",
    "瑞金报告日还有10项在整改，其中算是部分整改的几项？",
])
def test_a_part_of_a_set_stated_with_it_included_is_not_stated(question):
    from answer.claims import joint_figure
    found = joint_figure(question, [], RUIJIN_TEXT)
    assert found is not None and "部分整改" in found[1] and "正在整改10项" in found[1]


@pytest.mark.parametrize("question", [
    "瑞金财政部门6项预算执行问题中，属于部分整改的有几项？",
    "瑞金审计报告日已整改多少项？",
])
def test_a_part_stated_of_its_own_set_or_no_part_asked_is_answered(question):
    from answer.claims import joint_figure
    assert joint_figure(question, [], RUIJIN_TEXT) is None
