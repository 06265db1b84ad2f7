"""The command line: exit codes, options and bad input."""
import json
import os
import shutil
import subprocess

from conftest import BUILD, ROOT, fail_on_sanitizer_report, run_ddicheck, run_json

EXAMPLE = ROOT / "examples" / "sample-driver"

CHECK_IDS = ["unchecked-null-return", "extension-id-stack", "extension-id-not-unique", "irql-too-high",
             "context-parent-object", "context-type-missing", "context-allocated-twice"]


def test_list_checks_names_every_check_with_its_page_summary():
    result = run_ddicheck("--list-checks")
    assert result.returncode == 0
    listed = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert sorted(listed) == sorted(CHECK_IDS)
    for check, summary in listed.items():
        page = (ROOT / "rules" / f"{check}.md").read_text()
        assert summary in page, f"rules/{check}.md does not open with the --list-checks summary"


def test_checks_globs_select_like_clang_tidy():
    result = run_ddicheck("--checks=-*,irql-*,extension-*", "--list-checks")
    assert sorted(line.split("\t")[0] for line in result.stdout.splitlines()) == [
        "extension-id-not-unique", "extension-id-stack", "irql-too-high"]


def test_unknown_check_glob_is_a_usage_error():
    result = run_ddicheck("--checks=no-such-check", EXAMPLE)
    assert result.returncode == 2
    assert "matches no check" in result.stderr


def test_example_driver_has_one_finding_per_seeded_mistake():
    document, result = run_json(EXAMPLE)
    assert result.returncode == 1
    checks = sorted(f["check"] for f in document["findings"])
    assert checks == sorted(["irql-too-high", "extension-id-stack", "unchecked-null-return",
                             "context-parent-object"])
    assert "parsed with" not in result.stderr, result.stderr


def test_text_output_is_compiler_style_with_notes():
    result = run_ddicheck(EXAMPLE / "driver.c")
    lines = result.stdout.splitlines()
    warning = next(line for line in lines if "[irql-too-high]" in line)
    assert ": warning: 'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL" in warning
    assert lines[lines.index(warning) + 1].split(": ")[1] == "note"


def test_clean_file_exits_zero(tmp_path):
    source = tmp_path / "clean.c"
    source.write_text("#include <ntddk.h>\nNTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r)\n"
                      "{ UNREFERENCED_PARAMETER(d); UNREFERENCED_PARAMETER(r); return STATUS_SUCCESS; }\n")
    result = run_ddicheck(source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_missing_file_is_reported_and_the_others_still_analysed(tmp_path):
    result = run_ddicheck(tmp_path / "absent.c", EXAMPLE / "driver.c")
    assert result.returncode == 1
    assert "cannot read" in result.stderr and "absent.c" in result.stderr
    assert "[irql-too-high]" in result.stdout


def test_nothing_analysable_exits_two(tmp_path):
    result = run_ddicheck(tmp_path / "absent.c")
    assert result.returncode == 2
    assert "nothing could be analysed" in result.stderr


def test_unparsable_file_is_reported_not_fatal(tmp_path):
    broken = tmp_path / "broken.c"
    broken.write_text("int f( {\n")
    result = run_ddicheck(broken, EXAMPLE / "driver.c")
    assert result.returncode == 1
    assert "broken.c" in result.stderr and "errors" in result.stderr


def test_no_arguments_is_a_usage_error():
    result = run_ddicheck()
    assert result.returncode == 2
    assert "--help" in result.stderr


def test_unknown_option_is_a_usage_error():
    assert run_ddicheck("--frobnicate", EXAMPLE).returncode == 2


def test_version_and_help():
    assert run_ddicheck("--version").stdout.startswith("ddicheck ")
    assert "-p <build-dir>" in run_ddicheck("--help").stdout


def test_stats_counts_files_functions_and_target_calls():
    result = run_ddicheck("--stats", EXAMPLE)
    assert "files: 1 (1 parsed with zero errors" in result.stderr
    assert "functions analysed: 4" in result.stderr  # with the accessor WDF_DECLARE_CONTEXT_TYPE_WITH_NAME defines
    assert "target DDI calls analysed: 5 (0 in functions with parse errors)" in result.stderr


# IoGetDriverDirectory in a DPC, compiled only with -DUSE_DIRECTORY.
FLAGGED_DPC = ("#include <ntddk.h>\nKDEFERRED_ROUTINE Dpc;\n"
               "VOID Dpc(PKDPC a, PVOID b, PVOID c, PVOID d)\n{\n#ifdef USE_DIRECTORY\n"
               "    HANDLE h; IoGetDriverDirectory((PDRIVER_OBJECT)b, DriverDirectoryData, 0, &h);\n"
               "#endif\n}\n")


def write_database(folder, source, flags):
    entry = {"directory": str(folder), "file": str(source),
             "arguments": ["clang", *flags, "-c", str(source), "-o", "out.o"]}
    (folder / "compile_commands.json").write_text(json.dumps([entry]))


def mingw_flags():
    return ["--target=x86_64-w64-mingw32", "-fms-extensions", f"-isystem{ROOT / 'rules' / 'include'}",
            "-isystem/usr/x86_64-w64-mingw32/include/ddk", "-isystem/usr/x86_64-w64-mingw32/include"]


def test_compilation_database_every_entry(tmp_path):
    shutil.copy(EXAMPLE / "driver.c", tmp_path / "driver.c")
    write_database(tmp_path, tmp_path / "driver.c", mingw_flags())
    document, result = run_json("-p", tmp_path)
    assert result.returncode == 1
    assert len(document["findings"]) == 4


def test_compilation_database_flags_after_double_dash(tmp_path):
    source = tmp_path / "flagged.c"
    source.write_text(FLAGGED_DPC)
    write_database(tmp_path, source, mingw_flags())
    assert run_ddicheck("-p", tmp_path, source).returncode == 0
    assert run_ddicheck("-p", tmp_path, source, "--", "-DUSE_DIRECTORY").returncode == 1


def test_compilation_database_found_by_walking_up_from_a_bare_file(tmp_path):
    """Without -p, like clang-tidy: the database in a folder above the file,
    or in its build/ subfolder, gives the file's flags."""
    source = tmp_path / "src" / "flagged.c"
    source.parent.mkdir()
    source.write_text(FLAGGED_DPC)
    (tmp_path / "build").mkdir()
    write_database(tmp_path / "build", source, mingw_flags() + ["-DUSE_DIRECTORY"])
    assert run_ddicheck(source).returncode == 1
    (tmp_path / "build" / "compile_commands.json").rename(tmp_path / "compile_commands.json")
    assert run_ddicheck(source, cwd="/").returncode == 1


def test_walked_up_database_that_does_not_list_the_file_is_not_used(tmp_path):
    """libclang would infer flags from a similar listed file: a database found
    by walking up may belong to another project, so only a listed file uses it."""
    listed = tmp_path / "listed.c"
    listed.write_text("int x;\n")
    write_database(tmp_path, listed, ["-DUSE_DIRECTORY", "-I/nonexistent"])
    source = tmp_path / "flagged.c"
    source.write_text(FLAGGED_DPC)
    result = run_ddicheck(source)
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_compilation_database_is_an_error(tmp_path):
    result = run_ddicheck("-p", tmp_path)
    assert result.returncode == 2
    assert "compilation database" in result.stderr


def test_case_insensitive_includes_and_missing_wpp_header(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "inc").mkdir()
    (tmp_path / "inc" / "sharedtypes.h").write_text("typedef int SHARED_COUNT;\n")
    (tmp_path / "src" / "precomp.h").write_text("#include <NTDDK.h>\n#include \"SharedTypes.h\"\n")
    (tmp_path / "src" / "trace.c").write_text(
        "#include \"Precomp.h\"\n#include \"trace.tmh\"\n"
        "SHARED_COUNT Count(void) { DoTraceMessage(FLAG, \"count %d\", 1); return 0; }\n")
    result = run_ddicheck("--stats", tmp_path / "src" / "trace.c")
    assert result.returncode == 0, result.stderr
    assert "1 parsed with zero errors" in result.stderr


def test_project_header_found_in_the_driver_tree(tmp_path):
    (tmp_path / "driver" / "sys").mkdir(parents=True)
    (tmp_path / "driver" / "common").mkdir()
    (tmp_path / "driver" / "common" / "clisrv.h").write_text("#define SHARED_VALUE 7\n")
    (tmp_path / "driver" / "sys" / "main.c").write_text("#include \"clisrv.h\"\nint value = SHARED_VALUE;\n")
    result = run_ddicheck("--stats", tmp_path / "driver")
    assert "1 parsed with zero errors" in result.stderr, result.stderr


def test_meson_install_runs_without_the_source_tree(tmp_path):
    prefix = tmp_path / "prefix"
    subprocess.run(["meson", "install", "-C", str(BUILD), "--destdir", str(prefix), "--quiet"], check=True,
                   capture_output=True)
    binaries = list(prefix.rglob("bin/ddicheck"))
    assert len(binaries) == 1
    copy = tmp_path / "driver.c"
    shutil.copy(EXAMPLE / "driver.c", copy)
    env = dict(os.environ)
    env.pop("DDICHECK_DATA_DIR", None)
    # Hide the source tree: run from elsewhere, with the installed data only.
    result = subprocess.run([str(binaries[0]), str(copy)], capture_output=True, text=True, cwd=tmp_path, env=env)
    fail_on_sanitizer_report(result.stderr)
    assert result.returncode == 1, result.stderr
    assert "[context-parent-object]" in result.stdout
    data = binaries[0].parent.parent / "share" / "ddicheck"
    assert (data / "contracts" / "ddis.tsv").exists() and (data / "include" / "wdf.h").exists()


def test_header_generated_from_an_event_manifest_is_taken_as_empty(tmp_path):
    (tmp_path / "driver.man").write_text("<instrumentationManifest/>\n")
    (tmp_path / "events.c").write_text(
        "#include <ntddk.h>\n#include \"driverEvents.h\"\n"
        "VOID LogStart(VOID) { EventWriteStart(NULL); }\n")
    result = run_ddicheck("--stats", tmp_path / "events.c")
    assert "1 parsed with zero errors" in result.stderr, result.stderr


def test_missing_header_without_a_generator_input_is_still_an_error(tmp_path):
    (tmp_path / "plain.c").write_text("#include \"nowhere.h\"\nint x;\n")
    result = run_ddicheck("--stats", tmp_path / "plain.c")
    assert "'nowhere.h' file not found" in result.stderr
