"""``python -m vnpolice.cli``."""

import sys

from vnpolice.cli import main

sys.exit(main())
