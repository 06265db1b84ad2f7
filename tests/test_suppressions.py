"""Suppressions: clang-tidy's NOLINT comments and Code Analysis's warning /
prefast pragmas, and --report-unused-suppressions.

The C files in tests/suppressions/ mark each line that has a finding: "[suppressed]"
when a suppression takes it out, "[reported]" when it stays.  Every test runs
the file twice: as it is, where exactly the "[reported]" lines must have a
finding, and with its suppressions spelled wrong (NOLINT -> NOLXNT,
warning( -> wxrning(...), where every marked line must have one: so a
"[suppressed]" line is known to have a finding to suppress."""
import re
import shutil
from collections import Counter

import pytest

from conftest import ROOT, run_ddicheck, run_json

SUPPRESSIONS = ROOT / "tests" / "suppressions"


def marked_lines(path, marker):
    return Counter(n for n, line in enumerate(path.read_text().splitlines(), 1) if marker in line)


def finding_lines(document, check):
    return Counter(f["location"]["line"] for f in document["findings"] if f["check"] == check)


def spelled_wrong(text):
    """The same text, line for line, with no suppression left in it."""
    text = text.replace("NOLINT", "NOLXNT")
    return re.sub(r"\b(warning|prefast)(\s*\()", lambda m: m.group(1)[0] + "x" + m.group(1)[2:] + m.group(2), text)


def analyse(check, *paths, extra=()):
    document, result = run_json(f"--checks=-*,{check}", *extra, *paths)
    assert "parsed with" not in result.stderr, result.stderr
    return document, result


@pytest.mark.parametrize("name,check", [
    ("nolint.c", "irql-too-high"),
    ("nolintnextline.c", "irql-too-high"),
    ("nolint_block.c", "irql-too-high"),
    ("pragma_suppress.c", "irql-too-high"),
    ("pragma_disable.c", "irql-too-high"),
    ("null_return.c", "unchecked-null-return"),
])
def test_marked_lines(name, check, tmp_path):
    source = SUPPRESSIONS / name
    suppressed, reported = marked_lines(source, "[suppressed]"), marked_lines(source, "[reported]")
    assert suppressed and reported, f"{name} needs both suppressed and reported lines"

    document, _ = analyse(check, source)
    assert finding_lines(document, check) == reported

    control = tmp_path / name
    control.write_text(spelled_wrong(source.read_text()))
    assert "NOLINT" not in control.read_text() and "warning(" not in control.read_text()
    document, _ = analyse(check, control)
    assert finding_lines(document, check) == suppressed + reported


def test_every_finding_suppressed_exits_zero(tmp_path):
    source = tmp_path / "quiet.c"
    source.write_text("#include <ntddk.h>\nKDEFERRED_ROUTINE Dpc;\n"
                      "VOID Dpc(PKDPC a, PVOID b, PVOID c, PVOID d)\n{\n"
                      "    HANDLE h; IoGetDriverDirectory((PDRIVER_OBJECT)b, DriverDirectoryData, 0, &h); // NOLINT\n"
                      "}\n")
    result = run_ddicheck(source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    source.write_text(spelled_wrong(source.read_text()))
    assert run_ddicheck(source).returncode == 1


# ---- the whole-program step ----

def test_finding_reached_through_the_whole_program_is_suppressed_at_its_own_line(tmp_path):
    """irql-too-high in a helper in one file, called from a DPC in another: a
    NOLINT on the helper's line takes the finding out; one at a note's
    location (the DPC's call) does not, and the notes stay as they were."""
    folder = SUPPRESSIONS / "whole-program"
    document, _ = analyse("irql-too-high", folder)
    findings = document["findings"]
    assert [(f["location"]["file"].rsplit("/", 1)[-1], f["location"]["line"]) for f in findings] == [
        ("helpers.c", next(iter(marked_lines(folder / "helpers.c", "[reported]"))))]

    # Without the suppressions: the same finding, with the same notes, and the suppressed one too.
    copy = tmp_path / "whole-program"
    shutil.copytree(folder, copy)
    for source in copy.glob("*.c"):
        source.write_text(spelled_wrong(source.read_text()))
    control, _ = analyse("irql-too-high", copy)
    assert sorted(f["location"]["line"] for f in control["findings"]) == sorted(
        [*marked_lines(folder / "helpers.c", "[reported]"), *marked_lines(folder / "helpers.c", "[suppressed]")])

    def notes(finding):
        return [(n["location"]["file"].rsplit("/", 1)[-1], n["location"]["line"], n["message"])
                for n in finding["notes"]]

    loud = next(f for f in control["findings"] if f["location"]["line"] == findings[0]["location"]["line"])
    assert notes(findings[0]) == notes(loud)
    note_line = next(iter(marked_lines(folder / "dpc.c", "[note]")))
    assert ("dpc.c", note_line, "'RefreshDpc' calls 'OpenLoudly' here, at DISPATCH_LEVEL") in notes(findings[0])


# ---- unused suppressions ----

UNUSED = """#include <ntddk.h>
#include "header.h"
KDEFERRED_ROUTINE Dpc;
VOID Dpc(PKDPC a, PVOID b, PVOID c, PVOID d)
{
    HANDLE h = NULL;
    PDRIVER_OBJECT driver = (PDRIVER_OBJECT)b;
    UNREFERENCED_PARAMETER(a); UNREFERENCED_PARAMETER(c); UNREFERENCED_PARAMETER(d);
    IoGetDriverDirectory(driver, DriverDirectoryData, 0, &h); // NOLINT(irql-too-high)
    IoGetDriverDirectory(driver, DriverDirectoryData, 0, &h); // NOLINT(irql-too-high, unchecked-null-return)
    h = NULL; // NOLINT(irql-too-high)
    h = NULL; // NOLINT
    h = NULL; // NOLINT(*)
    h = NULL; // NOLINT(bugprone-*, readability-function-size)
    h = NULL; // NOLINT(irql-too-high, bugprone-*)
    // NOLINTNEXTLINE(irql-*)
    h = NULL;
    // NOLINTBEGIN(irql-too-high)
    h = NULL;
    // NOLINTEND(irql-too-high)
#pragma warning(suppress: 28121)
    h = NULL;
#pragma warning(suppress: 4100 28121)
    h = NULL;
#pragma warning(suppress: 4100)
    h = NULL;
#pragma warning(disable: 6011)
    const char *text = "// NOLINT(irql-too-high)";
    (void)text;
    // NOLINTBEGIN(irql-too-high)
    // NOLINTEND(irql-too-high, unchecked-null-return)
}
"""

UNUSED_IRQL = [
    (11, 18, "'NOLINT(irql-too-high)' suppresses nothing"),
    (15, 18, "'irql-too-high' in 'NOLINT(irql-too-high, bugprone-*)' suppresses nothing"),
    (16, 8, "'NOLINTNEXTLINE(irql-*)' suppresses nothing"),
    (18, 8, "'NOLINTBEGIN(irql-too-high)' suppresses nothing"),
    (21, 1, "'#pragma warning(suppress: 28121)' suppresses nothing"),
    (23, 1, "'28121' in '#pragma warning(suppress: 4100 28121)' suppresses nothing"),
    (30, 8, "'NOLINTBEGIN(irql-too-high)' has no matching 'NOLINTEND' and suppresses nothing"),
]
UNMATCHED_END = (31, 8, "'NOLINTEND(irql-too-high, unchecked-null-return)' has no matching 'NOLINTBEGIN' "
                        "and suppresses nothing")
UNUSED_NULL = [
    (10, 66, "'unchecked-null-return' in 'NOLINT(irql-too-high, unchecked-null-return)' suppresses nothing"),
    (27, 1, "'#pragma warning(disable: 6011)' suppresses nothing"),
]


def write_unused(folder):
    source = folder / "unused.c"
    source.write_text(UNUSED)
    (folder / "header.h").write_text("/* A header's suppressions are honoured, never reported. */\n"
                                     "// NOLINTNEXTLINE(irql-too-high)\n#define HEADER_SEEN 1\n")
    return source


def unused_findings(document):
    return [(f["location"]["line"], f["location"]["column"], f["message"])
            for f in document["findings"] if f["check"] == "unused-suppression"]


def test_unused_suppressions_are_reported_when_asked(tmp_path):
    source = write_unused(tmp_path)
    document, result = analyse("irql-too-high", source, extra=["--report-unused-suppressions"])
    assert result.returncode == 1
    assert unused_findings(document) == UNUSED_IRQL + [UNMATCHED_END]
    assert all(f["location"]["file"] == str(source) for f in document["findings"])
    # Every finding of the check itself is suppressed.
    assert [f["check"] for f in document["findings"]] == ["unused-suppression"] * (len(UNUSED_IRQL) + 1)

    document, _ = analyse("irql-too-high,unchecked-null-return", source, extra=["--report-unused-suppressions"])
    assert unused_findings(document) == sorted(UNUSED_IRQL + UNUSED_NULL + [UNMATCHED_END])


def test_unused_suppressions_text_output(tmp_path):
    source = write_unused(tmp_path)
    result = run_ddicheck("--checks=-*,irql-too-high", "--report-unused-suppressions", source)
    assert f"{source}:11:18: warning: 'NOLINT(irql-too-high)' suppresses nothing [unused-suppression]\n" \
        in result.stdout


def test_unused_suppressions_are_not_reported_unless_asked(tmp_path):
    source = write_unused(tmp_path)
    document, result = analyse("irql-too-high", source)
    assert result.returncode == 0, result.stdout
    assert document["findings"] == []


def test_unused_suppressions_of_disabled_checks_are_not_reported(tmp_path):
    source = write_unused(tmp_path)
    document, result = analyse("unchecked-null-return", source, extra=["--report-unused-suppressions"])
    assert unused_findings(document) == UNUSED_NULL + [UNMATCHED_END]


def test_unused_suppressions_are_not_reported_in_a_file_with_parse_errors(tmp_path):
    """A parse error may hide the finding a suppression is for."""
    source = write_unused(tmp_path)
    source.write_text(source.read_text() + "int broken( {\n")
    document, result = run_json("--checks=-*,irql-too-high", "--report-unused-suppressions", source)
    assert "parsed with" in result.stderr
    assert unused_findings(document) == []


def test_used_suppression_in_the_whole_program_is_not_reported_unused():
    document, _ = analyse("irql-too-high", SUPPRESSIONS / "whole-program", extra=["--report-unused-suppressions"])
    unused = [(f["location"]["file"].rsplit("/", 1)[-1], f["location"]["line"], f["message"])
              for f in document["findings"] if f["check"] == "unused-suppression"]
    note_line = next(iter(marked_lines(SUPPRESSIONS / "whole-program" / "dpc.c", "[note]")))
    assert unused == [("dpc.c", note_line, "'NOLINT(irql-too-high)' suppresses nothing")]


def test_help_names_the_option():
    assert "--report-unused-suppressions" in run_ddicheck("--help").stdout


def test_check_pages_say_which_warning_number_is_honoured():
    """Each page's Code Analysis section says what #pragma warning(suppress: N)
    honours for it: the check's number, or that only NOLINT works."""
    numbers = {"irql-too-high": "28121", "unchecked-null-return": "6011"}
    for page in sorted((ROOT / "rules").glob("*.md")):
        section = page.read_text().split("## Code Analysis", 1)[1].split("\n## ", 1)[0]
        number = numbers.get(page.stem)
        if number:
            assert f"#pragma warning(suppress: {number})" in section and f"NOLINT({page.stem})" in section, page.name
        else:
            assert f"NOLINT({page.stem})" in section and "no warning number" in section, page.name
