"""Round 95 (session 19, items), in wordings of my own over dev notices.

- Measures asked with their count first and which after it (整改分了几项？各是什么; 采取了几条措施，分别是哪几条): the
  same two asks as 采取了哪些做法，一共几条 in the other order, answered by the run of 一是…三是 items counted
  (questions.toml [measures_counted] count_first; genre/measures_counted.py). The run counted is the one the quotes end
  in: 整改情况:一是… opens before its run's ordinal.
- A finding asked by its topic in staff's short word (反电诈这块有什么问题; 电诈, 反诈): read as the notices' 电信网络
  (questions.toml [staff_words]), the finding 打击电信网络新型违法犯罪力度仍需加强 is found.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.measures_counted import count_first_ask, measures_count_ask, run_quoted
from genre.staff_words import in_notice_words
from tests.conftest import dev_files, small_index

LIZHOU = ("2.落实防止干预司法“三个规定”不够到位。整改情况:一是强化警示宣传。专题解读。二是专人提醒督导。明确督察员。"
          "三是压实考核问责。予以通报。\n3.防范化解重大风险意识不够强。\n整改情况:一是健全信访工作机制。修改完善办法。"
          "二是构建分类管控体系。分类建立台账。")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d05_", "d11_", "d14_", "d20_", "d34_", "d37_")
    return small_index(tmp_path_factory, "items95", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


def test_the_count_asked_before_which():
    assert count_first_ask("“三个规定”落实不到位那条，整改分了几项？各是什么") == ("“三个规定”落实不到位那条，整改分了哪些", "项")
    assert count_first_ask("文广旅局整改一共几条措施？都有哪些") == ("文广旅局整改一共哪些措施", "条")
    assert measures_count_ask("枣庄市社科联抓整改有几点做法？分别是什么") == ("枣庄市社科联抓整改有哪些做法", "点")
    assert count_first_ask("下设了几个组？分别叫什么") is None   # a thing named counted
    assert count_first_ask("几项？各是什么") is None
    assert count_first_ask("那次巡察，整改方案一共定了几个？分别是什么") is None   # the plans counted, no measures


def test_the_run_a_quote_ends_in_is_counted():
    heading = LIZHOU.index("3.防范")
    first, second = LIZHOU.index("整改情况:一是健全"), LIZHOU.index("二是构建")
    quoted = [(heading, heading + 15), (first, first + 15), (second, second + 10)]
    assert [LIZHOU[a:b] for a, b in run_quoted(LIZHOU, quoted)] == ["一是健全信访工作机制", "二是构建分类管控体系"]


@pytest.mark.parametrize("question, wanted", [
    ("利州区法院“三个规定”落实不到位那条，整改分了几项？各是什么", "共3项（计数所得）：一是强化警示宣传"),
    ("利州区法院信访工作机制那条问题，整改分了几项？各是什么", "共2项（计数所得）：一是健全信访工作机制"),
    ("利州区法院防范化解重大风险意识不够强的问题，采取了几条措施，分别是哪几条", "共2条（计数所得）：一是健全信访工作机制"),
    ("广元市委组织整改落实，分了几条？都是啥", "共2条（计数所得）：一是提高政治站位抓整改"),
    ("枣庄市社科联抓整改有几点做法？分别是什么", "共3点（计数所得）：一是提高思想认识"),
    ("嘉兴市文广旅局整改一共几条措施？都有哪些", "共3条（计数所得）：一是统一思想认识"),
    ("绵阳市司法局党组组织巡察整改的做法有几条？具体是什么", "共3条（计数所得）：一是坚持政治统领"),
])
def test_measures_counted_first_answered(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer


def test_topic_abbreviations_read_as_written():
    assert in_notice_words("反电诈这块有什么问题") == "电信网络这块有什么问题"
    assert in_notice_words("打击电诈不力") == "打击电信网络不力"


@pytest.mark.parametrize("question", [
    "揭阳公安被巡察组说反电诈这块有什么问题",
    "揭阳公安反诈工作被指出什么问题",
    "揭阳市公安局电诈这块有什么短板",
    "揭阳公安防电诈存在什么不足",
    "揭阳市公安局在反电诈上巡察发现了啥",
])
def test_a_finding_asked_by_its_topics_short_word(dev_index, question):
    a = _ask(dev_index, question)
    assert not a.abstained and "打击电信网络新型违法犯罪力度仍需加强" in a.answer
