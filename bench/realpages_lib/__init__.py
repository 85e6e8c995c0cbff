"""The real-page corpus of issue 13 (``bench/realpages.py``): building pairs from public test pages,
labelling them by their words, scoring textguard on them, and planting located defects.

Modules: :mod:`html_text` (visible text of HTML, stdlib only), :mod:`extractors` (the optional
pip-installable extractors of the ``bench`` extra), :mod:`variants` (harmless rewritings of an
original), :mod:`labels` (word-based labels, pure), :mod:`mutations` (located defects, pure),
:mod:`build` / :mod:`scoring` (the I/O and the process pool). Nothing here is a runtime part of
textguard; only its public API and ``textguard.testing.strategies`` are imported.
"""
