"""The session of the people's congress asked of a thing other than the report itself (审议意见是哪一届哪一次常委会会议出的):
the body sentence naming that thing beside a session's term and ordinal answers, not the report's subtitle, which
names the session the report is read at (genre questions.toml [report_sessions] of_thing, ordinals).

Example:
    >>> t = "——在市第十六届人大常委会第四十五次会议上\\n正文。全市严格执行市第十六届人大常委会第四十一次会议有关审议意见,认真落实。"
    >>> [t[a:b] for a, b in thing_session_spans("审议意见是哪一届哪一次常委会会议出的？", t, t.index("正文"))]
    ['全市严格执行市第十六届人大常委会第四十一次会议有关审议意见,认真落实。']
"""
from __future__ import annotations

from genre.questions import load_questions
from genre.report_sessions import load_report_sessions
from retrieval.chunk import sentence_spans


def thing_session_spans(question: str, text: str, body_start: int) -> list[tuple[int, int]]:
    """The first body sentence of TEXT (from BODY_START) naming the thing QUESTION asks a session's ordinals of, with
    those ordinals; [] when no ordinal is asked, no such thing is named, or no sentence holds both.

    >>> thing_session_spans("在几届几次人大常委会会议上报告的？", "市第十六届人大常委会第四十一次会议有关审议意见。", 0)
    []
    """
    s = load_report_sessions()
    things = [m.group() for m in s.of_thing.finditer(question)]
    if not things or not load_questions().asks_ordinal.search(question):
        return []
    return [(a, b) for a, b in sentence_spans(text, body_start, len(text), clauses=False)
            if any(t in text[a:b] for t in things) and s.ordinals.search(text, a, b)][:1]
