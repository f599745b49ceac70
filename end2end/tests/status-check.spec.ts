import { APIRequestContext, Page } from '@playwright/test';
import { appReady, bakuToday, countryName, expect, expectAccessibleLayout, fill, Lang, LANGS, test, text, typeDate } from './support';

/** Sends a registration through the API, as the e-service wizard will; returns its reference. */
async function applyFor(request: APIRequestContext, passport: string, lang: Lang): Promise<string> {
  const upload = await request.post('/api/v1/uploads', {
    headers: { 'idempotency-key': `e2e-upload-${passport}-${Date.now()}`, 'content-type': 'application/pdf' },
    data: Buffer.from('%PDF-1.4\n% a passport page\n'),
  });
  expect(upload.status()).toBe(201);
  const res = await request.post('/api/v1/applications', {
    headers: { 'idempotency-key': `e2e-${passport}-${Date.now()}` },
    data: {
      service: 'registration',
      lang,
      answers: {
        'applicant.role': 'foreigner', 'person.surname': 'Smith', 'person.given_names': 'Anna',
        'person.date_of_birth': '1991-04-12', 'person.sex': 'female', 'person.citizenship': 'GB',
        'person.arrived_from': 'TR', 'document.type': 'passport', 'document.number': passport,
        'document.issuing_country': 'GB', 'document.issued': '2020-05-01', 'document.expires': '2035-05-01',
        'entry.basis': 'visa_free', 'stay.arrival': '2025-06-01', 'stay.departure': '2025-06-25',
        'address.district': 'AZ-BA', 'address.street': 'Nizami küçəsi', 'address.building': '5',
        'host.kind': 'company', 'host.voen': '1234567891', 'host.phone': '+994 12 345 67 89',
        'upload.passport': (await upload.json()).id, declaration: 'yes',
      },
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).reference;
}

/** Fills the three fields of a check. */
async function answer(page: Page, lang: Lang, passport: string, [d, m, y]: [string, string, string], country: string) {
  await page.locator('#passport-number').fill(passport);
  await typeDate(page, 'dob', d, m, y);
  await page.locator('#citizenship').fill(countryName(lang, country));
  await page.locator('#citizenship').blur();
}

async function send(page: Page, lang: Lang, submitKey: string) {
  await page.getByRole('button', { name: text(lang, submitKey) }).click();
}

for (const lang of LANGS) {
  test(`${lang}: "Track your applications" finds an application sent through the API`, async ({ page, request }) => {
    const passport = `TRK${lang.toUpperCase()}${Date.now() % 1_000_000}`;
    const reference = await applyFor(request, passport, lang);
    await page.goto(`/${lang}/e-services/track-applications`);
    await appReady(page);
    await answer(page, lang, passport.toLowerCase(), ['12', '4', '1991'], 'GB');
    await send(page, lang, 'status_check.submit_track');
    await expect(page.locator('#results-heading')).toBeFocused();
    await expect(page.locator('.application .reference')).toHaveText(reference);
    await expect(page.locator('.application .status')).toHaveText(text(lang, 'status_check.status_received'));
    await expect(page.locator('.application')).toContainText(text(lang, 'status_check.service_registration'));
    // Nothing typed goes into the address.
    expect(page.url()).not.toContain(passport.toLowerCase());
  });

  test(`${lang}: registration status and travel bans from the demo data`, async ({ page }) => {
    await page.goto(`/${lang}/e-services/registration-status`);
    await appReady(page);
    await answer(page, lang, 'DEMO12345', ['31', '1', '1990'], 'GB');
    await send(page, lang, 'status_check.submit_registration');
    await expect(page.locator('.registration')).toHaveCount(2);
    await expect(page.locator('.registration').first()).toContainText('Yasamal');
    await expect(page.locator('.registration').first()).toContainText('2027');

    await page.goto(`/${lang}/e-services/travel-ban`);
    await appReady(page);
    await answer(page, lang, 'DEMO54321', ['15', '6', '1985'], 'RU');
    await send(page, lang, 'status_check.submit_ban');
    await expect(page.locator('.ban-answer')).toHaveText(text(lang, 'status_check.ban_recorded'));
    await page.locator('#passport-number').fill('DEMO12345');
    await typeDate(page, 'dob', '31', '1', '1990');
    await page.locator('#citizenship').fill(countryName(lang, 'GB'));
    await page.locator('#citizenship').press('Tab');
    await send(page, lang, 'status_check.submit_ban');
    await expect(page.locator('.ban-answer')).toHaveText(text(lang, 'status_check.ban_none'));
  });
}

test('wrong answers get a summary that takes focus and links to each field', async ({ page }) => {
  await page.goto('/en/e-services/track-applications');
  await appReady(page);
  await expect(page.locator('#dob-hint')).toHaveText(text('en', 'status_check.dob_hint'));
  await send(page, 'en', 'status_check.submit_track');
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('a')).toHaveText([
    text('en', 'status_check.err_passport_empty'),
    text('en', 'status_check.err_dob_empty'),
    text('en', 'status_check.err_citizenship_empty'),
  ]);
  await summary.locator('a').nth(1).click();
  await expect(page.locator('#dob-day')).toBeFocused();
  await expectAccessibleLayout(page);

  await answer(page, 'en', '12', ['31', '2', '1990'], 'GB');
  await send(page, 'en', 'status_check.submit_track');
  await expect(page.locator('#passport-number-error')).toContainText(text('en', 'status_check.err_passport_format'));
  await expect(page.locator('#passport-number')).toHaveAttribute('aria-invalid', 'true');
  await expect(summary.locator('a')).toHaveText([
    text('en', 'status_check.err_passport_format'),
    text('en', 'calc_common.err_date_real'),
  ]);
  const y = bakuToday()[0] + 1;
  await typeDate(page, 'dob', '1', '1', String(y));
  await send(page, 'en', 'status_check.submit_track');
  await expect(summary.locator('a').nth(1)).toHaveText(text('en', 'status_check.err_dob_past'));
});

test('nobody and details that do not match get the same answer', async ({ page, request }) => {
  const passport = `SAME${Date.now() % 1_000_000}`;
  await applyFor(request, passport, 'en');
  await page.goto('/en/e-services/track-applications');
  await appReady(page);
  await answer(page, 'en', passport, ['13', '4', '1991'], 'GB');
  await send(page, 'en', 'status_check.submit_track');
  const wrongBirthday = await page.locator('.result').innerText();
  await answer(page, 'en', 'NOBODY99999', ['13', '4', '1991'], 'GB');
  await send(page, 'en', 'status_check.submit_track');
  await expect(page.locator('.result p')).toHaveText(text('en', 'status_check.track_none'));
  expect(await page.locator('.result').innerText()).toBe(wrongBirthday);
});

test('a busy, unreachable or fussy service is explained, and the answers stay', async ({ page }) => {
  await page.goto('/en/e-services/registration-status');
  await appReady(page);
  await answer(page, 'en', 'DEMO12345', ['31', '1', '1990'], 'GB');

  await page.route('**/api/v1/registrations/status', (route) =>
    route.fulfill({ status: 429, headers: { 'retry-after': '30', 'content-type': 'application/problem+json' },
      body: JSON.stringify({ type: '/api/v1/problems/rate-limited', title: 'x', status: 429 }) }));
  await send(page, 'en', 'status_check.submit_registration');
  await expect(page.locator('.load-failed')).toHaveText(fill(text('en', 'api_error.rate_limited_seconds'), { seconds: 30 }));
  await expect(page.locator('#passport-number')).toHaveValue('DEMO12345');

  await page.unroute('**/api/v1/registrations/status');
  await page.route('**/api/v1/registrations/status', (route) => route.abort());
  await send(page, 'en', 'status_check.submit_registration');
  await expect(page.locator('.load-failed')).toHaveText(text('en', 'api_error.unreachable'));

  await page.unroute('**/api/v1/registrations/status');
  await page.route('**/api/v1/registrations/status', (route) =>
    route.fulfill({ status: 422, headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({ type: '/api/v1/problems/validation', title: 'x', status: 422,
        errors: [{ path: 'passport_number', rule: 'document_number.format' }] }) }));
  await send(page, 'en', 'status_check.submit_registration');
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#passport-number-error')).toContainText(text('en', 'status_check.err_passport_format'));

  await page.unroute('**/api/v1/registrations/status');
  await send(page, 'en', 'status_check.submit_registration');
  await expect(page.locator('.registration')).toHaveCount(2);
  await expectAccessibleLayout(page);
});

test('ru: a tracked application shows its state fee: paid with the day, or not yet with the payment reference and how to pay', async ({ page }) => {
  const application = (reference: string, payment?: object) => ({
    reference, service: 'work-permit-extension', status: 'under_review',
    history: [{ status: 'received', at: '2026-11-20T08:00:00Z' }, { status: 'under_review', at: '2026-11-23T08:00:00Z' }],
    ...(payment ? { payment } : {}),
  });
  await page.route('**/api/v1/applications/track', (route) => route.fulfill({ json: { applications: [
    application('A7KP-93QX-DW2D', { reference: 'P7KP-93QX-DW2F', amount_azn: 700 }),
    application('A1B2-C3D4-E5F6', { reference: 'P1B2-C3D4-E5F7', amount_azn: 1400, paid_at: '2026-11-24T07:30:00Z' }),
    application('A9Z8-Y7X6-W5V4'),
  ] } }));
  await page.goto('/ru/e-services/track-applications');
  await appReady(page);
  await answer(page, 'ru', 'Z1234567', ['2', '3', '1988'], 'IN');
  await send(page, 'ru', 'status_check.submit_track');
  const items = page.locator('.application');
  await expect(items).toHaveCount(3);
  const unpaid = items.nth(0).locator('.payment');
  await expect(unpaid).toContainText(text('ru', 'status_check.payment_unpaid'));
  await expect(unpaid).toContainText(fill(text('ru', 'status_check.payment_reference'), { reference: 'P7KP-93QX-DW2F' }));
  await expect(unpaid).toContainText(fill(text('ru', 'wizard.payment_amount'), { azn: 700 }));
  await expect(items.nth(0)).toContainText(text('ru', 'wizard.payment_how'));
  const paid = items.nth(1).locator('.payment');
  await expect(paid).toContainText(text('ru', 'status_check.payment_paid'));
  await expect(paid).toContainText('2026');
  await expect(paid).not.toContainText('P1B2');
  await expect(items.nth(1)).not.toContainText(text('ru', 'wizard.payment_how'));
  // A free service has no fee line at all.
  await expect(items.nth(2).locator('.payment')).toHaveCount(0);
  await expectAccessibleLayout(page);
});

test('a check can be made by keyboard alone', async ({ page }) => {
  await page.goto('/ru/e-services/travel-ban');
  await appReady(page);
  await page.locator('#passport-number').focus();
  await page.keyboard.type('DEMO54321');
  await page.keyboard.press('Tab'); // the date: day, month, year
  await page.keyboard.type('15');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1985');
  await page.keyboard.press('Tab'); // citizenship
  await page.keyboard.type(countryName('ru', 'RU'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.ban-answer')).toHaveText(text('ru', 'status_check.ban_recorded'));
});

test('the e-services page links to the three checks', async ({ page }) => {
  await page.goto('/az/e-services');
  await appReady(page);
  for (const key of ['track_title', 'registration_title', 'ban_title']) {
    await expect(page.getByRole('link', { name: text('az', `status_check.${key}`) })).toBeVisible();
  }
});
