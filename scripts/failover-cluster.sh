#!/usr/bin/env bash
# A three-node pg_auto_failover cluster on loopback ports, for the failover test
# (tests/tests/failover.rs) and for trying the setup deploy/failover.md describes:
# a monitor, a primary and a synchronous secondary, all PostgreSQL 15 + PostGIS.
#
#   failover-cluster.sh up DIR        make and start it; prints "MONITOR NODE1 NODE2" ports
#   failover-cluster.sh kill DIR N    node N's keeper and PostgreSQL killed (SIGKILL)
#   failover-cluster.sh start DIR N   node N's keeper started again (it rejoins as standby)
#   failover-cluster.sh state DIR     the monitor's view (pg_autoctl show state)
#   failover-cluster.sh down DIR      everything stopped and DIR removed
#
# The monitor here decides within seconds (health checks every second, a node unhealthy
# after 2 s, the demote timeout 5 s, the nodes' network-partition timeout 3 s) so that
# the test is quick; deploy/failover.md keeps pg_auto_failover's own defaults, which
# trade a slower failover (about 30 s) for safety on a real network.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v pg_autoctl >/dev/null 2>&1 || apt_install postgresql-15-auto-failover
[[ -f /usr/share/postgresql/15/extension/postgis.control ]] || apt_install postgresql-15-postgis-3

as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cmd=${1:?usage: failover-cluster.sh up|kill|start|state|down DIR [N]}
DIR=${2:?a directory}
export PATH="$PG_BIN:$PATH" XDG_CONFIG_HOME="$DIR/config" XDG_DATA_HOME="$DIR/share" XDG_RUNTIME_DIR="$DIR/run"

autoctl() { as_pg env PATH="$PATH" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" XDG_DATA_HOME="$XDG_DATA_HOME" XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" pg_autoctl "$@"; }
port_of() { cat "$DIR/$1.port"; }
sql() { "$PG_BIN/psql" "postgres://postgres@127.0.0.1:$(port_of "$1")/$2" -qXtA -v ON_ERROR_STOP=1 -c "$3"; }

# run_keeper NAME ARGS...: a pg_autoctl service in the background, its log in DIR.
run_keeper() {
    local name=$1
    shift
    # The redirections on the group, so that the background shell itself keeps no
    # descriptor of the caller's: whoever reads this script's output sees it end.
    # Each keeper leads a session of its own: its helpers rename themselves
    # ("pg_autoctl: start/stop postgres") but keep the session, so `kill_node` finds them.
    { as_pg setsid env PATH="$PATH" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" XDG_DATA_HOME="$XDG_DATA_HOME" \
        XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" pg_autoctl "$@"; } >>"$DIR/$name.log" 2>&1 </dev/null &
}

# kill_node NAME: the keeper of NAME, everything in its session, and its PostgreSQL.
kill_node() {
    local name=$1 sid own
    own=$(ps -o sid= -p $$)
    for _ in 1 2 3; do
        for sid in $(pgrep -f -- "^pg_autoctl .*--pgdata $DIR/$name( |\$)" | xargs -r ps -o sid= -p | sort -u); do
            if ((sid != own)); then pkill -KILL -s "$sid" || true; fi
        done
        pkill -KILL -f -- "-D $DIR/$name( |\$)" || true
    done
}

# wait_for DESCRIPTION COMMAND...: until COMMAND succeeds, 120 s at most.
wait_for() {
    local what=$1 deadline=$((SECONDS + 120))
    shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || die "timed out waiting for $what; see $DIR/*.log"
        sleep 0.3
    done
}

# state_is NODE STATE: the monitor reports and assigns STATE to NODE.
state_is() {
    autoctl show state --pgdata "$DIR/monitor" 2>/dev/null |
        awk -F'|' -v n="$1" -v s="$2" '{ gsub(/ /, "") } $1 == n && $6 == s && $7 == s { found = 1 } END { exit !found }'
}

# A base backup waits for a checkpoint, which by default is spread over minutes: the
# primary is asked for one at once while a standby catches up.
# caught_up NODE PRIMARY: NODE is a secondary; else PRIMARY is asked for a checkpoint.
caught_up() {
    state_is "$1" secondary && return 0
    sql "$2" postgres "CHECKPOINT" >/dev/null 2>&1 || true
    return 1
}

case $cmd in
up)
    mkdir -p "$DIR"/{config,share,run}
    [[ $(id -u) -ne 0 ]] || chown -R postgres:postgres "$DIR"
    for name in monitor node1 node2; do free_port >"$DIR/$name.port"; done
    autoctl create monitor --pgdata "$DIR/monitor" --pgport "$(port_of monitor)" \
        --hostname 127.0.0.1 --auth trust --no-ssl >>"$DIR/monitor.log" 2>&1
    run_keeper monitor run --pgdata "$DIR/monitor"
    wait_for "the monitor" sql monitor pg_auto_failover "SELECT 1"
    for setting in health_check_period=1000 health_check_timeout=1000 health_check_max_retries=1 \
        health_check_retry_delay=500 node_considered_unhealthy_timeout=2000 primary_demote_timeout=5000; do
        sql monitor pg_auto_failover "ALTER SYSTEM SET pgautofailover.${setting%=*} = ${setting#*=}"
    done
    sql monitor pg_auto_failover "SELECT pg_reload_conf()" >/dev/null
    monitor_url="postgres://autoctl_node@127.0.0.1:$(port_of monitor)/pg_auto_failover?sslmode=disable"
    for n in 1 2; do
        run_keeper "node$n" create postgres --pgdata "$DIR/node$n" --pgport "$(port_of "node$n")" \
            --hostname 127.0.0.1 --name "node$n" --auth trust --no-ssl --dbname waymark \
            --monitor "$monitor_url" --run
        if ((n == 1)); then
            wait_for "node1 alone" state_is node1 single
            sql node1 waymark "CREATE EXTENSION IF NOT EXISTS postgis"
        fi
    done
    wait_for "node2 as the secondary" caught_up node2 node1
    wait_for "node1 as the primary" state_is node1 primary
    for n in 1 2; do
        autoctl config set --pgdata "$DIR/node$n" timeout.network_partition_timeout 3 >/dev/null
    done
    echo "$(port_of monitor) $(port_of node1) $(port_of node2)"
    ;;
kill)
    n=${3:?a node number}
    kill_node "node$n"
    ;;
start)
    n=${3:?a node number}
    run_keeper "node$n" run --pgdata "$DIR/node$n"
    other=$((3 - n))
    wait_for "node$n to follow again" caught_up "node$n" "node$other"
    ;;
state)
    autoctl show state --pgdata "$DIR/monitor"
    ;;
down)
    # The keepers first, or one restarts the PostgreSQL just killed; a killed
    # postmaster's children notice and leave within moments, until then they may still
    # write into the data directories.
    for _ in $(seq 1 100); do
        for name in node1 node2 monitor; do kill_node "$name"; done
        ! pgrep -f -- "$DIR/" >/dev/null && rm -rf "$DIR" 2>/dev/null && break
        sleep 0.1
    done
    [[ ! -e $DIR ]] || die "could not remove $DIR"
    ;;
*)
    die "unknown command $cmd"
    ;;
esac
