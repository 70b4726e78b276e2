"""Round 22, figures held against figures: each convention probed in five wordings of my own on real dev-notice text
(tests/data/notices-dev).

- A difference asked against a part named after 比 (最多的那个方面比基层党组织建设多几个) is between the extreme asked and
  that part, not between the two extremes (genre worked.toml [parts_total] against).
"""
from __future__ import annotations

import pytest

from answer.totals import total_parts
from retrieval.parse import parse_sections
from tests.notice_text import notice_text

QINGYANG = notice_text("d31_")   # (一)…方面(7个问题) (二)…群众身边腐败…方面(11个问题) (三)…基层党组织建设方面(5个问题) (四)…(2个问题)


@pytest.mark.parametrize(("question", "said"), [
    ("庆阳文联四个方面里群众身边腐败那块问题最多吧？多少个，比基层党组织建设多几个", "建设方面”5个问题，多6个"),
    ("庆阳文联反馈的问题哪个方面最多？比决策部署落实那个方面多多少个？", "落实情况方面”7个问题，多4个"),
    ("庆阳文联四个方面中问题最少的是哪个方面？比基层党组织建设方面少几个？", "建设方面”5个问题，少3个"),
    ("庆阳文联巡察反馈四个方面，哪个方面问题最多，比巡视巡察审计反馈整改那块多出几个", "问题整改方面”2个问题，多9个"),
    ("庆阳文联四个方面里问题数量最多的那个方面比基层党组织建设方面多了多少个问题", "建设方面”5个问题，多6个"),
])
def test_a_difference_is_held_against_the_part_named(question, said):
    _, note = total_parts(QINGYANG, parse_sections(QINGYANG), question)
    assert said in note and "相差" not in note
