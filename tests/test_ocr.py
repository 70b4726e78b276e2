"""Scanned PDFs and photos of real notices: OCR text, page numbers, cache, limits and refusals.

The scans are made at test time from corpus/ text (bench/scans.py: a CJK font, noise, a slight
rotation and a red stamp), so nothing large is committed.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from bench.scans import (
    char_error_rate,
    degrade,
    image_bytes,
    page_texts,
    render_pages,
    scanned_pdf,
)
from retrieval.errors import ConfigError, InputError
from retrieval.load import PdfOptions, load_notice
from retrieval.load import ocr as ocr_module
from retrieval.load.ocr import is_blank, printed_lines
from retrieval.load.pdf import PAGE_MARK, split_pages, tidy_pdf_text
from retrieval.records import page_at
from retrieval.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpus" / "tj-govt-offices-admin-2021-inspection-rectification.txt"




@pytest.fixture(scope="session")
def scan_pages():
    """Two degraded pages of a seed notice (150 dpi) and the source text of each."""
    text = SOURCE.read_text(encoding="utf-8")
    pages = [degrade(p, seed=i) for i, p in enumerate(render_pages(text, dpi=150, max_pages=2))]
    return pages, page_texts(text)[:2]


@pytest.fixture()
def options(tmp_path):
    return PdfOptions(cache_path=tmp_path / "ocr.sqlite")


# ---------------------------------------------------------------- fast: pieces

def test_boxes_become_lines_in_reading_order():
    boxes = [[[300, 52], [600, 52], [600, 80], [300, 80]],   # right half of line 2 (split by a stamp)
             [[10, 10], [600, 10], [600, 38], [10, 38]],     # line 1
             [[10, 50], [280, 50], [280, 78], [10, 78]]]     # left half of line 2
    assert [text for text, *_ in printed_lines(boxes, ["整改情况予以公开。", "根据巡视工作部署要求，现将巡视", "集中"])] == [
        "根据巡视工作部署要求，现将巡视", "集中整改情况予以公开。"]


def test_page_marks_give_page_starts_and_wrapped_sentences_join_across_pages():
    raw = (f"一、总体情况\n根据十一届市委巡视工作部署要求，现将巡视整\n改情况予以公布。\n{PAGE_MARK}\n"
           f"二、整改落实情况\n按照党务公开原则，现将有关整改情况予以公\n{PAGE_MARK}\n开，接受社会监督。")
    text, starts = split_pages(tidy_pdf_text(raw))
    assert PAGE_MARK not in text
    assert "现将巡视整改情况予以公布。" in text and "予以公开，接受社会监督。" in text
    assert starts[0] == 0 and len(starts) == 3
    assert text[starts[1]:].startswith("二、整改落实情况")
    assert page_at(starts, text.index("接受社会监督")) == 3 and page_at(starts, 0) == 1 and page_at((), 5) == 0


def test_blank_page_is_not_sent_to_ocr(scan_pages):
    from PIL import Image
    assert is_blank(Image.new("RGB", (1240, 1754), "white"))
    assert not is_blank(scan_pages[0][0])


def test_ocr_settings_are_explicit_and_said_at_start_up():
    s = load_settings({})
    assert (s.ocr, s.ocr_max_pages) == ("rapidocr", 60)
    assert "OCR rapidocr" in s.describe() and "doc/wps=" in s.describe()
    assert load_settings({"NOTICEQA_OCR": "off"}).describe().count("OCR off") == 1
    for key, bad in (("NOTICEQA_OCR", "tesseract"), ("NOTICEQA_OCR_MAX_PAGES", "0")):
        with pytest.raises(ConfigError):
            load_settings({key: bad})


def test_too_many_scanned_pages_are_refused_before_any_ocr(tmp_path, scan_pages, monkeypatch):
    monkeypatch.setattr(ocr_module, "recognise", lambda image: pytest.fail("OCR ran on a refused file"))
    path = tmp_path / "long-scan.pdf"
    path.write_bytes(scanned_pdf(scan_pages[0] * 3))   # six pages
    with pytest.raises(InputError, match="over the OCR limit of 5") as err:
        load_notice(path, options=PdfOptions(max_ocr_pages=5, cache_path=tmp_path / "c.sqlite"))
    assert "6 页扫描页" in err.value.user_message and "\n" not in str(err.value)


def test_ocr_off_refuses_scans_and_images_saying_so(tmp_path, scan_pages):
    pdf, png = tmp_path / "scan.pdf", tmp_path / "photo.png"
    pdf.write_bytes(scanned_pdf(scan_pages[0][:1]))
    png.write_bytes(image_bytes(scan_pages[0][0]))
    for path in (pdf, png):
        with pytest.raises(InputError, match="OCR is off") as err:
            load_notice(path, options=PdfOptions(ocr="off"))
        assert "NOTICEQA_OCR=off" in err.value.user_message


def test_password_protected_pdf_is_refused_with_what_to_do(tmp_path):
    from pypdf import PdfWriter
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    with pytest.raises(InputError, match="password-protected") as err:
        load_notice(path)
    assert "解除密码" in err.value.user_message


def test_refused_scan_leaves_the_index_unchanged(tmp_path, scan_pages):
    from retrieval.index.build import ingest
    from retrieval.index.opened import read_manifest
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home"), "NOTICEQA_EMBEDDINGS": "none",
                              "NOTICEQA_OCR_MAX_PAGES": "1"})
    ingest([SOURCE], settings)
    before = read_manifest(settings)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf(scan_pages[0]))          # two scanned pages, the limit is one
    with pytest.raises(InputError, match="OCR limit"):
        ingest([SOURCE, scan], settings)
    assert read_manifest(settings) == before


# ---------------------------------------------------------------- slow: real OCR

@pytest.mark.integration
def test_scanned_pdf_reads_like_its_source_with_pages_and_a_cache(tmp_path, scan_pages, options, monkeypatch):
    pages, sources = scan_pages
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(pages))
    seen = []
    notice = load_notice(path, options=PdfOptions(cache_path=options.cache_path, progress=lambda d, t: seen.append((d, t))))
    assert seen == [(1, 2), (2, 2)]
    assert notice.fmt == "pdf" and len(notice.pages) == 2
    first, second = notice.text[:notice.pages[1]], notice.text[notice.pages[1]:]
    assert char_error_rate(sources[0], first) < 0.03
    assert char_error_rate(sources[1], second) < 0.03
    assert notice.text.startswith("中共天津市机关事务管理局党组关于巡视集中整改情况的公开")
    assert "一、履行主体责任情况" in notice.text.split("\n")  # headings stay lines, wrapped lines are joined
    from retrieval.index.notices import record_from_notice
    chunks = record_from_notice(notice).chunks
    assert {c.page for c in chunks} == {1, 2}
    assert all(page_at(notice.pages, c.start) == c.page for c in chunks)
    monkeypatch.setattr(ocr_module, "recognise", lambda image: pytest.fail("cached page read again"))
    assert load_notice(path, options=options) == notice


@pytest.mark.integration
def test_photo_of_a_page_is_read(tmp_path, scan_pages, options):
    pages, sources = scan_pages
    path = tmp_path / "photo.jpg"
    path.write_bytes(image_bytes(pages[1], "JPEG"))
    notice = load_notice(path, options=options)
    assert notice.fmt == "image" and notice.pages == ()
    assert char_error_rate(sources[1], notice.text) < 0.03


@pytest.mark.integration
def test_image_without_text_is_refused(tmp_path, options):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (1200, 900), (120, 160, 200))
    ImageDraw.Draw(img).ellipse((300, 200, 900, 700), fill=(30, 90, 40))   # a picture, no words
    path = tmp_path / "landscape.png"
    path.write_bytes(image_bytes(img))
    with pytest.raises(InputError, match="no readable text") as err:
        load_notice(path, options=options)
    assert "没有识别出文字" in err.value.user_message


@pytest.mark.integration
def test_mixed_pdf_uses_the_text_layer_and_ocr(tmp_path, scan_pages, options, monkeypatch):
    """Page 1 printed by Chromium (text layer), page 2 a scan: both read, each chunk on its page."""
    import html
    import subprocess

    from pypdf import PdfReader, PdfWriter
    pages, sources = scan_pages
    page_one = tmp_path / "one.html"
    page_one.write_text("<html><body style='font-size:16pt'>" + "".join(
        f"<p>{html.escape(ln)}</p>" for ln in SOURCE.read_text(encoding="utf-8").split("\n")[:4]) + "</body></html>",
        encoding="utf-8")
    printed = tmp_path / "one.pdf"
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--print-to-pdf={printed}", "--no-pdf-header-footer", page_one.as_uri()],
                   check=True, capture_output=True, timeout=120)
    writer = PdfWriter()
    writer.add_page(PdfReader(printed).pages[0])
    writer.add_page(PdfReader(io.BytesIO(scanned_pdf(pages[1:2]))).pages[0])
    path = tmp_path / "mixed.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    read = []
    real = ocr_module.recognise
    monkeypatch.setattr(ocr_module, "recognise", lambda image: read.append(1) or real(image))
    notice = load_notice(path, options=options)
    assert len(read) == 1 and len(notice.pages) == 2   # only the scanned page went through OCR
    assert "根据十一届市委第八轮第二批巡视工作部署要求" in notice.text[:notice.pages[1]]
    assert char_error_rate(sources[1], notice.text[notice.pages[1]:]) < 0.03


@pytest.mark.integration
def test_citations_of_a_scanned_notice_carry_their_page(tmp_path, scan_pages):
    from answer.ask import ask
    from frontends.web.render import citation_card_html
    from retrieval.index.build import ingest
    from retrieval.index.opened import open_index
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home"), "NOTICEQA_EMBEDDINGS": "none"})
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(scan_pages[0]))
    stages = []
    ingest([path], settings, progress=lambda stage, done, total: stages.append(stage))
    assert "ocr" in stages
    index = open_index(settings)
    answer = ask(index, "巡视整改动员会是什么时候召开的？", settings)
    assert answer.citations and all(c.page in (1, 2) for c in answer.citations)
    cited = answer.to_json()["citations"]
    assert all(c["page"] == c_.page for c, c_ in zip(cited, answer.citations))
    assert f"第{answer.citations[0].page}页" in citation_card_html(answer.citations[0], index, "cite-1-1")
