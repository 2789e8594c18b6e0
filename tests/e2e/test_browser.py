"""The built site in Chromium: search, palettes, copy buttons, MathML, privacy and axe-core."""

from __future__ import annotations

import re

import pytest
from accessibility import assert_accessible
from pages_server import PREFIX, PagesHandler, serve

AXE_PAGES = ["", "math/", "math/vectors/", "math/labs/vectors-lab/", "nlp/", "no-such-page/"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_finds_no_violations(page_in_palette, base_url, path, scheme):
    page = page_in_palette(scheme)
    response = page.goto(base_url + path, wait_until="networkidle")
    assert response.status == (404 if path == "no-such-page/" else 200)
    assert_accessible(page, scheme, f"/{path}")


@pytest.mark.parametrize("path", ["", "no-such-page/"])
def test_search_finds_a_lesson(page, base_url, path):
    response = page.goto(base_url + path)
    if response.status == 404:  # the 404 page itself is expected; Chromium logs it as an error
        page.watcher.errors = [e for e in page.watcher.errors if "404" not in e]
    page.locator("input.md-search__input").click()
    page.keyboard.type("cosine similarity")
    result = page.locator(".md-search-result__item a[href*='math/vectors/']").first
    result.wait_for(timeout=10_000)
    result.click()
    page.wait_for_url("**/math/vectors/**")
    assert page.locator("h1").first.inner_text().startswith("Vectors")


class FailsFirstDocumentsFetch(PagesHandler):
    failures: list[str] = []

    def do_GET(self):
        if self.path.endswith("search/search_documents.json") and not self.failures:
            self.failures.append(self.path)
            return self.send_error(503, "Service Unavailable")
        return super().do_GET()


def test_search_recovers_when_its_documents_fail_to_load(context, site):
    # The worker's own requests cannot be routed in Chromium (microsoft/playwright#32355), so the
    # failure comes from a server of its own.
    FailsFirstDocumentsFetch.failures = []
    with serve(site, FailsFirstDocumentsFetch) as root:
        page = context.new_page()
        page.goto(root + "math/")
        page.locator("input.md-search__input").click()
        page.keyboard.type("cosine similarity")
        result = page.locator(".md-search-result__item a[href*='math/vectors/']").first
        result.wait_for(timeout=10_000)
    assert FailsFirstDocumentsFetch.failures == [PREFIX + "search/search_documents.json"]


def test_palette_toggle_switches_and_persists(page, base_url):
    page.goto(base_url + "math/vectors/")
    before = page.get_attribute("body", "data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    after = page.get_attribute("body", "data-md-color-scheme")
    assert {before, after} == {"default", "slate"}
    page.reload()
    assert page.get_attribute("body", "data-md-color-scheme") == after


def test_palette_toggle_answers_the_keyboard_and_colours_the_browser(page, base_url):
    page.goto(base_url)
    before = page.get_attribute("body", "data-md-color-scheme")
    page.locator("form[data-roadmap-palette] input:checked").focus()
    page.keyboard.press("Enter")
    after = page.get_attribute("body", "data-md-color-scheme")
    assert {before, after} == {"default", "slate"}
    assert page.locator("label.md-header__button[for^='__palette']:visible").count() == 1
    page.wait_for_function("document.querySelector('meta[name=color-scheme]').content === 'dark' || "
                           "document.querySelector('meta[name=color-scheme]').content === 'light'")
    assert page.locator("meta[name=color-scheme]").get_attribute("content") == (
        "dark" if after == "slate" else "light")
    assert re.fullmatch(r"#[0-9a-f]{6}", page.locator("meta[name=theme-color]").get_attribute("content"))


def test_material_start_up_rewrites_nothing_the_head_already_set(page, base_url):
    """overrides/main.html makes the start-up's writes to <html>, stylesheet links and the color-scheme
    meta no-ops.

    A write that changed them would restyle (for stylesheets: re-apply and re-lay out) every element.
    Mutations seen while the body exists come from scripts after the head's own. An Intl formatter
    loads locale data (25-100 ms), so no script builds one before the learner asks for dates.
    """
    page.add_init_script("""
        window.lateWrites = [];
        window.intlFormatters = 0;
        const DateTimeFormat = Intl.DateTimeFormat;
        Intl.DateTimeFormat = function (...args) { window.intlFormatters += 1; return new DateTimeFormat(...args); };
        new MutationObserver(records => {
          if (!document.body) return;
          for (const r of records) {
            if (r.type === "childList") {
              for (const node of r.addedNodes) window.lateWrites.push([node.nodeName, "added", null, node.outerHTML]);
            } else {
              window.lateWrites.push([r.target.nodeName, r.attributeName, r.oldValue,
                                      r.target.getAttribute(r.attributeName), r.target.getAttribute("name")]);
            }
          }
        }).observe(document, {attributes: true, attributeOldValue: true, subtree: true, childList: true,
                              attributeFilter: ["class", "href", "data-js-focus-visible", "content"]});
    """)
    page.goto(base_url + "math/vectors/", wait_until="networkidle")
    writes = page.evaluate("window.lateWrites")
    on_head = [w for w in writes if w[0] in ("HTML", "LINK")]
    assert any(w[0] == "HTML" for w in on_head), "Material's start-up no longer writes <html>: update this test"
    changed = [w for w in on_head if w[2] != w[3]]
    assert not changed, f"start-up changed what the head set: {changed}"
    scheme = [w for w in writes if w[0] == "META" and (w[-1] == "color-scheme" or 'name="color-scheme"' in w[3])]
    assert not scheme, f"the color-scheme meta changed after the head (a restyle of every element): {scheme}"
    assert page.evaluate("window.intlFormatters") == 0, "a script built an Intl formatter while the page loaded"


def test_copy_button_copies_the_snippet(context, base_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(base_url + "math/vectors/")
    block = page.locator("div.highlight:has(span.filename:text('snippets/math/vectors')):visible").first
    block.hover()
    code = block.locator("code").inner_text()
    block.locator("button[data-md-type='copy']").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == code.strip()
    assert "def " in copied


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_off_screen_code_waits_until_shown(page, base_url, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + "math/vectors/", wait_until="load")
    last = page.locator("article div.highlight:visible").last
    # Skipped at load: not rendered, not mounted by Material, yet reachable from the keyboard.
    assert page.evaluate("window.scrollY") == 0
    assert not last.evaluate("el => el.querySelector('code').checkVisibility({contentVisibilityAuto: true})")
    assert last.locator("button[data-md-type='copy']").count() == 0
    assert last.locator("code").get_attribute("tabindex") == "0"
    last.scroll_into_view_if_needed()
    last.locator("button[data-md-type='copy']").wait_for(state="attached")
    assert last.evaluate("el => el.querySelector('code').checkVisibility({contentVisibilityAuto: true})")
    # render_cost.py unwraps Pygments' name spans: that is only right while names are plain code colour.
    colours = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.md-typeset code'));
        return [s.getPropertyValue('--md-code-hl-name-color'), s.getPropertyValue('--md-code-fg-color')] }""")
    assert colours[0].strip() == colours[1].strip()


@pytest.mark.parametrize("path", ["", "math/", "math/vectors/", "planner/", "progress/"])
def test_page_loads_without_layout_shift(browser, base_url, path):
    context = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True)
    context.add_init_script("""window.shifts = []; new PerformanceObserver(list => {
        for (const shift of list.getEntries()) window.shifts.push(shift.value) })
        .observe({type: "layout-shift", buffered: true})""")
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    page.wait_for_timeout(500)
    shifts = page.evaluate("window.shifts")
    context.close()
    assert shifts == [], f"/{path} moved while it loaded: {shifts}"


def test_formula_is_mathml_in_the_math_font(page, base_url):
    page.goto(base_url + "math/vectors/", wait_until="networkidle")
    assert page.locator("math").count() >= 10
    assert page.locator("script[src*='mathjax' i], script[src*='katex' i]").count() == 0
    family = page.evaluate("getComputedStyle(document.querySelector('math')).fontFamily")
    assert family.startswith('"Roadmap Math"')
    loaded = page.evaluate(
        "document.fonts.ready.then(() => [...document.fonts]"
        ".filter(f => f.family.includes('Roadmap Math')).map(f => f.status))")
    assert loaded == ["loaded"]
    # A display formula is laid out as a real block of maths, not raw TeX.
    box = page.locator("math[display='block']").first.bounding_box()
    assert box and box["height"] > 15
    assert "\\(" not in page.locator("article").inner_text()


def test_instant_navigation_keeps_working(page, instant_url):
    page.emulate_media(color_scheme="dark")
    page.goto(instant_url + "math/")
    page.evaluate("window.loadedOnce = true")
    page.locator("article a[href$='vectors/']").first.click()
    page.wait_for_url("**/math/vectors/")
    page.wait_for_function("document.title.startsWith('Vectors')")
    # The click swapped the page in place: the window, and the marker set on it, survived.
    assert page.evaluate("window.loadedOnce") is True
    assert page.locator("article math").count() >= 10
    # The head script's colour-scheme meta is not doubled by the swap of the <head> contents.
    metas = page.evaluate("[...document.querySelectorAll('meta[name=color-scheme]')].map(m => m.content)")
    assert metas == ["dark"]
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    # Material re-mounted its components on the new content.
    block = page.locator("article div.highlight:visible").first
    block.hover()
    block.locator("button[data-md-type='copy']").wait_for(state="visible")