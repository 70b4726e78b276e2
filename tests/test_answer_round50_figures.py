"""Round 50 (session 16, h_figures50): figures still left out of voice-typed and two-part asks.

- asking.toml [[spoken]]: a round's two ends asked as the group coming in and going (几号进几号走, 哪天来的哪天走的,
  什么时候进场什么时候撤) are read 几号进驻几号结束: both days quoted and the span worked out; worked.toml [period_asked]
  by_days: asked so of a notice dating no range, the reply says no range is written.
- answer/part_share.py (worked.toml [parts_total] share): one part's share asked beside the parts' total
  (四个方面一共多少问题，群众身边腐败那方面占百分之几) comes after the worked-out sum, worked from the quoted counts.
- comparisons.toml [cross] more_gap: a count compared across two notices with the verb between 多/少 and the count
  (枣庄社科联比鲤城社科联多开了几次会) is the same count compared (9次 against 2次: 多7次).
- questions.toml [asked_unit] difference: which kind asked by 种/类 and by how much (哪种多，多了几次) is a difference.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.part_share import part_share_note, share_asked
from answer.totals import total_parts
from genre.asking import plain_question
from retrieval.parse import parse_sections
from tests.conftest import dev_text


@pytest.mark.parametrize(("typed", "read"), [
    ("揭阳公安那次巡察 几号进几号走 一共多少天", "揭阳公安那次巡察 几号进驻几号结束，一共多少天？"),
    ("巡察组什么时候来的，什么时候走的", "巡察组什么时候进驻，什么时候结束？"),
    ("啥时候进场啥时候撤", "什么时候进驻什么时候结束？"),
    ("几号进行巡察", "几号进行巡察？"),
])
def test_coming_and_going_read_as_the_rounds_ends(typed, read):
    assert plain_question(typed) == read


@pytest.mark.parametrize(("question", "part"), [
    ("四个方面一共多少问题 群众身边腐败那方面占百分之几", "群众身边腐败"),
    ("四个方面加起来多少个问题？基层党组织建设方面占多大比例", "基层党组织建设"),
    ("问题总共几个，决策部署落实那方面占比多少", "决策部署落实"),
])
def test_a_share_clause_is_split_from_the_total(question, part):
    assert share_asked(question)[1] == part


def test_no_share_clause_alone_or_without_a_part():
    assert share_asked("群众身边腐败那方面占百分之几") is None
    assert share_asked("一共多少问题，占百分之几") is None


def test_the_share_is_worked_from_the_summed_parts():
    text = dev_text("d31_")
    spans, note = total_parts(text, parse_sections(text), "四个方面一共多少问题，群众身边腐败那方面占百分之几")
    assert "合计25个问题" in note and "11÷25，占44%" in note
    assert part_share_note(text, spans, "文艺") == ""   # no heading shares its words: no share said


@pytest.mark.parametrize(("question", "said"), [
    ("揭阳公安那次巡察 几号进几号走 一共多少天", "共65天"),
    ("绵阳司法局那次巡察 几号进几号走 一共多少天", "共32天"),
    ("莆田司法局巡察组什么时候来的，什么时候走的", "共42天"),
    ("遂宁科技局巡察组哪天进场哪天撤的 前后几天", "共81天"),
    ("湘潭妇联巡察 几月几号进几月几号离开", "共52天"),
    ("厦门体育局巡察组哪天来哪天走 总共多少天", "共37天"),
    ("庆阳文联四个方面一共多少问题 群众身边腐败那方面占百分之几", "11÷25，占44%"),
    ("庆阳文联四个方面加起来多少个问题？基层党组织建设方面占多大比例", "5÷25，占20%"),
    ("庆阳文联巡察反馈的问题总共几个，决策部署落实那方面占比多少", "7÷25，占28%"),
    ("庆阳文联这四个方面问题总数是多少；巡视巡察审计反馈问题整改方面占百分之几", "2÷25，占8%"),
    ("庆阳市文联四个方面合计多少个问题 群众身边腐败问题和不正之风方面占几成", "11÷25，占44%"),
    ("庆阳文联 4个方面一共几个问题，其中基层党组织建设那块占百分之几？", "5÷25，占20%"),
    ("枣庄社科联比鲤城社科联多开了几次会", "多7次"),
    ("枣庄社科联比鲤城社科联多召开了几次会议", "多7次"),
    ("鲤城社科联比枣庄社科联少召开几次会", "多7次"),
    ("鲤城社科联比枣庄社科联少开了几次会", "多7次"),
    ("枣庄社科联为整改开的会比鲤城社科联多开了多少次", "多7次"),
    ("厦门体育局党组会议和领导小组会议哪种多，多了几次", "多5次"),
    ("厦门体育局开的会里，哪种多？多几次", "多5次"),
    ("厦门体育局党组会和领导小组会哪类少，少几次", "多5次"),
    ("厦门体育局党组会议和领导小组会议，哪一种多，多出几次", "相差5次"),
    ("枣庄社科联批示和研究整改的会哪类多？多了几次", "多3次"),
])
def test_worked_figures_end_to_end(dev_split_index, question, said):
    from answer.ask import ask
    answer = ask(dev_split_index, question, dev_split_index.settings)
    assert said in answer.answer and not answer.abstained, answer.answer


@pytest.mark.parametrize("question", [
    "湖州卫健委巡察组几号进几号走",
    "浙江卫健委工作要点 巡察组哪天来的哪天走的",
    "宁波审计整改 巡察组几号进几号走",
    "厦门体育局巡察反馈的问题一共多少，党建方面占百分之几",
    "绵阳司法局巡察发现的问题一共多少个 选人用人方面占多大比例",
    "遂宁科技局比朔州科技局多开了几次会",
    "湘潭妇联开的党组会和专题会哪种多，多了几次",
    "庆阳文联党组会和中心组学习哪种多，多几次",
])
def test_no_figure_invented_where_none_is_stated(dev_split_index, question):
    from answer.ask import ask
    answer = ask(dev_split_index, question, dev_split_index.settings)
    assert answer.abstained and "÷" not in answer.answer and "共" not in answer.answer.split("相关表述")[0], answer.answer


def test_a_count_compared_across_two_unstated_is_said_unstated(dev_split_index):
    from answer.ask import ask
    answer = ask(dev_split_index, "朔州科技局比遂宁科技局多整改了几个问题", dev_split_index.settings)
    assert "没有写明所问的数目，无法比较多少" in answer.answer and "推算" not in answer.answer, answer.answer
