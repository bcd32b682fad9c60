"""Chinese events, fifth round of Chinese rules (docs/extractors-events.md, issue 10 point 4):
how Chinese names a measure and what is done to it. A name between a restriction word and its
direction word counts one word, not one per character; the verb that lifts, extends or
suspends a measure may follow it (topic, passive, 将 disposal); licences refused are a ban; a
restored measure stands again; a deal takes what it trades from a sentence naming its parties.
Sentences of our own, Simplified and Traditional, through the real pipeline."""

from __future__ import annotations

import pytest
from test_events_support import events_of, keys_of

from orewatch.extractors.events.clauses import Clauses
from orewatch.extractors.events.labels import CueKind, Label
from orewatch.extractors.events.triggers import Cue, SegmentCues


def test_a_chinese_name_between_two_cue_words_counts_one_word():
    # 暂停 了 对 美国 的 锑 出口 (tokens 0..7): six tokens between, five words (美国 is one)
    ban, export = Cue(Label(CueKind.RESTRICTION, 0), 0, 2), Cue(Label(CueKind.EXPORT), 8, 10)
    clause = Clauses(0, 11, ())
    assert SegmentCues([ban, export], clause).gap(ban, export) == 6
    assert SegmentCues([ban, export], clause, names=((4, 6),)).gap(ban, export) == 5
    # ordinary characters still count one each, and a name outside the gap changes nothing
    assert SegmentCues([ban, export], clause, names=((10, 12),)).gap(ban, export) == 6


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a country and an element between the restriction word and its direction word
        ("海关总署上月暂停了对美国的锑出口。", {("export_restriction", "CHN", ("USA",))}),
        ("越南政府暫停了對日本的稀土出口。", {("export_restriction", "VNM", ("JPN",))}),
        ("印尼政府宣布禁止对中国的镍矿出口。", {("export_restriction", "IDN", ("CHN",))}),
        # ordinary words still count one per character: far apart, they stay apart
        ("政府限制小型冶炼企业通过非法渠道采购原矿后加工成产品再出口。", set()),
    ],
)
def test_chinese_restriction_reaches_its_direction_word_across_names(text, keys):
    assert keys_of(text) == keys


def test_chinese_restriction_across_a_name_keeps_its_date_and_elements():
    (event,) = events_of("海关总署上月暂停了对美国的锑出口。")
    assert (event.date, event.date_precision, event.elements) == ("2025-09", "month", ("Sb",))


@pytest.mark.parametrize(
    ("text", "type_", "actor", "phase"),
    [
        # the measure first, its verb after it: passive (被), perfect (已), disposal (将…延长)
        ("印尼的镍矿出口禁令已被取消。", "export_restriction", "IDN", "lifted"),
        ("美國對中國商品加徵的關稅已經取消。", "tariff", "USA", "lifted"),
        ("刚果（金）政府宣布将钴出口禁令延长三个月。", "export_restriction", "COD", "extended"),
        ("剛果（金）將鈷出口禁令再延長三個月。", "export_restriction", "COD", "extended"),
        ("美国宣布对中国商品加征的关税暂停实施90天。", "tariff", "USA", "suspended"),
        # stopping a tariff lifts it
        ("中国宣布停止对美国商品加征关税。", "tariff", "CHN", "lifted"),
        # a restored measure stands again: announced, effective when enforced again
        ("美方宣布恢复此前暂停的对华关税。", "tariff", "USA", "announced"),
        ("美国将恢复对中国商品加征关税。", "tariff", "USA", "announced"),
        ("美国已恢复对中国商品征收关税。", "tariff", "USA", "effective"),
        # a lifting only asked for speaks of a measure that stands
        ("美国敦促中国取消稀土出口管制。", "export_restriction", "CHN", "announced"),
        # the rebate is lifted, the tariff raised
        ("中国从取消稀土出口退税到增加关税，调整了产业政策。", "tariff", "CHN", "announced"),
        # suspending exports is the ban itself
        ("印尼宣布暂停镍矿出口。", "export_restriction", "IDN", "announced"),
    ],
)
def test_chinese_verb_after_its_measure_gives_the_phase(text, type_, actor, phase):
    found = [(e.type, e.actor, e.phase) for e in events_of(text)]
    assert found == [(type_, actor, phase)]


def test_tariffs_on_china_named_with_dui_hua_are_not_chinas():
    assert keys_of("美方宣布恢复对华关税。") == {("tariff", "USA", ("CHN",))}


@pytest.mark.parametrize(
    ("text", "subtype", "actor", "partners"),
    [
        # licences refused (in principle) are a ban; the destination after 至/到 is its target
        ("商务部表示，镓、锗相关物项原则上不予许可出口至美国。", "ban", "CHN", ("USA",)),
        ("商務部表示，原則上不予許可鎵、鍺出口。", "ban", "CHN", ()),
        ("美国政府不予批准向中国出口镓。", "ban", "USA", ("CHN",)),
        # a licence required is still a licence
        ("商务部宣布对镓、锗出口实施许可管理。", "licence", "CHN", ()),
        ("印尼禁止镍矿出口到中国。", "ban", "IDN", ("CHN",)),
    ],
)
def test_chinese_licences_refused_are_a_ban(text, subtype, actor, partners):
    (event,) = events_of(text)
    assert (event.type, event.subtype, event.actor, event.partners) == ("export_restriction", subtype, actor, partners)


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        # 若 is "if", but not inside 若干 ("several"), a word of many documents' titles
        ("工信部表示，《关于加强稀土管理的若干规定》出台后，行业秩序明显好转。", "announced"),
        ("國務院印發《關於稀土行業的若干意見》，對稀土出口實施許可管理。", "announced"),
        ("若谈判失败，美国将对中国商品加征关税。", "proposed"),
    ],
)
def test_ruo_is_a_condition_but_not_inside_ruogan(text, phase):
    assert [e.phase for e in events_of(text)] == [phase]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # every member of a list after 对 is a target, not only its first and last
        ("中国将对美国、日本和韩国的镓、锗出口实施管制。", ("USA", "JPN", "KOR")),
        ("商務部對美國、日本及荷蘭的稀土出口實施管制。", ("USA", "JPN", "NLD")),
    ],
)
def test_every_member_of_a_chinese_list_of_targets_is_a_partner(text, partners):
    (event,) = events_of(text)
    assert event.partners == partners


@pytest.mark.parametrize(
    ("text", "elements"),
    [
        # a deal named by its parties; what it trades is said in another sentence naming both
        ("美国与智利周一签署了一项矿产合作协议。根据协议，智利将向美国供应锂和铜。", ("Li", "Cu")),
        ("秘鲁希望向日本出口更多铜矿。日本与秘鲁上月签署矿产协议。澳大利亚也向日本出口锂。", ("Cu",)),
        # a sentence naming only one of the parties says nothing about the deal
        ("美國與智利周一簽署了一項礦產合作協議。日本從智利進口鋰。", ()),
    ],
)
def test_a_chinese_deal_takes_the_elements_named_with_its_parties(text, elements):
    (event,) = events_of(text)
    assert (event.type, event.elements) == ("agreement", elements)


@pytest.mark.parametrize(
    ("text", "subtype", "phase", "date"),
    [
        # the verb's object names a target and elements before the measure it acts on
        ("商务部宣布，暂停实施对美国的镓、锗、锑出口管制措施。", "control", "suspended", "2025-10"),
        # the measure, then the verb that suspends it: the controls are suspended, not a ban
        ("商务部宣布对美国的稀土出口管制暂停一年。", "control", "suspended", "2025-10"),
        # a start between the measure and its verb; after 已 ("already") it is past
        ("商務部對美國的稀土出口管制已於4月10日起暫停實施。", "control", "suspended", "2025-04-10"),
    ],
)
def test_chinese_suspension_of_controls(text, subtype, phase, date):
    (event,) = events_of(text)
    assert (event.subtype, event.phase, event.date) == (subtype, phase, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("美国对中国商品加征的关税已于4月10日起暂停实施90天。", "2025-04-10"),
        ("美国对中国商品加征的关税将于11月10日起暂停实施。", "2025-11-10"),
        ("美国对中国商品加征的关税于11月10日起暂停实施。", "2025-11-10"),
    ],
)
def test_chinese_start_already_past_or_to_come(text, date):
    (event,) = events_of(text)
    assert (event.type, event.phase, event.date, event.effective_date) == ("tariff", "suspended", date, date)
