"""Round 59 (session 17), a feedback channel asked of a notice: published rectification notices often end with a
feedback line (欢迎广大干部群众监督…联系电话、邮政信箱、电子邮箱); asked for one (电话, 邮箱, 信箱, 地址, 怎么反映), the line
is quoted where printed, else the ask is refused saying the notice prints no such channel (questions.toml
[feedback_channel], answer/unprinted.py contact_unprinted). No dev notice prints one; two seed notices do.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.unprinted import NO_CONTACT, contact_unprinted
from tests.conftest import ROOT, corpus_file, dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    split = (ROOT / "tests" / "data" / "notices-dev" / "SPLIT.tsv").read_text(encoding="utf-8").splitlines()
    dev = [r.split("\t")[0][:4] for r in split if r.startswith("d") and r.split("\t")[1].strip() == "dev"]
    paths = dev_files(*dev) + [corpus_file("jinan-"), corpus_file("tj-dongli-")]
    return small_index(tmp_path_factory, "scope59", paths, keyword_only=False)


def test_channel_read_from_the_feedback_line():
    line = "欢迎广大党员干部对巡视整改情况进行监督。如有意见建议,请及时向区委办公室反映。联系电话:84838689;电子邮箱:x@y.gov.cn。"
    assert contact_unprinted("有意见往哪个电话反映", [line]) == ""
    assert contact_unprinted("公布了举报邮箱吗", ["现将整改具体情况报告如下:"]) == NO_CONTACT
    assert contact_unprinted("巡察反馈在哪天", ["现将整改具体情况报告如下:"]) == ""   # no channel asked


REFUSED = [
    "瑞金审计整改报告留了群众反映问题的电话没，打哪个号",
    "遂宁市科技局巡察整改通报公布了举报邮箱吗",
    "湘潭市妇联巡察整改，群众对整改有意见怎么反映",
    "广州审计整改报告有没有给出监督电话",
    "莆田市司法局巡察整改通报的联系邮箱是什么",
    "厦门市体育局整改情况的监督电话是多少",
]


@pytest.mark.parametrize("question", REFUSED)
def test_unprinted_channel_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained, a.answer
    assert NO_CONTACT in a.answer


ANSWERED = [
    ("济南城管局巡察整改有意见往哪个电话反映", "82059991"),
    ("东丽区巡视整改情况的监督电话和邮箱是什么", "84838689"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_printed_channel_quoted(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer
