"""整改台账 tab: the ledger (ledger.items) filtered by notice, kind, status and words, sorted,
counted by status, exported with ledger.export.

Example:
    >>> rows = table_rows(filter_items(items, notice="__all__", kind="反馈问题", status="已完成"))
"""
import tempfile
import time
from pathlib import Path

from frontends.web.chat import error_text
from frontends.web.render import chips_html, esc, message_html
from ledger.export import ledger_summary, write_csv, write_xlsx
from ledger.items import ledger_for_index

ALL = "__all__"
HEADERS = ["通报", "序号", "问题", "章节", "类型", "整改状态", "措施数", "主要措施"]
SORTS = ["通报原文顺序", "按整改状态", "按类型", "按措施数（多→少）"]
NO_STATUS = "未注明"


def ledger_items(holder):
    return holder.derived("ledger", ledger_for_index)


def filter_items(items, notice=ALL, kind=ALL, status=ALL, words="", sort=SORTS[0]):
    """Items matching every filter (ALL = any), in the chosen order."""
    words = (words or "").strip()
    out = [it for it in items
           if notice in (ALL, None, "", it.notice_id) and kind in (ALL, None, "", it.kind)
           and status in (ALL, None, "", it.status or NO_STATUS)
           and (not words or all(w in it.problem + "".join(m.quote for m in it.measures) for w in words.split()))]
    if sort == SORTS[1]:
        out.sort(key=lambda it: (it.status or "~", it.id))
    elif sort == SORTS[2]:
        out.sort(key=lambda it: (it.kind, it.id))
    elif sort == SORTS[3]:
        out.sort(key=lambda it: (-len(it.measures), it.id))
    return out


def notice_label(title: str, issuer: str = "", date: str = "") -> str:
    """A short name for a notice in a table column: issuer and year, else the start of the title."""
    if issuer:
        return f"{issuer}（{date[:4]}）" if date[:4] else issuer
    return title[:18] + ("…" if len(title) > 18 else "")


def table_rows(items, index) -> list[list]:
    """Display rows (the Dataframe escapes its cells; no HTML here). 序号 is the item's number in its notice."""
    rows = []
    for it in items:
        rec = index.records.get(it.notice_id) if index is not None else None
        label = notice_label(it.title, rec.notice.issuer, rec.notice.date) if rec else notice_label(it.title)
        first = it.measures[0].quote if it.measures else ""
        rows.append([label, it.id.rsplit(":", 1)[-1], it.problem, it.section.split(" > ")[-1][:40], it.kind,
                     it.status or NO_STATUS, len(it.measures), first[:80] + ("…" if len(first) > 80 else "")])
    return rows


def choices(items, index):
    notices = [("全部通报", ALL)] + sorted({(r.notice.title, nid) for nid, r in index.records.items()}) \
        if index is not None else [("全部通报", ALL)]
    kinds = [("全部类型", ALL)] + [(k, k) for k in sorted({it.kind for it in items})]
    statuses = [("全部状态", ALL)] + [(s, s) for s in sorted({it.status or NO_STATUS for it in items})]
    return notices, kinds, statuses


def detail_html(it) -> str:
    """One item: problem, where it is, status and every measure verbatim."""
    ms = "".join(f"<li>{esc(m.marker)}{esc(m.quote)}</li>" for m in it.measures) or "<li>（通报未列出措施）</li>"
    figs = f'<div class="cite-doc">成效数据：{esc("、".join(it.figures))}</div>' if it.figures else ""
    return (f'<div class="cite-card"><div class="cite-head">{esc(it.problem)}</div>'
            f'<div class="cite-meta">《{esc(it.title)}》 · {esc(it.kind)} · {esc(it.status or NO_STATUS)} · '
            f'{esc(it.id)}</div>'
            f'<div class="cite-section">{esc(it.section)}</div><ol class="sim-measures">{ms}</ol>{figs}</div>')


def build(ctx):
    gr, holder = ctx.gr, ctx.holder
    with gr.Row():
        notice = gr.Dropdown([("全部通报", ALL)], value=ALL, label="通报", scale=3, elem_id="nq-l-notice")
        kind = gr.Dropdown([("全部类型", ALL)], value=ALL, label="类型", scale=1, elem_id="nq-l-kind")
        status = gr.Dropdown([("全部状态", ALL)], value=ALL, label="整改状态", scale=1, elem_id="nq-l-status")
        words = gr.Textbox(label="关键词", placeholder="问题或措施中的词语", scale=2, elem_id="nq-l-words")
        sort = gr.Dropdown(SORTS, value=SORTS[0], label="排序", scale=1, elem_id="nq-l-sort")
    counts = gr.HTML("", elem_id="nq-l-counts")
    table = gr.Dataframe(headers=HEADERS, value=[], interactive=False, wrap=True, max_height=520,
                         column_widths=["13%", "6%", "27%", "13%", "8%", "9%", "6%", "18%"],
                         elem_id="nq-l-table", buttons=["fullscreen"])
    with gr.Row():
        to_xlsx = gr.Button("导出 Excel（当前筛选）", size="sm", elem_id="nq-l-xlsx")
        to_csv = gr.Button("导出 CSV（当前筛选）", size="sm", elem_id="nq-l-csv")
    file = gr.File(label="导出文件", visible=False, elem_id="nq-l-file")
    msg = gr.HTML("")
    detail = gr.HTML('<div class="cite-empty">点击表格中的一行，查看该事项的全部整改措施原文。</div>', elem_id="nq-l-detail")
    filters = [notice, kind, status, words, sort]

    def show(n, k, s, w, o):
        try:
            items = ledger_items(holder)
            shown = filter_items(items, n, k, s, w, o)
        except Exception as err:  # noqa: BLE001
            return message_html(error_text(err, holder), "error"), gr.skip()
        by_status: dict[str, int] = {}
        for it in shown:
            by_status[it.status or NO_STATUS] = by_status.get(it.status or NO_STATUS, 0) + 1
        head = chips_html(by_status, "筛选结果") + \
            f'<div class="cite-doc">全部台账 {len(items)} 条事项，{len(holder.get().records)} 篇通报</div>'
        return head, table_rows(shown, holder.peek()[0])

    for comp in (notice, kind, status, sort):
        comp.input(show, filters, [counts, table])
    words.submit(show, filters, [counts, table])
    words.blur(show, filters, [counts, table])

    def pick(evt: gr.SelectData):
        row = evt.row_value or []
        index = holder.peek()[0]
        item = next((it for it in ledger_items(holder) if len(row) > 2 and it.id.endswith(":" + str(row[1]))
                     and it.problem == row[2]), None) if index is not None else None
        return detail_html(item) if item else gr.skip()

    table.select(pick, None, [detail])

    def export(fmt, n, k, s, w, o):
        try:
            items = ledger_items(holder)
            shown = filter_items(items, n, k, s, w, o)
            if not shown:
                return gr.update(visible=False), message_html("当前筛选结果为空，没有可导出的事项。", "error")
            folder = Path(tempfile.mkdtemp(prefix="noticeqa-ledger-"))
            path = folder / f"整改台账-{time.strftime('%Y%m%d-%H%M%S')}.{fmt}"
            if fmt == "xlsx":
                write_xlsx(str(path), shown, ledger_summary(holder.get(), shown, items))
            else:
                write_csv(str(path), shown)
        except Exception as err:  # noqa: BLE001
            return gr.update(visible=False), message_html(error_text(err, holder), "error")
        return gr.update(value=str(path), visible=True), message_html(f"已导出 {len(shown)} 条事项。", "ok")

    to_xlsx.click(lambda *a: export("xlsx", *a), filters, [file, msg])
    to_csv.click(lambda *a: export("csv", *a), filters, [file, msg])

    def refresh(n, k, s, w, o):
        index, _ = holder.peek()
        try:
            items = ledger_items(holder) if index is not None else []
        except Exception:  # noqa: BLE001 - the status line says why there is no index
            items = []
        nc, kc, sc = choices(items, index)
        keep = [v if v in {x for _, x in c} else ALL for v, c in ((n, nc), (k, kc), (s, sc))]
        counts_html, rows = show(*keep, w, o) if index is not None else ("", [])
        return (gr.update(choices=nc, value=keep[0]), gr.update(choices=kc, value=keep[1]),
                gr.update(choices=sc, value=keep[2]), counts_html, rows)

    ctx.add_refresh(filters, [notice, kind, status, counts, table], refresh)
