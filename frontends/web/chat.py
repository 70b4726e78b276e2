"""问答 tab: cited answers (streamed with an LLM), follow-ups, filters, 👍/👎 feedback, 加入评测集.

Per-session state is a dict {"turns": [turn record], "groups": [panel html per turn]}; the
index comes from the shared IndexHolder at every question.

Example:
    >>> turn = answer_turn(holder, settings, "2023年燃气旧管网改造了多少公里？", [], Filters())
    >>> turn.answer.citations[0].quote
"""
from __future__ import annotations

import hashlib
import queue
import re
import sys
import threading
import time
from dataclasses import dataclass, field

from answer.ask import ask
from frontends.web.answer_view import answer_message_html, citations_panel_group
from frontends.web.holder import IndexHolder, append_jsonl, read_jsonl
from frontends.web.render import md_text
from retrieval.errors import InputError, NoticeQAError
from retrieval.index.opened import Index
from retrieval.settings import Settings

ALL = "__all__"
EMPTY_QUESTION = "请输入问题。"
INTERNAL_ERROR = "系统内部出错，未能回答这个问题。请稍后重试；如果问题持续出现，请联系管理员。"
UPDATING = "知识库正在更新，请稍后再问。"
THINKING = '<span class="nq-meta">正在检索通报……</span>'


@dataclass(frozen=True)
class Filters:
    issuer: str = ALL
    year: str = ALL
    doc: str = ALL

    def describe(self) -> dict:
        pairs = (("issuer", self.issuer), ("year", self.year), ("doc", self.doc))
        return {k: v for k, v in pairs if v not in ("", ALL, None)}


@dataclass
class Turn:
    question: str
    standalone: str
    rewritten: bool
    answer: object            # answer.extractive.Answer
    index: Index
    filter_note: str = ""
    record: dict = field(default_factory=dict)


def matching_notices(index: Index, issuer: str = ALL, year: str = ALL) -> list[str]:
    return sorted(nid for nid, r in index.records.items()
                  if (issuer in ("", ALL, None) or r.notice.issuer == issuer)
                  and (year in ("", ALL, None) or r.notice.year == year))


def resolve_filters(index: Index, filters: Filters) -> tuple[str | None, tuple[str, ...], str]:
    """(doc id or None, notice ids the filters keep or () for all, a note saying what the search was limited to)."""
    if filters.doc not in ("", ALL, None):
        if filters.doc not in index.records:
            raise InputError(f"unknown document {filters.doc!r}", "所选通报已不在知识库中，请重新选择检索范围。")
        return filters.doc, (), ""
    ids = matching_notices(index, filters.issuer, filters.year)
    if len(ids) == len(index.records):
        return None, (), ""
    label = "、".join(x for x in (filters.issuer if filters.issuer != ALL else "",
                                  f"{filters.year}年" if filters.year != ALL else "") if x)
    if not ids:
        raise InputError("no notice matches the filters", f"没有符合筛选条件（{label}）的通报，请放宽检索范围。")
    return None, tuple(ids), f"（检索范围：{label}，共 {len(ids)} 篇通报。）"


def history_messages(turns: list[dict]) -> list[dict]:
    """Plain-text message dicts of earlier turns, for answer.followup / llm.client."""
    out = []
    for t in turns:
        out += [{"role": "user", "content": t["question"]}, {"role": "assistant", "content": t["answer"]}]
    return out


class _QueueWriter:
    """A file-like stream for llm.client that hands every piece to a queue."""

    def __init__(self, q: queue.Queue):
        self.q = q

    def write(self, text: str) -> int:
        self.q.put(("piece", text))
        return len(text)

    def flush(self) -> None:
        pass


def answer_turn(holder: IndexHolder, settings: Settings, question: str, turns: list[dict], filters: Filters,
                on_piece=None) -> Turn:
    """Answer one chat question through `ask` (follow-ups rewritten, model streamed to `on_piece`), keep the record."""
    q = (question or "").strip()
    if not q:
        raise InputError("empty question", EMPTY_QUESTION)
    index = holder.get()
    doc, within, note = resolve_filters(index, filters)
    history = history_messages(turns)
    if on_piece is None or not settings.llm_enabled:
        answer = ask(index, q, settings, doc=doc, within=within, history=history)
    else:
        answer = _streamed(lambda stream: ask(index, q, settings, doc=doc, within=within, history=history,
                                              stream=stream), on_piece)
    turn = Turn(q, answer.standalone or q, bool(answer.standalone), answer, index, note)
    turn.record = turn_record(turn, settings, filters)
    return turn


def _streamed(run, on_piece):
    """Run `run(stream)` in a thread, handing every streamed piece to `on_piece` in this thread."""
    pieces: queue.Queue = queue.Queue()
    result: dict = {}

    def work() -> None:
        try:
            result["answer"] = run(_QueueWriter(pieces))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            result["error"] = exc
        finally:
            pieces.put(("done", ""))

    threading.Thread(target=work, name="noticeqa-ui-llm", daemon=True).start()
    while True:
        kind, text = pieces.get()
        if kind == "done":
            break
        on_piece(text)
    if "error" in result:
        raise result["error"]
    return result["answer"]


def turn_record(turn: Turn, settings: Settings, filters: Filters) -> dict:
    a = turn.answer
    return {
        "question": turn.question, "rewritten_question": turn.standalone if turn.rewritten else "",
        "answer": a.answer, "abstained": a.abstained, "mode": a.mode,
        "citations": [{"n": c.n, "doc": c.doc, "notice_id": c.notice_id, "title": c.title, "section": c.section,
                       "quote": c.quote, "start": c.start, "end": c.end} for c in a.citations],
        "filters": filters.describe(), "latency_ms": round(a.latency_ms, 1), "settings": settings.describe(),
    }


def save_feedback(settings: Settings, record: dict, liked, session: str = "") -> dict:
    """One 👍/👎 with its full turn, appended to NOTICEQA_HOME/feedback/feedback.jsonl."""
    rating = {True: "up", False: "down"}.get(liked, str(liked or "cleared"))
    entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "rating": rating, "session": session, **record,
             "settings": settings.describe()}
    append_jsonl(settings.home / "feedback" / "feedback.jsonl", entry)
    return entry


def eval_item(record: dict) -> dict:
    """An eval item (CONTRACT Q&A format) from a turn: the standalone question, the cited quotes as evidence."""
    question = record.get("rewritten_question") or record["question"]
    docs = list(dict.fromkeys(c["doc"] for c in record["citations"]))
    answer = re.sub(r"\[\d+\]", "", record["answer"]).strip()
    return {"id": "u" + hashlib.sha1(question.encode("utf-8")).hexdigest()[:10], "question": question,
            "answer": answer[:300], "evidence": [c["quote"] for c in record["citations"]],
            "doc": docs[0] if len(docs) == 1 else docs, "type": "fact", "source": "ui",
            "asked": record["question"], "added": time.strftime("%Y-%m-%dT%H:%M:%S")}


def add_to_eval(settings: Settings, record: dict, owner: str = "") -> tuple[bool, str]:
    """Append the turn to the owner's eval set (see user_qa_path); (written, Chinese message)."""
    if record.get("abstained") or not record.get("citations"):
        return False, "这一问的回答没有引用原文，不能作为评测题加入。"
    item = eval_item(record)
    path = user_qa_path(settings, owner)
    if not append_jsonl(path, item, unique_key="question"):
        return False, f"评测集中已有这个问题（共 {len(read_jsonl(path))} 题）。"
    return True, f"已加入评测集：{item['question']}（证据 {len(item['evidence'])} 条；评测集共 {len(read_jsonl(path))} 题，可在“评测”中运行）。"


def user_qa_path(settings: Settings, owner: str = ""):
    """NOTICEQA_HOME/eval/users/<hash of owner>/user_qa.jsonl: one eval set per user (owner_of);
    without an owner (CLI, tests), the shared eval/user_qa.jsonl."""
    if not owner:
        return settings.home / "eval" / "user_qa.jsonl"
    return settings.home / "eval" / "users" / hashlib.sha256(owner.encode("utf-8")).hexdigest()[:20] / "user_qa.jsonl"


def owner_of(request) -> str:
    """Who per-user data belongs to: the login name (when NOTICEQA_AUTH is set) and the browser's
    `noticeqa-owner` cookie (set by frontends/web/guard.py), else the session; '' without a request."""
    if request is None:
        return ""
    cookies = getattr(request, "cookies", None) or {}
    browser = cookies.get("noticeqa-owner") or getattr(request, "session_hash", "") or ""
    return f"{getattr(request, 'username', None) or ''}/{browser}" if browser else ""


def error_text(err: BaseException, holder: IndexHolder) -> str:
    """A Chinese message for any failure; details go to the log, never to the page."""
    if isinstance(err, NoticeQAError):
        return err.user_message
    print(f"noticeqa: error in the UI: {type(err).__name__}: {err}", file=sys.stderr)
    return UPDATING if holder.updating.is_set() else INTERNAL_ERROR


def chat_step(holder: IndexHolder, settings: Settings, question: str, history: list | None, state: dict | None,
              filters: Filters, on_piece=None) -> tuple[list, dict, bool]:
    """One question -> (chat messages, new state, whether the panel changed). Never raises."""
    state = {"turns": list((state or {}).get("turns", [])), "groups": list((state or {}).get("groups", []))}
    history = list(history or [])
    q = (question or "").strip()
    if not q:
        return history + [{"role": "assistant", "content": EMPTY_QUESTION}], state, False
    history.append({"role": "user", "content": md_text(q)})
    try:
        turn = answer_turn(holder, settings, q, state["turns"], filters, on_piece)
    except BaseException as err:  # noqa: BLE001 - the page shows a message, the log keeps the details
        if isinstance(err, (KeyboardInterrupt, SystemExit)):
            raise
        text = f'<span class="nq-err">{md_text(error_text(err, holder))}</span>'
        return history + [{"role": "assistant", "content": text}], state, False
    n = max((t.get("turn", 0) for t in state["turns"]), default=0) + 1
    content = answer_message_html(turn.answer, n, turn.standalone if turn.rewritten else "", turn.filter_note)
    history.append({"role": "assistant", "content": content})
    state["turns"].append({**turn.record, "turn": n, "msg_index": len(history) - 1})
    state["groups"].append(citations_panel_group(turn.answer, turn.index, n, turn.standalone))
    return history, state, True
