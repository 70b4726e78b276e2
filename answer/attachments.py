"""The notice's attachments asked ("带了几个附件", 附件是哪些): its 附件:1.…/2.… list (genre questions.toml
[attachments]), each line quoted, and their count.

Example (a city agency's work plan whose list runs 附件:1. … / 2. …):
    >>> attachment_answer(index, "那个通知带了几个附件？", "tj-city-mgmt-commission-2019-work-plan")[0]
    '列有2个附件：附件:1. 市城市管理委2019年工作要点[1]；2. 市城市管理委2019年重点工作责任分解表[2]'
"""
from __future__ import annotations

from answer.forms import cite
from genre.questions import load_questions
from retrieval.index.opened import Index
from retrieval.records import Citation


def attachment_answer(index: Index, question: str, nid: str) -> tuple[str, bool, tuple[Citation, ...]] | None:
    """"带了几个附件": the notice's list of attachments (附件:1. … / 2. …), each line quoted, and their count."""
    q = load_questions()
    if not q.asks_attachments.search(question):
        return None
    text = index.records[nid].notice.text
    m = q.attachment_list.search(text)
    if m is None:
        return None
    spans, pos = [], m.start()
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            if spans and not q.attachment_item.match(line):
                break
            a = pos + len(line) - len(line.lstrip())
            spans.append((a, pos + len(line.rstrip())))
        pos = end + 1
    cites = tuple(cite(index, nid, a, b, i + 1) for i, (a, b) in enumerate(spans))
    return f"列有{len(cites)}个附件：" + "；".join(f"{c.quote}[{c.n}]" for c in cites), False, cites
