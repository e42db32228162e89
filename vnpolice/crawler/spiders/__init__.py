"""Spiders of the vnpolice Scrapy project: one generic news spider (``news``)."""
