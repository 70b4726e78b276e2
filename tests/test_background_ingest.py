"""Web uploads are ingested by a child process at lower CPU priority (NOTICEQA_INGEST=process, the default)."""
from __future__ import annotations

import shutil

import pytest

from retrieval.errors import InputError
from retrieval.index.background import ingest_in_child
from retrieval.index.opened import open_index, read_manifest
from retrieval.search.rank import search
from retrieval.settings import load_settings
from tests.conftest import ROOT

pytestmark = pytest.mark.integration
DEV = ROOT / "tests" / "data" / "notices-dev"


def test_a_child_ingests_reports_progress_and_the_server_opens_the_result(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("d01_ruijin-audit-2020-budget.txt", "d07_putian-justice-bureau-inspection.txt"):
        shutil.copy(DEV / name, src)
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home"), "NOTICEQA_EMBEDDINGS": "none"})
    seen: list[str] = []
    report = ingest_in_child([src], settings, lambda stage, done, total: seen.append(stage))
    assert sorted(report.added) == ["d01_ruijin-audit-2020-budget", "d07_putian-justice-bureau-inspection"]
    assert seen and set(open_index(settings).records) == set(report.added)


def test_a_refusal_in_the_child_is_the_same_one_line_error_and_the_index_is_unchanged(tmp_path):
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path / "home"), "NOTICEQA_EMBEDDINGS": "none"})
    ingest_in_child([DEV / "d07_putian-justice-bureau-inspection.txt"], settings)
    before = read_manifest(settings)
    empty = tmp_path / "空白.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        ingest_in_child([empty], settings)
    assert "空白" in err.value.user_message and "\n" not in str(err.value)
    assert read_manifest(settings) == before


def test_the_setting_chooses_the_child_by_default_and_says_so_at_start_up():
    assert load_settings({}).ingest_mode == "process"
    assert "web ingest=process (a child process at lower CPU priority)" in load_settings({}).describe()
    assert load_settings({"NOTICEQA_INGEST": "inline"}).ingest_mode == "inline"
    assert "web ingest=inline (in the server process)" in load_settings({"NOTICEQA_INGEST": "inline"}).describe()


def test_after_a_child_ingest_this_process_finds_the_new_notice_by_its_vectors(test_home, tmp_path):
    """The server has read vectors before the child writes (Chroma keeps the segments it loaded):
    the generation opened afterwards still finds the child's new vectors."""
    home = tmp_path / "home"
    shutil.copytree(test_home, home, ignore=shutil.ignore_patterns(".ingest.lock"))
    settings = load_settings({"NOTICEQA_HOME": str(home)})
    assert settings.embeddings != "none"
    before = open_index(settings)
    assert any(h.dense_score > 0 for h in search(before, "燃气旧管网改造了多少公里"))   # segments loaded here
    report = ingest_in_child([DEV / "d07_putian-justice-bureau-inspection.txt"], settings)
    after = open_index(settings)
    hits = search(after, "巡察反馈问题整改落实情况", doc=report.added[0])
    assert hits and {h.notice_id for h in hits} == set(report.added)
    assert any(h.dense_score > 0 for h in hits)                        # found by its vectors, not only by keywords
    assert any(h.dense_score > 0 for h in search(before, "燃气旧管网改造了多少公里"))  # the old generation still answers
