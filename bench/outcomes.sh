#!/usr/bin/env bash
# Outcomes benchmark (issue 13): a bulk official response on BENCH_RESPONSE_PINS (10,000)
# pins of a plan of BENCH_PINS (1,000,000) synthetic pins, and what it does to the map.
#
#   write  the pins nearest one point of the plan (what a responder draws round), answered
#          `considering` by one organisation through POST /api/v1/plans/{plan}/responses.
#          The API takes at most 5,000 contributions per response (a 422 beyond), so the
#          10,000 go as responses of BENCH_BATCH (5,000) ids each, sent back to back by one
#          client: the time to commit is from the first request to the last answer.
#   tiles  wrk walks z12-z16 contribution tiles, drawn from random pins and from the
#          answered area (bench/tiles/walk.lua, gzip asked), for BENCH_SECONDS: once with
#          no write (the reference), then again with the write starting one second in.
#          The write evicts the answered area's tiles, so some answers come from the
#          database again: that is part of what is measured.
#
# Printed: the time to commit, and the tiles' p99 during the write beside the p99 with no
# write, as a ratio. No target is set (the issue asks for the figures).
# Environment: BENCH_PINS (1000000), BENCH_RESPONSE_PINS (10000), BENCH_BATCH (5000),
# BENCH_SECONDS (30), BENCH_CONNECTIONS (32), BENCH_TILES (1500), BENCH_NO_BUILD=1 (use
# the binary as it is), BENCH_PROFILE (release; `debug` only to try the script out, the
# output names it); RECORD=1 appends to bench/RESULTS.md; DATABASE_URL picks the server
# (default: the local cluster).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WAYMARK_ROOT"

PINS=${BENCH_PINS:-1000000}
RESPONSE_PINS=${BENCH_RESPONSE_PINS:-10000}
BATCH=${BENCH_BATCH:-5000}
SECONDS_PER_PHASE=${BENCH_SECONDS:-30}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
TILE_COUNT=${BENCH_TILES:-1500}
THREADS=2
DB_NAME=waymark_bench_outcomes
OUT=bench/out
WORK=$OUT/outcomes
PLAN=milton-keynes
# The point the answered pins are nearest to: the middle of Fishermead.
CENTRE_LON=-0.749
CENTRE_LAT=52.035

((BATCH >= 1 && BATCH <= 5000)) || die "BENCH_BATCH is 1 to 5000 (the API's most per response)"
((RESPONSE_PINS <= PINS)) || die "BENCH_RESPONSE_PINS is at most BENCH_PINS"

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

# --- Data ------------------------------------------------------------------------------
seed_pins "$bin" "$DB_NAME" "$PINS"
sql() { "$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1 "$@"; }

DATABASE_URL=$db_url "$bin" org add --plan "$PLAN" --name "Bench Council (bench)" \
    --slug bench-council --kind council >&2
password="bench responder $(date +%s%N)"
printf '%s\n' "$password" | DATABASE_URL=$db_url "$bin" user add --email responder@bench.example \
    --role responder --org bench-council >&2

# The answered pins: the open ones nearest the centre, split into request bodies.
sql -c "SELECT id FROM contributions_public WHERE outcome = 'open'
         ORDER BY geom <-> ST_SetSRID(ST_MakePoint($CENTRE_LON, $CENTRE_LAT), 4326), id
         LIMIT $RESPONSE_PINS" >"$WORK/ids.txt"
answered=$(wc -l <"$WORK/ids.txt")
((answered == RESPONSE_PINS)) || die "only $answered open pins to answer"
split -l "$BATCH" -d -a 3 "$WORK/ids.txt" "$WORK/batch-"
batches=()
for part in "$WORK"/batch-*; do
    awk 'BEGIN { printf "{\"selection\":{\"ids\":[" }
         { printf "%s\"%s\"", (NR > 1 ? "," : ""), $1 }
         END { printf "]},\"status\":\"considering\",\"response\":\"We are looking at every one of these with the parish councils.\"}" }' \
        "$part" >"$part.json"
    batches+=("$part.json")
done

# Tiles: z12-z16 under random pins of the plan, and under the answered pins, deduplicated.
tile_sql() {
    # $1: the pins' query (lon, lat columns). One tile per pin at a zoom drawn from 12-16.
    cat <<EOF
SELECT DISTINCT z || '/' || floor((lon + 180) / 360 * 2 ^ z)::int || '/' ||
       floor((1 - ln(tan(radians(lat)) + 1 / cos(radians(lat))) / pi()) / 2 * 2 ^ z)::int
  FROM (SELECT lon, lat, 12 + floor(random() * 5)::int AS z FROM ($1) AS pins) AS p
EOF
}
sql -c "SELECT setseed(0.13)" -c "$(tile_sql "SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat
        FROM contributions_public ORDER BY random() LIMIT $TILE_COUNT")" >"$WORK/tiles-plan.txt"
sql -c "SELECT setseed(0.31)" -c "$(tile_sql "SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat
        FROM (SELECT geom FROM contributions_public WHERE outcome = 'open'
               ORDER BY geom <-> ST_SetSRID(ST_MakePoint($CENTRE_LON, $CENTRE_LAT), 4326), id
               LIMIT $RESPONSE_PINS) AS area
        ORDER BY random() LIMIT $((TILE_COUNT / 3))")" >"$WORK/tiles-area.txt"
sort -u "$WORK/tiles-plan.txt" "$WORK/tiles-area.txt" | shuf --random-source=<(yes) >"$WORK/tiles.txt"
tiles=$(wc -l <"$WORK/tiles.txt")

# --- Server and a responder's token ----------------------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
log "starting waymark on $base"
DATABASE_URL=$db_url WAYMARK_LISTEN="127.0.0.1:$port" "$bin" serve >"$WORK/waymark.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
wait_http "$base/readyz" "$server_pid" 60
jar=$WORK/cookies.txt
curl -fsS -c "$jar" -H 'content-type: application/json' \
    -d "{\"email\":\"responder@bench.example\",\"password\":\"$password\"}" \
    "$base/api/v1/auth/login" >/dev/null
token=$(curl -fsS -b "$jar" -H 'content-type: application/json' -H 'X-Requested-With: bench' \
    -d '{"name":"outcomes bench"}' "$base/api/v1/auth/tokens" |
    sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || die "no token for the responder"

# run_wrk NAME: wrk over the tile list against $base; sets p50, p99 (ms), rps and errs.
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

# --- Tiles with no write, then with the write ------------------------------------------
log "warm-up: every tile once"
sed "s|^|$base/tiles/contributions/|; s|$|.mvt|" "$WORK/tiles.txt" |
    xargs -P 4 -I{} curl -sS -o /dev/null -H 'Accept-Encoding: gzip' {}
log "tiles with no write: $tiles tiles, $CONNECTIONS connections, ${SECONDS_PER_PHASE}s"
run_wrk quiet
quiet_p50=$p50 quiet_p99=$p99 quiet_rps=$rps quiet_err=$errs

# Tiles answered with the tile from before the write (its new one was slow to render).
stale_served() {
    curl -fsS "$base/metrics" | awk '/^tile_cache_requests_total\{result="stale"\}/ { n = $2 } END { print n + 0 }'
}
stale_before=$(stale_served)
log "tiles while $RESPONSE_PINS pins are answered in ${#batches[@]} responses of at most $BATCH"
run_wrk write &
wrk_job=$!
sleep 1
w0=$(date +%s.%N)
for body in "${batches[@]}"; do
    curl -sS -o "$body.answer" -w '%{http_code} %{time_total}\n' \
        -H "Authorization: Bearer $token" -H 'content-type: application/json' \
        --data-binary "@$body" "$base/api/v1/plans/$PLAN/responses" >>"$WORK/write.txt"
done
w1=$(date +%s.%N)
wait "$wrk_job"
# run_wrk ran in a subshell: read its figures back from its output.
line=$(grep '^BENCH ' "$WORK/wrk-write.txt")
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
read -r write_rps write_p50 write_p99 write_err < <(awk -v r="$(field requests)" -v d="$(field duration_us)" \
    -v p50="$(field p50_us)" -v p99="$(field p99_us)" -v e="$(field status_errors)" \
    -v s="$(field socket_errors)" -v t="$(field timeouts)" 'BEGIN {
        printf "%.0f %.2f %.2f %d\n", (d > 0 ? (r - e) / (d / 1e6) : 0), p50 / 1000, p99 / 1000, e + s + t
    }')
stale=$(($(stale_served) - stale_before))
bad=$(awk '$1 != 201' "$WORK/write.txt")
[[ -z $bad ]] || die "a response was refused: $bad (see $WORK/batch-*.answer)"
changed=$(sql -c "SELECT count(*) FROM contributions c JOIN responses r ON r.id = c.outcome_response_id
                   JOIN organisations o ON o.id = r.organisation_id WHERE o.slug = 'bench-council'")
((changed == RESPONSE_PINS)) || die "$changed pins answered, expected $RESPONSE_PINS"
write_s=$(awk -v a="$w0" -v b="$w1" 'BEGIN { printf "%.2f", b - a }')
per_request=$(awk '{ printf "%s%.2f", (NR > 1 ? " + " : ""), $2 } END { print "" }' "$WORK/write.txt")
inside=$(awk -v w="$write_s" -v d="$SECONDS_PER_PHASE" 'BEGIN { printf "%.0f", (w + 1 <= d) ? 100 : 100 * (d - 1) / w }')
# The write evicts tiles when it commits: a write that ends after the window was not measured.
outlasted=$(awk -v w="$write_s" -v d="$SECONDS_PER_PHASE" 'BEGIN { print (w + 1 > d) ? 1 : 0 }')

ratio=$(awk -v a="$write_p99" -v b="$quiet_p99" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
row() { printf '| %-30s | %9s | %8s | %8s | %6s |\n' "$@"; }
report=$(
    row "tiles, $CONNECTIONS connections, ${SECONDS_PER_PHASE}s" "req/s" "p50 ms" "p99 ms" "errors"
    printf '|%s|%s|%s|%s|%s|\n' "--------------------------------" "----------:" "---------:" "---------:" "-------:"
    row "no write (reference)" "$quiet_rps" "$quiet_p50" "$quiet_p99" "$quiet_err"
    row "during the bulk response" "$write_rps" "$write_p50" "$write_p99" "$write_err"
    printf '\n'
    printf -- '- bulk response on %s pins of %s (%s responses of at most %s ids sent back to back; the API takes at most 5,000 per response): committed in %s s (%s s per request)\n' \
        "$RESPONSE_PINS" "$published" "${#batches[@]}" "$BATCH" "$write_s" "$per_request"
    printf -- '- tiles p99 during the write / with no write: %s (%s ms / %s ms); the write filled %s%% of the measured window after its first second\n' \
        "$ratio" "$write_p99" "$quiet_p99" "$inside"
    if ((outlasted)); then
        printf -- '- NOT MEASURED: the write committed %s s after the window ended, so its evictions are not in these figures; run again with BENCH_SECONDS over %.0f\n' \
            "$(awk -v w="$write_s" -v d="$SECONDS_PER_PHASE" 'BEGIN { printf "%.1f", w + 1 - d }')" "$(awk -v w="$write_s" 'BEGIN { print w + 10 }')"
    fi
    printf -- '- tiles served from before the write while their new version rendered (over 250 ms): %s\n' "$stale"
    printf -- '- tile list: %s z12-z16 tiles (random pins of the plan and of the answered area), gzip asked, after one warm-up pass\n' "$tiles"
    printf -- '- data: seed --synthetic %s took %s s; server built as %s\n' "$PINS" "$seed_s" "$PROFILE"
)
printf '\n%s\n' "$report"

if [[ ${RECORD:-} == 1 ]]; then
    results=bench/RESULTS.md
    # Before this run writes its own section header into the file.
    revision=$(git rev-parse --short HEAD 2>/dev/null || echo "no commit")
    [[ -z $(git status --porcelain 2>/dev/null) ]] || revision="$revision (with uncommitted changes)"
    if ! grep -q '^## Outcomes (bench/outcomes.sh)' "$results"; then
        cat >>"$results" <<'EOF'

## Outcomes (bench/outcomes.sh)

A bulk official response (issue 13) on the 10,000 pins nearest the middle of Fishermead in
a plan of `seed --synthetic 1000000`, sent as two responses of 5,000 ids (the API's most
per response) back to back, and the contributions tiles' p99 while it commits beside their
p99 with no write. No target: the issue asks for the figures.
EOF
    fi
    {
        printf '\n### Outcomes: %s, %s, BENCH_PINS=%s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$revision" "$PINS"
        printf 'Machine: %s cores, %s memory, PostgreSQL %s.\n\n' "$(nproc)" \
            "$(free -h | awk '/^Mem:/ { print $2 }')" "$(sql -c 'SHOW server_version' | cut -d' ' -f1)"
        printf '%s\n' "$report"
    } >>"$results"
    log "appended to $results"
fi
