"""The HTML report (render/html_out.py), checked in a real browser.

How the browser is driven: headless Chromium (the Debian package `chromium`, /usr/bin/chromium) is run directly as a
subprocess, one process per page, with a throw-away profile:
- `--dump-dom file://...` gives the DOM after parsing; the tests parse it with html.parser and assert on elements,
  attributes and text (gauges, trend points, headings, alt text, flagged values, findings);
- `--proxy-server` pointing at a socket the test listens on shows every request that leaves the page;
- `--screenshot` and `--print-to-pdf` check that the page renders and prints (one subject per page).
Without /usr/bin/chromium the browser tests skip (CI installs it: apt-get install chromium); the checks that need no
browser (self-contained file, escaping of hostile input, lab ranges) always run.

docs/report-example.png is the screenshot of the README example; after an intended change of the look, rewrite it
and look at it before committing:

    VITD_UPDATE_SCREENSHOT=1 pytest tests/test_html.py
"""

from __future__ import annotations

import io
import os
import re
import shutil
import socket
import struct
import subprocess
import threading
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from vitd_cli import interpret
from vitd_cli.examples import EXAMPLE_SYMPTOMS, EXAMPLE_VALUES
from vitd_cli.interpret import interpret_measurements, report, settings
from vitd_cli.models import Report
from vitd_cli.normalise import normalise
from vitd_cli.render.html_out import render_html

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "docs" / "report-example.png"
UPDATE = os.environ.get("VITD_UPDATE_SCREENSHOT") == "1"
CHROMIUM_PATH = Path(os.environ.get("VITD_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM = str(CHROMIUM_PATH) if CHROMIUM_PATH.is_file() else None
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason=f"{CHROMIUM_PATH} not found: the browser tests need Chromium "
                                    "(apt-get install chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1"]
# Chromium's own background requests (clock, extension updates, sign-in) that reach a proxy whatever the flags:
# none of them comes from the page, and a page's request to any other host is caught.
BROWSER_HOSTS = {"clients2.google.com", "update.googleapis.com", "accounts.google.com", "clients2.googleusercontent.com",
                 "redirector.gvt1.com", "edgedl.me.gvt1.com", "optimizationguide-pa.googleapis.com", "safebrowsing.googleapis.com",
                 "content-autofill.googleapis.com", "www.google.com", "android.clients.google.com"}
TIMEOUT = 120


# ---------------------------------------------------------------- the reports


def _series_report() -> Report:
    """One subject, three dates, vitamin D 12 -> 24 -> 36 ng/mL (as `vitd interpret FILE` builds panels)."""
    s = settings()
    panels = [interpret_measurements(s, [normalise(s.ref, "vitamin_d", v, "ng/mL")], subject="P-001", date=d)
              for d, v in (("2024-01-10", "12"), ("2024-04-12", "24"), ("2024-07-15", "36"))]
    return report(s, panels)


HOSTILE_ID = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _export_report() -> Report:
    """A whole export: a series, an urgent subject, a normal one, and a subject id that tries to inject markup."""
    s = settings()
    panels = []
    for d, vd, ca in (("2024-01-10", "12", "8.4"), ("2024-04-12", "24", "8.9"), ("2024-07-15", "36", "9.3")):
        panels.append(interpret_measurements(s, [normalise(s.ref, "vitamin_d", vd, "ng/mL"), normalise(s.ref, "calcium", ca, "mg/dL")],
                                             subject="P-001", date=d))
    panels.append(interpret_measurements(s, [normalise(s.ref, "vitamin_d", "40", "ng/mL")], subject="P-002", date="2024-05-01"))
    panels.append(interpret_measurements(s, [normalise(s.ref, "calcium", "6.8", "mg/dL")], subject="P-003", date="2024-05-02"))
    panels.append(interpret_measurements(s, [normalise(s.ref, "magnesium", "0.5", "mmol/L")], subject=HOSTILE_ID,
                                         date="</style><svg onload=alert(2)>"))
    return report(s, panels)


def _hostile_report() -> Report:
    rep = interpret(EXAMPLE_VALUES, EXAMPLE_SYMPTOMS)
    p = rep.panels[0]
    p.subject, p.date = HOSTILE_ID, '"><iframe src="https://evil.test/"></iframe>'
    p.results[0].reported = '18 ng/mL"><img src="https://evil.test/x.png">'
    p.results[0].notes.append("<link rel=stylesheet href=https://evil.test/x.css>")
    p.results[1].range.scheme_name = "<style>@import url(https://evil.test/y.css)</style>"
    p.findings[0].meaning = "<script src=https://evil.test/z.js></script> javascript:alert(1)"
    p.next_steps.append('see https://example.org/a"onmouseover="alert(1) and <b>bold</b>')
    rep.warnings.append("<svg><script>alert(3)</script></svg>")
    return rep


REPORTS = {
    "example": lambda: interpret(EXAMPLE_VALUES, EXAMPLE_SYMPTOMS),
    "red_flags": lambda: interpret({"vitamin_d": "32 ng/mL", "calcium": "9.4 mg/dL"}, ["twitching", "weakness", "swallowing"]),
    "series": _series_report,
    "export": _export_report,
    "hostile": _hostile_report,
}


def html_of(rep: Report, title: str | None = None) -> str:
    buf = io.StringIO()
    render_html(rep, buf, title)
    return buf.getvalue()


# ---------------------------------------------------------------- a small DOM


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    def iter(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.attrs.get("class", "").split())]

    def find(self, tag: str | None = None, cls: str | None = None) -> Node:
        found = self.find_all(tag, cls)
        assert found, f"no <{tag} class={cls}>"
        return found[0]

    def text(self) -> str:
        return " ".join("".join(c if isinstance(c, str) else " " + c.text() + " " for c in self.children).split())

    def by_id(self, ident: str) -> Node:
        found = [n for n in self.iter() if n.attrs.get("id") == ident]
        assert len(found) == 1, f"id {ident!r} found {len(found)} times"
        return found[0]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#document", {}, None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.cur.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.cur))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.cur
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.cur = node.parent

    def handle_data(self, data: str) -> None:
        self.cur.children.append(data)


def parse(text: str) -> Node:
    b = _Builder()
    b.feed(text)
    b.close()
    return b.root


# ---------------------------------------------------------------- Chromium


def chromium(args: list[str], profile: Path, timeout: int = TIMEOUT) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, Path]]:
    """Every report as an HTML file: name -> (the HTML, its path)."""
    out = tmp_path_factory.mktemp("html")
    got = {}
    for name, make in REPORTS.items():
        text = html_of(make())
        path = out / f"{name}.html"
        path.write_text(text, encoding="utf-8")
        got[name] = (text, path)
    return got


@pytest.fixture(scope="module")
def doms(pages: dict[str, tuple[str, Path]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Node]:
    """Every page as Chromium parsed it (--dump-dom), the browsers run side by side."""
    if CHROMIUM is None:
        pytest.skip(f"{CHROMIUM_PATH} not found: the browser tests need Chromium (apt-get install chromium)")
    base = tmp_path_factory.mktemp("profiles")
    procs = {name: subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={base / name}", "--dump-dom", path.as_uri()],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name, (_, path) in pages.items()}
    out = {}
    for name, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 0, f"chromium failed on {name}: {stderr[-2000:]}"
        assert "<body" in stdout, f"chromium gave no DOM for {name}"
        out[name] = parse(stdout)
    return out


def headings(root: Node) -> list[tuple[int, str]]:
    return [(int(n.tag[1]), n.text()) for n in root.iter() if re.fullmatch(r"h[1-6]", n.tag)]


def check_heading_levels(root: Node) -> None:
    levels = [lvl for lvl, _ in headings(root)]
    assert levels[0] == 1 and levels.count(1) == 1, levels
    for a, b in zip(levels, levels[1:]):
        assert b <= a + 1, f"heading level jumps from h{a} to h{b}: {headings(root)}"


def check_svg_alt(root: Node) -> None:
    """Every SVG that shows something is role=img and labelled by its own <title> and <desc>."""
    for svg in root.find_all("svg"):
        if "defs" in svg.attrs.get("class", "") or svg.parent is not None and svg.parent.tag == "svg":
            continue
        assert svg.attrs.get("role") == "img"
        title_id, desc_id = svg.attrs["aria-labelledby"].split()
        title, desc = root.by_id(title_id), root.by_id(desc_id)
        assert (title.tag, desc.tag) == ("title", "desc") and title.parent is svg and desc.parent is svg
        assert title.text() and len(desc.text()) > 20


# ---------------------------------------------------------------- no browser needed: the file itself


@pytest.mark.parametrize("name", list(REPORTS))
def test_self_contained_nothing_to_fetch(name: str) -> None:
    text = html_of(REPORTS[name]())
    root = parse(text)
    assert text.startswith("<!DOCTYPE html>")
    assert root.find("html").attrs.get("lang") == "en"
    assert any(m.attrs.get("name") == "viewport" for m in root.find_all("meta"))
    csp = [m for m in root.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0].attrs["content"]
    for tag in ("script", "link", "img", "iframe", "object", "embed", "image", "use", "foreignobject", "base", "form", "audio", "video"):
        assert not root.find_all(tag), f"<{tag}> in the report"
    for node in root.iter():
        for attr, value in node.attrs.items():
            assert attr not in ("src", "srcset", "xlink:href", "background", "poster", "data") and not attr.startswith("on"), (node.tag, attr)
            if attr == "href":
                assert node.tag == "a" and (value.startswith("#") or re.fullmatch(r"https?://[^\s\"'<>]+", value)), (node.tag, value)
            if attr == "style" or "url(" in value:
                assert attr in ("fill", "stroke") and re.fullmatch(r"url\(#[\w-]+\)", value), (node.tag, attr, value)
    styles = root.find_all("style")
    assert len(styles) == 1
    css = styles[0].text()
    assert "@import" not in css and "url(" not in css and "@font-face" not in css


def test_hostile_input_is_escaped() -> None:
    text = html_of(_hostile_report(), title="<title>x</title>")
    for raw in ("<script", "<img", "<iframe", "<link", "<style>@import", "<svg><script", "<b>bold</b>", '"onmouseover=', "<title>x</title>"):
        assert raw not in text, raw
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    hrefs = re.findall(r'href="([^"]*)"', text)
    assert not [h for h in hrefs if "evil" in h], "an address in input became a link"
    assert "https://example.org/a" in hrefs  # an address in a next step is a plain link, cut before the quote


def test_render_is_deterministic() -> None:
    assert html_of(_export_report()) == html_of(_export_report())


def test_lab_ranges_fall_back_to_the_normal_range(tmp_path: Path) -> None:
    """A lab's own --ranges scheme is drawn with its bands when the renderer is asked for every scheme's bands (as vitd interpret
    does), and with the normal range the Report carries when it is not."""
    lab = tmp_path / "lab.toml"
    lab.write_text(
        '[[schemes]]\nid = "lab-acme"\nanalyte = "vitamin_d"\nname = "ACME 25(OH)D"\nsource = "ACME laboratory reference interval"\n'
        '[[schemes.bands]]\ncategory = "very_low"\nflag = "low"\nseverity = "moderate"\nfinding = "vitamin_d_deficiency"\nlabel = "very low"\n'
        'below = { "nmol/L" = 25.0 }\nsource = "ACME: below 25 nmol/L"\n'
        '[[schemes.bands]]\ncategory = "low"\nflag = "low"\nseverity = "mild"\nfinding = "vitamin_d_insufficiency"\nlabel = "low"\n'
        'below = { "nmol/L" = 50.0 }\nsource = "ACME: 25-50 nmol/L"\n'
        '[[schemes.bands]]\ncategory = "normal"\nflag = "normal"\nlabel = "normal"\nup_to = { "nmol/L" = 200.0 }\nsource = "ACME: 50-200 nmol/L"\n'
        '[[schemes.bands]]\ncategory = "high"\nflag = "high"\nlabel = "high"\nsource = "ACME: above 200 nmol/L"\n', encoding="utf-8")
    rep = interpret({"vitamin_d": "40 nmol/L"}, ranges=[str(lab)])
    assert rep.panels[0].results[0].range.scheme == "lab-acme"
    plain = parse(html_of(rep))
    assert len(plain.find("svg", "gauge").find_all("rect", "seg")) == 3  # below, within, above the normal range
    assert "Normal range of ACME 25(OH)D" in plain.find("p", "bands").text()
    buf = io.StringIO()
    render_html(rep, buf, all_bands=True)
    old_keyword = io.StringIO()
    render_html(rep, old_keyword, ref=settings(ranges=[str(lab)]).ref)  # the keyword of scripts written before all_bands
    assert old_keyword.getvalue() == buf.getvalue()
    full = parse(buf.getvalue())
    assert len(full.find("svg", "gauge").find_all("rect", "seg")) == 4
    legend = full.find("p", "bands").text()
    assert "Bands of ACME 25(OH)D" in legend and "25 to under 50 nmol/L: low (this result)" in legend
    assert "ACME: 25-50 nmol/L" in full.by_id("src-1").text()


def test_screenshot_in_docs_is_a_png() -> None:
    data = SCREENSHOT.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 800 and height >= 1000


# ---------------------------------------------------------------- in Chromium


@needs_chromium
@pytest.mark.parametrize("name", list(REPORTS))
def test_browser_parses_the_page_as_written(name: str, pages: dict[str, tuple[str, Path]], doms: dict[str, Node]) -> None:
    """No element the parser had to drop, add or move out (a <div> in a <p>, a stray end tag): the same elements in the
    browser's DOM as in the file."""
    written = Counter(n.tag for n in parse(pages[name][0]).iter())
    parsed = Counter(n.tag for n in doms[name].iter())
    assert written == parsed, {t: (written[t], parsed[t]) for t in written | parsed if written[t] != parsed[t]}


@needs_chromium
def test_example_in_the_browser(doms: dict[str, Node]) -> None:
    root = doms["example"]
    rep = REPORTS["example"]()
    panel = rep.panels[0]
    check_heading_levels(root)
    check_svg_alt(root)
    assert [t for lvl, t in headings(root) if lvl == 2] == [
        "What to do", "Results", "Notes on the results", "What the results mean", "Your symptoms",
        "How these results link to muscle symptoms", "Next steps", "About the vitamin D guideline", "Sources of the ranges"]
    # one gauge per result, each with the value and its category in its alt text
    items = root.find_all("li", "result")
    gauges = root.find_all("svg", "gauge")
    assert len(items) == len(gauges) == len(panel.results) == 5
    for r, item, g in zip(panel.results, items, gauges):
        assert item.find("svg", "gauge") is g
        desc = root.by_id(g.attrs["aria-labelledby"].split()[1]).text()
        assert r.label in desc and r.label in item.text()
        assert ("LOW" if r.flag == "low" else r.flag) in desc
        assert item.find("span", "badge").text().startswith("LOW")
    vd = items[0]
    assert vd.find("span", "r-value").text() == "18 ng/mL"
    assert vd.find("span", "badge").text() == "LOW (moderate)" and vd.find("span", "r-label").text() == "deficient"
    # the cut-offs of the scheme, 12 ng/mL (severe deficiency, Global Consensus 2016) included
    assert [t.text() for t in gauges[0].find_all("text", "cut")] == ["12", "20", "30", "100", "150"]
    assert [t.text() for t in gauges[0].find_all("text", "grp")] == ["low", "normal", "high"]
    assert gauges[0].find("text", "val").text() == "18 ng/mL \u00b7 deficient"
    assert "under 20 ng/mL: deficient (this result)" in vd.find("p", "bands").text()
    mg_desc = root.by_id(gauges[3].attrs["aria-labelledby"].split()[1]).text()
    assert "0.62 mmol/L" in mg_desc and "moderately low" in mg_desc
    # urgency first, findings and symptoms as text, sources linked, the disclaimer last
    todo = root.find("section", "urgency")
    assert todo.find("span", "badge").text() == "SOON" and panel.advice in todo.text()
    text = root.find("main").text()
    for f in panel.findings:
        assert f.title in text
    assert "Muscle twitching (fasciculations): can be explained" in text and "Muscle cramps: can be explained" in text
    for a in root.find_all("a"):
        if a.attrs["href"].startswith("#src-"):
            assert root.by_id(a.attrs["href"][1:]).tag == "li"
    sources = root.find("ol", "sources").text()
    assert "Holick et al." in sources and "Endocrine Society 2011 (Holick et al., JCEM 2011;96(7):1911-1930): deficiency is 25(OH)D below 20 ng/mL (50 nmol/L)" in sources
    last = [n for n in root.find("main").iter() if n.tag == "p"][-1]
    assert last.text() == rep.disclaimer and "not a diagnosis" in last.text()
    assert root.find("title").text() == root.find("h1").text()


@needs_chromium
def test_red_flags_in_the_browser(doms: dict[str, Node]) -> None:
    root = doms["red_flags"]
    check_heading_levels(root)
    todo = root.find("section", "urgency")
    badges = [b.text() for b in todo.find_all("span", "badge")]
    assert badges == ["URGENT", "RED FLAG"]
    assert "u-urgent" in todo.attrs["class"] and "neurologist" in todo.text()
    assert "muscle weakness and trouble swallowing" in todo.text()
    symptoms = [li.text() for li in root.find_all("li") if "RED FLAG" in li.text()]
    assert symptoms and all(root.find_all("strong", "rf"))
    assert any("twitching" in li.text() and "not explained" in li.text() for li in root.find_all("li"))
    assert len(root.find_all("svg", "gauge")) == 2
    assert all(li.find("span", "badge").text() == "normal" for li in root.find_all("li", "result"))


@needs_chromium
def test_series_trend_chart(doms: dict[str, Node]) -> None:
    root = doms["series"]
    check_heading_levels(root)
    check_svg_alt(root)
    assert [t for lvl, t in headings(root) if lvl == 2][:2] == ["Summary", "Subject P-001 ROUTINE"]
    charts = root.find_all("svg", "chart")
    assert len(charts) == 1
    chart = charts[0]
    points = chart.find_all("circle", "pt")
    assert len(points) == 3
    assert [p.attrs["class"].split()[-1] for p in points] == ["pt-low", "pt-low", "pt-normal"]
    xs = [float(p.attrs["cx"].rstrip("%")) for p in points]
    ys = [float(p.attrs["cy"]) for p in points]
    assert xs == sorted(xs) and ys == sorted(ys, reverse=True)  # later is right, higher is up
    line = chart.find("polyline")
    assert len(line.attrs["points"].split()) == 3
    assert [t.text() for t in chart.find_all("text", "ptlab")] == ["12\u2193", "24\u2193", "36"]
    assert [t.text() for t in chart.find_all("text", "xlab")] == ["2024-01-10", "2024-04-12", "2024-07-15"]
    assert chart.find("text", "unit").text() == "ng/mL"
    assert chart.find_all("rect", "normal"), "the normal band is shaded"
    desc = root.by_id(chart.attrs["aria-labelledby"].split()[1]).text()
    assert "3 results from 2024-01-10 to 2024-07-15" in desc and "Up from 12 to 36" in desc and "Normal range: 30 to 100 ng/mL" in desc
    rows = [tr.text() for tr in chart.parent.find("table", "series").find_all("tr")[1:]]
    assert rows == ["2024-01-10 12 ng/mL LOW (moderate), deficient", "2024-04-12 24 ng/mL LOW (mild), insufficient",
                    "2024-07-15 36 ng/mL normal, sufficient"]
    assert len(root.find_all("svg", "gauge")) == 3
    assert [t for lvl, t in headings(root) if lvl == 3][-3:] == ["Results of 2024-01-10", "Results of 2024-04-12", "Results of 2024-07-15"]


@needs_chromium
def test_export_summary_first_urgent_first(doms: dict[str, Node]) -> None:
    root = doms["export"]
    check_heading_levels(root)
    check_svg_alt(root)
    h2 = [t for lvl, t in headings(root) if lvl == 2]
    assert h2[0] == "Summary"
    subjects = [t for t in h2 if t.startswith("Subject")]
    assert subjects[0] == "Subject P-003 URGENT"  # severely low calcium: most urgent first
    assert len(subjects) == 3 and not any("P-002" in t for t in subjects)
    summary = root.find("section", "summary")
    assert "6 panels of 4 subjects" in summary.text()
    counts = {tr.find("th").text(): [td.text() for td in tr.find_all("td")] for tr in summary.find("table", "counts").find_all("tr")[1:]}
    assert counts == {"Vitamin D": ["2", "2", "0", "4"], "Calcium": ["2", "2", "0", "4"], "Magnesium": ["1", "0", "0", "1"]}
    assert "P-002" in summary.find("ul", "compact").text()
    # the hostile subject id is text, not markup, everywhere
    assert not root.find_all("script") and not root.find_all("img") and not any(n.tag == "svg" and "onload" in n.attrs for n in root.iter())
    assert any(HOSTILE_ID in h for _, h in headings(root))
    assert len(root.find_all("svg", "chart")) == 2
    for chart in root.find_all("svg", "chart"):
        assert len(chart.find_all("circle", "pt")) == 3 and len(chart.find("polyline").attrs["points"].split()) == 3


@needs_chromium
def test_hostile_page_has_no_active_content(doms: dict[str, Node]) -> None:
    root = doms["hostile"]
    for tag in ("script", "img", "iframe", "link", "b"):
        assert not root.find_all(tag), tag
    assert len(root.find_all("style")) == 1
    text = root.find("main").text()
    assert HOSTILE_ID in text and '18 ng/mL"><img src="https://evil.test/x.png">' in text


class _Proxy:
    """A socket Chromium is told to use as its proxy: every request that leaves the browser arrives here."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.requests: list[str] = []
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.done.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.requests.append(conn.recv(4096).decode("latin-1").split("\r\n")[0])
                except OSError:
                    self.requests.append("(unreadable)")

    def close(self) -> None:
        self.done.set()
        self.thread.join()
        self.sock.close()

    def page_requests(self) -> list[str]:
        out = []
        for line in self.requests:
            m = re.match(r"(?:CONNECT ([^:\s]+)|\w+ https?://([^/:\s]+))", line)
            host = (m.group(1) or m.group(2)) if m else line
            if host not in BROWSER_HOSTS:
                out.append(line)
        return out


@needs_chromium
def test_nothing_is_fetched(pages: dict[str, tuple[str, Path]], tmp_path: Path) -> None:
    """Opened in Chromium behind a listening proxy, the report asks for nothing; a page with an image and a
    stylesheet (the control) is seen asking, which proves the listener would catch the report if it did."""
    control = tmp_path / "control.html"
    control.write_text('<!DOCTYPE html><html><head><link rel="stylesheet" href="https://fonts.vitd.invalid/a.css"></head>'
                       '<body><img src="http://vitd.invalid/x.png"></body></html>', encoding="utf-8")
    for name, path, expect in (("control", control, True), ("export", pages["export"][1], False), ("hostile", pages["hostile"][1], False)):
        proxy = _Proxy()
        try:
            run = chromium([f"--proxy-server=http://127.0.0.1:{proxy.port}", "--proxy-bypass-list=<-loopback>", "--dump-dom", path.as_uri()],
                           tmp_path / f"profile-{name}")
        finally:
            proxy.close()
        assert run.returncode == 0, run.stderr[-2000:]
        seen = proxy.page_requests()
        if expect:
            assert any("vitd.invalid" in r for r in seen), f"the control page's requests were not seen: {proxy.requests}"
        else:
            assert seen == [], f"{name}: the page fetched {seen}"


@needs_chromium
def test_screenshot(pages: dict[str, tuple[str, Path]], tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    run = chromium([f"--screenshot={png}", "--window-size=1000,1800", pages["example"][1].as_uri()], tmp_path / "profile")
    assert run.returncode == 0 and png.is_file(), run.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (1000, 1800)
    assert len(data) > 50_000, "the screenshot is nearly empty"
    if UPDATE:
        shutil.copyfile(png, SCREENSHOT)


@needs_chromium
def test_prints_one_subject_per_page(pages: dict[str, tuple[str, Path]], tmp_path: Path) -> None:
    pdf = tmp_path / "export.pdf"
    run = chromium([f"--print-to-pdf={pdf}", "--no-pdf-header-footer", pages["export"][1].as_uri()], tmp_path / "profile")
    assert run.returncode == 0 and pdf.is_file(), run.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages_count = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    assert pages_count >= 1 + 3, f"{pages_count} pages: the summary and each of the 3 subjects with findings start a page"


def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_text_contrast() -> None:
    """WCAG AA (4.5:1) for the text colours on the page and card backgrounds, and for every badge."""
    from vitd_cli.render.html_style import STYLE

    var = dict(re.findall(r"--([\w-]+):(#[0-9a-fA-F]{3,6})", STYLE))
    colour = {"#fff": "#ffffff", **{f"var(--{k})": v for k, v in var.items()}}
    for text in ("ink", "muted", "link", "ok-ink", "low-ink", "high-ink"):
        for ground in ("#ffffff", var["bg"]):
            assert _contrast(var[text], ground) >= 4.5, (text, ground)
    badges = re.findall(r"((?:\.b-[\w-]+,?)+)\{background:([^;]+);border-color:[^;]+;color:([^;}]+)", STYLE)
    assert len(badges) >= 7
    for names, bg, fg in badges:
        assert _contrast(colour.get(bg, bg), colour.get(fg, fg)) >= 4.5, names
