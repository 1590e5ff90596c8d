"""GET /api/documents (by publication date) and /api/documents/{id} (text, voices, evidence spans)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends

from ..deps import Source, source
from ..models import Document, DocumentItem, ErrorResponse, Page
from .params import LIMIT, OFFSET, SINCE, UNTIL

router = APIRouter(tags=["documents"])


@router.get("/documents", response_model=Page[DocumentItem])
def list_documents(since: date | None = SINCE, until: date | None = UNTIL, limit: int = LIMIT, offset: int = OFFSET,
                   src: Source = Depends(source)) -> dict:
    """Documents published in the period, oldest first, with how many events, quotes and posts each has."""
    return src.redline.documents(src.db, since=since, until=until, limit=limit, offset=offset)


@router.get("/documents/{doc_id:path}", response_model=Document, responses={404: {"model": ErrorResponse}})
def get_document(doc_id: str, src: Source = Depends(source)) -> dict:
    """One document: its text, its quotes (with speakers) and posts, and the evidence span of each event."""
    return src.redline.document(src.db, doc_id)
