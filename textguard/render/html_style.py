"""The look of the HTML report: one colour per finding kind, and the page's stylesheet.

Kept apart from :mod:`textguard.render.html` (which builds the markup) so that either can be read
on its own. The stylesheet is inlined into every page: a report is one file that fetches nothing.
Each kind's class sets two CSS variables, ``--bg`` (the highlight) and ``--fg`` (its underline,
number and legend swatch); a kind without colours of its own gets the grey of ``html``.
"""

from __future__ import annotations

import re

from ..registry import kinds

__all__ = ["kind_class", "kind_colours", "stylesheet"]


def kind_colours() -> dict[str, tuple[str, str]]:
    """The colours of each registered finding kind (:mod:`textguard.registry`): a light background
    for the highlight and a darker accent for its underline, number and legend."""
    return {k.name: k.colour for k in kinds()}


_UNKNOWN_COLOURS = ("#e9ecef", "#868e96")


def kind_class(kind: str) -> str:
    """The CSS class of a finding kind.

    >>> kind_class("quote-altered")
    'k-quote-altered'
    """
    return "k-" + re.sub(r"[^a-z0-9-]", "-", kind.lower())


def stylesheet() -> str:
    """The page's CSS: the layout, then one rule per kind setting its colours."""
    kinds = "".join(f".{kind_class(k)}{{--bg:{bg};--fg:{fg}}}" for k, (bg, fg) in kind_colours().items())
    return _CSS + kinds


_CSS = (
    """
*{box-sizing:border-box}
html{--bg:%s;--fg:%s}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:#212529;background:#f1f3f5}
a{color:#1864ab}
.banner{padding:14px 24px 12px;color:#fff;background:#495057}
.banner.fail{background:#c92a2a}.banner.pass{background:#2b8a3e}
.banner h1{margin:0;font-size:20px;font-weight:600;overflow-wrap:anywhere}
.banner .verdict{display:inline-block;margin-right:10px;padding:1px 10px;border-radius:4px;
background:#fff;font-weight:800;letter-spacing:.06em}
.banner.fail .verdict{color:#c92a2a}.banner.pass .verdict{color:#2b8a3e}
.banner p{margin:4px 0 0}.banner .against{opacity:.9;overflow-wrap:anywhere}
.banner .count{margin-right:14px;font-weight:700;font-size:15px}
.banner .stats{opacity:.85}.banner .back{float:right;color:#fff}
.legend{padding:8px 24px;background:#fff;border-bottom:1px solid #dee2e6}
.legend ul{display:flex;flex-wrap:wrap;gap:6px 16px;margin:0;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:6px}.legend b{color:#495057}
.swatch{display:inline-block;width:22px;height:14px;border-radius:3px;background:var(--bg);
box-shadow:inset 0 -3px var(--fg)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:16px;padding:16px 24px;
align-items:start}
@media (max-width:1000px){.layout{grid-template-columns:minmax(0,1fr)}}
table.sbs{width:100%%;table-layout:fixed;border-collapse:separate;border-spacing:0;background:#fff;
border:1px solid #dee2e6;border-radius:6px}
.sbs th{position:sticky;top:0;z-index:2;padding:8px 12px;text-align:left;background:#f8f9fa;
border-bottom:2px solid #dee2e6;font-size:13px}
.sbs th:first-child,.sbs td:first-child{border-right:1px solid #dee2e6}
.path{font-weight:400;color:#868e96;margin-left:6px;overflow-wrap:anywhere}
.sbs td{vertical-align:top;padding:8px 12px;border-bottom:1px solid #f1f3f5}
.para{position:relative;padding-left:30px;margin:0 0 8px;
font:15px/1.6 Georgia,"DejaVu Serif","Times New Roman",serif;overflow-wrap:anywhere}
.para:last-child{margin-bottom:0}
.para::before{content:attr(data-n);position:absolute;left:0;top:3px;color:#adb5bd;
font:11px/1.6 ui-monospace,"DejaVu Sans Mono",monospace}
.para p{margin:0}
.para.chrome{color:#868e96}
.badge{display:inline-block;margin:0 0 2px;padding:0 6px;border-radius:3px;
font:600 11px/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em}
.badge.chrome{background:#e9ecef;color:#495057}
.badge.furniture{background:#495057;color:#fff;margin-right:4px}
td.gap{color:#868e96;font-style:italic;font-size:13px;
background:repeating-linear-gradient(135deg,#f8f9fa 0 8px,#f1f3f5 8px 16px)}
td.gap.missing{color:#c92a2a;background:repeating-linear-gradient(135deg,#fff5f5 0 8px,#ffe3e3 8px 16px)}
tr.cut td{border-top:3px dashed #c92a2a}.cut{font-style:normal;font-weight:700}
tr.added td.copy{background:#fcfcfd}
mark{color:inherit;background:var(--bg);padding:2px 0;border-radius:2px;
box-shadow:inset 0 -2px var(--fg)}
mark mark{padding:0}
mark.sev-error{box-shadow:inset 0 -3px var(--fg)}
mark.sev-info{box-shadow:inset 0 -1px var(--fg)}
mark.point{padding:0 1px;box-shadow:none;border-left:3px solid var(--fg)}
.ref{display:inline-block;min-width:16px;margin:0 2px 0 1px;padding:0 4px;border-radius:8px;
background:var(--fg);color:#fff;font:700 10px/15px system-ui,sans-serif;text-align:center;
text-decoration:none;vertical-align:2px;scroll-margin:30vh 0}
.ref::before{content:attr(data-n)}
.ref:target{outline:3px solid #212529;outline-offset:1px}
aside.findings{position:sticky;top:0;max-height:100vh;overflow-y:auto;background:#fff;
border:1px solid #dee2e6;border-radius:6px;padding:0 12px 8px}
aside h2{position:sticky;top:0;margin:0 -12px;padding:8px 12px;font-size:14px;background:#f8f9fa;
border-bottom:2px solid #dee2e6}
aside ol{margin:0;padding:0;list-style:none}
.finding{margin:8px 0;padding:6px 8px;border-left:4px solid var(--fg);background:#fff;
scroll-margin:16px}
.finding:target{background:#fff9db}
.finding .what{display:flex;gap:6px;align-items:center;font-size:12px}
.finding .n{min-width:18px;padding:0 4px;border-radius:8px;background:var(--fg);color:#fff;
font-weight:700;text-align:center}
.finding .sev{font-weight:600;text-transform:uppercase;font-size:11px}
.finding.sev-error .sev{color:#c92a2a}.finding.sev-warning .sev{color:#e67700}
.finding.sev-info .sev{color:#1c7ed6}
.finding .kind{padding:0 6px;border-radius:3px;background:var(--bg)}
.finding .msg{margin:3px 0;overflow-wrap:anywhere}
.finding .where{font-size:12px}.finding .where a{margin-right:10px}
del{background:#ffe3e3;color:#c92a2a}
ins{background:#d3f9d8;color:#2b8a3e;text-decoration:none}
.none{color:#495057}
main.index{padding:16px 24px}
table.copies{width:100%%;border-collapse:collapse;background:#fff;border:1px solid #dee2e6}
.copies th,.copies td{padding:6px 10px;text-align:left;border-bottom:1px solid #e9ecef;vertical-align:top}
.copies th{background:#f8f9fa}.copies .num{text-align:right;font-variant-numeric:tabular-nums}
.pill{display:inline-block;padding:0 8px;border-radius:4px;color:#fff;font-weight:700;font-size:12px}
.pill.fail{background:#c92a2a}.pill.pass{background:#2b8a3e}.pill.unjudged{background:#862e9c}
.chip{display:inline-block;margin:1px 2px;padding:0 6px;border-radius:3px;background:var(--bg);
box-shadow:inset 0 -2px var(--fg);font-size:12px}
.reason{color:#862e9c}
.foot{padding:8px 24px 16px;color:#adb5bd;font-size:12px}
"""
    % _UNKNOWN_COLOURS
)
