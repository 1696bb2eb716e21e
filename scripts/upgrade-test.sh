#!/usr/bin/env bash
# make upgrade-test: migrations are safe while the previous release still serves. The
# release named in deploy/PREVIOUS_RELEASE (its tag and commit) is built from this
# repository's history, migrates and seeds a fresh database and starts serving; then this version's
# `waymark migrate` runs under it, and the old server's main read and write routes must
# still answer as before (expand/contract: a migration only adds, or relaxes, until no
# running release needs what it would remove). Finally this version serves the same
# database and sees what the old one wrote.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WAYMARK_ROOT"

read -r tag commit < <(grep -v '^#' deploy/PREVIOUS_RELEASE)
if ! git cat-file -e "$commit^{commit}" 2>/dev/null; then
    git fetch -q --unshallow origin 2>/dev/null || git fetch -q origin "$commit" 2>/dev/null || true
fi
git cat-file -e "$commit^{commit}" 2>/dev/null ||
    die "the previous release $tag ($commit) is not in this repository's history (a shallow clone? run git fetch --unshallow)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/waymark-upgrade-XXXXXX")
old_server="" new_server=""
cleanup() {
    [[ -z $old_server ]] || stop_pid "$old_server"
    [[ -z $new_server ]] || stop_pid "$new_server"
    rm -rf "$WORK"
}
trap cleanup EXIT

log "building the previous release, $tag (${commit:0:7})"
mkdir -p "$WORK/previous"
git archive "$commit" | tar -x -C "$WORK/previous"
# A target directory of its own, kept between runs: the old workspace's crates have the
# same names as this one's, and must never be mistaken for them.
# Without debug information or incremental caches: it is run, never debugged, and builds
# faster and smaller so.
(cd "$WORK/previous" && SQLX_OFFLINE=true CARGO_TARGET_DIR="$WAYMARK_ROOT/target/previous" \
    CARGO_PROFILE_DEV_DEBUG=0 CARGO_INCREMENTAL=0 cargo build -q -p waymark)
SQLX_OFFLINE=true cargo build -q -p waymark
old="$WAYMARK_ROOT/target/previous/debug/waymark" new=target/debug/waymark

db_url=$(fresh_db waymark_upgrade)
DATABASE_URL=$db_url "$old" migrate
DATABASE_URL=$db_url "$old" seed --demo
printf '%s\n' 'upgrade test resident' |
    DATABASE_URL=$db_url "$old" user add --email resident@upgrade.invalid --role resident

port=$(free_port)
base="http://127.0.0.1:$port"
DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port WAYMARK_UI_DIR="$WORK" \
    RUST_LOG=warn "$old" serve >"$WORK/old.log" 2>&1 &
old_server=$!
wait_http "$base/readyz" "$old_server" 60

cookies="$WORK/cookies"
# call METHOD PATH [JSON]: the HTTP status, the body kept in $WORK/body.
call() {
    local args=(-sS -o "$WORK/body" -w '%{http_code}' -b "$cookies" -c "$cookies"
        -H 'x-requested-with: upgrade-test' -X "$1")
    [[ -z ${3:-} ]] || args+=(-H 'content-type: application/json' --data "$3")
    curl "${args[@]}" "$base$2"
}
expect() {
    local want=$1 got
    shift
    got=$(call "$@")
    [[ $got == "$want" ]] || die "$tag after the upgrade: $1 $2 answered $got, not $want: $(head -c 300 "$WORK/body")"
}
field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$WORK/body" "$1"; }
pin='{"type":"Feature","geometry":{"type":"Point","coordinates":[-0.749,52.035]},
      "properties":{"kind":"idea","themes":["community"],"title":"TITLE","body":"Posted across an upgrade."}}'

# The routes people use most, on the old server: before, then after the new migrations.
journey() {
    expect 200 GET /api/v1/plans/milton-keynes
    expect 200 GET '/api/v1/plans/milton-keynes/contributions?limit=20'
    expect 200 GET /tiles/contributions/14/8157/5409.mvt
    expect 200 GET /tiles/neighbourhoods/12/2039/1352.mvt
    expect 201 POST /api/v1/plans/milton-keynes/contributions "${pin/TITLE/$1}"
    local id
    id=$(field id)
    expect 201 POST "/api/v1/contributions/$id/replies" '{"body":"Agreed."}'
    expect 200 PUT "/api/v1/contributions/$id/support"
    expect 200 GET "/api/v1/contributions/$id"
    expect 200 POST /api/v1/auth/login '{"email":"resident@upgrade.invalid","password":"upgrade test resident"}'
    expect 200 GET /api/v1/me
    expect 204 POST /api/v1/auth/logout
    printf '%s\n' "$id"
}

log "$tag serving on the schema it made"
journey "Before the upgrade" >/dev/null
log "migrating to this version while $tag serves"
DATABASE_URL=$db_url "$new" migrate
log "$tag still serving, on the new schema"
after=$(journey "After the upgrade" | tail -n 1)

log "this version serving the same database"
port=$(free_port)
DATABASE_URL=$db_url WAYMARK_LISTEN=127.0.0.1:$port WAYMARK_UI_DIR="$WORK" \
    RUST_LOG=warn "$new" serve >"$WORK/new.log" 2>&1 &
new_server=$!
wait_http "http://127.0.0.1:$port/readyz" "$new_server" 60
base="http://127.0.0.1:$port"
expect 200 GET "/api/v1/contributions/$after"
title=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["properties"]["title"])' "$WORK/body")
[[ $title == "After the upgrade" ]] ||
    die "this version does not see the pin $tag wrote"
log "upgrade from $tag: ok"
