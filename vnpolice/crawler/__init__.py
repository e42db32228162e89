"""The Scrapy side: one generic news spider driven by site profiles, WARC archiving, crawl state."""
