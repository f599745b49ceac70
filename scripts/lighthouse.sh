#!/usr/bin/env bash
# scripts/lighthouse.sh [--no-build] [LANG...]: Lighthouse 12.2.3 (pinned in package.json) with
# its mobile defaults (simulated slow 4G, 4x CPU slowdown) in Debian's Chromium, against the
# release build served by the reference server. Prints performance, LCP, CLS and TBT for the
# home page, a section, an article, each calculator, the e-services hub, an e-service's start
# page, its first step and a page of its sending (resume), a search and the partners page in each
# language (or those given), and last the same article as plain
# HTML with the portal's CSS and no script, the mark to aim at; then the largest paint as the
# browser itself reports it on a throttled load (scripts/load-trace.mjs). A report, not a test:
# times are never asserted.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  setup_build
  build_app
  build_server
fi
ensure_npm_packages
LANGS=("$@")
[ ${#LANGS[@]} -eq 0 ] && LANGS=(az en ru)
PAGES=("" /living /living/temporary-residence /calculators/registration-deadline /calculators/days-of-stay
  /calculators/state-fees /e-services /e-services/registration/start /e-services/registration/applicant
  /e-services/registration/resume "/search?q=visa" /useful-information/partners)
PORT="${LIGHTHOUSE_PORT:-8187}"
work="$(mktemp -d)"
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$ROOT/dist" "$work/dist"
# The plain-HTML mark: the English article's page without its script and preloads.
mkdir -p "$work/dist/plain"
perl -0pe 's#<script[^>]*>.*?</script>##gs; s#<link[^>]*rel=(modulepreload|preload)[^>]*>##g' \
  "$ROOT/dist/pages/en/living/temporary-residence.html" > "$work/dist/plain/temporary-residence.html"
"$SERVER_BIN" --dist "$work/dist" --data "$work/data" --addr "127.0.0.1:$PORT" >/dev/null 2>&1 &
server=$!
wait_for "http://127.0.0.1:$PORT/api/v1/health"

measure() {
  local url=$1 label=$2 out="$work/report.json"
  CHROME_PATH=/usr/bin/chromium "$ROOT/node_modules/.bin/lighthouse" "$url" --quiet \
    --only-categories=performance --output=json --output-path="$out" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    >/dev/null 2>&1 || { printf '%-48s lighthouse failed\n' "$label"; return; }
  node -e '
    const r = require(process.argv[1]); const a = r.audits;
    const s = (id) => a[id].numericValue;
    console.log([process.argv[2].padEnd(48), String(Math.round(r.categories.performance.score * 100)).padStart(4),
      ((s("largest-contentful-paint") / 1000).toFixed(2) + " s").padStart(8), s("cumulative-layout-shift").toFixed(3).padStart(7),
      (Math.round(s("total-blocking-time")) + " ms").padStart(8)].join(" "));' "$out" "$label"
}

printf '%-48s %4s %8s %7s %8s\n' page perf LCP CLS TBT
for lang in "${LANGS[@]}"; do
  for page in "${PAGES[@]}"; do
    measure "http://127.0.0.1:$PORT/$lang$page" "/$lang$page"
  done
done
measure "http://127.0.0.1:$PORT/plain/temporary-residence.html" "plain HTML: /en/living/temporary-residence"

# Then the same pages as the browser itself reports them on a throttled load (no simulation):
# each largest-contentful-paint entry and when the wasm arrived (scripts/load-trace.mjs).
echo
node "$ROOT/scripts/load-trace.mjs" "http://127.0.0.1:$PORT" /az /ru/living /en/living/temporary-residence \
  /en/calculators/registration-deadline /en/e-services/registration/start /en/e-services/registration/applicant
