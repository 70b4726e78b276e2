"""Totals a notice states, read with the genre's totals wordings (items.toml [[total]], [[count]],
[all_done], [[stated_category]]) in one place.

Example:
    >>> from genre import load_genre
    >>> t = load_genre().read_totals("巡察反馈的4个方面18个问题,已完成整改17个,基本完成整改1个。")
    >>> (t[0].total, t[0].counts)
    (18, (('已完成', 17), ('基本完成', 1)))
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from genre.figures import arabic_mapped
from genre.types import ItemConventions, Rule, Stated, Totals


class Wordings(Protocol):
    """What the readers need of the Genre record: the totals wordings and the status words."""
    counts: tuple[Rule, ...]
    totals: tuple[Rule, ...]
    all_done: re.Pattern[str]
    items: ItemConventions

    def normalise_status(self, text: str) -> str: ...


def status_count_hits(g: Wordings, s: str) -> list[re.Match[str]]:
    """The status counts of S (已完成整改17个, 6条进一步落实中), in order, overlaps dropped."""
    counts = sorted((h for r in g.counts for h in r.pattern.finditer(s)), key=lambda h: h.start())
    return [h for i, h in enumerate(counts) if not any(o.start() <= h.start() < o.end() for o in counts[:i])]


def figure_first_count(g: Wordings, text: str) -> bool:
    """Whether TEXT holds a status count written figure first (336个已完成整改, 40项已整改; items.toml [[count]]).

    >>> from genre import load_genre
    >>> figure_first_count(load_genre(), "其中336个已完成整改"), figure_first_count(load_genre(), "已完成整改336个")
    (True, False)
    """
    return any(h.group().startswith(h.group("n")) for h in status_count_hits(g, text))


def read_totals(g: Wordings, text: str) -> list[Totals]:
    """Totals statements of TEXT, one per sentence: a total and the status counts that follow it.

    A sentence of counts without a total (3个问题已完成整改,2个问题已基本完成整改) totals their sum.
    """
    out = []
    for sent in re.finditer(r"[^。；;\n]+", text):
        s, at = arabic_mapped(sent.group())   # 共二十九个问题,已完成整改二十八个: read as 29, 28 (figures.toml [numerals])
        counts = status_count_hits(g, s)
        totals = sorted((h for r in g.totals for h in r.pattern.finditer(s)
                         if not any(c.start() <= h.start() < c.end() for c in counts)), key=lambda h: h.start())
        if totals:
            t = totals[0]
            counts = [h for h in counts if h.start() >= t.end()]
            total, start = int(t.group("total") or t.groupdict().get("total2")), t.start()
        elif len(counts) >= 2:
            total, start = sum(int(h.group("n")) for h in counts), counts[0].start()
        else:
            continue
        pairs = tuple((g.normalise_status(h.group("status")), int(h.group("n"))) for h in counts)
        if totals and not pairs and g.all_done.search(s, totals[0].end()):
            pairs = (("已完成", total),)  # 问题4个,已全部办结
        out.append(Totals(total, pairs, sent.start() + at[start], sent.end()))
    return out


def read_stated(g: Wordings, text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Stated]:
    """Totals a notice states outside the `skip` spans (measure text), one per category, e.g.
    具体问题29个 (已完成16, 基本完成10, 长期整改3); only categories that count ledger items,
    carry a status breakdown, or count measures are kept. Statuses are the counts of the clause
    after the total (the same [[count]] wordings as read_totals), or all of it when it says 已全部完成.

    >>> from genre import load_genre
    >>> st = load_genre().read_stated("“举一反三”整改事项59个,已完成整改56个,基本完成3个。")[0]
    >>> (st.kind, st.total, st.statuses)
    ('举一反三', 59, (('已完成', 56), ('基本完成', 3)))
    """
    hits = sorted({(m.start(), m.end(), m.group("cat"), int(m.group("n")), c) for c in g.items.stated for form in c.forms
                   for m in form.finditer(text) if not any(a <= m.start() < b for a, b in skip)
                   and (not c.before or c.before in text[max(0, m.start() - 12):m.start()])}, key=lambda h: h[:2])
    best: dict[str, Stated] = {}
    for i, (s, e, written, n, cat) in enumerate(hits):
        stop = min([j for j in (text.find(c, e) for c in ";；。:：\n") if j >= 0] + [len(text)])
        stop = min([stop] + [h[0] for h in hits[i + 1:] if h[0] >= e])
        clause = text[e:stop]
        statuses = [(g.normalise_status(h.group("status")), int(h.group("n"))) for h in status_count_hits(g, clause)]
        done = g.all_done.search(clause)
        if done and done.start() <= 8:
            statuses.insert(0, ("已完成", n))  # 30个具体问题已全部完成整改
        if not (cat.kind or statuses or cat.measures):
            continue
        key = cat.kind or cat.name
        if key not in best or len(statuses) > len(best[key].statuses):
            best[key] = Stated(written, cat.kind, n, tuple(statuses), text[s:stop].strip(), s, stop)
    return sorted(best.values(), key=lambda st: st.start)
