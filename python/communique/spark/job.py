"""The archive job: articles in, Parquet tables out, across a Spark cluster.

    python -m communique.spark INPUT... --out DIR [--master URL]

An INPUT is a file or a folder of articles (searched as the command line searches them:
``.txt``, ``.md``, ``.html``…, read and decoded as it reads them; Spark passes over names
starting with ``_`` or ``.``) or a table of articles,
``.parquet`` or ``.jsonl``/``.json``, whose ``--text-col`` holds the text and ``--id-col``
(when present) names each article. DIR receives four Parquet tables: ``reports/`` (the
document, its date and its report as JSON, or why it could not be read), and ``demands/``,
``actors/``, ``groups/`` with the command line's CSV columns plus the date and the item's
place in its document. A document is named as the command line names it: the path as
given, extended under a folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import List, Optional, Sequence

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from .. import _engine
from . import analyze_column, report_table

TABLE_SUFFIXES = (".parquet", ".jsonl", ".json", ".ndjson")
TABLES = ("demands", "actors", "groups")


@F.pandas_udf(T.BooleanType())
def _is_article(paths: pd.Series) -> pd.Series:
    return paths.map(_engine.is_article)


def _files(spark: SparkSession, given: str) -> DataFrame:
    """The articles under a file or folder: ``document`` and the bytes as ``content``."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(given)
    fs = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.exists(path):
        raise FileNotFoundError(f"{given}: there is no such file or folder")
    prefix = fs.makeQualified(path).toString()
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(given)
        .select("path", "content")
    )
    if fs.getFileStatus(path).isDirectory():
        files = files.filter(_is_article("path"))
        given = given.rstrip("/")
    # Spark names a file by its URI; the command line by the path as typed.
    document = F.concat(F.lit(given), F.expr(f"substring(path, {len(prefix) + 1})"))
    return files.select(document.alias("document"), F.col("content").alias("text"))


def _table(spark: SparkSession, given: str, text_col: str, id_col: str) -> DataFrame:
    """The articles of a Parquet or JSON Lines table: ``document`` and ``text``."""
    df = spark.read.parquet(given) if given.endswith(".parquet") else spark.read.json(given)
    if id_col in df.columns:
        document = F.col(id_col).cast("string")
    else:
        document = F.concat(F.lit(given + "#"), F.monotonically_increasing_id().cast("string"))
    return df.select(document.alias("document"), F.col(text_col).alias("text"))


def reports(
    spark: SparkSession, inputs: Sequence[str], text_col: str = "text", id_col: str = "id"
) -> DataFrame:
    """Every input's articles analysed: ``document``, ``date``, ``report``, ``error``."""
    parts = []
    for given in inputs:
        if given.rstrip("/").endswith(TABLE_SUFFIXES):
            articles = _table(spark, given.rstrip("/"), text_col, id_col)
        else:
            articles = _files(spark, given)
        analysed = analyze_column(articles, "text", source_col="document")
        parts.append(
            analysed.select(
                "document",
                F.get_json_object("report", "$.meta.date").alias("date"),
                "report",
                F.col("report_error").alias("error"),
            )
        )
    out = parts[0]
    for part in parts[1:]:
        out = out.unionByName(part)
    return out


def run(
    spark: SparkSession, inputs: Sequence[str], out: str, text_col: str = "text", id_col: str = "id"
) -> dict:
    """Writes the four tables under ``out`` (replacing them) and returns their row counts
    and the documents that could not be read."""
    # Spark counts 4 MB for opening each file when it packs files into partitions, which
    # cuts an archive of news articles (a few KB each) into hundreds of tiny tasks, each
    # paying a Python round trip: counted at their size, each core gets a share.
    spark.conf.set("spark.sql.files.openCostInBytes", str(64 * 1024))
    reports(spark, inputs, text_col, id_col).write.mode("overwrite").parquet(
        os.path.join(out, "reports")
    )
    # The tables are read from the written reports, so no article is analysed twice.
    written = spark.read.parquet(os.path.join(out, "reports"))
    counts = {"reports": written.count()}
    for name in TABLES:
        report_table(written, name).write.mode("overwrite").parquet(os.path.join(out, name))
        counts[name] = spark.read.parquet(os.path.join(out, name)).count()
    failed = [(r.document, r.error) for r in written.filter("error IS NOT NULL").collect()]
    return {"counts": counts, "failed": failed}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m communique.spark",
        description="Analyse articles across a Spark cluster into Parquet tables "
        "reports/, demands/, actors/ and groups/.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a file, a folder of articles, or a .parquet/.jsonl table",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="where the tables are written")
    p.add_argument(
        "--master", metavar="URL", help="the Spark master (spark-submit sets it; else local[*])"
    )
    p.add_argument(
        "--text-col", default="text", help="a table's column of article text (default: text)"
    )
    p.add_argument(
        "--id-col", default="id", help="a table's column naming each article (default: id)"
    )
    return p


def main(argv: Optional[List[str]] = None) -> int:
    args = _parser().parse_args(argv)
    # Local workers run this interpreter, which has the package; under spark-submit, or on
    # a cluster, the workers' Python is the cluster's to set (spark.pyspark.python).
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ
    if not submitted and (args.master or "local").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("communique")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        start = time.perf_counter()
        result = run(spark, args.inputs, args.out, args.text_col, args.id_col)
        seconds = time.perf_counter() - start
    except FileNotFoundError as e:
        print(f"communique: {e}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    counts = result["counts"]
    for document, error in result["failed"]:
        print(f"communique: {document}: {error}", file=sys.stderr)
    print(
        f"communique: {counts['reports']} documents in {seconds:.1f} s "
        f"({counts['reports'] / seconds:.1f} per second): "
        + ", ".join(f"{counts[t]} {t}" for t in TABLES)
        + f" in {args.out}",
        file=sys.stderr,
    )
    return 1 if result["failed"] else 0
