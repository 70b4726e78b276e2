"""Follow-up questions: turn "那济南呢？" into a question that can be searched on its own.

With a model (settings.llm_enabled) the rewrite prompt asks it; without one, or
when its reply is unusable, a simple carry-over applies: a short or elliptic
question (starting with 那/这些/它/该/其…) either swaps the agency, place or
year of the previous question for the one it names, or is prefixed with the
previous question's topic. Earlier follow-ups are resolved first, so chains work.

Example:
    >>> carry_over("那济南呢？", "天津市城管委2023年燃气旧管网改造了多少公里？")
    ('济南2023年燃气旧管网改造了多少公里？', True)
    >>> carry_over("这些措施完成了吗？", "济南城管局针对装饰装修垃圾采取了哪些措施？")
    ('关于济南城管局针对装饰装修垃圾采取措施，这些措施完成了吗？', True)
"""
from __future__ import annotations

import html
import re
from typing import Any, Iterable

from llm.client import LLMUnavailable, complete
from llm.prompts import render
from retrieval.search.named import subject_spans

YEAR = re.compile(r"(?:19|20)\d{2}年(?:度)?")
LEADS = ("那么", "那")
PRONOUNS = ("这些", "这个", "这项", "这条", "这", "它们", "它", "该", "其", "此", "上述")
TAIL = re.compile(r"(?:的情况|情况|的呢|呢|怎么样|又如何|如何|怎样|的)?[？?。！!\s]*$")
ASKING = re.compile(r"(?:是)?(?:怎么|怎样|如何)|了?(?:哪些|哪几[个项条]?|多少[个项条件次名家处座]?|什么|几[个项条件次]?)|(?:吗|呢|没有|了没)$")
SHORT = 6   # a question of at most this many characters (punctuation aside) leans on the one before
HISTORY_TURNS = 8   # only the last turns are read: a turn costs the same at turn 150 as at turn 2
CARRIED = re.compile(r"^关于([^，]{1,80})，")   # a topic carried over before: carried again, never nested


def history_turns(history: Iterable[Any] | None) -> list[tuple[str, str]]:
    """(question, answer) pairs from chat history: message dicts (gradio), (q, a) pairs or plain questions."""
    turns: list[list[str]] = []
    items = list(history or [])
    for item in items[-(4 * HISTORY_TURNS):]:  # message dicts come two per turn; a few more cost nothing
        if isinstance(item, str):
            turns.append([item, ""])
        elif isinstance(item, dict) and isinstance(item.get("content"), str):
            text = html.unescape(re.sub(r"<[^>]+>", "", item["content"])).strip()
            if item.get("role") == "user":
                turns.append([text, ""])
            elif item.get("role") == "assistant" and turns and not turns[-1][1]:
                turns[-1][1] = text
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            turns.append([str(item[0] or ""), str(item[1] or "")])
    return [(q.strip(), a.strip()) for q, a in turns if q.strip()]


def topic(question: str) -> str:
    """The previous question without its question words: "济南城管局针对X采取措施"."""
    text = re.sub(r"[？?。！!\s]+$", "", question.strip())
    return ASKING.sub("", text).strip("，,、 ")


def _core(question: str) -> str:
    return re.sub(r"[\W_]+", "", question)


def _only_names(text: str) -> bool:
    """TEXT is nothing but a place and/or an agency ("宁波", "海珠区", "莆田市司法局")."""
    spans = subject_spans(text)
    return bool(spans) and spans[0][0] == 0 and spans[-1][1] == len(text) and \
        sum(b - a for a, b in spans) >= len(text) - (len(spans) - 1)


def carry_over(question: str, previous: str) -> tuple[str, bool]:
    """Combine an elliptic question with the previous one (pure; see module doc)."""
    q = question.strip()
    prev = previous.strip()
    if not prev or not q:
        return q, False
    lead = next((w for w in LEADS if q.startswith(w)), "")
    pronoun = any(q.startswith(w) for w in PRONOUNS)
    if not (lead or pronoun or len(_core(q)) <= SHORT):
        return q, False
    rest = TAIL.sub("", q[len(lead):]).strip("，, ")
    if rest and _only_names(rest):          # 那宁波呢？ -> swap the subject (places and agencies, genre data)
        spans = subject_spans(prev)
        return (prev[:spans[0][0]] + rest + prev[spans[0][1]:] if spans else rest + prev), True
    if rest and YEAR.fullmatch(rest):             # 那2022年呢？ -> swap the year
        m = YEAR.search(prev)
        return (prev[:m.start()] + rest + prev[m.end():] if m else rest + prev), True
    carried = CARRIED.match(prev)
    about = carried.group(1) if carried else topic(prev)
    if not about or about in q:
        return q, False
    return f"关于{about}，{q[len(lead):].lstrip('，, ') or q}", True


def resolve_history(questions: list[str]) -> str:
    """The last of several questions, each follow-up carried over from the resolved one before it."""
    resolved = ""
    for q in questions[-HISTORY_TURNS:]:
        resolved = carry_over(q, resolved)[0] if resolved else q.strip()
    return resolved


def _previous_questions(question: str, turns: list[tuple[str, str]]) -> list[str]:
    qs = [q for q, _ in turns]
    if qs and qs[-1] == question.strip():
        qs = qs[:-1]   # the UI may already have appended the current question
    return qs


def _llm_rewrite(question: str, turns: list[tuple[str, str]], settings) -> str:
    """The model's rewrite, or "" when it fails or replies with something that is not one question."""
    lines = []
    for q, a in turns[-3:]:
        lines.append(f"用户：{q}")
        if a:
            lines.append("助手：" + re.sub(r"\s+", " ", a)[:150])
    prompt = render("rewrite", history="\n".join(lines), question=question.strip())
    try:
        reply = complete(settings, prompt, max_tokens=200)
    except LLMUnavailable:
        return ""
    line = next((ln.strip() for ln in reply.strip().splitlines() if ln.strip()), "")
    line = re.sub(r"^(改写后的问题|问题)[:：]\s*", "", line).strip("“”\"'「」 ")
    if not line or len(line) > 200 or not re.search(r"[\u4e00-\u9fff]", line):
        return ""
    return line


def rewrite_question(question: str, history: Iterable[Any] | None, settings) -> tuple[str, bool]:
    """(standalone question, whether it differs from `question`).

    >>> rewrite_question("那济南呢？", ["天津市城管委2023年燃气旧管网改造了多少公里？"], load_settings({}))
    ('济南2023年燃气旧管网改造了多少公里？', True)
    """
    turns = history_turns(history)
    previous = _previous_questions(question, turns)
    if not previous:
        return question.strip(), False
    if getattr(settings, "llm_enabled", False):
        rewritten = _llm_rewrite(question, turns[:len(previous)], settings)
        if rewritten:
            return rewritten, rewritten != question.strip()
    return carry_over(question, resolve_history(previous))
