#!/usr/bin/env bash
# Builds the app of each area (src/bin/area/: the search, the partners page, the calculators, the
# e-services' wizards, their sending, the appointments, the status checks) in each language (only that
# language's texts: the features lang-az, lang-en, lang-ru, build.rs) into OUT, beside the whole app Trunk built for index.html: its wasm and glue
# as `<app>-<lang>-<hash>_bg.wasm` and `<app>-<lang>-<hash>.js`, the hash from the wasm's
# contents so a browser may keep them. The prerender (scripts/build-pages.sh, after this) makes each page load its
# area's app. Trunk runs it after each build of the app (a post_build hook, OUT =
# $TRUNK_STAGING_DIR). Always a release build, as the widgets: sizes must be the ones users get.
# The reading pages load no app but the page script (public/page.js, core's `Area::needs_app`),
# copied as `page-<hash>.js` the same way (the calculators' pages load it beside their app);
# every page also loads the connection script (public/connection.js: the service worker and the
# offline notices, docs/offline.md). Both are copied without their whole-line comments, which
# are for the source (1.6 KB gzip off every page); neither has a multi-line string.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
OUT="${1:-${TRUNK_STAGING_DIR:?give the output folder, or run from Trunk}}"
# The apps of core's `Area::ALL`, by their `app_name`.
APPS=(migrationto-search migrationto-partners migrationto-calculators migrationto-e-services migrationto-sending
  migrationto-appointments migrationto-status-checks)
cd "$ROOT"
# Cargo keeps each language's build of the app beside the others' (a feature set each), so a
# rebuild after a change compiles the app three times but its dependencies once.
for lang in az en ru; do
  # shellcheck disable=SC2046 # one argument a binary
  cargo build --quiet --release --target wasm32-unknown-unknown --features "lang-$lang" \
    $(printf -- '--bin %s ' "${APPS[@]}")
  for app in "${APPS[@]}"; do
    wasm="target/wasm32-unknown-unknown/release/$app.wasm"
    name="$app-$lang-$(sha256sum "$wasm" | cut -c1-16)"
    wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name "$name" "$wasm"
    bash scripts/optimise-wasm.sh "$OUT/${name}_bg.wasm"
  done
done
for script in page connection; do
  grep -v '^[[:space:]]*//' "public/$script.js" > "$OUT/$script.js"
  mv "$OUT/$script.js" "$OUT/$script-$(sha256sum "$OUT/$script.js" | cut -c1-16).js"
done
