"""The approaches of the units under an agency, told as a run of example clauses each opened by a phrase of some
units (genre measures.toml unit_examples): asked how those units rectified (被审计单位整改都是什么路数), each clause of
the run answers, read on to the next one or its sentence's end.

    >>> t = "各单位根据要求部署整改。部分单位边审边改,逍林镇清理往来款项15笔;有些单位开展专项整治;有些单位建立长效机制抓整改。"
    >>> [t[a:b] for a, b in example_run(t, 0, len(t))]
    ['部分单位边审边改,逍林镇清理往来款项15笔;', '有些单位开展专项整治;', '有些单位建立长效机制抓整改。']
"""
from __future__ import annotations

from answer.measures import ITEM_CHARS, UNIT_EXAMPLE, own_measures_asked
from genre.data_files import compile_re, read_toml
from retrieval.chunk import sentence_spans
from retrieval.index.opened import Index
from retrieval.search.rank import Hit

UNITS_UNDER = compile_re(read_toml("measures.toml")["unit_examples"]["units_under"], "measures.toml",
                         "unit_examples.units_under")   # 被审计单位, 各单位: the units under the agency, by their kind
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


def units_run(index: Index, hits: list[Hit], question: str) -> list[tuple]:
    """Candidate tuples (1.0, rank, start, end, hit) of the example run in the paragraph of one of the top HITS, when
    QUESTION asks how the units under an agency rectified (genre unit_examples `units_under`), naming no agency whose
    own measures it asks (慈溪市审计局是怎么推动被审计单位整改的: the agency's); [] otherwise."""
    if not UNITS_UNDER.search(question) or own_measures_asked(question):   # 审计局怎么推动被审计单位整改: the agency's own
        return []
    for hit in hits[:3]:
        text = index.records[hit.notice_id].notice.text
        start = text.rfind("\n", 0, hit.start) + 1
        end = text.find("\n", hit.end) if "\n" in text[hit.end:] else len(text)
        run = example_run(text, start, end)
        if run:
            return [(1.0, hit.rank, a, b, hit) for a, b in run]
    return []
