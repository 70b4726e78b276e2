"""Round 104 (session 20, words104): other agencies' wordings of counted things.

- A meeting's names: 党委会 / 党委会议 (as 党组会 / 党组会议), 专题会议 / 专项会议; 组织召开 holds 召开.
- Partly done: 部分整改N项 / 部分完成整改N项, a status word of items.toml (正在整改, not done) and one name
  (names.toml [[same]]): the part asked within 整改中10项(含部分完成整改) is not stated apart.
- 整改措施 / 整改任务 (names.toml [[counted_as]]): a 措施 count asked of a notice writing only 整改任务 is answered in the
  notice's words, with a note that it counts 整改任务; a notice counting both apart answers the one asked only.
The end-to-end asks run over dev notices rewritten here in other agencies' words (my own wordings).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.claims import joint_figure
from genre import load_genre
from genre.same_names import counted_as_read, notice_worded
from tests.conftest import dev_files, small_index

# my own rewording of stock phrases, as other agencies write them
REWORDED = (("整改措施", "整改任务"), ("专题会议", "专项会议"), ("召开", "组织召开"), ("党委会", "党委会议"),
            ("部分整改", "部分完成整改"))

# d32 厦门体育局 and d19 市公安局, reworded
XIAMEN = "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议,专题研究巡察整改工作方案和具体整改任务,细化制定整改任务239条"
POLICE = "坚持重大问题、重点任务协同推进,市局先后8次组织召开市局党委会议、专项会议等推进整改任务落地。"
# d01 瑞金审计, reworded
RUIJIN = ("《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元,报告日已整改40项,"
          "整改到位资金215587.84万元,整改中10项(含部分完成整改),未整改资金35435.70万元,出台13个规章制度。\n"
          "财政部门(含自然资源局)预算执行问题6项,涉及金额237054.47 万元,部分完成整改4项,已整改2项,"
          "整改资金201783.20万元(含部分完成整改),其中:追缴资金77038.68万元。")


def test_a_measures_count_of_a_notice_counting_tasks_reads_tasks_with_a_note():
    read, note = counted_as_read("厦门市体育局巡察整改一共细化了多少条措施？", (XIAMEN,))
    assert read == "厦门市体育局巡察整改一共细化了多少条整改任务？" and "整改任务" in note
    read, note = counted_as_read("市公安局为推进整改措施落地开了几次会？", (POLICE,))
    assert read == "市公安局为推进整改任务落地开了几次会？" and note == ""   # no count of measures asked


def test_a_notice_counting_tasks_and_measures_apart_answers_the_one_asked():
    both = "明确整改任务32项、整改措施97条"
    assert counted_as_read("整改措施一共多少条", (both,)) == ("整改措施一共多少条", "")
    assert counted_as_read("细化了多少条措施", ("细化制定整改举措239条",)) == ("细化了多少条措施", "")


def test_meeting_names_and_partly_done_read_in_the_notice_words():
    assert notice_worded("开了几次党委会、专题会", (POLICE,)) == "开了几次党委会、专项会议"   # 党委会 inside 党委会议
    assert notice_worded("开了几次党组会议", ("召开党组会研究巡察整改工作",)) == "开了几次党组会"
    assert notice_worded("属于部分整改的有几项", (RUIJIN,)) == "属于部分完成整改的有几项"
    assert notice_worded("属于部分整改的有几项", ("部分整改4项,已整改2项",)) == "属于部分整改的有几项"


def test_partly_done_is_a_status_short_of_done():
    genre = load_genre()
    assert genre.normalise_status("部分完成整改4项") == "正在整改"
    assert genre.status_counts("部分完成整改4项,已整改2项") == [("正在整改", 4), ("已完成", 2)]


def test_a_part_within_a_set_stated_with_it_included_is_not_stated_in_either_wording():
    question = notice_worded("瑞金那10项还在整改的问题里，属于部分整改的有几项？", (RUIJIN,))
    found = joint_figure(question, [], RUIJIN)
    assert found is not None and "整改中10项(含部分完成整改)" in found[1]
    assert joint_figure(notice_worded("瑞金财政部门6项预算执行问题中，属于部分整改的有几项？", (RUIJIN,)), [], RUIJIN) is None


# --- end to end over dev notices in other agencies' words ------------------------------------------------------

@pytest.fixture(scope="module")
def reworded_index(tmp_path_factory):
    out = tmp_path_factory.mktemp("words104_files")
    paths = []
    for path in dev_files("d01_", "d19_", "d32_", "d35_"):
        text = path.read_text(encoding="utf-8")
        for old, new in REWORDED:
            text = text.replace(old, new)
        (out / path.name).write_text(text, encoding="utf-8")
        paths.append(out / path.name)
    return small_index(tmp_path_factory, "words104", paths)


@pytest.mark.parametrize("question,said,noted", [
    ("厦门市体育局巡察整改一共细化了多少条措施？", "239条", True),
    ("鲤城社科联针对11个问题定了多少条整改措施？", "14条", True),
    ("舟山市公安局为推动措施落地开了几次党委会、专题会？", "8次", False),
    ("市公安局党委为推进整改措施落地开了几次会？", "8次", False),
])
def test_counts_asked_in_other_words_answer(reworded_index, question, said, noted):
    a = ask(reworded_index, question, reworded_index.settings)
    assert not a.abstained and said in a.answer, a.answer
    assert ("通报统计的是“整改任务”" in a.answer) == noted, a.answer


def test_the_part_of_a_set_stated_with_it_included_is_refused(reworded_index):
    a = ask(reworded_index, "瑞金那10项还在整改的问题里，属于部分整改的有几项？", reworded_index.settings)
    assert "合在一起的数" in a.answer, a.answer
