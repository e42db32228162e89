"""The profiled sites, in the order ``vnpolice crawl`` lists them."""

from __future__ import annotations

from vnpolice.crawler.sites import antd, bocongan, cand, congan, congan_hanoi, csgt

PROFILES = [
    cand.PROFILE,
    congan.PROFILE,
    bocongan.PROFILE,
    antd.PROFILE,
    csgt.PROFILE,
    congan_hanoi.PROFILE,
]
