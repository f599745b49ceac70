// Installable and offline (docs/offline.md): the service worker Workbox writes at build time,
// the web app manifests, the connection notices, and what works with no connection.
import type { Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../playwright.config';
import { allowBrowserErrors, appReady, countryName, expect, fixBakuDate, LANGS, test, text, typeDate } from './support';
import { completeRegistration, label, next, OwnServer, reg, start, tracked } from './wizard-support';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page and has kept the page itself. */
async function kept(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (navigator.serviceWorker.controller?.state !== 'activated') return false;
          return !!(await caches.match(location.origin + location.pathname + location.search));
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Fills a status check's three fields. */
async function fillCheck(page: Page) {
  await page.locator('#passport-number').fill('AB1234567');
  await typeDate(page, 'dob', '12', '4', '1991');
  await page.locator('#citizenship').fill(countryName('en', 'GB'));
  await page.locator('#citizenship').blur();
}

/** What a page's connection line says. */
const statusLine = (page: Page) => page.locator('#connection-status');

// A calculator with its answers in the address (a shared link), and a line of its result.
const CALCULATORS = [
  { path: '/calculators/registration-deadline?c=FR&arrival=2026-3-5&departure=2026-4-20&stay=hotel&entry=visa-free', label: 'registration_calc.last_day_label' },
  { path: '/calculators/days-of-stay?rule=other&trip=2026-3-1~2026-3-20', label: 'stay_calc.left_label' },
  { path: '/calculators/state-fees?service=extension&who=adult&length=60&speed=1', label: 'fee_calc.fee_label' },
];

for (const lang of LANGS) {
  test(`${lang}: after one visit, the opened article and every calculator work offline, and an unopened page says it is not kept`, async ({ page, context }) => {
    test.setTimeout(90_000);
    await fixBakuDate(page, '2026-11-22');
    await page.goto(`/${lang}/living/registration`);
    await appReady(page);
    const heading = await page.locator('main h1').textContent();
    await kept(page);
    // The calculators' app this page names is kept too: that language's, not the others'.
    const keep = (await page.locator('script[data-keep]').getAttribute('data-keep'))!.split(' ');
    expect(keep.every((file) => file.startsWith(`/migrationto-calculators-${lang}-`)), keep.join(' ')).toBe(true);
    await expect
      .poll(() => page.evaluate(async (files) => (await Promise.all(files.map((f) => caches.match(f)))).every(Boolean), keep), {
        timeout: 30_000,
      })
      .toBe(true);
    const keptApps = await page.evaluate(async () => {
      const names = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
      return names.flat().filter((url) => url.includes('/migrationto-'));
    });
    expect(keptApps.filter((url) => !url.includes(`/migrationto-calculators-${lang}-`)), 'no other app is kept').toEqual([]);

    await context.setOffline(true);
    await expect(statusLine(page)).toHaveText(text(lang, 'connection.offline'));
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(heading!);
    await expect(statusLine(page)).toHaveText(text(lang, 'connection.offline'));

    for (const calculator of CALCULATORS) {
      await page.goto(`/${lang}${calculator.path}`);
      await appReady(page);
      const row = page.locator('.summary > div', { has: page.locator('dt', { hasText: text(lang, calculator.label) }) });
      await expect(row.locator('dd')).not.toHaveText('');
      await expect(page.locator('.indicative')).toHaveText(text(lang, 'calc_common.indicative'));
      // The app took the page over and drew its notices afresh: the line still says so.
      await expect(statusLine(page)).toHaveText(text(lang, 'connection.offline'));
    }

    await page.goto(`/${lang}/tourism/sheki`);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(text(lang, 'offline.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    await context.setOffline(false);
    await expect(statusLine(page)).toHaveText(text(lang, 'connection.online'));
    await page.goto(`/${lang}/tourism/sheki`);
    await appReady(page);
    await expect(page.locator('main h1')).not.toHaveText(text(lang, 'offline.title'));
  });

  test(`${lang}: the start page is installable and the manifest opens the portal in ${lang}`, async ({ playwright, baseURL }) => {
    // Chromium offers no installation in a private window, which a test's context is.
    const profile = mkdtempSync(join(tmpdir(), 'migrationto-profile-'));
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...config.use?.launchOptions,
      baseURL,
      serviceWorkers: 'allow',
    });
    try {
      const page = await context.newPage();
      await page.goto(`/${lang}`);
      await appReady(page);
      await kept(page);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe(`/manifest-${lang}.webmanifest`);
      const reply = await page.request.get(href!);
      expect(reply.headers()['content-type']).toContain('application/manifest+json');
      const manifest = await reply.json();
      expect(manifest.start_url).toBe(`/${lang}`);
      expect(manifest.lang).toBe(lang);
      expect(manifest.name).toBe(text(lang, 'manifest.name'));
      expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable');
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}

test('offline, a calculator in a language whose app this device has not kept says it cannot work yet', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/en/living/registration');
  await appReady(page);
  await kept(page);
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).length > 0 && !!(await caches.match(document.querySelector<HTMLElement>('script[data-keep]')!.dataset.keep!.split(' ')[1]))), {
      timeout: 30_000,
    })
    .toBe(true);
  await context.setOffline(true);
  // The Russian calculator's page is kept from the start (the worker's precache), its app is not.
  allowBrowserErrors(page, /Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/);
  await page.goto('/ru/calculators/days-of-stay');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'unavailable');
  await expect(page.locator('main h1')).toHaveText(text('ru', 'stay_calc.title'));
  await expect(statusLine(page)).toHaveText(text('ru', 'connection.unavailable'));

  // In the language used online, the same calculator works.
  await page.goto('/en/calculators/days-of-stay');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'running');
});

test('en: search works offline on the index it has already loaded, for other words too', async ({ browser, baseURL }) => {
  // Without the pinned clock: Playwright's fake clock also hides what the page loaded
  // (`performance`), which is how the connection script finds the index the app fetched.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/en/search?q=temporary%20residence');
  await appReady(page);
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await kept(page);
  await expect.poll(() => page.evaluate(async () => !!(await caches.match('/content/en/search.json')))).toBe(true);

  await context.setOffline(true);
  await page.goto('/en/search?q=visa');
  await appReady(page);
  await expect(page.locator('.search-results li a', { hasText: /visa/i }).first()).toBeVisible();
  await page.locator('#search-page-q').fill('work permit');
  await page.locator('#search-page-q').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=work/);
  await expect(page.locator('.search-results li a', { hasText: /work permit/i }).first()).toBeVisible();
  await context.close();
});

test('ru: a wizard step reloaded offline keeps its answers', async ({ page, context }) => {
  await start(page, 'ru');
  await page.getByRole('radio', { name: reg('ru', 'fields.applicant_role.options.host'), exact: true }).check();
  await next(page, 'ru');
  const surname = page.getByLabel(label('ru', 'person_surname'), { exact: true });
  await surname.fill('Иванова');
  await kept(page);
  // The e-services' app is kept by the worker, not left to the browser's own cache.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const wasm = document.documentElement.innerHTML.match(/'(\/migrationto-e-services-ru-[0-9a-f]+_bg\.wasm)'/)?.[1];
        return !!wasm && !!(await caches.match(wasm));
      }),
    )
    .toBe(true);
  // And what the page names for later (`data-keep`): the calculators' and the sending's apps and
  // this application's "Check your answers".
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const named = document.querySelector('script[data-keep]')!.getAttribute('data-keep')!.split(' ');
          if (!['migrationto-sending-ru-', 'check-answers'].every((name) => named.some((n) => n.includes(name)))) return 'not named';
          const found = await Promise.all(named.map((f) => caches.match(new URL(f, location.href).href)));
          return found.every(Boolean);
        }),
      { timeout: 30_000 },
    )
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page).toHaveURL(/\/ru\/e-services\/registration\/person$/);
  await expect(surname).toHaveValue('Иванова');
  await page.goBack();
  await appReady(page);
  await expect(page.getByRole('radio', { name: reg('ru', 'fields.applicant_role.options.host'), exact: true })).toBeChecked();
  // "Check your answers", the sending's app, opens offline too; the application is not finished,
  // so it sends the visitor on to the first question that needs an answer, a page of the other
  // app, offline as well.
  await page.goto('/ru/e-services/registration/check-answers');
  await expect(page).toHaveURL(/\/ru\/e-services\/registration\/person$/);
  await appReady(page);
  await expect(surname).toHaveValue('Иванова');
});

test('en: an e-service\'s start page keeps its first step and the questions\' app, so "Start now" works offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/en/e-services/work-permit/start');
  await appReady(page);
  await kept(page);
  const startNow = page.getByRole('link', { name: text('en', 'wizard.start_now') });
  const firstStep = new URL((await startNow.getAttribute('href'))!, page.url()).pathname;
  await expect
    .poll(
      () =>
        page.evaluate(async (firstStep) => {
          const named = document.querySelector('script[data-keep]')!.getAttribute('data-keep')!.split(' ').map((f) => new URL(f, location.href));
          if (!named.some((url) => url.pathname === firstStep) || !named.some((url) => url.pathname.startsWith('/migrationto-e-services-en-'))) {
            return 'not named';
          }
          return (await Promise.all(named.map((url) => caches.match(url.href)))).every(Boolean);
        }, firstStep),
      { timeout: 30_000 },
    )
    .toBe(true);
  await context.setOffline(true);
  await startNow.click();
  await expect(page).toHaveURL(new RegExp(`${firstStep}$`));
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'running');
  // The step itself, not the page saying it is not kept.
  const step = firstStep.split('/').pop();
  await expect(page.locator('main h1')).toContainText(text('en', `eservice.work_permit.steps.${step}`));
});

test('az: "Send" offline keeps everything and sends exactly one application once the connection is back', async ({ page, context }) => {
  test.setTimeout(120_000);
  const passport = `OFF${Date.now() % 1_000_000}`;
  await start(page, 'az');
  await completeRegistration(page, 'az', { passport });
  // Sendings that reached the e-service (an attempt offline gets no reply).
  const sent: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/applications') sent.push(r.status());
  });

  await context.setOffline(true);
  const send = page.getByRole('button', { name: text('az', 'wizard.send') });
  await send.click();
  await expect(page.locator('#send-failed')).toContainText(text('az', 'api_error.offline'));
  await expect(page.locator('.summary-row').first()).toBeVisible();
  expect(sent).toEqual([]);

  await context.setOffline(false);
  await expect(statusLine(page)).toHaveText(text('az', 'connection.online'));
  await page.getByRole('button', { name: text('az', 'api_error.retry') }).click();
  await expect(page).toHaveURL(/\/az\/e-services\/registration\/confirmation$/);
  expect(sent).toEqual([201]);
  expect(await tracked(new URL(page.url()).origin, passport)).toHaveLength(1);
});

test('en: a status check offline says it needs a connection', async ({ page, context }) => {
  await page.goto('/en/e-services/track-applications');
  await appReady(page);
  await kept(page);
  await context.setOffline(true);
  await fillCheck(page);
  await page.getByRole('button', { name: text('en', 'status_check.submit_track') }).click();
  await expect(page.getByText(text('en', 'api_error.offline'))).toBeVisible();
  await expect(page.locator('#passport-number')).toHaveValue('AB1234567');
});

test('en: a new version is offered, not swapped in, and the draft survives the reload', async ({ page }) => {
  test.setTimeout(90_000);
  // A site of its own, so a new deploy can be written into it.
  const dist = mkdtempSync(join(tmpdir(), 'migrationto-deploy-'));
  cpSync(join(__dirname, '..', '..', 'dist'), dist, { recursive: true });
  const server = new OwnServer(8199, [], dist);
  await server.start();
  try {
    await page.goto(`${server.url}/en/e-services/registration/start`);
    await appReady(page);
    await page.getByRole('link', { name: text('en', 'wizard.start_now') }).click();
    await page.getByRole('radio', { name: reg('en', 'fields.applicant_role.options.host'), exact: true }).check();
    await next(page, 'en');
    const surname = page.getByLabel(label('en', 'person_surname'), { exact: true });
    await surname.fill('Aliyeva');
    await kept(page);
    const first = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

    // The next deploy: its worker differs, as a new build's does (and no compressed copy of the
    // old one is left to be sent instead).
    const worker = join(dist, 'sw.js');
    writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// the next build\n`);
    for (const copy of ['sw.js.br', 'sw.js.gz']) rmSync(join(dist, copy), { force: true });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const notice = page.locator('#update-notice');
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText(text('en', 'connection.update'));
    // Nothing was swapped in: the page and what was typed are as they were.
    await expect(surname).toHaveValue('Aliyeva');
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(first);

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: text('en', 'connection.reload') }).click();
    await reloaded;
    await appReady(page);
    await expect(page).toHaveURL(/\/en\/e-services\/registration\/person$/);
    await expect(surname).toHaveValue('Aliyeva');
    await expect(notice).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
  } finally {
    await server.stop();
    rmSync(dist, { recursive: true, force: true });
  }
});

test('the worker is looked for at each visit, and nothing from the API is kept', async ({ page, request }) => {
  const worker = await request.get('/sw.js');
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(await worker.text()).toContain('NetworkOnly');
  await page.goto('/en/e-services/track-applications');
  await appReady(page);
  await kept(page);
  await fillCheck(page);
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/'));
  await page.getByRole('button', { name: text('en', 'status_check.submit_track') }).click();
  await answered;
  await expect(page.locator('#results-heading')).toBeVisible();
  const keptUrls = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const key of await (await caches.open(name)).keys()) urls.push(key.url);
    }
    return urls;
  });
  expect(keptUrls.length).toBeGreaterThan(10);
  expect(keptUrls.filter((u) => new URL(u).pathname.startsWith('/api/'))).toEqual([]);
});
