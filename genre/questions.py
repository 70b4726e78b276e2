"""How staff ask (genre/data/questions.toml): the inspecting body, years, question-framing words,
asking for results, and how plans are worded, read once into Questions (its fields: genre.question_cues).

Example:
    >>> q = load_questions()
    >>> bool(q.asks_result.search("最后实际完成了多少？")), "什么时候" in q.asking
    (True, True)
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section
from genre.question_cues import Questions

FILE = "questions.toml"


def _pattern(key: str, field: str = "pattern") -> re.Pattern[str]:
    """The regex at KEY.FIELD of questions.toml: _pattern("asks_date", "year") reads [asks_date] year."""
    return compile_re(get(section(FILE, key), field, str, FILE, key), FILE, f"{key}.{field}")


def _signer_person() -> re.Pattern[str]:
    """[asks_signer] person with its {posts} filled from the posts list (written once, used by both alternatives)."""
    table = section(FILE, "asks_signer")
    posts = "|".join(map(re.escape, get(table, "posts", list, FILE, "asks_signer")))
    return compile_re(get(table, "person", str, FILE, "asks_signer").replace("{posts}", posts), FILE, "asks_signer.person")


@functools.cache
def load_questions() -> Questions:
    """Read questions.toml once; raises GenreDataError naming the key."""
    return Questions(
        inspector=_pattern("inspector"),
        inspecting_agencies=frozenset(get(section(FILE, "inspector"), "agencies", list, FILE, "inspector")),
        tour=get(section(FILE, "inspector"), "tour", str, FILE, "inspector"),
        tour_levels=frozenset(get(section(FILE, "inspector"), "tour_levels", list, FILE, "inspector")),
        year=_pattern("year"),
        period=_pattern("period"),
        plan_period=_pattern("period", "plan_title"),
        other_year=_pattern("other_year"),
        asking=frozenset(get(section(FILE, "asking"), "words", list, FILE, "asking")
                         + get(section(FILE, "asking"), "words_days", list, FILE, "asking")),
        asks_result=re.compile(f"{_pattern('asks_result').pattern}|{_pattern('asks_result', 'recurring').pattern}"
                               f"(?:{_pattern('asks_result', 'assessed').pattern})"),   # 哪些单位考核优秀
        planned=_pattern("planned"),
        asks_quantity=_pattern("asks_quantity"),
        asks_date=_pattern("asks_date"),
        asks_year=_pattern("asks_date", "year"),
        dated_meeting=_pattern("asks_date", "meeting"),
        one_occasion=_pattern("asks_date", "one_occasion"),
        draft_request=_pattern("draft_request"),
        where=_pattern("where"),
        asks_measures=_pattern("asks_measures"),
        asks_about_problem=_pattern("asks_about_problem"),
        named_people=_pattern("asks_about_problem", "people"),
        problem_asking=_pattern("asks_about_problem", "asking"),
        problem_occasion=_pattern("asks_about_problem", "occasion"),
        other_units_problem=_pattern("asks_about_problem", "other_units"),
        asked_unit=_pattern("asked_unit"),
        asks_rate=_pattern("asked_unit", "rate"),
        asks_remaining=_pattern("asked_unit", "remaining"),
        asks_completion=_pattern("asked_unit", "completion"),
        asks_not_done=_pattern("asked_unit", "not_done"),
        asks_difference=_pattern("asked_unit", "difference"),
        asks_which_more=_pattern("asked_unit", "which_more"),
        figure_bound=_pattern("asked_unit", "figure_bound"),
        figure_verb=_pattern("asked_unit", "figure_verb"),
        asks_sum=_pattern("asked_unit", "sum"),
        asks_money=_pattern("asked_unit", "money"),
        money_units=tuple(get(section(FILE, "asked_unit"), "money_units", list, FILE, "asked_unit")),
        generic=frozenset(get(section(FILE, "generic"), "words", list, FILE, "generic")),
        restates=_pattern("restates"),
        enum_item=_pattern("enum_item"),
        announces=_pattern("announces"),
        measure_units={forms[0]: tuple(forms) for forms in get(section(FILE, "measure_units"), "units", list, FILE,
                                                                 "measure_units")},
        asks_done=_pattern("asks_done"),
        asks_done_status=_pattern("asks_done", "status"),
        asks_which_done=_pattern("asks_done", "which_done"),
        asks_place=_pattern("asks_place"),
        asks_problems=_pattern("asks_problems"),
        findings_heading=_pattern("findings_heading"),
        states_result=_pattern("states_result"),
        asks_content=_pattern("asks_content"),
        framing=_pattern("framing"),
        year_names_round=_pattern("framing", "year_names_round"),
        asks_inspection=_pattern("asks_inspection"),
        asks_opening=_pattern("asks_inspection", "opening"),
        asks_framed_date=_pattern("asks_inspection", "dated"),
        written_steps=tuple(get(section(FILE, "asks_inspection"), "written_steps", list, FILE, "asks_inspection")),
        asks_reporter=_pattern("asks_reporter"),
        other_session=_pattern("asks_reporter", "other_session"),
        asks_published=_pattern("asks_published"),
        count_units=tuple(get(section(FILE, "count_units"), "units", list, FILE, "count_units")),
        occurrence_units=tuple(get(section(FILE, "count_units"), "occurrences", list, FILE, "count_units")),
        counted=_pattern("count_units", "counted"),
        counted_before=_pattern("count_units", "counted_before"),
        named_with_count=frozenset(get(section(FILE, "count_units"), "named_with_count", list, FILE, "count_units")),
        counted_apart=frozenset(get(section(FILE, "count_units"), "counted_apart", list, FILE, "count_units")),
        counted_qualified=_pattern("count_units", "counted_qualified"),
        durations=_pattern("count_units", "durations"),
        asks_gap=re.compile(f'{_pattern("asks_gap").pattern}|{_pattern("asks_gap", "between_days").pattern}'),   # two keys: one ask
        report_made=_pattern("asks_gap", "report_made"),
        gap_second_step=_pattern("asks_gap", "second_step"),
        gap_from=_pattern("asks_gap", "from_step"),
        gap_after_one=_pattern("asks_gap", "after_one"),
        asks_rectified_span=_pattern("asks_gap", "rectified"),
        this_year=_pattern("this_year"),
        asks_attachments=_pattern("attachments"),
        attachment_list=re.compile(get(section(FILE, "attachments"), "list_line", str, FILE, "attachments"), re.MULTILINE),
        attachment_item=re.compile(get(section(FILE, "attachments"), "next_item", str, FILE, "attachments")),
        asks_progress=_pattern("asks_progress"),
        asks_round=_pattern("asks_round"),
        asks_addressee=_pattern("asks_addressee"),
        addressee_line=re.compile(get(section(FILE, "asks_addressee"), "line", str, FILE, "asks_addressee"), re.MULTILINE),
        round_named=_pattern("asks_round", "named"),
        staff_words=tuple((a, b) for a, b in get(section(FILE, "staff_words"), "pairs", list, FILE, "staff_words")),
        asks_members=_pattern("listed_members", "asks"),
        members_counted=_pattern("listed_members", "counted"),
        members_which=_pattern("listed_members", "which"),
        asked_thing=_pattern("asked_thing", "pattern"),
        name_asked=_pattern("asked_thing", "name_asked"),
        numbered_item=_pattern("enum_item", "numbered"),
        asks_contact=_pattern("contact", "asks"),
        contact_line=_pattern("contact", "line"),
        asks_combined_which=_pattern("asks_combined", "which"),
        measure_kinds=frozenset(get(section(FILE, "asked_thing"), "measure_kinds", list, FILE, "asked_thing")),
        members_joined=_pattern("listed_members", "joined"),
        members_classifiers=frozenset(get(section(FILE, "listed_members"), "classifiers", list, FILE, "listed_members")),
        members_list=_pattern("listed_members", "list"),
        members_documents=_pattern("listed_members", "documents"),
        asks_signer=_pattern("asks_signer"),
        asks_signer_person=_signer_person(),
        signer_posts=frozenset(get(section(FILE, "asks_signer"), "posts", list, FILE, "asks_signer")),
        asks_combined=_pattern("asks_combined"),
        asks_rank=_pattern("asks_rank"),
        asks_indicator=_pattern("asks_indicator"),
        asks_holder=_pattern("asks_holder"),
        asks_name=_pattern("asks_holder", "name"),
        holder_office=_pattern("asks_holder", "office"),
        holder_office_ask=_pattern("asks_holder", "office_ask"),
        holder_body=_pattern("asks_holder", "body"),
        holder_groups=tuple(get(section(FILE, "asks_holder"), "groups", list, FILE, "asks_holder")),
        asks_counted_person=_pattern("asks_holder", "counted_person"),
        rank_stated=_pattern("asks_rank", "stated"),
        rank_worded=_pattern("asks_rank", "worded"),
        quoted_ask=_pattern("quoted_ask"),
        same_act=tuple((a, b) for a, b in get(section(FILE, "same_act"), "pairs", list, FILE, "same_act")),
        accountability=tuple(tuple(g) for g in get(section(FILE, "accountability"), "actions", list, FILE, "accountability")),
        accountability_whole=tuple(get(section(FILE, "accountability"), "whole", list, FILE, "accountability")),
        accountability_taken=tuple(get(section(FILE, "accountability"), "taken", list, FILE, "accountability")),
        asks_document=_pattern("asks_document"),
        document_named=_pattern("asks_document", "named"),
        asks_ordinal=_pattern("asked_slot", "ordinal"),
        asks_money_kind=_pattern("asked_slot", "money"),
        money_words=frozenset(get(section(FILE, "asked_slot"), "money_words", list, FILE, "asked_slot")),
        asks_which_one=_pattern("asked_slot", "which_one"),
        asks_status=_pattern("asked_slot", "status"),
        asks_members_about=_pattern("asked_slot", "members"),
        asks_roster=_pattern("asked_slot", "roster"),
        asks_aspects=_pattern("asked_slot", "aspects"),
        asks_act=_pattern("asked_slot", "act"),
        asks_venue=_pattern("asked_slot", "venue"),
        unfinished=_pattern("asked_slot", "unfinished"),
        asks_later=_pattern("asked_slot", "later"),
        under_way=_pattern("asked_slot", "under_way"),
        asks_named_measure=_pattern("asked_slot", "measure"),
        venue_stated=_pattern("asked_slot", "venue_stated"),
        aspects_stated=_pattern("asked_slot", "aspects_stated"),
        members_named_set=_pattern("members_ask", "named_set"),
        members_count_in_ask=_pattern("members_ask", "count_in_ask"),
        asks_one_month=_pattern("asked_slot", "month"),
        month_span=_pattern("asked_slot", "months"),
    )
