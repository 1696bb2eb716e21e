#!/usr/bin/env bash
# Tile benchmark: Waymark's /tiles/contributions against martin serving the same public
# contributions from the same database, and against nginx serving Waymark's own tiles as
# static files (the practical upper bound), on BENCH_PINS (1,000,000) synthetic pins.
#
#   list   every z0-z8 tile over the plan's bbox, then z9-z16 tiles named by randomly
#          drawn pins at a random zoom (density-weighted), topped up with tiles drawn
#          uniformly over the bbox; deduplicated (bench/tiles/tilelist.py)
#   pass   Waymark (cache on) fetches the whole list once with gzip: the warm-up, the
#          bytes per tile, and the files nginx serves (bench/out/static/z/x/y.mvt.gz)
#   warm   wrk over the whole list: Waymark (cache on), nginx, martin (cache on, after
#          its own warm-up pass)
#   cold   wrk over the z13-z16 tiles of the list: Waymark with WAYMARK_TILE_CACHE_MB=0
#          against martin with `cache: disable`
#   checks ~50 z13-z16 tiles decoded from both servers must hold the same pins (Waymark's
#          crowded cells as bubbles, bench/tiles/compare.py); the
#          largest z0-z12 tile; Waymark's memory under the warm run
#
# Targets (issue 5): warm >= 0.8x nginx requests/s and p99 <= nginx p99 + 2 ms; cold
# z13-z16 >= 1.0x martin requests/s; z0-z12 tiles <= 50 KB gzipped; RSS <= 300 MB.
# Environment: BENCH_PINS (1000000), BENCH_SECONDS (15), BENCH_CONNECTIONS (64),
# BENCH_TILES (2000), BENCH_SAMPLE (50), BENCH_WAYMARK_CACHE_MB (unset: the server's
# default), BENCH_MARTIN_CACHE_MB (4096, so that martin keeps every tile of the list),
# BENCH_BIG_CACHE_MB (2048: one more, informational warm run of Waymark with a tile cache
# that holds the whole list, to tell the hot path from the cache's size; 0 skips it),
# BENCH_NO_BUILD=1 (use target/release/waymark as it is), MARTIN_VERSION (1.14.0, the
# newest that builds with this toolchain); RECORD=1 appends to bench/RESULTS.md;
# DATABASE_URL picks the server (default: the local cluster).
# A MISS, a failed request under load or a tile that differs is reported, not an error;
# the exit status is non-zero only when the run itself went wrong (a build, a server that
# does not start, or a fetch pass that does not get every tile).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$WAYMARK_ROOT"

PINS=${BENCH_PINS:-1000000}
SECONDS_PER_PHASE=${BENCH_SECONDS:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
TILE_COUNT=${BENCH_TILES:-2000}
SAMPLE=${BENCH_SAMPLE:-50}
WAYMARK_CACHE_MB=${BENCH_WAYMARK_CACHE_MB:-}
MARTIN_CACHE_MB=${BENCH_MARTIN_CACHE_MB:-4096}
BIG_CACHE_MB=${BENCH_BIG_CACHE_MB:-2048}
MARTIN_VERSION=${MARTIN_VERSION:-1.14.0}
THREADS=2
FETCH_PARALLEL=4
WRK_TIMEOUT=60s
TARGET_WARM_RATIO=0.8
TARGET_P99_SLACK_MS=2
TARGET_COLD_RATIO=1.0
TARGET_LOWZOOM_KB=50
TARGET_RSS_MB=300
DB_NAME=waymark_bench_tiles
OUT=bench/out
WORK=$OUT/tiles
STATIC=$OUT/static
TOOLS=bench/tools
LIST=$OUT/tiles.txt
COLD_LIST=$OUT/tiles-z13-16.txt

# --- Tools -----------------------------------------------------------------------------
need_cmd wrk wrk
need_cmd curl curl
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || apt_install nginx-light
nginx=$(command -v nginx || echo /usr/sbin/nginx)
psql=$(pg_tool psql)

python=$TOOLS/venv/bin/python
if ! "$python" -c 'import mapbox_vector_tile' 2>/dev/null; then
    log "making a Python venv with mapbox-vector-tile in $TOOLS/venv"
    rm -rf "$TOOLS/venv"
    /usr/bin/python3 -m venv "$TOOLS/venv" 2>/dev/null || {
        apt_install python3-venv
        /usr/bin/python3 -m venv "$TOOLS/venv"
    }
    "$TOOLS/venv/bin/pip" install -q mapbox-vector-tile >&2
fi

if [[ -z ${BENCH_NO_BUILD:-} ]]; then
    SQLX_OFFLINE=true nice -n 10 cargo build --release -p waymark
fi
bin=target/release/waymark
[[ -x $bin ]] || die "$bin is missing (BENCH_NO_BUILD is set, or the build failed)"

martin=$TOOLS/bin/martin
if [[ ! -x $martin ]]; then
    log "building martin $MARTIN_VERSION into $TOOLS (once; about half an hour on 2 cores)"
    CARGO_TARGET_DIR=$TOOLS/target nice -n 10 cargo install martin --version "$MARTIN_VERSION" \
        --locked --no-default-features --features postgres --root "$TOOLS"
    rm -rf "$TOOLS/target" # about 900 MB of build products, of no use once installed
fi

# --- Servers and helpers ---------------------------------------------------------------
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        stop_pid "$pid"
    done
}
trap cleanup EXIT

rm -rf "$WORK" "$STATIC" "$OUT/nginx" "$LIST" "$COLD_LIST"
mkdir -p "$WORK" "$STATIC"

# start_waymark NAME [CACHE_MB]: serves on a free port; sets server_pid and base.
start_waymark() {
    local name=$1 cache_mb=${2:-} port env=()
    port=$(free_port)
    base="http://127.0.0.1:$port"
    [[ -z $cache_mb ]] || env=(WAYMARK_TILE_CACHE_MB="$cache_mb")
    log "starting waymark ($name, tile cache ${cache_mb:-default} MB) on $base"
    env "${env[@]}" DATABASE_URL="$db_url" WAYMARK_LISTEN="127.0.0.1:$port" \
        "$bin" serve >"$WORK/waymark-$name.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    wait_http "$base/readyz" "$server_pid" 60
}

# start_martin NAME CACHE_MB: 0 turns martin's tile cache off; sets server_pid and base.
start_martin() {
    local name=$1 cache_mb=$2 port log_file=$WORK/martin-$1.log
    port=$(free_port)
    base="http://127.0.0.1:$port"
    log "starting martin ($name, tile cache $cache_mb MB) on $base"
    MARTIN_LISTEN="127.0.0.1:$port" MARTIN_DATABASE_URL="$db_url" MARTIN_CACHE_MB="$cache_mb" \
        RUST_LOG=warn,martin::config::file::cache=info "$martin" --config bench/tiles/martin.yaml >"$log_file" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    wait_http "$base/health" "$server_pid" 120
    if ((cache_mb == 0)); then
        grep -q 'Tile caching is disabled' "$log_file" || die "martin did not say its tile cache is off; see $log_file"
    fi
}

start_nginx() {
    local port prefix=$WAYMARK_ROOT/$OUT/nginx user=""
    port=$(free_port)
    base="http://127.0.0.1:$port"
    mkdir -p "$prefix/tmp"
    [[ $(id -u) -ne 0 ]] || user="user root;"
    cat >"$prefix/nginx.conf" <<EOF
# Written by bench/tiles.sh: Waymark's tiles as pre-compressed static files.
$user
daemon off;
worker_processes 2;
pid $prefix/nginx.pid;
error_log $prefix/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    types { application/vnd.mapbox-vector-tile mvt; }
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:$port;
        root $WAYMARK_ROOT/$STATIC;
        gzip_static on;
    }
}
EOF
    log "starting nginx on $base (config: $prefix/nginx.conf)"
    "$nginx" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" >"$WORK/nginx.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    local deadline=$((SECONDS + 20))
    until port_in_use "$port"; do
        kill -0 "$server_pid" 2>/dev/null || die "nginx exited; see $prefix/error.log"
        ((SECONDS < deadline)) || die "nginx did not listen on $port within 20s"
        sleep 0.1
    done
}

stop_server() {
    stop_pid "$server_pid"
}

# fetch LIST URL_PREFIX URL_SUFFIX DEST_DIR LAYOUT RESULTS: fetches every tile of LIST
# with gzip, FETCH_PARALLEL at a time, into DEST_DIR as z/x/y.mvt.gz (LAYOUT=static) or
# z-x-y.mvt (LAYOUT=flat), or nowhere (DEST_DIR=-); RESULTS gets `z/x/y status bytes
# seconds` lines. Every file exists afterwards, empty for an empty (204) tile. Fails on
# any other status.
fetch() {
    local list=$1 prefix=$2 suffix=$3 dest=$4 layout=$5 results=$6 cfg
    cfg=$WORK/curl-$(basename "$results").cfg
    awk -v pre="$prefix" -v suf="$suffix" -v dest="$dest" -v layout="$layout" '{
        file = (layout == "static") ? $1 ".mvt.gz" : $1 ".mvt"
        if (layout != "static") gsub("/", "-", file)
        printf "url = \"%s%s%s\"\noutput = \"%s\"\n", pre, $1, suf, (dest == "-") ? "/dev/null" : dest "/" file
    }' "$list" >"$cfg"
    curl -sS -Z --parallel-max "$FETCH_PARALLEL" --create-dirs --max-time 300 \
        -H 'Accept-Encoding: gzip' -w '%{url} %{http_code} %{size_download} %{time_total}\n' \
        -K "$cfg" 2>"$results.err" |
        awk -v pre="$prefix" -v suf="$suffix" '{
            tile = substr($1, length(pre) + 1); tile = substr(tile, 1, length(tile) - length(suf))
            print tile, $2, $3, $4
        }' >"$results"
    local bad
    bad=$(awk '$2 != 200 && $2 != 204' "$results" | head -n 3)
    [[ -z $bad && $(wc -l <"$results") -eq $(wc -l <"$list") ]] ||
        die "fetching from $prefix failed: ${bad:-$(wc -l <"$results") of $(wc -l <"$list") answered}; see $results.err"
    [[ $dest != - ]] || return 0
    awk -v dest="$dest" -v layout="$layout" '{
        file = (layout == "static") ? $1 ".mvt.gz" : $1 ".mvt"
        if (layout != "static") gsub("/", "-", file)
        print dest "/" file
    }' "$list" | xargs touch
}

# mean_bytes RESULTS [MIN_ZOOM]: mean body bytes per tile in a fetch's results.
mean_bytes() {
    awk -v minz="${2:-0}" '{ split($1, t, "/") } t[1] >= minz { s += $3; n++ }
        END { printf "%.0f\n", n ? s / n : 0 }' "$1"
}

# run_wrk NAME LIST PATH_PREFIX PATH_SUFFIX [RSS_PID]: one measured wrk run against
# $base; sets rps (answers below 400 a second), p50, p99 (ms, over every answer) and errs
# (statuses of 400 and above, socket errors, timeouts). With RSS_PID, also rss_max_kb (the largest
# VmRSS of that process, sampled every 0.2s) and rss_hwm_kb (its VmHWM at the end).
run_wrk() {
    local name=$1 list=$2 prefix=$3 suffix=$4 rss_pid=${5:-} sampler="" out=$WORK/wrk-$1.txt
    if [[ -n $rss_pid ]]; then
        (
            max=0
            while kill -0 "$rss_pid" 2>/dev/null; do
                rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$rss_pid/status" 2>/dev/null || echo 0)
                ((rss > max)) && max=$rss
                printf '%s\n' "$max" >"$WORK/rss-$name.max"
                sleep 0.2
            done
        ) &
        sampler=$!
    fi
    log "wrk $name: $THREADS threads, $CONNECTIONS connections, ${SECONDS_PER_PHASE}s, $(wc -l <"$list") tiles"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_PHASE}s" --timeout "$WRK_TIMEOUT" --latency \
        -s bench/tiles/walk.lua "$base" -- "$list" "$prefix" "$suffix" "$THREADS" >"$out" 2>&1 ||
        die "wrk failed; see $out"
    if [[ -n $sampler ]]; then
        rss_hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$rss_pid/status")
        kill "$sampler" 2>/dev/null || true
        wait "$sampler" 2>/dev/null || true
        rss_max_kb=$(cat "$WORK/rss-$name.max")
    fi
    local line
    line=$(grep '^BENCH ' "$out") || die "wrk printed no BENCH line; see $out"
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    read -r rps p50 p99 errs < <(awk -v r="$(field requests)" -v d="$(field duration_us)" \
        -v p50="$(field p50_us)" -v p99="$(field p99_us)" -v e="$(field status_errors)" \
        -v s="$(field socket_errors)" -v t="$(field timeouts)" 'BEGIN {
            printf "%.0f %.2f %.2f %d\n", (d > 0 ? (r - e) / (d / 1e6) : 0), p50 / 1000, p99 / 1000, e + s + t
        }')
    log "wrk $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errs errors"
}

# --- Data ------------------------------------------------------------------------------
db_url=$(fresh_db "$DB_NAME")
sql() { "$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1 "$@"; }
DATABASE_URL=$db_url "$bin" migrate
DATABASE_URL=$db_url "$bin" seed --demo
log "seeding $PINS synthetic pins"
t0=$(date +%s.%N)
DATABASE_URL=$db_url "$bin" seed --synthetic "$PINS"
t1=$(date +%s.%N)
sql -c "VACUUM ANALYZE contributions"
t2=$(date +%s.%N)
seed_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
vacuum_s=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.1f", b - a }')
published=$(sql -c "SELECT count(*) FROM contributions_public")
log "seed --synthetic $PINS took ${seed_s}s, VACUUM ANALYZE ${vacuum_s}s; $published published pins"

# --- Tile list -------------------------------------------------------------------------
start_waymark warm "$WAYMARK_CACHE_MB"
bbox=$(curl -fsS "$base/api/v1/plans/milton-keynes" |
    "$python" -c 'import json, sys; print(",".join(str(v) for v in json.load(sys.stdin)["bbox"]))')
sql -c "SELECT setseed(0.2026)" \
    -c "SELECT ST_X(geom) || ' ' || ST_Y(geom) FROM contributions_public ORDER BY random() LIMIT $((TILE_COUNT * 4))" \
    >"$WORK/pins.txt"
"$python" bench/tiles/tilelist.py --bbox="$bbox" --pins "$WORK/pins.txt" --count "$TILE_COUNT" \
    --out "$LIST" --cold-out "$COLD_LIST" 2>"$WORK/tilelist.txt"
cat "$WORK/tilelist.txt" >&2
tiles=$(wc -l <"$LIST")
cold_tiles=$(wc -l <"$COLD_LIST")

# --- Waymark, cache on: first pass, then warm -------------------------------------------
wm_prefix=/tiles/contributions/
log "first pass: every tile from Waymark into $STATIC (also the warm-up)"
t0=$(date +%s.%N)
fetch "$LIST" "$base$wm_prefix" .mvt "$STATIC" static "$WORK/pass-waymark.txt"
t1=$(date +%s.%N)
pass_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')
empty=$(awk '$2 == 204' "$WORK/pass-waymark.txt" | wc -l)
read -r low_max low_tile < <(awk '{ split($1, t, "/") } t[1] <= 12 && $3 >= m { m = $3; at = $1 }
    END { print m + 0, at }' "$WORK/pass-waymark.txt")
read -r big_max big_tile < <(sort -k3,3n "$WORK/pass-waymark.txt" | tail -n 1 | awk '{ print $3, $1 }')
# What the cache would need to hold the whole list: the gzip bytes of every tile plus 256
# bytes each (as Waymark's weigher counts them; the cache keeps no raw copy).
working_mb=$("$python" - "$STATIC" <<'EOF'
import os, sys
total = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        data = open(os.path.join(root, f), "rb").read()
        if data:
            total += len(data) + 256
print(round(total / 1048576))
EOF
)

# The decode sample: non-empty z13-z16 tiles, chosen with a fixed seed.
awk '{ split($1, t, "/") } t[1] >= 13 && $2 == 200 { print $1 }' "$WORK/pass-waymark.txt" |
    "$python" -c 'import random, sys; t = sys.stdin.read().split(); random.Random(7).shuffle(t); print("\n".join(sorted(t[:int(sys.argv[1])])))' "$SAMPLE" \
        >"$WORK/sample.txt"
fetch "$WORK/sample.txt" "$base$wm_prefix" .mvt "$WORK/sample-waymark" flat "$WORK/sample-waymark.txt"

run_wrk waymark-warm "$LIST" "$wm_prefix" .mvt "$server_pid"
wm_warm_rps=$rps wm_warm_p50=$p50 wm_warm_p99=$p99 wm_warm_err=$errs
wm_rss_max_kb=$rss_max_kb wm_rss_hwm_kb=$rss_hwm_kb
stop_server

# --- Waymark with a cache that holds the whole list (informational) --------------------
if ((BIG_CACHE_MB > 0)); then
    start_waymark big "$BIG_CACHE_MB"
    fetch "$LIST" "$base$wm_prefix" .mvt - static "$WORK/pass-waymark-big.txt"
    run_wrk waymark-big "$LIST" "$wm_prefix" .mvt "$server_pid"
    big_rps=$rps big_p50=$p50 big_p99=$p99 big_err=$errs big_hwm_kb=$rss_hwm_kb
    stop_server
else
    big_rps=- big_p50=- big_p99=- big_err=0 big_hwm_kb=0
fi

# --- nginx: the same tiles as static files ---------------------------------------------
start_nginx
fetch "$LIST" "$base/" .mvt "$WORK/check-nginx" flat "$WORK/pass-nginx.txt"
run_wrk nginx "$LIST" / .mvt
ng_rps=$rps ng_p50=$p50 ng_p99=$p99 ng_err=$errs
stop_server

# --- Cold z13-z16: Waymark without its cache, martin without its cache -----------------
start_waymark cold 0
run_wrk waymark-cold "$COLD_LIST" "$wm_prefix" .mvt
wm_cold_rps=$rps wm_cold_p50=$p50 wm_cold_p99=$p99 wm_cold_err=$errs
stop_server

start_martin cold 0
run_wrk martin-cold "$COLD_LIST" /contributions/ ""
mt_cold_rps=$rps mt_cold_p50=$p50 mt_cold_p99=$p99 mt_cold_err=$errs
stop_server

# --- martin, cache on: warm-up pass (also its bytes per tile), then warm -----------------
start_martin warm "$MARTIN_CACHE_MB"
martin_pid=$server_pid
log "martin warm-up pass over every tile"
fetch "$LIST" "$base/contributions/" "" "$WORK/martin-tiles" flat "$WORK/pass-martin.txt"
fetch "$WORK/sample.txt" "$base/contributions/" "" "$WORK/sample-martin" flat "$WORK/sample-martin.txt"
run_wrk martin-warm "$LIST" /contributions/ "" "$martin_pid"
mt_warm_rps=$rps mt_warm_p50=$p50 mt_warm_p99=$p99 mt_warm_err=$errs
mt_rss_hwm_kb=$rss_hwm_kb
read -r mt_low_max mt_low_tile < <(awk '{ split($1, t, "/") } t[1] <= 12 && $3 >= m { m = $3; at = $1 }
    END { print m + 0, at }' "$WORK/pass-martin.txt")
stop_server
rm -rf "$WORK/martin-tiles" "$WORK/check-nginx"

# --- Checks ----------------------------------------------------------------------------
"$python" bench/tiles/compare.py "$WORK/sample.txt" "$WORK/sample-waymark" "$WORK/sample-martin" \
    Waymark martin >"$WORK/compare.txt" || die "compare.py failed; see $WORK/compare.txt"
grep -v '^COMPARE ' "$WORK/compare.txt" | head -n 10 >&2 || true
compare=$(grep '^COMPARE ' "$WORK/compare.txt")
agree=$(sed -n 's/.* agree=\([0-9]*\).*/\1/p' <<<"$compare")
compared=$(sed -n 's/.* total=\([0-9]*\).*/\1/p' <<<"$compare")
sample_features=$(sed -n 's/.* features_a=\([0-9]*\).*/\1/p' <<<"$compare")
sample_bubbles=$(sed -n 's/.* bubbles_a=\([0-9]*\).*/\1/p' <<<"$compare")

errors=$((wm_warm_err + big_err + ng_err + wm_cold_err + mt_cold_err + mt_warm_err))
pool_timeouts=$(cat "$WORK"/waymark-*.log | grep -c 'pool timed out' || true)

# --- Report ----------------------------------------------------------------------------
wm_bytes=$(mean_bytes "$WORK/pass-waymark.txt")
wm_cold_bytes=$(mean_bytes "$WORK/pass-waymark.txt" 13)
ng_bytes=$(mean_bytes "$WORK/pass-nginx.txt")
mt_bytes=$(mean_bytes "$WORK/pass-martin.txt")
mt_cold_bytes=$(mean_bytes "$WORK/pass-martin.txt" 13)

calc() { awk "BEGIN { $1 }"; }
ratio() { calc "printf \"%.2f\", ($2 > 0) ? $1 / $2 : 0"; }
verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == ">=") ? (a >= b) : (a <= b); print (ok ? "PASS" : "MISS") }'; }
kb() { calc "printf \"%.1f\", $1 / 1024"; }
mb() { calc "printf \"%.0f\", $1 / 1024"; }

cold_ratio=$(ratio "$wm_cold_rps" "$mt_cold_rps")
warm_nginx_ratio=$(ratio "$wm_warm_rps" "$ng_rps")
warm_martin_ratio=$(ratio "$wm_warm_rps" "$mt_warm_rps")
p99_limit=$(calc "printf \"%.2f\", $ng_p99 + $TARGET_P99_SLACK_MS")
low_kb=$(kb "$low_max")
rss_max_mb=$(mb "$wm_rss_max_kb")
rss_hwm_mb=$(mb "$wm_rss_hwm_kb")

row() { printf '| %-22s | %-15s | %9s | %8s | %8s | %10s | %6s |\n' "$@"; }
report=$(
    row "phase" "server" "req/s" "p50 ms" "p99 ms" "bytes/tile" "errors"
    printf '|%s|%s|%s|%s|%s|%s|%s|\n' "------------------------" "-----------------" "----------:" \
        "---------:" "---------:" "-----------:" "-------:"
    row "cold z13-16 (no cache)" "Waymark" "$wm_cold_rps" "$wm_cold_p50" "$wm_cold_p99" "$wm_cold_bytes" "$wm_cold_err"
    row "" "martin" "$mt_cold_rps" "$mt_cold_p50" "$mt_cold_p99" "$mt_cold_bytes" "$mt_cold_err"
    row "warm, all tiles" "Waymark" "$wm_warm_rps" "$wm_warm_p50" "$wm_warm_p99" "$wm_bytes" "$wm_warm_err"
    ((BIG_CACHE_MB == 0)) || row "" "Waymark ${BIG_CACHE_MB}M*" "$big_rps" "$big_p50" "$big_p99" "$wm_bytes" "$big_err"
    row "" "martin" "$mt_warm_rps" "$mt_warm_p50" "$mt_warm_p99" "$mt_bytes" "$mt_warm_err"
    row "" "nginx static" "$ng_rps" "$ng_p50" "$ng_p99" "$ng_bytes" "$ng_err"
    printf '\n'
    ((BIG_CACHE_MB == 0)) || printf -- '* informational, no target: Waymark with WAYMARK_TILE_CACHE_MB=%s, enough to hold the whole list (VmHWM %s MB); the Waymark row above it, which the targets judge, runs with %s\n\n' \
        "$BIG_CACHE_MB" "$(mb "$big_hwm_kb")" "${WAYMARK_CACHE_MB:+WAYMARK_TILE_CACHE_MB=$WAYMARK_CACHE_MB}${WAYMARK_CACHE_MB:-the default cache size}"
    printf -- '- cold z13-16: Waymark/martin req/s %s (target >= %s): %s\n' \
        "$cold_ratio" "$TARGET_COLD_RATIO" "$(verdict "$cold_ratio" ">=" "$TARGET_COLD_RATIO")"
    printf -- '- warm: Waymark/nginx req/s %s (target >= %s): %s\n' \
        "$warm_nginx_ratio" "$TARGET_WARM_RATIO" "$(verdict "$warm_nginx_ratio" ">=" "$TARGET_WARM_RATIO")"
    printf -- '- warm: Waymark p99 %s ms, nginx p99 + %s ms = %s ms: %s\n' \
        "$wm_warm_p99" "$TARGET_P99_SLACK_MS" "$p99_limit" "$(verdict "$wm_warm_p99" "<=" "$p99_limit")"
    printf -- '- warm: Waymark/martin req/s %s (no target; martin does not aggregate, so its z0-z12 tiles hold every pin: largest %s MB gzipped, %s)\n' \
        "$warm_martin_ratio" "$(calc "printf \"%.1f\", $mt_low_max / 1048576")" "$mt_low_tile"
    printf -- '- largest Waymark z0-z12 tile: %s KB gzipped (%s; target <= %s KB): %s\n' \
        "$low_kb" "$low_tile" "$TARGET_LOWZOOM_KB" "$(verdict "$low_kb" "<=" "$TARGET_LOWZOOM_KB")"
    printf -- '- Waymark RSS under the warm run: largest VmRSS sampled every 0.2 s %s MB (target <= %s MB): %s; its peak over the whole process life, first pass included, VmHWM %s MB; martin (cache %s MB): VmHWM %s MB\n' \
        "$rss_max_mb" "$TARGET_RSS_MB" "$(verdict "$rss_max_mb" "<=" "$TARGET_RSS_MB")" "$rss_hwm_mb" \
        "$MARTIN_CACHE_MB" "$(mb "$mt_rss_hwm_kb")"
    printf -- '- decoded %s z13-16 tiles (%s pins, %s crowded cells as bubbles) from both: in %s every Waymark pin is one of martin'"'"'s and the pins add up%s\n' \
        "$compared" "$sample_features" "$sample_bubbles" "$agree" "$( ((agree == compared)) || echo " (MISMATCH, see $WORK/compare.txt)")"
    printf -- '- data: %s published pins; seed --synthetic %s took %s s (then VACUUM ANALYZE %s s)\n' \
        "$published" "$PINS" "$seed_s" "$vacuum_s"
    printf -- '- list: %s tiles, %s of them z13-16, %s empty (204); %s\n' \
        "$tiles" "$cold_tiles" "$empty" "$(sed 's/^tilelist.py: [0-9]* tiles (//; s/);.*//' "$WORK/tilelist.txt")"
    printf -- '- largest tile: %s MB gzipped (%s); the first pass over the list took %s s from Waymark (%s at a time); holding the whole list takes %s MB of Waymark tile cache (gzip), configured: %s\n' \
        "$(calc "printf \"%.1f\", $big_max / 1048576")" "$big_tile" "$pass_s" "$FETCH_PARALLEL" \
        "$working_mb" "${WAYMARK_CACHE_MB:-server default}"
    printf -- '- wrk -t%s -c%s -d%ss, gzip asked; req/s counts answers below 400, latencies all answers; errors: statuses >= 400, socket errors and timeouts (%s in all; Waymark logged %s x 503 for a pool connection not had within its acquire timeout)\n' \
        "$THREADS" "$CONNECTIONS" "$SECONDS_PER_PHASE" "$errors" "$pool_timeouts"
)
printf '\n%s\n' "$report"

if [[ ${RECORD:-} == 1 ]]; then
    results=bench/RESULTS.md
    if [[ ! -f $results ]]; then
        cat >"$results" <<'EOF'
# Benchmark results

`RECORD=1 make bench` appends one block per benchmark run, in the order they ran. Each
block names the machine it ran on. The local test cluster runs with fsync off
(scripts/db.sh), which flatters every absolute number that writes.

## Ingest (bench/ingest.sh)

How fast contributions can be stored, and how that compares with PostgreSQL itself:
`pgbench` INSERTs the same row the API writes, one per transaction
(bench/pgbench-insert.sql), then `wrk` POSTs GeoJSON Features to
`/api/v1/plans/milton-keynes/contributions` (bench/ingest.lua) with the same number of
clients. Targets: Waymark rows/s at least 0.5 of pgbench's, Waymark p99 at most 50 ms.
EOF
    fi
    if ! grep -q '^## Tiles (bench/tiles.sh)' "$results"; then
        cat >>"$results" <<'EOF'

## Tiles (bench/tiles.sh)

`/tiles/contributions/{z}/{x}/{y}.mvt` on `seed --synthetic 1000000`, against martin
serving the same view (`contributions_public`, bench/tiles/martin.yaml) and nginx serving
Waymark's own tiles as pre-gzipped files. The list: every z0-z8 tile over the plan, then
z9-z16 tiles named by randomly drawn pins, topped up with tiles drawn uniformly over the
plan (bench/tiles/tilelist.py). `wrk` (bench/tiles/walk.lua) walks it with gzip asked:
cold = z13-z16 with the tile caches off, warm = every tile after a warm-up pass. martin
sends one feature per pin at every zoom, where Waymark sends bubbles below z13. Targets:
warm >= 0.8x nginx req/s and p99 <= nginx p99 + 2 ms; cold >= 1.0x martin req/s; z0-z12
tiles <= 50 KB gzipped; Waymark RSS <= 300 MB.
EOF
    fi
    revision=$(git rev-parse --short HEAD 2>/dev/null || echo "no commit")
    [[ -z $(git status --porcelain 2>/dev/null) ]] || revision="$revision (with uncommitted changes)"
    {
        printf '\n### Tiles: %s, %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$revision"
        printf 'Machine: %s cores (%s), %s memory, PostgreSQL %s, martin %s, nginx %s.\n\n' \
            "$(nproc)" "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
            "$(free -h | awk '/^Mem:/ { print $2 }')" "$(sql -c 'SHOW server_version' | cut -d' ' -f1)" \
            "$("$martin" --version | awk '{ print $NF }')" "$("$nginx" -v 2>&1 | sed 's|.*nginx/||')"
        printf '%s\n' "$report"
    } >>"$results"
    log "appended to $results"
fi

((errors == 0)) || log "warning: $errors requests failed (statuses >= 400, socket errors or timeouts); see $WORK/wrk-*.txt and $WORK/*.log"
((agree == compared)) || log "warning: $((compared - agree)) of $compared sampled tiles differ between Waymark and martin; see $WORK/compare.txt"
