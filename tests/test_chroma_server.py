"""Server mode: the same code against a real `chroma run` on 127.0.0.1 gives the same answers."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from answer.ask import ask
from retrieval.index import vectors as vectorstore
from retrieval.index.build import ingest
from retrieval.index.opened import open_index
from retrieval.settings import load_settings
from tests.conftest import CORPUS, ROOT, run_app

pytestmark = pytest.mark.integration

QUESTIONS = ["2023年燃气旧管网改造了多少公里？", "市机关事务管理局针对公务用车管理做了哪些整改？",
             "东丽区优化营商环境采取了哪些措施？", "济南城管局这份通报分成哪几部分？", "北京市城管委查处了多少违法建设？"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    exe = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen([str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert proc.poll() is None, "chroma run exited"
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield port
    proc.terminate()
    proc.wait(timeout=20)


def test_server_mode_matches_embedded_mode(tmp_path, chroma_server, index):
    home = tmp_path / "home"
    settings = load_settings({"NOTICEQA_HOME": str(home), "CHROMA_HOST": "127.0.0.1",
                              "CHROMA_PORT": str(chroma_server), "CHROMA_COLLECTION": "matches"})
    assert settings.chroma_mode.startswith("server")
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    report = ingest([corpus], settings)
    assert report.chunks == len(index.chunks)
    assert not (home / "chroma").exists()  # vectors live in the server; keyword index and manifest beside the app
    served = open_index(settings)
    assert served.collection.count() == len(index.chunks)
    for q in QUESTIONS:
        a, b = ask(served, q), ask(index, q)
        assert [h.chunk.id for h in a.contexts] == [h.chunk.id for h in b.contexts], q
        assert a.answer == b.answer and a.abstained == b.abstained, q
    hnsw = open_index(load_settings({"NOTICEQA_HOME": str(home), "CHROMA_HOST": "127.0.0.1", "NOTICEQA_EXACT_DENSE_MAX": "0",
                                     "CHROMA_PORT": str(chroma_server), "CHROMA_COLLECTION": "matches"}))
    assert hnsw.dense is None   # the server's HNSW answers the dense half of the search
    answered = ask(hnsw, QUESTIONS[0])
    assert answered.citations and not answered.abstained and any(h.dense_score > 0 for h in answered.contexts)


def test_ingest_killed_in_server_mode_leaves_the_previous_index(tmp_path, chroma_server):
    """kill -9 ingests that write to the Chroma server: `ask` keeps answering from the previous
    generation, and the next ingest leaves exactly one vector per chunk in the server."""
    home, corpus = tmp_path / "home", tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    env = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma_server), "CHROMA_COLLECTION": "crash"}
    assert run_app("ingest", str(corpus), home=home, env=env).returncode == 0
    target = next(corpus.glob("jinan*"))
    for i, delay in enumerate((0.8, 1.6, 2.4, 3.2)):
        with open(target, "a", encoding="utf-8") as f:
            f.write(f"\n服务模式第{i + 1}轮补充说明。")
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "ingest", str(corpus)]
                                + (["--rebuild"] if i % 2 else []), cwd=str(ROOT),
                                env={**os.environ, "NOTICEQA_HOME": str(home), **env},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        r = run_app("ask", QUESTIONS[0], "--json", home=home, env=env)
        assert r.returncode == 0 and json.loads(r.stdout)["citations"], r.stderr
    assert run_app("ingest", str(corpus), home=home, env=env).returncode == 0
    settings = load_settings({"NOTICEQA_HOME": str(home), **env})
    index = open_index(settings)
    assert index.records[target.stem].notice.text.endswith("服务模式第4轮补充说明。")
    assert index.collection.count() == len(index.chunks)
    assert set(index.vector_pos) == set(vectorstore.all_ids(index.collection))


def test_unreachable_server_gives_a_clear_error(tmp_path):
    from retrieval.errors import IndexStateError
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path), "CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(_free_port())})
    with pytest.raises(IndexStateError, match="Chroma server"):
        ingest([CORPUS], settings)
