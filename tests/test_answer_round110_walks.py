"""Round 110 (lead): an ask pointing below the part the first ask names is walked with it, never read apart; a
problem named before its question word is still a problem the notice must write.

Text: the asks of real dev-notice questions (芦淞区司法局, 瑞金审计) as staff type them.
"""
from answer.asks import ask_clauses
from genre.asking import leans_back
from genre.questions import load_questions


def test_an_ask_below_the_part_named_leans_back():
    first, second = ask_clauses("芦淞区司法局反馈问题第（一）类叫什么？下面头两条是啥")
    assert not leans_back(first) and leans_back(second)
    assert not leans_back("巡察是哪段时间")
    assert leans_back("底下分几点")


def test_a_question_word_opening_the_piece_names_no_problem():
    asking = load_questions().problem_asking
    assert asking.search("针对几个")
    assert asking.search("第几项里怎么")
    assert not asking.search("整改的10项问题预计什么时候")   # the problem is named before its ask
