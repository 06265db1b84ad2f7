#!/usr/bin/env bash
# The whole test suite: install the dependencies, build, and run the tests
# (test cases with inline expectations, command-line tests) under pytest with
# Debian's Python, which has the clang bindings; then all of them again on the
# sanitized build (build-asan/: ASan, LSan, UBSan), where a sanitizer report
# fails the test it appears in.  Arguments go to pytest, for both runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
scripts/build.sh --sanitized
status=0
DDICHECK_BUILD_DIR="$PWD/build" /usr/bin/python3 -m pytest -q -p no:cacheprovider tests "$@" || status=$?
echo "== the same tests on the sanitized build (build-asan/)"
DDICHECK_BUILD_DIR="$PWD/build-asan" /usr/bin/python3 -m pytest -q -p no:cacheprovider tests "$@" || status=$?
echo "== the libFuzzer harnesses: a smoke run of under two minutes (README.md, \"Fuzzing\")"
scripts/fuzz --smoke || status=$?
exit "$status"
