"""A stated figure held against the count a yes-or-no question names (genre/thresholds.py): asked 有没有超过十次 of
市局先后8次召开市局党委会, the figure and the judgment (否：8次，没有超过十次), said as compared.

Example:
    >>> threshold_note("推进巡察整改开了几次党委会专题会，有没有超过十次", "市局先后8次召开市局党委会、专题会议")
    '（按通报数字比较：否，8次，没有超过十次。）'
"""
from __future__ import annotations

import re

from answer.claims import ACTS, planned_clause
from genre import load_genre
from genre.claim_frame import load_claim_frame
from genre.thresholds import act_yes_word, load_act_asked, named_threshold
from retrieval import weights


def threshold_note(question: str, clauses: str) -> str:
    """The first figure of the named threshold's unit in CLAUSES (10余次: above 10) judged against it; "" when no
    threshold is named or no such figure is quoted.

    >>> threshold_note("开会的次数是不是超过十次了", "先后召开10余次党委会、领导小组会")
    '（按通报数字比较：是，10余次，超过十次。）'
    >>> threshold_note("谈话提醒够不够20人？", "谈话提醒24人,建立完善制度45项")
    '（按通报数字比较：是，24人，达到20人。）'
    >>> threshold_note("推进会先后开了八次没有？", "先后8次召开市局党委会、专题会议等"), threshold_note("有没有十个以上？", "整改问题8个")
    ('（按通报数字比较：是，8次，正是八次。）', '（按通报数字比较：否，8个，没有达到十个以上。）')
    """
    asked = named_threshold(question)
    if asked is None:
        return ""
    m = re.search(rf"(?<![\d.])(\d+)\s*(余|多)?\s*{re.escape(asked.unit)}", clauses)
    if m is None:
        return ""
    n, above = int(m.group(1)), bool(m.group(2))   # 10余次: more than 10
    figure = m.group().replace(" ", "")
    if asked.sense in ("equal", "within"):   # 开了八次没有: the stated count is the figure; 十个以内: not passed
        yes = (n == asked.value if asked.sense == "equal" else n <= asked.value) and not above
        judged = ("正是" if yes else "不是") if asked.sense == "equal" else ("在" if yes else "不在")
        return f"（按通报数字比较：{'是' if yes else '否'}，{figure}，{judged}{asked.words}。）"
    if asked.sense == "more":
        yes = n > asked.value or (above and n >= asked.value)
    elif asked.sense == "less":
        yes = n < asked.value and not above
    else:
        yes = n >= asked.value
    compare = "达到" if asked.sense == "reach" and asked.compare in ("够", "到", "") else asked.compare   # 十个以上: 达到
    judged = compare if yes else ("没有" if asked.sense != "less" else "并非") + compare
    return f"（按通报数字比较：{'是' if yes else '否'}，{figure}，{judged}{asked.words}。）"


def act_said(question: str, quote: str, after: str = "") -> str:
    """The answer a yes-or-no ask of an act (有没有开专题民主生活会) leads with, from the first clause QUOTE answering it:
    有/已/是 (genre thresholds.act_yes_word), or what its status short of done says (基本完成); "" when no such ask, or
    when QUOTE holds too few of the act's words to be its report (ACT_COVERAGE). A document's issuing asked as done
    (印发了没有) that QUOTE, or the quote AFTER it (the item's 整改情况 after its heading), says only planned is 尚未印发.

    >>> act_said("朔州市科技局有没有开巡察整改专题民主生活会？", "同时,召开巡察整改专题民主生活会,党组班子成员认真对照")
    '有。'
    >>> act_said("立行立改的问题都整改完了吗", "立行立改问题基本完成整改"), act_said("有没有开展专项审计？", "召开民主生活会")
    ('基本完成。', '')
    >>> act_said("问题是不是都整改到位了", "已整改到位336个"), act_said("立行立改的都办结了吗", "移交立行立改问题4个,已全部办结")
    ('', '已办结。')
    >>> act_said("若干措施印发了没有？", "起草《若干措施》,拟以两办名义印发执行")   # only planned (claims.toml [planned_act])
    '尚未印发（通报只说“拟以两办名义印发执行”）。'
    """
    word = act_yes_word(question)
    if not word:
        return ""
    grams = _grams(_act_words(question))
    if not grams or len(grams & _grams(quote)) / len(grams) < weights.ACT_COVERAGE:
        return ""
    g = load_genre()
    if load_claim_frame().all_done.search(question) and any(s == "已完成" for s, _ in g.status_counts(quote)) and \
            not g.all_done.search(quote):
        return ""   # 是不是都整改到位了 of 已整改到位336个: a count done is not all done (its total says how many are left)
    verb = word[1:] if word.startswith("已") else ""
    planned = planned_clause(quote) or planned_clause(after) if verb and ACTS.fullmatch(verb) else ""
    if planned:   # 印发了没有 of 拟以…名义印发执行: only planned (claims.toml [planned_act])
        return f"尚未{verb}（通报只说“{planned}”）。"
    status = g.normalise_status(quote)
    return load_act_asked().partly.get(status, word) + "。"


def _act_words(question: str) -> str:
    """The words naming the act: after the asking word when it opens the act (有没有开…), else the whole question; its
    particles and asking words left out (genre worked.toml [threshold.act] particles)."""
    act = load_act_asked()
    m = act.opens.search(question)
    return act.particles.sub(" ", question[m.end():] if m and m.end() < len(question) - 2 else question)


def _grams(text: str) -> set[str]:
    """The two-character runs of TEXT's Chinese characters."""
    han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    return {han[i:i + 2] for i in range(len(han) - 1) if " " not in han[i:i + 2]}
