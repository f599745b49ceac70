#!/usr/bin/env bash
# Builds the release app and prints the raw, gzip and brotli size of every wasm, JS and CSS
# file the first page downloads (the files index.html names). `--no-build` reports on the
# existing dist/. A report, not a test: it never fails on size.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ "${1:-}" != "--no-build" ]; then
  setup_build
  build_app
fi
# report TITLE TOTAL_LABEL BUDGET_KB FILES...: one line per file and the total against its budget.
report() {
  local title=$1 label=$2 budget=$(($3 * 1024)); shift 3
  local total_raw=0 total_gz=0 total_br=0 raw gz br
  printf '%-44s %10s %10s %10s\n' "$title" raw gzip brotli
  for f in "$@"; do
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    br=$(brotli -q 11 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
    printf '%-44s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
  done
  printf '%-44s %10d %10d %10d\n' "$label, total" "$total_raw" "$total_gz" "$total_br"
  printf 'budget: %d bytes gzip for the %s; used %d%%\n' "$budget" "$label" $((100 * total_gz / budget))
}

cd "$ROOT/dist"
# shellcheck disable=SC2046 # one word per file
report file "first load" 200 $(grep -oE "/[A-Za-z0-9_.-]+\.(wasm|js|css)" index.html | sort -u | sed 's|^/||')

# The partner widgets: their own bundle (scripts/build-widgets.sh), all a partner page loads
# for the first widget on it: the loader, the wasm and its glue. The budget counts wasm and
# JS; the CSS is listed apart.
cd "$ROOT/dist/widgets"
echo
report "widgets/ file" "widgets wasm and JS" 100 migrationto-widgets.js migrationto_widgets.js migrationto_widgets_bg.wasm
printf '%-44s %10d %10d %10d\n' "migrationto-widgets.css (not counted)" "$(stat -c %s migrationto-widgets.css)" \
  "$(gzip -9 -c migrationto-widgets.css | wc -c)" "$(brotli -q 11 -c migrationto-widgets.css | wc -c)"
