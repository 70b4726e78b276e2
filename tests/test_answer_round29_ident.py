"""Round 29 (session 13), a notice identified by a 文号 typed loosely or by a quoted slogan it holds, then an item by
position, in five wordings of my own over real dev notices (tests/data/notices-dev).

- A 文号 written right after its label names the notice, it is not asked (文号“华政发2021年2号”那个通知，第三条是什么;
  genre metadata.toml doc_number_asked.named_after); a code opening a whole 文号 typed loosely counts wherever it stands
  (genre agencies.toml issuer_code.written_rest).
- A quoted slogan or programme name followed by 那份/这个 names the notice holding it (“一化一海五优特”那份巡察发现问题;
  genre described.toml [quoted_notice]): the scope ranks its holders first and the naming words are not searched.
- A part followed by 问题 is a group of problems (第一部分问题里的第2条): when a notice has several top parts, the walk
  starts under the only one whose heading names problems (genre structure_questions.toml position.group_after,
  findings_heading; retrieval/search/structure.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.described import quoted_notice, without_description
from genre.meta_asked import doc_number_asked
from retrieval.search.codes import code_spans
from retrieval.search.scope import quoted_holders, scope_for
from tests.conftest import dev_files, small_index

NOTICES = ("d08_", "d10_", "d13_", "d20_", "d22_", "d23_", "d25_", "d28_", "d29_", "d35_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "ident29", dev_files(*NOTICES))


@pytest.mark.parametrize("question", [
    "文号“华政发2021年2号”那个通知，第三条是什么",
    "文号是华政发〔2021〕2号的那份，一共提了几条要求",
    "文号为湖卫健发2023年1号的那个要点，第二部分讲什么",
    "文号：浙卫发(2023)10号那份，主要目标指标有哪些",
    "文号遂科技党组2020年20号的那个方案，第一条是什么",
])
def test_a_written_doc_number_names_the_notice_and_is_not_asked(question):
    assert not doc_number_asked().search(question)


@pytest.mark.parametrize("question", ["这份通知的文号是多少？", "华政那个通知的文号是什么，2021年发的吧", "整改方案编的是几号文？"])
def test_a_doc_number_still_asked(question):
    assert doc_number_asked().search(question)


@pytest.mark.parametrize(("question", "code"), [
    ("文号华政发2021年2号那个通知", "华政"), ("编号湖卫健发2023年1号里说了什么", "湖卫健"),
    ("按浙卫发[2023]10号的要求", "浙卫"), ("文件遂科技党组2020年第20号里", "遂科技"), ("号文华政发（2021）2号", "华政"),
])
def test_a_code_opening_a_loose_doc_number_counts(question, code):
    assert [question[a:b] for a, b in code_spans(question, frozenset({"华政", "湖卫健", "浙卫", "遂科技"}))] == [code]


def test_a_code_inside_a_word_still_does_not_count():
    assert code_spans("中华政府工作", frozenset({"华政"})) == []


@pytest.mark.parametrize(("question", "phrase"), [
    ("“一化一海五优特”那份巡察发现问题，第一部分的第2条是什么问题", "一化一海五优特"),
    ("“16819”健康行动那份工作要点里，每季评选什么", "16819"),
    ("提到“四四表单”的那个通知，第二条是什么", "四四表单"),
    ("“1135”工作思路那份，第三个问题是什么", "1135"),
    ("\"一化一海五优特\"这份材料第一部分有几条", "一化一海五优特"),
])
def test_a_quoted_name_names_a_notice(question, phrase):
    assert quoted_notice(question)[0] == phrase
    assert phrase not in without_description(question)


@pytest.mark.parametrize("question", ["“三张清单”是什么意思", "哪份通报提过“三张清单”"])
def test_a_quoted_phrase_asked_names_no_notice(question):
    assert quoted_notice(question) is None


@pytest.mark.parametrize(("question", "prefix"), [
    ("“一化一海五优特”那份巡察发现问题，第一部分的第2条是什么问题", "d20_"),
    ("“16819”健康行动那份工作要点里，每季评选什么", "d22_"),
    ("提到“四四表单”的那个通知，第二条是什么", "d13_"),
    ("“1135”工作思路那份，第三个问题是什么", "d20_"),
    ("“一化一海五优特”这份材料第一部分有几条", "d20_"),
])
def test_the_scope_prefers_the_holder(dev_index, question, prefix):
    notices = [r.notice for r in dev_index.records.values()]
    held = quoted_holders(question, notices)
    assert held and all(h.startswith(prefix) for h in held)
    assert scope_for(question, notices).preferred[0][0].startswith(prefix)


@pytest.mark.parametrize(("question", "prefix", "quoted"), [
    ("文号“华政发2021年2号”那个通知，正文提了几条要求，第三条是什么", "d13_", "加强调度协调"),
    ("文号华政发2021年2号那个通知，第二条要求讲的啥", "d13_", "细化工作方案"),
    ("“一化一海五优特”那份巡察发现问题，第一部分的第2条是什么问题", "d20_", "服务保障市委部署要求有差距"),
])
def test_the_named_notices_item_is_answered(dev_index, question, prefix, quoted):
    a = ask(dev_index, question, dev_index.settings)
    assert a.citations and a.citations[0].notice_id.startswith(prefix)
    assert quoted in a.answer


@pytest.mark.parametrize("question", ["鲤城社科联“引领哲学社会科学工作不够有为”这个问题，下面具体针对的是哪一点？",
                                      "“第一议题”那个问题是怎么整改的", "“三张清单”的那个说法出自哪里"])
def test_a_quoted_problem_names_no_notice(question):
    assert quoted_notice(question) is None


@pytest.mark.parametrize(("question", "prefix", "quoted"), [
    ("市妇联那份通报，第一部分问题里的第2条是什么，怎么改的", "d28_", "推动落实《“十四五”时期妇联事业发展规划》有差距"),
    ("湘潭市妇联的通报里，第一部分问题的第3条是什么", "d28_", "在引领服务女企业家、服务农村妇女就业方面做得不够"),
    ("芦淞区司法局那份通报，第一部分问题中的第2条讲的啥", "d08_", "学习缺乏自觉性和紧迫感"),
    ("鲤城社科联的通报，第一部分问题里第1条是什么问题", "d35_", "引领哲学社会科学工作还不够有为"),
    ("区科协的整改通报，第一块问题的第一条是什么", "d29_", "学懂弄通做实习近平总书记关于科协工作"),
])
def test_a_group_of_problems_is_walked_under_the_findings_part(dev_index, question, prefix, quoted):
    a = ask(dev_index, question, dev_index.settings)
    assert a.citations and a.citations[0].notice_id.startswith(prefix)
    assert quoted in a.answer
