"""Programmatic endpoints of the web app (gradio_client or plain HTTP): `/ask` and `/feedback`.

Both bypass the gradio queue (`queue=False`) and are plain sync functions, so gradio runs them in
its worker threads, never on the event loop. `/ask` returns the `ask --json` object; `/feedback`
stores a 👍/👎 on such an answer through `chat.save_feedback`, the function the UI's like button
uses (same file, same lock, same record layout plus `"source": "api"`). Errors come back as
{"error": "<Chinese message>"}, never as an exception.

Example:
    >>> from gradio_client import Client
    >>> c = Client("http://127.0.0.1:7860/", verbose=False)
    >>> out = c.predict("2023年燃气旧管网改造了多少公里？", "", api_name="/ask")
    >>> c.predict(out["question"], out, True, "", api_name="/feedback")["rating"]
    'up'
"""
from __future__ import annotations

import sys
from typing import Callable

from answer.ask import ask, tidy_question
from frontends.web.chat import save_feedback
from frontends.web.holder import IndexHolder
from retrieval.errors import NoticeQAError
from retrieval.settings import Settings

MAX_ANSWER_CHARS = 20_000     # answer + quotes longer than this are refused (the feedback file is no dump)
MAX_CITATIONS = 50
CITATION_KEYS = ("n", "doc", "title", "section", "quote", "start", "end")


def ask_fn(holder: IndexHolder) -> Callable[[str, str], dict]:
    """The `/ask` handler: (question, doc) -> `ask --json` object, or {"error": …}."""

    def ask_api(question: str, doc: str = "") -> dict:
        if not (question or "").strip():
            return {"error": "请输入问题。"}
        try:
            index = holder.get()
            return ask(index, question, index.settings, doc=doc or None).to_json()
        except NoticeQAError as err:
            return {"error": err.user_message}
    return ask_api


def feedback_record(question: str, answer: dict) -> dict:
    """The turn record `save_feedback` stores, from a question and the `/ask` object answering it.

    Raises ValueError with a Chinese message when the pair cannot be stored.

        >>> feedback_record("问题？", {"question": "问题？", "answer": "答[1]。", "abstained": False,
        ...                             "citations": [{"n": 1, "quote": "答"}]})["citations"][0]["quote"]
        '答'
    """
    q, _ = tidy_question(question or "")
    if not q:
        raise ValueError("请提供所评价回答对应的问题。")
    if not isinstance(answer, dict) or not isinstance(answer.get("answer"), str):
        raise ValueError("answer 应为 /ask 返回的回答对象（含 answer 字段）。")
    if answer.get("error"):
        raise ValueError("出错的回答不能评价。")
    if answer.get("question") not in (None, q):
        raise ValueError(f"问题与回答不对应：这个回答针对的是“{str(answer['question'])[:60]}”。")
    cites = answer.get("citations") or []
    if not isinstance(cites, list) or len(cites) > MAX_CITATIONS or not all(isinstance(c, dict) for c in cites) \
            or len(answer["answer"]) + sum(len(str(c.get("quote", ""))) for c in cites) > MAX_ANSWER_CHARS:
        raise ValueError("回答内容过长或引用格式不正确，未记录。")
    return {"question": q, "rewritten_question": "", "answer": answer["answer"],
            "abstained": bool(answer.get("abstained")), "mode": str(answer.get("mode", "")),
            "citations": [{k: c.get(k) for k in CITATION_KEYS} for c in cites],
            "filters": {}, "latency_ms": answer.get("latency_ms"), "source": "api"}


def feedback_fn(settings: Settings) -> Callable[[str, dict, bool, str], dict]:
    """The `/feedback` handler: (question, answer object, liked, session) -> the saved entry, or {"error": …}."""

    def feedback(question: str, answer: dict, liked: bool, session: str = "") -> dict:
        if not isinstance(liked, bool):
            return {"error": "liked 应为 true（赞）或 false（踩）。"}
        try:
            record = feedback_record(question, answer)
        except ValueError as err:
            return {"error": str(err)}
        try:
            return save_feedback(settings, record, liked, (session or "api")[:100])
        except OSError as err:
            print(f"noticeqa: /feedback could not be saved: {err}", file=sys.stderr)
            return {"error": "反馈未能保存，请稍后重试；如果问题持续出现，请联系管理员。"}
    return feedback


def register(gr, settings: Settings, holder: IndexHolder) -> None:
    """Add `/ask` and `/feedback` to the Blocks being built (call inside `with gr.Blocks()`)."""
    gr.api(ask_fn(holder), api_name="ask", queue=False)
    gr.api(feedback_fn(settings), api_name="feedback", queue=False)
