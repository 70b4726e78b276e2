"""Ledger extraction against the hand-labelled gold set, on the real notices, plus the CLI outputs.

Run: .venv/bin/python -m pytest -q -s tests/test_ledger.py   (-s shows the figures)
"""
from __future__ import annotations

import csv
import json
import re

import pytest
from conftest import ROOT, SEEDS, corpus_file, run_app

from ledger.items import extract_ledger, paragraphs, stated_counts
from retrieval.load import Notice, load_notice
from retrieval.parse import parse_sections

GOLD = ROOT / "tests" / "data" / "ledger_gold.jsonl"
TARGET = 0.99  # issue 13 (no loss on the seeds); measured: P 0.996 (the one extra is the item the gold leaves out), R/kind/status/count 1.0


def _norm(s: str) -> str:
    return re.sub(r"\s", "", s)


@pytest.fixture(scope="module")
def ledgers() -> dict:
    out = {}
    for path in SEEDS:
        notice = load_notice(path)
        out[notice.doc] = (notice, extract_ledger(notice, parse_sections(notice.text, notice.id)))
    return out


def _match(gold: list[dict], ledgers: dict) -> list[tuple[dict, object]]:
    """Greedy in document order: same doc, problems equal after whitespace removal or one inside the other."""
    used, pairs = set(), []
    for g in gold:
        gp = _norm(g["problem"])
        for it in ledgers[g["doc"]][1]:
            p = _norm(it.problem)
            if it.id not in used and (p == gp or p in gp or gp in p):
                used.add(it.id)
                pairs.append((g, it))
                break
    return pairs


def test_ledger_matches_gold(ledgers):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = _match(gold, ledgers)
    extracted = sum(len(items) for _, items in ledgers.values())
    n = len(pairs)
    figures = {
        "item_precision": n / extracted,
        "item_recall": n / len(gold),
        "kind_accuracy": sum(it.kind == g["kind"] for g, it in pairs) / n,
        "status_accuracy": sum(it.status == g["status"] for g, it in pairs) / n,
        "measure_count_accuracy": sum(len(it.measures) == g["n_measures"] for g, it in pairs) / n,
    }
    print(f"\nledger vs gold: {extracted} extracted, {len(gold)} gold, {n} matched")
    for name, value in figures.items():
        print(f"  {name}: {value:.4f}")
    for name, value in figures.items():
        assert value >= TARGET, (name, value)


def test_quotes_are_verbatim_and_in_order(ledgers):
    for notice, items in ledgers.values():
        assert items, notice.doc
        for it in items:
            assert notice.text[it.problem_start:it.problem_end] == it.problem and it.problem.strip()
            assert it.measures, it.problem
            for m in it.measures:
                assert notice.text[m.start:m.end] == m.quote and m.quote == m.quote.strip() and m.quote
            starts = [m.start for m in it.measures]
            assert starts == sorted(starts)


def test_kinds_and_statuses_per_notice(ledgers):
    kinds = {doc[:12]: {it.kind for it in items} for doc, (_, items) in ledgers.items()}
    assert kinds["tj-city-mgmt"] >= {"反馈问题", "举一反三"}
    assert {"反馈问题", "前轮巡察", "审计", "长期整改"} <= kinds["jinan-city-m"]
    assert {"反馈问题", "举一反三", "推动改革促进发展", "立行立改"} <= kinds["tj-dongli-di"]
    plan = ledgers[corpus_file("tj-city-mgmt-commission-2019").name][1]
    assert {it.kind for it in plan} == {"工作任务"} and len(plan) == 35
    jinan = ledgers[corpus_file("jinan").name][1]
    assert {it.status for it in jinan} == {"已完成", "长期任务已取得阶段性成效"}


# Made-up notices in each house style: the rules read outline markers and wording, not known strings.
SYNTHETIC_TIANJIN = """二、整改落实情况
(一)关于甲方面问题
1.针对会议纪要归档不及时问题,进行了以下整改。一是建立归档台账。二是每月抽查3次。
针对“举一反三”整改事项“档案室温湿度记录缺失”,进行了以下整改。
完善记录制度,配备设备12台。
2.针对“车辆派遣流程不清”问题和“规范流程”整改意见,驻局纪检组进行了以下
整改。
一是修订派车办法。
二是公开派车结果。
此外,按照整改意见,制定具体举一反三措施。
1.针对“节约用电”,制定1项举一反三措施。更换节能灯具200盏。
三、立行立改相关整改事项落实情况
本轮共移交立行立改问题1个,目前已完成整改1个。
针对“门口积水”问题,进行了以下整改。疏通管道。
"""
SYNTHETIC_JINAN = """二、已完成的整改事项
(一)反馈问题:学习不够
1.学习流于形式。
1)读书会缺少交流。
整改结果:已完成
整改情况:一是每月组织交流。二是撰写心得。
2)教育培训不足。
针对“新入职人员培训缺失。”
整改结果:基本完成
整改情况:制定培训计划。
三、对长期整改任务采取的重要举措
1.设备老化。
整改结果:长期任务已取得阶段性成效
整改情况:分批更新设备。
"""


def _synthetic(text: str):
    notice = Notice("syn", "syn.txt", "测试通报", "", "", "", "", text, "txt", "utf-8")
    return extract_ledger(notice, parse_sections(text, "syn"))


def test_synthetic_tianjin_style():
    items = _synthetic(SYNTHETIC_TIANJIN)
    got = [(it.problem, it.kind, it.status, len(it.measures)) for it in items]
    assert got == [("会议纪要归档不及时", "反馈问题", "", 2), ("档案室温湿度记录缺失", "举一反三", "", 1),
                   ("车辆派遣流程不清", "反馈问题", "", 2), ("节约用电", "举一反三", "", 1),
                   ("门口积水", "立行立改", "已完成", 1)]
    assert items[0].measures[1].quote == "每月抽查3次。" and items[0].measures[1].marker == "二是"
    assert items[0].figures == ("3次",)
    assert items[3].section.split(" > ")[1] == "举一反三"


def test_synthetic_jinan_style():
    items = _synthetic(SYNTHETIC_JINAN)
    got = [(it.problem, it.kind, it.status, len(it.measures)) for it in items]
    assert got == [("读书会缺少交流", "反馈问题", "已完成", 2), ("新入职人员培训缺失", "反馈问题", "基本完成", 1),
                   ("设备老化", "长期整改", "长期任务已取得阶段性成效", 1)]
    assert items[1].measures[0].quote == "制定培训计划。"


def test_synthetic_work_plan_tasks():
    text = "三、工作任务\n(一)加强环境治理\n一是推进道路清扫。全年清扫20条道路。\n二是整治河道,清理垃圾。\n"
    items = _synthetic(text)
    assert [(it.problem, it.kind, [m.quote for m in it.measures]) for it in items] == [
        ("推进道路清扫", "工作任务", ["全年清扫20条道路。"]), ("整治河道", "工作任务", ["清理垃圾。"])]


def test_truncated_notices_never_break(ledgers):
    """Any prefix of a real notice (cut mid-item, mid-quote, mid-line) still gives verbatim items."""
    for notice, _ in ledgers.values():
        for cut in range(0, len(notice.text), max(1, len(notice.text) // 40)):
            text = notice.text[:cut]
            part = Notice(notice.id, notice.doc, notice.title, "", "", "", "", text, "txt", "utf-8")
            for it in extract_ledger(part, parse_sections(text, notice.id)):
                assert text[it.problem_start:it.problem_end] == it.problem
                assert all(text[m.start:m.end] == m.quote for m in it.measures)


def test_broken_lines_are_joined():
    text = "1.针对“甲乙\n丙丁”问题,进行了以下整改。一是做甲\n\n事。二是做乙事。\n(二)下一部分\n"
    spans = paragraphs(text)
    assert text[spans[0][0]:spans[0][1]].endswith("二是做乙事。")


def test_stated_counts_tianjin_and_dongli(ledgers):
    tj = ledgers[corpus_file("tj-city-mgmt-commission-2024").name][0]
    stated = {s.kind or s.category: s for s in stated_counts(tj.text)}
    assert stated["反馈问题"].total == 29
    assert dict(stated["反馈问题"].statuses) == {"已完成": 16, "基本完成": 10, "长期整改": 3}
    assert stated["举一反三"].total == 11
    dongli, items = ledgers[corpus_file("tj-dongli").name]
    stated = {s.kind or s.category: s for s in stated_counts(dongli.text)}
    assert stated["举一反三"].total == 59 and sum(it.kind == "举一反三" for it in items) == 58  # visible mismatch
    assert dict(stated["立行立改"].statuses) == {"已完成": 1}


@pytest.mark.integration
def test_ledger_for_index_and_summary(index):
    from ledger.export import ledger_summary
    from ledger.items import ledger_for_index
    items = ledger_for_index(index)
    assert len(items) == sum(len(extract_ledger(r.notice, r.sections)) for r in index.records.values())
    assert len({it.id for it in items}) == len(items)
    summary = ledger_summary(index, items)
    assert summary["items"] == len(items) and sum(summary["by_status"].values()) == len(items)
    dongli = next(n for n in summary["notices"] if n["doc"].startswith("tj-dongli"))
    row = next(s for s in dongli["stated"] if s["kind"] == "举一反三")
    assert (row["stated"], row["extracted"], row["match"]) == (59, 58, False)


@pytest.mark.integration
def test_cli_ledger_outputs(test_home, tmp_path):
    r = run_app("ledger", "--json", home=test_home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    item = data["items"][0]
    assert {"id", "doc", "title", "section", "problem", "kind", "status", "measures"} <= set(item)
    assert {"quote", "start", "end"} <= set(item["measures"][0])
    assert "notices" in data["summary"] and "by_status" in data["summary"]

    r = run_app("ledger", "--csv", str(tmp_path / "l.csv"), home=test_home)
    assert r.returncode == 0, r.stderr
    raw = (tmp_path / "l.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:8] == ["序号", "问题", "整改措施", "责任单位", "整改时限", "完成情况", "来源通报", "章节"]

    r = run_app("ledger", "--xlsx", str(tmp_path / "l.xlsx"), home=test_home)
    assert r.returncode == 0, r.stderr
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "l.xlsx")["整改台账"]
    assert [c.value for c in ws[1]][:8] == rows[0][:8]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert ws.max_row == len(data["items"]) + 1

    r = run_app("ledger", home=test_home)
    assert r.returncode == 0 and "整改台账" in r.stdout and "通报所述" in r.stdout

    r = run_app("ledger", "--csv", str(tmp_path / "missing" / "l.csv"), home=test_home)
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "cannot write" in r.stderr


def test_problem_with_labelled_fields_and_status_words():
    """`1.X。` + `整改情况:已完成。…` (status from the notice's own words), 责任单位 and 整改时限 when stated."""
    text = ("二、反馈问题整改进展情况\n(一)思想认识有差距\n1.党组理论学习中心组次数不达标。\n整改情况:已完成。制定了全年学习计划。\n"
            "责任单位:办公室\n整改时限:2024年12月底前\n2.学习缺乏自觉性和紧迫感。\n整改情况:一是建立学习台账。二是开展研讨。\n")
    items = _synthetic(text)
    assert [(it.problem, it.status, len(it.measures)) for it in items] == [
        ("党组理论学习中心组次数不达标", "已完成", 1), ("学习缺乏自觉性和紧迫感", "", 2)]
    assert (items[0].owner, items[0].deadline) == ("办公室", "2024年12月底前")


def test_findings_under_a_findings_heading():
    text = "一、巡察发现的问题\n(一)学习贯彻不到位\n1.服务保障市委部署要求有差距。领导主动服务不够。\n2. 为民服务意识不强。指导不到位。\n"
    assert [it.problem for it in _synthetic(text)] == ["服务保障市委部署要求有差距", "为民服务意识不强"]


@pytest.mark.parametrize("text, want", [
    ("二、反馈问题整改情况\n(一)关于“理论学习不深入”的问题\n整改措施:一是制定学习计划;二是开展专题研讨。\n",
     [("理论学习不深入", "反馈问题", "", ["制定学习计划;", "开展专题研讨。"], "", "")]),
    ("二、整改情况\n问题1:理论学习不深入。\n整改情况:制定学习计划,开展专题研讨。\n完成情况:已完成\n"
     "问题2:基层党建薄弱。\n整改情况:建强支部。\n完成情况:正在整改\n责任单位:机关党委\n整改时限:2024年12月底\n",
     [("理论学习不深入", "反馈问题", "已完成", ["制定学习计划,开展专题研讨。"], "", ""),
      ("基层党建薄弱", "反馈问题", "正在整改", ["建强支部。"], "机关党委", "2024年12月底")]),
    ("二、整改情况\n问题1:理论学习不深入。\n责任单位:办公室\n整改时限:2024年6月\n整改措施:一是制定计划。二是开展研讨。\n"
     "完成情况:已完成\n",
     [("理论学习不深入", "反馈问题", "已完成", ["制定计划。", "开展研讨。"], "办公室", "2024年6月")]),
    ("二、整改情况\n反馈问题一:理论学习不深入\n整改措施:制定计划。\n整改情况:已完成。\n",
     [("理论学习不深入", "反馈问题", "已完成", ["制定计划。"], "", "")]),
    ("二、整改情况\n(一)立行立改问题\n1.公务用车登记不规范。\n整改情况:已完成。完善登记制度。\n(二)需要长期整改的问题\n"
     "1.干部队伍年龄结构老化。\n整改情况:持续推进。制定干部培养计划。\n",
     [("公务用车登记不规范", "立行立改", "已完成", ["完善登记制度。"], "", ""),
      ("干部队伍年龄结构老化", "长期整改", "持续推进", ["制定干部培养计划。"], "", "")]),
    ("二、整改情况\n1.针对理论学习不深入问题,进行了以下整改:\n一是制定计划。\n二是开展研讨。\n",
     [("理论学习不深入", "反馈问题", "", ["制定计划。", "开展研讨。"], "", "")]),
    ("二、整改情况\n问题1:理论学习不深入。整改情况:已完成。制定学习计划。\n问题2:党建薄弱。整改情况:正在整改。建强支部。\n",
     [("理论学习不深入", "反馈问题", "已完成", ["制定学习计划。"], "", ""),
      ("党建薄弱", "反馈问题", "正在整改", ["建强支部。"], "", "")]),
    ("现将有关情况通报如下。\n一、关于“学习贯彻习近平总书记", [("学习贯彻习近平总书记", "反馈问题", "", [], "", "")]),
    ("现将《2023年全市卫生健康工作要点》下发给你们。\n2023年全市卫生健康工作要点\n一、全面深化一个主题\n"
     "1.全面深化健康城市建设。持续创新办法。\n",
     [("全面深化健康城市建设", "工作任务", "", ["持续创新办法。"], "", "")]),
])
def test_item_frames_of_the_genre(text, want):
    """Frames of the genre: 关于“X”的问题 + 整改措施:一是…, 问题N: + labelled fields on their own lines (never
    measures) or after the problem on its line, 反馈问题一:, items under 立行立改/长期整改 headings, 针对X问题…进行了以下整改, a heading cut
    with its document, the tasks of a work plan after its own title line."""
    got = [(it.problem, it.kind, it.status, [m.quote for m in it.measures], it.owner, it.deadline)
           for it in _synthetic(text)]
    assert got == want
