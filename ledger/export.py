"""Ledger output for `python app.py ledger`: JSON (CONTRACT.md), CSV (UTF-8 with BOM), .xlsx, or a table.

The 整改台账 sheet has the columns staff keep (序号, 问题, 整改措施, 责任单位, 整改时限, 完成情况,
来源通报, 章节, blank 责任人 and 备注); ids, file names and offsets go to a separate sheet. Cells that a
spreadsheet would read as a formula (=, +, -, @) are stored as text. The summary puts the totals a notice states beside the counts extracted, so a mismatch
(e.g. 59 举一反三 stated, 58 listed) is visible.

Example:
    $ python app.py ledger --xlsx 台账.xlsx
    已写出 280 条整改事项到 台账.xlsx
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from ledger.items import LedgerItem, stated_counts
from retrieval.errors import InputError

NO_STATUS = "未注明"
# the columns of a 整改台账 as staff keep one; 责任人 and 备注 are left blank to fill in
COLUMNS = ["序号", "问题", "整改措施", "责任单位", "整改时限", "完成情况", "来源通报", "章节", "责任人", "备注"]
INTERNAL_COLUMNS = ["序号", "编号", "文件名", "类型", "措施数", "成效数据", "问题起止位置"]
# OWASP CSV injection: a cell starting with one of these is read as a formula by spreadsheet programs
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def item_to_json(it: LedgerItem) -> dict:
    return {"id": it.id, "doc": it.doc, "title": it.title, "section": it.section, "problem": it.problem,
            "problem_start": it.problem_start, "problem_end": it.problem_end, "kind": it.kind, "status": it.status,
            "measures": [{"quote": m.quote, "start": m.start, "end": m.end, "marker": m.marker} for m in it.measures],
            "figures": list(it.figures), "owner": it.owner, "deadline": it.deadline}   # 责任单位 / 整改时限 as stated


def ledger_summary(index, items: list[LedgerItem], full: list[LedgerItem] | None = None) -> dict:
    """Counts per notice, kind and status, and each stated total beside the extracted count.

    `full` is the whole ledger when `items` is a filtered part of it: then only the notices with an
    exported item are summarised, and a notice's stated totals are compared only when all of its items
    were exported (a partial export is no mismatch).
    """
    exported = {it.notice_id for it in items}
    ids = sorted(index.records) if full is None else [nid for nid in sorted(index.records) if nid in exported]
    notices = []
    for nid in ids:
        notice = index.records[nid].notice
        mine = [it for it in items if it.notice_id == nid]
        whole = full is None or len(mine) == sum(it.notice_id == nid for it in full)
        kinds = Counter(it.kind for it in mine)
        n_measures = sum(len(it.measures) for it in mine)
        stated = []
        for st in stated_counts(notice.text, [(m.start, m.end) for it in mine for m in it.measures]):
            if st.kind:
                found = kinds.get(st.kind, 0)
                got = Counter(it.status or NO_STATUS for it in mine if it.kind == st.kind)
            else:  # a measures total (整改措施) or a category the ledger does not list
                found = n_measures if "措施" in st.category else None
                got = Counter()
            stated.append({"category": st.category, "kind": st.kind, "stated": st.total, "extracted": found,
                           "match": found == st.total if found is not None and whole else None,
                           "stated_statuses": dict(st.statuses), "extracted_statuses": dict(got),
                           "quote": st.quote, "start": st.start, "end": st.end})
        notices.append({"doc": notice.doc, "title": notice.title, "items": len(mine), "measures": n_measures,
                        "by_kind": dict(kinds), "by_status": dict(Counter(it.status or NO_STATUS for it in mine)),
                        "stated": stated, "complete": whole})
    return {"items": len(items), "by_status": dict(Counter(it.status or NO_STATUS for it in items)),
            "by_kind": dict(Counter(it.kind for it in items)), "notices": notices}


def optional_field(it: LedgerItem, *names: str) -> str:
    """An optional field of an item (责任单位, 整改时限) when the notice states it, else ''."""
    for name in names:
        value = getattr(it, name, "")
        if value:
            return str(value)
    return ""


def measures_text(it: LedgerItem) -> str:
    return "\n".join(f"{m.marker or '·'}{m.quote}" for m in it.measures)


def ledger_row(n: int, it: LedgerItem) -> list:
    """One row of the 整改台账 sheet (COLUMNS)."""
    return [n, it.problem, measures_text(it), optional_field(it, "owner", "responsible", "unit"),
            optional_field(it, "deadline", "due", "time_limit"), it.status or NO_STATUS, it.title, it.section, "", ""]


def internal_row(n: int, it: LedgerItem) -> list:
    """One row of the 内部字段 sheet (INTERNAL_COLUMNS): ids, file name and offsets for tracing back."""
    return [n, it.id, it.doc, it.kind, len(it.measures), "、".join(it.figures), f"{it.problem_start}-{it.problem_end}"]


def as_text(value):
    """A CSV cell that a spreadsheet would read as a formula, prefixed with ' (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _open_for_writing(path: str) -> Path:
    p = Path(path)
    if p.is_dir() or not p.parent.is_dir():
        raise InputError(f"cannot write {path}: the folder does not exist or the path is a folder",
                         f"无法写入 {path}：所在文件夹不存在或该路径是文件夹。")
    return p


def write_csv(path: str, items: list[LedgerItem]) -> None:
    """UTF-8 with BOM so that Excel shows the Chinese text correctly; formula-like cells kept as text."""
    p = _open_for_writing(path)
    try:
        with p.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(COLUMNS + INTERNAL_COLUMNS[1:])
            w.writerows([as_text(v) for v in ledger_row(n, it) + internal_row(n, it)[1:]]
                        for n, it in enumerate(items, 1))
    except OSError as exc:
        raise InputError(f"cannot write {path} ({exc.strerror})", f"无法写入 {path}，请检查权限。") from None


def _append_text(ws, values: list) -> None:
    """Append a row; every string is stored as a string (never a formula), shown as typed text."""
    ws.append(values)
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if cell.value.startswith(FORMULA_START):
                cell.quotePrefix = True   # Excel keeps it text even when the cell is edited


def _sheet(wb, title: str, header: list, rows, widths: list[int], first: bool = False):
    from openpyxl.styles import Alignment, Font
    ws = wb.active if first else wb.create_sheet(title)
    ws.title = title
    _append_text(ws, header)
    for row in rows:
        _append_text(ws, row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    return ws


def write_xlsx(path: str, items: list[LedgerItem], summary: dict) -> None:
    """Sheet 整改台账 laid out as staff keep one (序号 … 备注), sheet 汇总 with stated vs extracted counts,
    sheet 内部字段 with ids, file names and offsets. No cell is ever stored as a formula."""
    from openpyxl import Workbook
    p = _open_for_writing(path)
    wb = Workbook()
    _sheet(wb, "整改台账", COLUMNS, (ledger_row(n, it) for n, it in enumerate(items, 1)),
           [6, 44, 80, 16, 12, 12, 30, 36, 10, 16], first=True)
    rows = []
    for n in summary["notices"]:
        partial = "" if n.get("complete", True) else "（只导出了部分事项，不比较）"
        rows.append([n["title"], n["items"], n["measures"], "", "", "", partial, "", _fmt(n["by_status"]), ""])
        for st in n["stated"]:
            rows.append(["", "", "", st["category"], st["stated"], st["extracted"], _yes(st["match"]),
                         _fmt(st["stated_statuses"]), _fmt(st["extracted_statuses"]), st["quote"]])
    _sheet(wb, "汇总", ["通报", "事项数", "措施数", "类别", "通报所述数量", "提取数量", "是否一致", "通报所述状态",
                      "提取状态", "原文"], rows, [40, 8, 8, 16, 12, 10, 12, 24, 24, 60])
    _sheet(wb, "内部字段", INTERNAL_COLUMNS, (internal_row(n, it) for n, it in enumerate(items, 1)),
           [6, 30, 40, 14, 8, 30, 14])
    try:
        wb.save(p)
    except OSError as exc:
        raise InputError(f"cannot write {path} ({exc.strerror})", f"无法写入 {path}，请检查权限。") from None


def _fmt(d: dict) -> str:
    return "，".join(f"{k}{v}" for k, v in d.items())


def _yes(match: bool | None) -> str:
    return {True: "一致", False: "不一致", None: "—"}[match]


def print_table(summary: dict) -> None:
    """Readable summary: per notice, items by kind and status, stated vs extracted counts."""
    print(f"整改台账：共 {summary['items']} 条事项（{_fmt(summary['by_status'])}）")
    for n in summary["notices"]:
        print(f"\n《{n['title']}》（{n['doc']}）")
        print(f"  事项 {n['items']} 条，措施 {n['measures']} 条；类型：{_fmt(n['by_kind'])}；状态：{_fmt(n['by_status'])}")
        for st in n["stated"]:
            flag = {True: "✓", False: "✗ 不一致", None: ""}[st["match"]]
            got = "" if st["extracted"] is None else f"，提取 {st['extracted']}"
            states = f"（{_fmt(st['stated_statuses'])}）" if st["stated_statuses"] else ""
            print(f"    通报所述 {st['category']} {st['stated']}{states}{got} {flag}".rstrip())
    print("\n导出明细：python app.py ledger --xlsx 台账.xlsx（或 --csv / --json）")
