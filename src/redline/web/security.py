"""Headers on every response: a Content-Security-Policy that forbids inline script (and any script, style
or image from elsewhere), no MIME sniffing, no referrer, no framing.

The API docs page (/docs) is the one exception: Swagger UI (served from this server, /docs/assets; the page
has no inline script: its start-up script is /docs/init.js) sets inline style attributes. So /docs alone
allows inline *style*; inline script stays forbidden there too, and the page shows no data from the store
(it reads /openapi.json, which is our own schema).
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
DOCS_PATHS = frozenset({"/docs", "/docs/"})
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


def policy(path: str) -> str:
    """The Content-Security-Policy of a response to `path`."""
    return DOCS_CSP if path in DOCS_PATHS else CSP


def secure(headers: MutableHeaders, path: str) -> None:
    """Set the security headers (the CSP of `path`) on a response's headers."""
    headers["Content-Security-Policy"] = policy(path)
    for name, value in HEADERS.items():
        headers[name] = value


class SecurityHeaders:
    """ASGI middleware: `secure` on every HTTP response the app sends (errors included)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                secure(MutableHeaders(scope=message), scope["path"])
            await send(message)

        await self.app(scope, receive, sending)
