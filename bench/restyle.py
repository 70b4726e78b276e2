"""House styles other than the dev notices' own, for bench_formats: the same notice written the way other
agencies' files write it, so a check can see whether parsing and answering rest on the genre's conventions or
on the one style the dev notices happen to use. The same rewrite is applied to the questions' gold evidence and
answers, so they stay verbatim. Styles, each a convention seen in notices and work plans:

- parts: top-level markers (一、) as 第一部分 + a full-width space (long reports and work plans number parts so);
- cn-dot: top-level markers as the numeral + a half-width dot (一.总体情况), as web editors and Word's list
  export write them;
- punct-full: half-width , ; : ( ) ? ! as the full-width marks GB/T 15834 sets for Chinese text (the dev
  notices mostly come from pages that print them half-width);
- indented: every line opened by two full-width spaces, as text copied from a Word file keeps its first-line
  indents (headings included);
- spaced: a blank line after every line, as text saved from a web page separates its <p> paragraphs;
- enum-colon: inline items with a colon after the ordinal (一是：加强…), as some drafters write them;
- title-split: the title broken after its organ (中共某局党组 / 关于…的通报 on two lines), as GB/T 9704 lays out a
  long title and a Word file copied as text keeps it;
- count-order: a status count written figure first (已完成整改28个 → 28个已完成整改, 正在整改10项 → 10项正在整改), as
  many notices put it (其中28个已完成整改);
- numerals-cn: small counts in Chinese numerals (3个专项小组 → 三个专项小组, 5次 → 五次), as notices write counts
  under ten; gold evidence and answers alike (so the numbers figure leaves those items out: this checks finding and
  not refusing them);
- enum-paren: inline items numbered (1)(2) in place of 一是/二是 (（1）强化组织领导。（2）…), as many drafters number them;
- joined: the body lines of a part run together into one paragraph (headings stay on their own line), as notices
  typed without a break per sentence;
- numerals-cn-all: every count under a hundred in Chinese numerals (29个问题 → 二十九个问题), as older notices and
  spoken-style reports write them; gold alike;
- phrasing: the genre's stock phrases in other agencies' words (eval/data/phrasings.toml: 已完成整改 as 已整改到位,
  反馈问题 as 指出问题, N个问题 as N项问题, …), so answering is checked on wordings the dev notices do not use;
- enum-ordinal: inline items opened 第一，/第二， in place of 一是/二是 (第一，强化组织领导。), as many drafters write them;
- lines: every sentence on its own line (a line ends at 。；！？), as pages that set each sentence in its own <p> and
  text copied out of some editors give it;
- names: agency names in their other common form (eval/data/agency_forms.toml: 妇联 as 妇女联合会, 卫生健康委员会 as
  卫健委, …), both ways, so scoping is checked on the name forms the dev notices do not write.

Example:
    >>> restyle("一、总体情况\\n正文(略)。", "parts")
    '第一部分\\u3000总体情况\\n正文(略)。'
    >>> restyle("一、总体情况\\n正文(略)。", "punct-full")
    '一、总体情况\\n正文（略）。'
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Callable

from genre.count_keywords import cn_written   # N written in Chinese numerals, as notices write a count

ENUM = re.compile(r"(?<![\u4e00-\u9fff])([一二三四五六七八九十])是(?=[\u4e00-\u9fff“《])")   # 一是 after a clause end
TITLE = re.compile(r"(?m)^([\u4e00-\u9fff（）()]{4,30}?)(关于[^，。,\n]{6,80}(?:通报|通知|报告|要点|方案|情况))$")
TOP = re.compile(r"(?m)^([ \u3000]*)([一二三四五六七八九十]{1,3})、")
FULL_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"})
DECIMAL_COLON = re.compile(r"(?<=\d)：(?=\d)")   # a clock time (08:58) keeps its colon

PHRASINGS = Path(__file__).resolve().parent.parent / "eval" / "data" / "phrasings.toml"


def phrasing(table: Path = PHRASINGS) -> Callable[[str], str]:
    """One pass of a phrasings table (eval/data/phrasings.toml) over a text: longest phrase first, each place
    rewritten once.

    >>> phrasing()("已完成整改7个，长期整改3个")
    '已整改到位7个，持续整改3个'
    """
    rules = tomllib.loads(table.read_text(encoding="utf-8"))["rule"]
    table = {r["from"]: r["to"] for r in rules}
    pattern = re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))))
    return lambda text: pattern.sub(lambda m: table[m.group(0)], text)


STYLES: dict[str, Callable[[str], str]] = {
    "parts": lambda t: TOP.sub(lambda m: f"{m.group(1)}第{m.group(2)}部分\u3000", t),
    "cn-dot": lambda t: TOP.sub(lambda m: f"{m.group(1)}{m.group(2)}.", t),
    "punct-full": lambda t: DECIMAL_COLON.sub(":", t.translate(FULL_PUNCT)),
    "indented": lambda t: "\n".join("\u3000\u3000" + ln if ln.strip() else ln for ln in t.split("\n")),
    "spaced": lambda t: "\n\n".join(t.split("\n")),
    "enum-colon": lambda t: ENUM.sub(r"\1是：", t),
    "title-split": lambda t: TITLE.sub(r"\1\n\2", t, count=1),
    "phrasing": phrasing(),
}

# Status phrases a count follows (longest first), from general knowledge of the genre, not from genre/data: the
# count-order style moves the figure in front of them.
STATUS_BEFORE_COUNT = ("阶段性完成整改", "基本完成整改", "已完成整改", "完成整改", "已整改到位", "已整改", "正在整改",
                       "未完成整改", "未整改", "基本完成", "长期整改", "持续整改", "已办结", "已销号", "已完成")
COUNT_AFTER_STATUS = re.compile("(" + "|".join(sorted(STATUS_BEFORE_COUNT, key=len, reverse=True)) +
                                r")(\d+)([个项条件])(?![\d\u4e00-\u9fff]{0,1}[元%])")
STYLES["count-order"] = lambda t: COUNT_AFTER_STATUS.sub(r"\2\3\1", t)
CN_DIGITS = dict(zip("123456789", "一二三四五六七八九"))
CN_VALUE = {"十": "10", **{cn: d for d, cn in CN_DIGITS.items()}}
STYLES["enum-paren"] = lambda t: ENUM.sub(lambda m: f"（{CN_VALUE[m.group(1)]}）", t)
# a line that opens a heading or a field keeps its own line in "joined": outline markers of every level, labels
HEADING_START = re.compile(r"^[ \u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]"
                           r"|第[一二三四五六七八九十]+部分|[^，。,；;：:]{1,12}[：:]|[^，。]{0,40}$)")


def _joined(text: str) -> str:
    """Body lines appended to the line before them unless either is a heading, a label or a short line."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and line.strip() and out[-1].strip() and not HEADING_START.match(line) and not HEADING_START.match(out[-1]):
            out[-1] += line.strip()
        else:
            out.append(line)
    return "\n".join(out)


STYLES["joined"] = _joined
SMALL_COUNT = re.compile(r"(?<![\d.．])([1-9]|10)(?=[个项条次名人家批件场张轮类])")   # a count under ten and its measure word
COUNT_UNDER_100 = re.compile(r"(?<![\d.．])([1-9]\d?)(?![\d.．])(?=[个项条次名人家批件场张轮类])")
STYLES["numerals-cn"] = lambda t: SMALL_COUNT.sub(lambda m: cn_written(int(m.group(1))), t)
STYLES["numerals-cn-all"] = lambda t: COUNT_UNDER_100.sub(lambda m: cn_written(int(m.group(1))), t)
STYLES["enum-ordinal"] = lambda t: ENUM.sub(lambda m: f"第{m.group(1)}，", t)
SENTENCE_END = re.compile(r"(?<=[。；;！!？?])(?=[^\n”’）)])")   # a break after a sentence's end mark, not before its closing quote


def _lines(text: str) -> str:
    """Every body sentence on its own line; heading lines (HEADING_START) and their text stay whole."""
    return "\n".join(line if HEADING_START.match(line) and not line.endswith("。") else SENTENCE_END.sub("\n", line)
                     for line in text.split("\n"))


STYLES["lines"] = _lines
AGENCY_FORMS = Path(__file__).resolve().parent.parent / "eval" / "data" / "agency_forms.toml"


def agency_forms(table: Path = AGENCY_FORMS) -> Callable[[str], str]:
    """Agency names swapped for their other form, both ways, in one pass (longest first).

    >>> agency_forms()("市妇联召开会议")
    '市妇女联合会召开会议'
    """
    pairs = tomllib.loads(table.read_text(encoding="utf-8"))["pair"]
    swap = {**{p["short"]: p["full"] for p in pairs}, **{p["full"]: p["short"] for p in pairs},
            **{k: k for p in pairs for k in p.get("keep", [])}}
    pattern = re.compile("|".join(map(re.escape, sorted(swap, key=len, reverse=True))))
    return lambda text: pattern.sub(lambda m: swap[m.group(0)], text)


STYLES["names"] = agency_forms()
WORDING_STYLES = frozenset({"phrasing", "count-order", "numerals-cn", "numerals-cn-all", "enum-paren", "joined",
                            "enum-ordinal", "lines", "names"})   # styles that change words or lines: headings read otherwise


def restyle(text: str, style: str) -> str:
    """TEXT written in STYLE."""
    return STYLES[style](text)


def restyle_item(item: dict, style: str) -> dict:
    """A Q&A item whose evidence and gold answer follow the restyled notice."""
    return {**item, "evidence": [restyle(e, style) for e in item.get("evidence", [])],
            "answer": restyle(item.get("answer", ""), style)}
