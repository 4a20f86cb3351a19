"""Hypothesis strategies shared by the cleaner's tests: random, often broken, markup."""

from __future__ import annotations

import re

from hypothesis import strategies as st

__all__ = ["markup", "words"]

_TAGS = ["p", "div", "span", "a", "b", "li", "ul", "h1", "h2", "nav", "footer", "article",
         "main", "table", "td", "tr", "script", "style", "br", "section", "header", "time"]
_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGH0123456789 .,’", max_size=30)


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            attr = draw(st.sampled_from(["", ' class="menu"', ' class="entry-content"',
                                         ' role="navigation"', ' hidden', ' id="footer"']))
            inner = draw(markup(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", ""]))  # unclosed tags too
            parts.append(f"<{tag}{attr}>{inner}{close}")
        else:
            parts.append(draw(_WORDS))
    return "".join(parts)


def words(text: str) -> set[str]:
    """The words of a text, as a set."""
    return set(re.findall(r"\w+", text))
