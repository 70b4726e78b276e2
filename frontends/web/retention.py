"""Disk retention for what the web app writes outside the index (the index sweeps itself on ingest).

`clean_home` runs when the server starts and then every CLEAN_EVERY_S:
- eval runs under NOTICEQA_HOME/eval/<timestamp…>/: the newest `settings.keep_eval_runs` are kept;
- uploaded Q&A files (eval/uploads/), staging folders of uploads an ingest never finished
  (uploads/.incoming-*), and export folders of the ledger/draft tabs (<tmp>/noticeqa-*) older than
  `settings.keep_temp_hours` are deleted.
gradio's own upload cache is bounded by `delete_cache` on the Blocks (see app.build_app).

Example:
    >>> clean_home(settings)
    {'eval_runs': 3, 'eval_uploads': 1, 'staging': 0, 'exports': 2}
"""
from __future__ import annotations

import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from retrieval.settings import Settings

CLEAN_EVERY_S = 3600.0
RUN_NAME = re.compile(r"\d{8}-\d{6}(-[0-9a-f]{4})?")   # eval run folders written by the CLI and the web tab
EXPORT_PREFIXES = ("noticeqa-",)


def _age_s(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


def _remove(path: Path) -> bool:
    try:
        shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
        return True
    except OSError:
        return False


def clean_home(settings: Settings, now: float | None = None, temp_dir: Path | None = None) -> dict[str, int]:
    """Delete what is past its retention (see module doc); returns how many of each were deleted."""
    now = time.time() if now is None else now
    max_age = settings.keep_temp_hours * 3600
    done = {"eval_runs": 0, "eval_uploads": 0, "staging": 0, "exports": 0}
    eval_dir = settings.home / "eval"
    if eval_dir.is_dir():
        runs = sorted((p for p in eval_dir.iterdir() if p.is_dir() and RUN_NAME.fullmatch(p.name)),
                      key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
        done["eval_runs"] = sum(_remove(p) for p in runs[settings.keep_eval_runs:])
        uploads = eval_dir / "uploads"
        if uploads.is_dir():
            done["eval_uploads"] = sum(_remove(p) for p in uploads.iterdir() if _age_s(p, now) > max_age)
    staging = settings.home / "uploads"
    if staging.is_dir():
        done["staging"] = sum(_remove(p) for p in staging.glob(".incoming-*") if _age_s(p, now) > max_age)
    tmp = temp_dir or Path(tempfile.gettempdir())
    done["exports"] = sum(_remove(p) for p in tmp.iterdir()
                          if p.name.startswith(EXPORT_PREFIXES) and p.is_dir() and _age_s(p, now) > max_age)
    return done


def start_cleaner(settings: Settings) -> threading.Thread:
    """Run `clean_home` now and every CLEAN_EVERY_S in a daemon thread (failures are logged, never raised)."""
    def loop() -> None:
        while True:
            try:
                done = clean_home(settings)
                if any(done.values()):
                    print(f"noticeqa: retention: deleted {done}", file=sys.stderr)
            except Exception as exc:  # noqa: BLE001 - clean-up must never take the server down
                print(f"noticeqa: retention failed: {exc}", file=sys.stderr)
            time.sleep(CLEAN_EVERY_S)
    thread = threading.Thread(target=loop, name="noticeqa-retention", daemon=True)
    thread.start()
    return thread
