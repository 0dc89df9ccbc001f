"""``python -m autoparts_crawler`` = the ``autoparts-crawler`` command."""

from autoparts_crawler.cli import main

raise SystemExit(main())
