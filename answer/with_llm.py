"""The model writes the reply from the contexts of the one search; every citation is verified.

The best hits are packed into a token budget, the model is asked (llm.client), and
every sentence of its reply is checked against the context it cites (llm.verify).
Unsupported sentences are removed and listed. When nothing verified remains, or the
model is unreachable, slow or returns garbage, `ModelFallback` says why and the
caller (answer.ask) answers extractively from the same hits.

Example:
    >>> r = llm_reply(index, prepared, settings)
    >>> r.mode
    'llm'
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import IO

from answer.prepared import Prepared, Reply
from llm.client import LLMUnavailable, complete, pack_contexts, qa_prompt, say
from llm.verify import is_not_found, split_claims, verify_reply
from retrieval.index.opened import Index
from retrieval.records import section_path_at
from retrieval.settings import Settings

NOTICE_UNVERIFIED = "（大模型回答未通过引用核验，以下为原文摘录。）"
NOTICE_UNAVAILABLE = "（大模型暂时无法使用：{reason}，以下为原文摘录。）"
LLM_NO_ANSWER = "现有通报中没有找到能回答这个问题的内容。"


class ModelFallback(Exception):
    """The model's reply cannot be shown; `notice` is the one-line Chinese notice for the user."""

    def __init__(self, notice: str, unsupported: tuple[str, ...] = ()):
        super().__init__(notice)
        self.notice = notice
        self.unsupported = unsupported


@dataclass(frozen=True)
class ModelReply:
    reply: Reply
    unsupported: tuple[str, ...]
    mode: str = "llm"


def llm_reply(index: Index, p: Prepared, settings: Settings, stream: IO[str] | None = None) -> ModelReply:
    """A verified model reply from the prepared hits; raises ModelFallback."""
    contexts = pack_contexts(index, list(p.hits))
    say(stream, "（大模型生成中，以下为核验前的草稿）\n")
    try:
        reply = complete(settings, qa_prompt(p.question, contexts), stream)
    except LLMUnavailable as exc:
        say(stream, f"\n（大模型暂时无法使用：{exc.reason}，改用原文摘录。）\n")
        raise ModelFallback(NOTICE_UNAVAILABLE.format(reason=exc.reason)) from exc
    texts = {c.notice_id: index.records[c.notice_id].notice.text for c in contexts}
    v = verify_reply(reply, contexts, texts)
    if not v.had_markers and all(is_not_found(c) for c in split_claims(reply)):
        say(stream, "\n")
        return ModelReply(Reply(p.scope_note + LLM_NO_ANSWER, True, ()), ())
    if not v.cited_claims:
        say(stream, "\n（引用核验未通过，改用原文摘录。）\n")
        raise ModelFallback(NOTICE_UNVERIFIED, v.unsupported)
    say(stream, f"\n（引用核验：保留 {v.cited_claims} 句，删去 {len(v.unsupported)} 句；核验后的回答如下。）\n")
    cites = tuple(replace(c, section=section_path_at(index.records[c.notice_id].sections, c.start))
                  for c in v.citations)
    return ModelReply(Reply(p.scope_note + v.text, False, cites), v.unsupported)
