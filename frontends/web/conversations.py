"""Each user's chat conversations kept across reloads, under NOTICEQA_HOME/conversations/<user>/<id>.json.

A user is the login name (NOTICEQA_AUTH), or without a login a random id kept in the browser's local
storage. Retention: at most MAX_CONVERSATIONS per user (the least recently used are deleted first) and
MAX_BYTES per conversation (its oldest turns are dropped first). A file is replaced atomically.

Example:
    >>> store = ConversationStore(settings.home, "user:张三")
    >>> cid = store.save("", history, state)
    >>> [c.title for c in store.list()]
    ['2023年燃气旧管网改造了多少公里？']
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

MAX_CONVERSATIONS = 50
MAX_BYTES = 2_000_000
TITLE_CHARS = 30
_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Conversation:
    id: str
    title: str
    updated: float


def browser_id(value) -> str:
    """A valid browser-local id (32 hex digits), or a new one."""
    return value if isinstance(value, str) and _ID.fullmatch(value) else uuid.uuid4().hex


def user_key(login: str | None, browser: str | None) -> str:
    """Who the conversations belong to: the login name, else the browser's own id."""
    return f"user:{login}" if login else f"browser:{browser_id(browser)}"


def _title(history: list) -> str:
    first = next((m.get("content", "") for m in history if m.get("role") == "user"), "")
    text = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), str(first)).strip()
    return (text[:TITLE_CHARS] + ("…" if len(text) > TITLE_CHARS else "")) or "新对话"


class ConversationStore:
    """The conversations of one user (see the module docstring for the limits)."""

    def __init__(self, home: Path, user: str):
        self.folder = Path(home) / "conversations" / hashlib.sha256(user.encode("utf-8")).hexdigest()[:24]

    def _path(self, cid: str) -> Path:
        if not _ID.fullmatch(cid or ""):
            raise KeyError(cid)
        return self.folder / f"{cid}.json"

    def list(self) -> list[Conversation]:
        """Newest first."""
        out = []
        for p in self.folder.glob("*.json") if self.folder.is_dir() else ():
            try:
                data = json.loads(p.read_text(encoding="utf-8"))
                out.append(Conversation(p.stem, str(data.get("title") or "新对话"), float(data.get("updated", 0))))
            except (OSError, ValueError):
                continue
        return sorted(out, key=lambda c: -c.updated)

    def load(self, cid: str) -> dict | None:
        """{"id", "title", "history", "state"} or None when it is gone."""
        try:
            return json.loads(self._path(cid).read_text(encoding="utf-8"))
        except (KeyError, OSError, ValueError):
            return None

    def save(self, cid: str, history: list, state: dict, title: str = "") -> str:
        """Write the conversation (a new id when cid is empty); returns its id."""
        cid = cid if _ID.fullmatch(cid or "") else uuid.uuid4().hex
        old = self.load(cid) or {}
        data = {"id": cid, "title": title or old.get("title") or _title(history), "updated": time.time(),
                "history": list(history), "state": {"turns": list(state.get("turns", [])),
                                                    "groups": list(state.get("groups", []))}}
        raw = json.dumps(data, ensure_ascii=False)
        while len(raw.encode("utf-8")) > MAX_BYTES and data["state"]["turns"]:
            data = _drop_first_turn(data)
            raw = json.dumps(data, ensure_ascii=False)
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(raw)
        os.replace(tmp, self._path(cid))
        for extra in self.list()[MAX_CONVERSATIONS:]:
            self.delete(extra.id)
        return cid

    def rename(self, cid: str, title: str) -> bool:
        data = self.load(cid)
        title = " ".join((title or "").split())[:60]
        if data is None or not title:
            return False
        self.save(cid, data["history"], data["state"], title)
        return True

    def delete(self, cid: str) -> bool:
        try:
            self._path(cid).unlink()
            return True
        except (KeyError, OSError):
            return False


def _drop_first_turn(data: dict) -> dict:
    """The conversation without its oldest question and answer (message indexes shifted)."""
    turns, groups = data["state"]["turns"], data["state"]["groups"]
    cut = turns[0].get("msg_index", 1) + 1
    rest = [{**t, "msg_index": t.get("msg_index", 0) - cut} for t in turns[1:]]
    return {**data, "history": data["history"][cut:], "state": {"turns": rest, "groups": groups[1:]}}
