"""Places (province, city, county) named in a notice or a question, with their parent chain.

Reads genre/data/divisions.tsv (the national list, built from jionlp's table by
genre/tools/build_divisions.py) and the reading rules of genre/data/places.toml. Nothing is
downloaded; the table is loaded once (~20 ms) on first use.

Matching is leftmost-longest over full names (海珠区, 宁夏回族自治区) and short forms (海珠, 宁夏,
大理州). A name that is also an ordinary word (平安, 城区, two-character 和县) is taken only with
context: right after one of its parents (广州海珠, 荆州石首) or right before an organ word
(南县委员会, 来宾审计局), and then only if that settles which division it is (a city over counties of the same
name: 西安司法局 is 西安市's). A two-character
short form (开原, 和政, 河南) or full name (单县, 沛县, 和县) must also start a word (公开原则, 审批和政务, 汾河南道 name no place):
text start, a non-Chinese character or a function word (我们, 关于 …) before it, unless it has
the context above. A name right before 路/道/街/公园… is a street or a park (常德道). A name shared by several divisions is resolved by a parent named
elsewhere in the text (by another name: 阜新 names no parent of its own 阜新县), else by the higher level (吉林 -> 吉林省); if still several remain, each
candidate is returned with `ambiguous=True` (same span).

Example:
    >>> [(p.full_name, p.parents) for p in find_places("我们海珠区水务局的整改")]
    [('海珠区', ('广州市', '广东省'))]
    >>> [p.name for p in place_chain("440105")]
    ['海珠区', '广州市', '广东省']
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import (
    DATA_DIR,
    GenreDataError,
    compile_re,
    get,
    read_toml,
    section,
)

LEVELS = ("province", "city", "county")
_TSV = "divisions.tsv"


@dataclass(frozen=True)
class Division:
    code: str
    level: str          # province | city | county
    name: str           # full name: 广州市
    shorts: tuple[str, ...]
    parent: str         # parent code, "" for a province


@dataclass(frozen=True)
class Place:
    """One place named in the text: `name` as written, the division it names, its parents nearest first."""
    name: str
    full_name: str
    level: str
    code: str
    parents: tuple[str, ...]
    start: int = -1
    end: int = -1
    ambiguous: bool = False


@dataclass(frozen=True)
class _Table:
    by_code: dict[str, Division]
    names: dict[str, tuple[tuple[str, bool], ...]]   # name -> ((code, is_full_name), ...)
    lengths: dict[str, tuple[int, ...]]               # first character -> name lengths, longest first
    context_only: frozenset[str]
    shared: frozenset[str]   # short forms several divisions share (华容: 华容县 and 华容区), no ordinary word
    organ_after: re.Pattern[str]
    left_words: re.Pattern[str]
    not_before: re.Pattern[str]


@functools.cache
def _table() -> _Table:
    try:
        lines = (DATA_DIR / _TSV).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise GenreDataError(_TSV, "(file)", "missing: run genre/tools/build_divisions.py") from None
    context_only = set(get(section("places.toml", "short_forms"), "context_only", list, "places.toml", "short_forms"))
    context_only |= set(get(section("places.toml", "full_names"), "context_only", list, "places.toml", "full_names"))
    never = set(get(section("places.toml", "never"), "names", list, "places.toml", "never"))
    ctx = section("places.toml", "context")
    organ = get(ctx, "organ_after", str, "places.toml", "context")
    left = get(ctx, "left_words", list, "places.toml", "context")
    not_before = compile_re(get(ctx, "not_before", str, "places.toml", "context"), "places.toml", "context.not_before")
    opening = get(ctx, "opening_words", list, "places.toml", "context")   # 那广州…: a follow-up's opening word
    left_re = compile_re("(?:" + "|".join(map(re.escape, left)) + "|(?:^|[，,。？?；;！!\\s])(?:"
                         + "|".join(map(re.escape, opening)) + "))$", "places.toml", "context.left_words")
    agency_forms = [f for t in read_toml("agencies.toml").get("agency_type", []) for f in t.get("forms", [])]
    organ_re = compile_re("(?:" + organ + ("|" + "|".join(map(re.escape, agency_forms)) if agency_forms else "") + ")(?!门)",
                          "places.toml", "context.organ_after")
    by_code: dict[str, Division] = {}
    names: dict[str, list[tuple[str, bool]]] = {}
    for n, line in enumerate(lines, 1):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 5 or cols[1] not in LEVELS:
            raise GenreDataError(_TSV, f"line {n}", "expected code, level, full_name, short_names, parent_code")
        code, level, full, shorts, parent = cols
        marked = [s for s in shorts.split("|") if s]
        div = Division(code, level, full, tuple(s.lstrip("*") for s in marked), parent)
        by_code[code] = div
        for s in marked:
            if s.startswith("*"):
                context_only.add(s[1:])
        for name, is_full in [(full, True)] + [(s, False) for s in div.shorts]:
            if name not in never and len(name) >= 2:
                names.setdefault(name, []).append((code, is_full))
    listed = frozenset(context_only)   # ordinary words (长安, 鼓楼, 平安): context only, whatever the reader knows
    shared_forms = set()
    for name in names:
        shared = {c for c, full in names[name] if not full}
        if len(shared) > 1 and not any(full for _, full in names[name]) and not _holds_the_rest(by_code, shared):
            context_only.add(name)  # a short form shared by several divisions (华容), not a city and its county
            if name not in listed:
                shared_forms.add(name)
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[0], set()).add(len(name))
    return _Table(by_code, {k: tuple(v) for k, v in names.items()},
                  {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
                  frozenset(context_only), frozenset(shared_forms), organ_re, left_re, not_before)


def _holds_the_rest(by_code: dict[str, Division], codes: set[str]) -> bool:
    """Whether one of CODES is an ancestor of all the others: a short form shared by a city and its own county
    (阜新: 阜新市 and 阜新蒙古族自治县; 长沙: 长沙市 and 长沙县) names the city, as the higher level, not an ordinary word."""
    def up(code: str) -> set[str]:
        out, div = set(), by_code[code]
        while div.parent and div.parent in by_code and div.parent not in out:
            out.add(div.parent)
            div = by_code[div.parent]
        return out
    return any(all(top in up(c) for c in codes - {top}) for top in codes)


def _ancestors(t: _Table, code: str) -> list[str]:
    out, div = [], t.by_code[code]
    while div.parent and div.parent != div.code and len(out) < 3:
        out.append(div.parent)
        div = t.by_code[div.parent]
    return out


def _place(t: _Table, code: str, name: str, start: int = -1, end: int = -1, ambiguous: bool = False) -> Place:
    div = t.by_code[code]
    return Place(name, div.name, div.level, code, tuple(t.by_code[c].name for c in _ancestors(t, code)),
                 start, end, ambiguous)


def _scan(t: _Table, text: str) -> list[tuple[int, int, str]]:
    """Leftmost-longest name matches (start, end, name), not overlapping."""
    out, i, n = [], 0, len(text)
    while i < n:
        for length in t.lengths.get(text[i], ()):
            if i + length <= n and text[i:i + length] in t.names:   # a slice past the end is shorter
                out.append((i, i + length, text[i:i + length]))
                i += length
                break
        else:
            i += 1
    return out


def _left_boundary(t: _Table, text: str, start: int) -> bool:
    """A two-character short form starts a word: text start, non-Chinese, or a function word before."""
    if start == 0 or not ("\u4e00" <= text[start - 1] <= "\u9fff"):
        return True
    return bool(t.left_words.search(text, max(0, start - 4), start))


def _one_top(t: _Table, codes: list[str]) -> bool:
    """Whether one of CODES is of a higher level than all the others (西安: 西安市 over two counties named 西安区)."""
    ranks = sorted(LEVELS.index(t.by_code[c].level) for c in codes)
    return len(ranks) > 1 and ranks[0] < ranks[1]


def find_places(text: str, known: frozenset[str] = frozenset()) -> list[Place]:
    """Every place named in TEXT, in order of appearance (see the module doc for the rules). KNOWN: codes of the
    places the reader's notices are about; a short form several divisions share (华容: 华容县 of 湖南 and 华容区 of
    湖北) starting a word names the known one of them without other context (华容那份通知: 华容县's notice).

    >>> [p.full_name for p in find_places("湖北司法厅和宁波审计的通报")]
    ['湖北省', '宁波市']
    >>> [p.full_name for p in find_places("华容那份通知", known=frozenset({"430623"}))], find_places("华容那份通知")
    (['华容县'], [])
    """
    t = _table()
    raw = _scan(t, text)
    codes_of = {name: {c for c, _ in t.names[name]} for _, _, name in raw}
    found: list[Place] = []
    prev_end, prev_codes = -1, set()
    for start, end, name in raw:
        cands = t.names[name]
        if any(full for _, full in cands):
            cands = tuple(c for c in cands if c[1])
        codes = [c for c, _ in cands]
        after_parent = start == prev_end and [c for c in codes if prev_codes & set(_ancestors(t, c))]
        mentioned = {c for other, cs in codes_of.items() if other != name for c in cs}   # 阜新 names no parent of 阜新县
        # a parent named elsewhere picks the child; but the city a short form also names (铁岭 of 铁岭市 and
        # 铁岭县) is no parent here: "铁岭市…铁岭" repeats the city
        with_parent = [c for c in codes if (mentioned - set(codes)) & set(_ancestors(t, c))]
        organ = bool(t.organ_after.match(text, end))
        if t.not_before.match(text, end) and not organ:
            ok = False  # 常德道, 嘉兴路, 柳林公园: a street or a park
        elif name in t.shared and set(codes) & known and _left_boundary(t, text, start):   # known: that one
            ok, codes = True, [c for c in codes if c in known]
        elif name in t.context_only:   # before an organ word, a name a city and a county share is the city's
            ok = after_parent or (organ and (len(codes) == 1 or bool(with_parent) or _one_top(t, codes)))
        elif len(name) == 2:   # 开原, 和政, and two-character full names (单县, 沛县: 党委和县委 holds 和县) start a word
            ok = after_parent or organ or _left_boundary(t, text, start)
        else:
            ok = True
        if not ok:
            prev_end, prev_codes = end, set()
            continue
        if after_parent:
            codes = after_parent
        elif len(codes) > 1:
            codes = with_parent or codes
        if len(codes) > 1:
            top = min(LEVELS.index(t.by_code[c].level) for c in codes)
            codes = [c for c in codes if LEVELS.index(t.by_code[c].level) == top]
        found.extend(_place(t, c, name, start, end, len(codes) > 1) for c in codes)
        prev_end, prev_codes = end, set(codes)
    return found


def place_chain(place: Place | str) -> list[Place]:
    """The place (a Place or an administrative code) followed by its parents, nearest first.

    >>> [p.level for p in place_chain("440105")]
    ['county', 'city', 'province']
    """
    t = _table()
    code = place.code if isinstance(place, Place) else place
    if code not in t.by_code:
        raise KeyError(f"no division with code {code!r} in genre/data/{_TSV}")
    return [_place(t, c, t.by_code[c].name) for c in [code] + _ancestors(t, code)]


def division_names(code: str) -> tuple[str, ...]:
    """Full name and short forms of the division CODE: ('广州市', '广州')."""
    div = _table().by_code[code]
    return (div.name,) + div.shorts


def division_codes() -> tuple[str, ...]:
    """Codes of every division of the national table, in table order."""
    return tuple(_table().by_code)
