#!/usr/bin/env bash
# The Python tools the tests run beside Waymark, in their own virtual environment kept
# between runs (target/ is not committed): moto's S3-compatible server (uploaded files
# through s3://) and the icalendar parser (an independent reader of our .ics feeds).
# Prints the environment's bin folder.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$WAYMARK_ROOT"

TOOLS=target/tools/py
# Tests in one binary (and several binaries) may ask at once: one installs, the others wait.
mkdir -p target/tools
exec 9>target/tools/py.lock
flock 9
if [[ ! -x $TOOLS/bin/moto_server || ! -f $TOOLS/.icalendar ]]; then
    log "installing moto (S3 server) and icalendar into $TOOLS"
    python3 -m venv "$TOOLS"
    "$TOOLS/bin/pip" install --quiet --disable-pip-version-check 'moto[server]>=5,<6' 'icalendar>=6,<8' >&2
    touch "$TOOLS/.icalendar"
fi
echo "$WAYMARK_ROOT/$TOOLS/bin"
