"""The weekly study plans as data: parse, validate and load docs/<track>/plan.yml.

A library for the hooks (weekly_plan.py, lesson_aids.py) and the tests; not a hook itself.
Every error names the file, the week and the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

KINDS = {"lesson": "Lesson", "practice": "Practice", "resource": "Resource"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
URL_PATTERN = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


class PlanError(ValueError):
    """A plan file is malformed; the message names the file, the week and the problem."""


@dataclass
class Item:
    id: str
    title: str
    kind: str
    hours: float
    page: str | None = None
    url: str | None = None


@dataclass
class Week:
    week: int
    title: str
    goals: list[str]
    items: list[Item] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return sum(item.hours for item in self.items)


@dataclass
class Plan:
    track: str
    title: str
    summary: str
    weeks: list[Week]
    path: str

    @property
    def hours(self) -> float:
        return sum(week.hours for week in self.weeks)


def _text(value, where: str, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PlanError(f"{where}: '{name}' must be a non-empty string, got {value!r}")
    return value.strip()


def _item(raw, where: str, pages: set[str]) -> Item:
    if not isinstance(raw, dict):
        raise PlanError(f"{where}: an item must be a mapping, got {raw!r}")
    unknown = set(raw) - {"id", "title", "kind", "hours", "page", "url"}
    if unknown:
        raise PlanError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for name in ("id", "title", "kind", "hours"):
        if name not in raw:
            raise PlanError(f"{where}: missing field '{name}'")
    item_id = _text(raw["id"], where, "id")
    where = f"{where}, item '{item_id}'"
    if not ID_PATTERN.match(item_id):
        raise PlanError(f"{where}: id must be lowercase letters, digits and hyphens")
    kind = raw["kind"]
    if kind not in KINDS:
        raise PlanError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    hours = raw["hours"]
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or not hours > 0:
        raise PlanError(f"{where}: hours must be a positive number, got {hours!r}")
    page = raw.get("page")
    if page is not None:
        if kind != "lesson":
            raise PlanError(f"{where}: only lesson items link a page; use url for a {kind}")
        if page not in pages:
            raise PlanError(f"{where}: unknown lesson page '{page}' (no such file under docs/)")
    url = raw.get("url")
    if url is not None and (not isinstance(url, str) or not URL_PATTERN.match(url)):
        raise PlanError(f"{where}: url must start with http:// or https://, got {url!r}")
    return Item(item_id, _text(raw["title"], where, "title"), kind, float(hours), page, url)


def parse_plan(text: str, path: str, pages: set[str]) -> Plan:
    """Parse one plan file; ``path`` is how errors name it, ``pages`` the docs-relative Markdown files."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise PlanError(f"{path}: not valid YAML: {err}") from None
    if not isinstance(raw, dict):
        raise PlanError(f"{path}: expected a mapping with track, title, summary and weeks")
    for name in ("track", "title", "summary", "weeks"):
        if name not in raw:
            raise PlanError(f"{path}: missing field '{name}'")
    track = _text(raw["track"], path, "track")
    folder = Path(path).parent.name
    if track != folder:
        raise PlanError(f"{path}: track is '{track}' but the file is in the '{folder}' folder")
    raw_weeks = raw["weeks"]
    if not isinstance(raw_weeks, list) or not raw_weeks:
        raise PlanError(f"{path}: 'weeks' must be a non-empty list")
    weeks = []
    for expected, raw_week in enumerate(raw_weeks, start=1):
        where = f"{path}, week {expected}"
        if not isinstance(raw_week, dict):
            raise PlanError(f"{where}: a week must be a mapping, got {raw_week!r}")
        for name in ("week", "title", "goals", "items"):
            if name not in raw_week:
                raise PlanError(f"{where}: missing field '{name}'")
        if raw_week["week"] != expected:
            raise PlanError(f"{where}: weeks must be numbered 1, 2, 3 ... (found {raw_week['week']!r})")
        goals = raw_week["goals"]
        if not isinstance(goals, list) or not goals:
            raise PlanError(f"{where}: 'goals' must be a non-empty list")
        items = raw_week["items"]
        if not isinstance(items, list) or not items:
            raise PlanError(f"{where}: 'items' must be a non-empty list")
        weeks.append(
            Week(
                expected,
                _text(raw_week["title"], where, "title"),
                [_text(goal, where, "goals") for goal in goals],
                [_item(item, where, pages) for item in items],
            )
        )
    return Plan(track, _text(raw["title"], path, "title"), _text(raw["summary"], path, "summary"),
                weeks, path)


_cache: dict[tuple, dict[str, Plan]] = {}


def load_plans(docs_dir: Path, pages: set[str]) -> dict[str, Plan]:
    """Every docs/<track>/plan.yml, validated, with item ids unique across all plans.

    Cached on the files' modification times, so the hooks that need the plans parse them once.
    """
    files = sorted(docs_dir.glob("*/plan.yml"))
    key = (str(docs_dir), frozenset(pages), tuple((str(f), f.stat().st_mtime_ns) for f in files))
    if key not in _cache:
        _cache.clear()
        _cache[key] = _load_plans(docs_dir, files, pages)
    return _cache[key]


def _load_plans(docs_dir: Path, files: list[Path], pages: set[str]) -> dict[str, Plan]:
    plans, seen = {}, {}
    for file in files:
        rel = f"docs/{file.relative_to(docs_dir).as_posix()}"
        plan = parse_plan(file.read_text(encoding="utf-8"), rel, pages)
        for week in plan.weeks:
            for item in week.items:
                if item.id in seen:
                    raise PlanError(f"{rel}, week {week.week}: duplicate id '{item.id}' "
                                    f"(already used in {seen[item.id]})")
                seen[item.id] = f"{rel}, week {week.week}"
        plans[plan.track] = plan
    return plans


def in_nav_order(plans: dict[str, Plan], nav: list) -> list[Plan]:
    """The plans in the order their tracks appear in mkdocs.yml's nav (then any others, by name)."""
    order: list[str] = []

    def walk(entry):
        if isinstance(entry, str):
            track = entry.split("/")[0] if "/" in entry else None
            if track in plans and track not in order:
                order.append(track)
        elif isinstance(entry, dict):
            for value in entry.values():
                walk(value)
        elif isinstance(entry, list):
            for value in entry:
                walk(value)

    walk(nav or [])
    order += sorted(set(plans) - set(order))
    return [plans[track] for track in order]


def lesson_items(plans: dict[str, Plan]) -> dict[str, Item]:
    """The plan item that schedules each lesson page (docs-relative path -> item)."""
    return {item.page: item for plan in plans.values() for week in plan.weeks
            for item in week.items if item.page}
