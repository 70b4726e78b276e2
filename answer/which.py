"""Which notice mentions a thing, asked across the notices (genre which.toml [which_notice]): 哪份审计整改报告提过“七张问题
清单”，市长在什么会上讲的 / 有没有通报写了收回清退违规资金的？收回多少. The notices holding the phrase (quoted: exactly;
else the longest run of its words some notice holds) answer, each named with its place and the cited clause, then the
detail asked of it, answered inside that notice alone; a kind of notice named (审计整改报告) keeps only that kind.

Example:
    >>> r = which_reply(index, prepare(index, "哪几份通报提到用“三清单”“三张清单”推进整改", scope))
    >>> r.text.startswith("有")
    True
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.one_notice import side_reply
from answer.prepared import Prepared, Reply, prepare
from answer.forms import cite
from genre import load_genre
from genre.converted import unit_asked
from genre.questions import load_questions
from genre.which import WhichAsk, load_which, which_asked
from retrieval.index.opened import Index
from retrieval.records import Citation
from retrieval.search.profile import agency_mentions, notice_profile
from retrieval.search.scope import Scope

MARKER = re.compile(r"\[(\d+)\]")
CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
MIN_CLAUSE = 10      # a clause shorter than this is cited with the clause before it (对1人予以记大过处分)
MAX_DETAILED = 3     # notices whose detail is answered (the others are named with their clause)
QUANTITY = load_questions().asks_quantity   # 收回多少, 处理了几个人: a figure of the thing mentioned


def held_phrases(texts: dict[str, str], ask: WhichAsk) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the phrases held, the notices holding one, most mentions first): quoted phrases exactly; a phrase not quoted by
    the longest run of its characters (at least min_chars) some notice holds; ((), ()) when more notices than
    max_holders hold it (common wording, not a mention).

    >>> held_phrases({"a": "收回清退违规资金5万元", "b": "无"}, which_asked("有没有通报写了收回清退违规资金的"))
    (('收回清退违规资金',), ('a',))
    """
    rules = load_which()
    if ask.quoted:
        found = _holders(texts, ask.phrases)
        return (ask.phrases, found) if 0 < len(found) <= rules.max_holders else ((), ())
    phrase = ask.phrases[0]
    for size in range(len(phrase), rules.min_chars - 1, -1):
        runs = tuple(dict.fromkeys(phrase[i:i + size] for i in range(len(phrase) - size + 1)))
        found = _holders(texts, runs)
        if found:
            held = tuple(r for r in runs if any(r in texts[n] for n in found))
            return (held, found) if len(found) <= rules.max_holders else ((), ())
    return (), ()


def _holders(texts: dict[str, str], phrases: tuple[str, ...]) -> tuple[str, ...]:
    counts = {nid: sum(t.count(p) for p in phrases) for nid, t in texts.items()}
    return tuple(nid for nid, c in sorted(counts.items(), key=lambda x: -x[1]) if c)


def clause_at(text: str, pos: int) -> tuple[int, int]:
    """The clause of TEXT holding offset POS (between clause ends), with the clause before when it is very short.

    >>> t = "出台13个规章制度,对1人予以记大过处分,对2人予以提醒谈话。"
    >>> a, b = clause_at(t, t.find("记大过")); t[a:b]
    '出台13个规章制度,对1人予以记大过处分'
    """
    ends = [m.end() for m in CLAUSE_END.finditer(text, 0, pos)]
    a = ends[-1] if ends else 0
    nxt = CLAUSE_END.search(text, pos)
    b = nxt.start() if nxt else len(text)
    if b - a < MIN_CLAUSE and len(ends) >= 2:
        a = ends[-2]
    while a < b and text[a].isspace():
        a += 1
    return a, b


def kinds_named(words: str) -> frozenset[str]:
    """The kinds of notice WORDS name (genre notice_kind cues; the longest of those written inside one another).

    >>> sorted(kinds_named("审计整改"))
    ['审计整改']
    """
    cues = {c: k.name for k in load_genre().notice_kinds for c in k.cues if c in words}
    return frozenset(k for c, k in cues.items() if not any(c != o and c in o for o in cues))


def which_reply(index: Index, p: Prepared, k: int = 5) -> Reply | None:
    """The notices holding what the question asks about, each named and cited, then the detail asked of each; None
    when the question asks no which-notice, or no notice (of the kind named) holds it."""
    ask = which_asked(p.question)
    if ask is None:
        return None
    ids = p.scope.notice_ids or tuple(index.records)
    kinds = kinds_named(ask.kind_words)
    agencies = {a for a, _, _, _ in agency_mentions(ask.kind_words)}   # 哪家法院的通报: courts' notices only
    ids = tuple(n for n in ids if (not kinds or notice_profile(index.records[n].notice).kinds & kinds)
                and (not agencies or notice_profile(index.records[n].notice).agencies & agencies))
    texts = {n: index.records[n].notice.text for n in ids}
    held, holders = held_phrases(texts, ask)
    if not holders:
        return None
    parts, cites = [], []
    for i, nid in enumerate(holders):
        text = texts[nid]
        pos = min(text.find(h) for h in held if h in text)
        a, b = clause_at(text, pos)
        cites.append(cite(index, nid, a, b, len(cites) + 1))
        parts.append(f"{_named(index, nid)}：“{text[a:b]}”[{len(cites)}]。")
        if ask.rest and i < MAX_DETAILED:
            detail = _detail(index, nid, detail_question(held[0], ask.rest), p.scope.reason, k, tuple(cites))
            if detail is not None:
                parts.append(detail.text)
                cites += [c for c in detail.citations if c.n > len(cites)]
    lead = "有。" if not ask.many else f"共{len(holders)}份通报提到：" if len(holders) > 1 else "有1份通报提到："
    return Reply(lead + "\n" + "\n".join(parts), False, tuple(cites), lead + parts[0])


def _named(index: Index, nid: str) -> str:
    """A notice as named to a user: 《title》 with its issuer (else its own place) when the title does not say it."""
    prof = notice_profile(index.records[nid].notice)
    if prof.issuer and prof.issuer not in prof.label:
        return f"《{prof.label}》（{prof.issuer}）"
    places = [pl for pl in prof.own_places if pl[:2] not in prof.label]
    return f"《{prof.label}》" + (f"（{'、'.join(places)}）" if places else "")


def detail_question(phrase: str, rest: str) -> str:
    """The detail asked of a notice holding PHRASE: a figure asked (收回多少, 处理了几个人, 折合多少元) is the figure of the
    thing mentioned, so it is asked with the phrase; any other detail (市长在什么会上讲的) is asked as written.

    >>> detail_question("收回清退违规资金", "收回多少，折合多少元"), detail_question("七张问题清单", "市长在什么会上讲的")
    ('收回清退违规资金，收回多少，折合多少元', '市长在什么会上讲的')
    >>> detail_question("各部门巡察整改联络员", "他们参加的是什么会")
    '各部门巡察整改联络员参加的是什么会'
    """
    pronoun = load_which().pronoun
    if pronoun.search(rest):   # 他们参加的是什么会: the thing mentioned, named
        return pronoun.sub(phrase, rest, count=1)
    return f"{phrase}，{rest}" if QUANTITY.search(rest) or unit_asked(rest) else rest


def _detail(index: Index, nid: str, question: str, reason: str, k: int,
            cited: tuple[Citation, ...]) -> Reply | None:
    """QUESTION answered inside notice NID alone, its markers and citations numbered after those CITED (a clause cited
    already keeps its number); None when silent."""
    sub = prepare(index, question, Scope((nid,), reason), k=k, named_by_user=True)
    reply = side_reply(index, sub)
    if reply.abstained or not reply.citations:
        return None
    same = {(c.notice_id, c.start, c.end): c.n for c in cited}
    numbers, fresh = {}, []
    for c in reply.citations:
        numbers[c.n] = same.get((c.notice_id, c.start, c.end)) or len(cited) + len(fresh) + 1
        if numbers[c.n] > len(cited):
            fresh.append(replace(c, n=numbers[c.n]))
    text = MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", reply.text)
    return Reply(text, False, tuple(fresh))
