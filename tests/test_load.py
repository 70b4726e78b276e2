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


# ---------------------------------------------------------------- Big5 / traditional Chinese

# A traditional-Chinese notice mirroring the Jinan notice in corpus/; {extra} takes a phrase that
# only cp950 (恒 裏) or Big5-HKSCS (邨 鰂) can encode.
TRADITIONAL_NOTICE = """關於市委第一巡察組巡察反饋意見整改進展情況的通報
發布機構：濟南市城市管理局　發布日期：2024-04-08

根據市委統一部署，2023年4月12日至6月13日，市委第一巡察組對市城管局黨組開展巡察。8月23日，巡察組向局黨組反饋了巡察意見。按照黨務公開原則和巡察工作有關要求，現將巡察整改進展情況予以公佈。

一、黨組組織整改落實情況

局黨組堅持把巡察整改作為重要政治任務，提高政治站位、強化政治擔當、落實政治責任。一是堅持「學」字為先，增強巡察整改政治自覺。二是堅持「實」字為要，壓實責任、務實舉措，理清巡察整改工作思路。三是堅持「嚴」字為綱，嚴明紀律、嚴肅作風，確保巡察整改有效落實。

二、集中整改期內已完成的整改事項

（一）反饋問題：落實黨中央重大決策部署和市委工作要求有差距

1.政治理論學習不深入不紮實，學以致用不到位。

整改結果：已完成

整改情況：在理論學習中心組學習和黨組會議時，把學習城市工作重要論述納入「第一議題」內容，由黨組書記輪流領學。2023年以來，共組織黨組理論中心組學習12次。{extra}

2.燃氣舊管網改造推進較慢。

整改結果：已完成

整改情況：制定燃氣管網改造三年行動方案，2023年完成燃氣舊管網改造86.5公里，涉及居民小區37個。

（二）反饋問題：城市精細化管理水準不高

1.環境衛生整治存在死角。

整改結果：長期堅持

整改情況：開展空閒土地環境衛生整治行動，清理垃圾1.2萬噸，建立問題台帳，對帳銷號。

三、下一步工作打算

一是持續鞏固整改成果。二是健全長效機制。三是強化監督檢查。

歡迎廣大幹部群眾對巡察整改落實情況進行監督。聯繫電話：0531-12345678；通訊地址：濟南市歷下區龍奧北路8號。

中共濟南市城市管理局黨組
2024年4月8日
"""
EXTRA = {"big5": "", "cp950": "學習要持之以恒，在社區裏開展宣講。", "big5hkscs": "在石硤尾邨、鰂魚涌開展宣講。"}


def parse_sections_of(notice):
    from retrieval.parse import parse_sections
    return parse_sections(notice.text, notice.id)


def _same_notice(a, b) -> None:
    assert a.text == b.text and (a.title, a.issuer, a.date) == (b.title, b.issuer, b.date)
    assert parse_sections_of(a) == parse_sections_of(b)


@pytest.mark.parametrize("encoding", sorted(EXTRA))
def test_big5_notice_gives_the_same_text_and_sections(tmp_path, encoding):
    text = TRADITIONAL_NOTICE.format(extra=EXTRA[encoding])
    (tmp_path / "utf8").mkdir()
    (tmp_path / "big5").mkdir()
    (tmp_path / "utf8" / "notice.txt").write_text(text, encoding="utf-8")
    (tmp_path / "big5" / "notice.txt").write_bytes(text.encode(encoding))
    if encoding != "big5":
        with pytest.raises(UnicodeEncodeError):
            EXTRA[encoding].encode("big5")  # plain Big5 cannot hold this notice: the variant is needed
    n = load_notice(tmp_path / "big5" / "notice.txt")
    original = load_notice(tmp_path / "utf8" / "notice.txt")
    _same_notice(n, original)
    assert n.encoding == encoding and n.title == "關於市委第一巡察組巡察反饋意見整改進展情況的通報"
    assert (n.issuer, n.date) == ("濟南市城市管理局", "2024-04-08")
    assert [s.path_text for s in parse_sections_of(n) if s.depth == 1] == ["一、黨組組織整改落實情況",
                                                                         "二、集中整改期內已完成的整改事項",
                                                                         "三、下一步工作打算"]
    assert decode_text(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:20])
def test_real_notice_in_big5_gives_the_same_text_and_sections(tmp_path, path):
    """Each notice reduced to the characters Big5 has (simplified-only ones dropped), saved as Big5."""
    text = "".join(ch for ch in path.read_text(encoding="utf-8") if ch == "\n" or ch.encode("big5", "ignore"))
    (tmp_path / "utf8").mkdir()
    (tmp_path / "big5").mkdir()
    (tmp_path / "utf8" / path.name).write_text(text, encoding="utf-8")
    (tmp_path / "big5" / path.name).write_bytes(text.encode("big5"))
    n = load_notice(tmp_path / "big5" / path.name)
    assert n.encoding == "big5"
    _same_notice(n, load_notice(tmp_path / "utf8" / path.name))
    assert len(parse_sections_of(n)) >= 5


@pytest.mark.parametrize("meta", ["<meta charset='big5'>", '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
                                  "", "<meta charset='gb2312'>", "<meta charset='iso-8859-1'>"],
                         ids=["big5", "http-equiv", "undeclared", "mislabelled-gb2312", "mislabelled-latin1"])
def test_big5_html_page_declared_undeclared_or_mislabelled(tmp_path, meta):
    text = TRADITIONAL_NOTICE.format(extra=EXTRA["cp950"])
    page = f"<!DOCTYPE html><html><head>{meta}<title>t</title></head><body>" + \
        "".join(f"<p>{line}</p>\n" for line in text.split("\n")) + "</body></html>"
    (tmp_path / "utf8").mkdir()
    (tmp_path / "big5").mkdir()
    (tmp_path / "utf8" / "page.html").write_text(page.replace(meta, "<meta charset='utf-8'>") if meta else page,
                                                 encoding="utf-8")
    (tmp_path / "big5" / "page.html").write_bytes(page.encode("cp950"))
    n = load_notice(tmp_path / "big5" / "page.html")
    assert n.fmt == "html" and n.encoding in ("cp950", "big5hkscs")
    _same_notice(n, load_notice(tmp_path / "utf8" / "page.html"))
    assert "持之以恒，在社區裏開展宣講" in n.text


def test_short_gbk_and_big5_strings_are_told_apart():
    from retrieval.load.encoding import plausibility
    assert decode_text("一、总体情况".encode("gbk")) == ("一、总体情况", "gb18030")
    assert decode_text("一、總體情況".encode("big5")) == ("一、總體情況", "big5")
    big5 = TRADITIONAL_NOTICE.format(extra="").encode("big5")
    right, wrong = plausibility(big5.decode("big5"))[0], plausibility(big5.decode("gb18030"))[0]
    assert right > 0.95 and wrong < 0.5, (right, wrong)


# ---------------------------------------------------------------- folders: what is loaded, what is skipped

def test_scan_notice_files_lists_supported_and_skipped_files(tmp_path):
    import docx

    from retrieval.load import iter_notice_files, scan_notice_files
    folder = tmp_path / "inbox"
    (folder / "2024" / ".git").mkdir(parents=True)
    (folder / "2024" / "~$notice.docx").write_bytes(b"\x0cuser" + b"\x00" * 150)  # Word's lock file
    src = corpus_file("jinan")
    (folder / "jinan.txt").write_bytes(src.read_bytes())
    (folder / "2024" / "dongli.TXT").write_bytes(corpus_file("tj-dongli").read_bytes())
    (folder / "2024" / "jinan-page.html").write_text("<html><body>" + "".join(
        f"<p>{ln}</p>" for ln in src.read_text(encoding="utf-8").split("\n")) + "</body></html>", encoding="utf-8")
    document = docx.Document()
    for line in corpus_file("tj-govt-offices-admin").read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    document.save(str(folder / "2024" / "offices.docx"))
    unsupported = {"notice.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "ledger.xlsx": b"PK\x03\x04xl",
                   "notices.zip": b"PK\x05\x06" + b"\x00" * 18, "README.md": b"# inbox\n", "2024/scan.jpg": b"\xff\xd8\xff"}
    for name, data in unsupported.items():
        (folder / name).write_bytes(data)
    for hidden in (".DS_Store", "2024/.git/notes.txt", "._jinan.txt"):
        (folder / hidden).write_bytes(b"\x00\x05\x16\x07")
    explicit = tmp_path / "old.doc"
    explicit.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")

    files, skipped = scan_notice_files([folder, explicit])
    rel = lambda ps: [p.relative_to(tmp_path).as_posix() for p in ps]
    assert rel(files) == ["inbox/2024/dongli.TXT", "inbox/2024/jinan-page.html", "inbox/2024/offices.docx",
                          "inbox/2024/scan.jpg", "inbox/jinan.txt", "inbox/notice.doc", "old.doc"]
    # images (OCR) and .doc (LibreOffice) are loaded; an explicit file is kept: load_notice explains
    assert rel(skipped) == ["inbox/README.md", "inbox/ledger.xlsx", "inbox/notices.zip"]
    assert iter_notice_files([folder, explicit]) == files
    assert all(load_notice(f).title for f in files if f.suffix.lower() not in (".jpg", ".doc"))
    assert scan_notice_files([tmp_path / "missing"]) == ([tmp_path / "missing"], [])


# Heads of other agencies' pages (lines as published in tests/data/notices-dev, dev split).
def test_title_after_breadcrumbs_and_chrome_dropped():
    from retrieval.load.clean import clean_text
    raw = ("网站支持IPV6\n\n当前位置:首页 > 政务公开 > 通知公告\n\n中共莆田市司法局党组关于巡察整改进展情况的通报\n\n"
           "2025年02月17日 17:21    来源:莆田市司法局     字号:    \n\n  根据市委巡察工作统一部署,2023年4月20日至5月31日,八届市委巡察四组对市司法局开展了巡察。")
    c = clean_text(raw)
    assert (c.meta["title"], c.meta["issuer"], c.meta["date"]) == (
        "中共莆田市司法局党组关于巡察整改进展情况的通报", "莆田市司法局", "2025-02-17")
    assert "当前位置" not in c.body and "IPV6" not in c.body
    assert c.body[c.header_end:].startswith("  根据市委巡察工作统一部署")


def test_byline_subtitle_and_label_beside_doc_number():
    from retrieval.load.clean import clean_text
    c = clean_text("2018年11月22日在慈溪市十七届人大常委会第十六次会议上\n市审计局局长 俞金华\n主任、各位副主任、各位委员:\n"
                   "我受市人民政府委托,向市人大常委会报告我市2017年度本级预算执行情况。")
    assert (c.meta["issuer"], c.meta["date"]) == ("市审计局", "2018-11-22")
    c = clean_text("计划总结\n索 引 号: 002482365/2023-00095 公开日期: 2023-04-22\n发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号\n\n"
                   "浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知\n\n发布日期: 2023-04-25 17:10 信息来源: 省卫生健康委 浏览次数:\n\n"
                   "各市、县(市、区)卫生健康委(局),省级医疗卫生单位:\n\n现将2023年浙江省卫生健康工作要点印发给你们,请各地各单位认真组织实施。")
    assert (c.meta["doc_number"], c.meta["index_number"], c.meta["date"]) == (
        "浙卫发〔2023〕10号", "002482365/2023-00095", "2023-04-25")
    assert "计划总结" not in c.body


def test_title_across_lines_and_issuer_from_preamble():
    from retrieval.load.clean import clean_text
    c = clean_text("市城市管理委关于印发2019年度工作要点\n和任务分解表的通知\n\n各区城市管理部门、市公用事业局、机关各处室、委属各单位:\n正文。")
    assert c.meta["title"] == "市城市管理委关于印发2019年度工作要点和任务分解表的通知"
    c = clean_text("根据市委统一部署,2024年5月7日至6月7日,市委第五巡察组对市司法局党组开展了巡察。\n一、总体情况")
    assert c.meta["issuer"] == "市司法局党组" and "title" not in c.meta


def test_title_broken_after_its_organ_keeps_the_organ():
    """GB/T 9704 breaks a long title after the organ; the organ line is the title's start, not page chrome."""
    from retrieval.load.clean import clean_text
    c = clean_text("当前位置:首页 > 通知公告\n中共湖北省司法厅委员会\n关于十二届省委第八轮巡视整改进展情况的通报\n\n"
                   "根据省委巡视工作统一部署,2024年11月7日至12月31日,省委第三巡视组对省司法厅党委开展了")
    assert c.meta["title"] == "中共湖北省司法厅委员会关于十二届省委第八轮巡视整改进展情况的通报"
    assert c.meta["issuer"] == "中共湖北省司法厅委员会"
    assert c.body.startswith("中共湖北省司法厅委员会\n关于")
    c = clean_text("通知公告\n关于巡察整改进展情况的通报\n\n根据市委统一部署,市委巡察组对市体育局党组开展了巡察。")
    assert c.meta["title"] == "关于巡察整改进展情况的通报"   # a channel name above is no organ


def test_a_source_naming_an_office_with_its_level_is_the_issuer_not_an_internal_section():
    from retrieval.load.clean import clean_text
    head = "关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n\n  • 2026-01-04\n  • 来源:{}\n\n主任、各位副主任:\n正文。"
    assert clean_text(head.format("市外事办公室")).meta["issuer"] == "市外事办公室"   # an organ of the city
    assert clean_text(head.format("法规督考科")).meta.get("issuer", "") != "法规督考科"   # a section inside the issuer


def test_full_width_digits_read_as_the_digits_staff_type(tmp_path):
    from bench.bench_formats import FULL_WIDTH
    source = Path(__file__).resolve().parent / "data" / "notices-dev" / "d01_ruijin-audit-2020-budget.txt"
    written = tmp_path / source.name
    written.write_text(source.read_text(encoding="utf-8").translate(FULL_WIDTH), encoding="utf-8")
    assert "２" in written.read_text(encoding="utf-8")
    assert load_notice(written).text == load_notice(source).text   # same length, same offsets, 251023.54万元 again
