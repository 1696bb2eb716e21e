#!/usr/bin/env bash
# Tiles that never wait on a write (issue 17): low-zoom (z8-z12) contributions tiles of a
# plan of BENCH_PINS (1,000,000) synthetic pins, walked by wrk for BENCH_SECONDS with no
# write (the reference), then again while BENCH_RATE (20) new pins per second arrive
# through the API. Each pin marks the bubble tiles that hold it stale; they are served
# stale while one re-render runs (for at most WAYMARK_TILE_STALE_MS).
#
# Printed: both p99s and their ratio. Target: p99 under writes <= 2x the p99 without.
# Environment: BENCH_PINS (1000000), BENCH_RATE (20), BENCH_SECONDS (30),
# BENCH_CONNECTIONS (32), BENCH_TILES (2000 random pins named the tiles), BENCH_NO_BUILD=1,
# BENCH_PROFILE (release); RECORD=1 appends to bench/RESULTS.md.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WAYMARK_ROOT"

PINS=${BENCH_PINS:-1000000}
RATE=${BENCH_RATE:-20}
SECONDS_PER_PHASE=${BENCH_SECONDS:-30}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
TILE_PINS=${BENCH_TILES:-2000}
THREADS=2
TARGET_RATIO=2
DB_NAME=waymark_bench_tiles_writes
WORK=bench/out/tiles-writes
PLAN=milton-keynes

need_cmd wrk wrk
need_cmd curl curl
psql=$(pg_tool psql)
bench_binary

pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        stop_pid "$pid"
    done
}
trap cleanup EXIT
rm -rf "$WORK"
mkdir -p "$WORK"

seed_pins "$bin" "$DB_NAME" "$PINS"
sql() { "$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1 "$@"; }

# The z8-z12 tiles under random pins, every zoom for each pin, deduplicated.
sql -c "SELECT setseed(0.17)" -c "SELECT DISTINCT z || '/' || floor((lon + 180) / 360 * 2 ^ z)::int || '/' ||
       floor((1 - ln(tan(radians(lat)) + 1 / cos(radians(lat))) / pi()) / 2 * 2 ^ z)::int
  FROM (SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat
          FROM contributions_public ORDER BY random() LIMIT $TILE_PINS) AS p
 CROSS JOIN generate_series(8, 12) AS z" | grep . | shuf --random-source=<(yes) >"$WORK/tiles.txt"
tiles=$(wc -l <"$WORK/tiles.txt")
# Where new pins land: random published pins' places, so that they fall in the plan.
sql -c "SELECT ST_X(geom) || ' ' || ST_Y(geom)
        FROM contributions_public ORDER BY random() LIMIT $((RATE * SECONDS_PER_PHASE * 2))" >"$WORK/places.txt"

port=$(free_port)
base="http://127.0.0.1:$port"
log "starting waymark on $base"
DATABASE_URL=$db_url WAYMARK_LISTEN="127.0.0.1:$port" WAYMARK_WRITES_PER_MINUTE_PER_IP=0 \
    WAYMARK_WRITES_PER_MINUTE_PER_ACCOUNT=0 "$bin" serve >"$WORK/waymark.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
wait_http "$base/readyz" "$server_pid" 60

# run_wrk NAME: wrk over the tile list; sets rps, p50, p99 (ms), errs.
run_wrk() {
    local name=$1 out=$WORK/wrk-$1.txt line
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_PHASE}s" --timeout 60s --latency \
        -s bench/tiles/walk.lua "$base" -- "$WORK/tiles.txt" /tiles/contributions/ .mvt "$THREADS" \
        >"$out" 2>&1 || die "wrk failed; see $out"
    line=$(grep '^BENCH ' "$out") || die "wrk printed no BENCH line; see $out"
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    read -r rps p50 p99 errs < <(awk -v r="$(field requests)" -v d="$(field duration_us)" \
        -v p50="$(field p50_us)" -v p99="$(field p99_us)" -v e="$(field status_errors)" \
        -v s="$(field socket_errors)" -v t="$(field timeouts)" 'BEGIN {
            printf "%.0f %.2f %.2f %d\n", (d > 0 ? (r - e) / (d / 1e6) : 0), p50 / 1000, p99 / 1000, e + s + t
        }')
    log "wrk $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errs errors"
}
counter() {
    curl -fsS "$base/metrics" | awk -v k="tile_cache_requests_total{result=\"$1\"}" '$1 == k { n = $2 } END { print n + 0 }'
}

log "warm-up: every tile once ($tiles tiles)"
w0=$(date +%s.%N)
sed "s|^|$base/tiles/contributions/|; s|$|.mvt|" "$WORK/tiles.txt" |
    xargs -P 2 -I{} curl -sS -o /dev/null -w '%{time_total}\n' -H 'Accept-Encoding: gzip' {} >"$WORK/cold.txt"
w1=$(date +%s.%N)
cold_max=$(sort -n "$WORK/cold.txt" | tail -n 1)
warm_s=$(awk -v a="$w0" -v b="$w1" 'BEGIN { printf "%.1f", b - a }')

run_wrk quiet
quiet_rps=$rps quiet_p50=$p50 quiet_p99=$p99 quiet_err=$errs

stale0=$(counter stale) miss0=$(counter miss)
# The writer: RATE posts a second, each on its own, for the whole window.
writer() {
    local i=0 lon lat interval
    interval=$(awk -v r="$RATE" 'BEGIN { printf "%.4f", 1 / r }')
    while read -r lon lat; do
        curl -sS -o /dev/null -w '%{http_code}\n' -H 'content-type: application/json' \
            -H 'x-requested-with: bench' --data-binary \
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[$lon,$lat]},\"properties\":{\"kind\":\"idea\",\"themes\":[\"community\"],\"title\":\"Bench pin $i\",\"body\":\"A pin that arrived while the map was busy.\"}}" \
            "$base/api/v1/plans/$PLAN/contributions" >>"$WORK/posts.txt" &
        i=$((i + 1))
        ((i < RATE * (SECONDS_PER_PHASE + 1))) || break
        sleep "$interval"
    done <"$WORK/places.txt"
    wait
}
writer &
writer_pid=$!
pids+=("$writer_pid")
sleep 1
run_wrk writes
wait "$writer_pid" || true
write_rps=$rps write_p50=$p50 write_p99=$p99 write_err=$errs
stale=$(($(counter stale) - stale0))
misses=$(($(counter miss) - miss0))
posted=$(grep -c '^201$' "$WORK/posts.txt" || true)
refused=$(grep -vc '^201$' "$WORK/posts.txt" || true)

ratio=$(awk -v a="$write_p99" -v b="$quiet_p99" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
verdict=$(awk -v r="$ratio" -v t="$TARGET_RATIO" 'BEGIN { print (r <= t) ? "PASS" : "MISS" }')
row() { printf '| %-34s | %9s | %8s | %8s | %6s |\n' "$@"; }
report=$(
    row "z8-12 tiles, $CONNECTIONS connections, ${SECONDS_PER_PHASE}s" "req/s" "p50 ms" "p99 ms" "errors"
    printf '|%s|%s|%s|%s|%s|\n' "------------------------------------" "----------:" "---------:" "---------:" "-------:"
    row "no write (reference)" "$quiet_rps" "$quiet_p50" "$quiet_p99" "$quiet_err"
    row "while $RATE pins/s arrive" "$write_rps" "$write_p50" "$write_p99" "$write_err"
    printf '\n'
    printf -- '- p99 under writes / without: %s (target <= %s): %s\n' "$ratio" "$TARGET_RATIO" "$verdict"
    printf -- '- pins posted meanwhile: %s answered 201, %s other; tile answers meanwhile: %s stale (at once, one re-render behind), %s rendered in the request\n' \
        "$posted" "$refused" "$stale" "$misses"
    printf -- '- tile list: %s z8-z12 tiles under %s random pins, gzip asked; warm-up pass (cold renders, 2 at a time) %s s, slowest %s s\n' \
        "$tiles" "$TILE_PINS" "$warm_s" "$cold_max"
    printf -- '- data: %s published pins; seed --synthetic %s took %s s; server built as %s\n' "$published" "$PINS" "$seed_s" "$PROFILE"
)
printf '\n%s\n' "$report"

if [[ ${RECORD:-} == 1 ]]; then
    results=bench/RESULTS.md
    revision=$(git rev-parse --short HEAD 2>/dev/null || echo "no commit")
    [[ -z $(git status --porcelain 2>/dev/null) ]] || revision="$revision (with uncommitted changes)"
    if ! grep -q '^## Tiles under writes (bench/tiles-writes.sh)' "$results"; then
        cat >>"$results" <<'EOF2'

## Tiles under writes (bench/tiles-writes.sh)

Issue 17: low-zoom tiles must not wait on writes. z8-z12 contributions tiles of a plan of
`seed --synthetic 1000000`, walked by wrk after one warm-up pass, with no write and then
while 20 new pins a second arrive through the API (each marks the bubble tiles holding it
stale: served at once while one re-render runs, for at most WAYMARK_TILE_STALE_MS, 2 s).
Target: p99 under writes at most 2x the p99 without.
EOF2
    fi
    {
        printf '\n### Tiles under writes: %s, %s, BENCH_PINS=%s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$revision" "$PINS"
        printf 'Machine: %s cores (%s), %s memory, PostgreSQL %s.\n\n' \
            "$(nproc)" "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
            "$(free -h | awk '/^Mem:/ { print $2 }')" "$(sql -c 'SHOW server_version' | cut -d' ' -f1)"
        printf '%s\n' "$report"
    } >>"$results"
    log "appended to $results"
fi
