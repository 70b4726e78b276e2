"""LLM answer mode: an OpenAI-compatible model writes the answer from the retrieved sections.

Steps: rewrite a follow-up into a standalone question (retrieval/followup.py),
search, pack the best contexts into a token budget (tiktoken, offline), each
numbered [n] inside a delimited data block (prompts/qa.txt), ask the model
(langchain-openai ChatOpenAI; one retry; the whole call bounded by
NOTICEQA_LLM_TIMEOUT seconds, default 30), then verify every citation
(retrieval/verify.py). Unsupported sentences are removed and listed in
`unsupported`. When nothing verified remains, or the model is unreachable, slow
or returns garbage, the extractive answer is returned with a one-line notice.

Example:
    >>> a = answer_with_llm(index, "2023年燃气旧管网改造了多少公里？", load_settings())
    >>> a.mode in ("llm", "extractive")
    True
"""
from __future__ import annotations

import os
import queue
import threading
import time
from dataclasses import replace
from typing import IO, Any, Iterable

from retrieval.answer import Answer, answer_question
from retrieval.chunk import sentence_spans
from retrieval.errors import InputError
from retrieval.followup import rewrite_question
from retrieval.index import Index
from retrieval.prompts import Prompt, render
from retrieval.search import Hit, question_scope, search
from retrieval.settings import Settings
from retrieval.tokens import count_tokens
from retrieval.verify import Context, is_not_found, split_claims, verify_reply

DEFAULT_TIMEOUT_S = 30.0
CONTEXT_BUDGET_TOKENS = 3000   # tokens of numbered context blocks per question
MAX_ANSWER_TOKENS = 800
NOTICE_UNVERIFIED = "（大模型回答未通过引用核验，以下为原文摘录。）"
NOTICE_UNAVAILABLE = "（大模型暂时无法使用：{reason}，以下为原文摘录。）"
REWRITE_NOTE = "（结合上文，按“{question}”理解。）"
LLM_NO_ANSWER = "现有通报中没有找到能回答这个问题的内容。"


class LLMUnavailable(Exception):
    """The model call failed; `reason` is a short Chinese phrase for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def llm_timeout() -> float:
    """Seconds allowed for one model call (NOTICEQA_LLM_TIMEOUT, default 30)."""
    raw = os.environ.get("NOTICEQA_LLM_TIMEOUT", "").strip()
    try:
        value = float(raw) if raw else DEFAULT_TIMEOUT_S
    except ValueError:
        return DEFAULT_TIMEOUT_S
    return value if 0 < value <= 600 else DEFAULT_TIMEOUT_S


def chat_model(settings: Settings, timeout: float, max_tokens: int = MAX_ANSWER_TOKENS):
    """The langchain-openai client for the configured endpoint."""
    from langchain_openai import ChatOpenAI
    return ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model,
                      api_key=settings.llm_api_key or "not-needed", timeout=timeout, max_retries=1,
                      temperature=0, max_tokens=max_tokens, use_responses_api=False)


def _reason(exc: BaseException) -> str:
    import openai
    if isinstance(exc, openai.APITimeoutError):
        return "请求超时"
    if isinstance(exc, openai.APIConnectionError):
        return "无法连接模型服务"
    if isinstance(exc, openai.APIStatusError):
        return f"模型服务返回错误 {exc.status_code}"
    return "模型服务返回的内容无法解析"


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):   # content blocks
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content
                       if isinstance(b, (str, dict)))
    return ""


def _say(stream: IO[str] | None, text: str) -> None:
    if stream is None or not text:
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass


def complete(settings: Settings, prompt: Prompt, stream: IO[str] | None = None,
             max_tokens: int = MAX_ANSWER_TOKENS, timeout: float | None = None) -> str:
    """The model's reply to `prompt`; tokens are written to `stream` as they arrive.

    The call runs in a daemon thread; the caller waits at most `timeout` seconds
    in all (retry included). Raises LLMUnavailable on timeout, error or an empty reply.

    >>> complete(settings, render("rewrite", history="用户：…", question="那济南呢？"))
    '济南……？'
    """
    timeout = timeout or llm_timeout()
    messages = prompt.messages()
    try:   # built before the clock starts: importing langchain-openai alone takes seconds
        model = chat_model(settings, timeout, max_tokens)
    except Exception as exc:
        raise LLMUnavailable("模型设置有误") from exc
    out: queue.Queue = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            if stream is None:
                out.put(("piece", _text(model.invoke(messages).content)))
            else:
                for chunk in model.stream(messages):
                    if stop.is_set():
                        break
                    out.put(("piece", _text(chunk.content)))
            out.put(("done", ""))
        except Exception as exc:  # any failure of the remote side becomes a fallback
            out.put(("error", exc))

    threading.Thread(target=work, name="noticeqa-llm", daemon=True).start()
    deadline = time.monotonic() + timeout
    pieces: list[str] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise LLMUnavailable("请求超时")
            try:
                kind, value = out.get(timeout=left)
            except queue.Empty:
                raise LLMUnavailable("请求超时") from None
            if kind == "done":
                break
            if kind == "error":
                raise LLMUnavailable(_reason(value)) from value
            pieces.append(value)
            if stream is not None:
                _say(stream, value)
    finally:
        stop.set()
    reply = "".join(pieces).strip()
    if not reply:
        raise LLMUnavailable("模型没有返回内容")
    return reply


def _data(text: str) -> str:
    """Notice text as data: it cannot close the data block."""
    return text.replace("<<<", "< < <").replace(">>>", "> > >")


def format_contexts(contexts: Iterable[Context]) -> str:
    """Numbered context blocks for the prompt's data section."""
    return "\n\n".join(f"【资料[{c.n}]】\n来源：《{_data(c.title)}》\n位置：{_data(c.section)}\n内容：\n"
                       f"{_data(c.text)}\n【资料[{c.n}]完】" for c in contexts)


def _cost(ctx: Context) -> int:
    return count_tokens(format_contexts([ctx]))


def _shrink(ctx: Context, text: str, budget: int, keep_one: bool) -> Context | None:
    """The context cut after its last whole sentence that still fits `budget` tokens."""
    best = None
    for _, b in sentence_spans(text, ctx.start, ctx.end):
        cut = replace(ctx, end=b, text=text[ctx.start:b])
        if _cost(cut) > budget:
            break
        best = cut
    if best is None and keep_one:
        spans = sentence_spans(text, ctx.start, ctx.end)
        b = spans[0][1] if spans else ctx.end
        best = replace(ctx, end=b, text=text[ctx.start:b])
    return best


def pack_contexts(index: Index, hits: list[Hit], budget: int = CONTEXT_BUDGET_TOKENS) -> tuple[Context, ...]:
    """Best hits first, numbered 1.., until the token budget is spent (the last one cut at a sentence end)."""
    out: list[Context] = []
    used = 0
    for hit in hits:
        rec = index.records[hit.notice_id]
        text = rec.notice.text
        ctx = Context(len(out) + 1, hit.notice_id, hit.doc, rec.notice.title, hit.section_path,
                      hit.start, hit.end, text[hit.start:hit.end])
        cost = _cost(ctx)
        if used + cost > budget:
            ctx = _shrink(ctx, text, budget - used, keep_one=not out)
            if ctx is None:
                break
            cost = _cost(ctx)
        out.append(ctx)
        used += cost
        if used >= budget:
            break
    return tuple(out)


def qa_prompt(question: str, contexts: tuple[Context, ...]) -> Prompt:
    """The rendered prompts/qa.txt for a question and its contexts."""
    return render("qa", contexts=format_contexts(contexts), question=question)


def _section_at(index: Index, notice_id: str, pos: int) -> str:
    rec = index.records[notice_id]
    sec = next((s for s in reversed(rec.sections) if s.start <= pos < s.end), None)
    return sec.path_text if sec else "（导语）"


def _extractive(index: Index, asked: str, standalone: str, k: int, doc: str | None, head: str,
                t0: float, unsupported: tuple[str, ...] = ()) -> Answer:
    """The extractive answer for the (standalone) question, prefixed with `head` notes."""
    a = answer_question(index, standalone, k=k, doc=doc)
    note = head + a.scope_note if a.answer.startswith(a.scope_note) else a.scope_note
    return replace(a, question=asked, answer=head + a.answer, scope_note=note, mode="extractive",
                   unsupported=tuple(unsupported), latency_ms=(time.perf_counter() - t0) * 1000)


def answer_with_llm(index: Index, question: str, settings: Settings, k: int = 5, doc: str | None = None,
                    stream: IO[str] | None = None, history: Iterable[Any] | None = None) -> Answer:
    """A verified LLM answer (mode "llm"), or the extractive one with a notice (mode "extractive").

    >>> a = answer_with_llm(index, "那济南呢？", settings, history=["天津市城管委2023年燃气旧管网改造了多少公里？"])
    """
    t0 = time.perf_counter()
    asked = question.strip()
    if not asked:
        raise InputError("empty question; type a question about the notices", "问题为空，请输入要查询的问题。")
    standalone, rewritten = rewrite_question(asked, history, settings) if history else (asked, False)
    note = REWRITE_NOTE.format(question=standalone) if rewritten else ""
    if not settings.llm_enabled:
        return _extractive(index, asked, standalone, k, doc, note, t0)
    scope = question_scope(index, standalone, doc)
    hits = search(index, standalone, k=k, doc=doc, scope=scope)
    if not hits:
        return _extractive(index, asked, standalone, k, doc, note, t0)
    contexts = pack_contexts(index, hits)
    scope_note = note + (f"（问题提到“{scope.reason}”，已限定在相关通报中检索。）" if scope.reason and not doc else "")
    _say(stream, "（大模型生成中，以下为核验前的草稿）\n")
    try:
        reply = complete(settings, qa_prompt(standalone, contexts), stream)
    except LLMUnavailable as exc:
        _say(stream, f"\n（大模型暂时无法使用：{exc.reason}，改用原文摘录。）\n")
        return _extractive(index, asked, standalone, k, doc, NOTICE_UNAVAILABLE.format(reason=exc.reason) + note, t0)
    texts = {c.notice_id: index.records[c.notice_id].notice.text for c in contexts}
    v = verify_reply(reply, contexts, texts)
    ms = (time.perf_counter() - t0) * 1000
    if not v.had_markers and all(is_not_found(c) for c in split_claims(reply)):
        _say(stream, "\n")
        return Answer(asked, scope_note + LLM_NO_ANSWER, True, (), tuple(hits), ms, scope_note, mode="llm")
    if not v.cited_claims:
        _say(stream, "\n（引用核验未通过，改用原文摘录。）\n")
        return _extractive(index, asked, standalone, k, doc, NOTICE_UNVERIFIED + note, t0, v.unsupported)
    _say(stream, f"\n（引用核验：保留 {v.cited_claims} 句，删去 {len(v.unsupported)} 句；核验后的回答如下。）\n")
    cites = tuple(replace(c, section=_section_at(index, c.notice_id, c.start)) for c in v.citations)
    return Answer(asked, scope_note + v.text, False, cites, tuple(hits), ms, scope_note, mode="llm",
                  unsupported=v.unsupported)
