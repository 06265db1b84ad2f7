"""ddicheck as a pre-commit hook: Debian's real pre-commit runs our
.pre-commit-hooks.yaml from a local hook repository in a throwaway project,
offline, with the built ddicheck on PATH."""
import os
import re
import shutil
import subprocess

import pytest

from conftest import ROOT, ddicheck_path, fail_on_sanitizer_report
from test_cli import FLAGGED_DPC, mingw_flags, write_database

# FLAGGED_DPC with the bug outside its #ifdef: flagged with any flags.
BUGGY_DPC = FLAGGED_DPC.replace("#ifdef USE_DIRECTORY\n", "").replace("#endif\n", "")
WARNING = re.compile(r"^(\S+\.c):\d+:\d+: warning: .*\[irql-too-high\]$", re.MULTILINE)


class Project:
    """A git repository whose .pre-commit-config.yaml uses the ddicheck hook
    from a local hook repository holding a copy of ours."""

    def __init__(self, tmp_path):
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        (bin_dir / "ddicheck").symlink_to(ddicheck_path().resolve())
        home = tmp_path / "home"
        home.mkdir()
        self.env = {key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "PRE_COMMIT"))}
        self.env.update(PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}", HOME=str(home),
                        XDG_CONFIG_HOME=str(home / ".config"), PRE_COMMIT_HOME=str(tmp_path / "pre-commit-cache"),
                        GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.org",
                        GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.org")
        hooks = tmp_path / "hooks"
        self.init(hooks)
        shutil.copy(ROOT / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml")
        self.git(hooks, "add", ".pre-commit-hooks.yaml")
        self.git(hooks, "commit", "-q", "-m", "hooks")
        rev = self.git(hooks, "rev-parse", "HEAD").stdout.strip()

        self.root = tmp_path / "project"
        self.init(self.root)
        (self.root / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: ddicheck\n")
        self.git(self.root, "add", ".pre-commit-config.yaml")
        self.git(self.root, "commit", "-q", "-m", "pre-commit configuration")
        installed = self.run("pre-commit", "install")
        assert installed.returncode == 0, installed.stdout + installed.stderr

    def init(self, folder):
        folder.mkdir()
        self.git(folder, "init", "-q")

    def run(self, *command):
        result = subprocess.run(command, cwd=self.root, env=self.env, capture_output=True, text=True, timeout=300)
        fail_on_sanitizer_report(result.stdout + result.stderr, "the hook")
        return result

    def git(self, folder, *args):
        result = subprocess.run(["git", *args], cwd=folder, env=self.env, capture_output=True, text=True,
                                timeout=60)
        assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
        return result

    def write(self, name, text):
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path

    def commit(self, *names):
        """Stages `names` and commits them; returns (result, output), the
        hook's output being that of git commit."""
        self.git(self.root, "add", *names)
        result = self.run("git", "commit", "-m", "change")
        return result, result.stdout + result.stderr

    def commits(self):
        return int(self.git(self.root, "rev-list", "--count", "HEAD").stdout)


@pytest.fixture
def project(tmp_path):
    if not shutil.which("pre-commit"):
        pytest.fail("pre-commit is not installed: run scripts/install-deps.sh")
    return Project(tmp_path)


def test_hook_stops_a_commit_with_a_finding(project):
    project.write("dpc.c", BUGGY_DPC)
    result, output = project.commit("dpc.c")
    assert result.returncode != 0, output
    assert project.commits() == 1, "the commit went through"
    assert [match.group(1) for match in WARNING.finditer(output)] == ["dpc.c"], output
    assert "note: 'Dpc' is a DPC routine" in output


def test_hook_lets_a_clean_c_file_through(project):
    project.write("dpc.c", FLAGGED_DPC)  # the bug is under an #ifdef nothing defines
    result, output = project.commit("dpc.c")
    assert result.returncode == 0, output
    assert project.commits() == 2
    assert re.search(r"^ddicheck\.+Passed$", output, re.MULTILINE), output


def test_hook_is_not_passed_other_files(project):
    """A file that is not C is not passed: given the .txt, ddicheck would fail
    (it cannot parse it), and alone it leaves nothing to check."""
    project.write("notes.txt", BUGGY_DPC)
    result, output = project.commit("notes.txt")
    assert result.returncode == 0, output
    assert re.search(r"^ddicheck\.+\(no files to check\)Skipped$", output, re.MULTILINE), output
    project.write("more.txt", BUGGY_DPC)
    project.write("clean.c", FLAGGED_DPC)
    result, output = project.commit("more.txt", "clean.c")
    assert result.returncode == 0, output
    assert re.search(r"^ddicheck\.+Passed$", output, re.MULTILINE), output
    assert project.commits() == 3


def test_hook_joins_the_files_of_one_commit(project):
    """require_serial: one ddicheck gets every file, so a helper in one file is
    known to run in the DPC of another.  Without it, pre-commit splits more
    than 4 files among processes, one per CPU; TRAVIS=1 makes that 2 on any
    machine (pre_commit/languages/helpers.py), so the test can fail here."""
    project.env["TRAVIS"] = "1"
    names = []
    for n in range(4):
        project.write(f"dpc{n}.c", f"#include <ntddk.h>\nVOID Helper{n}(PDRIVER_OBJECT driver);\n"
                      f"KDEFERRED_ROUTINE Dpc{n};\nVOID Dpc{n}(PKDPC a, PVOID b, PVOID c, PVOID d)\n{{\n"
                      f"    Helper{n}((PDRIVER_OBJECT)b);\n}}\n")
        project.write(f"helper{n}.c", f"#include <ntddk.h>\nVOID Helper{n}(PDRIVER_OBJECT driver)\n{{\n"
                      "    HANDLE h;\n    IoGetDriverDirectory(driver, DriverDirectoryData, 0, &h);\n}\n")
        names += [f"dpc{n}.c", f"helper{n}.c"]
    result, output = project.commit(*names)
    assert result.returncode != 0, output
    assert sorted(match.group(1) for match in WARNING.finditer(output)) == [f"helper{n}.c" for n in range(4)], \
        output
    for n in range(4):
        assert f"dpc{n}.c:6:5: note: 'Dpc{n}' calls 'Helper{n}' here" in output


def test_hook_finds_the_compilation_database_by_walking_up(project):
    """The file's flags come from build/compile_commands.json above it: the
    database defines what puts the bug in (without it, the same file is clean:
    test_hook_lets_a_clean_c_file_through)."""
    source = project.write("src/dpc.c", FLAGGED_DPC)
    (project.root / "build").mkdir()
    write_database(project.root / "build", source, mingw_flags() + ["-DUSE_DIRECTORY"])
    result, output = project.commit("src/dpc.c")
    assert result.returncode != 0, output
    assert project.commits() == 1
    # The file is named as the database names it (here absolute).
    assert [(project.root / match.group(1)).resolve() for match in WARNING.finditer(output)] == [source.resolve()], \
        output
