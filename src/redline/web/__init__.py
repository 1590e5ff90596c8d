"""The web face of redline (`redline serve`): a FastAPI app over one store, read-only.

`create_app(redline, db)` (web/app.py) builds it; `web/api/` answers JSON under /api/, one router per
resource; the pages (web/pages, web/templates, web/static) show the same data as HTML. Routes call
`Redline` methods only: the web never opens the store itself and never imports DuckDB or redline.corpus
(an import-linter contract checks it).
"""
