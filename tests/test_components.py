"""The rule components on spacy.blank("fr"): no statistical model, no named entities."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from helpers import record_of, rule_pipeline
from newsfacts.extractors.pipeline import components_for, register_components
from newsfacts.extractors.record import FACT_TYPES
from spacy.language import Language
from spacy.tokens import Doc

RULE_PIPES = components_for(FACT_TYPES)

ARTICLE = (
    "PARIS, 3 février 2025 (AFP) - Le groupe Maréchal investira 250 millions d'euros d'ici à "
    "mars 2026 dans la centrale solaire de Montauban, d'une puissance de 200 MWc. "
    "Elle produira 300 GWh par an."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return rule_pipeline(*FACT_TYPES)


@pytest.fixture(scope="module")
def doc(nlp: Language) -> Doc:
    return nlp(ARTICLE)


def values(doc: Doc, group: str, extension: str) -> list[dict[str, Any]]:
    return [span._.get(extension) for span in doc.spans[group]]


def test_factories_are_registered() -> None:
    register_components()
    for name in RULE_PIPES:
        assert Language.has_factory(name)


def test_every_group_is_written(doc: Doc) -> None:
    assert set(doc.spans) == {
        "newsfacts_money",
        "newsfacts_quantities",
        "newsfacts_organizations",
        "newsfacts_facilities",
        "newsfacts_dates",
        "newsfacts_deals",
    }


def test_dateline(doc: Doc) -> None:
    assert doc._.nf_reference_date == "2025-02-03"
    assert doc._.nf_reference_date_source == "dateline"
    start, end = doc._.nf_dateline
    assert ARTICLE[start:end].startswith("PARIS, 3 février 2025")


def test_dateline_does_not_override_a_given_reference(nlp: Language) -> None:
    doc = nlp.make_doc(ARTICLE)
    doc._.nf_reference_date = "2020-01-01"
    doc._.nf_reference_date_source = "option"
    doc = nlp(doc)
    assert (doc._.nf_reference_date, doc._.nf_reference_date_source) == ("2020-01-01", "option")
    assert doc._.nf_dateline is not None


def test_money_span_and_value(doc: Doc) -> None:
    [span] = doc.spans["newsfacts_money"]
    assert span.text == "250 millions d'euros"
    value = span._.nf_money
    assert value == {
        "text": "250 millions d'euros",
        "start": ARTICLE.index("250"),
        "end": ARTICLE.index("250") + len("250 millions d'euros"),
        "value": 250_000_000.0,
        "currency": "EUR",
        "qualifier": "exact",
    }


def test_money_span_expands_to_tokens(nlp: Language) -> None:
    # "12 000 000 €" is several tokens; the span covers them all, the value keeps the characters.
    doc = nlp("La commune a reçu 12 000 000 € hier.")
    [span] = doc.spans["newsfacts_money"]
    assert span.text == "12 000 000 €"
    assert span._.nf_money["value"] == 12_000_000.0
    assert span._.nf_money["currency"] == "EUR"


def test_quantities(doc: Doc) -> None:
    quantities = values(doc, "newsfacts_quantities", "nf_quantity")
    assert [(q["text"], q["kind"], q["unit"]) for q in quantities] == [
        ("200 MWc", "power", "MWc"),
        ("300 GWh", "energy", "GWh"),
    ]
    assert quantities[0]["watts"] == 200e6
    assert quantities[1]["watt_hours"] == 300e9
    assert "watts" not in quantities[1]


def test_dates_skip_the_dateline(doc: Doc) -> None:
    dates = values(doc, "newsfacts_dates", "nf_date")
    assert [(d["text"], d["value"], d["grain"]) for d in dates] == [
        ("mars 2026", "2026-03", "month")
    ]


def test_relative_dates_resolve_against_the_dateline(nlp: Language) -> None:
    doc = nlp("ROUEN, 9 décembre 2025 (AFP) - Les travaux commenceront le 15 janvier.")
    [value] = values(doc, "newsfacts_dates", "nf_date")
    assert value["text"] == "15 janvier"
    assert value["relative"] is True
    # a December article, future tense: the next 15 January
    assert value["value"] == "2026-01-15"


def test_facility(doc: Doc) -> None:
    [span] = doc.spans["newsfacts_facilities"]
    assert span.text == "centrale solaire de Montauban"
    facility = span._.nf_facility
    assert facility["name"] == "Centrale solaire de Montauban"
    assert facility["kind"] == "solar farm"
    assert facility["location"] == "Montauban"
    assert facility["capacity"]["watts"] == 200e6
    assert facility["capacity"]["text"] == "200 MWc"


def test_facility_capacity_times_unit_count(nlp: Language) -> None:
    doc = nlp("Le parc éolien de Plouzané comptera 40 éoliennes de 6 MW.")
    [facility] = values(doc, "newsfacts_facilities", "nf_facility")
    assert facility["kind"] == "wind farm"
    assert facility["capacity"]["count"] == 40
    assert facility["capacity"]["watts"] == 240e6


def test_components_work_alone(nlp: Language) -> None:
    money_only = spacy.blank("fr")
    money_only.add_pipe("newsfacts_money")
    doc = money_only("Un chèque de 500 euros.")
    assert [s._.nf_money["value"] for s in doc.spans["newsfacts_money"]] == [500.0]
    assert record_of(money_only, doc, "money")["money"][0]["currency"] == "EUR"


# ---------------------------------------------------------------------------------------------
# Organizations without named entities
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def org_nlp() -> Language:
    return rule_pipeline("organizations")


def organizations(nlp: Language, text: str) -> list[dict[str, Any]]:
    doc = nlp(text)
    assert not doc.ents
    return record_of(nlp, doc, "organizations")["organizations"]


def test_organization_cues_without_ner(org_nlp: Language) -> None:
    orgs = organizations(
        org_nlp,
        "Le groupe Vérano a racheté la start-up Kelmio. Brivex SA a confirmé l'opération, "
        "que le groupe Vérano juge stratégique.",
    )
    assert [o["name"] for o in orgs] == ["Vérano", "Kelmio", "Brivex"]
    verano = orgs[0]
    assert [m["text"] for m in verano["mentions"]] == ["Vérano", "Vérano"]
    assert verano["aliases"] == []


def test_organization_mentions_carry_offsets(org_nlp: Language) -> None:
    text = "La société Tarnelle recrute."
    [org] = organizations(org_nlp, text)
    [mention] = org["mentions"]
    assert text[mention["start"] : mention["end"]] == "Tarnelle"


def test_acronym_merged_with_its_expansion(org_nlp: Language) -> None:
    orgs = organizations(
        org_nlp,
        "L'Organisation des Nations unies (ONU) a salué l'accord. L'ONU suivra le dossier.",
    )
    assert len(orgs) == 1
    [onu] = orgs
    assert onu["aliases"] == ["ONU"]
    assert [m["text"] for m in onu["mentions"]][-2:] == ["ONU", "ONU"]


def test_acronym_of_an_institution(org_nlp: Language) -> None:
    [org] = organizations(
        org_nlp, "La Commission nationale du débat public (CNDP) a été saisie par la CNDP."
    )
    assert org["name"] == "Commission nationale du débat public"
    assert org["aliases"] == ["CNDP"]
    assert len(org["mentions"]) == 3


def test_acronym_expansion_keeps_its_head_word(org_nlp: Language) -> None:
    [onu] = organizations(org_nlp, "L'Organisation des Nations unies (ONU) a salué l'accord.")
    assert onu["name"] == "Organisation des Nations unies"
    assert onu["mentions"][0]["text"] == "Organisation des Nations unies"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon la Banque de France, la croissance ralentit.", "Banque de France"),
        ("La Fédération française de football a signé.", "Fédération française de football"),
    ],
)
def test_institution_keeps_its_head_word(org_nlp: Language, text: str, name: str) -> None:
    assert [o["name"] for o in organizations(org_nlp, text)] == [name]


def test_acronym_of_agency(org_nlp: Language) -> None:
    [org] = organizations(org_nlp, "L'Organisation mondiale de la santé (OMS) alerte.")
    assert org["name"] == "Organisation mondiale de la santé"
    assert org["aliases"] == ["OMS"]


def test_acronym_with_accented_initial(org_nlp: Language) -> None:
    [org] = organizations(
        org_nlp, "L'Agence internationale de l'énergie (AIE) publie son rapport. L'AIE insiste."
    )
    assert org["name"] == "Agence internationale de l'énergie"
    assert org["aliases"] == ["AIE"]


def test_two_legal_forms_joined_by_et(org_nlp: Language) -> None:
    orgs = organizations(org_nlp, "L'accord lie Brivex SA et Dorlan Inc. pour cinq ans.")
    assert [o["name"] for o in orgs] == ["Brivex", "Dorlan"]


def test_person_is_not_an_organization(org_nlp: Language) -> None:
    orgs = organizations(org_nlp, "M. Delorme a rejoint le groupe Vérano.")
    assert [o["name"] for o in orgs] == ["Vérano"]


# ---------------------------------------------------------------------------------------------
# Serialisation
# ---------------------------------------------------------------------------------------------


def test_doc_round_trips_through_bytes(nlp: Language, doc: Doc) -> None:
    text = ARTICLE + " La société Tarnelle, filiale de l'Office national des forêts (ONF), suit."
    doc = nlp(text)
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored.text == doc.text
    assert set(restored.spans) == set(doc.spans)
    for group in doc.spans:
        assert [s.text for s in restored.spans[group]] == [s.text for s in doc.spans[group]]
    assert restored._.nf_reference_date == "2025-02-03"
    assert restored._.nf_dateline == doc._.nf_dateline
    assert record_of(nlp, restored) == record_of(nlp, doc)
    assert record_of(nlp, restored)["organizations"]


def test_a_dispatch_dateline_further_down_is_no_date_fact(nlp: Language) -> None:
    text = (
        "Revue de presse du matin\n\n"
        "BREST, 6 mars (AFP) - Le chantier naval a signé un contrat le 2 mars.\n\n"
        "Rennes, le 5 mars 2025 – La région a voté son budget mardi."
    )
    doc = nlp.make_doc(text)
    doc._.nf_reference_date = "2025-03-06"
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    dates = record_of(nlp, doc, "dates")["dates"]
    assert [d["text"] for d in dates] == ["2 mars", "mardi"]
