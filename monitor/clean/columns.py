"""Pages laid out with a table: the columns are cells, and the text is one of them.

Old templates (and some e-mail-like pages) place the menu, the text and a side column in
the cells of one table row. The descent into the main block (block.py) never goes into a
table, since a data table's cells belong together; a layout table is told apart by its
shape: one row that holds text, and in it one cell that holds most of the prose as blocks
of its own (paragraphs, a heading), where a data table's cells hold a value each. A table
whose other rows hold text too (a date line, a view counter above the text) is left whole.
"""

from __future__ import annotations

from lxml import etree

from .tree import Measure

__all__ = ["layout_column"]

_SHARE = 0.5  # of the table's prose the text column holds
_BLOCKS = 2  # blocks (paragraphs, headings, line breaks) the text column holds
_CELLS = ("td", "th")
_BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 div ul ol blockquote br section article".split())


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows, not those of tables nested in its cells."""
    rows = []
    for part in (table, *table.iterchildren("tbody", "thead", "tfoot")):
        rows.extend(part.iterchildren("tr"))
    return rows


def _blocks(cell: etree._Element) -> int:
    return sum(1 for el in cell.iterdescendants(etree.Element) if el.tag in _BLOCK_TAGS)


def layout_column(table: etree._Element,
                  sizes: dict[etree._Element, Measure]) -> etree._Element | None:
    """The cell of a layout table that holds the text column; None for a data table."""
    rows = [row for row in _rows(table) if row in sizes and sizes[row].text]
    if len(rows) != 1 or table not in sizes:
        return None
    cells = [cell for cell in rows[0].iterchildren(*_CELLS) if cell in sizes]
    if len(cells) < 2:
        return None
    best = max(cells, key=lambda cell: sizes[cell].good)
    if sizes[best].good < _SHARE * sizes[table].good or _blocks(best) < _BLOCKS:
        return None
    return best
