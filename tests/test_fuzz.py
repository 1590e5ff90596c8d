"""Random input never makes an exception escape: the reader turns anything into documents or coded errors,
and extraction turns any document into a result (or a result carrying its error)."""

import io
import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.errors import InputError, InputWarning
from redline.model import Document
from redline.read import read_paths, read_stream

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SUFFIXES = st.sampled_from([".txt", ".jsonl", ".md", ".html", ".htm", ".csv", ""])
# text with the characters that break readers: line separators, NUL, quotes, braces, markup, dates
PIECE = st.one_of(st.text(max_size=20),
                  st.sampled_from(list("\n\r\u2028\u0085\x00{}[]\"'<>#*`-: ")),
                  st.sampled_from(["date ", "2021-03-05", "0001-01-01", "9999-12-31", "<p>", "```", "---\n"]))
TEXT = st.lists(PIECE, max_size=30).map("".join)


def check(results) -> None:
    for item in results:
        assert isinstance(item, Document | InputError), item
        if isinstance(item, Document):
            assert item.text.strip() and 1900 <= item.published.year <= 2100


@FAST
@given(content=st.one_of(TEXT, st.binary(max_size=300)), suffix=SUFFIXES)
def test_any_file_is_read_without_exceptions(content, suffix) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        warnings: list[InputWarning] = []
        check(read_paths([path, folder], warn=warnings.append, default_date=date(2021, 3, 5)))
        check(read_paths([path]))


@FAST
@given(raw=st.one_of(TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300)))
def test_any_stdin_is_read_without_exceptions(raw) -> None:
    check(read_stream(io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")))


@FAST
@given(records=st.lists(st.dictionaries(st.sampled_from(["id", "date", "text", "x"]),
                                        st.one_of(TEXT, st.integers(), st.none(), st.lists(st.integers())),
                                        max_size=4), max_size=4))
def test_any_json_lines_are_read_without_exceptions(records) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    check(read_stream(io.StringIO("{}\n" + text)))


@FAST
@given(texts=st.lists(st.text(max_size=200).filter(str.strip), min_size=1, max_size=3))
def test_any_text_goes_through_extract(extractor, texts) -> None:
    documents = [Document(id=f"d{i}", published=date(2021, 3, 5), text=t) for i, t in enumerate(texts)]
    results = list(extractor.extract(documents))
    assert [r.document.id for r in results] == [d.id for d in documents]
