"""Years a question insists on that the supporting text never mentions.

"莆田市司法局2025年……" is refused when the evidence never mentions 2025 (a "2024-2025年采暖季" range
does not count unless the question asks about a range). Places and agencies are checked against
what each notice is about (retrieval.search.profile), not here.

Example:
    >>> missing_terms("2025年改造了多少公里？", "2024年改造燃气管网639公里")
    ['2025']
"""
from __future__ import annotations

import re

from retrieval.search.profile import YEAR

YEAR_RANGE = re.compile(r"\d{4}\s*[-—–至到~]\s*\d{4}")


def missing_terms(question: str, supports: str) -> list[str]:
    """Years the question names that `supports` (the quoted sentences, titles and dates) never mentions."""
    if not YEAR_RANGE.search(question):  # "2024-2025年采暖季" does not answer a question about 2025
        supports = YEAR_RANGE.sub(" ", supports)
    return [y for y in sorted(set(YEAR.findall(question))) if y not in supports]
