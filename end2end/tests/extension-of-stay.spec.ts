import { Page } from '@playwright/test';
import { appReady, countryName, expect, expectAccessibleLayout, fill, Lang, test, text } from './support';
import { bakuDate, next, PNG } from './wizard-support';

const ext = (lang: Lang, key: string) => text(lang, `eservice.extension_of_stay.${key}`);

async function date(page: Page, id: string, [d, m, y]: [string, string, string]) {
  await page.locator(`#${id}-day`).fill(d);
  await page.locator(`#${id}-month`).fill(m);
  await page.locator(`#${id}-year`).fill(y);
}

/** Answers every step up to "Check your answers", running axe on each. */
async function complete(page: Page, lang: Lang, passport: string, stayEnds: [string, string, string], birth: [string, string, string], fee: number) {
  const radio = (id: string) => page.locator(`#${id}`).check();
  await page.goto(`/${lang}/e-services/extension-of-stay/start`);
  await appReady(page);
  await expectAccessibleLayout(page);
  await page.getByRole('link', { name: text(lang, 'wizard.start_now') }).click();
  await expect(page).toHaveURL(/\/person$/);
  await page.locator('#person-surname').fill('Petrov');
  await page.locator('#person-given_names').fill('Ivan');
  await date(page, 'person-date_of_birth', birth);
  await radio('person-sex-male');
  await page.locator('#person-citizenship').fill(countryName(lang, 'RU'));
  await page.locator('#person-citizenship').blur();
  await expectAccessibleLayout(page);
  await next(page, lang);
  await radio('document-type-passport');
  await page.locator('#document-number').fill(passport);
  await page.locator('#document-issuing_country').fill(countryName(lang, 'RU'));
  await page.locator('#document-issuing_country').blur();
  await date(page, 'document-issued', ['1', '5', '2020']);
  await date(page, 'document-expires', ['1', '5', '2035']);
  await expectAccessibleLayout(page);
  await next(page, lang);
  await expect(page.locator('main h1')).toContainText(ext(lang, 'steps.stay'));
  await date(page, 'stay-ends', stayEnds);
  await expectAccessibleLayout(page);
  await next(page, lang);
  await page.locator('#address-district').selectOption('AZ-BA');
  await page.locator('#address-street').fill('Nizami küçəsi');
  await page.locator('#address-building').fill('5');
  await expectAccessibleLayout(page);
  await next(page, lang);
  await radio('extension-length-up_to_60');
  await radio('extension-speed-one_day');
  await page.locator('#extension-grounds').fill('Лечение в клинике до конца января');
  // The fee appears as soon as length and speed are chosen: 60 days, 1 working day.
  await expect(page.locator('.fee')).toContainText(fill(ext(lang, 'fee_value'), { azn: fee }));
  await expectAccessibleLayout(page);
  await next(page, lang);
  await page.locator('#contact-phone').fill('+7 912 345 67 89');
  await expectAccessibleLayout(page);
  await next(page, lang);
  await page.locator('#upload-passport').setInputFiles({ name: 'passport.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.locator('.upload-done')).toContainText('passport.png');
  await expectAccessibleLayout(page);
  await next(page, lang);
  await page.locator('#declaration').check();
  await expectAccessibleLayout(page);
  await next(page, lang);
  await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/extension-of-stay/check-answers$`));
}

test('ru: an extension is applied for, with its fee, and found with "Track your applications"', async ({ page }) => {
  test.setTimeout(120_000);
  const passport = `EXT${Date.now() % 1_000_000}`;
  await complete(page, 'ru', passport, bakuDate(20), ['31', '1', '1990'], 100);
  await expect(page.locator('.fee')).toContainText(fill(ext('ru', 'fee_value'), { azn: 100 }));
  await expect(page.locator('.warning-text')).toHaveCount(0);
  await expectAccessibleLayout(page);
  await page.getByRole('button', { name: text('ru', 'wizard.send') }).click();
  await expect(page).toHaveURL(/\/extension-of-stay\/confirmation$/);
  await expect(page.locator('.panel-confirmation .reference')).toHaveText(/^A[0-9A-Z]{3}-/);
  const found = await fetch(`${new URL(page.url()).origin}/api/v1/applications/track`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ passport_number: passport, date_of_birth: '1990-01-31', citizenship: 'RU' }),
  });
  const apps = (await found.json()).applications;
  expect(apps).toHaveLength(1);
  expect(apps[0].service).toBe('extension-of-stay');
});

test('az: less than 3 days before the stay ends is warned; a minor pays less; an ended stay is refused', async ({ page }) => {
  test.setTimeout(120_000);
  // 17 years old: the minor's fee.
  const [, , y] = bakuDate(0);
  await complete(page, 'az', `EXL${Date.now() % 1_000_000}`, bakuDate(1), ['1', '1', String(Number(y) - 17)], 60);
  await expect(page.locator('.warning-text h2')).toHaveText(ext('az', 'late_heading'));
  await expect(page.locator('.fee')).toContainText(fill(ext('az', 'fee_value'), { azn: 60 }));
  await expectAccessibleLayout(page);
  // A stay that ended yesterday cannot be extended.
  await page.getByRole('link', { name: `${text('az', 'wizard.change')} ${ext('az', 'fields.stay_ends.label')}` }).click();
  await date(page, 'stay-ends', bakuDate(-1));
  await page.getByRole('button', { name: text('az', 'wizard.continue_button') }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#stay-ends-error')).toContainText(text('az', 'eservice.rules.extension_stay_ended'));
  await expectAccessibleLayout(page);
});

for (const lang of ['az', 'en', 'ru'] as const) {
  test(`${lang}: the e-services page lists each service with who, what to have ready, time, fee and a start button`, async ({ page }) => {
    await page.goto(`/${lang}/e-services`);
    await appReady(page);
    const cards = page.locator('.service-card');
    // The twelve services and the appointments.
    await expect(cards).toHaveCount(13);
    const extension = cards.filter({ hasText: ext(lang, 'title') });
    for (const key of ['hub_who', 'hub_ready', 'hub_time', 'hub_fee']) {
      await expect(extension.locator('dt', { hasText: text(lang, `wizard.${key}`) })).toHaveCount(1);
    }
    await expect(extension).toContainText(ext(lang, 'hub_fee'));
    await expect(cards.filter({ hasText: text(lang, 'eservice.registration.title') })).toContainText(text(lang, 'eservice.registration.hub_fee'));
    await expect(cards.filter({ hasText: text(lang, 'appointments.title') })).toHaveCount(1);
    await extension.getByRole('link', { name: fill(text(lang, 'wizard.start_named'), { name: ext(lang, 'title') }) }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/extension-of-stay/start$`));
    await expect(page.locator('main h1')).toHaveText(ext(lang, 'title'));
  });
}
