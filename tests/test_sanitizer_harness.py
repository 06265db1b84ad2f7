"""The suite's sanitizer checks can fail: a tiny program with a heap overflow,
a leak or a signed overflow, built like the sanitized ddicheck
(-fsanitize=address,undefined, UBSan not recovering), is caught under the
options tests/conftest.py gives every process (their own exit status, a report
file that fails the test), and its report on stderr is recognised.  A clean
run of it leaves no report, so the checks are not always on either."""
import os
import shutil
import subprocess

import pytest

from conftest import (SANITIZER_EXIT_CODE, fail_on_sanitizer_report, new_sanitizer_reports, run_ddicheck,
                      sanitizer_logs, sanitizer_report)

BUGGY = r"""
#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void *volatile kept;

int main(int argc, char **argv)
{
    const char *bug = argc > 1 ? argv[1] : "";
    if (!strcmp(bug, "overflow")) {
        char *bytes = malloc(4);
        bytes[argc + 2] = 1; /* one past the end */
        free(bytes);
    } else if (!strcmp(bug, "leak")) {
        for (int i = 0; i < 8; i++)
            kept = malloc(64); /* only the last one stays reachable */
    } else if (!strcmp(bug, "undefined")) {
        int big = INT_MAX - 1;
        return big + argc; /* signed overflow */
    }
    return 0;
}
"""

EXPECTED = {"overflow": "ERROR: AddressSanitizer: heap-buffer-overflow", "leak": "ERROR: LeakSanitizer",
            "undefined": "runtime error: signed integer overflow"}


@pytest.fixture(scope="module")
def buggy_program(tmp_path_factory):
    compiler = shutil.which("cc")
    if not compiler:
        pytest.skip("no C compiler")
    folder = tmp_path_factory.mktemp("buggy")
    source = folder / "buggy.c"
    source.write_text(BUGGY)
    program = folder / "buggy"
    result = subprocess.run([compiler, "-g", "-O0", "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
                             str(source), "-o", str(program)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"cannot build a sanitized program (the sanitizer build needs this):\n" \
                                   f"{result.stderr}"
    return program


def run(program, bug, env=None):
    return subprocess.run([str(program), bug], capture_output=True, text=True, timeout=60, env=env)


@pytest.mark.parametrize("bug", sorted(EXPECTED))
def test_a_report_fails_the_test(buggy_program, bug):
    before = set(sanitizer_logs())
    result = run(buggy_program, bug)
    reports = new_sanitizer_reports(before)  # taken away, or this test would fail
    assert result.returncode == SANITIZER_EXIT_CODE, result.stderr
    # gcc's UBSan runtime writes on stderr whatever log_path says.
    where = result.stderr if bug == "undefined" else reports
    assert EXPECTED[bug] in where
    assert sanitizer_report(where)


@pytest.mark.parametrize("bug", sorted(EXPECTED))
def test_a_report_on_stderr_is_recognised(buggy_program, bug):
    # The user's own options come after the suite's, so log_path=stderr wins.
    env = dict(os.environ, ASAN_OPTIONS=os.environ["ASAN_OPTIONS"] + ":log_path=stderr",
               UBSAN_OPTIONS=os.environ["UBSAN_OPTIONS"] + ":log_path=stderr",
               LSAN_OPTIONS=os.environ["LSAN_OPTIONS"] + ":log_path=stderr")
    result = run(buggy_program, bug, env)
    assert result.returncode == SANITIZER_EXIT_CODE, result.stderr
    assert EXPECTED[bug] in sanitizer_report(result.stderr)
    with pytest.raises(pytest.fail.Exception):
        fail_on_sanitizer_report(result.stderr)


def test_a_clean_run_leaves_no_report(buggy_program):
    before = set(sanitizer_logs())
    result = run(buggy_program, "none")
    assert result.returncode == 0, result.stderr
    assert new_sanitizer_reports(before) == ""
    assert sanitizer_report(result.stderr) is None
    fail_on_sanitizer_report(result.stderr)


def test_findings_are_not_a_report():
    assert sanitizer_report("driver.c:3:5: warning: 'x' may be NULL here [unchecked-null-return]") is None


def test_libclang_own_leak_is_suppressed(tmp_path):
    """libclang leaks a pragma's tokens in code it cannot parse (scripts/lsan.supp): the
    sanitized build's run is clean only with the suppression."""
    source = tmp_path / "broken.c"
    source.write_text("#include <ntddk.h>\nNTSTATUS Broken(\n}\n#pragma code_seg()\n")
    result = run_ddicheck("--no-cache", source)
    assert result.returncode == 0, result.stderr
    assert "parsed with 3 errors" in result.stderr
