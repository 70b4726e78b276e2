"""Gradio wiring of the 问答 tab (logic in frontends.web.chat, conversations in .conversations).

Left: the user's saved conversations (reopen, rename, delete after a confirmation, start a new one).
Middle: filters, the chat, the active scope with a button to clear it, example questions made from
the notices in the knowledge base. Right: the cited sections.
"""
import queue
import threading

from frontends.web.chat import (
    ALL,
    THINKING,
    Filters,
    add_to_eval,
    chat_step,
    error_text,
    eval_item,
    matching_notices,
    owner_of,
    save_feedback,
)
from frontends.web.chat_side import (
    conversation_choices,
    example_questions,
    filters_html,
    placeholder,
)
from frontends.web.conversations import ConversationStore, browser_id, user_key
from frontends.web.render import PANEL_PLACEHOLDER, md_text, message_html, panel_html
from ledger.items import ledger_for_index

EMPTY = {"turns": [], "groups": [], "id": ""}
CHAT_PLACEHOLDER = ("请在下方输入关于知识库中整改通报的问题。回答先给出要点，再按通报列出原文摘录并标注出处；"
                    "可以接着追问。左侧“对话记录”保存您的对话，刷新页面后可重新打开。")
BACK = '<a class="nq-back" href="#nq-chat" role="button">↑ 返回对话</a>'


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


def _store(settings, request, browser) -> ConversationStore:
    return ConversationStore(settings.home, user_key(getattr(request, "username", None), browser))


def build(ctx):
    gr, holder, settings = ctx.gr, ctx.holder, ctx.settings
    state = gr.State(dict(EMPTY))
    remembered = gr.BrowserState([ALL, ALL, ALL], storage_key="noticeqa-chat-filters")
    browser = gr.BrowserState("", storage_key="noticeqa-browser-id")   # who owns the conversations without a login
    index, _ = holder.peek()
    issuers, years, docs = filter_choices(index)
    with gr.Row(equal_height=False, elem_id="nq-chat-row"):
        with gr.Column(scale=1, min_width=200, elem_id="nq-conv-col"):
            gr.HTML('<div class="nq-panel-title">对话记录</div>')
            new = gr.Button("＋ 新对话", size="sm", elem_id="nq-conv-new")
            convs = gr.Radio([], label="已保存的对话", show_label=False, elem_id="nq-conv-list")
            title = gr.Textbox(label="对话名称", max_lines=1, elem_id="nq-conv-title", placeholder="选中对话后可改名")
            with gr.Row():
                rename = gr.Button("改名", size="sm", elem_id="nq-conv-rename", min_width=60)
                delete = gr.Button("删除", size="sm", variant="stop", elem_id="nq-conv-delete", min_width=60)
            with gr.Row(visible=False) as confirm_row:
                confirm = gr.Button("确认删除", size="sm", variant="stop", elem_id="nq-conv-confirm", min_width=60)
                cancel = gr.Button("取消", size="sm", elem_id="nq-conv-cancel", min_width=60)
            gr.HTML('<div class="cite-doc">每位用户最多保存 50 个对话，最早的会被自动删除。</div>')
        with gr.Column(scale=3, min_width=480):
            with gr.Row():
                issuer = gr.Dropdown(issuers, value=ALL, label="发布机构", elem_id="nq-f-issuer", scale=2)
                year = gr.Dropdown(years, value=ALL, label="年份", elem_id="nq-f-year", scale=1, min_width=110)
                doc = gr.Dropdown(docs, value=ALL, label="通报", elem_id="nq-f-doc", scale=3)
            chat = gr.Chatbot(label="对话", height=560, latex_delimiters=[], feedback_options=("Like", "Dislike"),
                              placeholder=CHAT_PLACEHOLDER, elem_id="nq-chat", buttons=["copy"])
            with gr.Row(equal_height=True):
                scope = gr.HTML("", elem_id="nq-scope")
                clear_scope = gr.Button("清除检索范围", size="sm", visible=False, elem_id="nq-scope-clear",
                                        scale=0, min_width=120)
            with gr.Row(equal_height=True):
                question = gr.Textbox(placeholder="输入关于整改通报的问题", show_label=False, scale=6, lines=1,
                                      max_lines=4, elem_id="nq-question", container=False)
                send = gr.Button("发送", variant="primary", scale=1, min_width=80, elem_id="nq-send")
            add_eval = gr.Button("把最近一问加入评测集", size="sm", elem_id="nq-add-eval")
            with gr.Group(visible=False) as eval_box:
                gold = gr.Textbox(label="标准答案（系统回答已填入，请改正为正确、简短的答案后保存）", lines=3,
                                  elem_id="nq-eval-answer")
                with gr.Row():
                    save_eval = gr.Button("保存到评测集", size="sm", variant="primary", elem_id="nq-eval-save")
                    cancel_eval = gr.Button("取消", size="sm", elem_id="nq-eval-cancel")
            msg = gr.HTML("", elem_id="nq-chat-msg")
            examples = gr.Dataset(components=[gr.Textbox(visible=False)], samples=[], label="示例问题（点击填入）",
                                  elem_id="nq-examples")
        with gr.Column(scale=2, min_width=340):
            gr.HTML('<div class="nq-panel-title">引用原文</div>' + BACK)
            panel = gr.HTML(PANEL_PLACEHOLDER, elem_id="cite-panel")

    def listing(store, selected=None):
        return gr.update(choices=conversation_choices(store.list()), value=selected)

    def respond(q, history, st, f_issuer, f_year, f_doc, who, request: gr.Request):
        st = {**EMPTY, **(st or {})}
        filters = Filters(f_issuer or ALL, f_year or ALL, f_doc or ALL)
        if not (q or "").strip():
            new_history, _, _ = chat_step(holder, settings, q, history, st, filters)
            yield new_history, "", gr.skip(), st, "", gr.skip()
            return
        base = list(history or []) + [{"role": "user", "content": md_text(q.strip())}]
        yield base + [{"role": "assistant", "content": THINKING}], "", gr.skip(), st, "", gr.skip()
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
                yield base + [{"role": "assistant", "content": md_text(draft) + " ▌"}], "", gr.skip(), st, "", \
                    gr.skip()
            new_history, new_state, changed = box.get("out") or (
                base + [{"role": "assistant", "content": error_text(RuntimeError("no answer"), holder)}], st, False)
        new_state = {**new_state, "id": st.get("id", "")}
        listed = gr.skip()
        if changed:
            try:
                store = _store(settings, request, who)
                new_state["id"] = store.save(new_state["id"], new_history, new_state)
                listed = listing(store, new_state["id"])
            except OSError as err:
                print(f"noticeqa: cannot save a conversation: {err}")
        yield new_history, "", (panel_html(new_state["groups"]) if changed else gr.skip()), new_state, "", listed

    for event in (send.click, question.submit):
        event(respond, [question, chat, state, issuer, year, doc, browser], [chat, question, panel, state, msg, convs],
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

    def on_add_eval(st):
        """Open the box with the system's answer as a starting point for the gold answer."""
        turns = (st or {}).get("turns", [])
        if not turns:
            return message_html("还没有可加入评测集的问答，请先提问。", "error"), gr.skip(), gr.skip()
        if turns[-1].get("abstained") or not turns[-1].get("citations"):
            return message_html("这一问的回答没有引用原文，不能作为评测题加入。", "error"), gr.skip(), gr.skip()
        return "", gr.update(visible=True), eval_item(turns[-1])["answer"]

    add_eval.click(on_add_eval, [state], [msg, eval_box, gold])
    cancel_eval.click(lambda: gr.update(visible=False), None, [eval_box])

    def on_save_eval(st, answer, request: gr.Request):
        turns = (st or {}).get("turns", [])
        if not turns or not (answer or "").strip():
            return message_html("请先填写标准答案。", "error"), gr.skip()
        try:
            ok, text = add_to_eval(settings, {**turns[-1], "answer": answer.strip()}, owner_of(request))
        except Exception as err:  # noqa: BLE001
            return message_html(error_text(err, holder), "error"), gr.skip()
        return message_html(text, "ok" if ok else "info"), gr.update(visible=not ok)

    save_eval.click(on_save_eval, [state, gold], [msg, eval_box])

    # ---- conversations ----
    def start_new():
        return [], "", PANEL_PLACEHOLDER, dict(EMPTY), "", gr.update(value=None), ""

    new.click(start_new, None, [chat, question, panel, state, msg, convs, title])

    def reopen(cid, who, request: gr.Request):
        data = _store(settings, request, who).load(cid) if cid else None
        if data is None:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), ""
        st = {**EMPTY, **data["state"], "id": data["id"]}
        return data["history"], panel_html(st["groups"]), st, data["title"], ""

    convs.input(reopen, [convs, browser], [chat, panel, state, title, msg])

    def do_rename(cid, text, who, request: gr.Request):
        store = _store(settings, request, who)
        if not cid:
            return message_html("请先在“对话记录”中选中一个对话。", "error"), gr.skip()
        if not store.rename(cid, text):
            return message_html("请输入新的对话名称。", "error"), gr.skip()
        return message_html("对话已改名。", "ok"), listing(store, cid)

    rename.click(do_rename, [convs, title, browser], [msg, convs])
    delete.click(lambda cid: (gr.update(visible=bool(cid)), "" if cid else
                              message_html("请先在“对话记录”中选中要删除的对话。", "error")), [convs], [confirm_row, msg])
    cancel.click(lambda: gr.update(visible=False), None, [confirm_row])

    def do_delete(cid, st, who, request: gr.Request):
        store = _store(settings, request, who)
        store.delete(cid)
        hidden = gr.update(visible=False)
        if (st or {}).get("id") == cid:   # the open conversation was deleted: start afresh
            return (listing(store), hidden, message_html("对话已删除。", "ok"), [], PANEL_PLACEHOLDER, dict(EMPTY), "")
        return listing(store), hidden, message_html("对话已删除。", "ok"), gr.skip(), gr.skip(), gr.skip(), ""

    confirm.click(do_delete, [convs, state, browser], [convs, confirm_row, msg, chat, panel, state, title])

    # ---- filters ----
    def show_scope(f_issuer, f_year, f_doc):
        html = filters_html(holder.peek()[0], f_issuer, f_year, f_doc)
        return html, gr.update(visible=bool(html))

    def narrow(f_issuer, f_year, f_doc):
        choices = doc_choices(holder.peek()[0], f_issuer, f_year)
        return gr.update(choices=choices, value=_keep(choices, f_doc))

    def remember(f_issuer, f_year, f_doc):
        return [f_issuer or ALL, f_year or ALL, f_doc or ALL]

    for comp in (issuer, year):
        comp.input(narrow, [issuer, year, doc], [doc]).then(remember, [issuer, year, doc], [remembered]).then(
            show_scope, [issuer, year, doc], [scope, clear_scope])
    doc.input(remember, [issuer, year, doc], [remembered]).then(show_scope, [issuer, year, doc], [scope, clear_scope])

    def clear_filters():
        choices = doc_choices(holder.peek()[0], ALL, ALL)
        return ALL, ALL, gr.update(choices=choices, value=ALL), [ALL, ALL, ALL], "", gr.update(visible=False)

    clear_scope.click(clear_filters, None, [issuer, year, doc, remembered, scope, clear_scope])

    examples.click(lambda sample: sample[0] if sample else gr.skip(), [examples], [question])

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
        f_doc = _keep(d_choices, f_doc)
        try:
            samples = example_questions(index, holder.derived("ledger", ledger_for_index) if index else [])
        except Exception:  # noqa: BLE001 - the status line says why there is no index
            samples = []
        return (gr.update(choices=i_choices, value=f_issuer), gr.update(choices=y_choices, value=f_year),
                gr.update(choices=d_choices, value=f_doc), *show_scope(f_issuer, f_year, f_doc),
                gr.update(samples=[[s] for s in samples]), gr.update(placeholder=placeholder(samples)))

    ctx.add_refresh([issuer, year, doc, remembered], [issuer, year, doc, scope, clear_scope, examples, question],
                    refresh)

    def on_load(who, request: gr.Request):
        """The browser's own id (created on its first visit) and this user's saved conversations."""
        who = browser_id(who)
        return who, listing(_store(settings, request, who))

    ctx.add_load(on_load, [browser], [browser, convs])
