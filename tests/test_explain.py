"""--explain prints a check's page, from the source tree and when installed;
the man page renders cleanly and documents every option --help lists."""
import os
import re
import shutil
import subprocess

import pytest

from conftest import BUILD, ROOT, fail_on_sanitizer_report, run_ddicheck


def registered_checks():
    result = run_ddicheck("--list-checks")
    assert result.returncode == 0, result.stderr
    return [line.split("\t", 1)[0] for line in result.stdout.splitlines()]


def test_explain_prints_every_checks_page():
    checks = registered_checks()
    assert checks
    for check in checks:
        page = (ROOT / "rules" / f"{check}.md").read_text()
        for option in (["--explain", check], [f"--explain={check}"]):
            result = run_ddicheck(*option)
            assert result.returncode == 0, result.stderr
            assert result.stdout == page, f"{' '.join(option)} does not print rules/{check}.md"


def test_explain_unknown_check_lists_the_valid_ids():
    result = run_ddicheck("--explain", "irql-too-low")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "'irql-too-low' is not a check id" in result.stderr
    listed = re.search(r"valid check ids: (.*)", result.stderr).group(1).split()
    assert listed == registered_checks()


def test_explain_needs_a_check_id():
    result = run_ddicheck("--explain")
    assert result.returncode == 2
    assert "--explain needs a check id" in result.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """`meson install --destdir` of the build: the root it was installed into."""
    if not shutil.which("meson"):
        pytest.fail("meson is not installed: run scripts/install-deps.sh")
    destdir = tmp_path_factory.mktemp("install")
    result = subprocess.run(["meson", "install", "-C", str(BUILD), "--no-rebuild", "--quiet", "--destdir",
                             str(destdir)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return destdir


def installed_file(root, pattern):
    found = sorted(root.rglob(pattern))
    assert len(found) == 1, f"{pattern} installed {len(found)} times under {root}"
    return found[0]


def test_installed_binary_finds_its_installed_pages(installed):
    binary = installed_file(installed, "bin/ddicheck")
    pages = installed_file(installed, "share/ddicheck/pages")
    env = {key: value for key, value in os.environ.items() if key != "DDICHECK_DATA_DIR"}
    for check in registered_checks():
        page = pages / f"{check}.md"
        assert page.is_file(), f"{check}.md is not installed: list it in meson.build"
        # A line only the installed copy has: the page read is that copy, not
        # the source tree's.
        page.write_text(page.read_text() + f"\ninstalled copy of {check}\n")
        result = subprocess.run([str(binary), "--explain", check], capture_output=True, text=True, env=env,
                                timeout=60)
        fail_on_sanitizer_report(result.stderr)
        assert result.returncode == 0, result.stderr
        assert result.stdout == page.read_text()


def man_text(page):
    """The man page's source as plain text: hyphens unescaped, font changes
    and zero-width escapes dropped."""
    text = page.read_text()
    text = re.sub(r"\\f(\[[^]]*\]|\(..|.)", "", text)
    text = re.sub(r"\\(&|\||c|\^)", "", text)
    return text.replace("\\-", "-").replace("\\(aq", "'")


def built_man_page():
    page = BUILD / "ddicheck.1"
    assert page.is_file(), f"{page} is missing: meson generates it from doc/ddicheck.1.in (reconfigure the build)"
    return page


def test_man_page_renders_without_warnings():
    page = built_man_page()
    result = subprocess.run(["groff", "-man", "-ww", "-z", str(page)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    result = subprocess.run(["man", "--warnings", "-l", str(page)], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"})
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "EXIT STATUS" in result.stdout and "@VERSION@" not in page.read_text()


def help_options():
    result = run_ddicheck("--help")
    assert result.returncode == 0
    options = set()
    for line in result.stdout.splitlines():
        if re.match(r"\s+-", line):
            synopsis = re.split(r"\s{2,}", line.strip())[0]
            options.update(re.findall(r"(?<![\w-])--?[A-Za-z][\w-]*", synopsis))
    return options


def test_man_page_documents_every_option_of_help():
    text = man_text(built_man_page())
    options = help_options()
    assert {"-p", "--checks", "--explain", "--help"} <= options
    missing = sorted(option for option in options
                     if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text))
    assert not missing, f"doc/ddicheck.1.in does not document {missing}"


def test_man_page_lists_every_check():
    text = man_text(built_man_page())
    checks_section = text.split(".SH CHECKS", 1)[1].split(".SH", 1)[0]
    missing = [check for check in registered_checks() if f".B {check}\n" not in checks_section]
    assert not missing, f"the CHECKS section of doc/ddicheck.1.in does not list {missing}"


def test_man_page_is_installed(installed):
    page = installed_file(installed, "man1/ddicheck.1")
    assert page.read_text() == built_man_page().read_text()
