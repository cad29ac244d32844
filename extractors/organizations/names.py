"""Names as written and as compared: a surface form cleaned into a canonical name, the identity key
under which spellings of one name meet, and two tests on where a name stands in the text (a
heading line, the middle of a sentence).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..text import NATIONALITY, fold
from . import curated as C
from . import patterns as P

_X = re.VERBOSE
# The model's spans sometimes run on past the name: across a line break, a dash, or into a
# complement ("L'Oréal pour l'Asie").
_RUN_ON = re.compile(
    r"\s*\n|\s[-–—]\s|\s(?:pour|sur|avec|dans|chez|par|en)\s|\s(?:le|du|au|en)\s+\d"
)
_DETERMINER = re.compile(r"^(?:(?:les?|la|du|des|de\s+la|de|au|aux)\s+|[ld]['’]\s*)", re.IGNORECASE)
# Case-sensitive: "le groupe Amazon" loses its cue noun, "Banque de France" keeps its head.
# A lower-case word after the cue noun continues a body's name ("agence spatiale du Valmont").
_LEADING_CUE = re.compile(
    rf"^(?:{P.ORG_CUE_NOUNS})\s+(?=(?:des\s+|du\s+|de\s+(?:la\s+)?|[dl]['’]|les?\s+|la\s+)?[^a-zà-ÿ])",
    _X,
)
_LEGAL_SUFFIX = re.compile(rf"\s*,?\s+(?:{P.LEGAL_FORMS})$", _X)
_TRAILING = re.compile(r"[\s,.;:!?»«\"“”'’()\-]+$")
_LOWER_CONNECTOR = re.compile(r"\s+(?:de|des|du|d['’]|et|la|le|l['’])\s*$")
_LOWER_HEAD = re.compile(rf"(?:{P.LOWERCASE_INSTITUTION_HEADS})\s", _X)
_UNIT = re.compile(
    r"^(?:[\d\s.,]+\s*)?(?:[kMGT]?W[hce]?|[kMGT]?Wh|MWe|GWe|TWh|km|kg|Mt|Md|Mds|M€|Md€|%)$"
)
_MONTHS = (
    "(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    "|novembre|décembre|decembre)"
)
_UNIT_OF = re.compile(r"^(?:[kMGT]?W[hce]?|[kMGT]?Wh|MWe|GWe|TWh)\s+(?:de\s+|d['’])")
# What a capital at a sentence's head does not make a name: an adverb ("Parallèlement"), a
# time of the year ("Mi-juillet", "Début mars"), a law ("Inflation Reduction Act"), a plant
# ("Grand barrage de la Renaissance").
_NOT_A_NAME = re.compile(
    rf"""^(?:
        [A-ZÀ-Þ][a-zà-ÿ]{{4,}}ment$
      | (?:Mi|Début|Fin|Courant)[\s-]+{_MONTHS}\b
      | {_MONTHS}\s+\d{{4}}\b
      | .+\sAct(?:\s+[a-zà-ÿ]+)?$          # "Clean Grid Act", "... Act américain"
      | .+\s(?:19|20)\d{{2}}$               # "Salon Aérotech 2025": an edition, an event
      | (?:\d{{1,4}}|[IVXLC]{{1,6}})(?:er|re|e|ème)$   # an ordinal: "1er", "XXe"
      | .*(?<![\w])\d{{1,2}}\s?h(?:\s?\d{{2}})?(?![\w])   # a time of day: "Vers 21h30"
      | .*\s(?:{P.FACILITY_NOUNS})s?\s   # "Grand barrage de X"
    )""",
    re.VERBOSE,
)
# A model number after a maker's name: "Airbus A320", "Peugeot 208".
MODEL_NUMBER = re.compile(r"\s+[A-Z]{0,3}-?\d{2,}\b")
_LEADING_ARTICLE_KEY = re.compile(r"^(?:les?|la|l) ")


_STATE = {"État", "Etat"}
# Lower-case English words that make a clause, never a name ("of", "and", "for" may be in one).
_ENGLISH_CLAUSE_WORDS = frozenset("we are is was were will would going have has they you".split())
# A nationality, by its usual endings or as a cue adjective: "camerounais", "belge".
_NATIONALITY = re.compile(rf"{NATIONALITY}|{P.ORG_CUE_ADJECTIVES}(?:e|es|s)?", re.VERBOSE)


def any_name(names: Iterable[str]) -> str:
    """A regex alternation of `names` as written, the longer first so that "Amazon Web Services"
    wins over "Amazon" where both start."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def clean(surface: str, keep_article: bool = False) -> str | None:
    """The canonical form of a name as written: no determiner, no cue noun, no legal form, no
    trailing punctuation; None when what remains cannot be an organization's name.

    A capitalised article in mid-sentence belongs to the name ("selon La Quadrature du Net",
    "chez L'Oréal"): `keep_article` keeps it, as does the curated list."""
    name = _RUN_ON.split(surface.strip())[0]
    for _ in range(2):
        stripped = _DETERMINER.sub("", name)
        if (
            stripped != name
            and name[:1].isupper()
            and (keep_article or name in C.KNOWN_ORGANIZATIONS)
        ):
            break
        name = _LEADING_CUE.sub("", stripped)
    name = _LEGAL_SUFFIX.sub("", name)
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
    name = _UNIT_OF.sub("", name)  # "10 MW de Vestas": the maker
    if len(name) < 2 or not starts_well or _UNIT.match(name) or _NOT_A_NAME.match(name):
        return None
    words = name.split()
    if name in C.NOT_ORGANIZATIONS or words[0] in C.NOT_ORGANIZATION_FIRST_WORDS:
        return None
    if name in C.FIRST_NAMES:
        return None  # a given name alone is a person's
    # "IA générative", "PIB français": a common acronym with its adjectives is no body either,
    # nor is "l'État français": a country acting.
    if (
        words[0].isupper()
        and words[0] in C.NOT_ORGANIZATIONS
        and all(w.islower() for w in words[1:])
    ):
        return None
    if any(w in _ENGLISH_CLAUSE_WORDS for w in words[1:]):
        return None  # "If we are going to": an English clause, not a name
    if words[0] in _STATE and len(words) == 2 and _NATIONALITY.fullmatch(words[1]):
        return None
    # "Airbus A320", "Peugeot 208": a maker's name and a model number name a product.
    maker = MODEL_NUMBER.split(name)[0]
    if (
        maker != name
        and maker in C.KNOWN_ORGANIZATIONS
        and MODEL_NUMBER.fullmatch(name[len(maker) :])
    ):
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


def key(name: str) -> str:
    """Identity of a name: folded, without a leading article ("La Poste" and "Poste" are one)."""
    return _LEADING_ARTICLE_KEY.sub("", fold(name))


def is_heading(text: str, start: int, end: int) -> bool:
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


_SHARE_HEADER = re.compile(r"(?:^|\n)[ \t]*(?:Partager|Partagez|Partage)\b[^\n:]{0,40}:")
_SHARE_ITEMS = re.compile(r"(?:\s*[^\n,:.!?]{1,30}\s*,)*\s*")
_SHARE_REACH = 400  # characters before a name where its share header may stand


def in_share_line(text: str, start: int) -> bool:
    """True when `start` is in a web page's list of share buttons ("Partager cet article :
    Courriel, Facebook, ...", on one line or one a line): the names there are websites, not
    facts of the article."""
    window_start = max(0, start - _SHARE_REACH)
    headers = list(_SHARE_HEADER.finditer(text, window_start, start))
    if not headers:
        return False
    items = _SHARE_ITEMS.fullmatch(text, headers[-1].end(), start)
    return items is not None


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FUNCTION_WORDS = frozenset(
    "de du des la le les l un une et ou à au aux en par pour sur dans avec d que qui".split()
)
_DENSE_WINDOW = 400  # characters each side of a span
_DENSE_SHARE = 0.9  # of the words around it that are capitalised
_DENSE_MIN_WORDS = 30


def in_capitalised_run(text: str, start: int, end: int) -> bool:
    """True when most words around [start, end) are capitalised, the function words aside: in a
    run of names or a text in title case, a capital says nothing, and nor does a model that reads
    capitals ("Mot1 Nom1 Mot2 Nom2...", "de Nom1, de Nom2, de Nom3")."""
    words, capitalised = _WordCounts.of(text).around(
        max(0, start - _DENSE_WINDOW), min(len(text), end + _DENSE_WINDOW)
    )
    if words < _DENSE_MIN_WORDS:
        return False
    return capitalised >= _DENSE_SHARE * words


class _WordCounts:
    """The words of one text, read once, with running counts: how many words and capitalised
    words (function words aside) a window holds costs two bisections, not a scan of the window.
    A word cut by the window's edge counts as the window's own scan would read it. The text
    last asked for is kept: the organization rules ask for one text's windows in a row."""

    _last: _WordCounts | None = None

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words = [0]  # words before each index, function words aside
        self.capitalised = [0]
        for match in _WORD.finditer(text):
            self.starts.append(match.start())
            self.ends.append(match.end())
            word = match.group()
            counted = word.lower() not in _FUNCTION_WORDS
            self.words.append(self.words[-1] + counted)
            self.capitalised.append(self.capitalised[-1] + (counted and word[0].isupper()))

    @classmethod
    def of(cls, text: str) -> _WordCounts:
        last = cls._last
        if last is None or last.text is not text:
            last = cls._last = cls(text)
        return last

    def around(self, a: int, b: int) -> tuple[int, int]:
        """(words, capitalised words) that `_WORD.findall(text[a:b])` reads, function words
        aside."""
        first = bisect.bisect_left(self.starts, a)  # the first word starting in the window
        last = bisect.bisect_right(self.ends, b)  # the words before it end in the window
        if last < first:  # one word runs over the whole window: read its piece
            return _count(self.text[a:b])
        words = self.words[last] - self.words[first]
        capitalised = self.capitalised[last] - self.capitalised[first]
        if first > 0 and self.ends[first - 1] > a:  # a word cut by the left edge
            w, c = _count(self.text[a : min(b, self.ends[first - 1])])
            words, capitalised = words + w, capitalised + c
        if last < len(self.starts) and self.starts[last] < b and last >= first:
            w, c = _count(self.text[max(a, self.starts[last]) : b])  # cut by the right edge
            words, capitalised = words + w, capitalised + c
        return words, capitalised


def _count(piece: str) -> tuple[int, int]:
    words = [w for w in _WORD.findall(piece) if w.lower() not in _FUNCTION_WORDS]
    return len(words), sum(1 for w in words if w[0].isupper())


_ENGLISH = frozenset("the of and to in is that with for on was were has have by from which".split())
_FRENCH = frozenset("le la les des du un une et est que qui dans pour sur par avec au aux".split())
_LANGUAGE_SAMPLE = 5_000  # characters read from the start of a text


def looks_english(text: str) -> bool:
    """True when the start of `text` is written in English: its small words are English ones far
    more than French ones. A model trained on French reads capitals there, not names."""
    words = [w.lower() for w in _WORD.findall(text[:_LANGUAGE_SAMPLE])]
    english = sum(1 for w in words if w in _ENGLISH)
    french = sum(1 for w in words if w in _FRENCH)
    return english >= 10 and english > 3 * french


def mid_sentence(text: str, start: int) -> bool:
    """True when the character before `start` (spaces aside) continues a sentence."""
    before = text[max(0, start - 3) : start]
    if "\n" in before or not before.strip():
        return False
    return before.rstrip()[-1] not in '.!?:«"“—–-'
