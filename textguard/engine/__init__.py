"""The engine: find the original's body, align the copy with it, run the registered checks.

:func:`textguard.engine.pipeline.run_checks` is its entry point; :mod:`textguard.api` wraps it
into a :class:`~textguard.report.Report`.
"""
