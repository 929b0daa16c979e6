"""The package's analysis agrees with the command line's, report for report."""

import sys
from io import StringIO
import threading
import time
import typing

import pytest

import communique
import pandas
from conftest import ROOT, run_cli

SENTENCE = "Norway and Qatar urged the Taliban to reopen girls' schools."


def test_analyze_gives_a_contract_report():
    report = communique.analyze(SENTENCE, source="note")
    assert report["version"] == 1
    assert report["source"] == "note"
    (demand,) = report["demands"]
    names = {a["id"]: a["name"] for a in report["actors"]}
    assert [names[s] for s in demand["speakers"]] == ["Norway", "Qatar"]
    assert [names[a] for a in demand["addressees"]] == ["Taliban"]
    assert demand["category"] == "humanitarian"
    start, end = demand["sentence"]["start"], demand["sentence"]["end"]
    assert SENTENCE.encode()[start:end].decode() == demand["sentence"]["text"]


def conforms(value, kind, where):
    """Whether ``value`` has the shape of the annotation ``kind``, named ``where``."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if typing.is_typeddict(kind):
        hints = typing.get_type_hints(kind)
        assert set(value) <= set(hints) and kind.__required_keys__ <= set(value), where
        for key, item in value.items():
            conforms(item, hints[key], f"{where}.{key}")
    elif origin is list:
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            conforms(item, args[0], f"{where}[{i}]")
    elif origin is typing.Literal:
        assert value in args, (where, value)
    elif origin is typing.Union:
        assert any(isinstance(value, a) for a in args if not typing.get_origin(a)), where
    else:
        assert isinstance(value, kind), (where, value)


def test_reports_have_the_typed_shape(cli_reports):
    for name, report in cli_reports.items():
        conforms(report, communique.Report, name)
    assert any("text" in r for r in cli_reports.values())


def test_analyze_without_source_and_on_nothing():
    assert communique.analyze(SENTENCE)["source"] is None
    empty = communique.analyze("")
    assert empty["demands"] == [] and empty["actors"] == []


def test_files_read_as_the_cli_reads_them(articles, cli_reports):
    for name in articles:
        report = communique.analyze_bytes((ROOT / name).read_bytes(), name)
        assert report == cli_reports[name], name


def test_html_and_legacy_encodings_carry_their_text(articles, cli_reports):
    html = next(a for a in articles if a.endswith(".html"))
    cp1252 = next(a for a in articles if "cp1252" in a)
    for name in (html, cp1252):
        report = communique.analyze_bytes((ROOT / name).read_bytes(), name)
        assert report["text"], name
        assert report["groups"] or report["actors"], name


@pytest.mark.parametrize(
    "name, data",
    [
        ("blank.txt", b""),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        ("sheet.xlsx", b"Kabul urged Islamabad to resume talks."),
    ],
)
def test_input_errors_carry_the_cli_message(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    status, _, err = run_cli(name, cwd=tmp_path)
    assert status == 1
    with pytest.raises(communique.InputError) as raised:
        communique.analyze_bytes(data, name)
    assert err.strip() == f"communique: {name}: {raised.value}"
    assert isinstance(raised.value, ValueError)


def test_analyze_many_keeps_order_and_agrees(articles, cli_reports):
    documents = [(ROOT / a).read_bytes() for a in articles]
    assert communique.analyze_many(documents, articles) == [cli_reports[a] for a in articles]
    texts = [SENTENCE, "Kabul urged Islamabad to resume talks.", ""]
    assert communique.analyze_many(texts) == [communique.analyze(t) for t in texts]


def test_analyze_many_names_the_document_it_cannot_read():
    with pytest.raises(communique.InputError, match=r"^b\.txt: the file is empty"):
        communique.analyze_many([SENTENCE, b""], ["a.txt", "b.txt"])
    with pytest.raises(communique.InputError, match=r"^document 1: "):
        communique.analyze_many([SENTENCE, b"\x00" * 64])
    with pytest.raises(ValueError, match="2 documents but 1 sources"):
        communique.analyze_many([SENTENCE, SENTENCE], ["a"])
    with pytest.raises(TypeError, match="str or bytes, not int"):
        communique.analyze_many([SENTENCE, 7])


def test_analyze_many_lets_other_threads_run(articles, monkeypatch):
    """While the engine works on a batch, this thread keeps running: with the GIL held it
    could not take a single step until the batch was done."""
    documents = [(ROOT / a).read_bytes() for a in articles] * 20
    inside = []
    engine_batch = communique._engine.analyze_batch

    def timed(*args):
        inside.append(time.perf_counter())
        try:
            return engine_batch(*args)
        finally:
            inside.append(time.perf_counter())

    monkeypatch.setattr(communique._engine, "analyze_batch", timed)
    worker = threading.Thread(target=communique.analyze_many, args=(documents,))
    steps = []
    worker.start()
    while worker.is_alive():
        steps.append(time.perf_counter())
        time.sleep(0.001)
    worker.join()
    start, end = inside
    assert end - start > 0.2, "the batch is too small to tell"
    margin = (end - start) / 10
    during = [t for t in steps if start + margin < t < end - margin]
    assert len(during) > 20, (len(during), end - start)


def test_tables_are_the_cli_csv(articles, cli_reports):
    tables = communique.tables(cli_reports[a] for a in articles)
    for name, table in tables._asdict().items():
        status, out, err = run_cli("--csv", name, *articles)
        assert status == 0, err
        want = pandas.read_csv(StringIO(out), dtype=str, keep_default_na=False)
        assert list(table.columns) == list(want.columns), name
        assert table.equals(want), name
        assert len(table) > 0, name


def test_tables_without_pandas_are_lists_of_dicts(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    demands, actors, groups = communique.tables([communique.analyze(SENTENCE, "note")])
    assert demands[0]["speakers"] == "Norway; Qatar"
    assert demands[0]["quoted"] == "no"
    assert [a["name"] for a in actors] == ["Norway", "Qatar", "Taliban"]
    assert groups == [
        {"document": "note", "name": "Taliban", "lists": "UN", "mentions": "1", "aliases": ""}
    ]


def test_tables_refuse_what_is_not_a_report():
    with pytest.raises(ValueError, match="not a v1 report"):
        communique.tables([{"version": 1}])


def test_the_stub_lists_what_the_engine_defines():
    import ast

    stub = ast.parse((ROOT / "python" / "communique" / "_engine.pyi").read_text())
    declared = {n.name for n in stub.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    defined = {n for n in dir(communique._engine) if not n.startswith("_")}
    assert declared == defined
    for name in communique.__all__:
        assert getattr(communique, name).__doc__, name
