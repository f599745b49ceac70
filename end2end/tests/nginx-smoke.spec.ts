import { Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowBrowserErrors, appReady, expect, test, text } from './support';

// The nginx recipe (deploy/nginx/migrationto.conf) in front of the backend, as scripts/test.sh
// runs it with E2E_SERVER=nginx: the same pages and headers as the Rust server gives.

/** CSP violations and failed loads the page reports, to be checked empty at the end. */
function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(m.text());
  });
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
}

/** The nonce in the response's CSP, and every nonce attribute in its HTML. */
async function nonces(res: { headers(): Record<string, string>; text(): Promise<string> }) {
  const csp = res.headers()['content-security-policy'] ?? '';
  const inHeader = csp.match(/'nonce-([^']+)'/)?.[1];
  const inHtml = [...(await res.text()).matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]);
  return { csp, inHeader, inHtml };
}

test('a page through nginx comes with its headers and shows its heading', async ({ page }) => {
  const seen = problems(page);
  const res = await page.goto('/en/living');
  expect(res?.status()).toBe(200);
  expect(res?.headers()['cache-control']).toBe('no-cache');
  expect(res?.headers()['x-content-type-options']).toBe('nosniff');
  expect(res?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(text('en', 'sections.living.title'));
  expect(seen).toEqual([]);
});

test('an address in a language the portal does not have is a 404 with the page in that language', async ({ page, request }) => {
  allowBrowserErrors(page, /status of 404 .*\(http:\/\/[^/]+\/ru\/no-such-page\)$/);
  const res = await page.goto('/ru/no-such-page');
  expect(res?.status()).toBe(404);
  expect(res?.headers()['cache-control']).toBe('no-cache');
  const n = await nonces(res!);
  expect(n.inHeader).toMatch(/^[0-9a-f]{32}$/);
  for (const attr of n.inHtml) expect(attr).toBe(n.inHeader);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('main h1')).toHaveText(text('ru', 'not_found.title'));
  // The app's own pages are there; the 404 pages are not served under their own names; an
  // address without a language gets the page that sends the visitor on; a missing file is a
  // plain 404.
  for (const [path, status] of [['/en/e-services/registration/check-answers', 200], ['/en/e-services/appointments', 200],
    ['/en/e-services/registration/no-such-step', 404], ['/not-found/en.html', 404], ['/no-such-page', 200]] as const) {
    expect((await request.get(path)).status(), path).toBe(status);
  }
  const file = await request.get('/en/no-such.js');
  expect(file.status()).toBe(404);
  expect(await file.text()).not.toContain(text('en', 'not_found.title'));
});

test('a deep link survives reload', async ({ page }) => {
  await page.goto('/ru/calculators/days-of-stay');
  await appReady(page);
  await page.reload();
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(text('ru', 'stay_calc.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('every page load has its own CSP nonce, the one in its script tags', async ({ page }) => {
  const seen = problems(page);
  const first = await nonces((await page.goto('/en/living'))!);
  await appReady(page);
  const second = await nonces((await page.reload())!);
  await appReady(page);
  for (const n of [first, second]) {
    expect(n.inHeader).toMatch(/^[0-9a-f]{32}$/);
    expect(n.inHtml.length).toBeGreaterThan(0);
    for (const attr of n.inHtml) expect(attr).toBe(n.inHeader);
    expect(n.csp).toContain("'wasm-unsafe-eval'");
    expect(n.csp).not.toContain('unsafe-inline');
    expect(n.csp).toContain("frame-ancestors 'none'");
  }
  expect(second.inHeader).not.toBe(first.inHeader);
  expect(seen).toEqual([]);
});

test('only the embed pages may be framed', async ({ request }) => {
  const embed = await request.get('/en/embed/deadline-calculator');
  expect(embed.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  const page = await request.get('/en/calculators');
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('an article gets its static page, with a fresh nonce', async ({ request }) => {
  // The first page the content build wrote (dist/pages/{lang}/{section}/{slug}.html).
  const pages = join(__dirname, '..', '..', 'dist', 'pages');
  // A build without them is a broken build, not a reason to skip.
  expect(existsSync(pages), `the content build wrote ${pages}`).toBe(true);
  const file = readdirSync(pages, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.html'))!;
  const address = '/' + file.replace(/\.html$/, '');
  const expected = readFileSync(join(pages, file), 'utf8');
  for (const path of [address, address + '/']) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const n = await nonces(res);
    expect(n.inHeader).toMatch(/^[0-9a-f]{32}$/);
    expect(await res.text()).toBe(expected.replaceAll('{{__TRUNK NONCE__}}', n.inHeader!));
  }
  expect((await request.get(`/pages/${file}`)).status()).toBe(404);
});

test('the fingerprinted wasm is cached for a year and sent precompressed', async ({ page, request }) => {
  // A page with an app names its wasm in its start-up script, which fetches it once the page
  // has been painted.
  const html = await (await request.get('/en/search?q=visa')).text();
  const wasm = html.match(/'(\/migrationto-search-en-[0-9a-f]{16}_bg\.wasm)'/)?.[1];
  expect(wasm, 'the page names its wasm').toBeTruthy();
  const res = await request.get(wasm!, { headers: { 'accept-encoding': 'br' } });
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers()['content-type']).toBe('application/wasm');
  // The .br file written by build_app (brotli_static); the body arrives decoded.
  expect(res.headers()['content-encoding']).toBe('br');
  expect((await res.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
  // And the browser itself got it the same way.
  // (A reading page loads none: a calculator does.)
  const loaded = page.waitForResponse((r) => r.url().endsWith('_bg.wasm'));
  await page.goto('/en/calculators/days-of-stay');
  const browserWasm = await loaded;
  expect(browserWasm.status()).toBe(200);
  expect(browserWasm.headers()['cache-control']).toContain('immutable');
});

test('the service worker is looked for at each visit and the manifests have their media type', async ({ request }) => {
  const worker = await request.get('/sw.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['content-type']).toContain('javascript');
  for (const lang of ['az', 'en', 'ru']) {
    const manifest = await request.get(`/manifest-${lang}.webmanifest`);
    expect(manifest.headers()['content-type']).toBe('application/manifest+json');
    expect((await manifest.json()).start_url).toBe(`/${lang}`);
  }
});

test('the API answers the page through nginx', async ({ page }) => {
  await page.goto('/en/living');
  await appReady(page);
  const health = await page.evaluate(async () => {
    const res = await fetch('/api/v1/health');
    return { status: res.status, body: await res.json() };
  });
  expect(health.status).toBe(200);
  expect(health.body.status).toBe('ok');
  // A write from the page is same-origin to the backend (nginx passes the Host with its
  // port): refused for its missing key, not for its origin.
  const write = await page.evaluate(async () => {
    const res = await fetch('/api/v1/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ service: 'registration', lang: 'en', answers: {} }),
    });
    return { status: res.status, body: await res.json() };
  });
  expect(write.body.type).toBe('/api/v1/problems/idempotency-key-missing');
  expect(write.status).toBe(400);
});

test('a missing file is a plain 404, not the app', async ({ request }) => {
  const res = await request.get('/nothing.js');
  expect(res.status()).toBe(404);
  expect(res.headers()['content-security-policy']).toBeUndefined();
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
});

test('an embed page through nginx shows its widget in its language, and partners may load the widgets', async ({ page, request }) => {
  const seen = problems(page);
  const res = await page.goto('/ru/embed/days-of-stay');
  const { csp, inHeader, inHtml } = await nonces(res!);
  expect(inHtml).toEqual([inHeader]);
  expect(csp).toContain("frame-ancestors 'self'");
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('migrationto-days-of-stay .title')).toHaveText(text('ru', 'stay_calc.title'));
  expect(seen).toEqual([]);
  const loader = await request.get('/widgets/migrationto-widgets.js');
  expect(loader.headers()['access-control-allow-origin']).toBe('*');
  expect((await request.get('/cldr/countries-en.json')).headers()['access-control-allow-origin']).toBe('*');
  expect((await request.get('/ru/embed/nothing')).headers()['content-security-policy']).toContain("frame-ancestors 'self'");
});
