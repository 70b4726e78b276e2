"""Look and browser-side behaviour of the web UI: CSS, the <head> script, fonts."""
import json

from retrieval.load import SUPPORTED_SUFFIXES
from retrieval.settings import Settings

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
.cite-text mark.focus {background: #ffc53d; outline: 2px solid #d48806;}
#nq-chat button[aria-label="Clear"], #nq-chat button[aria-label="清空"], #nq-chat button[aria-label="清空对话"],
#nq-chat button[aria-label="清除"], #nq-chat button[title="清空"], #nq-chat button[title="清空对话"] {display: none;}
.cite-anchor {display: block; height: 0;}
.nq-back {display: none; font-size: 0.85em; margin: 0 0 6px 2px;}
.nq-lead {font-weight: 600; line-height: 1.7; margin: 2px 0 8px 0;}
.nq-quote-group {margin: 4px 0 8px 0;}
.nq-quote-doc {font-weight: 600; font-size: 0.92em; color: var(--body-text-color-subdued); margin-bottom: 2px;}
.nq-quotes {margin: 0; padding-left: 1.2em;}
.nq-quote {line-height: 1.7; margin: 2px 0;}
.nq-scope {font-size: 0.85em; color: #8a5a00; background: #fffaeb; border-radius: 6px; padding: 4px 8px;}
@media (max-width: 1000px) {
  .nq-back {display: inline-block;}
}
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
let nqLastRef = null;
document.addEventListener('click', function (e) {
  const back = e.target.closest ? e.target.closest('a.nq-back') : null;
  if (back) {
    e.preventDefault();
    const to = (nqLastRef && document.body.contains(nqLastRef)) ? nqLastRef : document.getElementById('nq-chat');
    if (to) to.scrollIntoView({block: 'center', behavior: 'smooth'});
    return;
  }
  const a = e.target.closest ? e.target.closest('a.cite-ref') : null;
  if (!a) return;
  e.preventDefault();
  const id = (a.getAttribute('href') || '').replace(/^#/, '');
  const anchor = document.getElementById(id);
  if (!anchor) return;
  const card = anchor.closest('.cite-card') || anchor;
  const n = id.split('-').pop();
  const group = card.closest('.cite-group');
  document.querySelectorAll('#cite-panel .cite-group').forEach(function (g) {
    g.classList.toggle('active', g === group);
  });
  document.querySelectorAll('#cite-panel .focus').forEach(function (c) { c.classList.remove('focus'); });
  card.classList.add('focus');
  card.querySelectorAll('mark[data-n="' + n + '"]').forEach(function (m) { m.classList.add('focus'); });
  nqLastRef = a;
  card.scrollIntoView({block: 'start', behavior: 'smooth'});
}, true);
// gradio's own labels in Chinese, and chat messages read out as their text (not their HTML source)
const NQ_LABELS = {'More tabs': '更多标签页', 'Clear': '清空', 'chatbot conversation': '对话内容',
  'Copy message': '复制这条消息', 'Copy': '复制', 'Copied': '已复制', 'Copy conversation': '复制整个对话',
  'Like': '有帮助', 'Dislike': '没帮助', '赞': '有帮助', '踩': '没帮助', 'Share': '分享', 'Download': '下载', 'Fullscreen': '全屏',
  'Exit fullscreen mode': '退出全屏', 'Upload file': '上传文件', 'Remove': '移除', 'Retry': '重试',
  'Undo': '撤销', 'Edit': '编辑', 'Submit': '提交', 'Stop': '停止', 'Close': '关闭', 'Loading...': '加载中……',
  'Clear File': '移除文件', 'Drop File Here': '拖放文件到此处', 'Click to Upload': '点击上传', 'or': '或',
  'Error': '出错', 'Scroll down': '向下滚动', 'Sort column': '按此列排序', 'Select column': '选择此列'};
function nqSpeak(el, v) {
  const m = /^(user's message: |bot's message: |提问：|回答：)/.exec(v || '');
  if (!m) return false;
  const who = (m[1] === "user's message: " || m[1] === '提问：') ? '提问：' : '回答：';
  const said = who + (el.innerText || '').replace(/\s+/g, ' ').trim().slice(0, 500);
  if (v !== said) el.setAttribute('aria-label', said);
  return true;
}
function nqLabel(el, attr) {
  const v = el.getAttribute && el.getAttribute(attr);
  if (!v) return;
  if (attr === 'aria-label' && nqSpeak(el, v)) return;
  if (NQ_LABELS[v]) el.setAttribute(attr, NQ_LABELS[v]);
}
function nqLabels(root) {
  if (!root.querySelectorAll) return;
  root.querySelectorAll('[aria-label], [title], [placeholder]').forEach(function (el) {
    nqLabel(el, 'aria-label'); nqLabel(el, 'title'); nqLabel(el, 'placeholder');
  });
}
let nqPending = false;
new MutationObserver(function () {
  if (nqPending) return;
  nqPending = true;
  setTimeout(function () { nqPending = false; nqLabels(document.body); }, 300);
}).observe(document.documentElement, {subtree: true, childList: true, characterData: true, attributes: true,
                                       attributeFilter: ['aria-label', 'title', 'placeholder']});
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
const NQ_TYPES = __TYPES__;
function nqGuard(e, files) {
  const odd = Array.from(files || []).filter(function (f) {
    const name = f.name.toLowerCase();
    return !NQ_TYPES.some(function (t) { return name.endsWith(t); });
  });
  if (odd.length) {
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.target && e.target.type === 'file') e.target.value = '';
    const archive = /\.(zip|rar|7z|tar|gz)$/i.test(odd[0].name);
    nqToast('不支持文件《' + odd[0].name + '》的格式，未上传。' + (archive ? '压缩包请先解压，再上传其中的通报文件' :
            '请上传 __TYPE_NAMES__ 格式的通报') + '（评测文件为 .jsonl）。');
    return;
  }
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
    """The page head script with this deployment's upload limit and the file types ingest reads
    (retrieval.load.SUPPORTED_SUFFIXES, plus .jsonl/.json eval files)."""
    types = list(SUPPORTED_SUFFIXES) + [".jsonl", ".json"]
    return (HEAD.replace("__MAX_MB__", str(int(settings.max_upload_mb)))
            .replace("__TYPES__", json.dumps(types)).replace("__TYPE_NAMES__", "、".join(SUPPORTED_SUFFIXES)))


FONT = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "ui-sans-serif", "system-ui",
        "sans-serif"]


