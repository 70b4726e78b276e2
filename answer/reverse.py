"""Which agency's notice says a fact, no notice named (genre which.toml [reverse_ask]): 哪个单位的通报说建了45项制度？它清
退了多少违规资金. The notices whose clause holds the figure beside its noun (or whose text names the kind of inspection
asked) answer, each agency named with the clause cited, then the detail asked, from that notice alone; where none does,
the ask is refused and the nearest notices (the noun with another figure, another kind) named.

Example:
    >>> r = reverse_reply(index, prepare(index, "哪个单位的通报说建了45项制度？它清退了多少违规资金", scope))
    >>> r.text.startswith("嘉兴市")
    True
"""
from __future__ import annotations

import re

from answer.forms import cite
from answer.prepared import Prepared, Reply
from answer.which import _detail, kinds_named
from genre.figures import arabic
from genre.reverse import ReverseAsk, load_reverse, reverse_asked
from retrieval.index.opened import Index
from retrieval.search.profile import notice_profile

CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")
NEAREST = 3   # notices named as the nearest when none holds the fact


def fact_clause(text: str, ask: ReverseAsk) -> tuple[int, int] | None:
    """The span of the first clause of TEXT holding the asked fact: the figure in one of its units beside a run of the
    noun (noun_run characters, or the whole noun if shorter), or the kind word before 巡察/巡视; None when none does.

    >>> ask = reverse_asked("哪个单位的通报说建了45项制度")
    >>> t = "给予谈话提醒24人,建立完善制度45项,收回清退违规资金5.0227万元。"
    >>> a, b = fact_clause(t, ask); t[a:b]
    '建立完善制度45项'
    >>> fact_clause(t, reverse_asked("哪个单位的通报说建了60项制度")) is None
    True
    """
    for m in CLAUSE.finditer(text):
        if ask.kind and re.search(ask.kind + "(?:巡察|巡视)", m.group(0)):
            return m.start(), m.end()
        if ask.figure and _figure_in(arabic(m.group(0)), ask) and _noun_in(m.group(0), ask.noun):   # 对一人 as 对1人
            return m.start(), m.end()
    return None


def _figure_in(clause: str, ask: ReverseAsk) -> bool:
    units = "|".join(sorted(map(re.escape, ask.units), key=len, reverse=True))
    return bool(re.search(rf"(?<![\d.]){re.escape(ask.figure)}(?:{units})", clause))


def _noun_in(clause: str, noun: str) -> bool:
    size = min(load_reverse().noun_run, len(noun))
    return any(noun[i:i + size] in clause for i in range(len(noun) - size + 1))


def agency_named(index: Index, nid: str) -> str:
    """A notice's agency as the index knows it (its issuer), else how it is named to a user."""
    prof = notice_profile(index.records[nid].notice)
    return prof.issuer or f"《{prof.label}》"


def notice_named(index: Index, nid: str) -> str:
    """The agency with its notice's title (瑞金市审计局的《关于2020年度…整改情况的报告》): staff asking whose notice says a
    fact look the notice up next, and an agency issues several (a year's report each); the agency alone when untitled."""
    notice = index.records[nid].notice
    prof, title = notice_profile(notice), notice.title.strip()
    titled = title and title != notice.id and prof.issuer and prof.issuer != title   # an untitled notice bears its file's
    return f"{prof.issuer}的《{title}》" if titled else agency_named(index, nid) + "的通报"   # name (retrieval.load)


def reverse_reply(index: Index, p: Prepared, k: int = 5) -> Reply | None:
    """The agencies whose notice holds the fact asked, each cited, then the detail; a refusal naming the nearest when
    none holds it; None when the question is no reverse ask or too many notices hold the fact."""
    ask = reverse_asked(p.question)
    if ask is None:
        return None
    kinds = kinds_named(ask.head)
    ids = tuple(n for n in index.records if not kinds or notice_profile(index.records[n].notice).kinds & kinds)
    found = [(n, s) for n in ids if (s := fact_clause(index.records[n].notice.text, ask))]
    if len(found) > load_reverse().max_holders:
        return None
    if not found:
        return _refused(index, ids, ask)
    parts, cites = [], []
    for i, (nid, (a, b)) in enumerate(found):
        text = index.records[nid].notice.text
        cites.append(cite(index, nid, a, b, len(cites) + 1))
        parts.append(f"{notice_named(index, nid)}写到：“{text[a:b]}”[{len(cites)}]。")
        if ask.rest:
            detail = _detail(index, nid, ask.rest, p.scope.reason, k, tuple(cites))
            if detail is not None:
                parts.append(detail.text)
                cites += [c for c in detail.citations if c.n > len(cites)]
    lead = "" if len(found) == 1 else f"有{len(found)}家单位的通报写到“{ask.said}”：\n"
    return Reply(lead + "\n".join(parts), False, tuple(cites), parts[0])


def _refused(index: Index, ids: tuple[str, ...], ask: ReverseAsk) -> Reply:
    """No notice holds the fact: said so, with the nearest (the noun under another figure; another kind) cited."""
    near = []
    for nid in ids:
        text = index.records[nid].notice.text
        for m in CLAUSE.finditer(text):
            c = m.group(0)
            if (ask.kind and load_reverse().kind.search(c)) or (
                    ask.figure and _noun_in(c, ask.noun)
                    and any(f.group("unit") in ask.units for f in load_reverse().figure.finditer(c))):
                near.append((nid, m.start(), m.end()))
                break
        if len(near) >= NEAREST:
            break
    cites = tuple(cite(index, nid, a, b, i + 1) for i, (nid, a, b) in enumerate(near))
    text = f"通报中没有相关信息：没有哪份通报写到“{ask.said}”。"
    if near:
        text += "相近的有：" + "；".join(
            f"{agency_named(index, nid)}的通报写的是“{index.records[nid].notice.text[a:b]}”[{i + 1}]"
            for i, (nid, a, b) in enumerate(near)) + "。"
    return Reply(text, True, cites)
