"""A signal in the middle of a run, and what ddicheck writes: an -o report is
the old one or the complete new one, never a truncated one; the facts cache
is never corrupted; no temporary file or worker process is left behind; the
files analysed are never written."""
import hashlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from conftest import ROOT, ddicheck_path, run_ddicheck, unprivileged

TESTCASES = ROOT / "testcases"
FILES = 24

# One finding per file: a DPC (DISPATCH_LEVEL) calls a PASSIVE_LEVEL DDI.
DPC = """#include <ntddk.h>
KDEFERRED_ROUTINE Dpc{n};
VOID Dpc{n}(PKDPC a, PVOID b, PVOID c, PVOID d)
{{
    HANDLE h;
    IoGetDriverDirectory((PDRIVER_OBJECT)b, DriverDirectoryData, 0, &h);
}}
"""

OLD_REPORT = "an earlier report\n"


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """A driver of FILES files, and its SARIF report from a run without a cache."""
    folder = tmp_path_factory.mktemp("interrupt") / "driver"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"dpc{n}.c").write_text(DPC.format(n=n))
    reference = folder.parent / "reference.sarif"
    result = run_ddicheck("-j2", "--no-cache", "--format=sarif", "-o", reference, folder)
    assert result.returncode == 1, result.stderr
    assert len(json.loads(reference.read_text())["runs"][0]["results"]) == FILES
    return folder, reference.read_text()


def group_members(group):
    """The processes still in process group `group`."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def cache_files(cache):
    return [p for p in cache.rglob("*") if p.is_file()]


def assert_cache_sound(cache):
    """Every file of the cache is a whole entry where readers look, and the
    temporary folder is empty."""
    temporaries = cache / "tmp"
    assert not temporaries.exists() or not list(temporaries.iterdir()), "a temporary entry was left in the cache"
    for path in cache_files(cache):
        relative = path.relative_to(cache).as_posix()
        assert re.fullmatch(r"[0-9a-f]{2}/[0-9a-f]+\.json", relative), f"unexpected file in the cache: {relative}"
        entry = json.loads(path.read_text())
        assert entry["format"] == 1 and "file" in entry["result"], relative


def default_signals():
    """preexec_fn: SIGINT, SIGTERM and SIGHUP as a terminal gives them.  A
    pytest started in the background (`cmd &`, nohup) has them ignored, and
    ddicheck rightly keeps a signal ignored that it was started with."""
    for signo in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signo, signal.SIG_DFL)


def wait_until(condition, process):
    """Polls `condition` until it holds or the run ends; True when it held."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if condition():
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.005)
    pytest.fail("the run neither ended nor reached the point to interrupt it")


# When to send the signal, and to whom: the parent alone (kill PID: it must
# stop its workers) or the whole process group (Ctrl-C in a terminal).
CASES = [
    ("SIGINT", "at-start", "parent"),
    ("SIGINT", "first-entry", "parent"),
    ("SIGINT", "half-the-entries", "parent"),
    ("SIGINT", "first-entry", "group"),
    ("SIGTERM", "first-entry", "parent"),
]


@pytest.mark.parametrize("signal_name,moment,target", CASES)
def test_a_signal_mid_run_leaves_the_old_or_the_complete_report_and_a_sound_cache(tree, tmp_path, signal_name,
                                                                                  moment, target):
    folder, reference = tree
    signo = getattr(signal, signal_name)
    cache, temporary = tmp_path / "cache", tmp_path / "tmpdir"
    temporary.mkdir()
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    report = out_folder / "report.sarif"
    report.write_text(OLD_REPORT)
    command = [str(ddicheck_path()), "-j2", "--format=sarif", "-o", str(report), f"--cache-dir={cache}", str(folder)]
    process = subprocess.Popen(command, env={**os.environ, "TMPDIR": str(temporary)}, start_new_session=True,
                               preexec_fn=default_signals,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    entries = lambda: len([p for p in cache_files(cache) if p.suffix == ".json"]) if cache.exists() else 0
    conditions = {"at-start": lambda: True, "first-entry": lambda: entries() >= 1,
                  "half-the-entries": lambda: entries() >= FILES // 2}
    reached = wait_until(conditions[moment], process)
    if reached:
        (os.killpg if target == "group" else os.kill)(process.pid, signo)
    stdout, stderr = process.communicate(timeout=240)

    if process.returncode in (0, 1):  # it ended before the signal came
        assert moment == "half-the-entries", f"the run ended before {moment}: nothing was interrupted"
        assert report.read_text() == reference
    else:
        # Ended by the signal itself: a shell reports 128 + its number.
        assert process.returncode == -signo, f"exit status {process.returncode}: {stderr}"
        text = report.read_text()
        assert text == OLD_REPORT or text == reference, "the report is neither the old one nor the complete new one"
    assert sorted(p.name for p in out_folder.iterdir()) == ["report.sarif"], "a temporary report was left"
    assert not list(temporary.iterdir()), "the workers' folder or the header overlay was left in TMPDIR"
    assert group_members(process.pid) == [], "a worker outlived the run"
    assert_cache_sound(cache)

    # What the cache holds is right: a run from it reports exactly what a run
    # without a cache does.
    warm = run_ddicheck("-j2", "--format=sarif", "-o", report, f"--cache-dir={cache}", folder)
    assert warm.returncode == 1, warm.stderr
    assert report.read_text() == reference
    assert_cache_sound(cache)


def test_a_signal_in_a_single_process_run_cleans_up_too(tree, tmp_path):
    """-j1: the analysis runs in ddicheck's own process (libclang's thread)."""
    folder, reference = tree
    cache, temporary = tmp_path / "cache", tmp_path / "tmpdir"
    temporary.mkdir()
    report = tmp_path / "report.sarif"
    command = [str(ddicheck_path()), "-j1", "--format=sarif", "-o", str(report), f"--cache-dir={cache}", str(folder)]
    process = subprocess.Popen(command, env={**os.environ, "TMPDIR": str(temporary)}, stdout=subprocess.PIPE,
                               preexec_fn=default_signals,
                               stderr=subprocess.PIPE, text=True)
    assert wait_until(lambda: cache.exists() and any(p.suffix == ".json" for p in cache_files(cache)), process)
    os.kill(process.pid, signal.SIGINT)
    process.communicate(timeout=240)
    assert process.returncode == -signal.SIGINT
    assert not report.exists() and not list(tmp_path.glob(".report.sarif.*"))
    assert not list(temporary.iterdir())
    assert_cache_sound(cache)


def test_the_exit_status_a_shell_sees_is_128_plus_the_signal(tree, tmp_path):
    folder, _ = tree
    cache = tmp_path / "cache"
    shell = subprocess.Popen(["sh", "-c", f"{ddicheck_path()} -j2 --cache-dir={cache} {folder}; echo status=$?"],
                             preexec_fn=default_signals,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    # Ctrl-C in a terminal: the shell waits for ddicheck, which gets SIGINT.
    assert wait_until(lambda: cache.exists() and any(p.suffix == ".json" for p in cache_files(cache)), shell)
    children = Path(f"/proc/{shell.pid}/task/{shell.pid}/children").read_text().split()
    assert len(children) == 1 and os.readlink(f"/proc/{children[0]}/exe") == str(ddicheck_path().resolve())
    os.kill(int(children[0]), signal.SIGINT)
    stdout, _ = shell.communicate(timeout=240)
    assert stdout.endswith("status=130\n"), stdout


def snapshot(root):
    """Every file and folder under `root`: content hash, mode and times."""
    state = {}
    for path in [root, *sorted(root.rglob("*"))]:
        info = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        state[path.relative_to(root).as_posix()] = (digest, info.st_mode, info.st_mtime_ns, info.st_ctime_ns)
    return state


def make_read_only(root):
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def make_writable(root):
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_the_files_analysed_are_never_written(tmp_path):
    tree = tmp_path / "tree"
    # A few test cases: a driver of several files with its own database,
    # files with findings, a header.
    shutil.copytree(TESTCASES / "irql-too-high" / "dpc-chain-two-files", tree / "irql" / "dpc-chain")
    (tree / "null").mkdir()
    for name in ("cast-and-deref.c", "checked-in-if.c", "assert-only-check.c"):
        shutil.copy(TESTCASES / "unchecked-null-return" / name, tree / "null")
    # A compilation database, whose flags ask the compiler to write files
    # beside the sources (a dependency file, a database fragment).
    sources = sorted((tree / "null").glob("*.c"))
    entries = [{"directory": str(tree / "null"), "file": s.name,
                "arguments": ["clang", "-c", s.name, "-o", f"{s.stem}.o", "-MD", "-MF", f"{s.stem}.d",
                              "-MJ", f"{s.stem}.cdb.json", f"-MJ{s.stem}.joined.json",
                              "-gen-cdb-fragment-path", "fragments", "-Wp,-MD,wp.d", "-Wp,-MMD,wpm.d",
                              f"-MF{s.stem}.joined.d", "--write-dependencies"]} for s in sources]
    (tree / "build").mkdir()
    (tree / "build" / "compile_commands.json").write_text(json.dumps(entries))
    (tree / ".ddicheck.yaml").write_text("Checks: '*'\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    cache = f"--cache-dir={outside / 'cache'}"

    def runs():
        yield "plain", ["-j2", cache, "-o", outside / "report.txt", tree]
        yield "sarif", ["-j2", cache, "--format=sarif", "-o", outside / "report.sarif", tree]
        yield "database", [cache, "-p", tree / "build", "-o", outside / "database.txt"]
        yield "no cache, stdout", ["--no-cache", "--format=json", tree]
        for k in (1, 2):
            yield f"shard {k}", [cache, f"--shard={k}/2", "-o", outside / f"shard{k}.json", tree]
        yield "merge", ["merge", "-o", outside / "merged.txt", outside / "shard1.json", outside / "shard2.json"]
        yield "dump-config", ["--dump-config", tree / "null"]

    for writable in (False, True):
        if not writable:
            make_read_only(tree)
        before = snapshot(tree)
        try:
            for name, args in runs():
                result = run_ddicheck(*args, cwd=tree)
                assert result.returncode in (0, 1), f"{name}: {result.stderr}"
                assert snapshot(tree) == before, f"{name}: the analysed tree changed"
        finally:
            make_writable(tree)
    assert (outside / "merged.txt").read_text() == (outside / "report.txt").read_text()


def test_o_never_replaces_a_file_being_analysed(tmp_path):
    source = tmp_path / "dpc.c"
    source.write_text(DPC.format(n=0))
    before = source.read_bytes()
    result = run_ddicheck("--no-cache", "-o", source, tmp_path)
    assert result.returncode == 2 and str(source) in result.stderr and "being analysed" in result.stderr
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dpc.c"]


def test_o_failures_keep_the_old_report_and_are_reported_before_the_analysis(tmp_path):
    source = tmp_path / "src" / "dpc.c"
    source.parent.mkdir()
    # A parse error: an analysis prints a note about it.
    source.write_text(DPC.format(n=0) + "int broken = ;\n")
    old = tmp_path / "old.sarif"
    old.write_text(OLD_REPORT)
    # Nothing could be analysed: exit 2, the old report stays.
    result = run_ddicheck("--no-cache", "-o", old, tmp_path / "missing.c")
    assert result.returncode == 2 and old.read_text() == OLD_REPORT
    # A folder that does not exist, a file where a folder should be, a folder
    # as the report: exit 2 naming it, before any analysis (no notes of one).
    for target in (tmp_path / "no-such-folder" / "r.sarif", old / "r.sarif", tmp_path / "src"):
        result = run_ddicheck("--no-cache", "--format=sarif", "-o", target, source)
        assert result.returncode == 2, target
        assert f"cannot write '{target}'" in result.stderr and "note:" not in result.stderr, result.stderr
    assert old.read_text() == OLD_REPORT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sarif", "src"]
    assert sorted(p.name for p in source.parent.iterdir()) == ["dpc.c"]


def test_o_into_a_read_only_folder_is_an_error_naming_it_and_keeps_the_old_report(tmp_path):
    # Root is not stopped by file modes: ddicheck then runs as nobody, in a
    # folder nobody can reach (pytest's are private to their user).
    base = Path(tempfile.mkdtemp(prefix="ddicheck-read-only-")) if os.geteuid() == 0 else tmp_path
    try:
        base.chmod(0o755)
        temporary = base / "tmp"  # the header overlay's
        temporary.mkdir()
        temporary.chmod(0o777)
        source = base / "dpc.c"
        source.write_text(DPC.format(n=0) + "int broken = ;\n")
        source.chmod(0o644)
        folder = base / "reports"
        folder.mkdir()
        old = folder / "report.sarif"
        old.write_text(OLD_REPORT)
        old.chmod(0o666)  # the file is writable; its folder is not
        folder.chmod(0o555)
        result = subprocess.run([str(ddicheck_path()), "--no-cache", "--format=sarif", "-o", str(old), str(source)],
                                capture_output=True, text=True, timeout=300, preexec_fn=unprivileged(),
                                env={**os.environ, "TMPDIR": str(temporary)})
        if os.geteuid() == 0 and (result.returncode == 126 or "error while loading" in result.stderr):
            pytest.skip("nobody cannot run this build of ddicheck")
        assert result.returncode == 2, result.stderr
        assert result.stderr == f"ddicheck: error: cannot write '{old}': Permission denied\n"
        assert old.read_text() == OLD_REPORT
        assert sorted(p.name for p in folder.iterdir()) == ["report.sarif"]
        # The folder writable again, the same command writes the report.
        folder.chmod(0o777)
        result = subprocess.run([str(ddicheck_path()), "--no-cache", "--format=sarif", "-o", str(old), str(source)],
                                capture_output=True, text=True, timeout=300, preexec_fn=unprivileged(),
                                env={**os.environ, "TMPDIR": str(temporary)})
        assert result.returncode == 1, result.stderr
        assert len(json.loads(old.read_text())["runs"][0]["results"]) == 1
    finally:
        if base != tmp_path:
            shutil.rmtree(base)


def test_a_report_that_does_not_fit_leaves_the_old_one(tmp_path):
    """The file system fills up while the report is written: exit 2 with the
    reason, the old report as it was, no temporary file."""
    source = tmp_path / "dpc.c"
    source.write_text(DPC.format(n=0))
    full = tmp_path / "full"
    full.mkdir()
    # A private mount namespace with an 8 KiB file system (a SARIF report
    # with its rules' help is larger).
    script = (f"mount -t tmpfs -o size=8k tmpfs {full} || exit 99\n"
              f"printf old > {full}/report.sarif\n"
              f"{ddicheck_path()} --no-cache --format=sarif -o {full}/report.sarif {source}\n"
              f"echo status=$?; echo content=$(cat {full}/report.sarif); echo files=$(ls -A {full})")
    if not shutil.which("unshare"):
        pytest.skip("no unshare")
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=300)
    if "status=" not in result.stdout:
        pytest.skip(f"cannot mount a small file system here: {result.stderr.strip()}")
    assert "status=2\ncontent=old\nfiles=report.sarif\n" in result.stdout, result.stdout + result.stderr
    assert f"cannot write '{full}/report.sarif': No space left on device" in result.stderr


def test_o_to_a_device_writes_to_it(tmp_path):
    source = tmp_path / "dpc.c"
    source.write_text(DPC.format(n=0))
    result = run_ddicheck("--no-cache", "--format=json", "-o", "/dev/stdout", source)
    assert result.returncode == 1, result.stderr
    assert len(json.loads(result.stdout)["findings"]) == 1


def test_stale_temporary_entries_are_removed_and_fresh_ones_kept(tmp_path):
    source = tmp_path / "src" / "dpc.c"
    source.parent.mkdir()
    source.write_text(DPC.format(n=0))
    cache = tmp_path / "cache"
    assert run_ddicheck(f"--cache-dir={cache}", source).returncode == 1
    # What a worker killed (SIGKILL) while writing an entry leaves behind.
    stale, fresh = cache / "tmp" / "entry-stale1", cache / "tmp" / "entry-fresh1"
    for path in (stale, fresh):
        path.write_text('{"format": 1, "depend')
    two_hours_ago = time.time() - 2 * 3600
    os.utime(stale, (two_hours_ago, two_hours_ago))
    result = run_ddicheck(f"--cache-dir={cache}", "--stats", source)
    assert result.returncode == 1 and "units from the facts cache: 1" in result.stderr
    assert not stale.exists() and fresh.exists()


@pytest.mark.parametrize("flag", ["-Wp,-MD,dep.d", "-Wp,-MMD,dep.d", "-MD", "-MFdep.d", "--write-dependencies"])
def test_dependency_flags_of_a_compile_command_write_nothing(tmp_path, flag):
    """libclang would write the dependency file these ask for (-Wp,-MD,f
    relative to ddicheck's own folder); ddicheck drops them."""
    tree, cwd = tmp_path / "tree", tmp_path / "cwd"
    tree.mkdir()
    cwd.mkdir()
    (tree / "a.c").write_text("int f(void) { return 0; }\n")
    (tree / "compile_commands.json").write_text(json.dumps(
        [{"directory": str(tree), "file": "a.c", "arguments": ["clang", "-c", "a.c", "-o", "a.o", flag]}]))
    result = run_ddicheck("--no-cache", "-p", tree, tree / "a.c", cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tree.iterdir()) == ["a.c", "compile_commands.json"]
    assert list(cwd.iterdir()) == []
