"""Render the weekly plans: each track's plan, the roadmap diagram, progress bars and plans.json.

Markers a page can hold, each replaced by Markdown or HTML built from docs/<track>/plan.yml:
- ``<!-- weekly-plan -->`` in a track's index.md: the plan week by week, with tick boxes;
- ``<!-- roadmap -->``: all tracks in order as an accessible SVG diagram, with totals;
- ``<!-- progress-overview -->``: one progress bar per track (filled in by progress.js);
- ``<!-- planner-form -->``: the pace planner's form (driven by planner.js).
Plan links are Markdown links, so the strict build checks them. ``assets/plans.json`` carries the
plans to the browser for progress and the pace planner.
"""

from __future__ import annotations

import html
import json
import posixpath
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from links import relative_path, relative_url
from plans import KINDS, Plan, PlanError, in_nav_order, load_plans

PLAN_MARKER = "<!-- weekly-plan -->"
ROADMAP_MARKER = "<!-- roadmap -->"
OVERVIEW_MARKER = "<!-- progress-overview -->"
PLANNER_MARKER = "<!-- planner-form -->"
PLANS_JSON = "assets/plans.json"

_ordered: list[Plan] = []
_url_of: dict[str, str] = {}


def hours(value: float) -> str:
    return f"{value:g} h"


def url_link(target: str, page_url: str) -> str:
    """A raw-HTML link from the page at ``page_url`` to the docs-relative file ``target``."""
    return relative_url(_url_of[target], page_url)


def tick(item_id: str, label: str) -> str:
    """A tick box for progress.js; hidden until the script runs, since it does nothing without it."""
    return (f'<input type="checkbox" class="progress-tick" data-item="{item_id}" '
            f'aria-label="{html.escape(label, quote=True)}" hidden>')


def progress_bar(plan: Plan, link: str | None = None) -> str:
    ids = " ".join(f"{item.id}:{item.hours:g}" for week in plan.weeks for item in week.items)
    title = f'<a href="{link}">{html.escape(plan.title)}</a>' if link else html.escape(plan.title)
    return (
        f'<div class="track-progress" data-track="{plan.track}" data-items="{ids}" hidden>'
        f'<span class="track-progress__title">{title}</span>'
        f'<progress max="{plan.hours:g}" value="0" aria-label="{html.escape(plan.title)} progress">'
        f"</progress>"
        # The text progress.js writes for no progress, so the bar does not change size when it does.
        f'<span class="track-progress__text">0 h of {hours(plan.hours)} (0 items done)</span></div>'
    )


def render_plan(plan: Plan, page_path: str) -> str:
    """The plan as Markdown, with links relative to the page at ``page_path`` (docs-relative)."""
    lines = [
        f'<div class="weekly-plan" data-track="{plan.track}" markdown>',
        "",
        f"**{len(plan.weeks)} weeks, {hours(plan.hours)} in all.** {plan.summary}",
        "",
        progress_bar(plan),
        "",
    ]
    for week in plan.weeks:
        lines += [f"### Week {week.week}: {week.title} {{ #week-{week.week} }}", ""]
        lines += [f"*About {hours(week.hours)}.* You will:", ""]
        lines += [f"- {goal}" for goal in week.goals]
        lines += ["", '<ul class="plan-items" markdown>']
        for item in week.items:
            if item.page:
                title = f"[{item.title}]({relative_path(item.page, page_path)})"
            elif item.url:
                title = f"[{item.title}]({item.url})"
            else:
                title = item.title
            lines.append(
                f'<li class="plan-item" data-item="{item.id}" markdown>'
                f"{tick(item.id, f'Done: {item.title}')}"
                f'<span class="plan-kind plan-kind--{item.kind}">{KINDS[item.kind]}</span> '
                f'{title} <span class="plan-hours">{hours(item.hours)}</span></li>'
            )
        lines += ["</ul>", ""]
    lines += ["</div>", ""]
    return "\n".join(lines)


def render_roadmap(plans: list[Plan], page_path: str, page_url: str) -> str:
    """All tracks top to bottom as an SVG of text and shapes, with totals."""
    box_w, box_h, gap, width = 560, 58, 26, 640
    height = len(plans) * (box_h + gap) - gap + 2
    total_weeks = sum(len(p.weeks) for p in plans)
    total_hours = sum(p.hours for p in plans)
    desc = "; ".join(f"{i}. {p.title}: {len(p.weeks)} weeks, {hours(p.hours)}"
                     for i, p in enumerate(plans, start=1))
    parts = [
        f'<svg class="roadmap" viewBox="0 0 {width} {height}" role="group" '
        f'aria-labelledby="roadmap-title roadmap-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="roadmap-title">The roadmap: {len(plans)} tracks, {total_weeks} weeks, '
        f"{hours(total_hours)}</title>",
        f'<desc id="roadmap-desc">{html.escape(desc)}</desc>',
    ]
    week = 1
    x = (width - box_w) / 2
    for i, plan in enumerate(plans):
        y = 1 + i * (box_h + gap)
        last = week + len(plan.weeks) - 1
        parts += [
            f'<a href="{url_link(f"{plan.track}/index.md", page_url)}">',
            f'<rect class="roadmap__box" x="{x}" y="{y}" width="{box_w}" height="{box_h}" rx="8"/>',
            f'<text class="roadmap__step" x="{x + 28}" y="{y + box_h / 2 + 6}">{i + 1}</text>',
            f'<text class="roadmap__title" x="{x + 60}" y="{y + 25}">{html.escape(plan.title)}</text>',
            f'<text class="roadmap__meta" x="{x + 60}" y="{y + 45}">weeks {week} to {last}: '
            f"{len(plan.weeks)} weeks, {hours(plan.hours)}</text>",
            "</a>",
        ]
        if i < len(plans) - 1:
            cx, y1 = width / 2, y + box_h
            parts.append(f'<path class="roadmap__arrow" d="M{cx} {y1 + 3} V{y1 + gap - 6} '
                         f'm-5 -6 l5 6 l5 -6"/>')
        week = last + 1
    parts.append("</svg>")
    summary = (f"\n\n**{len(plans)} tracks, {total_weeks} weeks, about {hours(total_hours)} of study** "
               "at the pace of the plans. The [pace planner](" + relative_path("planner.md", page_path)
               + ") fits them to the hours you have.\n")
    return '<div class="roadmap-figure">' + "".join(parts) + "</div>" + summary


def render_overview(plans: list[Plan], page_url: str) -> str:
    bars = "".join(progress_bar(plan, url_link(f"{plan.track}/index.md", page_url)) for plan in plans)
    return f'<div class="progress-overview">{bars}</div>'


def render_planner_form(plans: list[Plan], page_url: str) -> str:
    data = posixpath.relpath(PLANS_JSON, page_url.rstrip("/") or ".")
    boxes = "".join(
        f'<label class="planner-track"><input type="checkbox" name="track" value="{plan.track}"'
        f'{" checked" if i == 0 else ""}> {html.escape(plan.title)} '
        f'<span class="plan-hours">{len(plan.weeks)} weeks, {hours(plan.hours)}</span></label>'
        for i, plan in enumerate(plans))
    return (
        f'<form id="planner-form" class="planner" data-plans="{data}" hidden novalidate>'
        f"<fieldset><legend>Tracks to study, in roadmap order</legend>{boxes}</fieldset>"
        '<div class="planner-fields">'
        '<label>Start date <input type="date" name="start" required></label>'
        '<label>Hours a week <input type="number" name="hours" min="0.5" max="80" step="0.5" '
        'value="10" required></label>'
        '<button type="submit" class="md-button md-button--primary">Plan my weeks</button></div>'
        '<p id="planner-error" class="planner-error" role="alert"></p></form>'
        '<div id="planner-result" aria-live="polite"></div>'
        "<noscript><p>The planner runs in your browser and needs JavaScript; the track pages list "
        "every week's hours if you prefer to plan by hand.</p></noscript>"
    )


def plans_json(plans: list[Plan], url_of: dict[str, str]) -> str:
    """The plans for the browser: titles, weeks, items with hours and site-relative URLs."""
    return json.dumps({"tracks": [{
        "track": plan.track, "title": plan.title, "url": url_of[f"{plan.track}/index.md"],
        "weeks": [{"week": week.week, "title": week.title, "items": [
            {"id": item.id, "title": item.title, "kind": item.kind, "hours": item.hours,
             "url": url_of.get(item.page, "") if item.page else (item.url or "")}
            for item in week.items]} for week in plan.weeks],
    } for plan in plans]}, separators=(",", ":"))


# --- MkDocs hooks --------------------------------------------------------------------------------


def on_files(files, config):
    url_of = {f.src_uri: f.url for f in files if f.src_uri.endswith(".md")}
    _url_of.clear()
    _url_of.update(url_of)
    try:
        plans = load_plans(Path(config["docs_dir"]), set(url_of))
    except PlanError as err:
        raise PluginError(str(err)) from None
    _ordered[:] = in_nav_order(plans, config["nav"])
    missing = [f"docs/{p.track}/index.md" for p in _ordered if f"{p.track}/index.md" not in url_of]
    if missing:
        raise PluginError(f"plans without a track page: {', '.join(missing)}")
    files.append(File.generated(config, PLANS_JSON, content=plans_json(_ordered, url_of)))
    return files


def on_page_markdown(markdown, page, config, files):
    src = page.file.src_uri
    if PLAN_MARKER in markdown:
        track = src.split("/")[0] if "/" in src else ""
        plan = next((p for p in _ordered if p.track == track), None)
        if plan is None:
            raise PluginError(f"docs/{src}: has {PLAN_MARKER} but there is no docs/{track}/plan.yml"
                              if track else f"docs/{src}: {PLAN_MARKER} belongs in a track's index.md")
        markdown = markdown.replace(PLAN_MARKER, render_plan(plan, src))
    if ROADMAP_MARKER in markdown:
        markdown = markdown.replace(ROADMAP_MARKER, render_roadmap(_ordered, src, page.url))
    if PLANNER_MARKER in markdown:
        markdown = markdown.replace(PLANNER_MARKER, render_planner_form(_ordered, page.url))
    if OVERVIEW_MARKER in markdown:
        markdown = markdown.replace(OVERVIEW_MARKER, render_overview(_ordered, page.url))
    return markdown
