"""Every response the crawler receives, written to gzipped WARC files with its request.

:class:`WarcWriter` appends a response record and its request record (``WARC-Concurrent-To``) per
exchange, one gzip member each, flushed at once so that a killed crawl loses at most the record
being written; it starts a new file past ``max_size`` bytes. Each file opens with a ``warcinfo``
record naming the software and, for mirror crawls, the base-URL mapping (see ``urlmap``).

:class:`WarcMiddleware` sits next to the downloader, so it sees every response as received
(robots.txt, sitemaps, retried errors, redirects, 304s, still content-encoded) and every
request with all its headers; it leaves ``(file, offset)`` of the response record in
``request.meta["warc"]`` for the item pipeline.
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vnpolice import __version__
from vnpolice.crawler.urlmap import UrlMap

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

# Twisted hands the body de-chunked: keeping these headers would make readers de-chunk again.
_HOP_HEADERS = frozenset({"transfer-encoding"})


class WarcWriter:
    """Append request/response pairs to ``folder/<prefix>-<serial>.warc.gz``, rotated by size."""

    def __init__(
        self,
        folder: Path,
        prefix: str,
        max_size: int = 100 * 1024 * 1024,
        info: list[tuple[str, str]] | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.prefix = prefix
        self.max_size = max_size
        self.info = info or []
        self.serial = 0
        self.path: Path | None = None
        self._fh: Any = None
        self._writer: WARCWriter | None = None
        self.files: list[Path] = []

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        while True:
            self.serial += 1
            path = self.folder / f"{self.prefix}-{self.serial:05d}.warc.gz"
            if not path.exists():  # never append to a file an earlier (killed) run left
                break
        self.path = path.resolve()
        self._fh = open(self.path, "xb")  # noqa: SIM115 - kept open across records
        self._writer = WARCWriter(self._fh, gzip=True)
        fields = [
            ("software", f"vnpolice/{__version__} (Scrapy, warcio)"),
            ("format", "WARC File Format 1.0"),
            ("hostname", socket.gethostname()),
            ("robots", "obey"),
            *self.info,
        ]
        body = "".join(f"{k}: {v}\r\n" for k, v in fields).encode()
        headers = StatusAndHeaders("", [], protocol=self._writer.warc_version)
        headers.add_header("WARC-Type", "warcinfo")
        headers.add_header("WARC-Record-ID", self._writer._make_warc_id())
        headers.add_header("WARC-Filename", self.path.name)
        headers.add_header("WARC-Date", self._writer.curr_warc_date())
        record = self._writer.create_warc_record(
            "",
            "warcinfo",
            warc_headers=headers,
            payload=BytesIO(body),
            length=len(body),
            warc_content_type="application/warc-fields",
        )
        self._writer.write_record(record)
        self._fh.flush()
        self.files.append(self.path)

    def write(
        self,
        url: str,
        method: str,
        request_headers: list[tuple[str, str]],
        status: int,
        reason: str,
        response_headers: list[tuple[str, str]],
        body: bytes,
        ip: str | None = None,
    ) -> tuple[str, int]:
        """Write one exchange; returns (file, offset) of its response record."""
        if self._writer is None or (self._fh.tell() >= self.max_size):
            self.close()
            self._open()
        assert self._writer is not None and self.path is not None
        date = self._writer.curr_warc_date()
        headers = [(k, v) for k, v in response_headers if k.lower() not in _HOP_HEADERS]
        http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": date}
        if ip:
            warc_headers["WARC-IP-Address"] = ip
        response = self._writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict=warc_headers,
        )
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = list(request_headers)
        if not any(k.lower() == "host" for k, _ in req_headers):
            req_headers.insert(0, ("Host", parts.netloc))
        request = self._writer.create_warc_record(
            url,
            "request",
            http_headers=StatusAndHeaders(
                f"{method} {target} HTTP/1.1", req_headers, is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        offset = self._fh.tell()
        self._writer.write_request_response_pair(request, response)
        self._fh.flush()
        return str(self.path), offset

    def close(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
        self._fh = None
        self._writer = None


def _pairs(headers: Any) -> list[tuple[str, str]]:
    return [
        (k.decode("latin-1"), v.decode("latin-1")) for k, values in headers.items() for v in values
    ]


class WarcMiddleware:
    """Downloader middleware writing every response (with its request) to WARC files."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.folder = Path(crawler.settings.get("VNPOLICE_WARC_DIR") or "warc")
        self.max_size = crawler.settings.getint("VNPOLICE_WARC_MAX_SIZE", 100 * 1024 * 1024)
        self.writer: WarcWriter | None = None
        from scrapy import signals

        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcMiddleware:
        return cls(crawler)

    def _writer(self) -> WarcWriter:
        if self.writer is None:
            spider = self.crawler.spider
            url_map: UrlMap = getattr(spider, "url_map", UrlMap())
            state = getattr(spider, "state", None)
            run = getattr(state, "run_id", None)
            stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
            prefix = f"vnpolice-{stamp}" + (f"-run{run}" if run else "")
            self.writer = WarcWriter(self.folder, prefix, self.max_size, url_map.to_warcinfo())
        return self.writer

    def process_request(self, request: Request) -> None:
        request.meta.pop("warc", None)  # a redirected request carries its first hop's meta

    def process_response(self, request: Request, response: Response) -> Response:
        ip = response.ip_address
        reason = ""
        try:
            from http import HTTPStatus

            reason = HTTPStatus(response.status).phrase
        except ValueError:
            pass
        request.meta["warc"] = self._writer().write(
            response.url,
            request.method,
            _pairs(request.headers),
            response.status,
            reason,
            _pairs(response.headers),
            response.body,
            str(ip) if ip else None,
        )
        return response

    def spider_closed(self) -> None:
        if self.writer is not None:
            self.writer.close()
