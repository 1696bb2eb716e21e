#!/usr/bin/env bash
# Set-up shared by the benchmarks; sourced after scripts/lib.sh, from the repository root.

# seed_pins BIN DB_NAME PINS: a fresh database DB_NAME, migrated by BIN, with the Milton
# Keynes demo plan and PINS more synthetic pins in it (`seed --synthetic PINS`), then
# VACUUM ANALYZE. Sets db_url, seed_s (the seed's seconds), vacuum_s and published (the
# published pins).
seed_pins() {
    local bin=$1 name=$2 pins=$3 psql t0 t1 t2
    psql=$(pg_tool psql)
    db_url=$(fresh_db "$name")
    DATABASE_URL=$db_url "$bin" migrate
    DATABASE_URL=$db_url "$bin" seed --demo
    log "seeding $pins synthetic pins"
    t0=$(date +%s.%N)
    DATABASE_URL=$db_url "$bin" seed --synthetic "$pins"
    t1=$(date +%s.%N)
    "$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1 -c "VACUUM ANALYZE contributions"
    t2=$(date +%s.%N)
    seed_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
    vacuum_s=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.1f", b - a }')
    published=$("$psql" "$db_url" -qXtA -v ON_ERROR_STOP=1 -c "SELECT count(*) FROM contributions_public")
    log "seed --synthetic $pins took ${seed_s}s, VACUUM ANALYZE ${vacuum_s}s; $published published pins"
}

# bench_binary: the waymark binary a benchmark measures, built first unless BENCH_NO_BUILD
# is set, as BENCH_PROFILE says (release; `debug` only to try a script out). Sets PROFILE
# and bin.
bench_binary() {
    local -a build
    PROFILE=${BENCH_PROFILE:-release}
    case $PROFILE in
    release) build=(--release) ;;
    debug) build=() ;;
    *) die "BENCH_PROFILE is release or debug" ;;
    esac
    if [[ -z ${BENCH_NO_BUILD:-} ]]; then
        SQLX_OFFLINE=true nice -n 10 cargo build "${build[@]}" -p waymark
    fi
    bin=target/$PROFILE/waymark
    [[ -x $bin ]] || die "$bin is missing (BENCH_NO_BUILD is set, or the build failed)"
}
