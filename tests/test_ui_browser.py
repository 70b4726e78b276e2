"""End to end: `python app.py` serves the UI; Debian's chromium asks a question through it.

Needs `apt-get install -y chromium fonts-noto-cjk` (without the CJK fonts the
screenshot shows boxes). Saves docs/screenshot-chat.png.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTION = "2023年燃气旧管网改造了多少公里？"
NOTICE_FILE = ROOT / "corpus" / "tj-city-mgmt-commission-2024-inspection-rectification.txt"
SCREENSHOT = ROOT / "docs" / "screenshot-chat.png"
START_TIMEOUT_S = 120
ANSWER_TIMEOUT_MS = 90_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(log: Path, chars: int = 3000) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-chars:] if log.exists() else ""


def _wait_for_port(proc: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"`python app.py` exited with status {proc.returncode}:\n{_log_tail(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the UI did not answer on port {port} within {START_TIMEOUT_S} s:\n{_log_tail(log)}")


def _start_app(home: Path, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "NOTICEQA_HOME": str(home), "NOTICEQA_HOST": "127.0.0.1",
           "NOTICEQA_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("NOTICEQA_AUTH", None)   # no login page in this test
    with open(log, "wb") as out:
        return subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=str(ROOT), env=env,
                                stdout=out, stderr=subprocess.STDOUT)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.mark.integration
@pytest.mark.browser
def test_chat_answers_with_highlighted_citation(test_home, tmp_path):
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium fonts-noto-cjk`")
    from playwright.sync_api import expect, sync_playwright

    port = _free_port()
    log = tmp_path / "app.log"
    proc = _start_app(test_home, port, log)
    try:
        _wait_for_port(proc, port, log)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1440, "height": 960}, locale="zh-CN")
                page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded", timeout=60_000)
                box = page.locator("#nq-question textarea")
                box.wait_for(timeout=60_000)
                box.fill(QUESTION)
                page.get_by_role("button", name="发送", exact=True).click()

                marks = page.locator("#cite-panel mark")
                marks.first.wait_for(timeout=ANSWER_TIMEOUT_MS)
                expect(page.locator("#nq-chat")).to_contain_text("639公里", timeout=10_000)

                notice_text = NOTICE_FILE.read_text(encoding="utf-8")
                quotes = marks.all_inner_texts()
                assert any("639" in q and q in notice_text for q in quotes), \
                    f"no highlighted quote with 639 taken verbatim from {NOTICE_FILE.name}: {quotes}"
                # the [n] marker of the 639 quote links to its card in the panel
                card = page.locator("#cite-panel .cite-card", has=page.locator("mark", has_text="639")).first
                card_id = card.get_attribute("id")
                page.locator(f'#nq-chat a.cite-ref[href="#{card_id}"]').click()
                page.wait_for_url(f"**#{card_id}", timeout=5_000)
                card.scroll_into_view_if_needed()

                SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOT), full_page=True)
            finally:
                browser.close()
    finally:
        _stop(proc)
        print(_log_tail(log, 1500))
