"""The JSON form of the per-unit facts (IRQL graph, null facts), on its own:
tests/facts_json_probe.c built against the serialisers, with AddressSanitizer
and UndefinedBehaviorSanitizer when the compiler has them (so a leak or a bad
read on a malformed document fails the test too).

That a whole run gives the same findings when every unit's facts go through
JSON is tested by the test cases themselves, while checker/core/run.c hands
the facts over that way."""
import shutil
import subprocess

import pytest

from conftest import ROOT
from test_contracts import llvm_dir

CORE = ROOT / "checker" / "core"
PROBE_SOURCES = [ROOT / "tests" / "facts_json_probe.c"] + [
    CORE / name for name in ("irql_graph.c", "irql_graph_json.c", "null_summaries.c", "null_facts_json.c",
                             "json_read.c", "util.c", "findings.c", "irql.c", "sweep_queue.c")]
SANITIZERS = ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer"]


def json_c_flags():
    """Compiler and linker flags for json-c (pkg-config's, else the plain library)."""
    if shutil.which("pkg-config"):
        result = subprocess.run(["pkg-config", "--cflags", "--libs", "json-c"], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split()
    return ["-ljson-c"]


@pytest.fixture(scope="module")
def facts_json_probe(tmp_path_factory):
    compiler = shutil.which("cc")
    if not compiler:
        pytest.skip("no C compiler")
    llvm = llvm_dir()
    output = tmp_path_factory.mktemp("facts") / "facts_json_probe"
    command = [compiler, "-std=gnu11", "-D_GNU_SOURCE", "-Wall", "-Wextra", "-Werror", "-g", f"-I{llvm / 'include'}",
               *map(str, PROBE_SOURCES), f"-L{llvm / 'lib'}", "-lclang", f"-Wl,-rpath,{llvm / 'lib'}",
               *json_c_flags(), "-o", str(output)]
    result = subprocess.run(command[:1] + SANITIZERS + command[1:], capture_output=True, text=True, timeout=180)
    if result.returncode != 0:  # a compiler without the sanitizers' libraries
        result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return output


def run_probe(probe, mode):
    result = subprocess.run([str(probe), mode], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_facts_come_back_field_by_field(facts_json_probe):
    run_probe(facts_json_probe, "roundtrip")


def test_malformed_facts_are_refused_without_a_crash(facts_json_probe):
    output = run_probe(facts_json_probe, "malformed")
    assert "malformed variants tried" in output
    assert int(output.split()[0]) > 1000, output
