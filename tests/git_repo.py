"""Git for the tests of in-place mode: commands with a test identity, and a
configuration that keeps the developer's own (identity, hooks, signing) out.

Each test module that makes repositories binds ``isolated_git_config`` as
an autouse fixture: ``isolated_git_config = pytest.fixture(autouse=True)(git_repo.isolated_git_config)``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def isolated_git_config(tmp_path: Path, monkeypatch) -> None:
    """Point git at an empty global configuration and no system one."""
    empty_config = tmp_path / "gitconfig"
    empty_config.write_text("")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty_config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def git(cwd: Path, *args: str) -> str:
    """Run git with a test identity and return its output; fail on an error."""
    command = ["git", "-c", "user.name=Tester", "-c", "user.email=tester@example.com", *args]
    return subprocess.run(command, cwd=cwd, check=True, capture_output=True, text=True).stdout


def commit_all(repo: Path, message: str = "initial") -> None:
    """Make ``repo`` a repository on ``main`` with everything in it committed."""
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
