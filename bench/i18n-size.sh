#!/usr/bin/env bash
# Part of make bench: the JavaScript the plan page (map-ui/dist/index.html) loads, gzipped,
# and the gzipped size of each language's map.ftl + common.ftl chunks, which the page
# fetches for the active language only. Issue 14's budget: the page's JS grows by at most
# 25 KB gzipped over its 318.2 KB before the message catalogue (measured the same way).
# SKIP_BUILD=1 measures map-ui/dist as it is.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$WAYMARK_ROOT"

[[ ${SKIP_BUILD:-} == 1 ]] || make ui >&2
dist=map-ui/dist
[[ -f $dist/index.html ]] || die "$dist/index.html is missing: run make ui"

gz() { gzip -9 -c "$@" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }

# The scripts and module preloads index.html names (the page's own entry and what it imports).
mapfile -t page_js < <(grep -oE '(src|href)="/assets/[^"]+\.js"' "$dist/index.html" | sed -E 's/^[a-z]+="\/(.*)"$/\1/' | sort -u)
((${#page_js[@]})) || die "no script found in $dist/index.html"
total=0
for f in "${page_js[@]}"; do total=$((total + $(gz "$dist/$f"))); done
echo "plan page JS, gzipped: $(kb "$total") (${#page_js[@]} files; budget: 343.2 KB)"

for dir in locales/*/; do
    tag=$(basename "$dir")
    chunks=("$dist"/assets/locale-"$tag"-map-*.js "$dist"/assets/locale-"$tag"-common-*.js)
    sum=0
    for c in "${chunks[@]}"; do [[ -f $c ]] && sum=$((sum + $(gz "$c"))); done
    echo "  $tag: map + common messages, gzipped: $(kb "$sum")"
done
