"""Fixture articles: the folder model and loader (``original.txt``, ``copies/``,
``article.toml``), ``textguard new`` and the scan runner behind ``textguard scan``."""
