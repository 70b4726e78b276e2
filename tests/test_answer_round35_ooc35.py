"""Round 35 (session 15), a figure asked of a thing named with a qualifier, in wordings of my own over dev notices (the seed
notices of corpus/ and tests/data/notices-dev).

Notices state figures of many things of one kind side by side (燃气旧管网 and 供热旧管网, 垃圾转运站 of the whole city,
闲置资产 of all assets). A figure asked of a thing named with a qualifier (供热老管网, 滨河口袋公园, 乡村振兴专项资金) is the
qualified thing's: when no sentence of the notice writes the qualifier with the thing (in it or in a heading over it), the
reply is refused and the figure the notice does state is quoted (通报只写了…); a qualifier the sentence or its heading holds,
or a paraphrase shortened to its first character (污水管网 as 雨污管网), stays answered (genre claims.toml
[qualified_figure], answer/qualified.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.qualified import _held, qualified_pairs, qualified_unstated
from tests.conftest import corpus_file, dev_files, small_index

DONGLI_WATER = ("六是强化重点河道口门监测治理,推进雨污串流常态化排查整治和雨水管网清掏,完成封堵、整治串流点位18处,"
                "清掏雨水管网(井)390公里,东丽湖一体化处理设施项目正式投用。")
HEATING = ("(1)针对群众反映的供热质量问题,进行了以下整改\n"
           "供暖结束后,启动了“冬病夏治”工作,计划实施户内改造5000户,已完成2847户。")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = [corpus_file("tj-city-mgmt-commission-2024"), corpus_file("tj-dongli"), *dev_files("d23_", "d37_")]
    return small_index(tmp_path_factory, "ooc35", paths)


@pytest.mark.parametrize(("question", "pair"), [
    ("东丽区的供热老管网改造了多少公里？", ("供热", "管网", "供热老管网")),
    ("燕园那些闲置资产后来盘活了吗？租出去收了多少租金？", ("燕园", "资产", "燕园闲置资产")),
    ("东丽区安排了多少亿元乡村振兴专项资金？", ("乡村", "专项资金", "乡村振兴专项资金")),
    ("城管委建成了多少座餐厨垃圾处理厂？", ("餐厨", "处理厂", "餐厨垃圾处理厂")),   # jieba's 座餐: the classifier left out
    ("城管委的河道垃圾转运站有多少座？", ("河道", "转运站", "河道垃圾转运站")),
])
def test_a_qualified_thing_is_read(question, pair):
    assert pair in qualified_pairs(question, ())


@pytest.mark.parametrize("question", [
    "枣庄社科联党组主要负责同志研究整改开了几次会、批示几次",   # an agency names the notice; 研究 is an act
    "东丽区清掏雨水管网多少公里",                              # 清掏: an act on the thing, not its qualifier
    "区司法局依据的区委宣传部文件文号是什么，一年要求学几次",     # the thing of another ask
    "19年计划新建改造多少座公厕？",                            # acts asked (jieba reads 新建 as a place), no thing
])
def test_no_qualified_thing(question):
    assert all(q not in ("党组", "社科联", "清掏", "宣传部", "计划") for q, _, _ in qualified_pairs(question, ()))


def test_a_shortened_qualifier_is_held():
    assert _held("污水", "管网", "清掏雨污管网120公里", "")
    assert not _held("供热", "管网", DONGLI_WATER, "")


def test_another_things_figure_is_refused_with_it_quoted():
    at = DONGLI_WATER.index("清掏雨水管网(井)")
    why = qualified_unstated("东丽区的供热老管网改造了多少公里？", DONGLI_WATER, [], [(at, at + 14)], ())
    assert why is not None and why.message == "通报没有写明“供热老管网”的数字，只写了“清掏雨水管网(井)390公里”。"


def test_a_qualifier_in_the_heading_stands():
    at = HEATING.index("已完成2847户")
    assert qualified_unstated("供热户内改造完成了多少户？", HEATING, [], [(at, at + 8)], ()) is None


OUT_OF_CORPUS = [
    ("东丽区的供热老管网改造了多少公里？", "供热老管网"),
    ("城管委的雨水管网改造了多少公里？", "雨水管网"),
    ("东丽区安排了多少亿元乡村振兴专项资金？", "乡村振兴专项资金"),
    ("城管委建成了多少座餐厨垃圾处理厂？", "餐厨垃圾处理厂"),
    ("城管委建了多少个滨河口袋公园？", "滨河口袋公园"),
    ("浙江卫健委要培育多少个中医药样板？", "中医药样板"),
    ("城管委给人民公园更换了多少台摄像头？", "人民公园"),
    ("东丽区科技园闲置资产盘活了多少平方米？", "科技园闲置资产"),
    ("城管委的河道垃圾转运站有多少座？", "河道垃圾转运站"),
    ("城管委的污水管网改造了多少公里？", "污水管网"),
]

ANSWERED = [
    ("城管委燃气旧管网2023年改造了多少公里？", "639"),
    ("城管委供热旧管网2023年下半年已改造多少公里？", "134"),
    ("城管委水上公园新建了多少处监控点位？", "46"),
    ("城管委全市建成投运多少座生活垃圾综合处理厂？", "13"),
    ("东丽区京津冀协同发展专项资金安排了多少？", "3亿元"),
    ("浙江卫健委要培育多少个健康浙江行动省级样板？", "50"),
    ("东丽区医疗产业园经营公建有多少平方米？", "6万平方米"),
    ("城管委涉路管线井公示填埋了多少座？", "68"),
    ("城管委供热户内改造计划实施多少户？", "5000"),   # 供热 in the heading over the sentence
    ("利州区人民法院2025年1到3月份累计报了几条干预司法记录事项？", "595"),   # 干预司法 in the heading
]


@pytest.mark.parametrize(("question", "thing"), OUT_OF_CORPUS)
def test_out_of_corpus_qualified_figure_is_refused(dev_index, question, thing):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained, a.answer
    assert f"通报没有写明“{thing}”的数字，只写了“" in a.answer


@pytest.mark.parametrize(("question", "figure"), ANSWERED)
def test_answerable_twin_stays_answered(dev_index, question, figure):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert figure in a.answer
