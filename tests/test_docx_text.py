"""Word files read as they print (retrieval/load/docx_text.py): tables in place, list numbers written out.

The Word files are built here from real notice text: a seed notice's numbered items laid out as a
rectification ledger table, and a dev notice's headings numbered by Word's lists (numbering.xml), as
offices write them.
"""
from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml import parse_xml

from retrieval.load import load_notice
from retrieval.load.docx_text import CELL_SEPARATOR, _counted
from retrieval.parse import parse_sections

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "tj-dongli-district-2022-inspection-rectification.txt"
DEV = ROOT / "tests" / "data" / "notices-dev" / "d31_qingyang-literary-federation-inspection.txt"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _items(count: int) -> list[tuple[str, str, str]]:
    """(number, problem, measures) of the seed's first numbered '针对…问题,进行了以下整改。' items."""
    out = []
    for line in SEED.read_text(encoding="utf-8").split("\n"):
        hit = re.match(r"(\d+)\.(针对.+?问题),进行了以下整改。(.+)", line)
        if hit:
            out.append(hit.groups())
    return out[:count]


def test_a_ledger_table_is_read_row_by_row_in_its_place(tmp_path):
    document = docx.Document()
    document.add_paragraph("关于巡视整改进展情况的通报")
    document.add_paragraph("现将巡视整改进展情况公布如下。")
    items = _items(3)
    table = document.add_table(rows=1 + len(items), cols=3)
    for cell, head in zip(table.rows[0].cells, ("序号", "反馈问题", "整改情况")):
        cell.text = head
    for row, item in zip(table.rows[1:], items):
        for cell, value in zip(row.cells, item):
            cell.text = value
    document.add_paragraph("下一步,将持续巩固整改成果。")
    document.save(str(tmp_path / "ledger.docx"))
    lines = load_notice(tmp_path / "ledger.docx").text.split("\n")
    rows = [CELL_SEPARATOR.join(item) for item in items]
    assert all(row in lines for row in rows)   # a problem and its measures on one line
    assert lines.index(rows[0]) < lines.index(rows[-1]) < lines.index("下一步,将持续巩固整改成果。")


def test_merged_cells_are_read_once():
    document = docx.Document()
    problem, measures = _items(1)[0][1:]
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = problem
    table.cell(0, 2).text = measures
    from retrieval.load.docx_text import _table_lines
    assert _table_lines(table) == [problem + CELL_SEPARATOR + measures]


def _numbered(document, levels: list[tuple[str, str]]) -> str:
    """Add a list (numbering.xml abstractNum + num) with LEVELS [(numFmt, lvlText)]; its numId."""
    numbering = document.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                   for i, (fmt, text) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _add(document, text: str, num_id: str | None = None, level: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    if num_id:
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_word_list_numbers_are_written_out_and_make_the_outline(tmp_path):
    lines = [ln for ln in DEV.read_text(encoding="utf-8").split("\n") if ln.strip()]
    headings = [ln for ln in lines if re.match(r"[一二三四]、", ln)][:4]     # the notice's own table of contents
    subheads = [ln for ln in lines if re.match(r"\([一二三四]\)", ln)][:4]
    document = docx.Document()
    num_id = _numbered(document, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")])
    _add(document, lines[8])                                  # the title
    for i, heading in enumerate(headings):
        _add(document, heading[2:], num_id, 0)                 # the typed number left out: Word draws it
        if i == 2:
            for sub in subheads:
                _add(document, sub[3:], num_id, 1)
    document.save(str(tmp_path / "numbered.docx"))
    text = load_notice(tmp_path / "numbered.docx").text
    assert all(h in text for h in headings)
    assert all(f"（{s[1]}）{s[3:]}" in text for s in subheads)
    sections = parse_sections(text)
    assert [s.marker for s in sections if s.depth == 1] == ["一、", "二、", "三、", "四、"]
    assert len([s for s in sections if s.depth == 2]) == len(subheads)


def test_list_formats_count_as_word_draws_them():
    assert [_counted(n, "chineseCounting") for n in (1, 10, 12, 20, 35)] == ["一", "十", "十二", "二十", "三十五"]
    assert _counted(3, "decimalEnclosedCircle") == "③" and _counted(2, "ideographTraditional") == "乙"
    assert _counted(4, "decimal") == "4" and _counted(3, "lowerLetter") == "c" and _counted(4, "upperRoman") == "IV"


def test_a_ledger_table_on_a_web_page_reads_like_the_word_one():
    from retrieval.load.html import html_to_text
    items = _items(2)
    rows = "".join("<tr>" + "".join(f"<td><p>{v}</p></td>" for v in item) + "</tr>" for item in items)
    page = ("<html><body><table><tr><td><div class='content'><p>现将巡视整改进展情况公布如下。</p>"
            f"<table><tr><th>序号</th><th>反馈问题</th><th>整改情况</th></tr>{rows}</table>"
            "<p>下一步,将持续巩固整改成果。</p></div></td></tr></table></body></html>")
    lines = html_to_text(page.encode())[0].split("\n")
    assert all(CELL_SEPARATOR.join(item) in lines for item in items)   # the layout table around it stays as it was
    assert lines[0] == "现将巡视整改进展情况公布如下。" and lines[-1] == "下一步,将持续巩固整改成果。"
