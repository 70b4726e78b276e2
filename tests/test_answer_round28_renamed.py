"""Round 28, renamed notices: answering rests on the genre's rules, not on the names of the notices it was built on
(bench/bench_renamed.py). Each convention probed in five wordings of my own on real dev-notice text.

- A notice's issuer is also at the level word the notice writes before it (来源:区司法局) when that word is of its
  place's rank: divisions are renamed (撤县设区), the notice keeps the word its unit used, so 区司法局 asked fits the notice
  of a place the table calls …县 (genre agencies.toml [agency_level] written_same_rank); a word of another rank
  (市司法局) still does not.
- A name the scope matched is set apart before the question's words are weighed: an agency form jieba does not know
  glues to the word after it (网信办为推进 -> 网信 + 办为), and a glued word no notice writes would weigh as the rarest
  of the question and sink the sentence that answers (answer/prepared.py names_apart). Glued words notices do write
  (区法院, 市政府) stay.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answer.prepared import names_apart, prepare
from retrieval.load import load_notice
from retrieval.search.levels import with_written
from retrieval.search.named import match_strength, named_in
from retrieval.search.profile import notice_profile
from retrieval.search.scope import scope_for
from tests.conftest import dev_text, small_index

DISTRICT_BUREAU = dev_text("d08_")   # 来源:区司法局 … 市委第一提级巡察组对区司法局党组开展了提级巡察 … 巡察芦淞区司法局党组


@pytest.fixture(scope="module")
def county_notice(tmp_path_factory: pytest.TempPathFactory):
    """The d08 notice as the notice of a 县 (the place renamed; its 区司法局 kept as written)."""
    path = Path(tmp_path_factory.mktemp("renamed")) / "tongwei-sfj-xczg.txt"
    path.write_text(DISTRICT_BUREAU.replace("芦淞区", "通渭县"), encoding="utf-8")
    return notice_profile(load_notice(path))


def test_written_level_of_the_same_rank_is_added() -> None:
    assert with_written(frozenset({"县"}), "区") == frozenset({"县", "区"})
    assert with_written(frozenset({"市"}), "区") == frozenset({"市"})   # a 县级市's 市 stays 市
    assert with_written(frozenset({"县"}), "") == frozenset({"县"})


def test_county_notice_keeps_its_written_district_level(county_notice) -> None:
    assert {"县", "区"} <= county_notice.levels


@pytest.mark.parametrize("question", [
    "区司法局是不是被提级巡察的？哪个组来的？",
    "那个区司法局反馈的29个问题完成了多少？",
    "区司法局的整改通报是哪天更新的",
    "咱们区司法局中心组学习依据的文件文号是什么",
    "被市委第一提级巡察组巡察的区司法局，整改方案叫什么",
])
def test_district_bureau_asked_fits_the_county_notice(county_notice, question: str) -> None:
    assert match_strength(named_in(question), county_notice) is not None


@pytest.mark.parametrize("question", ["市司法局是不是被提级巡察的？", "省司法厅反馈的问题完成了多少？"])
def test_another_rank_still_does_not_fit(county_notice, question: str) -> None:
    assert match_strength(named_in(question), county_notice) is None


PROVINCE_DEPT = dev_text("d04_")   # 中共湖北省司法厅委员会… 先后召开10余次党委会、领导小组会、推进会、工作专班会


@pytest.fixture(scope="module")
def cyberspace_index(tmp_path_factory: pytest.TempPathFactory):
    """The d04 notice as a provincial 网信办's (its agency type renamed, as bench/bench_renamed.py does)."""
    folder = Path(tmp_path_factory.mktemp("renamed-notices"))
    text = PROVINCE_DEPT.replace("湖北省", "青海省").replace("湖北", "青海").replace("司法厅", "网信办")
    (folder / "qinghai-wxb-xszg.txt").write_text(text, encoding="utf-8")
    return small_index(tmp_path_factory, "renamed-home", [folder / "qinghai-wxb-xszg.txt"])


def test_names_apart() -> None:
    assert names_apart("青海省网信办为推进巡视整改", "青海省、网信办") == "，青海省，，网信办，为推进巡视整改"
    assert names_apart("开了几次会", "") == "开了几次会"


@pytest.mark.parametrize("question", [
    "青海网信办为推进巡视整改开会的次数是不是超过十次了",
    "青海省网信办为整改开了几次党委会",
    "青海网信办为抓好巡视整改先后开了多少次会",
    "青海省网信办为落实巡视整改召开了几次会议",
    "青海网信办开了几次会推进巡视整改",
])
def test_no_word_glued_to_a_matched_name_is_weighed(cyberspace_index, question: str) -> None:
    notices = list(cyberspace_index.notices.values()) if isinstance(cyberspace_index.notices, dict) else list(cyberspace_index.notices)
    p = prepare(cyberspace_index, question, scope_for(question, notices))
    assert not [t for t in p.all_tokens if t.startswith("办") and len(t) > 1]
    assert "10余次" in " ".join(h.text for h in p.hits[:3])


def test_the_renamer_follows_staffs_own_words_for_their_unit() -> None:
    """eval/renamed.py: 我们局/咱们委 in a question follow the renamed type like 我局 (the renamer, not the product)."""
    from eval.renamed import Renaming, SELF_LEADS, rename_text
    words = {w.format(s): w.format(t) for s, t in {"局": "办"}.items() for w in [lead + "{}" for lead in SELF_LEADS]}
    r = Renaming(0, {"司法局": "网信办"}, {"d": words})
    assert rename_text("市委五巡在我们局一共巡察了多少天", r, "d") == "市委五巡在我们办一共巡察了多少天"
    assert rename_text("咱们局的整改通报", r, "d") == "咱们办的整改通报"


CLIPPED = [
    "惠济区审批局是被区委哪个巡察组巡的？搞的是什么巡察？",
    "惠济区审批局被区委哪个巡察组巡的？",
    "区委哪个巡察组巡的惠济区审批局？",
    "惠济区审批局是区委哪个巡察组巡的，是什么类型的巡察？",
    "惠济区审批局是区委哪个巡察组巡了45天？",
]


@pytest.mark.parametrize("question", CLIPPED)
def test_an_act_clipped_after_its_group_is_written_out(question: str) -> None:
    """genre asking.toml [[spoken]] (巡察|巡视)组巡: 哪个巡察组巡的 is 哪个巡察组巡察的; no 组巡 is left to match
    巡察组巡察反馈 by accident."""
    from genre.asking import plain_question
    from retrieval.index.keywords import tokenize
    assert "组巡" not in tokenize(plain_question(question))


def test_a_round_clipped_after_a_tour_group_is_a_tour() -> None:
    from genre.asking import plain_question
    assert plain_question("省委巡视组巡了多久").startswith("省委巡视组巡视了多久")


@pytest.fixture(scope="module")
def approval_index(tmp_path_factory: pytest.TempPathFactory):
    from tests.conftest import dev_files
    return small_index(tmp_path_factory, "approval", dev_files("d10_", "d08_", "d05_"))


@pytest.mark.parametrize("question", CLIPPED)
def test_the_group_clipped_asked_leads_with_the_opening(approval_index, question: str) -> None:
    from answer.ask import ask
    a = ask(approval_index, question, approval_index.settings)
    assert "区委第一巡察组对区行政审批和政务信息管理局党组开展了为期45天的政治巡察" in a.answer
