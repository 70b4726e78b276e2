"""Run the reliability and fuzz tests and print their figures as Markdown (for docs/reliability.md).

    .venv/bin/python tests/reliability_report.py            # runs the tests (~3 min), then prints
    .venv/bin/python tests/reliability_report.py --no-run   # prints the figures of the last run

The tests record their figures in .cache/reliability/figures.json (see tests/test_reliability.py).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / ".cache" / "reliability" / "figures.json"
TESTS = ["tests/test_reliability.py", "tests/test_fuzz.py", "tests/test_load.py", "tests/test_hardening.py",
         "tests/test_hardening_web.py", "tests/test_background_ingest.py"]
ROWS = [
    ("bad_files_tried", "bad files tried through `load_notice` (made from the notices in corpus/)"),
    ("bad_files_refused", "… refused with a one-line message in under 3 s"),
    ("garbled_files_refused", "garbled (mojibake) files refused with a save-as-UTF-8 message"),
    ("decode_2mb_seconds", "seconds to decode a 2 MB notice, by encoding"),
    ("cli_bad_ingests_refused", "bad `app.py ingest` runs refused (exit 2, one stderr line, index byte-identical)"),
    ("crash_rounds", "ingests killed with SIGKILL after a varied delay (update or --rebuild)"),
    ("crash_delays_s", "kill delays (s)"),
    ("crash_killed_mid_ingest", "… of which still running when killed"),
    ("crash_finished_before_kill", "… of which had already finished"),
    ("crash_answered_from_previous_generation", "`ask` answered from the previous index after the kill"),
    ("crash_answered_from_new_generation", "`ask` answered from the new index (the ingest had swapped it in)"),
    ("crash_repairs_checked", "repairs by a following `ingest` checked (all notices, latest edit, one vector per chunk)"),
    ("concurrent_ingests", "concurrent ingest processes that both succeeded with a consistent index"),
    ("questions_answered_during_reingest", "questions answered by an open index while another process re-ingested"),
    ("questions_answered_from_previous_generation_during_ingest",
     "indexes opened and questions answered from the previous generation while an ingest ran"),
    ("odd_file_names_ingested", "odd file names ingested and answered (#, quotes, $( ), <script>, leading -)"),
    ("hostile_questions_in_process", "hostile questions through `ask`"),
    ("hostile_questions_cli", "hostile questions through `app.py ask --json`"),
    ("fuzz_examples_clean_text", "fuzz examples: `clean_text` (alone and in the whole pipeline)"),
    ("fuzz_examples_parse", "fuzz examples: `parse_sections`"),
    ("fuzz_examples_chunk", "fuzz examples: `chunk_notice`"),
    ("docx_bomb_kb", "size (KB) of a .docx that unpacks to 40 MB"),
    ("docx_bomb_refused_s", "… seconds until it is refused (read from the zip directory, never unpacked)"),
    ("pdf_3000_pages_refused_s", "seconds until a 3,000-page PDF is refused (page count before extraction)"),
    ("stray_vectors", "stray vectors left in the collection (as by a stopped ingest)"),
    ("chroma_mb_before", "vector store MB before"),
    ("chroma_mb_with_stray", "… with the stray vectors"),
    ("chroma_mb_after_sweep", "… after the next ingest's sweep (stray deleted, collection compacted, SQLite vacuumed)"),
]


def main(argv: list[str]) -> int:
    summary = ""
    if "--no-run" not in argv:
        FIGURES.unlink(missing_ok=True)
        r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
                           cwd=str(ROOT), capture_output=True, text=True)
        summary = (r.stdout.strip().splitlines() or [""])[-1]
        if r.returncode:
            print(r.stdout[-3000:], file=sys.stderr)
    figures = json.loads(FIGURES.read_text(encoding="utf-8")) if FIGURES.is_file() else {}
    print("| figure | value |\n|---|---|")
    for key, label in ROWS:
        value = figures.get(key, "—")
        print(f"| {label} | {', '.join(map(str, value)) if isinstance(value, list) else value} |")
    if summary:
        print(f"\n`pytest -q {' '.join(TESTS)}`: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
