import { readFileSync } from 'node:fs';
import { allowBrowserErrors, appReady, axeViolations, countryName, expect, fill, fixBakuDate, holdRoute, LANGS, row, test, text, typeDate } from './support';

const PATH = '/calculators/registration-deadline';
// A citizen of Kazakhstan in a private flat, visa-free, 1 November 2026 to 20 January 2027.
const SHARED = '?c=KZ&arrival=2026-11-1&departure=2027-1-20&stay=flat&entry=visa-free';
// The last day to register: arrival + 30 days, written as CLDR writes it in each language.
const LAST_DAY = { az: '1 dekabr 2026', en: '1 December 2026', ru: '1 декабря 2026\u202fг.' };

for (const lang of LANGS) {
  test(`${lang}: a shared link reopens the answers and the result`, async ({ page }) => {
    await fixBakuDate(page, '2026-11-22');
    await page.goto(`/${lang}${PATH}${SHARED}`);
    await appReady(page);
    await expect(page.locator('#citizenship')).toHaveValue(countryName(lang, 'KZ'));
    await expect(page.locator('#arrival-day')).toHaveValue('1');
    await expect(page.locator('#departure-year')).toHaveValue('2027');
    await expect(page.locator('#stay-flat')).toBeChecked();
    await expect(row(page, text(lang, 'registration_calc.last_day_label'))).toHaveText(LAST_DAY[lang]);
    await expect(row(page, text(lang, 'registration_calc.threshold_label'))).toHaveText('30');
    await expect(row(page, text(lang, 'registration_calc.stay_days_label'))).toHaveText('80');
    // 22 November to 1 December.
    await expect(row(page, text(lang, 'registration_calc.days_left_label'))).toHaveText('9');
    await expect(page.locator('.result')).not.toContainText(text(lang, 'registration_calc.fine_heading'));
    await expect(row(page, text(lang, 'registration_calc.filer_label'))).toHaveText(text(lang, 'registration_calc.filer_host'));
    // The basis and the assumptions of uncertain rules are shown, with "indicative only".
    await expect(page.locator('.basis')).toContainText(text(lang, 'basis.kazakhstan_protocol'));
    await expect(page.locator('.basis')).toContainText(text(lang, 'basis.deadline_day_counting_assumption'));
    await expect(page.locator('.indicative')).toHaveText(text(lang, 'calc_common.indicative'));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the same link after the last day: late, with the fines and their basis', async ({ page }) => {
  await fixBakuDate(page, '2026-12-10');
  await page.goto(`/ru${PATH}${SHARED}`);
  await appReady(page);
  await expect(row(page, text('ru', 'registration_calc.days_left_label'))).toHaveText(text('ru', 'registration_calc.late'));
  await expect(page.locator('.result h3', { hasText: text('ru', 'registration_calc.fine_heading') })).toBeVisible();
  await expect(page.locator('.basis')).toContainText(text('ru', 'basis.fine_host'));
});

test('a stay too short to need registration lists no fines, however long ago', async ({ page }) => {
  await fixBakuDate(page, '2026-11-22');
  await page.goto(`/en${PATH}?c=FR&arrival=2026-3-5&departure=2026-3-12&stay=flat&entry=visa-free`);
  await appReady(page);
  await expect(row(page, text('en', 'registration_calc.needed_label'))).toContainText(text('en', 'registration_calc.needed_no'));
  await expect(page.locator('.basis')).toContainText(text('en', 'basis.registration_within_15_days'));
  await expect(page.locator('.basis')).not.toContainText(text('en', 'basis.fine_foreigner'));
  await expect(page.locator('.basis')).not.toContainText(text('en', 'basis.fine_host'));
});

test('a move over New Year into a year without a published calendar: fixed holidays counted, and said to be provisional', async ({ page }) => {
  // No calendar of 2038 will be published for years: Monday 28 December 2037 + 5 working
  // days skips 31 December and 1 January (holidays), the weekend and Monday 4 January (the
  // day off for 2 January, a Saturday), so it ends on Thursday 7 January 2038.
  await fixBakuDate(page, '2037-12-28');
  await page.goto(`/en${PATH}?c=DE&arrival=2037-12-20&departure=2038-2-20&stay=flat&entry=visa-free&moved=yes&moved_on=2037-12-28&owner=other`);
  await appReady(page);
  await expect(row(page, text('en', 'registration_calc.moved_by_label'))).toHaveText('7 January 2038');
  const note = page.locator('.provisional-calendar');
  await expect(note).toContainText(fill(text('en', 'calc_common.provisional_calendar'), { years: 2038 }));
  await expect(note).toContainText(text('en', 'calc_common.provisional_calendar_detail'));
  await expect(page.locator('.basis')).toContainText(text('en', 'basis.provisional_calendar_assumption'));
  expect(await axeViolations(page)).toEqual([]);
  // A stay inside a published year says nothing of the kind.
  await page.goto(`/en${PATH}?c=DE&arrival=2026-3-1&departure=2026-3-30&stay=flat&entry=visa-free`);
  await appReady(page);
  // A Monday: no note of a day off.
  await expect(row(page, text('en', 'registration_calc.last_day_label'))).toHaveText(['16 March 2026']);
  await expect(page.locator('.provisional-calendar')).toHaveCount(0);
});

test('answers typed by keyboard give a result, go into the address and survive reload', async ({ page }) => {
  await fixBakuDate(page, '2026-11-22');
  await page.goto(`/en${PATH}`);
  await appReady(page);
  await expect(page.locator('[aria-live="polite"]')).toHaveText(text('en', 'calc_common.result_waiting'));
  // Choose Germany from the CLDR list by keyboard: type part of the name, arrow down, Enter.
  await page.locator('#citizenship').pressSequentially('germ');
  await expect(page.getByRole('option')).toHaveText(['Germany']);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#citizenship')).toHaveAttribute('aria-activedescendant', 'citizenship-option-DE');
  await page.keyboard.press('Enter');
  await expect(page.locator('#citizenship')).toHaveValue('Germany');
  await expect(page.locator('#citizenship-listbox')).toBeHidden();
  await typeDate(page, 'arrival', '5', '3', '2026');
  await typeDate(page, 'departure', '20', '4', '2026');
  await page.locator('#stay-hotel').check();
  await page.keyboard.press('Tab');
  await page.locator('#entry-visa-free').check();
  // 20 March 2026 (Novruz) has passed: the result says it is late, not that it is a day off.
  await expect(row(page, text('en', 'registration_calc.last_day_label'))).toHaveText(['20 March 2026']);
  await expect(row(page, text('en', 'registration_calc.filer_label'))).toHaveText(text('en', 'registration_calc.filer_hotel'));
  // 5 March 2026 is past: the deadline has passed, and the fines are shown.
  await expect(page.locator('.result')).toContainText('300 to 400 AZN');
  await expect(page).toHaveURL(/c=DE/);
  await expect(page).toHaveURL(/arrival=2026-3-5/);
  await page.reload();
  await appReady(page);
  await expect(page.locator('#citizenship')).toHaveValue('Germany');
  await expect(row(page, text('en', 'registration_calc.last_day_label'))).toHaveText(['20 March 2026']);
});

for (const lang of LANGS) {
  test(`${lang}: a last day still ahead on a non-working day is said to be one, and is not moved`, async ({ page }) => {
    // A German arriving on 5 March 2026, seen on 10 March: the last day is 20 March, Novruz.
    await fixBakuDate(page, '2026-03-10');
    await page.goto(`/${lang}${PATH}?c=DE&arrival=2026-3-5&departure=2026-4-20&stay=hotel&entry=visa-free`);
    await appReady(page);
    const lastDay = row(page, text(lang, 'registration_calc.last_day_label'));
    await expect(lastDay).toHaveCount(2);
    await expect(lastDay.nth(1)).toHaveText(text(lang, 'registration_calc.last_day_off'));
    await expect(row(page, text(lang, 'registration_calc.days_left_label'))).toHaveText('10');
    await expect(page.locator('.basis')).toContainText(text(lang, 'basis.deadline_day_counting_assumption'));
    expect(await axeViolations(page)).toEqual([]);
    // Arriving on 1 March instead gives Monday 16 March, a working day: no note.
    await page.goto(`/${lang}${PATH}?c=DE&arrival=2026-3-1&departure=2026-4-20&stay=hotel&entry=visa-free`);
    await appReady(page);
    await expect(row(page, text(lang, 'registration_calc.last_day_label'))).toHaveCount(1);
  });
}

test('an ASAN Visa asks for its days of stay and checks them', async ({ page }) => {
  await page.goto(`/en${PATH}?c=IN&arrival=2026-3-5&departure=2026-4-20&stay=hotel&entry=evisa`);
  await appReady(page);
  await page.locator('#visa-days').fill('45');
  await expect(page.locator('#visa-days-error')).toContainText(text('en', 'registration_calc.err_evisa_days'));
  await expect(page.locator('#visa-days')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#visa-days').fill('30');
  await expect(page.locator('#visa-days-error')).toHaveCount(0);
  await expect(row(page, text('en', 'registration_calc.stay_ends_label'))).toHaveText('3 April 2026');
  await expect(page.locator('.warning')).toHaveText(text('en', 'registration_calc.overstay'));
});

for (const [lang, day, month, year, key] of [
  ['en', '31', '2', '2026', 'calc_common.err_date_real'],
  ['ru', '5', '3', '20266', 'calc_common.err_date_year'],
  ['az', '5', '13', '2026', 'calc_common.err_date_month'],
  ['en', '5', 'March', '2026', 'calc_common.err_date_nan'],
  ['ru', '5', '', '2026', 'calc_common.err_date_incomplete'],
] as const) {
  test(`${lang}: arrival ${day}/${month}/${year} gets a specific message at the field and no stale result`, async ({ page }) => {
    await page.goto(`/${lang}${PATH}${SHARED}`);
    await appReady(page);
    await expect(page.locator('.summary')).toBeVisible();
    await typeDate(page, 'arrival', day, month, year);
    const error = page.locator('#arrival-error');
    await expect(error).toContainText(text(lang, key));
    await expect(page.locator('#arrival-day')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('fieldset:has(#arrival-day)')).toHaveAttribute('aria-describedby', 'arrival-hint arrival-error');
    await expect(page.locator('.summary')).toHaveCount(0);
    await expect(page.locator('[aria-live="polite"]')).toHaveText(text(lang, 'calc_common.result_fix'));
  });
}

test('leaving before arriving is named at the departure date', async ({ page }) => {
  await page.goto(`/en${PATH}${SHARED}`);
  await appReady(page);
  await typeDate(page, 'departure', '30', '10', '2026');
  await expect(page.locator('#departure-error')).toContainText(text('en', 'registration_calc.err_departure_before_arrival'));
  await expect(page.locator('.summary')).toHaveCount(0);
});

test('switching language keeps the answers and the result', async ({ page }) => {
  await page.goto(`/en${PATH}${SHARED}`);
  await appReady(page);
  await page.getByRole('navigation', { name: text('en', 'lang_switch.label') }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(`/ru${PATH}${SHARED}`);
  await expect(page.locator('#citizenship')).toHaveValue('Казахстан');
  await expect(row(page, text('ru', 'registration_calc.last_day_label'))).toHaveText(LAST_DAY.ru);
});

test('answers typed on the page go with it to another language, by keyboard or by pointer', async ({ page }) => {
  for (const [from, to, name, how] of [
    ['en', 'az', 'Azərbaycanca', 'keyboard'],
    ['az', 'ru', 'Русский', 'pointer'],
  ] as const) {
    await page.goto(`/${from}${PATH}`);
    await appReady(page);
    await typeDate(page, 'arrival', '1', '11', '2026');
    await page.locator('#stay-flat').check();
    const link = page.getByRole('navigation', { name: text(from, 'lang_switch.label') }).getByRole('link', { name });
    if (how === 'keyboard') {
      await link.focus();
      await page.keyboard.press('Enter');
    } else {
      await link.click();
    }
    await expect(page).toHaveURL(`/${to}${PATH}?arrival=2026-11-1&stay=flat`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', to);
    await expect(page.locator('#arrival-day')).toHaveValue('1');
    await expect(page.locator('#arrival-year')).toHaveValue('2026');
    await expect(page.locator('#stay-flat')).toBeChecked();
  }
});

test('a country typed in full and left before the list has arrived counts once it arrives', async ({ page }) => {
  // A slow connection: the list of countries comes after the visitor has typed and moved on.
  const release = await holdRoute(page, '**/cldr/countries-en.json');
  await page.goto(`/en${PATH}`);
  await appReady(page);
  await page.locator('#citizenship').fill('germany');
  await page.locator('#arrival-day').focus();
  await expect(page).not.toHaveURL(/[?&]c=/);
  release();
  await expect(page).toHaveURL(/[?&]c=DE(&|$)/);
  await expect(page.locator('#citizenship')).toHaveValue('Germany');
  await expect(page.locator('#arrival-day')).toBeFocused();
});

test('a failed country list says so and can be retried without losing answers', async ({ page }) => {
  let fail = true;
  allowBrowserErrors(page, /Failed to load resource: net::ERR_FAILED \(.*\/cldr\/countries-en\.json\)$/);
  await page.route('**/cldr/countries-en.json', (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`/en${PATH}${SHARED}`);
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText(text('en', 'registration_calc.countries_failed'));
  fail = false;
  await page.getByRole('button', { name: text('en', 'registration_calc.retry') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#citizenship')).toHaveValue('Kazakhstan');
  await expect(page.locator('#arrival-day')).toHaveValue('1');
});

test('the citizenship box finds names without accents, says when nothing matches, and accepts a typed name', async ({ page }) => {
  await page.goto(`/az${PATH}?arrival=2026-3-5&departure=2026-4-20&stay=hotel&entry=visa-free`);
  await appReady(page);
  const box = page.locator('#citizenship');
  await box.pressSequentially('turk');
  await expect(page.getByRole('option', { name: countryName('az', 'TR') })).toBeVisible();
  const found = await page.getByRole('option').count();
  // The country box's own status line (the page's connection line is another).
  const status = page.getByRole('status').and(page.locator(':not(#connection-status)'));
  await expect(status).toHaveText(fill(text('az', 'registration_calc.countries_found'), { n: found }));
  await page.keyboard.press('Escape');
  await expect(page.locator('#citizenship-listbox')).toBeHidden();
  await box.fill('xyzq');
  await expect(page.locator('.combobox-empty')).toHaveText(text('az', 'registration_calc.countries_none'));
  await expect(page.locator('[aria-live="polite"]')).toHaveText(text('az', 'calc_common.result_waiting'));
  // A name typed in full and left by Tab counts as chosen.
  await box.fill(countryName('az', 'KZ'));
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/c=KZ/);
  await expect(row(page, text('az', 'registration_calc.threshold_label'))).toHaveText('30');
  // Stateless persons are in the list too.
  await box.fill('');
  await box.pressSequentially(text('az', 'registration_calc.citizenship_stateless').slice(0, 5));
  await page.getByRole('option', { name: text('az', 'registration_calc.citizenship_stateless') }).click();
  await expect(page).toHaveURL(/c=stateless/);
});

test('the calculators section links to the calculator', async ({ page }) => {
  await page.goto('/az/calculators');
  await appReady(page);
  await page.locator('.calculator-list').getByRole('link', { name: text('az', 'registration_calc.title') }).click();
  await expect(page).toHaveURL(`/az${PATH}`);
  await expect(page.locator('main h1')).toHaveText(text('az', 'registration_calc.title'));
});

test('a move to a new address: re-registration in 5 working days, and the dates as a calendar file', async ({ page }) => {
  await fixBakuDate(page, '2026-11-22');
  // Arrived 10 November 2026, moved to another owner's flat on Wednesday 18 November.
  await page.goto(`/en${PATH}?c=DE&arrival=2026-11-10&departure=2027-1-20&stay=flat&entry=visa-free&moved=yes&moved_on=2026-11-18&owner=other`);
  await appReady(page);
  await expect(page.locator('#moved-yes')).toBeChecked();
  await expect(row(page, text('en', 'registration_calc.moved_by_label'))).toHaveText('25 November 2026');
  await expect(page.locator('.basis')).toContainText(text('en', 'basis.re_registration_after_move'));
  await expect(page.locator('.basis')).toContainText(text('en', 'basis.published_working_days'));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'calc_common.add_to_calendar') }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('registration.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  const events = parseIcs(ics);
  expect(events.map((e) => [e.DTSTART, e.SUMMARY])).toEqual([
    ['20261125', text('en', 'registration_calc.event_register')],
    ['20261125', text('en', 'registration_calc.event_register_move')],
    ['20270108', text('en', 'registration_calc.event_trp')],
    ['20270204', text('en', 'registration_calc.event_extension')],
    ['20270207', text('en', 'registration_calc.event_stay_ends')],
  ]);
  expect(events.every((e) => e.DESCRIPTION.includes(page.url()))).toBe(true);

  // The same owner: no new registration.
  await page.locator('#owner-same').check();
  await expect(row(page, text('en', 'registration_calc.moved_by_label'))).toHaveText(text('en', 'registration_calc.moved_same_owner'));
  // A move before arrival is named at the move date.
  await typeDate(page, 'moved-on', '1', '11', '2026');
  await expect(page.locator('#moved-on-error')).toContainText(text('en', 'registration_calc.err_moved_before_arrival'));
  await expect(page.locator('.result .summary')).toHaveCount(0);
});

/** Unfolds an iCalendar file and returns each VEVENT's properties (parameters dropped, text unescaped). */
function parseIcs(ics: string): Array<Record<string, string>> {
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') { events.push(current!); current = null; }
    else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0];
      current[name] = line.slice(colon + 1).replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}
