"""How a worked-out share is said: in percent (占70.75%, 约占96.6%) and, when 几成 is asked, in tenths as staff say it
(约八成六). answer/worked.py and the modules that work out shares (answer/shares.py, answer/sum_share.py,
answer/status_share.py) say their shares here.

    >>> share_said(28, 29)
    '约占96.6%'
"""
from __future__ import annotations

from fractions import Fraction

from genre.worked import load_worked


def share_said(part: str | float, whole: str | float, question: str = "") -> str:
    """'占' and PART's share of WHOLE (percent): '占70.75%' exactly, '约占96.6%' rounded; to two decimals when the
    QUESTION asks the percent exactly, in tenths too when it asks 几成 (genre worked.toml [share_said]).

    >>> share_said(283, 400), share_said(28, 29), share_said("215587.84", "251023.54", "占几成，算下百分比")
    ('占70.75%', '约占96.6%', '约占85.88%，约八成六')
    """
    w = load_worked()
    said = percent(part, whole, 2 if w.share_exact.search(question) else 1)
    said = f"约占{said[1:]}" if said.startswith("约") else f"占{said}"
    return said + (tenths_said(part, whole) if w.share_tenths.search(question) else "")


TENTHS = "一二三四五六七八九"


def tenths_said(part: str | float, whole: str | float) -> str:
    """PART over WHOLE in tenths as staff say a share (八成六, 七成), after a comma; "" below one tenth or from all of it.

    >>> tenths_said(336, 400), tenths_said(7, 10), tenths_said(1, 20)
    ('，八成四', '，七成', '')
    """
    share = Fraction(str(part)) * 100 / Fraction(str(whole))
    n = int(share + Fraction(1, 2))   # to the whole percent: 85.88% -> 86, said 八成六
    if not 10 <= n < 100:
        return ""
    tens, ones = divmod(n, 10)
    return f"，{'' if share == n else '约'}{TENTHS[tens - 1]}成{TENTHS[ones - 1] if ones else ''}"


def percent(part: str | float, whole: str | float, places: int = 1) -> str:
    """PART over WHOLE in percent as said after 占/完成率: exactly when it ends within two decimals (no 约), else rounded
    to one decimal with 约 (a share that does not terminate).

    >>> percent("283", "400"), percent(336, 400), percent("28", "29"), percent("35435.70", "251023.54")
    ('70.75%', '84%', '约96.6%', '约14.1%')
    """
    share = Fraction(str(part)) * 100 / Fraction(str(whole))
    if (share * 100).denominator == 1:
        return f"{float(share):.2f}".rstrip("0").rstrip(".") + "%"
    return f"约{float(share):.{places}f}%"
