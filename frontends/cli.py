"""Command line (see shared CONTRACT.md): serve, ingest, ask, draft, ledger, eval.

Domain errors become one line on stderr and exit status 2; `--json` prints
exactly one JSON object. Every question goes through `answer.ask.ask`.

Example:
    $ python app.py ask "2023年燃气旧管网改造了多少公里？" --json
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from answer.ask import REWRITE_NOTE, ask
from eval.baselines import RETRIEVERS, run_baseline
from eval.harness import DEFAULT_QA, compare, load_qa, run_eval, write_reports
from frontends.progress import progress_bar
from ledger.draft import draft_to_json
from ledger.draft_llm import draft_with_llm
from ledger.export import (
    item_to_json,
    ledger_summary,
    print_table,
    write_csv,
    write_xlsx,
)
from ledger.items import ledger_for_index
from retrieval.errors import InputError, NoticeQAError
from retrieval.index.build import ingest
from retrieval.index.opened import open_index
from retrieval.settings import Settings, load_settings


def cmd_ingest(args, settings: Settings) -> int:
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    r = ingest(paths, settings, progress_bar("ingest"), rebuild=args.rebuild)
    print(f"ingest: {len(r.added)} added, {len(r.updated)} updated, {len(r.unchanged)} unchanged, "
          f"{len(r.removed)} removed; {r.chunks} chunks, {r.embedded} embedded, {r.seconds:.1f} s")
    for name, new_id in r.beside:
        print(f"ingest: {name} is another notice than the one already named so; added beside it as {new_id!r}",
              file=sys.stderr)
    if r.skipped:
        shown = ", ".join(r.skipped[:10]) + (f" and {len(r.skipped) - 10} more" if len(r.skipped) > 10 else "")
        print(f"ingest: skipped {len(r.skipped)} unsupported file(s) (not .txt/.html/.docx/.pdf): {shown}",
              file=sys.stderr)
    return 0


def cmd_ask(args, settings: Settings) -> int:
    index = open_index(settings)
    stream = None if args.json or not sys.stdout.isatty() else sys.stdout
    a = ask(index, args.question, settings, k=args.k, doc=args.doc, stream=stream)
    if args.json:
        print(json.dumps(a.to_json(), ensure_ascii=False))
        return 0
    if a.standalone:
        print(REWRITE_NOTE.format(question=a.standalone))
    print(a.answer)
    for c in a.citations:
        print(f"[{c.n}] 《{c.title}》 {c.section}\n    “{c.quote}”")
    return 0


def cmd_draft(args, settings: Settings) -> int:
    """`python app.py draft "问题描述" [--json]` (the model drafts when one is configured)."""
    problem = (args.problem or "").strip()
    if not problem:
        raise InputError("empty problem description; describe the problem to draft measures for",
                         "请输入需要起草整改措施的问题描述。")
    d = draft_with_llm(open_index(settings), problem, settings)
    if args.json:
        print(json.dumps(draft_to_json(d), ensure_ascii=False))
        return 0
    print(f"问题：{d.problem}\n参考最相似的整改事项，起草整改措施如下（〔〕处请按实际情况填写）：\n")
    print(d.draft or d.note)
    print("\n引用：")
    for c in d.citations:
        print(f"[{c.n}] 《{c.title}》 {c.section}\n    “{c.quote}”")
    print("\n相似事项：")
    for e in d.similar:
        print(f"{e.n}. {e.item.problem}（{e.item.kind}{'，' + e.item.status if e.item.status else ''}；{e.item.doc}）")
    return 0


def cmd_ledger(args, settings: Settings) -> int:
    """`python app.py ledger [--json | --csv FILE | --xlsx FILE]`."""
    index = open_index(settings)
    items = ledger_for_index(index)
    summary = ledger_summary(index, items)
    if args.json:
        print(json.dumps({"items": [item_to_json(it) for it in items], "summary": summary}, ensure_ascii=False))
    elif args.csv:
        write_csv(args.csv, items)
        print(f"已写出 {len(items)} 条整改事项到 {args.csv}")
    elif args.xlsx:
        write_xlsx(args.xlsx, items, summary)
        print(f"已写出 {len(items)} 条整改事项到 {args.xlsx}")
    else:
        print_table(summary)
    return 0


def cmd_eval(args, settings: Settings) -> int:
    """`python app.py eval [--qa FILE] [--out DIR] [--k N] [--baseline …] [--compare A B]`."""
    if args.compare:
        print(compare(Path(args.compare[0]), Path(args.compare[1])))
        return 0
    from tqdm import tqdm
    qa_path = Path(args.qa) if args.qa else DEFAULT_QA
    items = load_qa(qa_path)
    index = open_index(settings)
    out = Path(args.out) if args.out else settings.home / "eval" / time.strftime("%Y%m%d-%H%M%S")
    bar = tqdm(total=len(items), desc="eval", unit="q", file=sys.stderr)
    rows, metrics = run_eval(index, items, args.k, lambda d, t: bar.update(1))
    bar.close()
    if args.baseline:
        names = list(RETRIEVERS) if args.baseline == "all" else args.baseline.split(",")
        unknown = [n for n in names if n not in RETRIEVERS]
        if unknown:
            raise InputError(f"unknown baseline {unknown[0]!r}; use bm25, dense, naive or all",
                             "基线只能是 bm25、dense、naive 或 all。")
        metrics["baselines"] = {RETRIEVERS[n][1]: run_baseline(n, index, items, args.k)[1]["overall"] for n in names}
    write_reports(out, rows, metrics, args.k, qa_path)
    o = metrics["overall"]
    print(f"eval: {len(rows)} questions; recall@{args.k} {o['recall_at_k']}, citation hit {o['citation_hit']}, "
          f"refusal {o['refusal_rate']}, false refusal {o['false_refusal_rate']}, p50 {o['latency_p50_ms']} ms; "
          f"report in {out}")
    return 0


def cmd_serve(args, settings: Settings) -> int:
    from frontends.web.app import (
        serve,  # imported here for start-up time: the web UI pulls in gradio
    )
    serve(settings)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="app.py", description="noticeqa: cited answers from rectification notices")
    sub = p.add_subparsers(dest="command")
    s = sub.add_parser("ingest", help="add or update notices (files or folders); default: corpus/")
    s.add_argument("paths", nargs="*")
    s.add_argument("--rebuild", action="store_true", help="re-embed and rebuild every index part")
    s = sub.add_parser("ask", help="answer a question with citations")
    s.add_argument("question")
    s.add_argument("--json", action="store_true")
    s.add_argument("--k", type=int, default=5)
    s.add_argument("--doc", default=None, help="limit to one notice (file name or id)")
    s = sub.add_parser("draft", help="draft rectification measures for a problem")
    s.add_argument("problem")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("ledger", help="the rectification ledger")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", default=None)
    g.add_argument("--xlsx", default=None)
    s = sub.add_parser("eval", help="run the evaluation set")
    s.add_argument("--qa", default=None)
    s.add_argument("--out", default=None)
    s.add_argument("--k", type=int, default=5)
    s.add_argument("--baseline", default=None, help="bm25, dense, naive or all")
    s.add_argument("--compare", nargs=2, default=None, metavar=("DIR_A", "DIR_B"))
    return p


COMMANDS = {"serve": cmd_serve, "ingest": cmd_ingest, "ask": cmd_ask, "draft": cmd_draft,
            "ledger": cmd_ledger, "eval": cmd_eval}


MAX_K = 100


def check_args(args) -> None:
    """Refuse argument values argparse lets through (one line, like every input error)."""
    k = getattr(args, "k", None)
    if k is not None and not 1 <= k <= MAX_K:
        raise InputError(f"--k must be a whole number from 1 to {MAX_K}, got {k}",
                         f"--k 应为 1 到 {MAX_K} 之间的整数。")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        check_args(args)
        settings = load_settings()
        return COMMANDS[args.command or "serve"](args, settings)
    except NoticeQAError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # a folder that cannot be written, a disk that is full: one line, not a traceback
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
