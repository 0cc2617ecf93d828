#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running ClusterDesk on the default database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -x build/ui/clusterdesk ]; then
  exec ./build/ui/clusterdesk "$@"
fi
# Without the desktop app: create the default database, replay the seed story in a demo database beside
# it and print its 2016 output summary.
cli=./build/src/cli/clusterdesk-cli
"$cli" init
data="${XDG_DATA_HOME:-$HOME/.local/share}/clusterdesk"
[ -f "$data/demo.sqlite" ] || "$cli" --db "$data/demo.sqlite" demo
"$cli" --db "$data/demo.sqlite" report --from 2016-01-01 --to 2016-12-31 --format csv
