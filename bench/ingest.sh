#!/usr/bin/env bash
# Ingest benchmark: how fast Waymark's HTTP API stores contributions, against the same rows
# written straight into PostgreSQL by pgbench, on the same database, one after the other.
#
#   Phase R  pgbench: INSERT of one contribution-shaped row per transaction into a bare
#            table (no triggers; primary key and two GiST indexes, bench/pgbench-bare.sql):
#            the reference (issue 17)
#   Phase A  pgbench: INSERT of one contribution per transaction into `contributions`,
#            with its triggers and indexes (bench/pgbench-insert.sql)
#   Phase B  wrk: POST /api/v1/plans/milton-keynes/contributions (bench/ingest.lua)
#   Phase H  wrk: the same POSTs to /healthz, answered 405 at once by the same server: what
#            HTTP alone costs (wrk, hyper and the middleware, no handler)
#   Phase W  Waymark's own group statement (contributions::insert_unlimited, what the group
#            writers send) in groups of 8 and of 32 from 2 writers, with no HTTP in front
#            (crates/waymark-store/examples/group_writes.rs)
#   Phase G  pgbench (last): INSERT of groups of 8 and of 32 contributions per transaction, from
#            2 clients as Waymark's 2 group writers (bench/pgbench-group.sql): what the
#            schema allows with nothing else on the cores
#
# Targets: Waymark rows/s at least half of the bare INSERT's, Waymark p99 at most 50 ms.
# The report also prints the most any HTTP front could reach here with no work of its own:
# the group statement's and HTTP's costs added (1 / (1/W + 1/H)), over the bare INSERT.
# Each phase first runs BENCH_WARMUP seconds unmeasured, so that connections, pools and
# caches are warm on both sides (pgbench too leaves its connection set-up out of its tps).
# Environment: BENCH_SECONDS (15), BENCH_WARMUP (3), BENCH_CLIENTS (32), BENCH_BIN (a
# waymark binary to measure instead of this checkout's release build); RECORD=1 appends
# the result to bench/RESULTS.md; DATABASE_URL picks the server (default: the local cluster).
# A MISS is reported, not an error; the exit status is non-zero only when the run itself
# went wrong (a build, the server, or rows that do not add up).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$WAYMARK_ROOT"

SECONDS_PER_PHASE=${BENCH_SECONDS:-15}
WARMUP_SECONDS=${BENCH_WARMUP:-3}
CLIENTS=${BENCH_CLIENTS:-32}
THREADS=2
# Waymark's default number of group writers (WAYMARK_PIN_WRITERS).
GROUP_CLIENTS=2
TARGET_RATIO=0.5
TARGET_P99_MS=50
OUT_DIR=bench/out
DB_NAME=waymark_bench

need_cmd wrk wrk
[[ -x $PG_BIN/pgbench ]] || command -v pgbench >/dev/null || apt_install postgresql-15
pgbench=$(pg_tool pgbench)
psql=$(pg_tool psql)

# BENCH_BIN: another build to measure (e.g. the previous release's, for a before/after).
if [[ -n ${BENCH_BIN:-} ]]; then
    bin=$BENCH_BIN
else
    SQLX_OFFLINE=true nice -n 10 cargo build --release -p waymark
    bin=target/release/waymark
fi
SQLX_OFFLINE=true nice -n 10 cargo build --release -p waymark-store --example group_writes
group_writes=target/release/examples/group_writes

db_url=$(fresh_db "$DB_NAME")
DATABASE_URL=$db_url "$bin" migrate
DATABASE_URL=$db_url "$bin" seed --demo

sql() { "$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1 -c "$1"; }

plan_id=$(sql "SELECT id FROM plans WHERE slug = 'milton-keynes'")
[[ -n $plan_id ]] || die "the demo seed did not create the milton-keynes plan"

rm -rf "$OUT_DIR"
mkdir -p "$OUT_DIR"

# percentiles FILE: "COUNT P50 P99" of the numbers in FILE (nearest rank), in input units.
percentiles() {
    sort -n "$1" | awk '
        function rank(p) { r = p * NR; return (r == int(r)) ? r : int(r) + 1 }
        { v[NR] = $1 }
        END { if (NR == 0) { print 0, 0, 0 } else { print NR, v[rank(0.50)], v[rank(0.99)] } }'
}

# --- Phase R: pgbench into the bare row shape ---------------------------------------
sql "DROP TABLE IF EXISTS bench_bare"
sql "CREATE TABLE bench_bare (LIKE contributions INCLUDING DEFAULTS, PRIMARY KEY (id))"
sql "CREATE INDEX ON bench_bare USING gist (location)"
sql "CREATE INDEX ON bench_bare USING gist (geom)"
log "phase R: pgbench into the bare row shape, $CLIENTS clients, ${WARMUP_SECONDS}s warm-up, then ${SECONDS_PER_PHASE}s"
if ((WARMUP_SECONDS > 0)); then
    "$pgbench" -n -c "$CLIENTS" -j "$THREADS" -T "$WARMUP_SECONDS" \
        -D plan="$plan_id" -f bench/pgbench-bare.sql "$db_url" >"$OUT_DIR/bare-warmup.txt" 2>&1
fi
"$pgbench" -n -c "$CLIENTS" -j "$THREADS" -T "$SECONDS_PER_PHASE" \
    -D plan="$plan_id" -f bench/pgbench-bare.sql "$db_url" | tee "$OUT_DIR/bare.txt" >&2
bare_tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p' "$OUT_DIR/bare.txt")
bare_lat=$(sed -n 's/^latency average = \([0-9.]*\) ms$/\1/p' "$OUT_DIR/bare.txt")
[[ -n $bare_tps ]] || die "could not read pgbench's tps from $OUT_DIR/bare.txt"
sql "DROP TABLE bench_bare"

# --- Phase A: pgbench ----------------------------------------------------------------
log "phase A: pgbench, $CLIENTS clients, ${WARMUP_SECONDS}s warm-up, then ${SECONDS_PER_PHASE}s"
if ((WARMUP_SECONDS > 0)); then
    "$pgbench" -n -c "$CLIENTS" -j "$THREADS" -T "$WARMUP_SECONDS" \
        -D plan="$plan_id" -f bench/pgbench-insert.sql "$db_url" >"$OUT_DIR/pgbench-warmup.txt" 2>&1
fi
before=$(sql "SELECT count(*) FROM contributions")
"$pgbench" -n -c "$CLIENTS" -j "$THREADS" -T "$SECONDS_PER_PHASE" \
    -D plan="$plan_id" -f bench/pgbench-insert.sql \
    --log --log-prefix "$OUT_DIR/pgbench" "$db_url" | tee "$OUT_DIR/pgbench.txt" >&2
pg_rows=$(($(sql "SELECT count(*) FROM contributions") - before))
pg_tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p' "$OUT_DIR/pgbench.txt")
[[ -n $pg_tps ]] || die "could not read pgbench's tps from $OUT_DIR/pgbench.txt"
# Per-transaction log lines: client, transaction no, latency (µs), script, epoch s, µs.
cat "$OUT_DIR"/pgbench.[0-9]* | awk '$3 ~ /^[0-9]+$/ { print $3 }' >"$OUT_DIR/pgbench-latency-us.txt"
read -r pg_n pg_p50_us pg_p99_us < <(percentiles "$OUT_DIR/pgbench-latency-us.txt")
log "pgbench: $pg_n transactions logged, $pg_rows rows inserted"

# Phase B starts from the same table as phase A did.
sql "DELETE FROM contributions WHERE title = 'Bench pgbench row'"
sql "VACUUM ANALYZE contributions"

# --- Phase B: Waymark over HTTP ------------------------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
server_log=$OUT_DIR/server.log
log "phase B: starting waymark serve on $base (log: $server_log)"
# All the load comes from one address: the per-address write limit is turned off here.
DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port WAYMARK_WRITES_PER_MINUTE_PER_IP=0 \
    WAYMARK_WRITES_PER_MINUTE_PER_ACCOUNT=0 "$bin" serve >"$server_log" 2>&1 &
server_pid=$!
trap 'stop_pid "$server_pid"' EXIT
wait_http "$base/readyz" "$server_pid" 60

log "phase B: wrk, $CLIENTS connections, ${WARMUP_SECONDS}s warm-up, then ${SECONDS_PER_PHASE}s"
url="$base/api/v1/plans/milton-keynes/contributions"
if ((WARMUP_SECONDS > 0)); then
    wrk -t"$THREADS" -c"$CLIENTS" -d"${WARMUP_SECONDS}s" -s bench/ingest.lua "$url" >"$OUT_DIR/wrk-warmup.txt" 2>&1
    sleep 1
fi
before=$(sql "SELECT count(*) FROM contributions WHERE title = 'Bench pin'")
wrk -t"$THREADS" -c"$CLIENTS" -d"${SECONDS_PER_PHASE}s" --latency -s bench/ingest.lua \
    "$url" | tee "$OUT_DIR/wrk.txt" >&2
result=$(grep '^BENCH ' "$OUT_DIR/wrk.txt") || die "wrk printed no BENCH line; see $OUT_DIR/wrk.txt"
# field NAME [LINE]: a value of a BENCH line (phase B's unless LINE is given).
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"${2:-$result}"; }
wm_created=$(field created)
wm_other=$(field other)
wm_duration_us=$(field duration_us)
wm_p50_us=$(field p50_us)
wm_p99_us=$(field p99_us)

# Requests still in flight when wrk stops are stored by the server but never counted by
# wrk, so the table may hold up to one row per connection more than wrk saw.
sleep 1
wm_rows=$(($(sql "SELECT count(*) FROM contributions WHERE title = 'Bench pin'") - before))

# --- Phase H: HTTP alone -------------------------------------------------------------
# The same requests to a route that answers 405 without reading them: wrk, hyper and the
# middleware every request passes, and no handler.
log "phase H: wrk, the same POSTs to /healthz (405), $CLIENTS connections, ${SECONDS_PER_PHASE}s"
wrk -t"$THREADS" -c"$CLIENTS" -d"${SECONDS_PER_PHASE}s" -s bench/ingest.lua "$base/healthz" \
    >"$OUT_DIR/http-alone.txt" 2>/dev/null
http_result=$(grep '^BENCH ' "$OUT_DIR/http-alone.txt") || die "wrk printed no BENCH line; see $OUT_DIR/http-alone.txt"
http_rate=$(awk -v n="$(field other "$http_result")" -v us="$(field duration_us "$http_result")" \
    'BEGIN { printf "%.0f", (us > 0 ? n / (us / 1e6) : 0) }')
[[ $http_result == *"other_statuses=405:"* ]] || die "phase H: expected 405 answers, got: $http_result"
stop_pid "$server_pid"

# --- Phase W: Waymark's group statement alone ------------------------------------------
declare -A writer_rate
for n in 8 32; do
    log "phase W: Waymark's group statement, groups of $n, $GROUP_CLIENTS writers, ${SECONDS_PER_PHASE}s"
    if ((WARMUP_SECONDS > 0)); then
        DATABASE_URL=$db_url "$group_writes" "$n" "$WARMUP_SECONDS" "$GROUP_CLIENTS" >/dev/null
    fi
    line=$(DATABASE_URL=$db_url "$group_writes" "$n" "$SECONDS_PER_PHASE" "$GROUP_CLIENTS")
    writer_rate[$n]=$(sed -n 's/.* rows_per_s=\([0-9]*\).*/\1/p' <<<"$line")
    [[ -n ${writer_rate[$n]} ]] || die "phase W printed no rate: $line"
done
rows_ok=1
if ((wm_rows < wm_created || wm_rows - wm_created > CLIENTS)); then
    rows_ok=0
fi

# --- Phase G: PostgreSQL alone, in groups --------------------------------------------
# As many clients as Waymark has group writers, each INSERT writing a group of pins: what
# the schema itself allows on this machine, with nothing else sharing the cores. Last, as
# its rows stay: the database is made afresh for every run.
declare -A group_rate
for n in 8 32; do
    log "phase G: pgbench, groups of $n, $GROUP_CLIENTS clients, ${WARMUP_SECONDS}s warm-up, then ${SECONDS_PER_PHASE}s"
    if ((WARMUP_SECONDS > 0)); then
        "$pgbench" -n -c "$GROUP_CLIENTS" -j "$GROUP_CLIENTS" -T "$WARMUP_SECONDS" -D plan="$plan_id" \
            -D n="$n" -f bench/pgbench-group.sql "$db_url" >"$OUT_DIR/group-$n-warmup.txt" 2>&1
    fi
    "$pgbench" -n -c "$GROUP_CLIENTS" -j "$GROUP_CLIENTS" -T "$SECONDS_PER_PHASE" \
        -D plan="$plan_id" -D n="$n" -f bench/pgbench-group.sql "$db_url" >"$OUT_DIR/group-$n.txt" 2>&1
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p' "$OUT_DIR/group-$n.txt")
    [[ -n $tps ]] || die "could not read pgbench's tps from $OUT_DIR/group-$n.txt"
    group_rate[$n]=$(awk -v t="$tps" -v n="$n" 'BEGIN { printf "%.0f", t * n }')
done

# --- Report --------------------------------------------------------------------------
read -r pg_rate pg_p50 pg_p99 wm_rate wm_p50 wm_p99 ratio_triggers bare_rate ratio <<<"$(awk \
    -v pt="$pg_tps" -v p50="$pg_p50_us" -v p99="$pg_p99_us" -v bt="$bare_tps" \
    -v wc="$wm_created" -v wd="$wm_duration_us" -v w50="$wm_p50_us" -v w99="$wm_p99_us" '
    BEGIN {
        wr = wd > 0 ? wc / (wd / 1e6) : 0
        rt = (pt > 0) ? wr / pt : 0
        ratio = (bt > 0) ? wr / bt : 0
        printf "%.0f %.2f %.2f %.0f %.2f %.2f %.2f %.0f %.2f\n", pt, p50 / 1000, p99 / 1000, wr, w50 / 1000, w99 / 1000, rt, bt, ratio
    }')"
verdict() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == ">=") ? (a >= b) : (a <= b); print (ok ? "PASS" : "MISS") }'; }
ratio_verdict=$(verdict "$ratio" ">=" "$TARGET_RATIO")
p99_verdict=$(verdict "$wm_p99" "<=" "$TARGET_P99_MS")

# over_bare RATE: RATE over the bare INSERT's.
over_bare() { awk -v a="$1" -v b="$bare_rate" 'BEGIN { printf "%.2f", a / b }'; }
# ceiling W: the statement's and HTTP's costs on the same cores added, over the bare INSERT.
ceiling() { awk -v w="$1" -v h="$http_rate" -v b="$bare_rate" 'BEGIN { printf "%.2f", (1 / (1 / w + 1 / h)) / b }'; }

report=$(
    printf '| %-26s | %9s | %7s | %7s |\n' "ingest, $CLIENTS clients, ${SECONDS_PER_PHASE}s" "rows/s" "p50 ms" "p99 ms"
    printf '|%s|%s|%s|%s|\n' "----------------------------" "----------:" "--------:" "--------:"
    printf '| %-26s | %9s | %7s | %7s |\n' "pgbench bare row (reference)" "$bare_rate" "avg $bare_lat" "-"
    printf '| %-26s | %9s | %7s | %7s |\n' "pgbench INSERT, triggers" "$pg_rate" "$pg_p50" "$pg_p99"
    printf '| %-26s | %9s | %7s | %7s |\n' "pgbench groups of 8, 2 cl." "${group_rate[8]}" "-" "-"
    printf '| %-26s | %9s | %7s | %7s |\n' "pgbench groups of 32, 2 cl." "${group_rate[32]}" "-" "-"
    printf '| %-26s | %9s | %7s | %7s |\n' "Waymark POST (HTTP)" "$wm_rate" "$wm_p50" "$wm_p99"
    printf '| %-26s | %9s | %7s | %7s |\n' "HTTP alone (405)" "$http_rate" "-" "-"
    printf '| %-26s | %9s | %7s | %7s |\n' "Waymark stmt, groups of 8" "${writer_rate[8]}" "-" "-"
    printf '| %-26s | %9s | %7s | %7s |\n' "Waymark stmt, groups of 32" "${writer_rate[32]}" "-" "-"
    printf '\n'
    printf -- '- ratio Waymark/bare INSERT rows/s: %s (target >= %s): %s\n' "$ratio" "$TARGET_RATIO" "$ratio_verdict"
    printf -- '- ratio Waymark/pgbench INSERT into contributions (with triggers): %s\n' "$ratio_triggers"
    printf -- '- PostgreSQL alone, groups of 8 / 32 into contributions (2 clients, as 2 writers), over bare INSERT: %s / %s\n' \
        "$(over_bare "${group_rate[8]}")" \
        "$(over_bare "${group_rate[32]}")"
    printf -- "- Waymark's group statement alone (2 writers, no HTTP), groups of 8 / 32, over bare INSERT: %s / %s\n" \
        "$(over_bare "${writer_rate[8]}")" \
        "$(over_bare "${writer_rate[32]}")"
    printf -- '- most an HTTP front doing no work of its own could reach, 1 / (1/W + 1/H), over bare INSERT: %s (groups of 8) / %s (groups of 32)\n' \
        "$(ceiling "${writer_rate[8]}")" "$(ceiling "${writer_rate[32]}")"
    printf -- "- the same with phase G's plain group INSERT in place of Waymark's statement: %s (groups of 8) / %s (groups of 32)\n" \
        "$(ceiling "${group_rate[8]}")" "$(ceiling "${group_rate[32]}")"
    printf -- '- Waymark p99: %s ms (target <= %s ms): %s\n' "$wm_p99" "$TARGET_P99_MS" "$p99_verdict"
    printf -- '- rows: pgbench %s inserted (%s transactions logged); Waymark %s stored, %s answered 201, %s other (%s)\n' \
        "$pg_rows" "$pg_n" "$wm_rows" "$wm_created" "$wm_other" "$(field other_statuses)"
)
printf '\n%s\n' "$report"

if [[ ${RECORD:-} == 1 ]]; then
    results=bench/RESULTS.md
    if [[ ! -f $results ]]; then
        cat >"$results" <<'EOF'
# Benchmark results

`RECORD=1 make bench` appends one block per run. Each block names the machine it ran on.

## Ingest (bench/ingest.sh)

How fast contributions can be stored, and how that compares with PostgreSQL itself:

- **pgbench INSERT (reference)**: `pgbench` runs `bench/pgbench-insert.sql`, one INSERT per
  transaction of the same row the API writes (same columns, trigger and indexes), with no
  HTTP, JSON or validation in between. This is the ceiling for one row per request.
- **Waymark POST (HTTP)**: `wrk` posts GeoJSON Features to
  `/api/v1/plans/milton-keynes/contributions` (`bench/ingest.lua`) on `waymark serve`
  (release build), all answered 201.

Both run against the same PostgreSQL cluster on the same machine, one after the other, with
the same number of clients; pgbench's rows are deleted before the HTTP phase. Latencies are
per transaction (pgbench) and per request (wrk). Targets: Waymark rows/s at least 0.5 of
pgbench's, and Waymark p99 at most 50 ms. The local test cluster runs with fsync off
(scripts/db.sh), which favours neither side but flatters both absolute numbers.
EOF
    fi
    revision=$(git rev-parse --short HEAD 2>/dev/null || echo "no commit")
    [[ -z $(git status --porcelain 2>/dev/null) ]] || revision="$revision (with uncommitted changes)"
    [[ -z ${BENCH_BIN:-} ]] || revision="$revision, measuring the binary $BENCH_BIN"
    {
        printf '\n### %s, %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$revision"
        printf 'Machine: %s cores (%s), %s memory, PostgreSQL %s.\n\n' \
            "$(nproc)" "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
            "$(free -h | awk '/^Mem:/ { print $2 }')" "$(sql 'SHOW server_version' | cut -d' ' -f1)"
        printf '%s\n' "$report"
    } >>"$results"
    log "appended to $results"
fi

((rows_ok)) || die "rows do not add up: $wm_rows stored, $wm_created answered 201 (at most $CLIENTS may be in flight at the stop)"
