"""An HTML page to plain text, by one of three extractors chosen by Settings.html_extract.

- `rules` (default): the whole page as text (BeautifulSoup over lxml) without the elements where
  pages keep their furniture (genre/data/chrome.toml [html]: <head>, scripts, <nav>/<header>/
  <footer>/<aside>, blocks whose class or id names furniture, link bars); what is left of it
  (breadcrumbs, toolbars, metadata lines) is told from the notice by our cleaning
  (retrieval/load/clean.py with genre/data/chrome.toml and metadata.toml); a data table's rows are
  read one line each, cells joined as in Word tables (a ledger row keeps its problem and measures);
- `trafilatura` (trafilatura 2.3.1) and `readability` (readability-lxml 0.9): maintained main-content
  extractors; the page title they report is put on the first line.

Whichever is used, its text goes through the same cleaning, so quotes and offsets always refer
to the cleaned text. The comparison that chose the default: tests/html_measure.py (README, reading).

Example:
    >>> html_to_text("<html><body><nav>首页</nav><p>一、总体情况</p></body></html>".encode())[0]
    '一、总体情况'
"""
from __future__ import annotations

from genre import load_genre
from retrieval.load.docx_text import CELL_SEPARATOR
from retrieval.load.encoding import decode_html

HTML_EXTRACTORS = ("rules", "trafilatura", "readability")  # as retrieval.settings.HTML_EXTRACTORS
SHAPES = load_genre().html
DATA_TABLE_ROWS = 2   # a header row and one row of data: a ledger, not the page's layout


def html_to_text(data: bytes, how: str = "rules") -> tuple[str, str]:
    """(text, encoding) of an HTML page's bytes, by the extractor `how` (one of HTML_EXTRACTORS)."""
    markup, encoding = decode_html(data)
    if how == "trafilatura":
        text = _trafilatura(markup)
    elif how == "readability":
        text = _readability(markup)
    elif how == "rules":
        text = _rules_text(markup)
    else:
        raise ValueError(f"unknown HTML extractor {how!r}; one of {', '.join(HTML_EXTRACTORS)}")
    lines = [ln.rstrip() for ln in text.splitlines()]
    return "\n".join(lines).strip("\n"), encoding


def _soup_text(markup: str, dropped: list[str]) -> str:
    from bs4 import BeautifulSoup  # imported on first use: start-up time of the CLI
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(dropped):
        tag.decompose()
    return soup.get_text("\n")


def _rules_text(markup: str) -> str:
    from bs4 import BeautifulSoup  # imported on first use: start-up time of the CLI
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(list(SHAPES.drop_tags)):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in ("html", "body"):
            continue
        names = " ".join([*tag.get("class", []), tag.get("id", "")])
        if (names.strip() and SHAPES.furniture.search(names)) or _link_bar(tag):
            tag.decompose()
    _rows_as_lines(soup)
    return soup.get_text("\n")


def _rows_as_lines(soup) -> None:
    """A data table's rows become one line each, cells joined as in Word tables (docx_text.CELL_SEPARATOR), so a
    ledger's problem, measures, owner and deadline stay together. A data table is an innermost table with at least
    DATA_TABLE_ROWS rows of two or more cells; tables that lay out a page hold other tables or a single cell."""
    for table in soup.find_all("table"):
        if table.find("table"):
            continue
        rows = [tr for tr in table.find_all("tr") if len(tr.find_all(["td", "th"], recursive=False)) >= 2]
        if len(rows) < DATA_TABLE_ROWS:
            continue
        for tr in rows:
            line = soup.new_tag("p")
            line.string = CELL_SEPARATOR.join(" ".join(cell.get_text(" ").split())
                                              for cell in tr.find_all(["td", "th"], recursive=False))
            tr.replace_with(line)


def _link_bar(tag) -> bool:
    """A block that is nothing but links (a menu, a site switch): at least N links, their text nearly all of it."""
    links = tag.find_all("a")
    if len(links) < SHAPES.link_block_links:
        return False
    text = len("".join(tag.get_text().split()))
    linked = sum(len("".join(a.get_text().split())) for a in links)
    return text > 0 and linked / text >= SHAPES.link_block_share


def _with_title(title: str | None, body: str) -> str:
    title = (title or "").strip()
    return body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"


def _trafilatura(markup: str) -> str:
    import trafilatura  # imported on first use: a heavy import only this setting needs
    doc = trafilatura.bare_extraction(markup, include_comments=False, include_tables=True, with_metadata=True)
    if doc is None:
        return ""
    return _with_title(doc.title, doc.text or "")


def _readability(markup: str) -> str:
    from readability import Document  # imported on first use: a heavy import only this setting needs
    page = Document(markup)
    return _with_title(page.short_title(), _soup_text(page.summary(html_partial=True), []))
