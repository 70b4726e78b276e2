"""Ledger output for `python app.py ledger`: JSON (CONTRACT.md), CSV (UTF-8 with BOM), .xlsx, or a table.

The summary puts the totals a notice states beside the counts extracted, so a mismatch
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
COLUMNS = ["编号", "通报", "通报标题", "章节", "问题", "类型", "整改状态", "措施数", "整改措施", "成效数据", "问题位置"]


def item_to_json(it: LedgerItem) -> dict:
    return {"id": it.id, "doc": it.doc, "title": it.title, "section": it.section, "problem": it.problem,
            "problem_start": it.problem_start, "problem_end": it.problem_end, "kind": it.kind, "status": it.status,
            "measures": [{"quote": m.quote, "start": m.start, "end": m.end, "marker": m.marker} for m in it.measures],
            "figures": list(it.figures)}


def ledger_summary(index, items: list[LedgerItem]) -> dict:
    """Counts per notice, kind and status, and each stated total beside the extracted count."""
    notices = []
    for nid in sorted(index.records):
        notice = index.records[nid].notice
        mine = [it for it in items if it.notice_id == nid]
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
                           "match": found == st.total if found is not None else None,
                           "stated_statuses": dict(st.statuses), "extracted_statuses": dict(got),
                           "quote": st.quote, "start": st.start, "end": st.end})
        notices.append({"doc": notice.doc, "title": notice.title, "items": len(mine), "measures": n_measures,
                        "by_kind": dict(kinds), "by_status": dict(Counter(it.status or NO_STATUS for it in mine)),
                        "stated": stated})
    return {"items": len(items), "by_status": dict(Counter(it.status or NO_STATUS for it in items)),
            "by_kind": dict(Counter(it.kind for it in items)), "notices": notices}


def _row(it: LedgerItem) -> list:
    measures = "\n".join(f"{m.marker or '·'}{m.quote}" for m in it.measures)
    return [it.id, it.doc, it.title, it.section, it.problem, it.kind, it.status or NO_STATUS, len(it.measures),
            measures, "、".join(it.figures), f"{it.problem_start}-{it.problem_end}"]


def _open_for_writing(path: str) -> Path:
    p = Path(path)
    if p.is_dir() or not p.parent.is_dir():
        raise InputError(f"cannot write {path}: the folder does not exist or the path is a folder",
                         f"无法写入 {path}：所在文件夹不存在或该路径是文件夹。")
    return p


def write_csv(path: str, items: list[LedgerItem]) -> None:
    """UTF-8 with BOM so that Excel shows the Chinese text correctly."""
    p = _open_for_writing(path)
    try:
        with p.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(COLUMNS)
            w.writerows(_row(it) for it in items)
    except OSError as exc:
        raise InputError(f"cannot write {path} ({exc.strerror})", f"无法写入 {path}，请检查权限。") from None


def write_xlsx(path: str, items: list[LedgerItem], summary: dict) -> None:
    """One row per item, frozen header, auto filter; a second sheet 汇总 with stated vs extracted counts."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    p = _open_for_writing(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append(COLUMNS)
    for it in items:
        ws.append(_row(it))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = {"A": 14, "B": 24, "C": 30, "D": 40, "E": 50, "F": 14, "G": 14, "H": 8, "I": 90, "J": 30, "K": 12}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ss = wb.create_sheet("汇总")
    ss.append(["通报", "事项数", "措施数", "类别", "通报所述数量", "提取数量", "是否一致", "通报所述状态", "提取状态", "原文"])
    for n in summary["notices"]:
        ss.append([n["doc"], n["items"], n["measures"], "", "", "", "", "", _fmt(n["by_status"]), ""])
        for st in n["stated"]:
            ss.append(["", "", "", st["category"], st["stated"], st["extracted"], _yes(st["match"]),
                       _fmt(st["stated_statuses"]), _fmt(st["extracted_statuses"]), st["quote"]])
    for cell in ss[1]:
        cell.font = Font(bold=True)
    ss.freeze_panes = "A2"
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
