"""Text whose paragraphs are separated by blank lines (a web page saved as text) answers like the same text
without them: the notice's opening is body, not head, whatever blank lines follow it."""
from __future__ import annotations

from types import SimpleNamespace

from answer.sentences import notice_sentences
from bench.restyle import restyle
from retrieval.load import load_notice
from tests.conftest import ROOT

NOTICE = ROOT / "tests" / "data" / "notices-dev" / "d05_mianyang-justice-bureau-inspection.txt"


def _record(tmp_path, style: str | None):
    path = tmp_path / NOTICE.name
    text = NOTICE.read_text(encoding="utf-8")
    path.write_text(restyle(text, style) if style else text, encoding="utf-8")
    return SimpleNamespace(notice=load_notice(path))


def test_the_opening_sentence_is_found_with_or_without_blank_lines(tmp_path):
    asked = {"巡察组": 2.0, "反馈": 1.0, "巡察意见": 1.0}
    for style in (None, "spaced"):
        record = _record(tmp_path, style)
        text = record.notice.text
        found = [text[a:b] for a, b in notice_sentences(record, asked, n=3)]
        assert any("7月24日" in s for s in found), style   # the opening: 7月24日,市委第五巡察组…反馈了巡察意见
        assert record.notice.header_end == 0
