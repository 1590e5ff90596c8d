"""/docs: Swagger UI over /openapi.json, as a page without inline script (see security.py for its CSP).

FastAPI's own /docs page loads Swagger UI from a CDN and starts it with an inline script; this page serves
Swagger UI's files from the swagger-ui-bundle package (installed from PyPI, so /docs works offline) under
/docs/assets and starts it from /docs/init.js.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response
from swagger_ui_bundle import swagger_ui_path

ASSETS = swagger_ui_path  # swagger-ui-bundle's copy of swagger-ui-dist (Apache-2.0), mounted by create_app
SWAGGER = "/docs/assets"
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
