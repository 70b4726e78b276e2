"""How staff point at a part of a notice by position (genre/data/structure_questions.toml).

Example:
    >>> s = load_structure_questions()
    >>> s.part.search("这份通报第三部分是什么内容？").group(1)
    '三'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "structure_questions.toml"


@dataclass(frozen=True)
class StructureQuestions:
    part: re.Pattern[str]            # 第三部分 / 第二大类: group 1 the number (top level)
    paren: re.Pattern[str]           # （十二）: group 1 the number (second level)
    item: re.Pattern[str]            # 第12项整改: group 1 the number
    quoted: re.Pattern[str]          # “工作任务”: group 1 the heading words
    which_items: re.Pattern[str]     # 哪几条 / 第几项
    last: re.Pattern[str]            # 最后一部分
    outline: re.Pattern[str]         # 分成哪几部分 / 结构
    first_n: re.Pattern[str]         # 前三条: group 1 the count
    all_items: re.Pattern[str]       # 哪几条
    about_part: re.Pattern[str]      # 讲X的部分: group 1 X
    before_ask: re.Pattern[str]      # group 1: the words before 前N/哪几
    parent_name: re.Pattern[str]     # group 1: the parent named before 的第
    outline_parent: re.Pattern[str]  # group 1: the part whose division is asked
    enumerated: re.Pattern[str]      # “一是”“二是”分别是什么: the items of a run asked
    counted_parts: re.Pattern[str]   # 问题有几个方面: a count of the groups of findings
    parts_stated: re.Pattern[str]    # 4个方面: a notice's own count of them
    position: re.Pattern[str]        # 第一部分 / 头一条 / 最后一点: groups 1|4 the number, 2 first, 3 last
    part_units: re.Pattern[str]      # 部分|块|方面|类: a position of the outline's parts
    group_units: re.Pattern[str]     # 方面|类: groups of problems, under a notice's only top part first
    unit_tail: re.Pattern[str]       # after the unit ending a heading: its bracketed count (…方面(11个问题))
    last_item: re.Pattern[str]       # 最后一条: the last requirement of a 通知 without numbered items
    position_joined: re.Pattern[str]  # 和/与/、 between two positions: side by side
    position_asked: re.Pattern[str]  # ？/什么 between two positions: each asked on its own
    relative: re.Pattern[str]        # 总体要求之后的下一部分: groups 1|2 next after, 3|4 the one before
    marker_quoted: re.Pattern[str]   # “一、”的标题: group 1 the marker quoted
    listed_positions: re.Pattern[str]  # 一、二、三、四条各讲什么: several top parts by their numbers
    counted_items: re.Pattern[str]   # 分几条 / 有几点: how many items a part has
    whole_notice: re.Pattern[str]    # "…通知里提了" (before_ask's words): the whole notice is meant
    named_before: re.Pattern[str] = re.compile(r"(?!)")   # group 1: a heading's words before 是第几 (unquoted)
    outline_whole: re.Pattern[str] = re.compile(r"(?!)")   # 通报 / 整改工作: the thing divided is the whole notice
    outline_listed: re.Pattern[str] = re.compile(r"(?!)")   # A、B、C: a sentence lists a thing's members
    whole_notice_which: re.Pattern[str] = re.compile(r"(?!)")   # 提了哪些要求: a 通知's requirements asked
    named_end: re.Pattern[str] = re.compile(r"$")   # 那部分有几点？: the words closing a part named before a position
    item_problem: re.Pattern[str] = re.compile(r"(?!)")   # 第八个问题: a numbered problem asked by its place
    about_item: re.Pattern[str] = re.compile(r"(?!)")   # 讲监督检查的(最后一点): group 1 what the item is about
    heading_end: re.Pattern[str] = re.compile(r"$")   # 实施全民健康促进行动。: a heading's closing mark
    named_whole_min: int = 4   # 主要任务第一项: the fewest characters of a whole heading named before a position
    group_after: re.Pattern[str] = re.compile(r"(?!)")   # 第一部分问题: a part followed by 问题 is a group of problems
    findings_heading: re.Pattern[str] = re.compile(r"(?!)")   # 巡察反馈问题整改情况: the top part holding the groups
    restart: re.Pattern[str] = re.compile(r"(?!)")   # ，before 第二部分: an asking clause opening a new walk
    walked_into: re.Pattern[str] = re.compile(r"(?!)")   # 下面: the asker walks into a part to count what it lists
    beyond_gap: re.Pattern[str] = re.compile(r"")   # 第一部分下面第五点: the words between a part and a point past its last
    kind_after: re.Pattern[str] = re.compile(r"(?!)")   # 第一项任务: the kind a position counts, a heading's end
    points_written: re.Pattern[str] = re.compile(r"(?!)")   # (一) / 1. / 一是 opening a line: points in a part's text
    rest_after: re.Pattern[str] = re.compile(r"(?!)")   # 第一条…后面几条: the items after a position asked
    rest_except: re.Pattern[str] = re.compile(r"(?!)")   # 除了(第一条): every item of its level but it asked
    enumerated_counted: re.Pattern[str] = re.compile(r"(?!)")   # 分了几个“是”: the run's count asked
    first_n_top: re.Pattern[str] = re.compile(r"(?!)")   # 前三部分: the first N counted in top-level parts
    whole_notice_object: re.Pattern[str] = re.compile(r"(?!)")   # 对措施和(要点): the kind word is what is required of
    named_walked: re.Pattern[str] = re.compile(r"(?!)")   # 思想认识有差距这一类下面: group 1 a part named by its heading
    joined_aside: re.Pattern[str] = re.compile(r"(?!)")   # （党组和班子的认识态度）: a heading retold between two positions
    marker_divided: re.Pattern[str] = re.compile(r"(?!)")   # “一、”下面分成哪几个: the quoted part's items asked
    counted_groups: re.Pattern[str] = re.compile(r"(?!)")   # 问题分了几大类: the groups of problems counted
    outline_classes: re.Pattern[str] = re.compile(r"(?!)")   # 分了几大类: the groups under a findings notice's only part
    cut_said: str = ""   # the count of a part the page's text stops in: of what the page shows ({marker})


def _pattern(key: str, num: str) -> re.Pattern[str]:
    text = get(section(FILE, key), "pattern", str, FILE, key)
    return compile_re(text.replace("{num}", num), FILE, f"{key}.pattern")


def _field(sec: str, key: str) -> re.Pattern[str]:
    """The pattern KEY of section SEC, e.g. _field("position", "restart") reads [position] restart."""
    return compile_re(get(section(FILE, sec), key, str, FILE, sec), FILE, f"{sec}.{key}")


@functools.cache
def load_structure_questions() -> StructureQuestions:
    """Read structure_questions.toml once; raises GenreDataError naming the key."""
    num = get(section(FILE, "numerals"), "pattern", str, FILE, "numerals")
    keys = ("part", "paren", "item", "quoted", "which_items", "last", "outline", "first_n", "all_items",
            "about_part", "before_ask", "parent_name", "outline_parent", "enumerated", "position",
            "position_joined", "position_asked", "relative", "marker_quoted", "listed_positions", "counted_items")
    stated, units, groups = (_field("counted_parts", "stated"), _field("position", "part_units"),
                             _field("position", "group_units"))
    last_item = _field("last", "item")
    return StructureQuestions(**{key: _pattern(key, num) for key in keys}, counted_parts=_pattern("counted_parts", num),
                              parts_stated=stated, part_units=units, group_units=groups, last_item=last_item,
                              unit_tail=_field("position", "unit_tail"),
                              whole_notice=_pattern("whole_notice", num),
                              item_problem=compile_re(get(section(FILE, "item"), "problem", str, FILE, "item")
                                                      .replace("{num}", num), FILE, "item.problem"),
                              named_before=_field("which_items", "named_before"),
                              outline_whole=_field("outline", "whole"),
                              outline_listed=_field("outline", "listed"),
                              named_end=_field("position", "named_end"),
                              about_item=_field("position", "about_item"),
                              heading_end=_field("position", "heading_end"),
                              named_whole_min=get(section(FILE, "position"), "named_whole_min", int, FILE, "position"),
                              group_after=_field("position", "group_after"),
                              findings_heading=_field("position", "findings_heading"),
                              restart=_field("position", "restart"),
                              beyond_gap=_field("position", "beyond_gap"),
                              kind_after=_field("position", "kind_after"),
                              points_written=_field("counted_items", "points_written"),
                              walked_into=_field("counted_items", "walked_into"),
                              named_walked=_field("counted_items", "named"),
                              joined_aside=_field("position_joined", "aside"),
                              marker_divided=_field("marker_quoted", "divided"),
                              counted_groups=_field("outline", "counted_groups"),
                              outline_classes=_field("outline", "classes"),
                              cut_said=get(section(FILE, "counted_items"), "cut_said", str, FILE, "counted_items"),
                              rest_after=_field("position", "rest_after"),
                              rest_except=_field("position", "rest_except"),
                              whole_notice_which=_field("whole_notice", "which"),
                              enumerated_counted=_field("enumerated", "counted"),
                              first_n_top=_field("first_n", "top"),
                              whole_notice_object=_field("whole_notice", "object"))


def restarted_asks(question: str) -> tuple[str, ...]:
    """The asks of one line that each walk the outline from the top: split before a position of the first position's
    unit opening an asking clause after a position of another unit; () when the line walks once (genre
    structure_questions.toml [position] restart).

    >>> restarted_asks("朔州科技局通报第一部分叫什么，最后一点是什么，第二部分叫什么")
    ('朔州科技局通报第一部分叫什么，最后一点是什么，', '第二部分叫什么')
    >>> restarted_asks("第一部分讲什么？第二部分呢"), restarted_asks("第一部分下面第三点是什么")
    ((), ())
    """
    asked = load_structure_questions()
    refs = list(asked.position.finditer(question))
    if not refs or not asked.part_units.search(refs[0].group(0)):
        return ()
    unit, cuts, other = refs[0].group(0)[-1], [0], False
    for ref in refs[1:]:
        if ref.group(0)[-1] != unit:
            other = True
        elif other and asked.restart.search(question, cuts[-1], ref.start()):
            cuts.append(ref.start())
            other = False
    return tuple(question[a:b] for a, b in zip(cuts, cuts[1:] + [len(question)])) if len(cuts) > 1 else ()
