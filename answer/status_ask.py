"""A yes-or-no completion ask beside another ask in one question ("三十年以上的旧燃气管道改完了没有？今年燃气老管网改了
多少公里？"): the lead answers the other ask (…改造完成燃气老旧管网122公里); the clause near it stating the result of what
the first ask names (运行30年以上的老旧管网已全部实施改造) answers the first and joins the lead. So does the member of a
counted set stated done for "现在出了哪个" beside "有几项没出台" (一是《…管理办法》已制定实施).

Example:
    >>> t = "二是加强改造。运行30年以上的老旧管网已全部实施改造。加强对运行20年以上燃气管网的监测,截至目前改造完成燃气老旧管网122公里。"
    >>> a = t.index("截至"); q = "三十年以上的旧燃气管道改完了没有？今年燃气老管网改了多少公里？"
    >>> [t[x:y] for x, y in status_answered(t, [(a, len(t) - 1)], q)]
    ['运行30年以上的老旧管网已全部实施改造', '截至目前改造完成燃气老旧管网122公里']
"""
from __future__ import annotations

import re

from genre.figures import arabic
from genre.questions import load_questions
from retrieval import weights
from genre.marks import CLAUSE

ASKS = re.compile(r"[^？?；;]+")   # the asks of a question typed as several
RUN = re.compile(r"[\u4e00-\u9fff\d]{2,}")
TITLE = re.compile(r"《[^》]*》")   # a document the lead cites names no member of the set it counts


def status_answered(text: str, found: list[tuple[int, int]] | None, question: str) -> list[tuple[int, int]] | None:
    """FOUND (the lead's clauses, answering another ask) with the clause near them stating the result of what a yes-or-no
    completion ask of QUESTION names (genre questions.toml [asks_done]; no count asked in it), the one sharing most of
    that ask's two-character runs (at least weights.STATUS_ASK_SHARE), in the notice's order; FOUND as it is otherwise.
    """
    q = load_questions()
    asks = [m.group() for m in ASKS.finditer(question) if m.group().strip()]
    status = [a for a in asks if q.asks_done.search(a) and not q.asks_quantity.search(a)]
    which = [a for a in asks if q.asks_which_done.search(a) and not q.asks_quantity.search(a)]
    if not found or len(asks) < 2 or not (status or which):
        return found
    begin = max(0, min(a for a, _ in found) - weights.STATUS_ASK_NEAR)
    end = min(len(text), max(b for _, b in found) + weights.STATUS_ASK_NEAR)
    added = list(found)
    quoted = "".join(text[a:b] for a, b in found)
    for ask in status + which:
        cue = q.asks_done.search(ask) if ask in status else None
        runs = _runs(ask[:cue.start()]) if cue else _runs(TITLE.sub(" ", quoted)) - _runs(question)   # what a yes-or-no
        # ask names before its cue (旧管道改完了没有); a member done is named as the lead names the set beyond the question's
        # words and the titles it cites (《…条例》规定的装饰装修垃圾管理办法等4项配套文件尚未出台: 装饰装修, 管理办法)
        runs &= _runs(text[begin:end])   # what the ask names as the notice writes it near the lead: names of the body
        # asked of (某市城管局) and words it puts otherwise are no part of what a result clause must share
        if len(runs) < weights.STATUS_ASK_RUNS:
            continue
        clauses = list(CLAUSE.finditer(text, begin, end))
        pairs = [(c.start(), c.start(), c.end()) for c in clauses] + [   # a bare result (已全部办结) read with the
            (p.start(), c.start(), c.end()) for p, c in zip(clauses, clauses[1:]) if text[p.end()] in "，,"]   # clause
        # naming its thing (移交…问题4个,), quoted with it unless the lead quotes that clause already
        fits = [(len(runs & _runs(text[r:b])) / len(runs), -(b - r), r, c, b) for r, c, b in pairs
                if runs and q.states_result.search(text[c:b]) and not any(x < b and c < y for x, y in added)
                and (cue or TITLE.search(text[c:b]))]   # which one is out: a document named by its title (《…办法》已制定)
        best = max(fits, default=None)
        best = best and (best[0], best[3] if any(x < best[3] and best[2] < y for x, y in added) else best[2], best[4])
        if best and best[0] >= weights.STATUS_ASK_SHARE:
            start = best[1] + len(text[best[1]:best[2]]) - len(text[best[1]:best[2]].lstrip())
            added.append((start, best[2]))
    return sorted(added)


def _runs(text: str) -> set[str]:
    """The two-character runs of TEXT's Han and digit stretches, counts read as digits (三十个 -> 30个).

    >>> sorted(_runs("30年以上的"))
    ['0年', '30', '上的', '以上', '年以']
    """
    return {r[i:i + 2] for r in RUN.findall(arabic(text)) for i in range(len(r) - 1)}
