"""The eval chart speaks Chinese: its labels are drawn with a CJK font that is installed."""
from __future__ import annotations

from eval.harness import CJK_FONTS, TYPE_NAMES, _chart


def test_chart_labels_are_chinese_and_drawn_with_a_cjk_font(tmp_path):
    from matplotlib import font_manager
    found = font_manager.findfont(font_manager.FontProperties(family=CJK_FONTS[:-1]), fallback_to_default=False)
    assert "CJK" in found or "Han" in found or "Hei" in found, found
    metrics = {"by_type": {"fact": {"recall_at_k": 0.9, "citation_hit": 0.8}}}
    _chart(metrics, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").stat().st_size > 5000 and TYPE_NAMES["fact"] == "事实"
