"""The model client: an OpenAI-compatible chat model (langchain-openai ChatOpenAI) and its context blocks.

`pack_contexts` numbers the best hits [n] inside a delimited data block within a
token budget (tiktoken, offline); `complete` asks the model with one retry, the whole
call bounded by `settings.llm_timeout` (NOTICEQA_LLM_TIMEOUT, default 30 s), and
raises LLMUnavailable with a short Chinese reason on timeout, error or an empty
reply. Verification is in llm.verify; answering in answer.with_llm.

Example:
    >>> complete(settings, qa_prompt("2023年燃气旧管网改造了多少公里？", pack_contexts(index, hits)))
    '2023年改造燃气旧管网639公里[1]。'
"""
from __future__ import annotations

import queue
import threading
import time
from dataclasses import replace
from typing import IO, Any, Iterable

from llm.prompts import Prompt, render
from llm.tokens import count_tokens
from llm.verify import Context
from retrieval.chunk import sentence_spans
from retrieval.index.opened import Index
from retrieval.search.rank import Hit
from retrieval.settings import Settings

CONTEXT_BUDGET_TOKENS = 3000   # tokens of numbered context blocks per question
MAX_ANSWER_TOKENS = 800


class LLMUnavailable(Exception):
    """The model call failed; `reason` is a short Chinese phrase for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


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


def say(stream: IO[str] | None, text: str) -> None:
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
    timeout = timeout or settings.llm_timeout
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
                say(stream, value)
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
