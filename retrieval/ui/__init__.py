"""Web UI (gradio): 问答, 整改措施起草, 整改台账, 知识库, 评测.

Nothing is done at import time; gradio is imported inside `build_app`/`serve`
(after GRADIO_ANALYTICS_ENABLED=False). Modules:

- app.py: Blocks layout, status line, CSS/JS, shared index holder, launch (`serve`)
- chat.py / chat_tab.py: questions, follow-ups, filters, feedback, 加入评测集
- drafting.py, ledger_view.py, kb.py, evaluation.py: the other tabs
- api.py: programmatic `/ask` and `/feedback` endpoints (gradio_client or HTTP)
- render.py: pure HTML helpers (all notice and user text escaped); store.py: holder, locked JSONL, file names

Example:
    >>> serve(load_settings())          # what `python app.py` runs
"""
from __future__ import annotations


def serve(settings) -> None:
    from retrieval.ui.app import serve as _serve
    _serve(settings)


def build_app(settings, holder):
    from retrieval.ui.app import build_app as _build
    return _build(settings, holder)
