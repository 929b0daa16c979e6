"""What the Python door's tests share: the repository, its articles and the release CLI
the package is compared with (scripts/python.sh builds both)."""

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
CLI = ROOT / "target" / "release" / "communique"


def run_cli(*args, cwd=ROOT):
    """The command line's exit status, standard output and standard error."""
    done = subprocess.run([str(CLI), *map(str, args)], cwd=cwd, capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(scope="session")
def articles():
    """The corpus's articles (text of every encoding and HTML), by name relative to ROOT."""
    return sorted(
        str(p.relative_to(ROOT)) for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")
    )


@pytest.fixture(scope="session")
def cli_reports(articles):
    """The command line's report of each article."""
    status, out, err = run_cli(*articles)
    assert status == 0, err
    return dict(zip(articles, json.loads(out)))
