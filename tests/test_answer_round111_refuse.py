"""Round 111 (session 21): answerable asks that were refused, over dev notices.

- A name asked of one thing (品牌叫啥) is not the name of a document another ask names (三个规定贴在哪):
  documents.toml [unnamed_document], answer/documents.py.
- A list that is the duty of a holder written before it (明确各部门廉政督察员,负责日常提醒、检查审核) names who is
  responsible for its members: claims.toml [member_detail] listed_duty.
- A slogan's figure asked by the words written right before its quote (要把审计监督打通到多少米 of 打通审计监督“最后100米”):
  questions.toml [quoted_ask] lead_words_min.
- The publication year checked as the whole ask (那份通报是2024年发的吧) and 哪天印的 of the notice itself ask its date
  line: questions.toml [asks_published].
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.documents import document_unstated
from answer.listed_member import listed_member_unstated
from answer.years_asked import years_read
from genre.documents import document_asked
from genre.questions import load_questions
from genre.quoted_figure import slogan_asked
from retrieval.load import Notice
from tests.conftest import dev_files, small_index

LIZHOU = ("创新“淬芸·清涟”清廉机关文化建设,将“三个规定”核心条款在院机关三、四、五楼走廊上墙公示,同步在一楼大厅LED显示屏滚动播放,"
          "引导干警形成填报自觉。")
DUTY = "二是专人提醒督导。明确各部门廉政督察员,负责日常提醒、检查审核、异常反馈等全流程督导工作,2025年1—3月累计填报事项595条。"
GUANGZHOU = "健全审计整改长效机制,打通审计监督“最后100米”。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "refuse111", dev_files("d07_", "d16_", "d22_", "d37_"))


def test_a_name_asked_of_another_thing_is_no_document_name():
    q = "利州法院搞的清廉机关文化品牌叫啥？三个规定的条款贴在哪几层楼？"
    assert document_asked(q) is None and document_unstated(q, [LIZHOU]) is None
    assert document_unstated("出台了议事决策制度，叫什么名字", ["在审计期间,胜山镇出台了议事决策制度;"]) is not None


def test_a_listed_duty_names_its_holder():
    assert listed_member_unstated("日常提醒督导是谁负责？", DUTY) is None
    assert listed_member_unstated("检查审核是谁负责？", DUTY) is None
    assert listed_member_unstated("那个综合组，组长是谁", "领导小组下设综合组、督察组,各组负责推进整改。") is not None


def test_a_slogan_figure_asked_by_its_lead_words():
    assert slogan_asked("要把审计监督打通到多少米？", GUANGZHOU)
    assert not slogan_asked("要打通到多少米？", GUANGZHOU)   # nothing of the quote's words or lead named
    assert not slogan_asked("审计监督整改了多少个问题？", GUANGZHOU)   # another measure word
    assert not slogan_asked("把反馈意见拆成了多少个问题？", "巡视反馈意见是区委增强“四个意识”的政治体检")   # not 多少个意识


def test_the_publication_year_asked_is_not_refused():
    asks = load_questions().asks_published
    assert asks.search("那份巡察整改通报是2024年发的吧？") and asks.search("工作要点是几号文、哪天印的")
    assert not asks.search("2024年发的那份通报里有几个问题")
    n = Notice("d", "d.txt", "通报", "", "2025-02-17", "", "", "2024年1月4日反馈了巡察意见。", "txt", "utf-8")
    assert years_read("那份通报是2024年发的吧？", n).unmet == ()
    assert years_read("2024年发的那份通报里有几个问题", n).unmet == ("2024年发布",)


def test_the_items_answer(dev_index):
    reply = ask(dev_index, "莆田司法局那份巡察整改通报是2024年发的吧？")
    assert not reply.abstained and "2025年02月17日" in reply.answer
    reply = ask(dev_index, "湖州卫健委2023年工作要点是几号文、哪天印的")
    assert "湖卫健发〔2023〕1号" in reply.answer and "2023年4月26日" in reply.answer
    reply = ask(dev_index, "广州市审计整改报告里全市工作主线是哪几句？要把审计监督打通到多少米？")
    assert not reply.abstained and "最后100米" in reply.answer
    reply = ask(dev_index, "利州法院搞的清廉机关文化品牌叫啥？三个规定的条款贴在哪几层楼？")
    assert not reply.abstained and "淬芸·清涟" in reply.answer
    reply = ask(dev_index, "利州法院日常提醒督导是谁负责？")
    assert not reply.abstained and "廉政督察员" in reply.answer


def test_the_publication_year_said_is_checked(dev_index):
    reply = ask(dev_index, "莆田司法局那份巡察整改通报是2024年发的吧？")
    assert "不对" in reply.answer and "2024年1月4日反馈了巡察意见" in reply.answer
    reply = ask(dev_index, "莆田司法局那份巡察整改通报是2025年发的吧？")
    assert not reply.abstained and reply.answer.count("对，是2025年") == 1 and "不对" not in reply.answer
