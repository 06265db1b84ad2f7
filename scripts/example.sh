#!/usr/bin/env bash
# Quick start: install the dependencies, build ddicheck and run it on the
# example driver in examples/sample-driver (it has four seeded mistakes).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >/dev/null
status=0
build/ddicheck --stats examples/sample-driver || status=$?
# Exit code 1 means "findings", which is what the example is for.
[ "$status" -eq 1 ] && exit 0
exit "$status"
