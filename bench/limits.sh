#!/usr/bin/env bash
# Shared rate limits (issue 17, several nodes): Waymark POST with the write limits counted
# in PostgreSQL too (WAYMARK_SHARED_LIMITS=true, the default) against the same with each
# process counting alone (false), one after the other on the same database. The limit is
# set far above the load, so every request is counted and none refused; every request
# comes from 127.0.0.1, so all of them take their allowance from ONE row of `rate_limits`
# (the worst case: real clients spread over many rows). Prints the POST rate of each and
# their ratio; RECORD=1 appends them to bench/RESULTS.md.
#
#   BENCH_BIN=target/debug/waymark bench/limits.sh    measure a binary already built
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$WAYMARK_ROOT"

SECONDS_PER_PHASE=${BENCH_SECONDS:-15}
WARMUP_SECONDS=${BENCH_WARMUP:-3}
CLIENTS=${BENCH_CLIENTS:-32}
THREADS=2
OUT_DIR=bench/out/limits
DB_NAME=waymark_bench_limits

need_cmd wrk wrk
psql=$(pg_tool psql)

if [[ -n ${BENCH_BIN:-} ]]; then
    bin=$BENCH_BIN
else
    SQLX_OFFLINE=true nice -n 10 cargo build --release -p waymark
    bin=target/release/waymark
fi

db_url=$(fresh_db "$DB_NAME")
DATABASE_URL=$db_url "$bin" migrate
DATABASE_URL=$db_url "$bin" seed --demo
sql() { "$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1 -c "$1"; }

rm -rf "$OUT_DIR"
mkdir -p "$OUT_DIR"

# run SHARED: prints "rate p50_ms p99_ms refused" for one server with WAYMARK_SHARED_LIMITS=SHARED.
run() {
    local shared=$1 port base pid result
    port=$(free_port)
    base="http://127.0.0.1:$port"
    DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port WAYMARK_SHARED_LIMITS=$shared \
        WAYMARK_WRITES_PER_MINUTE_PER_IP=100000000 WAYMARK_WRITES_PER_MINUTE_PER_ACCOUNT=100000000 \
        "$bin" serve >"$OUT_DIR/server-$shared.log" 2>&1 &
    pid=$!
    wait_http "$base/readyz" "$pid" 60
    local url="$base/api/v1/plans/milton-keynes/contributions"
    if ((WARMUP_SECONDS > 0)); then
        wrk -t"$THREADS" -c"$CLIENTS" -d"${WARMUP_SECONDS}s" -s bench/ingest.lua "$url" >"$OUT_DIR/wrk-warmup-$shared.txt" 2>&1
    fi
    wrk -t"$THREADS" -c"$CLIENTS" -d"${SECONDS_PER_PHASE}s" --latency -s bench/ingest.lua \
        "$url" >"$OUT_DIR/wrk-$shared.txt" 2>&1
    stop_pid "$pid"
    result=$(grep '^BENCH ' "$OUT_DIR/wrk-$shared.txt") || die "wrk printed no BENCH line; see $OUT_DIR/wrk-$shared.txt"
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
    awk -v c="$(field created)" -v d="$(field duration_us)" -v p50="$(field p50_us)" \
        -v p99="$(field p99_us)" -v o="$(field other)" \
        'BEGIN { printf "%.0f %.2f %.2f %d\n", (d > 0 ? c / (d / 1e6) : 0), p50 / 1000, p99 / 1000, o }'
}

log "shared limits on: $CLIENTS clients, ${SECONDS_PER_PHASE}s"
read -r on_rate on_p50 on_p99 on_other <<<"$(run true)"
sql "DELETE FROM contributions WHERE title = 'Bench pin'"
sql "VACUUM ANALYZE contributions"
log "shared limits off: $CLIENTS clients, ${SECONDS_PER_PHASE}s"
read -r off_rate off_p50 off_p99 off_other <<<"$(run false)"
ratio=$(awk -v a="$on_rate" -v b="$off_rate" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')

report=$(
    printf '| POST, %d clients, %ds | rows/s | p50 ms | p99 ms | not 201 |\n' "$CLIENTS" "$SECONDS_PER_PHASE"
    printf '|---|---:|---:|---:|---:|\n'
    printf '| shared limits (PostgreSQL + governor) | %s | %s | %s | %s |\n' "$on_rate" "$on_p50" "$on_p99" "$on_other"
    printf '| per-process limits (governor only) | %s | %s | %s | %s |\n' "$off_rate" "$off_p50" "$off_p99" "$off_other"
    printf '\n- ratio shared/per-process rows/s: %s\n' "$ratio"
)
printf '%s\n' "$report"

if [[ ${RECORD:-0} == 1 ]]; then
    results=bench/RESULTS.md
    revision=$(git rev-parse --short HEAD 2>/dev/null || echo "no commit")
    [[ -z $(git status --porcelain 2>/dev/null) ]] || revision="$revision (with uncommitted changes)"
    [[ -z ${BENCH_BIN:-} ]] || revision="$revision, measuring the binary $BENCH_BIN"
    if ! grep -q '^## Shared rate limits' "$results"; then
        printf '\n## Shared rate limits (bench/limits.sh)\n\n%s\n' \
            "Waymark POST with the write limits counted in PostgreSQL as well as in each process (the default, right across several nodes) against each process counting alone; the limit far above the load, every request from one address, so one row of \`rate_limits\` takes every request (the worst case)." >>"$results"
    fi
    {
        printf '\n### %s, %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$revision"
        printf 'Machine: %s cores (%s), %s memory, PostgreSQL %s.\n\n' \
            "$(nproc)" "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
            "$(free -h | awk '/^Mem:/ { print $2 }')" "$(sql 'SHOW server_version' | cut -d' ' -f1)"
        printf '%s\n' "$report"
    } >>"$results"
    log "appended to $results"
fi
