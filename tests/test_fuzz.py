"""The libFuzzer harnesses (fuzz/, scripts/fuzz): they build, every seed runs
through its harness without a crash, leak or undefined behaviour, every input
the fuzzers once crashed on (fuzz/regressions/<harness>/) runs clean, and a
crashing harness is reported.

The fuzz build (clang-19, -Dfuzzing=true, ASan and UBSan) is made by
`scripts/fuzz --build-only` in $DDICHECK_FUZZ_BUILD_DIR (default build-fuzz/)
when it is not there yet.  Without clang-19 or libFuzzer (libclang-rt-19-dev,
scripts/install-deps.sh) the tests are skipped."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_ddicheck

FUZZ = ROOT / "scripts" / "fuzz"
BUILD = Path(os.environ.get("DDICHECK_FUZZ_BUILD_DIR", ROOT / "build-fuzz")).resolve()
HARNESSES = ["config", "contracts", "compile_commands", "analysis"]
LIBFUZZER = Path("/usr/lib/llvm-19/lib/clang/19/lib/linux/libclang_rt.fuzzer-x86_64.a")
REGRESSIONS = ROOT / "fuzz" / "regressions"


def run_fuzz(*args, tmp_path):
    return subprocess.run([sys.executable, str(FUZZ), "--build-dir", str(BUILD), "--work-dir", str(tmp_path),
                           *args], capture_output=True, text=True, timeout=3600)


@pytest.fixture(scope="module")
def fuzz_build():
    if not shutil.which("clang-19") or not LIBFUZZER.exists():
        pytest.skip("clang-19 or libFuzzer (libclang-rt-19-dev) is missing: scripts/install-deps.sh")
    built = subprocess.run([sys.executable, str(FUZZ), "--build-dir", str(BUILD), "--build-only"],
                           capture_output=True, text=True, timeout=3600)
    assert built.returncode == 0, built.stdout + built.stderr
    return BUILD


def test_every_seed_runs_clean(fuzz_build, tmp_path):
    """Each harness runs once over its seeds (libFuzzer -runs=0): the test
    cases, the tests' configurations, the contract tables.  The analysis gets
    a sample of the test cases (all of them take over a minute)."""
    result = run_fuzz("--seeds-only", "--analysis-seeds", "24", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for harness in HARNESSES:
        line = next((line for line in result.stdout.splitlines() if line.startswith(harness + ": executions")), None)
        assert line and line.endswith("no crash"), result.stdout
        executions = int(line.split("executions ")[1].split(",")[0])
        assert executions > 3, f"{harness} ran no seed: {line}"


@pytest.mark.parametrize("harness", HARNESSES)
def test_inputs_that_once_crashed_run_clean(fuzz_build, harness, tmp_path):
    """The inputs the fuzzers found bugs with (each named after the bug in
    fuzz/regressions/README.md) run through their harness without a report."""
    inputs = sorted((REGRESSIONS / harness).glob("*")) if (REGRESSIONS / harness).is_dir() else []
    if not inputs:
        pytest.skip(f"no regression input for {harness} yet")
    result = subprocess.run([str(fuzz_build / "fuzz" / f"fuzz_{harness}"), *map(str, inputs)],
                            capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stderr.count("Executed ") == len(inputs), result.stderr[-4000:]


def test_a_crashing_harness_is_reported(fuzz_build, tmp_path):
    """--selftest adds an input that makes the harness abort: the script
    must say so, keep the input as an artifact and exit 1."""
    result = run_fuzz("--selftest", "--seeds-only", "config", tmp_path=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "config:" in result.stdout and "PROBLEM: crash" in result.stdout, result.stdout
    artifacts = list((tmp_path / "artifacts" / "config").glob("crash-*"))
    assert len(artifacts) == 1, result.stdout
    assert artifacts[0].read_bytes().startswith(b"DDICHECK-FUZZ-SELFTEST-CRASH")
    assert f"artifact: {artifacts[0]}" in result.stdout


def test_without_the_selftest_variable_the_magic_input_is_harmless(fuzz_build, tmp_path):
    """The self-test input crashes only when asked to: a harness does not
    abort on it by itself."""
    magic = tmp_path / "magic"
    magic.write_bytes(b"DDICHECK-FUZZ-SELFTEST-CRASH\n")
    env = {k: v for k, v in os.environ.items() if k != "DDICHECK_FUZZ_SELFTEST"}
    result = subprocess.run([str(fuzz_build / "fuzz" / "fuzz_config"), str(magic)], capture_output=True, text=True,
                            timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-4000:]


def test_unknown_harness_is_a_usage_error(tmp_path):
    result = run_fuzz("--build-only", "nosuch", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "unknown harness 'nosuch'" in result.stderr


# What the fuzzers found, as the command line meets it (any build).

def test_database_entry_with_an_empty_command_is_parsed_with_the_default_flags(tmp_path):
    """fuzz_compile_commands: an entry with "arguments": [] (or "command": "")
    names no compiler; ddicheck read its first argument anyway and crashed."""
    (tmp_path / "a.c").write_text("int f(int *p) { return *p; }\n")
    for entry in ({"arguments": []}, {"command": ""}):
        (tmp_path / "compile_commands.json").write_text(
            json.dumps([{"directory": str(tmp_path), "file": "a.c", **entry}]))
        for args in (["-p", tmp_path], [tmp_path / "a.c"]):
            result = run_ddicheck("--no-cache", *args)
            assert result.returncode == 0, result.stderr
            assert f"'{tmp_path / 'a.c'}' an empty command; using the default flags" in result.stderr


def two_configurations(tmp_path, parent, child):
    (tmp_path / "child").mkdir()
    (tmp_path / ".ddicheck.yaml").write_text(parent)
    (tmp_path / "child" / ".ddicheck.yaml").write_text("InheritParentConfig: true\n" + child)
    return tmp_path / "child"


def test_dump_of_a_contract_given_in_two_files_reads_back(tmp_path):
    """fuzz_config (a folder's and its subfolder's configuration): both give
    F the same contract, which is allowed; --dump-config listed it twice, and
    the dump saved as .ddicheck.yaml was refused ("second contract for 'F'")."""
    child = two_configurations(tmp_path, "Contracts:\n  - Function: F\n    MaxIrql: DISPATCH_LEVEL\n",
                               "Contracts:\n  - Function: F\n    Facts: max_irql=DISPATCH_LEVEL\n")
    dumped = run_ddicheck("--dump-config", cwd=child)
    assert dumped.returncode == 0, dumped.stderr
    assert dumped.stdout.count("Function: F") == 1, dumped.stdout
    assert f"Source: {child / '.ddicheck.yaml'}:3" in dumped.stdout, "the nearer file's contract is kept"
    (child / ".ddicheck.yaml").write_text(dumped.stdout)
    again = run_ddicheck("--dump-config", cwd=child)
    assert again.returncode == 0, again.stderr
    assert again.stdout == dumped.stdout


def test_contract_without_facts_in_two_files(tmp_path):
    """Two files naming F with no facts: comparing their (empty) facts
    sorted an empty list given as NULL (undefined behaviour, which the
    sanitizer build stops on)."""
    child = two_configurations(tmp_path, "Contracts:\n  - Function: F\n", "Contracts:\n  - Function: F\n")
    (child / "a.c").write_text("int x;\n")
    result = run_ddicheck("--no-cache", child / "a.c")
    assert result.returncode == 0, result.stderr
