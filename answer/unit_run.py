"""The approaches of the units under an agency, told as a run of example clauses each opened by a phrase of some
units (genre measures.toml unit_examples): asked how those units rectified (被审计单位整改都是什么路数), each clause of
the run answers, read on to the next one or its sentence's end.

    >>> t = "各单位根据要求部署整改。部分单位边审边改,逍林镇清理往来款项15笔;有些单位开展专项整治;有些单位建立长效机制抓整改。"
    >>> [t[a:b] for a, b in example_run(t, 0, len(t))]
    ['部分单位边审边改,逍林镇清理往来款项15笔;', '有些单位开展专项整治;', '有些单位建立长效机制抓整改。']
"""
from __future__ import annotations

from answer.measures import (
    ITEM_CHARS,
    UNIT_EXAMPLE,
    UNITS_UNDER,
    coverage,
    own_measures_asked,
)
from retrieval.chunk import sentence_spans
from retrieval.index.opened import Index
from retrieval.search.rank import Hit

FULL_STOP = "。！？!?"


def example_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end] opened by a phrase of some units (部分单位…, 有些单位…), each read on through the
    clauses after it up to the next such opening or its sentence's end (at most ITEM_CHARS); [] when fewer than two."""
    clauses = sentence_spans(text, start, end)
    run: list[tuple[int, int]] = []
    for a, b in clauses:
        opens = bool(UNIT_EXAMPLE.match(text[a:b]))
        if opens:
            run.append((a, b))
        elif run and text[run[-1][1] - 1] not in FULL_STOP and "\n" not in text[run[-1][1]:a] \
                and b - run[-1][0] <= ITEM_CHARS:
            run[-1] = (run[-1][0], b)   # the example's detail after a ；
    return run if len(run) >= 2 else []


def units_run(index: Index, hits: list[Hit], question: str, q_tokens: dict[str, float] | None = None) -> list[tuple]:
    """Candidate tuples (1.0, rank, start, end, hit) of the example run in the paragraph of one of the top HITS, when
    QUESTION asks how the units under an agency rectified (genre unit_examples `units_under`), naming no agency whose
    own measures it asks (慈溪市审计局是怎么推动被审计单位整改的: the agency's), nor a topic another sentence of the
    paragraph holds better than the run (Q_TOKENS: topic_elsewhere); [] otherwise."""
    units = UNITS_UNDER.search(question)
    if not units or own_measures_asked(question):   # 审计局怎么推动被审计单位整改: the agency's own
        return []
    topic = {t: w for t, w in (q_tokens or {}).items() if t not in question[max(0, units.start() - 2):units.end()]}
    for hit in hits[:3]:
        text = index.records[hit.notice_id].notice.text
        start = text.rfind("\n", 0, hit.start) + 1
        end = text.find("\n", hit.end) if "\n" in text[hit.end:] else len(text)
        run = example_run(text, start, end)
        if run and topic_elsewhere(text, run, start, end, topic):
            return []
        if run:
            return [(1.0, hit.rank, a, b, hit) for a, b in run]
    return []


def topic_elsewhere(text: str, run: list[tuple[int, int]], start: int, end: int, topic: dict[str, float]) -> bool:
    """Whether a sentence of text[start:end] outside the RUN holds more of the question's TOPIC (its weighted words
    besides the units it names) than the whole run does: 有些被审计单位是怎么组织整改班子的 asks the team some units set
    up (部分单位还成立了…整改工作小组, inside a sentence of its own), not the run of their approaches.

    >>> t = "各单位根据要求,部分单位还成立了整改工作小组。部分单位边审边改;有些单位开展专项整治。"
    >>> topic_elsewhere(t, example_run(t, 0, len(t)), 0, len(t), {"小组": 2.0}), topic_elsewhere(t, [], 0, 0, {})
    (True, False)
    """
    if not topic:
        return False
    held = coverage(topic, "".join(text[a:b] for a, b in run))
    others = [(a, b) for a, b in sentence_spans(text, start, end, clauses=False)
              if not any(x < b and a < y for x, y in run)]
    return any(coverage(topic, text[a:b]) > held for a, b in others)
