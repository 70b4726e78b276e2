"""OFD (GB/T 33190) notices: text in reading order, page numbers, limits and one-line refusals.

The OFD files are made at test time from real notice text by bench/ofd_files.py (the standard's
XML, A4 pages, each printed line split into several TextObjects, optionally written out of order).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from bench.ofd_files import ofd_bytes, page_texts
from bench.scans import char_error_rate
from retrieval.errors import ConfigError, InputError
from retrieval.load import Limits, load_notice
from retrieval.records import page_at
from retrieval.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpus" / "tj-govt-offices-admin-2021-inspection-rectification.txt"
OPENING = "\n".join(SOURCE.read_text(encoding="utf-8").split("\n")[:40])   # about three printed pages


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rezip(data: bytes, drop: str = "", add: dict[str, str] | None = None) -> bytes:
    """The OFD package `data` without the entry `drop` and with the entries `add`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            if info.filename != drop:
                out.writestr(info.filename, src.read(info))
        for name, text in (add or {}).items():
            out.writestr(name, text)
    return buf.getvalue()


def test_ofd_notice_reads_like_its_text_file_with_pages(tmp_path):
    path = write(tmp_path, "notice.ofd", ofd_bytes(OPENING, seed=1))
    notice = load_notice(path)
    text_file = load_notice(write(tmp_path, "notice.txt", OPENING.encode("utf-8")))
    assert notice.fmt == "ofd" and notice.title == text_file.title == "中共天津市机关事务管理局党组关于巡视集中整改情况的公开"
    assert char_error_rate(text_file.text, notice.text) < 0.005
    sources = page_texts(OPENING)
    assert len(sources) >= 3 and len(notice.pages) == len(sources)
    bounds = list(notice.pages) + [len(notice.text)]
    for n, source in enumerate(sources):    # each page's text sits between its start and the next page's
        page = notice.text[bounds[n]:bounds[n + 1]]
        assert char_error_rate(source, page) < 0.02 or n == 0   # page 1 also lost the title block to the header
    assert "一、履行主体责任情况" in notice.text.split("\n")     # headings stay lines, wrapped lines are joined
    from retrieval.index.notices import record_from_notice
    chunks = record_from_notice(notice).chunks
    assert {c.page for c in chunks} == set(range(1, len(sources) + 1))
    assert all(page_at(notice.pages, c.start) == c.page for c in chunks)


def test_objects_written_out_of_order_are_read_in_reading_order(tmp_path):
    in_order = load_notice(write(tmp_path, "a.ofd", ofd_bytes(OPENING, seed=2)))
    scrambled = load_notice(write(tmp_path, "b.ofd", ofd_bytes(OPENING, seed=2, shuffle=True)))
    assert scrambled.text == in_order.text and scrambled.pages == in_order.pages


def test_damaged_ofd_is_refused_in_one_line(tmp_path):
    good = ofd_bytes(OPENING)
    cases = {"truncated.ofd": good[: len(good) // 2],
             "no-document.ofd": rezip(good, drop="Doc_0/Document.xml"),
             "no-page.ofd": rezip(good, drop="Doc_0/Pages/Page_1/Content.xml"),
             "bad-xml.ofd": rezip(rezip(good, drop="Doc_0/Pages/Page_0/Content.xml"),
                                  add={"Doc_0/Pages/Page_0/Content.xml": "<ofd:Page><ofd:Content>"})}
    for name, data in cases.items():
        with pytest.raises(InputError) as err:
            load_notice(write(tmp_path, name, data))
        assert name in str(err.value) and "\n" not in str(err.value)
        assert "OFD" in err.value.user_message and "PDF" in err.value.user_message, name


def test_encrypted_ofd_is_refused(tmp_path):
    data = rezip(ofd_bytes(OPENING), add={"Doc_0/Encryptions.xml": "<ofd:Encryptions/>"})
    with pytest.raises(InputError, match="encrypted OFD") as err:
        load_notice(write(tmp_path, "secret.ofd", data))
    assert "加密的 OFD" in err.value.user_message


def test_ofd_without_text_is_refused_with_what_to_do(tmp_path):
    """Text drawn as outlines (PathObjects only, as some PDF -> OFD converters write it)."""
    page = ('<?xml version="1.0"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="9">'
            '<ofd:PathObject ID="10" Boundary="0 0 210 297"><ofd:AbbreviatedData>M 10 10 L 20 20 C</ofd:AbbreviatedData>'
            "</ofd:PathObject></ofd:Layer></ofd:Content></ofd:Page>")
    data = ofd_bytes("一、总体情况")
    data = rezip(rezip(data, drop="Doc_0/Pages/Page_0/Content.xml"), add={"Doc_0/Pages/Page_0/Content.xml": page})
    with pytest.raises(InputError, match="holds no text") as err:
        load_notice(write(tmp_path, "outlines.ofd", data))
    assert "扫描件" in err.value.user_message and "PDF" in err.value.user_message


def test_ofd_limits_are_checked_before_pages_are_read(tmp_path):
    path = write(tmp_path, "long.ofd", ofd_bytes(OPENING))
    with pytest.raises(InputError, match="NOTICEQA_MAX_PAGES"):
        load_notice(path, limits=Limits(max_pages=2))
    with pytest.raises(InputError, match="NOTICEQA_MAX_UNPACKED_MB"):
        load_notice(path, limits=Limits(max_unpacked_bytes=10_000))


def test_ofd_reading_can_be_turned_off(tmp_path):
    assert load_settings({}).ofd == "ofdkit" and "ofd=ofdkit" in load_settings({}).describe()
    assert load_settings({"NOTICEQA_OFD": "off"}).ofd == "off"
    with pytest.raises(ConfigError):
        load_settings({"NOTICEQA_OFD": "easyofd"})
    with pytest.raises(InputError, match="NOTICEQA_OFD=off") as err:
        load_notice(write(tmp_path, "notice.ofd", ofd_bytes(OPENING)), ofd="off")
    assert "另存或打印为 PDF" in err.value.user_message


def test_refused_ofd_leaves_the_index_unchanged(tmp_path):
    from retrieval.index.build import ingest
    from retrieval.index.opened import read_manifest
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home"), "NOTICEQA_EMBEDDINGS": "none"})
    ingest([SOURCE], settings)
    before = read_manifest(settings)
    broken = write(tmp_path, "broken.ofd", ofd_bytes(OPENING)[:3000])
    with pytest.raises(InputError, match="damaged OFD"):
        ingest([SOURCE, broken], settings)
    assert read_manifest(settings) == before


@pytest.mark.integration
def test_ofd_notice_is_ingested_and_answers_with_its_page(tmp_path):
    from answer.ask import ask
    from retrieval.index.build import ingest
    from retrieval.index.opened import open_index
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home")})
    path = write(tmp_path, "tj-offices.ofd", ofd_bytes(OPENING, seed=3, shuffle=True))
    ingest([path], settings)
    index = open_index(settings)
    answer = ask(index, "巡视整改动员会是什么时候召开的？", settings)
    notice = load_notice(path)
    assert answer.citations and all(c.doc == "tj-offices.ofd" for c in answer.citations)
    assert any("动员" in c.quote for c in answer.citations)
    for c in answer.citations:
        assert notice.text[c.start:c.end] == c.quote and c.page == page_at(notice.pages, c.start) >= 1
    assert "1月30日" in answer.answer and "召开巡视整改初步动员会" in " ".join(c.quote for c in answer.citations)
