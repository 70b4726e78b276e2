"""How staff point at a part of a notice, as data (genre/data/structure_questions.toml)."""
from __future__ import annotations

from genre.structure_questions import load_structure_questions


def test_positions_and_outlines_are_read_from_the_data():
    s = load_structure_questions()
    assert s.part.search("东丽区通报第三部分是什么内容？").group(1) == "三"
    assert s.part.search("问题的第二大类讲什么？").group(1) == "二"
    assert s.item.search("第12项整改说的是什么？").group(1) == "12"
    for asked in ("这份通报分成哪几部分？", "那份整改通报分成几大部分？", "问题是按哪几个方面列的？", "通报的结构是怎样的？"):
        assert s.outline.search(asked), asked
    assert not s.outline.search("整改了几个问题？")
    assert s.first_n.search("重点任务前三条是什么？").group(1) == "三"
