#!/usr/bin/env bash
# Configures and builds with the default preset (Ninja, warnings as errors) into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"
