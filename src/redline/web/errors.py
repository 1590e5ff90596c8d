"""One error shape for every failure, `{"error": {"code", "message"}}`: a coded RedlineError (404 when the
item asked for is not in the store, 503 when the store cannot be read), an unknown route (404), a method
other than GET (405), a bad parameter (422), and a bug (500, its details kept out of the answer)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import Code, RedlineError
from .security import secure

NOT_FOUND = frozenset({Code.E046, Code.E047, Code.E049, Code.E050, Code.E051})  # no such item: 404
HTTP_CODES = {404: "not_found", 405: "method_not_allowed"}


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def redline_error(_: Request, err: Exception) -> JSONResponse:
    """404 for an item that is not in the store; 503 (with the store's path) when the store cannot be read:
    no store, busy past the wait, not a store, a newer schema."""
    assert isinstance(err, RedlineError)
    if err.code in NOT_FOUND:
        return error(404, err.code.name, err.message)
    return error(503, err.code.name, f"{err.where}: {err.message}" if err.where else err.message)


def http_error(request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, HTTPException)
    code = HTTP_CODES.get(err.status_code, f"http_{err.status_code}")
    message = f"no such resource: {request.url.path}" if err.status_code == 404 else str(err.detail)
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=err.status_code,
                        headers=getattr(err, "headers", None))


def invalid(_: Request, err: Exception) -> JSONResponse:
    """422: each bad parameter by where it is and its name, with what is wrong ("query.limit: Input should be
    less than or equal to 500")."""
    assert isinstance(err, RequestValidationError)
    parts = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in err.errors()]
    return error(422, "invalid", "; ".join(parts) or "invalid request")


def internal(request: Request, err: Exception) -> JSONResponse:
    """500 (answered outside the middleware, so it sets the security headers itself)."""
    response = error(500, "internal", f"internal error {type(err).__name__}; please report it with the request")
    secure(response.headers, request.url.path)
    return response


def install(app: FastAPI) -> None:
    """Register the handlers on `app`."""
    app.add_exception_handler(RedlineError, redline_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, internal)
