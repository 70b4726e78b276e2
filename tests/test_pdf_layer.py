"""A PDF's text layer read by where characters are printed (retrieval/load/pdf_layer.py), on real notice text.

Unit tests give printed lines (text, left, right, centre in points) as a page of 16 pt type lays them
out; the integration test prints a dev notice to PDF with LibreOffice, as offices do, and reads it back.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.bench_formats import print_pdfs, write_docx
from retrieval.load import PdfOptions, load_notice
from retrieval.load.pdf_layer import join_wrapped

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ROOT / "tests" / "data" / "notices-dev" / "d22_huzhou-health-commission-2023-work-points.txt"
H = 16.0   # glyph height: 三号 type


def line(text: str, left: float = 90.0, right: float = 522.0, centre: float = 700.0):
    return (text, left, right, centre)


def test_a_line_wrapped_at_the_margin_goes_on_in_the_next():
    page = join_wrapped([line("坚持问题导向,统筹推进巡察整改,细化整改措施,明确责任领导、责任人和", centre=700),
                          line("整改时限。", right=170, centre=680)], H)
    assert page.text == "坚持问题导向,统筹推进巡察整改,细化整改措施,明确责任领导、责任人和整改时限。"


def test_a_paragraph_ends_at_a_sentence_end_an_indent_a_heading_or_a_wider_gap():
    first = line("市委巡察组向市科技局党组反馈了巡察意见,按照党务公开原则和巡察工作有关要求,现予公布。", centre=700)
    assert join_wrapped([first, line("一、提高政治站位", right=220, centre=680)], H).text.count("\n") == 1
    unfinished = line("市委巡察组向市科技局党组反馈了巡察意见,按照党务公开原则和巡察工作有关", centre=700)
    assert join_wrapped([unfinished, line("一、提高政治站位", right=220, centre=680)], H).text.count("\n") == 1
    assert join_wrapped([unfinished, line("(一)聚焦基层党组织建设", right=300, centre=680)], H).text.count("\n") == 1
    assert join_wrapped([unfinished, line("按照要求整改。", left=122, right=240, centre=680)], H).text.count("\n") == 1
    assert join_wrapped([unfinished, line("• 时间:2023-05-04 08:58:16", right=300, centre=680)], H).text.count("\n") == 1
    wrapped = line("市委巡察组向市科技局党组反馈了巡察意见,按照党务公开原则和巡察工作有关", centre=680)
    gap = join_wrapped([unfinished, wrapped, line("要求整改。", right=170, centre=660),
                         unfinished[:3] + (620,), line("要求整改。", right=170, centre=580)], H)
    assert gap.text.count("\n") == 2   # lines 20 pt apart run on; 40 pt down a new paragraph starts


def test_a_number_moved_whole_to_the_next_line_still_continues_the_sentence():
    page = join_wrapped([line("问题资金251023.54万元,报告日已整改40项,整改到位资金", right=470, centre=700),
                          line("215587.84万元,正在整改10项。", right=300, centre=680)], H)
    assert page.text == "问题资金251023.54万元,报告日已整改40项,整改到位资金215587.84万元,正在整改10项。"


def test_the_page_edges_say_whether_a_paragraph_runs_on():
    page = join_wrapped([line("2023年全市卫生健康工作要点", left=200, right=420, centre=700),
                          line("以习近平新时代中国特色社会主义思想为指导,深入学习习近平总书记关于卫生健", centre=680)], H)
    assert page.open_end and not page.flush_start   # a centred title opens the page; its last line runs on


@pytest.mark.integration
def test_a_notice_printed_to_pdf_reads_back_sentence_for_sentence(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    write_docx(NOTICE, files / (NOTICE.stem + ".docx"))
    print_pdfs([files / (NOTICE.stem + ".docx")], files)
    pdf = files / (NOTICE.stem + ".pdf")
    original = load_notice(NOTICE).text
    body = original[original.index("现将"):]
    paragraphs = [re.sub(r"\s", "", p) for p in body.split("\n") if p.strip()]
    read = load_notice(pdf)
    lines = [re.sub(r"\s", "", ln) for ln in read.text.split("\n")]
    assert all(p in lines for p in paragraphs)   # every paragraph one line again, quotes where they were printed
    assert "迭代升级“16819”健康行动" in read.text
    stream = load_notice(pdf, options=PdfOptions(text_mode="stream"))
    assert "迭代升级“16819”健康行动" not in stream.text   # the content stream prints the quotes after their line
