// The connection script, on every page with or without an app (docs/offline.md). It registers
// the portal's service worker (sw.js, written at build time by Workbox: scripts/build-worker.mjs),
// keeps on this device what the visitor opens so it reads offline, says when the connection
// goes and comes back, and offers a new version of the portal without ever swapping it in by
// itself. Its words are the page's own, in the page's language: the notices
// (src/components/connection_notices.rs) carry them.

// The caches the service worker reads pages and files from (scripts/build-worker.mjs).
const PAGES = 'pages';
const ASSETS = 'assets';
const CONTENT = 'content';
// A built file that never changes: `name-<hash>.js`, `name-<hash>_bg.wasm`, `name-<hash>.css`.
const FINGERPRINTED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$/;

const byId = (id) => document.getElementById(id);

// The status line: the app may have drawn the notices again since, so look them up each time.
let quiet;
function say(state) {
  const line = byId('connection-status');
  if (!line) return;
  clearTimeout(quiet);
  line.textContent = line.dataset[state] || '';
  if (state === 'online') quiet = setTimeout(() => { line.textContent = ''; }, 8000);
}
addEventListener('offline', () => say('offline'));
addEventListener('online', () => say('online'));
if (!navigator.onLine) say('offline');

// Adds what the page at `url` needs to the service worker's caches, when they lack it.
async function keep(cacheName, urls) {
  if (!('caches' in window) || !navigator.onLine) return;
  try {
    const cache = await caches.open(cacheName);
    for (const url of urls) {
      // Any cache of the worker's will do: the files it fetched at install are not kept twice.
      if (!(await caches.match(url))) await cache.add(url);
    }
  } catch {
    // No room, or the connection went: the page still works online.
  }
}

// This page and what it loaded, which came before the service worker did on a first visit, and
// each page the app shows in the same tab (a wizard's steps), which it draws without
// a page load: a reload of any of them then works offline.
function keepThisPage() {
  const here = location.origin + location.pathname + location.search;
  keep(PAGES, [here]);
  // The page's scripts and styles, the app's script and wasm its start-up script names, and
  // whatever else the browser says the page loaded (the search index, the country lists).
  const files = [...document.querySelectorAll('script[src], link[rel="stylesheet"][href]')].map((e) => e.src || e.href);
  const app = [...document.querySelectorAll('script:not([src])')].flatMap((e) =>
    [...e.textContent.matchAll(/'(\/[^']+\.(?:js|wasm))'/g)].map((m) => m[1]),
  );
  const loaded = (performance.getEntriesByType?.('resource') ?? []).map((entry) => entry.name);
  // The calculators' app in the page's language, which the prerender names on this script: the
  // calculators then work offline after one visit to any page (docs/offline.md). A wizard's
  // question also names the sending's app and its application's "Check your answers" page.
  const named = (document.querySelector('script[data-keep]')?.dataset.keep.split(' ') ?? [])
    .map((f) => new URL(f, location.href));
  const urls = [...new Set([...files, ...app, ...loaded, ...named.map(String)])]
    .map((f) => new URL(f, location.href))
    .filter((url) => url.origin === location.origin && !url.pathname.startsWith('/api/'));
  keep(ASSETS, urls.filter((url) => FINGERPRINTED.test(url.pathname)).map(String));
  keep(CONTENT, urls.filter((url) => /^\/(content|cldr)\//.test(url.pathname)).map(String));
  keep(PAGES, named.filter((url) => url.origin === location.origin && !/\.(js|wasm)$/.test(url.pathname)).map(String));
}

// The update notice: the new version waits until the visitor chooses to reload.
let chosen = false;
let waiting = null;
function offerUpdate(worker) {
  waiting = worker;
  const notice = byId('update-notice');
  const button = byId('update-reload');
  if (!notice || !button) return;
  notice.hidden = false;
  button.onclick = () => {
    chosen = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
}

// An app that takes the page over draws the notices afresh (src/takeover.rs, then
// `data-app="running"`; the apps that take over only the content of `<main>`, src/lib.rs
// `mount_content`, leave them as they were): say again what they said. A page whose app could
// not be fetched or started (`data-app="unavailable"`, its start-up script: offline, with no
// copy of that language's app on this device) says that its form cannot work yet.
const onAppState = () => {
  const state = document.documentElement.dataset.app;
  if (state === 'unavailable') say('unavailable');
  if (state !== 'running') return;
  if (!navigator.onLine) say('offline');
  if (waiting) offerUpdate(waiting);
};
new MutationObserver(onAppState).observe(document.documentElement, { attributes: true, attributeFilter: ['data-app'] });
onAppState();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first worker takes the page over by itself; only a chosen update reloads it.
    if (chosen) location.reload();
  });
  const start = async () => {
    try {
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
        });
      });
      await navigator.serviceWorker.ready;
      keepThisPage();
      if (window.navigation) navigation.addEventListener('navigatesuccess', keepThisPage);
    } catch {
      // No service worker (a private window's setting, an old browser): the portal works online.
    }
  };
  // After the page has drawn and loaded: the worker's downloads never compete with the page's.
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
