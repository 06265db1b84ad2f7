#!/usr/bin/env bash
# Configures (once) and builds ddicheck into build/; with --sanitized, into
# build-asan/ with AddressSanitizer (LeakSanitizer included) and
# UndefinedBehaviorSanitizer, which the test suite also runs under.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") [ -f build/build.ninja ] || meson setup build
      ninja -C build ;;
  --sanitized)
      [ -f build-asan/build.ninja ] || meson setup build-asan -Db_sanitize=address,undefined
      ninja -C build-asan ;;
  *) echo "usage: $0 [--sanitized]" >&2; exit 2 ;;
esac
