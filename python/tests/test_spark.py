"""The Spark job on a real local Spark (local[2]): its tables are the command line's."""

import json
import os
import shutil
import subprocess
import sys
from io import StringIO

import pandas
import pytest

import communique
from conftest import CORPUS, run_cli

NOTES = [
    {"id": "note-1", "text": "Kabul urged Islamabad to resume talks on the border crossings."},
    {"id": "note-2", "text": "Norway and Qatar urged the Taliban to reopen girls' schools."},
    {"id": "note-3", "text": "The weather in Oslo was mild all week."},
]


@pytest.fixture(scope="module")
def job(tmp_path_factory):
    """One run of `python -m communique.spark` over a folder of articles and a JSON Lines
    table, with the command line's demands table of the same folder."""
    work = tmp_path_factory.mktemp("spark")
    folder = work / "articles"
    shutil.copytree(CORPUS, folder / "corpus", ignore=shutil.ignore_patterns("*.json"))
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    (folder / "notes.csv").write_text("not,an,article\n")
    table = work / "notes.jsonl"
    rows = NOTES + [{"id": "note-4", "text": None}]
    table.write_text("".join(json.dumps(n) + "\n" for n in rows))
    out = work / "out"
    # A folder written with its slash, as shells complete it: both name its files alike.
    done = spark_job(work, "articles/", "notes.jsonl", "--out", "out")
    cli = run_cli("--csv", "demands", "articles/", cwd=work)
    return work, out, done, cli


def spark_job(cwd, *args):
    """`python -m communique.spark` on local[2]."""
    return subprocess.run(
        [sys.executable, "-m", "communique.spark", *args, "--master", "local[2]"],
        cwd=cwd,
        env=dict(os.environ, PYSPARK_PYTHON=sys.executable),
        capture_output=True,
        text=True,
        timeout=300,
    )


def read(out, name):
    return pandas.read_parquet(out / name)


def test_the_job_names_what_it_could_not_read(job):
    work, _, done, (cli_status, _, cli_err) = job
    assert done.returncode == 1, done.stderr
    assert cli_status == 1
    (cli_line,) = [l for l in cli_err.splitlines() if "broken.txt" in l]
    assert cli_line in done.stderr.splitlines()
    assert "notes.csv" not in done.stderr
    assert "per second" in done.stderr


def test_the_demands_of_a_folder_are_the_cli_csv_row_for_row(job):
    _, out, _, (_, cli_out, _) = job
    want = pandas.read_csv(StringIO(cli_out), dtype=str, keep_default_na=False)
    got = read(out, "demands")
    got = got[got["document"].str.startswith("articles/")]
    got = got.sort_values(["document", "item"]).reset_index(drop=True)
    got["date"] = got["date"].fillna("")
    assert len(want) > 100
    pandas.testing.assert_frame_equal(got[list(want.columns)], want)


def test_every_table_has_the_document_and_date_on_each_row(job):
    _, out, _, _ = job
    reports = read(out, "reports")
    readable = reports[reports["error"].isna()]
    dates = dict(zip(readable["document"], readable["date"]))
    assert len(dates) == len(list(CORPUS.glob("*.txt"))) + len(
        list(CORPUS.glob("*.html"))
    ) + 1 + len(NOTES)
    for name in ("demands", "actors", "groups"):
        table = read(out, name)
        assert len(table) > 0, name
        assert list(table.columns[:2]) == ["document", "date"], name
        assert set(table["document"]) <= set(dates), name
        for document, date in zip(table["document"], table["date"]):
            assert date == dates[document] or (date is None and dates[document] is None)


def test_a_table_of_articles_is_analysed_by_its_column(job):
    _, out, _, _ = job
    reports = read(out, "reports").set_index("document")
    for note in NOTES:
        assert json.loads(reports.loc[note["id"], "report"]) == communique.analyze(
            note["text"], note["id"]
        )
    demands = read(out, "demands")
    notes = demands[demands["document"].str.startswith("note-")].sort_values(["document", "item"])
    want = communique.tables(communique.analyze(n["text"], n["id"]) for n in NOTES).demands
    assert list(notes["speakers"]) == list(want["speakers"]) == ["Afghanistan", "Norway; Qatar"]
    actors = read(out, "actors")
    assert list(actors[actors["document"] == "note-2"]["name"]) == ["Norway", "Qatar", "Taliban"]
    assert "note-3" not in set(demands["document"]) | set(actors["document"])


def test_the_reports_hold_why_a_file_could_not_be_read(job):
    _, out, _, _ = job
    reports = read(out, "reports").set_index("document")
    broken = reports.loc["articles/broken.txt"]
    assert broken["report"] is None
    assert broken["error"].startswith("this is not a text file")
    assert reports.loc["note-4", "report"] is None
    assert reports.loc["note-4", "error"] == "there is no text"


def test_a_missing_input_is_named(tmp_path):
    done = spark_job(tmp_path, "nowhere", "--out", "out")
    assert done.returncode == 2
    assert "communique: nowhere: there is no such file or folder" in done.stderr
    assert not (tmp_path / "out").exists()
