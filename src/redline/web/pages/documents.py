"""/documents/{id}: a document's text with its evidence spans highlighted and its voices marked (quotes
with their speakers, embedded posts with their authors; the rest is the author's), built from escaped
segments (`web.marks`), and the events, quotes and posts it holds."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from ..deps import Source, source
from ..marks import document_marks, segments
from .render import guarded, page

router = APIRouter()


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
def document(request: Request, doc_id: str, src: Source = Depends(source)) -> HTMLResponse:
    """One document, marked up (404 when the store has no such document)."""

    def build() -> HTMLResponse:
        found = src.redline.document(src.db, doc_id)
        marks = document_marks(found["events"], found["quotes"], found["posts"])
        return page(request, "document.html", section="Incidents", document=found,
                    segments=segments(found["text"], marks))

    return guarded(request, build)
