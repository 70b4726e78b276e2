"""The short cited lead an answer opens with: the clause that holds the asked figure or date.

"2023年燃气旧管网改造了多少公里？" is answered first by "2023年改造了639公里"[1], then by the
sentences it stands in. A figure the question itself gives ("那33个问题完成了多少") does not
answer it; when no quoted clause holds a new figure (or a date, when a date is asked), the notice
does not state what is asked.

Example (TEXT holding that sentence at A..B): lead_spans(TEXT, [(A, B)], "2023年燃气旧管网改造了多少公里？", TOKENS)
gives the span of "2023年改造了639公里" inside A..B.
What the question asks of the lead (how many figures and dates; whose figure) is read in answer/lead_asked.py.
"""
from __future__ import annotations

import re

from answer.claims import each_named
from answer.counted_asked import count_alike, counted_nouns, counted_things
from answer.each import kinds_clauses
from answer.lead_asked import NOT_SUBJECT, said_of, wanted
from answer.lead_kinds import kind_words, kinds_in, status_counted, whole_status_span
from answer.lead_run import run_first
from answer.lead_step import step_led
from answer.tables import row_figures
from genre import load_genre
from genre.comparisons import compared_subjects
from genre.counted import grouping_asked, parts_counted_whole
from genre.figures import arabic, asked_figures
from genre.marks import CLAUSE
from genre.order_many import load_order_many
from genre.questions import load_questions
from genre.quoted_figure import quotes_in_digits, slogan_asked
from genre.recurring import recurring_asked, recurring_said
from genre.report_year import report_years
from genre.staff_words import in_notice_words
from genre.thresholds import span_length_named, without_threshold
from genre.totals import figure_first_count
from genre.worked import follow_on_asks, load_worked
from retrieval import weights

NUMBER = re.compile(r"\d+(?:\.\d+)?")
DATE = re.compile(r"\d{4}年\d{1,2}\s*[—\-–至到~]\s*\d{1,2}月|\d{1,2}\s*[—\-–至到~]\s*\d{1,2}月|\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{4}年(?!度)|\d{1,2}月|(?:19|20)\d{4,6}日")   # 2020年度 names a report; 2021915日: a page that dropped 年 and 月; 1—3月 a span of months
NOT_COUNTS = re.compile(DATE.pattern + r"|\d{4}年度|\d+日|“[^”]{0,8}”|《[^》]*》|^\s*\d{1,2}[.、．]|"
                        + load_questions().durations.pattern)   # "16819"健康行动, 1.标题 (a longer quote is a quoted rule: "按照每年20%比例…")
QUOTED_ASK = load_questions().quoted_ask   # “最后多少米”: the quoted slogan's figure is asked
NOT_COUNTS_QUOTED = re.compile(NOT_COUNTS.pattern.replace("|“[^”]{0,8}”", ""))   # ... so a quote's figure counts
YEAR_OR_PERIOD = re.compile(DATE.pattern + r"|\d{4}年度")   # when a year is asked, the year a meeting covers answers too
TITLED = re.compile(r"《[^》]*》")   # a document's name: its year dates nothing
BRACKET = re.compile(r"[()（）]")   # 召开党组(扩大)会 names the 扩大会 asked (genre questions.toml [asks_date] meeting)
BARE_DATE = re.compile(DATE.pattern + r"|[至到\-—~\s]")   # "2025年1月8日" or a range of dates, nothing else
ASKS = re.compile(r"[^？?；;]+")   # the asks of a question typed as several
MIN_CLAUSE = 4        # shorter pieces ("其中") are no lead


NAMED_WITH_COUNT = load_questions().named_with_count | load_questions().counted_apart   # 问题, 措施, 制度, 意见: written
# beside their count, each a thing apart


ELIDED = re.compile(r"\d+\s*(?:个|项|条|件)\s*$")   # a count ending its clause with a bare classifier (已完成整改336个)
ELIDED_BACK = 30   # ... counts the noun its sentence said just before (反映的400个问题,), within this many characters


def lead_spans(text: str, spans: list[tuple[int, int]], question: str, tokens: dict[str, float],
               units: list[str]) -> list[tuple[int, int]] | None:
    """Clause spans (verbatim, in `text`) that answer what is asked: [] when nothing is asked for
    a figure or a date, None when something is asked but no clause of the spans holds it.
    Each asked figure or date gets its own clause ("什么时候巡察？哪天反馈？" -> two dated clauses),
    each adding a figure or date the clauses before it do not hold."""
    figures, dates = wanted(question)
    if not figures and not dates:
        return []
    specific = [forms for u, forms in load_questions().measure_units.items() if u in {re.sub(r"\\", "", x) for x in units}]
    unit = re.compile(r"\d(?:[\d.]*)(?:余|多)?(?:" + "|".join(units) + ")") if units else None
    alike = count_alike([re.sub(r"\\", "", u) for u in units])
    total = sum(tokens.values()) or 1.0
    asked_years = set(re.findall(r"((?:19|20)\d{2})\s*年", question)) - set(report_years(question))   # 2017年度审计
    # 整改 names the report, not the figure's year
    counted = counted_nouns(question)
    counted_else = [] if counted else counted_things(question)   # 几个工作组: not answered by a clause counting 制度 alone
    one_noun = figures == 1 or bool(load_questions().asks_sum.search(question))   # a sum adds figures of one noun
    slogan = slogan_asked(question, text)   # 最后多少米, 几张什么报表: the quote's figure counts (三个规定 as 3个规定)
    not_counts = NOT_COUNTS_QUOTED if QUOTED_ASK.search(question) or slogan else NOT_COUNTS
    if any(load_questions().durations.fullmatch("1" + u.replace("\\", "")) for u in units):   # 用了几个月: 3个月 answers
        not_counts = re.compile(not_counts.pattern.replace("|" + load_questions().durations.pattern, ""))
    q = load_questions()
    asks_done = bool(q.asks_done.search(question))   # 已经整改了几个: a clause stating a done status
    status = load_genre().normalise_status(question)   # 基本整改到位的有几个: the count of that status, in any wording
    whole = whole_status_span(text, status)
    framed_ok = bool(q.asks_inspection.search(question) or q.asks_framed_date.search(question) or q.asks_gap.search(question)
                     or span_length_named(question))   # 巡察满不满45天: the inspection's own range is held
    dated = YEAR_OR_PERIOD if q.asks_year.search(question) else DATE
    if recurring_asked(question):   # 每月啥时候碰头调度: the recurring time answers (每月初召开工作例会)
        dated = re.compile(recurring_said().pattern + "|" + dated.pattern)
    meeting = next((m for ask in ASKS.finditer(question) if q.asks_date.search(load_order_many().asks.sub("", ask.group()))
                    for m in [q.dated_meeting.search(ask.group())] if m), None) if dates else None   # 哪天反馈的？后来那个
    # 培训会参加的有哪些人: the meeting of another ask is not the one dated; an order asked (按日期排一下) asks no one
    # meeting's day: the steps are listed, an undated one said undated (answer/order_many.py)
    step = q.asks_framed_date.search(question) if dates == 1 else None   # 哪天反馈: that step's clause, not the visit
    step = step.group() if step and len(step.group()) <= 3 else ""
    grouped = grouping_asked(question) or parts_counted_whole(question)   # 三个方面一共多少问题: 3个方面…共11个问题
    given = set(NUMBER.findall(not_counts.sub(" ", asked_figures(without_threshold(question)))))   # "1到3月填报了多少条":
    # its months give no count; 有没有超过十次: a threshold, not a figure given (genre/thresholds.py)

    worked = [m.group() for m in load_worked().average.finditer(question)]   # 平均每个方面几个: how the figure is
    subject = {t: w for t, w in tokens.items() if not any(t in x for x in worked)}   # worked, no subject it is said of

    kind_of = kind_words(question, tokens)   # 立行立改 asked of a notice saying 即知即改: one kind (items.toml [[kind]])

    def cover(piece: str, words: dict[str, float] = tokens, own: bool = False) -> float:
        named = kinds_in(piece) if kind_of and own else set()   # the clause itself names the kind, not its sentence
        return sum(w for t, w in words.items() if t in piece or kind_of.get(t) in named) / total

    steps = {t: w for t, w in tokens.items() if len(t) >= 2 and not NOT_SUBJECT.fullmatch(t)}   # a year the
    # question gives, or a character left of a name (区 of 区科协), names no step: 2024年被巡察…哪天反馈

    scored = []
    for rank, (a, b) in enumerate(spans):
        held = row_figures(text, a, b)   # a table row names its counted noun in its header (具体问题(项)50项)
        for m in CLAUSE.finditer(text, a, b):
            clause = arabic(row_figures(text, m.start(), m.end()).strip())   # 三十二个问题 read as 32个问题, a table's
            # bare cell with its header's unit (整改措施(条)3条): genre worked.toml [numerals], [table]
            clause = quotes_in_digits(clause) if slogan else clause   # a slogan asked: “三个规定” read as “3个规定”
            if len(clause) < MIN_CLAUSE:
                continue
            end = m.end()
            if len(BARE_DATE.sub("", clause)) < MIN_CLAUSE:   # a bare date leads the clause it dates
                after = CLAUSE.search(text, m.end() + 1, b)
                if after is not None and after.start() == m.end() + 1:
                    end = after.end()
            counts = set(NUMBER.findall(not_counts.sub(" ", clause)))   # years, dates, names, list markers
            if counts & given and not ((grouped or worked) and counts - given):   # the clause restates what the
                continue   # question gives ("33个问题"), not the answer; unless it groups it (3个方面6项共11个问题 for
                # 11个问题怎么归类) or holds what it is averaged over (4个方面33个问题 for 33个问题平均每个方面几个)
            when = set(dated.findall(TITLED.sub(" ", text[m.start():end]))) if dates else set()   # 《2023年…要点》 is a name
            if when and not framed_ok and q.framing.search(text[m.start():end]):
                when = set()   # the inspection's dates answer when it came or reported back, not other steps
            if when and meeting and meeting.group(1) not in BRACKET.sub("", text[m.start():end]):
                when = set()   # "常务会议是哪天开的" is not dated by "于3月15日前报督查室备案"
            if when and step in q.written_steps and step not in text[m.start():end]:
                when = set()   # "哪天反馈的" is not dated by the visit's range
            if figures and specific and not alike and counts and not any(re.search(r"\d(?:[\d.]*)(?:余|多)?" + re.escape(f), clause)
                                                                         for forms in specific for f in forms):   # 2人, not 单位
                counts = set()   # "多少公里" is not answered by "613件" (unless a count is asked too: "多少项？钱有多少？")
            if figures and asked_years and counts:
                years = set(load_questions().other_year.findall(clause))
                if years and not years & asked_years:
                    counts = set()   # "2017年度查出多少问题" is not answered by "对2016年经责审计提出的21个问题"
            if figures and alike and not specific and counts and not alike.search(not_counts.sub(" ", clause)) and not (
                    slogan and "“" in clause):   # a slogan asked: its quote's figure counts in its own words
                counts = set()   # ... nor "多少个问题" by "为期45天" or "3个月"
            if figures and counted and counts and (not any(n in held for n in counted) or (one_noun and
                    not any(n in clause for n in counted)
                    and any(n in clause and n not in question for n in NAMED_WITH_COUNT - set(counted)))):
                counts = set()   # "反馈了多少个问题" is not answered by a sentence counting only "制度45项", nor (one
                                 # figure asked, or a sum) by its clause counting another thing ("针对反馈的问题,…制定制度13个");
                                 # a thing the question names is no other (完善制度围绕哪几个方面，一共几个: 制度13个)
            if (figures and counted_else and counts and one_noun and not any(n in clause for n in counted_else)
                    and any(n in clause and n not in question for n in NAMED_WITH_COUNT)):
                counts = set()   # "下设了几个工作组" is not answered by "制定和完善相关制度13个" either; 完善制度围绕哪几个
                # 方面，一共几个 is: it names the 制度 the clause counts
            if figures and counts and not said_of(text, spans, (a, b), m.start(), m.end(), subject, counted,
                                                  [x for x in ASKS.findall(question) if q.asks_quantity.search(x)]):
                counts = set()   # "水务集团自查查出多少问题" is not answered by "附海镇…对经责审计提出的21个问题"
            if not (figures and counts) and not when:
                continue
            context = text[a:b] if when else text[a:m.end()]   # a date leads the clause it dates ("2025年1月8日,巡察组反馈")
            own = cover(text[m.start():end], steps if when else tokens, True)   # a dated clause: by the step it names
            score = cover(context) + weights.OWN_WEIGHT * own + (weights.FIRST_BONUS if rank == 0 else 0.0)
            score += (1.0 if unit and unit.search(clause) else 0.5 if alike and alike.search(clause) else 0.0)
            score += (0.5 + (1.0 if step and step in clause else 0.0)) if when else 0.0
            elided = asks_done and (ELIDED.search(clause) or figure_first_count(load_genre(), clause)) and any(
                n in text[max(a, m.start() - ELIDED_BACK):m.start()] for n in counted)   # 336个已完成整改 as 已完成整改336个
            score += weights.COUNTED_BESIDE if counts and (any(n in clause for n in counted) or elided) else 0.0   # 问题6项,
            # not 整改4项; a done count asked: "400个问题,已完成整改336个" counts the noun said before it (elided)
            score += weights.DONE_STATED if counts and asks_done and q.states_result.search(clause) else 0.0
            score += weights.STATUS_NAMED if counts and status and status_counted(clause, status) else 0.0
            score += weights.KIND_NAMED if counts and kind_of and set(kind_of.values()) & kinds_in(clause) else 0.0
            score += weights.WHOLE_STATUS if counts and whole and whole[0] <= m.start() < whole[1] and status_counted(
                clause, status) else 0.0   # 整改中的有几项: the notice-wide count of that status, not a section's
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            stop = end - len(text[m.start():end]) + len(text[m.start():end].rstrip())
            says_asked = any(t in text[m.start():end] for t in steps)   # the clause names something the question names
            scored.append((score, start, stop, counts if figures else set(), when, says_asked))
    if not scored:
        return None
    named = each_named(in_notice_words(question)) if figures > 1 and not dates else None
    if named and any(s[3] and s[5] for s in scored):   # several figures asked of named indicators (A和B分别是多少):
        scored = [s for s in scored if not s[3] or s[5]]   # a figure clause of the same long sentence naming none of the
        # question's words (培育…样板50个) answers nothing asked
    scored.sort(key=lambda s: (-s[0], s[1]))
    scored = run_first(text, scored, in_notice_words(question), tokens) if figures == 1 and not dates else scored
    pair = (figures == 2 or figures == 3 and follow_on_asks(question) == 1) and not dates and (
        q.asks_sum.search(question) or q.asks_difference.search(question))   # three things summed (三项加起来): the
    # best clause of each, as asked; X是多少？Y呢？差几个: the two asked, the difference's own 几 no third figure quoted
    each = _each_subject(text, [s for s in scored if s[3]], compared_subjects(in_notice_words(question))) if pair else None
    if each:   # "A比B多多少", "A和B一共几次": the clause of each thing named, not the best two of the question
        return each
    each = kinds_clauses(text, scored, question, figures) if figures > 1 and not dates else None
    if each:   # 总方案和专项方案各几个: the clause counting each kind (answer/each.py)
        return each
    each = _each_subject(text, [s for s in scored if s[3]], named) if named else None
    if each:   # "A和B两个指标分别是多少": the clause of each thing named (genre claims.toml [each_named])
        return each
    picked = [scored[0]]
    held_counts, held_dates = set(scored[0][3]), set(scored[0][4])
    for s in scored[1:]:
        if len(picked) >= figures + dates or s[0] < weights.LEAD_MORE * scored[0][0]:
            break
        if any(a < s[2] and s[1] < b for _, a, b, *_ in picked):
            continue
        if (s[3] - held_counts) or (s[4] - held_dates):   # says something the picked clauses do not
            picked.append(s)
            held_counts |= s[3]
            held_dates |= s[4]
    for kind, asked in ((4, dates), (3, figures)):   # each kind asked (哪天收到反馈？反馈了多少问题？) gets its best clause
        if asked and not any(p[kind] for p in picked) and len(picked) < figures + dates:
            picked += [s for s in scored if s[kind] and not any(a < s[2] and s[1] < b for _, a, b, *_ in picked)][:1]
    return sorted(step_led(text, a, b) if when else (a, b) for _, a, b, _, when, _ in picked)   # 审查签字后,于…前报


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _each_subject(text: str, scored: list[tuple], subjects: tuple[str, str] | None) -> list[tuple[int, int]] | None:
    """The clauses (best-scored first in SCORED, each holding a figure) that name each of the two SUBJECTS a sum or a
    difference is asked of, by the two-character pieces one subject has and the other has not ("追缴的资金" and
    "归还原渠道的资金": 追缴 vs 归还, 渠道); None when either names no clause apart from the other.

    >>> t = "居民健康素养水平达39%以上,居民心理健康素养水平达25%以上,家庭医生居民签约服务覆盖率达42%以上"
    >>> c1, c2 = t.index(","), t.index(",家庭")
    >>> sc = [(2.0, c2 + 1, len(t), {"42"}), (1.5, 0, c1, {"39"}), (1.4, c1 + 1, c2, {"25"})]
    >>> [t[a:b] for a, b in _each_subject(t, sc, ("居民健康素养", "心理健康素养"))]
    ['居民健康素养水平达39%以上', '居民心理健康素养水平达25%以上']
    """
    if not subjects:
        return None
    one, two = map(_bigrams, subjects)
    fits = [sorted(((len(own & _bigrams(text[a:b])), -i, a, b) for i, (_, a, b, *_) in enumerate(scored)), reverse=True)
            for own in (one - two, two - one)]
    if not all(f and f[0][0] for f in fits):
        return None
    first = max(fits, key=lambda f: f[0][0])   # the thing named most surely takes its clause; the other thing its best
    other = fits[1] if first is fits[0] else fits[0]   # clause of the rest (签约 is said of both: 重点人群签约 is the 2nd's)
    taken = first[0][2:]
    rest = next((f for f in other if f[0] and f[2:] != taken), None)
    return sorted({taken, rest[2:]}) if rest else None
