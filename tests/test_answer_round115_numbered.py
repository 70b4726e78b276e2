"""Round 115 (session 22): a number asked of a named thing, and a figure asked of a group the notice does not name.

- A bare 编号 asks a document number (文号) only when it is asked of a document (这份通报的编号, 整改方案编的是几号文) or of
  nothing named (落款哪天？编号呢？); a named thing of the body owns its own 编号, the number in its name (“16819”健康行动):
  metadata.toml [doc_number_asked] bare / bare_owner, genre/meta_asked.py.
- A figure asked of a group (儿童, 老年人) is not answered by the figure the notice writes of everyone: staff end the thing
  on a generic or their own word (签约率目标) where the notice writes its own (家庭医生居民签约服务覆盖率), so the head is the
  noun the quoted sentence writes: claims.toml [qualified_figure], answer/qualified.py.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.qualified import qualified_unstated
from genre.meta_asked import doc_number_asked
from tests.conftest import dev_files, small_index

ZHEJIANG = ("城乡居民免费健康体检人数达1000万以上,居民电子健康档案开放率达70%以上,家庭医生居民签约服务覆盖率达42%以上,"
            "重点人群签约覆盖率达85%以上。")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "numbered115", dev_files("d22_", "d23_", "d05_"))


def test_a_bare_number_is_a_document_number_only_of_a_document():
    asked = doc_number_asked()
    assert asked.search("那份整改方案的编号是多少？") and asked.search("发布时间是哪天，编号呢？")
    assert asked.search("湖州这个要点编号多少")
    assert not asked.search("他们升级的那个健康行动编号是什么数字？")
    assert not asked.search("两个局是不是同一个编号的巡察组去的")
    assert asked.search("健康行动的文号是多少")   # 文号 always names a document


def test_a_group_not_written_is_not_answered_by_everyones_figure():
    at = ZHEJIANG.index("家庭医生")
    why = qualified_unstated("儿童的家庭医生签约率目标是多少？", ZHEJIANG, [], [(at, at + 16)], ())
    assert why is not None and "42%" in why.message
    assert qualified_unstated("家庭医生签约率目标是多少？", ZHEJIANG, [], [(at, at + 16)], ()) is None


def test_end_to_end(dev_index):
    r = ask(dev_index, "湖州卫健委要升级的那个健康行动的编号是什么数字？")
    assert not r.abstained and "16819" in r.answer and "湖卫健发" not in r.lead
    assert ask(dev_index, "浙江卫健要点里儿童家庭医生签约率要达到多少？").abstained
