"""Round 107: answerable questions refused on a piece of the question taken as an asked thing.

A problem or a part the question names is a thing the notice writes (选人用人方面, 体育彩票销售管理不规范); a fragment
holding a question word (对应写了几条, 针对几个) is the ask itself and never refuses.
"""
from answer.parts import named_part, part_asked
from answer.slots import part_unstated
from answer.unwritten_asks import problem_unwritten

LICHENG = ("(三)细化任务分工,深入推进整改。建立巡察整改工作机制,对巡察反馈的3个方面6项共11个问题,"
           "制定有针对性和可操作性的整改措施14条,建立整改任务清单台账,将整改任务分解细化。")
SHUOZHOU = ("(二)压实整改责任。党组紧紧围绕巡察反馈的4个方面33个问题,逐条剖析、逐项研究,建立了问题清单、整改清单、"
            "责任清单“三清单”,明确了整改目标、整改措施、责任领导、责任部门、完成时限。")


def test_verb_fragment_is_no_problem():
    assert problem_unwritten("鲤城社科联那11个问题是按几个方面、几项归的类？对应写了几条整改措施？", LICHENG) == ""


def test_named_problem_still_refused():
    assert problem_unwritten("鲤城社科联针对体育彩票销售管理不规范做了哪些整改？", LICHENG) == "体育彩票销售管理不规范"


def test_question_word_fragment_is_no_part():
    assert named_part("针对几个") == ""
    assert part_unstated("朔州市科技局“三清单”指哪三个？针对几个方面多少问题", [SHUOZHOU]) == ""


def test_named_part_still_checked():
    assert part_asked("朔州市科技局被反馈的问题中，选人用人方面有几个？").parts == ("选人用人",)
    assert part_unstated("朔州市科技局被反馈的问题中，选人用人方面有几个？", [SHUOZHOU]) == "选人用人"


def test_hour_of_publication_is_the_page_date():
    from genre.questions import load_questions
    asks = load_questions().asks_published
    assert asks.search("莆田司法局那篇整改通报是哪天、几点发出来的？")
    assert asks.search("那份通报几点钟公布的")
    assert not asks.search("会议几点开始的")


JIEYANG = """根据市委巡察工作统一安排,2025年6月5日至2025年8月8日,市委第四巡察组对市公安局党委开展了巡察。
一、巡察发现的问题
(一)学习贯彻习近平新时代中国特色社会主义思想不到位,履行新时代公安职责能力有待提升
1.学习贯彻总书记关于新时代公安工作重要论述精神不到位。深入推进警务体制机制改革力度有待加强。
2.服务保障市委部署要求有差距。打击电信网络新型违法犯罪力度仍需加强。
3.履行公安机关新时代职责使命有短板。打击整治严重违法犯罪力度有待加强;打击盗窃案件力度仍需增强。
"""


def test_rank_inside_a_part_walks_to_its_item():
    from retrieval.parse import parse_sections
    from retrieval.search.walk import positions, walk
    secs = parse_sections(JIEYANG)
    for question in ("揭阳公安第一大类问题里排第三的那条是什么？", "揭阳公安第一大类问题里排第3的是哪个？"):
        assert [m.group() for m in positions(question)[0]][0] == "第一大类"
        found, _ = walk(secs, question)
        assert found and found[-1].heading.startswith("履行公安机关新时代职责使命有短板")
    assert positions("考核排名第一的是哪个单位")[0] == []


XIAMEN = """一、坚守政治责任,切实把巡察整改作为重大政治任务抓紧抓实
(一)加强组织领导,统一思想认识
局党组认真履行巡察整改主体责任,成立了以局主要领导为组长的巡察整改工作领导小组,设立3个专项整改工作小组。
(二)压紧压实责任,确保落实到位
对照巡察反馈意见,逐条制定整改措施。
(三)坚持举一反三,建立长效机制
建立健全制度。
二、巡察反馈问题整改落实情况
(一)关于党的领导方面
"""


def test_opening_big_part_subheadings_are_listed():
    from retrieval.parse import parse_sections
    from retrieval.search.walk import walk
    secs = parse_sections(XIAMEN)
    for question in ("厦门市体育局通报开头那一大块，底下几个小标题是啥？", "厦门市体育局通报开头讲政治责任那一大块，底下几个小标题是啥？"):
        found, _ = walk(secs, question)
        assert [s.heading[:4] for s in found] == ["坚守政治", "加强组织", "压紧压实", "坚持举一"]


def test_notice_requirements_by_what_they_require_are_its_top_parts():
    from retrieval.parse import parse_sections
    from retrieval.search.listed import lists_named_thing
    from retrieval.search.structure import _lookup
    from tests.conftest import dev_text
    text = dev_text("d13_")
    secs = parse_sections(text)
    question = "华容县府办发那份任务分解，通知里对各单位的落实要求分成几块、各叫啥？"
    assert not lists_named_thing(text, secs, question)
    assert [s.heading for s in _lookup(secs, question)][:2] == ["强化责任落实", "细化工作方案"]


HUZHOU = "每季评选优秀个人,争取各项考核评比“保五争三拼第一”,各条线长板特色进一步彰显。"


def test_rank_asked_by_its_wording_is_not_refused():
    from answer.unstated import rank_unstated
    assert not rank_unstated("考核评比口号里的名次又是怎么说的？", [HUZHOU])
    assert rank_unstated("湖州卫健考核评比在全省排第几名？", [HUZHOU])


NINGBO = ("今年以来,专题学习了习近平总书记关于审计工作的重要讲话精神,分别召开了市政府常务会议、全市审计整改工作会议、"
          "重大审计问题清单推进会议,研究部署和推进审计整改工作。")


def test_thing_joined_before_a_bare_count_is_what_the_list_counts():
    from answer.listed import listed_members
    a, b, n = listed_members(NINGBO, [(0, len(NINGBO))], "那次会和另外两个会一共几个")
    assert n == 3 and NINGBO[a:b].startswith("市政府常务会议")
    assert listed_members(NINGBO, [(0, len(NINGBO))], "另外两个组一共几个") is None


def test_earlier_report_asked_with_its_time_word_closing_a_clause():
    from genre.report_sessions import load_report_sessions
    earlier = load_report_sessions().earlier
    assert earlier.search("广东省政府这份2020年度审计整改报告之前，突出问题整改已经报过一次了吗？哪天、第几次会议")
    assert not earlier.search("广东省政府这份2020年度审计整改报告是哪天作的？")


def test_counts_of_two_members_ask_the_compound_quote():
    from genre.quoted_figure import member_asked, slogan_asked
    text = "研究制定“一方案三清单”,明确具体整改措施,细化分解整改要点。"
    assert member_asked("湖北司法厅整改搞的那套方案清单，是几个方案几张清单？", "一方案三清单")
    assert slogan_asked("湖北司法厅整改搞的那套方案清单，是几个方案几张清单？", text)
    assert not member_asked("湖北司法厅定了几张清单？", "一方案三清单")
