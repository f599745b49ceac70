import { Browser, Page } from '@playwright/test';
import { appReady, expect, expectAccessibleLayout, fill, fixBakuDate, Lang, newContext, test, text } from './support';

const CENTRE = 'asan-ganja';

async function open(page: Page, lang: Lang) {
  await page.goto(`/${lang}/e-services/appointments`);
  await appReady(page);
  await expect(page.locator(`input[name="centre"][value="${CENTRE}"]`)).toHaveCount(1);
}

/** The last day the page offers (the furthest ahead, so other tests leave it alone). */
async function lastDay(page: Page): Promise<string> {
  return (await page.locator('input[name="day"]').last().getAttribute('value'))!;
}

async function choose(page: Page, day: string) {
  await page.locator(`input[name="centre"][value="${CENTRE}"]`).check();
  await page.locator(`input[name="day"][value="${day}"]`).check();
}

test('en: an appointment is booked with a free time and cancelled by its code', async ({ page }) => {
  await open(page, 'en');
  await expectAccessibleLayout(page);
  // Nothing chosen: the summary names every question.
  await page.getByRole('button', { name: text('en', 'appointments.book') }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  for (const key of ['err_centre', 'err_day', 'err_name', 'err_contact']) {
    await expect(page.locator('#error-summary')).toContainText(text('en', `appointments.${key}`));
  }
  const days = page.locator('input[name="day"]');
  const day = (await days.nth(2).getAttribute('value'))!;
  await choose(page, day);
  const times = page.locator('input[name="time"]');
  await expect(times.first()).toBeVisible();
  const time = (await times.first().getAttribute('value'))!;
  await times.first().check();
  await page.getByLabel(text('en', 'appointments.name_label')).fill('Anna Smith');
  await page.getByLabel(text('en', 'appointments.phone_label')).fill('12');
  await page.getByRole('button', { name: text('en', 'appointments.book') }).click();
  await expect(page.locator('#phone-error')).toContainText(text('en', 'appointments.err_phone'));
  await expectAccessibleLayout(page);
  await page.getByLabel(text('en', 'appointments.phone_label')).fill('050 123 45 67');
  await page.getByRole('button', { name: text('en', 'appointments.book') }).click();
  await expect(page.locator('#booked-heading')).toBeFocused();
  const code = (await page.locator('.booking-code').textContent())!.trim();
  expect(code).toMatch(/^B[0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.locator('main')).toContainText(time);
  await expectAccessibleLayout(page);
  // The time is no longer offered to anyone.
  const slots = await (await fetch(`${new URL(page.url()).origin}/api/v1/service-centres/${CENTRE}/slots?date=${day}`)).json();
  expect(slots.slots.find((s: { time: string }) => s.time === time).free).toBe(false);

  await page.getByLabel(text('en', 'appointments.cancel_code_label')).fill(code.toLowerCase());
  await page.getByRole('button', { name: text('en', 'appointments.cancel_button') }).click();
  await expect(page.locator('#cancel-outcome')).toContainText(time);
  // Cancelled once: a second time finds nothing to cancel.
  await page.getByRole('button', { name: text('en', 'appointments.cancel_button') }).click();
  await expect(page.locator('#cancel-outcome')).toHaveText(text('en', 'appointments.cancel_not_found'));
  const again = await (await fetch(`${new URL(page.url()).origin}/api/v1/service-centres/${CENTRE}/slots?date=${day}`)).json();
  expect(again.slots.find((s: { time: string }) => s.time === time).free).toBe(true);
});

test('ru: the booking stays on the page over a reload and a change of language, until "Book another appointment"', async ({ page }) => {
  await open(page, 'ru');
  const day = (await page.locator('input[name="day"]').nth(3).getAttribute('value'))!;
  await choose(page, day);
  await page.locator('input[name="time"]').first().check();
  await page.getByLabel(text('ru', 'appointments.name_label')).fill('Ирина Петрова');
  await page.getByLabel(text('ru', 'appointments.phone_label')).fill('050 765 43 21');
  await page.getByRole('button', { name: text('ru', 'appointments.book') }).click();
  await expect(page.locator('#booked-heading')).toBeFocused();
  const code = (await page.locator('.booking-code').textContent())!.trim();

  await page.reload();
  await appReady(page);
  await expect(page.locator('.booking-code')).toHaveText(code);
  await page.getByRole('navigation', { name: text('ru', 'lang_switch.label') }).getByRole('link', { name: 'Azərbaycanca' }).click();
  await expect(page).toHaveURL(/\/az\/e-services\/appointments$/);
  await appReady(page);
  await expect(page.locator('#booked-heading')).toHaveText(text('az', 'appointments.booked_title'));
  await expect(page.locator('.booking-code')).toHaveText(code);

  await page.getByRole('button', { name: text('az', 'appointments.book_another') }).click();
  await expect(page.locator('.booking-code')).toHaveCount(0);
  await expect(page.locator(`input[name="centre"][value="${CENTRE}"]`)).toHaveCount(1);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.booking-code')).toHaveCount(0);
  // The booking itself stands until it is cancelled by its code.
  await page.getByLabel(text('az', 'appointments.cancel_code_label')).fill(code);
  await page.getByRole('button', { name: text('az', 'appointments.cancel_button') }).click();
  await expect(page.locator('#cancel-outcome')).toHaveClass(/cancelled/);
});

test('ru: a second appointment at the same centre on the same day is refused, and the answers stay', async ({ page, request }) => {
  await open(page, 'ru');
  const day = (await page.locator('input[name="day"]').nth(4).getAttribute('value'))!;
  // The person already holds the first free time of that day, booked with the number written another way.
  const slots = (await (await request.get(`/api/v1/service-centres/${CENTRE}/slots?date=${day}`)).json()).slots as Array<{ time: string; free: boolean }>;
  const held = slots.find((s) => s.free)!.time;
  const res = await request.post('/api/v1/appointments', {
    headers: { 'idempotency-key': `e2e-held-${day}-${Date.now()}` },
    data: { centre: CENTRE, date: day, time: held, name: 'Olga Ivanova', phone: '+994 55 765 43 21' },
  });
  expect(res.status()).toBe(201);
  await choose(page, day);
  const other = page.locator('input[name="time"]:not([value="' + held + '"])').first();
  await expect(other).toBeVisible();
  await other.check();
  await page.getByLabel(text('ru', 'appointments.name_label')).fill('Olga Ivanova');
  await page.getByLabel(text('ru', 'appointments.phone_label')).fill('055 765 43 21');
  await page.getByRole('button', { name: text('ru', 'appointments.book') }).click();
  await expect(page.locator('#booking-failed')).toBeFocused();
  await expect(page.locator('#booking-failed')).toHaveText(text('ru', 'api_error.already_booked'));
  await expect(page.locator('.booking-code')).toHaveCount(0);
  await expect(page.getByLabel(text('ru', 'appointments.phone_label'))).toHaveValue('055 765 43 21');
  await expectAccessibleLayout(page);
});

async function racer(browser: Browser, lang: Lang, day: string, name: string) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await open(page, lang);
  await choose(page, day);
  await expect(page.locator('input[name="time"]')).toHaveCount(1);
  await page.locator('input[name="time"]').check();
  await page.getByLabel(text(lang, 'appointments.name_label')).fill(name);
  await page.getByLabel(text(lang, 'appointments.email_label')).fill(`${name.toLowerCase()}@example.az`);
  return { context, page };
}

test('two browsers racing for the last slot: one booking, one clear "slot taken"', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const probeContext = await newContext(browser);
  const probe = await probeContext.newPage();
  await open(probe, 'ru');
  const day = await lastDay(probe);
  await probeContext.close();
  // Book every free time of the day but one through the API.
  const slots = (await (await request.get(`/api/v1/service-centres/${CENTRE}/slots?date=${day}`)).json()).slots as Array<{ time: string; free: boolean }>;
  const free = slots.filter((s) => s.free).map((s) => s.time);
  expect(free.length).toBeGreaterThan(0);
  for (const time of free.slice(0, -1)) {
    const res = await request.post('/api/v1/appointments', {
      headers: { 'idempotency-key': `e2e-fill-${day}-${time}-${Date.now()}` },
      // One person, one appointment a centre a day: a filler per time.
      data: { centre: CENTRE, date: day, time, name: 'Filler', phone: `+994 50 123 ${time.replace(':', ' ')}` },
    });
    expect(res.status()).toBe(201);
  }
  const a = await racer(browser, 'ru', day, 'Anna');
  const b = await racer(browser, 'az', day, 'Boris');
  await Promise.all([
    a.page.getByRole('button', { name: text('ru', 'appointments.book') }).click(),
    b.page.getByRole('button', { name: text('az', 'appointments.book') }).click(),
  ]);
  const outcome = async (page: Page, lang: Lang) => {
    await expect(page.locator('.booking-code, #time-error, #time-first-error, .error-summary')).not.toHaveCount(0);
    return (await page.locator('.booking-code').count()) > 0 ? 'booked' : lang;
  };
  const results = [await outcome(a.page, 'ru'), await outcome(b.page, 'az')];
  expect(results.filter((r) => r === 'booked')).toHaveLength(1);
  const loser = results[0] === 'booked' ? { page: b.page, lang: 'az' as Lang } : { page: a.page, lang: 'ru' as Lang };
  await expect(loser.page.locator('#error-summary')).toContainText(text(loser.lang, 'appointments.slot_taken'));
  // The free times are asked again: none is left on that day.
  await expect(loser.page.getByText(text(loser.lang, 'appointments.times_none'))).toBeVisible();
  await expectAccessibleLayout(loser.page);
  await a.context.close();
  await b.context.close();
});

test('days off fixed by the Labour Code are never offered, in a year not yet published either', async ({ page }) => {
  // Monday 28 December 2026: 31 December, 1 January and Monday 4 January 2027 (the day off
  // for 2 January, a Saturday) are days off whatever the Cabinet decides for 2027.
  await fixBakuDate(page, '2026-12-28');
  await open(page, 'en');
  const offered = await page.locator('input[name="day"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(offered.slice(0, 2)).toEqual(['2026-12-29', '2026-12-30']);
  for (const off of ['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04']) {
    expect(offered).not.toContain(off);
  }
  // 2037 and 2038 have no published calendar: the hint says why some days may be missing.
  await fixBakuDate(page, '2037-12-28');
  await open(page, 'ru');
  const later = await page.locator('input[name="day"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(later).toEqual(['2037-12-29', '2037-12-30', '2038-01-05', '2038-01-06', '2038-01-07', '2038-01-08',
    '2038-01-11', '2038-01-12', '2038-01-13', '2038-01-14']);
  await expect(page.locator('#day-hint')).toContainText(fill(text('ru', 'appointments.provisional_days'), { years: '2037–2038' }));
  await expectAccessibleLayout(page);
});
