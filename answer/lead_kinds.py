"""What a lead clause counts, in whatever wording the notice writes it: the status (items.toml [[status]]) and the
item kind (items.toml [[kind]]) a question names. Read by answer/lead.py lead_spans.

Example: a question asking 要求立行立改的有几个 is answered by 其中要求即知即改的283项问题 (one kind, two agencies'
wordings).
"""
from __future__ import annotations

from genre import load_genre


def status_counted(clause: str, status: str) -> bool:
    """Whether CLAUSE counts items of STATUS (a normal status, items.toml [[status]]) in any wording.

    >>> status_counted("阶段性完成整改1个", "基本完成"), status_counted("巡察组共反馈29个问题", "基本完成")
    (True, False)
    """
    return any(said == status for said, _ in load_genre().status_counts(clause))


def kinds_in(text: str) -> set[str]:
    """The item kinds (items.toml [[kind]]) TEXT names, in whatever wording.

    >>> sorted(kinds_in("其中要求即知即改的283项问题已全"))
    ['立行立改']
    """
    return {k.name for k in load_genre().item_kinds if k.pattern.search(text)}


def kind_words(question: str, tokens: dict[str, float]) -> dict[str, str]:
    """The question's tokens that lie within its wording of an item kind, each with that kind's name: a clause naming
    the kind in another agency's wording covers them (立行立改 asked, 即知即改 said).

    >>> kind_words("要求立行立改的有几个", {"立行立": 1.0, "改": 1.0, "几个": 1.0})
    {'立行立': '立行立改', '改': '立行立改'}
    """
    said = [(m.group(), k.name) for k in load_genre().item_kinds for m in k.pattern.finditer(question)]
    return {t: name for t in tokens for w, name in said if t in w}
