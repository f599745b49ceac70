#!/usr/bin/env bash
# Builds the partner widgets (crates/widgets) into OUT/widgets: the custom elements' loader,
# the wasm and its glue, the widgets' CSS, and the embed page with its scripts. Trunk runs it
# after each build of the app (a post_build hook, OUT = $TRUNK_STAGING_DIR), because Trunk
# empties dist/ and builds only one wasm. Always a release build: the bundle must stay small.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
OUT="${1:-${TRUNK_STAGING_DIR:?give the output folder, or run from Trunk}}/widgets"
SRC="$ROOT/crates/widgets/js"
mkdir -p "$OUT"
cd "$ROOT"
cargo build --quiet --release --target wasm32-unknown-unknown -p migrationto-widgets
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name migrationto_widgets \
  target/wasm32-unknown-unknown/release/migrationto_widgets.wasm
bash scripts/optimise-wasm.sh "$OUT/migrationto_widgets_bg.wasm"
# The message shown when the wasm cannot load, from the locale files like every other text.
node -e '
  const fs = require("fs");
  const [root, src, out] = process.argv.slice(1);
  const texts = {};
  for (const lang of ["az", "en", "ru"]) {
    const w = JSON.parse(fs.readFileSync(`${root}/locales/${lang}.json`, "utf8")).widget;
    texts[lang] = { text: w.load_failed, link: w.load_failed_link };
  }
  const loader = fs.readFileSync(`${src}/migrationto-widgets.js`, "utf8").replace("__LOAD_FAILED__", JSON.stringify(texts));
  fs.writeFileSync(`${out}/migrationto-widgets.js`, loader);
' "$ROOT" "$SRC" "$OUT"
cp "$SRC/migrationto-widgets.css" "$SRC/embed.html" "$SRC/embed.js" "$SRC/embed.css" "$SRC/migrationto-embed.js" "$OUT/"
# The embed page's icon, under a name that does not change (the app's copy is fingerprinted).
cp "$ROOT/public/favicon.svg" "$OUT/"
# What a partner page loads for its first widget (the loader, the glue, the wasm) stays within
# 100 KB gzip: the build fails above it.
size=$(cat "$OUT/migrationto-widgets.js" "$OUT/migrationto_widgets.js" | gzip -9 | wc -c)
size=$((size + $(gzip -9 -c "$OUT/migrationto_widgets_bg.wasm" | wc -c)))
if [ "$size" -gt 102400 ]; then
  echo "bundle budget: the widgets load $size bytes gzip, over 102400" >&2
  exit 1
fi
