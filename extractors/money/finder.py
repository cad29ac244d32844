"""Find money amounts in French text, without spaCy.

:func:`find_money` works on characters, because tokenizers split ``12 000 000 €`` into
several tokens.  It runs in passes, each one general:

1. explicit amounts: a number, an optional magnitude and a currency, in either order
   (``8 milliards de dollars``, ``$5 milliards``, ``5 M€``, ``50 centimes``);
2. vague amounts with a currency (``plusieurs milliards de dollars``): value ``None``,
   ``magnitude`` set;
3. the words around each amount: a qualifier before it (``plus de``), a range or an
   elliptical first member (``entre 3 et 5``, ``2 milliards et 1,4 milliard de livres``),
   a unit after it (``par mois``, ``le mégawattheure``, ``€/t``), cents after it
   (``15 dollars 50``).  After a verb of change, ``de X à Y`` is no range but two amounts,
   the value before and the value after (``le prix passe de 0,25 € à 0,27 €``);
4. a number with a spelled-out magnitude but no currency (``plus de 3 milliards investis``)
   borrows the currency of the nearest explicit amount, when the sentence talks money and
   no counted noun follows it (``3 millions d'habitants`` is a population).

Ambiguous currency words are settled from the text, simply and predictably:

* ``dollars`` / ``$`` alone: CAD in a story told from Canada (its places named at least twice
  and more often than American ones; "la canadienne X" names no place), AUD likewise for
  Australia, else USD;
* ``livres`` alone: GBP when the text is British, and the
  sentence does not talk about books; otherwise it is not money;
* ``francs`` alone: CHF in a Swiss story, else FRF (the pre-euro franc);
* ``francs CFA``: XAF when the story names a Central African country of the CEMAC and no West
  African one, else XOF;
* ``cents`` / ``centimes``: a hundredth of the nearest main currency of the same family,
  by default USD for cents and EUR for centimes.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..numbers import magnitude_value, number_words, parse_number
from . import patterns as P

__all__ = ["MoneyMatch", "find_money"]


@dataclass(frozen=True)
class MoneyMatch:
    """One money amount found in a text.

    ``value`` is in the currency's main unit (cents are divided by 100) and is ``None`` for
    vague amounts, whose order of size is in ``magnitude``.  Qualifier words such as
    ``plus de`` are reported in ``qualifier`` and left outside ``[start, end)``.
    """

    start: int
    end: int
    text: str
    value: float | None
    currency: str | None
    qualifier: str
    value_max: float | None = None
    magnitude: float | None = None
    per: str | None = None


# --- compiled patterns ------------------------------------------------------------------

_FLAGS = re.IGNORECASE | re.VERBOSE


def _alternation(entries: list[tuple[str, str | None]] | list[tuple[str, str]]) -> str:
    return "(?:\n" + "\n|".join(f"(?:{pattern})" for pattern, _ in entries) + "\n)"


# "un demi-milliard": half, glued to its magnitude by a hyphen.
_HALF_OF = r"(?:\b(?:une?\s+)?demie?(?=-(?:milliard|million)))"
_NUM = rf"(?:{_HALF_OF}|{P.DIGITS}|{P.NUMBER_WORDS})"
_MAG = rf"(?:{P.MAGNITUDE_WORDS}|{P.MAGNITUDE_ABBREVIATIONS})"
_ISO = r"(?-i:" + "|".join(P.ISO_CODES) + r")(?![^\W\d_])"
_CUR_NAME = _alternation(P.CURRENCY_NAMES) + r"(?![^\W\d_])"
_CUR_SYMBOL = r"(?-i:" + _alternation(P.CURRENCY_SYMBOLS) + ")"
_CURRENCY = rf"(?:{_CUR_NAME}|{_CUR_SYMBOL}|{_ISO})"
_SUBUNIT = _alternation(P.SUBUNIT_NAMES) + r"(?![^\W\d_])"
_OF = r"(?:(?:de|d['’])\s*)"
# A number may not continue a longer one ("1. 6" in garbled copy, or "2009" before a space).
_NUM_START = r"(?<![\w.,])(?<!\d[.,]\s)"

# number [magnitude] [et demi] [de] currency: "61,5 milliards de dollars", "110€", "5 M€"
_SUFFIX_RE = re.compile(
    rf"""
    {_NUM_START}
    (?P<num>{_NUM})
    (?:(?:\s*|-)(?P<mag>{_MAG}))?
    (?P<half>{P.AND_A_HALF})?
    \s*{_OF}?
    (?P<cur>{_CURRENCY})
    """,
    _FLAGS,
)

# currency number [magnitude]: "$5 milliards", "USD 3 bn", "£ 8,10 millions", "EUR29,99"
_PREFIX_RE = re.compile(
    rf"""
    (?<![\w$])
    (?!(?-i:F))   # "F1", "F2" are generations or races; the franc sign only follows
    (?P<cur>{_CUR_SYMBOL}|{_ISO})
    \s?(?P<num>{P.DIGITS})
    (?:\s*(?P<mag>{_MAG}))?
    (?P<half>{P.AND_A_HALF})?
    """,
    _FLAGS,
)

# digits + fractional unit: "99 cents", "470 pence"
_SUBUNIT_RE = re.compile(
    rf"""
    {_NUM_START}
    (?P<num>{_NUM})
    \s*(?P<sub>{_SUBUNIT})
    """,
    _FLAGS,
)

_VAGUE_RE = re.compile(
    rf"""
    (?<![\w'’])
    (?:(?P<det>{P.VAGUE_DETERMINERS})\s+)?
    (?:(?P<count>dizaines|centaines|milliers)\s+{_OF})?
    (?P<vm>milliers|millions|milliards|billions|dizaines|centaines)\s*
    {_OF}
    (?P<cur>{_CUR_NAME}|{_CUR_SYMBOL})
    """,
    _FLAGS,
)

# a magnitude alone after an article stands for one of it: "le cap du milliard d'euros", "dépasse
# le million de dollars"
_ONE_MAGNITUDE_RE = re.compile(
    rf"""
    (?<![\w'’])(?:le|du|au)\s+
    (?P<vm>million|milliard)\s*
    {_OF}
    (?P<cur>{_CUR_NAME}|{_CUR_SYMBOL})
    """,
    _FLAGS,
)

# a number with a spelled-out large magnitude and no currency: "3 milliards"
_CONTEXT_RE = re.compile(
    rf"""
    {_NUM_START}
    (?P<num>{_NUM})
    \s*(?P<mag>millions?|milliards?|billions?)\b
    (?P<half>{P.AND_A_HALF})?
    """,
    _FLAGS,
)

# what follows a currency-less amount: "de provisions" (money) or "d'habitants" (a count)
_FOLLOWING_NOUN_RE = re.compile(
    rf"""
    \s*{_OF}
    (?!(?:plus|moins|trop|ici|cette|ces|ce)\b)
    (?P<noun>[^\W\d_][\w’'-]*)
    """,
    _FLAGS,
)
_CURRENCY_ADJECTIVE_RE = re.compile(P.CURRENCY_ADJECTIVES, _FLAGS)
_MONEY_NOUN_RE = re.compile(P.MONEY_NOUNS, _FLAGS)
_MONEY_CUE_RE = re.compile(P.MONEY_CUES, _FLAGS)
_BOOK_CUE_RE = re.compile(P.BOOK_CUES, _FLAGS)
_UK_CUE_RE = re.compile(P.UK_CUES, _FLAGS)
_USD_CUE_RE = re.compile(P.USD_CUES, _FLAGS)
_SWISS_CUE_RE = re.compile(P.SWISS_CUES, _FLAGS)
_CENTRAL_AFRICA_RE = re.compile(P.CENTRAL_AFRICA_CUES, _FLAGS)
_WEST_AFRICA_RE = re.compile(P.WEST_AFRICA_CUES, _FLAGS)
_DOLLAR_COUNTRY_RES = {code: re.compile(cue, _FLAGS) for code, cue in P.DOLLAR_COUNTRY_CUES.items()}

# the first member of a range or of an elliptical pair, just before an amount
_RANGE_HEAD_RE = re.compile(
    rf"""
    (?:(?P<opener>{P.RANGE_OPENERS})\s*)?
    {_NUM_START}
    (?P<num>{_NUM})
    (?:\s*(?P<mag>{_MAG}))?
    (?P<half>{P.AND_A_HALF})?
    \s*(?P<conn>et|ou|à|au|-|–)\s*$
    """,
    _FLAGS,
)
_RANGE_OPENER_BEFORE_RE = re.compile(rf"(?<!\w){P.RANGE_OPENERS}\s*$", _FLAGS)

# a verb of change and the few words of its object, just before the "de" of "de X à Y"; the
# gap holds no other verb of change, so the one found is the nearest
_CHANGE_VERB = "|".join(f"(?:{pattern})" for pattern, _ in P.CHANGE_VERBS)
_CHANGE_BEFORE_RE = re.compile(
    rf"""
    (?<!\w)(?:{"|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(P.CHANGE_VERBS))})
    (?!\w)
    (?:\s+(?!(?:{P.CHANGE_GAP_BREAKERS}|{_CHANGE_VERB})(?!\w))\w[\w'’-]*){{0,{P.CHANGE_GAP_WORDS}}}
    \s+$
    """,
    _FLAGS,
)
_CHANGE_DIRECTIONS = {f"v{i}": direction for i, (_, direction) in enumerate(P.CHANGE_VERBS)}

_QUALIFIER_RE = re.compile(
    "|".join(rf"(?P<q{i}>(?<!\w)(?:{pattern}))\s*$" for i, (pattern, _) in enumerate(P.QUALIFIERS)),
    _FLAGS,
)
# Every qualifier ends with one of these words: a quick filter before the full search.
_QUALIFIER_TAIL_RE = re.compile(
    r"(?<!\w)(?:de|d['’]|des|les?|la|l['’]|à|aux|moins|minimum|maximum|plus|pas|environ|quelque"
    r"|approximativement|presque|quasiment|modo|pr[èe]s|d[ée]pass\w*|exc[ée]d\w*)\s*$",
    _FLAGS,
)
_RANGE_TAIL_RE = re.compile(r"(?:(?<!\w)(?:et|ou|à|au)|[-–])\s*$", _FLAGS)
_QUALIFIER_NAMES = {f"q{i}": name for i, (_, name) in enumerate(P.QUALIFIERS)}

_PER_ENTRIES = P.PER_UNITS + P.PER_MEASURES
_PER_GROUPS = [f"(?P<u{i}>{pattern})" for i, (pattern, _) in enumerate(_PER_ENTRIES)]
_PER_RE = re.compile(
    rf"""
    (?:{P.PER_LINKERS}
        (?:
            (?<!['’])(?:{"|".join(_PER_GROUPS[: len(P.PER_UNITS)])})   # not after "l'"
          | {"|".join(_PER_GROUPS[len(P.PER_UNITS) :])}
        )
        (?!\w)
        (?!{P.PER_DATE_WORDS})
    )
    | \s*(?P<hour>{P.PER_HOUR})
    """,
    _FLAGS,
)
_PER_NAMES = {f"u{i}": unit for i, (_, unit) in enumerate(_PER_ENTRIES)} | {"hour": "hour"}

# "15 dollars 50", "13 euros et 45 cents"
_CENTS_AFTER_RE = re.compile(
    rf"""
    \s*(?:et\s+)?
    (?:
        (?P<digits>\d{{1,2}})(?!\d)\s*(?P<sub1>{_SUBUNIT})?
      | (?P<words>{P.NUMBER_WORDS})\s*(?P<sub2>{_SUBUNIT})
      | (?P<bare>{P.NUMBER_WORDS})   # "trois euros cinquante", checked at the clause end
    )
    """,
    _FLAGS,
)
_END_OF_CLAUSE_RE = re.compile(r"\s*(?:[.,;:!?)»]|$)")

# Sentence ends: a stop before a space and a capital, or a line break.
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý«\"“])|[.!?]\s*$|\n|;")

_NAME_TABLE = [(re.compile(p, _FLAGS), code) for p, code in P.CURRENCY_NAMES]
_SYMBOL_TABLE = [(re.compile(p, re.VERBOSE), code) for p, code in P.CURRENCY_SYMBOLS]
_SUBUNIT_TABLE = [(re.compile(p, _FLAGS), code) for p, code in P.SUBUNIT_NAMES]

# Substrings that must occur for a pass to find anything (see _explicit).
_SUBUNIT_HINTS = ("cent", "penc", "penn", "kopeck")
_LARGE_HINTS = ("milli", "billion", "dizaine", "centaine")
_SYMBOL_OR_CODE_RE = re.compile(r"[A-Z]{3}|[$€£¥₹₽₩₪₺₿]")

# A lone unit word before "cents" multiplies ("trois cents" = 300): see _explicit.
_HUNDREDS_MULTIPLIER_RE = re.compile(number_words(2, 9), re.I)

_TRAILING_QUALIFIER_RE = re.compile(
    r"\s+(?:"
    + "|".join(f"(?P<t{i}>{pattern})" for i, (pattern, _) in enumerate(P.TRAILING_QUALIFIERS))
    + r")(?![^\W\d_])",
    _FLAGS,
)
_TRAILING_NAMES = {f"t{i}": name for i, (_, name) in enumerate(P.TRAILING_QUALIFIERS)}
_HALF_AFTER_RE = re.compile(P.AND_A_HALF, _FLAGS)

_HUNDRED = Decimal(100)
_YEAR_RANGE = (1800, 2100)


# --- internal candidate -----------------------------------------------------------------


@dataclass
class _Candidate:
    start: int
    end: int
    value: Decimal | None
    currency: str | None
    kind: str  # explicit | vague | context
    family: str | None = None  # dollar | livre | franc | cent | centime, when ambiguous
    has_magnitude: bool = False
    number: Decimal | None = None  # the number before its magnitude
    magnitude: Decimal | None = None
    qualifier: str = "exact"
    value_max: Decimal | None = None
    per: str | None = None
    divide: bool = False  # a fractional unit whose currency is borrowed
    before_change: bool = False  # "passe de X à Y": X, which takes Y's unit (per)


class _Context:
    """Facts about the whole text that settle ambiguous words, computed once per call."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentence_ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
        self._dollar: str | None = None
        self._franc: str | None = None
        self._cfa: str | None = None
        self._uk: bool | None = None
        lowered = text.lower()
        self.has_subunit_word = any(w in lowered for w in _SUBUNIT_HINTS)
        self.has_large_word = any(w in lowered for w in _LARGE_HINTS)

    def sentence(self, start: int, end: int) -> str:
        i = bisect.bisect_right(self.sentence_ends, start)
        left = self.sentence_ends[i - 1] if i > 0 else 0
        j = bisect.bisect_left(self.sentence_ends, end)
        right = self.sentence_ends[j] if j < len(self.sentence_ends) else len(self.text)
        return self.text[left:right]

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_ends, pos)

    @property
    def dollar(self) -> str:
        if self._dollar is None:
            american = len(_USD_CUE_RE.findall(self.text))
            counts = {c: len(cue.findall(self.text)) for c, cue in _DOLLAR_COUNTRY_RES.items()}
            local = [
                c for c, n in counts.items() if n >= P.DOLLAR_COUNTRY_MIN_CUES and n > american
            ]
            self._dollar = local[0] if len(local) == 1 else "USD"
        return self._dollar

    @property
    def franc(self) -> str:
        if self._franc is None:
            self._franc = "CHF" if _SWISS_CUE_RE.search(self.text) else "FRF"
        return self._franc

    @property
    def cfa(self) -> str:
        if self._cfa is None:
            central = _CENTRAL_AFRICA_RE.search(self.text) and not _WEST_AFRICA_RE.search(self.text)
            self._cfa = "XAF" if central else "XOF"
        return self._cfa

    @property
    def british(self) -> bool:
        if self._uk is None:
            self._uk = bool(_UK_CUE_RE.search(self.text))
        return self._uk


def _number(
    num_text: str, mag_text: str | None, half: str | None
) -> tuple[Decimal, Decimal | None] | None:
    """(value in units, magnitude) or None when the number cannot be read."""
    number = parse_number(num_text)
    if number is None:
        return None
    value = Decimal(repr(number))
    scale = magnitude_value(mag_text) if mag_text else None
    if mag_text and scale is None:
        return None
    if scale is not None:
        value *= scale
        if half:
            value += scale / 2
    return value, scale


def _lookup(table: list[tuple[re.Pattern[str], str | None]], text: str) -> tuple[bool, str | None]:
    for pattern, code in table:
        if pattern.fullmatch(text):
            return True, code
    return False, None


def _family(cur_text: str) -> str | None:
    low = cur_text.lower()
    if "cfa" in low:
        return "cfa"
    if low.startswith(("dollar", "$")):
        return "dollar"
    if low.startswith("livre"):
        return "livre"
    if low.startswith("franc") or low in ("f", "ff"):
        return "franc"
    return None


def _currency_of(cur_text: str) -> tuple[str | None, str | None]:
    """(ISO code, ambiguous family) for a matched currency word, symbol or code."""
    cur_text = cur_text.strip()
    if cur_text.upper() == cur_text and cur_text in P.ISO_CODES:
        return P.ISO_ALIASES.get(cur_text, cur_text), None
    found, code = _lookup(_SYMBOL_TABLE, cur_text)
    if not found:
        found, code = _lookup(_NAME_TABLE, cur_text)
    if code is not None:
        return code, None
    return None, _family(cur_text)


def _matched_currency(m: re.Match[str], ctx: _Context) -> tuple[str | None, str | None]:
    """(ISO code, ambiguous family) of the currency in `m`'s "cur" group, an ambiguous word
    settled from the text; no code when it is not money here."""
    code, family = _currency_of(m["cur"])
    if code is None:
        code = _settle(family, m.start(), m.end(), ctx)
    return code, family


def _settle(family: str | None, start: int, end: int, ctx: _Context) -> str | None:
    """Currency for an ambiguous word, or None when it is not money here (books)."""
    if family == "dollar":
        return ctx.dollar
    if family == "cfa":
        return ctx.cfa
    if family == "franc":
        return ctx.franc
    if family == "livre":
        sentence = ctx.sentence(start, end)
        if _BOOK_CUE_RE.search(sentence):
            return None
        # "vendu 15 millions de livres" is about books even in a sentence about money: a bare
        # "livres" is sterling only in a British story.
        if ctx.british:
            return "GBP"
        return None
    return None


# --- passes -----------------------------------------------------------------------------


def _explicit(text: str, ctx: _Context) -> list[_Candidate]:
    found: list[_Candidate] = []
    # Passes whose anchor word is absent are skipped: most articles have no symbol, no
    # cents and no "millions", and scanning for them is most of the cost.
    regexes = (_SUFFIX_RE, _PREFIX_RE) if _SYMBOL_OR_CODE_RE.search(text) else (_SUFFIX_RE,)
    for regex in regexes:
        for m in regex.finditer(text):
            parsed = _number(m["num"], m["mag"], m["half"])
            if parsed is None or parsed[0] == 0:
                continue
            value, scale = parsed
            if value == 1 and m["num"].lower() in ("un", "une"):
                if _CURRENCY_ADJECTIVE_RE.match(text, m.end()):
                    continue  # "un euro fort" is the currency, not one euro
            code, family = _matched_currency(m, ctx)
            if code is None:
                continue
            found.append(
                _Candidate(
                    m.start(),
                    m.end(),
                    value,
                    code,
                    "explicit",
                    family=family,
                    has_magnitude=scale is not None,
                    number=value / (scale or 1),
                    magnitude=scale,
                )  # fmt: skip
            )
    for m in _SUBUNIT_RE.finditer(text) if ctx.has_subunit_word else ():
        if m["sub"].lower().startswith("cent") and _HUNDREDS_MULTIPLIER_RE.fullmatch(m["num"]):
            continue  # "cinq cents" is five hundred, not five cents
        parsed = _number(m["num"], None, None)
        if parsed is None or parsed[0] == 0 or parsed[0] >= 100 and not m["num"][0].isdigit():
            continue
        _, code = _lookup(_SUBUNIT_TABLE, m["sub"])
        family = "centime" if m["sub"].lower().startswith("centime") else "cent"
        found.append(
            _Candidate(
                m.start(),
                m.end(),
                parsed[0] / _HUNDRED,
                code,
                "explicit",
                family=None if code else family,
                number=parsed[0],
                divide=code is None,
            )  # fmt: skip
        )
    for m in _ONE_MAGNITUDE_RE.finditer(text) if ctx.has_large_word else ():
        code, family = _matched_currency(m, ctx)
        if code is None:
            continue
        magnitude = Decimal(repr(P.VAGUE_COUNTS[m["vm"].lower()]))
        found.append(
            _Candidate(
                m.start("vm"),
                m.end(),
                magnitude,
                code,
                "explicit",
                family=family,
                has_magnitude=True,
                number=Decimal(1),
                magnitude=magnitude,
            )  # fmt: skip
        )
    for m in _VAGUE_RE.finditer(text) if ctx.has_large_word else ():
        code, family = _matched_currency(m, ctx)
        if code is None:
            continue
        magnitude = Decimal(repr(P.VAGUE_COUNTS[m["vm"].lower()]))
        if m["count"]:
            magnitude *= Decimal(repr(P.VAGUE_COUNTS[m["count"].lower()]))
        # "de" alone is a preposition ("à coups de"), not part of the amount
        det = m["det"]
        start = (
            m.start("det")
            if det and det.lower() != "de"
            else m.start("count")
            if m["count"]
            else m.start("vm")
        )
        found.append(
            _Candidate(
                start, m.end(), None, code, "vague", magnitude=magnitude, qualifier="unspecified"
            )
        )
    return found


def _resolve_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the leftmost, then longest, candidates that do not overlap."""
    kept: list[_Candidate] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if c.start >= last_end:
            kept.append(c)
            last_end = c.end
    return kept


def _nearest_currency(
    pos: int,
    known: list[_Candidate],
    starts: list[int],
    families: tuple[str, ...] | None = None,
) -> str | None:
    """Currency of the nearest explicit amount before ``pos``, else after it."""
    # known is sorted by start; walk outwards from pos so the cost is the distance walked
    i = bisect.bisect_left(starts, pos)
    for j in range(i - 1, -1, -1):
        c = known[j]
        if c.end <= pos and c.currency and (families is None or c.currency in families):
            return c.currency
    for j in range(i, len(known)):
        c = known[j]
        if c.currency and (families is None or c.currency in families):
            return c.currency
    return None


_CENT_CURRENCIES = ("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "EUR")
_CENTIME_CURRENCIES = ("EUR", "FRF", "CHF", "BEF")


def _borrow_subunit_currency(cands: list[_Candidate]) -> None:
    known = [c for c in cands if not c.divide]
    starts = [c.start for c in known]
    for c in cands:
        if c.divide:
            if c.family == "centime":
                c.currency = _nearest_currency(c.start, known, starts, _CENTIME_CURRENCIES) or "EUR"
            else:
                c.currency = _nearest_currency(c.start, known, starts, _CENT_CURRENCIES) or "USD"


def _attach_cents(text: str, c: _Candidate) -> None:
    """ "15 dollars 50" and "treize euros et quarante-cinq cents" add the fractional part."""
    if c.kind != "explicit" or c.divide or c.value is None:
        return
    if c.has_magnitude:
        # "1 milliard d'euros et demi": the half belongs to the magnitude
        half = _HALF_AFTER_RE.match(text, c.end)
        if half and c.magnitude is not None:
            c.value += c.magnitude / 2
            c.end = half.end()
        return
    if c.value != c.value.to_integral_value():
        return
    m = _CENTS_AFTER_RE.match(text, c.end)
    if not m:
        return
    if m["digits"]:
        if not m["sub1"] and not _END_OF_CLAUSE_RE.match(text, m.end()):
            return
        cents = Decimal(m["digits"])
    else:
        if m["bare"] and not _END_OF_CLAUSE_RE.match(text, m.end()):
            return
        words = parse_number(m["words"] or m["bare"])
        if words is None or words >= 100:
            return
        cents = Decimal(repr(words))
    c.value += cents / _HUNDRED
    c.end = m.end()


def _attach_qualifier(text: str, c: _Candidate) -> None:
    _attach_qualifier_before(text, c)
    if c.qualifier == "exact":
        m = _TRAILING_QUALIFIER_RE.match(text, c.end)
        if m and m.lastgroup:
            c.qualifier = _TRAILING_NAMES[m.lastgroup]


def _attach_qualifier_before(text: str, c: _Candidate) -> None:
    # cheap test on the last word first: most amounts have no qualifier
    if not _QUALIFIER_TAIL_RE.search(text, max(0, c.start - 20), c.start):
        return
    m = _QUALIFIER_RE.search(text, max(0, c.start - 32), c.start)
    if m and m.lastgroup:
        c.qualifier = _QUALIFIER_NAMES[m.lastgroup]


def _attach_per(text: str, c: _Candidate) -> None:
    m = _PER_RE.match(text, c.end)
    if m and m.lastgroup:
        c.per = _PER_NAMES[m.lastgroup]


def _is_year(value: Decimal, num_text: str) -> bool:
    """A bare number that reads as a year: four plain digits ("2010", never "2 000")."""
    return (
        num_text.isdigit()
        and value == value.to_integral_value()
        and _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1]
    )


def _is_change(text: str, opener_start: int, before: Decimal, after: Decimal) -> bool:
    """Whether "de X à Y" opening at ``opener_start`` is a change from X to Y (two amounts) rather
    than a range: a verb of change governs it and the amounts move the way the verb says."""
    m = _CHANGE_BEFORE_RE.search(text, max(0, opener_start - 100), opener_start)
    if not m or not m.lastgroup:
        return False
    direction = _CHANGE_DIRECTIONS[m.lastgroup]
    if direction == "up":
        return before < after
    if direction == "down":
        return before > after  # "baissera de 10 à 20 euros" is a fall by 10 to 20
    return before != after


def _change_head(
    text: str, c: _Candidate, m: re.Match[str], parsed: tuple[Decimal, Decimal | None]
) -> _Candidate | None:
    """The value before a change, "de 0,25 à 0,27 €" -> 0,25 €, or None when it is no change."""
    opener = (m["opener"] or "").lower()
    if opener == "entre" or not opener or m["conn"].lower() not in ("à", "au"):
        return None
    first, scale = parsed
    if scale is None and c.magnitude is not None and first < 1000:
        # "passé de 5 à 3 milliards": both share the magnitude, whichever is larger
        first *= c.magnitude
        scale = c.magnitude
    elif scale is None and c.divide:
        first /= _HUNDRED
    if scale is None and _is_year(first, m["num"]):
        return None  # "passé de 2010 à 12 euros"
    if c.value is None or not _is_change(text, m.start("opener"), first, c.value):
        return None
    head_end = m.end("half") if m["half"] else m.end("mag") if m["mag"] else m.end("num")
    return _Candidate(
        m.start("num"), head_end, first, c.currency, "explicit",
        has_magnitude=scale is not None, number=first / (scale or 1), magnitude=scale,
        before_change=True,
    )  # fmt: skip


def _attach_head(text: str, c: _Candidate, taken: list[tuple[int, int]]) -> _Candidate | None:
    """Fold "entre 3 et 5 M€" into a range; return the first member of "2 et 3 milliards de ..."."""
    if c.kind != "explicit" or c.value is None:
        return None
    if not _RANGE_TAIL_RE.search(text, max(0, c.start - 4), c.start):
        return None
    m = _RANGE_HEAD_RE.search(text, max(0, c.start - 60), c.start)
    if not m:
        return None
    if any(s < c.start and e > m.start("num") for s, e in taken):
        return None  # the head is already an amount of its own
    parsed = _number(m["num"], m["mag"], m["half"])
    if parsed is None or parsed[0] == 0:
        return None
    change = _change_head(text, c, m, parsed)
    if change is not None:
        return change  # two amounts, each exact
    first, scale = parsed
    opener = (m["opener"] or "").lower()
    conn = m["conn"].lower()
    if scale is None and c.magnitude is not None and c.number is not None and first < c.number:
        # "entre 3 et 5 milliards": the first bound shares the second's magnitude
        first *= c.magnitude
        scale = c.magnitude
    elif scale is None and c.divide:
        first /= _HUNDRED
    is_range = (opener == "entre" and conn == "et") or conn in ("à", "au", "-", "–")
    if is_range:
        if scale is None and _is_year(first, m["num"]) and opener != "entre":
            return None  # "en 2010 à 12 euros"
        if opener and conn in ("à", "au", "-", "–") and opener == "entre":
            return None
        c.value_max = c.value
        c.value = first
        c.start = m.start("num")
        c.qualifier = "range"
        return None
    if scale is None:
        return None  # "en 2010 et 15 euros": a bare number is not an elliptical amount
    head_end = m.end("half") if m["half"] else m.end("mag") if m["mag"] else m.end("num")
    return _Candidate(
        m.start("num"), head_end, first, c.currency, "explicit",
        has_magnitude=True, number=first / scale, magnitude=scale,
    )  # fmt: skip


def _merge_explicit_ranges(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """ "entre 3 € et 5 €" / "de 3 $ à 5 $": two full amounts that bound one range."""
    out: list[_Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            b is not None
            and a.kind == b.kind == "explicit"
            and a.currency == b.currency
            and a.qualifier != "range"
            and b.qualifier != "range"
        ):
            gap = text[a.end : b.start].strip().lower()
            opener = _RANGE_OPENER_BEFORE_RE.search(text, max(0, a.start - 20), a.start)
            word = opener.group(0).strip().lower() if opener else ""
            de_a = bool(word) and word != "entre" and gap in ("à", "au")
            if de_a and opener and a.value is not None and b.value is not None:
                if _is_change(text, opener.start(), a.value, b.value):
                    # "passe de 0,25 € à 0,27 €": two amounts; the first takes the second's unit
                    out.append(replace(a, per=a.per or b.per))
                    i += 1
                    continue
            if (word == "entre" and gap == "et") or de_a:
                out.append(replace(a, end=b.end, value_max=b.value, qualifier="range", per=b.per))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _context(text: str, ctx: _Context, known: list[_Candidate]) -> list[_Candidate]:
    """Currency-less "3 milliards" that borrow the currency of the nearest explicit amount."""
    with_currency = [c for c in known if c.currency]
    if not with_currency:
        return []
    starts = [c.start for c in known]  # known is sorted and non-overlapping
    money_sentences = {ctx.sentence_index(c.start) for c in with_currency}
    currency_starts = [c.start for c in with_currency]
    found: list[_Candidate] = []
    for m in _CONTEXT_RE.finditer(text) if ctx.has_large_word else ():
        i = bisect.bisect_left(starts, m.end())
        if i > 0 and known[i - 1].end > m.start():
            continue  # inside an amount already found
        parsed = _number(m["num"], m["mag"], m["half"])
        if parsed is None or parsed[0] == 0:
            continue
        noun = _FOLLOWING_NOUN_RE.match(text, m.end())
        if noun:
            if not _MONEY_NOUN_RE.match(noun["noun"]):
                continue  # "3 millions d'habitants" counts people
        else:
            in_sentence = ctx.sentence_index(m.start()) in money_sentences
            if not in_sentence and not _MONEY_CUE_RE.search(ctx.sentence(m.start(), m.end())):
                continue
        currency = _nearest_currency(m.start(), with_currency, currency_starts)
        value, scale = parsed
        found.append(
            _Candidate(
                m.start(),
                m.end(),
                value,
                currency,
                "context",
                has_magnitude=True,
                number=value / (scale or 1),
                magnitude=scale,
            )  # fmt: skip
        )
    return found


def _to_match(text: str, c: _Candidate) -> MoneyMatch:
    def f(v: Decimal | None) -> float | None:
        return None if v is None else float(v)

    return MoneyMatch(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        value=f(c.value),
        currency=c.currency,
        qualifier=c.qualifier,
        value_max=f(c.value_max),
        magnitude=f(c.magnitude) if c.kind == "vague" else None,
        per=c.per,
    )


def find_money(text: str) -> list[MoneyMatch]:
    """All money amounts in ``text``, sorted by start offset and never overlapping."""
    if not text:
        return []
    ctx = _Context(text)
    cands = _resolve_overlaps(_explicit(text, ctx))
    _borrow_subunit_currency(cands)
    for c in cands:
        _attach_cents(text, c)
    cands = _resolve_overlaps(cands)  # cents folded into the amount before them

    extra: list[_Candidate] = []
    taken = [(c.start, c.end) for c in cands]
    for c in cands:
        if c.kind == "vague":
            continue
        head = _attach_head(text, c, taken)
        if head is not None:
            _attach_qualifier(text, head)
            extra.append(head)
        if c.qualifier == "exact":
            _attach_qualifier(text, c)
        _attach_per(text, c)
        if head is not None and head.before_change:
            head.per = head.per or c.per
    cands = _resolve_overlaps(cands + extra)
    cands = _merge_explicit_ranges(text, cands)

    context = _context(text, ctx, cands)
    for c in context:
        _attach_qualifier(text, c)
        _attach_per(text, c)
    cands = _resolve_overlaps(cands + context)
    matches = [_to_match(text, c) for c in cands]
    # An amount too large for a float (hundreds of digits) is not a fact we can report.
    return [
        m
        for m in matches
        if all(v is None or math.isfinite(v) for v in (m.value, m.value_max, m.magnitude))
    ]
