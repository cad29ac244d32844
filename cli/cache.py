"""Where the command line keeps the tokenizer's compiled expression between runs.

Starting newsfacts compiles spaCy's 1.4-million-character French tokenizer expression, 1.7 s of a
one-article run; the library can keep the compiled program in a folder (see
extractors/compile_cache.py, which says how a kept file is verified before use), but never
chooses one itself. The command line chooses: `NEWSFACTS_CACHE_DIR` when set (empty: no cache),
else `$XDG_CACHE_HOME/newsfacts`, else `~/.cache/newsfacts`. The same folder keeps the
recognizer's word-vector keys (extractors/recognizer/vectors.py) and the words the rules'
prefilter reads from their patterns (extractors/prefilter.py).
"""

from __future__ import annotations

import os
from pathlib import Path


def compile_cache_dir() -> Path | None:
    configured = os.environ.get("NEWSFACTS_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsfacts"
