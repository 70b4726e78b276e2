"""A draft of measures as a Word file in the official document format (GB/T 9704-2012, 党政机关公文格式):
A4, margins 37/35/28/26 mm, body 仿宋_GB2312 三号 (16 pt) at a fixed 28.95 pt line (22 lines a page),
title 方正小标宋简体 二号 centred, first-level headings 黑体 三号, second-level 楷体_GB2312 三号, first
lines indented two characters. The [n] markers become superscript note numbers; the cited passages
follow under 注释, the similar items under 附件 for reference.

Example:
    >>> write_docx(draft_to_json(d), Path("/tmp/整改措施.docx"), text="一是……[1]。")
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

BODY_FONT, TITLE_FONT, H1_FONT, H2_FONT = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"
SIZE_3, SIZE_2 = Pt(16), Pt(22)          # 三号, 二号
LINE = Pt(28.95)                         # 22 lines on the type area
MARKER = re.compile(r"\[(\d+)\]")


def _font(run, name: str, size=SIZE_3, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _para(doc, text: str = "", font: str = BODY_FONT, size=SIZE_3, indent: bool = True, center: bool = False,
          bold: bool = False):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, LINE
    fmt.space_before = fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(32)   # two characters of 三号
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        _font(p.add_run(text), font, size, bold)
    return p


def _with_notes(doc, line: str) -> None:
    """A body line whose [n] markers become superscript note numbers."""
    p, last = _para(doc), 0
    for m in MARKER.finditer(line):
        _font(p.add_run(line[last:m.start()]), BODY_FONT)
        run = p.add_run(m.group(1))
        _font(run, BODY_FONT, Pt(10))
        run.font.superscript = True
        last = m.end()
    _font(p.add_run(line[last:]), BODY_FONT)


def write_docx(d: dict, path: Path, text: str | None = None) -> Path:
    """The (edited) draft `text` (default: d["draft"]) with its citations as notes, as a GB/T 9704 document."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = BODY_FONT, SIZE_3
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    _para(doc, f"关于“{d['problem']}”问题的整改措施", TITLE_FONT, SIZE_2, indent=False, center=True)
    _para(doc, indent=False)
    _para(doc, "一、整改措施", H1_FONT)
    body = d["draft"] if text is None else text
    for line in (x.strip() for x in body.splitlines()):
        if line:
            _with_notes(doc, line)
    _para(doc, "二、说明", H1_FONT)
    _para(doc, "〔〕处请按本单位实际情况填写；上标数字对应文末注释中参考的通报原文。")
    if d.get("citations"):
        _para(doc, "注释", H2_FONT)
        for c in d["citations"]:
            _para(doc, f"{c['n']}. 《{c['title']}》{c['section']}：“{c['quote']}”", size=Pt(12))
    if d.get("similar"):
        _para(doc, "附件：参考的相似整改事项", H2_FONT)
        for n, e in enumerate(d["similar"], 1):
            status = f"，{e['status']}" if e.get("status") else ""
            _para(doc, f"{n}. {e['problem']}（{e.get('kind', '')}{status}；《{e.get('title', '')}》）", size=Pt(12))
    _para(doc, f"生成日期：{time.strftime('%Y年%m月%d日')}", indent=False, size=Pt(12))
    doc.save(str(path))
    return path
