"""Round 17, which notice, which set, which measures: each convention probed in five or more wordings of my own on
real dev-notice text (tests/data/notices-dev), answerable and, where it applies, not.

- A place named by a short form several divisions share (华容: 华容县 of 湖南, 华容区 of 湖北) is the one a notice of the
  knowledge base is about; with no such notice it names nothing (as before).
- "X包括哪几个方面" asks the notice's outline only when X is the notice or the rectification as a whole; a thing X whose
  members a sentence lists (从A、B、C…5个方面,构建起X) is answered by that sentence.
- The contexts shown are the passages the answer quotes, first.
- Asked what a named agency did, examples of units under it are not its measures.
"""
from __future__ import annotations

import re

import pytest

from answer.measures import UNIT_EXAMPLE, measures_below, own_measures_asked, unit_example
from answer.quoted import quoted_contexts
from answer.sentences import SET_UP_KIND
from genre.places import find_places
from genre.questions import load_questions
from retrieval.records import Citation
from retrieval.search.rank import Hit
from retrieval.load import load_notice
from retrieval.index.keywords import tokenize
from retrieval.parse import parse_sections
from retrieval.search.listed import lists_named_thing, named_thing, whole_notice_counted
from retrieval.search.scope import scope_for
from retrieval.search.structure import _lookup
from tests.conftest import ROOT, RecordsIndex
from tests.notice_text import notice_text

DEV = ROOT / "tests" / "data" / "notices-dev"
HUNAN_HUARONG, HUBEI_HUARONG = "430623", "420703"


@pytest.mark.parametrize("question", [
    "华容那份重点工作任务分解通知里，头四条各说的啥？",
    "华容的重点工作任务通知第二条讲什么？",
    "问一下华容今年重点工作任务的分工",
    "华容政府那份通知头两条说的什么",
    "关于华容重点工作任务，督查考核怎么要求的？",
])
def test_a_shared_short_form_names_the_place_a_notice_is_about(question):
    found = find_places(question, known=frozenset({HUNAN_HUARONG, "430600", "430000"}))
    assert [p.full_name for p in found] == ["华容县"]
    assert [p.full_name for p in find_places(question, known=frozenset({HUBEI_HUARONG}))] == ["华容区"]
    assert find_places(question) == []   # no notice about either: a place the question names no more surely than before


@pytest.mark.parametrize("question,known,name", [
    ("通州那份通报里整改了多少问题？", "110112", "通州区"),
    ("普陀的巡察整改通报第一部分讲什么", "330903", "普陀区"),
    ("城关的重点工作有哪几条？", "620102", "城关区"),
])
def test_other_shared_short_forms_are_read_alike(question, known, name):
    found = find_places(question, known=frozenset({known}))
    assert [(p.full_name, p.code) for p in found] == [(name, known)]


def test_a_shared_short_form_in_the_middle_of_a_word_or_an_ordinary_word_is_no_place():
    known = frozenset({HUNAN_HUARONG, "110112", "330903"})
    assert find_places("雍华容貌整治的通知", known=known) == []   # 华容 inside a word
    assert find_places("长安那份通报", known=frozenset({"610116"})) == []   # 长安: an ordinary word (places.toml)
    assert find_places("在市中心建了停车场", known=frozenset({"370103"})) == []   # 市中: 市中心, not 市中区
    assert find_places("践行绿水青山理念", known=frozenset({"420107"})) == []


def test_the_knowledge_bases_notice_about_the_shared_place_is_preferred():
    notices = [load_notice(p) for p in sorted(DEV.glob("d1[0-9]_*.txt"))]
    for question in ("华容那份重点工作任务分解通知里，头四条各说的啥？", "华容的重点工作任务通知第二条讲什么？"):
        s = scope_for(question, notices)
        assert s.reason == "华容" and s.focus and s.focus[0].startswith("d13_") and not s.unmatched


QINGYANG = notice_text("d31_")   # 从整改措施、牵头领导、责任科室、责任人、整改时限5个方面,构建起整改推进责任链
SUINING = notice_text("d25_")    # 围绕完善财务管理、机关党建、民生保障、作风建设等方面,制定和完善相关制度13个


@pytest.mark.parametrize("question", [
    "庆阳文联的整改推进责任链包括哪几个方面？",
    "文联构建的整改推进责任链都有哪些方面？",
    "庆阳文联的整改推进责任链包含哪些方面",
    "整改推进责任链分为哪几个方面？",
    "庆阳市文联党组那个整改推进责任链，包括哪几块？",
])
def test_a_named_thing_a_sentence_lists_is_not_the_outline(question):
    secs = parse_sections(QINGYANG)
    assert lists_named_thing(QINGYANG, secs, question)


@pytest.mark.parametrize("question", [
    "遂宁科技局新制定的制度包括哪几个方面？",
    "遂宁科技局完善的相关制度分为哪几个方面？",
    "科技局制定和完善的制度，有哪些方面？",
])
def test_a_named_thing_of_another_notice_a_sentence_lists_is_not_the_outline(question):
    assert lists_named_thing(SUINING, parse_sections(SUINING), question)


@pytest.mark.parametrize("question,text", [
    ("庆阳文联的巡察整改通报包括哪几个方面？", QINGYANG),
    ("庆阳文联整改工作分成哪几个部分？", QINGYANG),
    ("庆阳文联包括哪几个方面", QINGYANG),
    ("这份通报分为哪几部分", QINGYANG),
    ("遂宁科技局的通报分成哪几块？", SUINING),
    ("遂宁科技局巡察整改情况包括哪几个方面？", SUINING),
])
def test_the_notice_or_its_rectification_as_a_whole_is_asked_by_its_outline(question, text):
    secs = parse_sections(text)
    assert not lists_named_thing(text, secs, question)
    assert _lookup(secs, question)   # the outline (or the part the words name) answers


def test_the_named_thing_is_what_is_left_of_its_place_agency_and_organ():
    assert named_thing("庆阳文联的整改推进责任链") == "整改推进责任链"
    assert named_thing("庆阳市文联党组的") == ""
    assert named_thing("遂宁科技局新制定的制度") == "新制定的制度"


# The contexts shown are the passages the answer quotes: an answer read off the outline (一是/二是/三是 of a part) may
# quote passages the search ranked low or not at all (d05: 二是 stood in no top context).

_Index = RecordsIndex   # records by notice id of real dev notices (tests/conftest.py)


def _hit(index, nid: str, holding: str, rank: int) -> Hit:
    rec = index.records[nid]
    at = rec.notice.text.index(holding)
    chunk = next(c for c in rec.chunks if c.start <= at < c.end)
    return Hit(rank, rec.notice.doc, chunk, 1.0 / rank, 0.0, 0.0, chunk.start, chunk.end, chunk.text)


def _cite(index, nid: str, quote: str, n: int) -> Citation:
    rec = index.records[nid]
    a = rec.notice.text.index(quote)
    return Citation(n, nid, rec.notice.doc, rec.notice.title, "", quote, a, a + len(quote))


def test_the_passages_an_answer_quotes_are_shown_first():
    index = _Index("d05_", "d31_")
    d05, d31 = sorted(index.records)
    hits = (_hit(index, d05, "一是坚持政治统领", 1), _hit(index, d31, "整改推进责任链", 2), _hit(index, d05, "三是坚持标本兼治", 3))
    quotes = ("一是坚持政治统领,提高站位抓整改。", "二是坚持以上率下,压实责任抓整改。", "三是坚持标本兼治,统筹推进抓整改。")
    cites = tuple(_cite(index, d05, q, i + 1) for i, q in enumerate(quotes))
    shown = quoted_contexts(index, hits, cites)
    assert [h.rank for h in shown] == [1, 2, 3, 4]
    assert [next(i for i, h in enumerate(shown) if q in h.text) for q in quotes] == [0, 2, 1]   # held ones as ranked,
    assert all(h.notice_id == d05 for h in shown[:3]) and shown[3].notice_id == d31   # then the one no hit held


def test_contexts_already_holding_the_quotes_first_stay_as_ranked():
    index = _Index("d31_")
    (d31,) = index.records
    hits = (_hit(index, d31, "整改推进责任链", 1), _hit(index, d31, "三、坚持问题导向", 2))
    cites = (_cite(index, d31, "从整改措施、牵头领导、责任科室、责任人、整改时限5个方面", 1),)
    assert quoted_contexts(index, hits, cites) == hits
    assert quoted_contexts(index, hits, ()) == hits


# Asked what a named agency did, the examples of units under it (部分单位…, 有些单位…, genre measures.toml unit_examples)
# are not its measures; asked what units did, they are.

CIXI = notice_text("d17_")


@pytest.mark.parametrize("question", [
    "慈溪市审计局推动2017年度审计问题整改用了哪些办法？",
    "慈溪审计局推进整改落实用的是哪两项制度？",
    "审计局抓整改采取了什么措施？",
    "慈溪市审计局在督促整改上做了啥",
    "慈溪审计局用啥办法推进问题整改？",
    "宁波市审计局推动整改有哪些做法？",
])
def test_an_agencys_own_measures_are_asked_and_examples_of_units_do_not_answer(question):
    assert own_measures_asked(question)
    examples = [s for s in re.findall(r"[^。;；\n]+", CIXI) if UNIT_EXAMPLE.match(s)]
    assert any("附海镇" in s for s in examples) and any("逍林镇" in s for s in examples)
    assert not any(UNIT_EXAMPLE.match(s) for s in re.findall(r"[^。;；\n]+", CIXI) if "市审计局" in s[:8])


@pytest.mark.parametrize("question", [
    "慈溪审计报告里哪些单位建立了长效机制抓整改？",
    "慈溪审计局的报告中，哪个镇清理了往来款项？",
    "审计局报告里边审边改的是哪些部门",
    "慈溪各整改责任单位具体用了哪些办法抓审计整改？",
    "慈溪有些被审计单位是怎么组织整改班子的？",
])
def test_units_asked_are_answered_by_their_examples(question):
    assert not own_measures_asked(question) or not any(unit_example(s, own_measures_asked(question))
                                                       for s in re.findall(r"[^。;；\n]+", CIXI))


def test_an_example_naming_the_agency_asked_is_its_own():
    example = next(s for s in re.findall(r"[^。;；\n]+", CIXI) if "胜山镇" in s)
    assert not unit_example(example, own_measures_asked("胜山镇和市文广局在审计期间就动手改了什么？"))
    assert unit_example(example, own_measures_asked("慈溪审计局推进整改落实用的是哪两项制度？"))


def test_the_measures_of_the_agency_asked_are_read_from_its_own_sentences():
    index = _Index("d17_")
    (d17,) = index.records
    text = index.records[d17].notice.text
    hits = [_hit(index, d17, "市审计局认真贯彻", 1), _hit(index, d17, "附海镇通过制订", 2)]
    tokens = {"用": 3.0, "推动": 1.3, "办法": 2.8}   # 用了哪些办法: 用 is found inside 用地款 of an example
    own = measures_below(index, hits, tokens, {}, own=("审计局",))
    quoted = [text[a:b] for _, _, a, b, _ in own]
    assert any("挂销号" in q for q in quoted) and not any(UNIT_EXAMPLE.match(q) for q in quoted[:1])
    assert not any("附海镇" in q for q in quoted)
    units = measures_below(index, hits, tokens, {}, own=())   # asked of no agency: as before
    assert any("附海镇" in text[a:b] for _, _, a, b, _ in units)


# How many requirements a 通知 lists, asked of the whole notice: its top-level parts (一、二、三、四、), each named, as
# 通知里提了哪几条 is answered; another thing counted (多少条措施) or no notice named is not.

HUARONG = notice_text("d13_")


@pytest.mark.parametrize("question", [
    "华容的重点工作任务通知一共几条？",
    "华容那份通知提了几条要求？",
    "华容重点工作任务的通知里列了几条，分别是什么？",
    "华容县政府重点工作任务通知有多少条要求",
    "华容那个通知总共有几条",
])
def test_how_many_requirements_a_notice_lists_are_its_top_parts(question):
    secs = parse_sections(HUARONG)
    assert [s.marker for s in _lookup(secs, question)] == ["一、", "二、", "三、", "四、"]


def test_the_parts_of_a_report_counted_as_points_are_its_top_parts_too():
    secs = parse_sections(QINGYANG)
    found = whole_notice_counted(secs, "庆阳文联的通报里一共列了几点？")   # (the page's outline above the body too)
    assert found and all(s.depth == 1 for s in found) and "正视工作差距" in [s.heading for s in found]


@pytest.mark.parametrize("question", [
    "华容的通知一共列了多少条措施？",   # the measures counted, not the parts
    "一共几条？",                        # no notice named
    "华容通知的第二部分有几项？",        # a part's own items (a position)
])
def test_another_count_is_not_the_notices_parts(question):
    assert whole_notice_counted(parse_sections(HUARONG), question) == []


# "Which" asked with 哪些/什么/啥 as with 哪几: the requirements of a whole 通知, the small items below a part, the things an
# agency set up by their kind (reworded-bench flips u768, u2050, u1952, u124).

@pytest.mark.parametrize("question", [
    "华容县重点工作任务通知里提了什么工作要求？",
    "华容县政府那个印发重点任务的通知，对各单位提了哪些要求啊?",
    "华容那份通知有啥要求",
    "华容的通知提了哪些工作要求？",
    "华容县政府重点工作任务的通知里有什么要求",
])
def test_the_requirements_of_a_whole_notice_asked_with_which_are_its_top_parts(question):
    assert [s.marker for s in _lookup(parse_sections(HUARONG), question)] == ["一、", "二、", "三、", "四、"]


def test_requirements_asked_of_a_part_or_a_report_with_numbered_items_are_not_the_top_parts():
    secs = parse_sections(HUARONG)
    assert whole_notice_counted(secs, "督查考核对各单位提了哪些要求？") == []   # a part named, not the notice
    numbered = parse_sections("一、总体要求\n1.加强领导。\n2.压实责任。\n二、工作任务\n1.抓好学习。\n")
    assert whole_notice_counted(numbered, "这个通知提了哪些要求？") == []


FINDINGS_JIEYANG = ("一、巡察发现的问题\n(一)学习贯彻习近平新时代中国特色社会主义思想不到位,履行新时代公安职责能力有待提升\n"
                    "1.学习贯彻总书记关于新时代公安工作重要论述精神不到位。\n2.服务保障市委部署要求有差距。\n"
                    "3.履行公安机关新时代职责使命有短板。\n(二)纠治群众身边不正之风和腐败问题力度不足,执法为民意识有待加强\n"
                    "1. 为民服务意识不强。\n2.重点领域关键环节存在风险隐患。\n")   # d20, headings as published


@pytest.mark.parametrize("question,first", [
    ("揭阳公安局巡察问题第一大项下面，列了什么小问题？", "(一)"),
    ("揭阳公安局巡察问题第一大项下面，列了哪几个小问题？", "(一)"),
    ("揭阳公安第二大类下面有哪些小问题", "(二)"),
    ("揭阳公安局第一大项下面列了啥问题", "(一)"),
    ("第二类下面都有啥小点？", "(二)"),
])
def test_the_small_items_below_a_part_asked_with_which_are_its_items(question, first):
    found = _lookup(parse_sections(FINDINGS_JIEYANG), question)
    assert found[0].marker == first and len(found) > 2 and all(s.marker[0].isdigit() for s in found[1:])


@pytest.mark.parametrize("question,kind", [
    ("厦门体育局党组为巡察整改建了啥机制？", "机制"),
    ("厦门体育局党组为巡察整改建立了哪些机制", "机制"),
    ("想了解一下，厦门体育局党组为巡察整改建了啥机制", "机制"),
    ("厦门体育局为整改建立起了什么机制？", "机制"),
    ("遂宁科技局整改中制定了哪些制度？", "制度"),
    ("庆阳文联整改时列了什么清单呢", "清单"),
])
def test_things_set_up_asked_by_kind_with_which_name_the_kind(question, kind):
    m = SET_UP_KIND.search(question)
    assert m and m.group(1) == kind
    xiamen = notice_text("d32_")
    assert kind != "机制" or "分工负责机制、工作推进机制、督促检查机制、整改公开机制" in xiamen


@pytest.mark.parametrize("question", ["这次整改用的是什么机制？", "规定了什么？", "建了哪些措施"])
def test_a_kind_without_a_verb_of_setting_up_or_a_measure_kind_is_not_a_set(question):
    m = SET_UP_KIND.search(question)
    assert m is None or m.group(1) in load_questions().measure_kinds


@pytest.mark.parametrize("question", [
    "庆阳市文联通报中“坚持问题导向”这一块下面分了多少个方面？最后一个是什么？",
    "“坚持问题导向”下面分了几个方面？",
    "“坚持问题导向”下面分成多少个方面，各是啥",
    "“坚持问题导向”那块包括哪几个方面",
    "“坚持问题导向”里有多少块",
])
def test_a_quoted_parts_division_is_counted_with_duoshao_as_with_ji(question):
    secs = parse_sections("三、坚持问题导向\n(一)聚焦决策部署落实方面(7个问题)\n(二)聚焦群众身边问题方面(11个问题)\n"
                          "(三)聚焦基层党组织建设方面(5个问题)\n(四)落实巡视巡察、审计反馈问题整改方面(2个问题)\n"
                          "四、正视工作差距\n")   # d31, headings as published
    assert [s.marker for s in _lookup(secs, question)] == ["(一)", "(二)", "(三)", "(四)"]


# A position said as 排第N的 (排第一的行动, 排第二的大类) is 第N个, under the part quoted or named before it.

ZHEJIANG = "一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导。\n二、主要任务\n(一)实施全民健康促进行动。\n1.主要目标指标。\n" \
           "到2023年底,居民健康素养水平达39%以上。\n2.重点工作举措。\n(1)构建卫生健康现代化监测评价体系。\n"   # d23, as published
SHEKELIAN = ("一、加强对巡察整改的组织领导情况\n(一)提高政治站位,强化思想认识。区社科联把本次巡察看作是一次全面“政治体检”。\n"
             "(二)加强组织领导,压紧压实责任。区社科联主要领导高度重视。\n二、巡察反馈问题的整改进展情况\n"
             "(一)聚焦贯彻落实党的理论路线方针政策、党中央决策部署方面:\n1.关于“引领哲学社会科学工作还不够有为”的问题。\n")   # d35


@pytest.mark.parametrize("text,question,markers", [
    (ZHEJIANG, "省卫健委2023年要点“主要任务”部分，排第一的行动是什么？它下面分成哪两个小部分？", ["(一)", "1.", "2."]),
    (ZHEJIANG, "“主要任务”部分排第一的行动下面有几个小点", ["(一)", "1.", "2."]),
    (SHEKELIAN, "社科联通报第二部分里排第一的方面是啥", ["(一)"]),
    (SHEKELIAN, "社科联“巡察反馈问题的整改进展情况”那部分，排第一的方面下面有几条？", ["(一)", "1."]),
    (FINDINGS_JIEYANG, "揭阳公安巡察问题里排第二的大类下面有几条", ["(二)", "1.", "2."]),
])
def test_a_position_said_as_pai_di_n_de_is_read_under_the_part_named(text, question, markers):
    assert [s.marker for s in _lookup(parse_sections(text), question)] == markers


@pytest.mark.parametrize("question", [
    "慈溪各整改责任单位具体用了哪些办法抓审计整改？",
    "慈溪市审计局推动2017年度审计问题整改用了哪些办法？",
    "审计局盯整改用的是什么制度",
    "慈溪审计局用啥办法推进问题整改？",
    "各单位整改都用了些什么招",
])
def test_yong_frames_how_something_was_done_and_names_no_subject(question):
    assert "用" in tokenize(question)   # the tokenizer keeps it alone, and alone it is found inside 用地款 of d17
    words = {t for t in tokenize(question)} - load_questions().asking
    assert "用" not in words and words


# Two notices named by one name and the count (两个市公安局, 两家科技局, 两份卫健委要点): the two notices that name fits are
# compared, each its own side; a count of other things (哪两个“不放过”, 两个目标) names no pair of notices.

@pytest.fixture(scope="module")
def dev_notices():
    return [load_notice(p) for p in sorted(DEV.glob("d*.txt"))]


@pytest.mark.parametrize("question,prefixes", [
    ("两个市公安局的巡察通报，公布的内容有什么不一样？", ("d19_", "d20_")),
    ("两个市公安局的巡察，分别是什么时候巡的？", ("d19_", "d20_")),
    ("两家科技局的巡察整改，各成立了什么领导小组？", ("d25_", "d26_")),
    ("这两个科技局整改通报有啥区别", ("d25_", "d26_")),
    ("两份卫健委工作要点分别是哪天印发的？", ("d22_", "d23_")),
])
def test_two_notices_one_name_fits_are_compared(dev_notices, question, prefixes):
    groups = scope_for(question, dev_notices).groups
    assert len(groups) == 2 and all(len(g) == 1 for g in groups)
    assert sorted(g[0][:4] for g in groups) == list(prefixes)


@pytest.mark.parametrize("question", [
    "市公安局党委抓整改讲的两个“不放过”是哪两个？",
    "浙江卫健要点里，居民健康素养和心理健康素养两个目标差几个百分点？",
    "遂宁科技局制定了两个专项方案吗",
])
def test_a_count_of_other_things_names_no_pair_of_notices(dev_notices, question):
    assert scope_for(question, dev_notices).groups == ()


def test_a_name_three_notices_fit_names_no_pair(dev_notices):
    assert scope_for("两家社科联的巡察整改分别是哪天反馈的？", dev_notices).groups == ()   # d24, d34, d35: which two?
