"""A scripted OpenAI-compatible chat server on 127.0.0.1 for the LLM-mode tests (the only fake allowed).

POST /v1/chat/completions answers with a non-streaming JSON completion or, when
the request asks for `"stream": true`, with server-sent events
(`data: {...}\\n\\n` … `data: [DONE]\\n\\n`). What it replies is set per test:
`server.reply` is a dict (or a function of the request body returning one) with
`content`, and optionally `status` (HTTP error), `raw` (a body sent as is) and
`sleep` (seconds to wait first; cut short when the server stops).

Example:
    >>> with FakeLLM() as llm:
    ...     llm.reply = {"content": "2023年改造了639公里[1]。"}
    ...     settings = replace(settings, llm_base_url=llm.base_url, llm_model="fake")
"""
from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

CONTEXT_BLOCK = re.compile(r"【资料\[(\d+)\]】\n(.*?)\n【资料\[\1\]完】", re.S)


def contexts_in(body: dict) -> dict[int, str]:
    """{n: block text} of the numbered contexts in a chat request's user message."""
    user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
    return {int(n): text for n, text in CONTEXT_BLOCK.findall(user)}


def context_with(body: dict, needle: str) -> int:
    """Number of the first context in the request that contains `needle` (0 if none)."""
    return next((n for n, text in sorted(contexts_in(body).items()) if needle in text), 0)


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        fake = self.server.fake
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        if self.path.rstrip("/") != "/v1/chat/completions":
            return self._send(404, b'{"error": {"message": "not found"}}')
        with fake.lock:
            fake.requests.append(body)
        reply = fake.reply(body) if callable(fake.reply) else dict(fake.reply)
        if reply.get("sleep"):
            fake.stopped.wait(min(float(reply["sleep"]), 30.0))
            if fake.stopped.is_set():
                return
        if reply.get("status", 200) != 200:
            return self._send(reply["status"], json.dumps({"error": {"message": "scripted failure"}}).encode())
        if "raw" in reply:
            return self._send(200, reply["raw"].encode())
        content = reply.get("content", "")
        base = {"id": "chatcmpl-fake", "created": int(time.time()), "model": body.get("model", "fake")}
        if not body.get("stream"):
            out = {**base, "object": "chat.completion",
                   "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                "finish_reason": "stop"}],
                   "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}}
            return self._send(200, json.dumps(out, ensure_ascii=False).encode())
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        pieces = [content[i:i + 4] for i in range(0, len(content), 4)]
        deltas = [{"role": "assistant", "content": ""}] + [{"content": p} for p in pieces] + [{}]
        for i, delta in enumerate(deltas):
            chunk = {**base, "object": "chat.completion.chunk",
                     "choices": [{"index": 0, "delta": delta, "finish_reason": "stop" if i == len(deltas) - 1 else None}]}
            self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
            self.wfile.flush()
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: "FakeLLM"

    def handle_error(self, request, client_address) -> None:
        pass   # a client that gave up (timeout test) closes its socket; nothing to report


class FakeLLM:
    """Context manager: a server on a free loopback port, stopped (and its sleepers woken) on exit."""

    def __init__(self) -> None:
        self.reply: dict | Callable[[dict], dict] = {"content": ""}
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> "FakeLLM":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stopped.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
