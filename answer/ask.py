"""The one entry for a question: every front end (CLI `ask`, web chat, web `/ask`, `eval`) calls `ask`.

It decides once, in this order: tidy the question, read it in its plain written form (genre.asking: courtesy,
particles and spoken words as staff type them), rewrite a follow-up into a
standalone question, narrow the notices (one `Scope`: chosen notice, filters, names in
the question), search once, then answer: drafting / metadata / structure / "where"
questions and refusals by their own forms; everything else by the configured model
(verified) or, without one or when it fails, by extractive composition over the same hits.

Example:
    >>> a = ask(index, "2023年燃气旧管网改造了多少公里？", settings)
    >>> a.to_json()["citations"][0]["quote"] in index.records[a.citations[0].notice_id].notice.text
    True
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import IO, Any

from answer.ambiguity import shared_kind_note
from answer.asks import with_body_asks
from answer.cited_top import cited_top
from answer.compare import compared_reply
from answer.followup import rewrite_question
from answer.forms import DRAFT_REQUEST
from answer.gap_scope import gap_scope
from answer.listed_scope import listed_scope
from answer.own_figure import lead_quotes, own_note
from answer.own_voice import own_voice_scope
from answer.preface import preface_scope, without_preface
from answer.premise_as_of import with_as_of_check
from answer.premise_body import with_body_check
from answer.premise_number import with_number_check
from answer.premise_reporter import with_reporter_check
from answer.premise_round import with_round_check
from answer.premise_session import with_session_check
from answer.premise_title import with_title_check
from answer.premise_year import with_year_check
from answer.prepared import Reply, answering_texts, prepare
from answer.quoted import quoted_contexts
from answer.refusal_place import unplaced_note
from answer.restated_scope import restated_scope
from answer.reverse import reverse_reply
from answer.routed import routed_reply
from answer.one_notice import composed_first, settled_reply
from answer.script import simplified
from answer.threshold import act_said
from answer.typed_claims import claims_as_typed
from answer.unstated_ask import with_unstated_asks
from answer.verify import claim_note, neutral_question, with_claim_note
from answer.which import which_reply
from answer.with_llm import ModelFallback, llm_reply
from answer.years_asked import with_year_note, year_note
from genre.asking import plain_question
from genre.own_figure import own_figure
from genre.same_names import counted_as_read, notice_worded
from retrieval.errors import InputError
from retrieval.index.opened import Index
from retrieval.records import Citation, page_at
from retrieval.search.rank import Hit
from retrieval.settings import Settings

MAX_QUESTION_CHARS = 500
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ufff9-\ufffb]")
REWRITE_NOTE = "（结合上文，按“{question}”理解。）"   # how the CLI shows Answer.standalone
EMPTY_QUESTION = "问题为空，请输入要查询的问题。"


@dataclass(frozen=True)
class Answer:
    question: str                      # as asked (tidied)
    answer: str
    abstained: bool
    citations: tuple[Citation, ...]
    contexts: tuple[Hit, ...]
    latency_ms: float
    scope_note: str = ""
    mode: str = "extractive"
    coverage: float = 0.0
    unsupported: tuple[str, ...] = field(default_factory=tuple)
    standalone: str = ""               # the rewritten follow-up ("" when the question stood alone)
    lead: str = ""                     # the short cited lead the answer opens with ("" when there is none)

    def to_json(self) -> dict:
        """The `ask --json` object of the contract (extra fields: start/end/chunk_id/also_in, scope, rewritten)."""
        out = {
            "question": self.question, "answer": self.answer, "abstained": self.abstained,
            "citations": [{"n": c.n, "doc": c.doc, "title": c.title, "section": c.section, "quote": c.quote,
                           "start": c.start, "end": c.end, **({"page": c.page} if c.page else {})}
                          for c in self.citations],
            "contexts": [{"rank": h.rank, "doc": h.doc, "section": h.section_path,
                          "text": h.text, "score": round(h.score, 4), "start": h.start, "end": h.end,
                          "chunk_id": h.chunk.id, "also_in": list(h.also_in)} for h in self.contexts],
            "latency_ms": round(self.latency_ms, 1), "mode": self.mode,
        }
        if self.mode == "llm":
            out["unsupported"] = list(self.unsupported)
        if self.scope_note:
            out["scope"] = self.scope_note
        if self.standalone:
            out["rewritten"] = self.standalone
        if self.lead:
            out["lead"] = self.lead
        return out


def with_pages(index: Index, cites: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """Each citation of a PDF notice with the page its quote starts on (Citation.page)."""
    out = []
    for c in cites:
        rec = index.records.get(c.notice_id)
        page = page_at(rec.notice.pages, c.start) if rec is not None else 0
        out.append(replace(c, page=page) if page != c.page else c)
    return tuple(out)


def tidy_question(question: str) -> tuple[str, str]:
    """(question without control/invisible characters, cut to MAX_QUESTION_CHARS; note for the answer or '').

    >>> tidy_question("  问题\\u200b？ ")
    ('问题？', '')
    """
    question = _INVISIBLE.sub("", question or "").strip()
    if len(question) <= MAX_QUESTION_CHARS:
        return question, ""
    return (question[:MAX_QUESTION_CHARS].rstrip(),
            f"（问题超过 {MAX_QUESTION_CHARS} 字，只按前 {MAX_QUESTION_CHARS} 字检索。）")


def ask(index: Index, question: str, settings: Settings | None = None, *, k: int = 5, doc: str | None = None,
        within: tuple[str, ...] = (), history: Iterable[Any] | None = None,
        stream: IO[str] | None = None, listed: int | None = None) -> Answer:
    """Answer one question with citations (see the module doc for the order of decisions). K hits are returned as
    contexts; the first LISTED of them (K unless told: what the CLI lists, what eval scores recall at) hold the
    passages the answer quotes (answer/cited_top.py)."""
    t0 = time.perf_counter()
    settings = settings or index.settings
    asked, clip_note = tidy_question(question)
    if not asked:
        raise InputError("empty question; type a question about the notices", EMPTY_QUESTION)
    read = plain_question(simplified(asked, settings.question_script))   # every cue below reads the written,
    # simplified form (進展通報 → 进展通报; answer/script.py); Answer.question stays as typed
    own = own_figure(read)   # 我们局被反馈了25个问题，X比我们多几个: the notice's figure asked alone, the asker's set
    read = own.ask if own else read   # against it after the lead (genre/own_figure.py), never looked for nor corrected
    read, preface = without_preface(read)   # 我在准备…的汇报，X是哪天反馈的: the ask only (genre asking.toml [preface])
    claimed, read = read, neutral_question(read) or read   # 细化了两百多条？: asked as 多少条, the claim checked below
    standalone, rewritten = rewrite_question(read, history, settings) if history else (read, False)
    head = clip_note   # a rewritten follow-up is shown from Answer.standalone (CLI, web), not repeated here
    scope = preface_scope(index, standalone, "" if rewritten else preface, doc, within)
    scope = listed_scope(index, standalone, scope)   # 我们局建了几个机制？排第三的: the notice listing that set
    scope = restated_scope(index, standalone, scope)   # 29个问题里还没完成的有几个: the notices stating 29个问题
    scope = own_voice_scope(index, standalone, scope)   # 厅里是怎么盯着整改的: the one notice that fits best
    scope = gap_scope(index, standalone, scope)   # 审计局这份报告挂网比作报告晚几天: the notices dating both ends
    p = prepare(index, standalone, scope, k=k, named_by_user=bool(doc))
    texts = answering_texts(index, p)
    shown, worded = standalone, notice_worded(standalone, texts)
    worded, counted_note = counted_as_read(worded, texts)   # 多少条措施 of one counting 整改任务239条 only: said so
    if worded != standalone:   # 多少条措施 of a notice writing 整改举措239项: read in its own names (genre/same_names.py)
        standalone, claimed = worded, counted_as_read(notice_worded(claimed, texts), texts)[0]
        p = prepare(index, standalone, scope, k=k, named_by_user=bool(doc))
    mode, unsupported = "extractive", ()
    which = which_reply(index, p, k)   # 哪份通报提过“X”: the notices holding it, each named, then the detail asked
    which = reverse_reply(index, p, k) or which   # 哪个单位的通报说建了45项制度: the agency whose clause holds it
    reply: Reply | None = which or routed_reply(index, p)
    composed = reply is None
    reply = with_body_asks(index, p, reply) if reply is not None and which is None else reply   # 哪天挂网的？哪天反馈的？
    if reply is None and settings.llm_enabled:
        try:
            r = llm_reply(index, p, settings, stream)
            reply, mode, unsupported = r.reply, r.mode, r.unsupported
        except ModelFallback as fb:
            head, unsupported = fb.notice + head, fb.unsupported
    compared = which or (compared_reply(index, p, k) if reply is None else None)   # each side checked on its own
    if reply is None:
        reply = compared or composed_first(index, p)   # 整改方案的文号: its clause too
    drafted = bool(DRAFT_REQUEST.search(standalone))   # a draft quotes similar notices' items, not checked as an answer;
    # like a routed answer it shows the passages it quotes first (answer.quoted), each 一是/二是 checkable in view
    if compared is None:   # (which is None too) 开了几次会、哪天反馈的: the day on its own after the counts; 3月3号是啥事？
        reply = settled_reply(index, p, reply, composed, checked=not drafted)   # 巡察是哪段时间: each ask its own
        # clause, after the check (answer/one_notice.py: the order each side of a comparison is answered in too)
    if not reply.abstained and not drafted and compared is None:
        reply = with_unstated_asks(index, p, reply)   # 反馈了多少个问题？哪天反馈的: the count no clause states is
        # said unstated, the rest answered, the reply abstained (answer/unstated_ask.py)
        if not reply.abstained:
            shared = shared_kind_note(index, standalone, p.scope, reply.citations)   # says whose, so the scope
            if shared and p.scope_note:                                               # note is not repeated
                reply = replace(reply, text=reply.text.replace(p.scope_note, "", 1))
            head = unplaced_note(index, p.scope, reply.citations) + shared + head
    if not reply.abstained and reply.citations and compared is None and which is None:   # 有没有开专题民主生活会: 有, the
        said = act_said(claimed, *(c.quote for c in reply.citations[:2]))              # clause reporting it after
        if said:                                                                        # (answer/threshold.py)
            cut = len(p.scope_note) if p.scope_note and reply.text.startswith(p.scope_note) else 0
            reply = replace(reply, text=reply.text[:cut] + said + reply.text[cut:])
    if not reply.abstained and reply.citations and compared is None and which is None:   # 今年要点, 巡察在前年: the year
        notice = index.records[reply.citations[0].notice_id].notice                      # each resolved to, said
        reply = with_year_note(reply, year_note(standalone, notice))                     # (answer/years_asked.py)
    if not reply.abstained and claimed != read:   # the claimed figure held against the quoted one (answer/verify.py)
        quoted = "".join(f"{c.quote}[{c.n}]" for c in reply.citations)
        page = index.records[reply.citations[0].notice_id].notice.date if reply.citations else ""   # 是2026年1月4日作的
        note = claims_as_typed(claim_note(claimed, quoted, reply.text, page), asked)   # 10次 quoted as typed
        reply = replace(reply, text=with_claim_note(reply.text, note))   # 吧: the
        # page's own date, said so (answer/judged_date.py)
    if compared is None and which is None:   # 是区委巡查组巡的吧: the body checked first (answer/premise_body.py)
        reply = with_title_check(index, standalone, reply, p.scope_note) or \
            with_body_check(index, standalone, reply, p.scope_note)   # 标题里写的是“…”吧: held letter for letter
        reply = with_number_check(index, claimed, reply, p.scope_note)   # 文号是…1号吧: held likewise, as typed
        reply = with_year_check(index, claimed, reply, p.scope_note)   # 对2017年经责审计那21个问题: 2016年
        reply = with_session_check(index, claimed, reply, p.scope_note)   # 第四十一次会议上作的吧: the subtitle's 第四十五次
        reply = with_round_check(index, claimed, reply, p.scope_note)   # 这是第二轮巡察吧: the title's 第一轮
        reply = with_reporter_check(index, claimed, reply, p.scope_note)   # 是省财政厅厅长作的吧: the byline's
        reply = with_as_of_check(index, claimed, reply, p.scope_note)   # 是截至10月底的吧: the quotes' 截至11月底
    if own and not reply.abstained and reply.citations:   # the difference from the asker's side (answer/own_figure.py)
        reply = replace(reply, text=with_claim_note(reply.text, own_note(own, lead_quotes(reply.text, reply.citations))))
    head = counted_note + head if counted_note and not reply.abstained else head
    return Answer(asked, head + reply.text, reply.abstained, with_pages(index, reply.citations),
                  reply.contexts or (cited_top(index, p.hits, reply.citations, listed or k) if composed
                                     else quoted_contexts(index, p.hits, reply.citations)),   # answer/cited_top.py
                  (time.perf_counter() - t0) * 1000, head + p.scope_note if head else p.scope_note, mode,
                  p.best_cov, tuple(unsupported), shown if rewritten else "", reply.lead)
