"""Evidence for and against a name being an organization, and the weights of each kind.

The cues read in the text stand in one table, EVIDENCE: a pattern, the group(s) naming the
candidate with the points each earns, and a hook for the few passes that do more than add points
to a name. The table runs in its order, which matters: cue points stop adding up at 2 x W_CUE.
Around it: the model's entities and the well-known names gathered first, then the totals with the
priors, and the two passes that read the totals (coordination, enumerations).

A name is an organization when its points reach THRESHOLD.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from ..facilities.names import HEADS as FACILITY_HEADS
from ..facilities.patterns import NAMING_VERBS
from ..prefilter import Guarded, fold
from ..text import CAP_WORD
from . import curated as C
from . import patterns as P
from .candidates import Candidate, Pool
from .names import (
    MODEL_NUMBER,
    any_name,
    clean,
    in_capitalised_run,
    in_share_line,
    is_heading,
    key,
    mid_sentence,
)

W_KNOWN_ORG = 4  # on the curated list of well-known organizations
W_AMBIGUOUS = -2  # added to it when the name is also a common word or place ("Shell")
W_KNOWN_PRODUCT = -6  # on the curated list of well-known products
W_CUE = 3  # "le groupe X", "la start-up X"
W_LEGAL_FORM = 3  # "X SA", "X Inc."
W_INSTITUTION = 3  # "Banque de France", "Assemblée nationale"
W_ACRONYM = 2  # "Organisation des Nations unies (ONU)"
W_ROLE = 2  # "investir dans X", "X, fondée par"
W_PRODUCT_CUE = -3  # "son modèle Claude", "ses puces X"
W_PERSON_CUE = -4  # "M. X", "Mme X"
W_PLATFORM_USE = -5  # "a écrit sur Twitter": the website, not the company
W_FACILITY_NAME = -5  # "un centre de données baptisé « X »": the installation's name
W_PLACE_CUE = -3  # "la ville d'X", "place de l'X": a place
W_LABEL = {"ORG": 2, "MISC": 0, "LOC": -1, "PER": -1}  # the model's majority label
THRESHOLD = 2

_X = re.VERBOSE
_NAME = P.NAME
_TIGHT_NAME = re.compile(P.NAME_TIGHT, _X)
_CUE = re.compile(
    rf"""(?:
        \b(?P<noun>(?i:{P.ORG_CUE_NOUNS}))
        (?:\s+(?:d['’]|de\s+)?(?!{P.NOT_QUALIFIERS})[a-zà-ÿ][a-zà-ÿ-]*{P.ADJECTIVE_ENDINGS}){{0,2}}
      | \b(?:[Ll]e|[Ll]['’]|[Ll]a)\s*(?:{P.ORG_CUE_ADJECTIVES})e?\b       # "l'allemand RWE"
    )
    \s+(?P<article>(?:la|le|les)\s+|l['’])?      # "le collectif les Amis du Bocage"
    (?P<name>{_NAME})""",
    _X,
)
# "filiale de X", "le PDG d'X": the complement of a relational noun.
_RELATION = re.compile(
    rf"\b(?:{P.RELATION_NOUNS})\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])(?P<name>{_NAME})", _X
)
# "les banques que sont X, Y et Z": every name of a list after a plural cue noun. A name may
# carry a short bracket: "les actionnaires sont Brivex (60 %) et Dorlan (40 %)".
_LIST_NAME = rf"(?:{P.NAME_TIGHT})(?:\s*\([^()\n]{{1,24}}\))?"
_LIST_AFTER = r"""
    (?:\s+(?!{not_qualifiers})[a-zà-ÿ][a-zà-ÿ-]+){{0,3}}
    \s*(?:,\s*)?(?:que\s+sont|sont|comme|tels?\s+que|telles?\s+que|dont|notamment|:)?\s+
    (?P<names>{name}(?:\s*,\s*{name}){{0,8}}(?:\s*,?\s+(?:et|ou)\s+{name})?)"""


def _list_after(nouns: str) -> re.Pattern[str]:
    """The names listed after a plural noun of `nouns`."""
    tail = _LIST_AFTER.format(not_qualifiers=P.NOT_QUALIFIERS, name=_LIST_NAME)
    return re.compile(rf"\b(?i:{nouns}){tail}", _X)


_LIST = _list_after(P.PLURAL_CUE_NOUNS)
# "les centrales Arvel (1 200 MW) et Sorgues": plants, not their owners.
_FACILITY_LIST = _list_after(P.PLURAL_FACILITY_NOUNS)
# "X et Y", "X, Y": names coordinated with an organization.
_COORDINATED = re.compile(
    rf"(?P<a>{P.NAME_TIGHT})\s*(?:,|\bet\b|\bou\b)\s*(?P<b>{P.NAME_TIGHT})", _X
)
# Three or more names in one enumeration, each with its own preposition or article, a cue noun
# allowed: "avec le journal Brisant, de Tessaly, de la radio Ondine et de Norvel Presse".
_ENUM_LEAD = r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’]|à\s+la|au|aux|à)\s*)?"
_ENUM_ITEM = rf"{_ENUM_LEAD}(?:(?:{P.ORG_CUE_NOUNS})\s+)?(?P<n>{P.NAME_TIGHT}(?:\s\d{{1,2}}\b)?)"
_ENUMERATION = re.compile(
    rf"""{_ENUM_ITEM.replace("(?P<n>", "(?:")}
        (?:\s*,\s*{_ENUM_ITEM.replace("(?P<n>", "(?:")}){{1,12}}
        \s*,?\s+(?:et|ou)\s+{_ENUM_ITEM.replace("(?P<n>", "(?:")}""",
    _X,
)
_ENUM_NAME = re.compile(rf"{_ENUM_ITEM}", _X)
# An acronym after a definite article is an organization far more often than anything else:
# "le CERN", "la SNCF", "de l'OTAN", "du FMI".
_ARTICLE_ACRONYM = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u|[Dd]e\s+la|[Àà]\s+la)\s*"
    r"(?P<name>[A-Z][A-Z&]{1,7}"
    # a second word, unless it is a given name opening a person's ("à l'AFP Jeanne Martin")
    rf"(?:\s+(?!(?:{any_name(C.FIRST_NAMES)})\s)[A-ZÀ-Þ][a-zà-ÿ]+)?)(?![\w-])"
    # not a road or a model by its number ("la RN 12", "le TGV 6201"), nor a century ("du XX e")
    r"(?!\s*(?:\d|(?:e|er|ème)\b))"
)
# "la région Bretagne": the regional council, a public body, named with its head word.
_REGION = re.compile(rf"\b[Rr]égion\s+(?P<name>{_NAME})", _X)
_LEGAL = re.compile(rf"(?P<name>{P.NAME_TIGHT})\s*,?\s+(?:{P.LEGAL_FORMS})(?![\w])", _X)
INSTITUTION = re.compile(
    rf"""(?<![\w])(?P<name>
        (?:{P.INSTITUTION_HEADS})
        (?:\s+(?:{P.INSTITUTION_ADJECTIVES})){{0,2}}
        (?:\s+(?:et\s+)?(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|aux\s+|au\s+)
            [\wÀ-ÿ'’-]+
            (?:\s+(?:{P.INSTITUTION_ADJECTIVES}|[A-ZÀ-Þ][\w-]*)){{0,2}}
        ){{0,4}}
    )""",
    _X,
)
_NESTED_LINK = re.compile(r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?=[A-ZÀ-Þ])")
_CAPITALISED_COMPLEMENT = (
    r"(?:\s+(?:et\s+)?(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])[A-ZÀ-Þ][\w'’-]*)"
)
_LOWER_INSTITUTION = re.compile(
    rf"""(?<![\w])(?P<name>
        (?:{P.LOWERCASE_INSTITUTION_HEADS})
        (?:
            \s+(?:fédérale?|nationale?|financier|antiterroriste|de\s+grande\s+instance|administratif)
            {_CAPITALISED_COMPLEMENT}{{0,3}}
          | (?:\s+(?:{P.INSTITUTION_ADJECTIVES}|correctionnel|civil))?{_CAPITALISED_COMPLEMENT}{{1,3}}
        )
    )""",
    _X,
)
_ROLE = re.compile(
    rf"""(?:
        \b(?:investi[rt]?|investissent|investira|injecte[rz]?|injecté|misé|parié|participation)
            \b[^.;:!?]{{0,60}}?\b(?:dans|au\s+capital\s+de|au\s+capital\s+d['’])\s+
            (?:(?:la|le|l['’])\s*)?(?:(?i:{P.ORG_CUE_NOUNS})\s+)?(?P<object>{_NAME})
      | \b(?:exploitée?s?|construite?s?|détenue?s?|possédée?s?|gérée?s?|opérée?s?|financée?s?
          |rachetée?s?|acquise?s?|propriété|pour\s+le\s+compte|souscrite?s?|proposée?s?
          |commercialisée?s?|lancée?s?|fabriquée?s?|produite?s?|distribuée?s?|émise?s?
          |contrôlée?s?|filiale|subventionnée?s?|mandatée?s?|employée?s?)
        \s+(?:par|de|d['’])\s*(?:la\s+|le\s+|l['’])?(?P<owner>{P.NAME_TIGHT})
      | (?P<founded>{_NAME}),\s+(?:fondée?|créée?|cofondée?|dirigée?|détenue?)\s+(?:par|en)\b
      | (?P<subject>{P.NAME_TIGHT})\s+{P.CORPORATE_VERB}
      | (?P<described>{_NAME}),\s+(?:(?:une?|le|la|l['’])\s*)?   # "X, une jeune pousse lyonnaise"
            (?:(?!{P.POSSESSIVES}\b|(?:de|du|des)\b)[a-zà-ÿ-]+\s+){{0,2}}?(?:{P.ORG_CUE_NOUNS})\b
            (?!\s+(?:[A-ZÀ-Þ]|(?:la|le|les)\s+[A-ZÀ-Þ]|l['’]\s*[A-ZÀ-Þ]))  # "X, le groupe Y" names Y
    )""",
    _X,
)
_PRODUCT_CUE = re.compile(
    rf"""\b(?i:{P.PRODUCT_CUE_NOUNS})
        (?:\s+(?:d['’]IA|d['’]intelligence\s+artificielle|de\s+[a-zé]+|d['’][a-zé]+))?
        \s+(?P<name>{_NAME})""",
    _X,
)
_PLATFORM_NAMES = rf"(?:{any_name(C.PLATFORMS)})(?![\w-])"
_PLATFORM_LISTED = re.compile(_PLATFORM_NAMES)
# A website or app as the place where something is posted or sold: "écrit sur Twitter", "via son
# compte Instagram", "en vente sur Amazon".
_PLATFORM_USE = re.compile(
    r"\b(?:[Ss]ur|[Vv]ia)\s+(?:(?:son|sa|ses|leur|leurs|les?|la)\s+(?:comptes?|pages?|chaînes?|profils?|fils?)\s+)?"
    rf"(?P<name>{any_name(C.PLATFORMS)})"
    r"(?![\w-])"
)
# A website or app named by what it is, alone or in a list: "le compte Twitter de la mairie", "les
# réseaux sociaux (Brisk, Lumo et Tchat)", "la messagerie chiffrée Signal".
_PLATFORM_NAMED = re.compile(
    rf"""\b(?:comptes?|réseaux?\s+soci(?:al|aux)|messageries?|applications?|plateformes?)
        (?:\s+(?!{P.NOT_QUALIFIERS})[a-zà-ÿ-]+){{0,2}}
        \s*(?:,\s*|\(\s*|:\s*|comme\s+|tels?\s+que\s+|dont\s+)?
        (?P<names>(?:{_PLATFORM_NAMES})(?:\s*,\s*(?:{_PLATFORM_NAMES})){{0,6}}
            (?:\s*,?\s+(?:et|ou|ainsi\s+que)\s+(?:{_PLATFORM_NAMES})){{0,2}})
        (?![\w-])""",
    _X,
)
# A name after a noun of place is the place: "la ville d'Arvel", "le quartier de Sainte-Lune",
# "place de l'Horloge", "rue Victor Hugo". Lower case only: "Ville de Paris" is the city's body.
_PLACE_CUE = re.compile(
    rf"""(?<![\w-])(?:ville|village|quartier|commune|bourgade|localité|province|comté|île
        |(?<!à\sla\s)place|rue|avenue|boulevard|quai|allée|impasse|esplanade|parvis)  # "à la place de X": instead
        \s+(?:d['’]\s*|de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)?(?P<name>{P.NAME_TIGHT})""",
    _X,
)
# The name given to an installation names the installation: "un centre de données baptisé « X »",
# "la centrale, appelée X". Found from the naming word, then the kind noun is looked for before it.
_NAMING = re.compile(rf"(?<![\w-])(?i:{NAMING_VERBS})\s+(?:«\s*|\"|“)?(?P<name>{P.NAME_TIGHT})", _X)
_FACILITY_BEFORE = re.compile(rf"(?<![\w-])(?i:{FACILITY_HEADS})\s*,?\s*$", _X)
# How far before the naming word the kind noun may end ("le futur centre de données, baptisé").
_HEAD_REACH = 80
# A portfolio after a job title is not a body: "secrétaire d'État à la Condition féminine",
# "ministre de l'Économie".
_PORTFOLIO = re.compile(
    rf"\b(?:ministre|secrétaire\s+d['’][ÉE]tat|commissaire|délégué(?:e)?|chargée?|portefeuille)"
    rf"(?:\s+[a-zé]+)?\s+(?:à\s+la\s+|à\s+l['’]|aux\s+|au\s+|de\s+la\s+|de\s+l['’]|des\s+|du\s+)"
    rf"(?P<name>{P.NAME_TIGHT})",
    _X,
)
# "M. X", and the head of a government it is named after: "le gouvernement X", "l'administration X".
# After "un"/"une" a capitalised word is a person or a thing, not a body: "une Canadienne", "une
# Peugeot".
_PERSON_CUE = re.compile(
    rf"(?:\b(?:M\.|Mme|Mlle|Monsieur|Madame|Dr|Pr|Me)|\b(?:gouvernement|administration)"
    rf"|(?<![\w])(?P<indefinite>[Uu]n|[Uu]ne))\s+(?P<name>{_NAME})",
    _X,
)
# A city in capitals opening a line, then a day: a dateline the date grammar did not take
# ("PRAGUE, 4 juin (Xinhua) --").
_DATELINE_CITY = re.compile(r"(?<![^\n])[A-ZÀ-Þ][A-ZÀ-Þ' -]+,\s*(?:le\s+)?\d")
# A name whose last word says "company": "Nordvent Ventures", "Brin & Vale Partners".
_CORPORATE_TAIL = re.compile(
    rf"(?P<name>{CAP_WORD}(?:\s(?:&\s)?{CAP_WORD}){{0,3}}\s(?:{P.CORPORATE_TAIL_WORDS}))(?![\w&])"
)
# "Gemini de Google" as one entity: a product and its maker.
_MAKER_AFTER = re.compile(r"\s(?:de|d['’])\s*[A-ZÀ-Þ]")
_SURNAME_NEXT = re.compile(r" [A-ZÀ-Þ][a-zà-ÿ]")
_KNOWN_NAMES = re.compile(rf"(?<![\w-])(?:{any_name(C.KNOWN_ORGANIZATIONS)})(?![\w-])")
KNOWN_ORGS = {key(n) for n in C.KNOWN_ORGANIZATIONS}
KNOWN_PRODUCTS = {key(n) for n in C.KNOWN_PRODUCTS}
AMBIGUOUS = {key(n) for n in C.AMBIGUOUS_KNOWN}

# A named entity of the model: (start_char, end_char, label, text).
Entity = tuple[int, int, str, str]


_PERSON_CAPABLE = re.compile(P.PERSON_CAPABLE_CUE_NOUNS, re.VERBOSE | re.IGNORECASE)
_PLACE_CAPABLE = re.compile(P.PLACE_CAPABLE_CUE_NOUNS, re.VERBOSE | re.IGNORECASE)
_PERSON = frozenset({"PER"})
_PLACE_OR_PERSON = frozenset({"PER", "LOC"})
# "de" or "d'" right before a cue noun, no article between: "émission de télévision".
_QUALIFIER_DE = re.compile(r"(?<![\w])(?:de\s+|d['’])$")


def add_cue(pool: Pool, surface: str, points: int, start: int = -1) -> None:
    """Add cue points to the candidate for `surface` (see `Pool.get` for `start`)."""
    found = pool.get(surface, start)
    # Repeating a cue adds little: two are as good as ten.
    if found is not None and found.cue_points < 2 * W_CUE:
        found.cue_points += points


# Gathering: the model's names and the well-known ones.


def portfolios(pool: Pool) -> set[int]:
    """Portfolios after a job title, whatever span the model gave them: each counts against its
    name. Returns where they start, for `model_entities`."""
    starts = {m.start("name") for m in _PORTFOLIO.finditer(pool.text)}
    for start in starts:
        name = _TIGHT_NAME.match(pool.text, start)
        assert name is not None  # the portfolio's own name matched there
        found = pool.get(name.group(), start)
        if found is not None:
            found.product_points += W_PERSON_CUE
    return starts


def model_entities(
    pool: Pool, entities: Iterable[Entity], metadata: range, portfolio_starts: set[int]
) -> None:
    """The names the model tagged, each counting its label; not those in the dateline's
    `metadata`, nor headings. A portfolio the model tagged counts against its name once more, at
    most."""
    for start, end, label, surface in entities:
        if label not in W_LABEL or start in metadata:
            continue
        if is_heading(pool.text, start, end) or in_capitalised_run(pool.text, start, end):
            continue
        if in_share_line(pool.text, start):
            continue
        if _DATELINE_CITY.match(pool.text, start):
            continue
        if start in portfolio_starts:
            found = pool.get(surface, start)
            if found is not None and found.product_points > W_PERSON_CUE:
                found.product_points += W_PERSON_CUE
            continue
        # "Gemini de Google" as one PER or MISC entity is a product and its maker; the maker is
        # found on its own elsewhere.
        if label != "ORG" and _MAKER_AFTER.search(surface):
            continue
        if label == "ORG":
            surface = _without_given_name(pool.text, end, surface)
        found = pool.get(surface, start)
        if found is not None:
            found.labels[label] += 1


def _without_given_name(text: str, end: int, surface: str) -> str:
    """ "AFP Jeanne" tagged before " Martin": the organization, without the person's given name
    the model took into it."""
    head, _, last = surface.rpartition(" ")
    if head and last in C.FIRST_NAMES and _SURNAME_NEXT.match(text, end):
        return head
    return surface


def known_names(pool: Pool, metadata: range) -> None:
    """Well-known organizations the model missed; "Airbus A380" or "Peugeot 208" name a product,
    not its maker."""
    for match in _KNOWN_NAMES.finditer(pool.text):
        if match.start() in metadata or MODEL_NUMBER.match(pool.text, match.end()):
            continue
        if in_share_line(pool.text, match.start()):
            continue
        pool.get(match.group(), match.start())


# The cues in the text: one table, and the hooks of the passes that do more than add points.

Hook = Callable[[Pool, re.Match[str], int], None]


@dataclass(frozen=True)
class Evidence:
    """One kind of cue. Where `pattern` matches, the first of `groups` that took part names the
    candidate, which earns that group's points. A `hook`, when there is one, does the whole work
    instead, given the first group's points."""

    pattern: re.Pattern[str]
    groups: tuple[tuple[str, int], ...]
    # The name's offset goes with it, so that a capitalised article in mid-sentence stays in it.
    at_name: bool = False
    prefix: str = ""  # written before the name
    skip_dateline: bool = False  # a match that starts in the dateline's metadata does not count
    hook: Hook | None = None
    guard: Guarded = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the words a match needs: a text without any of them is not scanned (prefilter)
        object.__setattr__(self, "guard", Guarded(self.pattern))


def _cue_noun(pool: Pool, match: re.Match[str], points: int) -> None:
    noun = match.group("noun")
    if noun and noun[0].isupper():
        return  # "Radio Valmont", "Banque Populaire": the noun opens the name
    if noun and _QUALIFIER_DE.search(pool.text, 0, match.start("noun")):
        return  # "un animateur de radio X": the noun qualifies another, it names nothing
    name = match.group("name")
    standing = _readings_that_stand(noun, name)
    if standing:
        found = pool.get(name, match.start("name"))
        if found is not None and found.label in standing:
            return  # "le champion Marc Lenoir": the model's person reading stands
    article = match.group("article")
    if article:
        # an article between the cue noun and the name belongs to the name
        start = match.start("article")
        add_cue(pool, article[0].upper() + article[1:] + name, points, -1 if start == 0 else start)
        pool.get(name, match.start("name"))  # the form as written
        return
    add_cue(pool, name, points, match.start("name"))


def _readings_that_stand(noun: str | None, name: str) -> frozenset[str]:
    """The model's labels that a cue read as `noun` before `name` does not overturn. A noun a
    person can be ("le champion X") leaves a person a person, and so does a nationality or sector
    adjective alone before a given name ("le canadien Paul Martin", but "la suédoise Voltra");
    "la station X" leaves a place or a person (a stop named after one) what it is."""
    if not noun:
        return _PERSON if name.split(" ", 1)[0] in C.FIRST_NAMES else frozenset()
    if _PERSON_CAPABLE.fullmatch(noun):
        return _PERSON
    if _PLACE_CAPABLE.fullmatch(noun):
        return _PLACE_OR_PERSON
    return frozenset()


def _each_listed(pool: Pool, match: re.Match[str], points: int) -> None:
    for item in _TIGHT_NAME.finditer(match.group("names")):
        add_cue(pool, item.group(), points, match.start("names") + item.start())


def _institution(pool: Pool, match: re.Match[str], points: int) -> None:
    name = match.group("name")
    # A bare head word ("la Commission") is too vague on its own.
    if " " in name.strip():
        add_cue(pool, name, points)
    # A body named inside another's name is one too: "Délégation aux sports de l'Assemblée
    # régionale" holds "Assemblée régionale".
    for link in _NESTED_LINK.finditer(name):
        inner = INSTITUTION.match(name, link.end())
        if inner and " " in inner.group("name").strip():
            add_cue(pool, inner.group("name"), points)


def _corporate_tail(pool: Pool, match: re.Match[str], points: int) -> None:
    """The name with its tail word, its first words dropped while they cannot open a name
    ("Selon Nordvent Ventures")."""
    words = match.group("name").split()
    for drop in range(len(words) - 1):
        name = " ".join(words[drop:])
        start = match.start("name") + match.group("name").index(name)
        cleaned = clean(name, keep_article=mid_sentence(pool.text, start))
        if cleaned is not None and len(cleaned.split()) >= 2:  # not the tail word alone
            add_cue(pool, name, points, start)
            return


def _product_cue(pool: Pool, match: re.Match[str], points: int) -> None:
    _count_against(pool.get(match.group("name")), points)


def _facility_named(pool: Pool, match: re.Match[str], points: int) -> None:
    if _FACILITY_BEFORE.search(pool.text, max(0, match.start() - _HEAD_REACH), match.start()):
        _count_against(pool.get(match.group("name")), points)


def _each_facility_listed(pool: Pool, match: re.Match[str], points: int) -> None:
    for item in _TIGHT_NAME.finditer(match.group("names")):
        _count_against(pool.get(item.group(), match.start("names") + item.start()), points)


def _each_platform(pool: Pool, match: re.Match[str], points: int) -> None:
    for item in _PLATFORM_LISTED.finditer(match.group("names")):
        _count_against(pool.get(item.group()), points)


def _count_against(found: Candidate | None, points: int) -> None:
    if found is not None and found.product_points > 2 * points:
        found.product_points += points


def _person_cue(pool: Pool, match: re.Match[str], points: int) -> None:
    name = match.group("name")
    if match.group("indefinite") and (key(name) in KNOWN_ORGS or INSTITUTION.fullmatch(name)):
        return  # "une Union européenne plus forte" is still the Union
    found = pool.get(name)
    if found is not None:
        found.product_points += points


EVIDENCE: tuple[Evidence, ...] = (
    Evidence(_CUE, (("name", W_CUE),), hook=_cue_noun),
    Evidence(_LIST, (("names", W_CUE),), hook=_each_listed),
    Evidence(_ARTICLE_ACRONYM, (("name", W_ROLE),), skip_dateline=True),
    Evidence(_RELATION, (("name", W_ROLE),), at_name=True),
    Evidence(_REGION, (("name", W_CUE),), prefix="Région "),
    Evidence(_LEGAL, (("name", W_LEGAL_FORM),)),
    Evidence(_CORPORATE_TAIL, (("name", W_LEGAL_FORM),), hook=_corporate_tail),
    Evidence(INSTITUTION, (("name", W_INSTITUTION),), hook=_institution),
    Evidence(_LOWER_INSTITUTION, (("name", W_INSTITUTION),)),
    Evidence(
        _ROLE,
        (
            ("object", W_ROLE),
            ("owner", W_ROLE),
            ("founded", W_ROLE),
            ("described", W_CUE),
            ("subject", W_ROLE),
        ),
    ),
    # Products and people count against, up to twice for a product.
    Evidence(_PRODUCT_CUE, (("name", W_PRODUCT_CUE),), hook=_product_cue),
    Evidence(_PLATFORM_USE, (("name", W_PLATFORM_USE),), hook=_product_cue),
    Evidence(_PLATFORM_NAMED, (("names", W_PLATFORM_USE),), hook=_each_platform),
    Evidence(_FACILITY_LIST, (("names", W_PRODUCT_CUE),), hook=_each_facility_listed),
    Evidence(_PLACE_CUE, (("name", W_PLACE_CUE),), hook=_product_cue),
    Evidence(_NAMING, (("name", W_FACILITY_NAME),), hook=_facility_named),
    Evidence(_PERSON_CUE, (("name", W_PERSON_CUE),), hook=_person_cue),
)


def read_cues(pool: Pool, metadata: range) -> None:
    """Run every row of EVIDENCE over the text, in the table's order."""
    folded = fold(pool.text)
    for row in EVIDENCE:
        for match in row.guard.finditer(pool.text, folded):
            if row.skip_dateline and match.start() in metadata:
                continue
            if row.hook is not None:
                row.hook(pool, match, row.groups[0][1])
                continue
            for group, points in row.groups:
                surface = match.group(group)
                if surface:
                    start = match.start(group) if row.at_name else -1
                    add_cue(pool, row.prefix + surface, points, start)
                    break


def person_parts(pool: Pool, entities: Iterable[Entity]) -> None:
    """A single word that is part of a person's full name in the text ("Musk" after "Elon Musk")
    names that person when no cue says otherwise, even where the model calls it ORG."""
    parts = {
        key(word)
        for _, _, label, surface in entities
        if label == "PER" and len(words := surface.split()) >= 2
        for word in words
        if word[:1].isupper()
    }
    for name_key, cand in pool.by_key.items():
        if name_key in parts and " " not in cand.name and cand.cue_points == 0:
            if name_key not in KNOWN_ORGS:
                cand.product_points += W_PERSON_CUE


# Totals, and the passes that read them.


def weigh(candidates: Mapping[str, Candidate], aliases: Mapping[str, str]) -> None:
    """Set each candidate's score: its cue and product points, the model's label, the lists."""
    for name_key, cand in candidates.items():
        points = cand.cue_points + cand.product_points
        label = cand.label
        # Companies named after places ("Air France") are the model's usual LOC error: a cue
        # saying the name acts as an organization outweighs it.
        if label is not None and not (label == "LOC" and cand.cue_points > 0):
            points += W_LABEL[label]
        if name_key in KNOWN_ORGS:
            points += W_KNOWN_ORG + (W_AMBIGUOUS if name_key in AMBIGUOUS else 0)
        if name_key in KNOWN_PRODUCTS:
            points += W_KNOWN_PRODUCT
        if name_key in aliases:
            points += W_ACRONYM
        cand.score = points


def coordination(pool: Pool) -> None:
    """A name coordinated with an organization ("Microsoft et OpenAI") is likely one too, unless
    the evidence says otherwise."""
    candidates = pool.by_key
    for match in _COORDINATED.finditer(pool.text):
        a, b = (candidates.get(key(n)) for n in (match.group("a"), match.group("b")))
        for this, other in ((a, b), (b, a)):
            if this is not None and other is not None and this.score >= THRESHOLD + 2:
                if 0 <= other.score < THRESHOLD and other.product_points == 0:
                    other.score = THRESHOLD


def enumerations(pool: Pool) -> None:
    """In an enumeration of three or more names where organizations are the majority, the
    other names are organizations too ("Radio Nord, Radio Sud ou Télé Ouest"),
    unless they are people or products. A list of places or people has no majority and
    changes nothing."""
    candidates = pool.by_key
    for match in _ENUMERATION.finditer(pool.text):
        items = [(m.group("n"), m.start("n")) for m in _ENUM_NAME.finditer(match.group())]
        keys = [key(clean(n) or n) for n, _ in items]
        orgs = sum(1 for k in keys if k in candidates and candidates[k].score >= THRESHOLD)
        if len(items) < 3 or orgs < 2 or 2 * orgs < len(items):
            continue
        for (name, offset), name_key in zip(items, keys, strict=True):
            found = candidates.get(name_key) or pool.get(name, match.start() + offset)
            if found is None or found.score >= THRESHOLD or found.product_points:
                continue
            if found.label == "PER" or name_key in KNOWN_PRODUCTS or found.score < -1:
                continue
            found.score = THRESHOLD
