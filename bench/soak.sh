#!/usr/bin/env bash
# Soak benchmark (issue 16): DURATION_S (1200) seconds of mixed load on one release server
# with the Milton Keynes demo: STREAMS (500) event streams open throughout, WORKERS (16)
# clients looping over map reads, tiles and writes (bench/soak/load.mjs). Prints the
# server's RSS after the WARMUP_S (60) warm-up and at the end, the errors, and p50/p99 per
# route group. Targets: RSS growth <= 10 % after warm-up, 0 errors. New pins go all over the
# city; WRITES_AT=spot puts them all in one small box instead (bench/soak/load.mjs).
# BENCH_NO_BUILD=1 skips the release build; RECORD=1 appends to bench/RESULTS.md.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$WAYMARK_ROOT"

command -v node >/dev/null || die "Node.js is needed for the soak benchmark"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

if [[ -z ${BENCH_NO_BUILD:-} ]]; then
    SQLX_OFFLINE=true cargo build --release -p waymark
fi
bin=target/release/waymark
db_url=$(fresh_db waymark_bench_soak)
DATABASE_URL=$db_url "$bin" migrate
DATABASE_URL=$db_url "$bin" seed --demo

mkdir -p bench/out
port=$(free_port)
base="http://127.0.0.1:$port"
# All the load comes from one address: the per-address write limit is turned off here.
DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port WAYMARK_WRITES_PER_MINUTE_PER_IP=0 \
    RUST_LOG=warn "$bin" serve >bench/out/soak-server.log 2>&1 &
server=$!
trap 'stop_pid "$server"' EXIT
wait_http "$base/readyz" "$server" 60

log "soak: ${DURATION_S:-1200} s, ${STREAMS:-500} streams, ${WORKERS:-16} workers, writes ${WRITES_AT:-spread}"
result=$(WAYMARK_URL=$base SERVER_PID=$server node bench/soak/load.mjs)

python3 - "$result" <<'PY' | tee bench/out/soak.md
import json, os, sys
r = json.loads(sys.argv[1])
ok = lambda c: "PASS" if c else "MISS"
growth = (r["rss_end_mb"] - r["rss_after_warmup_mb"]) / r["rss_after_warmup_mb"] * 100
errors = sum(g["errors"] for g in r["groups"].values()) + r["stream_errors"]
print(f"| soak, {r['duration_s']:.0f} s ({r['warmup_s']:.0f} s warm-up), {r['streams']} streams, {r['workers']} workers, writes {os.environ.get('WRITES_AT', 'spread')} | requests | errors | p50 (ms) | p99 (ms) |")
print("|---|--:|--:|--:|--:|")
for name, g in sorted(r["groups"].items()):
    print(f"| {name} | {g['count']} | {g['errors']} | {g['p50_ms']:.1f} | {g['p99_ms']:.1f} |")
print()
print(f"- RSS after warm-up {r['rss_after_warmup_mb']:.0f} MB, at the end {r['rss_end_mb']:.0f} MB: growth {growth:.1f} % (target <= 10 %): {ok(growth <= 10)}")
print(f"- errors {errors} (requests {errors - r['stream_errors']}, event streams {r['stream_errors']}) (target 0): {ok(errors == 0)}")
print(f"- events received on the streams: {r['events_received']}")
samples = ", ".join("%.0f" % s["rss_mb"] for s in r["samples"])
print(f"- RSS every 10 s (MB): {samples}")
PY

if [[ -n ${RECORD:-} ]]; then
    {
        printf '\n### Soak: %s UTC, %s\n\n' "$(date -u '+%Y-%m-%d %H:%M')" "$(git rev-parse --short HEAD)"
        printf 'Machine: %s cores, %s memory.\n\n' "$(nproc)" "$(free -h | awk '/Mem:/ {print $2}')"
        cat bench/out/soak.md
    } >>bench/RESULTS.md
fi
