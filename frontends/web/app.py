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
from frontends.web.render import status_html
from frontends.web.retention import start_cleaner
from frontends.web.style import CSS, FONT, head_html
from retrieval.errors import ConfigError
from retrieval.index.build import ingest
from retrieval.index.opened import manifest_problem, open_index, read_manifest
from retrieval.settings import Settings

TITLE = "整改通报智能问答"
SUBTITLE = "巡视巡察整改通报的检索问答、整改措施起草与整改台账。回答中的每句话都摘自通报原文并注明出处。"
@dataclass
class Ctx:
    """What the tab builders share: gradio, settings, the index holder and the refresh registry."""
    gr: object
    settings: Settings
    holder: IndexHolder
    refreshers: list = field(default_factory=list)   # (inputs, outputs, fn)
    changes: list = field(default_factory=list)      # events after which the index changed
    loads: list = field(default_factory=list)        # (fn, inputs, outputs) run once when a page loads

    def add_refresh(self, inputs: list, outputs: list, fn) -> None:
        self.refreshers.append((inputs, outputs, fn))

    def on_index_change(self, event) -> None:
        self.changes.append(event)

    def add_load(self, fn, inputs: list, outputs: list) -> None:
        self.loads.append((fn, inputs, outputs))


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
        for fn, ins, outs in ctx.loads:
            app.load(fn, ins, outs)
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
    from starlette.middleware import (
        Middleware,  # with gradio (start-up time: imported only to serve)
    )
    app.launch(server_name=settings.host, server_port=settings.port, auth=auth, share=False,
               app_kwargs={"middleware": [Middleware(Guard, auth_on=auth is not None)]},
               auth_message="请输入用户名和密码。", max_file_size=f"{max(settings.max_upload_mb * 4, 50)}mb",
               footer_links=[], theme=gr.themes.Default(primary_hue="blue", font=FONT), css=CSS,
               head=head_html(settings))
