"""The slot a question asks filled (answer.unstated): an ordinal, money of a named kind, a named part's count, which one
of a counted set, a name beside its post, an accountability action; and the named topic read less literally. Probes
of my own on sentences of real notices of other agencies than the failures came from (no index)."""
from __future__ import annotations


from answer.lead import wanted
from answer.counted_asked import counted_nouns
from answer.count_only import count_only, lists_things
from answer.unstated import money_unstated, ordinal_unstated, unfilled_slot
from answer.unwritten_asks import problem_unwritten, unreported_action
from answer.persons import holder_unstated, named_beside
from answer.slots import part_unstated
from genre.staff_words import in_notice_words
from tests.conftest import ROOT
from tests.notice_text import sentence_holding as _sentence, notice_text as _text

DEV = ROOT / "tests" / "data" / "notices-dev"




def test_an_ordinal_asked_is_filled_only_by_a_stated_ordinal():
    guangdong = _text("d40_")   # its subtitle: 在广东省第十三届人民代表大会 / 常务委员会第四十五次会议上
    subtitle = [_sentence(guangdong, "第十三届"), _sentence(guangdong, "第四十五次")]
    assert ordinal_unstated("广东那份审计整改报告是在省几届人大常委会第几次会议上作的？", subtitle) == []
    ruijin = [_sentence(_text("d01_"), "人大常委会听取和审议了")]   # its subtitle leaves 届 and 次 blank
    assert ordinal_unstated("瑞金的审计整改报告是向第几届人大常委会作的？", ruijin) == ["届"]
    title = [_sentence(_text("d04_"), "第八轮")]   # 中共湖北省司法厅委员会关于十二届省委第八轮巡视整改进展情况的通报
    assert ordinal_unstated("湖北司法厅被巡视的是省委第几轮？", title) == []
    assert ordinal_unstated("湖北司法厅被巡视的是省委第几轮？", ruijin) == ["轮"]
    assert ordinal_unstated("湖北司法厅开了几次党组会？", ruijin) == []   # a count, no ordinal
    assert wanted("在几届几次人大常委会会议上报告的？") == (0, 0)   # 几次 after 几届 names the session: no figure


def test_money_asked_by_its_kind_is_filled_only_by_money_of_that_kind():
    ruijin = [_sentence(_text("d01_"), "追缴资金")]   # 整改资金…,其中:追缴资金…,归还原资金渠道1580万元,统筹盘
    assert money_unstated("瑞金财政那块问题里，盘活存量资金多少？", ruijin) == "盘活存量资金多少"
    assert money_unstated("瑞金财政部门问题里归还原资金渠道的钱有多少？", ruijin) == ""
    jiaxing = [_sentence(_text("d11_"), "收回清退违规资金")]
    assert money_unstated("嘉兴文广旅局整改中退回了多少钱？", jiaxing) == ""   # 退回: both characters in 收回清退
    licheng = [_sentence(_text("d35_"), "制定有针对性和可操作性的整改措施14条")]   # counts, no money
    assert money_unstated("鲤城区社科联追回了多少违规发放的津贴？", licheng) != ""
    assert money_unstated("济南路灯换了多少套？花了多少钱？", ["协调能源集团投资1600余万元完成单灯控制设备更新4万套"]) == ""


def test_a_part_of_a_counted_set_needs_its_own_count():
    guangzhou = [_sentence(_text("d16_"), "反映的400个问题")]   # 已完成整改336个,其中要求立行立改的283个问题已全部…
    assert part_unstated("广州那400个问题里，要求立行立改的有几个？", guangzhou) == ""
    assert part_unstated("广州那400个问题里，涉及专项资金管理的占多少？", guangzhou) != ""
    dongli = [_sentence(_text("tj-dongli"), "整改事项59个")]   # 已完成整改56个,基本完成3个,完成率94.9%
    assert part_unstated("东丽区那59个整改事项中，基本完成的有几个？", dongli) == ""
    licheng = [_sentence(_text("d35_"), "3个方面6项共11个问题")]
    assert part_unstated("鲤城区社科联那11个问题中，党风廉政建设方面的有多少个？", licheng) == "党风廉政建设"
    assert part_unstated("鲤城区社科联报告里，整改落实的有多少个？", licheng) == ""   # 报告里 names no set, no part named
    # round 16: a part named as an aspect (…方面的有多少个) is asked whatever the set, 报告里 included
    assert part_unstated("鲤城区社科联报告里，党风廉政建设方面的有多少个？", licheng) == "党风廉政建设"


def test_which_one_or_what_each_of_a_counted_set_is_is_not_stated_by_the_count():
    dongli = _text("tj-dongli")
    relayed = [_sentence(dongli, "立行立改问题1个")]   # 本轮巡视期间共移交本单位立行立改问题1个,目前已完成整改1个
    assert count_only("东丽区移交的那个立行立改问题具体是哪一个？", relayed)
    assert count_only("东丽区基本完成的3个整改事项分别是针对什么的？", [_sentence(dongli, "整改事项59个")])
    assert not count_only("东丽区移交了几个立行立改问题？", relayed)
    assert not count_only("东丽区那个立行立改问题是哪个巡视组移交的？", relayed)   # a property of the one, not which
    assert lists_things("一是建立台账;二是定期通报") and not lists_things("已完成整改28个,阶段性完成整改1个;移交立行立改问题4个")


def test_a_name_asked_stands_beside_the_post():
    mianyang = [_sentence(_text("d05_"), "局长为第一责任人")]   # jieba tags 纪检监察 as a name
    assert holder_unstated("绵阳市司法局局长叫什么名字？", mianyang) == "局长"
    assert holder_unstated("广东省审计厅厅长叫什么名字？", ["广东省审计厅厅长  马学斌"]) == ""
    assert named_beside("由局党组书记张建国任组长", "组长") and not named_beside(mianyang[0], "局长")


def test_accountability_asked_as_zhuijiu_is_an_action_the_notice_names():
    assert unreported_action("厦门体育局这次整改有没有追究谁的责任？", [_text("d32_")]) == "追究"
    jiaxing = [_sentence(_text("d11_"), "给予责令检查")]
    assert unreported_action("嘉兴文广旅局整改追究了多少人的责任？", jiaxing) == ""


def test_a_named_topic_is_read_as_notices_write_it():
    assert problem_unwritten("湖北司法厅在督促检查上是怎么做的？", _text("d04_")) == ""   # 督查, 监督检查
    assert problem_unwritten("绵阳司法局在推进节奏上采取了什么办法？", _text("d05_")) == ""   # 压茬推进
    assert problem_unwritten("利州区法院针对执行案件积压的问题采取了什么措施？", _text("d37_")) == "执行案件积压"
    assert problem_unwritten("厦门体育局针对公车私用问题做了哪些整改？", _text("d32_")) == "公车私用"
    assert "作为" in in_notice_words("市委把巡视整改当成什么来看待？")


def test_a_count_asked_as_the_total_of_a_noun_counts_that_noun():
    assert counted_nouns("厦门体育局被巡察组指出的问题总数是多少？") == ["问题"]
    assert counted_nouns("东丽区整改措施的数量有多少？") == ["措施"]


def test_a_heading_quoted_for_a_part_must_state_its_count():
    heading = [_sentence(_text("d35_"), "二、巡察反馈问题的整改进展情况")]   # a structure answer's quote: no count
    assert part_unstated("鲤城区社科联那11个问题里，第二个方面占了几个？", heading) != ""
    assert unfilled_slot("鲤城区社科联那11个问题里，第二个方面占了几个？", heading).startswith("通报没有单列")
