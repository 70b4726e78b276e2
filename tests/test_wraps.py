"""Text broken at every printed line is joined into its paragraphs again (retrieval/load/wraps.py), on real notices."""
from __future__ import annotations

import re
from pathlib import Path

from bench.bench_formats import _hard_wrapped
from retrieval.load import load_notice
from retrieval.load.wraps import hard_wrap_width, unwrap

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "notices-dev"
SPLIT = dict(ln.split("\t")[:2] for ln in (DEV / "SPLIT.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#"))
DEV_NOTICES = sorted(p for p in DEV.glob("d*.txt") if SPLIT.get(p.name, "").strip() == "dev")
SEED = ROOT / "corpus" / "tj-govt-offices-admin-2021-inspection-rectification.txt"


def test_notices_written_a_paragraph_per_line_are_left_as_they_are():
    assert all(hard_wrap_width(p.read_text(encoding="utf-8")) is None for p in [*DEV_NOTICES, SEED])


def test_a_notice_broken_every_28_characters_gets_its_paragraphs_back(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    assert hard_wrap_width(_hard_wrapped(text)) == 28
    wrapped = tmp_path / SEED.name
    wrapped.write_text(_hard_wrapped(text), encoding="utf-8")
    original = [ln for ln in load_notice(SEED).text.split("\n") if ln.strip()]
    read = set(load_notice(wrapped).text.split("\n"))
    sentences = [s for ln in original for s in re.findall(r"[^。]+。", ln)]
    assert sum(s in "\n".join(read) for s in sentences) / len(sentences) > 0.97   # sentences whole again
    headings = [ln for ln in original if re.match(r"[一二三四五六七八九十]+、", ln)]
    assert headings and all(h in read for h in headings)                          # headings on their own lines


def test_a_line_ending_a_sentence_or_followed_by_a_heading_is_not_joined():
    lines = ["市委第三巡察组向市文联党组反馈了巡察意见,现将整改进展予以", "公布。", "一、提高政治站位,统一思想认识",
             "市委巡察工作动员部署会后,市文联党组高度重视,及时召开会议。", "二、加强组织领导"]
    assert unwrap("\n".join(lines), 30).split("\n") == [lines[0] + lines[1], *lines[2:]]
