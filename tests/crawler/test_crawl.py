"""Real Scrapy crawls of the offline mirrors on 127.0.0.1, checked through the store and the
mirror server's request log.

Every crawl runs as its own process (`python -m vnpolice.cli crawl ...`, a fresh Twisted
reactor each time) against a MirrorServer running in the test process, with the politeness
delays shortened (FAST) but the same spider, middlewares and pipeline as a real crawl.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from sqlalchemy import func, select, text

from vnpolice import models as m
from vnpolice.crawler import sites as registry
from vnpolice.crawler.mirror import MirrorServer, mirror_root
from vnpolice.db import make_engine, open_store

SITES = ["cand", "congan", "bocongan", "antd", "csgt", "congan_hanoi"]
TIMEOUT = 1.5  # DOWNLOAD_TIMEOUT in these tests: a route delayed past it is a timeout
FAST = [
    "--set", "DOWNLOAD_DELAY=0",
    "--set", "AUTOTHROTTLE_START_DELAY=0.01",
    "--set", "AUTOTHROTTLE_MAX_DELAY=0.2",
    "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
    "--set", "RETRY_BACKOFF_BASE=0.05",
    "--set", "RETRY_BACKOFF_MAX=0.2",
    "--set", f"DOWNLOAD_TIMEOUT={TIMEOUT}",
    "--quiet",
]  # fmt: skip


def manifest(site: str, root: Path | None = None) -> dict[str, Any]:
    return json.loads(((root or mirror_root()) / site / "manifest.json").read_text("utf-8"))


def real(site: str, path: str) -> str:
    return registry.get(site).base_url + path


def crawl_command(
    server: MirrorServer, sites: list[str], db: str, warc: Path, *args: str
) -> list[str]:
    bases = [a for s in sites for a in ("--base", f"{s}={server.base_url(s)}")]
    return [
        sys.executable, "-m", "vnpolice.cli", "crawl", *sites, *bases,
        "--db", db, "--warc-dir", str(warc), *FAST, *args,
    ]  # fmt: skip


def crawl(
    server: MirrorServer, sites: list[str], db: str, warc: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        crawl_command(server, sites, db, warc, *args),
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def requested(server: MirrorServer, site: str) -> list[str]:
    return [path for _method, path, _status in server.requests(site)]


def snapshot(db: str) -> dict[str, Any]:
    """What a crawl leaves in the store, without times and ids."""
    engine = make_engine(db)
    with engine.connect() as conn:
        pages = dict(conn.execute(select(m.Page.url, m.Page.state)).all())
        articles = sorted(
            conn.execute(
                select(
                    m.Article.url,
                    m.Article.version,
                    m.Article.is_current,
                    m.Article.content_hash,
                    m.Article.title,
                    m.Article.published,
                )
            ).all()
        )
        events = sorted(
            conn.execute(
                select(
                    m.Article.url,
                    m.Article.version,
                    m.Event.type,
                    m.Event.name,
                    m.Event.date_value,
                    m.Event.sentence_start,
                    m.Event.sentence_end,
                ).join(m.Event.article)
            ).all(),
            key=repr,
        )
        mentions = conn.scalar(select(func.count()).select_from(m.Mention))
    engine.dispose()
    return {"pages": pages, "articles": articles, "events": events, "mentions": mentions}


def current_articles(snap: dict[str, Any], site: str) -> set[str]:
    base = registry.get(site).base_url + "/"
    return {row[0] for row in snap["articles"] if row[2] and row[0].startswith(base)}


def reset(db: str) -> None:
    """Empty the store at ``db`` (a new SQLite file, or PostgreSQL's schema dropped)."""
    engine = make_engine(db)
    if engine.dialect.name == "sqlite":
        engine.dispose()
        path = Path(engine.url.database or "")
        for p in path.parent.glob(path.name + "*"):
            p.unlink()
        return
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def mirrors() -> Any:
    with MirrorServer(mirror_root()) as server:
        yield server


# ---------------------------------------------------------------- the whole archive, two ways


def test_full_crawl_then_ingest_of_its_warcs(
    store_url: str, tmp_path: Path, mirrors: MirrorServer
) -> None:
    warc = tmp_path / "warc"
    done = crawl(mirrors, SITES, store_url, warc)
    assert "total" in done.stdout and "finished" in done.stdout
    crawled = snapshot(store_url)

    for site in SITES:
        man = manifest(site)
        assert current_articles(crawled, site) == {real(site, p) for p in man["articles"]}, site
        log = requested(mirrors, site)
        for path in man.get("disallowed", []):
            assert path not in log, f"{site}: robots.txt forbids {path}"
            assert crawled["pages"].get(real(site, path)) in (None, "disallowed")
        for path in man.get("broken", {}):
            assert crawled["pages"].get(real(site, path)) in ("failed", "not_article"), path
        for path in man.get("redirects", {}):
            if path in log:
                assert crawled["pages"][real(site, path)] == "redirected"
        for dup in man.get("duplicates", {}):
            if dup in log:
                assert crawled["pages"][real(site, dup)] == "duplicate"
        for path in man.get("not_articles", []):
            assert crawled["pages"].get(real(site, path)) in (None, "not_article"), path
    assert all(v == 1 for v in Counter(r[0] for r in crawled["articles"]).values())

    factory = open_store(store_url)
    with factory() as session:
        run = session.scalars(select(m.CrawlRun)).one()
        pages = session.scalars(select(m.Page).where(m.Page.state == "extracted")).all()
        assert all(p.warc_file and p.warc_offset is not None for p in pages)
        assert all(p.etag and p.run_id == run.id for p in pages)
    factory.kw["bind"].dispose()
    assert run.command == "crawl" and run.status == "finished" and run.ended is not None
    assert run.counts["articles"] == sum(len(manifest(s)["articles"]) for s in SITES)
    assert set(run.counts["sites"]) == set(SITES)

    # Each stored page's WARC offset is the start of its own response record.
    from warcio.archiveiterator import ArchiveIterator

    page = pages[0]
    with open(page.warc_file, "rb") as fh:
        fh.seek(page.warc_offset)
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_type == "response"
        assert record.rec_headers.get_header("WARC-Target-URI").endswith(page.url.split("/", 3)[3])

    # Rebuild from the WARC files alone, into an empty store of the same kind.
    reset(store_url)
    done = subprocess.run(
        [sys.executable, "-m", "vnpolice.cli", "ingest", "--quiet", str(warc), "--db", store_url],
        capture_output=True, text=True, timeout=180, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rebuilt = snapshot(store_url)
    assert rebuilt["articles"] == crawled["articles"]
    assert rebuilt["events"] == crawled["events"]
    assert rebuilt["mentions"] == crawled["mentions"]


# ---------------------------------------------------------------- discovery bounds


@pytest.mark.parametrize("site", SITES)
def test_since_stops_pagination(site: str, tmp_path: Path, mirrors: MirrorServer) -> None:
    case = manifest(site)["since_cases"][0]
    db = f"sqlite:///{tmp_path / 'since.db'}"
    crawl(mirrors, [site], db, tmp_path / "warc", "--since", case["since"])
    got = current_articles(snapshot(db), site)
    assert got == {real(site, p) for p in case["articles"]}
    wanted = set(case["articles"])
    others = set(manifest(site)["articles"]) - wanted
    log = requested(mirrors, site)
    assert not others & set(log), "articles older than --since were fetched"
    listings = manifest(site).get("listings") or []
    if len(listings) > 2:
        assert set(listings) - set(log), "pagination went on past --since"


def test_generic_profile_from_a_start_url(tmp_path: Path, mirrors: MirrorServer) -> None:
    """Any site from one URL: robots.txt sitemaps, feeds announced by the page, long-slug links."""
    db = f"sqlite:///{tmp_path / 'generic.db'}"
    base = mirrors.base_url("antd")
    cmd = [
        sys.executable, "-m", "vnpolice.cli", "crawl", "--start-url", base + "/phap-luat/",
        "--db", db, "--warc-dir", str(tmp_path / "warc"), *FAST,
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    stored = {row[0] for row in snapshot(db)["articles"]}
    man = manifest("antd")
    assert {base + p for p in man["articles"]} <= stored
    assert not set(man["disallowed"]) & set(requested(mirrors, "antd"))


# ---------------------------------------------------------------- failures


def test_failures_are_recorded_and_the_crawl_goes_on(tmp_path: Path) -> None:
    site = "antd"
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root() / site, root / site)
    (root / site / "captcha.html").write_text(
        '<html><head><title>Xác minh</title></head><body><form><img class="captcha-img" src="/c.png">'
        '<input name="captcha_code"><div class="g-recaptcha" data-sitekey="x"></div></form></body></html>',
        encoding="utf-8",
    )
    articles = manifest(site, root)["articles"]
    misbehaving = {
        articles[0]: ({"status": 500}, "failed", "HTTP 500"),
        articles[1]: ({"status": 429}, "blocked", "429"),
        articles[2]: ({"delay": TIMEOUT + 1.5}, "failed", "timeout"),
        articles[3]: ({"redirect": "/loop-b/"}, "failed", "redirect loop"),
        articles[4]: ({"truncate": 200}, "failed", "truncated body"),
        articles[5]: ({"status": 403}, "blocked", "403"),
        articles[6]: ({"body_file": "captcha.html"}, "blocked", "captcha"),
    }
    db = f"sqlite:///{tmp_path / 'failures.db'}"
    with MirrorServer(root) as server:
        for path, (behaviour, _, _) in misbehaving.items():
            server.set_route(site, path, behaviour)
        server.set_route(site, "/loop-b/", {"redirect": articles[3]})
        started = time.monotonic()
        crawl(server, [site], db, tmp_path / "warc")
        took = time.monotonic() - started
        log = server.requests(site)
    assert took < 60
    factory = open_store(db)
    with factory() as session:
        pages = {p.url: p for p in session.scalars(select(m.Page))}
        run = session.scalars(select(m.CrawlRun)).one()
    factory.kw["bind"].dispose()
    for path, (_, state, reason) in misbehaving.items():
        page = pages[real(site, path)]
        assert (page.state, reason in (page.reason or "")) == (state, True), (path, page.reason)
    for path in articles[7:]:
        assert pages[real(site, path)].state == "extracted"
    # Retried with backoff (1 + RETRY_TIMES attempts), then given up.
    assert sum(1 for _, p, _ in log if p == articles[0]) == 3
    assert sum(1 for _, p, _ in log if p == articles[1]) == 3
    assert run.status == "finished"
    assert run.counts["blocked"] == 3 and run.counts["errors"] >= 4


# ---------------------------------------------------------------- resumable and incremental


def test_killed_crawl_resumes_to_the_same_store(tmp_path: Path, mirrors: MirrorServer) -> None:
    sites = ["cand", "csgt", "congan"]
    whole = f"sqlite:///{tmp_path / 'whole.db'}"
    crawl(mirrors, sites, whole, tmp_path / "warc-whole")

    killed_db = tmp_path / "killed.db"
    killed = f"sqlite:///{killed_db}"
    mirrors.clear_log()
    command = crawl_command(mirrors, sites, killed, tmp_path / "warc-killed")
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    extracted: set[str] = set()
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if killed_db.exists():
                try:
                    pages = snapshot(killed)["pages"]
                except Exception:  # the schema is being created
                    continue
                extracted = {u for u, s in pages.items() if s == "extracted"}
                if len(extracted) >= 4:
                    break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the crawl ended before it could be killed"
    total = sum(len(manifest(s)["articles"]) for s in sites)
    assert 4 <= len(extracted) < total

    mirrors.clear_log()
    subprocess.run(command, cwd=ROOT, timeout=180, check=True, capture_output=True)
    again = {real(s, p) for s in sites for p in requested(mirrors, s)}
    assert not extracted & again, "pages stored before the kill were fetched again"
    assert snapshot(killed) == snapshot(whole)


def _edit(article: Path) -> None:
    html = article.read_text("utf-8")
    marker = "</p>"
    cut = html.index(marker)
    article.write_text(
        html[:cut]
        + " Đến chiều cùng ngày, cơ quan điều tra đã bắt giữ thêm 3 đối tượng liên quan."
        + html[cut:],
        encoding="utf-8",
    )


def test_second_run_fetches_nothing_stored_refresh_revalidates(tmp_path: Path) -> None:
    site = "antd"
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root() / site, root / site)
    man = manifest(site, root)
    articles = set(man["articles"])
    db = f"sqlite:///{tmp_path / 'incremental.db'}"
    with MirrorServer(root) as server:
        crawl(server, [site], db, tmp_path / "warc")
        first = snapshot(db)

        server.clear_log()
        crawl(server, [site], db, tmp_path / "warc")
        assert not articles & set(requested(server, site)), "a stored article was fetched again"
        assert snapshot(db)["articles"] == first["articles"]

        changed = sorted(articles)[0]
        _edit(root / site / changed.lstrip("/"))
        server.clear_log()
        crawl(server, [site], db, tmp_path / "warc", "--refresh")
        answers = {path: status for _, path, status in server.requests(site) if path in articles}
    assert answers[changed] == 200
    assert {s for p, s in answers.items() if p != changed} == {304}  # conditional requests
    after = snapshot(db)
    versions = Counter(row[0] for row in after["articles"])
    assert versions.pop(real(site, changed)) == 2
    assert set(versions.values()) == {1}
    current = [row for row in after["articles"] if row[0] == real(site, changed) and row[2]]
    assert current[0][1] == 2

    factory = open_store(db)
    with factory() as session:
        runs = session.scalars(select(m.CrawlRun).order_by(m.CrawlRun.id)).all()
    factory.kw["bind"].dispose()
    assert [r.status for r in runs] == ["finished"] * 3
    assert runs[1].counts["skipped"] >= len(articles) and runs[1].counts["articles"] == 0
    assert runs[2].counts["not_modified"] >= len(articles) - 1
    assert runs[2].counts["new_versions"] == 1


# ---------------------------------------------------------------- the commands around it


def test_demo_serves_the_mirrors_and_prints_events(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "vnpolice.cli", "demo", "csgt", "--db", db, "--quiet",
         "--warc-dir", str(tmp_path / "warc")],
        capture_output=True, text=True, timeout=180, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "blood_donation" in done.stdout and "event(s)" in done.stdout
    runs = subprocess.run(
        [sys.executable, "-m", "vnpolice.cli", "runs", "--db", db],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=True,
    )  # fmt: skip
    assert "demo" in runs.stdout and "finished" in runs.stdout


def test_scrapy_project_commands() -> None:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": ""}
    env.pop("SCRAPY_SETTINGS_MODULE")
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"],
        capture_output=True, text=True, timeout=60, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["news"]


def test_ingest_reads_a_damaged_warc_up_to_the_damage(tmp_path: Path) -> None:
    """A crawl killed while writing leaves a cut gzip member at the end: the rest is kept."""
    from vnpolice.crawler.warc import WarcWriter
    from vnpolice.ingest import iter_warc_pages

    seed = (ROOT / "fixtures" / "pages" / "csgt_seed.html").read_bytes()
    writer = WarcWriter(tmp_path, "t", info=[])
    file, offset = writer.write(
        "https://www.csgt.vn/tin-tuc/x-1234.html",
        "GET",
        [("User-Agent", "t")],
        200,
        "OK",
        [("Content-Type", "text/html; charset=utf-8")],
        seed,
    )
    _, second = writer.write(
        "https://www.csgt.vn/tin-tuc/y-1235.html", "GET", [], 200, "OK",
        [("Content-Type", "text/html")], seed,
    )  # fmt: skip
    writer.close()
    data = Path(file).read_bytes()
    Path(file).write_bytes(data[: second + 500])  # killed while writing the second response
    errors: list[str] = []
    pages = list(iter_warc_pages(Path(file), errors.append))
    assert [p.url for p in pages] == ["https://www.csgt.vn/tin-tuc/x-1234.html"]
    assert pages[0].warc_offset == offset and pages[0].body == seed
    assert len(errors) == 1


def test_warc_files_rotate_by_size(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    from vnpolice.crawler.warc import WarcWriter

    writer = WarcWriter(tmp_path, "r", max_size=2000, info=[("vnpolice-base-url-map", "a b")])
    body = os.urandom(1500)
    spots = [
        writer.write(f"http://x.vn/{i}", "GET", [], 200, "OK", [("Content-Type", "x")], body)
        for i in range(3)
    ]
    writer.close()
    assert len({f for f, _ in spots}) == 3
    for i, (file, offset) in enumerate(spots):
        with gzip.open(file) as fh:
            assert fh.read(9) == b"WARC/1.0\r"
        with open(file, "rb") as fh:
            kinds = [r.rec_type for r in ArchiveIterator(fh)]
            assert kinds == ["warcinfo", "response", "request"]
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_headers.get_header("WARC-Target-URI") == f"http://x.vn/{i}"


def test_ingest_reads_other_crawlers_warcs(tmp_path: Path) -> None:
    """A WARC another crawler wrote (plain or gzipped, no mapping, revisits, non-HTML records)."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from vnpolice.cli import main

    seed = (ROOT / "fixtures" / "pages" / "csgt_seed.html").read_bytes()
    url = "https://www.csgt.vn/tin-tuc/cuc-canh-sat-giao-thong-1234.html"
    offsets = {}
    for name, gz in (("plain.warc", False), ("heritrix.warc.gz", True)):
        with open(tmp_path / name, "wb") as fh:
            writer = WARCWriter(fh, gzip=gz)
            writer.write_record(writer.create_warcinfo_record(name, {"software": "Heritrix/3.4"}))
            for target, ctype, body in (
                ("https://www.csgt.vn/robots.txt", "text/plain", b"User-agent: *\n"),
                (url, "text/html; charset=UTF-8", seed),
            ):
                http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                offsets.setdefault(name, fh.tell())
                if target == url:
                    offsets[name] = fh.tell()
                writer.write_record(
                    writer.create_warc_record(
                        target, "response", payload=BytesIO(body), length=len(body),
                        http_headers=http,
                    )
                )  # fmt: skip
            writer.write_record(
                writer.create_revisit_record(url, "sha1:AAAA", url, "2020-04-28T00:00:00Z")
            )
    db = f"sqlite:///{tmp_path / 'others.db'}"
    assert main(["ingest", "-q", str(tmp_path), "--db", db]) == 0
    factory = open_store(db)
    with factory() as session:
        articles = session.scalars(select(m.Article)).all()
        page = articles[0].page
        events = session.scalars(select(m.Event)).all()
    factory.kw["bind"].dispose()
    assert len(articles) == 1 and any(e.type == "blood_donation" for e in events)
    assert Path(page.warc_file).name in offsets
    assert page.warc_offset == offsets[Path(page.warc_file).name]


def test_max_pages_caps_article_fetches(tmp_path: Path, mirrors: MirrorServer) -> None:
    db = f"sqlite:///{tmp_path / 'max.db'}"
    crawl(mirrors, ["antd"], db, tmp_path / "warc", "--max-pages", "3")
    pattern = registry.get("antd").article_pattern
    import re

    fetched = [p for p in requested(mirrors, "antd") if re.search(pattern, p)]
    assert len(fetched) == 3


def test_sitemap_lastmod_after_our_fetch_rechecks_the_page(tmp_path: Path) -> None:
    """Without --refresh, a page the sitemap says changed after we fetched it is re-checked."""
    site = "bocongan"
    root = tmp_path / "mirror"
    shutil.copytree(mirror_root() / site, root / site)
    articles = set(manifest(site, root)["articles"])
    sitemap = root / site / "sitemap.xml"
    db = f"sqlite:///{tmp_path / 'lastmod.db'}"
    with MirrorServer(root) as server:
        crawl(server, [site], db, tmp_path / "warc")
        xml = sitemap.read_text("utf-8")
        changed = next(p for p in sorted(articles) if f"{p}</loc><lastmod>" in xml)
        cut = xml.index(f"{changed}</loc><lastmod>") + len(f"{changed}</loc><lastmod>")
        sitemap.write_text(xml[:cut] + "2099-01-01" + xml[cut + 10 :], encoding="utf-8")
        _edit(root / site / changed.lstrip("/"))
        server.clear_log()
        crawl(server, [site], db, tmp_path / "warc")
        fetched = articles & set(requested(server, site))
    assert fetched == {changed}
    versions = Counter(row[0] for row in snapshot(db)["articles"])
    assert versions[real(site, changed)] == 2
