"""``python -m communique.spark``: the archive job (:mod:`communique.spark.job`)."""

import sys

from .job import main

sys.exit(main())
