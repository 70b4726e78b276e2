"""整改措施起草 tab: similar ledger items with their measures, a cited draft (ledger.draft), .docx export.

Example:
    >>> d = draft_to_json(draft_measures(index, "干部队伍建设有差距"))
    >>> path = write_docx(d, Path("/tmp/草稿.docx"), text="一是……[1]。")
"""
import re
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from frontends.web.chat import error_text
from frontends.web.official_docx import write_docx
from frontends.web.render import citation_card_html, esc, message_html
from ledger.draft import draft_to_json
from ledger.draft_llm import draft_with_llm

EXAMPLES = ["干部队伍建设有差距", "民主生活会批评不痛不痒", "意识形态工作责任制落实不够到位", "形式主义官僚主义问题"]
MEASURES_SHOWN = 6
# copy the (edited) draft without its [n] markers; the message under the form says it was copied
COPY_JS = """(t) => {
  const plain = (t || '').replace(/\\[\\d+\\]/g, '');
  if (navigator.clipboard) navigator.clipboard.writeText(plain);
  return '<div class="nq-msg nq-msg-ok">已复制草稿（不含 [n] 标记），可粘贴到文稿中。</div>';
}"""
INTRO = '<div class="cite-empty">输入问题描述后点击“起草整改措施”，这里列出通报中最相似的整改事项及其措施原文。</div>'


def _doc_index(index) -> dict:
    return {rec.notice.doc: nid for nid, rec in index.records.items()}


def citations_html(d: dict, index) -> str:
    """The draft's citations as cards (quote highlighted inside its section)."""
    if not d["citations"]:
        return '<div class="cite-empty">草稿没有引用。</div>'
    by_doc = _doc_index(index)
    cards = []
    for c in d["citations"]:
        cite = SimpleNamespace(**c, notice_id=by_doc.get(c["doc"], ""))
        cards.append(citation_card_html(cite, index, f"draft-cite-{int(c['n'])}"))
    return "".join(cards)


def similar_html(d: dict) -> str:
    """The similar items: problem, notice, section, kind/status and their verbatim measures."""
    out = []
    for n, e in enumerate(d["similar"], 1):
        status = f' · <span class="nq-status-tag">{esc(e["status"])}</span>' if e.get("status") else ""
        ms = e["measures"]
        items = "".join(f"<li>{esc(m['quote'][:240])}{'…' if len(m['quote']) > 240 else ''}</li>"
                        for m in ms[:MEASURES_SHOWN])
        more = f'<div class="cite-doc">……另有 {len(ms) - MEASURES_SHOWN} 条措施</div>' if len(ms) > MEASURES_SHOWN else ""
        out.append(f'<details class="sim-card"{" open" if n == 1 else ""}><summary><span class="cite-n">{n}.</span>'
                   f'{esc(e["problem"])}</summary>'
                   f'<div class="cite-meta">《{esc(e.get("title", ""))}》 · {esc(e.get("kind", ""))}{status}</div>'
                   f'<div class="cite-section" title="{esc(e["section"])}">{esc(e["section"][:120])}</div>'
                   f'<ol class="sim-measures">{items}</ol>{more}</details>')
    return "".join(out) or '<div class="cite-empty">没有找到相似的整改事项。</div>'


def build(ctx):
    gr, holder = ctx.gr, ctx.holder
    last = gr.State(None)
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=480):
            problem = gr.Textbox(label="问题描述", lines=3, max_lines=8, elem_id="nq-draft-problem",
                                 placeholder="例如：干部队伍建设有差距")
            with gr.Row():
                go = gr.Button("起草整改措施", variant="primary", elem_id="nq-draft-go")
                export = gr.Button("导出公文格式 Word（.docx）", elem_id="nq-draft-export")
            gr.Examples(EXAMPLES, inputs=[problem], label="示例（点击填入）")
            msg = gr.HTML("", elem_id="nq-draft-msg")
            text = gr.Textbox(label="整改措施草稿（可直接修改；〔〕处请按实际情况填写，[n] 为参考的原文）", lines=10,
                              max_lines=24, interactive=True, elem_id="nq-draft-text")
            with gr.Row():
                copy = gr.Button("复制（不含 [n] 标记）", size="sm", elem_id="nq-draft-copy")
                plain = gr.Button("去掉 [n] 标记", size="sm", elem_id="nq-draft-plain")
            file = gr.File(label="导出文件", visible=False, elem_id="nq-draft-file")
            gr.HTML('<div class="nq-panel-title">草稿引用的原文</div>')
            cites = gr.HTML('<div class="cite-empty">草稿的每条措施都引用一段通报原文，起草后显示在这里。</div>',
                            elem_id="nq-draft-cites")
        with gr.Column(scale=2, min_width=380):
            gr.HTML('<div class="nq-panel-title">相似的整改事项及措施</div>')
            similar = gr.HTML(INTRO, elem_id="nq-draft-similar")

    def run(p):
        try:
            index = holder.get()
            d = draft_to_json(draft_with_llm(index, p, ctx.settings))  # extractive when no LLM is set
        except Exception as err:  # noqa: BLE001 - shown as a readable message
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), message_html(error_text(err, holder), "error"), \
                gr.update(visible=False)
        if d.get("note"):   # no example is similar enough: say so, draft nothing
            return "", '<div class="cite-empty">没有起草。</div>', similar_html(d), None, message_html(d["note"], "info"), \
                gr.update(visible=False)
        note = f"参考 {len(d['similar'])} 条相似整改事项，起草 {len(d['citations'])} 条措施；草稿可直接修改。"
        return d["draft"], citations_html(d, index), similar_html(d), d, message_html(note, "ok"), \
            gr.update(visible=False)

    for event in (go.click, problem.submit):
        event(run, [problem], [text, cites, similar, last, msg, file], concurrency_limit=4)

    def to_docx(d, edited):
        if not d or not (edited or "").strip():
            return gr.update(visible=False), message_html("请先起草整改措施，再导出。", "error")
        try:
            folder = Path(tempfile.mkdtemp(prefix="noticeqa-draft-"))
            path = write_docx(d, folder / f"整改措施草稿-{time.strftime('%Y%m%d-%H%M%S')}.docx", edited)
        except Exception as err:  # noqa: BLE001
            return gr.update(visible=False), message_html(error_text(err, holder), "error")
        return gr.update(value=str(path), visible=True), message_html("已生成 Word 文件，请点击下方文件名下载。", "ok")

    export.click(to_docx, [last, text], [file, msg])
    plain.click(lambda t: re.sub(r"\[\d+\]", "", t or ""), [text], [text])
    copy.click(None, [text], [msg], js=COPY_JS)
