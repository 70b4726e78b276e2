"""Load through the real web app: 10 concurrent gradio_client users ask 200 eval questions via `/ask`,
each answer followed by a 👍/👎 via `/feedback`.

One `python app.py` over a private copy of the shared test index (so the feedback file starts empty
and other tests are not touched). Checks: no call fails, every answer is well formed (non-empty
text; either refused, or cited with quotes that are exactly their notice's text at the given
offsets), and feedback.jsonl holds exactly one parseable record per call, with the right
questions and ratings. No timing assertions (figures: bench/bench_concurrency.py).
"""
from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from test_ui_browser import _free_port, _log_tail, _stop, _wait_for_port

ROOT = Path(__file__).resolve().parent.parent
USERS = 10
TOTAL = 200
GAS_Q = "2023年燃气旧管网改造了多少公里？"

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def served(test_home, tmp_path_factory):
    """(url, NOTICEQA_HOME) of a running app over a copy of the test index."""
    home = tmp_path_factory.mktemp("web-load") / "home"
    shutil.copytree(test_home, home, ignore=shutil.ignore_patterns(".ingest.lock", "uploads", "feedback", "eval"))
    port = _free_port()
    log = home.parent / "app.log"
    env = {**os.environ, "NOTICEQA_HOME": str(home), "NOTICEQA_HOST": "127.0.0.1", "NOTICEQA_PORT": str(port),
           "GRADIO_ANALYTICS_ENABLED": "False"}
    for key in ("NOTICEQA_AUTH", "LLM_BASE_URL", "LLM_MODEL"):
        env.pop(key, None)   # no login, extractive answers
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=str(ROOT), env=env,
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(proc, port, log)
        yield f"http://127.0.0.1:{port}/", home
    finally:
        _stop(proc)
        print(_log_tail(log, 1500))


def _questions() -> list[str]:
    items = [json.loads(line) for line in (ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    return [items[i % len(items)]["question"] for i in range(TOTAL)]


def _client(url: str):
    """One gradio_client per user; one prebuilt TLS context (httpx otherwise builds one per request)."""
    from gradio_client import Client
    return Client(url, verbose=False, ssl_verify=ssl.create_default_context(), download_files=False)


def _run_user(url: str, jobs: list[tuple[int, str]], barrier, out: dict, errors: list) -> None:
    try:
        client = _client(url)
    except Exception as exc:  # noqa: BLE001 - reported by the test
        errors.append(f"client: {exc!r}")
        barrier.abort()
        return
    barrier.wait()
    for i, question in jobs:
        try:
            answer = client.predict(question, "", api_name="/ask")
            saved = client.predict(question, answer, i % 2 == 0, f"load-{i}", api_name="/feedback")
            out[i] = (answer, saved)
        except Exception as exc:  # noqa: BLE001 - reported by the test
            errors.append(f"{i} {question}: {exc!r}")


def _check_answer(question: str, a, texts: dict[str, str]) -> str:
    """'' when `a` is a well-formed /ask object for `question`, else what is wrong."""
    if not isinstance(a, dict) or a.get("error"):
        return f"not an answer: {str(a)[:200]}"
    if a.get("question") != question or not isinstance(a.get("answer"), str) or not a["answer"].strip():
        return "empty answer or wrong question"
    if a["abstained"]:
        return ""
    if not a["citations"]:
        return "answered without citations"
    for c in a["citations"]:
        text = texts.get(c["doc"])
        if text is None or not c["quote"] or text[c["start"]:c["end"]] != c["quote"]:
            return f"quote not verbatim at its offsets: {c['doc']} {c['start']}-{c['end']} {c['quote'][:40]}"
    return ""


def test_ten_concurrent_clients_ask_and_give_feedback(served, index):
    url, home = served
    feedback_file = home / "feedback" / "feedback.jsonl"
    before = len(feedback_file.read_text(encoding="utf-8").splitlines()) if feedback_file.exists() else 0
    questions = _questions()
    out: dict[int, tuple] = {}
    errors: list[str] = []
    barrier = threading.Barrier(USERS)
    users = [threading.Thread(target=_run_user, args=(url, [(i, questions[i]) for i in range(u, TOTAL, USERS)],
                                                       barrier, out, errors)) for u in range(USERS)]
    for t in users:
        t.start()
    for t in users:
        t.join(timeout=600)
    assert not errors, errors[:5]
    assert sorted(out) == list(range(TOTAL))

    texts = {rec.notice.doc: rec.notice.text for rec in index.records.values()}
    problems = [f"{i}: {p}" for i in range(TOTAL) if (p := _check_answer(questions[i], out[i][0], texts))]
    assert not problems, problems[:5]
    refused = sum(out[i][0]["abstained"] for i in range(TOTAL))
    assert refused < TOTAL // 2, f"{refused} of {TOTAL} refused"

    for i in range(TOTAL):
        saved = out[i][1]
        assert not saved.get("error"), saved
        assert saved["question"] == questions[i] and saved["rating"] == ("up" if i % 2 == 0 else "down")
        assert saved["answer"] == out[i][0]["answer"] and saved["session"] == f"load-{i}"

    lines = feedback_file.read_text(encoding="utf-8").splitlines()[before:]
    assert len(lines) == TOTAL
    records = [json.loads(line) for line in lines]
    assert Counter(r["question"] for r in records) == Counter(questions)
    assert {r["session"] for r in records} == {f"load-{i}" for i in range(TOTAL)}
    assert all(r["source"] == "api" and r["rating"] == ("up" if int(r["session"][5:]) % 2 == 0 else "down")
               for r in records)


def test_feedback_refuses_what_it_cannot_store(served):
    url, home = served
    client = _client(url)
    answer = client.predict(GAS_Q, "", api_name="/ask")
    assert "639" in answer["answer"]
    feedback_file = home / "feedback" / "feedback.jsonl"
    before = feedback_file.read_text(encoding="utf-8") if feedback_file.exists() else ""
    wrong_question = client.predict("供热管网改造了多少公里？", answer, True, "", api_name="/feedback")
    not_an_answer = client.predict(GAS_Q, {"text": "x"}, False, "", api_name="/feedback")
    assert "不对应" in wrong_question["error"] and "answer" in not_an_answer["error"]
    after = feedback_file.read_text(encoding="utf-8") if feedback_file.exists() else ""
    assert after == before
    assert client.predict("", "", api_name="/ask") == {"error": "请输入问题。"}
