"""Web UI helpers without a browser: escaping, file names, uploads, locked JSONL, feedback and eval items,
filters, drafting export, the knowledge-base round trip and LLM streaming through the chat step."""
from __future__ import annotations

import json
import multiprocessing
import shutil
import threading
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from answer.ask import Answer
from frontends.web.answer_view import answer_message_html
from frontends.web.chat import Filters, add_to_eval, chat_step, eval_item, save_feedback
from frontends.web.holder import IndexHolder, append_jsonl, read_jsonl, safe_filename
from frontends.web.render import (
    citation_card_html,
    md_text,
    panel_html,
    section_tree_html,
)
from retrieval.chunk import chunk_notice
from retrieval.errors import IndexStateError, InputError
from retrieval.index.notices import NoticeRecord
from retrieval.load import Notice
from retrieval.parse import parse_sections
from retrieval.records import Citation
from retrieval.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = "<script>alert(1)</script>"
GAS_Q = "天津市城管委2023年燃气旧管网改造了多少公里？"


def _record(text: str, title: str = "示例单位关于巡视整改进展情况的通报") -> NoticeRecord:
    notice = Notice(id="demo", doc="demo.txt", title=title, issuer="示例单位<b>", date="2024-01-02",
                    doc_number="", index_number="", text=text, fmt="txt", encoding="utf-8")
    sections = parse_sections(text, "demo")
    return NoticeRecord(notice, tuple(sections), tuple(chunk_notice("demo", text, sections)))


def _answer(text: str, cites=(), abstained=False) -> Answer:
    return Answer("问题", text, abstained, tuple(cites), (), 12.0)


# ---------- escaping ----------


def test_a_notice_holding_a_script_tag_renders_as_text():
    text = f"一、整改情况\n(一)关于{SCRIPT}问题\n一是修订制度{SCRIPT}，开展专项检查。二是加强监督。\n"
    rec = _record(text, title=f"通报{SCRIPT}")
    start = text.index("一是")
    end = text.index("。", start) + 1
    cite = Citation(1, "demo", "demo.txt", rec.notice.title, f"一、整改情况 > (一)关于{SCRIPT}问题", text[start:end], start, end)
    index = SimpleNamespace(records={"demo": rec})
    html = citation_card_html(cite, index, "cite-1-1")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>一是修订制度&lt;script&gt;" in html          # the quote is highlighted in place
    tree = section_tree_html(rec)
    assert "<script>" not in tree and "&lt;script&gt;" in tree


def test_answer_text_is_escaped_and_markers_link_to_the_turns_cards():
    cite = Citation(1, "demo", "demo.txt", "t", "s", "q", 0, 1)
    html = answer_message_html(_answer('<img src=x onerror="alert(1)">**粗体**[1]', [cite]), turn=3,
                              rewritten=f"那{SCRIPT}呢")
    assert "<img" not in html and "<script>" not in html and "**" not in html
    assert 'href="#cite-3-1"' in html and "已理解为" in html
    assert md_text("[1](javascript:x) $x$ `c`") == "&#91;1&#93;(javascript:x) &#36;x&#36; &#96;c&#96;"


def test_the_panel_shows_the_latest_group_and_keeps_the_earlier_ones():
    html = panel_html(["<p>一</p>", "<p>二</p>"])
    assert html.count('class="cite-group"') == 1 and 'class="cite-group active" id="cite-group-2"' in html


# ---------- file names and uploads ----------


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("/abs/path/通报.TXT", "通报.txt"),
    ("..\\..\\windows\\整改.docx", "整改.docx"),
    ("evil\u202etxt.pdf", "eviltxt.pdf"),                    # bidi override dropped
    ("ｆｕｌｌ\u200bｗｉｄｔｈ.ｔｘｔ", "fullwidth.txt"),      # NFKC, zero-width space dropped
    (".hidden.html", "hidden.html"),
    ("a b?c*|d.htm", "a_b_c_d.htm"),
    ("....txt", "notice.txt"),
])
def test_file_names_are_sanitised(name, expected):
    assert safe_filename(name) == expected


@pytest.mark.parametrize("name", ["notice.exe", "noext", "../x.sh"])
def test_unsupported_types_are_refused_in_chinese(name):
    with pytest.raises(InputError) as err:
        safe_filename(name)
    assert "不支持" in err.value.user_message


def test_oversized_upload_is_refused_before_reading_and_nothing_is_stored(tmp_path):
    from frontends.web.kb import stage_uploads
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home"), "NOTICEQA_MAX_UPLOAD_MB": "1"})
    big = tmp_path / "大通报.txt"
    with open(big, "wb") as f:
        f.truncate(3 * 1024 * 1024)        # sparse: its size is known without reading it
    with pytest.raises(InputError) as err:
        stage_uploads([str(big)], settings)
    assert "超过 1 MB" in err.value.user_message and "大通报.txt" in err.value.user_message
    assert not (settings.home / "uploads").exists()


def test_uploads_are_staged_under_uploads_with_unique_clean_names(tmp_path):
    from frontends.web.kb import stage_uploads
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home")})
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = tmp_path / "a" / "整改 通报.txt"
    two = tmp_path / "b" / "整改_通报.txt"
    for p in (one, two):
        p.write_text("一、整改情况\n正文内容。", encoding="utf-8")
    staged = stage_uploads([str(one), str(two)], settings)
    assert [p.name for p in staged.paths] == ["整改_通报.txt", "整改_通报-2.txt"]
    assert all(p.parent.parent == settings.home / "uploads" for p in staged.paths)


# ---------- shared data ----------


def _append_many(path: str, tag: str, n: int) -> None:
    for i in range(n):
        append_jsonl(Path(path), {"tag": tag, "i": i, "pad": "整改" * 200})


def test_concurrent_appends_lose_no_record(tmp_path):
    path = tmp_path / "feedback" / "feedback.jsonl"
    threads = [threading.Thread(target=_append_many, args=(str(path), f"t{k}", 40)) for k in range(8)]
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_append_many, args=(str(path), f"p{k}", 40)) for k in range(2)]
    for w in threads + procs:
        w.start()
    for w in threads + procs:
        w.join()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 400
    records = [json.loads(line) for line in lines]
    assert len({(r["tag"], r["i"]) for r in records}) == 400


def test_unique_append_and_eval_items(tmp_path):
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path)})
    record = {"question": "那济南呢？", "rewritten_question": "济南2023年燃气旧管网改造了多少公里？",
              "answer": "改造了100公里[1]。", "abstained": False,
              "citations": [{"n": 1, "doc": "a.txt", "quote": "改造了100公里", "start": 0, "end": 8}]}
    item = eval_item(record)
    assert item["question"] == record["rewritten_question"] and item["type"] == "fact"
    assert item["evidence"] == ["改造了100公里"] and item["doc"] == "a.txt" and item["answer"] == "改造了100公里。"
    assert add_to_eval(settings, record)[0] is True
    ok, text = add_to_eval(settings, record)
    assert ok is False and "已有" in text
    assert add_to_eval(settings, {**record, "abstained": True, "citations": []})[0] is False
    assert len(read_jsonl(settings.home / "eval" / "user_qa.jsonl")) == 1
    from eval.harness import load_qa
    assert load_qa(settings.home / "eval" / "user_qa.jsonl")[0]["evidence"] == ["改造了100公里"]
    entry = save_feedback(settings, record, False, "s1")
    assert entry["rating"] == "down" and entry["rewritten_question"] and "embeddings=" in entry["settings"]


def test_index_holder_swaps_and_forgets_derived_values():
    holder = IndexHolder(None, "no index yet")
    with pytest.raises(IndexStateError) as err:
        holder.get()
    assert "知识库" in err.value.user_message
    a, b = SimpleNamespace(name="a"), SimpleNamespace(name="b")
    holder.swap(a)
    assert holder.derived("k", lambda idx: idx.name) == "a"
    holder.swap(b)
    assert holder.derived("k", lambda idx: idx.name) == "b" and holder.generation == 2


def test_eval_tables():
    from frontends.web.evaluation import failing_rows, metric_rows
    block = {"n": 2, "recall_at_k": 0.5, "hit_at_k": 0.5, "mrr_at_10": 0.25, "citation_precision": 1.0,
             "citation_hit": 0.5, "key_fact_accuracy": None, "char_f1": 0.3, "refusal_rate": None,
             "false_refusal_rate": 0.0, "latency_p50_ms": 30.5}
    rows = metric_rows({"overall": block, "by_type": {"fact": block}})
    assert rows[0][:3] == ["全部", "2", "0.500"] and rows[1][0] == "事实" and "—" in rows[0]
    results = [{"id": "a", "type": "fact", "question": "q", "answer": "x", "abstained": False,
                "scores": {"hit": False, "cite_hit": False}},
               {"id": "b", "type": "unanswerable", "question": "q2", "answer": "y", "abstained": False,
                "scores": {"hit": None, "cite_hit": False}},
               {"id": "c", "type": "fact", "question": "q3", "answer": "z", "abstained": False,
                "scores": {"hit": True, "cite_hit": True}}]
    assert [r[0] for r in failing_rows(results)] == ["a", "b"]


def test_draft_docx_export_in_the_official_format_with_the_edited_text(tmp_path):
    from docx import Document
    from docx.shared import Mm, Pt

    from frontends.web.drafting import write_docx
    d = {"problem": "干部队伍建设有差距", "draft": "一是加强培训[1]。\n二是完善制度[2]。",
         "citations": [{"n": 1, "doc": "a.txt", "title": "通报", "section": "一、", "quote": "加强培训", "start": 0, "end": 4}],
         "similar": [{"problem": "培养不足", "doc": "a.txt", "title": "通报", "section": "一、", "status": "已完成",
                      "kind": "反馈问题", "measures": [{"quote": "加强培训", "start": 0, "end": 4}]}]}
    path = write_docx(d, tmp_path / "草稿.docx", text="一是加强〔单位〕干部培训[1]。\n二是完善制度[2]。")
    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "一是加强〔单位〕干部培训1。" in text and "干部队伍建设有差距" in text and "“加强培训”" in text
    assert "[1]" not in text                                         # markers became note numbers
    line = next(p for p in doc.paragraphs if p.text.startswith("一是"))
    assert [r.text for r in line.runs if r.font.superscript] == ["1"]
    body = next(r for r in line.runs if not r.font.superscript)
    assert body.font.size == Pt(16) and body.font.name == "仿宋_GB2312"   # 仿宋 三号
    sec = doc.sections[0]
    assert (round(sec.top_margin.mm), round(sec.bottom_margin.mm), round(sec.left_margin.mm),
            round(sec.right_margin.mm)) == (37, 35, 28, 26) and abs(sec.page_width - Mm(210)) < Mm(1)
    heading = next(p for p in doc.paragraphs if p.text == "一、整改措施")
    assert heading.runs[0].font.name == "黑体"


# ---------- on the shared test index ----------


@pytest.mark.integration
def test_follow_up_is_rewritten_and_each_turn_keeps_its_cards(index, test_settings):
    holder = IndexHolder(index)
    history, state, changed = chat_step(holder, test_settings, GAS_Q, [], None, Filters())
    assert changed and "639" in state["turns"][0]["citations"][0]["quote"]
    assert 'href="#cite-1-1"' in history[-1]["content"] and 'id="cite-1-1"' in state["groups"][0]
    history, state, _ = chat_step(holder, test_settings, "那济南呢？", history, state, Filters())
    turn = state["turns"][-1]
    assert turn["rewritten_question"].startswith("济南") and "燃气旧管网" in turn["rewritten_question"]
    assert "已理解为：济南" in history[-1]["content"] and turn["msg_index"] == len(history) - 1
    history, state, changed = chat_step(holder, test_settings, "  ", history, state, Filters())
    assert not changed and history[-1]["content"] == "请输入问题。"


@pytest.mark.integration
def test_issuer_and_year_filters_limit_the_notices(index, test_settings):
    holder = IndexHolder(index)
    _, state, _ = chat_step(holder, test_settings, "采取了哪些措施优化营商环境？", [], None, Filters(year="2022"))
    docs = {c["doc"] for c in state["turns"][0]["citations"]}
    assert docs == {"tj-dongli-district-2022-inspection-rectification.txt"}
    issuer = index.records["tj-city-mgmt-commission-2024-inspection-rectification"].notice.issuer
    _, state, _ = chat_step(holder, test_settings, "供热服务质量怎么提升的？", [], None, Filters(issuer=issuer))
    turn = state["turns"][0]
    assert turn["citations"] and all(c["doc"].startswith("tj-city-mgmt-commission") for c in turn["citations"])
    history, _, changed = chat_step(holder, test_settings, "供热", [], None, Filters(issuer=issuer, year="1999"))
    assert not changed and "没有符合筛选条件" in history[-1]["content"]


@pytest.mark.integration
def test_draft_citations_are_highlighted_verbatim(index):
    from frontends.web.drafting import citations_html, similar_html
    from ledger.draft import draft_measures, draft_to_json
    d = draft_to_json(draft_measures(index, "干部队伍建设有差距"))
    html = citations_html(d, index)
    assert d["draft"].startswith("一是") and html.count("<mark>") == len(d["citations"])
    assert "sim-card" in similar_html(d)


@pytest.mark.integration
@pytest.mark.parametrize("mode", ["process", "inline"])   # NOTICEQA_INGEST: the default, and in the server process
def test_upload_delete_and_rebuild_reopen_the_shared_index(test_home, tmp_path, mode):
    from frontends.web.kb import apply_upload, delete_notice, stage_uploads
    from retrieval.index.opened import open_index
    from retrieval.search.rank import search
    home = tmp_path / "home"
    shutil.copytree(test_home, home, ignore=shutil.ignore_patterns(".ingest.lock"))
    settings = load_settings({"NOTICEQA_HOME": str(home), "NOTICEQA_INGEST": mode})
    holder = IndexHolder(open_index(settings))
    before = len(holder.get().records)
    assert any(h.dense_score > 0 for h in search(holder.get(), "燃气旧管网改造了多少公里"))  # vectors read before
    src = (ROOT / "corpus" / "jinan-city-mgmt-bureau-2024-inspection-rectification.txt").read_text(encoding="utf-8")
    upload = tmp_path / "新 通报.txt"
    upload.write_text("中共青岛市城市管理局党组关于巡察整改进展情况的通报\n\n一、整改情况\n\n"
                      + "\n".join(src.splitlines()[277:291]) + "\n", encoding="utf-8")
    report = apply_upload(holder, settings, stage_uploads([str(upload)], settings))
    assert report.added == ("新_通报",) and len(holder.get().records) == before + 1
    assert [p.name for p in (home / "uploads").iterdir()] == ["新_通报.txt"]      # staging folder removed
    hits = search(holder.get(), "装饰装修垃圾管理办法等配套文件出台了吗", doc="新_通报")
    assert hits and any(h.dense_score > 0 for h in hits)                # the new notice's vectors are found
    _, title = delete_notice(holder, settings, "新_通报")
    assert title.startswith("中共青岛市") and "新_通报" not in holder.get().records
    assert not (home / "uploads" / "新_通报.txt").exists() and holder.generation == 2
    from frontends.web.kb import run_ingest
    report = run_ingest(holder, settings, [], rebuild=True)          # 重建索引: vectors come from the cache
    assert report.chunks == len(holder.get().chunks) and len(holder.get().records) == before
    assert holder.generation == 3 and not holder.updating.is_set()


def test_same_name_uploads_keep_one_copy_per_notice_under_uploads(tmp_path):
    """Two different notices both named 附件1.txt: the index keeps both (the second as 附件1-2) and so
    does uploads/; the same notice uploaded again, even as another format, replaces only its own copy."""
    from docx import Document

    from frontends.web.kb import apply_upload, delete_notice, notice_rows, stage_uploads
    from tests.conftest import corpus_file
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home"), "NOTICEQA_EMBEDDINGS": "none",
                              "NOTICEQA_INGEST": "inline"})
    holder = IndexHolder()
    first, second = tmp_path / "a" / "附件1.txt", tmp_path / "b" / "附件1.txt"
    for path, seed in ((first, "jinan"), (second, "tj-dongli")):
        path.parent.mkdir()
        shutil.copy(corpus_file(seed), path)
    up = settings.home / "uploads"
    apply_upload(holder, settings, stage_uploads([str(first)], settings))
    for path in (second, second, first):                              # another notice, then each once more
        apply_upload(holder, settings, stage_uploads([str(path)], settings))
        assert sorted(p.name for p in up.iterdir()) == ["附件1-2.txt", "附件1.txt"]
        assert (up / "附件1.txt").read_bytes() == first.read_bytes()
        assert (up / "附件1-2.txt").read_bytes() == second.read_bytes()
    assert {r.notice.doc for r in holder.get().records.values()} == {"附件1.txt", "附件1-2.txt"}
    assert {row[-2] for row in notice_rows(holder.get(), settings)} == {"上传"}
    as_docx = tmp_path / "c" / "附件1.docx"                          # the second notice once more, as .docx
    as_docx.parent.mkdir()
    doc = Document()
    for line in second.read_text(encoding="utf-8").splitlines():
        doc.add_paragraph(line)
    doc.save(as_docx)
    report = apply_upload(holder, settings, stage_uploads([str(as_docx)], settings))
    assert report.updated == ("附件1-2",)
    assert sorted(p.name for p in up.iterdir()) == ["附件1-2.docx", "附件1.txt"]
    delete_notice(holder, settings, "附件1-2")                          # deleting one notice keeps the other's copy
    assert [p.name for p in up.iterdir()] == ["附件1.txt"]
    assert (up / "附件1.txt").read_bytes() == first.read_bytes()


@pytest.mark.integration
def test_llm_answers_stream_into_the_chat(index, test_settings, monkeypatch):
    from llm_server import FakeLLM, context_with
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("NOTICEQA_LLM_TIMEOUT", "10")
    with FakeLLM() as llm:
        settings = replace(test_settings, llm_base_url=llm.base_url, llm_model="fake-model", llm_api_key="k")
        llm.reply = lambda body: {"content": f"2023年改造燃气旧管网639公里[{context_with(body, '639公里')}]。"}
        pieces: list[str] = []
        history, state, changed = chat_step(IndexHolder(index), settings, GAS_Q, [], None, Filters(),
                                            on_piece=pieces.append)
    assert changed and "639公里" in "".join(pieces)
    turn = state["turns"][0]
    assert turn["mode"] == "llm" and "639" in turn["citations"][0]["quote"]
    assert "大模型撰写" in history[-1]["content"]


@pytest.mark.integration
def test_holder_picks_up_an_ingest_made_by_another_worker(test_home, tmp_path, monkeypatch):
    """Several app workers share one NOTICEQA_HOME: when another process ingests, this worker's
    holder opens the new generation in the background and keeps answering meanwhile."""
    import subprocess
    import sys
    import time

    from frontends.web import holder as store
    from retrieval.index.opened import open_index
    from tests.conftest import ROOT, corpus_file
    home = tmp_path / "home"
    shutil.copytree(test_home, home, ignore=shutil.ignore_patterns(".ingest.lock"))
    settings = load_settings({"NOTICEQA_HOME": str(home)})
    monkeypatch.setattr(store, "WATCH_S", 0.2)
    holder = IndexHolder(open_index(settings), watch=home / "manifest.json")
    first = holder.get()
    folder = tmp_path / "update"
    folder.mkdir()
    src = corpus_file("jinan")
    (folder / src.name).write_text(src.read_text(encoding="utf-8") + "\n另一进程补充:整改台账已更新。", encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "ingest", str(folder)], cwd=str(ROOT),
                          env={**__import__("os").environ, "NOTICEQA_HOME": str(home)}, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    deadline = time.monotonic() + 120
    while holder.get() is first and time.monotonic() < deadline:
        time.sleep(0.1)
    now = holder.get()
    assert now is not first and now.manifest["generation"] == first.manifest["generation"] + 1
    assert now.records[src.stem].notice.text.endswith("另一进程补充:整改台账已更新。")
