"""Figures inside a table read as text: a .docx table is read a row per line, its cells joined by " | "
(retrieval/load/docx_text.py), and a cell often holds a bare number whose unit and meaning stand in the header row above
(整改措施(条) | 3). For finding the asked figure, each such cell is read with its header (整改措施(条)3条), and the 序号 cell
is no count.

Example:
    >>> t = "序号 | 问题 | 整改措施(条) | 完成情况\\n2 | 资金管理不规范 | 3 | 正在整改"
    >>> row_figures(t, t.index("2 |"), len(t))
    ' | 资金管理不规范 | 整改措施(条)3条 | 正在整改'
    >>> t = "序号 | 单位 | 整改资金（万元） | 完成率\\n1 | 市水务集团 | 120.5 | 85"
    >>> row_figures(t, t.index("1 |"), len(t))
    ' | 市水务集团 | 整改资金（万元）120.5万元 | 完成率85%'
"""
from __future__ import annotations

import re

from genre.figures import noun_units, table_cells
from retrieval.index.opened import Index

CELL = re.compile(r"[^|\n]+")
BARE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*")


def _header(text: str, line_start: int) -> str | None:
    """The first line of the block of table rows holding the line that starts at LINE_START (None when it is that line)."""
    start = line_start
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if "|" not in text[above:start - 1]:
            break
        start = above
    return None if start == line_start else text[start:text.find("\n", start)]


def row_figures(text: str, start: int, end: int) -> str:
    """TEXT[start:end] (a clause) with each bare number cell of the table row it lies in read with its header cell
    (整改措施(条)3条; a rate column: 完成率(%)85%) and a 序号 cell left out; the clause as it is when it is no table row,
    save a figure read with the unit of its counted noun (体检人数达1000万 -> 1000万人)."""
    clause = noun_units(text[start:end])   # 体检人数达1000万: 1000万人 (genre figures.toml [noun_unit])
    if "|" not in clause:
        return clause
    clause = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    header = _header(text, line_start)
    if header is None:
        return clause
    heads = [h.strip() for h in header.split("|")]
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    cells = table_cells()
    out, last = [], start
    for i, cell in enumerate(CELL.finditer(text, line_start, line_end)):
        bare = BARE.fullmatch(cell.group())
        if not bare or i >= len(heads) or not heads[i] or cell.start() < start or cell.end() > end:
            continue
        head = heads[i]
        unit = cells.unit.search(head)
        unit = unit.group("unit") if unit else "%" if cells.rate.search(head) else ""
        if cells.ordinal.search(head):
            said = ""
        elif unit:
            said = f"{head}{bare.group(1)}{unit}"
        else:
            continue
        out += [text[last:cell.start() + bare.start(1)], said]
        last = cell.start() + bare.end(1)
    return "".join(out) + text[last:end]


def table_note(text: str, spans: list[tuple[int, int]]) -> str:
    """For quoted SPANS that are table rows: what their bare number cells are, by their header cells ("" when none is
    a row, or no header names a unit): （表中：整改措施(条)为2，整改资金（万元）为56.8。）

    >>> t = "序号 | 问题 | 整改措施(条) | 完成情况\\n2 | 资金管理不规范 | 3 | 正在整改"
    >>> table_note(t, [(t.index("2 |"), len(t))])
    '（表中：整改措施(条)为3。）'
    """
    said = []
    cells = table_cells()
    for start, end in spans:
        if "|" not in text[start:end]:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        header = _header(text, line_start)
        if header is None:
            continue
        heads = [h.strip() for h in header.split("|")]
        for i, cell in enumerate(CELL.finditer(text, line_start, end)):
            bare = BARE.fullmatch(cell.group())
            if (bare and i < len(heads) and cell.start() >= start and not cells.ordinal.search(heads[i])
                    and (cells.unit.search(heads[i]) or cells.rate.search(heads[i]))):
                said.append(f"{heads[i]}为{bare.group(1)}")
    return f"（表中：{'，'.join(dict.fromkeys(said))}。）" if said else ""


def cells_read(index: Index, cites) -> list[str]:
    """The quotes of CITES each read with its table row's header cells (row_figures: 251023.54 under 问题资金（万元） read as
    251023.54万元), for checks that look for a figure written with its unit; a quote that is no table row as it is."""
    texts = [index.records[c.notice_id].notice.text if c.notice_id in index.records else "" for c in cites]
    return [row_figures(t, c.start, c.end) if t[c.start:c.end] == c.quote else c.quote for t, c in zip(texts, cites)]
