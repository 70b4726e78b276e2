"""A short ask that names only its notice and a counted noun (朔州科技局问题几个, 问题有几个).

Once the notice's place and agency words go to the scope and the asking words (几个, 多少) are dropped, such a
question has no word left to weigh, and a context would be judged to cover none of it. Notices write what staff
count beside its count (4个方面33个问题, genre questions.toml [figures] named_with_count), so the counted noun itself
is the word the answering context must hold.
"""
from __future__ import annotations

from typing import Callable

from genre.questions import load_questions


def counted_words(question: str, weighed: dict[str, float], idf: Callable[[str], float]) -> dict[str, float]:
    """`weighed` as it is, or, when it is empty, the nouns the question counts (of those notices count) weighed by idf.

    >>> counted_words("朔州科技局问题几个", {}, lambda t: 2.0)
    {'问题': 2.0}
    >>> counted_words("整改措施有几条", {"整改": 1.0}, lambda t: 2.0)
    {'整改': 1.0}
    """
    if weighed:
        return weighed
    q = load_questions()
    nouns = [n for n in q.counted.findall(question) + q.counted_before.findall(question) if n in q.named_with_count]
    return {n: idf(n) for n in dict.fromkeys(nouns)}
