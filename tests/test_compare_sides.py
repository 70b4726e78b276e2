"""Each compared notice answers the ask alone: the names compared and the comparison's framing words left out."""
from __future__ import annotations

from answer.compare import side_question
from genre.comparisons import load_comparisons
from genre.questions import load_questions


def test_the_ask_is_left_without_the_names_compared_nor_the_framing():
    assert side_question("利州法院和中山一院，这两家法院的巡察各持续了多久？哪家更长？", "利州、中山、法院") == "的巡察各持续了多久？？"
    assert side_question("年轻干部培养方面，天津城管委和东丽区各有什么办法？", "天津、东丽区、城管委") == "年轻干部培养方面，各有什么办法？"
    assert side_question("遂宁和朔州两个科技局的整改领导小组在组成上有什么不同？", "遂宁、朔州、科技局") == "的整改领导小组在组成上？"


def test_too_little_left_keeps_the_whole_question_without_its_framing():
    assert side_question("湖州和浙江卫健委哪个更早？", "湖州、浙江、卫健委") == "湖州和浙江卫健委哪天？"   # the order: each one's day


def test_framing_words_are_data():
    frame = load_comparisons().frame
    assert frame.sub("", "两个市公安局的巡察通报有什么不一样") == "市公安局的巡察通报"
    assert frame.sub("", "各部门分别怎么做") == "各部门怎么做"


def test_which_group_came_without_naming_the_act_asks_for_the_opening():
    q = load_questions()
    assert q.asks_opening.search("湖北司法厅和莆田司法局，分别是哪个组来巡的？")
    assert q.asks_opening.search("是哪个组巡的")
    assert not q.asks_opening.search("领导小组下面分了哪几个组？")


def test_a_comparative_with_the_thing_compared_between_is_framing_too():
    # which ran longer is asked of each side as its own length (round 18, answer/longer.py), framing dropped
    assert side_question("湖北省司法厅和绵阳市司法局，哪个被巡得时间更长？分别是什么时候？",
                         "湖北省、绵阳市、司法厅、司法局") == "，被巡了多长时间？是什么时候？"
    from genre.staff_words import in_notice_words
    assert "巡察" in in_notice_words("哪个被巡得时间更长？")


def test_whether_two_notices_share_something_is_asked_of_each_as_which():
    assert side_question("遂宁、朔州两个科技局被巡察，巡察组是同一个编号吗？", "遂宁、朔州、科技局") == "被巡察，巡察组是哪个编号？"
