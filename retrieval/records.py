"""Records that cross layers: a citation of a notice span, and "the section at this offset".

Notice (retrieval.load), Section (retrieval.parse), Chunk (retrieval.chunk), Hit and
Scope (retrieval.search) are defined beside the stage that makes them; this module
holds the records every answering surface shares.

Example:
    >>> c = Citation(1, "n1", "n1.txt", "关于…的通报", "一、… > (一)…", "已完成整改16个", 120, 129)
    >>> c.end - c.start == len(c.quote)
    True
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Sequence

from retrieval.parse import Section

PREAMBLE = "（导语）"   # the section path shown for text before the first heading


@dataclass(frozen=True)
class Citation:
    """A verbatim span of a notice: `notice.text[start:end] == quote`."""
    n: int
    notice_id: str
    doc: str
    title: str
    section: str
    quote: str
    start: int
    end: int
    example: int = 0      # drafting: the similar item (Example.n) the quote came from
    category: str = ""    # drafting: the measure category of the quote
    page: int = 0         # PDF page the quote starts on (1-based); 0 = unknown or not a PDF


def page_at(pages: Sequence[int], pos: int) -> int:
    """The 1-based page holding offset `pos`, from the page start offsets (Notice.pages); 0 without pages.

    >>> page_at((0, 120, 260), 130), page_at((), 130)
    (2, 0)
    """
    return bisect.bisect_right(pages, pos) if pages else 0


def section_at(sections: Sequence[Section], pos: int) -> Section | None:
    """The innermost section whose span holds offset `pos` (None before the first heading).

    >>> section_at(sections, sections[2].start).index == 2
    True
    """
    return next((s for s in reversed(sections) if s.start <= pos < s.end), None)


def section_path_at(sections: Sequence[Section], pos: int) -> str:
    """The path text of `section_at`, or PREAMBLE."""
    sec = section_at(sections, pos)
    return sec.path_text if sec else PREAMBLE
