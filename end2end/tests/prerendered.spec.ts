import { Page } from '@playwright/test';
import { allowBrowserErrors, appReady, expect, holdRoute, LANGS, newContext, ROUTES, test, text } from './support';

// Pages the build renders with the app's components (src/bin/prerender/): all of ROUTES but
// the appointment page, whose free days depend on the day it is opened.
const PRERENDERED = ROUTES.filter((r) => r.path !== '/e-services/appointments');

for (const lang of LANGS) {
  test(`${lang}: every prerendered page reads without JavaScript, and its links lead to pages that read too`, async ({ browser, request }) => {
    test.setTimeout(120_000);
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const links = new Set<string>();
    for (const route of PRERENDERED) {
      const address = `/${lang}${route.path}`;
      const res = await page.goto(address);
      expect(res?.status(), address).toBe(200);
      await expect(page.locator('html'), address).toHaveAttribute('lang', lang);
      await expect(page.locator('main h1'), address).toHaveText(text(lang, route.heading));
      const brand = text(lang, 'brand.name');
      await expect(page, address).toHaveTitle(route.path === '' ? brand : `${text(lang, route.heading)} – ${brand}`);
      await expect(page.locator('footer'), address).toContainText('919');
      // The notice for readers without JavaScript says what still works, in the page's language
      // (the search page, that searching needs it).
      const notice = route.path === '/search' ? 'noscript.search' : 'noscript.reading';
      await expect(page.locator('.noscript'), address).toHaveText(`${text(lang, notice)} migration.gov.az, e-gov.az.`);
      for (const alt of LANGS) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${alt}"]`), address).toHaveAttribute('href', `https://migrationto.az/${alt}${route.path}`);
      }
      for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        links.add(href.split('#')[0]);
      }
    }
    await context.close();
    // Each page a prerendered page links to comes with its heading, except those the app
    // renders: the appointment page and the steps of an e-service (the visitor's answers).
    const appOnly = /\/e-services\/(appointments|[a-z-]+\/(?!start$)[a-z-]+)$/;
    for (const href of links) {
      if (appOnly.test(href)) continue;
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(await res.text(), href).toMatch(/<h1[ >]/);
    }
  });
}

test('each e-service\'s first step is written as its empty form: it reads without JavaScript, and the app shows the same', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, { javaScriptEnabled: false });
  const plain = await context.newPage();
  const steps: Array<[string, string]> = [];
  for (const lang of LANGS) {
    for (const start of ROUTES.filter((r) => r.path.endsWith('/start'))) {
      await plain.goto(`/${lang}${start.path}`);
      const href = (await plain.getByRole('link', { name: text(lang, 'wizard.start_now') }).getAttribute('href'))!;
      const res = await plain.goto(href);
      expect(res?.status(), href).toBe(200);
      await expect(plain.locator('html'), href).toHaveAttribute('lang', lang);
      await expect(plain.locator('.noscript'), href).toHaveText(`${text(lang, 'noscript.reading')} migration.gov.az, e-gov.az.`);
      await expect(plain.locator('main form').getByRole('button', { name: text(lang, 'wizard.continue_button') }), href).toBeVisible();
      steps.push([href, (await plain.locator('main h1').textContent())!.trim()]);
    }
  }
  await context.close();
  expect(steps.length).toBe(3 * ROUTES.filter((r) => r.path.endsWith('/start')).length);
  for (const [href, heading] of steps) {
    expect(heading, href).not.toBe('');
    await page.goto(href);
    await appReady(page);
    // The app drops the query that says the visitor came from the start page.
    await expect(page, href).toHaveURL(href.split('?')[0]);
    await expect(page.locator('main h1'), href).toHaveText(heading);
  }
});

test('"Continue an application you saved" is written whole: it reads without JavaScript, and the app shows the same, keeping what was typed', async ({ browser, page }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const plain = await context.newPage();
  for (const lang of LANGS) {
    const address = `/${lang}/e-services/extension-of-stay/resume`;
    expect((await plain.goto(address))?.status(), address).toBe(200);
    await expect(plain.locator('main h1'), address).toHaveText(text(lang, 'wizard.resume_title'));
    await expect(plain.getByLabel(text(lang, 'wizard.resume_code_label'), { exact: true }), address).toBeVisible();
    await expect(plain.locator('main .page-loading'), address).toHaveCount(0);
  }
  await context.close();
  // Typed before the app has started, kept after it has.
  const release = await holdRoute(page, '**/*.wasm');
  await page.goto('/en/e-services/extension-of-stay/resume');
  const code = page.getByLabel(text('en', 'wizard.resume_code_label'), { exact: true });
  await code.fill('D7KP-93QX-DW2D');
  // Enter before the app runs sends nothing: the code stays out of the address.
  await code.press('Enter');
  await expect(page.locator('html[data-app="running"]')).toHaveCount(0);
  release();
  await appReady(page);
  await expect(page).toHaveURL(/\/en\/e-services\/extension-of-stay\/resume$/);
  await expect(page.locator('main h1')).toHaveText(text('en', 'wizard.resume_title'));
  await expect(code).toHaveValue('D7KP-93QX-DW2D');
});

test('an address in a language that the portal does not have is a 404, and its page reads without JavaScript', async ({ browser, request }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, lang] of [['/ru/no-such-page', 'ru'], ['/en/living/no-such-guide', 'en'], ['/az/e-services/registration/no-such-step', 'az']] as const) {
    allowBrowserErrors(page, new RegExp(`status of 404 .*\\(http://[^/]+${path}\\)$`));
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(page.locator('main h1'), path).toHaveText(text(lang, 'not_found.title'));
    await expect(page.getByRole('link', { name: text(lang, 'not_found.home_link') }), path).toHaveAttribute('href', `/${lang}`);
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', 'noindex');
  }
  await context.close();
  // The pages the app renders from the visitor's answers are there, each e-service's steps and
  // the pages after them among them; a step no e-service has is not.
  for (const path of ['/en/e-services/appointments', '/ru/search', '/az/e-services/registration/check-answers', '/en/e-services/work-permit/confirmation', '/en/e-services/extension-of-stay/resume']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  // An address without a language is the app's: it sends the visitor on to theirs.
  expect((await request.get('/no-such-page')).status()).toBe(200);
});

/** Sums the layout shifts the page has had, from before its first paint. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const path of ['', '/living', '/living/temporary-residence', '/calculators/registration-deadline', '/calculators/state-fees', '/e-services', '/e-services/registration/start', '/e-services/registration/applicant', '/e-services/registration/resume', '/e-services/work-permit/save', '/e-services/travel-ban', '/useful-information/accessibility', '/search', '/useful-information/partners']) {
  // A reading page runs no app (only the page script); the others are taken over by theirs.
  test(`en${path}: the page loads, and any app takes it over, without moving anything`, async ({ page }) => {
    await watchLayoutShift(page);
    await page.goto(`/en${path}`);
    await appReady(page);
    // Whatever the app loads after it starts (a section's list of guides) has arrived.
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
}

test('the appointment page, written as its frame and a loading line, is taken over by its app, and its form arrives, without moving anything', async ({ page }) => {
  // The form comes whole with the list of service centres, which is held back a moment: the
  // taking over and the form's arrival are two steps, and neither moves anything.
  const release = await holdRoute(page, '**/api/v1/service-centres');
  await watchLayoutShift(page);
  await page.goto('/en/e-services/appointments');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(text('en', 'appointments.title'));
  await expect(page.locator('main .page-loading')).toHaveCount(0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  release();
  await expect(page.locator('input[name="centre"]').first()).toBeVisible();
  await expect(page.getByLabel(text('en', 'appointments.name_label'))).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

for (const [path, field] of [['/en/e-services/travel-ban', '#passport-number'], ['/ru/e-services/work-permit/employer', '#employer-name']] as const) {
  test(`${path}: Enter before the app runs sends nothing, and what was typed is kept`, async ({ page }) => {
    const release = await holdRoute(page, '**/*.wasm');
    await page.goto(path);
    await page.locator(field).fill('C01X00T47');
    // A form's default GET would put what was typed into the address, and lose it.
    await page.locator(field).press('Enter');
    await expect(page.locator('html[data-app="running"]')).toHaveCount(0);
    release();
    await appReady(page);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
    await expect(page.locator(field)).toHaveValue('C01X00T47');
    await expect(page.locator('main form button[type="submit"]')).toBeEnabled();
  });
}

test('a search: its words and a loading line before the app runs, then the results, without moving anything', async ({ page }) => {
  await watchLayoutShift(page);
  const release = await holdRoute(page, '**/*.wasm');
  await page.goto('/ru/search?q=%D0%B2%D0%B8%D0%B7%D0%B0');
  await expect(page.locator('#search-page-q')).toHaveValue('виза');
  await expect(page.locator('.search-outcome .loading')).toHaveText(text('ru', 'search.loading'));
  release();
  await appReady(page);
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

test('what a visitor types before the app has started is still there, and still focused, once it runs', async ({ page }) => {
  // Hold the app back until the visitor has typed.
  const release = await holdRoute(page, '**/*.wasm');
  await page.goto('/en/calculators/registration-deadline');
  await expect(page.locator('main h1')).toHaveText(text('en', 'registration_calc.title'));
  await expect(page.locator('html[data-app="running"]')).toHaveCount(0);
  await page.locator('#arrival-day').fill('3');
  await page.locator('#arrival-month').fill('11');
  await page.locator('#arrival-year').fill('2026');
  await page.getByRole('radio').first().check();
  const chosen = await page.getByRole('radio').first().getAttribute('id');
  await page.locator('#arrival-year').focus();
  release();
  await appReady(page);
  await expect(page.locator('#arrival-day')).toHaveValue('3');
  await expect(page.locator('#arrival-month')).toHaveValue('11');
  await expect(page.locator('#arrival-year')).toHaveValue('2026');
  await expect(page.locator(`#${chosen}`)).toBeChecked();
  await expect(page.locator('#arrival-year')).toBeFocused();
  // The app has the answers, not just the fields: they are in the address it keeps.
  await expect(page).toHaveURL(/arrival=2026-11-3/);
});
