"""One front door: the CLI `ask --json`, the web `/ask` handler and `eval` answer a question identically,
extractively and with the scripted model server."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import run_app
from llm_server import FakeLLM, context_with

from eval.harness import run_eval
from frontends.web.api import ask_fn
from frontends.web.holder import IndexHolder

QUESTIONS = ("2023年燃气旧管网改造了多少公里？", "市机关事务管理局针对公务用车管理做了哪些整改？",
             "2030年济南市新建了多少座公园？")
STABLE = ("answer", "abstained", "citations", "mode")


def _stable(out: dict) -> dict:
    return {k: out[k] for k in STABLE} | {"contexts": [(c["doc"], c["start"], c["end"]) for c in out["contexts"][:5]]}


def _surfaces(index, settings, home, env):
    api = ask_fn(IndexHolder(index))
    rows, _ = run_eval(index, [{"id": str(i), "question": q, "type": "fact"} for i, q in enumerate(QUESTIONS)], k=5)
    for q, row in zip(QUESTIONS, rows):
        r = run_app("ask", q, "--json", "--k", "10", home=home, env=env)
        assert r.returncode == 0, r.stderr
        cli = json.loads(r.stdout)
        web = api(q, "")
        yield q, _stable(cli), _stable(web), _stable(row)


@pytest.mark.integration
def test_cli_web_and_eval_give_the_same_extractive_answer(index, test_settings, test_home):
    for q, cli, web, row in _surfaces(index, test_settings, test_home, {}):
        assert cli["mode"] == "extractive"
        assert web["answer"] == cli["answer"] and row["answer"] == cli["answer"], q
        assert web["citations"] == cli["citations"] == row["citations"], q


@pytest.mark.integration
def test_cli_web_and_eval_give_the_same_model_answer(index, test_settings, test_home, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with FakeLLM() as llm:
        llm.reply = lambda body: {"content": f"2023年改造燃气旧管网639公里[{context_with(body, '639公里') or 1}]。"}
        settings = replace(test_settings, llm_base_url=llm.base_url, llm_model="fake-model", llm_timeout=10.0)
        idx = replace(index, settings=settings)   # the web app and eval answer with the index's settings
        env = {"LLM_BASE_URL": llm.base_url, "LLM_MODEL": "fake-model", "NOTICEQA_LLM_TIMEOUT": "10"}
        seen = list(_surfaces(idx, settings, test_home, env))
    gas = seen[0]
    assert gas[1]["mode"] == "llm" and "639" in gas[1]["answer"]
    for q, cli, web, row in seen:
        assert web["answer"] == cli["answer"] == row["answer"], q
        assert web["mode"] == cli["mode"] == row["mode"], q
