"""Reworded questions: the same questions typed the way other staff would type them, with the same gold answer
and evidence, to see whether answering rests on rules of how staff ask or on the exact words already asked.

The rules are data (eval/data/reworded.toml, each with a `why` naming the convention of asking), written from
knowledge of Chinese office language, never from genre/data/questions.toml. A rule rewrites only where its
source form occurs; each variant applies ONE rule (so a flip names its rule), and a `mixed` variant applies up
to three of a question's rules in turn. Every draw is seeded by (seed, question id, rule): the same seed gives
the same variants.

Example:
    >>> rules = load_rules()
    >>> [v["rule"] for v in variants({"id": "u1", "type": "fact", "question": "厦门市体育局设了几个专项整改工作小组？",
    ...                                "answer": "3个。"}, rules, seed=0)][:3]
    ['count_ji', 'count_quantity', 'prefix']
"""
from __future__ import annotations

import random
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

RULES_FILE = Path(__file__).resolve().parent / "data" / "reworded.toml"
ASKS = re.compile(r"多少|几|哪|什么|啥|怎么|如何|咋|何时|谁|吗|没有|是否|有没有")   # a clause that asks
PARTICLES = ("吗", "呢", "啊", "吧", "呀", "嘛", "没", "没有")   # a clause ending so keeps its end
QUOTED = re.compile(r"“[^”]*”|《[^》]*》|\"[^\"]*\"")
DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True)
class Rule:
    """One way of rewording: where it applies (pattern) and what it may become (to), with its reason."""
    name: str
    why: str
    kind: str
    pattern: re.Pattern[str]
    to: tuple[str, ...]
    near: str = ""                                   # alternatives holding this word: not right after it
    gold: dict[str, re.Pattern[str]] = field(default_factory=dict)        # alternative -> gold answer must match
    only_from: dict[str, re.Pattern[str]] = field(default_factory=dict)   # alternative -> matched text must match
    asked: dict[str, re.Pattern[str]] = field(default_factory=dict)       # alternative -> question must match
    skip_types: frozenset[str] = frozenset()
    pattern_back: re.Pattern[str] | None = None     # move: the topic said after the question
    not_before: re.Pattern[str] | None = None       # numerals: not when this follows the number


def load_rules(path: Path = RULES_FILE) -> tuple[Rule, ...]:
    """The rules of eval/data/reworded.toml, in file order."""
    with path.open("rb") as f:
        data = tomllib.load(f)
    out = []
    for r in data["rule"]:
        if not r.get("why", "").strip():
            raise ValueError(f"reworded rule {r.get('name')!r} has no why")
        out.append(Rule(r["name"], r["why"], r["kind"], re.compile(r["pattern"]), tuple(r["to"]), r.get("near", ""),
                        {k: re.compile(v) for k, v in r.get("gold", {}).items()},
                        {k: re.compile(v) for k, v in r.get("only_from", {}).items()},
                        {k: re.compile(v) for k, v in r.get("asked", {}).items()},
                        frozenset(r.get("skip_types", ())),
                        re.compile(r["pattern_back"]) if r.get("pattern_back") else None,
                        re.compile(r["not_before"]) if r.get("not_before") else None))
    return tuple(out)


def _allowed(rule: Rule, alt: str, matched: str, q: str, at: int, gold: str) -> bool:
    if rule.near and rule.near in alt and rule.near in q[max(0, at - 4):at]:
        return False
    checks = ((rule.gold, gold), (rule.only_from, matched), (rule.asked, q))
    return all(alt not in table or bool(table[alt].search(text)) for table, text in checks)


def _replace(rule: Rule, q: str, gold: str, rng: random.Random) -> str:
    """Every match of the rule's pattern (outside quotation marks) as one drawn alternative."""
    matches = [m for m in rule.pattern.finditer(q) if not _quoted(q, m.start())]
    if not matches:
        return q
    options = [a for a in rule.to if all(m.expand(a) != m.group() and _allowed(rule, a, m.group(), q, m.start(), gold)
                                         for m in matches)]
    if not options:
        return q
    alt = rng.choice(options)
    out, last = [], 0
    for m in matches:
        out += [q[last:m.start()], m.expand(alt)]
        last = m.end()
    return "".join(out) + q[last:]


def _quoted(q: str, at: int) -> bool:
    return any(m.start() < at < m.end() for m in QUOTED.finditer(q))


def _prefix(rule: Rule, q: str, rng: random.Random) -> str:
    m = rule.pattern.match(q)
    if m:
        return q[m.end():]
    return rng.choice(rule.to) + q


def _particle(rule: Rule, q: str, rng: random.Random) -> str:
    """A particle before the mark of each asking clause (呢/啊 after a question word, 吗 -> 吧)."""
    word = rng.choice(rule.to)

    def one(m: re.Match[str]) -> str:
        clause, mark = m.group(1), m.group(2)
        last = re.split(r"[，,]", clause)[-1]
        if clause.endswith("吗"):
            return clause[:-1] + "吧" + mark
        if not clause or clause.endswith(PARTICLES) or not rule.pattern.search(last):
            return m.group()
        return clause + word + mark
    return re.sub(r"([^？?]*)([？?]|$)", lambda m: one(m) if m.group() else "", q)


def _punctuation(q: str, rng: random.Random, choice: str | None = None) -> str:
    if not re.search(r"[？?]", q):
        return q
    if (choice or rng.choice(("ascii", "none"))) == "ascii":
        return q.replace("？", "?")
    return re.sub(r"[？?](?=.)", "，", q).rstrip("？?")


def _move(rule: Rule, q: str) -> str:
    """The topic to the other end of the question, set off by a comma."""
    if len(re.findall(r"[？?]", q)) > 1:
        return q
    m = rule.pattern.match(q)
    if m and ASKS.search(m.group("rest")):
        return f"{m.group('rest').rstrip('，,')}，{m.group('topic').rstrip('，,')}{m.group('mark')}"
    m = rule.pattern_back.match(q) if rule.pattern_back else None
    if m and ASKS.search(m.group("rest")):
        return f"{m.group('topic')}，{m.group('rest')}{m.group('mark')}"
    return q


def chinese_number(n: int, ordinal: bool = False) -> str:
    """2..99 in Chinese numerals: chinese_number(2) -> '两', chinese_number(2, True) -> '二', 23 -> '二十三'."""
    if n == 2 and not ordinal:
        return "两"
    tens, ones = divmod(n, 10)
    if not tens:
        return DIGITS[ones]
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def arabic_number(s: str) -> int | None:
    """Chinese numerals 2..99 as a number: arabic_number('十二') -> 12, '两' -> 2; None if not such a number."""
    s = s.replace("两", "二")
    if not s or any(c not in DIGITS[2:] + "十" for c in s) or s.count("十") > 1:
        return None
    if "十" not in s:
        return DIGITS.index(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    n = (DIGITS.index(tens) if tens else 1) * 10 + (DIGITS.index(ones) if ones else 0)
    return n if n >= 2 else None


def _numerals(rule: Rule, q: str) -> str:
    def one(m: re.Match[str]) -> str:
        num = m.group("num")
        if _quoted(q, m.start()) or (rule.not_before and rule.not_before.match(q, m.end())):
            return num
        ordinal = q[max(0, m.start() - 1):m.start()] == "第"
        if num.isdigit():
            return chinese_number(int(num), ordinal)
        n = arabic_number(num)
        return str(n) if n is not None else num
    return rule.pattern.sub(one, q)


def reword(rule: Rule, item: dict, seed: int) -> str:
    """ITEM's question reworded by RULE (the question itself when the rule does not apply)."""
    q = item["question"]
    if item.get("type") in rule.skip_types:
        return q
    rng = random.Random(f"{seed}-{item['id']}-{rule.name}")
    if rule.kind == "replace":
        return _replace(rule, q, item.get("answer", ""), rng)
    if rule.kind == "prefix":
        return _prefix(rule, q, rng)
    if rule.kind == "particle":
        return _particle(rule, q, rng)
    if rule.kind == "punctuation":
        return _punctuation(q, rng)
    if rule.kind == "move":
        return _move(rule, q)
    if rule.kind == "numerals":
        return _numerals(rule, q)
    raise ValueError(f"unknown rule kind {rule.kind!r}")


def variants(item: dict, rules: tuple[Rule, ...], seed: int, mixed: int = 3) -> list[dict]:
    """ITEM once per rule that changes its question, plus one `mixed` variant (up to MIXED rules in turn);
    each a copy with the new question, the rule's name and id '<id>~<rule>'. Gold answer and evidence kept."""
    out = []
    for rule in rules:
        q = reword(rule, item, seed)
        if q != item["question"]:
            out.append({**item, "id": f"{item['id']}~{rule.name}", "question": q, "rule": rule.name,
                        "original": item["question"]})
    applied = [r for r in rules if any(v["rule"] == r.name for v in out)]
    if mixed and len(applied) > 1:
        rng = random.Random(f"{seed}-{item['id']}-mixed")
        picked = sorted(rng.sample(applied, min(mixed, len(applied))), key=applied.index)
        q = item["question"]
        for rule in picked:
            q = reword(rule, {**item, "question": q}, seed)
        if q != item["question"]:
            out.append({**item, "id": f"{item['id']}~mixed", "question": q, "rule": "mixed",
                        "mixed": [r.name for r in picked], "original": item["question"]})
    return out
