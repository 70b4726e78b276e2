"""ASGI middleware in front of the gradio app: nothing about the knowledge base before login, a limit
on password guesses, no deep links into other sessions, a per-browser owner cookie.

- Before login (NOTICEQA_AUTH set, no valid session cookie), a page carries no API description:
  gradio embeds one in every page, login page included, and it lists the filter choices (every
  notice id, issuer and year). `window.gradio_api_info` is replaced by an empty description.
- `POST /login`: after LOGIN_FAILURES failed attempts from one client address within LOGIN_WINDOW_S,
  further attempts are refused with 429 until the window has passed (the real password too).
- gradio's deep links (`/gradio_api/deep_link?session_hash=…` saves any session's chat under a link,
  `?deep_link=…` opens it) are refused: a chat belongs to its session only.
- Every response sets `noticeqa-owner` (a random id, HttpOnly, one year) when the browser has none:
  `chat.owner_of` keys per-user data (the "my eval set") by it.

Example:
    >>> app.launch(app_kwargs={"middleware": [Middleware(Guard, auth_on=True)]})
"""
from __future__ import annotations

import re
import secrets
import threading
import time
from collections import defaultdict, deque
from http.cookies import SimpleCookie

LOGIN_FAILURES = 5
LOGIN_WINDOW_S = 300.0
OWNER_COOKIE = "noticeqa-owner"
_API_INFO = re.compile(rb"window\.gradio_api_info\s*=\s*.*?;</script>", re.S)
EMPTY_API_INFO = b'window.gradio_api_info = {"named_endpoints": {}, "unnamed_endpoints": {}};</script>'
TOO_MANY = "登录失败次数过多，请 5 分钟后再试。".encode("utf-8")
NO_DEEP_LINK = "不支持分享会话链接：每个会话只属于打开它的浏览器。".encode("utf-8")


class LoginLimiter:
    """Failed logins per client address in a sliding window.

        >>> lim = LoginLimiter(2, 60); lim.failed("a", now=0); lim.failed("a", now=1); lim.blocked("a", now=2)
        True
    """

    def __init__(self, failures: int = LOGIN_FAILURES, window_s: float = LOGIN_WINDOW_S):
        self.failures, self.window_s = failures, window_s
        self._lock = threading.Lock()
        self._seen: dict[str, deque] = defaultdict(deque)

    def _trim(self, client: str, now: float) -> deque:
        times = self._seen[client]
        while times and now - times[0] > self.window_s:
            times.popleft()
        return times

    def blocked(self, client: str, now: float | None = None) -> bool:
        with self._lock:
            return len(self._trim(client, time.monotonic() if now is None else now)) >= self.failures

    def failed(self, client: str, now: float | None = None) -> None:
        with self._lock:
            now = time.monotonic() if now is None else now
            self._trim(client, now).append(now)
            if len(self._seen) > 10_000:  # forget quiet clients
                for key in [k for k, v in self._seen.items() if not v]:
                    del self._seen[key]


def _cookies(scope) -> dict[str, str]:
    jar = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # noqa: BLE001 - a malformed cookie header is no cookie
                continue
    return {k: m.value for k, m in jar.items()}


def _logged_in(scope, cookies: dict[str, str]) -> bool:
    app = scope.get("app")
    cookie_id = getattr(app, "cookie_id", None)
    tokens = getattr(app, "tokens", {}) or {}
    if cookie_id is None:
        return False
    token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
    return token in tokens


async def _plain(send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """The middleware (see module doc). `auth_on`: whether NOTICEQA_AUTH is set."""

    def __init__(self, app, auth_on: bool = False, limiter: LoginLimiter | None = None):
        self.app, self.auth_on = app, auth_on
        self.limiter = limiter or LoginLimiter()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        query = scope.get("query_string", b"")
        if path.rstrip("/").endswith("/deep_link") or re.search(rb"(^|&)deep_link=", query):
            return await _plain(send, 404, NO_DEEP_LINK)
        cookies = _cookies(scope)
        client = (scope.get("client") or ("?", 0))[0]
        is_login = scope.get("method") == "POST" and path.rstrip("/").endswith("/login")
        if is_login and self.limiter.blocked(client):
            return await _plain(send, 429, TOO_MANY)
        hide_api = self.auth_on and scope.get("method") in ("GET", "HEAD") and not _logged_in(scope, cookies)
        new_owner = None if OWNER_COOKIE in cookies else secrets.token_urlsafe(18)
        held: dict = {}

        async def wrapped(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if is_login and message["status"] >= 400:
                    self.limiter.failed(client)
                if new_owner:
                    headers.append((b"set-cookie", f"{OWNER_COOKIE}={new_owner}; Path=/; Max-Age=31536000; "
                                                   "HttpOnly; SameSite=Lax".encode()))
                message = {**message, "headers": headers}
                if hide_api and any(k == b"content-type" and v.startswith(b"text/html") for k, v in headers):
                    held["start"], held["body"] = message, b""
                    return
                return await send(message)
            if "start" in held and message["type"] == "http.response.body":
                held["body"] += message.get("body", b"")
                if message.get("more_body"):
                    return
                body = _API_INFO.sub(lambda _: EMPTY_API_INFO, held["body"])
                start = held["start"]
                start["headers"] = [(k, str(len(body)).encode() if k == b"content-length" else v)
                                    for k, v in start["headers"]]
                await send(start)
                return await send({"type": "http.response.body", "body": body})
            return await send(message)

        return await self.app(scope, receive, wrapped)
