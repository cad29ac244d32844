"""Deals: each frame of extractors/deals on sentences of our own, the record and the scorer."""

from __future__ import annotations

import re

import pytest
from newsfacts.extractors.deals.finder import find_deals
from newsfacts.extractors.evaluate import TypeScore, score_document
from newsfacts.extractors.money.finder import find_money


def _deals(text: str, orgs: list[str], facilities: list[str] = (), dates=()) -> list[dict]:
    """find_deals on `text`, with the money rules' amounts and every occurrence of `orgs` and
    `facilities` as mentions; `dates` are (text, value) pairs."""
    money = [
        {
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "value": m.value,
            "currency": m.currency,
            "qualifier": m.qualifier,
        }
        for m in find_money(text)
    ]

    def mentions(names, flags=0):
        found = (re.finditer(re.escape(n), text, flags) for n in names)
        return [(m.start(), m.end(), n) for n, ms in zip(names, found, strict=True) for m in ms]

    found_dates = [
        {"start": text.index(t), "end": text.index(t) + len(t), "value": v} for t, v in dates
    ]
    places = mentions(facilities, re.IGNORECASE)
    return find_deals(text, money, mentions(orgs), places, found_dates)


def _roles(deal: dict) -> tuple:
    return (deal["kind"], deal["actor"], deal["target"], deal["status"])


def test_an_investment_names_who_invests_in_whom() -> None:
    (deal,) = _deals(
        "Le groupe Orvane a investi 40 millions d'euros dans la start-up Brevia.",
        ["Orvane", "Brevia"],
    )
    assert _roles(deal) == ("investment", "Orvane", "Brevia", "done")
    assert deal["trigger"]["text"] == "investi" and deal["hedged"] is False


@pytest.mark.parametrize(
    "text, status",
    [
        ("Orvane pourrait injecter 200 millions d'euros dans Brevia.", "possible"),
        ("Orvane prévoit d'investir 200 millions d'euros dans Brevia.", "planned"),
        ("Orvane va investir 200 millions d'euros dans Brevia.", "planned"),
        ("Orvane a annoncé un investissement de 200 millions d'euros dans Brevia.", "announced"),
        ("Orvane a investi 200 millions d'euros dans Brevia.", "done"),
    ],
)
def test_the_words_before_an_amount_say_whether_it_is_done(text: str, status: str) -> None:
    (deal,) = _deals(text, ["Orvane", "Brevia"])
    assert (deal["status"], deal["hedged"]) == (status, status != "done")
    assert (deal["actor"], deal["target"]) == ("Orvane", "Brevia")


def test_a_round_is_raised_by_its_subject_from_the_investors_listed() -> None:
    text = (
        "La jeune pousse Brevia a levé 30 millions d'euros auprès de Alto Capital, "
        "Nordique Partners et Orvane."
    )
    (deal,) = _deals(text, ["Brevia", "Alto Capital", "Nordique Partners", "Orvane"])
    assert _roles(deal) == ("funding_round", "Alto Capital", "Brevia", "done")
    assert deal["co_actors"] == ["Nordique Partners", "Orvane"]


@pytest.mark.parametrize(
    "text",
    [
        "Orvane rachète Brevia pour 1,2 milliard d'euros.",
        "Le rachat de Brevia par Orvane, pour 1,2 milliard d'euros, a été validé.",
    ],
)
def test_an_acquisition_names_the_buyer_and_the_company_bought(text: str) -> None:
    (deal,) = _deals(text, ["Orvane", "Brevia"])
    assert deal["kind"] == "acquisition"
    assert (deal["actor"], deal["target"]) == ("Orvane", "Brevia")


def test_a_valuation_has_a_target_and_no_actor_and_revenue_an_earner() -> None:
    text = (
        "Brevia est désormais valorisée à 2 milliards d'euros et réalise un chiffre "
        "d'affaires de 90 millions d'euros."
    )
    valued, earned = _deals(text, ["Brevia"])
    assert (valued["kind"], valued["actor"], valued["target"]) == ("valuation", None, "Brevia")
    assert (earned["kind"], earned["actor"], earned["target"]) == ("revenue", "Brevia", None)
    assert not valued["hedged"] and not earned["hedged"]


def test_a_subsidy_names_the_payer_after_par_and_the_receiver() -> None:
    text = "Brevia a obtenu une subvention de 5 millions d'euros accordée par la Région Valmont."
    (deal,) = _deals(text, ["Brevia", "Région Valmont"])
    assert (deal["kind"], deal["actor"], deal["target"]) == ("subsidy", "Région Valmont", "Brevia")


def test_a_contract_names_its_partner_after_avec() -> None:
    text = "Orvane a signé un contrat de 300 millions d'euros avec Brevia pour ses turbines."
    (deal,) = _deals(text, ["Orvane", "Brevia"])
    assert (deal["kind"], deal["actor"], deal["target"]) == ("contract", "Orvane", "Brevia")


def test_a_sentence_naming_no_one_carries_the_subject_and_the_receiver_before_it() -> None:
    text = (
        "Orvane a investi 50 millions d'euros dans Brevia en 2023. "
        "Après cet investissement initial de 50 millions d'euros, le groupe veut aller plus loin."
    )
    first, second = _deals(text, ["Orvane", "Brevia"])
    assert (second["actor"], second["target"]) == ("Orvane", "Brevia")
    assert second["scope"] == "tranche"


@pytest.mark.parametrize(
    "words, scope",
    [
        ("200 millions d'euros supplémentaires", "incremental"),
        ("200 millions d'euros au total", "cumulative"),
        ("200 millions d'euros", "unknown"),
    ],
)
def test_the_words_around_an_amount_say_which_part_it_is(words: str, scope: str) -> None:
    (deal,) = _deals(f"Orvane a investi {words} dans Brevia.", ["Orvane", "Brevia"])
    assert deal["scope"] == scope


def test_a_building_project_is_the_target_when_no_company_receives() -> None:
    text = "Orvane investira 800 millions d'euros dans la gigafactory de Valmont d'ici 2028."
    (deal,) = _deals(text, ["Orvane"], ["Gigafactory de Valmont"], [("2028", "2028")])
    assert deal["target"] is None or deal["target_type"] == "facility"


def test_a_named_facility_in_the_sentence_is_the_target() -> None:
    text = "Orvane investira 800 millions d'euros dans le parc Horizon Sud d'ici 2028."
    (deal,) = _deals(text, ["Orvane"], ["Horizon Sud"], [("d'ici 2028", "2028")])
    assert (deal["target"], deal["target_type"]) == ("Horizon Sud", "facility")
    assert (deal["date"], deal["status"]) == ("2028", "planned")


def test_a_date_goes_to_the_amount_nearest_to_it() -> None:
    text = (
        "Brevia affiche une valorisation de 3 milliards d'euros (en mars) et un chiffre "
        "d'affaires de 120 millions d'euros."
    )
    valued, earned = _deals(text, ["Brevia"], dates=[("en mars", "2025-03")])
    assert valued["date"] == "2025-03" and earned["date"] is None


def test_an_amount_without_a_trigger_is_another_figure() -> None:
    (deal,) = _deals("Orvane compte 4 millions d'euros de trésorerie.", ["Orvane"])
    assert (deal["kind"], deal["trigger"]) == ("other", None)


def test_each_deal_repeats_its_amount_and_its_index() -> None:
    text = "Orvane a investi 10 millions d'euros puis 20 millions d'euros dans Brevia."
    deals = _deals(text, ["Orvane", "Brevia"])
    assert [d["money_index"] for d in deals] == [0, 1]
    assert [d["amount"]["value"] for d in deals] == [10_000_000, 20_000_000]


def test_many_amounts_and_names_in_one_sentence_still_give_one_deal_each() -> None:
    text = " ".join(
        f"Orvane{i} a investi {i + 1} millions d'euros dans Brevia{i}," for i in range(300)
    )
    names = [f"Orvane{i}" for i in range(300)] + [f"Brevia{i}" for i in range(300)]
    deals = _deals(text + ".", names)
    assert len(deals) == 300 and all(d["kind"] == "investment" for d in deals)


# -- scoring ------------------------------------------------------------------------------------


def test_deals_pair_on_kind_and_amount_then_each_role_is_judged() -> None:
    text = "Orvane a investi 40 millions d'euros dans Brevia."
    (deal,) = _deals(text, ["Orvane", "Brevia"])
    gold_deal = {
        "money_span": [deal["amount"]["start"], deal["amount"]["end"]],
        "kind": "investment",
        "actor": "Orvane",
        "target": "Brevia SA",
        "date": "2024",
        "hedged": False,
    }
    document = {"text": text, "gold": {"money": [], "deals": [gold_deal]}, "complete": ["money"]}
    scores: dict[str, TypeScore] = {}
    score_document(document, {"deals": [deal]}, scores, ["deals"])
    result = scores["deals"].as_dict()
    assert (result["true_positives"], result["false_positives"]) == (1, 0)
    assert result["roles_judged"] == 4 and result["roles_right"] == 0.75  # the date is wrong

    other_kind = {**gold_deal, "kind": "acquisition"}
    scores = {}
    score_document(
        {**document, "gold": {"deals": [other_kind]}}, {"deals": [deal]}, scores, ["deals"]
    )
    assert scores["deals"].as_dict()["true_positives"] == 0


def test_a_subsidy_paid_to_a_company_named_after_a_is_that_companys() -> None:
    text = "Bruxelles autorise la Région Valmont à verser une aide de 8 millions d'euros à Brevia."
    (deal,) = _deals(text, ["Région Valmont", "Brevia"])
    assert (deal["kind"], deal["target"]) == ("subsidy", "Brevia")
    assert deal["hedged"]


def test_an_investment_financed_by_a_bank_names_the_bank() -> None:
    text = "Le parc Horizon Sud est financé à hauteur de 60 millions d'euros par la Banque Arvel."
    (deal,) = _deals(text, ["Banque Arvel"], ["Horizon Sud"])
    assert (deal["actor"], deal["target"], deal["target_type"]) == (
        "Banque Arvel",
        "Horizon Sud",
        "facility",
    )


def test_a_project_named_before_is_what_the_next_sentences_amount_builds() -> None:
    text = (
        "Orvane construira la gigafactory Lumen à Valmont. "
        "Le projet représente un investissement de 2 milliards d'euros."
    )
    (deal,) = _deals(text, ["Orvane"], ["Gigafactory Lumen"])
    assert (deal["kind"], deal["target"], deal["target_type"]) == (
        "investment",
        "Gigafactory Lumen",
        "facility",
    )


def test_a_figure_with_no_trigger_names_no_one() -> None:
    text = "Selon Orvane, le kilo se vend entre 12 et 15 euros à la pompe."
    deals = _deals(text, ["Orvane"])
    assert all(d["actor"] is None and d["target"] is None for d in deals if d["kind"] == "other")


def test_a_date_past_a_comma_belongs_to_the_next_clause() -> None:
    text = "Brevia a levé 20 millions d'euros, la société fondée en 2019 recrute."
    (deal,) = _deals(text, ["Brevia"], dates=[("en 2019", "2019")])
    assert deal["date"] is None


def test_a_takeover_phrase_is_an_acquisition() -> None:
    text = "Orvane met la main sur Brevia pour 900 millions d'euros."
    (deal,) = _deals(text, ["Orvane", "Brevia"])
    assert (deal["kind"], deal["actor"], deal["target"]) == ("acquisition", "Orvane", "Brevia")


def test_a_loan_names_its_borrower_after_au() -> None:
    text = "La Banque Arvel accorde un prêt de 40 millions d'euros au fabricant Brevia."
    (deal,) = _deals(text, ["Banque Arvel", "Brevia"])
    assert (deal["kind"], deal["actor"], deal["target"]) == ("other", "Banque Arvel", "Brevia")


def test_a_budget_is_the_cost_of_the_facility_named_before() -> None:
    text = (
        "Orvane exploite la centrale de Valmont depuis 2010. "
        "Son budget, fixé à 2,4 milliards d'euros, sera dépassé."
    )
    (deal,) = _deals(text, ["Orvane"], ["Centrale de Valmont"])
    assert (deal["kind"], deal["target"], deal["target_type"]) == (
        "cost",
        "Centrale de Valmont",
        "facility",
    )


def test_a_feed_in_tariff_is_a_contract_price_not_a_takeover() -> None:
    text = "Le parc vendra son électricité à un tarif de rachat de 52 euros le mégawattheure."
    (deal,) = _deals(text, [])
    assert deal["kind"] == "contract"
