"""vnpolice: Vietnamese police news to a queryable archive of campaigns and events."""

__version__ = "0.1.0"
