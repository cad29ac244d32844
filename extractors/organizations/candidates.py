"""The candidate names of one text: each distinct name, by its identity key, with the forms it was
written in and the points gathered for it so far.

The pool keeps candidates in the order they were first seen; that order decides ties later on
(which organization a shared form belongs to, the order of the results).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..text import fold
from .names import clean, key, mid_sentence


@dataclass
class Candidate:
    """One distinct name. `cue_points` and `product_points` are what the text says around it;
    `score` is their total with the priors (model label, curated lists, acronym), set once the
    whole text has been read."""

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


class Pool:
    """The candidates of `text`, by identity key."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_key: dict[str, Candidate] = {}

    def get(self, surface: str, start: int = -1) -> Candidate | None:
        """The candidate for a name as written at `start` (-1: position unknown or irrelevant),
        added when new; None when the surface cannot be an organization's name."""
        name = clean(surface, keep_article=start >= 0 and mid_sentence(self.text, start))
        if name is None:
            return None
        name_key = key(name)
        found = self.by_key.get(name_key)
        if found is None:
            found = self.by_key[name_key] = Candidate(name=name)
        elif len(name) > len(found.name) and key(found.name) == fold(found.name):
            found.name = name  # "Les Amis du Bocage" over "Amis du Bocage"
        found.forms.add(name)
        return found

    def put(self, name: str) -> None:
        """Add a name that is already clean, as it is: no cleaning, no longer form preferred."""
        name_key = key(name)
        if name_key not in self.by_key:
            self.by_key[name_key] = Candidate(name=name)
        self.by_key[name_key].forms.add(name)
