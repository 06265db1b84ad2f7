#!/usr/bin/env bash
# Installs what ddicheck needs to build and test on Debian 12 (bookworm).
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config
  libclang-19-dev clang-19 libjson-c-dev
  libclang-rt-19-dev     # libFuzzer and the sanitizer runtimes (scripts/fuzz)
  mingw-w64-x86-64-dev
  python3-clang-19 python3-pytest
  libyaml-dev libxxhash-dev
  clang-tidy-19          # scripts/bench compares ddicheck with it
  neovim pre-commit git
  groff-base man-db
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

# Microsoft's SARIF validator, from npm, into .tools/ (not committed).  The
# SARIF tests run it on ddicheck's output.
root="$(cd "$(dirname "$0")/.." && pwd)"
validator="$root/.tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$validator" ]; then
  command -v npm >/dev/null || {
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm
  }
  npm install --silent --no-audit --no-fund --prefix "$root/.tools" @microsoft/sarif-multitool-linux@5.7.0
  chmod u+x "$validator"
fi
