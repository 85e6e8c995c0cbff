"""Renderers: a :class:`~textguard.report.Report` in, text, JSON or HTML out.

A renderer formats what the report carries (its findings, texts and layout) and never runs a
check: nothing in this package imports the engine.
"""
