"""Web UI (gradio): 问答, 整改措施起草, 整改台账, 知识库, 评测.

Nothing is done at import time; gradio is imported inside `build_app`/`serve`
(after GRADIO_ANALYTICS_ENABLED=False). Modules:

- app.py: Blocks layout, status line, CSS/JS, shared index holder, launch (`serve`)
- chat.py / chat_tab.py: questions, follow-ups, filters, feedback, 加入评测集
- drafting.py, ledger_view.py, kb.py, evaluation.py: the other tabs
- api.py: programmatic `/ask` and `/feedback` endpoints (gradio_client or HTTP)
- render.py: pure HTML helpers (all notice and user text escaped); holder.py: the shared index holder, locked JSONL, file names

Example:
    >>> from frontends.web.app import serve
    >>> serve(load_settings())          # what `python app.py` runs
"""
