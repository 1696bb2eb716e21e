#!/usr/bin/env bash
# Property-based checks of the HTTP API against its own OpenAPI document, with schemathesis:
# generated requests (valid and not) for every /api/v1 operation, anonymous and then as an
# admin with a bearer token, on a scratch database with the demo plan. A request may be
# refused (4xx), but never answered 5xx, with a status the document does not list, or with
# a body that does not match its schema.
#
# Not part of `make test`: it takes minutes and its inputs are random (the seed is printed,
# so a failure can be replayed). Environment: FUZZ_EXAMPLES (40) examples per operation;
# DATABASE_URL picks the server (default: the local cluster). Exit status non-zero on any
# failure.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WAYMARK_ROOT"

EXAMPLES=${FUZZ_EXAMPLES:-40}
OUT_DIR=target/api-fuzz
TOOLS=target/tools/schemathesis
ADMIN_EMAIL=fuzz-admin@example.org
ADMIN_PASSWORD="a password for the API fuzzing admin"

# Its own virtual environment, kept between runs (target/ is not committed).
if [[ ! -x $TOOLS/bin/schemathesis ]]; then
    log "installing schemathesis into $TOOLS"
    python3 -m venv "$TOOLS"
    "$TOOLS/bin/pip" install --quiet --disable-pip-version-check 'schemathesis>=4,<5'
fi

SQLX_OFFLINE=true cargo build --release -p waymark
bin=target/release/waymark
db_url=$(fresh_db waymark_fuzz)
DATABASE_URL=$db_url "$bin" migrate
DATABASE_URL=$db_url "$bin" seed --demo
printf '%s\n' "$ADMIN_PASSWORD" | DATABASE_URL=$db_url "$bin" user add --email "$ADMIN_EMAIL" --role admin

mkdir -p "$OUT_DIR"
port=$(free_port)
base=http://127.0.0.1:$port
# Write limits off: generated requests come fast from one address.
DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port WAYMARK_MAIL_URL="file://$PWD/$OUT_DIR/mail" \
    WAYMARK_WRITES_PER_MINUTE_PER_IP=0 WAYMARK_WRITES_PER_MINUTE_PER_ACCOUNT=0 \
    WAYMARK_LOGINS_PER_MINUTE=1000000 "$bin" serve >"$OUT_DIR/server.log" 2>&1 &
server_pid=$!
trap 'stop_pid "$server_pid"' EXIT
wait_http "$base/readyz" "$server_pid" 60

# Real identifiers, so that operations on one item get past their 404.
json_field() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }
contribution=$(curl -fsS "$base/api/v1/plans/milton-keynes/contributions?limit=1" | json_field "['features'][0]['id']")
cookies=$OUT_DIR/cookies
curl -fsS -c "$cookies" -o /dev/null -H 'content-type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$base/api/v1/auth/login"
token=$(curl -fsS -b "$cookies" -H 'x-requested-with: api-fuzz' -H 'content-type: application/json' \
    -d '{"name":"api fuzz"}' "$base/api/v1/auth/tokens" | json_field "['token']")
cat >"$OUT_DIR/schemathesis.toml" <<EOF
[parameters]
plan = "milton-keynes"
id = "$contribution"
EOF

# The event stream never ends by design: it is left out (its own tests cover it). The
# document carries no examples, so the examples phase has nothing to send; left out too.
run() {
    "$TOOLS/bin/schemathesis" --config-file "$OUT_DIR/schemathesis.toml" run "$base/openapi.json" \
        --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
        --exclude-path-regex '/events$' --phases coverage,fuzzing,stateful --max-examples "$EXAMPLES" --request-timeout 10 --workers 2 "$@"
}
status=0
log "anonymous requests"
run || status=1
log "requests as an admin"
# Not erasing the admin's own account (DELETE /api/v1/me/data, which its own tests
# cover): once it is gone every later request would be a 401 and test nothing.
run -H "Authorization: Bearer $token" --exclude-operation-id erase || status=1
# Errors the server logged at ERROR level, or a panic (a tool's own output that the server
# logs at INFO, such as osm2pgsql refusing a generated extract, is not one).
if sed 's/\x1b\[[0-9;]*m//g' "$OUT_DIR/server.log" | awk '$2 == "ERROR" || /panicked at/ { found = 1 } END { exit !found }'; then
    log "the server logged errors (see $OUT_DIR/server.log)"
    status=1
fi
exit "$status"
