"""A figure a notice states of an act named by two verbs at once (收回清退违规资金5.0227万元), asked of each verb apart
(收回多少 清退多少): only the total is stated, so the reply says the breakdown is not stated (answer.unstated).

Example:
    >>> compound_joint("收回多少 清退多少", ["收回清退违规资金5.0227万元"])
    '收回'
"""
from __future__ import annotations

import re

from genre.figures import compound_asked

CLAUSE = re.compile(r"[，,；;。！？!?\n]")
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万元|亿元|元|个|项|条|件|人|名|次)")   # one figure of a clause


def compound_joint(question: str, quotes: list[str]) -> str:
    """The first verb asked apart (收回多少 清退多少) when a quoted clause writes the asked verbs as one compound with one
    figure (收回清退违规资金5.0227万元): only their total is stated; "" otherwise (genre figures.toml [compound_verb]).

    >>> compound_joint("那5.0227万元里收回多少 清退多少", ["建立完善制度45项,收回清退违规资金5.0227万元。"])
    '收回'
    >>> compound_joint("收回多少 清退多少", ["收回资金3万元,清退资金2万元"])
    ''
    """
    verbs = list(dict.fromkeys(compound_asked(question)))
    if len(verbs) < 2:
        return ""
    for quote in quotes:
        for clause in CLAUSE.split(quote):
            if "".join(verbs) in clause and len(FIGURE.findall(clause)) == 1:
                return verbs[0]
    return ""
