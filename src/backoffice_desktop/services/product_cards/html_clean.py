"""Product descriptions as clean HTML: what the website may show and nothing that runs.

The editor produces simple HTML; whatever arrives (pasted from a supplier's site, an
old import) is passed through ammonia (``nh3``), a whitelist sanitiser: scripts and
styles are dropped with their content, event handlers and ``style`` attributes go,
links keep only http(s)/mailto targets and get ``rel="noopener noreferrer"``.
"""

from __future__ import annotations

import html
import re

import nh3

ALLOWED_TAGS = frozenset({
    "p", "br", "strong", "b", "em", "i", "u", "s", "h2", "h3", "h4", "ul", "ol", "li", "a",
    "blockquote", "table", "thead", "tbody", "tr", "th", "td",
})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
_EMPTY_PARAGRAPH = re.compile(r"<p>(\s|&nbsp;|<br>)*</p>")
_BLOCK_END = re.compile(r"</(p|li|h[2-4]|td|th|tr|blockquote)>|<br\s*/?>", re.IGNORECASE)


def clean_html(text: str) -> str:
    """The description with only the allowed tags and attributes; empty paragraphs dropped."""
    cleaned = nh3.clean(
        text,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    return _EMPTY_PARAGRAPH.sub("", cleaned).strip()


def html_to_text(text: str) -> str:
    """The visible text of a description (for lengths and search previews)."""
    without_tags = nh3.clean(_BLOCK_END.sub(" ", text), tags=set())
    return " ".join(html.unescape(without_tags).split())
