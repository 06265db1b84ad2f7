"""SARIF output, -o, fingerprints and --baseline.

The SARIF is checked three ways: its structure against the JSON report of the
same run, Microsoft's SARIF validator (SARIF rules and GitHub's ingestion
rules; no error and no warning allowed), and the behaviour it exists for
(fingerprints that survive unrelated edits, a baseline that lets only new
findings through)."""
import json
import os
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import ROOT, ddicheck_path, fail_on_sanitizer_report, run_ddicheck, run_json

EXAMPLE = ROOT / "examples" / "sample-driver" / "driver.c"
VALIDATOR = ROOT / ".tools" / "node_modules" / "@microsoft" / "sarif-multitool-linux" / "Sarif.Multitool"
FINGERPRINT = "ddicheck/v1"

# Inputs whose findings have notes (up to five), notes in other files, and
# findings without notes.
NOTES_INPUTS = [
    "examples/sample-driver",
    "testcases/context-allocated-twice/created-with-the-type.c",
    "testcases/irql-too-high/peer-style-raise-and-chain.c",
    "testcases/irql-too-high/wdf-config-registration",
    "testcases/extension-id-not-unique/two-files",
    "testcases/extension-id-not-unique/integer-constant.c",
]


def run_sarif(*args, cwd=None):
    result = run_ddicheck("--format=sarif", *args, cwd=cwd)
    assert result.returncode in (0, 1), f"ddicheck failed ({result.returncode}): {result.stderr}"
    return json.loads(result.stdout), result


def validate(sarif, work):
    """Runs Microsoft's validator on the file `sarif` with every rule of the
    SARIF and GitHub (Ghas) kinds at every level, and returns its results."""
    assert VALIDATOR.exists(), (f"Microsoft's SARIF validator is missing ({VALIDATOR}): "
                                "run scripts/install-deps.sh")
    log = Path(tempfile.mkdtemp(dir=work)) / "validation.sarif"
    result = subprocess.run(
        [str(VALIDATOR), "validate", "--output", str(log), "--level", "Error;Warning;Note",
         "--rule-kind", "Sarif;Ghas", str(sarif)],
        capture_output=True, text=True, timeout=600, env=dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1"))
    assert result.returncode == 0 and log.exists(), f"the validator failed:\n{result.stdout}\n{result.stderr}"
    assert "1 files scanned" in result.stdout, result.stdout
    run = json.loads(log.read_text())["runs"][0]
    for invocation in run.get("invocations", []):
        assert invocation.get("executionSuccessful"), invocation
    return run.get("results", [])


def assert_valid(sarif, work):
    results = validate(sarif, work)
    problems = [f"{r.get('level', 'warning')} {r['ruleId']}: {r['message'].get('arguments')}"
                for r in results if r.get("level", "warning") in ("error", "warning")]
    assert not problems, f"the SARIF validator reports on {sarif}:\n" + "\n".join(problems)
    return results


def why_paragraph(page):
    """The first paragraph after '## Why it matters', lines joined by spaces."""
    lines = page.split("## Why it matters\n", 1)[1].splitlines()
    while not lines[0].strip():
        lines.pop(0)
    paragraph = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            break
        paragraph.append(line.rstrip())
    return " ".join(paragraph)


@pytest.fixture(scope="module")
def notes_run():
    """The SARIF and the JSON report of the same inputs."""
    sarif, result = run_sarif(*NOTES_INPUTS, cwd=ROOT)
    assert result.returncode == 1
    document, _ = run_json(*NOTES_INPUTS, cwd=ROOT)
    return sarif, document["findings"]


@pytest.fixture(scope="module")
def every_testcase(tmp_path_factory):
    """One run over every test case folder, written with -o."""
    out = tmp_path_factory.mktemp("all") / "testcases.sarif"
    result = run_ddicheck("--format=sarif", "-o", out, "testcases", cwd=ROOT)
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    return out


# --- structure ---------------------------------------------------------------

def test_log_names_the_tool_and_the_schema(notes_run):
    sarif, _ = notes_run
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert len(sarif["runs"]) == 1
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "ddicheck"
    assert f"ddicheck {driver['version']}" == run_ddicheck("--version").stdout.strip()
    assert driver["informationUri"].startswith("https://")


def test_one_rule_per_check_with_its_page(notes_run):
    sarif, _ = notes_run
    driver = sarif["runs"][0]["tool"]["driver"]
    listed = [line.split("\t", 1) for line in run_ddicheck("--list-checks").stdout.splitlines()]
    assert [rule["id"] for rule in driver["rules"]] == [check for check, _ in listed] + ["unused-suppression"]
    assert driver["rules"][-1]["helpUri"].endswith("README.md#suppressions")
    for rule, (check, summary) in zip(driver["rules"], listed):
        page = (ROOT / "rules" / f"{check}.md").read_text()
        assert re.fullmatch(r"(?:[A-Z][a-z0-9]*)+", rule["name"]), rule["name"]
        assert rule["name"].lower() == check.replace("-", "")
        assert rule["shortDescription"]["text"] == summary
        paragraph = why_paragraph(page)
        assert rule["fullDescription"]["markdown"] == paragraph
        assert rule["fullDescription"]["text"] == paragraph.replace("`", "").replace("**", "")
        assert rule["help"]["markdown"] == page and rule["help"]["text"] == page
        assert rule["helpUri"] == f"{driver['informationUri']}/blob/main/rules/{check}.md"
        assert rule["defaultConfiguration"]["level"] == "warning"


def location_matches(location, expected, root_uri):
    physical = location["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": expected["file"], "uriBaseId": "%SRCROOT%"}
    assert root_uri + physical["artifactLocation"]["uri"] == (ROOT / expected["file"]).resolve().as_uri()
    assert physical["region"] == {"startLine": expected["line"], "startColumn": expected["column"]}


def test_results_carry_the_findings_with_their_notes(notes_run):
    sarif, findings = notes_run
    run = sarif["runs"][0]
    root_uri = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root_uri == ROOT.resolve().as_uri() + "/"
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(findings) > 0
    assert any(not f["notes"] for f in findings) and any(len(f["notes"]) >= 3 for f in findings)
    for result, finding in zip(results, findings):
        assert result["ruleId"] == finding["check"] == rules[result["ruleIndex"]]["id"]
        assert result["level"] == "warning"
        assert result["message"]["text"] == finding["message"]
        assert len(result["locations"]) == 1
        location_matches(result["locations"][0], finding["location"], root_uri)
        assert re.fullmatch(r"[0-9a-f]{16}", result["partialFingerprints"][FINGERPRINT])
        notes = finding["notes"]
        if not notes:
            assert "relatedLocations" not in result and "codeFlows" not in result
            continue
        related = result["relatedLocations"]
        assert len(related) == len(notes)
        assert [r["id"] for r in related] == list(range(1, len(notes) + 1))
        steps = [step["location"] for step in result["codeFlows"][0]["threadFlows"][0]["locations"]]
        assert len(result["codeFlows"]) == 1 and len(steps) == len(notes) + 1
        for note, location, step in zip(notes, related, steps):
            assert location["message"]["text"] == step["message"]["text"] == note["message"]
            location_matches(location, note["location"], root_uri)
            location_matches(step, note["location"], root_uri)
        assert steps[-1]["message"]["text"] == finding["message"]
        location_matches(steps[-1], finding["location"], root_uri)


def test_files_outside_the_source_root_get_absolute_uris(tmp_path):
    source = tmp_path / "my driver.c"  # a space, to be percent-encoded
    shutil.copy(EXAMPLE, source)
    outside, _ = run_sarif(source, cwd=ROOT)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in outside["runs"][0]["results"]]
    assert uris and all(u == {"uri": source.resolve().as_uri()} for u in uris), uris
    assert "%20" in uris[0]["uri"]
    inside, _ = run_sarif(f"--source-root={tmp_path}", source, cwd=ROOT)
    run = inside["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]} == {
        "my%20driver.c"}
    # The same findings, the same fingerprints: they are relative to the root.
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.copy(source, moved / source.name)
    again, _ = run_sarif("--source-root", moved, moved / source.name, cwd=ROOT)
    assert fingerprints(again) == fingerprints(inside)
    outside_file = tmp_path / "outside.sarif"
    outside_file.write_text(json.dumps(outside))
    assert_valid(outside_file, tmp_path)


def test_missing_source_root_is_an_error(tmp_path):
    result = run_ddicheck("--format=sarif", f"--source-root={tmp_path / 'absent'}", EXAMPLE)
    assert result.returncode == 2
    assert "absent" in result.stderr and result.stdout == ""


def test_columns_count_utf16_code_units(tmp_path):
    text = EXAMPLE.read_text()
    call = "    IoGetDriverDirectory((PDRIVER_OBJECT)Context"
    assert call in text
    # 'é' is two bytes and one UTF-16 unit; '😀' four bytes and two units.
    source = tmp_path / "driver.c"
    source.write_text(text.replace(call, "    /* é😀 */ IoGetDriverDirectory((PDRIVER_OBJECT)Context"),
                      encoding="utf-8")
    document, _ = run_json("--checks=-*,irql-too-high", source)
    sarif, _ = run_sarif("--checks=-*,irql-too-high", source)
    byte_column = document["findings"][0]["location"]["column"]
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert byte_column == 5 + len("/* é😀 */ ".encode())
    assert region["startColumn"] == 5 + len("/* é😀 */ ".encode("utf-16-le")) // 2 == byte_column - 3
    assert sarif["runs"][0]["columnKind"] == "utf16CodeUnits"


def test_text_and_json_reports_are_unchanged():
    document, _ = run_json(EXAMPLE)
    for finding in document["findings"]:
        assert set(finding) == {"check", "severity", "message", "location", "notes"}
        assert set(finding["location"]) == {"file", "line", "column"}
    text = run_ddicheck(EXAMPLE).stdout.splitlines()
    assert len(text) == len(document["findings"]) + sum(len(f["notes"]) for f in document["findings"])
    assert all(re.fullmatch(r".+:\d+:\d+: (warning: .+ \[[a-z-]+\]|note: .+)", line) for line in text), text


# --- Microsoft's validator ---------------------------------------------------

def test_validator_accepts_every_testcase(every_testcase, tmp_path):
    sarif = json.loads(every_testcase.read_text())
    results = sarif["runs"][0]["results"]
    assert len(results) > 200
    assert any("codeFlows" in r for r in results)
    assert len({r["partialFingerprints"][FINGERPRINT] for r in results}) == len(results)
    assert_valid(every_testcase, tmp_path)


def test_validator_accepts_notes_and_code_flows(notes_run, tmp_path):
    sarif, _ = notes_run
    path = tmp_path / "notes.sarif"
    path.write_text(json.dumps(sarif))
    assert_valid(path, tmp_path)


def test_validator_accepts_a_run_without_findings(tmp_path):
    source = tmp_path / "clean.c"
    source.write_text("#include <ntddk.h>\nNTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r)\n"
                      "{ UNREFERENCED_PARAMETER(d); UNREFERENCED_PARAMETER(r); return STATUS_SUCCESS; }\n")
    out = tmp_path / "clean.sarif"
    result = run_ddicheck("--format=sarif", "-o", out, source, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["runs"][0]["results"] == []
    assert_valid(out, tmp_path)


def test_validator_accepts_unused_suppression_findings(tmp_path):
    """unused-suppression is not a check, but its findings get a rule of their own."""
    source = tmp_path / "stale.c"
    source.write_text("#include <ntddk.h>\nVOID Quiet(VOID)\n{\n    KeStallExecutionProcessor(1); "
                      "// NOLINT(irql-too-high)\n}\n")
    out = tmp_path / "stale.sarif"
    result = run_ddicheck("--report-unused-suppressions", "--format=sarif", "-o", out, source, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    run = json.loads(out.read_text())["runs"][0]
    [finding] = run["results"]
    assert finding["ruleId"] == "unused-suppression"
    assert run["tool"]["driver"]["rules"][finding["ruleIndex"]]["id"] == "unused-suppression"
    assert_valid(out, tmp_path)


def test_validator_reports_a_broken_log(notes_run, tmp_path):
    """The validator run above can fail: a ruleIndex past the rules is an error."""
    sarif, _ = notes_run
    broken = json.loads(json.dumps(sarif))
    broken["runs"][0]["results"][0]["ruleIndex"] = 99
    path = tmp_path / "broken.sarif"
    path.write_text(json.dumps(broken))
    with pytest.raises(AssertionError, match="SARIF1009"):
        assert_valid(path, tmp_path)


# --- fingerprints ------------------------------------------------------------

def fingerprints(sarif):
    """[(ruleId, fingerprint)] of the results of a SARIF log."""
    return [(r["ruleId"], r["partialFingerprints"][FINGERPRINT]) for r in sarif["runs"][0]["results"]]


def lines_of(sarif):
    return [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in sarif["runs"][0]["results"]]


UNRELATED = "/* unrelated lines */\n\nstatic int Unrelated(int a)\n{\n    return a + 1;\n}\n"


def test_fingerprints_survive_unrelated_lines_and_follow_the_flagged_line(tmp_path):
    source = tmp_path / "driver.c"
    original = EXAMPLE.read_text()
    source.write_text(original)
    before, _ = run_sarif(source, cwd=tmp_path)
    assert len(before["runs"][0]["results"]) == 4

    source.write_text(original.replace("#include <wdf.h>\n", "#include <wdf.h>\n" + UNRELATED))
    moved, _ = run_sarif(source, cwd=tmp_path)
    assert fingerprints(moved) == fingerprints(before)
    assert lines_of(moved) == [line + UNRELATED.count("\n") for line in lines_of(before)]

    source.write_text(original.replace("    extension->OpenCount = 0;", "  extension -> OpenCount=0 ;"))
    respaced, _ = run_sarif(source, cwd=tmp_path)
    assert fingerprints(respaced) == fingerprints(before)

    source.write_text(original.replace("    extension->OpenCount = 0;", "    extension->OpenCount = 1;"))
    edited, _ = run_sarif(source, cwd=tmp_path)
    changed = [(b, a) for b, a in zip(fingerprints(before), fingerprints(edited)) if b != a]
    assert [b[0] for b, _ in changed] == ["unchecked-null-return"]


def test_identical_findings_get_distinct_fingerprints(tmp_path):
    """Two findings with the same check, file, message and line text differ by
    their occurrence index; the first keeps the fingerprint it had alone."""
    original = EXAMPLE.read_text()
    dpc = original[original.index("VOID SampleDpc("):original.index("NTSTATUS SampleAddContext")]
    alone, twins = tmp_path / "alone", tmp_path / "twins"
    alone.mkdir()
    twins.mkdir()
    (alone / "driver.c").write_text(original)
    (twins / "driver.c").write_text(
        original.replace("KDEFERRED_ROUTINE SampleDpc;", "KDEFERRED_ROUTINE SampleDpc;\nKDEFERRED_ROUTINE SampleTwin;")
        + "\n" + dpc.replace("SampleDpc", "SampleTwin"))
    one, _ = run_sarif("--checks=-*,irql-too-high", f"--source-root={alone}", alone / "driver.c")
    two, _ = run_sarif("--checks=-*,irql-too-high", f"--source-root={twins}", twins / "driver.c")
    assert len(fingerprints(one)) == 1
    assert [r["message"]["text"] for r in two["runs"][0]["results"]] == [one["runs"][0]["results"][0]["message"]["text"]] * 2
    assert len(set(fingerprints(two))) == 2
    assert fingerprints(two)[0] == fingerprints(one)[0]


# --- baseline ----------------------------------------------------------------

def test_baseline_reports_only_new_findings(tmp_path):
    source = tmp_path / "driver.c"
    original = EXAMPLE.read_text()
    source.write_text(original)
    baseline = tmp_path / "baseline.sarif"
    result = run_ddicheck("--format=sarif", "-o", baseline, source, cwd=tmp_path)
    assert result.returncode == 1, result.stderr

    unchanged = run_ddicheck(f"--baseline={baseline}", source, cwd=tmp_path)
    assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr
    assert unchanged.stdout == ""

    # Unrelated lines above the old findings, and one new mistake.
    new_bug = ("VOID SecondDpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)\n{\n"
               "    HANDLE other;\n    UNREFERENCED_PARAMETER(Dpc);\n    UNREFERENCED_PARAMETER(Argument1);\n"
               "    UNREFERENCED_PARAMETER(Argument2);\n"
               "    IoGetDriverDirectory((PDRIVER_OBJECT)Context, DriverDirectoryData, 0, &other);\n}\n")
    source.write_text(original.replace("#include <wdf.h>\n", "#include <wdf.h>\n" + UNRELATED)
                      .replace("KDEFERRED_ROUTINE SampleDpc;", "KDEFERRED_ROUTINE SampleDpc;\nKDEFERRED_ROUTINE SecondDpc;")
                      + new_bug)
    everything = run_ddicheck(source, cwd=tmp_path)
    assert everything.stdout.count(": warning: ") == 5
    changed = run_ddicheck("--baseline", baseline, source, cwd=tmp_path)
    assert changed.returncode == 1, changed.stderr
    warnings = [line for line in changed.stdout.splitlines() if ": warning: " in line]
    new_line = source.read_text().splitlines().index(
        "    IoGetDriverDirectory((PDRIVER_OBJECT)Context, DriverDirectoryData, 0, &other);") + 1
    assert len(warnings) == 1 and warnings[0].startswith(f"{source}:{new_line}:5: warning: "), changed.stdout
    sarif, _ = run_sarif(f"--baseline={baseline}", source, cwd=tmp_path)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["irql-too-high"]


@pytest.mark.parametrize("content,problem", [
    (None, "cannot be read"),
    ("{ not json", "is not valid JSON"),
    ('{"version": "2.1.0"}', "no 'runs' array"),
    ('{"runs": [{"results": [{"ruleId": "irql-too-high"}]}]}', "has no 'ddicheck/v1' fingerprint"),
])
def test_unusable_baseline_is_an_error(tmp_path, content, problem):
    baseline = tmp_path / "baseline.sarif"
    if content is not None:
        baseline.write_text(content)
    result = run_ddicheck(f"--baseline={baseline}", EXAMPLE)
    assert result.returncode == 2
    assert str(baseline) in result.stderr and problem in result.stderr, result.stderr
    assert result.stdout == ""


def test_baseline_option_needs_a_value():
    result = run_ddicheck(EXAMPLE, "--baseline")
    assert result.returncode == 2
    assert "missing value" in result.stderr


# --- -o ----------------------------------------------------------------------

@pytest.mark.parametrize("format", ["text", "json", "sarif"])
def test_output_file_holds_what_stdout_would(tmp_path, format):
    out = tmp_path / f"report.{format}"
    printed = run_ddicheck(f"--format={format}", EXAMPLE, cwd=ROOT)
    written = run_ddicheck(f"--format={format}", f"--output={out}", EXAMPLE, cwd=ROOT)
    assert written.returncode == printed.returncode == 1
    assert written.stdout == ""
    assert out.read_text() == printed.stdout
    assert [p.name for p in tmp_path.iterdir()] == [out.name], "a temporary file was left behind"
    mode = stat.S_IMODE(out.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_output_into_a_missing_folder_is_an_error(tmp_path):
    out = tmp_path / "absent" / "report.sarif"
    result = run_ddicheck("--format=sarif", "-o", out, EXAMPLE)
    assert result.returncode == 2
    assert f"cannot write '{out}'" in result.stderr
    assert not out.parent.exists()


def test_output_onto_a_folder_is_an_error_and_leaves_nothing(tmp_path):
    out = tmp_path / "report.sarif"
    out.mkdir()
    result = run_ddicheck("--format=sarif", "-o", out, EXAMPLE)
    assert result.returncode == 2
    assert f"cannot write '{out}'" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["report.sarif"] and out.is_dir()


def test_output_into_a_read_only_folder_is_an_error():
    folder = Path(tempfile.mkdtemp())  # in /tmp, so that 'nobody' can reach it
    try:
        folder.chmod(0o555)
        out = folder / "report.sarif"
        command = [str(ddicheck_path()), "--format=sarif", "-o", str(out), str(EXAMPLE)]
        if os.geteuid() == 0:  # root writes anywhere: run as 'nobody'
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        result = subprocess.run(command, capture_output=True, text=True, timeout=300,
                                env=dict(os.environ, TMPDIR="/tmp"))
        fail_on_sanitizer_report(result.stderr)
        assert result.returncode == 2, result.stderr
        assert f"cannot write '{out}'" in result.stderr and "Permission denied" in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_failed_run_keeps_the_old_report(tmp_path):
    out = tmp_path / "report.sarif"
    out.write_text("the old report\n")
    result = run_ddicheck("--format=sarif", "-o", out, tmp_path / "absent.c")
    assert result.returncode == 2
    assert out.read_text() == "the old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.sarif"]


def test_output_option_needs_a_value():
    result = run_ddicheck(EXAMPLE, "-o")
    assert result.returncode == 2
    assert "missing value" in result.stderr
