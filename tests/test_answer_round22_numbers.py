"""Round 22, figures held against figures: each convention probed in five wordings of my own on real dev-notice text
(tests/data/notices-dev).

- A difference asked against a part named after 比 (最多的那个方面比基层党组织建设多几个) is between the extreme asked and
  that part, not between the two extremes (genre worked.toml [parts_total] against).
- The rest of a total outside a part it counts (剩下不属于立行立改的, 除了…其余, …以外的) is the total less that part, not
  the items not yet done (genre worked.toml [rest_of_part]).
- A stated figure held against a count the question names (是不是超过十次, 够不够, 到没到 N) is judged yes or no with
  the figure; the count named is a threshold, never a subject to refuse on (genre worked.toml [threshold]).
- A quoted deadline held against the notice's publication (期限比发文公开早还是晚) is compared with the page's date
  (genre worked.toml [compared_day] and the step `published`).
- A document a notice only mentions by its kind (出台了议事决策制度), asked by its name or issue day: neither is stated
  (genre documents.toml [unnamed_document]).
"""
from __future__ import annotations

import pytest

from answer.documents import document_unstated
from answer.deadline import deadline_published_note
from answer.rest import rest_of_part_note
from answer.slots import act_unwritten
from answer.threshold import threshold_note
from answer.totals import total_parts
from retrieval.parse import parse_sections
from tests.notice_text import notice_text, sentence_holding

GUANGZHOU = sentence_holding(notice_text("d16_"), "已完成整改336个")   # 反映的400个问题,…,其中要求立行立改的283个问题
LUSONG = notice_text("d08_")   # 巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个
LUSONG = LUSONG[LUSONG.index("巡察组共反馈29个问题"):LUSONG.index("移交立行立改问题4个") + 10]
HUBEI = "采取现场督导、专题研究、调研推进等方式推动巡视整改,先后召开10余次党委会、领导小组会、推进会、工作专班会部署推进整改工作"
POLICE = "坚持重大问题、重点任务协同推进,市局先后8次召开市局党委会、专题会议等推进整改措施落地"
HUARONG = sentence_holding(notice_text("d13_"), "3月15日前")   # …于2021年3月15日前报县政府督查室备案; 公开日期:2021-03-23
CIXI = sentence_holding(notice_text("d17_"), "出台了议事决策制度")   # 胜山镇、市文广局出台了议事决策制度 (no title, no day)
QINGYANG = notice_text("d31_")   # (一)…方面(7个问题) (二)…群众身边腐败…方面(11个问题) (三)…基层党组织建设方面(5个问题) (四)…(2个问题)


@pytest.mark.parametrize(("question", "said"), [
    ("庆阳文联四个方面里群众身边腐败那块问题最多吧？多少个，比基层党组织建设多几个", "建设方面”5个问题，多6个"),
    ("庆阳文联反馈的问题哪个方面最多？比决策部署落实那个方面多多少个？", "落实情况方面”7个问题，多4个"),
    ("庆阳文联四个方面中问题最少的是哪个方面？比基层党组织建设方面少几个？", "建设方面”5个问题，少3个"),
    ("庆阳文联巡察反馈四个方面，哪个方面问题最多，比巡视巡察审计反馈整改那块多出几个", "问题整改方面”2个问题，多9个"),
    ("庆阳文联四个方面里问题数量最多的那个方面比基层党组织建设方面多了多少个问题", "建设方面”5个问题，多6个"),
])
def test_a_difference_is_held_against_the_part_named(question, said):
    _, note = total_parts(QINGYANG, parse_sections(QINGYANG), question)
    assert said in note and "相差" not in note


@pytest.mark.parametrize(("question", "text", "said"), [
    ("广州那400个问题里要求立行立改的有多少个，剩下不属于立行立改的多少", GUANGZHOU, "其余117个（400−283）"),
    ("广州审计报告反映的问题中，除了要求立行立改的，其余还有多少个？", GUANGZHOU, "其余117个（400−283）"),
    ("广州审计整改400个问题，不属于立行立改的有几个？", GUANGZHOU, "其余117个（400−283）"),
    ("芦淞区司法局巡察反馈的问题里，移交立行立改以外的还有多少个？", LUSONG, "其余25个（29−4）"),
    ("芦淞区司法局29个问题中，除去移交立行立改的，剩下的有几个？", LUSONG, "其余25个（29−4）"),
])
def test_the_rest_outside_a_part_is_the_total_less_it(question, text, said):
    assert said in rest_of_part_note(question, text)


def test_no_rest_of_a_part_without_a_count_asked():
    assert rest_of_part_note("除了立行立改的，还采取了哪些措施？", GUANGZHOU) == ""
    assert rest_of_part_note("还剩几个没改完？", GUANGZHOU) == ""


@pytest.mark.parametrize(("question", "text", "said"), [
    ("湖北司法厅为推进巡视整改开会的次数是不是超过十次了", HUBEI, "是，10余次，超过十次"),
    ("湖北司法厅推进巡视整改开的会够不够十次？", HUBEI, "是，10余次，达到十次"),
    ("湖北司法厅推进巡视整改召开的党委会推进会等会议到没到10次", HUBEI, "是，10余次，达到10次"),
    ("市公安局党委推进巡察整改开了几次党委会专题会，有没有超过十次", POLICE, "否，8次，没有超过十次"),
    ("市公安局党委为推进巡察整改召开党委会、专题会议是否超过了10次？", POLICE, "否，8次，没有超过10次"),
])
def test_a_figure_is_judged_against_the_count_named(question, text, said):
    assert said in threshold_note(question, text)
    assert act_unwritten(question, text) == ""


def test_a_count_named_without_a_judgment_is_no_threshold():
    assert threshold_note("超过十次的会议有哪些？", HUBEI) == "" and threshold_note("开了几次会？", POLICE) == ""


@pytest.mark.parametrize("question", [
    "华容那份文件要求实施方案和“四四表单”最晚啥时候报、报到哪？这个期限比发文公开早还是晚",
    "华容县政府重点工作实施方案报备截止日是哪天？比文件挂网早还是晚？",
    "华容县实施方案报备的截止日期是哪天，在通知发布之前还是之后？",
    "华容那份通知规定的备案期限是哪天？是在通知公开以前还是以后",
    "华容实施方案最迟哪天报县政府督查室？比文件上网晚还是早",
])
def test_a_deadline_is_held_against_the_page_date(question):
    assert "期限2021年3月15日比公开日期2021年3月23日早8天" in deadline_published_note(question, HUARONG, "2021-03-23")


def test_no_publication_compared_when_none_is_asked():
    assert deadline_published_note("备案期限是哪天？比3月10日晚吗", HUARONG, "2021-03-23") == ""


@pytest.mark.parametrize(("question", "what"), [
    ("慈溪胜山镇审计期间出台的议事决策制度叫什么名字，哪天印发的", "名称和印发日期"),
    ("慈溪市文广局出台的议事决策制度全称是什么？", "名称"),
    ("胜山镇的议事决策制度是什么时候出台的", "印发日期"),
    ("慈溪审计整改中市文广局制定的议事决策制度标题是啥，啥时候印发的", "名称和印发日期"),
    ("慈溪胜山镇那个议事决策制度的文件名叫啥", "名称"),
])
def test_a_document_mentioned_by_its_kind_has_no_name_or_day(question, what):
    found = document_unstated(question, [CIXI])
    assert found is not None and found[1].endswith(f"没有写明其{what}。")


def test_a_titled_or_dated_document_is_stated():
    assert document_unstated("整改方案叫什么名字？", ["2023年5月10日,印发了《巡察整改工作方案》"]) is None
    assert document_unstated("整改方案哪天印发的？", ["2023年5月10日,印发了整改方案"]) is None
