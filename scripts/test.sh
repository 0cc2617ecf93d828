#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to every test run: installs, builds, runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default -j "$(nproc)"
