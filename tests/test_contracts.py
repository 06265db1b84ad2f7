"""The contract tables of rules/contracts/: how they load, how they fail, and
how ddi-irql.tsv is generated from the annotation data set."""
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, ddicheck_path, run_ddicheck

CONTRACTS = ROOT / "rules" / "contracts"
GENERATOR = ROOT / "scripts" / "import-irql-contracts.py"
DATA = ROOT.parent / "shared" / "data" / "ddi-irql-annotations.tsv"
LEVELS = {"PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL", "DIRQL", "HIGH_LEVEL"}

DPC_SOURCE = """#include <ntddk.h>
VOID Foo(VOID);
KDEFERRED_ROUTINE SampleDpc;
VOID SampleDpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    Foo();
}
"""


def rows(path):
    return [line.split("\t") for line in path.read_text().splitlines() if line and not line.startswith("#")]


def generate(data, output):
    return subprocess.run([sys.executable, str(GENERATOR), str(data), "-o", str(output)], capture_output=True,
                          text=True, timeout=60)


def data_dir(tmp_path, ddis=None, imported=None, roles=None):
    """A DDICHECK_DATA_DIR with the shipped tables, some of them replaced or extended."""
    contracts = tmp_path / "data" / "contracts"
    contracts.mkdir(parents=True)
    for name, extra in (("ddis.tsv", ddis), ("ddi-irql.tsv", imported), ("role-types.tsv", roles)):
        text = (CONTRACTS / name).read_text()
        if extra is not None:
            text = extra if extra.startswith("#replace\n") else text + extra
        (contracts / name).write_text(text)
    os.symlink(ROOT / "rules" / "include", tmp_path / "data" / "include")
    return tmp_path / "data"


def run_with(data, source):
    env = dict(os.environ, DDICHECK_DATA_DIR=str(data))
    return subprocess.run([str(ddicheck_path()), str(source)], capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.skipif(not DATA.exists(), reason="../shared/data is not beside the project")
def test_generator_reproduces_the_committed_table(tmp_path):
    output = tmp_path / "ddi-irql.tsv"
    result = generate(DATA, output)
    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == (CONTRACTS / "ddi-irql.tsv").read_bytes(), \
        "rules/contracts/ddi-irql.tsv is stale: rerun scripts/import-irql-contracts.py"
    again = tmp_path / "again.tsv"
    generate(DATA, again)
    assert again.read_bytes() == output.read_bytes()
    assert re.search(r"imported \d+ rows", result.stderr)
    assert "skipped" in result.stderr


def test_generator_rules_on_a_small_data_set(tmp_path):
    data = tmp_path / "data.tsv"
    data.write_text("\n".join([
        "# function\tannotations\tsource\theader",
        "KDEFERRED_ROUTINE\t_Function_class_(KDEFERRED_ROUTINE) _IRQL_requires_(DISPATCH_LEVEL)\treactos-xdk\tketypes.h",
        "ExFreePool\t_IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FREE_FUNCTION)\treactos-xdk\texfuncs.h",
        "BOOLEAN\t_IRQL_requires_max_(DISPATCH_LEVEL)\tkmdf-1.15\twdfwmi.h",
        "size_t\t_IRQL_requires_max_(DISPATCH_LEVEL)\tkmdf-1.15\twdfwmi.h",
        "KeSetEvent\t_When_(Wait = = 0 , _IRQL_requires_max_ ( DISPATCH_LEVEL ))\treactos-xdk\tkefuncs.h",
        "KeReleaseSpinLock\t_IRQL_requires_(DISPATCH_LEVEL)\treactos-xdk\tkefuncs.h",
        "KeAcquireSpinLockAtDpcLevel\t_IRQL_requires_min_(DISPATCH_LEVEL)\treactos-xdk\tkefuncs.h",
        "KeQueryThing\t_IRQL_requires_min_(PASSIVE_LEVEL) _IRQL_requires_max_(APC_LEVEL)\treactos-xdk\tkefuncs.h",
        "WdfInterruptAcquireLock\t_IRQL_requires_max_(DISPATCH_LEVEL + 1)\tkmdf-1.15\twdfinterrupt.h",
        "KeIpiGenericCall\t_IRQL_requires_max_(IPI_LEVEL - 1)\treactos-xdk\tkefuncs.h",
        "KeClockThing\t_IRQL_requires_max_(CLOCK_LEVEL)\treactos-xdk\tkefuncs.h",
        "KeNumberThing\t_IRQL_requires_max_(5)\treactos-xdk\tkefuncs.h",
        "KeAcquireQueuedSpinLock\t_IRQL_raises_(DISPATCH_LEVEL)\treactos-xdk\tkefuncs.h",
        "ExAcquireResourceSharedLite\t_IRQL_requires_max_(APC_LEVEL) _When_(Wait ! = 0 , _Post_satisfies_ ( return = = 1 ))"
        "\treactos-xdk\texfuncs.h",
        "WdfTimerCreate\t_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)\tkmdf-1.15\twdftimer.h",
    ]) + "\n")
    output = tmp_path / "out.tsv"
    result = generate(data, output)
    assert result.returncode == 0, result.stderr
    table = {name: (facts, source) for name, facts, source in rows(output)}
    assert table == {
        "ExAcquireResourceSharedLite": ("max_irql=APC_LEVEL", "annotations:reactos-xdk/exfuncs.h"),
        "ExFreePool": ("max_irql=DISPATCH_LEVEL", "annotations:reactos-xdk/exfuncs.h"),
        "KeAcquireSpinLockAtDpcLevel": ("min_irql=DISPATCH_LEVEL", "annotations:reactos-xdk/kefuncs.h"),
        "KeClockThing": ("max_irql=DIRQL", "annotations:reactos-xdk/kefuncs.h"),
        "KeIpiGenericCall": ("max_irql=DIRQL", "annotations:reactos-xdk/kefuncs.h"),
        "KeQueryThing": ("max_irql=APC_LEVEL", "annotations:reactos-xdk/kefuncs.h"),
        "KeReleaseSpinLock": ("max_irql=DISPATCH_LEVEL min_irql=DISPATCH_LEVEL", "annotations:reactos-xdk/kefuncs.h"),
        "WdfInterruptAcquireLock": (
            "max_irql=DIRQL",
            "https://learn.microsoft.com/windows-hardware/drivers/ddi/wdfinterrupt/nf-wdfinterrupt-wdfinterruptacquirelock"),
        "WdfTimerCreate": (
            "max_irql=DISPATCH_LEVEL",
            "https://learn.microsoft.com/windows-hardware/drivers/ddi/wdftimer/nf-wdftimer-wdftimercreate"),
    }
    assert list(table) == sorted(table)
    assert "skipped 1: role type" in result.stderr
    assert "skipped 2: not a function name" in result.stderr
    assert "skipped 1: IRQL requirement under _When_" in result.stderr
    assert "skipped 1: no plain IRQL requirement" in result.stderr
    assert "skipped 1: IRQL level with no architecture-independent meaning" in result.stderr


def test_shipped_tables_are_well_formed():
    imported = rows(CONTRACTS / "ddi-irql.tsv")
    names = [row[0] for row in imported]
    assert len(imported) > 1000
    assert names == sorted(set(names)), "ddi-irql.tsv must be sorted with one row a name"
    hand = rows(CONTRACTS / "ddis.tsv")
    assert len({row[0] for row in hand}) == len(hand), "ddis.tsv has a second row for a name"
    for name, facts, source in imported + hand:
        assert source.startswith(("https://", "annotations:reactos-xdk/")), (name, source)
        for level in re.findall(r"(?:max_irql|min_irql)=(\w+)", facts) + re.findall(r"max_irql_when=\d+:[^:]+:(\w+)",
                                                                                    facts):
            assert level in LEVELS, (name, level)
    assert not any(name.isupper() for name in names), "a type or macro name was imported as a DDI"


def test_role_pointer_types_are_declared_by_the_headers():
    headers = "".join(path.read_text(errors="replace") for path in (ROOT / "rules" / "include").glob("wdf*.h"))
    wdm = "/usr/x86_64-w64-mingw32/include/ddk/wdm.h"
    if os.path.exists(wdm):
        headers += open(wdm, errors="replace").read()
    for role, facts, _what, _source in rows(CONTRACTS / "role-types.tsv"):
        for pointer in re.findall(r"pointer=(\w+)", facts):
            assert re.search(rf"typedef\s+{role}\s*\*\s*{pointer}\s*;", headers), f"{pointer} for {role}"


def test_shipped_tables_load(tmp_path):
    source = tmp_path / "clean.c"
    source.write_text("#include <ntddk.h>\nVOID Helper(VOID) { }\n")
    result = run_ddicheck(source)
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr


@pytest.mark.parametrize("facts, message", [
    ("max_irql_when=1:null", "max_irql_when needs ARG:TEST:LEVEL"),
    ("max_irql_when=one:null:APC_LEVEL", "bad argument index"),
    ("max_irql_when=1:maybe:APC_LEVEL", "unknown argument test"),
    ("max_irql_when=1:bits:APC_LEVEL", "test needs =VALUE"),
    ("max_irql_when=1:null=0:APC_LEVEL", "test takes no value"),
    ("max_irql_when=1:bits=0xZZ:APC_LEVEL", "bad number"),
    ("max_irql_when=1:eq=1:SOMETIMES_LEVEL", "unknown IRQL"),
    (" ".join(f"max_irql_when={i}:null:APC_LEVEL" for i in range(5)), "too many max_irql_when"),
    ("max_irql_if_null_arg=1", "unknown fact"),
])
def test_malformed_max_irql_when_is_a_tool_error(tmp_path, facts, message):
    data = data_dir(tmp_path, ddis=f"FooBar\t{facts}\thttps://example.invalid/foobar\n")
    line = len((data / "contracts" / "ddis.tsv").read_text().splitlines())
    source = tmp_path / "a.c"
    source.write_text("void f(void) { }\n")
    result = run_with(data, source)
    assert result.returncode == 2
    assert f"ddis.tsv:{line}: error: {message}" in result.stderr, result.stderr


@pytest.mark.parametrize("table, extra, message", [
    ("ddis", "KeSetEvent\tmax_irql=DISPATCH_LEVEL\thttps://example.invalid\n", "second row for 'KeSetEvent'"),
    ("imported", "AAAFirst\tmax_irql=APC_LEVEL\tannotations:reactos-xdk/x.h\n", "row out of name order"),
    ("roles", "MY_ROUTINE\tirql=PASSIVE_LEVEL pointer=PKDEFERRED_ROUTINE\ta routine\thttps://example.invalid\n",
     "pointer type already names another role 'PKDEFERRED_ROUTINE'"),
    ("roles", "MY_ROUTINE\tirql=PASSIVE_LEVEL pointer\ta routine\thttps://example.invalid\n", "unknown role fact"),
])
def test_inconsistent_tables_are_a_tool_error(tmp_path, table, extra, message):
    data = data_dir(tmp_path, **{table: extra})
    source = tmp_path / "a.c"
    source.write_text("void f(void) { }\n")
    result = run_with(data, source)
    assert result.returncode == 2
    assert re.search(r"\.tsv:\d+: error: ", result.stderr), result.stderr
    assert message in result.stderr


def test_hand_written_row_overrides_the_imported_one(tmp_path):
    source = tmp_path / "dpc.c"
    source.write_text(DPC_SOURCE)
    imported = "#replace\nFoo\tmax_irql=PASSIVE_LEVEL\tannotations:reactos-xdk/foo.h\n"
    only_imported = run_with(data_dir(tmp_path / "a", imported=imported), source)
    assert only_imported.returncode == 1, only_imported.stderr
    assert "'Foo' requires IRQL <= PASSIVE_LEVEL" in only_imported.stdout
    both = run_with(data_dir(tmp_path / "b", imported=imported,
                             ddis="Foo\tmax_irql=DISPATCH_LEVEL\thttps://example.invalid/foo\n"), source)
    assert both.returncode == 0, both.stdout + both.stderr
