#!/usr/bin/env bash
# Builds the release app and prints the raw, gzip and brotli size of every wasm, JS and CSS
# file the first page downloads (the files index.html names). `--no-build` reports on the
# existing dist/. A report, not a test: it never fails on size.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ "${1:-}" != "--no-build" ]; then
  setup_build
  build_app
fi
cd "$ROOT/dist"
BUDGET_GZIP=$((200 * 1024))

files=$(grep -oE "/[A-Za-z0-9_.-]+\.(wasm|js|css)" index.html | sort -u | sed 's|^/||')
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total_raw=0; total_gz=0; total_br=0
for f in $files; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-44s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
done
printf '%-44s %10d %10d %10d\n' "first load, total" "$total_raw" "$total_gz" "$total_br"
printf 'budget: %d bytes gzip for the first load; used %d%%\n' "$BUDGET_GZIP" $((100 * total_gz / BUDGET_GZIP))

# The partner widgets: their own bundle (scripts/build-widgets.sh), all a partner page loads
# for the first widget on it: the loader, the wasm and its glue (the CSS is left out of the
# budget, as the issue counts wasm and JS; it is listed).
cd "$ROOT/dist/widgets"
WIDGET_BUDGET_GZIP=$((100 * 1024))
printf '\n%-44s %10s %10s %10s\n' "widgets/ file" raw gzip brotli
total_raw=0; total_gz=0; total_br=0
for f in migrationto-widgets.js migrationto_widgets.js migrationto_widgets_bg.wasm; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-44s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
done
printf '%-44s %10d %10d %10d\n' "widgets wasm + JS, total" "$total_raw" "$total_gz" "$total_br"
printf '%-44s %10d %10d %10d\n' "migrationto-widgets.css (not counted)" "$(stat -c %s migrationto-widgets.css)" \
  "$(gzip -9 -c migrationto-widgets.css | wc -c)" "$(brotli -q 11 -c migrationto-widgets.css | wc -c)"
printf 'widget budget: %d bytes gzip for wasm and JS; used %d%%\n' "$WIDGET_BUDGET_GZIP" $((100 * total_gz / WIDGET_BUDGET_GZIP))
