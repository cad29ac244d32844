"""Time and peak memory of `newsfacts extract` on hostile inputs from 10 kB to 1 MB, in one run.

    python benchmarks/hostile.py                      # 10,000, 100,000 and 1,000,000 characters
    python benchmarks/hostile.py --sizes 10000,100000 # a quick look

Each input is a file of one pattern repeated to the size: a run of digits, a run of brackets,
lines of euro signs, capitalised words with no cue, distinct data center codes in one
sentence about data centers, and ordinary news text (the samples'
paragraphs, repeated) as the reference. Each is run as a whole command in a fresh process
(`newsfacts extract FILE -q`, default model, all fact types); wall and CPU seconds and the peak
resident memory of that process are printed, with the time per 100,000 characters, which stays
about flat when time grows linearly with the length. Only numbers are printed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWSFACTS = [sys.executable, "-m", "newsfacts.cli"]

# Runs one command and prints its exit code, CPU seconds and peak RSS (KiB), from a fresh
# process so that no earlier child counts.
MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


def _codes(count: int) -> list[str]:
    """Distinct data center codes ("ABC1", "ABD1" ...), as many as asked, up to 1.7 million."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [
        letters[i // 676 % 26] + letters[i // 26 % 26] + letters[i % 26] + str(i // 17576 % 99 + 1)
        for i in range(count)
    ]


def _news(size: int) -> str:
    paragraphs = []
    for path in sorted((REPO / "samples").glob("*.txt")):
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", path.read_text("utf-8")) if p]
    text = "\n\n".join(paragraphs)
    return (text + "\n\n") * (size // len(text) + 1)


PATTERNS: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "brackets": lambda n: "(" * n,
    "euro signs": lambda n: "€€€€\n" * (n // 5 + 1),
    "capitalised words": lambda n: " ".join(f"Mot{i} Nom{i}" for i in range(n // 14 + 1)),
    "data center codes": lambda n: "Les datacenters " + " ".join(_codes(n // 5 + 1)) + ".",
    "news text": _news,
}


def measure(path: Path) -> tuple[int, float, float, int]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *NEWSFACTS, "extract", str(path), "-q"],
        capture_output=True,
        text=True,
        check=True,
    )
    code, wall, cpu, kib = done.stdout.split()
    return int(code), float(wall), float(cpu), int(kib)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"{'input':18s} {'chars':>9s} {'exit':>4s} {'wall s':>7s} {'cpu s':>7s} "
        f"{'cpu s/100k':>10s} {'peak MiB':>8s}"
    )
    with tempfile.TemporaryDirectory(prefix="newsfacts-hostile-") as folder:
        for name, make in PATTERNS.items():
            for size in sizes:
                path = Path(folder) / f"{name.replace(' ', '_')}_{size}.txt"
                path.write_text(make(size)[:size], encoding="utf-8")
                code, wall, cpu, kib = measure(path)
                print(
                    f"{name:18s} {size:9d} {code:4d} {wall:7.2f} {cpu:7.2f} "
                    f"{cpu / size * 1e5:10.2f} {kib / 1024:8.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
