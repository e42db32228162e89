"""Scrapy settings of the vnpolice crawler (``scrapy.cfg`` points here).

Polite by default: robots.txt obeyed, AutoThrottle on with at most 2 requests in flight per site,
retries with exponential backoff, bounded timeouts, redirects and sizes. Every setting here can be
overridden with ``-s NAME=VALUE`` (``scrapy crawl``) or ``--set NAME=VALUE`` (``vnpolice crawl``);
the tests shorten the timeouts and delays that way.

Our own settings (all prefixed ``VNPOLICE_``):

``VNPOLICE_DB``            SQLAlchemy URL of the store (default: ``$VNPOLICE_DB`` or sqlite:///vnpolice.db)
``VNPOLICE_WARC_DIR``      folder of the WARC files (default ``warc``)
``VNPOLICE_WARC_MAX_SIZE`` a WARC file is closed and a new one started past this many bytes
``VNPOLICE_PROGRESS``      seconds between progress lines on stderr (0: none)
``VNPOLICE_COMMAND``       how the run is named in ``crawl_run`` (``crawl``, ``demo``)
``RETRY_BACKOFF_BASE``     seconds before the first retry; doubled at each further retry
``RETRY_BACKOFF_MAX``      cap of that delay (a ``Retry-After`` header is honoured up to it)
"""

from __future__ import annotations

from vnpolice import __version__

BOT_NAME = "vnpolice"
SPIDER_MODULES = ["vnpolice.crawler.spiders"]
NEWSPIDER_MODULE = "vnpolice.crawler.spiders"

# -- identity and politeness -------------------------------------------------------------------
USER_AGENT = f"vnpolice/{__version__} (+https://github.com/vnpolice/vnpolice; research crawler)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
COOKIES_ENABLED = False

# -- robustness: nothing may hang or grow without bound ----------------------------------------
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True  # a truncated body is a failure, never half an article
REDIRECT_MAX_TIMES = 5
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"  # a failure is recorded in the store with its reason
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
# Every request carries dont_filter: the spider deduplicates by stored URL itself, so that a
# redirect loop ends in "max redirections reached" instead of vanishing in the duplicate filter.
DUPEFILTER_DEBUG = False

# -- our components (spaced order numbers so new steps slot in) ---------------------------------
DOWNLOADER_MIDDLEWARES = {
    # Engine side first; process_response runs from the downloader side (high numbers) down.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "vnpolice.crawler.middlewares.RobotsMiddleware": 100,
    "vnpolice.crawler.middlewares.BlockedMiddleware": 540,  # sees the final answer, after retries
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "vnpolice.crawler.middlewares.BackoffRetryMiddleware": 550,
    "vnpolice.crawler.middlewares.RedirectStateMiddleware": 650,  # each 3xx before it is followed
    "vnpolice.crawler.warc.WarcMiddleware": 950,  # raw bytes as received, every request made
}
ITEM_PIPELINES = {
    "vnpolice.crawler.pipelines.StorePipeline": 800,
}
EXTENSIONS = {
    "vnpolice.crawler.run.RunRecorder": 500,
}

# -- vnpolice ---------------------------------------------------------------------------------
VNPOLICE_DB = None
VNPOLICE_WARC_DIR = "warc"
VNPOLICE_WARC_MAX_SIZE = 100 * 1024 * 1024
VNPOLICE_PROGRESS = 0.0
VNPOLICE_COMMAND = "scrapy crawl"

# -- Scrapy housekeeping -----------------------------------------------------------------------
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
