"""Acronyms: those the text defines ("Office national des forêts (ONF)"), the tests that a short
name fits a long one (by initials, by position, by syllables), and the merging of an acronym into
its expansion, so that the two make one organization whose canonical name is the long form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..text import fold
from .candidates import Candidate, Pool
from .names import clean, key

_ACRONYM_AFTER = re.compile(
    r"(?P<long>[A-ZÀ-Þ][\w'’&-]*(?:\s+[\w'’&-]+){0,9}?)\s*\(\s*(?P<short>[A-Z][A-Za-z0-9&]{1,9})\s*\)",
    re.VERBOSE,
)
# The other order: the acronym, then what it stands for in brackets, often in lower case
# ("le SNR (service national de renseignement)").
_ACRONYM_BEFORE = re.compile(
    r"(?<![\w-])(?P<short>[A-Z][A-Z0-9&]{1,9})\s*\(\s*(?P<long>[\w'’][\w'’ -]{2,80}?)\s*\)"
)
_WORD_BREAK = re.compile(r"[\s'’-]+")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9&]{1,7}")  # an acronym that may be defined by position
_INITIALS = re.compile(r"[A-Z]{2,6}")  # "ASN"
_SYLLABLES = re.compile(r"[A-Z][a-zé]{3,8}")  # "Afnor"

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


def acronym_fits(long: str, short: str) -> bool:
    """True when the letters of `short` are, in order, initials of the words of `long`, the first
    one being the initial of its first significant word ("Île-de-France Mobilités" -> IDFM,
    "Commission de régulation de l'énergie" -> CRE)."""
    words = [w for w in _WORD_BREAK.split(long) if w]
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


def defined_by_position(
    words: list[str], short: str, candidates: Mapping[str, Candidate]
) -> str | None:
    """The long form of an acronym whose letters are not the French initials ("Parti du progrès
    (KPD)", "Agence mondiale pour les forêts (WFA)"): the longest tail of the words before the
    brackets that starts with a name already found, not a person's, and runs on for at most four
    lower-case words."""
    if not _CAPITALS.fullmatch(short):
        return None
    for i in range(len(words)):
        if not words[i][:1].isupper():
            continue
        tail = words[i:]
        for j in range(len(tail), 0, -1):
            found = candidates.get(key(" ".join(tail[:j])))
            if found is None:
                continue
            extra = tail[j:]
            if found.label != "PER" and len(extra) <= 4 and not any(w[:1].isupper() for w in extra):
                return " ".join(tail)
            break
    return None


def syllables_fit(long: str, short: str) -> bool:
    """True when a short name is built from the first letters of the long one's words ("Afnor",
    "Fevila" for "Fédération des vignerons du Larzac"): it splits into pieces, each the start of
    a word in order, the first piece from the first word and the last from the last, skipping at
    most one word of substance."""
    words = [fold(w) for w in _WORD_BREAK.split(long) if w]
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


def defined_acronyms(pool: Pool) -> dict[str, str]:
    """Acronyms defined in the text, "Expansion (ACR)" or "ACR (expansion)", {acronym key:
    expansion key}; both names join the pool. An expansion written in lower case is named with
    its first letter capitalised."""
    pairs: dict[str, str] = {}
    for match in _ACRONYM_AFTER.finditer(pool.text):
        short = match.group("short")
        long_name = _long_form(match.group("long").split(), short, pool.by_key)
        if long_name is None:
            continue
        long_clean, short_clean = clean(long_name), clean(short)
        if long_clean is None or short_clean is None:
            continue
        for name in (long_clean, short_clean):
            pool.put(name)
        pairs[key(short_clean)] = key(long_clean)
    for match in _ACRONYM_BEFORE.finditer(pool.text):
        short, long_name = match.group("short"), match.group("long")
        if not acronym_fits(long_name, short):
            continue
        long_clean = clean(long_name[0].upper() + long_name[1:])
        short_clean = clean(short)
        if long_clean is None or short_clean is None or key(short_clean) in pairs:
            continue
        for name in (long_clean, short_clean):
            pool.put(name)
        pairs[key(short_clean)] = key(long_clean)
    return pairs


def _long_form(words: list[str], short: str, candidates: Mapping[str, Candidate]) -> str | None:
    """What `short` abbreviates among the words before its brackets: the shortest tail whose
    initials still explain it, else a name found elsewhere that starts the tail."""
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if acronym_fits(tail, short):
            return tail
    return defined_by_position(words, short, candidates)


def merge_acronyms(
    accepted: dict[str, Candidate], candidates: Mapping[str, Candidate], aliases: Mapping[str, str]
) -> None:
    """Merge each acronym of `accepted` into its expansion: one organization, the long form its
    canonical name and the acronym an alias. `accepted` is changed in place."""
    _merge_defined(accepted, candidates, aliases)
    _merge_undefined(accepted, aliases)


def _merge_defined(
    accepted: dict[str, Candidate], candidates: Mapping[str, Candidate], aliases: Mapping[str, str]
) -> None:
    """The acronyms that the text defines, when either form is accepted."""
    for short_key, long_key in aliases.items():
        if short_key in accepted or long_key in accepted:
            long = accepted.get(long_key) or candidates[long_key]
            short = accepted.pop(short_key, None) or candidates[short_key]
            if short is long:
                continue
            long.forms |= short.forms
            long.aliases.add(short.name)
            accepted[long_key] = long


def _merge_undefined(accepted: dict[str, Candidate], aliases: Mapping[str, str]) -> None:
    """An acronym used without its definition next to the long name it abbreviates
    ("l'Autorité de sûreté nucléaire ... l'ASN") is the same organization, when only one long
    name fits."""
    for short_key, short in list(accepted.items()):
        if short_key in aliases:
            continue
        fits: Callable[[str, str], bool]
        if _INITIALS.fullmatch(short.name):
            fits = acronym_fits
        elif _SYLLABLES.fullmatch(short.name):
            fits = syllables_fit  # "Afnor" for "Association française de normalisation"
        else:
            continue
        longs = [
            org
            for long_key, org in accepted.items()
            if long_key != short_key and len(org.name.split()) >= 2 and fits(org.name, short.name)
        ]
        if len(longs) == 1:
            [long] = longs
            long.forms |= short.forms
            long.aliases.add(short.name)
            del accepted[short_key]
