"""Text helpers every fact type shares: folding names into keys, and cheap segmentation.

The statistical parser is not loaded (it costs more than everything else together), so the rules
that need "the same sentence" or "the same paragraph" use these character-level splitters.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence

_NON_WORD = re.compile(r"[\W_]+")

# A word of a proper name, as organizations and facilities read one: capitalised or starting with a
# digit, with digits, &, dots, apostrophes and dashes inside ("E.Leclerc", "Rolls-Royce", "3M").
# It never starts inside another word: a run of ten thousand digits is then one attempt, not ten
# thousand attempts of ten thousand characters each.
CAP_WORD = r"(?<!\w)(?:[A-ZÀ-ÖØ-Þ0-9][\w&.'’+-]*[\w&+]|[A-ZÀ-ÖØ-Þ])"
# A nationality adjective by its usual endings, any gender and number: "camerounais",
# "américaines", "italiens", "allemande", "espagnols".
NATIONALITY = r"[a-zà-ÿ-]+(?:ais|ois|ain|ien|and|ol)(?:e|es|s)?"


def strip_accents(text: str) -> str:
    """`text` without its combining marks ("Électricité" -> "Electricite"); compatibility forms
    are decomposed too ("1ᵉʳ" -> "1er")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Case, accents, hyphens, apostrophes and other punctuation folded: the key under which two
    spellings of one name meet ("Valbrune-Nord", "VALBRUNE NORD", "Valbrune Nord")."""
    return _NON_WORD.sub(" ", strip_accents(text)).strip().lower()


# A sentence ends at . ! ? or … followed by space and an upper-case letter, a quote or a digit, or at
# a line break. Abbreviations such as "M. Dupont" or "av. J.-C." split wrongly now and then; the rules
# only use sentences as a locality window, so an extra split costs little.
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]?(?=\s+[«\"“(]?[A-ZÀ-ÖØ-Þ0-9])|\n+")
_PARAGRAPH_END = re.compile(r"\n\s*\n")


def _bounds(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in pattern.finditer(text):
        end = match.end()
        if text[start:end].strip():
            bounds.append((start, end))
        start = end
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """[start, end) offsets of the sentences of `text`, in order."""
    return _bounds(text, _SENTENCE_END)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """[start, end) offsets of the blank-line separated paragraphs of `text`, in order."""
    return _bounds(text, _PARAGRAPH_END)


class Segments:
    """Sorted, non-overlapping segments with an O(log n) "which segment holds offset i" lookup."""

    def __init__(self, bounds: Sequence[tuple[int, int]]) -> None:
        self.bounds = list(bounds)
        self._starts = [start for start, _ in self.bounds]

    def index(self, offset: int) -> int:
        """Index of the segment holding `offset` (the previous one when it falls in a gap)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def around(self, offset: int) -> tuple[int, int]:
        if not self.bounds:
            return (0, 0)
        return self.bounds[self.index(offset)]
