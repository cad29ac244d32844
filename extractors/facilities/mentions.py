"""The mention search: every place where the text names a facility, as a `Mention`.

Facilities are named installations and projects ("la centrale nucléaire de Flamanville", "le
projet Rainier"): a kind noun followed by a place or a proper name, a coordination of names after
a plural kind noun ("les centrales de X et de Y"), a name given by a participle ("un centre de
données baptisé « X »") or an apposition ("X, un terminal de l'aéroport Y"), a "celle de X" after
a kind noun, and unnamed installations that the text pins to a place ("sa gigafactory à X", "une
usine en Y" of a named company), named here from their operator and place. `find_facilities`
puts the searches together; `widest` settles the mentions that overlap.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..numbers import number_words
from ..prefilter import Guarded, fold
from ..quantities import patterns as QP
from ..text import NATIONALITY
from . import patterns as P
from .document import Document
from .names import (
    ARTICLES,
    CONN,
    FNAME,
    HEADS,
    MODS,
    PART_KINDS,
    PARTS,
    PLURAL_KINDS,
    PLURALS,
    canonical_head,
    de,
    join_name,
    kind_of,
    match_kind,
    not_a_name,
)

_X = re.VERBOSE

_FACILITY = re.compile(
    rf"""
    (?<![\w-])(?P<head>(?i:{HEADS}))(?P<mods>{MODS})
    (?:
        \s+(?P<conn>{CONN})(?:(?P<owner_noun>{P.OWNER_NOUNS})(?:\s+{NATIONALITY})?\s+)?
        (?P<place>{FNAME})
        (?:\s+(?P<cue3>à|près\s+de|en)\s+(?P<place3>{FNAME}))?
      | \s+(?P<proper>{FNAME})
        (?:\s+(?P<conn2>{CONN}|à\s+|en\s+)(?P<place2>{FNAME}))?
    )
    """,
    _X,
)
# "le terminal 2", "la Gigafactory 1": a number is a name only after these heads.
_NUMBERED = re.compile(
    r"(?<![\w-])(?P<head>(?i:terminal|aérogare|gigafactory|giga-?usine))\s+"
    r"(?P<proper>\d{1,2}|[A-Z])(?![\w,.]|\s*%|\s+\d)"
)
_ITEM = rf"(?:{CONN})?{FNAME}(?:\s*\([^()]{{0,40}}\))?"
_ITEM_RE = re.compile(rf"(?P<jconn>{CONN})?(?P<jname>{FNAME})(?:\s*\([^()]{{0,40}}\))?", _X)
_COORDINATION = re.compile(
    rf"""
    (?<![\w-])(?P<head>(?i:{PLURALS})){P.PLURAL_QUALIFIERS}\s+
    (?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*\s+et\s+{_ITEM})
    """,
    _X,
)
_COLON_LIST = re.compile(
    rf"""
    (?<![\w-])(?:\d+|{number_words(2, 20)})\s+(?P<head>(?i:{PARTS}))
    \s*:\s*(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*\s+et\s+{_ITEM})
    """,
    _X,
)
_NAMED = re.compile(
    rf"""
    (?<![\w-])(?P<head>(?i:{HEADS}))\s*,?\s+(?i:{P.NAMING_VERBS})\s+
    (?:«\s*(?P<quoted>[A-ZÀ-ÖØ-Þ][^«»\n]{{0,60}}?)\s*»|"(?P<quoted2>[A-ZÀ-ÖØ-Þ][^"\n]{{0,60}}?)"
      |(?P<bare>{FNAME}))
    """,
    _X,
)
_APPOSED_NAME = re.compile(
    rf"""
    (?<![\w'’-])(?P<name>{FNAME})\s*,\s*(?:un|une)\s+(?:{P.UNNAMED_ADJECTIVES}\s+)?
    (?P<head>(?i:{HEADS}))(?![\w])
    """,
    _X,
)
# A capacity between a kind noun and its place: "une usine de 80 MW dans la région de X".
_AMOUNT = r"\d[\d,.]*|[kMGT]W[hce]?|MWc"
_UNNAMED = re.compile(
    rf"""
    (?<![\w-])(?P<det>(?i:une?|sa|son|leur|le|la|l['’](?=\w)))\s*
    (?:(?:{P.UNNAMED_ADJECTIVES}|[a-zàâçéèêëîïôûùüÿœ]{{3,}})\s+){{0,2}}
    (?P<head>(?i:{HEADS}))(?P<mods>{MODS})
    (?:\s+(?:[a-zàâçéèêëîïôûùüÿœ][\w'’-]*|{_AMOUNT})){{0,6}}?
    (?:\s+par\s+(?P<by>{FNAME}))?
    \s+(?P<cue>{P.UNNAMED_PLACE_CUES})
    \s*(?P<place>{FNAME})
    """,
    _X,
)
# The place said first: "EDF exploite à X une centrale nucléaire", "Lhyfe a inauguré en Vendée son
# site de production d'hydrogène" (a lower-case "à": not a place set before the whole clause).
_PLACE_FIRST = re.compile(
    rf"""
    (?<![\w-])(?P<cue>à|en|près\s+de)\s+(?P<place>{FNAME})\s*,?\s+
    (?P<det>une?|sa|son|leur)\s+(?:{P.UNNAMED_ADJECTIVES}\s+){{0,2}}
    (?P<head>(?i:{HEADS}))(?P<mods>{MODS})(?![\w-])
    """,
    _X,
)
# An owner in a relative clause: "le centre de données que X construit à Y".
_RELATIVE = re.compile(
    rf"""
    (?<![\w-])(?P<det>(?i:le|la|l['’]))\s*(?:{P.UNNAMED_ADJECTIVES}\s+){{0,2}}
    (?P<head>(?i:{HEADS}))(?P<mods>{MODS})
    \s+qu(?:e\s+|['’])(?P<by>{FNAME})\s+(?:[a-zàâçéèêëîïôûùüÿœ][\w'’-]*\s+){{1,3}}?
    (?P<cue>{P.UNNAMED_PLACE_CUES})\s*(?P<place>{FNAME})
    """,
    _X,
)
# Data centers go by codes: three capitals and a number ("PAR2", "LYO1"), when the paragraph
# speaks of data centers.
_CODE = re.compile(r"(?<![\w-])[A-Z]{3}\d{1,2}(?![\w-])")
_DATA_CENTER_WORD = re.compile(
    r"(?<![\w-])(?i:data\s*cent(?:er|re)s?|datacent(?:er|re)s?|centres?\s+de\s+données|campus)(?![\w-])"
)
# "les réacteurs de X": the plant at X, by its parts.
_REACTORS_OF = re.compile(
    rf"""(?<![\w-])[Ll]es\s+(?:(?:deux|trois|quatre|cinq|six)\s+)?réacteurs(?:\s+nucléaires)?\s+
    (?P<conn>{CONN})(?P<place>{FNAME})""",
    _X,
)
# A kind noun on its own, the one a "celle de X" later in the sentence refers to.
_HEAD_WORD = re.compile(rf"(?<![\w-])(?P<head>(?i:{HEADS}))(?![\w])", _X)
_THAT_OF = re.compile(rf"(?<![\w-])(?:celle|celui)\s+(?P<conn>{CONN})(?P<place>{FNAME})", _X)
# Searched up to a head, "$" being the end of the search: the ranking word stands right before it.
_RANKING = re.compile(
    r"(?:\w+ième|premier|première|seconde?|dernière?|plus\s+\w+|moins\s+\w+)\s+$", re.IGNORECASE
)
_CAPITALISED_WORD_BEFORE = re.compile(r"(?:^|\s)([A-ZÀ-ÖØ-Þ][\w'’-]*)\s+$")
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|\s)(?:à|en|de|du|des|dans|pour|chez|sur|par|avec|vers|d['’]|l['’]|au|aux)\s*$",
    re.IGNORECASE,
)
# A list of sites one a line, after a plural kind noun ("Cinq parcs éoliens ... :\n- X, 5
# éoliennes, 22 MW\n- Y, ..."): a bullet, a place (whatever stands before the first comma, so
# "Val en Roc" or "X et Y" too), then what the site holds.
_BULLET = re.compile(
    r"""(?m)^[ \t]*[-•*–][ \t]+(?P<place>[A-ZÀ-ÖØ-Þ][^,:;()\n]{0,60}?)
        (?:[ \t]*\([^()\n]{0,40}\))?(?:[ \t]*[,:]|[ \t]+[–-])
        (?P<rest>[^\n]*)""",
    _X,
)
# What a listed site's line must state: a power, or a count of the units it is made of.
_SITE_FIGURE = re.compile(
    rf"""\d[\d\s,.]*\s*(?:{QP.POWER_UNIT})
      | (?<![\w-])(?:\d+|{number_words(1, 20)})\s+
        (?i:éoliennes?|turbines?|réacteurs?|panneaux|machines?|mâts?)(?![\w-])""",
    _X,
)
_LIST_REACH = 2_000  # characters before a list where its plural kind noun may stand
_PLURAL_HEAD = re.compile(rf"(?<![\w-])(?P<head>(?i:{PLURALS})){P.PLURAL_QUALIFIERS}", _X)
_PLURAL_S = re.compile(r"s(?=\s|$)")
# The cues that put an installation at one spot, not in a region: "la centrale à X", "près de Y".
_POINT_CUE = re.compile(r"à|près|non\s+loin|au\s+large|aux\s+portes|sur\s+la\s+commune")
_TO_BE_BUILT = re.compile(r"(?<![\w-])(?:futur|nouveau|nouvel)\s+$", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(r"\s+(?:de\s+l['’]\s*|du\s+)")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    head: str  # canonical head words ("centrale nucléaire")
    kind: str
    tail: str  # the distinctive name: a place or a proper name
    name: str
    location: str | None = None
    operator: str | None = None
    weak: bool = False
    comparison: bool = False  # the term of a comparison ("derrière la centrale X")
    unnamed: bool = False  # named by us from its place and operator
    connector: str | None = None  # "de " when `name` is head + connector + tail, else None


# -- a kind noun and the name after it ------------------------------------------------------------


def named(doc: Document) -> list[Mention]:
    """ "la centrale nucléaire de X", "l'usine Y", "le pont Y de Z": a head and its name."""
    mentions: list[Mention] = []
    for match in _FACILITY.finditer(doc.text):
        mention = _named(doc, match)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _named(doc: Document, match: re.Match[str]) -> Mention | None:
    """The mention `match` makes, or None when the words after the head name no facility."""
    head = match.group("head")
    mods = match.group("mods")
    kind = kind_of(head, mods)
    proper = doc.cut(match.start("proper"), match.group("proper"))
    if match.group("place"):
        place = doc.cut(match.start("place"), match.group("place"))
    else:
        place = doc.cut(match.start("place2"), match.group("place2"))
    if _skip_head(doc.text, match.start(), head):
        return None
    if proper is not None and not_a_name(proper):
        return None
    if proper is None and place is not None and not_a_name(place):
        return None
    if match.group("owner_noun") and match.group("place3") is None:
        return None  # "l'usine du groupe X": which one, the text has not said
    if kind == "project" and proper is None:
        return None  # "le projet de Lyon": a plan about a place, not a named installation
    if proper is None and _RANKING.search(doc.text, max(0, match.start() - 25), match.start()):
        return None  # "la deuxième centrale de Belgique": a ranking, not a name
    mention = Mention(
        match.start(), match.end(), match.group(0), canonical_head(head + mods), kind, "", ""
    )
    if proper is not None:
        _name_by_proper(doc, match, mention, proper, place)
    else:
        assert place is not None
        _name_by_place(doc, match, mention, place)
    if kind in P.WEAK_KINDS and not _TO_BE_BUILT.search(
        doc.text, max(0, match.start() - 12), match.start()
    ):
        mention.weak = True  # a site is a facility when it is to be built: "le futur site de X"
    return mention


def _skip_head(text: str, start: int, head: str) -> bool:
    """A capitalised head right after another capitalised word is inside another name ("Banque
    Centrale", "Haropa Port")."""
    if not head[:1].isupper() or start == 0:
        return False
    before = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in ARTICLES


def _name_by_proper(
    doc: Document, match: re.Match[str], mention: Mention, proper: str, place: str | None
) -> None:
    """ "l'usine Y", "le pont Y de Z": the proper name names it, a place after it is its
    location."""
    owner = doc.org_named(match.start("proper"), match.end("proper"))
    if owner and place is not None and not match.group("conn2").startswith("en"):
        # "l'usine Stellantis de Trémery": the company owns it, the place names it
        mention.operator = owner
        mention.tail = place
        mention.name = join_name(f"{mention.head} {proper}", match.group("conn2"), place)
        return
    if owner:
        mention.operator = owner
    mention.tail = proper
    mention.name = join_name(mention.head, "", proper)
    mention.connector = ""
    if place is not None:
        place_start = match.start("place2")
        is_place = doc.is_place(place_start, place_start + len(place))
        if match.group("conn2").startswith("en"):
            # "le parc X en Bretagne": a region places it and is no part of its name
            if is_place:
                mention.location = place
            return
        mention.connector = None
        mention.name = join_name(mention.name, match.group("conn2"), place)
        if is_place:
            mention.location = place


def _name_by_place(doc: Document, match: re.Match[str], mention: Mention, place: str) -> None:
    """ "la centrale de X": the place names it and is its location, unless it is a company.
    (A project named by a place alone was refused before.)"""
    place_start = match.start("place")
    owner = doc.org_named(place_start, place_start + len(place))
    mention.tail = place
    mention.name = join_name(mention.head, match.group("conn"), place)
    mention.connector = match.group("conn")
    if match.group("owner_noun"):
        owner = owner or place  # "l'usine du groupe X": X is a company, whatever the model says
    later = match.group("place3")
    if later is not None and doc.is_place(*match.span("place3")) and not not_a_name(later):
        if owner or not doc.is_place(place_start, place_start + len(place)):
            # "l'usine de Hexora à Gravenne": the first name owns it, the second places it
            mention.operator = owner or place
            mention.tail = later
            mention.name = join_name(f"{mention.head} {place}", de(later), later)
            mention.connector = None
            mention.location = later
            return
    if owner:
        mention.operator = owner
    else:
        mention.location = place
    if mention.kind in P.WEAK_WITH_PLACE:
        mention.weak = True


def numbered(doc: Document) -> list[Mention]:
    """ "le terminal 2", "la Gigafactory 1"."""
    mentions: list[Mention] = []
    for match in _NUMBERED.finditer(doc.text):
        canonical = canonical_head(match.group("head"))
        mentions.append(
            Mention(
                match.start(),
                match.end(),
                match.group(0),
                canonical,
                kind_of(match.group("head")),
                f"{canonical} {match.group('proper')}",
                join_name(canonical, "", match.group("proper")),
            )
        )
    return mentions


# -- several names after one kind noun ------------------------------------------------------------


def coordinated(doc: Document) -> list[Mention]:
    """ "les centrales de X et de Y", "les centrales X (…) et Y (…)", "trois réacteurs : X A et
    X B": one mention per name."""
    mentions: list[Mention] = []
    for pattern, table, bare in (
        (_COORDINATION, PLURAL_KINDS, False),
        (_COLON_LIST, PART_KINDS, True),
    ):
        for match in pattern.finditer(doc.text):
            kind = match_kind(table, match.group("head"))
            singular = canonical_head(_PLURAL_S.sub("", match.group("head")))
            connector = ""
            offset = match.start("items")
            for item in _ITEM_RE.finditer(match.group("items")):
                name = item.group("jname")
                if item.group("jconn"):
                    connector = item.group("jconn")
                start, end = offset + item.start("jname"), offset + item.end("jname")
                if doc.org_named(start, end) or not_a_name(name):
                    continue
                full = name if bare else join_name(singular, connector, name)
                mention = Mention(start, end, name, singular, kind, name, full)
                mention.connector = None if bare else connector
                if connector and doc.is_place(start, end) and not bare:
                    mention.location = name
                mentions.append(mention)
    return mentions


def listed(doc: Document) -> list[Mention]:
    """Sites listed one a line after a plural kind noun, each line stating a power or a number of
    units: "parcs éoliens" then "- X, 5 éoliennes, 22 MW" is the wind farm of X."""
    mentions: list[Mention] = []
    heads: list[re.Match[str]] | None = None  # the plural kind nouns, read once when needed
    for match in _BULLET.finditer(doc.text):
        if not _SITE_FIGURE.search(match.group("rest")):
            continue
        if heads is None:
            heads = list(_PLURAL_HEAD.finditer(doc.text))
            head_ends = [h.end() for h in heads]
        start, end = match.span("place")
        before = bisect.bisect_right(head_ends, start) - 1  # the last one ending before the place
        place = match.group("place")
        if before < 0 or heads[before].start() < start - _LIST_REACH:
            continue
        if doc.org_named(start, end) or not_a_name(place):
            continue
        head = heads[before].group("head")
        singular = canonical_head(_PLURAL_S.sub("", head))
        name = join_name(singular, de(place), place)
        mention = Mention(start, end, place, singular, match_kind(PLURAL_KINDS, head), place, name)
        mention.connector, mention.location = de(place), place
        mentions.append(mention)
    return mentions


# -- a name stated apart from its kind noun -------------------------------------------------------


def given_names(doc: Document) -> list[Mention]:
    """ "une centrale du nom de X", "un centre de données baptisé « X »", "X, un terminal"."""
    text = doc.text
    mentions: list[Mention] = []
    for match in _NAMED.finditer(text):
        head = match.group("head")
        canonical = canonical_head(head)
        quoted = match.group("quoted") or match.group("quoted2")
        name_group = "quoted" if match.group("quoted") else "quoted2" if quoted else "bare"
        tail = quoted or match.group("bare")
        if not_a_name(tail) or doc.org_named(*match.span(name_group)):
            continue
        # "le projet, nommé X" is "Projet X": a project's name is not a place
        connector = "" if kind_of(head) == "project" else de(tail)
        name = tail if quoted else join_name(canonical, connector, tail)
        mentions.append(
            Mention(
                match.start(name_group),
                match.end(name_group),
                tail,
                canonical,
                kind_of(head),
                tail,
                name,
            )
        )
    for match in _APPOSED_NAME.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        if not_a_name(name) or doc.org_named(start, end):
            continue
        if _PREPOSITION_BEFORE.search(text, max(0, start - 8), start):
            continue  # "À Lyon, une usine …": a place set before the clause
        if doc.sentences.around(start)[0] == start or name.split()[0] in ARTICLES:
            continue  # a sentence's first word is capitalised whatever it is
        head = match.group("head")
        kind = kind_of(head)
        if kind in ("project", "site", "facility"):
            continue
        mentions.append(Mention(start, end, name, canonical_head(head), kind, name, name))
    return mentions


def unnamed(doc: Document) -> list[Mention]:
    """ "sa première gigafactory à X", "une centrale au charbon à Y", "une usine en Z" (of a
    company named in the sentence), "un data center construit par X à Y", "EDF exploite à X une
    centrale", "le site que X exploite à Y": named from the operator and the place."""
    mentions: list[Mention] = []
    for pattern in (_UNNAMED, _PLACE_FIRST, _RELATIVE):
        for match in pattern.finditer(doc.text):
            mention = _unnamed(doc, match)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _unnamed(doc: Document, match: re.Match[str]) -> Mention | None:
    head, mods = match.group("head"), match.group("mods")
    kind = kind_of(head, mods)
    by = match.groupdict().get("by")
    cue = match.group("cue").lower()
    if kind in ("project", "facility", "airport terminal") or (kind == "site" and by is None):
        return None  # a site is an installation when its owner is said with it
    place = match.group("place")
    start, end = match.span("place")
    if not_a_name(place) or not doc.is_place(start, end):
        return None
    if by is not None:
        operator: str | None = doc.org_named(*match.span("by")) or by
    else:
        det = match.group("det").lower()
        possessive = det in ("sa", "son", "leur")
        operator = doc.org_before(match.start(), nearest=not possessive)
        if operator is None and det in ("le", "la", "l'", "l’") and not _POINT_CUE.match(cue):
            return None  # "le site en Bretagne" with no owner: a region the text speaks of
    if cue == "en" and operator is None:
        return None  # "un aéroport en Floride" alone is not one installation
    canonical = canonical_head(head + mods)
    label = f"{canonical} {operator}" if operator else canonical
    first = min(start, match.start("head"))
    last = max(end, match.end("head") + len(mods))
    return Mention(
        first,
        last,
        doc.text[first:last],
        canonical,
        kind,
        place,
        join_name(label, de(place), place),
        location=place,
        operator=operator,
        unnamed=True,
    )


def codes(doc: Document) -> list[Mention]:
    """ "les parcs PAR1 et PAR2" in a paragraph about data centers: each code is one."""
    mentions: list[Mention] = []
    about_data_centers: dict[tuple[int, int], bool] = {}  # read once per paragraph
    for match in _CODE.finditer(doc.text):
        bounds = doc.paragraphs.around(match.start())
        if bounds not in about_data_centers:
            about_data_centers[bounds] = bool(_DATA_CENTER_WORD.search(doc.text, *bounds))
        if not about_data_centers[bounds]:
            continue
        code = match.group()
        if doc.org_named(*match.span()) or _HEAD_WORD.fullmatch(code.rstrip("0123456789")):
            continue  # "EPR2" is a reactor design
        mentions.append(
            Mention(match.start(), match.end(), code, "data center", "data center", code, code)
        )
    return mentions


def reactors_of(doc: Document) -> list[Mention]:
    """ "les réacteurs de X": the nuclear plant of X, named as such so that it meets the plant's
    other mentions."""
    mentions: list[Mention] = []
    for match in _REACTORS_OF.finditer(doc.text):
        place = match.group("place")
        start, end = match.span("place")
        if not_a_name(place) or doc.org_named(start, end):
            continue
        head = "centrale nucléaire"
        mention = Mention(
            match.start(),
            match.end(),
            match.group(),
            head,
            kind_of(head),
            place,
            join_name(head, match.group("conn"), place),
        )
        mention.connector = match.group("conn")
        if doc.is_place(start, end):
            mention.location = place
        mentions.append(mention)
    return mentions


def that_of(doc: Document, found: Sequence[Mention]) -> list[Mention]:
    """ "la deuxième centrale du pays, derrière celle de X": X names a facility of the kind the
    sentence is about. Reads the mentions `found` so far."""
    text = doc.text
    mentions: list[Mention] = []
    for match in _THAT_OF.finditer(text):
        if any(match.start() <= m.start <= match.end() + 20 for m in found):
            continue  # "celle du barrage X": the facility is named in full
        sent_start, _ = doc.sentences.around(match.start())
        window = text[max(sent_start, match.start() - 150) : match.start()]
        heads = list(_HEAD_WORD.finditer(window))
        if not heads:
            continue
        head = heads[-1].group("head")
        kind = kind_of(head)
        place = match.group("place")
        start, end = match.span("place")
        if kind in ("project", "site") or not_a_name(place) or doc.org_named(start, end):
            continue
        canonical = canonical_head(head)
        mentions.append(
            Mention(
                start,
                end,
                place,
                canonical,
                kind,
                place,
                join_name(canonical, match.group("conn"), place),
                location=place if doc.is_place(start, end) else None,
                connector=match.group("conn"),
            )
        )
    return mentions


# -- the mentions together ------------------------------------------------------------------------

# Every search above needs one of these patterns to match somewhere in the text: a kind noun
# (which every pattern built on HEADS holds), a numbered head, a plural one (the coordinations and
# the bulleted lists), counted parts, a data-center word (a code needs one in its paragraph), "les
# réacteurs". A text holding none of their words names no facility, and no search is run on it
# (prefilter).
_NEEDED = tuple(
    Guarded(p)
    for p in (
        _HEAD_WORD,
        _NUMBERED,
        _PLURAL_HEAD,
        _COLON_LIST,
        _DATA_CENTER_WORD,
        _REACTORS_OF,
    )
)


def may_name_a_facility(text: str) -> bool:
    """False only when no mention search can match in `text`."""
    folded = fold(text)
    return any(guard.may_match(folded) for guard in _NEEDED)


def widest(found: Sequence[Mention]) -> list[Mention]:
    """`found` in text order, without the narrower of two overlapping mentions ("terminal 2"
    inside a longer match)."""
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def compose_parts(text: str, mentions: Sequence[Mention]) -> None:
    """ "le terminal 2 de l'aéroport de X": the part is named with the whole it belongs to."""
    for part, whole in zip(mentions, mentions[1:], strict=False):
        if part.kind != "airport terminal" or whole.kind != "airport":
            continue
        if _OF_THE_WHOLE.fullmatch(text[part.end : whole.start]):
            part.name = f"{part.name} de l'{whole.name[0].lower()}{whole.name[1:]}"
            part.location = whole.name[0].lower() + whole.name[1:]
