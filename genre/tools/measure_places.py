"""Measure the two place-lookup options on the 40 notices of tests/data/notices-dev, the 5 seeds
and staff-style questions: (a) jionlp (parse_location on lines, recognize_location on texts),
(b) genre.places (divisions.tsv + longest match). Prints the figures of genre/README.md.

Usage (jionlp is needed only for option a; without it only b is measured):
    python genre/tools/measure_places.py [--show]
"""
from __future__ import annotations

import csv
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEV = ROOT / "tests" / "data" / "notices-dev"
# Most specific place of each notice's issuer (administrative code); "" = the page names none.
GOLD = {
    "d01": "360781", "d02": "330200", "d03": "440105", "d04": "420000", "d05": "510700", "d06": "371502",
    "d07": "350300", "d08": "430203", "d09": "450300", "d10": "410108", "d11": "330400", "d12": "341602",
    "d13": "430623", "d14": "510800", "d15": "420100", "d16": "440100", "d17": "330282", "d18": "210300",
    "d19": "", "d20": "445200", "d21": "511702", "d22": "330500", "d23": "330000", "d24": "350124",
    "d25": "510900", "d26": "140600", "d27": "330000", "d28": "430300", "d29": "450300", "d30": "430921",
    "d31": "621000", "d32": "350200", "d33": "320925", "d34": "370400", "d35": "350502", "d36": "350582",
    "d37": "510802", "d38": "442000", "d39": "530000", "d40": "440000",
}
SEEDS = {"jinan-city-mgmt-bureau-2024-inspection-rectification": "370100",
         "tj-city-mgmt-commission-2019-work-plan": "120000",
         "tj-city-mgmt-commission-2024-inspection-rectification": "120000",
         "tj-dongli-district-2022-inspection-rectification": "120110",
         "tj-govt-offices-admin-2021-inspection-rectification": "120000"}
# Notices whose excerpt never names the issuer's place (it is in the page title or site only).
NOT_IN_TEXT = {"d05", "d09", "d10", "d11", "d19", "d20", "d24", "d29", "d36", "d39"}
QUESTIONS = [
    ("我们海珠区水务局巡察整改完成了多少", "440105"), ("宁波审计查出的问题整改情况", "330200"),
    ("湖北司法厅巡视整改进展", "420000"), ("东丽区整改了哪些问题", "120110"), ("济南城管局第三轮巡察", "370100"),
    ("瑞金审计报告里问题资金多少", "360781"), ("绵阳市司法局集中整改", "510700"), ("东昌府区司法局的通报", "371502"),
    ("芦淞区司法局反馈了多少个问题", "430203"), ("惠济区行政审批局整改", "410108"), ("谯城区重点工作任务分解", "341602"),
    ("华容县2021年重点工作", "430623"), ("广元市委巡视整改", "510800"), ("武汉经开区巡视整改", "420100"),
    ("慈溪审计整改", "330282"), ("鞍山耕地保护督察", "210300"), ("揭阳公安局巡察发现的问题", "445200"),
    ("通川区委集中整改", "511702"), ("湖州卫健委工作要点", "330500"), ("闽清县委宣传部", "350124"),
    ("遂宁科技局", "510900"), ("浙江省妇联巡视整改", "330000"), ("湘潭市妇联", "430300"), ("南县团县委", "430921"),
    ("庆阳文联", "621000"), ("厦门体育局", "350200"), ("建湖县融媒体中心", "320925"), ("枣庄社科联", "370400"),
    ("鲤城区社科联", "350502"), ("晋江政协", "350582"), ("利州区法院", "510802"), ("中山第一法院", "442000"),
    ("云南高院巡视整改", "530000"), ("广东省审计整改", "440000"), ("宁夏审计厅整改", "640000"),
    ("大理州审计局", "532900"),
]
NEGATIVES = ["通报了哪些问题", "新区建设情况", "城关镇的整改", "平安建设做得怎么样", "党委和县委分别整改了什么",
             "光明的前景", "第三部分讲的是什么", "完成率是多少", "城区道路整治", "开发区和高新区的问题",
             "安全生产", "合作社的问题", "友好城市", "公安局党委", "前进的方向", "老城区改造", "和平年代",
             "大方向", "白云深处", "东方红", "红旗渠精神", "长安街"]
_NOTE = re.compile(r"[(（][^()（）]*(?:据|推断|转载|刊于|文库|清风网|\.cn|\.com)[^()（）]*[)）]")


def issuer_lines() -> dict[str, str]:
    with (DEV / "SOURCES.tsv").open(encoding="utf-8") as f:
        return {r["file"][:3]: _NOTE.sub("", r["title"] + " " + r["issuer"]) for r in csv.DictReader(f, delimiter="\t")}


def texts() -> dict[str, str]:
    out = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(DEV.glob("d*.txt"))}
    out.update({k: (ROOT / "corpus" / f"{k}.txt").read_text(encoding="utf-8") for k in SEEDS})
    return out


def ours():
    from genre.places import find_places, place_chain

    def codes(text: str) -> tuple[set[str], set[str]]:  # (found, ambiguous)
        found = find_places(text)
        return {p.code for p in found}, {p.code for p in found if p.ambiguous}
    return codes, lambda code: {p.code for p in place_chain(code)}


def jionlp_option():
    import jionlp as jio
    from jionlp.dictionary.dictionary_loader import china_location_loader
    table = china_location_loader()
    by_name: dict[tuple, str] = {}
    for prov, pv in table.items():
        by_name[(prov, None, None)] = pv["_admin_code"]
        for city, cv in pv.items():
            if city.startswith("_"):
                continue
            by_name[(prov, city, None)] = cv["_admin_code"]
            for county, kv in cv.items():
                if not county.startswith("_"):
                    by_name[(prov, city, county)] = kv["_admin_code"]

    def code_of(d: dict) -> str | None:
        key = (d.get("province"), d.get("city"), d.get("county"))
        if key in by_name:
            return by_name[key]
        return by_name.get((key[0], key[1], None)) or by_name.get((key[0], None, None))

    def line_codes(text: str) -> tuple[set[str], set[str]]:
        d = jio.parse_location(text, change2new=True)
        c = code_of(d) if d.get("province") else None
        return ({c} if c else set()), set()

    def text_codes(text: str) -> tuple[set[str], set[str]]:
        res = jio.recognize_location(text)
        found = set()
        for item, _count in (res.get("domestic") or []):
            c = code_of(item)
            if c:
                found.add(c)
        return found, set()
    return line_codes, text_codes


def score(name: str, codes, chain, show: bool) -> dict[str, float]:
    lines, docs = issuer_lines(), texts()
    gold = dict(GOLD, **SEEDS)
    r = {"lines_ok": 0, "lines_false": 0, "texts_ok": 0, "texts_n": 0, "q_ok": 0, "q_false": 0, "neg_false": 0}
    line_codes, text_codes = codes
    for k, line in lines.items():
        found, amb = line_codes(line)
        want = gold[k]
        ok = (want in found and want not in amb) if want else not found
        extra = {c for c in found if not want or c not in chain(want)}
        r["lines_ok"] += ok
        r["lines_false"] += len(extra)
        if show and (not ok or extra):
            print(f"  [{name} line] {k} want {want} found {sorted(found)} :: {line[:60]}")
    for k, text in docs.items():
        if k in NOT_IN_TEXT or not gold[k]:
            continue
        found, _ = text_codes(text)
        r["texts_n"] += 1
        r["texts_ok"] += gold[k] in found
        if show and gold[k] not in found:
            print(f"  [{name} text] {k} want {gold[k]} found {sorted(found)[:8]}")
    for q, want in QUESTIONS:
        found, amb = line_codes(q)
        r["q_ok"] += want in found and want not in amb
        r["q_false"] += len({c for c in found if c not in chain(want)})
        if show and (want not in found or amb):
            print(f"  [{name} question] {q} want {want} found {sorted(found)}")
    for q in NEGATIVES:
        found, _ = line_codes(q)
        r["neg_false"] += bool(found)
        if show and found:
            print(f"  [{name} negative] {q} found {sorted(found)}")
    return r


def timing(line_fn, text_fn) -> tuple[float, float]:
    q = "我们海珠区水务局巡察整改完成了多少"
    big = "\n".join(texts().values())
    big = (big * (100_000 // len(big) + 1))[:100_000]
    line_fn(q)
    t = time.perf_counter()
    for _ in range(200):
        line_fn(q)
    per_q = (time.perf_counter() - t) / 200 * 1000
    t = time.perf_counter()
    text_fn(big)
    return per_q, (time.perf_counter() - t) * 1000


def main() -> None:
    show = "--show" in sys.argv
    for name in ("genre.places", "jionlp"):
        tracemalloc.start()
        t = time.perf_counter()
        try:
            if name == "genre.places":
                codes_fn, chain = ours()
                codes_fn("海珠区")
                line_fn = text_fn = codes_fn
            else:
                line_fn, text_fn = jionlp_option()
                line_fn("海珠区")
                text_fn("广州市海珠区")
                _, chain = ours()
        except ImportError as e:
            print(f"{name}: not installed ({e})")
            continue
        load_ms = (time.perf_counter() - t) * 1000
        mem = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        per_q, per_100k = timing(line_fn, text_fn)
        r = score(name, (line_fn, text_fn), chain, show)
        print(f"{name}: issuer/title lines {r['lines_ok']}/40 right, {r['lines_false']} false places; "
              f"notice texts {r['texts_ok']}/{r['texts_n']} issuer place found; "
              f"questions {r['q_ok']}/{len(QUESTIONS)} right, {r['q_false']} false; "
              f"ordinary-word questions with a false place {r['neg_false']}/{len(NEGATIVES)}; "
              f"first call {load_ms:.0f} ms and peak Python memory {mem:.0f} MiB (both under tracemalloc); "
              f"{per_q:.3f} ms/question, {per_100k:.0f} ms per 100 kB")


if __name__ == "__main__":
    main()
