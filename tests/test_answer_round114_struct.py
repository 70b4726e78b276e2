"""Round 114 (session 22): structure asks and a period asked with its verb, over dev notices.

- A round's two ends asked with its verb between the day words (从哪天巡到哪天, 几号审计到几号) are the period ask
  (巡察从哪天到哪天): the range quoted and its days counted with both ends (asking.toml [[spoken]]).
- The whole notice's division asked with 分 (正文分了几条，各是什么; 通知分成几块): its top parts answer, each named, their
  count read off the outline and said first (structure_questions.toml [whole_notice], answer/notes.py part_items_lead).
- A findings group named by its heading's words and 那一方面/这方面 (…有缺失这方面下面列了哪些问题): that group's numbered
  children answer (structure_questions.toml [about_part]).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.asking import plain_question
from genre.structure_questions import load_structure_questions
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "struct114", dev_files("d13_", "d20_", "d28_", "d05_"))


def test_a_period_asked_with_its_verb_reads_as_the_period_ask():
    assert plain_question("巡察组从几号巡到几号？") == "巡察组巡察从几号到几号？"
    assert plain_question("这次审计从哪天审计到哪天") == "这次审计从哪天到哪天？"
    assert plain_question("从那天巡到现在") == "从那天巡到现在"   # no day word asked on the far side


def test_the_body_divided_with_fen_is_the_whole_notice():
    asked = load_structure_questions()
    assert asked.whole_notice.search("那份通知，正文分了")
    assert asked.whole_notice.search("这份通知分成")
    assert not asked.whole_notice.search("整改任务分了")


def test_a_group_named_by_its_heading_and_fangmian():
    m = load_structure_questions().about_part.search("决策部署有缺失那一方面下面有哪几条")
    assert m and "决策部署有缺失" in (m.group(1) or m.group(2))


def test_the_items_answer(dev_index):
    reply = ask(dev_index, "揭阳市公安局那轮巡察对吧，是第四巡察组？几号巡到几号，首尾都算多少天？")
    assert not reply.abstained and "65天" in reply.answer
    reply = ask(dev_index, "华容县那个重点工作任务通知，正文一共分成几条？分别是啥？")
    assert not reply.abstained and "共4条" in reply.answer
    assert all(h in reply.answer for h in ("强化责任落实", "细化工作方案", "加强调度协调", "严格督查考核"))
    reply = ask(dev_index, "湘潭妇联那份通报，决策部署有缺失这方面下面有哪几条？")
    assert not reply.abstained and "1.贯彻落实第一议题不到位" in reply.answer and "3.在引领服务女企业家" in reply.answer
