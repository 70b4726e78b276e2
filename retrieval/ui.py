"""Web UI (gradio): chat with cited answers, and a side panel showing each quote in its notice.

Nothing is done at import time; gradio is imported inside `build_app`/`serve`
(after GRADIO_ANALYTICS_ENABLED=False). The HTML helpers are pure functions.
Every piece of notice or user text is escaped before it reaches HTML or markdown.

Example:
    >>> serve(load_settings())          # what `python app.py` runs
    >>> html = citation_panel_html(answer_question(index, "2023年燃气旧管网改造了多少公里？"), index)
"""
from __future__ import annotations

import html
import os
import re
import sys

from retrieval.errors import ConfigError, NoticeQAError
from retrieval.index import Index
from retrieval.settings import Settings

TITLE = "整改通报智能问答"
ALL_NOTICES = "__all__"
CONTEXT_CHARS = 150
EMPTY_QUESTION = "请输入问题。"
INTERNAL_ERROR = "系统内部出错，未能回答这个问题。请稍后重试；如果问题持续出现，请联系管理员。"
PANEL_PLACEHOLDER = '<div class="cite-empty">提问后，这里会显示答案引用的通报原文，引用句在原文中高亮标出。</div>'
EXAMPLES = [
    "2023年燃气旧管网改造了多少公里？",
    "市机关事务管理局针对公务用车管理做了哪些整改？",
    "济南市城管局理论学习中心组学习不够严肃认真的问题是怎么整改的？",
    "东丽区优化营商环境采取了哪些措施？",
]
MARKER = re.compile(r"\[(\d+)\]")
# html.escape's characters plus those markdown/LaTeX would interpret, as numeric entities, in one pass.
_MD_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_[]$~|#"})
CSS = """
#nq-status {color: var(--body-text-color-subdued); font-size: 0.9em;}
#cite-panel {max-height: 720px; overflow-y: auto !important; padding-right: 4px;}
.cite-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 10px 12px;
            margin-bottom: 10px; background: var(--block-background-fill);}
.cite-card:target {border-color: var(--color-accent); box-shadow: 0 0 0 2px var(--color-accent-soft);}
.cite-head {font-weight: 600; margin-bottom: 2px;}
.cite-n {color: var(--color-accent); margin-right: 4px;}
.cite-section {color: var(--body-text-color-subdued); font-size: 0.85em; margin-bottom: 6px;}
.cite-text {white-space: pre-wrap; line-height: 1.7; font-size: 0.92em;}
.cite-text mark {background: #ffe58f; color: inherit; padding: 1px 0; border-radius: 2px;}
.cite-doc {color: var(--body-text-color-subdued); font-size: 0.8em; margin-top: 6px;}
.cite-empty {color: var(--body-text-color-subdued); padding: 12px 4px;}
a.cite-ref {text-decoration: none; font-weight: 600; font-size: 0.85em; vertical-align: super; margin: 0 1px;}
.nq-meta {color: var(--body-text-color-subdued); font-size: 0.8em;}
"""


def md_text(text: str) -> str:
    """Escape text for a markdown message: html.escape's characters plus markdown/LaTeX syntax."""
    return text.translate(_MD_ESCAPES)


def format_answer_html(answer, index: Index | None = None) -> str:
    """The chat message for an Answer: escaped text, [n] markers as links to the panel's #cite-n cards."""
    body = answer.answer
    note = answer.scope_note
    if note and body.startswith(note):
        body = body[len(note):]
    known = {c.n for c in answer.citations}
    parts, last = [], 0
    for m in MARKER.finditer(body):
        n = int(m.group(1))
        if n not in known:
            continue
        parts.append(md_text(body[last:m.start()]))
        parts.append(f'<a class="cite-ref" href="#cite-{n}" title="查看引用 {n}">&#91;{n}&#93;</a>')
        if answer.mode == "extractive":
            parts.append("\n\n")   # one quoted sentence per paragraph
        last = m.end()
    parts.append(md_text(body[last:]))
    text = "".join(parts).strip()
    lines = [f'<span class="nq-meta">{md_text(note)}</span>'] if note else []
    lines.append(text)
    if not answer.abstained:
        mode = "大模型生成" if answer.mode == "llm" else "抽取式回答（原文摘录）"
        lines.append(f'<span class="nq-meta">{mode} · 引用 {len(answer.citations)} 处 · '
                     f'用时 {answer.latency_ms / 1000:.1f} 秒 · 点击 [n] 查看原文</span>')
    return "\n\n".join(lines)


def _quote_in_context(text: str, start: int, end: int) -> str:
    a, b = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before = ("…" if a > 0 else "") + text[a:start]
    after = text[end:b] + ("…" if b < len(text) else "")
    return f"{html.escape(before)}<mark>{html.escape(text[start:end])}</mark>{html.escape(after)}"


def citation_card_html(c, index: Index) -> str:
    rec = index.records.get(c.notice_id)
    if rec is not None and rec.notice.text[c.start:c.end] == c.quote:
        body = _quote_in_context(rec.notice.text, c.start, c.end)
    else:  # notice removed since the answer, or offsets do not match: show the quote alone
        body = f"<mark>{html.escape(c.quote)}</mark>"
    return (f'<div class="cite-card" id="cite-{int(c.n)}">'
            f'<div class="cite-head"><span class="cite-n">[{int(c.n)}]</span>《{html.escape(c.title)}》</div>'
            f'<div class="cite-section">{html.escape(c.section)}</div>'
            f'<div class="cite-text">{body}</div>'
            f'<div class="cite-doc">{html.escape(c.doc)} · 第 {int(c.start)}–{int(c.end)} 字</div></div>')


def citation_panel_html(answer, index: Index) -> str:
    """All citations of the latest answer, stacked; each quote highlighted inside its surrounding text."""
    if answer is None:
        return PANEL_PLACEHOLDER
    if not answer.citations:
        return '<div class="cite-empty">本次回答没有引用原文。</div>'
    return "".join(citation_card_html(c, index) for c in answer.citations)


def status_line(settings: Settings, index: Index) -> str:
    llm = html.escape(settings.llm_model) if settings.llm_enabled else "未启用（抽取式回答）"
    store = f"服务器 {html.escape(settings.chroma_host)}:{settings.chroma_port}" if settings.chroma_host else "嵌入式"
    return (f"嵌入模型：{html.escape(settings.embeddings)} ｜ 大模型：{llm} ｜ 向量库：{store} ｜ "
            f"通报 {len(index.records)} 篇 ｜ 片段 {len(index.chunks)} 个")


def notice_choices(index: Index) -> list[tuple[str, str]]:
    notices = sorted(index.notices, key=lambda n: (n.date, n.title), reverse=True)
    return [("全部通报", ALL_NOTICES)] + [(n.title, n.id) for n in notices]


def chat_turn(index: Index, question: str, history: list | None, doc: str | None):
    """One question -> (new history, panel html or None to keep the panel). Never raises NoticeQAError."""
    from retrieval.answer import answer_question
    history = list(history or [])
    q = (question or "").strip()
    if not q:
        return history + [{"role": "assistant", "content": EMPTY_QUESTION}], None
    history.append({"role": "user", "content": md_text(q)})
    try:
        answer = answer_question(index, q, doc=None if doc in (None, "", ALL_NOTICES) else doc)
    except NoticeQAError as err:
        return history + [{"role": "assistant", "content": "⚠️ " + md_text(err.user_message)}], None
    except Exception as err:  # noqa: BLE001 - the UI shows a message, the log keeps the details
        print(f"noticeqa: error answering {q!r}: {type(err).__name__}: {err}", file=sys.stderr)
        return history + [{"role": "assistant", "content": "⚠️ " + INTERNAL_ERROR}], None
    history.append({"role": "assistant", "content": format_answer_html(answer, index)})
    return history, citation_panel_html(answer, index)


def _gradio():
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    import gradio as gr
    return gr


def build_app(settings: Settings, index: Index):
    """The gr.Blocks app; per-user state lives only in the components' values."""
    gr = _gradio()
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        gr.Markdown(f"# {TITLE}")
        gr.Markdown(status_line(settings, index), elem_id="nq-status")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                doc = gr.Dropdown(notice_choices(index), value=ALL_NOTICES, label="检索范围", interactive=True)
                chat = gr.Chatbot(label="对话", height=520, latex_delimiters=[], feedback_options=None,
                                  placeholder="请在下方输入关于整改通报的问题，回答中的每句话都标注了原文出处。",
                                  elem_id="nq-chat")
                with gr.Row():
                    question = gr.Textbox(placeholder="例如：2023年燃气旧管网改造了多少公里？", show_label=False,
                                          scale=5, lines=1, max_lines=4, elem_id="nq-question")
                    send = gr.Button("发送", variant="primary", scale=1, min_width=80, elem_id="nq-send")
                    clear = gr.Button("清空对话", scale=1, min_width=80, elem_id="nq-clear")
                gr.Examples(EXAMPLES, inputs=[question], label="示例问题")
            with gr.Column(scale=2):
                gr.Markdown("### 引用原文")
                panel = gr.HTML(PANEL_PLACEHOLDER, elem_id="cite-panel")

        def respond(q, history, scope):
            if (q or "").strip():  # show the question at once, the answer when it is ready
                yield list(history or []) + [{"role": "user", "content": md_text(q.strip())}], "", gr.skip()
            new_history, panel_html = chat_turn(index, q, history, scope)
            yield new_history, "", (gr.skip() if panel_html is None else panel_html)

        for event in (send.click, question.submit):
            event(respond, [question, chat, doc], [chat, question, panel])
        clear.click(lambda: ([], "", PANEL_PLACEHOLDER), None, [chat, question, panel])
    return app


def _auth(settings: Settings):
    if not settings.auth:
        return None
    user, sep, password = settings.auth.partition(":")
    if not sep or not user or not password:
        raise ConfigError("NOTICEQA_AUTH must look like user:password",
                          "设置 NOTICEQA_AUTH 的格式应为 用户名:密码。")
    return (user, password)


def _ensure_index(settings: Settings) -> None:
    """Build the index from corpus/ first when there is none (or it does not match the settings)."""
    from retrieval.cli import progress_bar
    from retrieval.index import ingest, manifest_problem, read_manifest
    problem = manifest_problem(read_manifest(settings), settings)
    if not problem:
        return
    print(f"noticeqa: {problem}; building the index from {settings.corpus_dir} ...", file=sys.stderr)
    r = ingest([settings.corpus_dir], settings, progress_bar("index"))
    print(f"noticeqa: index ready: {len(r.added) + len(r.updated) + len(r.unchanged)} notices, "
          f"{r.chunks} chunks, {r.seconds:.1f} s", file=sys.stderr)


def serve(settings: Settings) -> None:
    """`python app.py`: build the index if needed, then serve the UI on settings.host:settings.port."""
    gr = _gradio()
    print(f"noticeqa: serving on http://{settings.host}:{settings.port}; {settings.describe()}", file=sys.stderr)
    auth = _auth(settings)
    _ensure_index(settings)
    from retrieval.index import open_index
    index = open_index(settings)
    app = build_app(settings, index)
    font = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "ui-sans-serif",
            "system-ui", "sans-serif"]
    app.launch(server_name=settings.host, server_port=settings.port, auth=auth, share=False,
               theme=gr.themes.Default(primary_hue="blue", font=font), css=CSS)
