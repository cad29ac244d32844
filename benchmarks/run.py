"""Speed and memory of `newsfacts extract` against the bare spaCy baseline, measured in one run.

    python benchmarks/run.py                     # 1,000 articles; memory over 1,000 and 10,000
    python benchmarks/run.py --articles 200 --memory-articles 0    # a quick look
    python benchmarks/run.py --articles 300 --against ../old/.venv/bin/python   # A/B two installs

The baseline is what a user would otherwise write: `spacy.load("fr_core_news_sm")` and `nlp.pipe`
over the same texts with the full default pipeline. Articles of 400-800 words are made from the
samples' paragraphs, mixed and repeated with a fixed seed, and written as files to a temporary
folder, read by both sides.

What is timed:
- throughput: the baseline's `nlp.pipe` loop only (model already loaded, files already read),
  against `newsfacts extract DIR --jobs N` as a whole command, start-up included: the comparison
  leans against newsfacts;
- cold start: one article, each side as a shell command (`python -c ...` for the baseline), the
  median of several runs, after one untimed run that fills newsfacts' regex cache (see
  cli/cache.py); the run that filled it is reported too;
- memory: peak resident set size of the largest process of `newsfacts extract DIR` over the
  --articles and --memory-articles folders.
Only numbers are printed; nothing here asserts a speed (machines are noisy).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
NEWSFACTS = [sys.executable, "-m", "newsfacts.cli"]

BASELINE_PIPE = """
import sys, time
from pathlib import Path
import spacy
nlp = spacy.load("fr_core_news_sm")
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
start = time.perf_counter()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts))
print(len(texts), time.perf_counter() - start, entities)
"""

# The three loops of the paired section, each timed over the same texts in its own process after
# its model is loaded and its first article run; each prints its wall and CPU seconds.
_LOOP_HEAD = """
import json, sys, time
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
"""
_LOOP_TAIL = """
def run_all(texts):
    for text in texts:
        run(text)
run_all = globals().get("run_batch", run_all)
run_all(texts[:1])
wall, cpu = time.perf_counter(), time.process_time()
run_all(texts)
print(time.perf_counter() - wall, time.process_time() - cpu)
"""
LOOPS = {
    # what a user would otherwise write: the stock small model, its whole pipeline, nlp.pipe
    "bare fr_core_news_sm, full pipeline, nlp.pipe": """
import spacy
nlp = spacy.load("fr_core_news_sm")
def run_batch(texts):
    return sum(len(doc.ents) for doc in nlp.pipe(texts))
""",
    # the limit of this design: newsfacts' own model with no rule, called as newsfacts calls it
    "newsfacts' recognizer alone (NER-only limit)": """
from newsfacts.extractors.bounded import recognize_in_windows
from newsfacts.extractors.pipeline import build_pipeline
nlp = build_pipeline()
ner = nlp.get_pipe("ner")
def run(text):
    return len(recognize_in_windows(ner, nlp.make_doc(text)).ents)
""",
    "newsfacts, every fact type, records as JSON": """
from newsfacts.extractors.pipeline import Extractor
extractor = Extractor()
def run(text):
    return len(json.dumps(extractor.extract(text, reference_date="2025-03-01")))
""",
}

BASELINE_COLD = (
    'import spacy, sys; nlp = spacy.load("fr_core_news_sm"); '
    "doc = nlp(open(sys.argv[1], encoding='utf-8').read()); print(len(doc.ents))"
)

# Runs a command and prints the peak RSS (KiB) of its largest process: ru_maxrss of the waited
# children, in a fresh process so that no earlier child counts.
PEAK_RSS = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def paragraphs() -> list[str]:
    found = []
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for block in re.split(r"\n\s*\n", text):
            block = block.strip()
            # Datelines and titles are too short to make an article of.
            if len(block.split()) >= 20:
                found.append(block)
    return found


def make_articles(folder: Path, count: int, seed: int = 6) -> int:
    """`count` articles of 400-800 words; the total number of words."""
    rng = random.Random(seed)
    pool = paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(count):
        target = rng.randint(400, 800)
        chosen: list[str] = []
        words = 0
        while True:
            paragraph = rng.choice(pool)
            size = len(paragraph.split())
            if words + size > 800:
                if words >= 400:
                    break
                paragraph = " ".join(paragraph.split()[: 800 - words])
                size = 800 - words
            chosen.append(paragraph)
            words += size
            if words >= target:
                break
        day = 1 + index % 28
        text = f"PARIS, {day} mars 2025 (AFP) - " + "\n\n".join(chosen) + "\n"
        (folder / f"article_{index:05d}.txt").write_text(text, encoding="utf-8")
        total += words
    return total


def timed(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    return elapsed, done


def articles_done(stderr: str) -> str:
    summary = [line for line in stderr.splitlines() if " articles, " in line]
    return summary[-1].removeprefix("newsfacts: ") if summary else "(no summary)"


def load() -> str:
    """Other programs on the machine change every figure: say how busy it was."""
    return f"(load average {os.getloadavg()[0]:.2f} before this section)"


def throughput(folder: Path, count: int, jobs_list: list[int]) -> None:
    print(f"\n## Throughput: {count} articles {load()}")
    _, done = timed([sys.executable, "-c", BASELINE_PIPE, str(folder)])
    texts, seconds, _entities = done.stdout.split()
    baseline = int(texts) / float(seconds)
    print(
        f"baseline  spacy.load + nlp.pipe (full pipeline), pipe loop only: {float(seconds):7.1f} s"
        f"  {baseline:6.1f} articles/s"
    )
    rates: dict[int, float] = {}
    for jobs in jobs_list:
        seconds_cli, done = timed([*NEWSFACTS, "extract", str(folder), "--jobs", str(jobs)])
        rates[jobs] = count / seconds_cli
        print(
            f"newsfacts extract DIR --jobs {jobs}, whole command:             {seconds_cli:7.1f} s"
            f"  {rates[jobs]:6.1f} articles/s  {rates[jobs] / baseline:4.2f}x baseline"
            f"  [{articles_done(done.stderr)}]"
        )
    if 1 in rates:
        for jobs, rate in rates.items():
            if jobs != 1:
                print(f"--jobs {jobs} / --jobs 1: {rate / rates[1]:4.2f}x")
        parallel_ceiling()


def paired_loops(folder: Path, count: int, repeat: int) -> None:
    """The bare model, newsfacts' recognizer alone and newsfacts, in turn (A B C A B C ...), each
    in a fresh process timing its loop only: a change of load during the run hits all three.
    Medians per side, and the median of the pairwise ratios."""
    print(f"\n## Paired loops: {count} articles, {repeat} rounds, one process each {load()}")
    names = list(LOOPS)
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for _ in range(repeat):
        for name in names:
            script = _LOOP_HEAD + LOOPS[name] + _LOOP_TAIL
            _, done = timed([sys.executable, "-c", script, str(folder)])
            wall, cpu = (float(x) for x in done.stdout.split())
            runs[name].append((wall, cpu))
    for name in names:
        wall = statistics.median(w for w, _ in runs[name])
        cpu = statistics.median(c for _, c in runs[name])
        print(f"{name:46s} wall {wall:6.1f} s  cpu {cpu:6.1f} s  {count / cpu:6.1f} articles/cpu-s")
    ours = runs[names[2]]
    for other, label in ((names[0], "bare model"), (names[1], "NER-only limit")):
        for index, kind in ((0, "wall"), (1, "cpu")):
            ratio = statistics.median(
                b[index] / a[index] for a, b in zip(ours, runs[other], strict=True)
            )
            print(f"newsfacts throughput / {label:15s} ({kind}): {ratio:5.3f}")


def _timed_cpu(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one command run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def against(folder: Path, count: int, other_python: str, repeat: int) -> None:
    """This installation and another one (`other_python -m newsfacts.cli`: an earlier commit in
    its own venv) on the same articles, in turn (A B A B ...), so that a change of load during the
    run hits both: medians, and the median of the pairwise ratios. Each side has a compile cache
    folder of its own, filled by one untimed run."""
    print(f"\n## This newsfacts against {other_python}, {count} articles, --jobs 1 {load()}")
    sides = []
    for python in (sys.executable, other_python):
        cache = tempfile.mkdtemp(prefix="newsfacts-bench-cache-")
        env = {**os.environ, "NEWSFACTS_CACHE_DIR": cache}
        command = [python, "-m", "newsfacts.cli", "extract", str(folder), "--jobs", "1", "-q"]
        _timed_cpu(command, env)
        sides.append((command, env))
    pairs = [tuple(_timed_cpu(*side) for side in sides) for _ in range(repeat)]
    for label, index in (("wall", 0), ("cpu", 1)):
        mine = statistics.median(a[index] for a, _ in pairs)
        other = statistics.median(b[index] for _, b in pairs)
        ratio = statistics.median(b[index] / a[index] for a, b in pairs)
        print(
            f"{label:4s}  this {mine:6.1f} s  other {other:6.1f} s  "
            f"throughput this/other {ratio:4.3f} (median of {repeat} pairs)"
        )
    for _, env in sides:
        shutil.rmtree(env["NEWSFACTS_CACHE_DIR"], ignore_errors=True)


def cold_start(article: Path, repeat: int) -> None:
    print(f"\n## Cold start: one article, as a shell command (median of {repeat}) {load()}")
    cache = Path(tempfile.mkdtemp(prefix="newsfacts-bench-cache-"))
    env = {**os.environ, "NEWSFACTS_CACHE_DIR": str(cache)}
    try:
        first, _ = _run_env([*NEWSFACTS, "extract", str(article)], env)
        ours = statistics.median(
            _run_env([*NEWSFACTS, "extract", str(article)], env)[0] for _ in range(repeat)
        )
        off = {**os.environ, "NEWSFACTS_CACHE_DIR": ""}
        no_cache = statistics.median(
            _run_env([*NEWSFACTS, "extract", str(article)], off)[0] for _ in range(repeat)
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    base = statistics.median(
        timed([sys.executable, "-c", BASELINE_COLD, str(article)])[0] for _ in range(repeat)
    )
    print(f"baseline  python -c 'spacy.load(...); nlp(text)':     {base:5.2f} s")
    print(
        f"newsfacts extract ARTICLE (regex cache filled):       {ours:5.2f} s"
        f"  {base / ours:4.2f}x faster than baseline"
    )
    print(f"newsfacts extract ARTICLE (first run, fills cache):   {first:5.2f} s")
    print(f"newsfacts extract ARTICLE (cache off):                {no_cache:5.2f} s")


def _run_env(command: list[str], env: dict[str, str]) -> tuple[float, None]:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, check=True)
    return time.perf_counter() - start, None


def peak_rss(folder: Path, jobs: int) -> int:
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *NEWSFACTS, "extract", str(folder), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        check=True,
    )
    _code, kib = done.stdout.split()
    return int(kib)


BUSY = "import time\nt = time.perf_counter()\ns = 0\nfor i in range(20_000_000): s += i\nprint(time.perf_counter() - t)"


def parallel_ceiling(workers: int = 2) -> None:
    """How much faster `workers` CPU-bound processes go than one on this machine: the most any
    --jobs can give. Virtual machines often give less than their core count suggests."""
    one = float(subprocess.run([sys.executable, "-c", BUSY], capture_output=True, text=True).stdout)
    start = time.perf_counter()
    running = [
        subprocess.Popen([sys.executable, "-c", BUSY], stdout=subprocess.DEVNULL)
        for _ in range(workers)
    ]
    for process in running:
        process.wait()
    both = time.perf_counter() - start
    print(
        f"machine: {workers} CPU-bound processes do {workers * one / both:.2f}x the work of one "
        f"in the same time (the ceiling for --jobs {workers} / --jobs 1)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory-articles", type=int, default=10_000, help="0: skip")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time")
    parser.add_argument("--repeat", type=int, default=5, help="cold-start runs per side")
    parser.add_argument("--memory-jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the articles here and keep them")
    parser.add_argument(
        "--against",
        metavar="PYTHON",
        help="only time this newsfacts against the one installed for PYTHON, in turn",
    )
    parser.add_argument(
        "--paired-only", action="store_true", help="only the paired loops (model, limit, newsfacts)"
    )
    args = parser.parse_args()

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    try:
        print(
            f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}"
        )
        small = workdir / f"n{args.articles}"
        words = make_articles(small, args.articles)
        print(f"{args.articles} articles, {words / args.articles:.0f} words on average ({small})")
        if args.against:
            against(small, args.articles, args.against, args.repeat)
            return
        if args.paired_only:
            paired_loops(small, args.articles, args.repeat)
            return
        parallel_ceiling()
        cold_start(small / "article_00000.txt", args.repeat)
        paired_loops(small, args.articles, args.repeat)
        throughput(small, args.articles, [int(j) for j in args.jobs.split(",")])
        if args.memory_articles:
            large = workdir / f"n{args.memory_articles}"
            make_articles(large, args.memory_articles)
            print(f"\n## Peak RSS, --jobs {args.memory_jobs} (largest process) {load()}")
            rss_small = peak_rss(small, args.memory_jobs)
            rss_large = peak_rss(large, args.memory_jobs)
            print(f"{args.articles:6d} articles: {rss_small / 1024:7.1f} MiB")
            print(
                f"{args.memory_articles:6d} articles: {rss_large / 1024:7.1f} MiB"
                f"  ({(rss_large / rss_small - 1) * 100:+.1f} %)"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
