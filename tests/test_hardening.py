"""Hardening (issue 16), index side: bounded work per file, no silent replacement under a taken file
name, a damaged manifest that does not bring a deleted notice back, stray vectors and wasted space
of a stopped ingest gone after the next sweep. Every file is made from the notices in corpus/.
"""
from __future__ import annotations

import io
import shutil
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from retrieval.errors import InputError
from retrieval.index import vectors as vectorstore
from retrieval.index.build import ingest
from retrieval.index.opened import open_index
from retrieval.load import Limits, load_notice
from retrieval.settings import load_settings
from tests.conftest import corpus_file
from tests.test_reliability import _docx_bytes, record


def _settings(home: Path, **env) -> object:
    return load_settings({"NOTICEQA_HOME": str(home), "NOTICEQA_EMBEDDINGS": "none", **env})


# ---------------------------------------------------------------- bounded work per file

def _docx_unpacking_to(text_bytes: int) -> bytes:
    """A real .docx whose document.xml repeats a notice's paragraphs until it holds `text_bytes`."""
    src = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    xml = src.read("word/document.xml").decode("utf-8")
    head, _, rest = xml.partition("<w:body>")
    body, _, tail = rest.rpartition("<w:sectPr")
    body = body * (text_bytes // max(len(body.encode("utf-8")), 1) + 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = f"{head}<w:body>{body}<w:sectPr{tail}".encode("utf-8")
            z.writestr(info.filename, data)
    return out.getvalue()


def test_docx_bomb_is_refused_from_its_zip_directory_before_it_is_unpacked(tmp_path):
    path = tmp_path / "附件1.docx"
    path.write_bytes(_docx_unpacking_to(40 * 1024 * 1024))
    t0 = time.perf_counter()
    with pytest.raises(InputError) as err:
        load_notice(path, limits=Limits(max_unpacked_bytes=30 * 1024 * 1024))
    seconds = time.perf_counter() - t0
    assert "unpacks to" in str(err.value) and "NOTICEQA_MAX_UNPACKED_MB" in str(err.value)
    assert "解压后" in err.value.user_message and "\n" not in str(err.value)
    record(docx_bomb_kb=path.stat().st_size // 1024, docx_bomb_refused_s=round(seconds, 2))


def test_docx_expanding_to_too_much_text_is_refused_by_characters(tmp_path):
    path = tmp_path / "整改情况通报.docx"
    path.write_bytes(_docx_unpacking_to(3 * 1024 * 1024))
    with pytest.raises(InputError) as err:
        load_notice(path, limits=Limits(max_chars=400_000))
    assert "characters of text, over the limit of 400000" in str(err.value)
    assert "NOTICEQA_MAX_CHARS" in str(err.value) and "字的上限" in err.value.user_message


def test_text_file_over_the_character_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(corpus_file("tj-dongli").read_text(encoding="utf-8") * 5, encoding="utf-8")
    with pytest.raises(InputError, match="characters"):
        load_notice(path, limits=Limits(max_chars=100_000))
    assert load_notice(path, limits=Limits(max_chars=1_000_000)).text  # under the limit: loaded


def test_pdf_of_three_thousand_pages_is_refused_before_its_text_is_extracted(tmp_path):
    from pypdf import PdfWriter
    writer = PdfWriter()
    for _ in range(3000):
        writer.add_blank_page(width=595, height=842)
    path = tmp_path / "报告.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    t0 = time.perf_counter()
    with pytest.raises(InputError) as err:
        load_notice(path, limits=Limits(max_pages=300))
    assert "has 3000 pages, over the limit of 300" in str(err.value) and "300 页" in err.value.user_message
    record(pdf_3000_pages_refused_s=round(time.perf_counter() - t0, 2))


def test_notice_over_the_chunk_limit_is_refused_before_anything_is_embedded(tmp_path):
    settings = _settings(tmp_path / "home", NOTICEQA_MAX_CHUNKS="50")
    with pytest.raises(InputError) as err:
        ingest([corpus_file("tj-dongli")], settings)
    assert "chunks, over the limit of 50" in str(err.value) and "NOTICEQA_MAX_CHUNKS" in str(err.value)
    assert not (tmp_path / "home" / "manifest.json").exists()


def test_limits_are_settings_with_defaults_said_at_start_up(tmp_path):
    s = load_settings({"NOTICEQA_HOME": str(tmp_path)})
    assert (s.max_unpacked_mb, s.max_chars, s.max_pages, s.max_chunks) == (30, 400_000, 300, 3_000)
    assert "30 MB unpacked, 400000 chars, 300 pages, 3000 chunks" in s.describe()
    big = corpus_file("tj-dongli")   # the largest seed notice is far under every default
    notice = load_notice(big)
    assert len(notice.text) * 10 < s.max_chars
    with pytest.raises(Exception, match="NOTICEQA_MAX_CHUNKS must be a positive number"):
        load_settings({"NOTICEQA_HOME": str(tmp_path), "NOTICEQA_MAX_CHUNKS": "0"})


# ---------------------------------------------------------------- identity: content and title

def test_a_different_notice_under_a_taken_file_name_is_added_beside_it(tmp_path):
    settings = _settings(tmp_path / "home")
    first, second = tmp_path / "a" / "附件1.txt", tmp_path / "b" / "附件1.txt"
    for path, seed in ((first, "jinan"), (second, "tj-dongli")):
        path.parent.mkdir()
        shutil.copy(corpus_file(seed), path)
    ingest([first], settings)
    report = ingest([second], settings)
    assert report.updated == () and report.added == ("附件1-2",)
    assert report.beside == (("附件1.txt", "附件1-2"),) and report.held_as == (("附件1.txt", "附件1-2.txt"),)
    index = open_index(settings)
    assert set(index.records) == {"附件1", "附件1-2"}
    assert index.records["附件1"].notice.text == load_notice(first).text       # the first one is kept
    assert index.records["附件1-2"].notice.doc == "附件1-2.txt"
    again = ingest([second], settings)                                           # same upload again: no third copy
    assert again.unchanged == ("附件1-2",) and len(open_index(settings).records) == 2


def test_an_edited_version_under_the_same_name_updates_the_notice(tmp_path):
    settings = _settings(tmp_path / "home")
    path = tmp_path / "附件1.txt"
    text = corpus_file("jinan").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    ingest([path], settings)
    path.write_text(text.replace("。", "。\n", 3) + "\n（本通报已更新。）\n", encoding="utf-8")
    report = ingest([path], settings)
    assert report.updated == ("附件1",) and report.beside == ()
    assert list(open_index(settings).records) == ["附件1"]


# ---------------------------------------------------------------- damaged manifest

def test_damaged_manifest_does_not_bring_a_deleted_notice_back_on_repair(tmp_path):
    settings = _settings(tmp_path / "home")
    seeds = [corpus_file(p) for p in ("jinan", "tj-dongli", "tj-govt")]
    ingest(seeds, settings)
    ingest([], settings, remove=(seeds[0].stem,))
    (tmp_path / "home" / "manifest.json").write_text('{"index_version": 2, "generat', encoding="utf-8")
    ingest([seeds[1]], settings)   # the repair
    assert sorted(open_index(settings).records) == sorted(p.stem for p in seeds[1:])


# ---------------------------------------------------------------- stray vectors, space

def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@pytest.mark.integration
def test_stray_vectors_of_a_stopped_ingest_and_their_space_are_gone_after_the_next_sweep(test_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(test_home, home, ignore=shutil.ignore_patterns(".ingest.lock"))
    settings = load_settings({"NOTICEQA_HOME": str(home)})
    index = open_index(settings)
    live = index.collection.count()
    before = _folder_bytes(home / "chroma")
    dim = len(index.collection.get(limit=1, include=["embeddings"])["embeddings"][0])
    rng = np.random.default_rng(0)
    stray = rng.standard_normal((20_000, dim)).astype(np.float32)   # what a killed ingest leaves behind
    vectorstore.upsert(index.collection, [f"stray-{i}" for i in range(len(stray))], stray,
                       [{"notice_id": "x", "section": 0}] * len(stray))
    bloated = _folder_bytes(home / "chroma")
    del index
    report = ingest([corpus_file("jinan")], settings)   # nothing changed: the sweep still runs
    assert report.unchanged
    index = open_index(settings)
    assert index.collection.count() == live
    assert not [i for i in vectorstore.all_ids(index.collection) if i.startswith("stray-")]
    after = _folder_bytes(home / "chroma")
    record(stray_vectors=len(stray), chroma_mb_before=round(before / 1e6, 1),
           chroma_mb_with_stray=round(bloated / 1e6, 1), chroma_mb_after_sweep=round(after / 1e6, 1))
    assert after < before * 1.5 + 2_000_000 < bloated
    from answer.ask import ask
    assert ask(index, "2023年燃气旧管网改造了多少公里？", settings).citations
