"""Programmatic endpoints of the web app (gradio_client or plain HTTP): `/ask` and `/feedback`.

Both bypass the gradio queue (`queue=False`) and are plain sync functions, so gradio runs them in
its worker threads, never on the event loop. `/ask` returns the `ask --json` object plus an
`answer_id` the server issued; `/feedback` stores a 👍/👎 on such an answer through
`chat.save_feedback`, the function the UI's like button uses (same file, same lock, same record
layout plus `"source": "api"`). What is stored is the server's own copy of the answer, found by its
`answer_id` (the last ISSUED_KEEP answers are kept in memory), so a client cannot put words in the
system's mouth or grow the file with its own text; an answer takes at most FEEDBACK_PER_ANSWER
ratings. Errors come back as {"error": "<Chinese message>"}, never as an exception.

Example:
    >>> from gradio_client import Client
    >>> c = Client("http://127.0.0.1:7860/", verbose=False)
    >>> out = c.predict("2023年燃气旧管网改造了多少公里？", "", api_name="/ask")
    >>> c.predict(out["question"], out, True, "", api_name="/feedback")["rating"]
    'up'
"""
from __future__ import annotations

import sys
import threading
import uuid
from collections import OrderedDict
from typing import Callable

from answer.ask import ask, tidy_question
from frontends.web.chat import save_feedback
from frontends.web.holder import IndexHolder
from retrieval.errors import NoticeQAError
from retrieval.settings import Settings

MAX_ANSWER_CHARS = 20_000     # answer + quotes longer than this are refused (the feedback file is no dump)
MAX_CITATIONS = 50
CITATION_KEYS = ("n", "doc", "title", "section", "quote", "start", "end")
ISSUED_KEEP = 5000            # answers /feedback can refer to (the oldest are forgotten first)
FEEDBACK_PER_ANSWER = 3       # ratings one answer may receive (a change of mind, not a flood)
MAX_SESSION_CHARS = 100
UNKNOWN_ANSWER = "找不到这个回答：只能评价本服务通过 /ask 给出的回答（answer_id）；回答已过期或服务已重启时，请重新提问后再评价。"


class IssuedAnswers:
    """The answers `/ask` gave, by the id it issued: (question, answer object, ratings so far).

        >>> issued = IssuedAnswers(); aid = issued.add("问题？", {"answer": "答。"})
        >>> issued.get(aid)[0]
        '问题？'
    """

    def __init__(self, keep: int = ISSUED_KEEP):
        self._keep = keep
        self._lock = threading.Lock()
        self._items: OrderedDict[str, list] = OrderedDict()

    def add(self, question: str, answer: dict) -> str:
        answer_id = uuid.uuid4().hex
        with self._lock:
            self._items[answer_id] = [question, answer, 0]
            while len(self._items) > self._keep:
                self._items.popitem(last=False)
        return answer_id

    def get(self, answer_id: str) -> tuple[str, dict, int] | None:
        with self._lock:
            item = self._items.get(answer_id)
            return tuple(item) if item else None

    def count_rating(self, answer_id: str) -> bool:
        """Count one more rating; False when the answer had its FEEDBACK_PER_ANSWER already."""
        with self._lock:
            item = self._items.get(answer_id)
            if item is None or item[2] >= FEEDBACK_PER_ANSWER:
                return False
            item[2] += 1
            return True


def ask_fn(holder: IndexHolder, issued: IssuedAnswers | None = None) -> Callable[[str, str], dict]:
    """The `/ask` handler: (question, doc) -> `ask --json` object with its `answer_id`, or {"error": …}."""
    issued = issued if issued is not None else IssuedAnswers()

    def ask_api(question: str, doc: str = "") -> dict:
        if not isinstance(question, str) or not question.strip():
            return {"error": "请输入问题。"}
        try:
            index = holder.get()
            out = ask(index, question, index.settings, doc=str(doc or "") or None).to_json()
        except NoticeQAError as err:
            return {"error": err.user_message}
        out["answer_id"] = issued.add(out.get("question", question), dict(out))
        return out
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


def issued_answer(issued: IssuedAnswers, question: str, answer) -> tuple[str, dict]:
    """The server's own (question, answer object) for the `answer_id` in `answer` (or `answer` itself
    when it is the id); ValueError with a Chinese message when there is none or the question differs."""
    answer_id = answer.get("answer_id") if isinstance(answer, dict) else answer
    found = issued.get(answer_id) if isinstance(answer_id, str) else None
    if found is None:
        if isinstance(answer, dict) and not isinstance(answer.get("answer"), str):
            raise ValueError("answer 应为 /ask 返回的回答对象（含 answer 与 answer_id 字段）。")
        raise ValueError(UNKNOWN_ANSWER)
    asked, server_answer, _ = found
    q, _ = tidy_question(question or "") if isinstance(question, str) else ("", "")
    if q and q != asked:
        raise ValueError(f"问题与回答不对应：这个回答针对的是“{asked[:60]}”。")
    return asked, server_answer


def feedback_fn(settings: Settings, issued: IssuedAnswers | None = None) -> Callable[[str, dict, bool, str], dict]:
    """The `/feedback` handler: (question, answer object or answer_id, liked, session) -> the saved entry,
    or {"error": …}. Only answers this server issued (by `answer_id`) can be rated."""
    issued = issued if issued is not None else IssuedAnswers()

    def feedback(question: str, answer: dict, liked: bool, session: str = "") -> dict:
        if not isinstance(liked, bool):
            return {"error": "liked 应为 true（赞）或 false（踩）。"}
        try:
            asked, server_answer = issued_answer(issued, question, answer)
            record = feedback_record(asked, server_answer)
        except ValueError as err:
            return {"error": str(err)}
        if not issued.count_rating(server_answer_id(answer)):
            return {"error": f"这个回答已评价过 {FEEDBACK_PER_ANSWER} 次，不再记录。"}
        session = session if isinstance(session, str) else ""
        try:
            return save_feedback(settings, {**record, "answer_id": server_answer_id(answer)}, liked,
                                 (session or "api")[:MAX_SESSION_CHARS])
        except OSError as err:
            print(f"noticeqa: /feedback could not be saved: {err}", file=sys.stderr)
            return {"error": "反馈未能保存，请稍后重试；如果问题持续出现，请联系管理员。"}
    return feedback


def server_answer_id(answer) -> str:
    return answer.get("answer_id") if isinstance(answer, dict) else answer


def register(gr, settings: Settings, holder: IndexHolder) -> None:
    """Add `/ask` and `/feedback` to the Blocks being built (call inside `with gr.Blocks()`)."""
    issued = IssuedAnswers()
    gr.api(ask_fn(holder, issued), api_name="ask", queue=False)
    gr.api(feedback_fn(settings, issued), api_name="feedback", queue=False)
