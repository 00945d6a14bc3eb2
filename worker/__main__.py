"""``python -m worker`` is ``event-worker``."""

import sys

from worker.cli import main

sys.exit(main())
