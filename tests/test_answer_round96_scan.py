"""Round 96 (session 19, scan): scanned notices (OCR) read as the typed ones.

- A paragraph broken by a page break of a scan is one paragraph again: the page numbers OCR reads at a page's
  edges (-1-) are dropped and whether the page's last line runs on is kept with its text (retrieval/load/ocr.py),
  as a text layer does (pdf_layer.py).
- OCR's confusions of Chinese official text mended in OCR'd pages only (genre/data/ocr.toml,
  retrieval/load/ocr_mend.py): an outline marker's lost 、 (一提高政治站位 above 二、加强组织领导), the numeral 一
  read for the dash between two figures ((2023一2027)).

The OCR excerpts below are real rapidocr output of dev notices printed and scanned by bench/bench_formats.py
(pdf-scan, 200 dpi): d31 (a contents list above the title), d23 (a work plan), d04, d32, d37 (page breaks).
"""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image

from retrieval.load import ocr as ocr_module
from retrieval.load.clean import clean_text
from retrieval.load.ocr_mend import lost_marker, mend_ocr
from retrieval.load.pdf import PAGE_MARK, split_pages, tidy_pdf_text
from retrieval.load.wraps import join_title

# d31, page 1 as OCR read it: the outline above the title, its first marker's 、 lost, a space before 个
D31_OCR = ("一提高政治站位\n二、加强组织领导\n三、坚持问题导向\n"
           "(一)聚焦党中央和省市委各项决策部署在基层落实情况方面(7 个问题)\n"
           "(二)聚焦群众身边腐败问题和不正之风以及群众反映强烈的突出问题方面(11个问题)\n"
           "(三)聚焦基层党组织建设方面(5个问题)\n(四)落实巡视巡察、审计反馈问题整改方面(2个问题)\n四、正视工作差距\n"
           "中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的\n通报\n"
           "根据市委统一部署,2022年8月19日至2022年11月15市委第三巡察组对市文联党组开展了常规巡察,2023年1月16日，"
           "市委第三巡察组向市文联党组反馈了巡察意见。按照巡视巡察工作有关要求,现将巡察整改进展情况予以公布。\n"
           "一、提高政治站位,统一思想认识\n市委巡察工作动员部署会后,市文联党组高度重视,及时召开会议。")
# d23, page 1: the span of a programme's years OCR'd with 一 for the dash
D23_OCR = "贯彻落实《浙江省公共服务“七优享”工程实施方案(2023一2027)》和省政府办公厅《关于推进浙江省卫生健康现代化建设的实施意见》"


# ---------------------------------------------------------------- lost 、 of an outline marker

def test_the_scanned_contents_list_above_the_title_is_kept():
    body = clean_text(tidy_pdf_text(mend_ocr(D31_OCR))).body
    assert body.startswith("一、提高政治站位\n二、加强组织领导\n三、坚持问题导向\n")
    for part in ("(7个问题)", "(11个问题)", "(5个问题)", "(2个问题)", "四、正视工作差距"):
        assert part in body


def test_unmended_the_contents_list_is_lost():   # what OCR alone gave: the list dropped as chrome above the title
    assert "(7个问题)" not in clean_text(tidy_pdf_text(D31_OCR)).body


@pytest.mark.parametrize("lines, i", [
    (["一提高政治站位", "二、加强组织领导", "三、坚持问题导向"], 0),          # the first heading (d31)
    (["一、提高政治站位", "二加强组织领导", "三、坚持问题导向"], 1),          # a middle one
    (["三、坚持问题导向", "四正视工作差距"], 1),                            # the last: the one above numbers before it
    (["一、坚守政治责任", "二压紧压实责任,确保落实到位"], 1),               # d32's headings, a comma in the heading
    (["九、强化作风建设", "十加强队伍建设"], 1),                            # 十 after 九
    (["十、加强队伍建设", "十一强化监督问责"], 1),                          # two-character numerals
])
def test_a_numeral_heading_whose_mark_ocr_lost(lines, i):
    assert lost_marker(lines, i)


@pytest.mark.parametrize("lines, i", [
    (["一是强化警示宣传。", "二、加强组织领导"], 0),          # 一是 items are no heading
    (["一批问题已经整改到位", "二、加强组织领导"], 0),        # the article 一 opening a sentence
    (["一提高政治站位", "三、坚持问题导向"], 0),              # numbers not in order: no heading of this outline
    (["一提高政治站位"], 0),                                   # no neighbour to number it
    (["一年来,市文联党组高度重视巡察整改工作,及时召开会议,专题研究部署", "二、加强组织领导"], 0),
    (["二、加强组织领导", "一提高政治站位"], 1),              # before, not after, its successor
])
def test_lines_opening_with_a_numeral_that_are_no_heading(lines, i):
    assert not lost_marker(lines, i)


def test_a_typed_marker_is_left_alone():
    assert mend_ocr("一、提高政治站位\n二、加强组织领导") == "一、提高政治站位\n二、加强组织领导"


# ---------------------------------------------------------------- the dash between figures read as 一

@pytest.mark.parametrize("ocr, typed", [
    (D23_OCR, D23_OCR.replace("2023一2027", "2023—2027")),
    ("《浙江省卫生健康事业发展“十四五”规划(2021一2025年)》", "《浙江省卫生健康事业发展“十四五”规划(2021—2025年)》"),
    ("2025年1一3月累计填报595条", "2025年1—3月累计填报595条"),
    ("制定了2023一2025年供热旧管网三年改造计划", "制定了2023—2025年供热旧管网三年改造计划"),
    ("第2一4条规定", "第2—4条规定"),
])
def test_a_dash_between_figures_ocr_read_as_one(ocr, typed):
    assert mend_ocr(ocr) == typed


@pytest.mark.parametrize("text", [
    "2023年一季度完成", "共1个一级指标", "第一轮巡察", "五届市委第一轮", "2023年1月16日",
])
def test_the_numeral_one_beside_a_figure_stays(text):
    assert mend_ocr(text) == text


# ---------------------------------------------------------------- a paragraph across a scan's page break

class _Engine:
    """Stands for RapidOCR: the boxes and texts of one page, as the engine returns them."""

    def __init__(self, rows):
        self.rows = rows

    def __call__(self, image):
        boxes = np.array([[[x0, y], [x1, y], [x1, y + 28], [x0, y + 28]] for _, x0, x1, y in self.rows], dtype=float)
        return SimpleNamespace(boxes=boxes, txts=tuple(t for t, *_ in self.rows))


def _page(monkeypatch, rows) -> object:
    monkeypatch.setattr(ocr_module, "_engine", lambda: _Engine(rows))
    img = Image.new("RGB", (1000, 1400), "white")
    img.paste((0, 0, 0), (100, 100, 900, 400))   # ink: no blank page
    return ocr_module.recognise(img)


# d04: the last lines of page 1 and the first of page 2 as OCR read them (the page number under the text)
D04_END = [("(三)加强监督检查，确保巡视整改落地见效。成立巡视整改办,负责整改工作", 100, 900, 900),
           ("的统筹推进,建立月调度、信息报送、工作", 100, 900, 940),
           ("-1-", 480, 520, 1300)]
D04_START = [("记事制度,持续跟踪问效。派出督查组,对重点责任单位开展巡视整改专项督", 100, 900, 100),
             ("查。", 100, 160, 140),
             ("-2-", 480, 520, 1300)]


def test_page_numbers_at_a_scanned_pages_edges_are_dropped(monkeypatch):
    end = _page(monkeypatch, D04_END)
    assert "-1-" not in end.text and end.open_end


def test_a_paragraph_broken_by_a_scans_page_break_is_one_again(monkeypatch):
    end, start = _page(monkeypatch, D04_END), _page(monkeypatch, D04_START)
    assert start.flush_start
    joined = end.text + (PAGE_MARK if end.open_end and start.flush_start else f"\n{PAGE_MARK}\n") + start.text
    text, pages = split_pages(tidy_pdf_text(joined))
    assert "信息报送、工作记事制度,持续跟踪问效" in text and len(pages) == 2


@pytest.mark.parametrize("last", ["。", "：", "；"])
def test_a_page_ending_a_sentence_does_not_run_on(monkeypatch, last):
    rows = [(D04_END[0][0], 100, 900, 900), ("的统筹推进,建立月调度、信息报送、工作记事制度" + last, 100, 900, 940),
            ("-1-", 480, 520, 1300)]
    assert not _page(monkeypatch, rows).open_end


def test_a_heading_at_a_pages_top_does_not_go_on(monkeypatch):   # d32 page 2: (三)… opens a part
    page = _page(monkeypatch, [("(三)坚持举一反三,建立长效机制", 100, 600, 100), ("局党组针对巡察反馈问题,举一反三", 140, 900, 140)])
    assert not page.flush_start


def test_the_edges_are_cached_with_the_text(tmp_path):
    cache = ocr_module.OcrCache(tmp_path / "ocr.sqlite")
    page = ocr_module.PageText("记事制度,持续跟踪问效。", open_end=False, flush_start=True)
    cache.put("k", page)
    assert cache.get("k") == page
    cache.close()


# ---------------------------------------------------------------- a printed title wrapped over centred lines

TITLES = [   # the title's lines as the scans of dev notices print them (OCR, 200 dpi)
    "关于2020年度市本级预算执行和其他财政收支审计查出问\n题整改情况的报告",                                   # d01
    "宁波市审计局关于2021年度宁波市本级预算执行和全市其\n他财政收支审计工作报告反映问题整改情况的报告",         # d02
    "中共湖北省司法厅委员会关于十二届省委第八轮巡视整改进展\n情况的通报",                                     # d04
    "关于2024年度市级预算执行和其他财政收支审计查出问题\n整改情况的报告",                                     # d16
    "浙江省卫生健康委关于印发2023年浙江省卫生健康工作要\n点的通知",                                           # d23
    "中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的\n通报",                                           # d31
    "中共枣庄市社会科学界联合会党组关于十二届市委第三轮巡察\n整改进展情况的通报",                             # d34
    "广东省人民政府关于我省2020年度省级预算执行和其他财\n政收支审计查出问题的整改情况报告",                     # d40
]


@pytest.mark.parametrize("printed", TITLES)
def test_a_scanned_title_wrapped_by_the_printer_is_one_line(printed):
    title = printed.replace("\n", "")
    body = "来源:某单位\n" + printed + "\n\n根据工作部署,现将整改情况予以公布。"
    end = body.index("根据")
    joined, header_end = join_title(body, title, end)
    assert joined.split("\n")[1] == title and joined[header_end:].startswith("根据")


def test_a_title_printed_again_below_stays_as_printed():   # d40: the report's cover lines under its page title
    title = TITLES[-1].replace("\n", "")
    body = (title + "\n信息来源:广东省审计厅\n广东省人民政府关于我省2020年度省级预算\n执行和其他财政收支审计查出问题\n"
            "的整改情况报告\n正文。")
    assert join_title(body, title, body.index("正文")) == (body, body.index("正文"))


def test_a_line_that_only_starts_the_title_is_not_joined_to_the_body():
    body = "中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的\n\n通报正文。"
    assert join_title(body, "中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的通报", 30)[0] == body
