"""Gradio wiring of the 问答 tab (logic in frontends.web.chat)."""
import queue
import threading

from frontends.web.chat import (
    ALL,
    EXAMPLES,
    THINKING,
    Filters,
    add_to_eval,
    owner_of,
    chat_step,
    error_text,
    matching_notices,
    save_feedback,
)
from frontends.web.render import PANEL_PLACEHOLDER, md_text, message_html, panel_html


def filter_choices(index):
    """Choices of the 发布机构 / 年份 / 通报 dropdowns."""
    notices = sorted(index.notices, key=lambda n: (n.date, n.title), reverse=True) if index is not None else []
    issuers = sorted({n.issuer for n in notices if n.issuer})
    years = sorted({n.year for n in notices if n.year}, reverse=True)
    return ([("全部发布机构", ALL)] + [(i, i) for i in issuers],
            [("全部年份", ALL)] + [(f"{y}年", y) for y in years],
            [("全部通报", ALL)] + [(n.title, n.id) for n in notices])


def doc_choices(index, issuer, year):
    ids = set(matching_notices(index, issuer or ALL, year or ALL)) if index is not None else set()
    notices = sorted((n for n in index.notices if n.id in ids), key=lambda n: (n.date, n.title), reverse=True) \
        if index is not None else []
    return [("全部通报", ALL)] + [(n.title, n.id) for n in notices]


def _keep(choices, value):
    return value if value in {v for _, v in choices} else ALL


def build(ctx):
    gr, holder, settings = ctx.gr, ctx.holder, ctx.settings
    state = gr.State({"turns": [], "groups": []})
    # the user's own scope (e.g. their agency), kept in this browser across visits
    remembered = gr.BrowserState([ALL, ALL, ALL], storage_key="noticeqa-chat-filters")
    index, _ = holder.peek()
    issuers, years, docs = filter_choices(index)
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=520):
            with gr.Row():
                issuer = gr.Dropdown(issuers, value=ALL, label="发布机构", elem_id="nq-f-issuer", scale=2)
                year = gr.Dropdown(years, value=ALL, label="年份", elem_id="nq-f-year", scale=1, min_width=110)
                doc = gr.Dropdown(docs, value=ALL, label="通报", elem_id="nq-f-doc", scale=3)
            chat = gr.Chatbot(label="对话", height=560, latex_delimiters=[], feedback_options=("Like", "Dislike"),
                              placeholder="请在下方输入关于整改通报的问题。回答中的每句话都摘自通报原文并标注出处；"
                                          "可以接着追问，例如先问天津、再问“那济南呢？”。",
                              elem_id="nq-chat", buttons=["copy"])
            with gr.Row(equal_height=True):
                question = gr.Textbox(placeholder="例如：2023年燃气旧管网改造了多少公里？", show_label=False,
                                      scale=6, lines=1, max_lines=4, elem_id="nq-question", container=False)
                send = gr.Button("发送", variant="primary", scale=1, min_width=80, elem_id="nq-send")
            with gr.Row():
                clear = gr.Button("清空对话", size="sm", elem_id="nq-clear")
                add_eval = gr.Button("把最近一问加入评测集", size="sm", elem_id="nq-add-eval")
            msg = gr.HTML("", elem_id="nq-chat-msg")
            gr.Examples(EXAMPLES, inputs=[question], label="示例问题（点击填入）")
        with gr.Column(scale=2, min_width=380):
            gr.HTML('<div class="nq-panel-title">引用原文</div>')
            panel = gr.HTML(PANEL_PLACEHOLDER, elem_id="cite-panel")

    def respond(q, history, st, f_issuer, f_year, f_doc):
        filters = Filters(f_issuer or ALL, f_year or ALL, f_doc or ALL)
        if not (q or "").strip():
            new_history, st, _ = chat_step(holder, settings, q, history, st, filters)
            yield new_history, "", gr.skip(), st, ""
            return
        base = list(history or []) + [{"role": "user", "content": md_text(q.strip())}]
        yield base + [{"role": "assistant", "content": THINKING}], "", gr.skip(), st, ""
        if not settings.llm_enabled:
            new_history, new_state, changed = chat_step(holder, settings, q, history, st, filters)
        else:  # stream the model's draft while it is written; the verified answer replaces it
            pieces: queue.Queue = queue.Queue()
            box: dict = {}

            def work():
                try:
                    box["out"] = chat_step(holder, settings, q, history, st, filters, on_piece=pieces.put)
                finally:
                    pieces.put(None)

            threading.Thread(target=work, name="noticeqa-ui-chat", daemon=True).start()
            draft = ""
            while (piece := pieces.get()) is not None:
                draft += piece
                yield base + [{"role": "assistant", "content": md_text(draft) + " ▌"}], "", gr.skip(), st, ""
            new_history, new_state, changed = box.get("out") or (
                base + [{"role": "assistant", "content": error_text(RuntimeError("no answer"), holder)}], st, False)
        yield new_history, "", (panel_html(new_state["groups"]) if changed else gr.skip()), new_state, ""

    for event in (send.click, question.submit):
        event(respond, [question, chat, state, issuer, year, doc], [chat, question, panel, state, msg],
              concurrency_limit=8, concurrency_id="chat")

    def on_like(st, data: gr.LikeData, request: gr.Request):
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turn = next((t for t in (st or {}).get("turns", []) if t.get("msg_index") == idx), None)
        if turn is None:
            return message_html("这条消息没有可记录的回答。", "error")
        try:
            entry = save_feedback(settings, turn, data.liked, getattr(request, "session_hash", "") or "")
        except Exception as err:  # noqa: BLE001
            return message_html(error_text(err, holder), "error")
        word = {"up": "赞：有帮助", "down": "踩：没帮助"}.get(entry["rating"], "已取消评价")
        return message_html(f"已记录反馈（{word}）：第 {turn['turn']} 问，谢谢！", "ok")

    chat.like(on_like, [state], [msg])

    def on_add_eval(st, request: gr.Request):
        turns = (st or {}).get("turns", [])
        if not turns:
            return message_html("还没有可加入评测集的问答，请先提问。", "error")
        try:
            ok, text = add_to_eval(settings, turns[-1], owner_of(request))
        except Exception as err:  # noqa: BLE001
            return message_html(error_text(err, holder), "error")
        return message_html(text, "ok" if ok else "info")

    add_eval.click(on_add_eval, [state], [msg])
    def reset():
        return [], "", PANEL_PLACEHOLDER, {"turns": [], "groups": []}, ""

    clear.click(reset, None, [chat, question, panel, state, msg])
    chat.clear(reset, None, [chat, question, panel, state, msg])   # the chatbot's own 清空 icon

    def narrow(f_issuer, f_year, f_doc):
        index, _ = holder.peek()
        choices = doc_choices(index, f_issuer, f_year)
        return gr.update(choices=choices, value=_keep(choices, f_doc))

    def remember(f_issuer, f_year, f_doc):
        return [f_issuer or ALL, f_year or ALL, f_doc or ALL]

    issuer.input(narrow, [issuer, year, doc], [doc]).then(remember, [issuer, year, doc], [remembered])
    year.input(narrow, [issuer, year, doc], [doc]).then(remember, [issuer, year, doc], [remembered])
    doc.input(remember, [issuer, year, doc], [remembered])

    def refresh(f_issuer, f_year, f_doc, saved):
        """New choices after a page load, tab switch or ingest; a fresh page starts from the filters
        this browser used last (values that no longer exist fall back to 全部)."""
        if (f_issuer or ALL, f_year or ALL, f_doc or ALL) == (ALL, ALL, ALL) and isinstance(saved, list) \
                and len(saved) == 3:
            f_issuer, f_year, f_doc = saved
        index, _ = holder.peek()
        i_choices, y_choices, _ = filter_choices(index)
        f_issuer, f_year = _keep(i_choices, f_issuer), _keep(y_choices, f_year)
        d_choices = doc_choices(index, f_issuer, f_year)
        return (gr.update(choices=i_choices, value=f_issuer), gr.update(choices=y_choices, value=f_year),
                gr.update(choices=d_choices, value=_keep(d_choices, f_doc)))

    ctx.add_refresh([issuer, year, doc, remembered], [issuer, year, doc], refresh)
