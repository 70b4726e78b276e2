"""A Word file's text as it prints: body paragraphs and tables in document order, list numbers written out.

python-docx's `document.paragraphs` holds only the paragraphs outside tables, and a paragraph's
text without the number Word draws before it. Rectification ledgers and task breakdowns
(整改台账, 重点工作任务分解表) are tables, and offices number headings with Word's lists
(一、 （一） 1. drawn from numbering.xml), so both are read here:

- a table row is one line, its cells joined by CELL_SEPARATOR (a merged cell counted once), so a
  problem and its measures, owner and deadline stay together as they do in the ledger;
- a numbered paragraph (its own numPr, or its style's) gets the label its list level draws: the
  level's `lvlText` ("%1、", "（%1）", "%1.") with each %n counted in the format of level n
  (chineseCounting 一二三, decimal, decimalEnclosedCircle ①, ideographTraditional 甲乙丙 …).
  Bullets draw no text.

Example:
    >>> docx_text(Path("plan.docx").read_bytes()).splitlines()[:2]
    ['一、总体要求', '序号 | 工作任务 | 牵头单位 | 完成时限']
"""
from __future__ import annotations

import io
from dataclasses import dataclass

CELL_SEPARATOR = " | "
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHINESE_DIGITS = "零一二三四五六七八九"
STEMS = "甲乙丙丁戊己庚辛壬癸"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def docx_text(data: bytes) -> str:
    """Text of the Word file in DATA (see module doc)."""
    import docx  # python-docx, imported when a Word file arrives (start-up time)
    from docx.table import Table
    document = docx.Document(io.BytesIO(data))
    numbers = _Numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += _table_lines(block)
        else:
            lines.append(numbers.label(block) + block.text)
    return "\n".join(lines)


def _table_lines(table) -> list[str]:
    """One line per row, cells joined (a cell merged across columns counted once; nested tables inline)."""
    lines = []
    for row in table.rows:
        seen, cells = set(), []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(t for t in (p.text.strip() for p in cell.paragraphs) if t)
            nested = [line for inner in cell.tables for line in _table_lines(inner)]
            cells.append(" ".join([text, *nested]).strip())
        if any(cells):
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


class _Numbering:
    """The list levels of numbering.xml and the running count of each list (per numId, per level)."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):   # no numbering part: nothing is numbered
            return
        abstract = {a.get(W + "abstractNumId"): {int(lv.get(W + "ilvl")): _level(lv) for lv in a.iter(W + "lvl")}
                    for a in root.iter(W + "abstractNum")}
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            levels = dict(abstract.get(ref.get(W + "val") if ref is not None else "", {}))
            for override in num.iter(W + "lvlOverride"):
                start = override.find(W + "startOverride")
                ilvl = int(override.get(W + "ilvl"))
                if start is not None and ilvl in levels:
                    old = levels[ilvl]
                    levels[ilvl] = _Level(old.fmt, old.text, int(start.get(W + "val")))
            self.levels[num.get(W + "numId")] = levels

    def label(self, paragraph) -> str:
        """The number Word draws before PARAGRAPH ('' when it is not in a list or is a bullet)."""
        num_id, ilvl = _num_pr(paragraph)
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        text = levels[ilvl].text
        for k in range(ilvl + 1):
            if k in levels:
                value = counts.get(k, levels[k].start)
                text = text.replace(f"%{k + 1}", _counted(value, levels[k].fmt))
        return "" if levels[ilvl].fmt in ("bullet", "none") else text


def _level(lvl) -> _Level:
    fmt, text, start = lvl.find(W + "numFmt"), lvl.find(W + "lvlText"), lvl.find(W + "start")
    return _Level(fmt.get(W + "val") if fmt is not None else "decimal",
                  text.get(W + "val") if text is not None else "",
                  int(start.get(W + "val")) if start is not None else 1)


def _num_pr(paragraph) -> tuple[str | None, int]:
    """(numId, level) from the paragraph's own properties, else from its style chain."""
    holders = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        holders.append(style.element.pPr)
        style = style.base_style
    for p_pr in holders:
        num_pr = p_pr.find(W + "numPr") if p_pr is not None else None
        if num_pr is not None:
            num_id, ilvl = num_pr.find(W + "numId"), num_pr.find(W + "ilvl")
            return (num_id.get(W + "val") if num_id is not None else None,
                    int(ilvl.get(W + "val")) if ilvl is not None else 0)
    return None, 0


def _counted(n: int, fmt: str) -> str:
    """N written in the list format FMT: _counted(12, 'chineseCounting') -> '十二'."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "japaneseCounting",
               "chineseLegalSimplified", "ideographDigital"):
        return _chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(CIRCLED):
        return CIRCLED[n - 1]
    if fmt in ("ideographTraditional", "ideographZodiac") and 1 <= n <= len(STEMS):
        return STEMS[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and n >= 1:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _chinese(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (list numbers stay small)."""
    if n < 10:
        return CHINESE_DIGITS[n]
    if n < 20:
        return "十" + (CHINESE_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        return CHINESE_DIGITS[n // 10] + "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    return CHINESE_DIGITS[n // 100] + "百" + ("" if not rest else ("零" + _chinese(rest) if rest < 10 else
                                                                  ("一" + _chinese(rest) if rest < 20 else _chinese(rest))))


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out
