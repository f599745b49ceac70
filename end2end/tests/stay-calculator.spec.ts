import { appReady, axeViolations, expect, fill, fixBakuDate, LANGS, row, test, text, typeDate } from './support';

const PATH = '/calculators/days-of-stay';
// Today is fixed at 22 November 2026 in Baku.
const TODAY = '2026-11-22';
// A citizen of Russia: 30 days in January-February, 31 in May, and in Azerbaijan since 1 November.
const RUSSIA = '?rule=ru&trip=2026-1-10~2026-2-8&trip=2026-5-1~2026-5-31&trip=2026-11-1~';
// 61 days were used before 1 November, so this stay may last 29 days: to 29 November.
const LAST_DAY = { az: '29 noyabr 2026', en: '29 November 2026', ru: '29 ноября 2026\u202fг.' };

test.beforeEach(async ({ page }) => fixBakuDate(page, TODAY));

for (const lang of LANGS) {
  test(`${lang}: a shared link for a citizen of Russia reopens the trips and the result`, async ({ page }) => {
    await page.goto(`/${lang}${PATH}${RUSSIA}`);
    await appReady(page);
    await expect(page.locator('#rule-ru')).toBeChecked();
    await expect(page.locator('.trip')).toHaveCount(3);
    await expect(page.locator('.trip').nth(2).locator('input').nth(2)).toHaveValue('2026');
    await expect(row(page, fill(text(lang, 'stay_calc.used_in_year_label'), { year: 2026 }))).toHaveText('83');
    await expect(row(page, text(lang, 'stay_calc.left_label'))).toHaveText('7');
    await expect(row(page, text(lang, 'stay_calc.current_last_day_label'))).toHaveText(LAST_DAY[lang]);
    await expect(page.locator('.basis')).toContainText(text(lang, 'basis.russia_90_per_year'));
    await expect(page.locator('.basis')).toContainText(text(lang, 'basis.russia_single_stay_assumption'));
    await expect(page.locator('.indicative')).toHaveText(text(lang, 'calc_common.indicative'));
    await expect(page.locator('.provisional-calendar')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${lang}: wrong dates get a message at the field and no stale result`, async ({ page }) => {
    await page.goto(`/${lang}${PATH}?rule=other&trip=2026-3-1~2026-3-20`);
    await appReady(page);
    await expect(row(page, text(lang, 'stay_calc.left_label'))).toHaveText('90');
    await typeDate(page, 'trip-1-exit', '31', '2', '2026');
    await expect(page.locator('#trip-1-exit-error')).toContainText(text(lang, 'calc_common.err_date_real'));
    await expect(page.locator('.result .summary')).toHaveCount(0);
    await expect(page.locator('[aria-live="polite"]')).toHaveText(text(lang, 'calc_common.result_fix'));
    await typeDate(page, 'trip-1-exit', '20', '3', '20266');
    await expect(page.locator('#trip-1-exit-error')).toContainText(text(lang, 'calc_common.err_date_year'));
    await typeDate(page, 'trip-1-exit', '20', '2', '2026');
    await expect(page.locator('#trip-1-exit-error')).toContainText(text(lang, 'stay_calc.err_exit_before_entry'));
    await expect(page.locator('#trip-1-exit-day')).toHaveAttribute('aria-invalid', 'true');
    await typeDate(page, 'trip-1-entry', '1', '12', '2026');
    await expect(page.locator('#trip-1-entry-error')).toContainText(text(lang, 'stay_calc.err_entry_future'));
  });
}

test('a planned trip after a past one: the last day across New Year', async ({ page }) => {
  await page.goto(`/en${PATH}?rule=other&trip=2026-3-1~2026-3-20&enter=2026-12-20`);
  await appReady(page);
  await expect(row(page, fill(text('en', 'stay_calc.planned_last_day_label'), { date: '20 December 2026' })))
    .toHaveText('19 March 2027');
  await typeDate(page, 'planned', '20', '11', '2026');
  await expect(page.locator('#planned-error')).toContainText(text('en', 'stay_calc.err_planned_past'));
  await typeDate(page, 'planned', '10', '3', '2026');
  await expect(page.locator('#planned-error')).toContainText(text('en', 'stay_calc.err_planned_past'));
});

test('a last day in a year without a published calendar is said to be provisional', async ({ page }) => {
  await fixBakuDate(page, '2037-12-20');
  await page.goto(`/az${PATH}?rule=other&trip=2037-12-1~`);
  await appReady(page);
  // 90 days from 1 December 2037, the day of entry counted.
  await expect(row(page, text('az', 'stay_calc.current_last_day_label'))).toHaveText('28 fevral 2038');
  await expect(page.locator('.provisional-calendar')).toContainText(fill(text('az', 'calc_common.provisional_calendar'), { years: 2038 }));
  await expect(page.locator('.basis')).toContainText(text('az', 'basis.provisional_calendar'));
});

test('no days left in the year for a citizen of Russia', async ({ page }) => {
  await page.goto(`/ru${PATH}?rule=ru&trip=2026-1-1~2026-3-31&enter=2026-12-1`);
  await appReady(page);
  await expect(row(page, text('ru', 'stay_calc.left_label'))).toHaveText('0');
  await expect(page.locator('.result .warning'))
    .toHaveText(fill(text('ru', 'stay_calc.planned_no_days'), { year: 2026, date: '1 декабря 2026\u202fг.' }));
});

test('trips typed by keyboard, added, overlapping and removed; the address keeps them', async ({ page }) => {
  await page.goto(`/en${PATH}`);
  await appReady(page);
  await expect(page.locator('[aria-live="polite"]')).toHaveText(text('en', 'calc_common.result_waiting'));
  await page.locator('#rule-other').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('#rule-other')).toBeChecked();
  await typeDate(page, 'trip-1-entry', '1', '11', '2026');
  await expect(row(page, text('en', 'stay_calc.used_in_stay_label'))).toHaveText('22');
  await expect(row(page, text('en', 'stay_calc.left_label'))).toHaveText('68');
  await expect(row(page, text('en', 'stay_calc.current_last_day_label'))).toHaveText('29 January 2027');
  await expect(page).toHaveURL(/trip=2026-11-1~/);
  await page.reload();
  await appReady(page);
  await expect(page.locator('#trip-1-entry-month')).toHaveValue('11');
  await expect(row(page, text('en', 'stay_calc.left_label'))).toHaveText('68');

  // An earlier trip that overlaps: the message names the other trip.
  await page.getByRole('button', { name: text('en', 'stay_calc.add_trip') }).press('Enter');
  await expect(page.locator('#trip-2-entry-day')).toBeFocused();
  await typeDate(page, 'trip-2-entry', '20', '10', '2026');
  await typeDate(page, 'trip-2-exit', '5', '11', '2026');
  await expect(page.locator('.trip').nth(1).locator('.error-message'))
    .toContainText(fill(text('en', 'stay_calc.err_overlap'), { n: 1 }));
  await expect(page.locator('.result .summary')).toHaveCount(0);
  await page.getByRole('button', { name: fill(text('en', 'stay_calc.remove_trip'), { n: 2 }) }).click();
  await expect(page.locator('.trip')).toHaveCount(1);
  await expect(page.locator('#trips-heading')).toBeFocused();
  await expect(row(page, text('en', 'stay_calc.left_label'))).toHaveText('68');
});

test('a stay past 90 days is flagged', async ({ page }) => {
  await page.goto(`/az${PATH}?rule=other&trip=2026-8-1~`);
  await appReady(page);
  await expect(row(page, text('az', 'stay_calc.left_label'))).toHaveText('0');
  await expect(page.locator('.result .warning'))
    .toHaveText(fill(text('az', 'stay_calc.overstaying'), { date: '29 oktyabr 2026' }));
});
