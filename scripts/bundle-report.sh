#!/usr/bin/env bash
# Sizes of what a first visit downloads, area by area: the raw, gzip and brotli size of every
# wasm, JS and CSS file a page names, for a page of each area (the reading pages' script, or
# the area's app: scripts/build-areas.sh), the page for an address without a language
# (`index.html`, the page script) and the partner widgets, against the targets of
# docs/static-first.md.
#   bash scripts/bundle-report.sh             builds the release app, then reports on dist/
#   bash scripts/bundle-report.sh --no-build  reports on the existing dist/
#   bash scripts/bundle-report.sh --check DIR the build's check (scripts/build-pages.sh): quiet,
#                                             fails when an area's first load is over its ceiling
# Sizes are deterministic, so the build may enforce them; times are never asserted.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
mode=report
DIST="$ROOT/dist"
case "${1:-}" in
  --no-build) ;;
  --check) mode=check; DIST="${2:?give the built folder}" ;;
  *) setup_build; build_app ;;
esac

# area TITLE PAGE TARGET_KB CEILING_KB: what PAGE loads (the files it names), the total gzip
# against the target and the ceiling; over the ceiling fails the check. A ceiling of 0: none.
over=0
area() {
  local title=$1 page=$2 target=$(($3 * 1024)) ceiling=$(($4 * 1024))
  local total_raw=0 total_gz=0 total_br=0 raw gz br
  # The calculators' app a page names for the connection script to keep (`data-keep`) comes
  # after the page has loaded, for offline use (docs/offline.md): not its first load.
  # shellcheck disable=SC2046 # one word per file
  set -- $(sed 's/ data-keep="[^"]*"//' "$DIST/$page" | grep -oE "[= '\"]/[A-Za-z0-9_.-]+\.(wasm|js|css)[ >'\"]" \
    | cut -c3- | sed 's/.$//' | sort -u)
  [ "$mode" = report ] && printf '\n%s: %s\n%-52s %10s %10s %10s\n' "$title" "$page" file raw gzip brotli
  for f in "$@"; do
    raw=$(stat -c %s "$DIST/$f")
    gz=$(gzip -9 -c "$DIST/$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    if [ "$mode" = report ]; then
      br=$(brotli -q 11 -c "$DIST/$f" | wc -c); total_br=$((total_br + br))
      printf '%-52s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
    fi
  done
  # A wizard's page carries its e-service's own texts for its app (src/page_texts.rs): counted
  # as part of what the app needs, though they come with the page.
  local texts
  texts=$(grep -o '<script type="application/json" id="page-texts">[^<]*</script>' "$DIST/$page" | sed 's/<[^>]*>//g' || true)
  if [ -n "$texts" ]; then
    raw=$(printf '%s' "$texts" | wc -c); gz=$(printf '%s' "$texts" | gzip -9 | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    if [ "$mode" = report ]; then
      br=$(printf '%s' "$texts" | brotli -q 11 -c | wc -c); total_br=$((total_br + br))
      printf '%-52s %10d %10d %10d\n' "the e-service's texts, in the page" "$raw" "$gz" "$br"
    fi
  fi
  if [ "$mode" = report ]; then
    printf '%-52s %10d %10d %10d\n' "first load, total" "$total_raw" "$total_gz" "$total_br"
    [ "$target" -gt 0 ] && printf 'target: %d bytes gzip; used %d%%\n' "$target" $((100 * total_gz / target))
    [ "$ceiling" -gt 0 ] && printf 'ceiling (the build fails above it): %d bytes gzip\n' "$ceiling"
  fi
  if [ "$ceiling" -gt 0 ] && [ "$total_gz" -gt "$ceiling" ]; then
    echo "bundle budget: $title ($page) loads $total_gz bytes gzip, over its ceiling of $ceiling" >&2
    over=1
  fi
}

# The targets are the issue's ("Static-first portal"). Every area meets its own, which is its
# ceiling: the search page and the partners page are content pages. Each app is built once a
# language with only its texts, so each language's page is measured.
area "reading pages (no app: the page script)" pages/en/living/temporary-residence.html 150 150
# The ceilings came down when each app was built once a language (from 335, 355 and 515: the
# other two languages' texts were 25-50 KB gzip of each app), then again when the texts were
# read without leptos_i18n's context provider (from 320, 335 and 480: src/locale.rs). The
# calculators' came down to their target when their app took over the calculator alone (from
# 320: `mount_content` in src/lib.rs); the e-services' (460) when the appointment page and the
# status checks got apps of their own, which take over their page's content the same way, and
# again (from 420) when the wizards did too, without a router (src/wizard/moves.rs), and the
# questions' to their target (from 270) when a wizard's page brought its e-service's own texts
# and no app had every service's (src/page_texts.rs). The search page's and the partners page's
# came down to the content pages' 150 (from 300: both loaded the reading pages' app with its
# router and shell) when each got an app of its own that takes over its content alone. The
# partners page's live preview then loads the widgets as a partner's page does (their own
# bundle, below): not its first load.
for lang in en az ru; do
  area "search, $lang (search app)" "pages/$lang/search.html" 150 150
  area "partners page, $lang (partners app)" "pages/$lang/useful-information/partners.html" 150 150
  area "calculators, $lang (calculators app)" "pages/$lang/calculators/registration-deadline.html" 200 200
  area "e-services, $lang (e-services app: the wizards' questions)" "pages/$lang/e-services/registration/applicant.html" 250 250
  area "e-services, $lang (sending app: an application's other pages)" "pages/$lang/e-services/registration/check-answers.html" 250 250
  area "appointments, $lang (appointments app)" "pages/$lang/e-services/appointments.html" 250 250
  area "status checks, $lang (status checks app)" "pages/$lang/e-services/travel-ban.html" 250 250
done
area "an address without a language (index.html: the page script)" index.html 0 0

# The partner widgets: their own bundle (scripts/build-widgets.sh), all a partner page loads
# for the first widget on it: the loader, the wasm and its glue; their CSS is listed apart.
if [ "$mode" = report ]; then
  cd "$DIST/widgets"
  printf '\nwidgets (a partner page)\n%-52s %10s %10s %10s\n' file raw gzip brotli
  total=0
  for f in migrationto-widgets.js migrationto_widgets.js migrationto_widgets_bg.wasm migrationto-widgets.css; do
    raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
    [ "${f##*.}" = css ] && f="$f (not counted)" || total=$((total + gz))
    printf '%-52s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
  done
  printf 'widgets wasm and JS, total %d bytes gzip; target 102400; used %d%%\n' "$total" $((100 * total / 102400))
fi
exit "$over"
