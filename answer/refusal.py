"""Refusal checks: places and years a question insists on that the notices or the evidence never mention.

"北京市城管委……" is refused when no notice is from 北京; "城管委2025年……" is refused when the
evidence never mentions 2025 (a "2024-2025年采暖季" range does not count). Places are checked as
jieba words, so 汾河南道 does not name 河南.

Example:
    >>> question_places("上海垃圾分类志愿者有多少人？")
    {'上海'}
"""
from __future__ import annotations

import re

from retrieval.index.keywords import _jieba

TOP_PLACES = tuple(
    "北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 广州 深圳 杭州 南京 武汉 成都 西安 济南 青岛 "
    "郑州 长沙 沈阳 大连 哈尔滨 长春 石家庄 太原 合肥 福州 厦门 南昌 昆明 贵阳 南宁 兰州 西宁 银川 乌鲁木齐 "
    "呼和浩特 拉萨 海口 苏州 宁波 无锡 东莞 佛山".split())
DISTRICTS = tuple("和平区 河西区 南开区 河东区 河北区 红桥区 西青区 北辰区 津南区 东丽区 滨海新区 武清区 宝坻区 宁河区 静海区 "
                  "蓟州区 历下区 市中区 槐荫区 天桥区 历城区 长清区 章丘区 济阳区 莱芜区 钢城区".split())
_PLACE_SUFFIX = ("省", "市", "区", "县", "市委", "城")
YEAR_RANGE = re.compile(r"\d{4}\s*[-—–至到~]\s*\d{4}")
YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?=年|\b|$)")


def question_places(question: str) -> set[str]:
    """Gazetteer places that are words of the question (jieba): 汾河南道 does not name 河南."""
    words = set(_jieba().lcut(question))
    found = set()
    for name in TOP_PLACES + DISTRICTS:
        if name in question and (name in words or any(w.startswith(name) and w[len(name):] in _PLACE_SUFFIX
                                                      for w in words) or name in DISTRICTS):
            found.add(name)
    return {p for p in found if not any(p != q and p in q for q in found)}


def unknown_place(question: str, index) -> str:
    """A place no notice is about: a city or province not among the issuers, or a district never mentioned."""
    heads = " ".join(n.issuer + n.title for n in index.notices)
    for place in sorted(question_places(question), key=len, reverse=True):
        if place in DISTRICTS:
            if not any(place[:-1] in r.notice.text for r in index.records.values()):
                return place
        elif place not in heads:
            return place
    return ""


def missing_terms(question: str, supports: str) -> list[str]:
    """Years and places the question insists on that the supporting text never mentions."""
    if not YEAR_RANGE.search(question):  # "2024-2025年采暖季" does not answer a question about 2025
        supports = YEAR_RANGE.sub(" ", supports)
    need = set(YEAR.findall(question)) | {p.rstrip("区") for p in question_places(question)}
    return [t for t in sorted(need) if t not in supports]
