"""Round 54 (session 16), several dated steps put in order, in wordings of my own over dev notices.

- Staff name three and more steps joined by 、 and ask their order (按先后排一下, 先后是啥时候, 先后顺序是怎样的, 哪个最晚):
  each step is the notice sentence sharing most words with it (a dated one preferred; a step named as a meeting, one
  naming a meeting by its ordinal; a report's title and 请予审议 sentence dated by its subtitle; 公布/挂网 by the page's
  date), listed by date with its day and cited; a step no sentence dates is said undated, never guessed; 最晚/最早
  asked names that one (genre steps.toml [order_many], answer/order_many.py).
- One sentence may date two steps (2023年4月20日至5月31日,…开展巡察,并于2024年1月4日反馈): each takes the date heading
  the stretch that names it.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.order_many import _after_said, _step_day, named_steps, place_steps, several_order_asked


@pytest.mark.parametrize(("question", "steps"), [
    ("利州区法院：巡察、反馈、改信访办法，这几件事先后是啥时候", ["巡察", "反馈", "改信访办法"]),
    ("鲤城区社科联：开展巡察、反馈意见、发布整改通报，先后顺序是怎样的", ["开展巡察", "反馈意见", "发布整改通报"]),
    ("朔州市科技局：常规巡察、反馈意见、召开党组扩大会，按日期先后排", ["常规巡察", "反馈意见", "召开党组扩大会"]),
])
def test_steps_named(question, steps):
    assert named_steps(question) == steps and several_order_asked(question)


def test_two_steps_left_to_order_py():
    assert not several_order_asked("反馈和公布哪个在前")


def test_one_sentence_two_steps():
    s = "2023年4月20日至5月31日,八届市委巡察四组对市司法局开展巡察,并于2024年1月4日反馈了巡察意见"
    assert _step_day(s, {"开展", "巡察"})[1] == "2023年4月20日至5月31日"
    assert _step_day(s, {"反馈", "意见"})[1] == "2024年1月4日"


def test_after_a_day_is_no_day():
    s = "2018年7月30日市十七届人大常委会第十四次会议后,市审计局及时向相关整改责任单位出具整改任务清单"
    assert "具体日期未写明" in _after_said(s, "2018年7月30日")


def test_undated_step_not_guessed():
    t = "2025年4月27日,市委巡察组反馈了巡察意见。反馈会后,召开党组(扩大)会,统一思想认识。"
    placed = place_steps(t, ["反馈意见", "召开党组扩大会", "巡察"], "", "")
    assert placed[1].day is None and placed[0].said == "2025年4月27日"


@pytest.mark.parametrize(("question", "ordered"), [
    ("利州区法院：巡察、反馈、改信访办法，这几件事先后是啥时候",
     ["巡察（2024年10月16日至11月15日）", "反馈（2025年1月3日）", "改信访办法（2025年2月）"]),
    ("广东省审计厅那个通报，省人大审议审计工作报告、报告突出问题整改、报告全部整改情况、挂网，按先后排一下",
     ["（2021年7月）", "（2022年3月29日）", "（2022年7月27日）", "（2022年10月9日"]),
    ("莆田市司法局那份通报：巡察、反馈巡察意见、通报公布，按时间先后排一下",
     ["巡察（2023年4月20日至5月31日）", "反馈巡察意见（2024年1月4日）", "通报公布（2025年2月17日"]),
    ("鲤城区社科联：开展巡察、反馈意见、发布整改通报，先后顺序是怎样的",
     ["开展巡察（2024年1月4日至2月2日）", "反馈意见（2024年3月18日）", "发布整改通报（2024年9月19日"]),
    ("广东2020年度审计整改：第三十三次会议审议、第四十一次会议报告突出问题整改、第四十五次会议报告，按先后排一下",
     ["第三十三次会议审议（2021年7月）", "（2022年3月29日）", "第四十五次会议报告（2022年7月27日）"]),
    ("利州区法院巡察整改，联动巡察、反馈巡察意见、修改信访管理办法，哪个最晚",
     ["联动巡察（2024年10月16日", "反馈巡察意见（2025年1月3日）", "修改信访管理办法（2025年2月）", "最晚的是修改信访管理办法"]),
    ("慈溪2017年度审计整改：人大开会审议、审计局出整改任务清单、向人大报整改情况，先后顺序和日期",
     ["人大开会审议（2018年7月30日）", "审计局出整改任务清单（2018年7月30日", "向人大报整改情况（2018年11月22日）"]),
])
def test_steps_ordered(dev_split_index, question, ordered):
    text = ask(dev_split_index, question, dev_split_index.settings).answer
    at = [text.find(s) for s in ordered]
    assert all(a >= 0 for a in at) and at == sorted(at), text


@pytest.mark.parametrize(("question", "undated"), [
    ("朔州科技局：常规巡察、反馈巡察意见、开党组扩大会，这几步按日期排一下", "开党组扩大会（通报未写明日期）"),
    ("朔州科技局巡察：进驻巡察、反馈、成立整改领导小组，这几步先后是啥时候", "成立整改领导小组（通报未写明日期）"),
    ("朔州市科技局：常规巡察、反馈意见、召开党组扩大会，按日期先后排", "召开党组扩大会（通报未写明日期）"),
    ("慈溪2017年度审计整改：人大开会审议、审计局出整改任务清单、向人大报整改情况，先后顺序和日期", "具体日期未写明"),
])
def test_undated_said(dev_split_index, question, undated):
    assert undated in ask(dev_split_index, question, dev_split_index.settings).answer
