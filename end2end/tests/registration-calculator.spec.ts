import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { appReady, daysFromBakuToday, LANGS, text } from './support';

const PATH = '/calculators/registration-deadline';
// A citizen of Kazakhstan in a private flat, visa-free, 1 November 2026 to 20 January 2027.
const SHARED = '?c=KZ&arrival=2026-11-1&departure=2027-1-20&stay=flat&entry=visa-free';
// The last day to register: arrival + 30 days, written as CLDR writes it in each language.
const LAST_DAY = { az: '1 dekabr 2026', en: '1 December 2026', ru: '1 декабря 2026\u202fг.' };

function row(page: Page, label: string) {
  return page.locator('.summary > div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
}

async function typeDate(page: Page, id: string, d: string, m: string, y: string) {
  await page.locator(`#${id}-day`).fill(d);
  await page.locator(`#${id}-month`).fill(m);
  await page.locator(`#${id}-year`).fill(y);
  await page.locator(`#${id}-year`).blur();
}

for (const lang of LANGS) {
  test(`${lang}: a shared link reopens the answers and the result`, async ({ page }) => {
    await page.goto(`/${lang}${PATH}${SHARED}`);
    await appReady(page);
    await expect(page.locator('#citizenship')).toHaveValue('KZ');
    await expect(page.locator('#arrival-day')).toHaveValue('1');
    await expect(page.locator('#departure-year')).toHaveValue('2027');
    await expect(page.locator('#stay-flat')).toBeChecked();
    await expect(row(page, text(lang, 'registration_calc.last_day_label'))).toHaveText(LAST_DAY[lang]);
    await expect(row(page, text(lang, 'registration_calc.threshold_label'))).toHaveText('30');
    await expect(row(page, text(lang, 'registration_calc.stay_days_label'))).toHaveText('80');
    const left = daysFromBakuToday(2026, 12, 1);
    await expect(row(page, text(lang, 'registration_calc.days_left_label')))
      .toHaveText(left < 0 ? text(lang, 'registration_calc.late') : String(left));
    await expect(row(page, text(lang, 'registration_calc.filer_label'))).toHaveText(text(lang, 'registration_calc.filer_host'));
    // The basis and the assumptions of uncertain rules are shown, with "indicative only".
    await expect(page.locator('.basis')).toContainText(text(lang, 'basis.kazakhstan_protocol'));
    await expect(page.locator('.basis')).toContainText(text(lang, 'basis.deadline_day_counting_assumption'));
    await expect(page.locator('.indicative')).toHaveText(text(lang, 'calc_common.indicative'));
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
  });
}

test('answers typed by keyboard give a result, go into the address and survive reload', async ({ page }) => {
  await page.goto(`/en${PATH}`);
  await appReady(page);
  await expect(page.locator('[aria-live="polite"]')).toHaveText(text('en', 'calc_common.result_waiting'));
  // Choose Germany from the CLDR list by keyboard.
  await expect(page.locator('#citizenship option[value="DE"]')).toHaveText('Germany');
  await page.locator('#citizenship').focus();
  await page.locator('#citizenship').selectOption('DE');
  await typeDate(page, 'arrival', '5', '3', '2026');
  await typeDate(page, 'departure', '20', '4', '2026');
  await page.locator('#stay-hotel').check();
  await page.keyboard.press('Tab');
  await page.locator('#entry-visa-free').check();
  await expect(row(page, text('en', 'registration_calc.last_day_label'))).toHaveText('20 March 2026');
  await expect(row(page, text('en', 'registration_calc.filer_label'))).toHaveText(text('en', 'registration_calc.filer_hotel'));
  // 5 March 2026 is past: the deadline has passed, and the fines are shown.
  await expect(page.locator('.result')).toContainText('300 to 400 AZN');
  await expect(page).toHaveURL(/c=DE/);
  await expect(page).toHaveURL(/arrival=2026-3-5/);
  await page.reload();
  await appReady(page);
  await expect(page.locator('#citizenship')).toHaveValue('DE');
  await expect(row(page, text('en', 'registration_calc.last_day_label'))).toHaveText('20 March 2026');
});

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
  await expect(page.locator('#citizenship option:checked')).toHaveText('Казахстан');
  await expect(row(page, text('ru', 'registration_calc.last_day_label'))).toHaveText(LAST_DAY.ru);
});

test('a failed country list says so and can be retried without losing answers', async ({ page }) => {
  let fail = true;
  await page.route('**/cldr/countries-en.json', (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`/en${PATH}${SHARED}`);
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText(text('en', 'registration_calc.countries_failed'));
  fail = false;
  await page.getByRole('button', { name: text('en', 'registration_calc.retry') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#citizenship')).toHaveValue('KZ');
  await expect(page.locator('#arrival-day')).toHaveValue('1');
});

test('the calculators section links to the calculator', async ({ page }) => {
  await page.goto('/az/calculators');
  await appReady(page);
  await page.locator('.calculator-list').getByRole('link', { name: text('az', 'registration_calc.title') }).click();
  await expect(page).toHaveURL(`/az${PATH}`);
  await expect(page.locator('main h1')).toHaveText(text('az', 'registration_calc.title'));
});
