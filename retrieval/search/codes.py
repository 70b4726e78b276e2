"""The issuer code of a notice's own document number (机关代字: 湖卫健 of 湖卫健发〔2023〕1号) and where a question
writes one (genre agencies.toml `issuer_code`): staff name an agency by it as by its place and agency type.

Example:
    >>> issuer_code("湖卫健发〔2023〕1号"), codes_in("湖卫健那个要点的文号？", frozenset({"湖卫健", "浙卫"}))
    ('湖卫健', frozenset({'湖卫健'}))
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre import load_genre
from genre.data_files import compile_re, read_toml

HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class CodeRules:
    """genre issuer_code: the document kind ending a number's prefix, the shortest code, generic starts, the words
    a code may follow in a question."""
    doc_number: re.Pattern[str]
    kind: re.Pattern[str]
    min_chars: int
    generic_start: re.Pattern[str]
    before: re.Pattern[str]
    written_rest: re.Pattern[str]   # what follows a code in a whole 文号 written loosely (发2021年2号)


@functools.cache
def _rules() -> CodeRules:
    """The genre rules, read once."""
    data = read_toml("agencies.toml")["issuer_code"]
    pattern = next(r.pattern for r in load_genre().metadata_values if r.name == "doc_number")
    return CodeRules(pattern, compile_re(data["kind"], "agencies.toml", "issuer_code.kind"), int(data["min_chars"]),
                     compile_re(data["generic_start"], "agencies.toml", "issuer_code.generic_start"),
                     compile_re(data["before"], "agencies.toml", "issuer_code.before"),
                     compile_re(data["written_rest"], "agencies.toml", "issuer_code.written_rest"))


def issuer_code(doc_number: str) -> str:
    """The issuer code of a document number: its prefix without the kind of document; "" when there is none or it
    names no one issuer (too short, or a bare level word first).

    >>> issuer_code("浙卫发〔2023〕10号"), issuer_code("华政发〔2021〕2号"), issuer_code("市委办发〔2023〕3号")
    ('浙卫', '华政', '')
    """
    rules = _rules()
    m = rules.doc_number.search(doc_number or "")
    if not m:
        return ""
    prefix = m.group("prefix")
    code = prefix[:rules.kind.search(prefix).start()] if rules.kind.search(prefix) else prefix
    if len(code) < rules.min_chars or rules.generic_start.search(code):
        return ""
    return code


def code_spans(question: str, known: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the KNOWN issuer codes QUESTION writes at a word boundary (at its start, after a non-Han character or
    after a genre `before` word), longest code first, not overlapping, in the order written.

    >>> code_spans("湖卫健和浙卫的要点", frozenset({"湖卫健", "浙卫"})), code_spans("中华政府", frozenset({"华政"}))
    ([(0, 3), (4, 6)], [])

    A code opening a whole 文号 written loosely counts wherever it stands (genre `written_rest`):

    >>> code_spans("文号华政发2021年2号那个通知", frozenset({"华政"}))
    [(2, 4)]
    """
    rules = _rules()
    taken: list[tuple[int, int]] = []
    for code in sorted(known, key=len, reverse=True):
        for m in re.finditer(re.escape(code), question):
            left = question[:m.start()]
            written = bool(rules.written_rest.match(question, m.end()))
            if left and HAN.match(left[-1]) and not rules.before.search(left) and not written:
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
    return sorted(taken)


def codes_in(question: str, known: frozenset[str]) -> frozenset[str]:
    """The KNOWN issuer codes QUESTION writes at a word boundary (code_spans).

    >>> sorted(codes_in("请问华政发的那份任务", frozenset({"华政"}))), codes_in("中华政府", frozenset({"华政"}))
    (['华政'], frozenset())
    """
    return frozenset(question[a:b] for a, b in code_spans(question, known))
