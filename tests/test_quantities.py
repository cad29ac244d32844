"""Power, energy and production quantities, and the evaluation scorer, on hand-made examples."""

from __future__ import annotations

from typing import Any

import pytest
from newsfacts.extractors.evaluate import TypeScore, org_key, score_document
from newsfacts.extractors.quantities.finder import Quantity, find_quantities


def only(text: str) -> Quantity:
    [quantity] = find_quantities(text)
    return quantity


# ---------------------------------------------------------------------------------------------
# find_quantities
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "value", "unit", "watts"),
    [
        ("Le campus consommera 2,2 gigawatts à terme.", "2,2 gigawatts", 2.2, "GW", 2.2e9),
        ("Sa tranche unique atteint 1 300 MW.", "1 300 MW", 1300.0, "MW", 1.3e9),
        ("Une tranche\u00a0de 1\u00a0300\u00a0MW.", "1\u00a0300\u00a0MW", 1300.0, "MW", 1.3e9),
        ("L'unité délivre 900 mégawatts.", "900 mégawatts", 900.0, "MW", 9e8),
        ("Le futur EPR fournira 1,6 GWe.", "1,6 GWe", 1.6, "GWe", 1.6e9),
        ("La ferme solaire affiche 200 MWc.", "200 MWc", 200.0, "MWc", 2e8),
        ("Une chaudière de 35 kW suffit.", "35 kW", 35.0, "kW", 35e3),
        (
            "Le barrage fournit 15 mégawatts électriques.",
            "15 mégawatts électriques",
            15.0,
            "MWe",
            15e6,
        ),
    ],
)
def test_power(text: str, matched: str, value: float, unit: str, watts: float) -> None:
    quantity = only(text)
    assert quantity.kind == "power"
    assert quantity.text == matched
    assert text[quantity.start : quantity.end] == matched
    assert quantity.value == value
    assert quantity.unit == unit
    assert quantity.base_value == pytest.approx(watts)
    assert quantity.total_base_value == pytest.approx(watts)


def test_times_sign_gives_count_and_total() -> None:
    quantity = only("Le site accueillera 2 x 1 300 MW d'ici dix ans.")
    assert quantity.text == "2 x 1 300 MW"
    assert quantity.count == 2
    assert quantity.value == 1300.0
    assert quantity.base_value == pytest.approx(1.3e9)
    assert quantity.total_base_value == pytest.approx(2.6e9)


def test_count_before_unit_noun() -> None:
    quantity = only("EDF prévoit deux réacteurs de 1 650 MW sur le site.")
    assert quantity.text == "1 650 MW"  # the count is read, not part of the match
    assert quantity.count == 2
    assert quantity.total_base_value == pytest.approx(3.3e9)


def test_count_in_digits_before_unit_noun() -> None:
    quantity = only("Le parc alignera 62 éoliennes de 8 MW au large.")
    assert quantity.count == 62
    assert quantity.total_base_value == pytest.approx(496e6)


@pytest.mark.parametrize(
    ("words", "count"),
    [("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14), ("vingt", 20)],
)
def test_every_number_word_up_to_twenty_counts_units(words: str, count: int) -> None:
    """One list of number words for every rule: "treize" once had no count where "douze" had."""
    quantity = only(f"Le parc compte {words} réacteurs de 900 MW en service.")
    assert quantity.count == count
    assert quantity.total_base_value == pytest.approx(count * 9e8)


def test_no_count_without_unit_noun() -> None:
    assert only("Une puissance de 1 650 MW est visée.").count is None


def test_energy() -> None:
    quantity = only("La centrale produira 10 TWh par an.")
    assert quantity.kind == "energy"
    assert quantity.unit == "TWh"
    assert quantity.value == 10.0
    assert quantity.base_value == pytest.approx(1e13)


def test_energy_is_not_power() -> None:
    # "MWh" must not be read as "MW" followed by "h".
    [quantity] = find_quantities("Le contrat porte sur 500 MWh livrés.")
    assert quantity.kind == "energy"
    assert quantity.unit == "MWh"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("L'usine sortira 50 000 tonnes par an d'acier.", 50000.0, "t/an"),
        ("Le gisement donne 200 000 barils par jour.", 200000.0, "bbl/j"),
    ],
)
def test_production(text: str, value: float, unit: str) -> None:
    quantity = only(text)
    assert quantity.kind == "production"
    assert quantity.value == value
    assert quantity.unit == unit
    assert quantity.base_value is None
    assert quantity.total_base_value is None


@pytest.mark.parametrize(
    "text",
    [
        "Le MWh a flambé cet hiver.",
        "le prix du MWh grimpe",
        "Une hausse de 12 % en 2024.",
        "Le site emploie 1 300 personnes.",
        "",
    ],
)
def test_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_several_in_order() -> None:
    text = "Deux tranches : 900 MW puis 1 300 MW, pour 12 TWh par an."
    assert [q.text for q in find_quantities(text)] == ["900 MW", "1 300 MW", "12 TWh"]


# ---------------------------------------------------------------------------------------------
# score_document
# ---------------------------------------------------------------------------------------------


def score(
    text: str,
    gold: dict[str, list[dict[str, Any]]],
    record: dict[str, list[dict[str, Any]]],
    complete: tuple[str, ...] = ("money", "dates", "organizations", "facilities"),
    types: tuple[str, ...] = ("money", "dates", "organizations", "facilities"),
) -> dict[str, TypeScore]:
    scores: dict[str, TypeScore] = {}
    document = {"id": "t", "text": text, "gold": gold, "complete": list(complete)}
    score_document(document, record, scores, types)
    return scores


def money_pred(text: str, doc: str, **value: Any) -> dict[str, Any]:
    start = doc.index(text)
    return {"text": text, "start": start, "end": start + len(text), **value}


MONEY_TEXT = "La ville empruntera 1 milliard d'euros."


@pytest.mark.parametrize(
    ("predicted", "hit"),
    [
        (1.0e9, True),
        (1.004e9, True),  # within 0.5 %
        (0.996e9, True),
        (1.006e9, False),  # beyond 0.5 %
        (0.994e9, False),
    ],
)
def test_money_tolerance(predicted: float, hit: bool) -> None:
    gold = {"money": [{"text": "1 milliard d'euros", "value": 1e9, "currency": "EUR"}]}
    pred = money_pred("1 milliard d'euros", MONEY_TEXT, value=predicted, currency="EUR")
    result = score(MONEY_TEXT, gold, {"money": [pred]}, types=("money",))["money"]
    assert (result.tp, result.fn, result.fp) == ((1, 0, 0) if hit else (0, 1, 1))


def test_money_currency_mismatch_is_a_miss() -> None:
    gold = {"money": [{"text": "1 milliard d'euros", "value": 1e9, "currency": "EUR"}]}
    pred = money_pred("1 milliard d'euros", MONEY_TEXT, value=1e9, currency="USD")
    result = score(MONEY_TEXT, gold, {"money": [pred]}, types=("money",))["money"]
    assert (result.tp, result.fn, result.fp) == (0, 1, 1)
    assert result.precision == 0.0
    assert result.recall == 0.0
    assert result.f1 == 0.0


def test_money_gold_without_currency_accepts_any() -> None:
    gold = {"money": [{"text": "1 milliard d'euros", "value": 1e9}]}
    pred = money_pred("1 milliard d'euros", MONEY_TEXT, value=1e9, currency="USD")
    assert score(MONEY_TEXT, gold, {"money": [pred]}, types=("money",))["money"].tp == 1


NULL_TEXT = "Le fonds injectera plusieurs millions d'euros, puis des millions d'euros encore."


@pytest.mark.parametrize(
    ("pred_text", "pred_value", "hit"),
    [
        ("plusieurs millions d'euros", None, True),  # null value, overlapping span
        ("millions d'euros", None, True),  # partial overlap is enough
        ("des millions d'euros", None, False),  # null value elsewhere in the text
        ("plusieurs millions d'euros", 2e6, False),  # a value where the gold has none
    ],
)
def test_money_null_gold_needs_overlap(pred_text: str, pred_value: Any, hit: bool) -> None:
    gold = {"money": [{"text": "plusieurs millions d'euros", "value": None, "currency": "EUR"}]}
    pred = money_pred(pred_text, NULL_TEXT, value=pred_value, currency="EUR")
    result = score(NULL_TEXT, gold, {"money": [pred]}, types=("money",))["money"]
    assert result.tp == int(hit)


def test_money_range_matches_either_bound() -> None:
    text = "L'action vaudra de 40 à 45 euros."
    gold = {
        "money": [
            {"text": "40", "value": 40.0, "currency": "EUR"},
            {"text": "45 euros", "value": 45.0, "currency": "EUR"},
        ]
    }
    pred = money_pred("40 à 45 euros", text, value=40.0, value_max=45.0, currency="EUR")
    result = score(text, gold, {"money": [pred]}, types=("money",))["money"]
    assert (result.tp, result.fn, result.fp) == (2, 0, 0)
    assert result.precision == 1.0


def test_money_matching_is_one_to_one() -> None:
    text = "Il a versé 5 000 euros puis encore 5 000 euros."
    gold = {"money": [{"text": "5 000 euros", "value": 5000.0, "currency": "EUR"}] * 2}
    pred = money_pred("5 000 euros", text, value=5000.0, currency="EUR")
    result = score(text, gold, {"money": [pred]}, types=("money",))["money"]
    assert (result.tp, result.fn, result.fp) == (1, 1, 0)


def test_dates_alternatives() -> None:
    text = "Le chantier débutera début mars 2026."
    gold = {
        "dates": [{"text": "début mars 2026", "value": "2026-03", "alternatives": ["2026-03-01"]}]
    }
    for value, hit in (("2026-03", 1), ("2026-03-01", 1), ("2026-03-15", 0), (None, 0)):
        pred = {"text": "mars 2026", "start": 27, "end": 36, "value": value}
        assert score(text, gold, {"dates": [pred]}, types=("dates",))["dates"].tp == hit


@pytest.mark.parametrize(
    ("gold_org", "pred_org", "hit"),
    [
        ({"name": "Vérano SA"}, {"name": "Verano"}, True),  # accents and legal form folded
        ({"name": "le groupe Vérano"}, {"name": "VÉRANO"}, True),
        ({"name": "Dorlan Inc."}, {"name": "Dorlan Corporation"}, True),
        (
            {"name": "Organisation des Nations unies", "aliases": ["ONU"]},
            {"name": "ONU"},
            True,
        ),  # gold alias
        (
            {"name": "ONU"},
            {"name": "Organisation des Nations unies", "aliases": ["ONU"]},
            True,
        ),  # predicted alias
        ({"name": "Vérano"}, {"name": "Vérano Énergie"}, False),
        ({"name": "SA"}, {"name": "Kelmio"}, False),  # a name of legal words only matches nothing
    ],
)
def test_organization_matching(gold_org: dict, pred_org: dict, hit: bool) -> None:
    result = score("", {"organizations": [gold_org]}, {"organizations": [pred_org]})
    assert result["organizations"].tp == int(hit)


def test_org_key_folds_case_accents_and_legal_words() -> None:
    assert org_key("La Société Générale SA") == "generale"
    assert org_key("L'Oréal") == "oreal"


@pytest.mark.parametrize(
    ("gold_name", "pred_name", "hit"),
    [
        ("Centrale nucléaire de Flamanville", "Centrale de Flamanville", True),
        ("Usine Kelmio de Dunkerque", "Usine de Dunkerque", True),  # half the distinctive words
        ("Usine Kelmio de Dunkerque", "Usine de Calais", False),
        ("Parc éolien en mer de Fécamp", "Parc éolien de Saint-Nazaire", False),
        ("Projet Rainier", "Projet Rainier", True),
        ("Centrale solaire", "Centrale solaire", True),  # no distinctive word: whole name equal
        ("Centrale solaire", "Centrale nucléaire", False),
    ],
)
def test_facility_distinctive_words(gold_name: str, pred_name: str, hit: bool) -> None:
    result = score("", {"facilities": [{"name": gold_name}]}, {"facilities": [{"name": pred_name}]})
    assert result["facilities"].tp == int(hit)


def test_facility_capacity_recall() -> None:
    gold = {
        "facilities": [
            {"name": "Centrale de Penly", "capacity_watts": 3.3e9},
            {"name": "Barrage de Vouglans", "capacity_watts": 285e6, "alt_capacity_watts": 300e6},
            {"name": "Parc de Fécamp"},
        ]
    }
    preds = {
        "facilities": [
            {"name": "Centrale de Penly", "capacity": {"watts": 3.31e9}},
            {"name": "Barrage de Vouglans", "capacity": {"watts": 300e6}},
            {"name": "Parc de Fécamp", "capacity": None},
        ]
    }
    result = score("", gold, preds)["facilities"]
    assert result.tp == 3
    assert (result.capacity_gold, result.capacity_hit) == (2, 2)
    assert result.as_dict()["capacity_recall"] == 1.0


def test_facility_capacity_out_of_tolerance() -> None:
    gold = {"facilities": [{"name": "Centrale de Penly", "capacity_watts": 3.3e9}]}
    preds = {"facilities": [{"name": "Centrale de Penly", "capacity": {"watts": 1.65e9}}]}
    result = score("", gold, preds)["facilities"]
    assert result.tp == 1
    assert (result.capacity_gold, result.capacity_hit) == (1, 0)


def test_precision_only_when_type_is_complete() -> None:
    text = "Le groupe Vérano et la start-up Kelmio s'allient."
    gold = {"organizations": [{"name": "Vérano"}]}
    preds = {"organizations": [{"name": "Vérano"}, {"name": "Kelmio"}]}

    incomplete = score(text, gold, preds, complete=())["organizations"]
    assert (incomplete.tp, incomplete.fn, incomplete.fp) == (1, 0, 0)
    assert incomplete.recall == 1.0
    assert incomplete.precision is None
    assert incomplete.f1 is None
    assert incomplete.false_hits == []

    complete = score(text, gold, preds, complete=("organizations",))["organizations"]
    assert (complete.tp, complete.fn, complete.fp) == (1, 0, 1)
    assert complete.precision == 0.5
    assert complete.f1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)
    assert [h["predicted"]["name"] for h in complete.false_hits] == ["Kelmio"]


def test_scores_accumulate_over_documents() -> None:
    scores: dict[str, TypeScore] = {}
    for name, complete in (("Vérano", ["organizations"]), ("Kelmio", [])):
        document = {
            "id": name,
            "text": "",
            "gold": {"organizations": [{"name": name}, {"name": "Tarnelle"}]},
            "complete": complete,
        }
        record = {"organizations": [{"name": name}, {"name": "Brivex"}]}
        score_document(document, record, scores, ("organizations",))
    result = scores["organizations"].as_dict()
    assert result["gold"] == 4
    assert (result["true_positives"], result["false_negatives"]) == (2, 2)
    assert result["false_positives"] == 1  # Brivex, only in the complete document
    assert result["precision"] == 0.5
    assert result["recall"] == 0.5
    assert [m["id"] for m in scores["organizations"].misses] == ["Vérano", "Kelmio"]


# ---------------------------------------------------------------------------------------------
# Counts, qualifiers and net figures
# ---------------------------------------------------------------------------------------------


def test_each_takes_the_count_from_further_back() -> None:
    text = "Le site aligne quatre tranches, du modèle le plus récent, de 900 mégawatts chacune."
    quantity = only(text)
    assert quantity.count == 4
    assert quantity.total_base_value == pytest.approx(3.6e9)


def test_count_through_a_stated_power() -> None:
    quantity = only("On y trouve deux unités, d'une puissance unitaire de 1 100 MW.")
    assert quantity.count == 2
    assert quantity.total_base_value == pytest.approx(2.2e9)


def test_watt_hours_written_as_two_words_are_energy() -> None:
    quantity = only("Le barrage produit 40 térawatts-heures chaque année.")
    assert quantity.kind == "energy"
    assert quantity.unit == "TWh"
    assert quantity.base_value == pytest.approx(4e13)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Elle dépasse plus de 2 000 MW.", "more_than"),
        ("Le parc fournira jusqu'à 500 MW.", "less_than"),
        ("La tranche délivre environ 900 MW.", "approximate"),
        ("La tranche délivre 900 MW.", None),
    ],
)
def test_qualifier(text: str, qualifier: str | None) -> None:
    assert only(text).qualifier == qualifier


def test_net_figure_is_flagged() -> None:
    gross, net = find_quantities("La tranche affiche 700 MW (net 660 MW).")
    assert (gross.net, net.net) == (False, True)
    assert only("La tranche affiche 660 MWe net.").net


def test_number_words_count_production_only() -> None:
    assert only("Le site traite douze mégatonnes par an.").value == 12.0
    assert find_quantities("Il faut deux MW de plus.") == []


def test_facility_prefers_the_candidate_sharing_most_words() -> None:
    document = {
        "text": "x",
        "gold": {"facilities": [{"name": "Centrale de Valbrune B", "capacity_watts": 2e9}]},
        "complete": ["facilities"],
    }
    record = {
        "facilities": [
            {"name": "Centrale de Valbrune A", "capacity": {"watts": 3e8}},
            {"name": "Centrale de Valbrune B", "capacity": {"watts": 2e9}},
        ]
    }
    scores: dict[str, TypeScore] = {}
    score_document(document, record, scores, ["facilities"])
    assert scores["facilities"].capacity_hit == 1
    assert scores["facilities"].tp == 1


def test_score_records_sums_documents_in_order() -> None:
    from newsfacts.extractors.evaluate import score_records

    docs = [
        {
            "id": "a",
            "text": "Le 3 mars 2020.",
            "gold": {"dates": [{"value": "2020-03-03"}]},
            "complete": ["dates"],
        },
        {
            "id": "b",
            "text": "En 2019.",
            "gold": {"dates": [{"value": "2019"}]},
            "complete": ["dates"],
        },
    ]
    records = [{"dates": [{"value": "2020-03-03"}]}, {"dates": [{"value": "2018"}]}]
    result = score_records(docs, records, ["dates"])["dates"]
    assert (result["true_positives"], result["false_positives"], result["false_negatives"]) == (
        1,
        1,
        1,
    )


@pytest.mark.parametrize(
    "text, value, unit, qualifier",
    [
        ("La centrale produira plus d'un gigawatt dès 2027.", 1.0, "GW", "more_than"),
        ("Le parc atteindra deux gigawatts en 2030.", 2.0, "GW", None),
        ("Le site consomme près d'un mégawatt la nuit.", 1.0, "MW", "approximate"),
    ],
)
def test_a_power_whose_number_and_unit_are_written_out(
    text: str, value: float, unit: str, qualifier: str | None
) -> None:
    [quantity] = find_quantities(text)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


def test_a_number_word_before_a_unit_symbol_is_not_read() -> None:
    assert find_quantities("Il en faudrait trois MW de plus.") == []
