"""Round 138: asks read as staff word them (fresh72, read after its blind first measure).

- 整改 before the noun it modifies (整改成果, 整改责任) is part of the area a question names, not the verb closing it:
  在巩固整改成果、建长效机制上怎么做的 names 巩固整改成果、建长效机制, which the notice writes (questions.toml
  [asks_about_problem], answer/unwritten_asks.py problem_unwritten).
- The idle time between two steps asked as 中间空了几天 / 中间等了多久 is a gap between two dates (questions.toml [asks_gap]).
- A clause ending on a bare 是 before its question mark (发布日期是？) asks on its own, so a second ask after it is answered
  from the body (asking.toml particles.asks, answer/asks.py ask_clauses).
- A heading's words quoted name the part without 那/这 (“认识和态度”部分): the part, and its items counted when a count is
  asked (structure_questions.toml [about_part], answer/notes.py part_items_lead).
- A document number asked by the issuer's prefix the asker knows (湖卫健发哪一号, 浙卫发第几号) asks the 文号, not a day
  (metadata.toml [doc_number_asked]).
- The notice named as updated (到这篇进展情况更新) is the page's date, a step a gap may end at (worked.toml [[step]]
  published).
- Parts counted by their size (几大项、几小项, 几大类) ask figures, so a clause with none does not answer
  (questions.toml [asks_quantity]).
- A draft request naming its agency kind (我们区法院…, 我们县妇联…) ranks the items of notices that kind issued higher:
  staff ask for measures of agencies like theirs (ledger/draft.py same_kind, SAME_KIND_WEIGHT).
- A draft masks a document number whole: the title's own 文号 goes with its 〔文件名称〕, no 〔〔X〕〕〔X〕号 (ledger/wording.py).
"""
from __future__ import annotations

from answer.asks import ask_clauses
from answer.lead_asked import wanted
from answer.notes import part_items_lead
from answer.unwritten_asks import problem_unwritten
from genre.meta_asked import doc_number_asked
from genre.questions import load_questions
from genre.structure_questions import load_structure_questions
from retrieval.parse import parse_sections
from tests.conftest import dev_text


def test_rectification_noun_stays_in_the_area_named():
    q = "惠济审批局在巩固整改成果、建长效机制上是怎么做的？"
    assert load_questions().asks_about_problem.search(q).group(1) == "巩固整改成果、建长效机制"
    assert problem_unwritten(q, dev_text("d10_")) == ""


def test_rectification_verb_still_closes_the_problem():
    q = "针对消费维权问题整改了什么？"
    assert load_questions().asks_about_problem.search(q).group(1).startswith("消费维权")


def test_idle_time_between_steps_is_a_gap():
    q = "省委第三巡视组年底从湖北司法厅撤离，到第二年2月反馈，中间空了几天？"
    assert load_questions().asks_gap.search(q)
    assert wanted(q) == (0, 2)
    assert load_questions().asks_gap.search("进驻到反馈中间等了多久？")


def test_bare_copula_clause_asks_on_its_own():
    q = "我们宁波这份整改报告网上发布日期是？当初人大听审计工作报告是十六届第几次常委会？"
    assert ask_clauses(q) == ["我们宁波这份整改报告网上发布日期是？", "当初人大听审计工作报告是十六届第几次常委会？"]


def test_copula_inside_a_clause_asks_nothing_alone():
    from genre.asking import load_asking
    asks = load_asking().asks
    assert asks.search("发布日期是？") and not asks.search("这是第一次巡察") and not asks.search("组长是局长。")
    assert ask_clauses("这是第一次巡察；反馈了几个问题？") == ["这是第一次巡察；反馈了几个问题？"]


def test_quoted_heading_names_the_part_and_its_items_are_counted():
    q = "朔州市科技局那份通报，开头“认识和态度”部分下分了几个小标题？"
    about = load_structure_questions().about_part.search(q)
    assert (about.group(1) or about.group(2)) == "认识和态度"
    sections = parse_sections(dev_text("d26_"))
    part = next(s for s in sections if "认识和态度" in s.heading)
    below = [s for s in sections if s.parent == part.index]
    assert part_items_lead(q, [part, *below]) == f"列了{len(below)}个（计数所得）："


def test_document_number_asked_by_its_prefix():
    asked = doc_number_asked()
    assert asked.search("湖州卫健委的要点是湖卫健发哪一号？") and asked.search("浙江省卫健委那份又是浙卫发第几号？")
    assert asked.search("华容2021年县政府重点工作任务的发文字号？")
    assert not asked.search("通知是几号印发的？") and not asked.search("文件是下发几号的？")


def test_draft_masks_a_document_number_whole():
    from ledger.wording import as_action
    measure = "根据《2024年全区各级党委(党组)理论学习中心组专题学习安排》(芦宣发〔2024〕4号)文件要求,开展10次左右集体学习。"
    drafted = as_action(measure, [])
    assert "〔〔" not in drafted and "芦宣发" not in drafted and drafted.startswith("根据〔文件名称〕文件要求")


def test_notice_named_as_updated_is_the_page_date_step():
    from genre.worked import asked_steps
    names = [s.name for s in asked_steps("芦淞区司法局从收到巡察反馈到这篇进展情况更新，中间隔了多少天？")]
    assert "feedback" in names and "published" in names


def test_parts_counted_by_size_ask_figures():
    q = "华容那个任务分解表里总共列了几大项、几小项任务？"
    assert wanted(q)[0] == 2
    assert wanted("正文里一共几大类问题？")[0] == 1


def test_draft_examples_of_the_requests_agency_kind_are_marked(index):
    from ledger.draft import same_kind
    from ledger.items import ledger_for_index
    from retrieval.search.profile import notice_profile
    items = [it for it in ledger_for_index(index) if it.measures]
    marked = same_kind(index, items, "我们区城管局执法不够规范")
    kinds = {it.notice_id: notice_profile(index.records[it.notice_id].notice).issuer_agencies for it in items}
    assert 0 < marked.sum() < len(items)
    assert all(any("城市管理" in k for k in kinds[it.notice_id]) for it, m in zip(items, marked) if m)
    assert not same_kind(index, items, "干部队伍建设有差距").any()
