"""知识库 tab: upload notices (size-checked, names sanitised, kept under NOTICEQA_HOME/uploads/),
ingest with a progress bar, list with metadata, preview the section tree, delete, rebuild.
After every change the shared index is reopened and swapped in.

Example:
    >>> staged = stage_uploads(["/tmp/gradio/abc/新通报.txt"], settings)
    >>> report = apply_ingest(holder, settings, staged.paths)
"""
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from frontends.web.chat import error_text
from frontends.web.holder import IndexHolder, check_size, inside, safe_filename
from frontends.web.render import message_html, section_tree_html
from retrieval.errors import InputError, NoticeQAError
from retrieval.index.background import ingest_in_child
from retrieval.index.build import ingest
from retrieval.index.opened import open_index

HEADERS = ["标题", "发布机构", "发布日期", "文号", "章节数", "检索段落数", "来源", "文件名"]
STAGES = {"embed": "建立语义索引", "keyword": "建立关键词索引"}


def uploads_dir(settings) -> Path:
    return settings.home / "uploads"


@dataclass
class Staged:
    folder: Path
    paths: list[Path] = field(default_factory=list)
    names: dict[Path, str] = field(default_factory=dict)   # staged path -> name shown to the user


def stage_uploads(files, settings) -> Staged:
    """Copy uploaded temp files into uploads/.incoming-<id>/ under sanitised names (size checked first)."""
    if not files:
        raise InputError("no file chosen", "请先选择要上传的通报文件（.txt、.html、.docx、.doc、.wps、.pdf、.ofd 或图片）。")
    staged = Staged(uploads_dir(settings) / f".incoming-{uuid.uuid4().hex[:12]}")
    plan = []
    for f in files:
        src = Path(getattr(f, "name", f))
        shown = src.name
        check_size(src, shown, settings.max_upload_mb)   # before anything reads the file
        plan.append((src, shown, safe_filename(shown)))
    staged.folder.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for src, shown, name in plan:
        stem, suffix = name.rsplit(".", 1)
        n = 2
        while name.lower() in used:
            name, n = f"{stem}-{n}.{suffix}", n + 1
        used.add(name.lower())
        dst = inside(staged.folder, name)
        shutil.copyfile(src, dst)
        staged.paths.append(dst)
        staged.names[dst] = shown
    return staged


def gradio_progress(progress):
    """An ingest progress callback (stage, done, total) driving a gr.Progress."""
    def step(stage: str, done: int, total: int) -> None:
        label = STAGES.get(stage, stage)
        if total:
            progress(done / total, desc=f"{label} {done}/{total}")
        else:
            progress(0.0, desc=label)
    return step


def reopen(holder: IndexHolder, settings) -> None:
    """Open the index as it is on disk now and swap it in (or record why it cannot be opened)."""
    try:
        holder.swap(open_index(settings))
    except NoticeQAError as err:
        holder.swap(None, err.user_message)


def run_ingest(holder: IndexHolder, settings, paths, progress=None, remove=(), rebuild=False):
    """retrieval.index.build.ingest, then reopen the index for subsequent questions."""
    holder.updating.set()
    try:
        run = ingest_in_child if settings.ingest_mode == "process" else ingest   # see NOTICEQA_INGEST
        return run(list(paths), settings, progress, remove=tuple(remove), rebuild=rebuild)
    finally:
        reopen(holder, settings)
        holder.updating.clear()


def apply_upload(holder: IndexHolder, settings, staged: Staged, progress=None):
    """Ingest the staged files; on success keep each under uploads/ named like the notice it became
    (see `keep_copies`); always remove the staging folder."""
    before, _ = holder.peek()
    held_before = {nid: r.notice.doc for nid, r in before.records.items()} if before is not None else {}
    try:
        report = run_ingest(holder, settings, staged.paths, progress)
        keep_copies(uploads_dir(settings), staged.paths, report, held_before)
        return report
    finally:
        shutil.rmtree(staged.folder, ignore_errors=True)


def keep_copies(folder: Path, staged: list[Path], report, held_before: dict[str, str]) -> None:
    """Move the staged files into `folder` under the doc name of the notice each is held as, so a
    different notice uploaded under a taken name (kept as `附件1-2`, retrieval/index/identity.py) gets
    its own copy and never overwrites the other one's; the same notice uploaded again replaces its own
    copy (also one under its earlier name, e.g. 附件1.docx after 附件1.txt of the same notice).

    `held_before`: notice id -> doc name before the ingest."""
    held_as = dict(report.held_as)
    for path in staged:
        doc = held_as.get(path.name, path.name)
        earlier = held_before.get(Path(doc).stem)
        if earlier and earlier != doc and (folder / earlier).is_file():
            inside(folder, earlier).unlink()
        path.replace(inside(folder, doc))


def report_text(r, rebuilt: int | None = None) -> str:
    """What an ingest did, in plain words; `rebuilt` = the number of notices a rebuild indexed anew."""
    if rebuilt is not None:
        done = f"已为全部 {rebuilt} 篇通报重新建立索引"
    else:
        parts = [f"新增 {len(r.added)} 篇" if r.added else "", f"更新 {len(r.updated)} 篇" if r.updated else "",
                 f"内容未变 {len(r.unchanged)} 篇" if r.unchanged else "",
                 f"删除 {len(r.removed)} 篇" if r.removed else ""]
        done = "，".join(p for p in parts if p) or "知识库没有变化"
    skipped = (f"跳过 {len(r.skipped)} 个不支持的文件（{'、'.join(Path(f).name for f in r.skipped[:5])}"
               f"{' 等' if len(r.skipped) > 5 else ''}）。" if r.skipped else "")
    return f"{done}；用时 {r.seconds:.1f} 秒。{skipped}"


def notice_rows(index, settings) -> list[list]:
    if index is None:
        return []
    up = uploads_dir(settings)
    rows = []
    for rec in sorted(index.records.values(), key=lambda r: (r.notice.date, r.notice.title), reverse=True):
        n = rec.notice
        rows.append([n.title, n.issuer, n.date, n.doc_number, len(rec.sections), len(rec.chunks),
                     "上传" if (up / n.doc).is_file() else "语料库", n.doc])
    return rows


def notice_options(index) -> list[tuple[str, str]]:
    if index is None:
        return []
    recs = sorted(index.records.values(), key=lambda r: (r.notice.date, r.notice.title), reverse=True)
    return [(f"{r.notice.title}（{r.notice.doc}）", r.notice.id) for r in recs]


def delete_notice(holder: IndexHolder, settings, notice_id: str, progress=None):
    """Remove a notice from the index (and its uploaded file, if it came from an upload)."""
    index = holder.get()
    rec = index.records.get(notice_id)
    if rec is None:
        raise InputError(f"unknown notice {notice_id!r}", "所选通报已不在知识库中，请刷新后重试。")
    if len(index.records) <= 1:
        raise InputError("cannot remove the last notice", "知识库至少要保留一篇通报，请先上传新的通报再删除。")
    report = run_ingest(holder, settings, [], progress, remove=(notice_id,))
    uploaded = uploads_dir(settings) / rec.notice.doc
    if uploaded.is_file():
        inside(uploads_dir(settings), rec.notice.doc).unlink()
    return report, rec.notice.title


def build(ctx):
    gr, holder, settings = ctx.gr, ctx.holder, ctx.settings
    index0 = holder.peek()[0]
    options0 = notice_options(index0)
    gr.HTML('<div class="nq-panel-title">已收录的通报</div>')
    table = gr.Dataframe(headers=HEADERS, value=notice_rows(index0, settings), interactive=False, wrap=True,
                         elem_id="nq-kb-table", max_height=330,
                         column_widths=["320px", "160px", "110px", "150px", "80px", "100px", "80px", "260px"])
    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=420):
            gr.HTML('<div class="nq-panel-title">上传通报</div>')
            # no file_types: gradio would refuse other types with an English message; ours says it in Chinese
            files = gr.File(label=f"选择文件（.txt、.html、.docx、.doc、.wps、.pdf 含扫描件、.ofd、图片 .png/.jpg；单个不超过 "
                                  f"{settings.max_upload_mb} MB）",
                            file_count="multiple", elem_id="nq-kb-files", height=150)
            with gr.Row():
                upload = gr.Button("导入知识库", variant="primary", elem_id="nq-kb-upload")
                rebuild = gr.Button("重建索引", elem_id="nq-kb-rebuild")
            msg = gr.HTML("", elem_id="nq-kb-msg")
            gr.HTML('<div class="cite-doc">同一篇通报再次上传会更新原通报；内容不同的通报即使文件名相同，也会另行收录（如“附件1-2”）。上传的文件保存在知识库目录的 uploads/ 下。'
                    '“重建索引”会重新生成全部向量和关键词索引（已有向量从缓存读取）。</div>')
        with gr.Column(scale=1, min_width=420):
            gr.HTML('<div class="nq-panel-title">通报结构预览</div>')
            with gr.Row(equal_height=True):
                pick = gr.Dropdown(options0, value=options0[0][1] if options0 else None, label="选择通报",
                                   elem_id="nq-kb-pick", scale=4)
                delete = gr.Button("删除这篇通报", variant="stop", size="sm", elem_id="nq-kb-delete", scale=1,
                                   min_width=110)
            with gr.Row(visible=False) as confirm_row:
                confirm = gr.Button("确认删除", variant="stop", size="sm", elem_id="nq-kb-confirm")
                cancel = gr.Button("取消", size="sm", elem_id="nq-kb-cancel")
            tree = gr.HTML(section_tree_html(index0.records[options0[0][1]]) if options0 else "", elem_id="nq-kb-tree")

    def preview(nid):
        index, _ = holder.peek()
        rec = index.records.get(nid) if index is not None and nid else None
        return section_tree_html(rec) if rec else '<div class="cite-empty">选择一篇通报，查看它的章节结构。</div>'

    pick.change(preview, [pick], [tree])

    def after_change(text, kind, keep=None):
        """Message, table and notice choices after a change; the picked notice stays if it still exists."""
        index, _ = holder.peek()
        options = notice_options(index)
        value = keep if keep in {v for _, v in options} else (options[0][1] if options else None)
        return message_html(text, kind), notice_rows(index, settings), gr.update(choices=options, value=value)

    def do_upload(chosen, nid, progress=gr.Progress()):
        try:
            staged = stage_uploads(chosen, settings)
            progress(0.0, desc="读取文件")
            r = apply_upload(holder, settings, staged, gradio_progress(progress))
        except Exception as err:  # noqa: BLE001
            return (*after_change(error_text(err, holder), "error", nid), None)   # refused files are not kept
        return (*after_change("导入完成：" + report_text(r), "ok", nid), None)

    def do_rebuild(nid, progress=gr.Progress()):
        try:
            progress(0.0, desc="重建索引")
            r = run_ingest(holder, settings, [], gradio_progress(progress), rebuild=True)
        except Exception as err:  # noqa: BLE001
            return after_change(error_text(err, holder), "error", nid)
        return after_change("索引已重建：" + report_text(r, rebuilt=len(holder.get().records)), "ok", nid)

    def do_delete(nid, progress=gr.Progress()):
        try:
            if not nid:
                raise InputError("no notice chosen", "请先在上方选择要删除的通报。")
            r, title = delete_notice(holder, settings, nid, gradio_progress(progress))
        except Exception as err:  # noqa: BLE001
            return (*after_change(error_text(err, holder), "error", nid), gr.update(visible=False), gr.skip())
        out = after_change(f"已删除《{title}》；" + report_text(r), "ok")
        return (*out, gr.update(visible=False), preview(out[2]["value"]))

    heavy = {"concurrency_limit": 1, "concurrency_id": "ingest", "show_progress_on": [msg]}  # one progress bar
    ctx.on_index_change(upload.click(do_upload, [files, pick], [msg, table, pick, files], **heavy))
    ctx.on_index_change(rebuild.click(do_rebuild, [pick], [msg, table, pick], **heavy))
    delete.click(lambda nid: (gr.update(visible=bool(nid)), "" if nid else
                              message_html("请先在上方选择要删除的通报。", "error")), [pick], [confirm_row, msg])
    cancel.click(lambda: gr.update(visible=False), None, [confirm_row])
    ctx.on_index_change(confirm.click(do_delete, [pick], [msg, table, pick, confirm_row, tree], **heavy))

    def refresh(nid):
        index, _ = holder.peek()
        options = notice_options(index)
        keep = nid if nid in {v for _, v in options} else None
        return notice_rows(index, settings), gr.update(choices=options, value=keep)

    ctx.add_refresh([pick], [table, pick], refresh)
