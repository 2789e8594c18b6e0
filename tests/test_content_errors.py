"""Bad content fails the build with a message naming the file: one test per kind of mistake.

Each test breaks a throwaway copy of the project and runs the strict build on it.
"""

from __future__ import annotations

from support import mkdocs_build

PAGE = "docs/math/vectors.md"


def break_page(project, addition: str = "", old: str = "", new: str = "") -> str:
    """Edit the vectors lesson in the copy and return the strict build's combined output."""
    page = project / PAGE
    text = page.read_text(encoding="utf-8")
    if old:
        assert old in text, f"{PAGE} no longer contains {old!r}; update this test"
        text = text.replace(old, new, 1)
    page.write_text(text + addition, encoding="utf-8")
    result = mkdocs_build(project, project / "site")
    assert result.returncode != 0, "the build should have failed"
    return result.stdout + result.stderr


def test_missing_snippet_file_names_page_and_snippet(project_copy):
    output = break_page(project_copy, '\n```python\n--8<-- "math/vectors/no_such_file.py"\n```\n')
    assert PAGE in output
    assert "snippets/math/vectors/no_such_file.py" in output


def test_missing_snippet_section_names_page_and_section(project_copy):
    output = break_page(project_copy, '\n```python\n--8<-- "math/vectors/operations.py:nope"\n```\n')
    assert PAGE in output and "no section 'nope'" in output


def test_unsupported_formula_names_page_and_formula(project_copy):
    output = break_page(project_copy, "\n$$\n\\notacommand{x} + 1\n$$\n")
    assert PAGE in output
    assert "\\\\notacommand{x} + 1" in output or "\\notacommand{x} + 1" in output


def test_broken_internal_link_names_page_and_target(project_copy):
    output = break_page(project_copy, "\nSee [the missing page](no-such-page.md).\n")
    assert "math/vectors.md" in output and "no-such-page.md" in output


def test_broken_anchor_names_page_and_anchor(project_copy):
    output = break_page(project_copy, "\nSee [matrices](matrices.md#no-such-heading).\n")
    assert "math/vectors.md" in output and "no-such-heading" in output


def test_image_without_alt_text_names_page(project_copy):
    output = break_page(project_copy, "\n![](../assets/figures/math/vectors-projection.svg)\n")
    assert PAGE in output and "image without alt text" in output
