"""How staff ask for what a notice page's metadata block says (genre/data/metadata.toml [asked], [[asked_field]]).

Example:
    >>> asked_labels("公开范围和公开方式分别是什么？", ["公开范围", "公开方式", "索引号"])
    ['公开范围', '公开方式']
    >>> [f.answered_by for f in asked_fields("信息来源写的是哪个单位？")]
    [('source', 'issuer')]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, entries, get, section

FILE = "metadata.toml"
CLAUSE = re.compile(r"[^，,。；;？?！!]+")


@dataclass(frozen=True)
class AskedField:
    field: str
    pattern: re.Pattern[str]
    answered_by: tuple[str, ...]   # the fields whose lines answer it, in order


@dataclass(frozen=True)
class MetaAsking:
    asks: re.Pattern[str]          # a clause asking (什么, 哪, 多少, 几, 谁)
    min_label: int                 # shorter labels are asked only by their field's staff words
    fields: tuple[AskedField, ...]


@functools.cache
def load_meta_asking() -> MetaAsking:
    """Read metadata.toml's [asked] and [[asked_field]] once; raises GenreDataError naming the key."""
    table = section(FILE, "asked")
    fields = tuple(AskedField(get(e, "field", str, FILE, w), compile_re(get(e, "pattern", str, FILE, w), FILE, f"{w}.pattern"),
                              tuple(get(e, "answered_by", list, FILE, w))) for w, e in entries(FILE, "asked_field"))
    return MetaAsking(compile_re(get(table, "asks", str, FILE, "asked"), FILE, "asked.asks"),
                      get(table, "min_label", int, FILE, "asked"), fields)


def asked_labels(question: str, labels: list[str]) -> list[str]:
    """The LABELS (as a page writes them) the question asks for by their own name, in a clause that asks."""
    m = load_meta_asking()
    clauses = [re.sub(r"\s+", "", c) for c in CLAUSE.findall(question) if m.asks.search(c)]
    out = []
    for label in labels:
        bare = re.sub(r"\s+", "", label)
        if len(bare) >= m.min_label and any(bare in c for c in clauses) and label not in out:
            out.append(label)
    return out


@functools.cache
def doc_number_asked() -> re.Pattern[str]:
    """How staff ask for a document number (文号, 发文字号, 编的是几号文; genre metadata.toml [doc_number_asked]).

    A 文号 written after its label names the notice (`named_after`), no ask:

    >>> [bool(doc_number_asked().search(q)) for q in ("整改方案编的是几号文？", "这份通知的文号是多少？", "哪天反馈的？几号？")]
    [True, True, False]
    >>> bool(doc_number_asked().search("文号“华政发2021年2号”那个通知，第三条是什么"))
    False

    The bare 编号 is asked only of a document (`bare_owner`) or of nothing named; a named thing owns its own:

    >>> [bool(doc_number_asked().search(q)) for q in ("这份通报的编号是多少？", "落款哪天？编号呢？", "健康行动编号是哪串数字？")]
    [True, True, False]
    """
    table = section(FILE, "doc_number_asked")
    pattern = get(table, "pattern", str, FILE, "doc_number_asked")
    named = get(table, "named_after", str, FILE, "doc_number_asked")
    bare = get(table, "bare", str, FILE, "doc_number_asked")
    owners = get(table, "bare_owner", list, FILE, "doc_number_asked")
    after = "|".join([r"(?<![\u4e00-\u9fff])"] + [f"(?<={re.escape(w + d)})" for w in owners for d in ("", "的")])
    return compile_re(f"(?:{pattern}|(?:{after})(?:{bare}))(?!{named})", FILE, "doc_number_asked.pattern")


def asked_fields(question: str) -> list[AskedField]:
    """The metadata fields the question asks for in staff words (来源, 哪个单位发的, 发布机构)."""
    return [f for f in load_meta_asking().fields if f.pattern.search(question)]


@functools.cache
def own_number_named() -> re.Pattern[str]:
    """The words before a 文号 ask that name the notice itself, no document of its body (genre metadata.toml
    [doc_number_asked] own).

    >>> [bool(own_number_named().search(w)) for w in ("文件", "这份通报", "", "整改方案", "《学习安排》")]
    [True, True, True, False, False]
    """
    own = get(section(FILE, "doc_number_asked"), "own", str, FILE, "doc_number_asked")
    return compile_re(own, FILE, "doc_number_asked.own")


@functools.cache
def kind_alone_named() -> re.Pattern[str]:
    """The words before a 文号 ask that name a body document by its kind alone (genre metadata.toml [doc_number_asked]
    kind_alone): group "kind".

    >>> [bool(kind_alone_named().search(w)) for w in ("方案", "那个方案", "整改方案", "通报")]
    [True, True, False, False]
    """
    kind = get(section(FILE, "doc_number_asked"), "kind_alone", str, FILE, "doc_number_asked")
    return compile_re(kind, FILE, "doc_number_asked.kind_alone")
