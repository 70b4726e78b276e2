"""A measure another agency reported, reworded as an action to take in a draft.

A notice reports what was done (研究制定了…，现已…，累计开展〔X〕次); a draft says what to do. So:
- `clauses` cuts a measure only at clause ends (，；。), never mid-clause; `core_span` keeps a measure's opening
  sentence(s) within a length, a short title sentence with its action's first clauses;
- `as_action` drops the past-tense markers (了, 已, 现已, 已经) and the clauses that report results
  (figures reached, things completed, dated reports);
- `mask` turns what belongs to the other agency into marked placeholders: its self-references (genre
  `self_reference`: 我厅/我县/本单位 …), agency and place names, 《document titles》, named local
  platforms and systems, document numbers, dates and figures (〔单位〕, 〔文件名称〕, 〔系统名称〕, 〔文号〕, 〔时间〕, 〔X〕项).

Example:
    >>> as_action("研究制定了《某市城管局学习制度》，现已组织学习12次。", [])
    '研究制定〔文件名称〕'
"""
from __future__ import annotations

import re

from genre import load_genre
from genre.draft_lines import basis_only
from genre.places import find_places

CLAUSE_END = "，,；;。！？!?"
# past tense and reported state: 制定了 -> 制定; 已/现已/已经/目前已 before a verb
PAST = re.compile(r"(?:目前|现|均|都|也)?已经?(?=[\u4e00-\u9fff])(?!经济|知|有|是|达)|(?<![为除罢])了(?![解结然如])")
# a clause that reports a result rather than an action: figures reached, completion, dated reports
RESULT = re.compile(r"累计|共计|完成率|整改到位|取得|实现了|已完成|已建成|已整改|覆盖率|同比|成效明显|^〔时间〕"
                    r"|(?:已|了).*〔X〕|〔X〕.*(?:已|了)")
TITLE = re.compile(r"《[^《》\n]{1,60}》")
# a named local platform or system: “智慧城管”平台, “12345”热线 (an unquoted 城管系统 is the sector, kept)
SYSTEM = re.compile(r"“[^“”\n]{1,20}”(?=平台|系统|热线|APP|App|小程序|公众号|网站)")
_DATE = re.compile(r"\d{4}\s*[-—–至]\s*\d{4}\s*年?|\d{4}年度?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|初|末|上半年|下半年|以来|前)?"
                   r"|\d{1,2}月(?:\d{1,2}日)?(?:底|初|中旬|上旬|下旬|份|以来)?")
_AMOUNT = re.compile(r"\d+(?:\.\d+)?((?:余|多)?(?:万|亿)?(?:余|多)?(?:人次|名|人|个|项|条|件|处|家|座|台|套|批|期|次|起|户|株|支|所|场|"
                     r"辆|吨|篇|份|类|组|公里|平方米|元|%|％)?)")
_NOT_NAME = "各全该本每两城社园辖市由等"  # "由各区城管部门" names no district
AGENCY_TAIL = (r"[\u4e00-\u9fff]{0,8}?(?:委员会|人民政府|政府|党委|党组|区委|县委|市委|中心|局|委|厅|办|院)"
               r"(?=[\u4e00-\u9fff《“（(，,、。；]|$)")


def clauses(text: str) -> list[str]:
    """'甲，乙；丙。' -> ['甲，', '乙；', '丙。'] (a tail without an end mark is its own clause)."""
    return [m.group(0) for m in re.finditer(rf"[^{CLAUSE_END}]+[{CLAUSE_END}]*", text)]


def cut_at_clause(text: str, limit: int) -> str:
    """The leading clauses of `text` within `limit` characters (at least the first clause, whole)."""
    out = ""
    for c in clauses(text):
        if out and len(out) + len(c) > limit:
            break
        out += c
    return out


def mask(text: str, names: list[str]) -> str:
    """Placeholders for what belongs to the other agency (see the module docstring)."""
    g = load_genre()
    text = TITLE.sub("〔文件名称〕", text)
    number = next(r.pattern for r in g.metadata_values if r.name == "doc_number").pattern   # 芦宣发〔2024〕4号
    text = re.sub(rf"(〔文件名称〕)\s*[(（]\s*{number}\s*[)）]", r"\1", text)   # the title's own 文号 goes with it
    text = re.sub(number, "〔文号〕", text)   # one left alone is the other agency's, masked whole (not 〔〔X〕〕〔X〕号)
    text = SYSTEM.sub("〔系统名称〕", text)
    for name in names:
        text = re.sub(r"[市区县]?" + re.escape(name) + f"(?:{AGENCY_TAIL})?", "〔单位〕", text)
    for place in sorted(find_places(text), key=lambda p: -p.start):
        if place.start >= 0 and not place.ambiguous:
            tail = re.match(AGENCY_TAIL, text[place.end:])
            text = text[:place.start] + "〔单位〕" + text[place.end + (tail.end() if tail else 0):]
    text = g.self_reference.sub("〔单位〕", text)
    text = re.sub(r"(?<![市区县省党全本各])[委局厅](?=党组|机关|领导|主要领导|系统)", "〔单位〕", text)
    text = _DATE.sub("〔时间〕", text)
    text = _AMOUNT.sub(lambda m: "〔X〕" + (m.group(1) or ""), text)
    text = re.sub(r"(〔文件名称〕[、和及]?)+", "〔文件名称〕", text)
    return re.sub(r"(〔单位〕)+", "〔单位〕", text)


def as_action(text: str, names: list[str]) -> str:
    """The measure masked, without past-tense markers or result clauses, cut at a clause end, no end mark."""
    masked = re.sub(r"\s*\n\s*", "", mask(text, names)).strip()
    parts = clauses(masked)
    kept = [c for c in parts if not RESULT.search(c)] or parts[:1]
    basis = [c for c in kept if basis_only(c)]   # 根据〔文件名称〕要求，〔单位〕根据文件要求，制定…: the rule is said once
    kept = [c for c in kept if c not in basis[1:]] or kept
    body = PAST.sub("", "".join(kept))
    return body.strip().rstrip(CLAUSE_END + "、").strip()


def core_span(text: str, start: int, end: int, limit: int = 110) -> tuple[int, int]:
    """The measure's opening sentence(s), ending at a clause end: a short title sentence takes the next
    one too; one very long sentence is cut after its last clause within `limit` (never mid-clause)."""
    pos = start
    for m in re.finditer(r"[。；;]", text[start:end]):
        cut = start + m.end()
        if cut - start > limit and pos > start:
            break
        pos = cut
        if cut - start >= 30:
            break
    if start < pos < end and pos - start < 30 and text[pos:end].strip():   # a title sentence alone is no measure:
        pos = _leading_clauses(text, pos, end, limit - (pos - start))        # its action's first clauses go with it
    if pos == start or pos - start > 1.5 * limit:
        parts = clauses(text[start:end])
        pos = start
        for c in parts:
            if pos > start and pos + len(c) - start > limit:
                break
            pos += len(c)
    return start, pos


def _leading_clauses(text: str, start: int, end: int, limit: int) -> int:
    """End of the first sentence after `start`, or of its leading clauses within `limit` when it is longer."""
    sentence = re.search(r"[。；;]", text[start:end])
    stop = start + sentence.end() if sentence else end
    if stop - start <= limit:
        return stop
    pos = start
    for c in clauses(text[start:stop]):
        if pos > start and pos + len(c) - start > limit:
            break
        pos += len(c)
    return pos
