"""Shared fixtures: where the built ddicheck is, and how to run it."""
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(os.environ.get("DDICHECK_BUILD_DIR", ROOT / "build"))


def ddicheck_path():
    return Path(os.environ.get("DDICHECK", BUILD / "ddicheck"))


def run_ddicheck(*args, cwd=None):
    """Runs ddicheck and returns the CompletedProcess (text mode)."""
    return subprocess.run([str(ddicheck_path()), *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def run_json(*args, cwd=None):
    result = run_ddicheck("--format=json", *args, cwd=cwd)
    assert result.returncode in (0, 1), f"ddicheck failed ({result.returncode}): {result.stderr}"
    return json.loads(result.stdout), result


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: takes a minute or more (still run by default; -m 'not slow' skips it)")


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """The suite's runs share a facts cache of their own, never the user's:
    every run after the first of a file goes through the cache."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))


@pytest.fixture(scope="session", autouse=True)
def built_ddicheck():
    path = ddicheck_path()
    assert path.exists(), f"{path} is missing: build with 'meson setup build && ninja -C build' first"
    return path
