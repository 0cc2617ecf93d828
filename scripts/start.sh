#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running ClusterDesk on the default database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec ./build/ui/clusterdesk "$@"
