"""Identity of a notice: its content and title, not its file name.

Attachments are often named 附件1.txt or 整改情况通报.docx, so a file whose name is already taken
by a *different* notice must not replace it. `place_beside` keeps an upload under its own id
when it is the same notice (an update), and otherwise gives it the first free id `<stem>-2`,
`<stem>-3`, … (its `doc` name follows), so both notices stay in the knowledge base.

Two notices are the same when their texts are equal, when most of their sentences are shared
(SAME_SHARE: a corrected or extended version), or when they carry the same real title (not the
file-name fallback) and still share some sentences (TITLED_SHARE: a progress update of one notice).

Example:
    >>> place_beside(second_attachment_1, {"附件1": first_attachment_1}).id
    '附件1-2'
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath

from retrieval.load import Notice

SAME_SHARE = 0.5     # Jaccard share of sentences above which two texts are one notice in two versions
TITLED_SHARE = 0.2   # … when both carry the same real title
MAX_BESIDE = 1000
_SENTENCE = re.compile(r"[^。！？；\n]+")


def sentences(text: str) -> set[str]:
    """The notice's sentences with white space removed (short fragments under 6 characters ignored).

    >>> sorted(sentences("一、总体情况\\n根据市委部署，现予公布。"))
    ['一、总体情况', '根据市委部署，现予公布']
    """
    return {s for s in (re.sub(r"\s+", "", m) for m in _SENTENCE.findall(text)) if len(s) >= 6}


def overlap(a: str, b: str) -> float:
    """Jaccard share of the sentences of two texts (1.0 for equal texts)."""
    if a == b:
        return 1.0
    sa, sb = sentences(a), sentences(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0


def _real_title(n: Notice) -> str:
    return n.title if n.title and n.title != n.id else ""


def same_notice(a: Notice, b: Notice) -> bool:
    """Whether `b` is a version of the notice `a` (see module doc)."""
    share = overlap(a.text, b.text)
    if share >= SAME_SHARE:
        return True
    title = _real_title(a)
    return bool(title) and title == _real_title(b) and share >= TITLED_SHARE


def place_beside(notice: Notice, existing: dict[str, Notice]) -> Notice:
    """`notice` itself when its id is free or holds the same notice; else a copy under the first id
    `<id>-N` that is free or holds the same notice (doc renamed alike)."""
    for n in range(1, MAX_BESIDE + 1):
        nid = notice.id if n == 1 else f"{notice.id}-{n}"
        held = existing.get(nid)
        if held is None or same_notice(held, notice):
            if n == 1:
                return notice
            suffix = PurePath(notice.doc).suffix
            return replace(notice, id=nid, doc=f"{nid}{suffix}",
                           title=notice.title if notice.title != notice.id else nid)
    raise ValueError(f"more than {MAX_BESIDE} notices named {notice.id!r}")
