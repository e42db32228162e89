"""The offline mirror server, and the consistency of every site's mirror with its profile."""

from __future__ import annotations

import email.utils
import gzip
import html
import http.client
import json
import re
import socket
import sys
import time
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import lxml.etree
import lxml.html
import pytest
from conftest import EVAL, ROOT

from vnpolice.crawler import sites
from vnpolice.crawler.mirror import MirrorServer, mirror_root
from vnpolice.crawler.sites import registry
from vnpolice.extract.article import extract_article


def fetch(
    base: str, path: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    """One request without following redirects: (status, headers, body)."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
    finally:
        conn.close()


# -- the server, on a small made-up mirror ---------------------------------------------------


@pytest.fixture
def tiny(tmp_path: Path):
    site = tmp_path / "tiny"
    (site / "tin-tuc").mkdir(parents=True)
    (site / "sitemaps").mkdir()
    (site / "index.html").write_text('<a href="{{BASE}}/tin-tuc/">Tin</a>', encoding="utf-8")
    (site / "robots.txt").write_text("Sitemap: {{BASE}}/sitemap.xml\n", encoding="utf-8")
    (site / "tin-tuc" / "index.html").write_text("trang 1", encoding="utf-8")
    (site / "tin-tuc" / "__q").mkdir()
    (site / "tin-tuc" / "__q" / "page=2").write_text("trang 2", encoding="utf-8")
    (site / "tin-tuc" / "bai-viet-1.html").write_text("<p>Công an</p>", encoding="utf-8")
    (site / "tin-tuc" / "bai-viet-2.html").write_text("<p>" + "x" * 500 + "</p>", encoding="utf-8")
    (site / "about.html").write_text("giới thiệu", encoding="utf-8")
    (site / "sitemaps" / "news.xml.gz").write_bytes(
        gzip.compress(b"<urlset><url><loc>{{BASE}}/tin-tuc/bai-viet-1.html</loc></url></urlset>")
    )
    (site / "manifest.json").write_text("{}", encoding="utf-8")
    (site / "_routes.json").write_text(
        json.dumps(
            {
                "/loi-500": {"status": 500},
                "/cu": {"redirect": "/tin-tuc/bai-viet-1.html"},
                "/tam-thoi": {"redirect": "/about", "status": 302},
                "/cham": {"delay": 1, "body_file": "about.html"},
                "/cat": {"truncate": 100, "body_file": "tin-tuc/bai-viet-2.html"},
                "/chan": {"status": 429, "headers": {"Retry-After": "60"}},
                "/tin-tuc/?page=3": {"status": 503},
            }
        ),
        encoding="utf-8",
    )
    with MirrorServer(tmp_path, sites=["tiny"]) as server:
        yield server


def test_paths_map_to_files_and_base_is_templated(tiny: MirrorServer) -> None:
    base = tiny.base_url("tiny")
    assert base.startswith("http://127.0.0.1:") and not base.endswith("/")
    status, headers, body = fetch(base, "/")
    assert status == 200 and body.decode() == f'<a href="{base}/tin-tuc/">Tin</a>'
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert fetch(base, "/robots.txt")[2].decode() == f"Sitemap: {base}/sitemap.xml\n"
    assert fetch(base, "/robots.txt")[1]["content-type"] == "text/plain; charset=utf-8"
    assert fetch(base, "/tin-tuc/bai-viet-1.html")[2].decode() == "<p>Công an</p>"
    assert fetch(base, "/tin-tuc/bai-viet-1")[2].decode() == "<p>Công an</p>"  # + ".html"
    assert fetch(base, "/tin-tuc")[2] == b"trang 1"  # + "/index.html"
    assert fetch(base, "/about")[2].decode() == "giới thiệu"
    assert fetch(base, "/khong-co.html")[0] == 404
    # The mirror's own bookkeeping files are not part of the site.
    assert fetch(base, "/_routes.json")[0] == 404
    assert fetch(base, "/manifest.json")[0] == 404
    (tiny.root / "secret.txt").write_text("no", encoding="utf-8")
    assert fetch(base, "/../secret.txt")[0] == 404  # nothing outside the site's folder


def test_gzipped_sitemap_is_templated_inside(tiny: MirrorServer) -> None:
    base = tiny.base_url("tiny")
    status, headers, body = fetch(base, "/sitemaps/news.xml.gz")
    assert status == 200
    assert gzip.decompress(body).decode() == (
        f"<urlset><url><loc>{base}/tin-tuc/bai-viet-1.html</loc></url></urlset>"
    )
    assert "charset" not in headers["content-type"]


def test_query_strings(tiny: MirrorServer) -> None:
    base = tiny.base_url("tiny")
    assert fetch(base, "/tin-tuc/?page=2")[2] == b"trang 2"  # a __q file
    assert fetch(base, "/tin-tuc?page=2")[2] == b"trang 2"
    assert fetch(base, "/tin-tuc/?page=3")[0] == 503  # a route on path?query wins
    assert fetch(base, "/tin-tuc/?utm_source=x")[2] == b"trang 1"  # otherwise ignored
    assert fetch(base, "/loi-500?x=1")[0] == 500  # ... and the bare path's route applies


def test_etag_and_conditional_requests(tiny: MirrorServer) -> None:
    base = tiny.base_url("tiny")
    status, headers, body = fetch(base, "/about.html")
    etag, modified = headers["etag"], headers["last-modified"]
    assert status == 200 and etag.startswith('"')
    assert email.utils.parsedate_to_datetime(modified)
    status, headers2, body2 = fetch(base, "/about.html", {"If-None-Match": etag})
    assert status == 304 and body2 == b"" and headers2["etag"] == etag
    assert fetch(base, "/about.html", {"If-Modified-Since": modified})[0] == 304
    assert fetch(base, "/about.html", {"If-None-Match": '"other"'})[0] == 200
    old = email.utils.formatdate(0, usegmt=True)
    assert fetch(base, "/about.html", {"If-Modified-Since": old})[0] == 200
    # The ETag is a hash of the served bytes: another base URL would give another one.
    assert fetch(base, "/")[1]["etag"] != etag


def test_routes(tiny: MirrorServer) -> None:
    base = tiny.base_url("tiny")
    status, _, body = fetch(base, "/loi-500")
    assert (status, body) == (500, b"error 500\n")
    status, headers, _ = fetch(base, "/cu")
    assert status == 301 and headers["location"] == f"{base}/tin-tuc/bai-viet-1.html"
    status, headers, _ = fetch(base, "/tam-thoi")
    assert status == 302 and headers["location"] == f"{base}/about"
    status, headers, _ = fetch(base, "/chan")
    assert status == 429 and headers["retry-after"] == "60"
    started = time.monotonic()
    status, _, body = fetch(base, "/cham")
    assert time.monotonic() - started >= 0.9
    assert (status, body.decode()) == (200, "giới thiệu")


def test_truncated_body(tiny: MirrorServer) -> None:
    base = tiny.base_url("tiny")
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"GET /cat HTTP/1.1\r\nHost: x\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(
        next(h for h in head.split(b"\r\n") if h.lower().startswith(b"content-length")).split(b":")[
            1
        ]
    )
    assert len(body) == 100 < length
    with pytest.raises(http.client.IncompleteRead):
        fetch(base, "/cat")


def test_set_route_and_request_log(tiny: MirrorServer) -> None:
    base = tiny.base_url("tiny")
    tiny.clear_log()
    assert fetch(base, "/about.html")[0] == 200
    tiny.set_route("tiny", "/about.html", {"status": 403})
    assert fetch(base, "/about.html")[0] == 403
    tiny.set_route("tiny", "/about.html", {})  # removed again
    assert fetch(base, "/about.html", method="HEAD")[0] == 200
    fetch(base, "/tin-tuc/?page=2")
    assert tiny.requests("tiny") == [
        ("GET", "/about.html", 200),
        ("GET", "/about.html", 403),
        ("HEAD", "/about.html", 200),
        ("GET", "/tin-tuc/?page=2", 200),
    ]
    tiny.clear_log()
    assert tiny.requests("tiny") == []


def test_stop_frees_the_port(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    server = MirrorServer(tmp_path).start()
    base = server.base_url("a")
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10):  # an idle client
        time.sleep(0.2)
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 2
    with pytest.raises(OSError):
        fetch(base, "/")
    with pytest.raises(KeyError):
        server.base_url("b")
    with pytest.raises(FileNotFoundError):
        MirrorServer(tmp_path, sites=["b"])


def test_mirror_root_is_the_repos_fixtures() -> None:
    assert mirror_root().parts[-2:] == ("fixtures", "mirror")


# -- every site's mirror, against its profile and its manifest --------------------------------

SITE_KEYS = [p.key for p in registry.PROFILES]


@pytest.fixture(scope="module")
def mirrors():
    with MirrorServer(mirror_root()) as server:
        yield server


def manifest(site: str) -> dict:
    return json.loads((mirror_root() / site / "manifest.json").read_text(encoding="utf-8"))


def local(url: str, base: str) -> str | None:
    """Path+query of a link on the mirrored site, else None (another host)."""
    parts = urlsplit(urljoin(base + "/", url))
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + ("?" + parts.query if parts.query else "")


def robots(base: str) -> RobotFileParser:
    parser = RobotFileParser()
    parser.parse(fetch(base, "/robots.txt")[2].decode().splitlines())
    return parser


def discover(server: MirrorServer, site: str) -> dict[str, dict]:
    """Walk a site's discovery sources as a crawler would: listings with their pagination,
    sitemaps (from the profile and robots.txt, indexes and gzip) and feeds.

    Returns, per source kind, {source path: [(link path, listing date or None)]}."""
    profile = sites.get(site)
    base = server.base_url(site)
    found: dict[str, dict] = {"listing": {}, "sitemap": {}, "feed": {}}
    queue = list(profile.listings)
    while queue:
        path = queue.pop(0)
        if path in found["listing"]:
            continue
        status, _, body = fetch(base, path)
        assert status == 200, (site, path, status)
        links: list[tuple[str, datetime | None]] = []
        if profile.parse_listing is not None:
            for link in profile.parse_listing(body.decode(), base + path):
                target = local(link.url, base)
                assert target is not None
                if link.kind == "listing":
                    assert re.search(profile.pagination_pattern, target), target
                    queue.append(target)
                else:
                    links.append((target, link.published))
        else:
            root = lxml.html.fromstring(body)
            for a in root.iter("a"):
                target = local(a.get("href", ""), base)
                if target is None:
                    continue
                if re.search(profile.pagination_pattern, target):
                    queue.append(target)
                links.append((target, listing_date(profile.listing_date_pattern, a)))
        found["listing"][path] = links
    sitemaps = list(profile.sitemaps)
    sitemaps += [
        local(line.split(":", 1)[1].strip(), base)
        for line in fetch(base, "/robots.txt")[2].decode().splitlines()
        if line.lower().startswith("sitemap:")
    ]
    while sitemaps:
        path = sitemaps.pop(0)
        if path in found["sitemap"]:
            continue
        status, _, body = fetch(base, path)
        assert status == 200, (site, path)
        if path.endswith(".gz"):
            body = gzip.decompress(body)
        root = lxml.etree.fromstring(body)
        locs = [local(el.text.strip(), base) for el in root.iter("{*}loc")]
        if root.tag.endswith("sitemapindex"):
            sitemaps += locs
            found["sitemap"][path] = []
        else:
            found["sitemap"][path] = [(loc, None) for loc in locs]
    for path in profile.feeds:
        status, _, body = fetch(base, path)
        assert status == 200, (site, path)
        root = lxml.etree.fromstring(body)
        found["feed"][path] = [(local(el.text.strip(), base), None) for el in root.iter("link")]
    return found


def listing_date(pattern: str | None, a) -> datetime | None:
    """The date printed in a listing item: the pattern searched in the link's nearest block."""
    if not pattern:
        return None
    el = a
    for _ in range(3):
        m = re.search(pattern, " ".join(el.text_content().split()))
        if m:
            g = m.groupdict()
            return datetime(
                int(g["y"]), int(g["m"]), int(g["d"]), int(g.get("H") or 0), int(g.get("M") or 0)
            )
        el = el.getparent()
        if el is None or el.tag in ("body", "ul", "ol", "main"):
            return None
    return None


@pytest.mark.parametrize("site", SITE_KEYS)
def test_manifest_articles_are_served_and_extracted(mirrors: MirrorServer, site: str) -> None:
    m, profile, base = manifest(site), sites.get(site), mirrors.base_url(site)
    assert len(m["articles"]) >= 10
    without_meta = 0
    for path in m["articles"]:
        status, headers, body = fetch(base, path)
        assert status == 200, path
        assert re.search(profile.article_pattern, path), path
        art = extract_article(body, base + path, headers)
        assert art.is_article, (path, art.reason)
        assert art.title and art.published and len(art.text) > 300, path
        assert art.url == base + path  # its own canonical URL
        expected = datetime.fromisoformat(m["published"][path])
        if b"article:published_time" in body:
            assert art.published == expected, path
        else:
            without_meta += 1
            assert art.published.date() == expected.date(), path
    assert without_meta >= 2  # the printed date has to be read on some pages


@pytest.mark.parametrize("site", SITE_KEYS)
def test_discovered_links_resolve(mirrors: MirrorServer, site: str) -> None:
    m, base = manifest(site), mirrors.base_url(site)
    rules = robots(base)
    declared = set(m["broken"]) | set(m["disallowed"])
    found = discover(mirrors, site)
    links = {p for source in found.values() for items in source.values() for p, _ in items}
    assert set(m["articles"]) <= links  # a full crawl can find every article
    for path in sorted(links):
        if path in m["disallowed"]:
            assert not rules.can_fetch("*", base + path), path
            continue
        assert rules.can_fetch("*", base + path), path
        if path in declared:
            continue
        status, headers, _ = fetch(base, path, method="HEAD")
        if status in (301, 302):
            target = local(headers["location"], base)
            assert m["redirects"][path] == target
            status = fetch(base, target, method="HEAD")[0]
        assert status == 200, (site, path, status)
    # Every kind of special page is reachable through discovery.
    for key in ("not_articles", "broken", "redirects", "duplicates"):
        assert set(m[key]) & links, key
    assert set(m["disallowed"]) & links


@pytest.mark.parametrize("site", SITE_KEYS)
def test_pagination_and_listing_dates(mirrors: MirrorServer, site: str) -> None:
    m, profile = manifest(site), sites.get(site)
    found = discover(mirrors, site)["listing"]
    assert set(found) == set(m["listings"]) | set(
        # congan.hanoi.gov.vn: the API page past the last one (empty) is fetched too
        p
        for p in found
        if not found[p]
    )
    assert sum(1 for p in found if re.search(profile.pagination_pattern, p)) >= 2
    assert len(found[profile.listings[0]]) >= 3  # the first listing has three pages
    # Listing items print dates (or the API gives them), equal to the articles' dates.
    dated = {p: d for items in found.values() for p, d in items if d is not None}
    for path in m["articles"]:
        expected = datetime.fromisoformat(m["published"][path]).replace(tzinfo=None)
        if path in dated:
            got = dated[path].replace(tzinfo=None)
            assert got.date() == expected.date(), path
            if got.hour or got.minute:
                assert got == expected, path
    assert len(set(m["articles"]) & set(dated)) == len(m["articles"])


@pytest.mark.parametrize("site", SITE_KEYS)
def test_since_cases_stop_pagination_midway(mirrors: MirrorServer, site: str) -> None:
    m, profile = manifest(site), sites.get(site)
    found = discover(mirrors, site)["listing"]
    first = profile.listings[0]
    chain = [
        p for p in m["listings"] if p == first or (p.startswith(first.split("?")[0]) and p != first)
    ]
    chain = [p for p in chain if p in found and found[p]]
    for case in m["since_cases"]:
        since = date.fromisoformat(case["since"])
        assert case["articles"] == [
            a for a in m["articles"] if datetime.fromisoformat(m["published"][a]).date() >= since
        ]
        assert 0 < len(case["articles"]) < len(m["articles"])

        # A crawler stops after the first page holding an item older than --since: before the end.
        def oldest(page: str) -> date:
            return min(d.date() for _, d in found[page] if d is not None)

        stop = next(i for i, p in enumerate(chain) if oldest(p) < since)
        assert stop < len(chain) - 1, (site, case["since"])


@pytest.mark.parametrize("site", SITE_KEYS)
def test_special_pages(mirrors: MirrorServer, site: str) -> None:
    m, profile, base = manifest(site), sites.get(site), mirrors.base_url(site)
    for path in m["not_articles"]:
        status, headers, body = fetch(base, path)
        assert status == 200 and re.search(profile.article_pattern, path), path
        assert not extract_article(body, base + path, headers).is_article, path
    for dup, canonical in m["duplicates"].items():
        status, headers, body = fetch(base, dup)
        assert status == 200 and re.search(profile.article_pattern, dup)
        assert extract_article(body, base + dup, headers).url == base + canonical
    for old, new in m["redirects"].items():
        status, headers, _ = fetch(base, old)
        assert status == 301 and headers["location"] == base + new
        assert new in m["articles"]
    rules = robots(base)
    for path in m["disallowed"]:
        assert not rules.can_fetch("*", base + path)
    for path in m["articles"]:
        assert rules.can_fetch("*", base + path)
    for path in m["broken"]:
        assert re.search(profile.article_pattern, path), path
        try:
            status, headers, body = fetch(base, path)
        except http.client.IncompleteRead:
            continue  # a truncated transfer
        assert status != 200 or not extract_article(body, base + path, headers).is_article, path


@pytest.mark.parametrize("site", SITE_KEYS)
def test_article_bodies_are_the_real_texts(mirrors: MirrorServer, site: str) -> None:
    records = (EVAL / "texts.jsonl").read_text(encoding="utf-8").splitlines()
    base = mirrors.base_url(site)
    for path, line in manifest(site)["texts"].items():
        if path in manifest(site)["broken"]:
            continue
        text = json.loads(records[line - 1])["text"]
        body = fetch(base, path)[2].decode()
        for para in text.split("\n")[:5]:
            assert html.escape(para.strip()[:80]) in body, (path, para[:40])


def test_mirrors_are_what_the_script_makes(tmp_path: Path) -> None:
    """The committed mirrors are exactly what scripts/make_mirrors.py generates."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_mirrors
    finally:
        sys.path.pop(0)
    make_mirrors.main(tmp_path, quiet=True)
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    have = sorted(p.relative_to(mirror_root()) for p in mirror_root().rglob("*") if p.is_file())
    assert made == have
    for rel in made:
        assert (tmp_path / rel).read_bytes() == (mirror_root() / rel).read_bytes(), rel


def test_mirror_size_is_modest() -> None:
    total = sum(p.stat().st_size for p in mirror_root().rglob("*") if p.is_file())
    assert total < 3_000_000
