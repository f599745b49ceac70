#!/usr/bin/env bash
# Trunk's post-build hook for the pages (Trunk.toml): the content build writes the articles'
# files (crates/content), then the prerender renders every page that does not depend on the
# visitor, articles included, with the app's own components (src/bin/prerender/), each page
# loading the app of its area (scripts/build-areas.sh, built first). In this order: the
# prerender reads what the content build and the areas' build wrote. All write into
# TRUNK_STAGING_DIR.
set -euo pipefail
bash "$(dirname "${BASH_SOURCE[0]}")/build-areas.sh"
cargo run --quiet --profile server -p migrationto-content
cargo run --quiet --no-default-features --features ssr --bin prerender 2> >(grep -v "Reading hash on the server" >&2)
# Each area's first load against its ceiling (sizes are deterministic): the build fails above it.
bash "$(dirname "${BASH_SOURCE[0]}")/bundle-report.sh" --check "$TRUNK_STAGING_DIR"
