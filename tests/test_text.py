"""The shared text helpers: one folding key, one accent stripper, one table of number words."""

from __future__ import annotations

import re

import pytest
from newsfacts.extractors.numbers import NUMBER_WORDS, number_words, parse_number
from newsfacts.extractors.text import fold, strip_accents


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Valbrune-Nord", "VALBRUNE NORD"),
        ("Électricité de Brême", "electricite de breme"),
        ("L’Aiguillon", "l'aiguillon"),
        ("Crédit  Tarnais, S.A.", "credit tarnais s a"),
    ],
)
def test_fold_meets_spellings_of_one_name(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_is_a_plain_key() -> None:
    assert fold("  Société_Générale d'Armor! ") == "societe generale d armor"


def test_strip_accents_keeps_punctuation_and_case() -> None:
    assert strip_accents("Févr. d’ici") == "Fevr. d’ici"
    assert strip_accents("le 1ᵉʳ") == "le 1er"


@pytest.mark.parametrize(("word", "value"), sorted(NUMBER_WORDS.items()))
def test_every_number_word_reads_as_its_value(word: str, value: int) -> None:
    assert parse_number(word) == value


def test_number_word_patterns_take_a_range_longest_first() -> None:
    pattern = number_words(1, 20)
    assert re.fullmatch(pattern, "treize") and re.fullmatch(pattern, "vingts")
    assert not re.fullmatch(pattern, "trente")
    # "vingts" comes before "vingt", so an unanchored search takes the whole word
    assert re.match(pattern, "vingts").group() == "vingts"
