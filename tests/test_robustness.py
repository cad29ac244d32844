"""The pure finders never raise, whatever French-looking text they get.

Sentences are drawn at random (fixed seed) from words that trigger every rule: numbers in all
their spellings, magnitudes, currencies, qualifiers, month and weekday names, units and kind
nouns. A crash here would fail a whole article in a batch. These cases run apart from the default
run (`python -m pytest -q -m slow`), as every robustness case does.
"""

from __future__ import annotations

import random

import pytest
from helpers import record_of, rule_pipeline
from newsfacts.extractors.dates.finder import find_dates
from newsfacts.extractors.facilities.finder import find_facilities
from newsfacts.extractors.money.finder import find_money
from newsfacts.extractors.quantities.finder import find_quantities

pytestmark = pytest.mark.slow

WORDS = """
    1 2 12 31 45 99 100 1 300 2,2 61,5 0,8 1.234,5 1 234 2025 1999 2030 9999 10000 03/04/2025
    2025-13-40 2025-03-12 un une deux trois vingt cent mille demi demi-milliard et million
    millions milliard milliards billion billions bn Md Mds M k K€ M€ Md€ Mrd G€ MEUR $ € £ ¥ USD
    EUR CHF dollars euros livres sterling francs yens centimes cents canadiens couronnes plus de
    moins au moins près environ quelque jusqu'à entre à du au le la les des plusieurs dizaines
    centaines milliers de d' l' par mois heure baril an janvier février mars avril mai juin
    juillet août sept. septembre octobre novembre décembre lundi mardi samedi dimanche hier demain
    aujourd'hui dernier prochain prochaine semaine trimestre semestre premier second fin début
    mi- il y a dans ans MW GW kW MWe MWc TWh gigawatts mégawatts tonnes barils x × réacteurs
    centrale nucléaire usine projet Rainier barrage aéroport parc éolien data center de Lyon
    Flamanville Amazon SA Inc. ( ) , . : ; - – « » % \n
""".split()


def _sentences(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 25))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_finders_never_raise(seed: int) -> None:
    for text in _sentences(500, seed):
        for match in find_money(text):
            assert text[match.start : match.end] == match.text
        for match in find_dates(text, "2025-07-14"):
            assert text[match.start : match.end] == match.text
        find_dates(text, None)
        quantities = find_quantities(text)
        find_facilities(text, quantities)


def test_many_capitalised_words_and_no_entities() -> None:
    capitalised = " ".join(f"Mot{i} Nom{i}" for i in range(5_000))
    assert find_money(capitalised) == []
    assert find_dates(capitalised, "2025-01") == []
    assert find_facilities(capitalised, find_quantities(capitalised)) == []


def test_whole_pipeline_never_fails_an_article(extractor) -> None:  # noqa: ANN001 - fixture
    text = "\n\n".join(_sentences(200, 7))
    record = extractor.extract(text, source="random")
    assert record["ok"] is True


def test_the_model_finds_no_organization_in_capitalisation_alone(extractor) -> None:  # noqa: ANN001
    runs = " ".join(f"Mot{i} Nom{i}" for i in range(5_000))
    listed = ", ".join(f"de Nom{i}" for i in range(3_000)) + " et de Nom3000."
    title_case = " ".join(
        w.capitalize()
        for w in ("le vent souffle sur la plaine et les arbres plient " * 400).split()
    )
    english = (
        "The board of the company met on Tuesday in London. Shareholders approved the merger "
        "with a rival firm, and the chief executive said the deal would close next year. "
    ) * 30
    for text in (runs, listed, title_case, english):
        record = extractor.extract(text, source="capitals")
        assert record["ok"] is True
        assert record["organizations"] == [] and record["facilities"] == []


def test_organizations_on_long_capitalised_runs_and_lists() -> None:
    nlp = rule_pipeline("organizations")
    runs = " ".join(f"Mot{i} Nom{i}" for i in range(5_000))
    listed = ", ".join(f"de Nom{i}" for i in range(3_000)) + " et de Nom3000."
    nested = "L'" + " de l'".join("Agence nationale" for _ in range(2_000)) + " a voté."
    for text in (runs, listed):
        # no cue, no known name: nothing may come out of sheer capitalisation
        assert record_of(nlp, nlp(text), "organizations")["organizations"] == []
    orgs = record_of(nlp, nlp(nested), "organizations")["organizations"]
    # an institution name nested two thousand deep: found, every mention as written
    assert orgs
    assert all(m["text"] == nested[m["start"] : m["end"]] for o in orgs for m in o["mentions"])


def test_no_false_facility_in_places_kind_nouns_or_long_digits(extractor) -> None:  # noqa: ANN001
    places = ", ".join(f"à Villeneuve{i}" for i in range(5_000)) + "."
    kind_nouns = " ".join(["centrale"] * 10_000)
    digits = "La centrale de Ternois produit " + "9" * 200 + " MW."
    for text in (places, kind_nouns):
        assert extractor.extract(text, source="hostile")["facilities"] == []
    [plant] = extractor.extract(digits, source="digits")["facilities"]
    assert plant["capacity"] is None


def test_thousands_of_data_center_codes_each_give_one_facility() -> None:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    codes = [
        letters[i // 676] + letters[i // 26 % 26] + letters[i % 26] + "1" for i in range(5_000)
    ]
    text = "Les datacenters du groupe : " + " ".join(codes) + "."
    found = find_facilities(text, find_quantities(text), None, [])
    # "EPR1" is a reactor design, not a code
    assert sorted(f.name for f in found) == sorted(c for c in codes if not c.startswith("EPR"))
