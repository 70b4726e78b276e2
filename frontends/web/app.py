"""The gradio Blocks app: header with a status line, five tabs, shared index holder, launch.

Per-user data lives only in component values and gr.State; the only shared object is the
IndexHolder (swapped atomically after an ingest). Every tab registers a refresh function that
runs when a page loads, when its tab is opened, and after the knowledge base changes.
"""
import os
import sys
from dataclasses import dataclass, field

import frontends.web.api as api
import frontends.web.chat_tab as chat_tab
import frontends.web.drafting as drafting
import frontends.web.evaluation as evaluation
import frontends.web.kb as kb
import frontends.web.ledger_view as ledger_view
from frontends.progress import progress_bar
from frontends.web.guard import Guard
from frontends.web.holder import IndexHolder
from frontends.web.retention import start_cleaner
from frontends.web.render import status_html
from retrieval.errors import ConfigError
from retrieval.index.build import ingest, manifest_problem, open_index, read_manifest
from retrieval.settings import Settings

TITLE = "整改通报智能问答"
SUBTITLE = "巡视巡察整改通报的检索问答、整改措施起草与整改台账。回答中的每句话都摘自通报原文并注明出处。"
CSS = """
html {overflow-y: scroll;}
.gradio-container > main, .gradio-container .main {max-width: 1440px; margin-left: auto; margin-right: auto;}
#nq-header h1 {margin: 0 0 2px 0; font-size: 1.6em;}
#nq-header .nq-sub {color: var(--body-text-color-subdued); font-size: 0.92em;}
#nq-status {color: var(--body-text-color-subdued); font-size: 0.85em; padding: 4px 0 2px 0;}
.nq-warn {color: #b42318; font-weight: 600;}
.nq-panel-title {font-weight: 600; font-size: 1.02em; margin: 4px 0 6px 2px;}
#cite-panel {max-height: 760px; overflow-y: auto !important; padding-right: 4px;}
.cite-group {display: none;}
.cite-group.active {display: block;}
.cite-group-head {font-size: 0.85em; color: var(--body-text-color-subdued); margin: 0 0 8px 2px;}
.cite-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 10px 12px;
            margin-bottom: 10px; background: var(--block-background-fill);}
.cite-card.focus {border-color: var(--color-accent); box-shadow: 0 0 0 2px var(--color-accent-soft);}
.cite-head {font-weight: 600; margin-bottom: 2px; line-height: 1.5;}
.cite-n {color: var(--color-accent); margin-right: 4px;}
.cite-meta {color: var(--body-text-color-subdued); font-size: 0.82em; margin-bottom: 2px;}
.cite-section {color: var(--body-text-color-subdued); font-size: 0.82em; margin-bottom: 6px;}
.cite-text {white-space: pre-wrap; line-height: 1.75; font-size: 0.92em;}
.cite-text mark {background: #ffe58f; color: inherit; padding: 1px 0; border-radius: 2px;}
.cite-doc {color: var(--body-text-color-subdued); font-size: 0.8em; margin-top: 6px;}
.cite-empty {color: var(--body-text-color-subdued); padding: 10px 4px;}
a.cite-ref {text-decoration: none; font-weight: 600; font-size: 0.85em; vertical-align: super; margin: 0 1px;
            cursor: pointer;}
.nq-meta {color: var(--body-text-color-subdued); font-size: 0.8em;}
.nq-err {color: #b42318;}
.nq-rewrite {color: #8a5a00; font-size: 0.85em;}
.nq-msg {padding: 6px 10px; border-radius: 6px; font-size: 0.9em; margin: 4px 0;}
.nq-msg-ok {background: #ecfdf3; color: #05603a;}
.nq-msg-error {background: #fef3f2; color: #b42318;}
.nq-msg-info {background: #eff8ff; color: #175cd3;}
.nq-chips {display: flex; flex-wrap: wrap; gap: 6px; margin: 2px 0 4px 0;}
.nq-chip {border: 1px solid var(--border-color-primary); border-radius: 999px; padding: 2px 10px; font-size: 0.85em;
          background: var(--block-background-fill);}
.nq-chip-total {background: var(--color-accent-soft); border-color: var(--color-accent); font-weight: 600;}
.sim-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 12px; margin-bottom: 8px;}
.sim-card summary {font-weight: 600; cursor: pointer; line-height: 1.5;}
.sim-measures {margin: 6px 0 0 0; padding-left: 1.4em; font-size: 0.9em; line-height: 1.7;}
.nq-status-tag {color: #05603a; font-weight: 600;}
.nq-tree, .nq-tree ul {list-style: none; padding-left: 1.1em; margin: 2px 0;}
.nq-tree {padding-left: 0.2em; max-height: 620px; overflow-y: auto;}
.nq-tree summary {cursor: pointer;}
.tree-title {font-weight: 600; margin-bottom: 2px;}
.tree-label {line-height: 1.7; font-size: 0.92em;}
.tree-count {color: var(--body-text-color-subdued); font-size: 0.78em; margin-left: 6px;}
.tree-leaf {padding-left: 1.1em;}
#nq-toast {position: fixed; top: 16px; left: 50%; transform: translateX(-50%); z-index: 10000; display: none;
           max-width: 640px; padding: 10px 16px; border-radius: 8px; background: #fef3f2; color: #b42318;
           border: 1px solid #fda29b; box-shadow: 0 4px 16px rgba(0,0,0,.12); font-size: 0.95em; cursor: pointer;}
#nq-toast.show {display: block;}
"""
# [n] in an answer: show that turn's group of cards in the panel and scroll to the card (no reload).
# A file over the upload limit is stopped in the browser, before it is sent, with a Chinese message.
HEAD = """<script>
const NQ_MAX_MB = __MAX_MB__;
document.addEventListener('click', function (e) {
  const a = e.target.closest ? e.target.closest('a.cite-ref') : null;
  if (!a) return;
  e.preventDefault();
  const id = (a.getAttribute('href') || '').replace(/^#/, '');
  const card = document.getElementById(id);
  if (!card) return;
  const group = card.closest('.cite-group');
  document.querySelectorAll('#cite-panel .cite-group').forEach(function (g) {
    g.classList.toggle('active', g === group);
  });
  document.querySelectorAll('#cite-panel .cite-card.focus').forEach(function (c) { c.classList.remove('focus'); });
  card.classList.add('focus');
  card.scrollIntoView({block: 'start', behavior: 'smooth'});
}, true);
function nqToast(text) {
  let t = document.getElementById('nq-toast');
  if (!t) {
    t = document.createElement('div');
    t.id = 'nq-toast';
    t.setAttribute('role', 'alert');
    t.title = '点击关闭';
    t.addEventListener('click', function () { t.classList.remove('show'); });
    document.body.appendChild(t);
  }
  t.textContent = text;
  t.classList.add('show');
  clearTimeout(t.nqTimer);
  t.nqTimer = setTimeout(function () { t.classList.remove('show'); }, 10000);
}
function nqGuard(e, files) {
  const big = Array.from(files || []).filter(function (f) { return f.size > NQ_MAX_MB * 1048576; });
  if (!big.length) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  if (e.target && e.target.type === 'file') e.target.value = '';
  nqToast('文件《' + big[0].name + '》大小为 ' + (big[0].size / 1048576).toFixed(1) + ' MB，超过 ' + NQ_MAX_MB +
          ' MB 的上传上限，未上传。请拆分后再上传（管理员可调整 NOTICEQA_MAX_UPLOAD_MB）。');
}
['change', 'input'].forEach(function (type) {
  document.addEventListener(type, function (e) {
    if (e.target && e.target.type === 'file') nqGuard(e, e.target.files);
  }, true);
});
document.addEventListener('drop', function (e) { if (e.dataTransfer) nqGuard(e, e.dataTransfer.files); }, true);
</script>"""


def head_html(settings: Settings) -> str:
    return HEAD.replace("__MAX_MB__", str(int(settings.max_upload_mb)))


FONT = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "ui-sans-serif", "system-ui",
        "sans-serif"]


@dataclass
class Ctx:
    """What the tab builders share: gradio, settings, the index holder and the refresh registry."""
    gr: object
    settings: Settings
    holder: IndexHolder
    refreshers: list = field(default_factory=list)   # (inputs, outputs, fn)
    changes: list = field(default_factory=list)      # events after which the index changed

    def add_refresh(self, inputs: list, outputs: list, fn) -> None:
        self.refreshers.append((inputs, outputs, fn))

    def on_index_change(self, event) -> None:
        self.changes.append(event)


def _gradio():
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    # gradio rebuilds a pandas summary of up to 10k past events after every event (2-8 ms of GIL per
    # request, for its monitoring page only); every 100 events is plenty. See docs/concurrency.md.
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "100")
    import gradio as gr
    return gr


def build_app(settings: Settings, holder: IndexHolder):
    """The gr.Blocks app over a shared IndexHolder."""
    gr = _gradio()
    ctx = Ctx(gr, settings, holder)
    keep_s = int(settings.keep_temp_hours * 3600)
    # delete_cache: gradio's upload cache (refused files too) is emptied of files older than keep_s, hourly
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True,
                   delete_cache=(min(3600, keep_s), keep_s)) as app:
        gr.HTML(f'<div id="nq-header"><h1>{TITLE}</h1><div class="nq-sub">{SUBTITLE}</div></div>')
        status = gr.HTML(status_html(settings, *holder.peek()), elem_id="nq-status")
        ctx.add_refresh([], [status], lambda: status_html(settings, *holder.peek()))
        with gr.Tabs(elem_id="nq-tabs"):
            tabs = []
            for label, module, tab_id in (("问答", chat_tab, "nq-tab-chat"), ("整改措施起草", drafting, "nq-tab-draft"),
                                          ("整改台账", ledger_view, "nq-tab-ledger"), ("知识库", kb, "nq-tab-kb"),
                                          ("评测", evaluation, "nq-tab-eval")):
                with gr.Tab(label, elem_id=tab_id) as tab:
                    module.build(ctx)
                tabs.append(tab)
        inputs = [c for ins, _, _ in ctx.refreshers for c in ins]
        outputs = [c for _, outs, _ in ctx.refreshers for c in outs]

        def refresh_all(*values):
            out, pos = [], 0
            for ins, outs, fn in ctx.refreshers:
                result = fn(*values[pos:pos + len(ins)])
                pos += len(ins)
                out.extend(result if isinstance(result, tuple) else (result,))
            return tuple(out)

        api.register(gr, settings, holder)  # `/ask` and `/feedback` for gradio_client / HTTP (frontends/web/api.py)
        app.load(refresh_all, inputs, outputs)
        for tab in tabs:
            tab.select(refresh_all, inputs, outputs)
        for event in ctx.changes:
            event.then(refresh_all, inputs, outputs)
    return app


def _auth(settings: Settings):
    if not settings.auth:
        return None
    user, sep, password = settings.auth.partition(":")
    if not sep or not user or not password:
        raise ConfigError("NOTICEQA_AUTH must look like user:password",
                          "设置 NOTICEQA_AUTH 的格式应为 用户名:密码。")
    return (user, password)


def _ensure_index(settings: Settings) -> None:
    """Build the index from corpus/ first when there is none (or it does not match the settings)."""
    problem = manifest_problem(read_manifest(settings), settings)
    if not problem:
        return
    print(f"noticeqa: {problem}; building the index from {settings.corpus_dir} ...", file=sys.stderr)
    r = ingest([settings.corpus_dir], settings, progress_bar("index"))
    print(f"noticeqa: index ready: {len(r.added) + len(r.updated) + len(r.unchanged)} notices, "
          f"{r.chunks} chunks, {r.seconds:.1f} s", file=sys.stderr)


def serve(settings: Settings) -> None:
    """`python app.py`: build the index if needed, then serve the UI on settings.host:settings.port."""
    gr = _gradio()
    print(f"noticeqa: serving on http://{settings.host}:{settings.port}; {settings.describe()}", file=sys.stderr)
    auth = _auth(settings)
    _ensure_index(settings)
    holder = IndexHolder(open_index(settings), watch=settings.home / "manifest.json")
    start_cleaner(settings)
    app = build_app(settings, holder)
    app.queue(default_concurrency_limit=4)
    from starlette.middleware import Middleware  # with gradio (start-up time: imported only to serve)
    app.launch(server_name=settings.host, server_port=settings.port, auth=auth, share=False,
               app_kwargs={"middleware": [Middleware(Guard, auth_on=auth is not None)]},
               auth_message="请输入用户名和密码。", max_file_size=f"{max(settings.max_upload_mb * 4, 50)}mb",
               footer_links=[], theme=gr.themes.Default(primary_hue="blue", font=FONT), css=CSS,
               head=head_html(settings))
