"""Round 114 (session 22): asks beside another ask that the notice answers nowhere, over dev notices.

- Money is asked by its noun (经费, 资金, 预算, 金额, 多少钱) and written only in a money unit (元/万元/亿元): a notice
  writing no figure in a money unit does not state the money asked (经费预算是多少 of a 工作要点 listing targets only);
  genre questions.toml [asked_unit] money (预算 before 多少), answer/unstated_ask.py count_unwritten.
- A plan or a 通知 counts its tasks apart (分解为N项任务): a count of 任务 asked of a notice writing none is unstated;
  questions.toml [count_units] counted_apart.
- A signer asked as a person in a post (哪位县长签发的) is answered only by a 签发 line or by the post named: a 通知
  signed by its organ names no person, so the ask is said unstated and the other ask answered; questions.toml
  [asks_signer] person, answer/unstated_ask.py signer_unwritten.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.unstated_ask import count_unwritten, signer_unwritten
from tests.conftest import dev_files, dev_text, sentence_holding, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "refuse114", dev_files("d01_", "d13_", "d22_", "d23_"))


def test_money_with_no_figure_in_a_money_unit_is_unwritten():
    assert count_unwritten("湖州卫健委今年的工作经费有多少", dev_text("d22_"))
    assert count_unwritten("这份要点安排的预算是多少", dev_text("d22_"))
    assert not count_unwritten("瑞金审计查出的问题资金有多少", dev_text("d01_"))


def test_a_count_of_tasks_the_notice_never_counts_is_unwritten():
    assert count_unwritten("华容县今年的重点工作拆成了几项任务", dev_text("d13_"))
    assert not count_unwritten("县里把重点工作拆成了几项任务", "将县政府重点工作分解为86项任务,明确责任单位。")


def test_a_signer_asked_as_a_person_needs_a_signing_line_or_the_post():
    assert signer_unwritten("那份通知是哪位县长签的字", dev_text("d13_"))
    assert not signer_unwritten("签发人是哪位局长", "签发人:局长 王某某")
    assert not signer_unwritten("是谁签发的", dev_text("d13_"))   # the organ's 落款 answers: answer.metadata
    opening = sentence_holding(dev_text("d13_"), "县政府分线领导")
    assert not signer_unwritten("是哪位领导签发的", opening + "县长")


def test_unstated_money_and_signer_are_said_and_the_other_ask_answered(dev_index):
    reply = ask(dev_index, "湖州卫健委2023年工作要点安排的经费预算有多少？文号是什么？")
    assert reply.abstained and "没有写明" in reply.answer and "湖卫健发〔2023〕1号" in reply.answer
    reply = ask(dev_index, "华容县2021年重点工作任务的通知是哪位县长签发的？下发给了哪些单位？")
    assert reply.abstained and "没有写明" in reply.answer and "县直各单位" in reply.answer
    reply = ask(dev_index, "华容县2021年重点工作拆成了几项任务？实施方案要在哪天之前报备？")
    assert reply.abstained and "没有写明" in reply.answer and "2021年3月15日" in reply.answer


def test_stated_asks_still_answer(dev_index):
    reply = ask(dev_index, "瑞金2020年审计查出的问题资金有多少？出台了几个规章制度？")
    assert not reply.abstained and "251023.54" in reply.answer
