"""Hostile inputs: each gets a clear message that names it, the documented
exit status (2 when nothing could be analysed, else that of the findings of
the good inputs), and every other input is still analysed.

The good input is GOOD: one unchecked IoGetDriverObjectExtension result, so
one [unchecked-null-return] finding that must survive whatever is beside it.
Malformed .ddicheck.yaml files and contract tables are covered by
test_config.py ("Malformed files") and test_contracts.py (malformed facts,
inconsistent tables); the cases here add what those do not: bytes that are
not text, nesting, and a table cut to nothing.  A configuration or contract
error stops the run (exit 2, no report): findings under a broken
configuration cannot be trusted."""
import json
import os
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from conftest import ROOT, ddicheck_path, run_ddicheck, unprivileged

GOOD = """#include <wdm.h>
typedef struct _GOOD_DATA { ULONG Flags; } GOOD_DATA, *PGOOD_DATA;
static UCHAR GoodKey;
ULONG GoodArrow(PDRIVER_OBJECT DriverObject)
{
    PGOOD_DATA data = IoGetDriverObjectExtension(DriverObject, &GoodKey);
    return data->Flags;
}
"""
UNCHECKED = "[unchecked-null-return]"


def good_file(folder, name="good.c"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(GOOD)
    return path


def findings_in(result, name):
    """The unchecked-null-return warnings of the text report in file `name`."""
    return [line for line in result.stdout.splitlines()
            if UNCHECKED in line and ": warning: " in line and line.split(":")[0].endswith(name)]


def mingw_flags():
    return ["--target=x86_64-w64-mingw32", "-fms-extensions", f"-isystem{ROOT / 'rules' / 'include'}",
            "-isystem/usr/x86_64-w64-mingw32/include/ddk", "-isystem/usr/x86_64-w64-mingw32/include"]


def entry(folder, file):
    return {"directory": str(folder), "file": str(file), "arguments": ["clang", *mingw_flags(), "-c", str(file)]}


def run_with_stack(args, stack_kib=None, env=None):
    """Runs ddicheck (bytes output) with the stack limited to `stack_kib` KiB."""
    def limit():
        if stack_kib:
            resource.setrlimit(resource.RLIMIT_STACK, (stack_kib * 1024, stack_kib * 1024))
    return subprocess.run([str(ddicheck_path()), *args], capture_output=True, preexec_fn=limit, env=env,
                          timeout=600)


# ---- files and folders ----


def test_missing_file_is_named_and_the_others_analysed(tmp_path):
    # (test_cli.py checks the same with the example driver.)
    good = good_file(tmp_path)
    result = run_ddicheck(tmp_path / "absent.c", good)
    assert result.returncode == 1
    assert f"ddicheck: error: cannot read '{tmp_path / 'absent.c'}': No such file or directory" in result.stderr
    assert len(findings_in(result, "good.c")) == 1
    alone = run_ddicheck(tmp_path / "absent.c")
    assert alone.returncode == 2 and "nothing could be analysed" in alone.stderr


@pytest.fixture
def shared_folder():
    """A folder the unprivileged user can enter (pytest's tmp_path is 0700 for root)."""
    folder = Path(tempfile.mkdtemp(prefix="ddicheck-hostile-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def run_unprivileged(*args):
    result = subprocess.run([str(ddicheck_path()), "--no-cache", *map(str, args)], capture_output=True, text=True,
                            preexec_fn=unprivileged(), timeout=300)
    if os.geteuid() == 0 and "--version" not in args:
        probe = subprocess.run([str(ddicheck_path()), "--version"], capture_output=True, preexec_fn=unprivileged())
        if probe.returncode != 0:
            pytest.skip("the unprivileged user cannot run this ddicheck build")
    return result


def test_unreadable_file_and_folder_are_named_and_the_others_analysed(shared_folder):
    good_file(shared_folder / "tree")
    (shared_folder / "tree" / "sub").mkdir()
    unreadable = shared_folder / "tree" / "sub" / "unreadable.c"
    unreadable.write_text("int x;\n")
    unreadable.chmod(0o000)
    locked = shared_folder / "tree" / "locked"
    locked.mkdir()
    (locked / "inside.c").write_text("int y;\n")
    locked.chmod(0o000)
    named = shared_folder / "named.c"
    named.write_text("int z;\n")
    named.chmod(0o000)
    result = run_unprivileged(shared_folder / "tree", named)
    assert result.returncode == 1, result.stderr
    assert f"ddicheck: error: cannot read '{unreadable}': Permission denied" in result.stderr
    assert f"ddicheck: error: cannot read '{locked}': Permission denied" in result.stderr
    assert f"ddicheck: error: cannot read '{named}': Permission denied" in result.stderr
    assert len(findings_in(result, "good.c")) == 1
    alone = run_unprivileged(named)
    assert alone.returncode == 2 and "nothing could be analysed" in alone.stderr


def test_folder_without_c_files_is_named(tmp_path):
    empty = tmp_path / "docs"
    empty.mkdir()
    (empty / "readme.txt").write_text("no sources here\n")
    (empty / "header.h").write_text("int x;\n")
    good = good_file(tmp_path / "src")
    result = run_ddicheck(empty, good)
    assert result.returncode == 1
    assert f"ddicheck: error: '{empty}' holds no C files (*.c)" in result.stderr
    assert len(findings_in(result, "good.c")) == 1
    alone = run_ddicheck(empty)
    assert alone.returncode == 2
    assert f"'{empty}' holds no C files" in alone.stderr and "nothing could be analysed" in alone.stderr


def test_binary_and_utf16_files_are_named_and_the_others_analysed(tmp_path):
    noise = tmp_path / "noise.c"
    noise.write_bytes(bytes((i * 7919 + i // 256) % 256 for i in range(20000)))  # every byte value, NUL too
    program = tmp_path / "program.c"
    shutil.copy(ddicheck_path(), program)
    wide = tmp_path / "wide.c"
    wide.write_bytes("int wide;\n".encode("utf-16"))
    good = good_file(tmp_path)
    result = run_ddicheck(noise, program, wide, good)
    assert result.returncode == 1
    for binary in (noise, program):
        assert f"ddicheck: error: cannot parse '{binary}': it is not C source text (it holds NUL bytes" \
            in result.stderr
    assert f"ddicheck: error: cannot parse '{wide}': it is UTF-16 text" in result.stderr
    assert len(findings_in(result, "good.c")) == 1
    # Bytes without a NUL are left to clang: they parse with errors, and say so.
    garbage = tmp_path / "garbage.c"
    garbage.write_bytes(bytes(range(1, 256)) * 40)
    result = run_ddicheck(garbage, good)
    assert result.returncode == 1
    assert f"ddicheck: note: '{garbage}' parsed with" in result.stderr
    alone = run_ddicheck(program)
    assert alone.returncode == 2 and "nothing could be analysed" in alone.stderr


def non_utf8_inputs(tmp_path):
    """A file named b'\\xff\\xfe.c' and one with Latin-1 and broken UTF-8 in a
    comment and a string, both with the GOOD finding."""
    folder = os.fsencode(tmp_path)
    named = folder + b"/\xff\xfe.c"
    with open(named, "wb") as stream:
        stream.write(GOOD.encode())
    content = tmp_path / "latin1.c"
    content.write_bytes(b"/* caf\xe9 \xff\xfe \xc3\x28 */\n" + GOOD.encode().replace(
        b"return data->Flags;", b'const char *s = "\xe9\xff\xc3\x28"; (void)s;\n    return data->Flags;'))
    return named, os.fsencode(content)


def test_non_utf8_file_name_and_contents(tmp_path):
    named, content = non_utf8_inputs(tmp_path)
    result = subprocess.run([os.fsencode(ddicheck_path()), named, content], capture_output=True, timeout=300)
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stdout.splitlines() if b": warning: " in line]
    assert len(lines) == 2
    assert any(line.startswith(named + b":7:") for line in lines), lines  # the name as it is, like a compiler
    assert any(line.startswith(content + b":9:") for line in lines), lines


def test_non_utf8_names_and_contents_give_valid_json_and_sarif(tmp_path):
    named, content = non_utf8_inputs(tmp_path)
    for report in ("json", "sarif"):
        result = subprocess.run([os.fsencode(ddicheck_path()), f"--format={report}".encode(), named, content],
                                capture_output=True, timeout=300)
        assert result.returncode == 1, result.stderr
        document = json.loads(result.stdout.decode("utf-8"))  # strict: valid UTF-8 or this raises
        if report == "json":
            files = sorted(f["location"]["file"] for f in document["findings"])
            assert files == [str(tmp_path / "latin1.c"), str(tmp_path / "\ufffd\ufffd.c")]
        else:
            uris = sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                          for r in document["runs"][0]["results"])
            assert len(uris) == 2 and uris[0].endswith("%FF%FE.c") and uris[1].endswith("latin1.c"), uris


def test_symlink_loops_under_a_folder_end_and_files_are_found_once(tmp_path):
    tree = tmp_path / "tree"
    good = good_file(tree / "sub")
    (tree / "sub" / "up").symlink_to("..")           # tree/sub/up -> tree: a loop
    (tree / "self").symlink_to(".")                  # tree/self -> tree
    (tree / "a").symlink_to("b")                     # a -> b -> a
    (tree / "b").symlink_to("a")
    (tree / "loop.c").symlink_to("loop.c")           # a C file that is a loop
    (tree / "dangling.c").symlink_to("nowhere.c")
    (tree / "alias.c").symlink_to("sub/good.c")      # the good file again, through a link
    result = run_ddicheck("--no-cache", "--stats", tree)
    assert result.returncode == 1, result.stderr
    assert f"ddicheck: warning: skipping '{tree / 'loop.c'}': Too many levels of symbolic links" in result.stderr
    assert f"ddicheck: warning: skipping '{tree / 'dangling.c'}': No such file or directory" in result.stderr
    assert "files: 1 (1 parsed" in result.stderr, result.stderr
    assert len([line for line in result.stdout.splitlines() if UNCHECKED in line]) == 1
    # The folder given may be a link itself.
    linked = run_ddicheck("--no-cache", "--stats", tree / "self")
    assert linked.returncode == 1 and "files: 1 (1 parsed" in linked.stderr, linked.stderr
    assert good.exists()


# ---- compilation databases ----


@pytest.mark.parametrize("text, reason", [
    ("", "it is empty"),
    ("  \n\t\n", "it is empty"),
    ('[{"directory": "/tmp", "file": ', "it is not valid JSON: it ends too early"),
    ("[1, 2,, 3]", "it is not valid JSON: "),
    ('{"directory": "/tmp"}', "it is not a JSON array of compile commands"),
    ("[" * 100000, "it is not valid JSON: nesting too deep"),
    ('[{"directory": "/tmp", "command": "cc -c a.c"}]', 'entry 1 of 1 has no "file"'),
    ('[{"directory": "/tmp", "file": "a.c"}]', 'entry 1 of 1 has no "command" or "arguments"'),
    ('[{"file": "a.c", "command": "cc -c a.c"}]', 'entry 1 of 1 has no "directory"'),
    ('[{"directory": "/tmp", "file": "a.c", "arguments": "cc -c a.c"}]', 'entry 1 of 1: "arguments" is not a list'),
    ('[{"directory": "/tmp", "file": "a.c", "command": "cc", "flags": "-O2"}]',
     'entry 1 of 1 has the unknown key "flags"'),
    ('[{"directory": "/tmp", "file": "a.c", "command": "cc"}, 7]', "entry 2 of 2 is not a JSON object"),
], ids=lambda value: value[:40] if isinstance(value, str) else None)
def test_malformed_compilation_database(tmp_path, text, reason):
    good = good_file(tmp_path)
    (tmp_path / "compile_commands.json").write_text(text)
    with_p = run_ddicheck("-p", tmp_path, good)
    assert with_p.returncode == 2
    assert f"ddicheck: error: cannot load a compilation database from '{tmp_path}': {reason}" in with_p.stderr
    assert "LIBCLANG" not in with_p.stderr and with_p.stdout == ""
    # Found by walking up from a file: a warning, and the file is analysed with the default flags.
    walked = run_ddicheck(good)
    assert walked.returncode == 1
    assert f"ddicheck: warning: cannot load the compilation database '{tmp_path}/compile_commands.json': " \
           f"{reason}" in walked.stderr
    assert len(findings_in(walked, "good.c")) == 1


def test_compilation_database_that_lists_no_files(tmp_path):
    (tmp_path / "compile_commands.json").write_text("[]")
    result = run_ddicheck("-p", tmp_path)
    assert result.returncode == 2
    assert f"ddicheck: error: the compilation database in '{tmp_path}' lists no files" in result.stderr


def test_p_at_a_missing_folder_or_a_file(tmp_path):
    good = good_file(tmp_path)
    result = run_ddicheck("-p", tmp_path / "build", good)
    assert result.returncode == 2
    assert f"ddicheck: error: cannot load a compilation database from '{tmp_path / 'build'}': " \
           "No such file or directory" in result.stderr
    result = run_ddicheck("-p", good)
    assert result.returncode == 2
    assert f"cannot load a compilation database from '{good}': not a folder" in result.stderr


def test_entries_whose_folder_is_gone(tmp_path):
    good = good_file(tmp_path)
    gone = tmp_path / "gone"
    entries = [entry(gone, "lost.c"),          # the folder and the file are gone
               entry(tmp_path / "gone2", good)]  # the folder is gone, the file (absolute) is there
    (tmp_path / "compile_commands.json").write_text(json.dumps(entries))
    result = run_ddicheck("--no-cache", "-p", tmp_path)
    assert result.returncode == 1, result.stderr
    assert f"ddicheck: error: cannot read '{gone / 'lost.c'}': No such file or directory" in result.stderr
    assert f"ddicheck: warning: the compile command of '{good}' runs in '{tmp_path / 'gone2'}', which does not " \
           "exist" in result.stderr
    assert len(findings_in(result, "good.c")) == 1
    assert "unable to set working directory" not in result.stderr


def huge_database(tmp_path):
    """Writes a compile_commands.json of 50,000 entries in tmp_path, two of
    them real files with a finding each; returns those two."""
    real = [good_file(tmp_path, "real1.c"), good_file(tmp_path, "real2.c")]
    entries = [entry(tmp_path, tmp_path / "generated" / f"missing{i}.c") for i in range(50000)]
    entries[100] = entry(tmp_path, real[0])
    entries[40000] = entry(tmp_path, real[1])
    (tmp_path / "compile_commands.json").write_text(json.dumps(entries))
    return real


def test_huge_compilation_database(tmp_path):
    """50,000 entries, two of them real files."""
    real = huge_database(tmp_path)
    started = time.monotonic()
    listed = run_ddicheck("--no-cache", "-p", tmp_path, *real)
    walked = run_ddicheck("--no-cache", *real)
    print(f"\n-p with two files: {listed.returncode}; walked up: {walked.returncode}; "
          f"{time.monotonic() - started:.1f} s for both")
    for result in (listed, walked):
        assert result.returncode == 1, result.stderr[-2000:]
        assert len(findings_in(result, "real1.c")) == 1 and len(findings_in(result, "real2.c")) == 1


@pytest.mark.slow
def test_huge_compilation_database_every_entry(tmp_path):
    """-p without files: 50,000 jobs, 49,998 of them missing files (each named)."""
    real = huge_database(tmp_path)
    started = time.monotonic()
    result = subprocess.run([str(ddicheck_path()), "--no-cache", "-p", str(tmp_path)], capture_output=True, text=True,
                            timeout=3600)  # sanitizer builds take minutes
    print(f"\n-p over 50,000 entries: {time.monotonic() - started:.1f} s")
    assert result.returncode == 1, result.stderr[-2000:]
    assert len(findings_in(result, "real1.c")) == 1 and len(findings_in(result, "real2.c")) == 1
    assert result.stderr.count(": No such file or directory") == 49998
    assert f"cannot read '{tmp_path / 'generated' / 'missing49999.c'}'" in result.stderr


# ---- configuration and contracts: what test_config.py and test_contracts.py do not cover ----


@pytest.mark.parametrize("text, message", [
    (bytes((i * 7919 + i // 256) % 256 for i in range(3000)), "cannot read the configuration: "),
    (b"Checks: '\xff\xfe'\n", "invalid leading UTF-8 octet"),
    (b"Checks: '*'\n\0\0\0", "control characters are not allowed"),
    (b"Checks: " + b"[" * 20000 + b"]" * 20000 + b"\n", "'Checks' must be a string or a list of strings"),
    (b"Exclude:\n  - '" + b"**/" * 3000 + b"x.c'\n", None),  # a glob of 3,000 '**': no exponential match
], ids=["binary", "latin1", "nul", "nested-20000", "glob-3000-stars"])
def test_config_that_is_not_text_or_nests_deeply(tmp_path, text, message):
    source = good_file(tmp_path / "src" / "a" / "b" / "c" / "d" / "e")
    (tmp_path / ".ddicheck.yaml").write_bytes(text)
    result = run_ddicheck(source)
    if message is None:
        assert result.returncode == 1 and len(findings_in(result, "good.c")) == 1, result.stderr
        return
    assert result.returncode == 2
    assert str(tmp_path / ".ddicheck.yaml") in result.stderr and message in result.stderr, result.stderr
    assert result.stdout == ""


def data_dir(tmp_path, change):
    """A DDICHECK_DATA_DIR with the shipped tables, `change` applied to its contracts folder."""
    contracts = tmp_path / "data" / "contracts"
    shutil.copytree(ROOT / "rules" / "contracts", contracts)
    os.symlink(ROOT / "rules" / "include", tmp_path / "data" / "include")
    change(contracts)
    return tmp_path / "data"


def append_noise(contracts):
    with open(contracts / "ddis.tsv", "ab") as stream:
        stream.write(bytes((i * 7919 + i // 256) % 256 for i in range(4000)))  # every byte value


@pytest.mark.parametrize("change, message", [
    (lambda c: (c / "ddis.tsv").write_text(""), "ddis.tsv: error: the table holds no contracts"),
    (lambda c: (c / "ddis.tsv").write_text("# only comments\n\n"), "ddis.tsv: error: the table holds no contracts"),
    (lambda c: (c / "ddi-irql.tsv").unlink(), "ddi-irql.tsv: error: cannot read contracts: No such file"),
    (append_noise, "ddis.tsv:"),
], ids=["empty", "comments-only", "irql-table-missing", "binary-rows"])
def test_broken_contract_tables(tmp_path, change, message):
    source = good_file(tmp_path / "src")
    env = dict(os.environ, DDICHECK_DATA_DIR=str(data_dir(tmp_path, change)))
    result = subprocess.run([str(ddicheck_path()), str(source)], capture_output=True, text=True, errors="replace",
                            env=env, timeout=300)
    assert result.returncode == 2
    assert str(tmp_path / "data" / "contracts") in result.stderr and message in result.stderr, result.stderr


def test_nolint_glob_of_many_stars_does_not_hang(tmp_path):
    source = tmp_path / "nolint.c"
    source.write_text(GOOD.replace("return data->Flags;",
                                   "return data->Flags; // NOLINT(" + "*" * 5000 + "x)"))
    result = run_ddicheck("--no-cache", source)
    assert result.returncode == 1 and len(findings_in(result, "nolint.c")) == 1


# ---- code nested 20,000 deep, a 10,000-case switch ----

PROLOGUE = "#include <wdm.h>\nstatic UCHAR Key;\nint Other(int);\n"


def deep_function(name, body):
    """A function with `body` between an unchecked IoGetDriverObjectExtension
    result and its use: one finding after the deep code."""
    return (f"ULONG {name}(PDRIVER_OBJECT d, ULONG a, PULONG p, int c)\n{{\n"
            f"    PULONG e = IoGetDriverObjectExtension(d, &Key);\n{body}\n    return *e;\n}}\n")


def deep_forms(n):
    """Code nested `n` deep in the forms clang parses without running out of
    its own stack (a nesting of brackets stops at 256: -fbracket-depth), and
    the depths clang itself survives for the others."""
    unary = min(n, 1400)   # clang's parser runs out of its 8 MB near 2,000 nested unary operators
    nested = min(n, 4000)  # and near 5,000 nested statements, ?: or assignments
    return {
        "sum": "    ULONG x = " + " + ".join(["a"] * n) + ";\n    (void)x;",
        "and": "    if (" + " && ".join(["c"] * n) + ") a++;",
        "comma": "    int x = (" + ", ".join(["c"] * n) + ");\n    (void)x;",
        "members": "    struct S { struct S *q; int v; } *s = 0;\n    int x = s" + "->q" * (n // 2) + "->v;\n    (void)x;",
        "fallthrough": "    switch (c) {\n" + "".join(f"    case {i}:\n" for i in range(n // 2)) + "        a++;\n    }",
        "switch": "    switch (c) {\n" + "".join(f"    case {i}: KeStallExecutionProcessor({i}); break;\n"
                                            for i in range(n // 2)) + "    }",
        "not": "    int x = " + "!" * unary + "c;\n    (void)x;",
        "negate": "    int x = " + "- " * unary + "c;\n    (void)x;",
        "ternary": "    int x = " + "c ? " * nested + "1" + " : 0" * nested + ";\n    (void)x;",
        "assign": "    ULONG x, y; x = " + "y = " * nested + "a;\n    (void)x;",
        "ifs": "    " + "if (c) " * nested + "a++;",
        "elseif": "    if (c == 0) a++;\n" + "".join(f"    else if (c == {i}) a++;\n" for i in range(1, nested)),
        "while": "    " + "while (c) " * nested + "a++;",
        "labels": "\n".join(f"  L{i}:" for i in range(nested)) + "\n    a++;",
        "calls": "    int x = " + "Other(" * 200 + "c" + ")" * 200 + ";\n    (void)x;",
    }


@pytest.fixture(scope="module")
def deep_sources(tmp_path_factory):
    folder = tmp_path_factory.mktemp("deep")
    paths = []
    for name, body in deep_forms(20000).items():
        path = folder / f"deep_{name}.c"
        path.write_text(PROLOGUE + deep_function(f"Deep_{name}", body))
        paths.append(path)
    good = good_file(folder)
    return paths, good


@pytest.mark.parametrize("stack_kib, workers", [(None, "1"), (1024, "2")])
def test_deep_code_is_analysed_within_a_small_stack(deep_sources, stack_kib, workers):
    """ddicheck's own walks are iterative or bounded: code nested as deep as
    clang parses is analysed with the default stack (8 MB) and with 1 MB,
    which forked workers inherit (one worker with -j1, two with -j2)."""
    paths, good = deep_sources
    started = time.monotonic()
    result = run_with_stack(["--no-cache", f"-j{workers}", *map(str, paths), str(good)], stack_kib)
    elapsed = time.monotonic() - started
    print(f"\n{len(paths)} deep files, stack {stack_kib or 'default'} KiB, -j{workers}: {elapsed:.1f} s")
    stdout, stderr = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 1, stderr
    assert "killed by signal" not in stderr and "ended abnormally" not in stderr, stderr
    for path in paths:
        warnings = [line for line in stdout.splitlines() if line.startswith(f"{path}:") and UNCHECKED in line]
        assert len(warnings) == 1, f"{path.name}: {warnings}\n{stderr[-3000:]}"
    assert len([line for line in stdout.splitlines() if line.startswith(f"{good}:") and ": warning:" in line]) == 1


def test_code_deeper_than_clang_parses_costs_that_file_only(tmp_path):
    """20,000 nested '!' overflow libclang's own parser (clang -fsyntax-only
    crashes on it too): the worker that parses it dies, the file is named,
    and the other files are analysed."""
    deep = tmp_path / "deep_not.c"
    deep.write_text(PROLOGUE + deep_function("DeepNot", "    int x = " + "!" * 20000 + "c;\n    (void)x;"))
    good = good_file(tmp_path)
    for workers in ("1", "2"):
        result = run_ddicheck("--no-cache", f"-j{workers}", deep, good)
        assert result.returncode == 1, result.stderr
        assert len(findings_in(result, "good.c")) == 1
        analysed = len(findings_in(result, "deep_not.c")) == 1
        assert analysed or f"ddicheck: error: the worker analysing '{deep}' was killed by signal" in result.stderr
    alone = run_ddicheck("--no-cache", "-j1", deep)
    assert alone.returncode in (1, 2)
    if alone.returncode == 2:
        assert "nothing could be analysed" in alone.stderr


# ---- a 20 MB generated source ----


def generated_driver(target_bytes, seed_every=1000):
    """DPCs that take a spin lock and call a helper; every `seed_every`-th
    also calls IoGetDriverDirectory (irql-too-high) and comes with an
    unchecked IoGetDriverObjectExtension (unchecked-null-return)."""
    parts = ["#include <ntddk.h>\n",
             "typedef struct _DEV_EXT { KSPIN_LOCK Lock; ULONG Count; ULONG Flags; } DEV_EXT, *PDEV_EXT;\n",
             "static UCHAR ExtKey;\n"]
    size, count, seeded = sum(map(len, parts)), 0, 0
    while size < target_bytes:
        seed = count % seed_every == 0
        text = (f"KDEFERRED_ROUTINE Dpc{count};\n"
                f"static VOID Helper{count}(PDEV_EXT ext, ULONG value)\n{{\n"
                f"    if (ext->Flags & {count % 7 + 1}) {{\n        ext->Count += value;\n    }} else {{\n"
                f"        ext->Count -= value;\n    }}\n}}\n"
                f"VOID Dpc{count}(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)\n{{\n"
                f"    PDEV_EXT ext = (PDEV_EXT)Context;\n    KIRQL irql;\n    UNREFERENCED_PARAMETER(Dpc);\n"
                f"    UNREFERENCED_PARAMETER(Argument2);\n    KeAcquireSpinLock(&ext->Lock, &irql);\n"
                f"    Helper{count}(ext, {count});\n    KeReleaseSpinLock(&ext->Lock, irql);\n")
        if seed:
            text += ("    {\n        HANDLE directory;\n        IoGetDriverDirectory((PDRIVER_OBJECT)Argument1, "
                     "DriverDirectoryData, 0, &directory);\n    }\n")
        text += "}\n"
        if seed:
            text += (f"ULONG Unchecked{count}(PDRIVER_OBJECT DriverObject)\n{{\n"
                     f"    PDEV_EXT data = IoGetDriverObjectExtension(DriverObject, &ExtKey);\n"
                     f"    return data->Count;\n}}\n")
            seeded += 1
        parts.append(text)
        size += len(text)
        count += 1
    return "".join(parts), count, seeded


@pytest.mark.slow
def test_20_mb_generated_source(tmp_path):
    text, dpcs, seeded = generated_driver(20 * 1024 * 1024)
    big = tmp_path / "big.c"
    big.write_text(text)
    good = good_file(tmp_path)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    result = subprocess.run([str(ddicheck_path()), "--no-cache", "--stats", str(big), str(good)],
                            capture_output=True, text=True, timeout=3600)  # sanitizer builds take minutes
    elapsed = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"\n{len(text) / 2**20:.1f} MB, {dpcs} DPCs: {elapsed:.1f} s, {after.ru_utime - before.ru_utime:.1f} s CPU, "
          f"peak RSS of a process {after.ru_maxrss / 1024:.0f} MB")
    assert result.returncode == 1, result.stderr[-3000:]
    assert "files: 2 (2 parsed with zero errors" in result.stderr, result.stderr
    lines = result.stdout.splitlines()
    assert len([line for line in lines if line.startswith(f"{big}:") and "[irql-too-high]" in line]) == seeded
    assert len([line for line in lines if line.startswith(f"{big}:") and UNCHECKED in line]) == seeded
    assert len(findings_in(result, "good.c")) == 1
