"""The table of fact types and components, and what happens when components are out of order."""

from __future__ import annotations

import pytest
import spacy
from helpers import record_of, rule_pipeline
from newsfacts.extractors.pipeline import (
    FACTS,
    PipelineError,
    check_pipeline,
    components_for,
    fact_spans,
    needs_model,
    register_components,
)
from newsfacts.extractors.record import FACT_TYPES
from spacy.language import Language

ARTICLE = (
    "ROUEN, 9 mars 2025 (AFP) - Le groupe Vérano a mis en service l'usine Vérano de Caudry, "
    "d'une puissance de 12 MW, pour 40 millions d'euros, le 3 mars."
)


def _requires(component: str) -> list[str]:
    return list(Language.get_factory_meta(component).requires)


def _assigns(component: str) -> list[str]:
    return list(Language.get_factory_meta(component).assigns)


def test_the_table_covers_every_fact_list_of_the_record() -> None:
    assert tuple(FACTS) == FACT_TYPES


@pytest.mark.parametrize("fact_type", FACT_TYPES)
def test_the_table_agrees_with_what_each_factory_declares(fact_type: str) -> None:
    """Every requirement of a listed component is assigned by a component listed before it, or
    by the statistical model's entity recognizer when the table says the type reads entities."""
    register_components()
    needs = FACTS[fact_type]
    assigned: set[str] = {"doc.ents"} if needs.entities else set()
    for component in needs.components:
        missing = set(_requires(component)) - assigned
        assert not missing, (fact_type, component, missing)
        assigned |= set(_assigns(component))
    reads_entities = any("doc.ents" in _requires(c) for c in needs.components)
    assert reads_entities == needs.entities


def test_components_come_in_an_order_that_keeps_each_types_order() -> None:
    order = components_for(("money", "facilities", "dates"))
    assert order == (
        "newsfacts_dateline",
        "newsfacts_money",
        "newsfacts_organizations",
        "newsfacts_facilities",
        "newsfacts_dates",
    )
    for fact_type in FACT_TYPES:
        positions = [order.index(c) for c in FACTS[fact_type].components if c in order]
        assert positions == sorted(positions)


def test_only_organizations_and_facilities_need_the_model() -> None:
    assert needs_model(("facilities",)) and needs_model(("organizations", "money"))
    assert not needs_model(("money", "dates", "quantities"))


def test_facilities_before_organizations_fails_the_build() -> None:
    """spaCy's own analysis now sees the order: facilities read the organizations' mentions."""
    register_components()
    nlp = spacy.blank("fr")
    for name in ("newsfacts_dateline", "newsfacts_facilities", "newsfacts_organizations"):
        nlp.add_pipe(name)
    problems = nlp.analyze_pipes()["problems"]
    assert "span._.nf_org" in problems["newsfacts_facilities"]
    with pytest.raises(PipelineError, match="newsfacts_facilities needs .*span._.nf_org"):
        check_pipeline(nlp)


def test_facilities_before_organizations_fails_at_run_time() -> None:
    """Built by hand and run anyway, the facilities component refuses to guess without owners."""
    register_components()
    nlp = spacy.blank("fr")
    for name in ("newsfacts_dateline", "newsfacts_facilities", "newsfacts_organizations"):
        nlp.add_pipe(name)
    with pytest.raises(ValueError, match="add 'newsfacts_organizations' before it"):
        nlp(ARTICLE)


def test_deals_before_the_facts_they_read_fail_at_run_time() -> None:
    register_components()
    nlp = spacy.blank("fr")
    for name in ("newsfacts_dateline", "newsfacts_deals", "newsfacts_money"):
        nlp.add_pipe(name)
    with pytest.raises(ValueError, match="add 'newsfacts_money' before it"):
        nlp(ARTICLE)


@pytest.mark.parametrize("component", ["newsfacts_dates", "newsfacts_organizations"])
def test_a_reader_of_the_dateline_fails_without_it(component: str) -> None:
    register_components()
    nlp = spacy.blank("fr")
    nlp.add_pipe(component)
    with pytest.raises(ValueError, match="add 'newsfacts_dateline' before it"):
        nlp(ARTICLE)


def test_a_rule_pipeline_in_the_tables_order_runs() -> None:
    nlp = rule_pipeline(*FACT_TYPES)
    record = record_of(nlp, nlp(ARTICLE))
    assert record["reference_date"] == "2025-03-09"
    assert [f["operator"] for f in record["facilities"]] == ["Vérano"]
    assert [d["value"] for d in record["dates"]] == ["2025-03-03"]


def test_spans_keys_come_from_each_components_config() -> None:
    register_components()
    nlp = spacy.blank("fr")
    nlp.add_pipe("newsfacts_dateline")
    nlp.add_pipe("newsfacts_money", config={"spans_key": "montants"})
    doc = nlp("Un chèque de 500 euros.")
    assert list(doc.spans) == ["montants"]
    assert fact_spans(nlp, ("money",)) == {"money": ("montants", "nf_money")}
    assert [m["value"] for m in record_of(nlp, doc, "money")["money"]] == [500.0]
