import { Page } from '@playwright/test';
import { appReady, expect, fixBakuDate, Lang, LANGS, row, test, text, typeDate } from './support';
import { completeRegistration, label, next, reg, start } from './wizard-support';

// Each area of the portal has an app of its own (src/bin/area/, docs/static-first.md): a page
// loads only its area's; moving within an app stays in it, moving to another area is a page
// load of that area's page. The reading pages load no app at all, only the page script; a
// calculator page loads the page script (for its header) and the calculators' app, which takes
// over the calculator alone, and a status check, the appointment page and a wizard's pages the
// same, each with an app of its own, and so do the search page and the partners page. A wizard has two: its questions' and its sending's ("Check
// your answers", the confirmation, save and resume); its start page, like a reading page, none.

/** The name of each app whose wasm or script the page fetches, in order
 *  (`migrationto-calculators-en`: each app is built once a language, with only its texts;
 *  `page` for the reading pages' script). */
function appsFetched(page: Page): string[] {
  const apps: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.slice(1);
    if (name.endsWith('_bg.wasm') || /^page-[0-9a-f]{16}\.js$/.test(name)) {
      apps.push(name.replace(/-[0-9a-f]{12,16}(_bg\.wasm|\.js)$/, ''));
    }
  });
  return apps;
}

/** Marks the document, to tell an in-app move (mark kept) from a page load (mark gone). */
async function mark(page: Page) {
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
}
async function marked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
}

const PAGES: Array<[string, string[]]> = [
  ['/en', ['page']],
  ['/az/living', ['page']],
  ['/ru/living/temporary-residence', ['page']],
  ['/en/e-services', ['page']],
  ['/az/useful-information/accessibility', ['page']],
  ['/en/search?q=visa', ['page', 'migrationto-search-en']],
  ['/az/search', ['page', 'migrationto-search-az']],
  // Its live preview then loads the widgets, as a partner's page would.
  ['/ru/useful-information/partners', ['page', 'migrationto-partners-ru', 'widgets/migrationto_widgets_bg.wasm']],
  ['/ru/calculators/days-of-stay', ['page', 'migrationto-calculators-ru']],
  ['/az/calculators/state-fees', ['page', 'migrationto-calculators-az']],
  ['/en/e-services/registration/start', ['page']],
  ['/az/e-services/registration/applicant', ['page', 'migrationto-e-services-az']],
  ['/ru/e-services/work-permit/resume', ['page', 'migrationto-sending-ru']],
  ['/en/e-services/registration/save', ['page', 'migrationto-sending-en']],
  ['/ru/e-services/track-applications', ['page', 'migrationto-status-checks-ru']],
  ['/en/e-services/travel-ban', ['page', 'migrationto-status-checks-en']],
  ['/en/e-services/appointments', ['page', 'migrationto-appointments-en']],
];

for (const [path, loads] of PAGES) {
  test(`${path} loads ${loads.join(' and ')} and nothing else`, async ({ page }) => {
    const apps = appsFetched(page);
    await page.goto(path);
    await appReady(page);
    // (What an app loads once it runs, such as the partners page's widgets, may come after.)
    await expect.poll(() => apps).toEqual(loads);
    await expect(page.locator('html')).toHaveAttribute('data-app', loads.length === 1 && loads[0] === 'page' ? 'none' : 'running');
  });
}

test('an address without a language sends the visitor on with the page script alone, no app', async ({ page }) => {
  const apps = appsFetched(page);
  await page.goto('/living?from=test');
  await expect(page).toHaveURL(/\/(az|en|ru)\/living\?from=test$/);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'none');
  expect(apps.length).toBeGreaterThan(0);
  expect(apps.every((app) => app === 'page'), apps.join(', ')).toBe(true);
});

test('a reading page leads to reading pages and to a calculator by page loads, and Back returns', async ({ page }) => {
  await fixBakuDate(page, '2026-11-22');
  const apps = appsFetched(page);
  await page.goto('/en');
  await appReady(page);
  await page.locator('main a[href="/en/living"]').first().click();
  await expect(page.locator('main h1')).toHaveText(text('en', 'sections.living.title'));
  await page.locator('main a[href="/en/calculators/registration-deadline"]').first().click();
  await expect(page).toHaveURL(/\/en\/calculators\/registration-deadline$/);
  await appReady(page);
  expect(apps).toEqual(['page', 'page', 'page', 'migrationto-calculators-en']);
  // The calculator works in its own app.
  await page.locator('#citizenship').pressSequentially('germ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await typeDate(page, 'arrival', '18', '11', '2026');
  await typeDate(page, 'departure', '20', '12', '2026');
  await page.locator('#stay-hotel').check();
  await page.locator('#entry-visa-free').check();
  await expect(row(page, text('en', 'registration_calc.last_day_label'))).toHaveText('3 December 2026');

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/living$/);
  await expect(page.locator('main h1')).toHaveText(text('en', 'sections.living.title'));
});

test('a search result is a page load of its article, which has no app', async ({ page }) => {
  const apps = appsFetched(page);
  await page.goto('/en/search?q=temporary%20residence');
  await appReady(page);
  const result = page.locator('.search-results li a').first();
  const title = (await result.textContent())!.trim();
  await result.click();
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page).not.toHaveURL(/search/);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'none');
  expect(apps).toEqual(['page', 'migrationto-search-en', 'page']);
  await page.goBack();
  await expect(page.locator('#search-page-q')).toHaveValue('temporary residence');
  await expect(page.locator('.search-results li a').first()).toHaveText(title);
});

test('the header search from a calculator is a page load of the search page, which has the results', async ({ page }) => {
  const apps = appsFetched(page);
  await page.goto('/ru/calculators/state-fees');
  await appReady(page);
  await page.getByRole('search').getByRole('searchbox').fill('виза');
  await page.getByRole('search').getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/ru\/search\?q=/);
  await appReady(page);
  await expect(page.locator('#search-page-q')).toHaveValue('виза');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(apps).toEqual(['page', 'migrationto-calculators-ru', 'page', 'migrationto-search-ru']);
});

test('an e-service start page, which has no app, leads into its first step, a page load of the wizard', async ({ page }) => {
  const apps = appsFetched(page);
  await page.goto('/en/e-services/registration/start');
  await appReady(page);
  await mark(page);
  await page.getByRole('link', { name: text('en', 'wizard.start_now') }).click();
  // The first step drops the query that says where the visitor came from.
  await expect(page).toHaveURL(/\/en\/e-services\/registration\/applicant$/);
  await appReady(page);
  await expect(page.locator('main h1')).toContainText(reg('en', 'steps.applicant'));
  expect(await marked(page)).toBe(false);
  expect(apps).toEqual(['page', 'page', 'migrationto-e-services-en']);
});

test('"Start now" goes on from where this tab\'s answers stop, and Back from there returns to the first step', async ({ page }) => {
  await start(page, 'az');
  await page.getByRole('radio', { name: reg('az', 'fields.applicant_role.options.host'), exact: true }).check();
  await next(page, 'az');
  await expect(page).toHaveURL(/\/az\/e-services\/registration\/person$/);
  await page.goto('/az/e-services/registration/start');
  await appReady(page);
  await page.getByRole('link', { name: text('az', 'wizard.start_now') }).click();
  await expect(page).toHaveURL(/\/az\/e-services\/registration\/person$/);
  await appReady(page);
  await expect(page.locator('main h1')).toContainText(reg('az', 'steps.person'));
  await page.goBack();
  await expect(page).toHaveURL(/\/az\/e-services\/registration\/start$/);
});

/** From "Check your answers": "Change" on the surname leads to the question's page, in the
 *  questions' app, with the answer; changed there, Continue leads back to "Check your answers",
 *  which shows the new one. Gives the surname's field. */
async function changeSurname(page: Page, lang: Lang) {
  const row = page.locator('.summary-row').filter({ hasText: label(lang, 'person_surname') });
  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/registration/person\\?from=check$`));
  await appReady(page);
  const surname = page.getByLabel(label(lang, 'person_surname'), { exact: true });
  await expect(surname).toHaveValue("O'Neil-Smith");
  await surname.fill('Ivanova');
  await next(page, lang);
  await expect(page).toHaveURL(/\/check-answers$/);
  await appReady(page);
  await expect(row).toContainText('Ivanova');
  return surname;
}

test('the last question leads to "Check your answers" in the sending\'s app, with every answer; "Change" and Back lead back', async ({ page }) => {
  test.setTimeout(90_000);
  const apps = appsFetched(page);
  await start(page, 'ru');
  await completeRegistration(page, 'ru', { passport: 'AB1234567' });
  await expect(page).toHaveURL(/\/ru\/e-services\/registration\/check-answers$/);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(text('ru', 'wizard.check_title'));
  await expect(page.locator('.summary-row').filter({ hasText: label('ru', 'person_surname') })).toContainText("O'Neil-Smith");
  expect(apps.filter((a) => a !== 'page')).toEqual(['migrationto-e-services-ru', 'migrationto-sending-ru']);
  const surname = await changeSurname(page, 'ru');
  await page.goBack();
  await expect(page).toHaveURL(/\/person\?from=check$/);
  await appReady(page);
  await expect(surname).toHaveValue('Ivanova');
});

test('with the browser refusing site data, the answers still reach "Check your answers", come back with "Change" and are sent', async ({ page }) => {
  test.setTimeout(90_000);
  // As a browser set to block site data: the storage cannot even be opened.
  await page.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    }
  });
  await start(page, 'en');
  expect(await page.evaluate(() => { try { return typeof window.sessionStorage; } catch { return 'refused'; } })).toBe('refused');
  await completeRegistration(page, 'en', { passport: `BLK${Date.now() % 1_000_000}` });
  await expect(page).toHaveURL(/\/en\/e-services\/registration\/check-answers$/);
  await appReady(page);
  await expect(page.locator('.summary-row').filter({ hasText: label('en', 'person_surname') })).toContainText("O'Neil-Smith");
  await changeSurname(page, 'en');
  await page.getByRole('button', { name: text('en', 'wizard.send') }).click();
  await expect(page).toHaveURL(/\/en\/e-services\/registration\/confirmation$/);
  await expect(page.locator('.reference').first()).toBeVisible();
});

test('a wizard moves between its own pages without a page load: Back, Forward, the title and the language links follow', async ({ page }) => {
  const apps = appsFetched(page);
  await start(page, 'ru');
  await mark(page);
  const heading = page.locator('main h1');
  const russian = (key: string) => new RegExp(`^${reg('ru', key)} – ${text('ru', 'brand.name')}$`);
  await page.getByRole('radio', { name: reg('ru', 'fields.applicant_role.options.host'), exact: true }).check();
  await next(page, 'ru');
  await expect(page).toHaveURL(/\/ru\/e-services\/registration\/person$/);
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(russian('steps.person'));
  const english = page.getByRole('navigation', { name: text('ru', 'lang_switch.label') }).getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('href', '/en/e-services/registration/person');
  await page.goBack();
  await expect(page).toHaveURL(/\/registration\/applicant$/);
  await expect(heading).toContainText(reg('ru', 'steps.applicant'));
  await expect(page).toHaveTitle(russian('steps.applicant'));
  await expect(english).toHaveAttribute('href', '/en/e-services/registration/applicant');
  await expect(page.getByRole('radio', { name: reg('ru', 'fields.applicant_role.options.host'), exact: true })).toBeChecked();
  await page.goForward();
  await expect(heading).toContainText(reg('ru', 'steps.person'));
  // A link to a part of the page is the browser's: the skip link still leads into the page.
  await page.getByRole('link', { name: text('ru', 'skip_link') }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/registration\/person#main$/);
  await expect(page.locator('main#main')).toBeFocused();
  await expect(heading).toContainText(reg('ru', 'steps.person'));
  expect(await marked(page)).toBe(true);
  expect(apps).toEqual(['page', 'page', 'migrationto-e-services-ru']);
});

test('another language is a page load of that language\'s app, and a wizard step keeps its answers', async ({ page }) => {
  const apps = appsFetched(page);
  await start(page, 'en');
  await page.getByRole('radio', { name: reg('en', 'fields.applicant_role.options.host'), exact: true }).check();
  await next(page, 'en');
  await page.getByLabel(label('en', 'person_surname'), { exact: true }).fill('Aliyeva');
  await mark(page);
  await page.getByRole('navigation', { name: text('en', 'lang_switch.label') }).getByRole('link', { name: 'Azərbaycanca' }).click();
  await expect(page).toHaveURL(/\/az\/e-services\/registration\/person$/);
  await appReady(page);
  expect(await marked(page)).toBe(false);
  await expect(page.getByLabel(label('az', 'person_surname'), { exact: true })).toHaveValue('Aliyeva');
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  expect(apps).toEqual(['page', 'page', 'migrationto-e-services-en', 'page', 'migrationto-e-services-az']);
});

test('Back from the confirmation finds the application sent: the questions start again, unanswered', async ({ page }) => {
  test.setTimeout(90_000);
  await start(page, 'en');
  await completeRegistration(page, 'en', { passport: `BCK${Date.now() % 1_000_000}` });
  await page.getByRole('button', { name: text('en', 'wizard.send') }).click();
  await expect(page).toHaveURL(/\/en\/e-services\/registration\/confirmation$/);
  await expect(page.locator('.reference').first()).toBeVisible();
  // The sending's app has the confirmation's own texts.
  await expect(page.locator('main')).toContainText(reg('en', 'whats_next'));
  // The last question's page, which the browser may have kept as it was, answers and all.
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/e-services\/registration\/applicant$/);
  await appReady(page);
  await expect(page.getByRole('radio', { name: reg('en', 'fields.applicant_role.options.host'), exact: true })).not.toBeChecked();
});

for (const [path, key] of [
  ['/calculators/registration-deadline', 'calc_common.indicative'],
  ['/e-services/registration/applicant', 'wizard.continue_button'],
  ['/e-services/registration/resume', 'wizard.check_title'],
] as const) {
  test(`the app of ${path} in each language carries that language's texts and not the others'`, async ({ request }) => {
    for (const lang of LANGS) {
      const html = await (await request.get(`/${lang}${path}`)).text();
      const wasm = html.match(/'(\/migrationto-[a-z-]+-[0-9a-f]{16}_bg\.wasm)'/)?.[1];
      expect(wasm, `${lang}: the page names its app`).toContain(`-${lang}-`);
      const bytes = await (await request.get(wasm!)).body();
      for (const other of LANGS) {
        const found = bytes.includes(Buffer.from(text(other, key)));
        expect(found, `${lang}'s app has the ${other} text of ${key}`).toBe(other === lang);
      }
    }
  });
}
