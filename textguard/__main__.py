"""``python -m textguard``: the same entry point as the ``textguard`` command."""

from .cli import main

raise SystemExit(main())
