# Helpers shared by scripts/db.sh, tests/e2e/run.sh and bench/*.sh.
# Source it; it sets nothing but functions and WAYMARK_ROOT / PG_BIN.
# shellcheck shell=bash

WAYMARK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# Logs go to stderr so that stdout carries only what a script is asked for (a URL).
log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

# apt_install PKG...: installs the Debian packages, running `apt-get update` once per
# process and only when something is actually missing (callers check first).
apt_install() {
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "need root (or sudo) to install: $*"
        sudo=(sudo)
    fi
    log "installing Debian packages: $*"
    if [[ -z ${WAYMARK_APT_UPDATED:-} ]]; then
        "${sudo[@]}" apt-get update -qq >&2
        WAYMARK_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >&2
}

# need_cmd COMMAND PACKAGE: installs PACKAGE when COMMAND is not on PATH.
need_cmd() {
    command -v "$1" >/dev/null 2>&1 || apt_install "$2"
}

# PostgreSQL client tools: the server's own directory first, then Debian's wrappers.
pg_tool() {
    if [[ -x $PG_BIN/$1 ]]; then
        printf '%s\n' "$PG_BIN/$1"
    elif command -v "$1" >/dev/null 2>&1; then
        command -v "$1"
    else
        apt_install postgresql-client-15
        printf '%s\n' "$PG_BIN/$1"
    fi
}

# port_in_use PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# free_port: prints a TCP port nobody listens on. Ports are drawn below Linux's
# ephemeral range (32768+) so that outgoing connections cannot be handed the same one.
free_port() {
    local port _
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 12000))
        if ! port_in_use "$port"; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    die "no free TCP port found"
}

# db_url_with_name URL NAME: the same server and credentials, database NAME.
db_url_with_name() {
    local url=$1 name=$2 base query rest
    base=${url%%\?*}
    query=${url#"$base"}
    rest=${base#*://}
    if [[ $rest == */* ]]; then
        base=${base%/*}
    fi
    printf '%s/%s%s\n' "$base" "$name" "$query"
}

# fresh_db NAME: drops and recreates database NAME and prints its URL. With DATABASE_URL
# set, on that server (the role needs CREATEDB); otherwise in the project-local cluster.
fresh_db() {
    local name=$1 psql url
    [[ $name =~ ^[a-z_][a-z0-9_]*$ ]] || die "bad database name: $name"
    if [[ -z ${DATABASE_URL:-} ]]; then
        "$WAYMARK_ROOT/scripts/db.sh" createdb "$name"
        return
    fi
    psql=$(pg_tool psql)
    url=$(db_url_with_name "$DATABASE_URL" "$name")
    [[ $url != "$DATABASE_URL" ]] || die "DATABASE_URL already names database $name; point it at another one"
    log "recreating database $name on the DATABASE_URL server"
    "$psql" "$DATABASE_URL" -qX -v ON_ERROR_STOP=1 \
        -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" \
        -c "CREATE DATABASE \"$name\"" >&2
    printf '%s\n' "$url"
}

# wait_http URL PID [SECONDS]: waits until URL answers 200, failing early if PID exits.
wait_http() {
    local url=$1 pid=$2 deadline=$((SECONDS + ${3:-60}))
    need_cmd curl curl
    until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || die "the server (pid $pid) exited before $url answered"
        ((SECONDS < deadline)) || die "$url did not answer 200 within ${3:-60}s"
        sleep 0.2
    done
}

# stop_pid PID: stops a process this script started, politely first.
stop_pid() {
    local pid=$1 _
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
