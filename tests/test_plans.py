"""The weekly plans: schema errors name the file, week and problem; the plans cover the seeds."""

from __future__ import annotations

import re
import sys

import pytest
import yaml
from support import DOCS, ROOT, TRACKS, mkdocs_build

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
from plans import PlanError, lesson_items, load_plans, parse_plan  # noqa: E402

PAGES = {str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md")}
PATH = "docs/math/plan.yml"
VALID = {
    "track": "math", "title": "Math", "summary": "A summary.",
    "weeks": [
        {"week": 1, "title": "Vectors", "goals": ["Compute a dot product."], "items": [
            {"id": "math-vectors", "title": "Vectors", "kind": "lesson", "page": "math/vectors.md",
             "hours": 3},
            {"id": "math-w1-practice", "title": "Practice", "kind": "practice", "hours": 2.5},
        ]},
        {"week": 2, "title": "Matrices", "goals": ["Multiply matrices."], "items": [
            {"id": "math-mml", "title": "MML book", "kind": "resource",
             "url": "https://mml-book.github.io/", "hours": 4},
        ]},
    ],
}


def broken(change) -> str:
    """The message parse_plan gives for VALID after ``change`` edits a deep copy of it."""
    plan = yaml.safe_load(yaml.safe_dump(VALID))
    change(plan)
    with pytest.raises(PlanError) as error:
        parse_plan(yaml.safe_dump(plan), PATH, PAGES)
    return str(error.value)


def test_the_valid_example_parses():
    plan = parse_plan(yaml.safe_dump(VALID), PATH, PAGES)
    assert [w.hours for w in plan.weeks] == [5.5, 4] and plan.hours == 9.5


def test_missing_field_names_file_week_and_field():
    message = broken(lambda p: p["weeks"][1]["items"][0].pop("hours"))
    assert message == f"{PATH}, week 2: missing field 'hours'"


def test_unknown_lesson_page_names_file_week_item_and_page():
    message = broken(lambda p: p["weeks"][0]["items"][0].update(page="math/no-such-lesson.md"))
    assert message.startswith(f"{PATH}, week 1, item 'math-vectors': unknown lesson page "
                              "'math/no-such-lesson.md'")


@pytest.mark.parametrize("hours", [0, -2, "three", True, None])
def test_hours_must_be_a_positive_number(hours):
    message = broken(lambda p: p["weeks"][0]["items"][1].update(hours=hours))
    assert message == (f"{PATH}, week 1, item 'math-w1-practice': hours must be a positive number, "
                       f"got {hours!r}")


def test_duplicate_id_across_plans_names_both_places(tmp_path):
    for track, item_id in (("math", "shared-id"), ("nlp", "shared-id")):
        plan = yaml.safe_load(yaml.safe_dump(VALID))
        plan["track"] = track
        plan["weeks"] = plan["weeks"][1:]
        plan["weeks"][0]["week"] = 1
        plan["weeks"][0]["items"][0]["id"] = item_id
        (tmp_path / track).mkdir()
        (tmp_path / track / "plan.yml").write_text(yaml.safe_dump(plan))
    with pytest.raises(PlanError) as error:
        load_plans(tmp_path, PAGES)
    assert str(error.value) == ("docs/nlp/plan.yml, week 1: duplicate id 'shared-id' "
                                "(already used in docs/math/plan.yml, week 1)")


def test_duplicate_id_within_a_plan(tmp_path):
    plan = yaml.safe_load(yaml.safe_dump(VALID))
    plan["weeks"][1]["items"][0]["id"] = "math-vectors"
    (tmp_path / "math").mkdir()
    (tmp_path / "math" / "plan.yml").write_text(yaml.safe_dump(plan))
    with pytest.raises(PlanError) as error:
        load_plans(tmp_path, PAGES)
    assert str(error.value) == ("docs/math/plan.yml, week 2: duplicate id 'math-vectors' "
                                "(already used in docs/math/plan.yml, week 1)")


def test_weeks_must_be_numbered_in_order():
    message = broken(lambda p: p["weeks"][1].update(week=3))
    assert message == f"{PATH}, week 2: weeks must be numbered 1, 2, 3 ... (found 3)"


def test_unknown_kind_bad_id_bad_url_and_wrong_folder():
    assert "kind must be one of lesson, practice, resource" in broken(
        lambda p: p["weeks"][0]["items"][1].update(kind="video"))
    assert "id must be lowercase" in broken(lambda p: p["weeks"][0]["items"][1].update(id="Week 1"))
    assert "url must start with http" in broken(
        lambda p: p["weeks"][1]["items"][0].update(url="mml-book.github.io"))
    assert "track is 'nlp' but the file is in the 'math' folder" in broken(
        lambda p: p.update(track="nlp"))


def test_not_yaml_names_the_file():
    with pytest.raises(PlanError, match=r"^docs/math/plan.yml: not valid YAML"):
        parse_plan("weeks: [unclosed", PATH, PAGES)


def test_malformed_plan_fails_the_build_naming_file_and_week(project_copy):
    plan_file = project_copy / "docs/nlp/plan.yml"
    plan = yaml.safe_load(plan_file.read_text())
    plan["weeks"][2]["items"][0]["hours"] = -1
    plan_file.write_text(yaml.safe_dump(plan, sort_keys=False))
    result = mkdocs_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    assert "docs/nlp/plan.yml, week 3, item" in result.stdout + result.stderr
    assert "hours must be a positive number, got -1" in result.stdout + result.stderr


def test_unknown_prerequisite_fails_the_build_naming_the_page(project_copy):
    page = project_copy / "docs/math/vectors.md"
    text = page.read_text()
    page.write_text(re.sub(r"^prereqs: .*$", "prereqs: [math/no-such-lesson]", text, count=1,
                           flags=re.MULTILINE))
    result = mkdocs_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    assert ("docs/math/vectors.md: prerequisite 'math/no-such-lesson' is not a page"
            in result.stdout + result.stderr)


# --- Coverage of the seeds --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def plans():
    return load_plans(DOCS, PAGES)


EXPECTED_WEEKS = {"math": 10, "pytorch": 7, "neural-networks": 13, "nlp": 26, "transformers": 14,
                  "pretrained-models": 15, "advanced-lm": 5, "llmops": 5}


def test_every_track_has_a_plan_of_the_seed_length(plans):
    assert set(plans) == set(TRACKS)
    assert {track: len(plan.weeks) for track, plan in plans.items()} == EXPECTED_WEEKS


def test_every_lesson_page_is_scheduled_in_its_week(plans):
    scheduled = lesson_items(plans)
    for page in sorted(PAGES):
        text = (DOCS / page).read_text(encoding="utf-8")
        week = re.search(r"^week:\s*(\d+)", text, re.MULTILINE)
        if not week:
            continue
        assert page in scheduled, f"docs/{page} is in no plan"
        track = page.split("/")[0]
        plan_week = next(w.week for w in plans[track].weeks if scheduled[page] in w.items)
        assert int(week[1]) == plan_week, f"docs/{page} says week {week[1]}, its plan week {plan_week}"


def test_lesson_time_matches_its_plan_hours(plans):
    for page, item in lesson_items(plans).items():
        text = (DOCS / page).read_text(encoding="utf-8")
        time = re.search(r"^time:\s*(\S+)", text, re.MULTILINE)
        assert time, f"docs/{page} has no time"
        assert time[1] == f"{item.hours:g}h", (
            f"docs/{page} says time: {time[1]} but docs/{page.split('/')[0]}/plan.yml gives "
            f"{item.hours:g} h to '{item.id}'")


@pytest.mark.parametrize("topic", [
    "Bayes", "eigen", "singular value", "entropy", "Adam", "central limit",  # math
    "autograd", "DataLoader",  # pytorch
    "convolutional", "autoencoder", "GAN",  # neural networks
    "word2vec", "LSTM", "summari", "question answering",  # nlp
    "positional encoding", "named entity",  # transformers
    "ELECTRA", "DeBERTa", "UniLM", "PaLM", "Llama",  # pre-trained models
    "vector database", "LoRA", "RLHF",  # advanced language modelling
    "QLoRA", "quantization", "pruning", "distillation", "deploy",  # llmops
])
def test_seed_topics_appear_in_the_plans(plans, topic):
    text = " ".join(item.title + " " + week.title + " " + " ".join(week.goals)
                    for plan in plans.values() for week in plan.weeks for item in week.items)
    assert topic.lower() in text.lower(), f"no plan mentions '{topic}'"
