"""One article as the facility rules read it: its text, the entity spans the model tagged in it
(places, organizations, persons) with the look-ups the mention search makes in them, and its
sentences and paragraphs, which the capacities read too.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import Segments, paragraph_bounds, sentence_bounds
from .names import ARTICLES


class Document:
    """The text and its entity spans; built once per `find_facilities` call."""

    def __init__(
        self,
        text: str,
        places: Sequence[tuple[int, int]] | None,
        organizations: Sequence[tuple[int, int, str]],
        persons: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.places = places
        # A bare determiner is never an owner, whatever the organization spans say.
        self.organizations = [o for o in organizations if o[2] not in ARTICLES]
        self.person_starts = sorted(start for start, _ in persons)
        self.sentences = Segments(sentence_bounds(text))
        self.paragraphs = Segments(paragraph_bounds(text))

    def org_named(self, start: int, end: int) -> str | None:
        """The organization whose span holds, or lies within, [start, end)."""
        for s, e, name in self.organizations:
            if s <= start and end <= e or (start <= s and e <= end):
                return name
        return None

    def is_place(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a place span; any name counts when the model tagged
        none (`places` is None), and an organization's never does."""
        if self.org_named(start, end):
            return False
        if self.places is None:
            return True
        return any(s <= start < e or start <= s < end for s, e in self.places)

    def org_before(self, start: int, nearest: bool) -> str | None:
        """An organization named earlier in the sentence of `start`: the nearest, or the first."""
        sent_start, _ = self.sentences.around(start)
        owners = [n for s, e, n in self.organizations if sent_start <= s and e <= start]
        if not owners:
            return None
        return owners[-1] if nearest else owners[0]

    def cut(self, start: int, name: str | None) -> str | None:
        """`name` (written at `start`) without a person's name glued after it ("le site de X
        Jean Dupont")."""
        if name is None:
            return None
        for person in self.person_starts:
            if start < person < start + len(name):
                return name[: person - start].rstrip(" ,") or name
        return name
