"""The genre data package: every convention is data with a `why`, read strictly; places with parents.

Lines below are real lines of tests/data/notices-dev/*.txt and corpus/*.txt.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import genre
import genre.data_files as data_files
from genre import GenreDataError, load_genre
from genre.places import find_places, place_chain
from genre.tools import measure_places as measure

DATA = Path(genre.__file__).parent / "data"


@pytest.fixture(scope="module")
def g():
    return load_genre()


# --- every entry says why ---------------------------------------------------------------------

def _tables(value, where):
    if isinstance(value, dict):
        yield where, value
    elif isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, dict):
                yield f"{where}[{i}]", v


@pytest.mark.parametrize("path", sorted(DATA.glob("*.toml")), ids=lambda p: p.name)
def test_every_entry_and_group_says_why(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    tables = [t for key, value in data.items() for t in _tables(value, key)]
    assert tables, path
    for where, table in tables:
        assert isinstance(table.get("why"), str) and len(table["why"]) > 10, f"{path.name}: {where} lacks why"


def test_every_example_in_the_data_is_matched_by_its_own_rule(g):
    for m in g.outline:
        for ex in m.examples:
            assert g.marker_of(ex)[0].name == m.name, (m.name, ex)
    for cue in g.chrome:
        for ex in cue.examples:
            assert g.chrome_cue(ex), (cue.name, ex)
    for lab in g.metadata_labels:
        for ex in lab.examples:
            assert lab.field in g.metadata_fields(ex), (lab.field, ex)
    for group in (g.item_fields, g.item_frames, g.item_kinds, g.totals, g.counts, g.metadata_values, g.page_markers,
                  g.items.lead_frames, g.items.heading_kinds):
        for rule in group:
            for ex in rule.examples:
                assert rule.pattern.search(ex), (rule.name, ex)
    for rx, examples in ((g.items.plan_title, ["2023年全市卫生健康工作要点"]), (g.items.figure, ["3次", "1.5万元"]),
                         (g.items.task_parent, ["三、工作任务"]), (g.items.lead_in, ["此外,按照整改意见"])):
        assert all(rx.search(ex) for ex in examples)
    assert not g.items.plan_title.search("湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知")


def test_stated_totals_per_category(g):
    """One reader of totals (genre.totals) with the [[count]] wordings; statuses normalised."""
    text = ("巡视反馈具体问题29个,目前已完成整改16个,基本完成10个,长期整改3个;“举一反三”整改事项11个,目前已完成整改6个。"
            "制定整改措施97条,已完成59条、基本完成32条,6条进一步落实中。16件问题线索,已办结9件,正在办理7件。"
            "30个具体问题已全部完成整改。")
    got = {st.kind or st.category: (st.total, dict(st.statuses)) for st in g.read_stated(text)}
    assert got["反馈问题"] == (29, {"已完成": 16, "基本完成": 10, "长期整改": 3})
    assert got["举一反三"] == (11, {"已完成": 6})
    assert got["整改措施"] == (97, {"已完成": 59, "基本完成": 32, "正在整改": 6})
    assert got["问题线索"] == (16, {"已完成": 9, "正在整改": 7})
    assert g.read_stated("全区30个具体问题已全部完成整改。")[0].statuses == (("已完成", 30),)
    assert g.read_stated("完成35项工作。") == [] and g.read_stated("3个方面35项工作")[0].kind == "工作任务"


def test_a_missing_why_or_file_names_the_file_and_key(tmp_path, monkeypatch):
    (tmp_path / "measures.toml").write_text('[[category]]\nname = "学习教育"\nwords = ["学习"]\n', encoding="utf-8")
    monkeypatch.setattr(data_files, "DATA_DIR", tmp_path)
    data_files.read_toml.cache_clear()
    try:
        with pytest.raises(GenreDataError, match=r"measures\.toml: category\[0\]\.why: missing"):
            data_files.entries("measures.toml", "category")
        with pytest.raises(GenreDataError, match=r"outline\.toml: \(file\): missing"):
            data_files.read_toml("outline.toml")
    finally:
        data_files.read_toml.cache_clear()


# --- chrome, metadata, outline ----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "当前位置:首页 > 政务公开 > 通知公告", "您的位置: 首页 政务公开 > 政务公开重点工作 > 督察审计整改情况",
    "-> 要闻 -> 审计通告 -> 审计公告", "关怀版 无障碍 无障碍", "访问量:", "浏览量:1 | | | |", "字号:", "大 中 小",
    "  • 分享到", "返回上一级 / 字号 / 打印 / 关闭", "2025-06-17 09:00 浙江省纪委省监委网站", "----",
    "  • 上一篇:", "简体| 繁體| 无障碍服务| 长者模式", "| 政策解读",
])
def test_page_furniture_is_chrome(g, line):
    assert g.chrome_cue(line)


@pytest.mark.parametrize("line", [
    "一、党委履行巡视整改主体责任情况", "中共湖北省司法厅委员会关于十二届省委第八轮巡视整改进展情况的通报",
    "整改情况:已完成。全年利用", "2023年全省卫生健康工作要点", "浙江省卫生健康委", "2023年4月22日",
    "主任、副主任、秘书长、各位委员:", "附件1",
])
def test_headings_titles_and_body_are_not_chrome(g, line):
    assert g.chrome_cue(line) is None


def test_no_body_line_of_the_real_notices_is_chrome(g):
    root = Path(__file__).parent.parent
    for path in list((root / "tests/data/notices-dev").glob("d*.txt")) + list((root / "corpus").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if g.chrome_cue(line):  # chrome lines are short, hold no sentence and no outline marker
                assert len(line.strip()) < 120 and "。" not in line and g.marker_of(line) is None, (path.name, line)


def test_metadata_lines(g):
    assert g.metadata_fields("生效日期: 2021-03-01 文 号: 津城管发〔2021〕3号") == {
        "effective_date": "2021-03-01", "doc_number": "津城管发〔2021〕3号"}
    assert g.metadata_fields("发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号") == {
        "issuer": "省卫生健康委", "doc_number": "浙卫发〔2023〕10号"}
    assert g.metadata_fields("发布日期:2023-01-06 11:16信息来源:宁波市审计局浏览次数: 字号:[ ] 色调调节:") == {
        "date": "2023-01-06 11:16", "source": "宁波市审计局"}
    assert g.metadata_fields("标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||")["title"] \
        .startswith("亳州市谯城区人民政府办公室")
    assert g.metadata_fields("  • 来源: 中共广州市海珠区水务局党组") == {"source": "中共广州市海珠区水务局党组"}
    assert g.metadata_fields("- 标 题: 关于巡察整改进展情况的通报") == {"title": "关于巡察整改进展情况的通报"}
    assert g.metadata_fields("• 信息索引号:") == {"index_number": ""}  # the value is on the next line
    assert g.metadata_fields("根据《条例》有关规定,来源: 某局") == {}  # a sentence, not a metadata line


def test_metadata_value_shapes(g):
    values = {r.name: r.pattern for r in g.metadata_values}
    m = values["doc_number"].search("2021年县政府重点工作任务(华政发〔2021〕2号)")
    assert (m.group("prefix"), m.group("year"), m.group("serial")) == ("华政发", "2021", "2")
    assert values["index_number"].search("索 引 号: 002482365/2023-00095 公开日期: 2023-04-22").group("year") == "2023"
    assert values["date"].search("作者:学院         日期:2024年05月20日").group("m") == "05"


@pytest.mark.parametrize("line, name, n", [
    ("一、党委履行巡视整改主体责任情况", "cn_dun", "一"),
    ("一.党委履行巡察整改主体责任情况", "cn_dun", "一"),
    ("二．反馈问题整改进展情况", "cn_dun", "二"),
    ("第二部分\u3000巡视反馈意见相关整改事项落实情况", "part", "二"),
    ("(一)提高政治站位,扛牢巡视整改政治责任。", "cn_paren", "一"),
    ("  （二）强化政治担当抓整改。", "cn_paren", "二"),
    ("1.党组理论学习中心组次数不达标。", "ar_dot", "1"),
    ("(1)关于党组未对习近平总书记在中央全面依法治国工作会议上的重要讲话进行学习的问题。", "ar_paren", "1"),
    ("1)对学习贯彻习近平总书记关于城市工作重要论述不够重视。", "ar_half", "1"),
    ("二是坚持以上率下,压实责任抓整改。", "enum", "二"),
    ("问题1.针对学习习近平新时代中国特色社会主义思想流于形式、走马观花的问题。", "labelled", "1"),
    ("问题1:落实不到位", "labelled", "1"),
    ("反馈问题一:学习贯彻不深入", "labelled", "一"),
])
def test_outline_markers(g, line, name, n):
    marker, number = g.marker_of(line)
    assert (marker.name, number) == (name, n)


@pytest.mark.parametrize("line", ["2.28万余次", "10次左右集体学习", "2024年1月4日反馈了巡察意见", "3个问题已完成整改"])
def test_figures_are_not_markers(g, line):
    assert g.marker_of(line) is None


def test_page_markers(g):
    for line in ["- 2 -", "第 2 页 共 5 页"]:
        assert any(p.pattern.match(line) for p in g.page_markers)
    assert not any(p.pattern.match("2.重点工作举措。") for p in g.page_markers)


# --- items ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("整改结果:已完成", "已完成"), ("整改到位", "已完成"), ("阶段性完成整改1个", "基本完成"),
    ("正在整改的3个", "正在整改"), ("持续推进", "正在整改"), ("长期坚持", "长期整改"), ("未完成", "未完成"),
    ("已基本完成整改", "基本完成"), ("学习教育", ""),
])
def test_status_words_normalise(g, text, status):
    assert g.normalise_status(text) == status


def test_totals_parse_with_numbers(g):
    t = g.read_totals("截至2025年5月29日,巡察反馈的4个方面18个问题,已完成整改17个,基本完成整改1个,整章建制4条。")
    assert [(x.total, x.counts) for x in t] == [(18, (("已完成", 17), ("基本完成", 1)))]
    t = g.read_totals("巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结。")
    assert (t[0].total, t[0].counts) == (29, (("已完成", 28), ("基本完成", 1)))
    t = g.read_totals("截至5月6日,3个问题已完成整改,2个问题已基本完成整改。")
    assert t[0].counts == (("已完成", 3), ("基本完成", 2))
    t = g.read_totals("截至2024620日,巡察反馈的33个具体问题,已完成整改30个,正在整改的3个,整改工作取得了较为明显的成效。")
    assert (t[0].total, t[0].counts) == (33, (("已完成", 30), ("正在整改", 3)))
    assert g.read_totals("细化制定整改措施239条,逐条明确责任领导")[0].total == 239


def test_item_fields_frames_and_kinds(g):
    def names(rules, text):
        return [r.name for r in rules if r.pattern.search(text)]
    assert names(g.item_fields, "整改进展情况:") == ["整改情况"]
    assert names(g.item_fields, "整改结果:已完成") == ["完成情况"]
    frame = next(r for r in g.item_frames if r.name == "关于X问题").pattern.search(
        "1.关于“以习近平新时代中国特色社会主义思想引领哲学社会科学工作还不够有为”的问题。")
    assert frame.group("problem").startswith("以习近平新时代")
    assert names(g.item_kinds, "二、反馈问题整改进展情况") == ["反馈问题"]
    assert "工作任务" in names(g.item_kinds, "二、主要任务")


def test_measure_categories(g):
    assert [c.name for c in g.measure_categories][:2] == ["学习教育", "制度机制"]


# --- agencies and kinds -----------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("2020年10月20日,区委第二巡察组向海珠区水务局党组反馈了巡察意见。为更高水平地推动我局打赢碧水攻坚战", "我局"),
    ("专项巡察组对我院进行巡察反馈。", "我院"), ("2024年9月6日就巡察情况向我单位进行了反馈", "我单位"),
    ("我厅坚持把巡视整改作为重大政治任务", "我厅"), ("我县召开整改推进会", "我县"),
])
def test_self_references(g, text, word):
    assert g.self_reference.search(text).group() == word


def test_agency_synonyms_and_kinds(g):
    def canonical(form):
        return [a.canonical for a in g.agency_types if form in a.forms]
    assert canonical("城管局") == canonical("城市管理局") == ["城市管理局"]
    assert canonical("卫健委") == canonical("卫生健康委员会")
    assert canonical("妇联") == ["妇女联合会"]
    kinds = {k.name: k.cues for k in g.notice_kinds}
    assert "审计整改" in kinds["审计整改"] and "工作要点" in kinds["工作要点"]


# --- places -----------------------------------------------------------------------------------

def test_issuer_lines_of_the_40_notices_give_the_right_place():
    for key, line in measure.issuer_lines().items():
        want = measure.GOLD[key]
        found = find_places(line)
        codes = {p.code for p in found}
        if not want:
            assert not codes, (key, line, found)
            continue
        assert want in codes, (key, line, found)
        chain = {p.code for p in place_chain(want)}
        assert codes <= chain, (key, line, found)  # no place outside the issuer's chain


def test_parents():
    p = find_places("中共广州市海珠区水务局党组关于巡察整改进展情况的通报")[-1]
    assert (p.full_name, p.level, p.code, p.parents) == ("海珠区", "county", "440105", ("广州市", "广东省"))
    assert [x.name for x in place_chain(p)] == ["海珠区", "广州市", "广东省"]
    assert find_places("共青团南县委员会关于巡察整改进展情况的通报")[0].parents == ("益阳市", "湖南省")
    assert find_places("宁夏回族自治区审计厅")[0].level == "province"


@pytest.mark.parametrize("question, code", [(q, c) for q, c in measure.QUESTIONS])
def test_places_in_staff_questions(question, code):
    found = find_places(question)
    assert [p.code for p in found if not p.ambiguous][-1:] == [code]


@pytest.mark.parametrize("text", measure.NEGATIVES + [
    "按照党务公开原则和巡察工作有关要求", "进一步强化“大城管”理念", "解决“文山会海”问题", "燕园、原常德道招待所",
    "督促指导全市公安机关", "会同财政部门继续", "书记、主任王海东同志认真履行", "停用汾河南道LNG", "6所学校为校长治校",
])
def test_ordinary_words_are_not_places(text):
    assert find_places(text) == []


def test_words_inside_a_real_issuer_name_are_not_places():
    # 行政审批和政务 holds 和政 (和政县): only the real places of the line are found
    assert [p.name for p in find_places("郑州市惠济区行政审批和政务信息管理局")] == ["郑州市", "惠济区"]


def test_ambiguous_full_names_are_flagged_and_resolved_by_a_parent():
    alone = find_places("鼓楼区审计局")
    assert len(alone) > 1 and all(p.ambiguous for p in alone)
    assert [(p.full_name, p.ambiguous) for p in find_places("福州市鼓楼区审计局")] == [("福州市", False), ("鼓楼区", False)]


def test_a_short_form_shared_by_a_city_and_its_county_repeats_the_city_named_before():
    # a page names its issuer 铁岭市国资委 in the title and 铁岭国资委 as publisher: one city, not its 铁岭县
    assert [p.full_name for p in find_places("铁岭市国资委关于印发工作要点的通知\n发布:铁岭国资委")] == ["铁岭市", "铁岭市"]
    assert [p.full_name for p in find_places("辽宁省铁岭县")] == ["辽宁省", "铁岭县"]


def test_a_place_at_the_end_of_the_text_has_its_own_span():
    from genre.places import find_places
    assert [(p.start, p.end) for p in find_places("济南")] == [(0, 2)]
    assert [(p.start, p.end) for p in find_places("那东丽区")] == [(1, 4)]
