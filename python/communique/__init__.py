"""Communiqué's engine for Python: news about diplomacy and terrorism in, reports out.

A report (contract v1, ``docs/report.md``) names an article's actors, its terror groups
and its demands: who calls on whom to do what. The analysis is the Rust engine the command
line and the web page run, compiled into this package; nothing here re-implements it.

>>> import communique
>>> report = communique.analyze("Kabul urged Islamabad to resume talks.")
>>> report["demands"][0]["category"]
'negotiation'
"""

from __future__ import annotations

import json
from typing import Any, Iterable, List, NamedTuple, Optional, Sequence, Union

from . import _engine
from ._engine import InputError
from .report import Report

__all__ = ["InputError", "Report", "Tables", "analyze", "analyze_bytes", "analyze_many", "tables"]
__version__ = "0.1.0"


def analyze(text: str, source: Optional[str] = None) -> Report:
    """The report of ``text``, analysed as given: offsets index ``text`` itself.

    ``source`` is recorded as the report's ``source`` (a file name, a URL, an id).
    Any string gives a report; none raises.
    """
    return json.loads(_engine.analyze_text(text, source))


def analyze_bytes(data: bytes, source: Optional[str] = None) -> Report:
    """The report of a file's bytes, read as the command line reads files.

    UTF-8, UTF-16 and Windows-1252 are decoded; HTML (by the extension of ``source``, or
    by its look when ``source`` has none) is reduced to its article, and the report then
    carries the analysed text as ``text``. Raises :class:`InputError`, with the command
    line's message, for binary, empty, oversized or unsupported input.
    """
    return json.loads(_engine.analyze_bytes(data, source))


def analyze_many(
    texts: Iterable[Union[str, bytes]],
    sources: Optional[Sequence[Optional[str]]] = None,
) -> List[Report]:
    """The reports of many documents, in the order given, analysed on every core.

    A ``str`` in ``texts`` is analysed as :func:`analyze` does, ``bytes`` as
    :func:`analyze_bytes` does; ``sources`` (as many as the texts) name them. The GIL is
    released while the engine works. Raises :class:`InputError` naming the first document that cannot be
    read, once all are analysed.
    """
    named = None if sources is None else list(sources)
    results = _engine.analyze_batch(list(texts), named)
    reports = []
    for i, (report, error) in enumerate(results):
        if error is not None:
            name = named[i] if named and named[i] else f"document {i}"
            raise InputError(f"{name}: {error}")
        reports.append(json.loads(report))
    return reports


class Tables(NamedTuple):
    """The demands, actors and groups of some reports, one row per item.

    The columns are the command line's ``--csv`` ones, every cell a string as there:
    names stand in for ids, lists are joined with "; ". Each table is a pandas DataFrame
    when pandas is installed and a list of dicts otherwise.
    """

    demands: Any
    actors: Any
    groups: Any


def tables(reports: Iterable[Report]) -> Tables:
    """The demands, actors and groups tables of ``reports`` (dicts as :func:`analyze`
    returns them), each row headed by its document's ``source``."""
    built = _engine.tables([json.dumps(r) for r in reports])
    try:
        import pandas
    except ImportError:
        return Tables(*[[dict(zip(columns, row)) for row in rows] for _, columns, rows in built])
    return Tables(*[pandas.DataFrame(rows, columns=columns) for _, columns, rows in built])
