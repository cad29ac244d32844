"""The words a pattern's matches need (prefilter), and the date rules that skip a scan on them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import SAMPLES, SHARED
from newsfacts.extractors import prefilter
from newsfacts.extractors.dates import finder
from newsfacts.extractors.prefilter import Guarded, fold, required_words


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"usine", {"usine"}),
        (r"(?i)Centrale", {"centrale"}),
        (r"a(?:b|c)d", {"abd", "acd"}),
        (r"x?yz", {"yz", "xyz"}),
        (r"[ée]t[ée]", {"ete", "eté", "éte", "été"}),
        (r"\d+\s+ans", {"ans"}),
        (r"(?<![\w-])mars(?![\w-])", {"mars"}),
        (r"\bfoo\b|bar\w+", {"foo", "bar"}),
        # the longest run that every match goes through wins over a shorter one
        (r"le\s+(?:\d+)\s+trimestre", {"trimestre"}),
        (r"(?:semaine){2,3}", {"semaine"}),
    ],
)
def test_required_words(pattern: str, words: set[str]) -> None:
    assert required_words(pattern) == words


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d{4}",  # digits alone
        r"[a-z]+",  # a class too wide to spell out
        r"(?:mars)?\d+",  # the only word is optional
        r"mars|\d+",  # one branch needs no word
        r".",
    ],
)
def test_no_words_when_a_match_may_avoid_every_literal(pattern: str) -> None:
    assert required_words(pattern) is None


def test_a_guarded_pattern_skips_a_text_without_its_words_and_scans_one_with_them() -> None:
    guarded = Guarded(re.compile(r"(?i)(?P<m>mars)\s+\d{4}"))
    assert guarded.words == {"mars"}
    assert list(guarded.finditer("le 3 avril 2025", fold("le 3 avril 2025"))) == []
    text = "en MARS 2025"
    assert [m.group() for m in guarded.finditer(text, fold(text))] == ["MARS 2025"]


def test_characters_that_re_folds_unlike_lower_turn_the_guards_off() -> None:
    # case-insensitive "s" matches the long s, whose lower-case form is not "s"
    text = "ſ"
    assert fold(text) is None
    guarded = Guarded(re.compile(r"(?i)s"))
    assert [m.group() for m in guarded.finditer(text, fold(text))] == ["ſ"]


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    for name in ("news-visible.jsonl", "modern-visible.jsonl", "peers-visible.jsonl"):
        path = SHARED / "eval" / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    # our own date sentences, one by one: short texts where few rules' words occur
    source = (Path(__file__).parent / "test_dates_rules.py").read_text(encoding="utf-8")
    texts += re.findall(r'"([^"\n]{4,200})"', source)
    return texts


def test_every_match_of_a_date_rule_holds_one_of_its_words() -> None:
    checked = 0
    for guarded, _ in finder._RULES:
        if guarded.words is None:
            continue
        for text in _texts():
            for match in guarded.pattern.finditer(text):
                if match.end() > match.start():
                    assert any(w in match.group().lower() for w in guarded.words), (
                        guarded.pattern.pattern[:60],
                        match.group(),
                    )
                    checked += 1
    assert checked > 500  # the check ran over real matches


def test_the_guards_change_no_date(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    skipped = sum(
        not guarded.may_match(fold(text)) for text in texts for guarded, _ in finder._RULES
    )
    assert skipped > 1000  # the guards skip scans on these texts
    guarded_run = [finder.find_dates(text, "2025-06-15") for text in texts]
    monkeypatch.setattr(prefilter.Guarded, "may_match", lambda self, folded: True)
    assert [finder.find_dates(text, "2025-06-15") for text in texts] == guarded_run


def test_a_text_without_a_kind_noun_is_not_searched_for_facilities() -> None:
    from newsfacts.extractors.facilities.mentions import may_name_a_facility

    assert not may_name_a_facility("Le maire a félicité les élèves du lycée Jean-Moulin.")
    assert may_name_a_facility("La centrale de Vernoux tourne.")


def test_the_guards_change_no_facility_and_no_organization_cue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsfacts.extractors.facilities import finder as facility_finder
    from newsfacts.extractors.organizations import evidence
    from newsfacts.extractors.organizations.candidates import Pool
    from newsfacts.extractors.quantities.finder import find_quantities

    texts = _texts()

    def facilities() -> list[list[str]]:
        return [
            [f.name for f in facility_finder.find_facilities(t, find_quantities(t), None, [])]
            for t in texts
        ]

    def cues() -> list[dict[str, tuple[int, int]]]:
        out = []
        for text in texts:
            pool = Pool(text)
            evidence.read_cues(pool, range(0))
            out.append({k: (c.cue_points, c.product_points) for k, c in pool.by_key.items()})
        return out

    guarded = facilities(), cues()
    assert sum(map(len, guarded[0])) > 5 and sum(map(len, guarded[1])) > 30
    monkeypatch.setattr(prefilter.Guarded, "may_match", lambda self, folded: True)
    assert (facilities(), cues()) == guarded


def test_warm_keeps_the_words_in_the_cache_folder_and_reads_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    first = Guarded(re.compile(r"gazomètre\s+(?:de|du)\s+\w+"))
    prefilter.warm(folder)
    assert first.words == {"gazomètre"}
    assert (folder / "prefilter-words.json").exists()

    def unread(pattern: object) -> None:
        raise AssertionError("the words should come from the folder")

    monkeypatch.setattr(prefilter, "required_words", unread)
    second = Guarded(re.compile(r"gazomètre\s+(?:de|du)\s+\w+"))
    prefilter.warm(folder)
    assert second.words == {"gazomètre"}


def test_warm_ignores_a_file_that_does_not_verify(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    Guarded(re.compile(r"fumerolle\d"))
    prefilter.warm(folder)
    path = folder / "prefilter-words.json"
    # a forged entry: the pattern would be skipped on every text
    path.write_bytes(path.read_bytes().replace(b'["fumerolle"]', b'["zzzz"]'))
    again = Guarded(re.compile(r"fumerolle\d"))
    prefilter.warm(folder)
    assert again.words == {"fumerolle"}
