#!/usr/bin/env bash
# The whole test suite: install the dependencies, build, and run the tests
# (test cases with inline expectations, command-line tests) under pytest with
# Debian's Python, which has the clang bindings.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
/usr/bin/python3 -m pytest -q -p no:cacheprovider tests "$@"
scripts/fuzz --smoke  # the libFuzzer harnesses, under two minutes of fuzzing (README.md, "Fuzzing")
