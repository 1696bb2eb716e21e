#!/usr/bin/env bash
# A project-local PostgreSQL 15 + PostGIS cluster for development, tests and benchmarks,
# used only when DATABASE_URL is unset. Every checkout gets its own cluster and port.
#
#   scripts/db.sh up               start (initialising on first use); print the URL
#   scripts/db.sh url              the same: print the URL, starting the cluster if needed
#   scripts/db.sh createdb NAME    drop and recreate database NAME; print its URL
#   scripts/db.sh psql [ARGS...]   psql on the `waymark` database
#   scripts/db.sh status           say whether it runs, and where
#   scripts/db.sh dir              print the cluster's directory (data in data/, port in port)
#   scripts/db.sh down             stop it (no error when it is not running)
#   scripts/db.sh crash            stop it as a crash would (`pg_ctl stop -m immediate`)
#   scripts/db.sh destroy          stop it and delete its files
#
# DB_DURABLE=1 when a cluster is first made keeps PostgreSQL's durability on (the
# fault tests crash it and count what survived); otherwise it is off, for speed.
# Only URLs go to stdout; logs go to stderr.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The cluster lives outside the checkout: a checkout under /root is not readable by the
# `postgres` user. The hash of the checkout's path keeps two checkouts (or a CI clone) apart.
path_hash=$(printf '%s' "$WAYMARK_ROOT" | sha256sum | cut -c1-8)
CLUSTER_DIR="${TMPDIR:-/tmp}/waymark-pg-${WAYMARK_ROOT##*/}-$path_hash"
DATA_DIR="$CLUSTER_DIR/data"
PORT_FILE="$CLUSTER_DIR/port"
READY_MARK="$CLUSTER_DIR/initialised"
SERVER_LOG="$CLUSTER_DIR/postgres.log"
DB_USER=waymark
DB_PASSWORD=waymark
DB_NAME=waymark

# initdb and pg_ctl refuse to run as root: as root they run as the `postgres` system user.
as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

url_for() { printf 'postgres://%s:%s@127.0.0.1:%s/%s\n' "$DB_USER" "$DB_PASSWORD" "$(cat "$PORT_FILE")" "$1"; }

# psql_admin DB ARGS...: psql as the cluster's superuser on database DB.
psql_admin() {
    local db=$1
    shift
    PGOPTIONS="-c client_min_messages=warning" \
        "$(pg_tool psql)" "$(url_for "$db")" -qXtA -v ON_ERROR_STOP=1 "$@"
}

install_server() {
    local missing=()
    [[ -x $PG_BIN/initdb ]] || missing+=(postgresql-15)
    [[ -f /usr/share/postgresql/15/extension/postgis.control ]] || missing+=(postgresql-15-postgis-3)
    if ((${#missing[@]})); then
        apt_install "${missing[@]}"
    fi
}

# Serialises concurrent callers (parallel make, e2e and bench at once) on one cluster.
# The server must not inherit fd 9, or it would hold the lock for its whole life.
take_lock() {
    [[ -e $CLUSTER_DIR.lock ]] || : >"$CLUSTER_DIR.lock"
    exec 9<"$CLUSTER_DIR.lock"
    flock -w 300 9 || die "timed out waiting for $CLUSTER_DIR.lock"
}

# The postmaster's pid when the cluster runs; fails otherwise. A pid file whose process
# is gone, or is no longer a postgres (pid reuse after a reboot or a killed container),
# is stale: it and the socket lock files are removed so that the next start succeeds.
running_pid() {
    local pid_file="$DATA_DIR/postmaster.pid" pid comm state
    [[ -f $pid_file ]] || return 1
    pid=$(head -n 1 "$pid_file")
    if [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/stat ]]; then
        # Field 2 is "(comm)", field 3 the state; a killed postmaster that nobody has
        # reaped yet is a zombie ("Z") and still answers kill -0.
        read -r _ comm state _ <"/proc/$pid/stat" || true
        if [[ $state != Z && ($comm == "(postgres)" || $comm == "(postmaster)") ]]; then
            printf '%s\n' "$pid"
            return 0
        fi
    fi
    log "removing stale $pid_file (pid ${pid:-?} is not a running postgres)"
    rm -f "$pid_file" "$CLUSTER_DIR"/.s.PGSQL.*
    return 1
}

init_cluster() {
    local parent
    parent=$(dirname "$CLUSTER_DIR")
    if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -w "$parent"; then
        die "$parent is not writable by the postgres user; set TMPDIR to a directory it can use"
    fi
    if [[ -d $DATA_DIR ]]; then
        log "removing a half-initialised cluster in $DATA_DIR"
    fi
    rm -rf "$DATA_DIR" "$READY_MARK"
    mkdir -p "$CLUSTER_DIR"
    chmod 700 "$CLUSTER_DIR"
    [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$CLUSTER_DIR"

    local pwfile="$CLUSTER_DIR/pwfile"
    printf '%s\n' "$DB_PASSWORD" >"$pwfile"
    [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$pwfile"
    log "initialising a PostgreSQL cluster in $DATA_DIR"
    # Host (TCP) logins need the password; the unix socket sits in the 0700 cluster
    # directory, so only its owner can reach it and trust is safe there.
    as_pg "$PG_BIN/initdb" -D "$DATA_DIR" -U "$DB_USER" --pwfile="$pwfile" \
        --encoding=UTF8 --locale=C.UTF-8 \
        --auth-host=scram-sha-256 --auth-local=trust --no-sync --no-instructions >&2
    rm -f "$pwfile"

    as_pg tee -a "$DATA_DIR/postgresql.conf" >/dev/null <<EOF

# --- Waymark disposable dev/test cluster (written by scripts/db.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$CLUSTER_DIR'
# The port is given on the command line from $PORT_FILE.
# sqlx::test gives every test its own database and pool, and tests run in parallel.
max_connections = 400
shared_buffers = 512MB
# Fewer checkpoints during seeding and benchmarks.
max_wal_size = 4GB
EOF
    if [[ ${DB_DURABLE:-} != 1 ]]; then
        as_pg tee -a "$DATA_DIR/postgresql.conf" >/dev/null <<EOF
# Durability is off on purpose: everything in this cluster is recreated by migrations,
# seeds, tests and benchmarks, so losing it in an operating-system crash costs nothing,
# while skipping fsync and full-page images makes test databases and bulk loads much
# faster. Never copy these three settings to a server that holds real data.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    fi

    touch "$READY_MARK"
}

choose_port() {
    local port=""
    [[ -f $PORT_FILE ]] && port=$(cat "$PORT_FILE")
    if [[ ! $port =~ ^[0-9]+$ ]] || port_in_use "$port"; then
        [[ -z $port ]] || log "port $port is taken by another program; choosing another"
        port=$(free_port)
        printf '%s\n' "$port" >"$PORT_FILE"
    fi
}

wait_ready() {
    local deadline=$((SECONDS + 60))
    until "$(pg_tool pg_isready)" -q -h 127.0.0.1 -p "$(cat "$PORT_FILE")" -d postgres -U "$DB_USER"; do
        ((SECONDS < deadline)) || die "PostgreSQL did not become ready; see $SERVER_LOG"
        sleep 0.2
    done
}

# The first database and PostGIS in template1, so that every database created here,
# including each sqlx::test database, already has the extension (CREATE EXTENSION postgis
# takes about a second per database; the migration's IF NOT EXISTS then does nothing).
prepare_databases() {
    psql_admin template1 -c 'CREATE EXTENSION IF NOT EXISTS postgis' >&2
    if [[ -z $(psql_admin postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'") ]]; then
        log "creating database $DB_NAME"
        psql_admin postgres -c "CREATE DATABASE \"$DB_NAME\"" >&2
    fi
}

cmd_up() {
    install_server
    mkdir -p "$(dirname "$CLUSTER_DIR")"
    take_lock
    [[ -f $READY_MARK && -f $DATA_DIR/PG_VERSION ]] || running_pid >/dev/null || init_cluster
    if ! running_pid >/dev/null; then
        choose_port
        log "starting PostgreSQL on 127.0.0.1:$(cat "$PORT_FILE") (log: $SERVER_LOG)"
        as_pg "$PG_BIN/pg_ctl" start -D "$DATA_DIR" -l "$SERVER_LOG" -w -t 120 \
            -o "-p $(cat "$PORT_FILE")" >&2 9>&- ||
            die "PostgreSQL did not start; the end of $SERVER_LOG: $(tail -n 20 "$SERVER_LOG" 2>/dev/null)"
    fi
    wait_ready
    prepare_databases
    url_for "$DB_NAME"
}

cmd_createdb() {
    local name=${1:-}
    [[ $name =~ ^[a-z_][a-z0-9_]*$ ]] || die "usage: db.sh createdb NAME (lower-case letters, digits, _)"
    [[ $name != "$DB_NAME" && $name != postgres && $name != template[01] ]] ||
        die "refusing to recreate database $name"
    cmd_up >/dev/null
    log "recreating database $name"
    psql_admin postgres -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\"" >&2
    url_for "$name"
}

cmd_down() {
    [[ -d $DATA_DIR ]] || {
        log "no cluster at $CLUSTER_DIR"
        return 0
    }
    take_lock
    if running_pid >/dev/null; then
        log "stopping PostgreSQL in $DATA_DIR"
        as_pg "$PG_BIN/pg_ctl" stop -D "$DATA_DIR" -m fast -w -t 60 >&2
    else
        log "PostgreSQL in $DATA_DIR is not running"
    fi
}

cmd_crash() {
    take_lock
    if running_pid >/dev/null; then
        log "crashing PostgreSQL in $DATA_DIR (immediate stop)"
        as_pg "$PG_BIN/pg_ctl" stop -D "$DATA_DIR" -m immediate -w -t 60 >&2
    else
        log "PostgreSQL in $DATA_DIR is not running"
    fi
}

cmd_status() {
    local pid
    if pid=$(running_pid); then
        log "running (pid $pid) at $(url_for "$DB_NAME"), data in $DATA_DIR"
    else
        log "not running; data dir $DATA_DIR"
        return 3
    fi
}

cmd_destroy() {
    cmd_down
    log "deleting $CLUSTER_DIR"
    rm -rf "$CLUSTER_DIR" "$CLUSTER_DIR.lock"
}

case ${1:-} in
up | url) cmd_up ;;
createdb) cmd_createdb "${2:-}" ;;
psql)
    shift
    url=$(cmd_up)
    exec "$(pg_tool psql)" "$url" "$@"
    ;;
status) cmd_status ;;
dir) printf '%s\n' "$CLUSTER_DIR" ;;
down | stop) cmd_down ;;
crash) cmd_crash ;;
destroy) cmd_destroy ;;
*)
    sed -n '2,18s/^# \{0,1\}//p' "$0" >&2
    exit 2
    ;;
esac
