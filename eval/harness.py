"""`python app.py eval`: run a Q&A file through the pipeline and report honest metrics.

Writes DIR/results.jsonl (one line per question: id, type, question + the
`ask --json` fields + scores), DIR/metrics.json, DIR/report.md, DIR/report.html
and DIR/chart.png.

Example:
    $ python app.py eval --qa eval/qa.jsonl --out eval/runs/latest
"""
from __future__ import annotations

import base64
import html
import json
import sys
from pathlib import Path

from answer.ask import ask
from eval.metrics import ANSWERABLE, aggregate, norm, score_result
from ledger.draft import draft_measures
from retrieval.errors import InputError, NoticeQAError

DEFAULT_QA = Path(__file__).resolve().parent / "qa.jsonl"
TYPES = (*ANSWERABLE, "unanswerable")


def _item_problem(item) -> tuple[str, str]:
    """('', '') for a valid Q&A item, else (English, Chinese) saying which field is wrong."""
    if not isinstance(item, dict):
        return "must be a JSON object", "应为一个 JSON 对象"
    question = item.get("question")
    if not isinstance(question, str) or not question.strip():
        return "needs a non-empty 'question' string", "缺少问题（question 应为非空字符串）"
    if not isinstance(item.get("id", ""), (str, int)) or isinstance(item.get("id"), bool):
        return "'id' must be a string", "id 应为字符串"
    if item.get("type", "fact") not in TYPES:
        return (f"'type' must be one of {', '.join(TYPES)}", f"type 应为 {'、'.join(TYPES)} 之一")
    evidence = item.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, str) and e.strip() for e in evidence):
        return "'evidence' must be a list of non-empty strings", "evidence 应为由原文片段（字符串）组成的列表"
    if not isinstance(item.get("answer", ""), str):
        return "'answer' must be a string", "answer 应为字符串"
    doc = item.get("doc", "")
    if not (isinstance(doc, str) or (isinstance(doc, list) and all(isinstance(d, str) for d in doc))):
        return "'doc' must be a file name or a list of file names", "doc 应为文件名或文件名列表"
    return "", ""


def load_qa(path: Path) -> list[dict]:
    """Read and check a Q&A JSON Lines file (contract format); InputError naming the first bad line.

    >>> load_qa(Path("bad.jsonl"))  # a line with "evidence": "某段原文"
    Traceback (most recent call last):
    retrieval.errors.InputError: bad.jsonl line 1: 'evidence' must be a list of non-empty strings
    """
    if not path.is_file():
        raise InputError(f"Q&A file not found: {path}", f"找不到评测文件：{path}")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        raise InputError(f"{path.name}: not a UTF-8 text file", "评测文件不是 UTF-8 编码的文本文件。") from None
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path.name} line {n}: not valid JSON ({exc.msg})",
                             f"评测文件第 {n} 行不是有效的 JSON。") from None
        en, zh = _item_problem(item)
        if en:
            raise InputError(f"{path.name} line {n}: {en}", f"评测文件第 {n} 行：{zh}，请改正后再运行。")
        item.setdefault("id", f"line{n}")
        item["id"] = str(item["id"])
        item.setdefault("type", "fact")
        item.setdefault("evidence", [])
        item.setdefault("answer", "")
        items.append(item)
    if not items:
        raise InputError(f"{path} holds no questions", "评测文件中没有问题。")
    return items


def run_eval(index, items: list[dict], k: int = 5, progress=None) -> tuple[list[dict], dict]:
    """Answer every item through `answer.ask.ask` (the model too when one is configured); (rows, metrics)."""
    texts = {r.notice.doc: r.notice.text for r in index.records.values()}
    rows = []
    for i, item in enumerate(items):
        out = ask(index, item["question"], index.settings, k=max(k, 10), listed=k).to_json()   # ten for MRR@10, k scored
        scores = score_result(item, out, k, texts)
        out["contexts"] = out["contexts"][:max(k, 10)]
        if item["type"] == "draft":
            scores["draft_examples_hit"] = _draft_examples_hit(index, item)
        rows.append({"id": item["id"], "type": item["type"], "split": item.get("split", ""), **out, "gold_answer": item.get("answer", ""),
                     "evidence": item.get("evidence", []), "scores": scores})
        if progress:
            progress(i + 1, len(items))
    return rows, aggregate(rows)


def _draft_examples_hit(index, item: dict) -> bool:
    """Whether the drafting helper's examples (similar items' measures) include the gold evidence."""
    try:
        d = draft_measures(index, item["question"])
    except NoticeQAError:
        return False
    quotes = [norm(m.quote) for e in d.similar for m in e.item.measures]
    return any(norm(ev) in q for ev in item.get("evidence", []) for q in quotes)


TYPE_NAMES = {"fact": "事实", "measure": "措施", "section": "章节", "cross": "跨通报", "draft": "起草",
              "unanswerable": "无答案"}
# CJK fonts for the chart (Debian fonts-noto-cjk; the others on Windows/macOS desks); matplotlib takes the first found
CJK_FONTS = ["Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei",
             "PingFang SC", "SimHei", "DejaVu Sans"]


def _chart(metrics: dict, path: Path) -> None:
    """Bar chart with Chinese labels: 召回率@k and 引用命中率 per question type."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    types = [t for t in TYPES if t in metrics["by_type"] and t != "unanswerable"]
    recall = [metrics["by_type"][t]["recall_at_k"] or 0 for t in types]
    cite = [metrics["by_type"][t]["citation_hit"] or 0 for t in types]
    with plt.rc_context({"font.family": "sans-serif", "font.sans-serif": CJK_FONTS, "axes.unicode_minus": False}):
        fig, ax = plt.subplots(figsize=(7, 3.5))
        xs = range(len(types))
        ax.bar([x - 0.2 for x in xs], recall, 0.4, label="召回率@k（证据在前k个片段中）")
        ax.bar([x + 0.2 for x in xs], cite, 0.4, label="引用命中率（引用的原文含证据）")
        ax.set_xticks(list(xs), [TYPE_NAMES.get(t, t) for t in types])
        ax.set_ylim(0, 1.15)
        ax.set_ylabel("比例（0–1）")
        ax.legend(loc="upper right", fontsize=8)
        ax.set_title("各题型的召回率与引用命中率")
        fig.tight_layout()
        fig.savefig(path, dpi=100)
        plt.close(fig)


def _failures(rows: list[dict], k: int) -> list[dict]:
    return [r for r in rows if (r["type"] == "unanswerable" and not r["abstained"])
            or (r["type"] != "unanswerable" and (not r["scores"]["hit"] or not r["scores"]["cite_hit"]))]


def write_reports(out: Path, rows: list[dict], metrics: dict, k: int, qa_path: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "results.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    _chart(metrics, out / "chart.png")
    names = ["recall_at_k", "hit_at_k", "mrr_at_10", "citation_precision", "citation_hit", "key_fact_accuracy",
             "char_f1", "refusal_rate", "false_refusal_rate", "draft_examples_hit", "latency_p50_ms", "latency_p95_ms"]
    header = "| type | n | " + " | ".join(names) + " |\n|" + "---|" * (len(names) + 2) + "\n"
    blocks = [("overall", metrics["overall"]), *metrics["by_type"].items(),
              *[(f"baseline {name}", b) for name, b in metrics.get("baselines", {}).items()]]
    lines = [f"| {t} | {b['n']} | " + " | ".join("" if b[m] is None else str(b[m]) for m in names) + " |"
             for t, b in blocks]
    fails = _failures(rows, k)
    md = [f"# Evaluation report\n\nQ&A file: `{qa_path}`; k = {k}; {len(rows)} questions.\n",
          header + "\n".join(lines), "\n![chart](chart.png)\n", f"## Failing questions ({len(fails)})\n"]
    for r in fails:
        top = r["contexts"][0]["section"] if r["contexts"] else ""
        md.append(f"- **{r['id']}** ({r['type']}) {r['question']} — abstained={r['abstained']}, "
                  f"hit={r['scores']['hit']}, cite_hit={r['scores']['cite_hit']}; top context: {top[:80]}")
    md.append("\n" + (sys.modules["eval.metrics"].__doc__ or ""))
    (out / "report.md").write_text("\n".join(md), encoding="utf-8")
    chart = base64.b64encode((out / "chart.png").read_bytes()).decode("ascii")   # the page stands alone
    (out / "report.html").write_text(_report_html(rows, metrics, k, fails, chart), encoding="utf-8")


METRIC_NAMES = [("recall_at_k", "召回率@k"), ("hit_at_k", "命中率@k"), ("mrr_at_10", "MRR@10"),
                ("citation_precision", "引用准确率"), ("citation_hit", "引用命中率"), ("key_fact_accuracy", "关键事实准确率"),
                ("char_f1", "字符F1"), ("refusal_rate", "拒答率"), ("false_refusal_rate", "误拒率"),
                ("draft_examples_hit", "起草示例命中率"), ("latency_p50_ms", "时延P50(毫秒)"), ("latency_p95_ms", "时延P95(毫秒)")]


def _report_html(rows: list[dict], metrics: dict, k: int, fails: list[dict], chart_b64: str) -> str:
    """The report for people, in Chinese: metrics by question type, the chart, the failing questions."""
    e = html.escape
    blocks = [("全部", metrics["overall"])] + [(TYPE_NAMES.get(t, t), b) for t, b in metrics["by_type"].items()]
    head = "".join(f"<th>{e(name)}</th>" for _, name in METRIC_NAMES)
    table = "".join(f"<tr><td>{e(name)}</td><td>{b['n']}</td>" + "".join(
        f"<td>{'—' if b.get(key) is None else e(str(b[key]))}</td>" for key, _ in METRIC_NAMES) + "</tr>"
        for name, b in blocks)
    body = "".join(
        f"<tr><td>{e(str(r['id']))}</td><td>{e(TYPE_NAMES.get(r['type'], r['type']))}</td><td>{e(r['question'])}</td>"
        f"<td>{e(r.get('gold_answer', ''))}</td><td>{e(' / '.join(r['evidence']))}</td><td>{e(r['answer'][:300])}</td>"
        f"<td>{e(' | '.join(c['section'][-60:] for c in r['contexts'][:k]))}</td></tr>" for r in fails)
    return (f"<!doctype html><meta charset='utf-8'><title>评测报告</title><h1>评测报告</h1>"
            f"<p>共 {len(rows)} 题，每题查看前 {k} 段原文；未通过 {len(fails)} 题。</p>"
            f"<table border=1><tr><th>题型</th><th>题数</th>{head}</tr>{table}</table>"
            f"<img src='data:image/png;base64,{chart_b64}' alt='各题型的召回率与引用命中率'><h2>未通过的问题</h2><table border=1><tr><th>编号</th>"
            f"<th>题型</th><th>问题</th><th>标准答案</th><th>应引用的原文</th><th>系统回答</th><th>找到的原文所在章节</th>"
            f"</tr>{body}</table>")


def compare(dir_a: Path, dir_b: Path) -> str:
    """Metric deltas and questions whose outcome flipped between two eval runs."""
    ma = json.loads((dir_a / "metrics.json").read_text(encoding="utf-8"))["overall"]
    mb = json.loads((dir_b / "metrics.json").read_text(encoding="utf-8"))["overall"]
    lines = [f"{'metric':22} {'A':>9} {'B':>9} {'delta':>9}"]
    for key in ma:
        a, b = ma.get(key), mb.get(key)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            lines.append(f"{key:22} {a:9.3f} {b:9.3f} {b - a:+9.3f}")

    def outcomes(d: Path) -> dict[str, bool]:
        res = {}
        for line in (d / "results.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            ok = r["abstained"] if r["type"] == "unanswerable" else bool(r["scores"]["hit"] and r["scores"]["cite_hit"])
            res[r["id"]] = ok
        return res
    oa, ob = outcomes(dir_a), outcomes(dir_b)
    flips = [(q, oa[q], ob[q]) for q in oa if q in ob and oa[q] != ob[q]]
    lines.append(f"\n{len(flips)} questions flipped:")
    lines += [f"  {q}: {'pass' if a else 'fail'} -> {'pass' if b else 'fail'}" for q, a, b in flips]
    return "\n".join(lines)
