"""Ledger export: the 整改台账 layout staff keep, the internal fields apart, formula-like cells kept as text
(OWASP CSV injection), and a filtered export's summary covering only the exported notices."""
from __future__ import annotations

import csv
import zipfile

import pytest

from ledger.export import COLUMNS, ledger_summary, write_csv, write_xlsx
from ledger.items import LedgerItem, Measure

HOSTILE = ['=HYPERLINK("http://example.invalid","点此")', "+1+2", "-2+3", "@SUM(A1:A2)"]


def _item(n: int, problem: str, measure: str, doc: str = "=evil.txt", notice_id: str = "a") -> LedgerItem:
    return LedgerItem(f"{notice_id}:{n}", doc, notice_id, "某局关于巡察整改进展情况的通报", "一、整改情况", problem, 0,
                      len(problem), "反馈问题", "已完成", (Measure(measure, 0, len(measure), "一是"),), ())


def _items() -> list[LedgerItem]:
    return [_item(i, p, p + "，开展专项整治。") for i, p in enumerate(HOSTILE, 1)]


def test_xlsx_stores_formula_like_cells_as_text(tmp_path):
    path = tmp_path / "l.xlsx"
    write_xlsx(str(path), _items(), {"notices": []})
    from openpyxl import load_workbook
    wb = load_workbook(path)
    ws = wb["整改台账"]
    assert [c.value for c in ws[1]] == COLUMNS
    problems = [ws.cell(row=r, column=2) for r in range(2, 6)]
    assert [c.value for c in problems] == HOSTILE                 # the text itself, unchanged
    assert all(c.data_type == "s" for c in problems)              # never a formula
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode("utf-8"), name
    internal = wb["内部字段"]
    assert internal.cell(row=2, column=3).value == "=evil.txt" and internal.cell(row=2, column=3).data_type == "s"


def test_csv_prefixes_formula_like_cells(tmp_path):
    path = tmp_path / "l.csv"
    write_csv(str(path), _items())
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:len(COLUMNS)] == COLUMNS
    cells = [c for row in rows[1:] for c in row]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells), cells
    assert rows[1][1] == "'" + HOSTILE[0] and "'=evil.txt" in rows[1]


def test_ledger_sheet_has_the_columns_staff_keep_and_blank_fill_ins(tmp_path):
    path = tmp_path / "l.xlsx"
    item = _item(1, "理论学习不够深入", "健全学习制度", doc="a.txt")
    write_xlsx(str(path), [item], {"notices": []})
    from openpyxl import load_workbook
    row = [c.value for c in load_workbook(path)["整改台账"][2]]
    assert row[:3] == [1, "理论学习不够深入", "一是健全学习制度"]
    assert row[5:8] == ["已完成", item.title, item.section] and row[8] in ("", None) and row[9] in ("", None)
    assert "a:1" not in row and "a.txt" not in row                # internal fields are on their own sheet


@pytest.mark.integration
def test_a_filtered_export_summarises_only_the_exported_notices(index):
    from ledger.items import ledger_for_index
    full = ledger_for_index(index)
    nid = next(it.notice_id for it in full if it.doc.startswith("tj-dongli"))
    mine = [it for it in full if it.notice_id == nid]
    summary = ledger_summary(index, mine, full)
    assert [n["doc"] for n in summary["notices"]] == [mine[0].doc]
    row = next(s for s in summary["notices"][0]["stated"] if s["kind"] == "举一反三")
    assert row["match"] is False                                   # the whole notice: its real mismatch stays
    part = mine[:3]
    summary = ledger_summary(index, part, full)
    assert summary["notices"][0]["complete"] is False
    assert all(s["match"] is None for s in summary["notices"][0]["stated"])   # a partial export is no mismatch


def test_ledger_json_items_carry_the_stated_owner_and_deadline():
    from dataclasses import replace

    from ledger.export import item_to_json
    from ledger.items import extract_ledger
    from retrieval.load import Notice
    from retrieval.parse import parse_sections
    text = "一、巡察反馈问题整改情况\n问题1:党建工作责任落实不到位。\n整改情况:修订党建工作责任清单。\n完成情况:已完成\n"
    notice = Notice(id="n", doc="n.txt", title="某局党组关于巡察整改进展情况的通报", issuer="某局", date="", doc_number="",
                    index_number="", text=text, fmt="txt", encoding="utf-8")
    item = extract_ledger(notice, parse_sections(text, "n"))[0]
    assert item_to_json(item)["owner"] == "" and item_to_json(item)["deadline"] == ""   # not stated: empty
    stated = item_to_json(replace(item, owner="办公室", deadline="2024年12月底"))
    assert stated["owner"] == "办公室" and stated["deadline"] == "2024年12月底"
