#!/usr/bin/env bash
# Dialogue report benchmark (issue 20): the monthly report of a plan with BENCH_HOODS (20)
# neighbourhoods and BENCH_CONTRIBUTIONS (20,000) contributions, as HTML with its charts and
# maps drawn on the server.
#
#   data     a synthetic town: a grid of BENCH_HOODS neighbourhoods, a basemap of its own
#            (a street every 400 m each way, a park and a pond in each neighbourhood), and
#            the contributions spread over the last 12 months, a quarter of them in this
#            month (the month the report shows, so that each map has ~250 pins), every kind
#            and theme, some with several themes.
#   report   BENCH_REQUESTS (5) GETs of the HTML report of this month, one after another;
#            the time is curl's, on the same machine.
#   reference  the same report as JSON (the same figures, no SVG and no HTML), in the same
#            run: the ratio says what drawing costs beyond the queries.
#
#   staff    the staff edition of the same HTML report (a mobiliser's session), with "Who
#            is heard" from residents by band and one "about you" answer for every four pins.
#
# Printed: the HTML report's slowest and median time, the JSON's, their ratio, the staff
# edition's, and whether the slowest of either edition is within the issue's 5 s.
# Environment: BENCH_HOODS (20), BENCH_CONTRIBUTIONS (20000), BENCH_REQUESTS (5),
# BENCH_NO_BUILD=1, BENCH_PROFILE (release; `debug` for a first figure, the output names
# it); RECORD=1 appends to bench/RESULTS.md; DATABASE_URL picks the server.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WAYMARK_ROOT"

HOODS=${BENCH_HOODS:-20}
CONTRIBUTIONS=${BENCH_CONTRIBUTIONS:-20000}
REQUESTS=${BENCH_REQUESTS:-5}
LIMIT_MS=5000
DB_NAME=waymark_bench_report
OUT=bench/out
WORK=$OUT/report
PLAN=bench-report

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
# Columns and rows of the neighbourhoods' grid: as square as the count allows; each
# neighbourhood 0.02° by 0.015° (about 1.4 km by 1.7 km).
cols=$(awk -v n="$HOODS" 'BEGIN { c = int(sqrt(n)); while (n % c) c--; print n / c }')
rows=$((HOODS / cols))
log "a synthetic town: $HOODS neighbourhoods ($cols × $rows), $CONTRIBUTIONS contributions over 12 months"
sql <<SQL
INSERT INTO plans (slug, title, boundary)
VALUES ('$PLAN', 'Report bench town (synthetic)',
        ST_Multi(ST_MakeEnvelope(-0.85, 51.95, -0.85 + $cols * 0.02, 51.95 + $rows * 0.015, 4326)));
INSERT INTO neighbourhoods (plan_id, slug, name, boundary)
SELECT p.id, 'n-' || i || '-' || j, 'Bench ' || i || '-' || j,
       ST_Multi(ST_MakeEnvelope(-0.85 + i * 0.02, 51.95 + j * 0.015,
                                -0.85 + (i + 1) * 0.02, 51.95 + (j + 1) * 0.015, 4326))
  FROM plans p, generate_series(0, $cols - 1) AS i, generate_series(0, $rows - 1) AS j
 WHERE p.slug = '$PLAN';
-- Streets every 0.004° (about 300-400 m) both ways, a park and a pond per neighbourhood.
INSERT INTO basemap_features (plan_id, source, layer, class, name, geom)
SELECT p.id, 'own', 'transportation', CASE WHEN k % 5 = 0 THEN 'primary' ELSE 'minor' END, NULL,
       ST_SetSRID(ST_MakeLine(ST_MakePoint(-0.85 + k * 0.004, 51.95),
                              ST_MakePoint(-0.85 + k * 0.004, 51.95 + $rows * 0.015)), 4326)
  FROM plans p, generate_series(0, $cols * 5) AS k WHERE p.slug = '$PLAN'
UNION ALL
SELECT p.id, 'own', 'transportation', CASE WHEN k % 5 = 0 THEN 'primary' ELSE 'minor' END, NULL,
       ST_SetSRID(ST_MakeLine(ST_MakePoint(-0.85, 51.95 + k * 0.003),
                              ST_MakePoint(-0.85 + $cols * 0.02, 51.95 + k * 0.003)), 4326)
  FROM plans p, generate_series(0, $rows * 5) AS k WHERE p.slug = '$PLAN'
UNION ALL
SELECT n.plan_id, 'own', 'landcover', 'park', NULL,
       ST_Buffer(ST_Centroid(n.boundary), 0.002, 16)
  FROM neighbourhoods n JOIN plans p ON p.id = n.plan_id WHERE p.slug = '$PLAN'
UNION ALL
SELECT n.plan_id, 'own', 'water', 'lake', NULL,
       ST_Buffer(ST_Translate(ST_Centroid(n.boundary), 0.005, 0.004), 0.001, 16)
  FROM neighbourhoods n JOIN plans p ON p.id = n.plan_id WHERE p.slug = '$PLAN';
-- A quarter this month, the rest over the 11 months before (day of the month kept in range).
INSERT INTO contributions (plan_id, kind, themes, title, body, precision, location, status, author_key, created_at)
SELECT p.id,
       (ARRAY['idea', 'issue', 'interest', 'story'])[1 + g % 4],
       CASE WHEN g % 3 = 0
            THEN ARRAY[(ARRAY['energy', 'transport', 'housing', 'green_space', 'safety', 'community', 'health', 'other'])[1 + g % 8],
                       (ARRAY['energy', 'transport', 'housing', 'green_space', 'safety', 'community', 'health', 'other'])[1 + (g / 8) % 8]]
            ELSE ARRAY[(ARRAY['energy', 'transport', 'housing', 'green_space', 'safety', 'community', 'health', 'other'])[1 + (g * 7) % 8]]
       END,
       'Bench contribution ' || g, 'Said at the bench.', 'exact',
       ST_SetSRID(ST_MakePoint(-0.85 + random() * $cols * 0.02, 51.95 + random() * $rows * 0.015), 4326),
       'published', 'visitor:bench-' || (g % 7000),
       CASE WHEN g % 4 = 0
            THEN date_trunc('month', now()) + random() * (now() - date_trunc('month', now()))
            ELSE date_trunc('month', now()) - make_interval(months => 1 + g % 11) + random() * interval '27 days'
       END
  FROM plans p, generate_series(1, $CONTRIBUTIONS) AS g WHERE p.slug = '$PLAN';
-- For the staff edition: residents by band, and one "about you" answer for every four pins.
INSERT INTO neighbourhood_population (neighbourhood_id, dimension, band, people, source)
SELECT n.id, v.dimension, v.band, v.people, 'bench, synthetic'
  FROM neighbourhoods n JOIN plans p ON p.id = n.plan_id,
       (VALUES ('total', 'all', 8000), ('age', 'under_16', 1800), ('age', '16_24', 900),
               ('age', '25_34', 1200), ('age', '35_49', 1700), ('age', '50_64', 1300),
               ('age', '65_74', 700), ('age', '75_plus', 400), ('gender', 'woman', 4100),
               ('gender', 'man', 3900), ('tenure', 'owned', 4500), ('tenure', 'social_rented', 1500),
               ('tenure', 'private_rented', 1700), ('tenure', 'shared_ownership', 150),
               ('tenure', 'rent_free', 150)) AS v(dimension, band, people)
 WHERE p.slug = '$PLAN';
INSERT INTO about_you_answers (plan_id, neighbourhood_id, source, age_band, gender, tenure, answered_at)
SELECT n.plan_id, n.id, 'contribution',
       (ARRAY['under_16', '16_24', '25_34', '35_49', '50_64', '65_74', '75_plus'])[1 + (g * 3) % 7],
       (ARRAY['woman', 'man', 'woman', 'man', 'another'])[1 + g % 5],
       (ARRAY['owned', 'owned', 'owned', 'social_rented', 'private_rented'])[1 + (g * 7) % 5],
       now() - make_interval(days => g % 330)
  FROM neighbourhoods n JOIN plans p ON p.id = n.plan_id, generate_series(1, $CONTRIBUTIONS / 4 / $HOODS) AS g
 WHERE p.slug = '$PLAN';
ANALYZE;
SQL
counted=$(sql <<<"SELECT count(*) FROM contributions c JOIN neighbourhoods n ON n.id = c.neighbourhood_id")
((counted == CONTRIBUTIONS)) || die "$counted of $CONTRIBUTIONS contributions fell in a neighbourhood"

# --- Server ------------------------------------------------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
log "starting waymark on $base"
DATABASE_URL=$db_url WAYMARK_LISTEN="127.0.0.1:$port" "$bin" serve >"$WORK/waymark.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
wait_http "$base/readyz" "$server_pid" 60
month=$(date -u +%Y-%m)
report="$base/api/v1/plans/$PLAN/reports/dialogue?month=$month"
# The staff edition needs a mobiliser's session.
staff_password="bench mobiliser password, synthetic"
printf '%s\n' "$staff_password" | DATABASE_URL=$db_url "$bin" user add --email bench-mobiliser@example.org --role mobiliser >/dev/null 2>&1
curl -fsS -o /dev/null -c "$WORK/cookies.txt" -H 'Content-Type: application/json' -H 'X-Requested-With: bench' \
    -d "{\"email\":\"bench-mobiliser@example.org\",\"password\":\"$staff_password\"}" "$base/api/v1/auth/login"

# --- Timing ------------------------------------------------------------------------------
curl -fsS -o "$WORK/report.html" "$report&format=html"
maps=$(grep -o 'class="map neighbourhood"' "$WORK/report.html" | wc -l)
((maps == HOODS)) || die "the report has $maps neighbourhood maps, expected $HOODS"
log "$REQUESTS HTML reports, then $REQUESTS JSON ones (the reference)"
for _ in $(seq 1 "$REQUESTS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$report&format=html"
done >"$WORK/html.txt"
for _ in $(seq 1 "$REQUESTS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$report&format=json"
done >"$WORK/json.txt"
curl -fsS -b "$WORK/cookies.txt" -o "$WORK/staff.html" "$report&format=html&edition=staff"
grep -q 'class="who-is-heard"' "$WORK/staff.html" || die "the staff edition has no \"Who is heard\" section"
log "$REQUESTS HTML reports of the staff edition"
for _ in $(seq 1 "$REQUESTS"); do
    curl -fsS -b "$WORK/cookies.txt" -o /dev/null -w '%{time_total}\n' "$report&format=html&edition=staff"
done >"$WORK/staff.txt"
# ms FILE P: the P-th percentile (nearest rank) of the seconds in FILE, in ms.
ms() {
    sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999); if (i < 1) i = 1; printf "%.0f", v[i] * 1000 }'
}
html_max=$(ms "$WORK/html.txt" 100)
html_p50=$(ms "$WORK/html.txt" 50)
json_max=$(ms "$WORK/json.txt" 100)
json_p50=$(ms "$WORK/json.txt" 50)
staff_max=$(ms "$WORK/staff.txt" 100)
staff_p50=$(ms "$WORK/staff.txt" 50)
ratio=$(awk -v a="$html_p50" -v b="$json_p50" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
verdict=within
((html_max <= LIMIT_MS && staff_max <= LIMIT_MS)) || verdict=OVER
size=$(wc -c <"$WORK/report.html")

summary=$(
    cat <<EOF
dialogue report ($PROFILE build, $(date -u +%Y-%m-%d)): $HOODS neighbourhoods, $CONTRIBUTIONS contributions, month $month
  HTML (charts and maps in SVG, $((size / 1024)) KB):  median $html_p50 ms, slowest $html_max ms  ($REQUESTS requests)
  JSON (the same figures, the reference):   median $json_p50 ms, slowest $json_max ms
  HTML, staff edition (with "Who is heard"): median $staff_p50 ms, slowest $staff_max ms
  ratio median HTML / JSON: $ratio; the slowest HTML report (either edition) is $verdict the 5 s limit
EOF
)
printf '%s\n' "$summary"
if [[ -n ${RECORD:-} ]]; then
    fence='```'
    printf '\n%s\n%s\n%s\n' "$fence" "$summary" "$fence" >>bench/RESULTS.md
fi
((html_max <= LIMIT_MS && staff_max <= LIMIT_MS)) || exit 1
