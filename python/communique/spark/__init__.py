"""Communiqué on Spark: the engine as a pandas UDF, and the job that turns an archive into
Parquet tables (``python -m communique.spark``, :mod:`communique.spark.job`).

Each Arrow batch of articles crosses into the engine once and is analysed on every core of
its executor with the GIL released; reports come back as contract-v1 JSON, the one format
every door shares, and the tables are derived from them by the same code as the command
line's ``--csv``.
"""

from __future__ import annotations

from typing import Iterator, Optional

import pandas as pd
from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T

from .. import _engine

__all__ = ["analyze_column", "report_table"]

_RESULT = T.StructType(
    [T.StructField("report", T.StringType()), T.StructField("error", T.StringType())]
)


@F.pandas_udf(_RESULT)
def _analyse(documents: pd.Series, sources: pd.Series) -> pd.DataFrame:
    present = documents.notna()
    results = pd.DataFrame({"report": None, "error": "there is no text"}, index=documents.index)
    if present.any():
        names = [s if isinstance(s, str) else None for s in sources[present]]
        done = _engine.analyze_batch(list(documents[present]), names)
        results.loc[present, ["report", "error"]] = done
    return results


def analyze_column(
    df: DataFrame, text_col: str, source_col: Optional[str] = None, out: str = "report"
) -> DataFrame:
    """``df`` with the report of each row's ``text_col`` as a JSON column ``out``, and the
    reason a row could not be read in ``out + "_error"``.

    A string column is analysed as given, a binary one (``binaryFile``'s ``content``) as
    the command line reads files, its format by the extension of ``source_col``, which is
    also each report's ``source``. Parse the JSON with ``F.from_json`` or
    ``F.get_json_object(out, "$.meta.date")``.
    """
    source: Column = F.col(source_col).cast("string") if source_col else F.lit(None).cast("string")
    result = _analyse(F.col(text_col), source)
    return df.withColumn(out, result["report"]).withColumn(out + "_error", result["error"])


# The columns the tables add to the command line's: the document's date (the demands table
# has it already) and the item's place in its document.
_ITEM = "item"


def _schema(name: str) -> T.StructType:
    (columns,) = [cols for table, cols, _ in _engine.tables([]) if table == name]
    if "date" not in columns:
        columns = columns[:1] + ["date"] + columns[1:]
    fields = [T.StructField(c, T.StringType()) for c in columns]
    return T.StructType(fields + [T.StructField(_ITEM, T.IntegerType())])


def _rows(
    name: str, schema: T.StructType, batches: Iterator[pd.DataFrame]
) -> Iterator[pd.DataFrame]:
    columns = schema.fieldNames()
    for batch in batches:
        out = []
        for document, date, report in zip(batch["document"], batch["date"], batch["report"]):
            if not isinstance(report, str):
                continue
            ((_, header, rows),) = [t for t in _engine.tables([report]) if t[0] == name]
            for item, row in enumerate(rows, 1):
                cells = dict(zip(header, row))
                cells.update(
                    document=document, date=date if isinstance(date, str) else None, item=item
                )
                out.append([cells[c] for c in columns])
        yield pd.DataFrame(out, columns=columns).astype({_ITEM: "int32"})


def report_table(reports: DataFrame, name: str) -> DataFrame:
    """The table ``name`` (``demands``, ``actors`` or ``groups``) of a DataFrame of reports
    with the columns ``document``, ``date`` and ``report`` (JSON, null for a document that
    could not be read).

    The columns are the command line's ``--csv`` ones, every cell a string as there, with
    ``document`` and ``date`` (null when the article has none) those of ``reports`` and
    ``item`` (1, 2, … within the document) last.
    """
    schema = _schema(name)
    return reports.select("document", "date", "report").mapInPandas(
        lambda batches: _rows(name, schema, batches), schema
    )
