"""HTML uploads: the extractors behind NOTICEQA_HTML_EXTRACT, on pages reconstructed from real notices.

The pages are built by tests/html_pages.py from the dev notices' own text (reconstructed portal
layouts, not real pages). Figures of all three extractors: tests/html_measure.py (README, reading).
"""
from __future__ import annotations

import json

import pytest

from ledger.items import extract_ledger
from retrieval.chunk import chunk_notice
from retrieval.errors import ConfigError
from retrieval.load import load_notice
from retrieval.load.html import HTML_EXTRACTORS, html_to_text
from retrieval.parse import parse_sections
from retrieval.settings import HTML_EXTRACTORS as SETTING_CHOICES
from retrieval.settings import load_settings
from tests.html_measure import measure
from tests.html_pages import LAYOUTS, build_page
from tests.reading_measure import DEV_DIR, GOLD


def _gold(prefix: str) -> dict:
    return next(json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.startswith(f'{{"file": "{prefix}'))


def test_setting_names_the_extractor_and_defaults_to_rules(tmp_path):
    assert SETTING_CHOICES == HTML_EXTRACTORS
    s = load_settings({"NOTICEQA_HOME": str(tmp_path)})
    assert s.html_extract == "rules" and "html=rules" in s.describe()
    assert load_settings({"NOTICEQA_HOME": str(tmp_path), "NOTICEQA_HTML_EXTRACT": "trafilatura"}).html_extract == "trafilatura"
    with pytest.raises(ConfigError) as err:
        load_settings({"NOTICEQA_HOME": str(tmp_path), "NOTICEQA_HTML_EXTRACT": "magic"})
    assert "NOTICEQA_HTML_EXTRACT" in err.value.user_message


def test_rules_drop_furniture_blocks_and_link_bars():
    page = ("<html><body><div class='top-bar'><a>无障碍</a></div>"
            "<table><tr><td><a>网站首页</a><a>政务公开</a><a>互动交流</a></td></tr>"
            "<tr><td id='zoom' class='content'><p>一、总体情况</p><p>详见<a>附件</a>。</p></td></tr>"
            "<tr><td class='footer-copy'>主办单位:本单位</td></tr></table></body></html>")
    assert html_to_text(page.encode())[0].split("\n") == ["一、总体情况", "详见", "附件", "。"]


@pytest.mark.parametrize("how", HTML_EXTRACTORS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_extractor_goes_through_our_cleaning(tmp_path, how, layout):
    """Whichever extractor reads the page, quotes and offsets refer to the cleaned text exactly."""
    gold = _gold("d08")
    page = build_page(DEV_DIR / gold["file"], gold, layout)
    path = tmp_path / "d08.html"
    path.write_text(page.html, encoding="utf-8")
    n = load_notice(path, html_extract=how)
    assert n.fmt == "html" and "巡察组共反馈29个问题" in n.text
    sections = parse_sections(n.text, n.id)
    for c in chunk_notice(n.id, n.text, sections):
        assert n.text[c.start:c.end] == c.text
    items = extract_ledger(n, sections)
    assert [it.problem for it in items][:2] == ["党组理论学习中心组次数不达标", "学习缺乏自觉性和紧迫感"]
    for it in items:
        assert n.text[it.problem_start:it.problem_end] == it.problem
        assert all(n.text[m.start:m.end] == m.quote for m in it.measures)


def test_rules_on_the_reconstructed_dev_pages():
    figures = measure(("dev",))["rules"]
    assert figures["pages_with_chrome"][0] == 0.0 and figures["body_lost"][0] < 0.01
    for key in ("title", "issuer", "date"):
        assert figures[key][0] >= 0.95, (key, figures[key])
