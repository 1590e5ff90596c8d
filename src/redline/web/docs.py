"""/docs: Swagger UI over /openapi.json, as a page without inline script (see security.py for its CSP).

FastAPI's own /docs page starts Swagger UI with an inline script, which the CSP forbids; this page loads
the same Swagger UI from the CDN and starts it from /docs/init.js instead.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from .security import CDN

SWAGGER = f"{CDN}/npm/swagger-ui-dist@5"
PAGE = f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>redline API</title>
<link rel="stylesheet" href="{SWAGGER}/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="{SWAGGER}/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
"""
INIT = """SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout", deepLinking: true});
"""

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs_page() -> HTMLResponse:
    return HTMLResponse(PAGE)


@router.get("/docs/init.js")
def docs_init() -> Response:
    return Response(INIT, media_type="text/javascript")
