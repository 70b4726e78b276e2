"""Fact answers that carry every asked number (round 15, task numbers): a total over parallel parts stated one by one,
a second figure asked by 呢, a sum asked in the unit of speech (几场, 几名), a 文号 asked of a document the body names, a
span staff name and ask to check. Probes of my own on real notice text, other notices and wordings than the failures
came from where the genre allows (no index)."""
from __future__ import annotations

import re

from answer.asks import numbered_clause
from answer.lead import wanted
from answer.totals import total_parts
from answer.worked import sum_note
from genre.worked import follow_on_asks, parts_asked, written_units
from retrieval.load import load_notice
from retrieval.parse import page_outline, parse_sections
from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "notices-dev"


def _notice(prefix: str):
    return load_notice(next(DEV.glob(prefix + "*.txt"), None) or next((ROOT / "corpus").glob(prefix + "*.txt")))


def _sentence(text: str, holding: str) -> str:
    return next(s for s in re.findall(r"[^。;；\n]+", text) if holding in s)


def _total(prefix: str, question: str):
    n = _notice(prefix)
    for sections in (parse_sections(n.text, n.id, n.header_end), page_outline(n.text, n.header_end)):
        found = total_parts(n.text, sections, question)
        if found:
            return [n.text[a:b] for a, b in found[0]], found[1]
    return None


def test_a_total_over_parts_each_stating_its_count_is_worked_out():
    # d31: the page's outline above the title counts each 方面's problems, (一)…(7个问题) … (四)…(2个问题), never the total
    quotes, note = _total("d31_", "庆阳文联的问题这几个方面加在一起有多少个？")
    assert len(quotes) == 4 and quotes[0].endswith("(7个问题)") and "合计25个问题" in note
    quotes, note = _total("d31_", "庆阳文联后两个方面一共反馈了多少个问题？")
    assert [q[:3] for q in quotes] == ["(三)", "(四)"] and "5个+2个，合计7个问题" in note
    quotes, note = _total("d31_", "除了基层党组织建设这个方面，庆阳文联其他三个方面的问题合计多少个？")
    assert [q[:3] for q in quotes] == ["(一)", "(二)", "(四)"] and "合计20个问题" in note
    # jinan (a seed): numbered items under (四), each stating what is left: 1.…尚有3项问题… 2.…尚有2项问题…
    quotes, note = _total("jinan", "济南城管局需要长期坚持整改的两类问题加起来一共几项？")
    assert quotes[0].startswith("1.十一届市委第四轮巡察") and "3项+2项，合计5项问题" in note


def test_no_total_over_parts_when_the_parts_or_the_total_are_not_asked():
    assert _total("d31_", "庆阳文联一共几个方面？") is None          # the count of parts itself
    assert _total("d31_", "庆阳文联五个方面一共多少个问题？") is None   # four parts written, five asked: not these
    assert _total("d26_", "朔州科技局四个方面一共多少个问题？") is None   # 4个方面33个问题: a stated total, no parts
    assert parts_asked("一共反映了多少个问题？") is None                 # a stated total asked
    assert parts_asked("第三个方面有多少个问题？") is None                # one part


def test_a_second_figure_asked_by_its_subject_alone():
    assert follow_on_asks("党组会开了几次？领导小组会呢？") == 1
    assert wanted("庆阳文联群众身边腐败方面有几个问题？基层党组织建设方面呢？") == (2, 0)
    assert wanted("局党组开了几次会？") == (1, 0) and follow_on_asks("整改完成了吗？哪天反馈的呢？") == 0


def test_a_sum_asked_in_the_unit_of_speech_adds_the_written_unit():
    assert written_units("场") == ("场", "次")
    jinjiang = _sentence(_notice("d36_").text, "听取巡察整改工作情况汇报")   # 提请市政协党组4次听取…,…召开2次…
    assert "合计6次" in sum_note("听取汇报和召开会议加起来一共几场？", jinjiang)
    ruijin = _sentence(_notice("d01_").text, "记大过处分")   # 对1人予以记大过处分,对2人予以提醒谈话
    assert "1人+2人，合计3人" in sum_note("处分和谈话加起来一共多少名干部？", ruijin)
    assert sum_note("处分和谈话加起来一共多少次？", ruijin) == ""   # 次 is not 人


def test_a_document_number_asked_of_a_document_the_body_names():
    suining = _notice("d25_").text
    a, b = numbered_clause(suining, 0, "遂宁科技局完善了几个制度？整改工作方案的文号是多少？")
    assert suining[a:b].endswith("(遂科技党组〔2020〕20号)")
    lusong = _notice("d08_").text
    a, b = numbered_clause(lusong, 0, "芦淞区理论学习中心组专题学习安排是哪个文件，发文字号多少？")
    assert "芦宣发〔2024〕4号" in lusong[a:b] and "学习安排" in lusong[a:b]
    assert numbered_clause(lusong, 0, "芦淞区司法局开展了几次集体学习？") is None   # no 文号 asked


def test_a_span_staff_name_and_ask_to_check_is_worked_out():
    assert wanted("巡完到反馈中间是不是隔了将近10个月？") == (0, 2)
    assert wanted("反馈以后是不是过了两个多月才公布？") == (0, 2)
