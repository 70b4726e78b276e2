"""Round 142: a page's byline, the width of key facts, a when-clause before the ask.

- answer/byline_date.py: the page's date asked (网上哪天发的) is quoted with the source pair printed beside it on the
  same header line (信息来源:广东省审计厅 发布日期:2022-10-09), the page's byline; the source asked alone stays alone,
  and a pair not beside the date (other words between) is never joined.
- eval/metrics.py: key facts (numbers, 《》 names) are compared width-insensitively on both sides, the same NFKC as the
  evidence check: a gold typed with full-width （党组） matches the loaded notice's (党组).
- genre asking.toml [preface] describes: a first clause closed by 时/的时候 (我们宁波汤市长在常务会上部署审计整改时，…)
  frames the event asked and is no preface on the asker's situation; 同时 still continues one.
- answer/unprinted.py: a view counter asked of a page whose head keeps no counter label is said not kept (the counter
  line, 浏览量:1 | | | |, is chrome cut at load: chrome is never chunked or quoted), never said unprinted; a label printed
  empty (浏览次数: 字号…) is still said unprinted.
"""
from __future__ import annotations

import unicodedata

from answer.byline_date import byline_span
from answer.meta import head_pairs
from eval.metrics import score_result
from tests.conftest import dev_text


def _head(prefix: str):
    text = dev_text(prefix)
    line_end = text.index("\n", text.index("发布日期"))
    return text, head_pairs(text, line_end)


def test_date_quoted_with_the_source_beside_it():
    for prefix, source in (("d02_", "信息来源:宁波市审计局"), ("d40_", "信息来源:广东省审计厅")):
        text, pairs = _head(prefix)
        date = next(p for p in pairs if p.field == "date" and p.label == "发布日期")
        quoted = text[slice(*byline_span(date, pairs, text))]
        assert text[date.start:date.end] in quoted and source in quoted
        assert not any(w in quoted for w in ("浏览", "字号", "分享"))   # the line's furniture never


def test_a_pair_not_beside_the_date_is_left_out():
    text, pairs = _head("d02_")
    date = next(p for p in pairs if p.field == "date")
    assert byline_span(date, [p for p in pairs if p.field != "source"], text) == (date.start, date.end)
    moved = [p for p in pairs if p.field == "source"]
    text2 = text[:date.end] + "作者:某" + text[date.end:]   # words between the two pairs: no longer one byline
    shifted = [type(p)(p.field, p.label, p.value, p.start + 4, p.end + 4) for p in moved]
    assert byline_span(date, shifted, text2) == (date.start, date.end)
    source = next(p for p in pairs if p.field == "source")
    assert byline_span(date, pairs, text, {source.start}) == (date.start, date.end)   # the source quoted already


def test_key_facts_are_width_insensitive_on_both_sides():
    text = dev_text("d08_")
    name = next(s.split("》")[0] for s in text.split("《")[1:] if "(党组)" in s.split("》")[0])
    assert "(党组)" in name   # the loaded notice prints half-width brackets
    typed = unicodedata.normalize("NFC", name.replace("(", "（").replace(")", "）"))
    item = {"id": "x", "type": "fact", "answer": f"依据《{typed}》", "evidence": []}
    result = {"answer": f"根据《{name}》", "abstained": False, "citations": [], "contexts": []}
    assert score_result(item, result, 5, {})["key_facts"] == 1.0
    result["answer"] = "根据有关文件"
    assert score_result(item, result, 5, {})["key_facts"] == 0.0


def test_a_when_clause_frames_the_ask_not_the_asker():
    from genre.asking import split_preface
    assert split_preface("我们宁波汤市长在常务会上部署审计整改时，强调了哪三条？") is None
    assert split_preface("咱们市长开常务会的时候，就审计大问题的整改讲了几点？") is None
    kept = split_preface("我们在推进整改的同时，想看看湖州卫健工作要点第一部分讲的是什么主题？")   # 同时: still the asker's
    assert kept is not None and kept.ask.startswith("湖州卫健")


def test_a_counter_cut_at_load_is_said_not_kept():
    from answer.unprinted import NO_COUNTER, NOT_KEPT, header_unprinted
    from retrieval.load import load_notice
    from tests.conftest import dev_files
    huarong = load_notice(dev_files("d13_")[0])   # its page prints 浏览量:1, a chrome line cut at load
    assert "浏览量" not in huarong.text
    assert header_unprinted("页面上浏览量显示多少？", huarong.text[:huarong.header_end], []) == NOT_KEPT
    ningbo = load_notice(dev_files("d02_")[0])   # the label printed empty beside the byline
    assert header_unprinted("浏览次数是多少", ningbo.text[:ningbo.header_end], []) == NO_COUNTER
