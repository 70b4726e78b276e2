"""Build genre/data/divisions_romanised.tsv: the toneless pinyin of every division name in
genre/data/divisions.tsv, for reading places from romanised file names (genre/romanised.py).

pypinyin is needed to BUILD the file, never to read it. A pinyin key is kept only when every division it
spells bears the same Chinese name (中山市 and 中山区 under "zhongshan"); pinyin shared by different names
(铜川 and 通川 under "tongchuan", 鲤城 and 历城 under "licheng") names no place and is left out.

Usage (run from the repository root):
    pip install pypinyin==0.55.0
    python genre/tools/build_romanised.py            # writes genre/data/divisions_romanised.tsv

Columns (tab-separated): pinyin  name  codes (`|`-separated, table order)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "genre" / "data" / "divisions_romanised.tsv"


def main() -> None:
    from pypinyin import lazy_pinyin   # build-time only
    sys.path.insert(0, str(ROOT))
    from genre.places import division_codes, division_names
    keys: dict[str, dict[str, list[str]]] = {}
    for code in division_codes():
        for name in division_names(code):
            if len(name) >= 2:
                codes = keys.setdefault("".join(lazy_pinyin(name)).lower(), {}).setdefault(name, [])
                if code not in codes:
                    codes.append(code)
    lines = ["# pinyin\tname\tcodes  (built by genre/tools/build_romanised.py from divisions.tsv; pypinyin 0.55.0)"]
    lines += [f"{key}\t{name}\t{'|'.join(codes)}" for key, names in sorted(keys.items()) if len(names) == 1
              for name, codes in names.items()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} keys -> {OUT}")


if __name__ == "__main__":
    main()
