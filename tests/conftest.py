"""Shared fixtures: where the built ddicheck is, and how to run it; and that
no sanitizer report passes unseen when the build has ASan and UBSan."""
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(os.environ.get("DDICHECK_BUILD_DIR", ROOT / "build"))

# The exit status of a process that ASan, LSan or UBSan stopped: their default, 1, is ddicheck's
# "findings", which many tests expect.
SANITIZER_EXIT_CODE = 86
# A report on a process' output: ASan's and LSan's headers, UBSan's "file:line:column: runtime error:".
SANITIZER_REPORT = re.compile(r"ERROR: (?:AddressSanitizer|LeakSanitizer)\b|^\S+:\d+:\d+: runtime error: ",
                              re.MULTILINE)
# Every sanitized process of the session (ddicheck, its forked workers, the language server under
# Neovim, pre-commit's runs, the probes) writes its ASan and LSan reports here, as <prefix>.<pid>;
# each test fails when one appeared during it.  A report on stderr alone could pass unseen:
# pre-commit shows a passing hook's output only on failure, Neovim keeps a server's stderr in its
# log, and a forked worker's exit status is not its parent's.  (gcc's UBSan runtime ignores
# log_path and prints on stderr: its reports are caught there, and by the exit status.)
SANITIZER_LOG_DIR = Path(tempfile.mkdtemp(prefix="ddicheck-sanitizer-reports-"))
SANITIZER_LOG_DIR.chmod(0o1777)  # a test runs ddicheck as 'nobody'
SANITIZER_LOG_PREFIX = SANITIZER_LOG_DIR / "report"
# libclang's own leaks, not ours (see the file).
LSAN_SUPPRESSIONS = ROOT / "scripts" / "lsan.supp"


def sanitizer_report(text):
    """The first sanitizer report in a process' output (str or bytes; from its header line on),
    or None."""
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    match = SANITIZER_REPORT.search(text or "")
    if not match:
        return None
    start = text.rfind("\n", 0, match.start()) + 1
    return text[start:start + 4000]


def fail_on_sanitizer_report(text, what="ddicheck"):
    """Fails the test when `text` (a process' stderr or output, str or bytes) holds a sanitizer
    report."""
    report = sanitizer_report(text)
    if report:
        pytest.fail(f"{what} printed a sanitizer report:\n{report}", pytrace=False)


def sanitizer_logs():
    """The report files written so far, by path."""
    return sorted(SANITIZER_LOG_DIR.glob(SANITIZER_LOG_PREFIX.name + ".*"))


def _with_defaults(name, defaults):
    """`defaults` (name=value pairs) ahead of what the user set in `name`: the sanitizers read
    options left to right, so the user's own values win."""
    own = ":".join(f"{key}={value}" for key, value in defaults.items())
    user = os.environ.get(name, "").strip(":")
    return f"{own}:{user}" if user else own


def pytest_configure(config):
    """Sets the sanitizers' options before any test runs anything, in os.environ so that every
    process the tests start inherits them.  They change nothing for an unsanitized build.
    Also registers the `slow` marker."""
    config.addinivalue_line("markers", "slow: takes a minute or more (still run by default; -m 'not slow' skips it)")
    common = {"exitcode": SANITIZER_EXIT_CODE, "halt_on_error": 1, "abort_on_error": 0, "print_stacktrace": 1,
              "log_path": SANITIZER_LOG_PREFIX}
    os.environ["ASAN_OPTIONS"] = _with_defaults("ASAN_OPTIONS", {**common, "detect_leaks": 1})
    os.environ["UBSAN_OPTIONS"] = _with_defaults("UBSAN_OPTIONS", common)
    # print_suppressions=0: no list of the suppressions used, which would be a report file.
    os.environ["LSAN_OPTIONS"] = _with_defaults("LSAN_OPTIONS", {
        "exitcode": SANITIZER_EXIT_CODE, "log_path": SANITIZER_LOG_PREFIX, "suppressions": LSAN_SUPPRESSIONS,
        "print_suppressions": 0})


def pytest_unconfigure(config):
    shutil.rmtree(SANITIZER_LOG_DIR, ignore_errors=True)


def new_sanitizer_reports(before):
    """The reports written since `before` (a set of sanitizer_logs()), as one text, and removes
    them; "" when there are none."""
    new = [path for path in sanitizer_logs() if path not in before]
    text = "\n".join(f"--- {path.name}\n{path.read_text(errors='replace')[:4000]}" for path in new)
    for path in new:
        path.unlink()
    return text


@pytest.fixture(autouse=True)
def no_sanitizer_report():
    """Fails the test during which a process wrote a sanitizer report (the reports are then
    removed, so that the next test starts clean)."""
    before = set(sanitizer_logs())
    yield
    reports = new_sanitizer_reports(before)
    if reports:
        pytest.fail(f"sanitizer reports during this test:\n{reports}", pytrace=False)


def unprivileged():
    """When root (whom file modes do not stop), a preexec_fn for subprocess that runs ddicheck
    as nobody; None otherwise."""
    if os.geteuid() != 0:
        return None

    def drop():
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    return drop


def ddicheck_path():
    return Path(os.environ.get("DDICHECK", BUILD / "ddicheck"))


def run_ddicheck(*args, cwd=None):
    """Runs ddicheck and returns the CompletedProcess (text mode); fails the test when the
    sanitized build printed a report (when the user's options send reports to stderr)."""
    result = subprocess.run([str(ddicheck_path()), *map(str, args)], capture_output=True, text=True, cwd=cwd,
                            timeout=300)
    fail_on_sanitizer_report(result.stderr)
    assert result.returncode != SANITIZER_EXIT_CODE, f"a sanitizer stopped ddicheck:\n{result.stderr}"
    return result


def run_json(*args, cwd=None):
    result = run_ddicheck("--format=json", *args, cwd=cwd)
    assert result.returncode in (0, 1), f"ddicheck failed ({result.returncode}): {result.stderr}"
    return json.loads(result.stdout), result


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
