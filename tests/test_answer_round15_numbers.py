"""Fact answers that carry every asked number (round 15, task numbers): a total over parallel parts stated one by one,
a second figure asked by 呢, a sum asked in the unit of speech (几场, 几名), a 文号 asked of a document the body names, a
span staff name and ask to check, counts written in Chinese numerals, a rate asked as a fraction or in tenths, a table
row's bare cells, a difference asked with a verb (多开了几次). Probes
of my own on real notice text, other notices and wordings than the failures came from where the genre allows (no
index)."""
from __future__ import annotations


from answer.asks import numbered_clause
from answer.lead import lead_spans, wanted
from answer.sentences import asked_units
from answer.tables import row_figures, table_note
from answer.totals import total_parts
from answer.worked import difference_note, numerals_note, rate_note, sum_note
from genre.figures import arabic, cn_counts, cn_value
from genre.worked import follow_on_asks, summed_things, written_units
from genre.parts_asked import parts_asked
from retrieval.load import load_notice
from retrieval.parse import page_outline, parse_sections
from tests.conftest import ROOT
from tests.notice_text import sentence_holding as _sentence

DEV = ROOT / "tests" / "data" / "notices-dev"


def _notice(prefix: str):
    return load_notice(next(DEV.glob(prefix + "*.txt"), None) or next((ROOT / "corpus").glob(prefix + "*.txt")))



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
    assert numbered_clause(suining, 0, "遂宁科技局这份通报的文号是多少？") is None   # its own 文号: no body document's


def test_a_span_staff_name_and_ask_to_check_is_worked_out():
    assert wanted("巡完到反馈中间是不是隔了将近10个月？") == (0, 2)
    assert wanted("反馈以后是不是过了两个多月才公布？") == (0, 2)


def test_counts_written_in_chinese_numerals_are_read_and_said_in_digits():
    # shuozhou (d26) writes 4个方面33个问题; an agency writing the same sentence in numerals must be answered alike
    said = _sentence(_notice("d26_").text, "4个方面33个问题").replace("4个方面33个问题", "四个方面三十三个问题")
    found = lead_spans(said, [(0, len(said))], "朔州科技局巡察反馈了多少个问题？", {"巡察": 0.5, "反馈": 1.0, "问题": 1.0},
                       asked_units("朔州科技局巡察反馈了多少个问题？"))
    assert found and "三十三个问题" in said[found[0][0]:found[0][1]]
    assert numerals_note(said[found[0][0]:found[0][1]]) == "（四个即4个，三十三个即33个。）"
    jiaxing = _sentence(_notice("d11_").text, "建立完善制度45项").replace("45项", "四十五项").replace("24人", "二十四人")
    assert arabic(jiaxing).count("45项") == 1 and "24人" in arabic(jiaxing) and "5.0227万元" in arabic(jiaxing)
    assert cn_value("两千") == 2000 and [m.group() for m, _ in cn_counts("清理资金两千余万元")] == ["两千余万元"]
    # set phrases are no counts: 两个规划 (d28), 中央八项规定, “两个维护”, the article 一项
    xiangtan = _sentence(_notice("d28_").text, "两个规划")
    assert cn_counts(xiangtan) == [] and numerals_note(xiangtan) == ""
    assert cn_counts("深入贯彻中央八项规定精神,作为一项重大政治任务,做到“两个维护”") == []


def test_a_rate_asked_as_a_fraction_or_in_tenths_asks_a_figure():
    assert wanted("广州那400个问题，已经整改完成的占几分之几？") == (1, 0)
    assert wanted("瑞金没整改到位的资金占几成？") == (1, 0)
    guangzhou = _sentence(_notice("d16_").text, "反映的400个问题")
    assert "完成率84%" in rate_note("已经整改完成的占几分之几？", guangzhou)


def _table(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(r) for r in rows)   # a .docx table as read (retrieval/load/docx_text.py)


def test_a_bare_number_in_a_table_row_is_read_with_its_header():
    # ruijin (d01) states 50项具体问题, 问题资金251023.54万元, 已整改40项 in a sentence; the same figures in a table's row
    ruijin = _sentence(_notice("d01_").text, "问题资金251023.54万元")
    assert "50项具体问题" in ruijin and "已整改40项" in ruijin
    t = _table([["序号", "审计领域", "具体问题(项)", "问题资金（万元）", "已整改(项)", "完成率"],
                ["1", "财政预算执行", "50", "251023.54", "40", "80"]])
    row = (t.index("\n1 |") + 1, len(t))
    assert row_figures(t, *row) == " | 财政预算执行 | 具体问题(项)50项 | 问题资金（万元）251023.54万元 | 已整改(项)40项 | 完成率80%"
    for question, held in (("瑞金财政预算执行审计查出几项具体问题？", "50"), ("瑞金财政预算执行问题资金多少万元？", "251023.54")):
        found = lead_spans(t, [row], question, {"财政": 1.0, "预算": 1.0, "问题": 0.5, "资金": 1.0}, asked_units(question))
        assert found and held in t[found[0][0]:found[0][1]]
    assert table_note(t, [row]).startswith("（表中：具体问题(项)为50，问题资金（万元）为251023.54，")
    # no header above (one row alone), or a row that is no table: read as written
    assert row_figures(ruijin, 0, len(ruijin)) == ruijin
    lone = "1 | 财政预算执行 | 50"
    assert row_figures(lone, 0, len(lone)) == lone and table_note(lone, [(0, len(lone))]) == ""


def test_a_difference_asked_with_a_verb_after_more_or_less():
    xiamen = _sentence(_notice("d32_").text, "7次党组会议").split(",")[0]   # 局主要领导组织召开7次党组会议、12次巡察整改领导小组会议
    question = "厦门体育局领导小组会议比党组会议多开了几次？"
    assert wanted(question) == (2, 0)
    assert difference_note(question, xiamen) == "（按通报数字推算：12次−7次，相差5次。）"
    lizhou = next(c for c in _sentence(_notice("d37_").text, "支部学习4次").split(",") if "支部学习4次" in c)
    assert "相差3次" in difference_note("利州区法院中心组学习比支部学习少搞了几次？", lizhou)
    assert "相差3次" in difference_note("利州区法院支部学习比中心组学习多开展几次？", lizhou)
    assert difference_note("利州区法院支部学习比中心组学习多吗？开展了几次？", lizhou) == ""   # which, and a count


def test_a_sum_of_three_things_quotes_three_figures():
    question = "晋江市政协机关列席中心组学习会议、听取整改汇报和召开专题推进会一共多少次？"
    assert summed_things(question) == 3 and wanted(question) == (3, 0)
    assert summed_things("党组会和中心组学习加起来开了几次？") == 0 and wanted("党组会和中心组学习加起来开了几次？") == (2, 0)
    assert summed_things("这四项加起来有多少人？") == 4
    jinjiang = "。".join(_sentence(_notice("d36_").text, held) for held in ("会议6次", "4次听取"))   # two sentences
    assert "6次+4次+2次，合计12次" in sum_note(question, jinjiang)


def test_a_difference_of_two_things_counted_by_different_nouns():
    licheng = _sentence(_notice("d35_").text, "整改措施14条")   # 对巡察反馈的3个方面6项共11个问题,制定…整改措施14条
    assert "措施14条−问题11个，相差3条" in difference_note("鲤城区社科联的整改措施比反馈的问题多几条？", licheng)
    jiaxing = _sentence(_notice("d11_").text, "建立完善制度45项")   # 谈话提醒24人, 建立完善制度45项: people counted by
    # their own unit, each figure named (round 17: staff ask it, u1504's gold says 多21)
    assert "制度45项−提醒24人，相差21" in difference_note("嘉兴文广旅局建的制度比谈话提醒的人多多少？", jiaxing)


def test_the_part_with_the_most_or_the_fewest_is_named_with_the_gap():
    quotes, note = _total("d31_", "庆阳文联哪个方面反馈的问题最多？比最少的多几个？")
    assert len(quotes) == 4 and "最多的是“(二)聚焦群众身边腐败问题" in note and "相差9个" in note
    quotes, note = _total("jinan", "济南城管局需长期坚持整改的两类问题里，哪类最少？")
    assert note == "（按通报数字比较：最少的是“2.审计指出问题尚有2项问题整改需长期坚持”，2项问题。）"
    assert _total("d31_", "庆阳文联哪个方面的问题最多？") is not None and parts_asked("哪个问题最突出？") is None
