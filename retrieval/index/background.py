"""Ingest in a child process at lower CPU priority, so that other users' questions keep their speed
while one user's upload is embedded (`NOTICEQA_INGEST=process`, the default; `inline` runs the
same ingest in the server process; see docs/reliability.md).

The child runs `retrieval.index.build.ingest` (same lock, same index generations) and sends its
progress, its report or its error back through a queue; the server process keeps answering from
the current generation and opens the new one when the child is done. A child that dies leaves the
previous generation, like any killed ingest.

Example:
    >>> report = ingest_in_child([Path("uploads/附件1.txt")], settings, progress)
    >>> report.added
    ('附件1',)
"""
from __future__ import annotations

import multiprocessing
import os
import queue
from pathlib import Path

from retrieval.errors import ConfigError, IndexStateError, InputError, NoticeQAError
from retrieval.index.build import IngestReport, Progress, ingest
from retrieval.settings import Settings

NICENESS = 10        # the child's CPU priority below the server's (Linux nice value)
POLL_SECONDS = 0.5   # how often the parent checks that the child is still alive
ERRORS = {cls.__name__: cls for cls in (InputError, IndexStateError, ConfigError, NoticeQAError)}
DIED = "导入进程意外结束，知识库保持原样，请重试；如果问题持续出现，请联系管理员。"


def _child(paths: list[Path], settings: Settings, remove: tuple[str, ...], rebuild: bool, out) -> None:
    os.nice(NICENESS)

    def progress(stage: str, done: int, total: int) -> None:
        out.put(("progress", (stage, done, total)))
    try:
        out.put(("done", ingest(paths, settings, progress, remove=remove, rebuild=rebuild)))
    except NoticeQAError as err:   # sent as parts: the Chinese message survives the trip
        out.put(("error", (type(err).__name__, str(err), err.user_message)))
    except BaseException as err:  # noqa: BLE001 - reported to the parent, which raises it as a domain error
        out.put(("crash", f"{type(err).__name__}: {err}"))


def ingest_in_child(paths: list[Path], settings: Settings, progress: Progress | None = None,
                    remove: tuple[str, ...] = (), rebuild: bool = False) -> IngestReport:
    """`ingest` run by a child process at lower CPU priority; raises what `ingest` would raise."""
    ctx = multiprocessing.get_context("spawn")   # a fresh interpreter: no server threads or sockets copied
    out = ctx.Queue()
    child = ctx.Process(target=_child, args=(list(paths), settings, tuple(remove), rebuild, out),
                        name="noticeqa-ingest", daemon=True)
    child.start()
    try:
        while True:
            try:
                kind, value = out.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not child.is_alive():
                    raise IndexStateError(f"the ingest process ended with exit code {child.exitcode}", DIED) from None
                continue
            if kind == "progress":
                if progress:
                    progress(*value)
            elif kind == "done":
                return value
            elif kind == "error":
                name, message, user_message = value
                raise ERRORS.get(name, NoticeQAError)(message, user_message)
            else:
                raise IndexStateError(f"the ingest process failed: {value}", DIED)
    finally:
        child.join(timeout=10)
        if child.is_alive():
            child.kill()
