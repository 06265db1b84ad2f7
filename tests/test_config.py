""".ddicheck.yaml: found like .clang-tidy (nearest wins, InheritParentConfig
merges), its keys (Checks, Contracts, Exclude, WdkInclude), how a malformed
file stops ddicheck, and --dump-config."""
import json
import re

import pytest
import yaml

from conftest import ROOT, run_ddicheck, run_json

# A DPC (DISPATCH_LEVEL) that calls a PASSIVE_LEVEL DDI and the user's own
# function, which says nothing about its IRQL.
DPC = """#include <ntddk.h>
void MyPassiveOnly(void);
KDEFERRED_ROUTINE Dpc;
VOID Dpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    HANDLE h;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    IoGetDriverDirectory((PDRIVER_OBJECT)Context, DriverDirectoryData, 0, &h);
    MyPassiveOnly();
}
"""

# The user's allocator, lock and unlock, declared without annotations.
HELPERS = """#include <ntddk.h>
PVOID MyAllocate(SIZE_T Size);
VOID MyLock(VOID);
VOID MyUnlock(VOID);
NTSTATUS Use(PDRIVER_OBJECT Driver)
{
    HANDLE h;
    ULONG *p = MyAllocate(16);
    *p = 1;
    MyLock();
    MyUnlock();
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, &h);
}
"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def config(folder, text):
    return write(folder / ".ddicheck.yaml", text)


def found(*args, cwd=None):
    """(file name, line, check) of every finding."""
    document, _ = run_json(*args, cwd=cwd)
    return sorted((f["location"]["file"].rsplit("/", 1)[-1], f["location"]["line"], f["check"])
                  for f in document["findings"])


def irql_calls(*args, cwd=None):
    """The callees of the irql-too-high findings."""
    document, _ = run_json(*args, cwd=cwd)
    return sorted(re.match(r"'(\w+)'", f["message"]).group(1) for f in document["findings"]
                  if f["check"] == "irql-too-high")


def fails_at(result, path, line):
    """ddicheck stopped with 'path:line:col: error: ...' and exit code 2."""
    assert result.returncode == 2, result.stdout + result.stderr
    match = re.search(rf"^{re.escape(str(path))}:(\d+):(\d+): error: (.*)$", result.stderr, re.M)
    assert match, result.stderr
    assert int(match.group(1)) == line, result.stderr
    return match.group(3)


# Checks


def test_checks_keeps_and_drops_findings_of_files_under_the_config(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    assert irql_calls(source) == ["IoGetDriverDirectory"]
    config(tmp_path, "Checks: '-*,irql-too-high'\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]
    config(tmp_path, "Checks: '-*,unchecked-null-return'\n")
    assert found(source) == []


def test_checks_as_a_yaml_list(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    config(tmp_path, "Checks:\n  - '-*'\n  - unchecked-null-return\n")
    assert found(source) == []
    config(tmp_path, "Checks:\n  - '-*'\n  - irql-*\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]


def test_checks_apply_per_file_in_one_run(tmp_path):
    quiet = write(tmp_path / "quiet" / "dpc.c", DPC)
    loud = write(tmp_path / "loud" / "dpc.c", DPC)
    config(tmp_path / "quiet", "Checks: '-irql-too-high'\n")
    assert [f[0] for f in found(tmp_path)] == ["dpc.c"]
    document, _ = run_json(quiet, loud)
    assert [f["location"]["file"] for f in document["findings"]] == [str(loud)]


def test_command_line_checks_apply_after_the_config(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    config(tmp_path, "Checks: '-*'\n")
    assert irql_calls("--checks=irql-too-high", source) == ["IoGetDriverDirectory"]
    config(tmp_path, "Checks: '-*,irql-too-high'\n")
    assert found("--checks=-irql-*", source) == []


def test_list_checks_uses_the_config_of_the_current_folder(tmp_path):
    config(tmp_path, "Checks: '-*,irql-*'\n")
    result = run_ddicheck("--list-checks", cwd=tmp_path)
    assert result.returncode == 0
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["irql-too-high"]
    result = run_ddicheck("--list-checks", "--checks=extension-id-stack", cwd=tmp_path)
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["extension-id-stack", "irql-too-high"]


# Nearest wins, InheritParentConfig


def test_nearest_config_wins(tmp_path):
    source = write(tmp_path / "sub" / "dpc.c", DPC)
    config(tmp_path, "Checks: '-irql-too-high'\n")
    assert found(source) == []
    config(tmp_path / "sub", "Exclude: []\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]


def test_inherit_parent_config_merges_with_the_one_above(tmp_path):
    source = write(tmp_path / "sub" / "dpc.c", DPC)
    config(tmp_path, "Checks: '-irql-too-high'\n"
                     "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: PASSIVE_LEVEL\n")
    config(tmp_path / "sub", "InheritParentConfig: true\n")
    assert found(source) == []
    # The nearer file's Checks come after the farther one's.
    config(tmp_path / "sub", "InheritParentConfig: true\nChecks: irql-too-high\n")
    assert irql_calls(source) == ["IoGetDriverDirectory", "MyPassiveOnly"]
    config(tmp_path / "sub", "InheritParentConfig: false\nChecks: irql-too-high\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]


def test_inherit_parent_config_without_a_parent_is_harmless(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    config(tmp_path, "InheritParentConfig: true\nChecks: '-*,irql-too-high'\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]


# Contracts


def test_contract_max_irql_for_the_users_own_function(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    assert irql_calls(source) == ["IoGetDriverDirectory"]
    config(tmp_path, "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: PASSIVE_LEVEL\n"
                     "    Source: our design notes\n")
    assert irql_calls(source) == ["IoGetDriverDirectory", "MyPassiveOnly"]
    config(tmp_path, "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: DISPATCH_LEVEL\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]


def test_contract_facts_string_means_what_it_means_in_ddis_tsv(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    config(tmp_path, "Contracts:\n  - Function: MyPassiveOnly\n    Facts: max_irql=PASSIVE_LEVEL\n")
    assert irql_calls(source) == ["IoGetDriverDirectory", "MyPassiveOnly"]
    config(tmp_path, "Contracts:\n  - Function: MyPassiveOnly\n    Facts: max_irql=HIGH_LEVEL\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]


def test_contract_maybe_null(tmp_path):
    source = write(tmp_path / "helpers.c", HELPERS)
    config(tmp_path, "Contracts:\n  - Function: MyAllocate\n    MaybeNull: true\n")
    assert ("helpers.c", 9, "unchecked-null-return") in found(source)
    config(tmp_path, "Contracts:\n  - Function: MyAllocate\n    MaybeNull: false\n")
    assert found(source) == []


def test_contract_raises_and_restores(tmp_path):
    source = write(tmp_path / "helpers.c", HELPERS)
    config(tmp_path, "Contracts:\n  - Function: MyLock\n    Raises: DISPATCH_LEVEL\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]
    config(tmp_path, "Contracts:\n  - Function: MyLock\n    Raises: DISPATCH_LEVEL\n"
                     "  - Function: MyUnlock\n    Restores: true\n")
    assert irql_calls(source) == []


def test_contract_min_irql_is_read_and_checked(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    config(tmp_path, "Contracts:\n  - Function: MyPassiveOnly\n    MinIrql: DISPATCH_LEVEL\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]
    dumped = yaml.safe_load(run_ddicheck("--dump-config", cwd=tmp_path).stdout)
    assert dumped["Contracts"][0]["Facts"] == "min_irql=DISPATCH_LEVEL"
    bad = config(tmp_path, "Contracts:\n  - Function: MyPassiveOnly\n    MinIrql: RAISED_LEVEL\n")
    assert "unknown IRQL 'RAISED_LEVEL'" in fails_at(run_ddicheck(source), bad, 3)


def test_contracts_apply_program_wide(tmp_path):
    """A contract is about a function name: a config in another folder of the
    program gives it to every call."""
    source = write(tmp_path / "dpc" / "dpc.c", DPC)
    config(tmp_path / "lib", "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: PASSIVE_LEVEL\n")
    write(tmp_path / "lib" / "lib.c", "void MyPassiveOnly(void) {}\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]
    assert irql_calls(tmp_path) == ["IoGetDriverDirectory", "MyPassiveOnly"]


def test_a_contract_overrides_the_shipped_one(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    config(tmp_path, "Contracts:\n  - Function: IoGetDriverDirectory\n    MaxIrql: DISPATCH_LEVEL\n")
    assert irql_calls(source) == []


def test_two_configs_that_disagree_on_a_contract_stop_ddicheck(tmp_path):
    write(tmp_path / "a" / "dpc.c", DPC)
    write(tmp_path / "b" / "dpc.c", DPC)
    config(tmp_path / "a", "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: PASSIVE_LEVEL\n")
    second = config(tmp_path / "b", "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: APC_LEVEL\n")
    message = fails_at(run_ddicheck(tmp_path), second, 2)
    assert "'MyPassiveOnly'" in message and str(tmp_path / "a" / ".ddicheck.yaml") + ":2:5" in message
    config(tmp_path / "a", "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: PASSIVE_LEVEL\n    Restores: true\n")
    config(tmp_path / "b", "Contracts:\n  - Function: MyPassiveOnly\n    Facts: restores  max_irql=PASSIVE_LEVEL\n")
    assert irql_calls(tmp_path) == ["IoGetDriverDirectory"] * 2 + ["MyPassiveOnly"] * 2


# Exclude


def test_excluded_file_is_not_analysed_when_walking_a_folder(tmp_path):
    write(tmp_path / "driver.c", DPC)
    write(tmp_path / "third_party" / "deep" / "vendor.c", DPC)
    write(tmp_path / "gen" / "broken.c", "int f( {\n")
    assert [f[0] for f in found(tmp_path)] == ["driver.c", "vendor.c"]
    config(tmp_path, "Exclude:\n  - third_party/**\n  - gen\n")
    result = run_ddicheck("--stats", tmp_path)
    assert "files: 1 " in result.stderr, result.stderr
    assert [f[0] for f in found(tmp_path)] == ["driver.c"]
    config(tmp_path, "Exclude:\n  - third_party/*.c\n")
    assert [f[0] for f in found(tmp_path)] == ["driver.c", "vendor.c"]


def test_excluded_file_named_on_the_command_line_is_skipped(tmp_path):
    source = write(tmp_path / "src" / "gen_table.c", DPC)
    kept = write(tmp_path / "src" / "table.c", DPC)
    config(tmp_path, "Exclude: ['**/gen_*.c']\n")
    result = run_ddicheck(source)
    assert (result.returncode, result.stdout) == (0, ""), result.stderr
    assert [f[0] for f in found(source, kept)] == ["table.c"]


def test_findings_in_an_excluded_file_are_dropped(tmp_path):
    """A finding whose primary location is in an excluded file (here a .c
    file that driver.c includes) is not reported."""
    write(tmp_path / "vendor" / "impl.c",
          "KDEFERRED_ROUTINE Dpc;\nVOID Dpc(PKDPC a, PVOID b, PVOID c, PVOID d)\n"
          "{ HANDLE h; IoGetDriverDirectory((PDRIVER_OBJECT)b, DriverDirectoryData, 0, &h); }\n")
    source = write(tmp_path / "driver.c", '#include <ntddk.h>\n#include "vendor/impl.c"\n')
    assert found(source) == [("impl.c", 3, "irql-too-high")]
    config(tmp_path, "Exclude: [vendor]\n")
    assert found(source) == []
    config(tmp_path, "Exclude: [vendor/other.c]\n")
    assert found(source) == [("impl.c", 3, "irql-too-high")]


# WdkInclude

FAKE_NTDDK = """#pragma once
#if !defined(_MSC_VER) || defined(__MINGW32__) || !defined(_KERNEL_MODE) || !defined(_AMD64_)
#error "not parsed the way the WDK's build parses"
#endif
typedef void VOID;
typedef void *PVOID, *HANDLE, *PHANDLE;
typedef long NTSTATUS;
typedef unsigned long ULONG;
typedef unsigned long long SIZE_T;
typedef struct _KDPC *PKDPC;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef enum _DRIVER_DIRECTORY_TYPE { DriverDirectoryImage, DriverDirectoryData } DRIVER_DIRECTORY_TYPE;
typedef VOID KDEFERRED_ROUTINE(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2);
NTSTATUS IoGetDriverDirectory(PDRIVER_OBJECT DriverObject, DRIVER_DIRECTORY_TYPE DirectoryType, ULONG Flags,
                              PHANDLE DriverDirectoryHandle);
#define UNREFERENCED_PARAMETER(P) (void)(P)
#define FAKE_WDK_MARKER 1
"""

# Calls the DDI only when the fake kit's headers, its highest KMDF version
# and none of the overlay or mingw-w64 headers are in use.
WDK_DPC = """#include <ntddk.h>
#include <wdf.h>
KDEFERRED_ROUTINE WdkDpc;
VOID WdkDpc(PKDPC a, PVOID b, PVOID c, PVOID d)
{
#if defined(FAKE_WDK_MARKER) && defined(FAKE_WDF_MARKER) && KMDF_VERSION_MAJOR == 1 && KMDF_VERSION_MINOR == 33 \\
    && !__has_include(<dontuse.h>) && !__has_include(<_mingw.h>)
    HANDLE h; IoGetDriverDirectory((PDRIVER_OBJECT)b, DriverDirectoryData, 0, &h);
#endif
}
"""


def fake_wdk(root):
    include = root / "Windows Kits" / "10" / "Include"
    write(include / "10.0.26100.0" / "km" / "ntddk.h", FAKE_NTDDK)
    (include / "10.0.26100.0" / "km" / "crt").mkdir()
    (include / "10.0.26100.0" / "shared").mkdir()
    write(include / "wdf" / "kmdf" / "1.33" / "wdf.h", "#define FAKE_WDF_MARKER 1\n")
    write(include / "wdf" / "kmdf" / "1.9" / "wdf.h", '#error "not the highest KMDF version"\n')
    return include / "10.0.26100.0"


def test_wdk_include_parses_with_the_real_kits_headers(tmp_path):
    kit = fake_wdk(tmp_path / "kit")
    source = write(tmp_path / "drv" / "dpc.c", WDK_DPC)
    result = run_ddicheck(source)
    assert result.returncode == 0, result.stdout + result.stderr
    config(tmp_path / "drv", f"WdkInclude: '{kit}'\n")
    result = run_ddicheck(source)
    assert result.returncode == 1 and "[irql-too-high]" in result.stdout, result.stdout + result.stderr
    assert "parsed with" not in result.stderr, result.stderr
    # Relative to the config's folder.
    config(tmp_path / "drv", "WdkInclude: '../kit/Windows Kits/10/Include/10.0.26100.0'\n")
    assert run_ddicheck(source).returncode == 1


def test_wdk_include_is_not_used_with_a_compilation_database(tmp_path):
    kit = fake_wdk(tmp_path / "kit")
    source = write(tmp_path / "dpc.c", WDK_DPC)
    config(tmp_path, f"WdkInclude: '{kit}'\n")
    entry = {"directory": str(tmp_path), "file": str(source),
             "arguments": ["clang", "--target=x86_64-w64-mingw32", "-fms-extensions", "-c", str(source)]}
    (tmp_path / "compile_commands.json").write_text(json.dumps([entry]))
    assert run_ddicheck(source).returncode == 0


def test_wdk_include_that_is_not_a_kit_stops_ddicheck(tmp_path):
    (tmp_path / "notakit").mkdir()
    source = write(tmp_path / "dpc.c", DPC)
    bad = config(tmp_path, "Checks: '*'\nWdkInclude: notakit\n")
    assert "has no km/ or um/ folder" in fails_at(run_ddicheck(source), bad, 2)
    bad = config(tmp_path, "WdkInclude: absent\n")
    assert "is not a folder" in fails_at(run_ddicheck(source), bad, 1)


# Malformed files


@pytest.mark.parametrize("text, line, expected", [
    ("Checks: '-*'\nExclude:\n  - a\n  b: [\n", 4, ""),                       # YAML syntax
    ("Checks: '-*'\n\nChecksum: 1\n", 3, "unknown key 'Checksum'"),
    ("Checks:\n  Foo: 1\n", 2, "'Checks' must be a string or a list of strings"),
    ("InheritParentConfig: 1\n", 1, "'InheritParentConfig' must be true or false"),
    ("Exclude: third_party\n", 1, "'Exclude' must be a list of globs"),
    ("Exclude:\n  - 'a/[b'\n", 2, "bad Exclude glob"),
    ("Exclude:\n  - ../elsewhere\n", 2, "bad Exclude glob"),
    ("Checks: '-*,irql-too-hihg'\n", 1, "'irql-too-hihg' in Checks matches no check"),
    ("Contracts:\n  Function: F\n", 2, "'Contracts' must be a list of maps"),
    ("Contracts:\n  - MaxIrql: PASSIVE_LEVEL\n", 2, "a contract needs 'Function'"),
    ("Contracts:\n  - Function: F\n    MaxIrql: PASIVE_LEVEL\n", 3, "unknown IRQL 'PASIVE_LEVEL'"),
    ("Contracts:\n  - Function: F\n    MaxIrql: PASSIVE_LEVEL maybe_null\n", 3, "must be one word"),
    ("Contracts:\n  - Function: F\n\n    Facts: max_irql=DISPATCH_LEVEL not_a_fact\n", 4, "unknown flag 'not_a_fact'"),
    ("Contracts:\n  - Function: F\n    Facts: not_null_when=0:null\n", 2, "not_null_when without maybe_null"),
    ("Contracts:\n  - Function: F\n    MaybeNull: 'yes'\n", 3, "'MaybeNull' must be true or false"),
    ("Contracts:\n  - Function: F\n    Irql: DISPATCH_LEVEL\n", 3, "unknown key 'Irql' in a contract"),
    ("Contracts:\n  - Function: My Function\n", 2, "'Function' must be a C function name"),
    ("Contracts:\n  - Function: F\n  - Function: F\n", 3, "second contract for 'F'"),
    ("Checks: '*'\nChecks: '-*'\n", 2, "'Checks' given twice"),
    ("Checks: '*'\n---\nChecks: '-*'\n", 3, "a second YAML document"),
    ("- Checks\n", 1, "must be a map of keys"),
])
def test_malformed_config_names_file_line_and_column(tmp_path, text, line, expected):
    source = write(tmp_path / "src" / "dpc.c", DPC)
    bad = config(tmp_path, text)
    result = run_ddicheck(source)
    assert expected in fails_at(result, bad, line)
    assert result.stdout == ""


def test_yaml_syntax_error_is_described(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    bad = config(tmp_path, "Checks: '-*'\nContracts:\n  - Function: F\n    MaxIrql: [PASSIVE_LEVEL\n")
    assert "did not find expected ',' or ']'" in fails_at(run_ddicheck(source), bad, 5)


def test_config_that_cannot_be_read_names_the_file(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    (tmp_path / ".ddicheck.yaml").mkdir()
    result = run_ddicheck(source)
    assert result.returncode == 2
    assert f"{tmp_path / '.ddicheck.yaml'}: error: cannot read the configuration" in result.stderr


def test_the_example_config_is_valid(tmp_path):
    config(tmp_path, (ROOT / "examples" / "ddicheck.yaml").read_text())
    result = run_ddicheck("--dump-config", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert yaml.safe_load(result.stdout)["Checks"] == "-*,irql-too-high,unchecked-null-return"


def test_empty_config_changes_nothing(tmp_path):
    source = write(tmp_path / "dpc.c", DPC)
    config(tmp_path, "# nothing yet\n")
    assert irql_calls(source) == ["IoGetDriverDirectory"]


# --dump-config and --config-file


def test_dump_config_without_a_file_gives_the_defaults(tmp_path):
    result = run_ddicheck("--dump-config", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert yaml.safe_load(result.stdout) == {"Checks": "*", "Exclude": [], "Contracts": []}
    result = run_ddicheck("--dump-config", "--checks=-*,irql-*", cwd=tmp_path)
    assert yaml.safe_load(result.stdout)["Checks"] == "-*,irql-*"


def test_dump_config_merges_the_chain_for_a_given_file(tmp_path):
    source = write(tmp_path / "sub" / "dpc.c", DPC)
    config(tmp_path, "Checks: '-*'\nExclude: [gen]\n"
                     "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: PASSIVE_LEVEL\n    Source: notes\n")
    config(tmp_path / "sub", "InheritParentConfig: true\nChecks: irql-too-high\nExclude: ['*_test.c']\n")
    result = run_ddicheck("--dump-config", source)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("---\n") and "'-*,irql-too-high'" in result.stdout
    assert yaml.safe_load(result.stdout) == {
        "Checks": "-*,irql-too-high",
        "Exclude": [f"{tmp_path}/gen", "*_test.c"],
        "Contracts": [{"Function": "MyPassiveOnly", "Facts": "max_irql=PASSIVE_LEVEL", "Source": "notes"}],
    }


def test_dump_config_round_trips(tmp_path):
    """Dump the merged configuration, use the dump instead: same findings."""
    kit = fake_wdk(tmp_path / "kit")
    tree = tmp_path / "tree"
    write(tree / "sub" / "dpc.c", DPC)
    write(tree / "sub" / "wdk.c", WDK_DPC.replace("&& KMDF_VERSION_MINOR == 33", ""))
    write(tree / "sub" / "gen" / "generated.c", DPC)
    write(tree / "sub" / "vendor" / "v.c", DPC)
    write(tree / "sub" / "helpers.c", HELPERS)
    config(tree, "Checks: '-*,unchecked-null-return'\nExclude: [sub/vendor]\n"
                 f"WdkInclude: '{kit}'\n"
                 "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: PASSIVE_LEVEL\n"
                 "  - Function: MyAllocate\n    MaybeNull: true\n")
    config(tree / "sub", "InheritParentConfig: true\nChecks: irql-too-high\nExclude: ['gen/**']\n"
                         "Contracts:\n  - Function: MyLock\n    Facts: raises=DISPATCH_LEVEL\n")
    before = found(tree / "sub")
    assert "parsed with" not in run_ddicheck(tree / "sub").stderr
    assert ("wdk.c", 8, "irql-too-high") in before and ("helpers.c", 9, "unchecked-null-return") in before
    assert ("dpc.c", 11, "irql-too-high") in before and not any(f[0] in ("v.c", "generated.c") for f in before)
    dump = run_ddicheck("--dump-config", tree / "sub")
    assert dump.returncode == 0, dump.stderr
    # Saved in the folder it was dumped for (relative Exclude globs start there).
    saved = write(tree / "sub" / "dumped.yaml", dump.stdout)
    assert found(f"--config-file={saved}", tree / "sub") == before
    (tree / ".ddicheck.yaml").unlink()
    config(tree / "sub", dump.stdout)
    assert found(tree / "sub") == before
    # The dump of the dump is the same document.
    assert yaml.safe_load(run_ddicheck("--dump-config", tree / "sub").stdout) == yaml.safe_load(dump.stdout)


def test_config_file_applies_to_every_file(tmp_path):
    source = write(tmp_path / "src" / "dpc.c", DPC)
    config(tmp_path / "src", "Checks: '-*'\n")
    settings = write(tmp_path / "ci.yaml", "Checks: 'irql-too-high'\n")
    assert irql_calls(f"--config-file={settings}", source) == ["IoGetDriverDirectory"]
    result = run_ddicheck(f"--config-file={tmp_path / 'absent.yaml'}", source)
    assert result.returncode == 2 and "absent.yaml: error: cannot read the configuration" in result.stderr
