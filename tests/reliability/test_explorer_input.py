"""Hostile input to the explorer renders as text, never as HTML, a link or a traceback.

`streamlit run` on the seed store, driven by Playwright in Debian's Chromium. Markup, script, Markdown, a
``javascript:`` IRI, quotes and backslashes, character references, URLs (which Streamlit's Markdown would turn
into links), a 10,000-character string and Hangul mixed with markup go in the search box and in every URL
parameter a page reads (``/search?q=&type=``, ``/entity?entity=``, ``/graph?entity=&hops=``,
``/queries?query=&p.NAME=&chart=``, ``/sparql?q=``, ``lang=``). After each page settles (the script has
finished and the page's own content is there), in the page and in its iframes:

* nothing the input carried ran: ``window.__xss`` is undefined;
* no element the input carried exists: no ``img[src="x"]``, no ``svg``/element with an ``onload``/``onerror``
  attribute, no ``<script>`` mentioning ``__xss``, no ``<b>``/``<strong>``/``<em>`` made of the input's words,
  no ``javascript:`` link and no link to the input's host;
* the app did not fail (no ``stException`` box) and is still connected;
* where the page says the input back (nothing found for …, no saved query …, an unknown IRI, the editor, a
  parameter's text box), the exact text is there as text.
"""

from __future__ import annotations

import time
import urllib.parse

from tests.conftest import settle
from ui.i18n import TEXT

HUIMANG = "https://w3id.org/sekg/id/organization/희망키움터"
EVIL_HOST = "evil.example"

PAYLOADS = {
    "script": "<script>window.__xss=1</script>",
    "img": '"><img src=x onerror="window.__xss=1">',
    "svg": "'><svg onload=window.__xss=1>",
    "javascript": "javascript:window.__xss=1",
    "markdown-link": "[link](javascript:window.__xss=1)",
    "bold": "**bold** <b>b</b> _em_ `code` $x^2$ :red[red]",
    "quotes": "He said \"hi\" & it's \\ \\\\ \\n \\' \\\" done",
    "entities": "&lt;b&gt;b&lt;/b&gt; &amp; &#60;i&#62;",
    "urls": f"see https://{EVIL_HOST}/a_b*c*?d=<b>x</b> www.{EVIL_HOST} a_b@{EVIL_HOST}",
    "iri-script": "https://w3id.org/sekg/id/organization/<script>window.__xss=1</script>",
    "iri-img": 'https://w3id.org/sekg/id/"><img/src=x/onerror=window.__xss=1>',
    "iri-valid": f"https://{EVIL_HOST}/a_b*c*(javascript:x)",
    "long": ("희망<b>키움</b>터 " * 1000)[:10_000],
    "hangul": "희망<img src=x onerror=window.__xss=1>키움터 **굵게** <i>기울임</i>",
}
# Fewer for the parameters that pages check against a list or ignore: one of each kind of markup.
SOME = ["img", "svg", "markdown-link", "bold", "iri-img", "long"]

CHECK_FRAME = """(words) => {
  const found = [];
  if (window.__xss !== undefined) found.push('window.__xss = ' + window.__xss);
  const bad = (selector, what) => {
    const n = document.querySelectorAll(selector).length;
    if (n) found.push(n + ' ' + what);
  };
  bad('img[src="x"]', 'img[src=x]');
  bad('svg[onload], [onload], [onerror]', 'elements with onload/onerror');
  bad('a[href^="javascript:" i], [src^="javascript:" i]', 'javascript: links');
  bad('.katex', 'LaTeX');
  for (const a of document.querySelectorAll('a[href]')) {  // the app's own links may carry the text in a parameter
    const target = new URL(a.getAttribute('href'), location.href);
    if (target.hostname.endsWith(words.host) || (target.protocol === 'mailto:' && target.href.includes(words.host))) {
      found.push('a link to ' + target.href.slice(0, 100));
    }
  }
  for (const s of document.querySelectorAll('script')) {
    if (s.textContent.includes('__xss')) found.push('a script of the input');
  }
  for (const e of document.querySelectorAll('b, strong, em, i, code, span, a')) {
    const text = e.textContent.trim();
    const coloured = e.tagName === 'SPAN' && e.classList.contains('stMarkdownColoredText');
    if (words.marked.includes(text) && (e.tagName !== 'SPAN' || coloured)) found.push('<' + e.tagName + '>' + text);
    if (e.tagName === 'A' && text === 'link') found.push('a link made of the input');
  }
  if (document.querySelector('[data-testid="stException"]')) {
    found.push('exception: ' + document.querySelector('[data-testid="stException"]').innerText.slice(0, 800));
  }
  return found;
}"""
# Words of the payloads that must never be an element's whole text (they would be if markup were rendered).
MARKED = ["b", "bold", "em", "code", "red", "x", "i", "굵게", "기울임", "키움", "link"]

def _assert_inert(page, where: str) -> None:
    problems = []
    for frame in page.frames:
        try:
            problems += frame.evaluate(CHECK_FRAME, {"host": EVIL_HOST, "marked": MARKED})
        except Exception as exc:  # a frame that went away while it was checked has nothing left to check
            if "detached" not in str(exc).lower():
                raise
    connection = page.get_attribute('[data-testid="stApp"]', "data-test-connection-state")
    assert connection == "CONNECTED", f"{where}: the app lost its server ({connection})"
    assert not problems, f"{where}: {problems}"


def _main_text(page) -> str:
    return page.inner_text('[data-testid="stMain"]')


def _open(page, app_url: str, path: str, **params: str) -> str:
    url = f"{app_url}/{path}?{urllib.parse.urlencode(params, quote_via=urllib.parse.quote)}"
    page.goto(url)
    return url


def _echo(text: str) -> str:
    """What a message shows of the text: stripped, one line."""
    return text.strip().replace("\n", " ")


def ko(key: str) -> str:
    return TEXT[key]["ko"]


def test_hostile_text_in_the_url_and_boxes_renders_as_text(app_url, page, figures):
    from playwright.sync_api import expect

    started = time.monotonic()
    views = 0

    def visit(path: str, expected: str | None = None, **params: str) -> None:
        nonlocal views
        url = _open(page, app_url, path, **params)
        settle(page, expected)
        _assert_inert(page, url[:300])
        if expected is not None:
            assert expected in _main_text(page), url[:300]
        views += 1

    # Search: the box's text comes back in "nothing found for '…'".
    for name, text in PAYLOADS.items():
        visit("search", _echo(text), q=text)
    for name in SOME:
        visit("search", ko("search.hint"), type=PAYLOADS[name])

    # Typed into the search box, and into the entity page's box (which opens the search page).
    for name in ("script", "img", "hangul", "urls"):
        page.goto(f"{app_url}/search")
        settle(page, ko("search.hint"))
        box = page.get_by_role("textbox").first
        box.fill(PAYLOADS[name])
        box.press("Enter")
        settle(page, _echo(PAYLOADS[name]))
        _assert_inert(page, f"search box: {name}")
        views += 1
    page.goto(f"{app_url}/entity")
    settle(page, ko("entity.missing"))
    box = page.get_by_role("textbox").first
    box.fill(PAYLOADS["svg"])
    box.press("Enter")
    page.wait_for_url("**/search?*")
    settle(page, _echo(PAYLOADS["svg"]))
    _assert_inert(page, "entity page's search box")

    # Entity and graph pages: a name that names nothing is said back; an IRI the store cannot take is taken as a
    # name (it used to raise ValueError: a traceback); an unknown IRI is shown in a code block.
    for path in ("entity", "graph"):
        for name, text in PAYLOADS.items():
            visit(path, _echo(text), entity=text)
    for name in SOME:
        visit("graph", None, entity=HUIMANG, hops=PAYLOADS[name])

    # Saved queries: an unknown query is named in the error; parameters come back in their inputs, an entity
    # parameter that is an IRI the store cannot take in an error (it used to be a traceback).
    for name, text in PAYLOADS.items():
        visit("queries", _echo(text), query=text)
    for name, text in PAYLOADS.items():
        visit("queries", ko("queries.run"), **{"query": "partners", "p.entity": text})
        expect(page.locator('[data-testid="stTextInput"] input').first).to_have_value(text)  # React fills it in
        if name.startswith("iri-") and name != "iri-valid":
            assert "takes a name or an IRI" in page.inner_text('[data-testid="stAlert"]'), name
    for name in SOME:
        text = PAYLOADS[name]
        # Two long values percent-encoded pass Tornado's 64 KB limit on the request line: the server refuses it.
        other = PAYLOADS["img"] if name == "long" else text
        visit("queries", ko("queries.run"), **{"query": "enterprises", "p.municipality": text, "p.type": other})
        visit("queries", ko("queries.run"), **{"query": "search", "p.text": text, "p.entity": other})
        visit("queries", ko("queries.count").split("{")[0], query="municipalities", chart=text)
    visit("queries", ko("queries.run"), **{"query": "partners", f"p.{PAYLOADS['img']}": PAYLOADS["svg"]})

    # The SPARQL editor opens with the URL's text, runs it, and says why it is not a query.
    for name, text in PAYLOADS.items():
        visit("sparql", TEXT["sparql.error.syntax"]["ko"], q=text)
        expect(page.locator("textarea").first).to_have_value(text)

    # The language: anything but ko/en is Korean.
    for name in SOME:
        visit("home", ko("app.title"), lang=PAYLOADS[name])
        visit("search", _echo(PAYLOADS["bold"]), q=PAYLOADS["bold"], lang=PAYLOADS[name])

    figures.record("explorer input", payloads=len(PAYLOADS), views=views,
                   seconds=round(time.monotonic() - started, 1))
