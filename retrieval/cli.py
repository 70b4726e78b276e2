"""Command line (see shared CONTRACT.md): serve, ingest, ask, draft, ledger, eval.

Domain errors become one line on stderr and exit status 2; `--json` prints
exactly one JSON object.

Example:
    $ python app.py ask "2023年燃气旧管网改造了多少公里？" --json
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from retrieval.errors import NoticeQAError
from retrieval.settings import Settings, load_settings


def answer_to_json(a) -> dict:
    """The `ask --json` object of the contract."""
    out = {
        "question": a.question, "answer": a.answer, "abstained": a.abstained,
        "citations": [{"n": c.n, "doc": c.doc, "title": c.title, "section": c.section, "quote": c.quote,
                       "start": c.start, "end": c.end} for c in a.citations],
        "contexts": [{"rank": h.rank, "doc": h.doc, "section": h.section_path,
                      "text": h.text, "score": round(h.score, 4), "start": h.start, "end": h.end,
                      "chunk_id": h.chunk.id, "also_in": list(h.also_in)} for h in a.contexts],
        "latency_ms": round(a.latency_ms, 1), "mode": a.mode,
    }
    if a.mode == "llm":
        out["unsupported"] = list(a.unsupported)
    if a.scope_note:
        out["scope"] = a.scope_note
    return out


def progress_bar(desc: str):
    from tqdm import tqdm
    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in bars:
            bars[stage] = tqdm(total=total, desc=f"{desc} {stage}", unit="chunk", file=sys.stderr, leave=False)
        bar = bars[stage]
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
    return progress


def cmd_ingest(args, settings: Settings) -> int:
    from retrieval.index import ingest
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    r = ingest(paths, settings, progress_bar("ingest"), rebuild=args.rebuild)
    print(f"ingest: {len(r.added)} added, {len(r.updated)} updated, {len(r.unchanged)} unchanged, "
          f"{len(r.removed)} removed; {r.chunks} chunks, {r.embedded} embedded, {r.seconds:.1f} s")
    if r.skipped:
        shown = ", ".join(r.skipped[:10]) + (f" and {len(r.skipped) - 10} more" if len(r.skipped) > 10 else "")
        print(f"ingest: skipped {len(r.skipped)} unsupported file(s) (not .txt/.html/.docx/.pdf): {shown}",
              file=sys.stderr)
    return 0


def cmd_ask(args, settings: Settings) -> int:
    from retrieval.answer import answer_question
    from retrieval.index import open_index
    index = open_index(settings)
    if settings.llm_enabled:
        from dataclasses import replace
        from retrieval.answer import tidy_question
        from retrieval.llm import answer_with_llm
        question, clip_note = tidy_question(args.question)  # answer_question tidies the extractive path itself
        a = answer_with_llm(index, question, settings, k=args.k, doc=args.doc,
                            stream=None if args.json or not sys.stdout.isatty() else sys.stdout)
        if clip_note:
            a = replace(a, answer=clip_note + a.answer)
    else:
        a = answer_question(index, args.question, k=args.k, doc=args.doc)
    if args.json:
        print(json.dumps(answer_to_json(a), ensure_ascii=False))
        return 0
    print(a.answer)
    for c in a.citations:
        print(f"[{c.n}] 《{c.title}》 {c.section}\n    “{c.quote}”")
    return 0


def cmd_serve(args, settings: Settings) -> int:
    from retrieval.ui import serve
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
        command = args.command or "serve"
        handler = COMMANDS.get(command)
        if handler is None:
            raise NoticeQAError(f"`{command}` is not available yet in this version")
        return handler(args, settings)
    except NoticeQAError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _lazy(module: str, name: str):
    def run(args, settings):
        import importlib
        return getattr(importlib.import_module(module), name)(args, settings)
    return run


COMMANDS = {
    "serve": cmd_serve, "ingest": cmd_ingest, "ask": cmd_ask,
    "eval": _lazy("eval.harness", "cmd_eval"),
    "draft": _lazy("retrieval.draft", "cmd_draft"),
    "ledger": _lazy("retrieval.ledger", "cmd_ledger"),
}
