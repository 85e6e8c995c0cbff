"""The JSON report of the report contract (docs/report-contract.md), as text.

:meth:`textguard.report.Report.to_dict` is the object; this module writes it (and the objects of
``scan --format json``) the way the command line prints them: indented, UTF-8 unless the reader
cannot take it, then ASCII escapes (still the same JSON).
"""

from __future__ import annotations

import json
from typing import Any

from ..report import Report

__all__ = ["render_json"]


def render_json(data: Report | dict[str, Any], *, ascii_only: bool = False) -> str:
    """``data`` (a report, or an object made of reports' dicts) as indented JSON.

    >>> render_json({"verdict": "pass", "findings": []})
    '{\\n  "verdict": "pass",\\n  "findings": []\\n}'
    """
    obj = data.to_dict() if isinstance(data, Report) else data
    return json.dumps(obj, ensure_ascii=ascii_only, indent=2)
