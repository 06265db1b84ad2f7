"""Runs every test case under testcases/ and matches its inline expectations
exactly both ways (see tests/expectations.py)."""
from pathlib import Path

import pytest

from conftest import ROOT, run_json
from expectations import diagnostics_from_json, match, read_expectations

TESTCASES = ROOT / "testcases"


def collect_cases():
    cases = []
    for check_dir in sorted(p for p in TESTCASES.iterdir() if p.is_dir()):
        for entry in sorted(check_dir.iterdir()):
            if entry.is_dir() and (entry / "compile_commands.json").exists():
                cases.append(pytest.param(check_dir.name, entry, id=f"{check_dir.name}/{entry.name}"))
            elif entry.suffix == ".c":
                cases.append(pytest.param(check_dir.name, entry, id=f"{check_dir.name}/{entry.name}"))
    return cases


def sources_of(case):
    if case.is_dir():
        return sorted(p for p in case.rglob("*") if p.suffix in (".c", ".h"))
    return [case]


@pytest.mark.parametrize("check,case", collect_cases())
def test_case(check, case):
    expectations = []
    says_none = False
    for source in sources_of(case):
        found, no_diagnostics = read_expectations(source)
        expectations += found
        says_none |= no_diagnostics
    assert expectations or says_none, f"{case} has no expectations and no 'expect-no-diagnostics'"
    assert not (expectations and says_none), f"{case} has both expectations and 'expect-no-diagnostics'"
    if case.is_dir():
        document, result = run_json(f"--checks=-*,{check}", "-p", case, cwd=case)
    else:
        document, result = run_json(f"--checks=-*,{check}", case)
    assert "parsed with" not in result.stderr, f"{case} does not parse cleanly:\n{result.stderr}"
    unmet, unexpected = match(expectations, diagnostics_from_json(document))
    problems = [e.describe() for e in unmet] + [d.describe() for d in unexpected]
    assert not problems, "\n".join(problems)
