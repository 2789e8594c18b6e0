"""Progress without an account, and the pace planner with its calendar, driven in Chromium."""

from __future__ import annotations

import json
import math
import sys
from datetime import date, timedelta

import icalendar
import pytest
from accessibility import assert_accessible

from support import DOCS, ROOT

sys.path.insert(0, str(ROOT / "overrides/hooks"))
from plans import load_plans  # noqa: E402


def ticked(page) -> list[str]:
    return sorted(page.evaluate("Object.keys(window.roadmapProgress.load())"))


def tick(page, item_id: str):
    page.locator(f"input.progress-tick[data-item='{item_id}']").first.check()


def test_ticks_survive_reload_and_instant_navigation(page, instant_url):
    page.goto(instant_url + "math/")
    tick(page, "math-vectors")
    tick(page, "math-w1-practice")
    page.reload()
    assert page.locator("input[data-item='math-vectors']").is_checked()
    assert ticked(page) == ["math-vectors", "math-w1-practice"]
    bar = page.locator(".track-progress[data-track='math'] progress")
    assert float(bar.get_attribute("value")) > 0
    # Instant navigation to the lesson: its own tick shows the same state.
    page.evaluate("window.loadedOnce = true")
    page.locator("article a[href$='vectors/']").first.click()
    page.wait_for_url("**/math/vectors/")
    page.locator(".lesson-done input").wait_for(state="visible")
    assert page.evaluate("window.loadedOnce") is True
    assert page.locator(".lesson-done input").is_checked()
    page.locator(".lesson-done input").uncheck()
    page.goto(instant_url)
    assert ticked(page) == ["math-w1-practice"]
    home_bar = page.locator(".progress-overview .track-progress[data-track='math']")
    assert home_bar.is_visible()
    assert "1 items done" in home_bar.inner_text()


def export_file(page, tmp_path) -> str:
    with page.expect_download() as download:
        page.click("#progress-export")
    path = tmp_path / "progress.json"
    download.value.save_as(path)
    return path.read_text()


def test_export_then_import_round_trips(page, base_url, tmp_path):
    page.goto(base_url + "math/")
    for item in ("math-vectors", "math-matrices", "math-svd"):
        tick(page, item)
    page.goto(base_url + "progress/")
    text = export_file(page, tmp_path)
    record = json.loads(text)
    assert record["format"] == "llm-roadmap-progress" and record["version"] == 1
    assert sorted(record["done"]) == ["math-matrices", "math-svd", "math-vectors"]
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#progress-reset")
    assert ticked(page) == []
    page.set_input_files("#progress-import", str(tmp_path / "progress.json"))
    page.wait_for_function("Object.keys(window.roadmapProgress.load()).length === 3")
    assert "Imported 3 ticked items, 3 of them new" in page.inner_text("#progress-status")


def test_reset_asks_first_and_keeps_progress_when_cancelled(page, base_url):
    page.goto(base_url + "math/")
    tick(page, "math-vectors")
    page.goto(base_url + "progress/")
    messages = []
    page.once("dialog", lambda dialog: (messages.append(dialog.message), dialog.dismiss()))
    page.click("#progress-reset")
    assert "Remove all 1 ticks" in messages[0]
    assert ticked(page) == ["math-vectors"]


@pytest.mark.parametrize("content, message", [
    ("{ this is not json", "not valid JSON"),
    ('{"format": "some-other-site", "version": 1, "done": {"a": "2026-01-01T00:00:00Z"}}',
     "not an LLM Roadmap progress file"),
    ('{"format": "llm-roadmap-progress", "version": 1, "done": {"math-vectors": 5}}', "damaged"),
])
def test_bad_import_is_refused_and_progress_unchanged(page, base_url, tmp_path, content, message):
    page.goto(base_url + "math/")
    tick(page, "math-vectors")
    before = page.evaluate("localStorage.getItem('llm-roadmap/progress')")
    page.goto(base_url + "progress/")
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    page.set_input_files("#progress-import", str(bad))
    status = page.locator("#progress-status")
    status.filter(has_text=message).wait_for()
    assert "Your progress has not been changed" in status.inner_text()
    assert page.evaluate("localStorage.getItem('llm-roadmap/progress')") == before


def test_unreadable_stored_progress_is_kept_aside_not_lost(page, base_url):
    page.goto(base_url)
    page.evaluate("localStorage.setItem('llm-roadmap/progress', '{broken')")
    page.reload()
    kept = page.evaluate("Object.keys(localStorage).filter(k => k.includes('unreadable'))")
    assert len(kept) == 1
    assert page.evaluate(f"localStorage.getItem('{kept[0]}')") == "{broken"


# --- The pace planner -------------------------------------------------------------------------------

START = date(2027, 1, 4)


def plan_math(page, base_url, start="2027-01-04", hours="10"):
    page.goto(base_url + "planner/")
    page.fill("input[name=start]", start)
    page.fill("input[name=hours]", hours)
    page.click("#planner-form button[type=submit]")


def test_planner_finish_date_for_a_known_case(page, base_url):
    total = load_plans(DOCS, {str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md")})["math"].hours
    weeks = math.ceil(total / 10)
    plan_math(page, base_url)
    finish = page.locator("#planner-finish")
    finish.wait_for()
    assert finish.get_attribute("data-date") == (START + timedelta(days=7 * weeks - 1)).isoformat()
    assert page.locator(".planner-table tbody tr").count() == weeks


@pytest.mark.parametrize("start, hours, message", [
    ("", "10", "Pick a start date."),
    ("2027-01-04", "0", "a number above zero"),
    ("2027-01-04", "500", "not sustainable"),
])
def test_planner_rejects_bad_input_with_a_message(page, base_url, start, hours, message):
    plan_math(page, base_url, start, hours)
    page.locator("#planner-error").filter(has_text=message).wait_for()
    assert page.locator("#planner-finish").count() == 0


def test_calendar_has_one_event_per_week_with_the_right_dates(page, base_url, tmp_path):
    plan_math(page, base_url, hours="12")
    page.locator("#planner-ics").wait_for()
    with page.expect_download() as download:
        page.click("#planner-ics")
    path = tmp_path / "plan.ics"
    download.value.save_as(path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    weeks = page.locator(".planner-table tbody tr").count()
    assert len(events) == weeks
    for n, event in enumerate(events):
        assert event.decoded("DTSTART") == START + timedelta(days=7 * n)
        assert event.decoded("DTEND") == START + timedelta(days=7 * (n + 1))
        assert str(event["SUMMARY"]).startswith(f"LLM Roadmap week {n + 1}: Math for Machine Learning")
    assert len({str(e["UID"]) for e in events}) == weeks
    first = str(events[0]["DESCRIPTION"])
    assert "Python for maths" in first and "/math/python-for-math/" in first
    assert all(len(line) <= 75 for line in path.read_bytes().split(b"\r\n"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["roadmap/", "planner/", "progress/", "glossary/"])
def test_axe_on_plan_pages(page_in_palette, base_url, path, scheme):
    page = page_in_palette(scheme)
    page.goto(base_url + path, wait_until="networkidle")
    if path == "planner/":
        page.fill("input[name=start]", "2027-01-04")
        page.click("#planner-form button[type=submit]")
        page.locator("#planner-finish").wait_for()
    assert_accessible(page, scheme, f"/{path}")
