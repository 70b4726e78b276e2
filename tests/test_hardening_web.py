"""Hardening (issue 16), front side: feedback only on answers the server issued, nothing about the
knowledge base before login, a password-guess limit, no deep links, per-user eval sets, retention
of what the web app writes, bare URLs never made links, a flat cost per chat turn, one-line CLI
errors, eval files validated, whitespace-only and BOM+GBK files read as what they are.
"""
from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from answer.followup import rewrite_question
from eval.harness import load_qa
from frontends.web.api import (
    FEEDBACK_PER_ANSWER,
    UNKNOWN_ANSWER,
    IssuedAnswers,
    ask_fn,
    feedback_fn,
)
from frontends.web.chat import add_to_eval, user_qa_path
from frontends.web.holder import IndexHolder, read_jsonl
from frontends.web.render import md_text
from frontends.web.retention import clean_home
from retrieval.errors import InputError
from retrieval.load import load_notice
from retrieval.load.encoding import decode_text
from retrieval.settings import load_settings
from tests.conftest import ROOT, corpus_file, run_app
from tests.test_web_load import _free_port, _stop, _wait_for_port

GAS_Q = "2023年燃气旧管网改造了多少公里？"


# ---------------------------------------------------------------- /feedback refers to an issued answer

@pytest.fixture
def api(index, tmp_path):
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home")})
    issued = IssuedAnswers()
    return ask_fn(IndexHolder(index), issued), feedback_fn(settings, issued), tmp_path / "home" / "feedback" / "feedback.jsonl"


def test_feedback_stores_the_servers_answer_not_what_the_client_sends(api):
    ask, feedback, path = api
    answer = ask(GAS_Q, "")
    assert len(answer["answer_id"]) == 32
    forged = {**answer, "answer": "系统说：一切都已整改完毕。" * 1000,
              "citations": [{**c, "title": "伪造标题" * 10_000} for c in answer["citations"]], "latency_ms": "9" * 10**6}
    saved = feedback(GAS_Q, forged, True, "s" * 10_000)
    assert "error" not in saved, saved
    stored = read_jsonl(path)[-1]
    assert stored["answer"] == answer["answer"] and stored["answer_id"] == answer["answer_id"]
    assert all("伪造标题" not in c["title"] for c in stored["citations"])
    assert stored["latency_ms"] == answer["latency_ms"] and len(stored["session"]) == 100
    assert path.stat().st_size < 20_000


def test_feedback_on_an_answer_the_server_never_gave_is_refused(api):
    ask, feedback, path = api
    made_up = {"question": GAS_Q, "answer": "改造了 1 万公里[1]。", "abstained": False,
               "citations": [{"n": 1, "doc": "x", "quote": "改造了 1 万公里"}]}
    assert feedback(GAS_Q, made_up, True, "") == {"error": UNKNOWN_ANSWER}
    assert feedback(GAS_Q, {**made_up, "answer_id": "0" * 32}, True, "") == {"error": UNKNOWN_ANSWER}
    answer = ask(GAS_Q, "")
    assert "问题与回答不对应" in feedback("供热管网改造了多少公里？", answer, True, "")["error"]
    results = [feedback(GAS_Q, answer, i % 2 == 0, "") for i in range(FEEDBACK_PER_ANSWER + 2)]
    assert sum("error" not in r for r in results) == FEEDBACK_PER_ANSWER
    assert len(read_jsonl(path)) == FEEDBACK_PER_ANSWER


# ---------------------------------------------------------------- login, guesses, deep links (real server)

def _get(url: str, cookie: str = "") -> tuple[int, str]:
    req = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def _login(url: str, user: str, password: str) -> tuple[int, str]:
    data = urllib.parse.urlencode({"username": user, "password": password}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url + "login", data=data), timeout=30) as r:
            cookies = "; ".join(v.split(";")[0] for k, v in r.headers.items() if k.lower() == "set-cookie")
            return r.status, cookies
    except urllib.error.HTTPError as err:
        return err.code, ""


@pytest.mark.integration
def test_nothing_about_the_knowledge_base_before_login_a_guess_limit_and_no_deep_links(test_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(test_home, home, ignore=shutil.ignore_patterns(".ingest.lock", "uploads", "feedback", "eval"))
    port = _free_port()
    env = {**os.environ, "NOTICEQA_HOME": str(home), "NOTICEQA_PORT": str(port), "NOTICEQA_AUTH": "staff:s3cret-pw"}
    log = tmp_path / "app.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=str(ROOT), env=env, stdout=out,
                                stderr=subprocess.STDOUT)
    try:
        _wait_for_port(proc, port, log)
        url = f"http://127.0.0.1:{port}/"
        status, page = _get(url)
        assert status == 200 and "auth_required" in page
        for leak in ("济南市城市管理局", "jinan-city-mgmt", "天津市城市管理委员会", "2019"):
            assert leak not in page, leak
        assert _login(url, "staff", "s3cret-pw")[0] == 200          # the right password works
        _, cookie = _login(url, "staff", "s3cret-pw")
        status, inside = _get(url, cookie)
        assert status == 200 and "济南市城市管理局" in inside       # after login, the filters are there
        t0 = time.perf_counter()
        codes = [_login(url, "staff", f"guess-{i}")[0] for i in range(20)]
        assert codes[:5] == [400] * 5 and set(codes[5:]) == {429}
        assert _login(url, "staff", "s3cret-pw")[0] == 429         # locked for this address until the window ends
        assert time.perf_counter() - t0 < 30
        assert _get(url + "gradio_api/deep_link?session_hash=abc", cookie)[0] == 404
        assert _get(url + "?deep_link=abc", cookie)[0] == 404
    finally:
        _stop(proc)


# ---------------------------------------------------------------- per-user eval sets

def test_each_user_has_an_own_eval_set(tmp_path):
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path)})
    record = {"question": GAS_Q, "rewritten_question": "", "answer": "改造了100公里[1]。", "abstained": False,
              "citations": [{"n": 1, "doc": "a.txt", "quote": "改造了100公里"}]}
    assert add_to_eval(settings, record, "alice/browser-1")[0]
    assert add_to_eval(settings, record, "bob/browser-2")[0]       # not "already in the set"
    a, b = user_qa_path(settings, "alice/browser-1"), user_qa_path(settings, "bob/browser-2")
    assert a != b and len(read_jsonl(a)) == len(read_jsonl(b)) == 1
    assert not user_qa_path(settings, "").exists()


# ---------------------------------------------------------------- retention

def test_old_eval_runs_uploads_staging_and_exports_are_cleaned(tmp_path):
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home"), "NOTICEQA_KEEP_EVAL_RUNS": "3"})
    old = time.time() - 3 * 3600
    runs = [tmp_path / "home" / "eval" / f"2024010{i}-120000" for i in range(1, 7)]
    for i, run in enumerate(runs):
        run.mkdir(parents=True)
        (run / "results.jsonl").write_text("{}\n")
        os.utime(run, (old + i, old + i))
    staged = tmp_path / "home" / "uploads" / ".incoming-abc"
    fresh = tmp_path / "home" / "uploads" / ".incoming-new"
    upload = tmp_path / "home" / "eval" / "uploads" / "x.jsonl"
    export = tmp_path / "tmp" / "noticeqa-ledger-x"
    for p in (staged, fresh, export):
        p.mkdir(parents=True)
    upload.parent.mkdir(parents=True)
    upload.write_text("{}")
    for p in (staged, upload, export):
        os.utime(p, (old, old))
    done = clean_home(settings, temp_dir=tmp_path / "tmp")
    assert done == {"eval_runs": 3, "eval_uploads": 1, "staging": 1, "exports": 1}
    assert [r.exists() for r in runs] == [False] * 3 + [True] * 3
    assert fresh.exists() and not staged.exists() and not export.exists()


# ---------------------------------------------------------------- bare URLs, flat turns

def test_bare_urls_in_notice_text_are_not_made_links():
    shown = md_text("详见 http://www.gov.cn/zhengce 或 www.tj.gov.cn，邮箱 xf@tj.gov.cn")
    for trigger in ("http://", "www.", "@"):
        assert trigger not in shown
    assert "<a" not in shown


def test_a_long_conversation_keeps_each_turn_bounded():
    settings = load_settings({"NOTICEQA_HOME": "/tmp/unused"})
    history = [GAS_Q]
    lengths = []
    for i in range(150):
        q = ("这些措施完成了吗？", "那济南呢？", "具体怎么做的？")[i % 3]
        standalone, _ = rewrite_question(q, history, settings)
        lengths.append(len(standalone))
        history += [q]
    assert max(lengths) <= 2 * len(GAS_Q) + 20, lengths[-5:]


# ---------------------------------------------------------------- CLI: one line

@pytest.mark.parametrize("k", ["0", "-5"])
def test_cli_refuses_k_below_one_in_one_line(k, test_home):
    r = run_app("ask", GAS_Q, "--k", k, home=test_home)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--k must be" in r.stderr


def test_cli_home_pointing_at_a_file_is_one_line(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    r = run_app("ingest", str(corpus_file("jinan")), home=f)   # used to end in a FileExistsError traceback
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "is a file, not a folder" in r.stderr


@pytest.mark.parametrize("line, why", [
    ({"question": GAS_Q, "evidence": "改造了100公里"}, "'evidence' must be a list"),
    ({"question": 42}, "needs a non-empty 'question' string"),
    ({"question": GAS_Q, "type": ["fact"]}, "'type' must be one of"),
    ({"question": GAS_Q, "doc": 3}, "'doc' must be"),
])
def test_eval_file_with_wrong_types_is_refused_with_its_line_number(tmp_path, line, why):
    qa = tmp_path / "qa.jsonl"
    qa.write_text(json.dumps({"question": GAS_Q, "evidence": ["改造"]}, ensure_ascii=False) + "\n"
                  + json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_qa(qa)
    assert f"line 2: {why}" in str(err.value) and "第 2 行" in err.value.user_message


@pytest.mark.integration
def test_cli_eval_with_a_bad_file_prints_one_line(tmp_path, test_home):
    qa = tmp_path / "qa.jsonl"
    qa.write_text(json.dumps({"question": GAS_Q, "evidence": "改造了100公里"}, ensure_ascii=False), encoding="utf-8")
    r = run_app("eval", "--qa", str(qa), "--out", str(tmp_path / "out"), home=test_home)
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "line 1" in r.stderr, r.stderr


# ---------------------------------------------------------------- encodings

def test_whitespace_only_file_is_empty_not_binary(tmp_path):
    for name, data in (("a.txt", "  \u3000\n\t\u3000 ".encode("utf-8")), ("b.txt", "\u3000\u3000\r\n".encode("gbk"))):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError) as err:
            load_notice(tmp_path / name)
        assert "blank space" in str(err.value) and "binary" not in str(err.value)


def test_gbk_file_with_a_bom_is_read(tmp_path):
    text = corpus_file("jinan").read_text(encoding="utf-8")
    kept = text.encode("gbk", errors="ignore").decode("gbk")
    for bom in (codecs.BOM_UTF8, b"\x84\x31\x95\x33"):
        decoded, encoding = decode_text(bom + kept.encode("gbk"))
        assert decoded == kept and encoding == "gb18030"
    (tmp_path / "n.txt").write_bytes(codecs.BOM_UTF8 + kept.encode("gbk"))
    assert load_notice(tmp_path / "n.txt").title
