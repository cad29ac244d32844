"""Keeping every input within time linear in its length and within bounded memory.

Two costs of spaCy grow faster than the text on hostile input:
- its tokenizer strips prefixes and suffixes one at a time from a chunk without whitespace, each
  time copying the rest of the chunk: a run of 10,000 brackets, quotes or euro signs takes
  seconds, 40,000 minutes. `BoundedTokenizer` tokenizes such runs in short pieces;
- the named-entity recognizer holds the features of every token of the Doc at once: 1,000,000
  characters of ordinary text peak at about 3 GB, a megabyte of euro signs at 8 GB.
  `recognize_in_windows` runs it on windows of at most MAX_NER_TOKENS tokens, cut where the text
  breaks (a paragraph, a line, a sentence), and puts the entities back on the whole Doc.
Texts without such runs, and articles shorter than a window, are processed exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Doc, Span

# A chunk without whitespace longer than this is cut into pieces of RUN_PIECE characters before
# tokenizing: no real word is this long, and a 64-character URL keeps its tokens.
MAX_RUN = 64
RUN_PIECE = 16
# Tokens given to the entity recognizer at once: about 80 MB of its features.
MAX_NER_TOKENS = 5_000
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
_LETTER = re.compile(r"[^\W\d_]")


class BoundedTokenizer:
    """spaCy's tokenizer, with chunks longer than MAX_RUN cut into pieces of RUN_PIECE characters.

    The pieces are tokenized in one call, separated by spaces inserted for the purpose; the Doc is
    then rebuilt from the tokens with those spaces taken out, so that its text is the input's,
    character for character. Text with no long chunk goes straight to the tokenizer."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)  # type: ignore[no-any-return]
        spaced, inserted = _spaced(text)
        doc = self.tokenizer(spaced)
        words = [token.text for token in doc]
        spaces = [
            bool(token.whitespace_) and token.idx + len(token.text) not in inserted for token in doc
        ]
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # Everything else (rules, serialisation) is the wrapped tokenizer's.
        return getattr(self.tokenizer, name)


def _spaced(text: str) -> tuple[str, set[int]]:
    """`text` with a space after every RUN_PIECE characters of each long chunk, and the positions
    of those spaces in the new text."""
    parts: list[str] = []
    inserted: set[int] = set()
    length = 0
    last = 0
    for run in _LONG_RUN.finditer(text):
        parts.append(text[last : run.start()])
        length += run.start() - last
        chunk = run.group()
        for start in range(0, len(chunk), RUN_PIECE):
            piece = chunk[start : start + RUN_PIECE]
            parts.append(piece)
            length += len(piece)
            if start + RUN_PIECE < len(chunk):
                parts.append(" ")
                inserted.add(length)
                length += 1
        last = run.end()
    parts.append(text[last:])
    return "".join(parts), inserted


def windows(doc: Doc, size: int = MAX_NER_TOKENS) -> list[tuple[int, int]]:
    """[start, end) token windows covering `doc`, each at most `size` tokens, each ending where
    the text breaks: after a blank line if the last fifth of the window has one, else after a line
    break, else after a sentence's full stop, else where the size runs out."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < len(doc):
        end = min(start + size, len(doc))
        if end < len(doc):
            end = _break_before(doc, start + size - size // 5, end) or end
        bounds.append((start, end))
        start = end
    return bounds


def _break_before(doc: Doc, low: int, high: int) -> int | None:
    for wanted in ("\n\n", "\n", "."):
        for i in range(high - 1, low - 1, -1):
            token = doc[i]
            if (wanted == "." and token.text == "." and token.whitespace_) or (
                wanted != "." and token.is_space and wanted in token.text
            ):
                return i + 1
    return None


def recognize_in_windows(ner: Callable[[Doc], Doc], doc: Doc, size: int = MAX_NER_TOKENS) -> Doc:
    """`ner` run on `doc` a window at a time when the Doc is longer than `size` tokens, the
    entities of each window set on `doc` at their place."""
    if len(doc) <= size:
        return ner(doc)
    entities: list[Span] = []
    for start, end in windows(doc, size):
        window = doc[start:end]
        if _LETTER.search(window.text) is None:
            continue  # no letter, no name: a megabyte of digits or symbols costs the model nothing
        part = ner(window.as_doc())
        entities += [
            Span(doc, start + ent.start, start + ent.end, label=ent.label_) for ent in part.ents
        ]
    doc.ents = entities
    return doc
