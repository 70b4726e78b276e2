"""Reworded questions (eval/reworded.py, bench/bench_reworded.py): real dev and seed questions typed other ways,
each rule only where its source form occurs and never where it would change what is asked; and the plain
written form the product reads every question in (genre/asking.py)."""
from __future__ import annotations

import json

import pytest

from bench.tune import HELD_OUT
from eval.reworded import arabic_number, chinese_number, load_rules, reword, variants
from genre.asking import plain_question
from tests.conftest import ROOT

RULES = {r.name: r for r in load_rules()}


def item(question: str, answer: str = "", type_: str = "fact", id_: str = "t1") -> dict:
    return {"id": id_, "type": type_, "question": question, "answer": answer, "evidence": ["原文"], "doc": "d.txt"}


def draws(rule: str, question: str, answer: str = "", type_: str = "fact", seeds: int = 12) -> set[str]:
    """Every rewording RULE gives QUESTION over a dozen seeds."""
    return {reword(RULES[rule], item(question, answer, type_), s) for s in range(seeds)}


@pytest.fixture(scope="module")
def readable() -> list[dict]:
    """Dev questions of the batches that may be read (no held-out batch, no test question), and the seeds."""
    rows = [json.loads(line) for line in (ROOT / "eval" / "qa_unseen.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [q for q in rows if q["split"] == "dev" and q.get("set", "first") not in HELD_OUT]
    seeds = [json.loads(line) for line in (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()]
    return [{**q, "id": str(q.get("id", n))} for n, q in enumerate(dev[:120] + seeds[:40])]


def test_every_rule_says_why_and_variants_are_seeded(readable):
    assert all(r.why.strip() for r in RULES.values()) and len(RULES) == len(load_rules())
    q = item("厦门市体育局设了几个专项整改工作小组？", "3个。")
    assert variants(q, load_rules(), 0) == variants(q, load_rules(), 0)
    assert len(draws("prefix", "湘潭妇联巡察整改中有多少人被问责？")) > 1   # other seeds, other draws
    for original in readable:
        for v in variants(original, load_rules(), 0):
            assert v["question"] != original["question"] and v["original"] == original["question"]
            assert {k: v[k] for k in ("answer", "evidence", "doc", "type")} == {k: original[k] for k in ("answer", "evidence", "doc", "type")}


def test_a_count_is_asked_with_ji_only_before_a_measure_word_of_things():
    assert draws("count_ji", "朔州市科技局整改时出台了多少项制度？") == {"朔州市科技局整改时出台了几项制度？"}
    assert draws("count_ji", "厦门市体育局设了几个专项整改工作小组？") == {"厦门市体育局设了多少个专项整改工作小组？"}
    for same in ("瑞金整改到位资金多少万元？", "高了多少个百分点？", "庆阳文联这是市委第几轮巡察？", "华容县通知里提了哪几条工作要求？"):
        assert draws("count_ji", same) == {same}
    request = "我们县法院“三个规定”执行得不好，帮我写几条整改措施。"   # a few, not a count
    assert draws("count_ji", request, type_="draft") == {request}


def test_which_day_only_where_the_gold_is_one_day():
    asked = "中山一院是什么时候收到市委巡察组反馈的？"
    assert any("哪天" in q for q in draws("when", asked, "2025年1月8日。"))
    assert not any("哪天" in q for q in draws("when", "朔州科技局常规巡察是什么时候？", "2024年9月25日至2025年1月7日。"))


def test_finished_is_asked_of_a_status_not_of_a_plan():
    assert len(draws("done", "湘潭妇联指导的女企业家协会换届完成了吗？")) > 2
    assert draws("done", "燃气管网改造计划什么时候完成？") == {"燃气管网改造计划什么时候完成？"}
    assert draws("done_verb", "三十年以上的旧燃气管道改完了没有？") <= {"三十年以上的旧燃气管道改完了没有？",
        "三十年以上的旧燃气管道改完了吗？", "三十年以上的旧燃气管道改好了没？", "三十年以上的旧燃气管道改到位了吗？"}


def test_measures_taken_are_reworded_but_not_a_plan_and_not_into_rectifying_outside_it():
    assert draws("measures", "2019年户外广告和门脸牌匾打算采取哪些措施？") == {"2019年户外广告和门脸牌匾打算采取哪些措施？"}
    served = draws("measures", "湘潭妇联在服务女企业家方面采取了什么措施？")
    assert served and not any("整改" in q for q in served)
    assert "济南对乱倒渣土监管不力这个问题是怎么整改的？" in draws("measures", "济南对乱倒渣土监管不力这个问题做了哪些整改？")


def test_numerals_years_and_the_moved_topic():
    assert reword(RULES["numerals"], item("芦淞区司法局移交立行立改的那4个问题具体是什么？"), 0) == "芦淞区司法局移交立行立改的那四个问题具体是什么？"
    assert reword(RULES["numerals"], item("机关事务局那份整改公开的第三部分写的是什么？"), 0) == "机关事务局那份整改公开的第3部分写的是什么？"
    for same in ("利州法院没按时填报“三个规定”的干警怎么处理？", "东丽区怎么做到两个维护？"):
        assert reword(RULES["numerals"], item(same), 0) == same
    assert (chinese_number(2), chinese_number(2, True), chinese_number(23), arabic_number("十二"), arabic_number("两")) == ("两", "二", "二十三", 12, 2)
    assert draws("year", "宁波审计整改报告里，2021年度的审计工作报告是在哪次会议上审议的？") == {"宁波审计整改报告里，2021年度的审计工作报告是在哪次会议上审议的？"}
    assert draws("year", "2023年底前改完了多少？") == {"2023年底前改完了多少？"}
    assert "19年要点里垃圾治理的内容在哪一部分？" in draws("year", "2019年要点里垃圾治理的内容在哪一部分？")
    assert reword(RULES["move"], item("年轻干部培养方面，天津城管委和东丽区各有什么办法？"), 0) == "天津城管委和东丽区各有什么办法，年轻干部培养方面？"
    assert reword(RULES["move"], item("朔州科技局反馈的问题平均每个方面几个？"), 0) == "朔州科技局反馈的问题平均每个方面几个？"


def test_fillers_particles_and_marks():
    assert draws("prefix", "请问湖州卫健委2023年要培育多少个样板？") == {"湖州卫健委2023年要培育多少个样板？"}
    assert draws("prefix", "政府采购把关不严，帮我写整改措施", type_="draft") == {"政府采购把关不严，帮我写整改措施"}
    assert draws("particle", "湘潭妇联指导的女企业家协会换届完成了吗？") == {"湘潭妇联指导的女企业家协会换届完成了吧？"}
    assert draws("particle", "芦淞区司法局通报第二部分列的第一类问题是什么？下面第一条呢？") <= {
        "芦淞区司法局通报第二部分列的第一类问题是什么呢？下面第一条呢？", "芦淞区司法局通报第二部分列的第一类问题是什么啊？下面第一条呢？"}
    assert draws("punctuation", "区科协的巡察是哪天反馈的？湘潭呢？") == {"区科协的巡察是哪天反馈的?湘潭呢?", "区科协的巡察是哪天反馈的，湘潭呢"}


def test_the_product_reads_a_question_in_its_written_form():
    assert plain_question("麻烦查一下，区科协整改是啥时候开始的呢?") == "区科协整改是什么时候开始的？"
    assert plain_question("帮我看看，嘉兴文旅局那次巡察从几号巡到几号啊") == "嘉兴文旅局那次巡察从几号到几号？"   # the round named before: its verb read as the period ask (round 114)
    assert plain_question("想了解一下，湘潭妇联换届办完了吧？") == "湘潭妇联换届办完了吗？"
    assert plain_question("华容县22年县政府重点任务是哪个文号？") == "华容县2022年县政府重点任务是哪个文号？"
    for same in ("运行30年以上的旧燃气管道改完了没有？", "芦淞区司法局通报第一类问题是什么？下面第一条呢？",
                 "麻烦帮我起草一段整治文山会海的措施", "近10年来查处了多少起？", "请问"):
        assert plain_question(same) == same
