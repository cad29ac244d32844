"""find_facilities on hand-written French examples: names, merging, capacities, and bad input."""

from __future__ import annotations

import pytest
from newsfacts.extractors.facilities.finder import Facility, find_facilities
from newsfacts.extractors.quantities.finder import find_quantities


def facilities(
    text: str, organizations: list[tuple[int, int, str]] | None = None
) -> list[Facility]:
    return find_facilities(text, find_quantities(text), None, organizations or [])


def org(text: str, name: str) -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), name)


def names(text: str) -> list[str]:
    return [f.name for f in facilities(text)]


def watts(text: str) -> dict[str, float | None]:
    return {f.name: f.capacity.watts if f.capacity else None for f in facilities(text)}


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La centrale nucléaire de Vernoux tourne.", ["Centrale nucléaire de Vernoux"]),
        (
            "Le centre nucléaire de production d'électricité de Vernoux ferme.",
            ["Centrale nucléaire de Vernoux"],
        ),
        ("L'aménagement Pierre-Lafond a coûté cher.", ["Aménagement Pierre-Lafond"]),
        ("On a fermé le terminal 3 hier.", ["Terminal 3"]),
        ("La station de métro de Belcourt est close.", ["Station de métro de Belcourt"]),
        ("Le réseau de métro de Valdor est saturé.", ["Métro de Valdor"]),
        ("Ils visitent l'accélérateur de particules ZX9.", ["Accélérateur de particules ZX9"]),
        ("Des navires quittent le port de Morlaix.", ["Port de Morlaix"]),
        # "et" ends a name: the figure after it is not part of the airport's name
        ("Vingt vols annulés à l'aéroport de Tarbes et 12 retards.", ["Aéroport de Tarbes"]),
    ],
)
def test_named_facilities(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_company_between_head_and_place_is_the_operator() -> None:
    text = "Les salariés de l'usine Vellio de Quimper sont en grève."
    [facility] = facilities(text, [org(text, "Vellio")])
    assert facility.name == "Usine Vellio de Quimper"
    assert facility.operator == "Vellio"


def test_person_name_ends_a_facility_name() -> None:
    text = "La centrale de Belrive Jean Morel ferme."
    person = text.index("Jean Morel")
    [facility] = find_facilities(text, [], None, [], [(person, person + len("Jean Morel"))])
    assert facility.name == "Centrale de Belrive"
    assert facility.location == "Belrive"


def test_coordinated_names_after_a_plural_head() -> None:
    text = "Des militants manifestent devant les centrales nucléaires de Vernoux et de Belrive."
    assert names(text) == ["Centrale nucléaire de Vernoux", "Centrale nucléaire de Belrive"]


def test_parts_listed_after_a_colon() -> None:
    text = "Le site compte 2 réacteurs : Kerlan A et Kerlan B. Kerlan B est le plus récent."
    assert names(text) == ["Kerlan A", "Kerlan B"]


def test_name_given_by_a_participle() -> None:
    text = "Le groupe bâtira un centre de données baptisé « Nuage Bleu » à Quimper."
    [facility] = facilities(text)
    assert facility.name == "Nuage Bleu"
    assert facility.kind == "data center"
    assert facility.location == "Quimper"


def test_name_in_apposition_before_its_kind() -> None:
    text = "La compagnie exploite Skyhall, un terminal de l'aéroport de Brive."
    assert names(text) == ["Skyhall", "Aéroport de Brive"]


def test_terminal_named_with_its_airport() -> None:
    text = "Une alerte a vidé hier le terminal 2 de l'aéroport de Rodez."
    assert names(text)[0] == "Terminal 2 de l'aéroport de Rodez"


def test_unnamed_factory_of_a_named_company_in_a_region() -> None:
    text = "L'entreprise Vellio envisage une usine en Bretagne pour ses moteurs."
    [facility] = facilities(text, [org(text, "Vellio")])
    assert facility.name == "Usine Vellio de Bretagne"
    assert facility.operator == "Vellio"
    assert facility.location == "Bretagne"


def test_possessive_gigafactory_in_a_town() -> None:
    text = "La start-up Ardenne Cells a choisi Sedan pour sa première gigafactory à Glaire."
    [facility] = facilities(text, [org(text, "Ardenne Cells")])
    assert facility.name == "Gigafactory Ardenne Cells de Glaire"


def test_an_unnamed_installation_is_the_named_one_of_its_place() -> None:
    text = (
        "Le groupe Vellio prépare une usine à Lannion.\n\nL'usine Kermor, qui sera construite "
        "à Lannion, produira des moteurs à partir de 2027."
    )
    [facility] = facilities(text, [org(text, "Vellio")])
    assert facility.name == "Usine Kermor"
    assert facility.location == "Lannion"


def test_an_unnamed_installation_stays_apart_from_a_named_one_elsewhere() -> None:
    text = (
        "Le groupe Vellio prépare une usine à Lannion. L'usine Kermor, construite à Brest, "
        "produira des moteurs."
    )
    assert sorted(f.name for f in facilities(text, [org(text, "Vellio")])) == [
        "Usine Kermor",
        "Usine Vellio de Lannion",
    ]


def test_unnamed_facility_in_a_region_needs_an_owner() -> None:
    assert names("Une panne touche un aéroport en Bavière.") == []


def test_that_of_names_a_facility_of_the_same_kind() -> None:
    text = "Elle est la troisième centrale du pays, derrière celle de Montvert."
    assert names(text) == ["Centrale de Montvert"]


@pytest.mark.parametrize(
    "text",
    [
        "Les centrales nucléaires vieillissent.",
        "Trois réacteurs sont à l'arrêt.",
        "C'est la deuxième centrale de France.",
        # a ranking before the head: the place after it does not name the plant
        "C'est la deuxième centrale de Valbrune.",
        "C'est la plus grande usine de Kerlan.",
        "Le projet Delta visant à réformer le droit d'auteur a été rejeté.",
        "Le site de Lyon accueille un salon.",
        "La Banque Centrale Européenne a relevé ses taux.",
        "Une centrale de 900 MW sera construite.",
    ],
)
def test_not_facilities(text: str) -> None:
    assert names(text) == []


# ---------------------------------------------------------------------------------------------
# One item per facility
# ---------------------------------------------------------------------------------------------


def test_spellings_of_one_name_merge() -> None:
    text = (
        "La centrale nucléaire de Kerlan-Nord a fermé. Les ingénieurs de la centrale nucléaire "
        "de Kerlan Nord sont partis."
    )
    [facility] = facilities(text)
    assert facility.name == "Centrale nucléaire de Kerlan-Nord"


def test_alias_stated_after_the_name() -> None:
    text = "La centrale nucléaire de Kerlan-Nord, aussi appelée centrale de Kerlan I, a fermé."
    [facility] = facilities(text)
    assert facility.name == "Centrale nucléaire de Kerlan-Nord"
    assert "Centrale de Kerlan I" in facility.aliases


def test_shorter_name_joins_the_longer_one() -> None:
    text = (
        "Une centrale nucléaire du nom de Tovaro a fui. Les abords de la centrale de Tovaro "
        "restent fermés. La centrale Tovaro Sud sera démantelée."
    )
    [facility] = facilities(text)
    assert facility.name == "Centrale nucléaire Tovaro Sud"
    assert facility.kind == "nuclear power plant"


def test_site_of_a_plant_is_the_plant() -> None:
    text = "La centrale de Belrive emploie 600 personnes. Le site de Belrive sera agrandi."
    [facility] = facilities(text)
    assert facility.name == "Centrale de Belrive"
    assert "Site de Belrive" in facility.aliases


def test_bridge_with_and_without_its_town() -> None:
    assert names("Le pont Corbin de Nantes brûle. Le pont Corbin restera fermé.") == [
        "Pont Corbin de Nantes"
    ]


# ---------------------------------------------------------------------------------------------
# Capacities
# ---------------------------------------------------------------------------------------------


def test_capacity_two_sentences_away() -> None:
    text = (
        "La centrale nucléaire de Vernoux est située au bord du fleuve. Elle a ouvert en 1990. "
        "Elle compte trois réacteurs, de la même filière, de 900 MW chacun."
    )
    assert watts(text) == {"Centrale nucléaire de Vernoux": pytest.approx(2.7e9)}


def test_capacity_in_the_paragraph_before_the_name() -> None:
    text = (
        "Deux turbines ont porté la puissance installée totale à 3 000 MW en 2015.\n\n"
        "Aujourd'hui, la centrale hydroélectrique de Salto Rojo alimente la capitale."
    )
    assert watts(text) == {"Centrale hydroélectrique de Salto Rojo": pytest.approx(3e9)}


def test_parts_in_parentheses_and_a_stated_total() -> None:
    text = (
        "L'aménagement Rivière-Blanche comprend un barrage et deux centrales. Les centrales "
        "Rivière-Blanche (400 MW) et Lac-Rond (300 MW) ont une puissance totale de 700 MW."
    )
    assert watts(text) == {
        "Aménagement Rivière-Blanche": pytest.approx(7e8),
        "Centrale Rivière-Blanche": pytest.approx(4e8),
        "Centrale Lac-Rond": pytest.approx(3e8),
    }


def test_comparison_term_does_not_take_the_capacity() -> None:
    text = (
        "La centrale de Pointe-Grise est souterraine. Avec une puissance de 1 200 MW, elle est "
        "la troisième du pays, derrière la centrale Mont-Vert."
    )
    assert watts(text) == {
        "Centrale de Pointe-Grise": pytest.approx(1.2e9),
        "Centrale Mont-Vert": None,
    }


def test_gross_over_net() -> None:
    text = "La centrale thermique de Rivebelle affiche 675 MW (net 640 MW)."
    [facility] = facilities(text)
    assert facility.capacity is not None
    assert facility.capacity.watts == pytest.approx(675e6)


def test_upgrade_gives_the_current_value() -> None:
    text = "Le barrage de Rochenoire, d'une puissance de 800 MW, augmentée à 950 MW, date de 1960."
    [facility] = facilities(text)
    assert facility.capacity is not None
    assert facility.capacity.watts == pytest.approx(950e6)


def test_bound_keeps_its_qualifier() -> None:
    text = "La centrale nucléaire de Vernoux offre plus de 3 600 MWe."
    [facility] = facilities(text)
    assert facility.capacity is not None
    assert facility.capacity.qualifier == "more_than"
    assert facility.capacity.watts == pytest.approx(3.6e9)


def test_energy_output_is_not_a_capacity() -> None:
    text = "La centrale de Belrive produit 12 TWh par an."
    [facility] = facilities(text)
    assert facility.capacity is None


def test_production_capacity_has_no_watts() -> None:
    text = "La raffinerie de Portmeur traite environ huit mégatonnes par an."
    [facility] = facilities(text)
    assert facility.capacity is not None
    assert facility.capacity.unit == "Mt/an"
    assert facility.capacity.value == 8.0
    assert facility.capacity.watts is None


# ---------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "rien à signaler ici, ni lieu ni société.",
        " ".join(["Centrale"] * 3000),
        " ".join(f"Mot{i} Capitale De" for i in range(3000)),
        "centrale de " + " ".join(["Nom"] * 5000),
        "les centrales " + ", ".join(["Xa"] * 2000) + " et Yb",
        "(" * 2000 + "centrale de Zorn" + ")" * 2000,
        "« " * 1000 + "un centre de données baptisé « " + "A " * 3000,
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    result = facilities(text)
    assert isinstance(result, list)


def test_an_electrolyser_with_its_capacity_in_a_region() -> None:
    text = "Vellio bâtira un électrolyseur de 80 MW dans la région de Norlande d'ici 2028."
    [facility] = facilities(text, [org(text, "Vellio")])
    assert facility.kind == "electrolyser"
    assert facility.location == "Norlande"
    assert facility.capacity is not None and facility.capacity.watts == 80e6


def test_an_unnamed_data_center_keeps_the_power_its_phrase_states() -> None:
    text = "Le groupe Vellio construira un centre de données d'une puissance de 300 MW à Marville."
    [facility] = facilities(text, [org(text, "Vellio")])
    assert facility.name == "Centre de données Vellio de Marville"
    assert facility.capacity is not None and facility.capacity.watts == 300e6


@pytest.mark.parametrize(
    "text, kind",
    [
        ("La STEP de Val-Bréhat affiche 1 200 MW de puissance.", "pumped storage plant"),
        (
            "Le groupe Vellio met en service une installation de stockage par batteries de 240 MW "
            "près de Reims.",
            "battery storage",
        ),
    ],
)
def test_storage_kinds(text: str, kind: str) -> None:
    found = facilities(text, [org(text, "Vellio")] if "Vellio" in text else [])
    assert [f.kind for f in found] == [kind]


def test_its_own_plant_in_a_state() -> None:
    text = "Pour alimenter ses serveurs, le groupe Vellio construit sa propre centrale électrique dans le Nevada."
    [facility] = facilities(text, [org(text, "Vellio")])
    assert facility.kind == "power plant"
    assert facility.location == "Nevada"
    assert facility.operator == "Vellio"


def test_a_floating_pilot_wind_farm_is_a_wind_farm() -> None:
    text = "La ferme pilote éolienne flottante de Groix produira dès 2026, selon la société Vellio."
    assert [f.kind for f in facilities(text, [org(text, "Vellio")])] == ["wind farm"]


def test_wind_projects_listed_after_a_dash() -> None:
    text = (
        "La société Vellio est partenaire de trois projets éoliens en mer — Ouessant, Groix et "
        "Belle-Île Sud — qui sont en chantier."
    )
    found = facilities(text, [org(text, "Vellio")])
    assert [(f.name, f.kind) for f in found] == [
        ("Projet éolien Ouessant", "wind farm"),
        ("Projet éolien Groix", "wind farm"),
        ("Projet éolien Belle-Île Sud", "wind farm"),
    ]


def test_plants_listed_after_a_nationality() -> None:
    text = "Vellio exploite les centrales nucléaires françaises de Marvaux et de Ternois."
    assert names(text) == ["Centrale nucléaire de Marvaux", "Centrale nucléaire de Ternois"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Vellio a pris une participation dans le projet éolien en mer Kerlan en Bretagne.",
            "Projet éolien en mer Kerlan",
        ),
        (
            "Le projet éolien de Ternois est retardé, selon la société Vellio.",
            "Projet éolien de Ternois",
        ),
    ],
)
def test_a_wind_project_is_a_wind_farm(text: str, name: str) -> None:
    assert [(f.name, f.kind) for f in facilities(text, [org(text, "Vellio")])] == [
        (name, "wind farm")
    ]


def test_the_installation_a_named_project_builds_is_that_project() -> None:
    text = "Le premier projet, nommé Orvalis, prévoit la construction d'un électrolyseur de 80 MW à Brest."
    [facility] = facilities(text)
    assert facility.name == "Projet Orvalis"
    assert facility.location == "Brest"
    assert facility.capacity is not None and facility.capacity.watts == 80e6


def test_an_installation_in_the_next_sentence_stays_apart_from_the_project() -> None:
    text = "Le premier projet, nommé Orvalis, est à l'étude. La société Vellio prépare une usine à Brest."
    # the project alone is no installation; the factory keeps its own name
    assert [f.name for f in facilities(text, [org(text, "Vellio")])] == ["Usine Vellio de Brest"]


def test_the_term_of_a_comparison_takes_no_figure() -> None:
    text = "Le campus prévu consommera 900 MW, plus que la centrale de Ternois."
    found = {f.name: f.capacity for f in facilities(text)}
    assert found == {"Centrale de Ternois": None}


def test_every_kind_of_the_finder_has_its_kind_in_the_record() -> None:
    from typing import get_args

    from newsfacts.extractors.facilities import patterns as P
    from newsfacts.extractors.facilities.kinds import PUBLIC_KINDS
    from newsfacts.extractors.record import FacilityKind

    found = {k for _, k in P.KIND_HEADS + P.PLURAL_HEADS + P.LISTED_PARTS} | {"facility"}
    assert found <= set(PUBLIC_KINDS)
    assert set(PUBLIC_KINDS.values()) <= set(get_args(FacilityKind))


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "Le parc éolien en mer de Ouessant produira en 2027, selon la société Vellio.",
            "offshore wind farm",
        ),
        ("Le parc éolien de Ternois produira en 2027, selon la société Vellio.", "wind farm"),
        (
            "La centrale nucléaire de Marvaux sera prolongée, selon la société Vellio.",
            "nuclear plant",
        ),
        ("Le barrage de Sorgue sera rehaussé, selon la société Vellio.", "hydro plant"),
    ],
)
def test_the_record_reports_the_kind_in_its_vocabulary(text: str, kind: str) -> None:
    from newsfacts.extractors.facilities.component import facility_fact

    [facility] = facilities(text, [org(text, "Vellio")])
    assert facility_fact(facility).kind == kind


_SITE_LIST = (
    "Trois nouvelles centrales solaires verront le jour dans le Valmont d'ici 2028.\n"
    "Haute-Vallée\n"
    "- Saint-Aubin-sur-Lèze, 40 000 panneaux, pour une puissance de 18 MW\n"
    "- Val en Roc (Haute-Vallée) : 9,5 MW\n"
    "Basse-Vallée\n"
    "- Morlanne et Brécy – 12 MWc\n"
)


def test_sites_listed_one_a_line_after_a_plural_kind_noun() -> None:
    assert watts(_SITE_LIST) == {
        "Centrale solaire de Saint-Aubin-sur-Lèze": 18e6,
        "Centrale solaire de Val en Roc": 9.5e6,
        "Centrale solaire de Morlanne et Brécy": 12e6,
    }


def test_a_bullet_list_without_figures_names_no_site() -> None:
    text = "Les centrales solaires du groupe emploient :\n- Marc Lenoir, directeur\n- Léa Morin, ingénieure\n"
    assert names(text) == []


def test_a_bullet_with_a_power_but_no_kind_noun_before_names_no_site() -> None:
    text = "Les chiffres de l'année :\n- Valmont, 18 MW de commandes\n- Brécy, 9 MW\n"
    assert names(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La société Brevia construira un campus IA à Valmont d'ici 2027.",
            "Campus IA Brevia de Valmont",
        ),
        ("Le supercalculateur Orion, installé à Brécy, consomme 40 MW.", "Supercalculateur Orion"),
    ],
)
def test_ai_campuses_and_supercomputers_are_data_centers(text: str, name: str) -> None:
    found = facilities(text, [org(text, "Brevia")] if "Brevia" in text else [])
    assert [(f.name, f.kind) for f in found] == [(name, "data center")]


def test_the_reactors_of_a_place_are_its_nuclear_plant() -> None:
    text = (
        "La centrale nucléaire de Cap-Gris emploie 800 personnes. "
        "Les réacteurs de Cap-Gris seront arrêtés en 2030."
    )
    assert [(f.name, len(f.mentions)) for f in facilities(text)] == [
        ("Centrale nucléaire de Cap-Gris", 2)
    ]


def test_counted_new_reactors_name_no_plant() -> None:
    assert names("Deux réacteurs de 1 650 MW seront construits d'ici 2035.") == []


@pytest.mark.parametrize(
    "text",
    [
        "La gigafactory de Brécy produira 16 GWh de batteries par an.",
        "La gigafactory de Brécy aura une capacité de production de 16 GWh.",
    ],
)
def test_a_battery_plant_yearly_output_is_its_capacity(text: str) -> None:
    (found,) = facilities(text)
    assert found.capacity is not None
    assert (found.capacity.value, found.capacity.unit, found.capacity.watts) == (
        16.0,
        "GWh/an",
        None,
    )


def test_a_power_plant_yearly_output_is_no_capacity() -> None:
    (found,) = facilities("La centrale solaire de Brécy produira 40 GWh par an.")
    assert found.capacity is None


def test_data_center_codes_in_a_paragraph_about_data_centers() -> None:
    text = (
        "Le groupe compte 9 datacenters répartis sur les parcs VLM1 et VLM2. "
        "Le nouveau site accueillera VLM3."
    )
    assert names(text) == ["VLM1", "VLM2", "VLM3"]
    assert {f.kind for f in facilities(text)} == {"data center"}


@pytest.mark.parametrize(
    "text",
    [
        "La ligne RER B et le vol AFR12 ont été annulés mardi.",
        "Le campus accueillera deux EPR2 selon le plan du groupe.",
    ],
)
def test_codes_outside_data_centers_name_nothing(text: str) -> None:
    assert names(text) == []


def test_a_site_to_be_built_is_a_facility() -> None:
    text = "La société exploitera le futur site de Kervallon, qui produira 40 000 tonnes par an."
    assert names(text) == ["Site de Kervallon"]


@pytest.mark.parametrize(
    "text",
    [
        "Le site de Kervallon accueille un festival chaque été.",
        "Le nouveau site internet de la mairie est en ligne.",
    ],
)
def test_a_site_alone_or_a_website_is_no_facility(text: str) -> None:
    assert names(text) == []


# ---------------------------------------------------------------------------------------------
# The noun phrase around a kind noun (issue 13): qualifiers, owners, places said first
# ---------------------------------------------------------------------------------------------


def one(text: str, *companies: str) -> Facility:
    [facility] = facilities(text, [org(text, c) for c in companies])
    return facility


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "La ferme solaire flottante de Lac-Noir sera raccordée l'an prochain.",
            "Ferme solaire flottante de Lac-Noir",
            "solar farm",
        ),
        (
            "Le consortium a lancé la centrale photovoltaïque au sol de Marcilly.",
            "Centrale photovoltaïque au sol de Marcilly",
            "solar farm",
        ),
        (
            "Le site de production d'hydrogène vert de Bessan ouvrira en juin.",
            "Site de production d'hydrogène vert de Bessan",
            "electrolyser",
        ),
        (
            "Le parc éolien terrestre des Hauts-de-Brie compte douze machines.",
            "Parc éolien terrestre des Hauts-de-Brie",
            "wind farm",
        ),
        ("Le data centre de Vireux ouvrira cet hiver.", "Data centre de Vireux", "data center"),
        (
            "Le parc de batteries de Vallon est en service.",
            "Parc de batteries de Vallon",
            "battery storage",
        ),
        (
            "Le centre de stockage par batteries de Cléon est raccordé.",
            "Centre de stockage par batteries de Cléon",
            "battery storage",
        ),
        (
            "L'unité de méthanisation de Plouvien traite des déchets agricoles.",
            "Unité de méthanisation de Plouvien",
            "facility",
        ),
        (
            "Le parc agrivoltaïque de Sorges couvrira des prairies.",
            "Parc agrivoltaïque de Sorges",
            "solar farm",
        ),
    ],
)
def test_qualifiers_between_the_kind_noun_and_the_name(text: str, name: str, kind: str) -> None:
    facility = one(text)
    assert (facility.name, facility.kind) == (name, kind)


def test_a_verb_after_the_kind_noun_joins_it_to_no_name() -> None:
    assert names("La centrale alimente les usines de Rovel depuis dix ans.") == []


def test_the_first_name_owns_the_facility_the_second_places() -> None:
    facility = one("L'usine de Hexora à Gravenne fabriquera des cellules.", "Hexora")
    assert (facility.operator, facility.location) == ("Hexora", "Gravenne")


def test_an_owner_noun_makes_the_name_a_company() -> None:
    facility = one("La nouvelle usine du groupe Kerval à Douai embauche.")
    assert (facility.name, facility.operator, facility.location) == (
        "Usine Kerval de Douai",
        "Kerval",
        "Douai",
    )
    # without a place, the text has not said which of the group's factories
    assert names("L'usine du groupe Kerval embauche.") == []


def test_a_region_after_a_proper_name_places_it_and_stays_out_of_the_name() -> None:
    facility = one("Le parc éolien Kerval Sud en Bretagne produira davantage.")
    assert (facility.name, facility.location) == ("Parc éolien Kerval Sud", "Bretagne")


def test_an_unnamed_installation_built_by_a_company() -> None:
    facility = one("Un data center de 300 MW sera construit par Orvane à Castelnau.", "Orvane")
    assert (facility.operator, facility.location) == ("Orvane", "Castelnau")
    assert facility.capacity is not None and facility.capacity.watts == 300e6


def test_the_place_said_before_the_kind_noun() -> None:
    facility = one("Orvane exploite à Saint-Laurent une centrale nucléaire.", "Orvane")
    assert (facility.kind, facility.operator, facility.location) == (
        "nuclear power plant",
        "Orvane",
        "Saint-Laurent",
    )


def test_an_owner_in_a_relative_clause() -> None:
    facility = one("Le site que Pétrolia exploite à Donges sera modernisé.", "Pétrolia")
    assert (facility.operator, facility.location) == ("Pétrolia", "Donges")


def test_any_noun_of_an_area_before_the_place() -> None:
    text = "Orvane construit un centre de données dans la paroisse de Clairval."
    assert one(text, "Orvane").location == "Clairval"


def test_an_unlisted_adjective_before_the_kind_noun() -> None:
    text = "Orvane agrandit son ancien data center à Vaulx."
    assert one(text, "Orvane").location == "Vaulx"


def test_the_installation_at_a_town_needs_no_owner_but_one_in_a_region_does() -> None:
    assert one("La centrale électrique située à Cordemais ferme.").location == "Cordemais"
    assert names("Le site industriel situé en Bretagne ferme.") == []


def test_sites_and_data_centers_coordinated_after_a_plural() -> None:
    assert names("Les sites de Arbois, Mervent et Tillac accueilleront des machines.") == [
        "Site de Arbois",
        "Site de Mervent",
        "Site de Tillac",
    ]
    assert names("Les data centers de Vireux et de Pessac sont pleins.") == [
        "Data center de Vireux",
        "Data center de Pessac",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Orvane exploite 12 000 MW au total en Europe, dont la centrale hydroélectrique de Vassieux.",
        "Orvane possède 300 MW répartis sur trois sites en Espagne, dont le parc éolien de Tarifa.",
        "Orvane vise 80 GW de projets renouvelables, à commencer par le parc solaire de Lunac.",
        "Son portefeuille de 900 MW compte le parc éolien de Mervent.",
        "Le parc éolien de Mervent contribue à un objectif national de 40 GW.",
    ],
)
def test_a_figure_for_several_installations_or_a_target_goes_to_none(text: str) -> None:
    assert one(text).capacity is None


def test_a_site_of_a_programme_keeps_its_own_figure() -> None:
    text = "Orvane vise 80 GW de projets d'ici 2035. La centrale solaire de Lunac fournira 400 MW."
    assert watts(text) == {"Centrale solaire de Lunac": 400e6}


def test_a_neighbouring_farm_is_named_past_its_adjective() -> None:
    text = (
        "Le barrage de Grand-Val fournit 120 MW. Le parc éolien voisin de Rochebrune compte 30 MW."
    )
    assert watts(text) == {"Barrage de Grand-Val": 120e6, "Parc éolien voisin de Rochebrune": 30e6}
