#!/usr/bin/env bash
# make bench-ui: builds the web app, serves the Milton Keynes demo from a fresh
# `waymark_bench_ui` database like tests/e2e/run.sh does, and runs ui.mjs, which prints the
# gzipped JS+CSS size of map-ui/dist and the median time from navigation to the map's
# first `idle` over 5 loads in headless Chromium. WAYMARK_BIN picks another binary
# (default: the debug build, as the browser tests use).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$WAYMARK_ROOT"

E2E_DIR=tests/e2e
OUT_DIR=target/bench-ui
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}

[[ -x $CHROMIUM ]] || apt_install chromium
command -v node >/dev/null || die "Node.js 20 or later is needed"

# playwright-core comes from the browser tests' packages.
installed=$E2E_DIR/node_modules/.package-lock.json
if [[ ! -f $installed || $E2E_DIR/package.json -nt $installed || $E2E_DIR/package-lock.json -nt $installed ]]; then
    (cd "$E2E_DIR" && npm ci --no-audit --no-fund) >&2
fi

make ui >&2
if [[ -z ${WAYMARK_BIN:-} ]]; then
    SQLX_OFFLINE=true cargo build -p waymark >&2
    WAYMARK_BIN=target/debug/waymark
fi

db_url=$(fresh_db waymark_bench_ui)
DATABASE_URL=$db_url "$WAYMARK_BIN" migrate >&2
DATABASE_URL=$db_url "$WAYMARK_BIN" seed --demo >&2

mkdir -p "$OUT_DIR"
port=$(free_port)
base="http://127.0.0.1:$port"
DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port "$WAYMARK_BIN" serve >"$OUT_DIR/server.log" 2>&1 &
server_pid=$!
trap 'stop_pid "$server_pid"' EXIT
wait_http "$base/readyz" "$server_pid" 60

WAYMARK_URL=$base node map-ui/bench/ui.mjs
