"""Words that every match of a regular expression contains: a cheap test before a costly scan.

A rule's pattern scans the whole text even when the text holds nothing it could match: most of the
date rules find nothing in most articles, and each full scan costs more than a hundred `str`
searches. `required_words(pattern)` reads the pattern's parse tree and returns a set of lower-case
strings such that every match contains at least one of them, or None when it cannot name such a
set (a pattern that may match digits alone, or a single letter of a large class). `Guarded` pairs
a compiled pattern with those words: `finditer(text, folded)` scans only when one of the words
occurs in `folded`, the text as `fold` lower-cases it.

Why a skipped scan can never lose a match:
- the words are read from the literal characters that any match must run through: a sequence
  contributes the best run of consecutive literals it cannot avoid, an alternation the union of
  its branches' words, a repeat of at least one its item's words; anything else (a class of more
  than a few characters, `.`, a back-reference) contributes no word and ends the run;
- words and text are compared lower-cased, which is at least as loose as matching: a
  case-sensitive "A" occurs in a text whose lower-cased form holds "a";
- case-insensitive matching also pairs a few characters whose lower-case forms differ ("ſ" with
  "s", "ı" with "i": `re`'s own table of them); `fold` gives None for a text that holds one, and
  then every pattern scans.
The tests check the first point against each guarded rule's own matches over the visible text.
This reads CPython's `re._parser`, as `compile_cache` does; if that is missing or unexpected,
`required_words` gives None and every pattern scans, which only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def _internals() -> tuple[Any, Any, frozenset[str]]:
    """`re`'s parser and constants, and the characters `re` folds unlike `str.lower`; (None, None,
    empty) on an interpreter without them."""
    try:
        parser = importlib.import_module("re._parser")
        constants = importlib.import_module("re._constants")
        casefix = importlib.import_module("re._casefix")
        unsafe = frozenset(
            chr(code)
            for key, others in casefix._EXTRA_CASES.items()
            for code in (key, *others)
            if code > 0x7F
        )
    except (ImportError, AttributeError):  # pragma: no cover - other interpreters
        return None, None, frozenset()
    return parser, constants, unsafe


_parser, C, _UNSAFE = _internals()

_LIMIT = 64  # strings kept in an exact set before it stops being spelled out
_CLASS_LIMIT = 10  # characters of a class spelled out as alternatives
_UNSAFE_RE = re.compile("[" + re.escape("".join(sorted(_UNSAFE))) + "]") if _UNSAFE else None

Words = frozenset[str]


def fold(text: str) -> str | None:
    """`text` lower-cased for the guards, or None when it holds a character that `re` matches
    case-insensitively with one of another lower-case form (then no guard may skip a scan). The
    last text's is kept: the date, organization and facility rules fold the same article."""
    if _last_fold[0] is text:
        return _last_fold[1]
    folded = None if _UNSAFE_RE is not None and _UNSAFE_RE.search(text) else text.lower()
    _last_fold[:] = [text, folded]
    return folded


_last_fold: list[str | None] = [None, None]


def _best(candidates: Iterable[Words | None]) -> Words | None:
    """The most selective of the candidate word sets: the longest shortest word, then the
    fewest words."""
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(w) for w in c), -len(c)))


def _product(left: Words, right: Words) -> Words | None:
    if len(left) * len(right) > _LIMIT:
        return None
    return frozenset(a + b for a in left for b in right)


class _Info:
    """What one node of a parse tree may match: `exact`, every string it can match when that set
    is small and known, else None; `must`, words one of which any of its matches contains, or
    None."""

    __slots__ = ("exact", "must")

    def __init__(self, exact: Words | None, must: Words | None) -> None:
        self.exact = exact
        self.must = must

    def words(self) -> Words | None:
        return _best([self.exact, self.must])


_EMPTY = _Info(frozenset({""}), None)
_NOTHING = _Info(None, None)


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Info:
    run: Words | None = frozenset({""})
    candidates: list[Words | None] = []
    exact_so_far = True
    for op, av in items:
        info = _node(op, av)
        if info.exact is not None and run is not None:
            joined = _product(run, info.exact)
            if joined is not None:
                run = joined
                continue
            candidates.append(run)
            exact_so_far = False
            run = info.exact
            continue
        exact_so_far = False
        if run is not None:
            candidates.append(run)
        candidates.append(info.must)
        run = info.exact if info.exact is not None else frozenset({""})
    candidates.append(run)
    exact = run if exact_so_far else None
    return _Info(exact, _best(candidates))


def _node(op: Any, av: Any) -> _Info:
    if op is C.LITERAL:
        return _Info(frozenset({chr(av).lower()}), None)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY  # zero-width: matches no character
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value).lower())
            elif kind is C.RANGE and value[1] - value[0] < _CLASS_LIMIT:
                chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            else:  # a category, a negation, a wide range
                return _NOTHING
        if not chars or len(chars) > _CLASS_LIMIT:
            return _NOTHING
        return _Info(frozenset(chars), None)
    if op is C.SUBPATTERN:
        return _sequence(av[3].data)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av.data)
    if op is C.BRANCH:
        branches = [_sequence(branch.data) for branch in av[1]]
        exact: Words | None = None
        if all(b.exact is not None for b in branches):
            union = frozenset().union(*(b.exact for b in branches if b.exact is not None))
            exact = union if len(union) <= _LIMIT else None
        words = [b.words() for b in branches]
        must = None if any(w is None for w in words) else frozenset().union(*words)  # type: ignore[arg-type]
        return _Info(exact, must)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, high, item = av
        inner = _sequence(item.data)
        if low == 0:
            if high == 1 and inner.exact is not None:
                return _Info(inner.exact | {""}, None)
            return _NOTHING
        if low == high == 1:
            return inner
        return _Info(None, inner.words())
    return _NOTHING  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS …


def required_words(pattern: str | re.Pattern[str]) -> Words | None:
    """Lower-case strings one of which every match of `pattern` contains, or None."""
    if _parser is None:
        return None
    source, flags = (
        (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    )
    try:
        tree = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - an unexpected tree only loses the guard
        return None
    try:
        return _sequence(tree.data).words()
    except Exception:  # noqa: BLE001
        return None


_UNREAD: Any = object()
_REGISTRY: list[Guarded] = []  # every guard made, for `warm`
_WORDS_FILE = "prefilter-words.json"


def _digest(pattern: re.Pattern[str]) -> str:
    return hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()


def warm(directory: Path | None) -> None:
    """Give every guard made so far its words: from `directory`, where an earlier run kept them,
    or read from the patterns now (about 0.1 s for all the rules) and kept there for the next run.
    The file is signed with the folder's key and trusted on the same terms as the compiled
    programs of `compile_cache`; a file that does not verify is ignored and rewritten. Without a
    folder nothing happens, and each guard reads its words on first use."""
    if directory is None or _parser is None:
        return
    from .compile_cache import _open_folder

    key = _open_folder(directory)
    if key is None:
        return
    path = directory / _WORDS_FILE
    kept: dict[str, list[str] | None] = {}
    with contextlib.suppress(OSError, ValueError):
        body, _, signature = path.read_bytes().rpartition(b"\n")
        expected = hmac.new(key, body, hashlib.sha256).hexdigest().encode()
        if hmac.compare_digest(signature, expected):
            stored = json.loads(body)
            if stored.get("python") == sys.implementation.cache_tag:
                kept = stored["words"]
    missing = False
    for guard in _REGISTRY:
        if guard._words is not _UNREAD:
            continue
        digest = _digest(guard.pattern)
        if digest in kept:
            words = kept[digest]
            guard._words = None if words is None else frozenset(words)
        else:
            missing = True
            kept[digest] = None if guard.words is None else sorted(guard.words)
    if missing:
        body = json.dumps({"python": sys.implementation.cache_tag, "words": kept}).encode()
        signature = hmac.new(key, body, hashlib.sha256).hexdigest().encode()
        with contextlib.suppress(OSError):
            handle, temporary = tempfile.mkstemp(dir=directory, prefix=".words-", suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(body + b"\n" + signature)
            os.replace(temporary, path)  # atomic: a concurrent run never reads half a file


class Guarded:
    """A compiled pattern with the words its matches need (None: it always scans), read from the
    pattern the first time they are asked for: importing a module of rules costs nothing more."""

    __slots__ = ("_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._words: Words | None = _UNREAD
        _REGISTRY.append(self)

    @property
    def words(self) -> Words | None:
        if self._words is _UNREAD:
            self._words = required_words(self.pattern)
        return self._words

    def may_match(self, folded: str | None) -> bool:
        words = self.words
        if folded is None or words is None:
            return True
        return any(word in folded for word in words)

    def finditer(self, text: str, folded: str | None) -> Iterator[re.Match[str]]:
        if self.may_match(folded):
            yield from self.pattern.finditer(text)
