"""Shared fixtures: one strict build of the site per test run, shared by all xdist workers."""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

import pytest
from support import ROOT, mkdocs_build

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The strictly built site. The first xdist worker builds it; the others wait and reuse it."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # this run's folder
    target = shared / "site"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        failure = shared / "site-build-failure.txt"
        if failure.exists():
            pytest.fail(failure.read_text())
        if not (target / "index.html").exists():
            result = mkdocs_build(ROOT, target)
            if result.returncode != 0:
                message = f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
                failure.write_text(message)
                pytest.fail(message)
    return target


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A throwaway copy of the project (docs, snippets, overrides, config) to break on purpose."""
    for name in ("docs", "snippets", "overrides", "includes"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path
