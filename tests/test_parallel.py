"""Worker processes (-j), the facts cache and shards (--shard, ddicheck merge):
each must give exactly what one plain run gives."""
import json
import os
import re
import shutil
import subprocess
import threading

import pytest

from conftest import ROOT, ddicheck_path, run_ddicheck

TESTCASES = ROOT / "testcases"

# A DPC in one file calls a helper in another that calls a PASSIVE_LEVEL DDI:
# the finding needs the whole-program step to join the two files' facts.
DPC = ("#include <ntddk.h>\nVOID Helper(PDRIVER_OBJECT d);\nKDEFERRED_ROUTINE Dpc;\n"
       "VOID Dpc(PKDPC a, PVOID b, PVOID c, PVOID d)\n{\n    Helper((PDRIVER_OBJECT)b);\n}\n")
HELPER = ("#include <ntddk.h>\nVOID Helper(PDRIVER_OBJECT d)\n{\n"
          "    HANDLE h;\n    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h);\n}\n")


def driver(folder, files=8):
    """A driver of `files` files: pairs of DPC and helper, joined across files."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(files // 2):
        (folder / f"dpc{n}.c").write_text(DPC.replace("Helper", f"Helper{n}").replace("Dpc", f"Dpc{n}"))
        (folder / f"helper{n}.c").write_text(HELPER.replace("Helper", f"Helper{n}"))
    return folder


def run(*args, cwd=None):
    result = run_ddicheck(*args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return result


def report(result):
    """stdout, and stderr without the timing line."""
    return result.stdout, re.sub(r"ddicheck: time: .*\n", "", result.stderr)


def test_workers_give_the_same_output_in_the_same_order_whatever_their_number(tmp_path):
    one = run("--no-cache", "-j", "1", "--stats", TESTCASES)
    assert one.stdout.count("warning:") > 100
    for workers in ("3",):
        many = run("--no-cache", f"-j{workers}", "--stats", TESTCASES)
        assert report(many) == report(one), f"-j{workers} differs from -j1"


def test_cross_file_finding_with_workers(tmp_path):
    folder = driver(tmp_path / "drv")
    result = run("--no-cache", "-j", "4", "--format=json", folder)
    findings = json.loads(result.stdout)["findings"]
    assert sorted(f["location"]["file"].rsplit("/", 1)[1] for f in findings) == [
        "helper0.c", "helper1.c", "helper2.c", "helper3.c"]
    assert all(len(f["notes"]) >= 2 for f in findings)


def cache_entries(cache):
    return sorted(p for p in cache.rglob("*.json"))


def test_warm_run_takes_every_unit_from_the_cache_and_reports_the_same(tmp_path):
    cache = tmp_path / "cache"
    cold = run(f"--cache-dir={cache}", "--stats", TESTCASES)
    assert "units from the facts cache: 0" in cold.stderr
    entries = cache_entries(cache)
    assert entries, "the cold run stored nothing"
    warm = run(f"--cache-dir={cache}", "--stats", TESTCASES)
    files = int(re.search(r"files: (\d+)", warm.stderr).group(1))
    assert f"units from the facts cache: {files}" in warm.stderr
    assert warm.stdout == cold.stdout
    assert report(warm)[1].replace(f"cache: {files}", "cache: 0") == report(cold)[1]


def test_a_changed_header_or_file_is_analysed_again(tmp_path):
    folder = driver(tmp_path / "drv", files=4)
    header = folder / "shared.h"
    header.write_text("#define LEVEL 0\n")
    helper = folder / "helper0.c"
    helper.write_text('#include "shared.h"\n' + HELPER)
    cache = tmp_path / "cache"
    first = run(f"--cache-dir={cache}", "--stats", folder)
    assert first.returncode == 1
    # Unchanged: all four from the cache.
    assert "units from the facts cache: 4" in run(f"--cache-dir={cache}", "--stats", folder).stderr
    # The header changes: the one file that includes it is analysed again.
    header.write_text("#define LEVEL 1\n")
    again = run(f"--cache-dir={cache}", "--stats", folder)
    assert "units from the facts cache: 3" in again.stderr
    # The file changes so the bug is gone: its finding is gone too.
    helper.write_text('#include <ntddk.h>\n#include "shared.h"\n'
                      "VOID Helper0(PDRIVER_OBJECT d) { UNREFERENCED_PARAMETER(d); }\n")
    fixed = run(f"--cache-dir={cache}", "--stats", "--format=json", folder)
    assert "units from the facts cache: 3" in fixed.stderr
    files = [f["location"]["file"] for f in json.loads(fixed.stdout)["findings"]]
    assert str(helper) not in files and len(files) == 1


def test_other_checks_or_contracts_are_other_entries(tmp_path):
    folder = driver(tmp_path / "drv", files=2)
    cache = tmp_path / "cache"
    assert run(f"--cache-dir={cache}", folder).returncode == 1
    only_null = run(f"--cache-dir={cache}", "--stats", "--checks=-*,unchecked-null-return", folder)
    assert only_null.returncode == 0 and "units from the facts cache: 0" in only_null.stderr
    (folder / ".ddicheck.yaml").write_text("Contracts:\n  - Function: Helper0\n    MaxIrql: PASSIVE_LEVEL\n")
    configured = run(f"--cache-dir={cache}", "--stats", folder)
    assert "units from the facts cache: 0" in configured.stderr


def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path):
    folder = driver(tmp_path / "drv", files=2)
    cache = tmp_path / "cache"
    expected = run(f"--cache-dir={cache}", folder)
    entries = cache_entries(cache)
    assert len(entries) == 2
    entries[0].write_text('{"format": 1, "dependencies": [], "result": {"file": 3')
    entries[1].write_bytes(b"\x00\xff garbage")
    damaged = run(f"--cache-dir={cache}", "--stats", folder)
    assert damaged.stdout == expected.stdout
    assert "units from the facts cache: 0" in damaged.stderr
    assert all(json.loads(entry.read_text())["format"] == 1 for entry in cache_entries(cache))
    assert "units from the facts cache: 2" in run(f"--cache-dir={cache}", "--stats", folder).stderr


def test_a_result_that_is_not_a_unit_result_is_an_error_not_a_crash(tmp_path):
    folder = driver(tmp_path / "drv", files=2)
    cache = tmp_path / "cache"
    run(f"--cache-dir={cache}", folder)
    for entry in cache_entries(cache):
        document = json.loads(entry.read_text())
        document["result"]["findings"] = [{"check": "no-such-check"}]
        entry.write_text(json.dumps(document))
    result = run_ddicheck(f"--cache-dir={cache}", folder)
    assert result.returncode == 2 and "malformed" in result.stderr


def test_concurrent_runs_share_the_cache(tmp_path):
    folder = driver(tmp_path / "drv", files=8)
    cache = tmp_path / "cache"
    expected = run("--no-cache", folder).stdout
    outputs = []

    def one_run():
        outputs.append(run_ddicheck(f"--cache-dir={cache}", "-j2", folder))

    threads = [threading.Thread(target=one_run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [o.stdout for o in outputs] == [expected] * 4
    assert not list((cache / "tmp").iterdir()), "a temporary entry was left behind"
    assert all(p.suffix == ".json" for p in cache.rglob("*") if p.is_file())
    assert "units from the facts cache: 8" in run(f"--cache-dir={cache}", "--stats", folder).stderr


def test_shards_merge_into_exactly_one_run(tmp_path):
    cache = tmp_path / "cache"  # the shards fill it; the one run then reads it
    shards = []
    for k in (1, 2, 3):
        shard = tmp_path / f"shard{k}.json"
        result = run_ddicheck(f"--cache-dir={cache}", f"--shard={k}/3", "-o", shard, TESTCASES)
        assert result.returncode == 0 and result.stdout == "", result.stderr
        shards.append(shard)
    for fmt in ("text", "json"):
        whole = run(f"--cache-dir={cache}", f"--format={fmt}", TESTCASES)
        merged = run("merge", f"--format={fmt}", *reversed(shards))
        assert merged.stdout == whole.stdout
        assert merged.returncode == whole.returncode


def test_cross_file_finding_survives_sharding(tmp_path):
    folder = driver(tmp_path / "drv", files=4)
    whole = run("--no-cache", folder)
    assert whole.stdout.count("warning:") == 2
    shards = [tmp_path / "a.json", tmp_path / "b.json"]
    for k, shard in enumerate(shards, 1):
        assert run_ddicheck("--no-cache", "--shard", f"{k}/2", "-o", shard, folder).returncode == 0
    # Each shard holds only half the files: dpc0.c and helper0.c are apart.
    units = [len(json.loads(s.read_text())["units"]) for s in shards]
    assert units == [2, 2]
    assert run("merge", *shards).stdout == whole.stdout


def test_merge_refuses_incomplete_or_mixed_shards(tmp_path):
    folder = driver(tmp_path / "drv", files=4)
    a, b, c, other = (tmp_path / n for n in ("a.json", "b.json", "c.json", "other.json"))
    for k, shard in ((1, a), (2, b)):
        assert run_ddicheck("--no-cache", f"--shard={k}/2", "-o", shard, folder).returncode == 0
    assert run_ddicheck("--no-cache", "--shard=1/3", "-o", other, folder).returncode == 0
    missing = run_ddicheck("merge", a)
    assert missing.returncode == 2 and "shard 2/2 is missing" in missing.stderr
    twice = run_ddicheck("merge", a, a, b)
    assert twice.returncode == 2 and "given twice" in twice.stderr
    mixed = run_ddicheck("merge", a, other)
    assert mixed.returncode == 2 and "another run" in mixed.stderr
    c.write_text("not json")
    broken = run_ddicheck("merge", a, c)
    assert broken.returncode == 2 and str(c) in broken.stderr
    assert run_ddicheck("--shard=3/2", "-o", c, folder).returncode == 2
    assert run_ddicheck("--shard=1/2", folder).returncode == 2  # a shard needs -o


def test_bad_worker_counts_are_usage_errors():
    for value in ("0", "x", "2000"):
        result = run_ddicheck("-j", value, TESTCASES)
        assert result.returncode == 2 and "-j" in result.stderr
