#!/usr/bin/env bash
# Live events benchmark (issue 8): SUBSCRIBERS (2000) event streams on one server while
# PINS (40) pins are posted, measuring the time from POST to receipt on every stream and
# counting any event lost; then PARTICIPANTS (200) workshop participants each post one pin
# within WINDOW_S (10) seconds, and a projector stream must receive all of them.
#
# Targets: p99 from POST to receipt <= 500 ms with no event lost; all 200 pins on the
# projector. Environment as above, plus BENCH_NO_BUILD=1; RECORD=1 appends to
# bench/RESULTS.md; DATABASE_URL picks the server (default: the local cluster).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$WAYMARK_ROOT"

command -v node >/dev/null || die "Node.js is needed for the events benchmark"
# Thousands of open connections on both ends.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

if [[ -z ${BENCH_NO_BUILD:-} ]]; then
    SQLX_OFFLINE=true cargo build --release -p waymark
fi
bin=target/release/waymark
db_url=$(fresh_db waymark_bench_events)
DATABASE_URL=$db_url "$bin" migrate
DATABASE_URL=$db_url "$bin" seed --demo
printf '%s\n' 'events benchmark facilitator' |
    DATABASE_URL=$db_url "$bin" user add --email facilitator@bench.invalid --role facilitator

mkdir -p bench/out
port=$(free_port)
base="http://127.0.0.1:$port"
# All the load comes from one address: the per-address write limit is turned off here.
DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port WAYMARK_WRITES_PER_MINUTE_PER_IP=0 \
    RUST_LOG=warn "$bin" serve >bench/out/events-server.log 2>&1 &
server=$!
trap 'stop_pid "$server"' EXIT
wait_http "$base/readyz" "$server" 60

cookies=$(mktemp)
curl -fsS -c "$cookies" -H 'content-type: application/json' \
    -d '{"email":"facilitator@bench.invalid","password":"events benchmark facilitator"}' \
    "$base/api/v1/auth/login" >/dev/null
code=$(curl -fsS -b "$cookies" -H 'content-type: application/json' -H 'x-requested-with: bench' \
    -d '{"title":"Events benchmark workshop"}' "$base/api/v1/plans/milton-keynes/workshops" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
rm -f "$cookies"

log "phase 1: ${SUBSCRIBERS:-2000} streams, ${PINS:-40} pins; phase 2: ${PARTICIPANTS:-200} participants in workshop $code"
result=$(WAYMARK_URL=$base WORKSHOP_CODE=$code node bench/events/load.mjs)
rss=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")

python3 - "$result" "$rss" <<'PY' | tee bench/out/events.md
import json, sys
r = json.loads(sys.argv[1]); rss_mb = int(sys.argv[2]) / 1024
ok = lambda c: "PASS" if c else "MISS"
print(f"| live events, {r['subscribers']} streams, {r['pins']} pins | value |")
print("|---|--:|")
print(f"| deliveries expected / received (distinct pins per stream) | {r['expected']} / {r['received']} |")
print(f"| duplicate deliveries (not counted as received) | {r['duplicates']} streams, {r['projector_duplicates']} projector |")
print(f"| POST to receipt p50 / p99 / max (ms) | {r['p50_ms']:.1f} / {r['p99_ms']:.1f} / {r['max_ms']:.1f} |")
print(f"| workshop: pins accepted / on the projector | {r['accepted']} / {r['on_projector']} of {r['participants']} (posted in {r['posted_in_s']:.1f} s) |")
print(f"| server peak RSS | {rss_mb:.0f} MB |")
print()
print(f"- p99 POST to receipt {r['p99_ms']:.1f} ms (target <= 500 ms): {ok(r['p99_ms'] <= 500)}")
print(f"- events lost: {r['lost']} (target 0): {ok(r['lost'] == 0 and r['post_errors'] == 0)}")
print(f"- workshop pins on the projector: {r['on_projector']} of {r['participants']}: {ok(r['on_projector'] == r['participants'] == r['accepted'])}")
PY

if [[ -n ${RECORD:-} ]]; then
    {
        printf '\n### Live events: %s UTC, %s\n\n' "$(date -u '+%Y-%m-%d %H:%M')" "$(git rev-parse --short HEAD)"
        printf 'Machine: %s cores, %s memory.\n\n' "$(nproc)" "$(free -h | awk '/Mem:/ {print $2}')"
        cat bench/out/events.md
    } >>bench/RESULTS.md
fi
