"""Rule data as named tables; the engines live one level up in ``vnpolice.extract``."""
