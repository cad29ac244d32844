"""Organization rules on `spacy.blank("fr")`: what the cues find without any statistical model."""

from __future__ import annotations

from importlib import resources

import pytest
import spacy
from helpers import record_of, rule_pipeline
from newsfacts.extractors.organizations import curated, evidence
from newsfacts.extractors.organizations.finder import find_organizations, score
from newsfacts.extractors.organizations.names import in_capitalised_run


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return rule_pipeline("organizations")


def names(nlp: spacy.language.Language, text: str) -> list[str]:
    record = record_of(nlp, nlp(text), "organizations")
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
    record = record_of(nlp, nlp(text), "organizations")
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
    record = record_of(nlp, nlp(text), "organizations")
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


def test_enumeration_led_by_organizations_makes_the_others_organizations(
    nlp: spacy.language.Language,
) -> None:
    text = "Le salon a le soutien du journal Brisant, de la radio Ondine, de Tessaly et de Norvel Presse."
    assert names(nlp, text) == ["Brisant", "Ondine", "Tessaly", "Norvel Presse"]


def test_enumeration_of_places_is_left_alone(nlp: spacy.language.Language) -> None:
    text = "Le groupe Ardex a visité Lorvane, Castelbrac et Pimontel."
    assert names(nlp, text) == ["Ardex"]


def test_capitalised_cue_noun_opens_the_name(nlp: spacy.language.Language) -> None:
    # "Radio" is part of "Radio Valmont": the cue must not make "Valmont" an organization
    assert "Valmont" not in names(nlp, "Les salariés de Radio Valmont sont en grève.")


def test_article_between_cue_noun_and_name_belongs_to_the_name(
    nlp: spacy.language.Language,
) -> None:
    text = "Le porte-parole du collectif les Amis du Bocage a répondu."
    assert names(nlp, text) == ["Les Amis du Bocage"]


def test_acronym_defined_by_position_when_initials_differ(nlp: spacy.language.Language) -> None:
    record = record_of(
        nlp, nlp("Le Parti du progrès (KPD) a gagné. Le KPD gouvernera seul."), "organizations"
    )
    [org] = record["organizations"]
    assert org["name"] == "Parti du progrès"
    assert org["aliases"] == ["KPD"]


def test_short_name_made_of_syllables_joins_its_long_name(nlp: spacy.language.Language) -> None:
    text = (
        "La Fédération des vignerons du Larzac a réagi. Pour le syndicat Fevila, les ventes "
        "baissent."
    )
    record = record_of(nlp, nlp(text), "organizations")
    [org] = record["organizations"]
    assert org["name"] == "Fédération des vignerons du Larzac"
    assert org["aliases"] == ["Fevila"]


def test_body_named_inside_another_body(nlp: spacy.language.Language) -> None:
    text = "La Délégation aux sports de l'Assemblée nationale a rendu son rapport."
    assert names(nlp, text) == [
        "Délégation aux sports de l'Assemblée nationale",
        "Assemblée nationale",
    ]


def test_american_department(nlp: spacy.language.Language) -> None:
    text = "Le département américain de la Justice a ouvert une enquête."
    assert names(nlp, text) == ["département américain de la Justice"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le gouvernement Marchetti a perdu sa majorité.", "Marchetti"),
        ("L'administration Holloway a levé les sanctions.", "Holloway"),
        ("Il reçoit le portefeuille de la Pêche maritime.", "Pêche"),
    ],
)
def test_person_and_portfolio_cues_count_against(text: str, name: str) -> None:
    candidates, _ = score(text)
    [found] = [c for c in candidates.values() if c.name == name]
    assert found.product_points < 0


def test_list_names_may_carry_a_bracketed_share(nlp: spacy.language.Language) -> None:
    text = "Les actionnaires sont Brivex (60 %) et Dorlan (40 %)."
    assert names(nlp, text) == ["Brivex", "Dorlan"]


def test_news_agency_cue(nlp: spacy.language.Language) -> None:
    assert names(nlp, "Selon l'agence de presse Tessin Info, le bilan s'alourdit.") == [
        "Tessin Info"
    ]


def test_acronym_with_a_digit(nlp: spacy.language.Language) -> None:
    record = record_of(nlp, nlp("L'association Rails for Nations (R4N) proteste."), "organizations")
    [org] = record["organizations"]
    assert (org["name"], org["aliases"]) == ("Rails for Nations", ["R4N"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le témoignage d'une Lorvanaise a ému la salle.", "Lorvanaise"),
        ("Il roulait dans une Brivex grise.", "Brivex"),
    ],
)
def test_after_an_indefinite_article_a_name_is_no_body(text: str, name: str) -> None:
    candidates, _ = score(text)
    [found] = [c for c in candidates.values() if c.name == name]
    assert found.product_points < 0


def test_indefinite_article_before_an_institution_is_ignored(
    nlp: spacy.language.Language,
) -> None:
    text = "Il plaide pour une Banque centrale européenne plus audacieuse."
    assert names(nlp, text) == ["Banque centrale européenne"]


@pytest.mark.parametrize(
    "text",
    [
        "Brivex a racheté son concurrent pour 2 milliards d'euros.",
        "Brivex lève 40 millions d'euros auprès de ses actionnaires.",
        "Brivex va fusionner avec un rival.",
    ],
)
def test_subject_of_a_corporate_verb(nlp: spacy.language.Language, text: str) -> None:
    assert names(nlp, text) == ["Brivex"]


def test_a_town_that_employs_is_not_a_company(nlp: spacy.language.Language) -> None:
    assert names(nlp, "Chambord emploie 300 personnes à la centrale.") == []


def test_finder_reads_the_models_entities_outside_the_dateline() -> None:
    text = "BRIVAC, 3 mars 2025 (Ondine) - Kelmiar ouvre un bureau."
    entities = [(0, 6, "ORG", "BRIVAC"), (31, 38, "ORG", "Kelmiar")]
    found = find_organizations(text, entities, dateline=(0, 19))
    assert [(m.text, m.start, m.name, m.aliases) for m in found] == [("Kelmiar", 31, "Kelmiar", ())]
    # without the dateline's place, its shape (a city in capitals, a comma, a day) says so too
    assert [m.name for m in find_organizations(text, entities)] == ["Kelmiar"]


def test_finder_gives_each_mention_its_organizations_aliases() -> None:
    text = "L'Agence des routes du Vercors (ARV) ferme un col. L'ARV rouvrira lundi."
    found = find_organizations(text)
    assert [(m.text, m.name, m.aliases) for m in found] == [
        ("Agence des routes du Vercors", "Agence des routes du Vercors", ("ARV",)),
        ("ARV", "Agence des routes du Vercors", ("ARV",)),
        ("ARV", "Agence des routes du Vercors", ("ARV",)),
    ]


def test_name_lists_ignore_comments_and_blank_lines() -> None:
    text = (
        "# Invented bodies, for the test.\n\nBrivex\n  # an indented comment\n Dorlan Presse \n\n"
    )
    assert curated.parse_names(text) == ["Brivex", "Dorlan Presse"]


@pytest.mark.parametrize(
    "filename",
    [
        "known_organizations.txt",
        "ambiguous_known.txt",
        "known_products.txt",
        "not_organizations.txt",
        "not_organization_first_words.txt",
    ],
)
def test_every_name_list_is_read_and_says_what_it_is(filename: str) -> None:
    names = curated.read_names(filename)
    assert names and all(n and not n.startswith("#") and n == n.strip() for n in names)
    assert len(set(names)) == len(names)
    data = resources.files("newsfacts.extractors.organizations") / "data" / filename
    header = data.read_text(encoding="utf-8")
    assert header.startswith("# ") and "general knowledge of the press" in header


def test_curated_lists_are_loaded() -> None:
    for names in (
        curated.KNOWN_ORGANIZATIONS,
        curated.AMBIGUOUS_KNOWN,
        curated.KNOWN_PRODUCTS,
        curated.NOT_ORGANIZATIONS,
        curated.NOT_ORGANIZATION_FIRST_WORDS,
    ):
        assert names and not any(n.lstrip().startswith("#") for n in names)


@pytest.mark.parametrize("name", ["Amazon", "Oracle", "Apple", "Ligue de football professionnel"])
def test_every_known_organization_is_found_in_the_text(
    nlp: spacy.language.Language, name: str
) -> None:
    """With no cue and no model, the list alone finds a known name: the first name of each line of
    the old inline list once kept the line's indentation and was never found this way."""
    assert names(nlp, f"Il travaille chez {name} depuis mars.") == [name]


def test_known_names_hold_no_padding() -> None:
    assert all(name == name.strip() for name in curated.KNOWN_ORGANIZATIONS)


def test_every_evidence_row_names_groups_of_its_pattern() -> None:
    for row in evidence.EVIDENCE:
        assert row.groups, row.pattern.pattern[:40]
        for group, points in row.groups:
            assert group in row.pattern.groupindex, (group, row.pattern.pattern[:40])
            assert points != 0
        # A hook does the whole work of its row: the columns it would ignore stay unset.
        if row.hook is not None:
            assert not row.at_name and not row.prefix and len(row.groups) == 1


def test_cue_points_stop_adding_up_at_twice_a_cue() -> None:
    # Three cue nouns before one name: points stop adding up once they reach 2 x W_CUE.
    text = "Le groupe Vandrel, la société Vandrel et l'entreprise Vandrel, filiale de Vandrel."
    candidates, _ = score(text)
    [found] = [c for c in candidates.values() if c.name == "Vandrel"]
    assert found.cue_points == 2 * evidence.W_CUE


def _mentions(text: str, entities: list[tuple[str, str]] = ()) -> list:
    """find_organizations' mentions, given the model's entities as (surface, label) pairs."""
    spans = [(text.index(s), text.index(s) + len(s), label, s) for s, label in entities]
    return find_organizations(text, spans)


def _found(text: str, entities: list[tuple[str, str]] = ()) -> list[str]:
    """The names of the organizations found."""
    return sorted({m.name for m in _mentions(text, entities)})


@pytest.mark.parametrize(
    "text, person",
    [
        ("Le champion olympique Marc Lenoir a remporté la finale.", "Marc Lenoir"),
        ("L'acteur italien Paolo Verri est mort à Rome.", "Paolo Verri"),
        ("Le leader travailliste Tom Ashdown a répondu.", "Tom Ashdown"),
    ],
)
def test_a_cue_noun_a_person_can_be_yields_to_the_models_person(text: str, person: str) -> None:
    assert _found(text, [(person, "PER")]) == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("Selon l'américain Robert Hale, la récolte sera faible.", "Robert Hale"),
        ("La française Claire Dumont a battu le record du 800 mètres.", "Claire Dumont"),
    ],
)
def test_an_adjective_before_a_given_name_leaves_the_person(text: str, person: str) -> None:
    assert _found(text, [(person, "PER")]) == []


def test_an_adjective_before_another_name_still_names_a_company() -> None:
    text = "La suédoise Voltra ouvrira une usine de batteries en 2027."
    assert _found(text, [("Voltra", "PER")]) == ["Voltra"]


@pytest.mark.parametrize(
    "text, place, label",
    [
        ("Le suspect a été arrêté à la station Porte Dorée vers midi.", "Porte Dorée", "LOC"),
        ("Les rames ne s'arrêtent plus à la station Louise Michel.", "Louise Michel", "PER"),
    ],
)
def test_a_station_named_as_a_place_is_a_stop(text: str, place: str, label: str) -> None:
    assert _found(text, [(place, label)]) == []


def test_a_station_named_as_a_broadcaster_stays_one() -> None:
    text = "La station Radio Brisant a perdu des auditeurs cette année."
    assert _found(text, [("Radio Brisant", "ORG")]) == ["Radio Brisant"]


def test_a_cue_noun_a_person_can_be_still_names_a_company() -> None:
    text = "Le partenaire Brevia fournira les turbines, a précisé l'entreprise."
    assert _found(text) == ["Brevia"]
    assert _found(text, [("Brevia", "ORG")]) == ["Brevia"]


@pytest.mark.parametrize(
    "text",
    [
        "Le présentateur de radio et de télévision Paul Vernet est mort mardi.",
        "Il a animé l'émission de télévision Chez Nous pendant dix ans.",
        "Une animatrice de radio Claire Delmas a démissionné.",
    ],
)
def test_a_cue_noun_after_de_qualifies_another_noun(text: str) -> None:
    assert _found(text) == []


def test_a_cue_noun_with_its_article_still_names() -> None:
    assert _found("Elle rejoint la radio Ondeline à la rentrée.") == ["Ondeline"]


@pytest.mark.parametrize(
    "text",
    [
        "Après la réunion, Julien Marchetti, son cabinet et deux conseillers sont partis.",
        "Claire Delmas, ses partenaires et sa famille étaient présents.",
    ],
)
def test_what_a_name_owns_does_not_describe_it(text: str) -> None:
    assert _found(text) == []


def test_an_apposition_that_names_its_own_body_does_not_describe_the_first() -> None:
    text = "Après la prise de Tarmez, l'organisation Front du Nord a reculé."
    assert _found(text) == ["Front du Nord"]


def test_an_apposition_describes_the_name_before_it() -> None:
    assert _found("Brevia, une jeune pousse lyonnaise, lève des fonds.") == ["Brevia"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("La course à l'IA générative s'accélère, selon la société Brevia.", "IA générative"),
        ("Le PIB français a progressé, a indiqué le groupe Velmont.", "PIB français"),
    ],
)
def test_a_common_acronym_with_its_adjectives_is_no_body(text: str, name: str) -> None:
    found = _found(text, [(name, "ORG")])
    assert name not in found and found


def test_names_listed_after_a_plural_noun_of_plants_are_not_organizations() -> None:
    text = (
        "Les centrales Arvel-Nord (1 200 MW) et La Sorgue-3 (800 MW) fournissent la région, "
        "selon le groupe Velmont."
    )
    assert _found(text, [("La Sorgue-3", "ORG"), ("Arvel-Nord", "ORG")]) == ["Velmont"]


def test_a_plural_noun_of_companies_still_lists_organizations() -> None:
    text = "Les sociétés Arvel et Sorgue Énergie ont signé, selon le groupe Velmont."
    assert _found(text) == ["Arvel", "Sorgue Énergie", "Velmont"]


def test_a_state_named_by_its_nationality_is_a_country_acting() -> None:
    text = "L'État camerounais détient 30 % de la société Brevia."
    assert _found(text, [("État camerounais", "ORG")]) == ["Brevia"]


def test_a_state_with_another_adjective_stays_a_name() -> None:
    text = "L'État islamique a revendiqué l'attaque, selon l'agence Ravel."
    assert "État islamique" in _found(text, [("État islamique", "ORG")])


def test_a_surname_of_a_person_named_in_full_is_that_person() -> None:
    text = "Paul Vernet a fondé Brevia. Selon Vernet, la société lèvera des fonds."
    assert _found(text, [("Paul Vernet", "PER"), ("Brevia", "ORG"), ("Vernet", "ORG")]) == [
        "Brevia"
    ]


def test_a_company_named_after_its_founder_keeps_its_cue() -> None:
    text = "Paul Vernet dirige le groupe Vernet depuis 2010."
    assert _found(text, [("Paul Vernet", "PER"), ("Vernet", "ORG")]) == ["Vernet"]


def test_a_long_run_of_capitalised_words_is_a_capitalised_run() -> None:
    text = " ".join(f"Mot{i} Nom{i}" for i in range(40))
    assert in_capitalised_run(text, 200, 205)


def test_a_sentence_listing_sponsors_is_no_capitalised_run() -> None:
    text = (
        "Le festival a reçu le soutien de la Fondation Arvel, de Brevia Transports, du Crédit "
        "Sorgue et de Velmont, et le partenariat de Radio Ondeline, de La Gazette du Nord, de "
        "Télé Ouest, du Journal des Marins et de Norvel Presse pour les régions de l'Ouest."
    )
    start = text.index("Télé Ouest")
    assert not in_capitalised_run(text, start, start + len("Télé Ouest"))


def _orgs(text: str, entities: list[tuple[str, str]] = ()) -> list[tuple[str, list[str]]]:
    """The organizations found, each with its aliases."""
    seen: dict[str, list[str]] = {}
    for m in _mentions(text, entities):
        seen.setdefault(m.name, list(m.aliases))
    return sorted(seen.items())


@pytest.mark.parametrize(
    "text, old, new",
    [
        (
            "Le pétrolier Elvane, rebaptisé Norvel en 2021, investit. Norvel a signé.",
            "Elvane",
            "Norvel",
        ),
        ("La société Kortis (ex-Brenn) a recruté. Brenn était connue à Lyon.", "Brenn", "Kortis"),
        ("Le groupe Kortis, anciennement Brenn, a recruté cent personnes.", "Brenn", "Kortis"),
    ],
)
def test_a_former_name_is_an_alias_of_the_new_one(text: str, old: str, new: str) -> None:
    assert _orgs(text, [(old, "ORG"), (new, "ORG")]) == [(new, [old])]


def test_a_name_glued_to_a_descriptor_is_the_same_company() -> None:
    text = "Elvane a publié ses comptes. ElvaneEnergies vise la neutralité en 2050."
    assert _orgs(text, [("Elvane", "ORG"), ("ElvaneEnergies", "ORG")]) == [
        ("ElvaneEnergies", ["Elvane"])
    ]


def test_a_generic_corporate_word_names_the_same_company() -> None:
    text = "Brisant Group a racheté Tolvane. Brisant a payé comptant, selon le groupe Tolvane."
    assert ("Brisant Group", ["Brisant"]) in _orgs(text, [("Brisant Group", "ORG")])


def test_a_descriptor_written_apart_names_another_company() -> None:
    text = "Le groupe Sarvik a cédé sa filiale Sarvik Energy à la société Olmera."
    found = dict(_orgs(text))
    assert "Sarvik" in found and "Sarvik Energy" in found


@pytest.mark.parametrize(
    "text, tagged",
    [
        ("Parallèlement, la société Brevia a recruté vingt ingénieurs.", "Parallèlement"),
        ("Ainsi, la société Brevia a recruté vingt ingénieurs.", "Ainsi"),
        ("Mi-juillet, la société Brevia a recruté vingt ingénieurs.", "Mi-juillet"),
        ("Début mars, la société Brevia a recruté vingt ingénieurs.", "Début mars"),
        ("Le Clean Grid Act voté en 2024 profite à la société Brevia.", "Clean Grid Act"),
        ("BERLIN, 4 juin - La société Brevia a recruté vingt ingénieurs.", "BERLIN"),
    ],
)
def test_capitals_at_a_sentence_head_that_name_no_body(text: str, tagged: str) -> None:
    assert _found(text, [(tagged, "ORG")]) == ["Brevia"]


def test_a_unit_before_its_maker_leaves_the_maker() -> None:
    text = "Le parc compte trois éoliennes de 12 MW de Torvane, selon la société Brevia."
    assert _found(text, [("MW de Torvane", "ORG")]) == ["Brevia", "Torvane"]


def test_a_company_named_like_a_month_or_an_adverb_part_stays() -> None:
    text = "Le groupe Mars a racheté la société Armement Sorel."
    assert _found(text) == ["Armement Sorel", "Mars"]


def test_investors_named_with_a_company_tail_word() -> None:
    text = "La jeune pousse a levé 20 millions d'euros auprès d'Alpha Capital, Nordvent Ventures et Basalte Partners."
    assert _found(text) == ["Alpha Capital", "Basalte Partners", "Nordvent Ventures"]


def test_a_company_tail_word_after_a_word_that_opens_no_name() -> None:
    assert _found("Selon Nordvent Ventures, la levée est close.") == ["Nordvent Ventures"]


def test_a_tail_word_alone_names_nothing() -> None:
    assert _found("Les Ventures et le Capital sont des mots anglais.") == []


def test_names_joined_by_an_ampersand_before_a_company_tail_word() -> None:
    text = "Le tour est mené par Brin & Vale Partners et Tarvel Management & Research Company."
    assert _found(text) == ["Brin & Vale Partners", "Tarvel Management & Research Company"]


def test_a_plant_named_with_its_kind_inside_is_no_body() -> None:
    text = "Le Grand barrage de la Sorgue sera exploité par la société Brevia."
    assert _found(text, [("Grand barrage de la Sorgue", "ORG")]) == ["Brevia"]


def test_a_lower_case_adjective_inside_a_bank_name_stays() -> None:
    text = "La Banque centrale de Valmont a relevé ses taux, a indiqué la société Brevia."
    assert "Banque centrale de Valmont" in _found(text, [("Banque centrale de Valmont", "ORG")])


def test_a_person_described_as_a_member_of_a_group_is_not_the_group() -> None:
    text = "Décès de Lina Varga, chanteuse du groupe islandais Norrsken, à 46 ans."
    assert _found(text) == ["Norrsken"]


_ENGLISH_TEXT = (
    "The board of the company met on Tuesday in London. Shareholders approved the merger with a "
    "rival firm, and the chief executive said that the deal was expected to close in the spring. "
    "Analysts at several banks have raised their forecasts for the year, which is good news for "
    "the staff of the group and for the town."
)


def test_a_text_in_english_gets_no_names_from_the_french_model() -> None:
    assert _found(_ENGLISH_TEXT, [("Shareholders approved", "ORG")]) == []


def test_a_french_text_quoting_english_still_reads_the_model() -> None:
    text = (
        "Le groupe Vellio a annoncé la fusion. « The deal is good for the staff », a dit son "
        "patron. Selon Brevia, la société rivale, le marché de la pièce détachée est en crise et "
        "les prix sont en hausse dans le secteur."
    )
    assert "Brevia" in _found(text, [("Brevia", "ORG")])


def test_an_english_clause_quoted_in_french_is_no_name() -> None:
    text = "« If we are going to win, we must act », a lancé la directrice de la société Brevia."
    assert _found(text, [("If we are going to win", "ORG")]) == ["Brevia"]


def test_english_names_with_of_and_the_stay() -> None:
    text = "Les ONG Save the Children et Friends of the Sea ont signé, selon l'agence Ravel."
    assert {"Save the Children", "Friends of the Sea"} <= set(
        _found(text, [("Save the Children", "ORG"), ("Friends of the Sea", "ORG")])
    )


def test_a_lower_case_body_the_model_tags_stays() -> None:
    text = "Le satellite a été lancé par l'agence spatiale du Valmont, a indiqué la société Brevia."
    found = _found(text, [("agence spatiale du Valmont", "ORG")])
    assert "agence spatiale du Valmont" in found


def test_a_lower_case_span_without_a_body_head_is_no_name() -> None:
    text = "Le marché intérieur du Valmont profite à la société Brevia."
    assert _found(text, [("marché intérieur du Valmont", "ORG")]) == ["Brevia"]


def test_a_court_named_by_its_kind_and_town(nlp: spacy.language.Language) -> None:
    text = "Le tribunal correctionnel de Valmont a condamné le gérant mardi."
    assert names(nlp, text) == ["tribunal correctionnel de Valmont"]


def test_a_court_without_its_town_is_no_name(nlp: spacy.language.Language) -> None:
    assert names(nlp, "Le tribunal régional a condamné le gérant mardi.") == []


def test_an_institution_head_alone_is_its_short_form(nlp: spacy.language.Language) -> None:
    text = "L'Assemblée nationale a voté la loi. Le texte revient à l'Assemblée en mai."
    record = record_of(nlp, nlp(text), "organizations")
    assert [(o["name"], o["aliases"]) for o in record["organizations"]] == [
        ("Assemblée nationale", ["Assemblée"])
    ]


def test_a_head_shared_by_two_institutions_names_neither(nlp: spacy.language.Language) -> None:
    text = (
        "La Banque centrale européenne et la Banque mondiale ont parlé. "
        "La Banque a ensuite publié un avis."
    )
    record = record_of(nlp, nlp(text), "organizations")
    assert all(o["aliases"] == [] for o in record["organizations"])


def test_a_website_where_something_is_posted_is_a_product() -> None:
    text = "« Nous reviendrons », a écrit le maire sur Twitter, avant de saluer la société Brevia."
    assert _found(text, [("Twitter", "ORG")]) == ["Brevia"]


@pytest.mark.parametrize(
    "text, platforms",
    [
        ("Le compte Twitter de la mairie a été piraté, selon la société Brevia.", ["Twitter"]),
        (
            "Le pays a coupé les réseaux sociaux (Facebook, Instagram et TikTok) jeudi, "
            "a indiqué la société Brevia.",
            ["Facebook", "Instagram", "TikTok"],
        ),
        (
            "Les messages passaient par la messagerie chiffrée Signal, d'après la société Brevia.",
            ["Signal"],
        ),
        (
            "Depuis lundi, les réseaux sociaux Reddit et Twitch ainsi que Discord restent "
            "coupés, selon la société Brevia.",
            ["Reddit", "Twitch", "Discord"],
        ),
    ],
)
def test_a_platform_named_by_what_it_is_is_a_product(text: str, platforms: list[str]) -> None:
    assert _found(text, [(p, "ORG") for p in platforms]) == ["Brevia"]


def test_a_platform_named_as_an_actor_stays_an_organization() -> None:
    text = "Facebook a racheté la société Brevia pour 40 millions d'euros."
    assert "Facebook" in _found(text, [("Facebook", "ORG")])


def test_share_buttons_of_a_web_page_name_no_organization() -> None:
    text = (
        "La société Brevia a ouvert une usine à Valmont.\n\n"
        "Partager cet article :\nCourriel ,\nFacebook ,\nTwitter ,\nReddit ,\n"
    )
    found = _found(text, [("Facebook", "ORG"), ("Twitter", "ORG"), ("Reddit", "ORG")])
    assert found == ["Brevia"]


def test_share_buttons_on_one_line_then_the_article() -> None:
    text = "Partagez : Facebook, Twitter\nLe groupe Twitter a supprimé mille emplois."
    assert _found(text, [("Facebook", "ORG"), ("Twitter", "ORG")]) == ["Twitter"]


def test_a_law_with_its_nationality_is_no_body() -> None:
    text = "Le Clean Grid Act canadien profite à la société Brevia."
    assert _found(text, [("Clean Grid Act canadien", "ORG")]) == ["Brevia"]


def test_a_chief_executive_title_is_no_body_but_its_company_is() -> None:
    text = "Le PDG de Brevia Énergie, Marc Lenoir, a confirmé la vente."
    found = _found(text, [("PDG de Brevia Énergie", "ORG")])
    assert "PDG de Brevia Énergie" not in found and "Brevia Énergie" in found


def test_a_stock_exchange_as_a_trading_place_is_no_body() -> None:
    text = "La société Brevia sera cotée à la Bourse de Valmont dès le mois de mai."
    assert _found(text, [("Bourse de Valmont", "ORG")]) == ["Brevia"]


def test_the_name_given_to_an_installation_is_no_organization() -> None:
    text = (
        "Le groupe Brevia bâtira un centre de données baptisé « Horizon Sud » près de Valmont. "
        "Horizon Sud consommera 80 MW."
    )
    assert _found(text, [("Horizon Sud", "ORG")]) == ["Brevia"]


def test_a_plant_named_after_its_owner_leaves_the_owner() -> None:
    text = "Le groupe Orvane a mis en service sa centrale, appelée Orvane Nord, en mars."
    assert _found(text, [("Orvane", "ORG"), ("Orvane Nord", "ORG")]) == ["Orvane"]


@pytest.mark.parametrize(
    "text, entity",
    [
        (
            "« Nous tiendrons le calendrier », a assuré à l'AFP Sylvie Marchal, directrice.",
            "AFP Sylvie",
        ),
        ("Le chantier avance, a confié à Reuters Thomas Lebrun, son président.", "Reuters Thomas"),
    ],
)
def test_a_given_name_after_an_organization_opens_the_person(text: str, entity: str) -> None:
    assert _found(text, [(entity, "ORG")]) == [entity.split()[0]]


def test_a_company_named_after_its_founder_keeps_the_whole_name() -> None:
    text = "Les laboratoires Brevia Jean Castel ont annoncé 200 embauches."
    assert _found(text, [("Brevia Jean Castel", "ORG")]) == ["Brevia Jean Castel"]


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Brevia exposera ses drones au Salon Aérotech 2025 de Valmont.", "Salon Aérotech 2025"),
        ("La société Brevia sponsorise le Tour de Valmont 2026.", "Tour de Valmont 2026"),
    ],
)
def test_a_name_ending_on_a_year_is_an_edition_not_a_body(text: str, entity: str) -> None:
    assert _found(text, [("Brevia", "ORG"), (entity, "ORG")]) == ["Brevia"]


def test_a_given_name_alone_is_no_body() -> None:
    text = "Le groupe Brevia a nommé Sylvain à la tête de sa filiale, a précisé Brevia."
    assert _found(text, [("Sylvain", "ORG")]) == ["Brevia"]


@pytest.mark.parametrize(
    "text, entity",
    [
        ("Vers 21h30, la société Brevia a coupé le courant.", "Vers 21h30"),
        ("Dès 2019, la société Brevia a ouvert une usine.", "Dès 2019"),
        ("Le XXe siècle a vu naître la société Brevia.", "XXe"),
        ("Le 1er arrondissement accueille la société Brevia.", "1er"),
    ],
)
def test_a_time_an_ordinal_or_a_preposition_first_is_no_name(text: str, entity: str) -> None:
    assert _found(text, [(entity, "ORG")]) == ["Brevia"]


def test_an_acronym_defined_after_it_in_brackets_takes_its_expansion() -> None:
    text = "Il a été entendu par le SNCV (service national des contrôles de Valmont) mardi."
    found = _mentions(text, [("SNCV", "ORG")])
    assert {m.name for m in found} == {"Service national des contrôles de Valmont"}
    assert {a for m in found for a in m.aliases} == {"SNCV"}


def test_brackets_after_an_acronym_that_do_not_spell_it_are_no_definition() -> None:
    text = "Le chiffre publié par l'ANCV (en hausse de 3 %) surprend."
    assert _found(text, [("ANCV", "ORG")]) == ["ANCV"]


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Un camion s'est renversé sur la RN 88 près de Mende.", "RN"),
        ("Le château date du XV e siècle, selon la société Brevia.", "XV"),
        ("Il est né au XIXe siècle, selon la société Brevia.", "XIXe"),
    ],
)
def test_an_acronym_before_a_number_or_an_ordinal_is_no_body(text: str, acronym: str) -> None:
    assert acronym not in _found(text)


def test_an_acronym_after_an_article_is_still_a_body() -> None:
    assert _found("La CGT appelle à la grève, comme le SNES en 2023.") == ["CGT", "SNES"]


@pytest.mark.parametrize(
    "text, event",
    [
        ("Le Salon du meuble de Valmont ouvre ses portes samedi.", "Salon du meuble de Valmont"),
        ("La Coupe d'Europe des clubs reprend en mars, dit la société Brevia.", "Coupe d'Europe"),
        ("Le Festival des vents de Sorgue a attiré 40 000 visiteurs.", "Festival des vents"),
    ],
)
def test_an_event_by_its_kind_noun_is_no_body(text: str, event: str) -> None:
    assert not any(name.startswith(event.split()[0]) for name in _found(text, [(event, "ORG")]))


@pytest.mark.parametrize(
    "text, place",
    [
        ("Les combats ont repris dans la ville d'Arvel-Nord, selon l'agence Brevia.", "Arvel-Nord"),
        ("Une bombe a explosé dans le quartier de Sainte-Lune mardi.", "Sainte-Lune"),
        ("Les manifestants se sont réunis place de l'Horloge à midi.", "Horloge"),
        ("Le cortège a remonté la rue Marcel Dorin jusqu'à la mairie.", "Marcel Dorin"),
    ],
)
def test_a_name_after_a_noun_of_place_is_the_place(text: str, place: str) -> None:
    assert place not in _found(text, [(place, "ORG")])


def test_the_city_as_a_body_keeps_its_capital() -> None:
    text = "La Ville de Valmont a signé avec la société Brevia."
    assert "Ville de Valmont" in _found(text, [("Ville de Valmont", "ORG")])


def test_in_place_of_a_company_names_the_company() -> None:
    text = "La mairie a choisi la société Kortis à la place de Brevia Énergie."
    assert "Brevia Énergie" in _found(text, [("Brevia Énergie", "ORG")])


# ---------------------------------------------------------------------------------------------
# The same answers, computed faster (issue 17)
# ---------------------------------------------------------------------------------------------


def _sample_texts() -> list[str]:
    from helpers import SAMPLES

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    # a run of names, a word longer than a window, digits inside words
    return [*texts, "Mot Nom de Ville " * 120, "a" * 2_000 + " Fin", "Ab12cd ef_Gh " * 150]


def test_capitalised_runs_count_the_words_a_scan_of_the_window_reads() -> None:
    import random

    from newsfacts.extractors.organizations import names as N

    rng = random.Random(0)
    checked = runs = 0
    for text in _sample_texts():
        for _ in range(60):
            start = rng.randrange(len(text) + 1)
            end = min(len(text), start + rng.randrange(40))
            around = text[max(0, start - N._DENSE_WINDOW) : end + N._DENSE_WINDOW]
            words = [w for w in N._WORD.findall(around) if w.lower() not in N._FUNCTION_WORDS]
            capitalised = sum(1 for w in words if w[0].isupper())
            expected = len(words) >= N._DENSE_MIN_WORDS and capitalised >= N._DENSE_SHARE * len(
                words
            )
            assert N.in_capitalised_run(text, start, end) == expected, (start, end)
            a, b = max(0, start - N._DENSE_WINDOW), min(len(text), end + N._DENSE_WINDOW)
            assert N._WordCounts.of(text).around(a, b) == (len(words), capitalised)
            checked += 1
            runs += expected
    assert checked > 500 and runs > 20  # both answers were met


def test_occurrences_find_what_one_pattern_of_the_forms_finds() -> None:
    import random
    import re

    from newsfacts.extractors.organizations.finder import _any_of, occurrences

    rng = random.Random(1)
    found = 0
    for text in _sample_texts():
        names = re.findall(r"[A-ZÉ][\w'’.-]*(?:\s[A-ZÉ][\w'’.-]*)?", text) or ["Mot"]
        for _ in range(20):
            forms = set(rng.sample(names, min(len(names), rng.randint(1, 12))))
            forms |= {f[: max(1, len(f) - 2)] for f in list(forms)[:3]}  # overlapping forms
            expected = [(m.start(), m.end(), m.group()) for m in _any_of(forms).finditer(text)]
            assert occurrences(text, forms) == expected
            found += len(expected)
    assert found > 200
