"""评测 tab: run eval/qa.jsonl, the user's own set (user_qa.jsonl) or an uploaded Q&A file through
eval.harness (load_qa / run_eval / write_reports into NOTICEQA_HOME/eval/<timestamp>), then show the
metrics, the chart and the failing questions.

Example:
    >>> out, rows, metrics = run_evaluation(holder, settings, Path("eval/qa.jsonl"), k=5)
    >>> metric_rows(metrics)[0][0]
    '全部'
"""
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from eval.harness import DEFAULT_QA, load_qa, run_eval, write_reports
from frontends.web.chat import error_text, owner_of, user_qa_path
from frontends.web.holder import check_size, read_jsonl
from frontends.web.render import message_html
from retrieval.errors import InputError

METRICS = [("recall_at_k", "召回率@k"), ("hit_at_k", "命中率@k"), ("mrr_at_10", "MRR@10"),
           ("citation_precision", "引用准确率"), ("citation_hit", "引用命中率"), ("key_fact_accuracy", "关键事实准确率"),
           ("char_f1", "字符F1"), ("refusal_rate", "拒答率"), ("false_refusal_rate", "误拒率"),
           ("latency_p50_ms", "时延P50(毫秒)")]
TYPE_NAMES = {"fact": "事实", "measure": "措施", "section": "章节", "cross": "跨通报", "draft": "起草",
              "unanswerable": "无答案"}
METRIC_HEADERS = ["题型", "题数"] + [name for _, name in METRICS]
FAIL_HEADERS = ["编号", "题型", "问题", "标准答案", "应引用的原文", "系统回答", "未通过原因"]
# what each figure means, in plain words (eval/metrics.py has the exact definitions)
GLOSSARY = [
    ("召回率@k", "标准证据出现在系统找到的前 k 段原文中的比例（越高越好）。"),
    ("命中率@k", "前 k 段原文中至少找到一条标准证据的题目比例。"),
    ("MRR@10", "第一段含证据的原文排在第几位：排第 1 得 1 分、第 2 得 1/2 分……再取平均，越接近 1 越靠前。"),
    ("引用准确率", "回答引用的原文逐字出自通报、位置正确的比例。"),
    ("引用命中率", "回答所引原文中包含标准证据的题目比例。"),
    ("关键事实准确率", "标准答案中的数字、日期和《文件名》在回答中出现的比例。"),
    ("字符F1", "回答与标准答案逐字比对的重合程度（0–1），只作参考：摘录原文的回答往往比标准答案长。"),
    ("拒答率", "知识库中确无答案的题目，系统如实说明“没有找到”的比例（越高越好）。"),
    ("误拒率", "本来有答案的题目，系统却说没有找到的比例（越低越好）。"),
    ("时延P50", "一半的题目在这个时间内答完（毫秒）。"),
]
FORMAT_HELP = """**评测文件格式**：JSON Lines（每行一道题，UTF-8 编码，扩展名 .jsonl），例如：

    {"id": "q001", "question": "2023年燃气旧管网改造了多少公里？", "answer": "639公里", "evidence": ["2023年改造了639公里"], "doc": "通报文件名.txt", "type": "fact"}

- `question` 问题；`answer` 标准答案（简短）；`evidence` 通报中能证明答案的原文（逐字摘录，可多条）；
- `type` 题型：fact 事实、measure 措施、section 章节、cross 跨通报、draft 起草、unanswerable 无答案（此时 evidence 为 []）；
- `id`、`doc` 可省略。在“问答”中点击“把最近一问加入评测集”，可把一问连同改正后的标准答案存入“我的评测集”。"""


def builtin_qa() -> Path:
    return DEFAULT_QA


def user_qa(settings, owner: str = "") -> Path:
    return user_qa_path(settings, owner)


def source_choices(settings, owner: str = "") -> list[tuple[str, str]]:
    n = len(read_jsonl(user_qa(settings, owner)))
    return [("内置评测集（eval/qa.jsonl）", "builtin"), (f"我的评测集（问答中加入的 {n} 题）", "user"),
            ("上传评测文件", "upload")]


def run_evaluation(holder, settings, qa_path: Path, k: int = 5, progress=None):
    """Run the harness on a Q&A file; reports go to NOTICEQA_HOME/eval/<timestamp>-<id>/."""
    items = load_qa(qa_path)
    out = settings.home / "eval" / f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:4]}"
    rows, metrics = run_eval(holder.get(), items, k, progress)
    write_reports(out, rows, metrics, k, qa_path)
    return out, rows, metrics


def _fmt(v) -> str:
    if v is None:
        return "—"
    return f"{v:.3f}" if isinstance(v, float) and abs(v) < 10 else str(v)


def metric_rows(metrics: dict) -> list[list[str]]:
    order = list(TYPE_NAMES)
    by_type = sorted(metrics["by_type"].items(), key=lambda tb: (order.index(tb[0]) if tb[0] in order else 99, tb[0]))
    blocks = [("全部", metrics["overall"])] + [(TYPE_NAMES.get(t, t), b) for t, b in by_type]
    return [[name, str(b["n"])] + [_fmt(b.get(key)) for key, _ in METRICS] for name, b in blocks]


def downloadable(out: Path) -> list[str]:
    """Copies of a run's report files in a temp folder (gradio serves files only from there or the cwd)."""
    folder = Path(tempfile.mkdtemp(prefix="noticeqa-eval-"))
    names = {"report.html": "评测报告.html", "results.jsonl": "逐题结果.jsonl", "metrics.json": "指标.json",
             "chart.png": "图表.png"}
    return [str(shutil.copyfile(out / name, folder / f"{out.name[:15]}-{shown}")) for name, shown in names.items()
            if (out / name).is_file()]


def glossary_html() -> str:
    items = "".join(f"<li><b>{name}</b>：{text}</li>" for name, text in GLOSSARY)
    return f'<details class="sim-card" id="nq-e-glossary"><summary>指标说明</summary><ul class="sim-measures">{items}</ul></details>'


def _cut(text: str, limit: int = 160) -> str:
    return text[:limit] + ("…" if len(text) > limit else "")


def failing_rows(rows: list[dict]) -> list[list[str]]:
    out = []
    for r in rows:
        s = r["scores"]
        if r["type"] == "unanswerable":
            why = "应拒答却作答" if not r["abstained"] else ""
        elif r["abstained"]:
            why = "误拒答"
        else:
            why = "；".join(x for x in ("证据未检索到" if not s["hit"] else "", "引用未命中证据" if not s["cite_hit"] else "")
                           if x)
        if why:
            gold = r.get("gold_answer") or ("（应说明没有找到）" if r["type"] == "unanswerable" else "")
            evidence = "／".join(r.get("evidence") or [])
            out.append([str(r["id"]), TYPE_NAMES.get(r["type"], r["type"]), r["question"], _cut(gold),
                        _cut(evidence), _cut(r["answer"]), why])
    return out


def build(ctx):
    gr, holder, settings = ctx.gr, ctx.holder, ctx.settings
    with gr.Row(equal_height=False):
        with gr.Column(scale=2, min_width=360):
            source = gr.Radio(source_choices(settings), value="builtin", label="评测集", elem_id="nq-e-source")
            qa_file = gr.File(label="上传评测文件（.jsonl，格式见下方说明）", elem_id="nq-e-file", height=150)
            with gr.Accordion("评测文件格式说明", open=False, elem_id="nq-e-help"):
                gr.Markdown(FORMAT_HELP)
            k = gr.Slider(1, 20, value=5, step=1, label="k（每题查看的原文段数）", elem_id="nq-e-k")
            go = gr.Button("运行评测", variant="primary", elem_id="nq-e-run")
            msg = gr.HTML("", elem_id="nq-e-msg")
        with gr.Column(scale=3, min_width=520):
            chart = gr.Image(label="各题型召回率与引用命中率", type="pil", interactive=False, height=300,
                             elem_id="nq-e-chart", buttons=["download"])
    metrics_table = gr.Dataframe(headers=METRIC_HEADERS, value=[], interactive=False, label="指标",
                                 elem_id="nq-e-metrics")
    gr.HTML(glossary_html())
    report = gr.File(label="下载评测报告（网页报告、逐题结果、指标、图表）", file_count="multiple", visible=False,
                     elem_id="nq-e-report")
    fails = gr.Dataframe(headers=FAIL_HEADERS, value=[], interactive=False, wrap=True, label="未通过的问题",
                         max_height=420, column_widths=["7%", "6%", "18%", "14%", "20%", "23%", "12%"],
                         elem_id="nq-e-fails")

    qa_file.upload(lambda: "upload", None, [source])

    def run(src, upload, k_value, request: gr.Request, progress=gr.Progress()):
        from PIL import Image
        try:
            if src == "upload":
                if not upload:
                    raise InputError("no Q&A file", "请先上传评测文件（JSON Lines 格式）。")
                up = Path(getattr(upload, "name", upload))
                check_size(up, up.name, settings.max_upload_mb)
                qa_path = settings.home / "eval" / "uploads" / f"{uuid.uuid4().hex[:8]}.jsonl"
                qa_path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(up, qa_path)
            elif src == "user":
                qa_path = user_qa(settings, owner_of(request))
                if not qa_path.is_file():
                    raise InputError("no user eval set", "我的评测集还是空的：在“问答”中点击“把最近一问加入评测集”即可添加。")
            else:
                qa_path = builtin_qa()
            progress(0.0, desc="准备评测")
            out, rows, metrics = run_evaluation(holder, settings, qa_path, int(k_value or 5),
                                                lambda d, t: progress(d / t, desc=f"评测 {d}/{t}"))
            image = Image.open(out / "chart.png").copy()
        except Exception as err:  # noqa: BLE001
            return message_html(error_text(err, holder), "error"), gr.skip(), gr.skip(), gr.skip(), gr.skip(), \
                gr.update(visible=False)
        o = metrics["overall"]
        fail = failing_rows(rows)
        text = (f"评测完成：{len(rows)} 题，未通过 {len(fail)} 题；召回率@{int(k_value)} {_fmt(o['recall_at_k'])}，"
                f"引用命中率 {_fmt(o['citation_hit'])}。完整报告可在下方下载。")
        files = downloadable(out)
        return message_html(text, "ok"), metric_rows(metrics), image, fail, \
            gr.update(choices=source_choices(settings, owner_of(request))), gr.update(value=files, visible=True)

    go.click(run, [source, qa_file, k], [msg, metrics_table, chart, fails, source, report], concurrency_limit=1,
             concurrency_id="eval", show_progress_on=[msg])
    ctx.add_refresh([source], [source], lambda s: gr.update(choices=source_choices(settings), value=s))
