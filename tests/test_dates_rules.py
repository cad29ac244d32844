"""Rules of the pure date finder, checked on French sentences against fixed reference dates.

Each case is a sentence, a reference date, and the expected (value[, end_value]) list in order.
"""

from __future__ import annotations

import pytest
from newsfacts.extractors.article import parse_reference_date
from newsfacts.extractors.dates.finder import (
    Dateline,
    DateMatch,
    find_dateline,
    find_dates,
)


def values(text: str, ref: str | None = "2025-07-16") -> list[str | None]:
    return [m.value for m in find_dates(text, ref)]


# ---------------------------------------------------------------------------------------------
# Reference dates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2025", "2025"), ("2025-07", "2025-07"), ("2024-02-29", "2024-02-29"), (" 0001 ", "0001")],
)
def test_reference_date_accepts(raw: str, expected: str) -> None:
    assert parse_reference_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["2025-13", "2025-02-30", "2023-02-29", "0000", "25-07", "2025/07/01", "", "10000"]
)
def test_reference_date_rejects(raw: str) -> None:
    with pytest.raises(ValueError, match="invalid reference date"):
        parse_reference_date(raw)


# ---------------------------------------------------------------------------------------------
# Group 1: absolute dates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La vente aux enchères a eu lieu le 14 octobre 2019 à Lyon.", ["2019-10-14"]),
        ("Le site ferme le 1er janvier 2027 pour travaux.", ["2027-01-01"]),
        ("Rendez-vous vendredi 7 février 2025 devant la mairie.", ["2025-02-07"]),
        ("Le courrier daté du 05/11/2021 est arrivé.", ["2021-11-05"]),
        ("Horodatage : 2023-09-30.", ["2023-09-30"]),
        ("La récolte de novembre 2022 fut maigre.", ["2022-11"]),
        ("La vente de janv. 2024 et celle de sept. 2024 ont déçu.", ["2024-01", "2024-09"]),
        ("La filiale a été vendue en 2016.", ["2016"]),
        ("Elle dirige la chorale depuis 1987.", ["1987"]),
        ("On compare souvent avec la tempête de 1999.", ["1999"]),
        ("Le bilan de l'année 2021 reste positif.", ["2021"]),
        ("Les travaux ont duré entre 2011 et 2015.", [("2011", "2015")]),
        ("Il a présidé le club de 2003 à 2009.", [("2003", "2009")]),
        ("La saison 1996-1997 fut sa meilleure.", [("1996", "1997")]),
        ("Le festival se tient du 12 au 15 août 2026.", [("2026-08-12", "2026-08-15")]),
        ("Les réunions des 4 et 5 novembre 2024 sont annulées.", [("2024-11-04", "2024-11-05")]),
        ("Il faudra patienter jusqu'au printemps ; fin 2026 au plus tard.", ["2026"]),
        ("Au deuxième trimestre 2024, les ventes ont chuté.", [("2024-04", "2024-06")]),
        ("Le chantier démarre mi-2027.", ["2027"]),
        ("Un objectif d'émissions nulles d'ici 2040.", ["2040"]),
    ],
)
def test_absolute(text: str, expected: list[object]) -> None:
    got = find_dates(text, None)
    flat = [(m.value, m.end_value) if m.end_value else m.value for m in got]
    assert flat == expected
    assert not any(m.relative for m in got)


# ---------------------------------------------------------------------------------------------
# Group 2: relative dates (reference: Wednesday 16 July 2025 unless stated)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("La boutique a rouvert aujourd'hui.", "2025-07-16", ["2025-07-16"]),
        ("Le maire a démissionné hier soir.", "2025-07-16", ["2025-07-15"]),
        ("Le verdict tombera demain.", "2025-07-16", ["2025-07-17"]),
        ("Un accident a eu lieu avant-hier.", "2025-07-16", ["2025-07-14"]),
        ("La grève reprend après-demain.", "2025-07-16", ["2025-07-18"]),
        ("Le conseil s'est réuni lundi.", "2025-07-16", ["2025-07-14"]),
        ("La séance se tient mercredi.", "2025-07-16", ["2025-07-16"]),
        ("La compétition reprendra samedi.", "2025-07-16", ["2025-07-19"]),
        ("Il est rentré mercredi dernier.", "2025-07-16", ["2025-07-09"]),
        ("Nous signerons jeudi prochain.", "2025-07-16", ["2025-07-17"]),
        ("Les chiffres du mois dernier sont bons.", "2025-07-16", ["2025-06"]),
        ("La loi votée en février dernier entre en vigueur.", "2025-07", ["2025-02"]),
        ("Le bâtiment a brûlé en septembre dernier.", "2025-07", ["2024-09"]),
        ("Le salon ouvrira en octobre prochain.", "2025-07", ["2025-10"]),
        ("La facture d'avril est arrivée en retard.", "2025-07", ["2025-04"]),
        ("Elle a été embauchée au mois de mars.", "2025-07", ["2025-03"]),
        ("Les prix ont grimpé l'an dernier.", "2025-07", ["2024"]),
        ("Le bénéfice de l'année dernière a doublé.", "2025", ["2024"]),
        ("Les élections auront lieu l'an prochain.", "2025", ["2026"]),
        ("Cette année, la récolte est précoce.", "2025", ["2025"]),
        ("La mine a fermé il y a trois ans.", "2025-07", ["2022"]),
        ("Le pont a été inauguré il y a 30 ans.", "2025", ["1995"]),
        ("Le magasin ouvrira dans deux mois.", "2025-07", ["2025-09"]),
        ("La fête aura lieu le 14 juillet.", "2025-07-02", ["2025-07-14"]),
        ("Les soldes commencent mi-janvier.", "2025-07", ["2025-01"]),
        ("Les tarifs baissent depuis le début de l'année.", "2025-07", ["2025"]),
        ("Au premier trimestre, la marge a reculé.", "2025-07", ["2025-01"]),
    ],
)
def test_relative(text: str, ref: str, expected: list[str]) -> None:
    got = find_dates(text, ref)
    assert [m.value for m in got] == expected
    assert all(m.relative for m in got)


@pytest.mark.parametrize(
    "text",
    [
        "Il est arrivé hier.",
        "Le conseil se réunit aujourd'hui.",
        "Le texte a été voté ce jeudi.",
        "La grève a commencé lundi dernier.",
        "Les résultats tomberont mardi prochain.",
    ],
)
def test_a_day_against_a_month_reference_is_that_month(text: str) -> None:
    # the reference tells the month only: that month is what the text says, at its grain
    (day,) = find_dates(text, "2025-07")
    assert (day.value, day.grain, day.relative) == ("2025-07", "month", True)


def test_a_day_against_a_year_reference_stays_unresolved() -> None:
    (hier,) = find_dates("Il est arrivé hier.", "2025")
    assert hier.value is None and hier.relative and hier.grain == "day"
    (jan,) = find_dates("La hausse date de janvier dernier.", "2025-07")
    assert jan.value == "2025-01" and jan.grain == "month"


def test_relative_without_reference_keeps_the_match() -> None:
    got = find_dates("Le ministre s'est exprimé hier puis jeudi dernier.", None)
    assert [(m.text, m.value, m.relative) for m in got] == [
        ("hier", None, True),
        ("jeudi dernier", None, True),
    ]


def test_future_tense_flips_a_bare_weekday() -> None:
    # reference: Monday 6 October 2025
    assert values("Le vote a eu lieu jeudi.", "2025-10-06") == ["2025-10-02"]
    assert values("Le vote aura lieu jeudi.", "2025-10-06") == ["2025-10-09"]


# ---------------------------------------------------------------------------------------------
# Group 3: things that are not dates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La réunion commence à 10h30 et finit ce soir.",
        "Il a vécu trois ans à Dakar, pendant deux mois en hiver puis 18 jours en mer.",
        "Le taux passe de 2,2 à 4,5 % et le prix à 9,40 euros, contre 61,5 auparavant ?",
        "Le fonds pèse 2 000 000 et coûte 1 500 € par an.",
        "Les robots de demain et la société d'aujourd'hui fascinent.",
        "Le rover roule sur Mars ; la planète Mars est froide. Mars attire les sondes.",
        "Elle a attendu sept ans avant de revoir sa sœur.",
        "Il a joué l'Euro 2012 sous Windows 2000 à bord d'un A380 pendant la COP21.",
        "La loi n° 2004-575 modifie l'article 2012 du code.",
        "Le village compte 2 500 habitants, la centrale 1 300 MW, tiré en 2 000 exemplaires.",
        "La ville a accueilli 2000 manifestants et 1500 personnes.",
        "À ce jour, le chantier n'a pas repris ; ce jour-là, il pleuvait.",
        "Les ventes ont baissé ces derniers jours et ces dernières semaines.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, "2025-07-16") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport est daté du 31 février 2025.",
        "Identifiant 2025-13-40 inconnu.",
        "Rendez-vous le 45 mars.",
        "Date saisie : 30/02/2024.",
    ],
)
def test_impossible_dates_are_silently_dropped(text: str) -> None:
    assert find_dates(text, "2025-07-16") == []


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a month with a year after a cue word stays one month-year date
        ("Le stock a tenu jusqu'en novembre 1979, puis a fondu.", None, ["1979-11"]),
        # approximate offsets
        ("Le barrage a cédé il y a plus de 60 ans.", "2021-05-03", ["1961"]),
        # a day named without its year but with "prochain"/"dernier"
        ("Il prendra ses fonctions le 2 février prochain.", "2024-11-20", ["2025-02-02"]),
        ("Il a quitté ses fonctions le 30 décembre dernier.", "2025-01-10", ["2024-12-30"]),
        # a one-day event "of today" is today; "the world of today" is not a day
        ("Le scrutin d'aujourd'hui départagera les candidats.", "2024-06-09", ["2024-06-09"]),
        ("La jeunesse d'aujourd'hui lit moins.", "2024-06-09", []),
        # two-digit years after a month name, only before punctuation
        ("Il est arrivé le 9 avril 83.", None, ["1983-04-09"]),
        # short day/month after an article; a bare fraction is not a date
        ("Le paiement tombe le 15/09, soit 2/3 du total.", "2025-07-16", ["2025-09-15"]),
        # weekdays inside a day range
        ("Salon ouvert du jeudi 4 au dimanche 7 septembre 2025.", None, ["2025-09-04"]),
        # "de" between the month and the year
        ("Le traité fut signé le 8 mai de 1921.", None, ["1921-05-08"]),
        # a two-digit end year far from the start is a code, not a span
        ("Le dossier porte la cote 2011-47.", None, []),
    ],
)
def test_more_shapes(text: str, ref: str | None, expected: list[str]) -> None:
    assert values(text, ref) == expected


def test_iso_date_alone_is_not_a_dateline_prefix() -> None:
    found = find_dateline("2019-04-05")
    assert found is None or found.value == "2019-04-05"


def test_mai_needs_date_context() -> None:
    assert values("Il a réglé en mai la facture.", "2025-07") == ["2025-05"]
    assert values("Le 8 mai, les écoles ferment.", "2025-07") == ["2025-05-08"]


# ---------------------------------------------------------------------------------------------
# Datelines and exclusion
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (" date 2025-07 La coopérative agricole a racheté un silo.", "2025-07"),
        ("Date : 12/03/2025\nLe musée rouvre ses portes.", "2025-03-12"),
        ("Publié le 3 mars 2025 à 10h\nLa préfecture annonce...", "2025-03-03"),
        ("LYON, 4 avril 2024 (AFP) - Un incendie a touché un entrepôt.", "2024-04-04"),
        ("Crue de la Loire\n\n9 décembre 2023. - Les eaux montent encore.", "2023-12-09"),
        ("---\ntitle: Essai\ndate: 2025-03-12\n---\nCorps du texte.", "2025-03-12"),
        ("Mis à jour le 2 février 2022\nLe port reste fermé.", "2022-02-02"),
    ],
)
def test_dateline(text: str, value: str) -> None:
    found = find_dateline(text)
    assert isinstance(found, Dateline)
    assert found.value == value
    assert value[:4] in text[found.start : found.end]


def test_no_dateline_deep_in_the_text() -> None:
    filler = "Un long paragraphe sans date. " * 30
    assert find_dateline(filler + "\n9 décembre 2023. - Suite.") is None
    assert find_dateline("La mairie a voté le budget le 3 mars 2025.") is None


def test_dateline_excluded_from_dates() -> None:
    text = " date 2025-07 La société a levé des fonds en janvier dernier pour les usines de demain."
    dl = find_dateline(text)
    assert dl is not None
    got = find_dates(text, dl.value, exclude=[(dl.start, dl.end)])
    assert [(m.text, m.value) for m in got] == [("janvier dernier", "2025-01")]


def test_matches_are_sorted_and_disjoint() -> None:
    text = "Du 3 au 5 mars 2025, puis le 12 avril 2025, et entre 2026 et 2028."
    got = find_dates(text, None)
    assert all(isinstance(m, DateMatch) for m in got)
    assert [m.start for m in got] == sorted(m.start for m in got)
    assert all(a.end <= b.start for a, b in zip(got, got[1:], strict=False))
    assert all(text[m.start : m.end] == m.text for m in got)


# ---------------------------------------------------------------------------------------------
# Holidays, weeks, offsets from a stated day, ranges joined by the text
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # fixed feasts take the reference year, or the one the text states
        ("La boulangerie fermera à Noël.", "2024-10-03", ["2024-12-25"]),
        ("Le marché rouvre après la Toussaint.", "2024-10-03", ["2024-11-01"]),
        ("Les manifestants défileront pour la fête du Travail.", "2024-03-10", ["2024-05-01"]),
        ("Le gîte était complet pour la Saint-Sylvestre 2019.", None, ["2019-12-31"]),
        ("Le tournoi reprend le jour de l'an.", "2024-10-03", ["2024-01-01"]),
        ("Elle est rentrée à Noël dernier.", "2024-10-03", ["2023-12-25"]),
        # computed feasts
        ("Les cloches sonneront à Pâques 2024.", None, ["2024-03-31"]),
        ("Le pont est fermé le lundi de Pâques 2025.", None, ["2025-04-21"]),
        ("Le concert aura lieu le lundi de Pentecôte 2023.", None, ["2023-05-29"]),
        ("Le jeudi de l'Ascension 2022, la mairie est fermée.", None, ["2022-05-26"]),
        # French Mothers' Day: last Sunday of May, a week later when that is Pentecost
        ("Fleurs livrées pour la fête des mères 2024.", None, ["2024-05-26"]),
        ("Fleurs livrées pour la fête des mères 2023.", None, ["2023-06-04"]),
        ("Cravates offertes pour la fête des pères 2024.", None, ["2024-06-16"]),
        # not the day: things named after it, first names
        ("Les cadeaux de Noël et l'île de Pâques.", "2024-10-03", []),
        ("Noël Martin a parlé et Toussaint Roux aussi.", "2024-10-03", []),
        # "la veille"/"le lendemain" of a stated day move it
        ("Il est arrivé le lendemain du 8 mai 2021.", None, ["2021-05-09"]),
        ("Le réveillon a eu lieu la veille de Noël.", "2024-10-03", ["2024-12-24"]),
    ],
)
def test_holidays(text: str, ref: str | None, expected: list[str]) -> None:
    assert values(text, ref) == expected


def test_a_day_after_an_unstated_event_is_not_a_date() -> None:
    # past tense, no day stated before: "le lendemain" follows an untold day, not publication;
    # "la veille du match" belongs to an undated event
    assert values("Il est reparti le lendemain, puis la veille du match.", "2024-10-03") == []


def spans(text: str, ref: str | None) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.value, m.end_value) for m in find_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # counted from the date stated before, else from the reference date
        (
            "La digue a cédé le 12 mars 2019. Le lendemain, la ville était inondée.",
            None,
            [("12 mars 2019", "2019-03-12", None), ("Le lendemain", "2019-03-13", None)],
        ),
        (
            "Du 4 au 6 mai 2021, le salon a fermé ; le surlendemain, il rouvrait.",
            None,
            [
                ("Du 4 au 6 mai 2021", "2021-05-04", "2021-05-06"),
                ("le surlendemain", "2021-05-08", None),
            ],
        ),
        (
            "L'usine a ouvert en 1998 et les trois années suivantes furent prospères.",
            "2024-10-03",
            [("1998", "1998", None), ("trois années suivantes", "1999", "2001")],
        ),
        (
            "En mars 2020, le site a fermé ; le mois suivant, il rouvrait.",
            None,
            [("mars 2020", "2020-03", None), ("le mois suivant", "2020-04", None)],
        ),
        (
            "La veille, le maire avait annoncé sa démission.",
            "2024-10-03",
            [("La veille", "2024-10-02", None)],
        ),
        ("Nous reviendrons le lendemain.", "2024-10-03", [("le lendemain", "2024-10-04", None)]),
        (
            "La réunion aura lieu la semaine suivante.",
            "2024-10-03",
            [("la semaine suivante", "2024-10-07", "2024-10-13")],
        ),
        # a date too coarse for the unit leaves the offset unresolvable: dropped, not guessed
        (
            "En 2010, la crue est arrivée. Le lendemain, les digues ont cédé.",
            "2024-10-03",
            [("2010", "2010", None)],
        ),
        # a decade is no date, and its year is not read alone
        ("Les années 1970 ont vu naître le walkman.", None, []),
        ("Le quartier date des années soixante-dix.", None, []),
        ("Un tube des années 80, réédité.", None, []),
        ("The 1990s ended.", None, []),
        ("Les années 2000 ont été celles du haut débit.", None, []),
        # "ce jour" is today
        (
            "Le décret est publié ce jour au Journal officiel.",
            "2024-10-03",
            [("ce jour", "2024-10-03", None)],
        ),
        # month first when day first cannot exist, with dashes only
        ("Relevé du 9-18-15.", None, [("9-18-15", "2015-09-18", None)]),
        ("Relevé du 12/13/2017.", None, []),
    ],
)
def test_counted_anchored_and_decades(
    text: str, ref: str | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert spans(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # weeks are valued by their Monday (reference: Thursday 3 October 2024)
        ("On se verra la semaine prochaine.", "2024-10-03", [("2024-10-07", "2024-10-13")]),
        ("Les chiffres de la semaine dernière.", "2024-10-03", [("2024-09-23", "2024-09-29")]),
        ("Cette semaine, le marché a chuté.", "2024-10-03", [("2024-09-30", "2024-10-06")]),
        ("Il a plu en début de semaine.", "2024-10-03", [("2024-09-30", "2024-10-06")]),
        # a week belongs to the month holding its Thursday
        ("La dernière semaine d'août 2024 fut chaude.", None, [("2024-08-26", "2024-09-01")]),
        ("La première semaine de 2026 sera chargée.", None, [("2025-12-29", "2026-01-04")]),
        # days of a named week
        ("Il signera jeudi de la semaine prochaine.", "2024-10-03", ["2024-10-10"]),
        ("Elle est partie mardi la semaine dernière.", "2024-10-03", ["2024-09-24"]),
        ("Nous reviendrons lundi en huit.", "2024-10-03", ["2024-10-14"]),
        ("Nous reviendrons jeudi en huit.", "2024-10-03", ["2024-10-10"]),
        ("Nous reviendrons samedi en quinze.", "2024-10-03", ["2024-10-19"]),
        ("Le marché se tient ce samedi.", "2024-10-03", ["2024-10-05"]),
        # "la semaine suivante" counts from another event
        ("Il a démissionné la semaine suivante.", "2024-10-03", []),
    ],
)
def test_weeks(text: str, ref: str | None, expected: list[object]) -> None:
    got = find_dates(text, ref)
    assert [(m.value, m.end_value) if m.end_value else m.value for m in got] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # months offsets from a day resolve to a day, from a month to a month
        ("Le chantier a démarré il y a quatre mois.", "2024-10-03", ["2024-06-03"]),
        ("Le bail expire dans un mois.", "2025-01-31", ["2025-02-28"]),
        ("Le bail expire dans un mois.", "2025-01", ["2025-02"]),
        ("Elle est partie il ya 3 jours.", "2024-10-03", ["2024-09-30"]),
        # ranges: words and ordinals for days, a month or the reference month
        ("Soldes du premier au douze janvier 2025.", None, [("2025-01-01", "2025-01-12")]),
        ("Fermé du 4e au 9e novembre 2024.", None, [("2024-11-04", "2024-11-09")]),
        ("La foire se tient du 14 au 20.", "2024-10-03", [("2024-10-14", "2024-10-20")]),
        (
            "Travaux entre le 7 et le dix-neuf de ce mois.",
            "2024-10-03",
            [("2024-10-07", "2024-10-19")],
        ),
        ("Les horaires vont du 8 au 18 heures.", "2024-10-03", []),
        # two dates joined by the text
        ("Il a vécu là du 3 mars 2001 au 2 juin 2004.", None, [("2001-03-03", "2004-06-02")]),
        ("Une baisse entre mai 2019 et le 4 février 2020.", None, [("2019-05", "2020-02-04")]),
        ("Les ventes du T2 2021 au T4 2022 ont doublé.", None, [("2021-04", "2022-12")]),
        ("Ouvert du 28/12 au 03/01/2025.", None, [("2024-12-28", "2025-01-03")]),
        ("Le musée ferme du milieu de 2026 à la fin de 2027.", None, [("2026", "2027")]),
        ("Le 9 juin, au port, puis en 1998.", "2012-06-10", ["2012-06-09", "1998"]),
        # "2019/20/Mai" is no year span: with a month name it is year, day, month
        ("La saison 2019/20, reprise le 2019/20/Mai.", None, [("2019", "2020"), "2019-05-20"]),
        # other shapes
        ("Le colis est parti le 11/mars/2022.", None, ["2022-03-11"]),
        ("Né décembre 12, 1968 à Brest.", None, ["1968-12-12"]),
        ("Embauché en octobre 91, il est resté.", None, ["1991-10"]),
        ("Le 2e jour de juin 2015, il pleuvait.", None, ["2015-06-02"]),
        ("Le vote a lieu le premier dimanche de mars 2026.", None, ["2026-03-01"]),
        ("Relevé du 21 06 19 : conforme.", None, ["2019-06-21"]),
        ("Appelez le 06 21 06 19 45.", None, []),
        ("Le résultat du trimestre2 2023 est bon.", None, [("2023-04", "2023-06")]),
        ("Les ventes au cours de 2021-trimestre3 ont baissé.", None, [("2021-07", "2021-09")]),
    ],
)
def test_offsets_ranges_and_shapes(text: str, ref: str | None, expected: list[object]) -> None:
    got = find_dates(text, ref)
    assert [(m.value, m.end_value) if m.end_value else m.value for m in got] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # half-years and quarters are periods: first and last month (issue 4, our samples, peers)
        ("Le bénéfice du premier semestre 2023 a doublé.", None, [("2023-01", "2023-06")]),
        ("Au second semestre, les ventes ont repris.", "2024-10-03", [("2024-07", "2024-12")]),
        ("Au troisième trimestre 2023, la marge a baissé.", None, [("2023-07", "2023-09")]),
    ],
)
def test_half_years_and_quarters(text: str, ref: str | None, expected: list[object]) -> None:
    got = find_dates(text, ref)
    assert [(m.value, m.end_value) if m.end_value else m.value for m in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "du" + weekday is every week; "de" + weekday is this one.
        ("Le journal du samedi sera plus épais.", []),
        ("Le débat de samedi a été houleux.", [("samedi", "2025-10-11")]),
        # a season without its year, or an edition's name, is not a date
        ("Les travaux commenceront au printemps, sans doute.", []),
        ("La Coupe du monde de rugby 2027 se jouera en Australie.", []),
        ("Les Jeux de la Francophonie en 2027 auront lieu au Québec.", [("2027", "2027")]),
        # a future clause points to the next such day
        ("Le tarif augmentera au 1er janvier.", [("1er janvier", "2026-01-01")]),
        ("Le tarif a augmenté au 1er janvier.", [("1er janvier", "2025-01-01")]),
    ],
)
def test_generic_days_seasons_editions_and_future_days(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, "2025-10-14")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # month first, at the end of a clause; a yearless day follows the tense like "le 3 mars"
        ("Livraison prévue : déc. 4.", "2025-10-14", ["2025-12-04"]),
        ("Le colis partira Jan-9.", "2025-10-14", ["2026-01-09"]),
        ("Le club a rouvert Septembre. 8, sans bruit.", "2025-10-14", ["2025-09-08"]),
        ("La foire aura lieu juin vingt-quatre.", "2025-03-02", ["2025-06-24"]),
        ("Le marché rouvre mars premier.", "2025-01-20", ["2025-03-01"]),
        ("Le salon se tient décembre 3-5.", "2025-10-14", [("2025-12-03", "2025-12-05")]),
        ("Portes ouvertes févr. 27 au mars 2.", "2025-01-10", [("2025-02-27", "2025-03-02")]),
        # not days: a count after the month, the planet, the number seven
        ("En avril 3 boutiques ont fermé.", "2025-10-14", []),
        ("La sonde Mars 3 a atterri.", "2025-10-14", []),
        ("Il a compté sept 4.", "2025-10-14", []),
        # a two-digit number after a full month name at a clause end stays a year
        ("Il est arrivé en juin 98.", "2025-10-14", ["1998-06"]),
        # day and month in digits without an article: two digits each, no mark, no unit
        ("Réunion reportée au 09/12 sans explication.", "2025-10-14", ["2025-12-09"]),
        ("Rendu attendu 17/03.", "2025-10-14", ["2025-03-17"]),
        ("Le stock sera vendu 17/03.", "2025-10-14", ["2026-03-17"]),
        ("Copie notée 15/20 puis 3/4 du barème.", "2025-10-14", []),
        ("Un service ouvert 24/24 et 07/07 heures.", "2025-10-14", []),
        ("Vol du 30/06,19 et facture du 02/11, 2020.", None, ["2019-06-30", "2020-11-02"]),
        ("Fermé du 24/12-02/01, 2021.", None, [("2020-12-24", "2021-01-02")]),
        # a named month fixes the order of the numbers around it
        ("Dossier clos 2021-17-oct.", None, ["2021-10-17"]),
        ("Versement le 5/2019/avril.", None, ["2019-04-05"]),
        ("Publié en nov. 2010, puis en avril. 2012.", None, ["2010-11", "2012-04"]),
        ("Relevé 2018 -06 conforme.", None, ["2018-06"]),
        ("Il a fini en 2019. 12 autres ont suivi.", None, ["2019"]),
        ("Le chiffre de 2022 le second semestre a déçu.", None, [("2022-07", "2022-12")]),
        # a week named by a day starts on the nearest Monday; a part of the month is that month
        ("La semaine du 12 mai, le site ferme.", "2025-03-02", [("2025-05-12", "2025-05-18")]),
        ("Pendant la semaine du 11 mai 2025, rien.", None, [("2025-05-12", "2025-05-18")]),
        ("Le solde est versé en fin de mois.", "2025-10-14", ["2025-10"]),
    ],
)
def test_month_first_and_numeric_day_shapes(
    text: str, ref: str | None, expected: list[object]
) -> None:
    got = find_dates(text, ref)
    assert [(m.value, m.end_value) if m.end_value else m.value for m in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday with a day number: the nearest month, in the tense's direction, that fits
        ("Le jury a tranché vendredi 10, sans appel.", [("vendredi 10", "2025-10-10")]),
        ("Le jury s'est réuni mardi 9.", [("mardi 9", "2025-09-09")]),
        ("Le jury se réunira dimanche 14.", [("dimanche 14", "2025-12-14")]),
        ("Dimanche 14 coureurs ont abandonné.", [("Dimanche", "2025-10-12")]),
        # a day number alone after a cue only days take; the fact starts at the number
        ("Les guichets ferment dès le 3, puis rouvrent.", [("3", "2025-10-03")]),
        ("Le tarif baissera à partir du 6.", [("6", "2025-11-06")]),
        ("La collection court jusqu'au 19e siècle.", []),
        # a range found after punctuation starts at its day, not at the spaces before it
        ("Ouvert,   7 au 9 novembre.", [("7 au 9 novembre", "2025-11-07")]),
    ],
)
def test_weekday_with_day_and_cued_day(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, "2025-10-14")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les travaux commenceront au printemps 2026.", ("printemps 2026", "2026-03", "2026-05")),
        ("Le parc a ouvert à l'été de 2019.", ("été de 2019", "2019-06", "2019-08")),
        ("La récolte de l'automne 2023 a déçu.", ("automne 2023", "2023-09", "2023-11")),
        ("Les coupures de l'hiver 2022 ont marqué.", ("hiver 2022", "2022-12", "2023-02")),
        ("La ligne rouvre fin de l'été 2025.", ("fin de l'été 2025", "2025-06", "2025-08")),
    ],
)
def test_a_season_with_its_year_is_its_three_months(
    text: str, expected: tuple[str, str, str]
) -> None:
    (m,) = find_dates(text, "2025-10-14")
    assert (m.text, m.value, m.end_value, m.grain) == (*expected, "season")


@pytest.mark.parametrize(
    ("text", "grain"),
    [
        ("Les ventes ont reculé au troisième trimestre 2024.", "quarter"),
        ("Le bénéfice a doublé au T2 2023.", "quarter"),
        ("Le chantier démarrera au second semestre 2026.", "half"),
    ],
)
def test_quarters_and_halves_say_their_grain(text: str, grain: str) -> None:
    (m,) = find_dates(text, "2025-10-14")
    assert m.grain == grain and m.end_value is not None


@pytest.mark.parametrize(
    "text",
    [
        "Les prix ont grimpé au cours des trois derniers mois.",
        "Le port a doublé son trafic ces 2 dernières années.",
        "Le chantier occupera les six prochains mois.",
        "Il a plu les quatre derniers jours.",
        "Les deux semaines passées ont été calmes.",
        "Les 3 années à venir seront décisives.",
        "Le groupe investira 2 milliards dans les 24 prochains mois.",
    ],
)
def test_units_counted_from_today_are_a_duration_not_a_date(text: str) -> None:
    assert find_dates(text, "2024-10-03") == []


@pytest.mark.parametrize(
    "text",
    [
        "La commune compte aujourd'hui 4 000 habitants.",
        "La coopérative emploie aujourd'hui près de 90 salariés.",
        "Sa dette s'élève aujourd'hui à 2 milliards d'euros.",
        "Les élus jugent aujourd'hui ce choix trop coûteux.",
        "Aujourd'hui, l'entrepôt n'emploie plus que dix personnes et reste vide la nuit.",
        "Aujourd'hui, où en est le chantier du tramway ?",
    ],
)
def test_today_telling_a_present_state_is_no_date(text: str) -> None:
    assert find_dates(text, "2024-10-03") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet a annoncé aujourd'hui la fermeture du pont.",
        "Le conseil municipal se réunit aujourd'hui en séance extraordinaire.",
        "Aujourd'hui, les députés ont adopté le budget.",
        "Le texte sera voté aujourd'hui.",
    ],
)
def test_today_telling_an_event_is_this_day(text: str) -> None:
    assert values(text, "2024-10-03") == ["2024-10-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past tense, a day still to come this year: last year's
        ("Il a été condamné le 14 novembre à deux ans de prison.", ["2024-11-14"]),
        ("Le 3 mars, la digue a cédé sous la pression.", ["2024-03-03"]),
        # passed already this year: this year's
        ("Il était parti le 10 février sans prévenir.", ["2025-02-10"]),
        # future, or a day set in the past for later: this year's
        ("Le procès s'ouvrira le 14 novembre.", ["2025-11-14"]),
        ("Le vote a été fixé au 3 mai.", ["2025-05-03"]),
        ("L'audience a été reportée au 20 mars.", ["2025-03-20"]),
    ],
)
def test_a_day_without_its_year_reads_the_tense(text: str, expected: list[str]) -> None:
    assert values(text, "2025-02-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le musée est fermé le lundi.", []),
        ("Le marché se tient le mercredi sur la place de l'église.", []),
        ("Le débat de mercredi a été houleux.", ["2025-02-12"]),
        ("Le mercredi 12 mars, la crue a tout emporté.", ["2025-03-12"]),  # its weekday's year
        ("Le mardi 12 mars, la crue a tout emporté.", ["2024-03-12"]),
    ],
)
def test_the_article_before_a_bare_weekday_tells_a_habit(text: str, expected: list[str]) -> None:
    assert values(text, "2025-02-12") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le vol 1549 a amerri sur le fleuve.",
        "La résolution 2231 du Conseil a été votée.",
        "Le train 6201 a déraillé près de Mâcon.",
        "La route 1066 est coupée.",
    ],
)
def test_a_number_after_a_vehicle_or_a_text_is_no_year(text: str) -> None:
    assert values(text, "2025-02-12") == []


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Titres du jour\n\nMARSEILLE, 4 mars (Reuters) - Le port a rouvert.", ["4 mars"]),
        (
            "Le groupe publie ses comptes.\nLyon, le 3 avril 2025 – Le groupe annonce.",
            ["3 avril 2025"],
        ),
        ("Saint-Malo, lundi 7 juillet (AFP) – La marée a surpris.", ["7 juillet"]),
        # a city and a date inside a sentence are no dateline
        ("Il est né à Lyon, le 3 avril 1980 - un jour de pluie.", []),
    ],
)
def test_wire_datelines_anywhere_at_a_line_start(text: str, dated: list[str]) -> None:
    from newsfacts.extractors.dates.dateline import wire_datelines

    assert [text[a:b] for a, b in wire_datelines(text)] == dated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past clause: the last such months before the reference (February 2025)
        ("Les soldes de mai-juin ont déçu les commerçants.", ("2024-05", "2024-06")),
        # future clause: the next ones
        ("Le festival aura lieu de juillet à août.", ("2025-07", "2025-08")),
        # over the turn of the year
        ("La saison de chasse ira de novembre à février.", ("2025-11", "2026-02")),
    ],
)
def test_two_months_without_a_year(text: str, expected: tuple[str, str]) -> None:
    (m,) = find_dates(text, "2025-02-12")
    assert (m.value, m.end_value) == expected


def test_the_planet_is_no_month_range() -> None:
    assert find_dates("La sonde Mars-Vénus a décollé.", "2025-02-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le dernier jour de mars 2019, il a démissionné.", "2019-03-31"),
        ("Le dernier jour de février 2024, la neige est tombée.", "2024-02-29"),
        ("Le dernier jour de juin, le bail prendra fin.", "2025-06-30"),
    ],
)
def test_the_last_day_of_a_month(text: str, expected: str) -> None:
    assert values(text, "2025-02-12") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est arrivé au club en 95 et n'a rien gagné en 96.", ["1995", "1996"]),
        ("Depuis 98, la filiale n'a jamais perdu d'argent.", ["1998"]),
        ("Le relais a été couru en 95 minutes.", []),
        ("Les effectifs passent de 10 en 20.", []),
    ],
)
def test_a_two_digit_year_after_en(text: str, expected: list[str]) -> None:
    assert values(text, "2025-02-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted from the day stated before
        ("Le 3 mars 2024, il a signé. Il est revenu le jeudi suivant.", ["2024-03-03", "2024-03-07"]),
        ("Le vendredi 7 mars 2025, il part. Le lundi précédent, il avait signé.",
         ["2025-03-07", "2025-03-03"]),
        # none stated: from the reference in a future clause, not at all after an untold day
        ("Il reviendra le jeudi suivant.", ["2025-02-13"]),
        ("Il est revenu le jeudi suivant.", []),
        # a year is too coarse to count a weekday from
        ("En 2010, il part. Le jeudi suivant, il revient.", ["2010"]),
    ],
)  # fmt: skip
def test_a_weekday_after_or_before_the_day_stated(text: str, expected: list[str]) -> None:
    assert values(text, "2025-02-12") == expected
