#!/usr/bin/env bash
# make backup-test: pgBackRest with deploy/pgbackrest.conf (only its paths changed) on a
# durable PostgreSQL cluster of this test's own: WAL archiving, a full backup, more writes,
# a restore into a new cluster to a moment between two writes, and a check that exactly the
# contributions written before that moment are there (their count and a checksum).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_cmd pgbackrest pgbackrest

WORK=$(mktemp -d "${TMPDIR:-/tmp}/waymark-backup-XXXXXX")
chmod 1777 "$WORK"
export TMPDIR=$WORK DB_DURABLE=1
unset DATABASE_URL
db() { "$WAYMARK_ROOT/scripts/db.sh" "$@"; }

as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

RESTORED=$WORK/restored
cleanup() {
    if [[ -f $RESTORED/postmaster.pid ]]; then
        as_pg "$PG_BIN/pg_ctl" stop -D "$RESTORED" -m immediate >/dev/null 2>&1 || true
    fi
    db destroy >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

url=$(db up)
cluster=$(db dir)
port=$(cat "$cluster/port")
sql() { "$(pg_tool psql)" "$url" -qXtA -v ON_ERROR_STOP=1 "$@"; }

# The configuration as deploy/README.md installs it, with this test's paths.
conf=$WORK/pgbackrest.conf
sed -e "s#^repo1-path=.*#repo1-path=$WORK/repo#" \
    -e "s#^pg1-path=.*#pg1-path=$cluster/data\npg1-port=$port\npg1-socket-path=$cluster\npg1-user=waymark#" \
    -e "s#^\[global\]#[global]\nlog-path=$WORK/log\nlock-path=$WORK/lock\nspool-path=$WORK/spool#" \
    "$WAYMARK_ROOT/deploy/pgbackrest.conf" >"$conf"
chmod 644 "$conf"
mkdir -p "$WORK/log" "$WORK/lock" "$WORK/spool" "$WORK/repo"
[[ $(id -u) -ne 0 ]] || chown postgres:postgres "$WORK/log" "$WORK/lock" "$WORK/spool" "$WORK/repo"
pgbackrest() { as_pg pgbackrest --config="$conf" --stanza=waymark "$@"; }

log "turning WAL archiving on"
sql -c "ALTER SYSTEM SET archive_mode = 'on'" \
    -c "ALTER SYSTEM SET archive_command = 'pgbackrest --config=$conf --stanza=waymark archive-push %p'"
db down
db up >/dev/null
pgbackrest stanza-create
pgbackrest check

log "the schema and the Milton Keynes demo"
bin="$WAYMARK_ROOT/target/debug/waymark"
[[ -x $bin ]] || (cd "$WAYMARK_ROOT" && cargo build -p waymark)
DATABASE_URL=$url "$bin" migrate
DATABASE_URL=$url "$bin" seed --demo

log "a full backup"
pgbackrest backup --type=full
# pgBackRest keeps a backup's stop time to the second, and restores to a moment only from a
# backup that stopped before it: the writes below start in the second after.
stopped=$(pgbackrest info --output=json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["backup"][-1]["timestamp"]["stop"])')
until (($(sql -c "SELECT floor(extract(epoch FROM clock_timestamp()))::bigint") > stopped)); do
    sleep 0.1
done

# n more contributions, copied from the demo's, titled with LABEL.
write() {
    sql -c "INSERT INTO contributions (plan_id, kind, themes, title, body, precision, location)
            SELECT plan_id, kind, themes, '$1 ' || n, body, precision, location
              FROM (SELECT * FROM contributions ORDER BY id LIMIT 1) c, generate_series(1, $2) n"
}
state() { sql -c "SELECT count(*) || ' ' || md5(string_agg(id::text || title, ',' ORDER BY id)) FROM contributions"; }

write "After the backup" 25
wanted=$(state)
# A moment after those writes committed and before the next ones.
sql -c "SELECT pg_sleep(0.2)"
target=$(sql -c "SELECT clock_timestamp()")
sql -c "SELECT pg_sleep(0.2)"
write "After the target" 7
final=$(state)
[[ $final != "$wanted" ]] || die "the last writes changed nothing"
# Every WAL segment up to now in the repository.
pgbackrest check

log "restoring to $target into a new cluster"
started=$SECONDS
mkdir -p "$RESTORED" && chmod 700 "$RESTORED"
[[ $(id -u) -ne 0 ]] || chown postgres:postgres "$RESTORED"
pgbackrest restore --pg1-path="$RESTORED" --type=time "--target=$target" --target-action=promote
port2=$(free_port)
as_pg "$PG_BIN/pg_ctl" start -D "$RESTORED" -w -t 120 -l "$WORK/restored.log" \
    -o "-p $port2 -c unix_socket_directories=$WORK -c archive_mode=off" >&2
restored_url=${url/:$port\//:$port2\/}
got=$("$(pg_tool psql)" "$restored_url" -qXtA -v ON_ERROR_STOP=1 \
    -c "SELECT count(*) || ' ' || md5(string_agg(id::text || title, ',' ORDER BY id)) FROM contributions")
log "restored in $((SECONDS - started)) s: $got (wanted $wanted; the cluster itself has $final)"
[[ $got == "$wanted" ]] || die "the restore holds $got, not $wanted"
log "backup and point-in-time restore: ok"
