"""Round 83 (session 18): what a figure counts, named otherwise by the notice than by the question.

Agencies name the same counted thing in different words (整改措施 / 整改举措, 专题会议 / 专题会 / 专门会议, 责任单位 /
牵头单位, 诫勉谈话 / 诫勉) and count it with different measure words (N个问题 / N项问题 / N条问题; 每条措施 / 每项措施;
N次 / N场). A question's word that no answering notice writes is read in the name those notices do write
(genre/data/names.toml, genre/same_names.py, answer/ask.py); the asker's own 25个问题 is held against 33项问题.
The general 个 asked stays (any count answers it); 反馈问题 stays (notices write 巡察反馈的…问题 around it).
The end-to-end asks run over dev notices rewritten here in other agencies' words (my own wordings).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.same_names import notice_worded, units_alike
from tests.conftest import dev_files, small_index

# my own rewording of stock phrases, as other agencies write them
REWORDED = (("整改措施", "整改举措"), ("个问题", "条问题"), ("专题会议", "专门会议"), ("每条措施", "每项措施"),
            ("提醒谈话", "谈话提醒"))


@pytest.fixture(scope="module")
def reworded_index(tmp_path_factory):
    out = tmp_path_factory.mktemp("counted83_files")
    paths = []
    for path in dev_files("d04_", "d08_", "d17_", "d19_", "d26_", "d32_", "d34_", "d35_", "d01_"):
        text = path.read_text(encoding="utf-8")
        for old, new in REWORDED:
            text = text.replace(old, new)
        (out / path.name).write_text(text, encoding="utf-8")
        paths.append(out / path.name)
    return small_index(tmp_path_factory, "counted83", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# --- unit: the question read in the notice's names -------------------------------------------------------------

def test_a_name_no_notice_writes_is_read_as_the_one_it_does():
    xiamen = "专题研究巡察整改工作方案和具体整改举措,细化制定整改举措239条,逐条明确责任领导、牵头处室、牵头单位和完成时限"
    assert notice_worded("细化了多少条措施", (xiamen,)) == "细化了多少条举措"
    assert notice_worded("每条措施的责任单位是谁", (xiamen,)) == "每条举措的牵头单位是谁"
    assert notice_worded("被追责的有几人", ("对1人予以记大过处分",)) == "被追责的有几人"   # a bare 追责 stays
    assert notice_worded("整改期限怎么定的", (xiamen,)) == "完成时限怎么定的"
    police = "市局先后8次召开市局党委会、专题会等推进整改举措落地"
    assert notice_worded("开了几次专题会议推进整改措施落地", (police,)) == "开了几次专题会推进整改举措落地"
    assert notice_worded("诫勉谈话了几人", ("对3人予以诫勉",)) == "诫勉了几人"


def test_a_name_some_notice_writes_stays():
    both = ("细化制定整改措施239条", "制定整改举措14条")
    assert notice_worded("各定了多少条整改措施", both) == "各定了多少条整改措施"
    assert notice_worded("开了几次专题会", ("召开专题会议5次",)) == "开了几次专题会"
    assert notice_worded("问责了多少人", ("追责问责12人",)) == "问责了多少人"
    assert notice_worded("开了几次会", ()) == "开了几次会"


def test_measure_words_counting_one_thing_alike():
    licheng = "对巡察反馈的3个方面6项共11项问题,制定有针对性和可操作性的整改举措14条"
    assert notice_worded("针对11个问题定了多少条措施", (licheng,)) == "针对11个问题定了多少条举措"   # 个 any count answers
    assert notice_worded("针对11条问题定了多少条措施", (licheng,)) == "针对11项问题定了多少条举措"
    assert notice_worded("平均每个问题几条", (licheng,)) == "平均每个问题几条"
    assert notice_worded("每条整改措施要做到什么", ("确保每项措施每个要点可检验",)) == "每项整改措施要做到什么"
    assert notice_worded("细化了多少条措施", ("细化制定整改措施239项",)) == "细化了多少项措施"
    assert notice_worded("开了几次会议", ("召开警示教育会议3场",)) == "开了几场会议"
    assert notice_worded("反馈了几个方面", (licheng,)) == "反馈了几个方面"   # 方面 is no thing of the class
    assert units_alike("个", "条", "问题") and not units_alike("个", "条", "方面") and units_alike("场", "次", "专题会")


# --- end to end over dev notices in other agencies' words ------------------------------------------------------

@pytest.mark.parametrize("question,said", [
    ("厦门体育局整改措施一共细化了几条", "239条"),
    ("鲤城社科联针对巡察问题制定了多少条整改措施", "14条"),
    ("市公安局开了多少次会推动整改措施落地", "8次"),
    ("厦门市体育局设了几个专项整改小组，细化了多少条措施", "239条"),
    ("湖北司法厅对每条整改措施、每个要点提了什么要求", "可检验"),
    ("厦门体育局开了几次党组会，细化措施多少条", "239条"),
])
def test_measures_the_notice_calls_jucuo(reworded_index, question, said):
    a = _ask(reworded_index, question)
    assert not a.abstained and said in a.answer, a.answer


@pytest.mark.parametrize("question,said", [
    ("芦淞区司法局巡察组反馈了多少个问题", "29条问题"),
    ("朔州科技局巡察反馈了几个问题", "33条问题"),
    ("慈溪2016年经责审计提出了多少个问题", "21条问题"),
    ("鲤城社科联巡察反馈了多少个问题", "11条问题"),
    ("我们局反馈了25个问题，朔州市科技局比他们多还是少、差多少？", "比你们多8"),
])
def test_findings_counted_in_tiao(reworded_index, question, said):
    a = _ask(reworded_index, question)
    assert not a.abstained and said in a.answer, a.answer


@pytest.mark.parametrize("question,said", [
    ("枣庄社科联召开党组会议、专题会议研究整改几次", "9次"),
    ("市公安局党委会、专题会议一共开了几次", "8次"),
    ("瑞金审计对几人予以提醒谈话", "2人"),
    ("鲤城社科联针对11个问题定了多少条整改措施", "14条"),
    ("厦门体育局多次召开巡察整改专题会议做什么", "动员"),
])
def test_meetings_and_talks_named_otherwise(reworded_index, question, said):
    a = _ask(reworded_index, question)
    assert not a.abstained and said in a.answer, a.answer
