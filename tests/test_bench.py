"""scripts/bench still runs: on a 5-file synthetic tree it prints every row and every goal.

The benchmark prints figures and is not a test; this only keeps it from rotting.
Its figures are not checked."""
import re
import subprocess
import sys

from conftest import ROOT, ddicheck_path, fail_on_sanitizer_report

ROWS = ["ddicheck cold -j 2", "ddicheck warm -j 2", "one file changed", "parse floor (clang)", "clang-tidy",
        "ddicheck cold -j 1"]
GOALS = ["cold / parse floor", "warm / cold", "one file changed", "-j 2 speed-up (-j 1 / -j 2)",
         "peak memory per worker"]


def test_bench_prints_every_row_and_goal(tmp_path):
    tree = tmp_path / "tree"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench"), "--ddicheck", str(ddicheck_path()), "--synthetic", "5",
         "--quick", "--out", str(tree), "--jobs", "2", "--tidy-sample", "1", "--allow-missing-options"],
        capture_output=True, text=True, timeout=600)
    fail_on_sanitizer_report(result.stdout + result.stderr, "scripts/bench")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for header in ("machine:", "ddicheck:", "clang:", "clang-tidy:", "corpus:"):
        assert any(line.strip().startswith(header) for line in lines), f"no '{header}' line:\n{result.stdout}"
    assert "5 C files" in result.stdout
    table = [line for line in lines if line[:1].isalpha()]
    for row in ROWS:
        matching = [line for line in table if line.startswith(row + " ")]
        assert matching, f"no row '{row}':\n{result.stdout}"
    # The -j 2 cold row is printed even when it is the first row's run (--jobs 2).
    assert sum(line.startswith("ddicheck cold -j 2 ") for line in table) == 2
    for goal in GOALS:
        assert any(line.startswith(goal + " ") and re.search(r"\b(PASS|FAIL|SKIP)\b", line) for line in lines), \
            f"no goal '{goal}' with PASS, FAIL or SKIP:\n{result.stdout}"
    assert "parsed clean" in result.stdout
    assert not tree.exists(), "the synthetic tree is removed without --keep"
