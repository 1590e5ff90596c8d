"""`redline --help`, `from redline import Redline` and `redline export` stay light: importing the command line
and the facade loads neither spaCy nor DuckDB nor Dask; opening a store loads DuckDB but never spaCy."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "duckdb", "distributed", "dask")


def loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_cli_and_the_facade_import_nothing_heavy() -> None:
    assert loaded_after("import redline.cli\nfrom redline import Redline") == set()


def test_reading_a_store_never_imports_spacy(tmp_path) -> None:
    db = tmp_path / "c.duckdb"
    loaded = loaded_after(f"from redline import Redline\nRedline.open_store({str(db)!r}, read_only=False).close()")
    assert "duckdb" in loaded and "spacy" not in loaded
