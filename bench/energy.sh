#!/usr/bin/env bash
# Energy plans benchmark (issue 15): recomputing a scenario's impact for an energy plan
# served by BENCH_PRIMARIES (1,000) primary substations, year by year to 2050 (25 years),
# as the plan builder's sliders ask for it.
#
#   data     a synthetic town: a 10×10 grid of neighbourhoods (5,000 homes each) and a
#            grid of BENCH_PRIMARIES supply areas over the same box, each primary with
#            today's headroom and DFES headroom for every year to 2050; one energy plan
#            drawn over the whole town, so that every primary is affected.
#   preview  BENCH_REQUESTS (300) POSTs to /api/v1/energy-plans/{id}/impact, one after
#            another as a slider sends them, each with other uptake figures. The time is
#            curl's, on the same machine: the server's time plus a loopback round trip.
#   reference  the same number of GETs of the plan itself (/api/v1/plans/{slug}), in the
#            same run, so that the ratio says what the impact costs beyond any request.
#
# Printed: the impact's p50 and p99 in ms, the reference's, and their ratio. No target is
# set: the issue asks for the figure. The slider's round trip in the browser (input →
# map repainted) is measured by the browser test (tests/e2e/energy-plan.test.mjs prints
# its p95).
# Environment: BENCH_PRIMARIES (1000), BENCH_REQUESTS (300), BENCH_NO_BUILD=1,
# BENCH_PROFILE (release; `debug` only to try the script out, the output names it);
# RECORD=1 appends to bench/RESULTS.md; DATABASE_URL picks the server.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WAYMARK_ROOT"

PRIMARIES=${BENCH_PRIMARIES:-1000}
REQUESTS=${BENCH_REQUESTS:-300}
DB_NAME=waymark_bench_energy
OUT=bench/out
WORK=$OUT/energy
PLAN=bench-energy

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
db_url=$(fresh_db "$DB_NAME")
sql() { "$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1; }
DATABASE_URL=$db_url "$bin" migrate
year=$(date +%Y)
# Columns and rows of the primaries' grid: as square as the count allows.
cols=$(awk -v n="$PRIMARIES" 'BEGIN { c = int(sqrt(n)); while (n % c) c--; print n / c }')
rows=$((PRIMARIES / cols))
log "a synthetic town: 100 neighbourhoods, $PRIMARIES primaries ($cols × $rows), DFES $year-2050"
sql <<SQL
INSERT INTO plans (slug, title, boundary)
VALUES ('$PLAN', 'Energy bench town (synthetic)',
        ST_Multi(ST_MakeEnvelope(-0.86, 51.94, -0.64, 52.11, 4326)));
INSERT INTO neighbourhoods (plan_id, slug, name, boundary, homes, homes_source)
SELECT p.id, 'n-' || i || '-' || j, 'Bench ' || i || '-' || j,
       ST_Multi(ST_MakeEnvelope(-0.85 + i * 0.02, 51.95 + j * 0.015,
                                -0.85 + (i + 1) * 0.02, 51.95 + (j + 1) * 0.015, 4326)),
       5000, 'bench, synthetic'
  FROM plans p, generate_series(0, 9) AS i, generate_series(0, 9) AS j
 WHERE p.slug = '$PLAN';
INSERT INTO substations (operator, external_id, name, kind, geom, demand_headroom_mva,
                         generation_headroom_mw, queued_generation_mw, rag, source)
SELECT 'BENCH', 'BENCH-P-' || i || '-' || j, 'BENCH Primary ' || i || '-' || j, 'primary',
       ST_SetSRID(ST_MakePoint(-0.85 + (i + 0.5) * 0.2 / $cols, 51.95 + (j + 0.5) * 0.15 / $rows), 4326),
       1 + ((i * 7 + j * 13) % 90) / 10.0, 2 + ((i * 11 + j * 3) % 80) / 10.0, 0.5, 'green',
       'bench, synthetic'
  FROM generate_series(0, $cols - 1) AS i, generate_series(0, $rows - 1) AS j;
INSERT INTO supply_areas (substation_id, geom)
SELECT s.id, ST_Multi(ST_MakeEnvelope(-0.85 + i * 0.2 / $cols, 51.95 + j * 0.15 / $rows,
                                      -0.85 + (i + 1) * 0.2 / $cols, 51.95 + (j + 1) * 0.15 / $rows, 4326))
  FROM generate_series(0, $cols - 1) AS i, generate_series(0, $rows - 1) AS j, substations s
 WHERE s.external_id = 'BENCH-P-' || i || '-' || j;
INSERT INTO dfes_headroom (substation_id, scenario, year, demand_headroom_mva, generation_headroom_mw, source)
SELECT s.id, 'Bench', y, s.demand_headroom_mva - (y - $year) * 0.1, s.generation_headroom_mw - (y - $year) * 0.05,
       'bench, synthetic'
  FROM substations s, generate_series($year, 2050) AS y
 WHERE s.operator = 'BENCH';
UPDATE plans SET energy_assumptions = '{
    "ev_charger_peak_kw": {"value": 1.0, "source": "bench setting"},
    "power_factor": {"value": 0.95, "source": "bench setting"}}'
 WHERE slug = '$PLAN';
ANALYZE;
SQL
password="bench group $(date +%s%N)"
printf '%s\n' "$password" | DATABASE_URL=$db_url "$bin" user add --email group@bench.example \
    --role resident >&2

# --- Server, a group's session and its energy plan -------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
log "starting waymark on $base"
DATABASE_URL=$db_url WAYMARK_LISTEN="127.0.0.1:$port" "$bin" serve >"$WORK/waymark.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
wait_http "$base/readyz" "$server_pid" 60
jar=$WORK/cookies.txt
curl -fsS -c "$jar" -H 'content-type: application/json' \
    -d "{\"email\":\"group@bench.example\",\"password\":\"$password\"}" \
    "$base/api/v1/auth/login" >/dev/null
scenario() { # $1 heat pumps %, $2 EV %, $3 solar %
    printf '{"target_year":2050,"heat_pumps_pct":%s,"ev_charging_pct":%s,"rooftop_solar_pct":%s}' "$1" "$2" "$3"
}
created=$(curl -fsS -b "$jar" -H 'content-type: application/json' -H 'X-Requested-With: bench' \
    -d "{\"title\":\"Bench town\",\"group_name\":\"Bench group\",\"dfes_scenario\":\"Bench\",
         \"area\":{\"type\":\"Polygon\",\"coordinates\":[[[-0.85,51.95],[-0.65,51.95],[-0.65,52.1],[-0.85,52.1],[-0.85,51.95]]]},
         \"scenario\":$(scenario 10 10 10)}" \
    "$base/api/v1/plans/$PLAN/energy-plans")
id=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' <<<"$created")
[[ -n $id ]] || die "no energy plan: $created"
affected=$(curl -fsS -b "$jar" -H 'content-type: application/json' -H 'X-Requested-With: bench' \
    -d "{\"scenario\":$(scenario 50 50 50),\"dfes_scenario\":\"Bench\"}" "$base/api/v1/energy-plans/$id/impact" |
    grep -o '"key":' | wc -l)
((affected == PRIMARIES)) || die "the impact names $affected primaries, expected $PRIMARIES"

# --- Timing ------------------------------------------------------------------------------
# percentile FILE P: the P-th percentile (nearest rank) of the seconds in FILE, in ms.
percentile() {
    sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] * 1000 }'
}
log "warm-up: 20 previews"
for i in $(seq 1 20); do
    curl -fsS -o /dev/null -b "$jar" -H 'content-type: application/json' -H 'X-Requested-With: bench' \
        -d "{\"scenario\":$(scenario "$i" 20 20),\"dfes_scenario\":\"Bench\"}" "$base/api/v1/energy-plans/$id/impact"
done
log "$REQUESTS previews of $PRIMARIES primaries × $((2050 - year + 1)) years, one after another"
for i in $(seq 1 "$REQUESTS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -b "$jar" -H 'content-type: application/json' \
        -H 'X-Requested-With: bench' \
        -d "{\"scenario\":$(scenario $((i % 101)) $(((i * 7) % 101)) $(((i * 13) % 101))),\"dfes_scenario\":\"Bench\"}" \
        "$base/api/v1/energy-plans/$id/impact"
done >"$WORK/impact.txt"
log "$REQUESTS GETs of the plan (the reference)"
for _ in $(seq 1 "$REQUESTS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$base/api/v1/plans/$PLAN"
done >"$WORK/reference.txt"

impact_p50=$(percentile "$WORK/impact.txt" 50)
impact_p99=$(percentile "$WORK/impact.txt" 99)
ref_p50=$(percentile "$WORK/reference.txt" 50)
ref_p99=$(percentile "$WORK/reference.txt" 99)
ratio=$(awk -v a="$impact_p99" -v b="$ref_p99" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')

summary=$(
    cat <<EOF
energy plans ($PROFILE build, $(date -u +%Y-%m-%d)): an impact of $PRIMARIES primaries × $((2050 - year + 1)) years
  preview (POST .../impact):  p50 $impact_p50 ms, p99 $impact_p99 ms  ($REQUESTS requests)
  reference (GET the plan):   p50 $ref_p50 ms, p99 $ref_p99 ms
  ratio p99 impact / reference: $ratio
EOF
)
printf '%s\n' "$summary"
if [[ -n ${RECORD:-} ]]; then
    fence='```'
    printf '\n%s\n%s\n%s\n' "$fence" "$summary" "$fence" >>bench/RESULTS.md
fi
