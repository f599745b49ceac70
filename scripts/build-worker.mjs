// Writes the portal's service worker into the built site (`node scripts/build-worker.mjs DIST`,
// run by scripts/setup.sh's build_app after Trunk): Workbox's generateSW, not a hand-written
// cache (docs/offline.md says what is kept and why).
//
// - Kept at install, for every visitor (the precache): the styles, the page and connection
//   scripts, the icons and manifests, the country lists, and in each language the home page, the
//   calculators and the offline page. The calculators' app is built once a language (only its
//   texts): the connection script keeps the one in the page's language (its `data-keep`), not all
//   three. So after one visit the calculators work offline in the visitor's language, and a page
//   not kept says so in its language.
// - Kept as they are opened: every other page (network first, the kept copy when there is no
//   connection), the apps' files (they never change under their name), the articles' and search
//   index files (the kept copy at once, refreshed behind it).
// - Never kept: the e-service API (`/api/`), whose answers are personal.
import { generateSW } from 'workbox-build';

const dist = process.argv[2] || 'dist';
const LANGS = ['az', 'en', 'ru'];
const FINGERPRINTED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$/;

// `pages/en/calculators/days-of-stay.html` is the page at `/en/calculators/days-of-stay`.
const address = (file) =>
  file.startsWith('pages/') ? `/${file.slice('pages/'.length).replace(/\.html$/, '')}` : file === 'index.html' ? '/' : `/${file}`;

// The runtime routes for pages in one language: the kept copy, else that language's offline page.
// Workbox writes each route's test into the worker as source: no variables from here, so the
// pattern is a regular expression on the whole address.
const pagesIn = (lang) => ({
  urlPattern: new RegExp(`^[a-z]+://[^/]+/${lang}(?:[/?#]|$)`),
  handler: 'NetworkFirst',
  options: {
    cacheName: 'pages',
    networkTimeoutSeconds: 6,
    // Offline, the kept copy of an address serves it with any query: a search for other words
    // (the app searches the kept index), a wizard step reached from "Check your answers".
    matchOptions: { ignoreSearch: true },
    expiration: { maxEntries: 300, purgeOnQuotaError: true },
    precacheFallback: { fallbackURL: `/${lang}/offline` },
  },
});

const { count, size, warnings } = await generateSW({
  swDest: `${dist}/sw.js`,
  globDirectory: dist,
  globPatterns: [
    'index.html',
    '*.css',
    'page-*.js',
    'connection-*.js',
    'favicon-*.svg',
    'icons/*.png',
    'manifest-*.webmanifest',
    'cldr/*.json',
    ...LANGS.flatMap((lang) => [
      `pages/${lang}.html`,
      `pages/${lang}/calculators.html`,
      `pages/${lang}/calculators/*.html`,
      `pages/${lang}/offline.html`,
    ]),
  ],
  globIgnores: ['**/*.br', '**/*.gz'],
  manifestTransforms: [
    async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: address(entry.url) })), warnings: [] }),
  ],
  // A fingerprinted name is its own revision; the pages' revision is their content's hash.
  dontCacheBustURLsMatching: FINGERPRINTED,
  // A calculator's shared answers are in its query: the kept page serves them all.
  ignoreURLParametersMatching: [/.*/],
  // The first worker takes over the open page at once (so what it opens next is kept); a later
  // one waits until the visitor chooses "Reload" (public/connection.js) or closes the portal.
  clientsClaim: true,
  skipWaiting: false,
  cleanupOutdatedCaches: true,
  sourcemap: false,
  mode: 'production',
  runtimeCaching: [
    { urlPattern: ({ url }) => url.pathname.startsWith('/api/'), handler: 'NetworkOnly' },
    ...LANGS.map(pagesIn),
    {
      urlPattern: FINGERPRINTED,
      handler: 'CacheFirst',
      options: { cacheName: 'assets', expiration: { maxEntries: 60, purgeOnQuotaError: true } },
    },
    {
      urlPattern: ({ url }) => url.pathname.startsWith('/content/') || url.pathname.startsWith('/cldr/'),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'content', expiration: { maxEntries: 200, purgeOnQuotaError: true } },
    },
  ],
});
for (const warning of warnings) console.error(`build-worker: ${warning}`);
console.error(`build-worker: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB before compression`);
