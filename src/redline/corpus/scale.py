"""Extraction beyond one process: N processes on this machine, or a Dask distributed cluster.

Both run a `work` function (documents -> Extracted records, given by the facade, so the corpus never
imports extraction) on chunks of documents and hand the results back in input order to the one writer.
At most a few chunks per worker are in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context

from ..errors import Code, RedlineError
from ..model import Document
from .store import Extracted

Work = Callable[[list[Document]], list[Extracted]]
CHUNK = 4  # documents per task: big enough to batch spaCy's pipe, small enough to spread the load
CONNECT_SECONDS = 10


def chunked(documents: Iterable[Document], size: int = CHUNK) -> Iterator[list[Document]]:
    """Lists of `size` documents (the last may be shorter), read lazily."""
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered(submit: Callable[[list[Document]], Future], documents: Iterable[Document],
            window: int) -> Iterator[Extracted]:
    """Results of each chunk, in input order, with at most `window` chunks submitted and not yet read."""
    pending: deque[Future] = deque()
    for chunk in chunked(documents):
        pending.append(submit(chunk))
        while len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def in_processes(documents: Iterable[Document], work: Work, workers: int,
                 initializer: Callable[..., object] | None = None, initargs: tuple = ()) -> Iterator[Extracted]:
    """`work` in `workers` processes forked from this one, so each starts with what this process has
    loaded (spaCy does the same for `nlp.pipe(n_process=...)`); `initializer(*initargs)` runs in each
    first, its arguments inherited, not pickled. Call it before this process starts threads of its own."""
    with ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=start_worker,
                             initargs=(initializer, *initargs)) as pool:
        yield from ordered(lambda chunk: pool.submit(work, chunk), documents, window=3 * workers)


def start_worker(initializer: Callable[..., object] | None, *initargs: object) -> None:
    """Ctrl-C is the parent's to handle (it stops submitting and waits for the chunks under way)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def on_dask(documents: Iterable[Document], work: Work, address: str) -> Iterator[Extracted]:
    """`work` on the Dask cluster whose scheduler listens at `address` (e.g. tcp://10.0.0.5:8786); every
    worker needs the same redline installed. Raises RedlineError E045 when the scheduler cannot be
    reached or has no workers."""
    from distributed import Client

    try:
        client = Client(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as err:
        raise RedlineError(Code.E045, address, detail=str(err).splitlines()[0] if str(err) else "no answer") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except TimeoutError:
            raise RedlineError(Code.E045, address, detail="the scheduler has no workers") from None
        threads = sum(client.nthreads().values())
        yield from ordered(lambda chunk: client.submit(work, chunk, pure=False), documents, window=2 * threads)
