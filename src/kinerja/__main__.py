"""``python -m kinerja`` sama dengan perintah ``kinerja``."""

import sys

from kinerja.cli import main

sys.exit(main())
