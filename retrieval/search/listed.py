"""Whether "X包括哪几个方面" asks for the members of a thing X one sentence of the notice lists, not for its outline.

Staff ask how something is divided with the words they ask a notice's outline with (包括哪几个方面, 分成哪几块). The
outline answers when what is divided is the notice itself: nothing named before the ask but its place and agency,
or a name of the notice or the rectification as a whole (genre structure_questions.toml [outline] `whole`). Another
thing named, held by no heading, whose members a sentence lists (从整改措施、牵头领导、…5个方面,构建起整改推进责任链)
is answered by that sentence.

Example:
    >>> t = "制定了整改方案,从整改措施、牵头领导、责任科室、责任人、整改时限5个方面,构建起整改推进责任链。"
    >>> lists_named_thing(t, [], "庆阳文联的整改推进责任链包括哪几个方面？"), lists_named_thing(t, [], "庆阳文联的整改通报包括哪几个方面？")
    (True, False)
"""
from __future__ import annotations

import re

from genre import load_genre
from genre.places import find_places
from genre.structure_questions import load_structure_questions
from retrieval.parse import Section
from retrieval.search.outline import top_parts
from retrieval.search.profile import agency_mentions
from genre.marks import SENTENCE

ASKED = load_structure_questions()
ITEM_UNITS = re.compile(r"[条项点]")   # 几条/几项/几点: requirements, not 几块 (parts of a part)
TOTAL = re.compile(r"(?:一共|总共|共|合计|总计)(?:有|列了|提了)?$")   # 通知一共几条: the total asked
BARE_COUNT = re.compile(r"(?:要求|规定|意见|内容)?(?:[，,？?。！!\s]|$|呢|啊|吗|分别|各|都|是)")   # 几条要求, 几条？: not 几条措施
ADVERBS = re.compile(r"[都还又也共总一]+$")   # 责任链都有哪些方面: the adverb before the verb names nothing
POINTING = re.compile(r"^(?:的|那个|这个|那项|这项|那|这|其)+")   # 党组那个整改推进责任链: pointing words name nothing


def named_thing(words: str) -> str:
    """The thing WORDS name once the place and agency written before it are taken off.

    >>> named_thing("庆阳文联的整改推进责任链"), named_thing("庆阳市文联党组的"), named_thing("文联构建的整改推进责任链都")
    ('整改推进责任链', '', '构建的整改推进责任链')
    """
    cut = max([p.end for p in find_places(words)] + [m[3] for m in agency_mentions(words)], default=0)
    rest = words[cut:]
    organs = sorted(load_genre().organ_parts, key=len, reverse=True)
    while True:   # 文联党组的整改工作: the party organ of the agency is the agency too
        organ = next((o for o in organs if rest.startswith(o)), "")
        if not organ:
            break
        rest = rest[len(organ):]
    return ADVERBS.sub("", POINTING.sub("", rest))


def lists_named_thing(text: str, secs: list[Section], question: str) -> bool:
    """Whether the question asks how a thing other than the whole notice is divided (see the module doc), the thing
    held by no heading of SECS and named in a sentence of TEXT that lists members (A、B、C)."""
    ask = ASKED.outline.search(question)
    if not ask:
        return False
    said = [w for w in re.split(r"[，,。？?！!：:\s]", question[:ask.start()]) if w]   # X，包括哪几块: X named first
    thing = named_thing(said[-1]) if said else ""
    if len(thing) < 2 or ASKED.outline_whole.search(thing) or ASKED.whole_notice.search(question[:ask.start()].rstrip()):
        return False   # 通知里对各单位的落实要求分成几块: a 通知's requirements are its own top parts
    tail = next((thing[i:] for i in range(len(thing) - 1) if thing[i:] in text), "")
    if not tail or any(tail in s.heading for s in secs):
        return False
    return any(tail in m.group() and ASKED.outline_listed.search(m.group()) for m in SENTENCE.finditer(text))


def whole_notice_counted(secs: list[Section], question: str) -> list[Section]:
    """"通知一共几条" / "那份通知提了几条要求" / "通知里提了什么工作要求": a 通知 lists its requirements as its top-level parts
    (一、二、三、, no numbered items), so how many it lists or which, asked of the whole notice (genre
    structure_questions.toml [whole_notice]), is its top parts, each named; [] when another thing is counted or the
    notice numbers its items (1. 2.).

    >>> secs = [Section("d#0", 0, "cn_dun", 1, 1, "一、", "强化责任落实", ("一、强化责任落实",), 0, 8, 9, 30, -1)]
    >>> [s.heading for s in whole_notice_counted(secs, "华容的重点工作任务通知一共几条？")], whole_notice_counted(secs, "一共几条？")
    (['强化责任落实'], [])
    >>> whole_notice_counted(secs, "通报一共列了多少条措施？"), len(whole_notice_counted(secs, "通知，对各单位提了哪些要求？"))
    ([], 1)
    """
    counted = ASKED.counted_items.search(question)
    if counted and not (ITEM_UNITS.search(counted.group()) and BARE_COUNT.match(question, counted.end())):
        return []   # 通报一共列了多少条措施: the measures it counts, not its parts
    asked = counted or ASKED.whole_notice_which.search(question)
    if not asked or any(s.kind in ("ar_dot", "ar_half") for s in secs):
        return []
    before = TOTAL.sub("", question[:asked.start()].rstrip())
    kind = ASKED.whole_notice.search(before)   # 对措施和要点提了什么要求: 要点 is what is required of, not the notice
    return top_parts(secs) if kind and not ASKED.whole_notice_object.search(before, 0, kind.start()) else []
