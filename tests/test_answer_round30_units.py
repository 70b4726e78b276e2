"""Round 30, figures asked in another unit than the notice writes them (genre worked.toml [converted], [per_head];
answer/converted.py): each convention probed in five wordings of my own on real notice text (tests/data/notices-dev
and the seed corpus), and where it must not fire.

- The unit named as the measure the figure is reckoned by (按亿元算, 用万元表示, 以亿元计, 按万元计算) asks it converted,
  as 折合/换算成 does; so do spoken units (几个亿, 多少个亿, 加起来有多少亿).
- A converted figure with more decimals than notices write money with is said exactly and rounded after it (约25.10亿元);
  one that never ends (亩 to 公顷) rounded only (约合); one far too small for the unit (102元 as 0.00000102亿元) is not
  offered.
- People (人/万人/亿人) and areas (平方米/公顷/亩) convert within their kind; a bare 万 after a noun naming people
  (体检人数达1000万以上) is a figure of people; the words bounding a figure (以上, 余, 约) are carried over.
- A total asked (总共, 一共, 全省, 总额) where the only figure of its kind the quotes state is per head (人均, 每人): a
  refusal naming the per-head figure, no conversion.
"""
from __future__ import annotations

import pytest

from answer.converted import converted_note, figures, per_head_only
from answer.sentences import asked_units
from answer.unstated import money_unstated
from genre.converted import converting_asked, unit_asked
from tests.conftest import corpus_file, dev_files, dev_text, sentence_holding, small_index

RUIJIN = dev_text("d01_")     # 问题资金251023.54万元 … 涉及金额237054.47 万元 … 归还原资金渠道1580万元
JIAXING = dev_text("d11_")    # 收回清退违规资金5.0227万元; 谈话提醒24人
CIXI = dev_text("d17_")       # 已清理用地款1.05亿元
ZHEJIANG = dev_text("d23_")   # 人均基本公共卫生服务经费达102元以上; 城乡居民免费健康体检人数达1000万以上


def _seed(prefix: str) -> str:
    from retrieval.load import load_notice
    return load_notice(corpus_file(prefix)).text


def _clause(text: str, holding: str) -> str:
    return next(c for c in sentence_holding(text, holding).split(",") if holding in c)


@pytest.mark.parametrize(("question", "unit"), [
    ("瑞金审计整改报告里未整改资金按亿元算是多少", "亿元"),
    ("瑞金整改到位资金用亿元表示是多少", "亿元"),
    ("瑞金追缴资金以亿元计大概多少", "亿元"),
    ("嘉兴文旅局收回清退的违规资金按元来算是多少", "元"),
    ("慈溪附海镇清理的用地款按万元计算有多少", "万元"),
    ("瑞金整改到位资金大概几个亿", "亿元"),
    ("瑞金问题资金有多少个亿", "亿元"),
    ("公卫经费全省加起来有多少亿", "亿元"),
    ("免费健康体检人数换成亿人是多少", "亿人"),
    ("高标准农田换算成公顷是多少", "公顷"),
])
def test_the_unit_reckoned_by_or_said_in_speech_is_asked(question, unit):
    assert unit_asked(question) == unit and converting_asked(question) == (unit != "亿人" or "换成" in question)


@pytest.mark.parametrize("question", ["受众多少万", "处理了多少人次", "一共多少个问题", "有几个亿人口", "按期完成了几项"])
def test_no_unit_to_convert_into_is_read_where_none_is_asked(question):
    assert unit_asked(question) == ""


@pytest.mark.parametrize(("question", "holding", "text", "said"), [
    ("瑞金审计整改报告里未整改资金按亿元算是多少", "未整改资金", RUIJIN, "35435.70万元=3.54357亿元，约3.54亿元"),
    ("瑞金整改到位资金用亿元表示是多少", "整改到位资金", RUIJIN, "215587.84万元=21.558784亿元，约21.56亿元"),
    ("瑞金追缴资金以亿元计大概多少", "追缴资金", RUIJIN, "77038.68万元=7.703868亿元，约7.70亿元"),
    ("嘉兴文旅局收回清退的违规资金按元来算是多少", "收回清退", JIAXING, "5.0227万元=50227元"),
    ("慈溪附海镇清理的用地款按万元计算有多少", "用地款", CIXI, "1.05亿元=10500万元"),
    ("瑞金问题资金有多少个亿", "问题资金", RUIJIN, "251023.54万元=25.102354亿元，约25.10亿元"),
    ("瑞金归还原资金渠道的钱有几个亿", "归还原资金渠道", RUIJIN, "1580万元=0.158亿元，约0.16亿元"),
    ("瑞金财政部门预算执行问题涉及多少钱，折成亿元", "涉及金额", RUIJIN, "237054.47万元=23.705447亿元，约23.71亿元"),
])
def test_money_reckoned_in_another_unit_is_converted_and_rounded_as_notices_write_money(question, holding, text, said):
    assert converted_note(question, _clause(text, holding)) == f"（按通报数字换算：{said}。）"


@pytest.mark.parametrize(("question", "holding", "said"), [
    ("免费健康体检人数折合多少亿人", "体检人数", "1000万以上=0.1亿人以上"),
    ("体检人数目标用亿人表示", "体检人数", "1000万以上=0.1亿人以上"),
    ("免费体检目标换算成人是多少", "体检人数", "1000万以上=10000000人以上"),
    ("直播受众人数合多少人", "受众人数达到116万人", "116万人=1160000人"),
    ("受众人数按亿人算是多少", "受众人数达到116万人", "116万人=0.0116亿人，约0.012亿人"),
])
def test_people_convert_with_a_bare_wan_and_the_bounding_word_carried(question, holding, said):
    text = ZHEJIANG if holding == "体检人数" else _seed("tj-city-mgmt-commission-2024")
    assert converted_note(question, _clause(text, holding)) == f"（按通报数字换算：{said}。）"


@pytest.mark.parametrize(("question", "holding", "seed", "said"), [
    ("绿地按公顷算是多少", "各类绿地1000万平方米", "tj-city-mgmt-commission-2019", "1000万平方米=1000公顷"),
    ("高标准农田换算成公顷是多少", "高标准农田8600亩", "tj-dongli", "8600亩约合573.33公顷"),
    ("这7.3公顷折合多少亩", "7.3公顷", "tj-city-mgmt-commission-2024", "7.3公顷=109.5亩；1.5公顷=22.5亩"),
    ("草皮按平方米算是多少", "草皮12.8万平方米", "tj-city-mgmt-commission-2024", "12.8万平方米=128000平方米"),
    ("旧管网改造按米算是多少", "2023年改造了639公里", "tj-city-mgmt-commission-2024", "639公里=639000米"),
    ("能源集团投资换成亿元是多少", "1600余万元", "jinan", "1600余万元=0.16亿余元"),
])
def test_areas_lengths_and_bounded_money_convert_within_their_kind(question, holding, seed, said):
    text = _seed(seed)
    clause = next(c for c in sentence_holding(text, holding).replace("，", ",").split(",") if holding in c)
    assert converted_note(question, clause) == f"（按通报数字换算：{said}。）"


@pytest.mark.parametrize(("question", "lead"), [
    ("谈话提醒的人数按万人算是多少", "谈话提醒24人"),
    ("人均公卫经费折合多少亿元", "人均基本公共卫生服务经费达102元以上"),
    ("公卫经费按亿元算是多少", "人均基本公共卫生服务经费达102元以上"),
    ("人均公共卫生服务经费是几个亿", "人均基本公共卫生服务经费达102元以上"),
    ("政府采购限额换算成亿元", "政府采购限额调整为10万元"),
    ("慈溪附海镇清理用地款是几个亿", "已清理用地款1.05亿元"),   # already in the unit asked
])
def test_a_conversion_far_too_small_for_the_unit_is_not_offered(question, lead):
    assert converted_note(question, lead) == ""


def test_a_bare_wan_counts_only_after_a_noun_naming_its_kind():
    assert [f.written() for f in figures("城乡居民免费健康体检人数达1000万以上")] == ["1000万以上"]
    assert figures("支队共开展行政检查2.28万") == [] and figures("受众人数4.3万余人次") == []   # visits, not people


PER_HEAD = sentence_holding(ZHEJIANG, "人均基本公共卫生服务经费")


@pytest.mark.parametrize("question", [
    "浙江卫健委基本公卫服务经费一共要投入多少钱",
    "全省基本公共卫生服务经费总额是多少万元",
    "公共卫生服务经费合计多少亿元",
    "公卫经费全省加起来有多少亿",
    "基本公卫服务经费总投入多少元",
    "浙江卫健要点里公卫服务经费全省总共要投多少亿元？",
])
def test_a_total_asked_against_a_per_head_figure_is_refused(question):
    why = per_head_only(question, [PER_HEAD])
    assert why.startswith("通报中没有写明总数") and "人均基本公共卫生服务经费达102元以上" in why


@pytest.mark.parametrize(("question", "quotes"), [
    ("人均基本公共卫生服务经费是多少", [PER_HEAD]),              # the per-head figure itself asked
    ("公卫服务经费人均多少元", [PER_HEAD]),
    ("全省免费健康体检一共多少人", [PER_HEAD]),                   # people: 1000万 is no per-head figure
    ("瑞金问题资金一共多少万元", [sentence_holding(RUIJIN, "问题资金251023.54万元")]),
    ("嘉兴文旅局一共收回清退多少钱", [sentence_holding(JIAXING, "收回清退")]),
])
def test_no_refusal_where_the_figure_asked_is_stated_as_a_whole(question, quotes):
    assert per_head_only(question, quotes) == ""


def test_the_unit_reckoned_by_lets_any_money_figure_lead_and_names_no_kind_of_money():
    assert {"万元", "亿元", "元"} <= set(asked_units("查出的问题钱数按亿元算大概几个亿？"))
    assert money_unstated("问题资金用亿元表示是多少", ["问题资金251023.54万元"]) == ""
    assert "平方米" not in asked_units("绿色生态屏障造林多少亩？")   # 多少亩 alone: a figure written in 亩 answers
    assert "平方米" in asked_units("绿色生态屏障造林折合多少亩？")


@pytest.fixture(scope="module")
def units_index(tmp_path_factory):
    return small_index(tmp_path_factory, "units", dev_files("d01_", "d11_", "d17_", "d23_"))


@pytest.mark.parametrize(("question", "said"), [
    ("瑞金审计整改报告里，查出的问题钱数按亿元算大概几个亿？", "251023.54万元=25.102354亿元，约25.10亿元"),
    ("瑞金审计整改里财政部门预算执行问题涉及多少钱，折成亿元", "约23.71亿元"),
    ("慈溪审计整改里附海镇清理的用地款，用万元表示是多少？", "1.05亿元=10500万元"),
    ("浙江卫健要点里城乡居民免费健康体检的目标，换成亿人是多少？", "1000万以上=0.1亿人以上"),
    ("嘉兴文旅局收回清退的违规资金按元算是多少", "5.0227万元=50227元"),
])
def test_the_converted_figure_is_said_end_to_end(units_index, question, said):
    from answer.ask import ask
    answer = ask(units_index, question, units_index.settings)
    assert said in answer.answer and not answer.abstained


@pytest.mark.parametrize("question", [
    "浙江卫健要点里公卫服务经费全省总共要投多少亿元？",
    "浙江卫健委基本公共卫生服务经费一共要投入多少钱",
])
def test_a_total_asked_of_a_per_head_figure_is_refused_end_to_end(units_index, question):
    from answer.ask import ask
    answer = ask(units_index, question, units_index.settings)
    assert answer.abstained and "人均" in answer.answer and "0.00000102" not in answer.answer
