"""Round 74 (session 17, h_reverse74): which agency's notice says a thing, no notice named.

- genre which.toml [reverse_ask]; genre/reverse.py, answer/reverse.py: a reverse ask (哪家/谁家/哪个单位/哪个局/哪份 +
  说/提到/写了/是) names a distinctive fact, a figure with its unit and noun (45项制度, 1个人记大过处分, 谈话提醒24人) or a
  kind of inspection (提级/联动/交叉巡察). The notices whose one clause holds the figure (units alike: 13项 ~ 制度13个)
  beside a run of the noun, or whose text names the kind, answer: the agency named, the clause cited, then the detail
  asked from that notice. None holding it: refused, the noun under another figure (or another kind) named as nearest.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.reverse import fact_clause
from genre.reverse import in_digits, reverse_asked
from tests.conftest import dev_files, dev_text, small_index

NOTICES = ("d01_", "d08_", "d11_", "d25_", "d32_", "d37_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "reverse74", dev_files(*NOTICES))


@pytest.mark.parametrize(("question", "figure", "noun", "kind"), [
    ("哪个单位的通报说建了45项制度？它清退了多少违规资金", "45", "制度", ""),
    ("哪家的审计整改报告里给了1个人记大过处分？另外还有几人被提醒谈话", "1", "记大过处分", ""),
    ("哪份通报说谈话提醒24人", "24", "谈话提醒", ""),
    ("哪个局的通报写了制定完善相关制度13个", "13", "制定完善相关制度", ""),
    ("是哪家给了一个人记大过处分", "1", "记大过处分", ""),
    ("谁家的巡察是市委提级巡察组来巡的？哪天反馈", "", "", "提级"),
    ("谁家的巡察是交叉巡察", "", "", "交叉"),
])
def test_reverse_ask_read(question, figure, noun, kind):
    r = reverse_asked(question)
    assert (r.figure, r.noun, r.kind) == (figure, noun, kind)


@pytest.mark.parametrize("question", [
    "哪份审计整改报告提过“七张问题清单”",      # a phrase, no figure nor kind: the which-notice ask
    "慈溪审计整改里有个镇对21个问题持续整改，是哪个镇",   # a notice named: no reverse ask
    "芦淞区司法局建了几项制度",
])
def test_no_reverse_ask(question):
    assert reverse_asked(question) is None


def test_in_digits():
    assert [in_digits(n) for n in ("两", "十", "二十四", "239")] == ["2", "10", "24", "239"]


def test_fact_clause_on_notice_text():
    text = dev_text("d11_")
    a, b = fact_clause(text, reverse_asked("哪个单位说建立了45个制度"))
    assert text[a:b] == "建立完善制度45项"
    assert fact_clause(text, reverse_asked("哪个单位说建立了46项制度")) is None
    assert fact_clause(text, reverse_asked("哪家说谈话提醒25人")) is None


@pytest.mark.parametrize(("question", "agency", "said"), [
    ("哪个单位的通报说建了45项制度？它清退了多少违规资金", "嘉兴市文化广电旅游局", "5.0227万元"),
    ("哪家的审计整改报告里给了1个人记大过处分？另外还有几人被提醒谈话", "瑞金市审计局", "对2人予以提醒谈话"),
    ("哪个单位的通报说细化了239条整改措施？它设了几个专项整改工作小组", "厦门市体育局", "设立3个专项整改工作小组"),
    ("谁家的巡察是市委提级巡察组来巡的？哪天反馈", "芦淞区司法局", "2024年9月6日"),
    ("哪家的巡察是区委联动巡察组来巡的？什么时候反馈的", "利州区法院", "2025年1月3日"),
    ("哪份通报说谈话提醒24人", "嘉兴市文化广电旅游局", "谈话提醒24人"),
    ("哪个局的通报写了制定完善相关制度13个", "遂宁市科技局", "制定和完善相关制度13个"),
])
def test_end_to_end_agency_named(dev_index, question, agency, said):
    a = ask(dev_index, question)
    assert not a.abstained
    assert a.answer.split("[1]")[0].find(agency) >= 0
    assert said in a.answer


@pytest.mark.parametrize(("question", "nearest"), [
    ("哪个单位的通报说建了60项制度？", "建立完善制度45项"),
    ("哪家的通报说对3人记大过处分", "对1人予以记大过处分"),
    ("哪份通报写了细化整改措施300条", "细化制定整改措施239条"),
    ("谁家的巡察是交叉巡察", "提级巡察"),
])
def test_end_to_end_fact_no_notice_says(dev_index, question, nearest):
    a = ask(dev_index, question)
    assert a.abstained
    assert "没有哪份通报写到" in a.answer and nearest in a.answer
