"""Loading and cleaning real notices in every supported format and encoding."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.errors import InputError
from retrieval.load import decode_text, detect_format, load_notice
from tests.conftest import CORPUS, SEEDS, corpus_file

EXPECTED_META = {
    "tj-city-mgmt-commission-2024": ("天津市城市管理委员会党组关于十二届市委第三轮第一批巡视整改进展情况的通报",
                                     "天津市城市管理委员会", "2024-09-04", "", ""),
    "jinan-city-mgmt-bureau-2024": ("中共济南市城市管理局党组关于市委第三轮巡察集中整改进展情况的通报",
                                    "济南市城市管理局", "2024-04-08", "", "1137010000418891X3/2024-00064"),
    "tj-city-mgmt-commission-2019": ("市城市管理委关于印发2019年度工作要点和任务分解表的通知",
                                     "天津市城市管理委员会", "", "津城管办〔2019〕48号", "000125583/2019-00018"),
    "tj-govt-offices-admin-2021": ("中共天津市机关事务管理局党组关于巡视集中整改情况的公开",
                                   "中共天津市机关事务管理局党组", "", "", ""),
    "tj-dongli-district-2022": ("东丽区关于十一届市委第九轮巡视整改进展情况的通报",
                                "中共天津市东丽区委办公室", "2022-08-16", "", ""),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED_META))
def test_metadata_of_each_seed(prefix):
    n = load_notice(corpus_file(prefix))
    assert (n.title, n.issuer, n.date, n.doc_number, n.index_number) == EXPECTED_META[prefix]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:20])
def test_boilerplate_gone_and_body_kept_verbatim(path):
    raw = path.read_text(encoding="utf-8")
    n = load_notice(path)
    for chrome in ("头部背景图", "简体|", "| 政策解读", "Produced By", "网站标识码", "上一篇", "文章关键字"):
        assert chrome not in n.text
    header, _, body = n.text.partition("\n\n")
    assert set(n.text.split("\n")) <= set(raw.split("\n"))  # whole lines of the file, never rewritten
    assert n.title.split("\n")[0][:10] in header or n.title[:10] in raw
    body_start = min(n.text.find(m) for m in ("根据", "各区城市管理部门") if m in n.text)
    assert n.text[body_start:] in raw  # the body is one contiguous, untouched slice


def test_every_eval_evidence_string_is_in_the_cleaned_text():
    texts = {p.name: load_notice(p).text for p in SEEDS}
    for line in (CORPUS.parent / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        docs = item["doc"] if isinstance(item["doc"], list) else [item["doc"]]
        for ev in item["evidence"]:
            assert any(ev in texts[d] for d in docs), (item["id"], ev)


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_other_encodings_give_the_same_notice(tmp_path, encoding):
    src = corpus_file("tj-govt-offices-admin")
    original = load_notice(src)
    text = src.read_text(encoding="utf-8")
    target = tmp_path / src.name.replace(".txt", ".dat")  # extension says nothing: bytes decide
    target.write_bytes(text.encode(encoding))
    copy = load_notice(target)
    assert copy.text == original.text and copy.title == original.title


def test_html_page_gives_the_same_body(tmp_path):
    src = corpus_file("jinan")
    lines = src.read_text(encoding="utf-8").split("\n")
    page = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title><script>var x=1;</script></head><body>" + \
        "".join(f"<p>{line}</p>\n" for line in lines) + "</body></html>"
    target = tmp_path / "page.html"
    target.write_text(page, encoding="utf-8")
    n = load_notice(target)
    original = load_notice(src)
    assert n.title == original.title
    assert "var x" not in n.text
    assert "整改结果:已完成" in n.text and "市委第四巡察组对市城管局党组开展巡察" in n.text


def test_docx_gives_the_same_body(tmp_path):
    import docx
    src = corpus_file("tj-dongli")
    original = load_notice(src)
    document = docx.Document()
    for line in src.read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    target = tmp_path / "notice.docx"
    document.save(str(target))
    n = load_notice(target)
    assert n.fmt == "docx" and n.text == original.text


def test_format_is_detected_from_bytes():
    assert detect_format(b"PK\x03\x04rest") == "docx"
    assert detect_format(b"%PDF-1.7") == "pdf"
    assert detect_format(b"<!DOCTYPE html><html>") == "html"
    assert detect_format("一、总体情况".encode("gbk")) == "txt"
    assert decode_text("一、总体情况,(一)".encode("gb18030")) == ("一、总体情况,(一)", "gb18030")


def test_empty_binary_missing_and_oversized_files_are_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 50)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="empty"):
        load_notice(empty)
    with pytest.raises(InputError, match="binary"):
        load_notice(noise)
    with pytest.raises(InputError, match="not found"):
        load_notice(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="limit"):
        load_notice(big, max_bytes=1024)
    try:
        load_notice(empty)
    except InputError as exc:
        assert "为空" in exc.user_message


def _print_pdf(html_path: Path, pdf_path: Path) -> None:
    import subprocess
    assert Path("/usr/bin/chromium").exists(), "chromium missing: apt-get install -y chromium fonts-noto-cjk"
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--print-to-pdf={pdf_path}", "--no-pdf-header-footer", html_path.as_uri()],
                   check=True, capture_output=True, timeout=120)


@pytest.mark.integration
def test_text_layer_pdf_gives_the_same_sections_and_sentences(tmp_path):
    """A notice printed to PDF by Chromium (real text layer, CJK fonts) parses like the original."""
    import html
    import re
    from retrieval.chunk import sentence_spans
    from retrieval.parse import parse_sections
    src = corpus_file("tj-govt-offices-admin")
    original = load_notice(src)
    page = tmp_path / "notice.html"
    page.write_text("<html><meta charset='utf-8'><body>" + "".join(
        f"<p>{html.escape(line)}</p>" for line in original.text.split("\n") if line.strip()) + "</body></html>",
        encoding="utf-8")
    pdf = tmp_path / "notice.pdf"
    _print_pdf(page, pdf)
    n = load_notice(pdf)
    assert n.fmt == "pdf" and n.title == original.title
    heads = lambda t: [s.path_text for s in parse_sections(t) if s.kind != "enum"]
    assert heads(n.text) == heads(original.text)
    flat = re.sub(r"\s", "", n.text)
    sentences = [re.sub(r"\s", "", original.text[a:b]) for a, b in sentence_spans(original.text, 0, len(original.text))]
    found = sum(1 for s in sentences if s in flat)
    assert found / len(sentences) >= 0.95, (found, len(sentences))


def test_scanned_pdf_without_text_layer_is_refused(tmp_path):
    from pypdf import PdfWriter
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    scanned = tmp_path / "scan.pdf"
    with open(scanned, "wb") as f:
        writer.write(f)
    with pytest.raises(InputError, match="OCR"):
        load_notice(scanned)
