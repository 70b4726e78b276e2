"""Round 14, task "dates": spans, metadata asked in staff words and rates compared with a named share, probed on dev
notices with wordings of our own (other notices and other words than the eval questions)."""
from __future__ import annotations

from answer.lead import wanted
from answer.spans import gap_note, span_said
from genre.questions import load_questions
from genre.worked import asked_steps, named_share, question_parts
from tests.conftest import dev_text, sentence_holding


def opening(prefix: str) -> str:
    """A dev notice's opening sentences: the dated range of the round and the day of its feedback."""
    text = dev_text(prefix)
    start = text.index(sentence_holding(text, "至"))
    return text[start:text.index("反馈了", start) + 12]


def test_the_ends_of_a_span_follow_the_steps_the_question_names():
    lizhou = opening("d37_")   # 2024年10月16日至11月15日,…进行了联动巡察。2025年1月3日,…反馈了巡察意见
    assert "从2024年10月16日（巡察开始）到2025年1月3日（反馈）相隔79天" in \
        gap_note("利州法院那次联动巡察，巡察组进驻到反馈隔了几天？", lizhou)
    assert "从2024年11月15日（巡察结束）到2025年1月3日（反馈）相隔49天" in \
        gap_note("利州法院巡察组撤场以后多少天才反馈？", lizhou)
    assert "首尾两天都算共31天（两日相隔30天）" in gap_note("利州法院被巡察了多长时间？", lizhou)
    hubei = opening("d04_")   # 2024年11月7日至12月31日,省委第三巡视组…开展了巡视,并于2025年2月17日反馈了巡视意见
    assert "（巡视结束）到2025年2月17日（反馈）相隔48天" in gap_note("湖北司法厅巡视完了过了多长时间才拿到反馈？", hubei)
    assert "首尾两天都算共55天（两日相隔54天）" in gap_note("省委巡视组从进驻到撤离一共多少天？", hubei)   # both readings said


def test_several_spans_asked_at_once_are_each_said():
    guangyuan = opening("d14_")   # 2024年8月27日至11月22日,…进行了巡视。2024年12月27日,…反馈了巡视意见
    said = span_said("省委巡视组在广元待了多久？走了以后隔了几天才反馈？", guangyuan)
    assert len(said) == 2 and "共88天" in said[0] and "相隔35天" in said[1]
    assert question_parts("待了多久；走了以后隔了几天才反馈") == ["待了多久", "走了以后隔了几天才反馈"]


def test_a_gap_of_months_is_said_as_staff_count_months_and_days_stay_exact():
    xiangtan = opening("d28_")   # 2023年10月11日至12月1日…。2024年1月17日…反馈了巡察意见
    got = gap_note("湘潭妇联从巡察开始到拿到反馈意见过了多长时间？", xiangtan)
    assert "相隔98天（3个多月）" in got
    guilin = opening("d29_")   # 2024年2月20日至3月26日…并于2025年1月21日反馈了巡察意见
    assert "相隔301天（近10个月）" in gap_note("区科协巡察结束到反馈隔了几个月？", guilin)


def test_staff_words_for_the_steps_and_the_gap_are_read():
    q = load_questions()
    assert q.asks_gap.search("巡察结束后，过了多长时间才收到反馈意见？") and q.asks_date.search("过了多长时间才收到反馈")
    assert [s.name for s in asked_steps("巡察组进场那天到反馈那天隔了多少天？")] == ["start", "feedback"]
    assert [s.name for s in asked_steps("从拿到反馈到挂网公布隔了多久？")] == ["feedback", "published"]
    assert asked_steps("前后持续了多久？") == []
    assert wanted("利州法院巡察组撤场以后多少天才反馈？") == (0, 2)


def test_a_rate_is_held_against_the_share_staff_name():
    assert named_share("完成整改的是不是已经超过八成了？") == (0.8, "八成")
    assert named_share("整改完成的有没有过半数？") == (0.5, "半数")
    assert named_share("完成率达到90%以上了吗？") == (0.9, "90%")
    assert named_share("整改了几成？") is None and named_share("八成的问题是什么？") is None


def test_the_rate_asked_is_the_one_of_the_ask_that_names_a_share():
    from answer.worked import rate_note
    ningbo_like = "反映的120个问题,已完成整改90个"   # a totals statement as audit reports write it
    assert "完成率75%" in rate_note("还有几个没改完？改完的占多少比例？", ningbo_like)   # the share asked is of the done
    assert "未完成30/共120" in rate_note("没完成整改的占多大比例？", ningbo_like)
    assert "完成率75%，不到八成" in rate_note("整改完成的超过八成了吗？", ningbo_like)
    assert "完成率75%，超过三分之二" in rate_note("整改完成的有没有达到三分之二？", ningbo_like)
    guangzhou = sentence_holding(dev_text("d16_"), "已完成整改336个")
    assert "，超过一半" in rate_note("广州审计问题改完的过了一半没有？", guangzhou)
    assert wanted("广州审计问题改完的过了一半没有？") == (1, 0)   # the rate held against the share is asked


def test_any_metadata_label_is_asked_by_its_own_name_and_the_source_by_staff_words():
    from answer.meta import asked_pairs, head_pairs
    from retrieval.load import load_notice
    from tests.conftest import ROOT
    zhejiang = load_notice(next((ROOT / "tests" / "data" / "notices-dev").glob("d23_*.txt")))
    pairs = head_pairs(zhejiang.text, zhejiang.header_end)   # 发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号 …
    said = lambda q: [zhejiang.text[p.start:p.end] for p in asked_pairs(q, pairs)]   # noqa: E731
    assert said("浙江卫健委那份要点的发布机构写的是谁？") == ["发布机构: 省卫生健康委"]
    assert said("那份工作要点是哪个单位发的？") == ["信息来源: 省卫生健康委"]   # 来源 first, else 发布机构
    assert said("浙江那份要点的索引号是多少？") == ["索 引 号: 002482365/2023-00095"]   # the page spaces its label
    assert said("怎么提高整改的有效性？") == []   # a label the page lacks, and no asking clause around a body word
    assert said("署的来源是哪个单位？") == ["信息来源: 省卫生健康委"] and said("问题资金来源是什么？") == []   # the body's
    licheng = load_notice(next((ROOT / "tests" / "data" / "notices-dev").glob("d35_*.txt")))
    assert [licheng.text[p.start:p.end] for p in asked_pairs("鲤城社科联那份通报的来源是哪里？", head_pairs(
        licheng.text, licheng.header_end))] == ["来源:鲤城区社会科学界联合会"]


def test_a_publication_asked_in_staff_words_and_a_date_held_against_a_named_day():
    from answer.dated_notes import compared_day_note
    published = load_questions().asks_published
    assert published.search("省审计厅哪天把那份整改报告挂上网的？") and published.search("放到网上是几号？")
    assert published.search("这份通报的挂网时间是？") and not published.search("哪天召开的网上培训会？")
    assert compared_day_note("要求4月30日前完成，这份通报是哪天发布的？是不是晚了？", "发布日期:2023-05-04 08:58") == \
        "（按上述日期推算，2023年5月4日比2023年4月30日晚4天。）"
    assert "早3天" in compared_day_note("是不是赶在6月30日之前发出来的？", "2024年6月27日")
    assert compared_day_note("这份通报是哪天发布的？", "发布日期:2023-05-04") == ""   # no day named to hold it against


def test_two_spans_held_against_each_other_and_an_average_of_two_counts():
    from answer.worked import average_note
    lizhou = opening("d37_")   # 2024年10月16日至11月15日 …; 2025年1月3日 反馈
    said = span_said("利州法院巡察本身和巡完等反馈哪个时间更长？", lizhou)   # each side its own span
    assert said and "共31天" in said[0] and "相隔49天" in said[0] and said[0].endswith("后者更长")
    assert load_questions().asks_gap.search("巡察本身和等反馈哪个时间更长？")
    qingyang = "巡察反馈的4个方面25个问题"   # the shape of a findings total (d26: 4个方面33个问题)
    assert "25个问题/4个方面，平均每个方面约6.3个" in average_note("庆阳文联平均每个方面反馈了几个问题？", qingyang)
    assert average_note("庆阳文联一共反馈了几个问题？", qingyang) == ""   # no average asked
    assert average_note("平均每家单位整改了几个问题？", qingyang) == ""   # the groups asked are not counted


def test_a_step_dated_in_the_body_is_quoted_beside_the_metadata_asked():
    from answer.meta import head_pairs, asked_pairs, step_sentences
    from retrieval.load import load_notice
    from tests.conftest import ROOT
    licheng = load_notice(next((ROOT / "tests" / "data" / "notices-dev").glob("d35_*.txt")))
    text, end = licheng.text, licheng.header_end
    meta = lambda part: bool(asked_pairs(part, head_pairs(text, end)))   # noqa: E731
    got = [text[a:b] for a, b in step_sentences("鲤城社科联那份通报的来源是哪里？区委巡察组是什么时候进驻的？", text, end, meta)]
    assert len(got) == 1 and "2024年1月4日至2月2日" in got[0]
    assert step_sentences("鲤城社科联那份通报的来源是哪里？", text, end, meta) == []   # no step asked
    assert step_sentences("鲤城社科联那份通报的来源是哪里？整改了多少问题？", text, end, meta) == []   # no date asked


def test_the_inspections_own_dates_answer_a_span_whatever_step_ends_it():
    from answer.lead import lead_spans
    xiamen = dev_text("d32_")   # 2019年9月20日至10月26日,市委第四巡察组对…开展了巡察并于2020年4月9日反馈了巡察意见
    opening_ = sentence_holding(xiamen, "开展了巡察并于")
    a = xiamen.index(opening_)
    found = lead_spans(xiamen, [(a, a + len(opening_))], "厦门体育局巡察结束到整改情况挂网，中间隔了多久？",
                       {"厦门": 3.0, "体育局": 3.0, "巡察": 1.0, "结束": 2.0, "挂网": 3.0}, [])
    assert found and "2019年9月20日至10月26日" in xiamen[found[0][0]:found[0][1]]
