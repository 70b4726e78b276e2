"""A total asked over parallel parts whose counts a notice states one by one and never adds up: the findings grouped
by 方面 with a count in each heading ((一)…方面(7个问题), (二)…方面(11个问题), …), or numbered items each stating
what is left (1.…尚有3项问题…, 2.…尚有2项问题…). Asked 四个方面合起来一共多少个问题 / 前三个方面总共多少个 / 除了…那个方面，
其余三个方面合计多少个, the answer quotes each part's count and works out their sum (genre worked.toml [parts_total]).

Example:
    >>> t = "三、坚持问题导向\\n(一)甲方面(7个问题)\\n(二)乙方面(11个问题)\\n四、正视差距"
    >>> [t[a:b] for a, b in total_parts(t, parse_sections(t), "这两个方面一共多少个问题？")[0]]
    ['(一)甲方面(7个问题)', '(二)乙方面(11个问题)']
"""
from __future__ import annotations

import functools
import re
from itertools import groupby

from answer.forms import cite
from answer.part_share import part_share_note, share_asked
from answer.sum_against import sum_against_asked, summed_against
from genre.data_files import compile_re, get, section
from genre.figures import arabic
from genre.questions import load_questions
from genre.parts_asked import PartsAsked, _parts_total, against_part, part_counts, parts_asked, parts_count
from retrieval.index.opened import Index
from retrieval.parse import Section, page_outline, parse_sections  # noqa: F401 (parse_sections: the doctest)

NOTE = "（按通报数字推算：{parts}，合计{total}{unit}{noun}。）"
DIFFERENCE = "（按通报数字推算：{parts}，相差{gap}{unit}{noun}。）"
MOST = re.compile(r"最多|最大|最高")
LEAST = re.compile(r"最少|最小|最低")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _own_count(text: str, sec: Section, nouns: list[str]):
    """(clause start, clause end, figure, unit, noun) of the count SEC's heading states of one of NOUNS; None if none."""
    line_end = text.find("\n", sec.start)
    end = min(sec.heading_end, line_end if line_end >= 0 else len(text)) if sec.heading_end > sec.start else line_end
    head = arabic(text[sec.start:end])   # 方面(七个问题) as 方面(7个问题) (genre figures.toml [numerals])
    for m in parts_count().finditer(head):
        noun = m.group("noun") or m.group("noun2")
        if not nouns or noun in nouns:
            figure, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
            stop = end - len(head) + len(head.rstrip("。；; "))
            return sec.start, stop, figure, unit, noun
    return None


def total_parts(text: str, sections: list[Section], question: str, nouns: list[str] | None = None):
    """(clause spans, note) for a total asked over parallel parts: the siblings (one parent, one kind of marker) whose
    headings each state a count of the noun asked, chosen as the question says (all, the first/last N, all but the one
    named after 除了), their figures summed; None when not asked, or no group of parts fits what is asked. A part's share
    asked beside the total (…一共多少问题，群众身边腐败那方面占百分之几) comes after the sum (answer/part_share.py)."""
    share = share_asked(question)
    if share is not None:
        found = total_parts(text, sections, share[0], nouns)
        said = part_share_note(text, found[0], share[1]) if found else ""
        return (found[0], found[1] + said) if said else None
    against = _parts_against().search(question)   # 两块加起来比群众身边腐败那块少几个: the sum, then held against that part
    summed = sum_against_asked(question, against)
    if summed is not None:
        found = total_parts(text, sections, summed, nouns)
        held = summed_against(text, found[0], against.group("other")) if found else None
        return (found[0] + [held[0]], found[1][:-2] + "；" + held[1] + "。）") if held else None
    asked = parts_asked(question)
    wanted_nouns = [n for n in (nouns or ["问题", "措施", "制度", "任务"]) if n in question] or []
    unstated = asked is None and bool(wanted_nouns) and bool(_total_asked().search(question))
    if unstated:   # 一共反馈了多少个问题: every part's count, when the notice states no total of its own
        asked = PartsAsked(0, "", "", "", False)
    if asked is None:
        return None
    best = None   # (fit, spans, figures)
    keyed = sorted(sections, key=lambda s: (s.parent, s.kind, s.depth, s.start))
    for _, group in groupby(keyed, key=lambda s: (s.parent, s.kind, s.depth)):
        group = list(group)
        counts = [_own_count(text, s, wanted_nouns) for s in group]
        if len(group) < 2 or any(c is None for c in counts) or len({(c[3], c[4]) for c in counts}) != 1:
            continue
        chosen = _chosen(text, group, counts, asked)
        if chosen is None or (unstated and _counted_elsewhere(text, group, counts)):
            continue
        named = sum(asked.noun in text[s.start:s.heading_end] for s in group)   # 方面 asked, the headings say 方面
        fit = (named, len(chosen))
        if best is None or fit > best[0]:
            best = (fit, chosen)
    if best is None:
        return None
    chosen = best[1]
    unit, noun = chosen[0][3], chosen[0][4]
    if asked.extreme:   # 总共几个，哪方面最多 / 哪个最多哪个最少: the sum too, when the notice states none of its own
        both = bool(MOST.search(question) and LEAST.search(question))   # 哪个最多、哪个最少: the parts weighed whole
        summed = len(chosen) >= 2 and (_total_asked().search(question) or both) and not _counted_elsewhere(text, chosen_group(sections, chosen), chosen)
        total = NOTE.format(parts="+".join(f"{c[2]}{unit}" for c in chosen), total=sum(int(c[2]) for c in chosen),
                            unit=unit, noun=noun) if summed else ""
        return [(c[0], c[1]) for c in chosen], total + _extremes(text, chosen, question)
    if len(chosen) < 2:   # a sum of one figure is never said
        return None
    if asked.difference:
        gap = int(chosen[0][2]) - int(chosen[1][2])
        return [(c[0], c[1]) for c in chosen], DIFFERENCE.format(
            parts="，".join(f"{c[2]}{unit}" for c in chosen), gap=abs(gap), unit=unit, noun=noun)
    total = sum(int(c[2]) for c in chosen)
    note = NOTE.format(parts="+".join(f"{c[2]}{unit}" for c in chosen), total=total, unit=unit, noun=noun)
    return [(c[0], c[1]) for c in chosen], note


def chosen_group(sections: list[Section], chosen: list[tuple]) -> list[Section]:
    """The SECTIONS whose headings the CHOSEN counts were read from (each count starts at its section's start)."""
    starts = {c[0] for c in chosen}
    return [s for s in sections if s.start in starts]


def _parts_against() -> re.Pattern[str]:
    """The ask against a part named after 比 (genre worked.toml [parts_total] against)."""
    return _parts_total()["against"]


@functools.cache
def _total_asked() -> re.Pattern[str]:
    """The total asked in so many words (一共, 总共, 总数; genre worked.toml [parts_total] total)."""
    return compile_re(get(section("worked.toml", "parts_total"), "total", str, "worked.toml"), "worked.toml", "parts_total.total")


def _counted_elsewhere(text: str, group: list[Section], counts: list[tuple]) -> bool:
    """Whether TEXT counts the parts' noun anywhere but in the GROUP's headings (共反馈29个问题, 已整改24个问题): then a
    total asked with no parts named is the notice's own clause's, not a sum of the parts.

    >>> t = "(一)甲方面(7个问题)\\n(二)乙方面(11个问题)\\n共反馈18个问题"
    >>> secs = parse_sections(t); _counted_elsewhere(t, secs, [_own_count(t, s, ["问题"]) for s in secs])
    True
    """
    noun = counts[0][4]
    heads = [(s.start, c[1]) for s, c in zip(group, counts)]
    return any(not any(a <= m.start() < b for a, b in heads) for m in parts_count().finditer(text)
               if (m.group("noun") or m.group("noun2")) == noun)


def _extremes(text: str, chosen: list[tuple], question: str) -> str:
    """The part with the most and the one with the fewest (as asked: 最多/最大/最高, 最少/最小/最低), by the words of
    their headings before the count, and their difference when one is asked (多几个, 相差)."""
    unit, noun = chosen[0][3], chosen[0][4]
    name = lambda c: text[c[0]:c[1]].split("(" + c[2])[0].split("（" + c[2])[0].rstrip("(（")   # noqa: E731
    top = max(chosen, key=lambda c: int(c[2]))
    low = min(chosen, key=lambda c: int(c[2]))
    said = []
    if MOST.search(question):
        said.append(f"最多的是“{name(top)}”，{top[2]}{unit}{noun}")
    if LEAST.search(question):
        said.append(f"最少的是“{name(low)}”，{low[2]}{unit}{noun}")
    other = against_part(question)
    held = top if MOST.search(question) or not LEAST.search(question) else low
    named = max(chosen, key=lambda c: len(_bigrams(other) & _bigrams(name(c)))) if other else None
    if named is not None and named is not held and _bigrams(other) & _bigrams(name(named)):   # 比基层党组织建设多几个
        gap = int(held[2]) - int(named[2])
        said.append(f"“{name(named)}”{named[2]}{unit}{noun}，{'多' if gap > 0 else '少'}{abs(gap)}{unit}")
    elif load_questions().asks_difference.search(question) or len(said) == 2:
        said.append(f"相差{int(top[2]) - int(low[2])}{unit}")
    return f"（按通报数字比较：{'；'.join(said)}。）" if said else ""


NO_EXTREME = "通报没有分{noun}写明问题的数目，无法比较哪一{noun}{most}。"


def extreme_unstated(question: str, text: str) -> str:
    """Why a reply must not stand when QUESTION asks which part has the most or fewest (哪一类问题最多) and TEXT (the
    answering notice) writes no count beside its parts' names (a total and its status only); "" otherwise.

    >>> extreme_unstated("那400个问题，哪一类问题最多", "反映的400个问题,已完成整改336个")
    '通报没有分类写明问题的数目，无法比较哪一类最多。'
    >>> extreme_unstated("哪个方面问题最多", "(一)甲方面(7个问题)\\n(二)乙方面(11个问题)")
    ''
    """
    asked = parts_asked(question)
    if asked is None or not asked.extreme or asked.which or part_counts(text) >= 2:
        return ""
    most = (MOST.search(question) or LEAST.search(question)).group()
    return NO_EXTREME.format(noun=asked.noun, most=most)


def _chosen(text: str, group: list[Section], counts: list[tuple], asked) -> list[tuple] | None:
    """The counts of the parts the question picks out of GROUP, or None when it names more parts than there are or a
    part it leaves out that no part fits."""
    if asked.which == "first" and 0 < asked.n < len(group):
        return counts[:asked.n]
    if asked.which == "last" and 0 < asked.n < len(group):
        return counts[-asked.n:]
    if asked.which == "each":   # parts asked one by one, by position or by words, in the order asked
        return _picked(text, group, counts, asked.picks)
    if asked.which == "named":   # each part named by words of its heading: the heading sharing most of them
        fits = [[len(_bigrams(name) & _bigrams(text[s.start:s.heading_end])) for s in group] for name in asked.named]
        picked = sorted({max(range(len(group)), key=lambda i: f[i]) for f in fits})
        if len(picked) != len(asked.named) or any(max(f) == 0 for f in fits):
            return None
        return [counts[i] for i in picked]
    if asked.which == "rest":
        if not asked.left:
            return None
        fits = [len(_bigrams(asked.left) & _bigrams(text[s.start:s.heading_end])) for s in group]
        drop = max(range(len(group)), key=lambda i: fits[i])
        if fits[drop] == 0 or (asked.n and asked.n != len(group) - 1):
            return None
        return [c for i, c in enumerate(counts) if i != drop]
    if asked.n and asked.n != len(group):
        return None
    return counts


def _picked(text: str, group: list[Section], counts: list[tuple], picks) -> list[tuple] | None:
    """The counts of the parts PICKS name in GROUP, in the notice's order: a position (1.., -1 the last) or the heading
    sharing most words; None when a position is past the group, words fit no heading, or two picks are one part."""
    chosen = []
    for n, words in picks:
        if n:
            if n > len(group):
                return None
            chosen.append(n - 1 if n > 0 else len(group) - 1)
            continue
        fits = [len(_bigrams(words) & _bigrams(text[s.start:s.heading_end])) for s in group]
        best = max(range(len(group)), key=lambda i: fits[i])
        if fits[best] == 0:
            return None
        chosen.append(best)
    return [counts[i] for i in sorted(chosen)] if len(set(chosen)) == len(chosen) else None   # as the notice orders them


def parts_total_answer(index: Index, notice_id: str, question: str, scope_note: str):
    """(text, abstained, citations, lead) quoting each part's count with their worked-out sum, for a total asked over
    parallel parts of the notice NOTICE_ID (its body's sections and a page's outline above its title); None otherwise."""
    rec = index.records[notice_id]
    text = rec.notice.text
    found = next((f for sections in (list(rec.sections), page_outline(text, rec.notice.header_end))
                  for f in [total_parts(text, sections, question)] if f), None)   # each list's own parent numbers
    if found is None:
        return None
    spans, note = found
    cites = tuple(cite(index, notice_id, a, b, i + 1) for i, (a, b) in enumerate(spans))
    lead = "；".join(f"{c.quote}[{c.n}]" for c in cites) + "。" + note
    return scope_note + lead, False, cites, lead
