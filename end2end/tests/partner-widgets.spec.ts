import { Locator, Page } from '@playwright/test';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { allowBrowserErrors, appReady, axeViolations, countryName, expect, expectAccessibleLayout, fill, fixBakuDate, LANGS, row, test, text } from './support';
import { bakuDate, completeRegistration, OwnServer } from './wizard-support';

// The widgets on a partner's page: another origin (another port) with hostile global CSS
// (end2end/partner-demo), against a portal of their own that lists the partner's origin.
const PORTAL = new OwnServer(8196, ['--partner', 'http://127.0.0.1:8195']);
const PARTNER = 'http://127.0.0.1:8195';
// A site that is not on the portal's list of partners.
const STRANGER = 'http://127.0.0.1:8194';
const demos: ChildProcess[] = [];

async function serveDemo(port: number) {
  const child = spawn('node', [join(__dirname, '..', 'partner-demo', 'serve.mjs'), String(port), PORTAL.url], { stdio: 'ignore' });
  demos.push(child);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the partner demo on port ${port} did not start`);
}

test.describe.configure({ mode: 'default' });
test.beforeAll(async () => {
  await PORTAL.start();
  await serveDemo(8195);
  await serveDemo(8194);
});
test.afterAll(async () => {
  for (const child of demos) child.kill();
  await PORTAL.stop();
});

/** A widget's element on the page, once its wasm has rendered it. */
async function widget(page: Page, name: string): Promise<Locator> {
  const element = page.locator(`migrationto-${name}`);
  await expect(element.locator('.widget .title')).toBeVisible();
  return element;
}

function dateGroup(scope: Locator, lang: (typeof LANGS)[number], legendKey: string) {
  return scope.getByRole('group', { name: text(lang, legendKey) });
}

async function typeDate(group: Locator, lang: (typeof LANGS)[number], [d, m, y]: [string, string, string]) {
  await group.getByLabel(text(lang, 'calc_common.day')).fill(d);
  await group.getByLabel(text(lang, 'calc_common.month')).fill(m);
  await group.getByLabel(text(lang, 'calc_common.year')).fill(y);
}

async function chooseCountry(select: Locator, code: string) {
  await expect(select.locator(`option[value="${code}"]`)).toHaveCount(1);
  await select.selectOption(code);
}

/** Answers the deadline calculator in English for a citizen of Kazakhstan in a private flat,
 *  visa-free, arriving and leaving on the days given. */
async function answerForKazakhVisitor(calculator: Locator, arrival: [string, string, string], departure: [string, string, string]) {
  await chooseCountry(calculator.getByLabel(text('en', 'registration_calc.citizenship_label')), 'KZ');
  await typeDate(dateGroup(calculator, 'en', 'registration_calc.arrival_legend'), 'en', arrival);
  await typeDate(dateGroup(calculator, 'en', 'registration_calc.departure_legend'), 'en', departure);
  await calculator.getByRole('radio', { name: text('en', 'registration_calc.accommodation_flat') }).check();
  await calculator.getByRole('radio', { name: text('en', 'registration_calc.entry_visa_free') }).check();
}

function resultRow(scope: Locator, label: string) {
  return scope.locator('.summary > div', { has: scope.page().locator('dt', { hasText: label }) }).locator('dd');
}

test('the widgets look right next to hostile CSS and leave the page alone', async ({ page }) => {
  await page.goto(`${PARTNER}/`);
  const calculator = await widget(page, 'deadline-calculator');
  const tracker = await widget(page, 'status-tracker');
  // The page's `* { font: 40px serif !important }` and `div { display: inline }` stop at the
  // shadow root: the widget keeps its own font, size and layout.
  const frame = calculator.locator('.widget');
  expect(await frame.evaluate((e) => getComputedStyle(e).fontSize)).toBe('16px');
  expect(await frame.evaluate((e) => getComputedStyle(e).fontFamily)).not.toMatch(/^serif/);
  expect(await frame.evaluate((e) => getComputedStyle(e).textTransform)).toBe('none');
  expect(await calculator.locator('.date').first().evaluate((e) => getComputedStyle(e).display)).toBe('flex');
  const day = calculator.getByLabel(text('en', 'calc_common.day')).first();
  const box = (await day.boundingBox())!;
  expect(box.width).toBeLessThan(80);
  expect(box.height).toBeLessThan(60);
  // The page's own text is still as the partner styled it.
  expect(await page.locator('main > p').evaluate((e) => getComputedStyle(e).fontSize)).toBe('40px');
  // Theming: the partner's custom properties reach the widget, in its dark theme.
  const button = tracker.getByRole('button', { name: text('en', 'status_check.submit_track') });
  expect(await button.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 209, 102)');
  expect(await button.evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).toBe('8px');
  expect(await tracker.locator('.widget').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(29, 31, 33)');
  // The page keeps its language, cookies, storage and styles.
  expect(await page.evaluate(() => [document.documentElement.lang, document.cookie, localStorage.length, sessionStorage.length, document.styleSheets.length]))
    .toEqual(['en', '', 0, 0, 1]);
});

test('the deadline calculator says when the last day, still ahead, is a non-working day', async ({ page }) => {
  await fixBakuDate(page, '2026-03-10');
  await page.goto(`${PARTNER}/`);
  const calculator = await widget(page, 'deadline-calculator');
  // Kazakhstan, arriving on 5 March 2026: 30 days later is Saturday 4 April.
  await answerForKazakhVisitor(calculator, ['5', '3', '2026'], ['1', '5', '2026']);
  await expect(resultRow(calculator, text('en', 'registration_calc.last_day_label')))
    .toHaveText(['4 April 2026', text('en', 'registration_calc.last_day_off')]);
  // 1 April 2026, a Wednesday: the note goes.
  await typeDate(dateGroup(calculator, 'en', 'registration_calc.arrival_legend'), 'en', ['2', '3', '2026']);
  await expect(resultRow(calculator, text('en', 'registration_calc.last_day_label'))).toHaveText(['1 April 2026']);
  expect(await axeViolations(page)).toEqual([]);
});

test('the deadline calculator gives the portal\'s result, and opens the portal with the same answers', async ({ page }) => {
  await page.goto(`${PARTNER}/`);
  const calculator = await widget(page, 'deadline-calculator');
  await answerForKazakhVisitor(calculator, bakuDate(-3), bakuDate(40));

  // Kazakhstan: 30 days, counted from the day after arrival.
  const [d, m, y] = bakuDate(27).map(Number);
  const expected = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // The date, then (on some days) the note that it is a non-working day.
  const lastDay = resultRow(calculator, text('en', 'registration_calc.last_day_label')).first();
  await expect(lastDay).toHaveText(expected);
  await expect(resultRow(calculator, text('en', 'registration_calc.threshold_label'))).toHaveText('30');
  await expect(resultRow(calculator, text('en', 'registration_calc.filer_label'))).toHaveText(text('en', 'registration_calc.filer_host'));
  await expect(calculator.locator('.indicative')).toHaveText(text('en', 'calc_common.indicative'));
  const widgetRows = await calculator.locator('.summary > div').allInnerTexts();

  const link = calculator.getByRole('link', { name: new RegExp(text('en', 'widget.open_full_calculator')) });
  await expect(link).toHaveAttribute('target', '_blank');
  const href = (await link.getAttribute('href'))!;
  expect(href.startsWith(`${PORTAL.url}/en/calculators/registration-deadline?`)).toBe(true);
  await page.goto(href);
  await appReady(page);
  await expect(row(page, text('en', 'registration_calc.last_day_label')).first()).toHaveText(expected);
  // Every row the widget shows, the portal shows with the same value.
  for (const line of widgetRows) {
    const [label, value] = line.split('\n').map((s) => s.trim()).filter(Boolean);
    await expect(row(page, label).first()).toHaveText(value);
  }
});

test('the widget and the portal show the same bases: no fines when nothing was due, and a provisional calendar said', async ({ page }) => {
  // Nine days in December 2037, looked at on 20 December: no registration was needed, so
  // nothing is late; the permitted stay ends in 2038, a year with no published calendar.
  await fixBakuDate(page, '2037-12-20');
  await page.goto(`${PARTNER}/`);
  const calculator = await widget(page, 'deadline-calculator');
  await chooseCountry(calculator.getByLabel(text('en', 'registration_calc.citizenship_label')), 'DE');
  await typeDate(dateGroup(calculator, 'en', 'registration_calc.arrival_legend'), 'en', ['1', '12', '2037']);
  await typeDate(dateGroup(calculator, 'en', 'registration_calc.departure_legend'), 'en', ['10', '12', '2037']);
  await calculator.getByRole('radio', { name: text('en', 'registration_calc.accommodation_flat') }).check();
  await calculator.getByRole('radio', { name: text('en', 'registration_calc.entry_visa_free') }).check();
  await expect(calculator.locator('.provisional-calendar')).toContainText(fill(text('en', 'calc_common.provisional_calendar'), { years: 2038 }));
  const tidy = (list: string[]) => list.map((t) => t.replace(/\s+/g, ' ').trim());
  const widgetBases = tidy(await calculator.locator('.basis li').allTextContents());
  expect(widgetBases.some((b) => b.startsWith(text('en', 'basis.provisional_calendar')))).toBe(true);
  expect(widgetBases.some((b) => b.startsWith(text('en', 'basis.fine_foreigner')))).toBe(false);

  const href = (await calculator.getByRole('link', { name: new RegExp(text('en', 'widget.open_full_calculator')) }).getAttribute('href'))!;
  await page.goto(href);
  await appReady(page);
  await expect(page.locator('.provisional-calendar')).toContainText(fill(text('en', 'calc_common.provisional_calendar'), { years: 2038 }));
  expect(tidy(await page.locator('.basis li').allTextContents())).toEqual(widgetBases);
});

test('wrong dates get the portal\'s messages at the field, and no result', async ({ page }) => {
  await page.goto(`${PARTNER}/`);
  const calculator = await widget(page, 'deadline-calculator');
  const arrival = dateGroup(calculator, 'en', 'registration_calc.arrival_legend');
  await typeDate(arrival, 'en', ['31', '2', '2026']);
  await calculator.getByLabel(text('en', 'registration_calc.citizenship_label')).focus();
  // "Error:" is read first by screen readers, and hidden on screen.
  await expect(arrival.locator('.error-message')).toHaveText(`${text('en', 'calc_common.error_prefix')} ${text('en', 'calc_common.err_date_real')}`);
  await expect(arrival.locator('.error-message .visually-hidden')).toHaveCSS('position', 'absolute');
  await expect(arrival.getByLabel(text('en', 'calc_common.day'))).toHaveAttribute('aria-invalid', 'true');
  await expect(calculator.locator('.result')).toContainText(text('en', 'calc_common.result_fix'));
  const departure = dateGroup(calculator, 'en', 'registration_calc.departure_legend');
  await typeDate(arrival, 'en', bakuDate(-3));
  await typeDate(departure, 'en', bakuDate(-5));
  await chooseCountry(calculator.getByLabel(text('en', 'registration_calc.citizenship_label')), 'GB');
  await calculator.getByRole('radio', { name: text('en', 'registration_calc.accommodation_hotel') }).check();
  await calculator.getByRole('radio', { name: text('en', 'registration_calc.entry_evisa') }).check();
  await calculator.getByLabel(text('en', 'registration_calc.visa_days_label')).fill('20');
  await expect(departure.locator('.error-message')).toContainText(text('en', 'registration_calc.err_departure_before_arrival'));
  await expect(calculator.locator('.result')).toContainText(text('en', 'calc_common.result_fix'));
  // An ASAN Visa allows at most 30 days.
  await typeDate(departure, 'en', bakuDate(10));
  await calculator.getByLabel(text('en', 'registration_calc.visa_days_label')).fill('45');
  await expect(calculator.locator('.error-message', { hasText: text('en', 'registration_calc.err_evisa_days') })).toBeVisible();
  await expect(departure.locator('.error-message')).toBeHidden();
});

test('the calculator can be used with the keyboard alone', async ({ page }) => {
  await page.goto(`${PARTNER}/`);
  const calculator = await widget(page, 'deadline-calculator');
  await calculator.getByLabel(text('en', 'registration_calc.citizenship_label')).focus();
  await expect(calculator.locator('option[value="DE"]')).toHaveCount(1);
  // A native select chooses by typing the name.
  await page.keyboard.type('Germ');
  await expect(calculator.getByLabel(text('en', 'registration_calc.citizenship_label'))).toHaveValue('DE');
  const [ad, am, ay] = bakuDate(-1);
  const [dd, dm, dy] = bakuDate(20);
  for (const part of [ad, am, ay, dd, dm, dy]) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(part);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(calculator.getByRole('radio', { name: text('en', 'registration_calc.accommodation_hotel') })).toBeChecked();
  await expect(calculator.getByRole('radio', { name: text('en', 'registration_calc.entry_visa_free') })).toBeChecked();
  await expect(resultRow(calculator, text('en', 'registration_calc.needed_label'))).toContainText(text('en', 'calc_common.yes'));
});

test('the status tracker finds an application sent through the portal, and keeps nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const passport = `PTN${Date.now() % 1_000_000}`;
  await page.goto(`${PORTAL.url}/en/e-services/registration/start`);
  await appReady(page);
  await page.getByRole('link', { name: text('en', 'wizard.start_now') }).click();
  await completeRegistration(page, 'en', { passport });
  await page.getByRole('button', { name: text('en', 'wizard.send') }).click();
  const reference = (await page.locator('.reference').first().innerText()).trim();
  expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await page.goto(`${PARTNER}/`);
  const tracker = await widget(page, 'status-tracker');
  const submit = tracker.getByRole('button', { name: text('en', 'status_check.submit_track') });
  // Nothing typed: the error summary takes focus and links to each field.
  await submit.click();
  const summary = tracker.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    text('en', 'status_check.err_passport_empty'),
    text('en', 'status_check.err_dob_empty'),
    text('en', 'status_check.err_citizenship_empty'),
  ]);
  await summary.getByRole('link', { name: text('en', 'status_check.err_dob_empty') }).click();
  await expect(dateGroup(tracker, 'en', 'status_check.dob_legend').getByLabel(text('en', 'calc_common.day'))).toBeFocused();

  await tracker.getByLabel(text('en', 'status_check.passport_label')).fill(passport);
  await typeDate(dateGroup(tracker, 'en', 'status_check.dob_legend'), 'en', ['12', '4', '1991']);
  await chooseCountry(tracker.getByLabel(text('en', 'registration_calc.citizenship_label')), 'GB');
  await submit.click();
  await expect(resultRow(tracker, text('en', 'status_check.track_reference'))).toHaveText(reference);
  await expect(resultRow(tracker, text('en', 'status_check.track_status'))).toHaveText(text('en', 'status_check.status_received'));
  await expect(tracker.getByRole('heading', { name: text('en', 'status_check.results_heading') })).toBeFocused();
  // The details that found it are gone from the form, and from the page's storage.
  await expect(tracker.getByLabel(text('en', 'status_check.passport_label'))).toHaveValue('');
  await expect(tracker.getByLabel(text('en', 'registration_calc.citizenship_label'))).toHaveValue('');
  expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
});

async function askTracker(page: Page) {
  const tracker = await widget(page, 'status-tracker');
  await tracker.getByLabel(text('en', 'status_check.passport_label')).fill('C01X00T47');
  await typeDate(dateGroup(tracker, 'en', 'status_check.dob_legend'), 'en', ['1', '2', '1990']);
  await chooseCountry(tracker.getByLabel(text('en', 'registration_calc.citizenship_label')), 'DE');
  await tracker.getByRole('button', { name: text('en', 'status_check.submit_track') }).click();
  return tracker;
}

test('a site that is not on the partner list is told so, with a link to the portal', async ({ page }) => {
  // The stranger's page also frames the portal, which its frame-ancestors policy refuses.
  allowBrowserErrors(page, /Framing '.*' violates the following Content Security Policy directive: "frame-ancestors /);
  await page.goto(`${STRANGER}/`);
  const tracker = await askTracker(page);
  const alert = tracker.getByRole('alert').filter({ hasText: text('en', 'widget.origin_not_allowed') });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('link')).toHaveAttribute('href', `${PORTAL.url}/en/e-services/track-applications`);
  // The answers stay, so nothing is lost.
  await expect(tracker.getByLabel(text('en', 'status_check.passport_label'))).toHaveValue('C01X00T47');
});

test('network failures get a clear message and keep the answers', async ({ page }) => {
  const api = `${PORTAL.url}/api/v1/applications/track`;
  const cases: Array<[string, (route: import('@playwright/test').Route) => Promise<void>, string]> = [
    ['down', (r) => r.abort('connectionrefused'), text('en', 'widget.unreachable')],
    ['500', (r) => r.fulfill({ status: 500, headers: { 'access-control-allow-origin': PARTNER }, body: '' }), text('en', 'widget.server')],
    ['malformed', (r) => r.fulfill({ status: 200, headers: { 'access-control-allow-origin': PARTNER }, body: '{"applications":"x"}' }), text('en', 'api_error.malformed')],
    ['429', (r) => r.fulfill({ status: 429, headers: { 'access-control-allow-origin': PARTNER, 'access-control-expose-headers': 'retry-after', 'retry-after': '42' }, contentType: 'application/problem+json', body: '{"type":"rate-limited"}' }),
      fill(text('en', 'api_error.rate_limited_seconds'), { seconds: 42 })],
  ];
  for (const [name, handler, message] of cases) {
    await page.unrouteAll();
    await page.route(api, handler);
    await page.goto(`${PARTNER}/`);
    const tracker = await askTracker(page);
    await expect(tracker.getByRole('alert'), name).toHaveText(message);
    await expect(tracker.getByLabel(text('en', 'status_check.passport_label'))).toHaveValue('C01X00T47');
  }
});

test('the iframe route sizes its frame to its content, as it grows', async ({ page }) => {
  await page.goto(`${PARTNER}/`);
  const frame = page.locator('#stay-frame');
  const inner = page.frameLocator('#stay-frame');
  await expect(inner.locator('migrationto-days-of-stay .widget .title')).toHaveText(text('en', 'stay_calc.title'));
  const content = () => page.frames().find((f) => f.url().includes('/embed/'))!.evaluate(() => Math.ceil(document.getElementById('widget')!.getBoundingClientRect().height));
  await expect.poll(async () => (await frame.boundingBox())!.height).toBe(await content());
  const before = (await frame.boundingBox())!.height;
  expect(before).toBeGreaterThan(300);
  await inner.getByRole('radio', { name: text('en', 'stay_calc.rule_general') }).check();
  await typeDate(inner.getByRole('group', { name: text('en', 'stay_calc.entry_legend') }), 'en', bakuDate(-9));
  await expect(inner.locator('.summary').first()).toBeVisible();
  await expect.poll(async () => (await frame.boundingBox())!.height).toBeGreaterThan(before);
  await expect.poll(async () => (await frame.boundingBox())!.height).toBe(await content());
  // Ten days used in this stay (both ends count), eighty left.
  await expect(inner.locator('.summary > div', { hasText: text('en', 'stay_calc.left_label') }).locator('dd')).toHaveText('80');
  await expect(page).toHaveTitle(/Caspian Guest House/);
});

for (const lang of LANGS) {
  test(`${lang}: axe finds nothing on the partner's page, with the widgets in ${lang}`, async ({ page }) => {
    await page.goto(`${PARTNER}/?lang=${lang}`);
    await widget(page, 'deadline-calculator');
    const tracker = await widget(page, 'status-tracker');
    await expect(tracker.getByLabel(text(lang, 'registration_calc.citizenship_label'))).toBeVisible();
    await expect(page.locator('migrationto-deadline-calculator .title')).toHaveText(text(lang, 'registration_calc.title'));
    await expect(tracker.locator(`option[value="AZ"]`)).toHaveText(countryName(lang, 'AZ'));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the launcher card starts the e-service on the portal, in its language', async ({ page, context }) => {
  await page.goto(`${PORTAL.url}/ru/embed/eservice-launcher?service=work-permit`);
  const card = await widget(page, 'eservice-launcher');
  await expect(card.getByRole('heading', { level: 1 })).toHaveText(text('ru', 'eservice.work_permit.title'));
  await expectAccessibleLayout(page);
  const startLink = card.getByRole('link', { name: new RegExp(text('ru', 'wizard.start_now')) });
  await expect(startLink).toHaveAttribute('href', `${PORTAL.url}/ru/e-services/work-permit/start`);
  // It opens the service's start page in a new tab.
  const [opened] = await Promise.all([context.waitForEvent('page'), startLink.click()]);
  await appReady(opened);
  await expect(opened.locator('main h1')).toHaveText(text('ru', 'eservice.work_permit.title'));
  await expect(opened.getByRole('link', { name: text('ru', 'wizard.start_now') })).toBeVisible();
});

test('the page for partners previews a widget and gives its code to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PORTAL.url}/en/useful-information/partners`);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(text('en', 'partners.title'));
  await expect(page.locator('.widget-preview migrationto-deadline-calculator .widget .title')).toHaveText(text('en', 'registration_calc.title'));
  await page.getByRole('radio', { name: text('en', 'partners.status_name') }).check();
  await page.getByRole('radio', { name: text('ru', 'self_name') }).check();
  await page.getByRole('radio', { name: text('en', 'partners.theme_dark') }).check();
  await expect(page.locator('.widget-preview migrationto-status-tracker .widget .title')).toHaveText(text('ru', 'status_check.track_title'));
  const code = page.locator('pre.code').first();
  await expect(code).toContainText(`<script type="module" src="${PORTAL.url}/widgets/migrationto-widgets.js"></script>`);
  await expect(code).toContainText('<migrationto-status-tracker lang="ru" theme="dark"></migrationto-status-tracker>');
  await page.getByRole('button', { name: text('en', 'partners.copy') }).click();
  await expect(page.getByRole('status').filter({ hasText: text('en', 'partners.copied') })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.innerText());
  await page.getByRole('radio', { name: text('en', 'partners.kind_frame') }).check();
  await expect(code).toContainText(`<iframe src="${PORTAL.url}/ru/embed/status-tracker?theme=dark"`);
  await expect(page.locator('pre.code').nth(1)).toContainText(`frame-src ${PORTAL.url}`);
  await expectAccessibleLayout(page);
});
