"""Round 88 (session 18), in wordings of my own over dev notices rewritten with Chinese numerals.

Notices write small counts in Chinese numerals as often as in digits (先后八次召开, 预算执行问题六项，已整改二项, 经过三个月
集中整改, 移交立行立改问题四个, 中心组学习一次、支部学习四次, 一个总方案、两个专项方案). The one number reader
(genre/figures.py cn_counts / arabic, figures.toml [numerals]) reads a one-character numeral before any measure word as its
value, except set phrases (两个规划, 八项规定, “两个维护”), names in quotes (“三张清单”), a session's number (十五届二次全会)
and 一 as the article (是一次全面“体检”, 一项重大任务, 一件一件, 解决一个、销号一个); every reader of a notice's figures
(the lead's clauses, the no-figure refusals, kinds summed, parts' counts in headings, plan or result, cross counts)
reads through it. Answers quote the notice as written (四个) and work figures out with the value.
"""
from __future__ import annotations

import re

import pytest

from answer.ask import ask
from genre.figures import arabic, asked_figures, cn_counts
from tests.conftest import dev_files, small_index

CN = dict(zip("123456789", "一两三四五六七八九"))
SMALL = re.compile(r"(?<![\d.．])([1-9]|10)(?=[个项条次名人家批件场张轮类])")


def written_in_chinese(text: str) -> str:
    """TEXT with every count up to ten before a measure word in Chinese numerals, 2 as 两 (my own rewriting)."""
    return SMALL.sub(lambda m: "十" if m.group(1) == "10" else CN[m.group(1)], text)


@pytest.fixture(scope="module")
def cn_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("numerals88_files")
    paths = []
    for path in dev_files("d01_", "d05_", "d08_", "d10_", "d19_", "d31_", "d35_", "d37_"):
        target = folder / path.name
        target.write_text(written_in_chinese(path.read_text(encoding="utf-8")), encoding="utf-8")
        paths.append(target)
    return small_index(tmp_path_factory, "numerals88", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- the number reader on real dev sentences rewritten ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, read", [
    ("市局先后八次召开市局党委会、专题会议等推进整改措施落地", "市局先后8次召开"),
    ("财政部门(含自然资源局)预算执行问题六项,涉及金额237054.47 万元,部分整改四项,已整改两项", "部分整改4项,已整改2项"),
    ("开展中心组学习一次、支部学习四次", "开展中心组学习1次、支部学习4次"),
    ("研究制定一个总方案,两个专项方案", "研究制定1个总方案,2个专项方案"),
    ("经过三个月集中整改", "经过3个月集中整改"),
    ("移交立行立改问题四个,已全部办结", "移交立行立改问题4个"),
    ("对一人予以记大过处分,对两人予以提醒谈话", "对1人予以记大过处分,对2人"),
    ("巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改一个", "阶段性完成整改1个"),
])
def test_small_counts_in_chinese_numerals_read_as_their_value(sentence, read):
    assert read in arabic(sentence)


@pytest.mark.parametrize("sentence", [
    "一是提高政治站位,二是压实责任",                      # 一是 items
    "按照区委统一部署",                                   # 统一
    "一把手带头抓整改,局班子成员认真履行“一岗双责”",      # 一把手, 一岗双责
    "进一步压实整改责任,第一责任人",                       # 进一步, 第一
    "第三次党组会议研究整改",                              # an ordinal: 第三次
    "推动两个规划落实,深入贯彻中央八项规定精神",           # set phrases written bare
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”",     # set phrases in quotes
    "根据问题、任务、责任“三张清单”,扎实推进",             # a name in quotes
    "学习贯彻省委十五届二次全会精神",                      # a session's number
    "此次巡察是一次全面“政治体检”,作为当前和今后一项重大的政治任务",   # the article
    "一件一件过筛子、一条一条抓落实,力求解决一个、销号一个、巩固一个",   # one by one
    "把巡察整改与中心工作捆在一起推进,一起研究部署",      # 一起: together
])
def test_words_and_ordinals_holding_numerals_are_no_figures(sentence):
    assert cn_counts(sentence) == []


@pytest.mark.parametrize("question, read", [
    ("利州法院的中心组学习有没有超过三次", "3次"),
    ("那四个立行立改问题办结了吗", "4个"),
    ("区科协收到反馈意见后头一件事干的啥", "头一件"),      # an order, no figure given
    ("湖州卫健委评优秀多久评一次", "评一次"),              # a frequency asked, no figure given
    ("市公安局把整改跟哪些工作捆在一起推进", "一起"),
])
def test_a_question_gives_its_small_counts_but_never_its_one(question, read):
    assert read in asked_figures(question)


# -- a figure asked is found where the notice writes it in Chinese numerals -------------------------------------------

@pytest.mark.parametrize("question, said", [
    ("市公安局党委推进整改措施落地一共开过多少次会？", "八次"),
    ("利州法院落实第一议题，中心组学了几回？", "一次"),
    ("芦淞司法局移交的立行立改问题有多少个？", "四个"),
    ("鲤城社科联为传达巡察反馈意见开了几次会？", "两次"),
    ("瑞金审计那份报告，财政部门预算执行问题有几项？", "六项"),
    ("利州法院支部学习搞了几次", "四次"),
])
def test_a_count_in_chinese_numerals_answers_the_ask(cn_index, question, said):
    a = _ask(cn_index, question)
    assert not a.abstained, a.answer
    assert said in a.answer


@pytest.mark.parametrize("question", [
    "惠济审批局集中整改用了几个月？",
    "惠济审批局收到反馈后整改花了多长时间？",
    "惠济区审批局集中整改历时多久",
    "惠济审批局这次集中整改搞了几个月",
    "惠济审批局整改用了多长时间？",
])
def test_a_span_in_chinese_numerals_is_stated(cn_index, question):
    a = _ask(cn_index, question)
    assert not a.abstained, a.answer
    assert "三个月" in a.answer


@pytest.mark.parametrize("question, total", [
    ("绵阳司法局一共出了几个整改方案？", "共3个"),
    ("绵阳司法局整改方案定了几个", "共3个"),
    ("庆阳文联四个方面的问题加起来一共有几个？", "25"),
    ("庆阳文联反馈问题前三个方面总共多少个？", "23"),
    ("庆阳文联反馈的问题合计多少个", "25"),
    ("利州法院中心组学习和支部学习一共几次", "5次"),
])
def test_figures_worked_out_with_the_value(cn_index, question, total):
    a = _ask(cn_index, question)
    assert not a.abstained, a.answer
    assert total in a.answer


@pytest.mark.parametrize("question, said", [
    ("芦淞司法局那29个问题里阶段性完成整改的有几个？", "一个"),
    ("瑞金审计报告里预算执行问题已经整改了几项？", "两项"),
    ("瑞金财政部门预算执行问题部分整改的有几项", "四项"),
    ("芦淞区司法局中心组学习，文件要求全年多少次，实际学了几次", "十次"),
    ("瑞金审计报告里有几个人被提醒谈话", "两人"),
])
def test_status_and_result_counts_in_chinese_numerals(cn_index, question, said):
    a = _ask(cn_index, question)
    assert not a.abstained, a.answer
    assert said in a.answer
