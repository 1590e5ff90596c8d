"""Small helpers several test modules share (importable because pyproject puts tests/ on pytest's path)."""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "data" / "reference"  # ../shared beside the checkout, when it is there
REDLINE = Path(sys.executable).parent / "redline"  # the console script of this environment


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """A file written for a test (folders made as needed), text as UTF-8."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@cache
def script(name: str) -> ModuleType:
    """scripts/NAME.py is a script, not part of the package: load it by path."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def in_worker(documents: list) -> list:
    """A stand-in for extraction in a worker process (picklable: it lives in an importable module): each
    document back as an Extracted record, stamped with the worker's process id as its source."""
    import os
    from dataclasses import replace

    from redline.corpus.store import Extracted

    return [Extracted(replace(doc, source=str(os.getpid()))) for doc in documents]


def of_type(result, event_type: str) -> list:
    """The events of one PLOVER type in a DocumentResult."""
    return [e for e in result.events if e.event_type == event_type]


def only(result, event_type: str):
    """The one event of a type in a DocumentResult (fails, listing what was coded, when there are more or none)."""
    found = of_type(result, event_type)
    assert len(found) == 1, [(e.event_type, e.evidence) for e in result.events]
    return found[0]


def numbered_corpus(folder: Path, n: int) -> Path:
    """n documents of two events each (an attack and arrests), told apart by a number, in one JSON Lines file."""
    lines = [json.dumps({"id": f"d{i:03}", "date": "2021-03-05",
                         "text": f"Rebels attacked garrison number {i} on Tuesday, the army said. Police arrested "
                                 f"{i + 2} protesters in the capital on Monday."}) for i in range(n)]
    return write(folder, "corpus.jsonl", "\n".join(lines) + "\n")


def start(*args: str, output: int | object = subprocess.PIPE, stdin: int | None = None) -> subprocess.Popen:
    """`redline ARGS...` in a process of its own (stdout and stderr to `output`: piped, or a file; stdin
    this process's, or `subprocess.PIPE`)."""
    # (a child of a shell's background job inherits SIGINT ignored: restore the default)
    return subprocess.Popen([str(REDLINE), *args], stdin=stdin, stdout=output, stderr=output, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
