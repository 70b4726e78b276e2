"""Figures and dates asked in any words (round 16, task numbers2): a dated range asked as 哪段时间/起止时间 beside a day
asked, money asked as 金额多大 and written with a space before its unit, a sum of parts each named by words of its
heading, a question's own figures in either script, a table row's cells read by the refusal checks. Each convention
probed in several wordings of my own (the 头 of 头2个 is then read as 前) on real dev-notice text (no index)."""
from __future__ import annotations

import re
from types import SimpleNamespace

from answer.asks import numbered_clause
from answer.metadata import other_session, report_lines
from answer.lead import lead_spans, wanted
from answer.meta import step_sentences
from answer.sentences import asked_units
from answer.tables import cells_read
from answer.totals import total_parts
from answer.unstated import unfilled_slot
from genre.asking import plain_question
from genre.figures import arabic, asked_figures, small_counts_written
from genre.meta_asked import doc_number_asked
from genre.questions import load_questions
from genre.worked import follow_on_asks
from genre.parts_asked import parts_asked
from retrieval.load import load_notice
from retrieval.parse import page_outline, parse_sections
from retrieval.records import Citation
from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "notices-dev"


def _notice(prefix: str):
    return load_notice(next(DEV.glob(prefix + "*.txt")))


def _opening(prefix: str) -> str:
    return _notice(prefix).text.strip().split("\n")[0]


def _led(text: str, question: str, tokens: dict[str, float]) -> list[str]:
    found = lead_spans(text, [(0, len(text))], question, tokens, asked_units(question))
    return [text[a:b] for a, b in found or []]


def test_a_span_of_dates_asked_in_any_words_leads_beside_the_day_asked():
    # d14 (广元) and d11 (嘉兴文旅): the opening dates the round as a range, then the day it was reported back
    guangyuan = _opening("d14_")
    tokens = {"巡视": 1.0, "广元": 2.0, "反馈": 1.0, "市委": 0.5}
    for question in ("省委巡视组是哪段时间在广元市巡视的？是第几组？哪天把意见反馈给市委的？",
                     "省委第四巡视组在广元巡视的起止时间是？反馈又是哪天？",
                     "广元市委哪天收到巡视反馈？巡视是在什么时间段进行的？",
                     "哪一段时间巡视的广元，几号反馈的"):
        assert wanted(question)[1] == 2, question
        led = "".join(_led(guangyuan, question, tokens))
        assert "2024年8月27日至11月22日" in led and "2024年12月27日" in led, question
    jiaxing = _opening("d11_")
    question = "市委第三巡察组在文旅局巡察的是哪个时间段？什么时候反馈的？"
    led = "".join(_led(jiaxing, question, {"巡察": 1.0, "文旅": 1.0, "反馈": 1.0}))
    assert "2025年3月18日至6月6日" in led and "2025年7月31日" in led
    # a day alone asked: one date, the range not asked
    assert wanted("广元市委哪天收到的巡视反馈？") == (0, 1)


def test_money_asked_as_how_large_and_written_with_a_space_before_its_unit_leads():
    ruijin = next(s for s in re.findall(r"[^。\n]+", _notice("d01_").text) if "237054.47 万元" in s)
    assert "237054.47万元" in arabic(ruijin)
    tokens = {"财政部门": 1.5, "预算": 1.0, "执行": 0.8, "问题": 0.3, "金额": 1.0, "涉及": 0.5}
    for question in ("瑞金审计查出的财政部门预算执行方面问题有几项，涉及金额多大？",
                     "财政部门预算执行方面查出几项问题？金额是多大？",
                     "财政部门预算执行问题一共多少项，涉及的金额有多少？"):
        assert wanted(question)[0] == 2, question
        led = _led(ruijin, question, tokens)
        assert any("问题6项" in c for c in led) and any("237054.47 万元" in c for c in led), (question, led)
    question = "财政部门预算执行方面的问题涉及的资金规模多大？"
    assert any("237054.47 万元" in c for c in _led(ruijin, question, tokens))
    # another notice's money parted from its unit the same way (d11 writes 收回清退违规资金5.0227万元)
    jiaxing = next(s for s in re.findall(r"[^。\n]+", _notice("d11_").text) if "5.0227万元" in s).replace("5.0227万元", "5.0227 万元")
    led = _led(jiaxing, "嘉兴文旅局收回清退违规资金的金额多大？", {"违规": 1.0, "资金": 1.0, "清退": 1.0})
    assert any("5.0227 万元" in c for c in led)
    # a space before a unit that is not one (2021 元旦) joins nothing
    assert arabic("2021 元旦") == "2021 元旦"


def _total(prefix: str, question: str):
    n = _notice(prefix)
    for sections in (parse_sections(n.text, n.id, n.header_end), page_outline(n.text, n.header_end)):
        found = total_parts(n.text, sections, question)
        if found:
            return [n.text[a:b][:3] for a, b in found[0]], found[1]
    return None


def test_a_sum_of_parts_each_named_by_words_of_its_heading():
    # d31 (庆阳文联): (一)…决策部署…(7个问题) (二)…群众身边腐败问题和不正之风…(11个问题) (三)…基层党组织建设…(5个问题) (四)…(2个)
    for question, parts, total in (
            ("庆阳市文联的反馈问题中，腐败和不正之风方面加上基层党建方面，合计多少个？", ["(二)", "(三)"], "合计16个"),
            ("庆阳文联巡察反馈里，基层党组织建设方面和党中央决策部署落实方面一共有几个问题？", ["(一)", "(三)"], "合计12个"),
            ("庆阳市文联，群众身边腐败问题方面与基层党建方面，加起来是多少个问题", ["(二)", "(三)"], "合计16个"),
            ("决策部署落实方面、巡视巡察审计反馈问题整改方面，总共被反馈了几个问题？", ["(一)", "(四)"], "合计9个"),
            ("庆阳文联基层党建方面再加上审计反馈问题整改方面共多少个问题？", ["(三)", "(四)"], "合计7个")):
        assert parts_asked(question).named, question
        quotes, note = _total("d31_", question)
        assert quotes == parts and total in note, (question, quotes, note)
    # ... or named before the group that counts them (A和B这两块/这两个方面)
    for question, parts, total in (
            ("庆阳文联在决策部署落实和群众身边腐败这两块加起来被点了多少问题？", ["(一)", "(二)"], "合计18个"),
            ("庆阳文联基层党建和审计反馈问题整改这两个方面一共多少个问题", ["(三)", "(四)"], "合计7个"),
            ("决策部署落实、基层党组织建设、巡视巡察审计反馈整改这三个方面合计几个问题？", ["(一)", "(三)", "(四)"], "合计14个")):
        assert parts_asked(question).named, question
        quotes, note = _total("d31_", question)
        assert quotes == parts and total in note, (question, quotes, note)
    assert not parts_asked("庆阳文联这两个方面一共多少个问题？").named   # which two is not said
    # one part named is no sum over parts; a part no heading has is no answer
    assert parts_asked("基层党建方面一共多少个问题？") is None
    assert _total("d31_", "庆阳文联安全生产方面加上疫情防控方面一共多少个问题？") is None


def test_figures_the_question_gives_are_read_in_either_script():
    # d30 (南县团县委): "巡察反馈的4个方面18个问题,已完成整改17个": the clause restating what the question gives is no answer
    nanxian = next(s for s in re.findall(r"[^。\n]+", _notice("d30_").text) if "4个方面18个问题" in s)
    tokens = {"巡察": 0.5, "反馈": 0.5, "问题": 0.5, "完成": 1.0, "整改": 0.3}
    for question in ("南县团县委那4个方面18个问题，完成整改了多少个？", "南县团县委那四个方面十八个问题，完成整改了多少个？",
                     "反馈的十八个问题里，已经完成整改的有几个？", "那18个问题，改完了几个？", "四个方面的十八个问题，完成了多少？"):
        led = _led(nanxian, plain_question(question), tokens)
        assert led and "17个" in led[0] and "18个" not in led[0], (question, led)
    # d35 (鲤城社科联): "对巡察反馈的3个方面6项共11个问题,制定…整改措施14条"
    licheng = next(s for s in re.findall(r"[^。\n]+", _notice("d35_").text) if "11个问题" in s)
    for question in ("针对那三个方面十一个问题，制定了多少条整改措施？", "那3个方面11个问题定了几条措施？"):
        led = _led(licheng, plain_question(question), {"整改": 0.3, "措施": 1.0, "制定": 1.0})
        assert led and "14条" in led[0], (question, led)


def test_a_small_count_or_order_typed_in_digits_reads_as_its_chinese_numeral():
    for typed, written in (("朔州科技局那33个问题里，第2个方面占了几个？", "第二个方面"), ("头2个小标题呢？", "前两个小标题"),
                           ("要点提出要贯彻落实哪2个文件？", "哪两个文件"), ("鲤城社科联反馈问题的第5个方面是什么？", "第五个方面"),
                           ("前3个方面总共多少个问题？", "前三个方面"), ("那10项措施完成了几项？", "那十项措施")):
        assert written in plain_question(typed), typed
    assert "33个问题" in plain_question("朔州科技局那33个问题里有几个方面？")   # a longer number stays: it finds the clause
    kept = "2023年3月召开了2.5小时会议，完成率95%，“3个清单”"
    assert small_counts_written(kept) == kept
    assert asked_figures("这两次会议和那三项制度") == "这2次会议和那3项制度"
    assert asked_figures("第三个方面、“两个维护”") == "第三个方面、“两个维护”"


def test_a_document_number_asked_in_spoken_words_is_a_document_number_not_a_day():
    # d25 (遂宁科技局): 制定了《…整改工作方案》(遂科技党组〔2020〕20号); d08 (芦淞司法局): 根据《…学习安排》(芦宣发〔2024〕4号)
    suining, lusong = _notice("d25_").text, _notice("d08_").text
    for text, question, number in (
            (suining, "遂宁科技局党组制定的那份整改方案，编的是几号文？", "遂科技党组〔2020〕20号"),
            (suining, "遂宁科技局的整改方案是多少号文件？", "遂科技党组〔2020〕20号"),
            (suining, "整改工作方案的发文字号是啥？", "遂科技党组〔2020〕20号"),
            (suining, "遂宁科技局整改方案文件编号多少", "遂科技党组〔2020〕20号"),
            (lusong, "芦淞司法局学的那份专题学习安排是哪号文？", "芦宣发〔2024〕4号"),
            (lusong, "理论学习中心组专题学习安排编号是什么？", "芦宣发〔2024〕4号")):
        assert doc_number_asked().search(question) and wanted(question) == (0, 0), question
        found = numbered_clause(text, 0, question)
        assert found and number in text[found[0]:found[1]], question
    # 几号 alone still asks a day
    assert not doc_number_asked().search("芦淞司法局是几号收到反馈的？") and wanted("芦淞司法局是几号收到反馈的？") == (0, 1)


def test_which_session_and_day_a_report_was_read_is_asked_of_its_subtitle():
    asks = load_questions().asks_reporter
    # d40 (广东审计厅, read 2022年7月27日 at the 第四十五次 session) and d16 (广州, 2025年12月30日, 第四十五次)
    for prefix, day in (("d40_", "2022年7月27日"), ("d16_", "2025年12月30日")):
        text = _notice(prefix).text
        said = "".join(text[a:b] for a, b in report_lines(text))
        assert day in said and "第四十五次会议" in said
    for question in ("广东省审计厅厅长是在第几次常委会会议上作的2020年度整改报告？那天是几号？",
                     "马学斌在省人大常委会第几次会议上作的这份报告？哪天？",
                     "这份审计整改报告是在哪一次人大常委会会议上报告的？",
                     "广东审计厅长作整改报告是在十三届人大常委会哪次会上？",
                     "广州2024年度审计整改报告是在第几次常委会会议上作的？哪天？"):
        assert asks.search(plain_question(question)), question
    # a session named by another act (the one that gave its 审议意见) is asked of the body, not the subtitle
    subtitle = "——2022年7月27日在广东省第十三届人民代表大会"
    assert other_session("提出审议意见的是第几次常委会会议？", subtitle)
    assert other_session("2021年7月哪次省人大常委会会议审了审计工作报告？", subtitle)   # another year's July
    assert not other_session("2022年7月那次是在哪次常委会会议上作的整改报告？", subtitle)


def test_the_refusal_checks_read_a_table_rows_cells_with_their_header():
    # ruijin (d01) states 问题资金251023.54万元 in a sentence; the same figure as a .docx table's bare cell
    assert "问题资金251023.54万元" in _notice("d01_").text
    t = "\n".join(" | ".join(r) for r in (["序号", "审计领域", "具体问题(项)", "问题资金（万元）", "已整改(项)"],
                                          ["1", "财政预算执行", "50", "251023.54", "40"]))
    a = t.index("\n1 |") + 1
    index = SimpleNamespace(records={"d01": SimpleNamespace(notice=SimpleNamespace(text=t))})
    cites = [Citation(1, "d01", "d01.txt", "", "", t[a:], a, len(t))]
    for question in ("瑞金财政预算执行问题资金多少万元？", "财政预算执行查出的问题资金有多少？", "财政预算执行问题涉及的资金规模多大？"):
        assert unfilled_slot(question, [t[a:]])   # the bare cell alone reads as no money
        assert unfilled_slot(question, cells_read(index, cites)) == "", question
    # money of another kind than the row states is still unstated
    assert unfilled_slot("统筹盘活了多少资金？", cells_read(index, cites))


def test_a_second_ask_typed_after_a_comma_is_a_second_ask():
    # d31: 群众身边腐败…方面(11个问题) … 基层党组织建设方面(5个问题): the 呢-clause asks the same figure again
    for question in ("庆阳文联被反馈的问题里，群众身边腐败和不正之风方面有几个，基层党组织建设方面呢",
                     "庆阳文联被反馈的问题里，群众身边腐败和不正之风方面有几个？基层党组织建设方面呢？",
                     "党组会开了几次，领导小组会呢"):
        assert wanted(plain_question(question))[0] == 2, question
    assert follow_on_asks("文联的问题中，基层党建方面呢，有几个？") == 0   # the 呢-clause before the ask is no second ask
    # d07 (莆田司法局): the page's date line, and the opening sentence dating the feedback
    putian = _notice("d07_")
    for question in ("莆田市司法局的整改通报是哪天挂网的，巡察组又是哪天反馈意见的",
                     "莆田司法局这份整改通报发布日期是哪天，巡察组给他们反馈意见又是哪年哪天",
                     "这份通报哪天公开的？巡察组哪天反馈的？"):
        found = step_sentences(question, putian.text, putian.header_end, lambda p: bool(re.search("挂网|发布|公开", p)))
        assert found and "2024年1月4日反馈" in putian.text[found[0][0]:found[0][1]], question
