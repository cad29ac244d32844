"""Why `--jobs` is a process pool of our own and not spaCy's `nlp.pipe(n_process=...)`: both over
the same articles, in one run.

    python benchmarks/n_process.py --articles 300

spaCy's way sends each Doc to a worker and back (serialised with its spans and extension values),
and starts workers that load the pipeline again; ours sends the text and gets the record back.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import NEWSFACTS, make_articles  # noqa: E402

SPACY_N_PROCESS = """
import sys, time
from pathlib import Path
from newsfacts.extractors.pipeline import Extractor
from newsfacts.extractors.record import doc_to_record
extractor = Extractor()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
start = time.perf_counter()
docs = extractor.nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=16)
records = [doc_to_record(doc, "-", extractor.types, extractor.spans) for doc in docs]
print(len(records), time.perf_counter() - start)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsfacts-nproc-") as workdir:
        folder = Path(workdir)
        make_articles(folder, args.articles)
        print(f"{args.articles} articles")
        for n in (1, 2):
            done = subprocess.run(
                [sys.executable, "-c", SPACY_N_PROCESS, str(folder), str(n)],
                capture_output=True,
                text=True,
                check=True,
            )
            count, seconds = done.stdout.split()
            print(
                f"nlp.pipe(n_process={n}) with the newsfacts pipeline, loop only: "
                f"{float(seconds):6.1f} s  {int(count) / float(seconds):5.1f} articles/s"
            )
        for jobs in (1, 2):
            start = time.perf_counter()
            subprocess.run(
                [*NEWSFACTS, "extract", str(folder), "--jobs", str(jobs), "--quiet"],
                stdout=subprocess.DEVNULL,
                check=False,
            )
            seconds = time.perf_counter() - start
            print(
                f"newsfacts extract DIR --jobs {jobs}, whole command:           "
                f"{seconds:6.1f} s  {args.articles / seconds:5.1f} articles/s"
            )


if __name__ == "__main__":
    main()
