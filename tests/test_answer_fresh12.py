"""Answer behaviours found by the fresh12 questions (written before the system ran on them), on sentences
of real notices of other agencies (no index)."""
from __future__ import annotations

import pytest

from answer.listed import listed_members
from answer.outcomes import framing_only
from answer.worked import gap_note, report_gap_note
from genre.questions import load_questions
from tests.conftest import dev_text


def test_a_count_asked_alone_is_answered_by_counting_the_list():
    text = dev_text("d25_")   # 领导小组下设综合组、整改督察组、选人用人专项整改组、意识形态专项整改组,各组…
    a, b, n = listed_members(text, [(0, len(text))], "遂宁科技局整改领导小组下面设了几个组？")
    assert n == 4 and text[a:b].endswith("意识形态专项整改组")
    assert listed_members(text, [(0, len(text))], "遂宁科技局整改建了多少个制度？") is None   # no list of 制度


def test_a_gap_in_days_said_with_ge_is_a_gap_and_is_answered_by_the_dates():
    q = load_questions()
    assert q.asks_gap.search("拿到反馈到公布整改情况中间隔了多少天？")
    assert q.asks_gap.search("作完之后，隔了几天挂到网上？")
    opening = "2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了巡察意见。"   # d35
    assert not framing_only("那个区社科联拿到反馈到公布整改情况中间隔了多少天？", [opening])


def test_a_gap_up_to_publication_says_the_day_it_starts_from():
    signed = "时间:2023-05-04 08:58:16" + "2023年4月26日"   # d22: the page's date line and the 落款
    assert gap_note("湖州卫健委那份要点从落款到挂网隔了几天？", signed, "2023-05-04") == \
        "（按上述日期推算，从2023年4月26日到2023年5月4日（发布）相隔8天。）"


def test_a_report_counts_the_gap_to_publication_from_the_day_it_was_read():
    # d16: read 2025年12月30日 (subtitle), published 2026-01-04; the quoted clauses hold no day before it
    assert "相隔5天" in report_gap_note("广州审计整改报告在人大会上作完之后，隔了几天挂到网上？", "", "2025年12月30日", "2026-01-04")
    assert report_gap_note("广州审计整改报告是哪天作的？", "", "2025年12月30日", "2026-01-04") == ""   # no gap asked


def test_a_sum_or_difference_reads_the_clause_of_each_thing_named():
    from answer.lead import lead_spans
    from answer.worked import difference_note, sum_note
    from genre.comparisons import compared_subjects
    text = dev_text("d23_")   # one sentence of a dozen targets, several of them in %
    start = text.index("健康浙江发展指数达85")
    spans = [(start, text.index("。", start) + 1)]
    question = "浙江卫健要点里居民健康素养和心理健康素养的目标相差几个百分点？"
    tokens = {"居民": 1.0, "健康": 0.5, "素养": 1.5, "心理": 1.5, "目标": 0.5, "相差": 1.0, "百分点": 1.0}
    quotes = [text[a:b] for a, b in lead_spans(text, spans, question, tokens, ["%"])]
    assert quotes == ["居民健康素养水平达39%以上", "居民心理健康素养水平达25%以上"]
    assert "相差14个百分点" in difference_note(question, ",".join(quotes))
    assert compared_subjects("追缴的资金比归还原渠道的资金多出多少？") == ("追缴的资金", "归还原渠道的资金")
    assert load_questions().asks_difference.search("追缴的资金比归还原渠道的资金多出多少？")
    lizhou = "开展中心组学习1次、支部学习4次"   # d37
    assert "合计5次" in sum_note("那个区法院落实第一议题，中心组学习和支部学习一共搞了几次？", lizhou)
    assert not load_questions().asks_sum.search("瑞金审计整改报告一共反映了多少个问题？")   # a stated total


def test_a_part_retold_without_its_de_holds_the_position_asked_after_it():
    from retrieval.parse import parse_sections
    from retrieval.search.structure import _lookup
    secs = parse_sections(dev_text("d29_"))   # 二、巡察反馈问题的整改情况 > (一)聚焦贯彻落实…
    found = _lookup(secs, "区科协通报讲反馈问题整改的部分，第一个方面是什么？")
    assert [x.marker for x in found] == ["(一)"] and found[0].heading.startswith("聚焦贯彻落实党的路线方针政策")


def test_the_day_a_page_was_updated_is_its_publication_date():
    assert load_questions().asks_published.search("株洲那个区司法局的整改通报是哪天更新发布的？")


def test_documents_counted_are_the_titles_their_sentence_lists():
    text = dev_text("d14_")   # 学习贯彻新修订的《…条例》《…意见》,以及省委《…工作措施》等制度规定
    start = text.index("坚持将学习贯彻")
    span = (start, text.index("。", start) + 1)
    a, b, n = listed_members(text, [span], "广元市委整改时要学的巡视制度规定点了几个文件？")
    assert n == 3 and text[a:b].endswith("《关于加强巡视整改和成果运用的工作措施》")
    assert listed_members(text, [span], "广元市委整改时开了几个会？") is None   # no titles counted for 会


def test_who_signed_is_asked_in_several_words():
    signer = load_questions().asks_signer
    for q in ("湖州卫健委那份通知是谁签发的？", "那份要点的落款单位是谁？", "那份文件是以谁的名义发的？", "报告署名是谁？",
              "那份通报是哪个单位印发的？"):
        assert signer.search(q), q
    assert not signer.search("湖州卫健委那份通知是哪天签发的？")   # a date


@pytest.mark.integration
def test_who_signed_a_notice_is_the_organ_of_its_signature(index):
    from answer.metadata import meta_answer
    nid = next(n for n in index.records if n.startswith("jinan-city-mgmt"))
    text, refused, cites = meta_answer(index, "济南城管局那份整改通报是谁签发的？", (nid,))
    assert not refused and cites[0].quote == "中共济南市城市管理局党组"


def test_other_words_for_a_sum_a_difference_and_a_gap_to_the_web():
    from genre.comparisons import compared_subjects
    q = load_questions()
    assert q.asks_sum.search("枣庄社科联开会和批示加一块多少次？")
    assert q.asks_difference.search("厦门体育局党组会和领导小组会哪个开得多？多几次？")
    assert compared_subjects("厦门体育局党组会和领导小组会哪个开得多？多几次？")[1] == "领导小组会"
    assert q.asks_gap.search("湖州卫健委要点落款后几天挂网的？")
    assert not q.asks_difference.search("厦门体育局党组会和领导小组会哪个开得多？")   # which, not by how much


def test_the_addressees_are_counted_by_their_groups():
    from answer.metadata import addressee_groups
    huzhou = "各区县卫生健康局(南太湖新区社发中心),委属各单位,委机关各处室:"   # d22
    assert len(addressee_groups(huzhou)) == 3
    assert addressee_groups("各市、县(市、区)卫生健康委(局),省级医疗卫生单位:") == ["各市、县(市、区)卫生健康委(局)", "省级医疗卫生单位"]
    assert load_questions().asks_addressee.search("湖州卫健委的要点通知是发给几类单位的？")


def test_the_day_a_notice_was_issued_or_put_up_is_its_date_but_not_another_documents():
    published = load_questions().asks_published
    assert published.search("浙江卫健委的工作要点什么时候印发的？") and published.search("华容县那份任务分解是哪天印发的？")
    assert published.search("枣庄社科联的通报哪天挂出来的？")
    assert not published.search("遂宁科技局的整改方案是哪天印发的？")   # a document the notice names: its body dates it


def test_a_gap_up_to_the_report_being_made_ends_on_the_day_it_was_read():
    guangdong = "今年3月29日,受省政府委托"   # d40: an interim report, dated by the report's own 今年
    assert "120天" in report_gap_note("广东省审计厅向人大常委会报告突出问题整改，和作这份整改报告，前后隔了多少天？", guangdong,
                                     "2022年7月27日", "2022-10-09")
    assert report_gap_note("巡察结束后隔了多少天才反馈？", guangdong, "2022年7月27日", "2022-10-09") == ""   # no report named


def test_a_list_does_not_count_what_is_asked_of_each_of_its_members():
    text = dev_text("d25_")
    assert listed_members(text, [(0, len(text))], "遂宁科技局下设的几个组各有几个人？") is None


def test_no_sum_or_difference_is_worked_out_when_one_of_the_things_is_not_stated():
    from answer.worked import difference_note
    ruijin = "追缴资金77038.68万元,归还原资金渠道1580万元"   # d01: no 罚款
    assert difference_note("瑞金审计整改里追缴资金比罚款多多少？", ruijin) == ""
    assert "75458.68万元" in difference_note("瑞金追缴的资金比归还原渠道的资金多出多少？", ruijin)


def test_meetings_and_people_counted_apart_are_summed_when_a_total_is_asked():
    from answer.worked import sum_note
    q = load_questions()
    assert q.asks_sum.search("瑞金审计整改一共处理了几个人？") and q.asks_sum.search("厦门体育局一共开了多少次会研究整改？")
    assert not q.asks_sum.search("瑞金审计整改报告一共反映了多少个问题？")   # problems: a stated total
    assert "合计3人" in sum_note("瑞金审计整改一共处理了几个人？", "对1人予以记大过处分,对2人予以提醒谈话")   # d01


@pytest.mark.integration
def test_the_named_notice_is_always_a_candidate(index):
    from retrieval.search.rank import question_scope, search
    question = "东丽区从巡察结束到反馈隔了多少天？"   # words every notice has; the named one must still compete
    scope = question_scope(index, question)
    named = {nid for nid, _ in scope.preferred}
    assert named and any(h.notice_id in named for h in search(index, question, 5, scope=scope))


def test_a_date_and_a_count_asked_together_each_get_a_clause():
    from answer.lead import lead_spans
    text = dev_text("d26_")   # the opening dates the feedback; a later sentence counts the problems
    second = text.index("反馈会后")
    counted = text.index("党组紧紧围绕")
    spans = [(counted, text.index("。", counted) + 1), (text.index("2025年4月27日"), second)]
    tokens = {"收到": 1.0, "反馈": 0.5, "问题": 0.5}
    quotes = [text[a:b] for a, b in lead_spans(text, spans, "朔州科技局哪天收到反馈？反馈了多少问题？", tokens, ["个"])]
    assert any("2025年4月27日" in q for q in quotes) and any("33个问题" in q for q in quotes)


def test_who_reported_is_asked_of_a_leader_and_as_huibao():
    reporter = load_questions().asks_reporter
    assert reporter.search("广州那份审计整改报告是哪位领导作的？") and reporter.search("瑞金的审计整改情况是谁向人大汇报的？")


def test_the_day_of_the_step_asked_is_quoted_not_the_visit_named_to_describe_the_agency():
    from answer.lead import lead_spans
    text = dev_text("d04_")   # 2024年11月7日至12月31日,省委第三巡视组对省司法厅党委开展了巡视,并于2025年2月17日反馈了巡视意见
    span = (0, text.index("。") + 1)
    tokens = {"省委": 0.5, "第三": 1.0, "巡视组": 1.0, "巡": 0.5, "厅": 0.5, "反馈": 1.0}
    (a, b), = lead_spans(text, [span], "省委第三巡视组巡的那个厅是哪天反馈的？", tokens, [])
    assert "2025年2月17日" in text[a:b] and "11月7日" not in text[a:b]
