"""Organizations: the statistical model's entities, re-judged with rules, one item per organization.

The small French model confuses organizations with places, people and products in news text. This
component gathers every capitalised name the model tags (ORG, MISC, LOC, PER) plus the names that
rules find on their own, weighs the evidence for each distinct name over the whole article, keeps
those that score as organizations, merges acronyms with their expansion, and marks every mention.

The weights of each kind of evidence stand together below, so that they can be read and tuned
together; a name is an organization when its points reach THRESHOLD.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..record import OrganizationMention
from ..spans import dateline_of, register_span_extension, write_spans
from ..text import fold
from . import curated as C
from . import patterns as P

W_KNOWN_ORG = 4  # on the curated list of well-known organizations
W_KNOWN_PRODUCT = -6  # on the curated list of well-known products
W_CUE = 3  # "le groupe X", "la start-up X"
W_LEGAL_FORM = 3  # "X SA", "X Inc."
W_INSTITUTION = 3  # "Banque de France", "Assemblée nationale"
W_ACRONYM = 2  # "Organisation des Nations unies (ONU)"
W_ROLE = 2  # "investir dans X", "X, fondée par"
W_PRODUCT_CUE = -3  # "son modèle Claude", "ses puces X"
W_PERSON_CUE = -4  # "M. X", "Mme X"
W_LABEL = {"ORG": 2, "MISC": 0, "LOC": -1, "PER": -1}  # the model's majority label
THRESHOLD = 2

_X = re.VERBOSE
_NAME = P.NAME
_DETERMINER = re.compile(r"^(?:(?:les?|la|du|des|de\s+la|de|au|aux)\s+|[ld]['’]\s*)", re.IGNORECASE)
_TRAILING = re.compile(r"[\s,.;:!?»«\"“”'’()\-]+$")
# Case-sensitive: "le groupe Amazon" loses its cue noun, "Banque de France" keeps its head.
_LEADING_CUE = re.compile(rf"^(?:{P.ORG_CUE_NOUNS})\s+", _X)
_UNIT = re.compile(
    r"^(?:[\d\s.,]+\s*)?(?:[kMGT]?W[hce]?|[kMGT]?Wh|MWe|GWe|TWh|km|kg|Mt|Md|Mds|M€|Md€|%)$"
)

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
_LIST = re.compile(
    rf"""\b(?i:{P.PLURAL_CUE_NOUNS})
        (?:\s+(?!{P.NOT_QUALIFIERS})[a-zà-ÿ][a-zà-ÿ-]+){{0,3}}
        \s*(?:,\s*)?(?:que\s+sont|sont|comme|tels?\s+que|telles?\s+que|dont|notamment|:)?\s+
        (?P<names>{_LIST_NAME}(?:\s*,\s*{_LIST_NAME}){{0,8}}(?:\s*,?\s+(?:et|ou)\s+{_LIST_NAME})?)""",
    _X,
)
_LIST_ITEM = re.compile(P.NAME_TIGHT, _X)
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
    r"(?P<name>[A-Z][A-Z&]{1,7}(?:\s+[A-ZÀ-Þ][a-zà-ÿ]+)?)(?![\w-])"
)
# "la région Bretagne": the regional council, a public body, named with its head word.
_REGION = re.compile(rf"\b[Rr]égion\s+(?P<name>{_NAME})", _X)
_LEGAL = re.compile(rf"(?P<name>{P.NAME_TIGHT})\s*,?\s+(?:{P.LEGAL_FORMS})(?![\w])", _X)
_INSTITUTION = re.compile(
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
_COMPLEMENT_BEFORE = re.compile(r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$")
_NESTED_LINK = re.compile(r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?=[A-ZÀ-Þ])")
_LOWER_HEAD = re.compile(rf"(?:{P.LOWERCASE_INSTITUTION_HEADS})\s", _X)
_LOWER_INSTITUTION = re.compile(
    rf"""(?<![\w])(?P<name>
        (?:{P.LOWERCASE_INSTITUTION_HEADS})
        (?:
            \s+(?:fédérale?|nationale?|financier|antiterroriste|de\s+grande\s+instance|administratif)
          | (?:\s+(?:et\s+)?(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])[A-ZÀ-Þ][\w'’-]*){{1,3}}
        )
    )""",
    _X,
)
_ACRONYM_AFTER = re.compile(
    r"(?P<long>[A-ZÀ-Þ][\w'’&-]*(?:\s+[\w'’&-]+){0,9}?)\s*\(\s*(?P<short>[A-Z][A-Za-z0-9&]{1,9})\s*\)",
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
      | (?P<described>{_NAME}),\s+(?:(?:une?|le|la|l['’])\s*)?
            (?:[a-zà-ÿ-]+\s+){{0,2}}?(?:{P.ORG_CUE_NOUNS})\b   # "X, une jeune pousse lyonnaise"
    )""",
    _X,
)
_PRODUCT_CUE = re.compile(
    rf"""\b(?i:{P.PRODUCT_CUE_NOUNS})
        (?:\s+(?:d['’]IA|d['’]intelligence\s+artificielle|de\s+[a-zé]+|d['’][a-zé]+))?
        \s+(?P<name>{_NAME})""",
    _X,
)
# A portfolio after a job title is not a body: "secrétaire d'État à la Condition féminine",
# "ministre de l'Économie".
_PORTFOLIO = re.compile(
    rf"\b(?:ministre|secrétaire\s+d['’][ÉE]tat|commissaire|délégué(?:e)?|chargée?|portefeuille)"
    rf"(?:\s+[a-zé]+)?\s+(?:à\s+la\s+|à\s+l['’]|aux\s+|au\s+|de\s+la\s+|de\s+l['’]|des\s+|du\s+)"
    rf"(?P<name>{P.NAME_TIGHT})",
    _X,
)
_PORTFOLIO_NAME = re.compile(rf"{P.NAME_TIGHT}", _X)
# "M. X", and the head of a government it is named after: "le gouvernement X", "l'administration X".
# After "un"/"une" a capitalised word is a person or a thing, not a body: "une Canadienne", "une
# Peugeot".
_PERSON_CUE = re.compile(
    rf"(?:\b(?:M\.|Mme|Mlle|Monsieur|Madame|Dr|Pr|Me)|\b(?:gouvernement|administration)"
    rf"|(?<![\w])(?P<indefinite>[Uu]n|[Uu]ne))\s+(?P<name>{_NAME})",
    _X,
)
_AGENCY_CREDIT = re.compile(r"[^\n()]{0,3}\(?[A-Z][\w/ .-]{1,20}\)\s*[-–—]?")
_LOWER_CONNECTOR = re.compile(r"\s+(?:de|des|du|d['’]|et|la|le|l['’])\s*$")


def _clean(surface: str, keep_article: bool = False) -> str | None:
    """The canonical form of a name as written: no determiner, no cue noun, no legal form, no
    trailing punctuation; None when what remains cannot be an organization's name.

    A capitalised article in mid-sentence belongs to the name ("selon La Quadrature du Net",
    "chez L'Oréal"): `keep_article` keeps it, as does the curated list."""
    # The model's spans sometimes run on past the name: across a line break, a dash, or into a
    # complement ("L'Oréal pour l'Asie").
    name = re.split(
        r"\s*\n|\s[-–—]\s|\s(?:pour|sur|avec|dans|chez|par|en)\s|\s(?:le|du|au|en)\s+\d",
        surface.strip(),
    )[0]
    for _ in range(2):
        stripped = _DETERMINER.sub("", name)
        if (
            stripped != name
            and name[:1].isupper()
            and (keep_article or name in C.KNOWN_ORGANIZATIONS)
        ):
            break
        name = _LEADING_CUE.sub("", stripped)
    name = re.sub(rf"\s*,?\s+(?:{P.LEGAL_FORMS})$", "", name, flags=_X)
    name = _TRAILING.sub("", name)
    name = _LOWER_CONNECTOR.sub("", name)
    # Names start with a capital or a digit; a few brands start lower-case but hold a capital
    # ("beIN", "eBay").
    starts_well = (
        name[:1].isupper()
        or name[:1].isdigit()
        or any(ch.isupper() for ch in name[1:3])
        or _LOWER_HEAD.match(name) is not None
    )
    if len(name) < 2 or not starts_well or _UNIT.match(name):
        return None
    if name in C.NOT_ORGANIZATIONS or name.split()[0] in C.NOT_ORGANIZATION_FIRST_WORDS:
        return None
    # "Airbus A320", "Peugeot 208": a maker's name and a model number name a product.
    maker = _MODEL_NUMBER.split(name)[0]
    if (
        maker != name
        and maker in C.KNOWN_ORGANIZATIONS
        and _MODEL_NUMBER.fullmatch(name[len(maker) :])
    ):
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


def _is_heading(text: str, start: int, end: int) -> bool:
    """True when a span of several words, some lower-case, is a whole line: a title or
    sub-heading the model took for a name ("Nouveaux signes de reprise")."""
    newline = text.find("\n", start, end)
    if newline >= 0:
        end = len(text[start:newline].rstrip()) + start  # the model's span ran past the line
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip(" .:!?"):
        return False
    words = text[start:end].split()
    return len(words) >= 3 and any(w[:1].islower() for w in words)


def _key(name: str) -> str:
    """Identity of a name: folded, without a leading article ("La Poste" and "Poste" are one)."""
    return re.sub(r"^(?:les?|la|l) ", "", fold(name))


def _mid_sentence(text: str, start: int) -> bool:
    """True when the character before `start` (spaces aside) continues a sentence."""
    before = text[max(0, start - 3) : start]
    if "\n" in before or not before.strip():
        return False
    return before.rstrip()[-1] not in '.!?:«"“—–-'


def _acronym_fits(long: str, short: str) -> bool:
    """True when the letters of `short` are, in order, initials of the words of `long`, the first
    one being the initial of its first significant word ("Île-de-France Mobilités" -> IDFM,
    "Commission de régulation de l'énergie" -> CRE)."""
    words = [w for w in re.split(r"[\s'’-]+", long) if w]
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not significant:
        return False
    initials = "".join(fold(w[0]).upper() for w in words)
    letters = fold(short).upper().replace(" ", "")
    pos = 0
    for letter in letters:
        pos = initials.find(letter, pos)
        if pos < 0:
            return False
        pos += 1
    return (
        len(letters) >= 2
        and fold(significant[0][0]).upper() == letters[0]
        and fold(significant[-1][0]).upper() == letters[-1]
        and len(significant) <= len(letters) + 1
    )


def _defined_by_position(
    words: list[str], short: str, candidates: dict[str, _Candidate]
) -> str | None:
    """The long form of an acronym whose letters are not the French initials ("Parti du progrès
    (KPD)", "Agence mondiale pour les forêts (WFA)"): the longest tail of the words before the
    brackets that starts with a name already found, not a person's, and runs on for at most four
    lower-case words."""
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", short):
        return None
    for i in range(len(words)):
        if not words[i][:1].isupper():
            continue
        tail = words[i:]
        for j in range(len(tail), 0, -1):
            found = candidates.get(_key(" ".join(tail[:j])))
            if found is None:
                continue
            extra = tail[j:]
            if found.label != "PER" and len(extra) <= 4 and not any(w[:1].isupper() for w in extra):
                return " ".join(tail)
            break
    return None


def _syllables_fit(long: str, short: str) -> bool:
    """True when a short name is built from the first letters of the long one's words ("Afnor",
    "Fevila" for "Fédération des vignerons du Larzac"): it splits into pieces, each the start of
    a word in order, the first piece from the first word and the last from the last, skipping at
    most one word of substance."""
    words = [fold(w) for w in re.split(r"[\s'’-]+", long) if w]
    letters = fold(short).replace(" ", "")
    if len(words) < 2 or len(letters) < 4:
        return False

    def fits(pos: int, word: int, skipped: int) -> bool:
        if pos == len(letters):
            return word == len(words)
        if word == len(words):
            return False
        w = words[word]
        for size in range(min(len(w), len(letters) - pos), 0, -1):
            if w[:size] == letters[pos : pos + size] and fits(pos + size, word + 1, skipped):
                return True
        if word == 0 or word == len(words) - 1:
            return False
        small = w in _SMALL_WORDS
        return (small or skipped == 0) and fits(pos, word + 1, skipped + (not small))

    return fits(0, 0, 0)


_SMALL_WORDS = {
    "de",
    "des",
    "du",
    "d",
    "la",
    "le",
    "les",
    "l",
    "et",
    "pour",
    "en",
    "à",
    "au",
    "aux",
}

_KNOWN_ORGS = {_key(n) for n in C.KNOWN_ORGANIZATIONS}
_KNOWN_PRODUCTS = {_key(n) for n in C.KNOWN_PRODUCTS}
_AMBIGUOUS = {_key(n) for n in C.AMBIGUOUS_KNOWN}
_MODEL_NUMBER = re.compile(r"\s+[A-Z]{0,3}-?\d{2,}\b")
_KNOWN_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(n) for n in sorted(C.KNOWN_ORGANIZATIONS, key=len, reverse=True))
    + r")(?![\w-])"
)


@dataclass
class _Candidate:
    name: str
    score: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    forms: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    cue_points: int = 0
    product_points: int = 0

    @property
    def label(self) -> str | None:
        """The model's majority label for this name, if it tagged it at all."""
        return self.labels.most_common(1)[0][0] if self.labels else None


EXTENSION = "nf_org"


class OrganizationExtractor:
    """Finds organizations, writes their mentions to doc.spans[spans_key], each with an
    OrganizationMention (canonical name and aliases) on `span._.nf_org`."""

    extension = EXTENSION

    def __init__(self, nlp: Language, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        register_span_extension(self.extension)

    def score(self, doc: Doc) -> tuple[dict[str, _Candidate], dict[str, str]]:
        """Every candidate name with its points, and the acronyms defined in the text
        ({folded acronym: folded expansion})."""
        text = doc.text
        candidates: dict[str, _Candidate] = {}

        def candidate(surface: str, start: int = -1) -> _Candidate | None:
            name = _clean(surface, keep_article=start >= 0 and _mid_sentence(text, start))
            if name is None:
                return None
            key = _key(name)
            found = candidates.get(key)
            if found is None:
                found = candidates[key] = _Candidate(name=name)
            elif len(name) > len(found.name) and _key(found.name) == fold(found.name):
                found.name = name  # "Les Amis du Bocage" over "Amis du Bocage"
            found.forms.add(name)
            return found

        def add_cue(surface: str, points: int, start: int = -1) -> None:
            found = candidate(surface, start)
            # Repeating a cue adds little: two are as good as ten.
            if found is not None and found.cue_points < 2 * W_CUE:
                found.cue_points += points

        # The dateline names a city in capitals and credits an agency ("ROUEN, 9 mars 2025 (AFP)
        # -"): metadata, not facts.
        skip_start = skip_end = 0
        dateline = dateline_of(doc, self.name)
        if dateline:
            start, skip_end = dateline
            skip_start = text.rfind("\n", 0, start) + 1
            credit = _AGENCY_CREDIT.match(text, skip_end)
            if credit:
                skip_end = credit.end()
        # Portfolios after a job title, whatever span the model gave them.
        portfolios = {m.start("name") for m in _PORTFOLIO.finditer(text)}
        for start in portfolios:
            found = candidate(_PORTFOLIO_NAME.match(text, start).group(), start)
            if found is not None:
                found.product_points += W_PERSON_CUE
        for ent in doc.ents:
            if ent.label_ not in W_LABEL or skip_start <= ent.start_char < skip_end:
                continue
            if _is_heading(text, ent.start_char, ent.end_char):
                continue
            if ent.start_char in portfolios:
                found = candidate(ent.text, ent.start_char)
                if found is not None and found.product_points > W_PERSON_CUE:
                    found.product_points += W_PERSON_CUE
                continue
            # "Gemini de Google" as one PER or MISC entity is a product and its maker; the maker is
            # found on its own elsewhere.
            if ent.label_ != "ORG" and re.search(r"\s(?:de|d['’])\s*[A-ZÀ-Þ]", ent.text):
                continue
            found = candidate(ent.text, ent.start_char)
            if found is not None:
                found.labels[ent.label_] += 1

        # Well-known organizations the model missed; "Airbus A380" or "Peugeot 208" name a
        # product, not its maker.
        for match in _KNOWN_RE.finditer(text):
            if skip_start <= match.start() < skip_end or _MODEL_NUMBER.match(text, match.end()):
                continue
            candidate(match.group(), match.start())

        for match in _CUE.finditer(text):
            noun = match.group("noun")
            if noun and noun[0].isupper():
                continue  # "Radio Valmont", "Banque Populaire": the noun opens the name
            name = match.group("name")
            if match.group("article"):
                # an article between the cue noun and the name belongs to the name
                name = match.group("article")[0].upper() + match.group("article")[1:] + name
                add_cue(name, W_CUE, -1 if match.start("article") == 0 else match.start("article"))
                candidate(match.group("name"), match.start("name"))  # the form as written
                continue
            add_cue(name, W_CUE, match.start("name"))
        for match in _LIST.finditer(text):
            for item in _LIST_ITEM.finditer(match.group("names")):
                add_cue(item.group(), W_CUE, match.start("names") + item.start())
        for match in _ARTICLE_ACRONYM.finditer(text):
            if not (skip_start <= match.start() < skip_end):
                add_cue(match.group("name"), W_ROLE)
        for match in _RELATION.finditer(text):
            add_cue(match.group("name"), W_ROLE, match.start("name"))
        for match in _REGION.finditer(text):
            add_cue("Région " + match.group("name"), W_CUE)
        for match in _LEGAL.finditer(text):
            add_cue(match.group("name"), W_LEGAL_FORM)
        for match in _INSTITUTION.finditer(text):
            name = match.group("name")
            # A bare head word ("la Commission") is too vague on its own.
            if " " in name.strip():
                add_cue(name, W_INSTITUTION)
            # A body named inside another's name is one too: "Délégation aux sports de
            # l'Assemblée régionale" holds "Assemblée régionale".
            for link in _NESTED_LINK.finditer(name):
                inner = _INSTITUTION.match(name, link.end())
                if inner and " " in inner.group("name").strip():
                    add_cue(inner.group("name"), W_INSTITUTION)
        for match in _LOWER_INSTITUTION.finditer(text):
            add_cue(match.group("name"), W_INSTITUTION)
        for match in _ROLE.finditer(text):
            name = (
                match.group("object")
                or match.group("owner")
                or match.group("founded")
                or match.group("described")
                or match.group("subject")
            )
            add_cue(name, W_CUE if match.group("described") else W_ROLE)
        for match in _PRODUCT_CUE.finditer(text):
            found = candidate(match.group("name"))
            if found is not None and found.product_points > 2 * W_PRODUCT_CUE:
                found.product_points += W_PRODUCT_CUE
        for match in _PERSON_CUE.finditer(text):
            name = match.group("name")
            if match.group("indefinite") and (
                _key(name) in _KNOWN_ORGS or _INSTITUTION.fullmatch(name)
            ):
                continue  # "une Union européenne plus forte" is still the Union
            found = candidate(name)
            if found is not None:
                found.product_points += W_PERSON_CUE

        aliases = self._acronyms(text, candidates)
        for key, cand in candidates.items():
            points = cand.cue_points + cand.product_points
            label = cand.label
            # Companies named after places ("Air France") are the model's usual LOC error: a cue
            # saying the name acts as an organization outweighs it.
            if label is not None and not (label == "LOC" and cand.cue_points > 0):
                points += W_LABEL[label]
            if key in _KNOWN_ORGS:
                points += W_KNOWN_ORG - (2 if key in _AMBIGUOUS else 0)
            if key in _KNOWN_PRODUCTS:
                points += W_KNOWN_PRODUCT
            if key in aliases:
                points += W_ACRONYM
            cand.score = points
        # A name coordinated with an organization ("Microsoft et OpenAI") is likely one too,
        # unless the evidence says otherwise.
        for match in _COORDINATED.finditer(text):
            a, b = (candidates.get(_key(n)) for n in (match.group("a"), match.group("b")))
            for this, other in ((a, b), (b, a)):
                if this is not None and other is not None and this.score >= THRESHOLD + 2:
                    if 0 <= other.score < THRESHOLD and other.product_points == 0:
                        other.score = THRESHOLD
        self._enumerations(text, candidates, candidate)
        return candidates, aliases

    @staticmethod
    def _enumerations(
        text: str,
        candidates: dict[str, _Candidate],
        candidate: Callable[[str, int], _Candidate | None],
    ) -> None:
        """In an enumeration of three or more names where organizations are the majority, the
        other names are organizations too ("Radio Nord, Radio Sud ou Télé Ouest"),
        unless they are people or products. A list of places or people has no majority and
        changes nothing."""
        for match in _ENUMERATION.finditer(text):
            items = [(m.group("n"), m.start("n")) for m in _ENUM_NAME.finditer(match.group())]
            keys = [_key(_clean(n) or n) for n, _ in items]
            orgs = sum(1 for k in keys if k in candidates and candidates[k].score >= THRESHOLD)
            if len(items) < 3 or orgs < 2 or 2 * orgs < len(items):
                continue
            for (name, offset), key in zip(items, keys, strict=True):
                found = candidates.get(key) or candidate(name, match.start() + offset)
                if found is None or found.score >= THRESHOLD or found.product_points:
                    continue
                if found.label == "PER" or key in _KNOWN_PRODUCTS or found.score < -1:
                    continue
                found.score = THRESHOLD

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        candidates, aliases = self.score(doc)
        accepted = {key: c for key, c in candidates.items() if c.score >= THRESHOLD}

        # Merge an acronym into its expansion: one organization, canonical name the long form.
        for short_key, long_key in aliases.items():
            if short_key in accepted or long_key in accepted:
                long = accepted.get(long_key) or candidates[long_key]
                short = accepted.pop(short_key, None) or candidates[short_key]
                if short is long:
                    continue
                long.forms |= short.forms
                long.aliases.add(short.name)
                accepted[long_key] = long

        # An acronym used without its definition next to the long name it abbreviates
        # ("l'Autorité de sûreté nucléaire ... l'ASN") is the same organization.
        for short_key, short in list(accepted.items()):
            if short_key in aliases:
                continue
            if re.fullmatch(r"[A-Z]{2,6}", short.name):
                fits = _acronym_fits
            elif re.fullmatch(r"[A-Z][a-zé]{3,8}", short.name):
                fits = _syllables_fit  # "Afnor" for "Association française de normalisation"
            else:
                continue
            longs = [
                (key, org)
                for key, org in accepted.items()
                if key != short_key and len(org.name.split()) >= 2 and fits(org.name, short.name)
            ]
            if len(longs) == 1:
                long_key, long = longs[0]
                long.forms |= short.forms
                long.aliases.add(short.name)
                del accepted[short_key]

        mentions = [
            OrganizationMention(
                text=m.text,
                start=m.start,
                end=m.end,
                name=m.org.name,
                aliases=sorted(m.org.aliases),
            )
            for m in self._mentions(text, accepted.values())
        ]
        write_spans(doc, self.spans_key, self.extension, mentions)
        return doc

    @staticmethod
    def _acronyms(text: str, candidates: dict[str, _Candidate]) -> dict[str, str]:
        """Acronyms defined in the text: {folded acronym: folded expansion}."""
        pairs: dict[str, str] = {}
        for match in _ACRONYM_AFTER.finditer(text):
            long_text, short = match.group("long"), match.group("short")
            # Keep the shortest tail of the long form that still explains the acronym.
            words = long_text.split()
            long_name = None
            for i in range(len(words)):
                tail = " ".join(words[i:])
                if _acronym_fits(tail, short):
                    long_name = tail
                    break
            if long_name is None:
                long_name = _defined_by_position(words, short, candidates)
            if long_name is None:
                continue
            long_clean, short_clean = _clean(long_name), _clean(short)
            if long_clean is None or short_clean is None:
                continue
            for name in (long_clean, short_clean):
                key = _key(name)
                if key not in candidates:
                    candidates[key] = _Candidate(name=name)
                candidates[key].forms.add(name)
            pairs[_key(short_clean)] = _key(long_clean)
        return pairs

    @staticmethod
    def _mentions(text: str, orgs: Iterable[_Candidate]) -> list[_Mention]:
        """Every occurrence of every form of every organization, in one scan. Longer forms come
        first in the alternation, so "Amazon Web Services" wins over "Amazon" where both start."""
        orgs = list(orgs)
        by_form: dict[str, _Candidate] = {}
        for org in orgs:
            for form in org.forms | org.aliases | {org.name}:
                by_form.setdefault(form, org)
        if not by_form:
            return []
        alternation = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")
        mentions = [
            _Mention(m.start(), m.end(), m.group(), by_form[m.group()])
            for m in pattern.finditer(text)
        ]
        # An organization written only as the complement inside a longer one's name ("... de
        # l'Assemblée régionale") still gets its mentions there; a truncated head ("Union des
        # industries" in "Union des industries textiles") does not.
        seen = {id(m.org) for m in mentions}
        outer = list(mentions)
        for org in orgs:
            if id(org) in seen or not _INSTITUTION.fullmatch(org.name):
                continue
            forms = sorted(org.forms | org.aliases | {org.name}, key=len, reverse=True)
            inner = re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w])")
            mentions += [
                _Mention(m.start(), m.end(), m.group(), org)
                for m in inner.finditer(text)
                if _COMPLEMENT_BEFORE.search(text, max(0, m.start() - 8), m.start())
                and any(o.start < m.start() and m.end() <= o.end for o in outer)
            ]
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    text: str
    org: _Candidate


@Language.factory(
    "newsfacts_organizations",
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    requires=["doc.ents", "doc._.nf_dateline"],
    default_config={"spans_key": "newsfacts_organizations"},
)
def make_organization_extractor(nlp: Language, name: str, spans_key: str) -> OrganizationExtractor:
    return OrganizationExtractor(nlp, name, spans_key)
