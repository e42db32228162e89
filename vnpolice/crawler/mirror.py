"""Offline mirrors of the profiled news sites, served on 127.0.0.1 for tests and ``vnpolice demo``.

Each site under ``fixtures/mirror/<site>/`` gets its own ``ThreadingHTTPServer`` on a free port,
so its ``robots.txt`` sits at the root just as on the real host. Files are served as they are,
except that every ``{{BASE}}`` in a text file (also inside a gzipped sitemap) becomes the site's
base URL. ``_routes.json`` (or :meth:`MirrorServer.set_route`) makes a path misbehave: an error
status, a redirect, a delay, a truncated body or another file's content. Every static response
carries an ``ETag`` and a ``Last-Modified`` and answers conditional requests with 304.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import json
import threading
import time
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

MAX_DELAY = 30.0  # seconds; a route's "delay" is clipped to this so no test can hang on it

TEXT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain",
    ".json": "application/json",
    ".antd": "text/html",  # anninhthudo.vn article pages end in .antd
}
BINARY_TYPES = {".gz": "application/gzip", ".png": "image/png", ".jpg": "image/jpeg"}


def mirror_root() -> Path:
    """The repository's ``fixtures/mirror`` folder."""
    return Path(__file__).resolve().parents[2] / "fixtures" / "mirror"


class _Site:
    """One mirrored site: its folder, routes, request log and (once started) its server."""

    def __init__(self, key: str, folder: Path) -> None:
        self.key = key
        self.folder = folder
        self.routes: dict[str, dict[str, Any]] = {}
        routes_file = folder / "_routes.json"
        if routes_file.is_file():
            self.routes.update(json.loads(routes_file.read_text(encoding="utf-8")))
        self.log: list[tuple[str, str, int]] = []
        self.lock = threading.Lock()
        # Requests being answered: a handler logs after its client has read the answer, so the
        # log is read only once they are done (a client may return before the server thread).
        self.busy = 0
        self.idle = threading.Condition(self.lock)
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None
        self.base_url = ""

    def begin(self) -> None:
        with self.lock:
            self.busy += 1

    def record(self, method: str, target: str, status: int) -> None:
        with self.lock:
            self.log.append((method, target, status))
            self.busy -= 1
            self.idle.notify_all()


class _Handler(BaseHTTPRequestHandler):
    server_version = "vnpolice-mirror/1"
    protocol_version = "HTTP/1.1"
    timeout = 15  # an idle keep-alive connection is closed after this many seconds
    site: _Site  # set on the per-site subclass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep the tests quiet
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    # -- answering -------------------------------------------------------------------------

    def _serve(self, head: bool) -> None:
        site = self.site
        site.begin()
        parts = urlsplit(self.path)
        path = unquote(parts.path) or "/"
        target = path + ("?" + parts.query if parts.query else "")
        with site.lock:
            behaviour = site.routes.get(target)
            if behaviour is None and (
                not parts.query or self._query_file(path, parts.query) is None
            ):
                # No route for this exact query: a query without its own file is ignored, so
                # the bare path's route applies (routes on listings do not swallow their pages).
                behaviour = site.routes.get(path)
        behaviour = dict(behaviour or {})
        try:
            status = self._answer(path, parts.query, behaviour, head)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (e.g. a timeout)
            status = 499
            self.close_connection = True
        site.record(self.command, target, status)

    def _answer(self, path: str, query: str, behaviour: dict[str, Any], head: bool) -> int:
        delay = behaviour.get("delay")
        if delay:
            time.sleep(min(float(delay), MAX_DELAY))
        extra_headers: dict[str, str] = dict(behaviour.get("headers") or {})
        if "redirect" in behaviour:
            status = int(behaviour.get("status", 301))
            location = str(behaviour["redirect"])
            if location.startswith("/"):
                location = self.site.base_url + location
            body = f"moved to {location}\n".encode()
            extra_headers.setdefault("Location", location)
            self._send(status, body, "text/plain; charset=utf-8", extra_headers, head)
            return status
        if "status" in behaviour and "body_file" not in behaviour:
            status = int(behaviour["status"])
            body = f"error {status}\n".encode()
            self._send(status, body, "text/plain; charset=utf-8", extra_headers, head)
            return status
        if "body_file" in behaviour:
            file = self.site.folder / str(behaviour["body_file"]).lstrip("/")
        else:
            file = self._resolve(path, query)
        if file is None or not file.is_file():
            body = b"error 404\n"
            self._send(404, body, "text/plain; charset=utf-8", extra_headers, head)
            return 404
        body, ctype = self._content(file)
        status = int(behaviour.get("status", 200))
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        mtime = int(file.stat().st_mtime)
        headers = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True)}
        headers.update(extra_headers)
        if status == 200 and self._not_modified(etag, mtime):
            self._send(304, b"", None, headers, head=True)
            return 304
        truncate = behaviour.get("truncate")
        if truncate is not None:
            self._send_truncated(status, body, ctype, headers, int(truncate), head)
            return status
        self._send(status, body, ctype, headers, head)
        return status

    def _not_modified(self, etag: str, mtime: int) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = {t.strip() for t in inm.split(",")}
            return etag in tags or "*" in tags or ("W/" + etag) in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                return False
            return mtime <= since
        return False

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str | None,
        headers: dict[str, str],
        head: bool,
    ) -> None:
        self.send_response(status)
        self._headers(ctype, headers)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304 and body:
            self.wfile.write(body)

    def _headers(self, ctype: str | None, headers: dict[str, str]) -> None:
        """Send the headers; a route's own Content-Type replaces the one guessed from the file."""
        if ctype and not any(k.lower() == "content-type" for k in headers):
            self.send_header("Content-Type", ctype)
        for name, value in headers.items():
            self.send_header(name, value)

    def _send_truncated(
        self,
        status: int,
        body: bytes,
        ctype: str | None,
        headers: dict[str, str],
        keep: int,
        head: bool,
    ) -> None:
        """Promise the whole body (and more), send ``keep`` bytes of it, then hang up."""
        self.send_response(status)
        self._headers(ctype, headers)
        self.send_header("Content-Length", str(max(len(body), keep) + 1000))
        self.send_header("Connection", "close")
        self.end_headers()
        if not head:
            self.wfile.write(body[: max(keep, 0)])
            self.wfile.flush()
        self.close_connection = True

    # -- files -----------------------------------------------------------------------------

    def _query_file(self, path: str, query: str) -> Path | None:
        name = query.replace("/", "_")
        folder = self.site.folder / path.strip("/")
        candidate = folder / "__q" / name
        if self._inside(candidate) and candidate.is_file():
            return candidate
        return None

    def _resolve(self, path: str, query: str) -> Path | None:
        if query:
            hit = self._query_file(path, query)
            if hit is not None:
                return hit
        rel = path.lstrip("/")
        root = self.site.folder
        if rel == "" or rel.endswith("/"):
            candidates = [root / rel / "index.html"]
        elif Path(rel).suffix:
            candidates = [root / rel]
        else:
            candidates = [root / rel / "index.html", root / (rel + ".html"), root / rel]
        for c in candidates:
            if self._inside(c) and c.is_file() and not self._hidden(c):
                return c
        return None

    def _hidden(self, p: Path) -> bool:
        """Files that describe the mirror rather than belong to the site."""
        rel = p.relative_to(self.site.folder)
        return any(part.startswith("_") for part in rel.parts) or str(rel) == "manifest.json"

    def _inside(self, p: Path) -> bool:
        try:
            p.resolve().relative_to(self.site.folder.resolve())
        except ValueError:
            return False
        return True

    def _content(self, file: Path) -> tuple[bytes, str]:
        name = file.name
        data = file.read_bytes()
        base = self.site.base_url.encode()
        if name.endswith(".xml.gz"):
            inner = gzip.decompress(data).replace(b"{{BASE}}", base)
            return gzip.compress(inner, mtime=0), "application/x-gzip"
        suffix = file.suffix.lower()
        if file.parent.name == "__q":
            # A query-mapped page: its type comes from its content.
            head = data.lstrip()[:1]
            ctype = "application/json" if head in (b"{", b"[") else "text/html"
            return data.replace(b"{{BASE}}", base), ctype + "; charset=utf-8"
        if suffix in TEXT_TYPES:
            return data.replace(b"{{BASE}}", base), TEXT_TYPES[suffix] + "; charset=utf-8"
        return data, BINARY_TYPES.get(suffix, "application/octet-stream")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # stop() must not wait for handler threads: one may sit in a route's delay or on an idle
    # keep-alive connection of a crawler that was killed.
    block_on_close = False


class MirrorServer:
    """Serve ``root/<site>/`` folders, one HTTP server per site on ``host`` and a free port."""

    def __init__(
        self, root: Path, sites: Iterable[str] | None = None, host: str = "127.0.0.1"
    ) -> None:
        self.root = Path(root)
        self.host = host
        keys = (
            list(sites)
            if sites is not None
            else sorted(
                p.name
                for p in self.root.iterdir()
                if p.is_dir() and not p.name.startswith(("_", "."))
            )
        )
        self._sites: dict[str, _Site] = {}
        for key in keys:
            folder = self.root / key
            if not folder.is_dir():
                raise FileNotFoundError(f"no mirror for site {key!r} under {self.root}")
            self._sites[key] = _Site(key, folder)

    @property
    def sites(self) -> list[str]:
        return list(self._sites)

    def start(self) -> MirrorServer:
        for site in self._sites.values():
            if site.server is not None:
                continue
            handler = type(f"_Handler_{site.key}", (_Handler,), {"site": site})
            server = _Server((self.host, 0), handler)
            site.server = server
            site.base_url = f"http://{self.host}:{server.server_address[1]}"
            site.thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name=f"mirror-{site.key}",
                daemon=True,
            )
            site.thread.start()
        return self

    def stop(self) -> None:
        for site in self._sites.values():
            if site.server is None:
                continue
            site.server.shutdown()
            site.server.server_close()
            if site.thread is not None:
                site.thread.join(timeout=5)
            site.server = None
            site.thread = None

    def __enter__(self) -> MirrorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _site(self, site: str) -> _Site:
        try:
            return self._sites[site]
        except KeyError:
            raise KeyError(
                f"site {site!r} is not served; served: {', '.join(self._sites)}"
            ) from None

    def base_url(self, site: str) -> str:
        s = self._site(site)
        if not s.base_url:
            raise RuntimeError("MirrorServer not started")
        return s.base_url

    def set_route(self, site: str, path: str, behaviour: dict[str, Any]) -> None:
        """Make ``path`` (or ``path?query``) behave as ``behaviour`` (the ``_routes.json`` shape);
        an empty dict removes the override."""
        s = self._site(site)
        with s.lock:
            if behaviour:
                s.routes[path] = dict(behaviour)
            else:
                s.routes.pop(path, None)

    def requests(self, site: str) -> list[tuple[str, str, int]]:
        s = self._site(site)
        with s.lock:
            s.idle.wait_for(lambda: s.busy == 0, timeout=5)
            return list(s.log)

    def clear_log(self) -> None:
        for s in self._sites.values():
            with s.lock:
                s.log.clear()
