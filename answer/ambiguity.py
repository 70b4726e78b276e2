"""Which notice an answer is from when the question names only a kind of agency that several notices are about.

Staff often ask by agency kind alone ("司法局的通报里成立了什么领导小组？") while the knowledge base holds that kind
of notice from several issuers. The answer quotes one notice (one notice per answer); this note says whose it
is, names the others, and how to ask about one of them.

Example:
    >>> shared_kind_note(index, "司法局的整改通报里成立了什么领导小组？", scope, cites)
    '（知识库中有4份“司法局”的文件，以下引自中共湖北省司法厅委员会的；另有绵阳市司法局党组、…的。要问其中某个单位，请在问题里写明地名。）'
"""
from __future__ import annotations

from answer.outcomes import findings_only
from genre.described import described
from retrieval.index.opened import Index
from retrieval.records import Citation
from retrieval.search.named import named_in
from retrieval.search.profile import notice_profile
from retrieval.search.scope import Scope

MAX_OTHERS = 5   # the others named one by one; beyond this, "等N份"


def shared_kind_note(index: Index, question: str, scope: Scope, cites: tuple[Citation, ...]) -> str:
    """A note naming the quoted notice's issuer and the other notices the question's agency kind fits equally
    ("" when the question names a place, the user chose notices, or only one notice fits: by its kind, or by the
    inspection the question tells it by, genre described.toml, which the scope prefers)."""
    if not cites or scope.notice_ids or scope.groups or scope.unmatched:
        return ""
    named = named_in(question)
    if not named.agencies or named.places or named.regions:
        return ""
    focus = [nid for nid in scope.alike or scope.focus if issued_by(index, nid, named.agencies)]   # whose notices they are: not one
    quoted = {c.notice_id for c in cites}   # naming the kind inside (省委 of 省委审计委员会办公室 in a 审计厅 report)
    if len(focus) < 2 or len(quoted) != 1 or not quoted <= set(focus):
        return ""
    names = {nid: _whose(index, nid) for nid in focus}
    if len(set(names.values())) == 1:   # one issuer's notices (its plan and its report): the citation says which
        return ""
    own = names[cites[0].notice_id]
    others = list(dict.fromkeys(n for nid, n in names.items() if nid != cites[0].notice_id and n != own))
    more = f"等{len(others)}份" if len(others) > MAX_OTHERS else ""
    told = "与所述巡察相符的" if described(question) else ""   # 2024年夏天被巡察的那个司法局: the scope kept those that fit
    return (f"（知识库中有{len(focus)}份{told}“{scope.reason}”的文件，以下引自{own}的；另有{'、'.join(others[:MAX_OTHERS])}{more}的。"
            "要问其中某个单位，请在问题里写明地名。）")


def issued_by(index: Index, notice_id: str, agencies: frozenset[str]) -> bool:
    """Whether the notice is issued by one of the agency kinds (its title or issuer names it: Profile.issuer_agencies),
    not merely naming it inside (a 审计厅 report naming 省委审计委员会办公室 is not a 省委 notice).

    >>> issued_by(index, "d40_guangdong-audit-2020-provincial-rectification", frozenset({"党委"}))
    False
    """
    return bool(agencies & notice_profile(index.records[notice_id].notice).issuer_agencies)


def _whose(index: Index, notice_id: str) -> str:
    """The notice's issuer with its place, else its label (title or file)."""
    profile = notice_profile(index.records[notice_id].notice)
    return profile.issuer or profile.label


def reporting_first(index: Index, cands: list[tuple], question: str) -> list[tuple]:
    """CANDS (score, rank, start, end, hit) without those of a findings-only notice (every top part a findings
    heading: 一、巡察发现的问题) when measures are asked (怎么安排的, 采取了哪些措施) and another notice the question fits
    as well reports rectification: asked 市公安局党委是怎么安排整改的 with two 市公安局党委 notices, one publishing only
    the findings, the one reporting measures answers (the note then says whose). CANDS as they are otherwise."""
    def findings(nid: str) -> bool:
        tops = [sec.title for sec in index.records[nid].sections if sec.parent < 0]
        return bool(tops) and findings_only(question, tops, tops)
    reporting = [c for c in cands if not findings(c[4].notice_id)]
    return reporting if reporting and len(reporting) < len(cands) else cands
