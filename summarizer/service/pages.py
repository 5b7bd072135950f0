"""The reader page (``/``), the embeddable widget (``/widget.js``) and ``/demo``.

Plain files shipped in the package (no CDN, no build step). Pages are served with a
Content-Security-Policy that allows only this origin's scripts, so even an escaping
mistake could not run an article's ``<script>`` or ``onerror``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from summarizer.methods import DEFAULT_METHOD, get_method
from summarizer.service.demo import demo_page
from summarizer.service.errors import ApiError

PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
               "base-uri 'none'; form-action 'self'")
"""Inline styles only: the widget styles its shadow DOM with a <style> element."""

_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8"}
_ASSETS = ("reader.js", "reader.css", "demo.css")

router = APIRouter(include_in_schema=False)


@cache
def asset(name: str) -> bytes:
    """A file of ``summarizer/service/static``."""
    return resources.files("summarizer.service").joinpath("static", name).read_bytes()


def _file(name: str, *, max_age: int = 300) -> Response:
    kind = _TYPES[name[name.rindex("."):]]
    return Response(asset(name), media_type=kind,
                    headers={"Cache-Control": f"public, max-age={max_age}",
                             "Content-Security-Policy": PAGE_POLICY})


@router.get("/")
async def reader_page() -> Response:
    """Paste text or a URL, choose method and length, read the summary in place."""
    return _file("index.html", max_age=60)


@router.get("/static/{name}")
async def static_file(name: str) -> Response:
    """The reader page's script and style sheets."""
    if name not in _ASSETS:
        raise ApiError(404, "not_found", f"no such file /static/{name}")
    return _file(name)


@router.get("/widget.js")
async def widget() -> Response:
    """The button that a news page embeds with one ``<script>`` tag."""
    return _file("widget.js")


@router.get("/demo")
async def demo(method: str = DEFAULT_METHOD) -> HTMLResponse:
    """A bundled article as a news page with menus and reader comments, and the button."""
    name = get_method(method).name
    return HTMLResponse(demo_page(name), headers={"Content-Security-Policy": PAGE_POLICY})
