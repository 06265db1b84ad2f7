"""The contract tables of rules/contracts/: how they load, how they fail, how
ddi-irql.tsv is generated from the annotation data set, and what the null facts
(maybe_null, not_null_when, null_out) say at a call."""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUILD, ROOT, ddicheck_path, fail_on_sanitizer_report, run_ddicheck

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
    result = subprocess.run([str(ddicheck_path()), str(source)], capture_output=True, text=True, env=env, timeout=300)
    fail_on_sanitizer_report(result.stderr)
    return result


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


# ---- Return values that may be NULL: maybe_null, not_null_when, null_out ----

PROBE_SOURCES = [ROOT / "tests" / "contract_probe.c"] + [
    ROOT / "checker" / "core" / name for name in ("contracts.c", "contract_eval.c", "ast.c", "irql.c", "util.c")]
MINGW = Path("/usr/x86_64-w64-mingw32/include")


def llvm_dir():
    """The llvm_dir the build was configured with (meson_options.txt's default otherwise)."""
    options = BUILD / "meson-info" / "intro-buildoptions.json"
    if options.exists():
        for option in json.loads(options.read_text()):
            if option["name"] == "llvm_dir":
                return Path(option["value"])
    return Path("/usr/lib/llvm-19")


@pytest.fixture(scope="module")
def contract_probe(tmp_path_factory):
    """tests/contract_probe.c built against the contract modules: what the
    contracts say about each call, whatever the checks make of it."""
    compiler = shutil.which("cc")
    if not compiler:
        pytest.skip("no C compiler")
    llvm = llvm_dir()
    output = tmp_path_factory.mktemp("probe") / "contract_probe"
    result = subprocess.run(
        [compiler, "-std=gnu11", "-D_GNU_SOURCE", "-Wall", "-Wextra", "-Werror", f"-I{llvm / 'include'}",
         *map(str, PROBE_SOURCES), f"-L{llvm / 'lib'}", "-lclang", f"-Wl,-rpath,{llvm / 'lib'}", "-o", str(output)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return output


def probe(program, contracts, source, *clang_args):
    """{line: (callee, may return NULL, null_out argument)} for the calls with a contract in `source`."""
    result = subprocess.run([str(program), str(contracts), str(source), *clang_args], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    calls = {}
    for line in result.stdout.splitlines():
        number, name, may_return_null, null_out = line.split()
        calls[int(number)] = (name, may_return_null == "may_return_null=1", int(null_out.split("=")[1]))
    return calls


def lines_marked(source_text, mark):
    """Line numbers (from 1) of the lines of `source_text` that end with the comment `mark`."""
    return {number for number, line in enumerate(source_text.splitlines(), 1) if line.rstrip().endswith(mark)}


# Prototypes written here (no headers), with the parameter order of the DDK headers.
POOL_SOURCE = """typedef enum { NonPagedPool, PagedPool, NonPagedPoolMustSucceed, NonPagedPoolCacheAlignedMustS = 6,
    NonPagedPoolSession = 32, NonPagedPoolCacheAlignedMustSSession = 38, NonPagedPoolNx = 512 } POOL_TYPE;
typedef enum { KernelMode, UserMode } MODE;
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16
#define POOL_FLAG_RAISE_ON_FAILURE 0x20ULL
#define POOL_FLAG_NON_PAGED 0x40ULL
void *ExAllocatePoolWithTag(POOL_TYPE PoolType, unsigned long long NumberOfBytes, unsigned long Tag);
void *ExAllocatePool2(unsigned long long Flags, unsigned long long NumberOfBytes, unsigned long Tag);
void *MmMapLockedPagesSpecifyCache(void *Mdl, char AccessMode, int CacheType, void *RequestedAddress,
                                   unsigned long BugCheckOnFailure, unsigned long Priority);
void *IoGetDriverObjectExtension(void *DriverObject, void *ClientIdentificationAddress);
long KeSetEvent(void *Event, long Increment, unsigned char Wait);
void f(POOL_TYPE poolType, unsigned long long flags, unsigned long bugCheck, void *mdl, void *driver)
{
    ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'gaT1');                                     // may be NULL
    ExAllocatePoolWithTag(PagedPool, 8, 'gaT1');                                          // may be NULL
    ExAllocatePoolWithTag(NonPagedPoolSession, 8, 'gaT1');                                // may be NULL
    ExAllocatePoolWithTag(poolType, 8, 'gaT1');                                           // may be NULL
    ExAllocatePoolWithTag(NonPagedPoolMustSucceed, 8, 'gaT1');                            // not NULL
    ExAllocatePoolWithTag(NonPagedPoolCacheAlignedMustS, 8, 'gaT1');                      // not NULL
    ExAllocatePoolWithTag(NonPagedPoolCacheAlignedMustSSession, 8, 'gaT1');               // not NULL
    ExAllocatePoolWithTag(NonPagedPoolNx | POOL_RAISE_IF_ALLOCATION_FAILURE, 8, 'gaT1');  // not NULL
    ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, 'gaT1');                                      // may be NULL
    ExAllocatePool2(flags, 8, 'gaT1');                                                    // may be NULL
    ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_RAISE_ON_FAILURE, 8, 'gaT1');         // not NULL
    MmMapLockedPagesSpecifyCache(mdl, KernelMode, 1, 0, 0, 16);                           // may be NULL
    MmMapLockedPagesSpecifyCache(mdl, KernelMode, 1, 0, bugCheck, 16);                    // may be NULL
    MmMapLockedPagesSpecifyCache(mdl, UserMode, 1, 0, 0, 16);                             // not NULL
    MmMapLockedPagesSpecifyCache(mdl, KernelMode, 1, 0, 1, 16);                           // not NULL
    IoGetDriverObjectExtension(driver, (void *)f);                                        // may be NULL
    KeSetEvent(mdl, 0, 0);                                                                // not NULL
}
"""


def test_shipped_contracts_say_which_calls_may_return_null(tmp_path, contract_probe):
    source = tmp_path / "pool.c"
    source.write_text(POOL_SOURCE)
    calls = probe(contract_probe, CONTRACTS, source)
    may_be_null = lines_marked(POOL_SOURCE, "// may be NULL")
    not_null = lines_marked(POOL_SOURCE, "// not NULL")
    assert set(calls) == may_be_null | not_null
    assert {line for line, (_, may, _) in calls.items() if may} == may_be_null


DDK_SOURCE = """#include <ntddk.h>
VOID Sample(PMDL Mdl, POOL_TYPE PoolType)
{
    PVOID a = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'gaT1');                                     // may be NULL
    PVOID b = ExAllocatePoolWithTag(PoolType, 8, 'gaT1');                                           // may be NULL
    PVOID c = ExAllocatePoolWithTag(NonPagedPoolMustSucceed, 8, 'gaT1');                            // not NULL
    PVOID d = ExAllocatePoolWithTag(NonPagedPoolCacheAlignedMustSSession, 8, 'gaT1');               // not NULL
    PVOID e = ExAllocatePoolWithTag(NonPagedPoolNx | POOL_RAISE_IF_ALLOCATION_FAILURE, 8, 'gaT1');  // not NULL
    PVOID g = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, 'gaT1');                                      // may be NULL
    PVOID h = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_RAISE_ON_FAILURE, 8, 'gaT1');         // not NULL
    PVOID i = MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority | MdlMappingNoExecute);          // may be NULL
    PVOID j = MmMapLockedPagesSpecifyCache(Mdl, UserMode, MmCached, NULL, FALSE, NormalPagePriority); // not NULL
    PVOID k = MmMapLockedPagesSpecifyCache(Mdl, KernelMode, MmCached, NULL, TRUE, NormalPagePriority); // not NULL
    PIRP l = IoAllocateIrp(2, FALSE);                                                               // may be NULL
    PMDL m = IoAllocateMdl(a, 8, FALSE, FALSE, NULL);                                               // may be NULL
}
"""


@pytest.mark.skipif(not (MINGW / "ddk" / "wdm.h").exists(), reason="the mingw-w64 DDK headers are not installed")
def test_not_null_when_values_match_the_ddk_headers(tmp_path, contract_probe):
    """The constants of the shipped not_null_when facts, as the headers spell them
    (the macro MmGetSystemAddressForMdlSafe calls MmMapLockedPagesSpecifyCache with
    KernelMode and BugCheckOnFailure FALSE)."""
    source = tmp_path / "ddk.c"
    source.write_text(DDK_SOURCE)
    resource = subprocess.run([str(llvm_dir() / "bin" / "clang"), "-print-resource-dir"], capture_output=True,
                              text=True).stdout.strip()
    calls = probe(contract_probe, CONTRACTS, source, "--target=x86_64-w64-mingw32", "-fms-extensions",
                  "-ffreestanding", "-D_AMD64_", "-D_WIN64", "-D_KERNEL_MODE", "-DNTDDI_VERSION=0x0A000000", "-w",
                  f"-isystem{ROOT / 'rules' / 'include'}", f"-isystem{MINGW / 'ddk'}", f"-isystem{MINGW}",
                  f"-resource-dir={resource}")
    may_be_null = lines_marked(DDK_SOURCE, "// may be NULL")
    not_null = lines_marked(DDK_SOURCE, "// not NULL")
    assert set(calls) == may_be_null | not_null
    assert {line for line, (_, may, _) in calls.items() if may} == may_be_null
    assert calls[min(lines_marked(DDK_SOURCE, "MdlMappingNoExecute);          // may be NULL"))][0] == \
        "MmMapLockedPagesSpecifyCache"


CONDITION_SOURCE = """void *FooAllocate(int Kind, int Raise);
void *BarAllocate(int Kind);
void *PlainGet(int Kind);
long FooOpen(int Kind, void **Object);
void f(int kind, void *object)
{
    FooAllocate(7, 0);      // not NULL
    FooAllocate(3, 1);      // not NULL
    FooAllocate(3, 0);      // may be NULL
    FooAllocate(kind, 0);   // may be NULL
    FooAllocate(3, kind);   // may be NULL
    BarAllocate(0);         // may be NULL
    PlainGet(0);            // not NULL
    FooOpen(0, &object);    // not NULL
}
"""

CONDITION_ROWS = """#replace
FooAllocate\tmaybe_null not_null_when=0:eq=7 not_null_when=1:nonzero\thttps://example.invalid/foo
BarAllocate\tmaybe_null not_null_when=5:zero\thttps://example.invalid/bar
PlainGet\tmax_irql=DISPATCH_LEVEL\thttps://example.invalid/plain
FooOpen\tmax_irql=PASSIVE_LEVEL null_out=1\thttps://example.invalid/open
"""


def test_not_null_when_and_null_out_rows_parse(tmp_path, contract_probe):
    """Either not_null_when decides; an argument that is not a constant, or that
    the call does not have, decides nothing; null_out names its argument."""
    data = data_dir(tmp_path, ddis=CONDITION_ROWS, imported="#replace\n")
    source = tmp_path / "conditions.c"
    source.write_text(CONDITION_SOURCE)
    calls = probe(contract_probe, data / "contracts", source)
    may_be_null = lines_marked(CONDITION_SOURCE, "// may be NULL")
    assert set(calls) == may_be_null | lines_marked(CONDITION_SOURCE, "// not NULL")
    assert {line for line, (_, may, _) in calls.items() if may} == may_be_null
    assert {name: out for name, _, out in calls.values()} == {
        "FooAllocate": -1, "BarAllocate": -1, "PlainGet": -1, "FooOpen": 1}


def test_shipped_null_out_rows(tmp_path, contract_probe):
    source = tmp_path / "out.c"
    source.write_text("""long IoAllocateDriverObjectExtension(void *d, void *k, unsigned long s, void **e);
long ObReferenceObjectByHandle(void *h, unsigned long a, void *t, char m, void **o, void *i);
long WdfRequestRetrieveInputBuffer(void *r, unsigned long long n, void **b, unsigned long long *l);
long WdfRequestRetrieveUnsafeUserInputBuffer(void *r, unsigned long long n, void **b, unsigned long long *l);
void f(void *p)
{
    IoAllocateDriverObjectExtension(p, p, 8, &p);
    ObReferenceObjectByHandle(p, 0, p, 0, &p, 0);
    WdfRequestRetrieveInputBuffer(p, 1, &p, 0);
    WdfRequestRetrieveUnsafeUserInputBuffer(p, 1, &p, 0);
}
""")
    calls = probe(contract_probe, CONTRACTS, source)
    assert {name: out for name, _, out in calls.values()} == {
        "IoAllocateDriverObjectExtension": 3, "ObReferenceObjectByHandle": 4, "WdfRequestRetrieveInputBuffer": 2,
        "WdfRequestRetrieveUnsafeUserInputBuffer": -1}


def test_null_facts_of_the_shipped_table():
    """The DDIs of the issue may return NULL; those that raise or bug-check by
    default, or return NULL only for an index the driver bounds, are not marked."""
    hand = {name: facts.split() for name, facts, _source in rows(CONTRACTS / "ddis.tsv")}
    maybe_null = {name for name, facts in hand.items() if "maybe_null" in facts}
    assert {"IoGetDriverObjectExtension", "ExAllocatePool2", "ExAllocatePoolWithTag", "IoAllocateIrp",
            "IoAllocateMdl", "MmGetSystemAddressForMdlSafe", "IoAllocateWorkItem", "IoBuildDeviceIoControlRequest",
            "ExAllocateFromNPagedLookasideList", "ExInterlockedRemoveHeadList", "IoCsqRemoveNextIrp",
            "MmGetSystemRoutineAddress", "WdfCollectionGetFirstItem"} <= maybe_null
    assert not maybe_null & {"ExAllocatePoolWithQuota", "ExAllocatePoolWithQuotaTag", "ExAllocatePoolQuotaZero",
                             "MmMapLockedPages", "MmGetMdlVirtualAddress", "WdfCollectionGetItem",
                             "WdfCmResourceListGetDescriptor", "WdfRequestGetFileObject",
                             "NdisGetDeviceReservedExtension"}
    for name, facts in hand.items():
        if any(fact.startswith("not_null_when=") for fact in facts):
            assert "maybe_null" in facts, name


def test_null_rows_keep_the_imported_irql_facts():
    """A ddis.tsv row replaces the ddi-irql.tsv row of its name: a row written for
    maybe_null or null_out keeps each kind of IRQL fact the imported row had."""
    imported = {name: facts for name, facts, _source in rows(CONTRACTS / "ddi-irql.tsv")}
    for name, facts, _source in rows(CONTRACTS / "ddis.tsv"):
        if name not in imported or not re.search(r"\b(maybe_null|null_out=)", facts):
            continue
        for kind in ("max_irql", "min_irql"):
            if f"{kind}=" in imported[name]:
                assert re.search(rf"\b{kind}=", facts), f"{name} lost {kind} of ddi-irql.tsv"


@pytest.mark.parametrize("facts, message", [
    ("maybe_null not_null_when=0", "not_null_when needs ARG:TEST"),
    ("maybe_null not_null_when=0:bits=2:APC_LEVEL", "not_null_when needs ARG:TEST"),
    ("maybe_null not_null_when=first:bits=2", "bad argument index"),
    ("maybe_null not_null_when=0:maybe", "unknown argument test"),
    ("maybe_null not_null_when=0:bits", "test needs =VALUE"),
    ("maybe_null not_null_when=0:nonzero=1", "test takes no value"),
    ("maybe_null not_null_when=0:bits=0xZZ", "bad number"),
    ("maybe_null " + " ".join(f"not_null_when={i}:zero" for i in range(3)), "too many not_null_when"),
    ("not_null_when=0:bits=2", "not_null_when without maybe_null for 'FooBar'"),
    ("null_out=-1", "bad argument index"),
    ("null_out=32", "bad argument index"),
    ("null_out", "unknown flag"),
    ("list_raises_when=3:bits=0x10", "list_raises_when without list_arg for 'FooBar'"),
    ("list_arg=0 list_raises_when=3", "list_raises_when needs ARG:TEST"),
    ("list_arg=0 list_raises_when=3:often", "unknown argument test"),
])
def test_malformed_null_facts_are_a_tool_error(tmp_path, facts, message):
    data = data_dir(tmp_path, ddis=f"FooBar\t{facts}\thttps://example.invalid/foobar\n")
    line = len((data / "contracts" / "ddis.tsv").read_text().splitlines())
    source = tmp_path / "a.c"
    source.write_text("void f(void) { }\n")
    result = run_with(data, source)
    assert result.returncode == 2
    assert f"ddis.tsv:{line}: error: {message}" in result.stderr, result.stderr
