#!/usr/bin/env bash
# Many plans on one deployment (issue 17): what one plan's tiles and lists cost with only
# that plan present, and again with BENCH_PLANS - 1 other plans of as many pins beside it.
# Target: the same cost (ratio about 1): a plan must not pay for the others.
#
#   data   `seed --synthetic --plans 1` (plan synthetic-01 of BENCH_PINS_PER_PLAN pins), then
#          the same command with --plans BENCH_PLANS, which leaves plan 01 as it is (the seed
#          tops up) and adds the others, each in its own area (bench/../crates/waymark-store
#          /src/seed.rs: `synthetic_plan_area`). VACUUM ANALYZE after each.
#   tiles  every contributions tile of z8-z14 over plan 01's area: a cold pass (each tile
#          rendered once, one at a time, timed by curl) on a fresh server, then wrk over the
#          list for BENCH_SECONDS (mostly from the tile cache).
#   lists  wrk over plan 01's first list pages (`/api/v1/plans/synthetic-01/contributions`,
#          50 and 1,000 a page, by kind, by theme) and OGC items in its area, BENCH_SECONDS.
#
# Printed: p50 and p99 of each, with one plan and with all, and their ratios.
# Environment: BENCH_PLANS (50), BENCH_PINS_PER_PLAN (200000), BENCH_SECONDS (20),
# BENCH_CONNECTIONS (16), BENCH_NO_BUILD=1, BENCH_PROFILE (release); RECORD=1 appends to
# bench/RESULTS.md; DATABASE_URL picks the server (default: the local cluster).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WAYMARK_ROOT"

PLANS=${BENCH_PLANS:-50}
PINS=${BENCH_PINS_PER_PLAN:-200000}
SECONDS_PER_PHASE=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=2
DB_NAME=waymark_bench_plans
WORK=bench/out/plans
PLAN=synthetic-01

((PLANS >= 2 && PLANS <= 99)) || die "BENCH_PLANS is 2 to 99"
need_cmd wrk wrk
need_cmd curl curl
psql=$(pg_tool psql)
bench_binary

pids=()
server_pid=
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        stop_pid "$pid"
    done
}
trap cleanup EXIT
rm -rf "$WORK"
mkdir -p "$WORK"

db_url=$(fresh_db "$DB_NAME")
sql() { "$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1 "$@"; }
DATABASE_URL=$db_url "$bin" migrate

# seed N: plans 1 to N of PINS pins; sets seed_s.
seed() {
    local t0 t1
    log "seeding $1 synthetic plans of $PINS pins"
    t0=$(date +%s.%N)
    DATABASE_URL=$db_url "$bin" seed --synthetic --plans "$1" --pins-per-plan "$PINS"
    sql -c "VACUUM ANALYZE contributions" -c "VACUUM ANALYZE bubble_cells" -c "VACUUM ANALYZE bubble_cell_themes"
    t1=$(date +%s.%N)
    seed_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
}

# The workload, fixed before the other plans arrive: plan 01's z8-z14 tiles, its list pages.
seed 1
seed_one_s=$seed_s
read -r west south east north < <(sql -F ' ' -c "SELECT ST_XMin(boundary), ST_YMin(boundary),
    ST_XMax(boundary), ST_YMax(boundary) FROM plans WHERE slug = '$PLAN'")
sql -c "SELECT z || '/' || x || '/' || y
          FROM generate_series(8, 14) AS z,
               LATERAL generate_series(floor(($west + 180) / 360.0 * 2 ^ z)::int,
                                       floor(($east + 180) / 360.0 * 2 ^ z)::int) AS x,
               LATERAL generate_series(
                   floor((1 - ln(tan(radians($north)) + 1 / cos(radians($north))) / pi()) / 2 * 2 ^ z)::int,
                   floor((1 - ln(tan(radians($south)) + 1 / cos(radians($south))) / pi()) / 2 * 2 ^ z)::int) AS y
         ORDER BY z, x, y" >"$WORK/tiles.txt"
tiles=$(wc -l <"$WORK/tiles.txt")
list=api/v1/plans/$PLAN/contributions
cat >"$WORK/lists.txt" <<EOF
$list?limit=50
$list?limit=1000
$list?limit=50&kind=idea
$list?limit=50&theme=housing
$list?limit=50&kind=story&theme=energy,health
ogc/collections/contributions/items?limit=50&bbox=$west,$south,$east,$north
ogc/collections/contributions/items?limit=10&bbox=$west,$south,$(awk -v w="$west" -v e="$east" 'BEGIN { print (w + e) / 2 }'),$north
EOF

start_server() {
    port=$(free_port)
    base="http://127.0.0.1:$port"
    DATABASE_URL=$db_url WAYMARK_LISTEN="127.0.0.1:$port" "$bin" serve >"$WORK/waymark-$1.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    wait_http "$base/readyz" "$server_pid" 60
}

# percentiles FILE: p50 and p99 in ms of a file of seconds, one a line.
percentiles() {
    sort -n "$1" | awk '{ v[NR] = $1 * 1000 } END {
        i50 = int(NR * 0.50 + 0.5); i99 = int(NR * 0.99 + 0.5)
        if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1; if (i99 > NR) i99 = NR
        printf "%.2f %.2f\n", v[i50], v[i99] }'
}

# run_wrk NAME LIST PREFIX SUFFIX: sets rps, p50, p99 (ms) and errs.
run_wrk() {
    local name=$1 out=$WORK/wrk-$1.txt line
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_PHASE}s" --timeout 60s --latency \
        -s bench/tiles/walk.lua "$base" -- "$2" "$3" "$4" "$THREADS" >"$out" 2>&1 ||
        die "wrk failed; see $out"
    line=$(grep '^BENCH ' "$out") || die "wrk printed no BENCH line; see $out"
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    read -r rps p50 p99 errs < <(awk -v r="$(field requests)" -v d="$(field duration_us)" \
        -v p50="$(field p50_us)" -v p99="$(field p99_us)" -v e="$(field status_errors)" \
        -v s="$(field socket_errors)" -v t="$(field timeouts)" 'BEGIN {
            printf "%.0f %.2f %.2f %d\n", (d > 0 ? (r - e) / (d / 1e6) : 0), p50 / 1000, p99 / 1000, e + s + t
        }')
    log "wrk $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errs errors"
}

# measure NAME: a fresh server; the cold tile pass, then wrk over tiles and lists. Sets
# m[NAME.cold50], m[NAME.cold99], m[NAME.tiles50], ... (ms), m[NAME.tilesrps], ...
declare -A m
measure() {
    local name=$1 c50 c99 codes
    start_server "$name"
    # Every list page once first, so that no prepared statement is planned inside wrk.
    sed "s|^|$base/|" "$WORK/lists.txt" | xargs -I{} curl -fsS -o /dev/null {}
    sed "s|^|$base/tiles/contributions/|; s|$|.mvt|" "$WORK/tiles.txt" |
        xargs -I{} curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Accept-Encoding: gzip' {} \
            >"$WORK/cold-$name.txt"
    codes=$(awk '$1 != 200 && $1 != 204' "$WORK/cold-$name.txt" | wc -l)
    ((codes == 0)) || die "$codes tiles answered neither 200 nor 204; see $WORK/cold-$name.txt"
    awk '{ print $2 }' "$WORK/cold-$name.txt" >"$WORK/cold-$name.s"
    read -r c50 c99 < <(percentiles "$WORK/cold-$name.s")
    m[$name.cold50]=$c50
    m[$name.cold99]=$c99
    log "cold tiles ($name): p50 $c50 ms, p99 $c99 ms"
    run_wrk "tiles-$name" "$WORK/tiles.txt" /tiles/contributions/ .mvt
    m[$name.tiles50]=$p50
    m[$name.tiles99]=$p99
    m[$name.tilesrps]=$rps
    m[$name.tileserr]=$errs
    run_wrk "lists-$name" "$WORK/lists.txt" / ""
    m[$name.lists50]=$p50
    m[$name.lists99]=$p99
    m[$name.listsrps]=$rps
    m[$name.listserr]=$errs
    stop_pid "$server_pid"
}

measure one
seed "$PLANS"
seed_all_s=$seed_s
pins_all=$(sql -c "SELECT count(*) FROM contributions_public")
pins_one=$(sql -c "SELECT count(*) FROM contributions_public c JOIN plans p ON p.id = c.plan_id WHERE p.slug = '$PLAN'")
((pins_one == PINS)) || die "plan $PLAN holds $pins_one pins after the second seed, not $PINS"
measure all

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
row() { printf '| %-44s | %10s | %10s | %10s | %10s | %7s | %7s |\n' "$@"; }
report=$(
    row "plan $PLAN, $PINS pins" "p50 1 plan" "p50 $PLANS" "p99 1 plan" "p99 $PLANS" "p50 x" "p99 x"
    printf '|%s|%s|%s|%s|%s|%s|%s|\n' "----------------------------------------------" \
        "-----------:" "-----------:" "-----------:" "-----------:" "--------:" "--------:"
    row "z8-14 tiles, cold (each rendered once)" "${m[one.cold50]}" "${m[all.cold50]}" "${m[one.cold99]}" "${m[all.cold99]}" \
        "$(ratio "${m[all.cold50]}" "${m[one.cold50]}")" "$(ratio "${m[all.cold99]}" "${m[one.cold99]}")"
    row "z8-14 tiles, wrk $CONNECTIONS conn. ${SECONDS_PER_PHASE}s" "${m[one.tiles50]}" "${m[all.tiles50]}" "${m[one.tiles99]}" "${m[all.tiles99]}" \
        "$(ratio "${m[all.tiles50]}" "${m[one.tiles50]}")" "$(ratio "${m[all.tiles99]}" "${m[one.tiles99]}")"
    row "list pages and OGC items, wrk" "${m[one.lists50]}" "${m[all.lists50]}" "${m[one.lists99]}" "${m[all.lists99]}" \
        "$(ratio "${m[all.lists50]}" "${m[one.lists50]}")" "$(ratio "${m[all.lists99]}" "${m[one.lists99]}")"
    printf '\n'
    printf -- '- times in ms; ratio = with %s plans / with 1 (target: about 1)\n' "$PLANS"
    printf -- '- wrk req/s (errors): tiles %s (%s) / %s (%s); lists %s (%s) / %s (%s)\n' \
        "${m[one.tilesrps]}" "${m[one.tileserr]}" "${m[all.tilesrps]}" "${m[all.tileserr]}" \
        "${m[one.listsrps]}" "${m[one.listserr]}" "${m[all.listsrps]}" "${m[all.listserr]}"
    printf -- '- %s tiles (z8-z14 over the plan'"'"'s area); 7 list pages; data: %s published pins in all\n' "$tiles" "$pins_all"
    printf -- '- seed --synthetic: 1 plan %s s, then the other %s plans %s s; server built as %s\n' \
        "$seed_one_s" "$((PLANS - 1))" "$seed_all_s" "$PROFILE"
)
printf '\n%s\n' "$report"

if [[ ${RECORD:-} == 1 ]]; then
    results=bench/RESULTS.md
    revision=$(git rev-parse --short HEAD 2>/dev/null || echo "no commit")
    [[ -z $(git status --porcelain 2>/dev/null) ]] || revision="$revision (with uncommitted changes)"
    if ! grep -q '^## Many plans (bench/plans.sh)' "$results"; then
        cat >>"$results" <<'EOF2'

## Many plans (bench/plans.sh)

Issue 17: a plan's tiles and lists must cost the same with other plans on the deployment.
Plan synthetic-01 of `seed --synthetic`, measured alone, then with the other plans seeded
beside it (each in its own area): its z8-z14 tiles rendered once each (cold), the same
under wrk, and its first list pages and OGC items in its area under wrk.
Target: ratios about 1.
EOF2
    fi
    {
        printf '\n### Many plans: %s, %s, %s plans x %s pins\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$revision" "$PLANS" "$PINS"
        printf 'Machine: %s cores (%s), %s memory, PostgreSQL %s.\n\n' \
            "$(nproc)" "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
            "$(free -h | awk '/^Mem:/ { print $2 }')" "$(sql -c 'SHOW server_version' | cut -d' ' -f1)"
        printf '%s\n' "$report"
    } >>"$results"
    log "appended to $results"
fi
