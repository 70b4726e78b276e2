"""What two or more named actors each did: the clause each one opens as its subject (genre claims.toml [each_actor]).

"区县市政府和具体实施单位各做了什么" is answered first by "区(县、市)政府能够落实属地管理责任,积极协同推进"[1] and
"具体实施单位,能够细化制订整改方案和计划,…"[2]: notices set a division of labour out as parallel clauses, each opening
with its actor.

Example:
    >>> t = "市级牵头部门,能够履行牵头抓总责任;区(县、市)政府能够落实属地管理责任,积极协同推进;具体实施单位,能够细化方案。"
    >>> [t[a:b] for a, b in actor_clauses(t, "区县市政府和具体实施单位各做了什么")]
    ['区(县、市)政府能够落实属地管理责任,积极协同推进', '具体实施单位,能够细化方案']
"""
from __future__ import annotations

import re

from genre.data_files import compile_re, read_toml

_DATA = read_toml("claims.toml")["each_actor"]
EACH_ACTOR = compile_re(_DATA["pattern"], "claims.toml", "each_actor")
SECOND_ACTOR = compile_re(_DATA["second"], "claims.toml", "each_actor.second")
IGNORED = compile_re(_DATA["ignored"], "claims.toml", "each_actor")
LISTED = compile_re(_DATA["listed"], "claims.toml", "each_actor.listed")
SCOPE_AFTER = compile_re(_DATA["scope_after"], "claims.toml", "each_actor.scope_after")
SINGLE_ACTOR = compile_re(_DATA["single"], "claims.toml", "each_actor.single")
DUTY = compile_re(_DATA["duty"], "claims.toml", "each_actor.duty")
MIN_CHARS = int(_DATA["min_chars"])
PART = re.compile(r"[^;；。！!？?\n]+")      # an actor's clause runs to the end of its ；-part
OPENING = re.compile(r"(?:^|[,，])\s*")      # an actor opens its part or one of its clauses


def asked_actors(question: str) -> tuple[str, ...] | None:
    """The actors a question asks what each did, as written (noise before the first kept, a scope after the last
    dropped); None otherwise.

    >>> asked_actors("宁波审计整改里 区县市政府和市级牵头部门各起什么作用")
    ('宁波审计整改里 区县市政府', '市级牵头部门')
    >>> asked_actors("市级牵头部门负责干什么？区县市政府又负责什么？")
    ('市级牵头部门', '区县市政府')
    >>> asked_actors("市级牵头部门、区县和具体实施单位在审计整改里分别担什么责？")
    ('市级牵头部门', '区县', '具体实施单位')
    """
    m = EACH_ACTOR.search(question) or SECOND_ACTOR.search(question)
    if not m:
        return None
    listed = [x for x in _split_listed(m.group(1)) if x.strip()]
    return tuple(listed) + (SCOPE_AFTER.sub("", m.group(2)) or m.group(2),)


def _split_listed(text: str) -> list[str]:
    """TEXT split at the list marks outside brackets: 区(县、市)政府 stays one name.

    >>> _split_listed("市级牵头部门、区(县、市)政府")
    ['市级牵头部门', '区(县、市)政府']
    """
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "(（") - (ch in ")）")
        if depth <= 0 and LISTED.fullmatch(ch):
            parts.append(text[last:i])
            last = i + 1
    return parts + [text[last:]]


def _plain(text: str) -> tuple[str, list[int]]:
    """TEXT without the ignored marks, and the offset in TEXT of each character kept."""
    kept = [(i, ch) for i, ch in enumerate(text) if not IGNORED.fullmatch(ch)]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def _opened_by(text: str, actor: str, others: list[str], start: int) -> list[tuple[int, int]]:
    """The clauses from START on that ACTOR (its longest tail of MIN_CHARS or more opening any; a shorter name as it
    stands) opens, each to the end of its ；-part or to the clause one of the OTHERS opens there; a clause listing two
    names (牵头部门、实施单位要…) is neither's own."""
    name = _plain(actor)[0]
    rivals = [r for r in (_plain(o)[0][-MIN_CHARS:] for o in others) if r] or ["\0"]   # one actor alone: no rival
    for cut in range(max(1, len(name) - MIN_CHARS + 1)):
        tail, found = name[cut:], []
        for part in PART.finditer(text, start):
            plain, at = _plain(part.group())
            opens = [m.end() for m in OPENING.finditer(plain)]
            for o in opens:
                first = re.split(r"[,，]", plain[o + len(tail):], maxsplit=1)[0]
                if plain.startswith(tail, o) and not any(r in first for r in rivals):
                    stop = next((x for x in opens if x > o and any(
                        r in re.split(r"[,，]", plain[x:], maxsplit=1)[0][:len(r) + 4] for r in rivals)), None)
                    end = part.start() + at[stop] if stop is not None else part.end()
                    found.append((part.start() + at[o], end))
        if found:
            return found
    return []


def actor_clauses(text: str, question: str, start: int = 0) -> list[tuple[int, int]]:
    """One clause per actor the question asks what each did, each the clause the actor opens; [] when the question
    asks no such thing or an actor opens no clause of TEXT (from START on).

    >>> t = "市级牵头部门,能够履行牵头抓总责任;区(县、市)政府能够落实属地管理责任,积极协同推进;具体实施单位,能够细化方案。"
    >>> [t[a:b] for a, b in actor_clauses(t, "市级牵头部门、区县和具体实施单位在审计整改里分别担什么责？")]
    ['市级牵头部门,能够履行牵头抓总责任', '区(县、市)政府能够落实属地管理责任,积极协同推进', '具体实施单位,能够细化方案']
    """
    actors = asked_actors(question)
    if not actors:
        return []
    found = [_opened_by(text, a, [o for j, o in enumerate(actors) if j != i], start) for i, a in enumerate(actors)]
    if not all(found):
        return []
    best: tuple[int, list[tuple[int, int]]] | None = None
    for anchor in found[0]:   # the actors' clauses nearest each other: one division of labour set out side by side
        chosen = [anchor]
        for spans in found[1:]:
            free = [sp for sp in spans if sp not in chosen]
            if not free:
                break
            chosen.append(min(free, key=lambda sp: (abs(sp[0] - anchor[0]), sp)))
        else:
            spread = max(a for a, _ in chosen) - min(a for a, _ in chosen)
            best = min(best, (spread, chosen)) if best else (spread, chosen)
    return sorted(_closed(text, sp) for sp in best[1]) if best else []


def actor_duty(text: str, question: str, start: int = 0) -> list[tuple[int, int]]:
    """The clause the one actor a question asks what it is charged with (区县市政府担的是什么责任) opens in TEXT (from
    START on), when exactly one such clause names a duty (责任, 职责, 负责); [] otherwise.

    >>> t = "市级牵头部门,能够履行牵头抓总责任;区(县、市)政府能够落实属地管理责任,积极协同推进;具体实施单位,能够细化方案。"
    >>> [t[a:b] for a, b in actor_duty(t, "宁波审计整改里区县市政府担的是什么责任")]
    ['区(县、市)政府能够落实属地管理责任,积极协同推进']
    """
    m = SINGLE_ACTOR.search(question)
    if not m:
        return []
    found = [sp for sp in _opened_by(text, m.group(1) or m.group(2), [], start) if DUTY.search(text[sp[0]:sp[1]])]
    return [_closed(text, found[0])] if len(found) == 1 else []


def _closed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """SPAN without the comma and blanks it ends on when it stops where the other actor's clause opens."""
    a, b = span
    while b > a and text[b - 1] in ",， ":
        b -= 1
    return a, b
