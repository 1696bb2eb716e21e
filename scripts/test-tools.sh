#!/usr/bin/env bash
# The Python tools the Rust tests check Waymark against, in a virtual environment of
# their own under target/tools/py (kept between runs; target/ is not committed):
# `icalendar`, an independent iCalendar (RFC 5545) parser for the groups' calendars.
# Prints the environment's python. Quick when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=target/tools/py
if [[ ! -f $TOOLS/.icalendar-6 ]]; then
    python3 -m venv "$TOOLS" >&2
    "$TOOLS/bin/pip" install --quiet --disable-pip-version-check 'icalendar>=6,<7' >&2
    touch "$TOOLS/.icalendar-6"
fi
echo "$PWD/$TOOLS/bin/python"
