"""The curated name lists, read once at import from the text files in `data/`.

Each file holds one name per line, with `#` comment lines and blank lines; its header says what
the list is for. The lists were written from general knowledge of the press, never from the
evaluation files, and are one signal among several (see `evidence.py`).
"""

from __future__ import annotations

from importlib import resources

_PACKAGE = __name__.rpartition(".")[0]


def parse_names(text: str) -> list[str]:
    """The names of a list file, in file order: one a line, comment and blank lines left out."""
    names = []
    for line in text.splitlines():
        name = line.strip()
        if name and not name.startswith("#"):
            names.append(name)
    return names


def read_names(filename: str) -> list[str]:
    """The names of the list file `data/<filename>`, installed with the package."""
    data = resources.files(_PACKAGE) / "data" / filename
    return parse_names(data.read_text(encoding="utf-8"))


# Companies, institutions and bodies that French news mentions often: a prior, not a verdict.
KNOWN_ORGANIZATIONS = frozenset(read_names("known_organizations.txt"))
# Known organizations whose name is also a common word or place: they need one more signal.
AMBIGUOUS_KNOWN = frozenset(read_names("ambiguous_known.txt"))
# Products and services that the statistical model often tags as organizations or people.
KNOWN_PRODUCTS = frozenset(read_names("known_products.txt"))
# Websites and apps, which are products where something is posted or sold on them.
PLATFORMS = frozenset(read_names("platforms.txt"))
# Common given names: an organization the model tagged that ends on one, right before a capitalised
# word, took the first half of a person's name ("a déclaré à l'AFP Jeanne Martin").
FIRST_NAMES = frozenset(read_names("first_names.txt"))
# Whole names that are never organizations on their own, whatever the model says.
NOT_ORGANIZATIONS = frozenset(read_names("not_organizations.txt"))
# First words that make a name something else: a title, a swallowed preposition, a facility.
NOT_ORGANIZATION_FIRST_WORDS = frozenset(read_names("not_organization_first_words.txt"))
