"""Build genre/data/divisions.tsv, the national list of administrative divisions (province, city, county).

Source: the table `dictionary/china_location.zip` shipped in the `jionlp` wheel (PyPI), read
offline; only the three upper levels are kept (towns and villages are dropped). jionlp is needed
to BUILD the file, never to read it. Short forms that are also ordinary Chinese words are marked
with a leading `*` (they are taken as places only with context, see genre/places.py): a short
form is marked when jieba's dictionary lists it with frequency >= 100 as an adjective, verb,
adverb, numeral, locative or other non-noun word (平安, 友好, 前进, 安居, 东方, 城中), for
counties only (a province's or city's short form is a place word: 大连, 保定, 开封). Nouns are
not marked automatically (jieba tags many cities n/nr); common nouns are listed by hand in
genre/data/places.toml, which is applied at run time.

Usage (run from the repository root):
    pip install jionlp==1.5.31 jieba==0.42.1
    python genre/tools/build_divisions.py            # writes genre/data/divisions.tsv

Columns of the tsv (tab-separated, one division a line, parents before children):
    code  level  full_name  short_names  parent_code
`short_names` is a `|`-separated list (may be empty); `parent_code` is empty for provinces.
"""
from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "divisions.tsv"
GENERIC_ALIASES = {"经开区", "高新区", "省直辖", "市辖区", "新区"}  # shared by many divisions: no short form
COMMON_FREQ = 100
COMMON_TAGS = {"a", "ad", "an", "v", "vn", "vd", "d", "b", "m", "f", "c", "t", "j", "s", "i", "l", "z"}
# Suffixes of autonomous divisions: their usual short forms add the plain suffix (大理州, 乐东县, 鄂温克旗).
AUTONOMOUS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"build_divisions: the package {name!r} is needed to build the table: pip install {name}")
    return Path(spec.origin).parent


def _common_words() -> dict[str, tuple[int, str]]:
    words: dict[str, tuple[int, str]] = {}
    for line in (_package_dir("jieba") / "dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            words[parts[0]] = (int(parts[1]), parts[2])
    return words


def _rows() -> list[tuple[str, str, str, list[str], str]]:
    raw = zipfile.ZipFile(_package_dir("jionlp") / "dictionary" / "china_location.zip").read("china_location.txt")
    rows: list[tuple[str, str, str, list[str], str]] = []
    province = city = ""
    seen: set[str] = set()
    for line in io.StringIO(raw.decode("utf-8")):
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth > 2 or len(parts) != 3:
            continue  # towns and villages
        name, code, alias = parts
        aliases = [a for a in alias.split("/") if a and a != name]
        if depth == 0:
            province = code
            rows.append((code, "province", name, aliases, ""))
        elif depth == 1:
            # a municipality's city level repeats the province; 省直辖… groups county-level cities
            if code == province or "直辖" in name or name == rows[-1][2]:
                city = province
                continue
            city = code
            rows.append((code, "city", name, aliases, province))
        elif code not in seen and "直辖" not in name:  # HK/Macau districts repeat the SAR's code
            rows.append((code, "county", name, aliases, city))
        seen.add(code)
    return rows


def build() -> str:
    common = _common_words()
    out = ["# code\tlevel\tfull_name\tshort_names\tparent_code  (built by genre/tools/build_divisions.py"
           " from jionlp's china_location.zip; * = short form that is also an ordinary word)"]
    for code, level, name, aliases, parent in _rows():
        shorts = [a for a in aliases if len(a) >= 2 and a not in GENERIC_ALIASES]
        for long_suffix, short_suffix in AUTONOMOUS:
            if name.endswith(long_suffix) and aliases and len(aliases[0]) >= 2:
                shorts.append(aliases[0] + short_suffix)
        marked = []
        for s in dict.fromkeys(shorts):
            freq, tag = common.get(s, (0, "ns"))
            marked.append(("*" + s) if freq >= COMMON_FREQ and tag in COMMON_TAGS and level == "county" else s)
        out.append("\t".join((code, level, name, "|".join(marked), parent)))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    text = build()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} divisions, {len(text.encode()) // 1024} kB)")
