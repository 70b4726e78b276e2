"""Walking a question's positions down a notice's outline: "第一部分下面第三点" -> 第一部分, then its 第三点.

Split from retrieval.search.structure (which answers structure questions); the patterns are genre data
(genre/data/structure_questions.toml [position]).
Example:
    >>> [ref.group(0) for ref in positions("第一部分下面第三点讲什么")[0]]
    ['第一部分', '第三点']
"""
from __future__ import annotations

import re

from genre.structure_questions import load_structure_questions
from retrieval.parse import Section, cn_to_int
from retrieval.search.counted_holder import counted_holder
from retrieval.search.held import children, first_below, named_sections
from retrieval.search.listed import whole_notice_counted
from retrieval.search.outline import top_parts

ASKED = load_structure_questions()   # how staff point at a part (genre/data/structure_questions.toml)


def positions(question: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The chain of positions the question walks down ("第一部分下面第三点" -> 第一部分, 第三点), and the positions
    joined to its last one by 和/、 (第一部分和第二部分: side by side, not one inside the other)."""
    refs = list(ASKED.position.finditer(question))
    chain, beside = refs[:1], []
    for prev, ref in zip(refs, refs[1:]):
        if ASKED.position_joined.search(ASKED.joined_aside.sub("", question[prev.end():ref.start()])):   # （X和Y）: an aside
            beside.append(ref)
        elif beside:
            break
        elif prev.group(0)[-1] == ref.group(0)[-1]:   # 第一部分讲什么？第二部分呢: side by side too
            beside.append(ref)
        else:
            chain.append(ref)
    return chain, beside


def pick(level: list[Section], ref: re.Match[str]) -> Section | None:
    if ref.group(3):   # 最后一条
        return level[-1] if level else None
    n = 1 if ref.group(2) else cn_to_int(ref.group(1) or ref.group(4))
    return next((s for s in level if s.number == n), None)


def resolve(secs: list[Section], level: list[Section], chain: list[re.Match[str]]) -> tuple[list[Section], str]:
    """The sections met walking the chain of positions down from `level`, or ([], the first position missing)."""
    path: list[Section] = []
    for ref in chain:
        got = pick(level, ref)
        if got is None:
            return [], ref.group(0)
        path.append(got)
        level = children(secs, got)
    return path, ""


def walk(secs: list[Section], question: str, outline: bool = True) -> tuple[list[Section], bool]:
    """Sections a chain of positions points at ("第一部分下面第三点", "第一大类下面列了几条？最后一条") and whether
    a part (部分/块/方面/类) is asked that the notice does not have. The chain starts under a heading the words
    before it name (巡察发现的问题，第一大类), else at the top, or under the only top part when the top lacks the
    first position (a findings notice: 一、巡察发现的问题 holds the (一)(二) groups). 几条/几点 asked: every item
    of the holder; 前三条/哪几条 after the chain (反馈问题整改部分第一个方面下面前三个问题): the holder walked to and its
    first N (or all) items; positions side by side (第一部分和第二部分): each of them. 几条 asked of the whole notice before a lone
    position (通知提了几条要求，第三条是什么): the top parts, each named, unless OUTLINE is False (a sentence lists the
    thing counted)."""
    listed = ASKED.first_n.search(question) or ASKED.all_items.search(question)
    chain, beside = positions(question)
    if listed:   # 前三条 / 哪几条 after a path (X部分第一个方面下面前三个问题): walked below; else first_items
        chain, beside = [ref for ref in chain if ref.end() <= listed.start()], []
        if not chain:
            return [], False
    counted = ASKED.counted_items.search(question)
    if not chain:
        about = ASKED.about_part.search(question)
        words = (about.group(1) or about.group(2)) if about else ""
        held = counted_holder(secs, named_sections(secs, words), words) if about and counted else None
        return ([held] + children(secs, held) if held else whole_notice_counted(secs, question)), False
    closing = ASKED.named_end.search(question, 0, chain[0].start())   # 组织领导那部分有几点？(第三点): the name's end
    prefix = re.sub(r"[的“”\"]", "", question[:closing.start()])   # staff drop the 的 of a heading they retell, or quote it
    named = next((h for i in range(len(prefix) - 3) for h in secs
                  if prefix[i:] in h.heading.replace("的", "") and children(secs, h)), None)
    kinded = None if named else kind_named(secs, question, chain[0])   # 主要任务是…？第一项任务: below 主要任务
    named = named or kinded
    top = top_parts(secs)
    if named and len(top) > 1 and ASKED.part_units.search(chain[0].group(0)) and pick(top, chain[0]) is named:
        named = None   # 讲组织领导的第一部分: its words and its ordinal name one top part, not a part below it
    grouped = bool(ASKED.group_units.search(chain[0].group(0)) or ASKED.group_after.match(question, chain[0].end()))
    findings = [h for h in top if ASKED.findings_heading.search(h.heading)] if grouped and len(top) > 1 else []
    under = [children(secs, top[0])] if len(top) == 1 else [children(secs, findings[0])] if len(findings) == 1 else []
    # a findings notice's only part, or (第一部分问题) the only top part whose heading names problems
    starts = ([children(secs, named)] if named else []) + (under + [top] if grouped else [top] + under)
    walks = [resolve(secs, level, chain) for level in starts]
    path = next((w[0] for w in walks if w[0]), [])
    rest = rest_items(secs, top, path[-1], chain[-1], question) if path else []
    if rest:   # 除了第一条，后面几条的标题是啥: the items after it at its level, not below it
        return rest, False
    if listed and path:
        n = cn_to_int(listed.group(1).replace("两", "二")) if listed.groups() and listed.group(1) else len(secs)
        return first_below(secs, path[-1], n), False
    if not path:   # 反馈问题第（五）类下面前两条 of a part with four groups: missing, not the top parts listed
        failed = walks[starts.index(top)][1]   # missing from the top down
        return [], bool(top) and (bool(ASKED.part_units.search(failed)) or beyond_last(secs, top, chain, question))
    if beside:   # 第一部分和第二部分分别讲什么: each part, at the level of the first
        level = children(secs, secs[path[-1].parent]) if path[-1].parent >= 0 else top
        found = [s for s in (pick(level, ref) for ref in beside) if s is not None]
        held = [s for s, a, b in zip(path, chain, chain[1:]) if ASKED.position_asked.search(question[a.end():b.start()])]
        return (held + path[-1:] + found if found else []), False   # 第一部分的标题，下面第一点和第二点: the part too
    if len(chain) < 2 and not counted:   # one position: under the part named before it (X那块的第二条, X部分最后一点),
        about = ASKED.about_part.search(question, 0, chain[0].start())   # else _lookup's own rules
        closed = about or ASKED.part_units.search(closing.group(0)) or (named and whole_heading(prefix, named)) or kinded
        if named and closed:
            return walks[0][0][-1:], False
        lone = grouped and under and len(top) == 1 and pick(top, chain[0]) is None   # 第二大类 of a findings notice whose only
        return (path[-1:] if lone else about_item(secs, question, chain[0])), False   # part holds the groups: its (二)
    if counted:   # the part named before 几条: 第一部分下面有几点？第三点… / 第二部分第一方面有几条 / X那部分有几点？第三点
        held = [s for s, ref in zip(path, chain) if ref.start() < counted.start()][-1:] or \
            ([named] if named and counted.start() < chain[0].start() else path[:1])
        if outline and held == path[:1] and counted.start() < chain[0].start() and path[0].parent < 0 \
                and whole_notice_counted(secs, question[:chain[0].start()]):   # 提了几条要求，第三条是什么:
            return top, False   # the count is of the level the position is walked in, the top parts, each named
        return held + children(secs, held[0]), False
    asked = [ASKED.position_asked.search(question[a.end():b.start()]) for a, b in zip(chain, chain[1:])]
    return [s for s, each in zip(path, asked + [True]) if each], False   # 第一个大标题是什么？它下面第一小点呢: both


def whole_heading(prefix: str, named: Section) -> bool:
    """Whether the words before a position end in the whole heading of the part NAMED (主要任务第一项: the part
    二、主要任务, not a word of a longer heading): the position is asked below that part (genre structure_questions.toml
    [position] named_whole).

    >>> whole_heading("浙江卫健要点主要任务", Section(...heading="主要任务"...))
    True
    """
    heading = ASKED.heading_end.sub("", named.heading.replace("的", ""))
    return len(heading) >= ASKED.named_whole_min and prefix.endswith(heading)


def about_item(secs: list[Section], question: str, ref: re.Match[str]) -> list[Section]:
    """"讲监督检查的最后一点": the item at the position REF asks whose heading holds the words it is said to be about
    (the last of its level, or the Nth); [] when the question names no such words or no item there holds them.

    >>> [s.marker for s in about_item(secs, "省司法厅通报讲监督检查的最后一点", ASKED.position.search("…最后一点"))]
    ['(三)']
    """
    about = ASKED.about_item.search(question, 0, ref.start())
    if not about:
        return []
    for sec in named_sections(secs, about.group(1)):
        level = [s for s in secs if s.parent == sec.parent and s.kind == sec.kind]
        if sec.kind != "enum" and pick(level, ref) is sec:
            return [sec]
    return []


def beyond_last(secs: list[Section], level: list[Section], chain: list[re.Match[str]], question: str) -> bool:
    """Whether the chain walks into a part that is found and past the count of its points (第一部分第五点 of a part
    with three (一)(二)(三)): a point the notice does not have, not the part above it; False when the part found
    has no points the outline reads (they may be written otherwise) or QUESTION names more between the two (a heading
    quoted: 第二部分“思想认识有差距”下面第二个问题).

    >>> q = "厦门体育局第一部分第五点讲什么"
    >>> beyond_last(secs, top_parts(secs), positions(q)[0], q)   # 一、 holds (一)…(三)
    True
    """
    for depth, ref in enumerate(chain):
        got = pick(level, ref)
        if got is None:
            return depth > 0 and bool(level) and bool(ASKED.beyond_gap.fullmatch(question, chain[depth - 1].end(),
                                                                                 ref.start()))
        level = children(secs, got)
    return False


def kind_named(secs: list[Section], question: str, ref: re.Match[str]) -> Section | None:
    """The part an earlier ask of the line names whose heading ends in the kind the position counts (主要任务是围绕什么展开
    的？第一项任务是什么: 二、主要任务 holds the 任务 counted), so the position is walked below it; None when the position
    names no such kind or no heading that long with parts below it is named before it (genre structure_questions.toml
    [position] kind_after).

    >>> kind_named(secs, "要点的主要任务是围绕什么展开的？第一项任务是什么？", ASKED.position.search("…第一项任务"))
    Section(marker='二、', heading='主要任务', …)
    """
    kind = ASKED.kind_after.match(question, ref.end())
    if not kind:
        return None
    before = question[:ref.start()]
    return next((h for h in secs if children(secs, h) and len(whole := ASKED.heading_end.sub("", h.heading)) >=
                 ASKED.named_whole_min and whole.endswith(kind.group()) and whole in before), None)


def rest_items(secs: list[Section], top: list[Section], last: Section, ref: re.Match[str], question: str) -> list[Section]:
    """The items of LAST's level asked besides it (genre structure_questions.toml [position] rest_after, rest_except):
    those after it (后面几条 / 其余几点 / 剩下的几部分), or every other one (除了第一条，还有哪些); [] when none is asked.

    >>> [s.marker for s in rest_items(secs, top, first, ref, "除了第一条强化责任落实，后面几条的标题是啥")]
    ['二、', '三、', '四、']
    """
    after = ASKED.rest_after.search(question[ref.end():])
    but = ASKED.rest_except.search(question[:ref.start()])
    if not after and not but:
        return []
    level = [s for s in (children(secs, secs[last.parent]) if last.parent >= 0 else top) if s.kind == last.kind]
    if last not in level:
        return []
    return level[level.index(last) + 1:] if after else [s for s in level if s is not last]
