#!/usr/bin/env bash
# Browser tests: builds the UI and the debug binary, serves the Milton Keynes demo from a
# fresh `waymark_e2e` database on a free port, and runs tests/e2e/*.test.mjs in headless
# Chromium with WAYMARK_URL pointing at it. Screenshots and the server log: target/e2e/.
# Runs against DATABASE_URL's server when it is set, else the local cluster (scripts/db.sh).
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$WAYMARK_ROOT"

E2E_DIR=tests/e2e
OUT_DIR=target/e2e
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}

[[ -x $CHROMIUM ]] || apt_install chromium
# poppler draws and reads the printed dialogue report (tests/e2e/report.test.mjs).
command -v pdftoppm >/dev/null || apt_install poppler-utils
# Chromium's own text in Arabic script (the Urdu and Arabic pages) needs the Noto faces.
[[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ]] || apt_install fonts-noto-core
command -v node >/dev/null || die "Node.js 20 or later is needed for the browser tests"

# npm ci when node_modules is missing or older than the manifest or the lock.
installed=$E2E_DIR/node_modules/.package-lock.json
if [[ ! -f $installed || $E2E_DIR/package.json -nt $installed || $E2E_DIR/package-lock.json -nt $installed ]]; then
    log "installing the browser-test packages"
    if [[ -f $E2E_DIR/package-lock.json ]]; then
        (cd "$E2E_DIR" && npm ci --no-audit --no-fund) >&2
    else
        (cd "$E2E_DIR" && npm install --no-audit --no-fund) >&2
    fi
fi

make ui >&2
# E2E_NO_BUILD=1 reuses the binary as it is (while another build runs); E2E_BIN names
# another binary than target/debug/waymark.
if [[ -z ${E2E_NO_BUILD:-} ]]; then
    SQLX_OFFLINE=true cargo build -p waymark
fi
bin=${E2E_BIN:-target/debug/waymark}

# E2E_DB names another database, so that two runs at once do not drop each other's.
db_url=$(fresh_db "${E2E_DB:-waymark_e2e}")
DATABASE_URL=$db_url "$bin" migrate
DATABASE_URL=$db_url "$bin" seed --demo

# A community group's member and a DNO engineer (proposals), a moderator (live hiding).
export E2E_GROUP_EMAIL=group@example.org E2E_DNO_EMAIL=dno@example.org
export E2E_GROUP_PASSWORD="group password for the browser tests"
export E2E_DNO_PASSWORD="dno engineer password for the browser tests"
printf '%s\n' "$E2E_GROUP_PASSWORD" | DATABASE_URL=$db_url "$bin" user add --email "$E2E_GROUP_EMAIL" --role resident >&2
printf '%s\n' "$E2E_DNO_PASSWORD" | DATABASE_URL=$db_url "$bin" user add --email "$E2E_DNO_EMAIL" --role dno_engineer >&2
export E2E_MODERATOR_EMAIL=moderator@example.org E2E_MODERATOR_PASSWORD="moderator password for the browser tests"
printf '%s\n' "$E2E_MODERATOR_PASSWORD" | DATABASE_URL=$db_url "$bin" user add --email "$E2E_MODERATOR_EMAIL" --role moderator >&2

# A council officer: answers energy plans for the Local Area Energy Plan (energy-plan.test.mjs).
export E2E_COUNCIL_EMAIL=council@example.org E2E_COUNCIL_PASSWORD="council officer password for the browser tests"
printf '%s\n' "$E2E_COUNCIL_PASSWORD" | DATABASE_URL=$db_url "$bin" user add --email "$E2E_COUNCIL_EMAIL" --role council_officer >&2

# workshop users: a facilitator for tests/e2e/workshop.test.mjs.
export E2E_FACILITATOR_EMAIL=facilitator@example.org
export E2E_FACILITATOR_PASSWORD="facilitator password for the browser tests"
printf '%s\n' "$E2E_FACILITATOR_PASSWORD" | DATABASE_URL=$db_url "$bin" user add --email "$E2E_FACILITATOR_EMAIL" --role facilitator >&2
# end workshop users

# A community mobiliser: field capture and the dialogue report.
export E2E_MOBILISER_EMAIL=mobiliser@example.org
export E2E_MOBILISER_PASSWORD="mobiliser password for the browser tests"
printf '%s\n' "$E2E_MOBILISER_PASSWORD" | DATABASE_URL=$db_url "$bin" user add --email "$E2E_MOBILISER_EMAIL" --role mobiliser >&2
# tests/e2e/field.test.mjs counts rows in the database itself: conversations kept internal
# are not in the public API.
E2E_PSQL=$(pg_tool psql)
export E2E_DATABASE_URL=$db_url E2E_PSQL

mkdir -p "$OUT_DIR"
# The server sends its mail as .eml files here; tests/e2e/signup.test.mjs reads them back.
E2E_MAIL_DIR=$PWD/$OUT_DIR/mail
rm -rf "$E2E_MAIL_DIR"
mkdir -p "$E2E_MAIL_DIR"
export E2E_MAIL_DIR
port=$(free_port)
base="http://127.0.0.1:$port"
server_log=$OUT_DIR/server.log
log "starting waymark serve on $base (log: $server_log)"
DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port WAYMARK_MAIL_URL=file://$E2E_MAIL_DIR \
    "$bin" serve >"$server_log" 2>&1 &
server_pid=$!
trap 'stop_pid "$server_pid"' EXIT
wait_http "$base/readyz" "$server_pid" 60

# E2E_TESTS names some test files instead of all of them.
read -r -a files <<<"${E2E_TESTS:-$(echo "$E2E_DIR"/*.test.mjs)}"

# tests/e2e/zoom-bubbles.test.mjs also looks at 1,000,000 synthetic pins: a second database
# and server, seeded (about three minutes) while the other tests run; the file runs last.
million_pid=
if [[ " ${files[*]} " == *zoom-bubbles.test.mjs* ]]; then
    million_url=$(fresh_db "${E2E_DB:-waymark_e2e}_million")
    million_port=$(free_port)
    log "seeding 1,000,000 synthetic pins for the bubble test (log: $OUT_DIR/million.log)"
    (
        export DATABASE_URL=$million_url
        "$bin" migrate && "$bin" seed --demo && "$bin" seed --synthetic 1000000 &&
            WAYMARK_LISTEN=127.0.0.1:$million_port exec "$bin" serve
    ) >"$OUT_DIR/million.log" 2>&1 &
    million_pid=$!
    export E2E_MILLION_URL=http://127.0.0.1:$million_port E2E_MILLION_DATABASE_URL=$million_url
fi
# The seeding subshell's children (if it has not yet become the server) and the server.
# pkill finds no child once it has, and says so with status 1: that is not a failure (a
# failing command in an EXIT trap would become the script's exit status under `set -e`).
# shellcheck disable=SC2317 # called from the EXIT trap below
stop_million() {
    [[ -n $million_pid ]] || return 0
    pkill -TERM -P "$million_pid" 2>/dev/null || true
    stop_pid "$million_pid"
}
trap 'stop_pid "$server_pid"; stop_million' EXIT

status=0
# One file at a time: the tests share one server and database and count what they see.
WAYMARK_URL=$base node --test --test-concurrency=1 "${files[@]}" || status=$?
if ((status != 0)); then
    log "browser tests failed (exit $status); the end of $server_log:"
    tail -n 40 "$server_log" >&2 || true
fi
log "screenshots in $OUT_DIR/"
exit "$status"
