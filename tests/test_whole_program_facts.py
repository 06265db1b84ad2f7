"""Whole-program facts that the testcases cannot reach: a unit with parse
errors (a testcase must parse cleanly) and a file name that is not UTF-8.
Per-unit facts and findings are plain data that may be cached, computed in
other processes or on other machines and merged; these check that what
reaches the link step says the same."""
import os
import shutil
import subprocess

from conftest import ROOT, ddicheck_path, fail_on_sanitizer_report, run_json

TESTCASES = ROOT / "testcases"


def test_parse_errors_in_one_unit_silence_allocated_nowhere_for_its_driver(tmp_path):
    """A file with parse errors may hide the allocation a Get relies on
    (rules/extension-id-not-unique.md): "allocated nowhere" is not said for
    its driver project, whichever unit had the errors."""
    case = tmp_path / "driver"
    shutil.copytree(TESTCASES / "extension-id-not-unique" / "get-never-allocated", case)
    document, _ = run_json("--checks=-*,extension-id-not-unique", "-p", case, cwd=case)
    assert [f["message"] for f in document["findings"] if "allocated nowhere" in f["message"]]

    with open(case / "driver.c", "a") as source:
        source.write("\nstatic int Broken = ;\n")
    document, result = run_json("--checks=-*,extension-id-not-unique", "-p", case, cwd=case)
    assert "parsed with 1 errors" in result.stderr
    assert document["findings"] == []


LATIN1_SOURCE = b"""#include <ntddk.h>
#include <wdf.h>
/* caf\xe9: a file named in Latin-1. */

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    ULONG extensionKey = 0;
    PVOID extension;

    UNREFERENCED_PARAMETER(RegistryPath);
    return IoAllocateDriverObjectExtension(DriverObject, &extensionKey, 16, &extension);
}

typedef struct _FILTER_CONTEXT {
    ULONG Flags;
} FILTER_CONTEXT, *PFILTER_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILTER_CONTEXT, GetFilterContext)

static NTSTATUS AllocateWith(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context)
{
    return WdfObjectAllocateContext(Object, Attributes, Context);
}

NTSTATUS ForwardedToHelper(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_CONTEXT);
    attributes.ParentObject = Device;
    return AllocateWith(Object, &attributes, &context);
}

NTSTATUS SetDirectly(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_CONTEXT);
    attributes.ParentObject = Device;
    return WdfObjectAllocateContext(Device, &attributes, &context);
}
"""


def test_file_name_that_is_not_utf8_is_reported_unchanged(tmp_path):
    """Every location keeps the file name's bytes, whether the finding is
    made with the unit (a ParentObject set in the caller of the DDI) or at the
    link step from the facts of the unit (a key on the stack, attributes
    handed to a helper)."""
    name = os.fsencode(tmp_path) + b"/caf\xe9.c"
    with open(name, "wb") as source:
        source.write(LATIN1_SOURCE)
    result = subprocess.run([str(ddicheck_path()), "--checks=-*,extension-id-stack,context-parent-object", name],
                            capture_output=True, timeout=300)
    fail_on_sanitizer_report(result.stderr)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    warnings = [line for line in lines if b": warning: " in line]
    assert [line.rsplit(b"[", 1)[1] for line in warnings] == [
        b"extension-id-stack]", b"context-parent-object]", b"context-parent-object]"]
    notes = [line for line in lines if b": note: " in line]
    assert any(b"'extensionKey' is declared here" in line for line in notes)
    assert any(b"'AllocateWith' passes 'Attributes' to 'WdfObjectAllocateContext' here" in line for line in notes)
    assert all(line.startswith(name + b":") for line in lines), result.stdout
