"""`make bench-python`: the package's analyze_many against the release CLI on the same
distinct stories, and the Spark job's articles per second in local mode. Printed, never
asserted: the machine is shared.

The stories are ../shared/bench/cnn-stories (2,000 distinct stories, about 5 MB: all of
them, as there is not 10 MB of distinct text); without ../shared, the project's own
tests/corpus, and the output says which. No text is repeated: an engine may skip duplicates.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import communique

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench" / "cnn-stories"
CLI = ROOT / "target" / "release" / "communique"


def stories():
    """The folder measured, its articles and what to call it."""
    if SHARED.is_dir():
        folder, what = (
            SHARED,
            "../shared/bench/cnn-stories (all of it: 10 MB of distinct text is not there)",
        )
    else:
        folder, what = ROOT / "tests" / "corpus", "tests/corpus (../shared is absent)"
    files = sorted(p for p in folder.iterdir() if communique._engine.is_article(p.name))
    return folder, files, what


def best_of(runs, measure):
    return min(measure() for _ in range(runs))


def main():
    folder, files, what = stories()
    data = [p.read_bytes() for p in files]
    names = [str(p) for p in files]
    mb = sum(map(len, data)) / 1e6
    print(f"{len(files)} articles, {mb:.1f} MB: {what}; {os.cpu_count()} cores")

    def package():
        start = time.perf_counter()
        communique.analyze_many(data, names)
        return time.perf_counter() - start

    def cli():
        start = time.perf_counter()
        subprocess.run(
            [str(CLI), "--jsonl", str(folder)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return time.perf_counter() - start

    py_s, cli_s = best_of(3, package), best_of(3, cli)
    print(f"analyze_many      {mb / py_s:6.2f} MB/s  ({py_s:.2f} s, reports as dicts)")
    print(f"CLI --jsonl       {mb / cli_s:6.2f} MB/s  ({cli_s:.2f} s, reading the files, JSON out)")
    print(f"analyze_many / CLI  {cli_s / py_s:.2f}")

    from pyspark.sql import SparkSession

    from communique.spark.job import run

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master("local[*]").appName("communique-bench")
    spark = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            result = run(spark, [str(folder)], out)
            seconds = time.perf_counter() - start
    finally:
        spark.stop()
    n = result["counts"]["reports"]
    print(
        f"Spark local[*]    {n / seconds:6.1f} articles/s  ({n} articles in {seconds:.1f} s, "
        "four Parquet tables written, session start not counted)"
    )


if __name__ == "__main__":
    main()
