"""A figure asked of a place below the answering notice's own (浙江给杭州市定的…目标是多少 of Zhejiang's work points): a
province's plan or a city's report states its own figures; a figure of a city or county inside it is stated only where
the notice names that place. When it never does, the reply is a refusal that says whose figures the notice gives.

Example:
    >>> below_unstated("浙江给杭州市定的开放率目标是多少？", notice)   # a notice of 浙江省 never writing 杭州
    '通报只给出浙江省的数字，没有写明杭州市的。'
"""
from __future__ import annotations

from genre.places import division_names, find_places, place_chain
from genre.questions import load_questions
from retrieval.load import Notice
from retrieval.search.profile import notice_profile

NO_PLACE_FIGURE = "通报只给出{own}的数字，没有写明{place}的。"
QUANTITY = load_questions().asks_quantity   # 多少, 几个, 比例: a figure asked


def below_unstated(question: str, notice: Notice, cited: tuple[Notice, ...] = ()) -> str:
    """Why a reply from NOTICE must not stand when QUESTION asks a figure of a place strictly below the notice's own place
    (its division chain passes through the notice's) that the notice text never names by any of its names; "" otherwise.
    A place whose own notice the reply CITES too is answered there (省里的和湖州的落款日期差几天: both notices).

    >>> below_unstated("杭州市的开放率目标是多少？", notice_of_hangzhou)
    ''
    """
    if not QUANTITY.search(question):
        return ""
    own = notice_profile(notice).own_codes
    if not own:
        return ""
    for place in find_places(question):
        if place.ambiguous or place.code in own:
            continue
        above = [p for p in place_chain(place.code)[1:] if p.code in own]
        if any(place.code in notice_profile(n).own_codes for n in cited):
            continue   # the place's own notice is cited beside
        if above and not any(name in notice.text or name in notice.title for name in division_names(place.code)):
            return NO_PLACE_FIGURE.format(own=above[0].full_name, place=place.full_name)
    return ""
