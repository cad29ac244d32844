"""Organization rules on `spacy.blank("fr")`: what the cues find without any statistical model."""

from __future__ import annotations

import pytest
import spacy
from newsfacts.extractors import pipeline  # noqa: F401 - registers the factories
from newsfacts.extractors.schema import doc_to_record


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    blank = spacy.blank("fr")
    blank.add_pipe("newsfacts_organizations")
    return blank


def names(nlp: spacy.language.Language, text: str) -> list[str]:
    record = doc_to_record(nlp(text), "test", ("organizations",))
    return [org["name"] for org in record["organizations"]]


def test_list_after_a_plural_cue(nlp: spacy.language.Language) -> None:
    text = "Les assureurs que sont Vardel, Quintor et Masselin ont relevé leurs tarifs."
    assert names(nlp, text) == ["Vardel", "Quintor", "Masselin"]


def test_relational_noun_names_the_organization(nlp: spacy.language.Language) -> None:
    text = "Brennac Logistique, filiale de Torvane, recrute deux cents chauffeurs."
    assert "Torvane" in names(nlp, text)


def test_lower_case_ministry(nlp: spacy.language.Language) -> None:
    text = "Le ministère de la Santé a publié une circulaire mardi."
    assert names(nlp, text) == ["ministère de la Santé"]


def test_capitalised_article_mid_sentence_belongs_to_the_name(nlp: spacy.language.Language) -> None:
    text = "Selon l'association La Ruche Solidaire, les dons ont doublé."
    assert names(nlp, text) == ["La Ruche Solidaire"]


def test_known_maker_before_a_model_number_is_a_product(nlp: spacy.language.Language) -> None:
    text = "La compagnie exploite douze Airbus A320 et quatre Boeing 737."
    assert names(nlp, text) == []


def test_acronym_must_explain_first_and_last_words(nlp: spacy.language.Language) -> None:
    text = "L'Office national des forêts (ONF) gère ce massif. Il y a dix ans (ONF) rien."
    record = doc_to_record(nlp(text), "test", ("organizations",))
    assert [(o["name"], o["aliases"]) for o in record["organizations"]] == [
        ("Office national des forêts", ["ONF"])
    ]


def test_acronym_after_a_definite_article(nlp: spacy.language.Language) -> None:
    text = "Le BRGM a publié une carte des sols. Le SMIC augmentera en janvier."
    assert names(nlp, text) == ["BRGM"]


def test_owner_of_a_facility(nlp: spacy.language.Language) -> None:
    text = "La centrale, exploitée par Valmorin Énergie depuis 1990, fermera."
    assert names(nlp, text) == ["Valmorin Énergie"]


def test_portfolio_after_a_job_title_is_not_a_body(nlp: spacy.language.Language) -> None:
    text = "Elle fut secrétaire d'État chargée des Sports avant de rejoindre le groupe Orvalis."
    assert names(nlp, text) == ["Orvalis"]


def test_acronym_used_without_definition_joins_its_long_name(
    nlp: spacy.language.Language,
) -> None:
    text = (
        "La Caisse nationale des retraites publie ses comptes. Selon la CNR, le déficit se réduit."
    )
    record = doc_to_record(nlp(text), "test", ("organizations",))
    assert [(o["name"], o["aliases"]) for o in record["organizations"]] == [
        ("Caisse nationale des retraites", ["CNR"])
    ]


def test_quantities_are_not_organizations(nlp: spacy.language.Language) -> None:
    assert names(nlp, "La société Brivel installe 700 MW et le groupe 12 % de plus.") == ["Brivel"]


def test_cue_adjectives_in_iste(nlp: spacy.language.Language) -> None:
    text = "Les attaques ont été revendiquées par le mouvement séparatiste Front Ardennais."
    assert names(nlp, text) == ["Front Ardennais"]


def test_acronym_with_a_place_after_the_article(nlp: spacy.language.Language) -> None:
    assert names(nlp, "Selon le CSE Lorraine, l'usine embauchera.") == ["CSE Lorraine"]
