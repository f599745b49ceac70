// The e-services added to the first five: the extension of a work permit, the employer's
// notice that a contract ended early, the report of a lost permit, and the four citizenship
// services. Each is completed against the reference backend in one language (all three across
// the set), with its refused or warned case, axe on every step, and, where there is a fee, the
// payment reference on the confirmation and in "Track your applications".
import { Page } from '@playwright/test';
import { appReady, countryName, expect, expectAccessibleLayout, fill, Lang, LANGS, test, text, typeDate } from './support';
import { address, begin, checkedNext, country, date, expectError, passport, PDF, person, send, upload } from './service-steps';
import { bakuDate } from './wizard-support';

/** A text of a service (`eservice.<key>.<rest>`). */
const own = (lang: Lang, service: string, rest: string) => text(lang, `eservice.${service}.${rest}`);

/** The label of a field: the service's own, or the one every service shares. */
function label(lang: Lang, service: string, field: string): string {
  try {
    return own(lang, service, `fields.${field}.label`);
  } catch {
    return text(lang, `eservice.common.fields.${field}.label`);
  }
}

/** Presses Continue and expects the rule's message at the field (`contract-ended`). */
async function continueExpecting(page: Page, lang: Lang, service: string, id: string, rule: string) {
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  const field = id.replace('-', '_');
  await expectError(page, id, fill(text(lang, `eservice.rules.${rule}`), { label: label(lang, service, field) }));
}

async function employer(page: Page) {
  await page.locator('#employer-name').fill('Xəzər Tikinti MMC');
  await page.locator('#employer-voen').fill('1234567891');
  await page.locator('#employer-contact_name').fill('Aygün Məmmədova');
  await page.locator('#employer-phone').fill('012 345 67 89');
  await page.locator('#employer-email').fill('hr@example.az');
}

async function contact(page: Page) {
  await page.locator('#contact-phone').fill('050 123 45 67');
}

async function finish(page: Page, lang: Lang, service: string) {
  await upload(page, 'upload-passport', PDF('passport.pdf'));
  await checkedNext(page, lang);
  await page.locator('#declaration').check();
  await checkedNext(page, lang);
  await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/${service}/check-answers$`));
}

test('en: a work permit extended by the employer: an ended permit is warned about, an ended contract and a term the law does not allow are refused, a term past the contract ends with it, the fee is paid with its reference', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'en';
  const wpe = (rest: string) => own(lang, 'work_permit_extension', rest);
  await begin(page, lang, 'work-permit-extension');
  await employer(page);
  await checkedNext(page, lang);
  await person(page, lang, 'IN', ['2', '3', '1988']);
  const number = `WPE${Date.now() % 1_000_000}`;
  await checkedNext(page, lang);
  await passport(page, lang, number, 'IN', ['9', '1', '2031']);
  await checkedNext(page, lang);
  await page.locator('#permit-number').fill('WP-2026-001234');
  await date(page, 'permit-issued', bakuDate(-368));
  await date(page, 'permit-until', bakuDate(-3));
  // The permit ended three days ago: a warning, not a refusal.
  await expect(page.locator('.warning-text h2')).toHaveText(wpe('ended_heading'));
  await checkedNext(page, lang);
  await page.locator('#job-position').fill('Civil engineer');
  await upload(page, 'upload-contract', PDF('contract.pdf'));
  // A contract that has ended cannot be extended.
  await date(page, 'job-contract_end', bakuDate(-1));
  await continueExpecting(page, lang, 'work_permit_extension', 'job-contract_end', 'work_contract_ended');
  await date(page, 'job-contract_end', bakuDate(200));
  await checkedNext(page, lang);
  await page.locator('#permit-liberated-no').check();
  await page.locator('#extension-months-m18').check();
  await page.locator('#permit-processing-fifteen').check();
  await continueExpecting(page, lang, 'work_permit_extension', 'extension-months', 'work_liberated_only');
  // A year from the old permit's end would outlast the contract (200 days from today): the
  // permit would end with the contract, and the form says so.
  await page.locator('#extension-months-m12').check();
  await expect(page.locator('.contract-cap h2')).toHaveText(wpe('capped_heading'));
  await page.locator('#extension-months-m6').check();
  await expect(page.locator('.contract-cap')).toHaveCount(0);
  await expect(page.locator('.fee')).toContainText(fill(wpe('fee_value'), { azn: 700 }));
  await expect(page.locator('.fee')).toContainText(fill(wpe('fee_days'), { days: 15 }));
  await checkedNext(page, lang);
  await finish(page, lang, 'work-permit-extension');
  await expect(page.locator('.warning-text h2')).toHaveText(wpe('ended_heading'));
  await expect(page.locator('.fee')).toContainText(fill(wpe('fee_value'), { azn: 700 }));
  await send(page, lang, 'work-permit-extension');
  const payment = page.locator('.payment .payment-reference');
  await expect(payment).toHaveText(/^P[0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.locator('.payment')).toContainText(fill(text(lang, 'wizard.payment_amount'), { azn: 700 }));
  await expect(page.locator('.payment')).toContainText(text(lang, 'wizard.payment_no_card'));
  const paymentReference = await payment.textContent();
  // A reload shows the same confirmation, payment included.
  await page.reload();
  await appReady(page);
  await expect(payment).toHaveText(paymentReference!);

  // "Track your applications" shows the fee as not paid yet, with the same reference.
  await page.goto(`/${lang}/e-services/track-applications`);
  await appReady(page);
  await page.locator('#passport-number').fill(number);
  await typeDate(page, 'dob', '2', '3', '1988');
  await page.locator('#citizenship').fill(countryName(lang, 'IN'));
  await page.locator('#citizenship').blur();
  await page.getByRole('button', { name: text(lang, 'status_check.submit_track') }).click();
  const tracked = page.locator('.application').first();
  await expect(tracked).toContainText(text(lang, 'status_check.service_work_permit_extension'));
  await expect(tracked.locator('.payment')).toContainText(text(lang, 'status_check.payment_unpaid'));
  await expect(tracked.locator('.payment')).toContainText(paymentReference!);
  await expectAccessibleLayout(page);
});

test('ru: the employer\'s notice that a contract ended early: a future date is refused, a late notice is accepted with the fine named', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'ru';
  const cen = (rest: string) => own(lang, 'contract_end_notice', rest);
  await begin(page, lang, 'contract-end-notice');
  await employer(page);
  await checkedNext(page, lang);
  await person(page, lang, 'IN', ['2', '3', '1988']);
  await checkedNext(page, lang);
  await passport(page, lang, 'Z1234567', 'IN', ['9', '1', '2031']);
  await checkedNext(page, lang);
  await page.locator('#permit-number').fill('WP-2026-001234');
  await date(page, 'contract-ended', bakuDate(1));
  await page.locator('#contract-ended_by-agreement').check();
  await continueExpecting(page, lang, 'contract_end_notice', 'contract-ended', 'date_in_future');
  // Two days ago: in time, with the deadline and the day the worker leaves by.
  await date(page, 'contract-ended', bakuDate(-2));
  await expect(page.locator('[role=note] h2').first()).toHaveText(cen('due_heading'));
  // Thirty days ago: late whatever holidays fall between (5 working days never span 30 days),
  // still accepted, the 300 manat fine named.
  await date(page, 'contract-ended', bakuDate(-30));
  await expect(page.locator('.warning-text h2')).toHaveText(cen('late_heading'));
  await expect(page.locator('.warning-text')).toContainText('300');
  await checkedNext(page, lang);
  await page.locator('#declaration').check();
  await checkedNext(page, lang);
  await expect(page.locator('.warning-text h2')).toHaveText(cen('late_heading'));
  await send(page, lang, 'contract-end-notice');
  await expect(page.locator('.payment')).toHaveCount(0);
});

test('az: a lost residence permit reported, with the 10 working days\' deadline', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'az';
  const lpr = (rest: string) => own(lang, 'lost_permit_report', rest);
  await begin(page, lang, 'lost-permit-report');
  await person(page, lang, 'TR', ['15', '6', '1992']);
  await checkedNext(page, lang);
  await passport(page, lang, 'U12345678', 'TR', ['10', '1', '2032']);
  await checkedNext(page, lang);
  await page.locator('#lost-permit-temporary').check();
  await page.locator('#lost-what-stolen').check();
  await page.locator('#lost-circumstances').fill('Çantam metroda oğurlandı');
  await date(page, 'lost-on', ['1', '1', '1980']);
  await continueExpecting(page, lang, 'lost_permit_report', 'lost-on', 'notice_before_birth');
  await date(page, 'lost-on', bakuDate(-1));
  await expect(page.locator('[role=note] h2').first()).toHaveText(lpr('due_heading'));
  await checkedNext(page, lang);
  await address(page);
  await checkedNext(page, lang);
  await contact(page);
  await checkedNext(page, lang);
  await finish(page, lang, 'lost-permit-report');
  await send(page, lang, 'lost-permit-report');
});

test('az: citizenship by naturalisation needs 5 years from the permanent permit and the language declaration', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'az';
  await begin(page, lang, 'citizenship-acquisition');
  await person(page, lang, 'TR', ['15', '6', '1980']);
  await checkedNext(page, lang);
  await passport(page, lang, 'U12345678', 'TR', ['10', '1', '2032']);
  await checkedNext(page, lang);
  // Days, not "the same day 4 or 5 years ago", which does not exist from a 29 February (the
  // exact 5-year boundary has its unit test).
  await date(page, 'prp-since', bakuDate(-4 * 365));
  await page.locator('#prp-number').fill('PRP-004321');
  await continueExpecting(page, lang, 'citizenship_acquisition', 'prp-since', 'citizenship_five_years');
  await date(page, 'prp-since', bakuDate(-5 * 366));
  await checkedNext(page, lang);
  await page.locator('#income-source-employment').check();
  await upload(page, 'upload-income', PDF('income.pdf'));
  await checkedNext(page, lang);
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await page.locator('#language-declaration').check();
  await checkedNext(page, lang);
  await address(page);
  await checkedNext(page, lang);
  await contact(page);
  await checkedNext(page, lang);
  await finish(page, lang, 'citizenship-acquisition');
  await expect(page.getByRole('heading', { name: own(lang, 'citizenship_acquisition', 'in_person_heading') })).toBeVisible();
  await send(page, lang, 'citizenship-acquisition');
  await expect(page.locator('.payment')).toHaveCount(0);
});

test('en: renouncing citizenship is for citizens of Azerbaijan, in favour of another country', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'en';
  await begin(page, lang, 'citizenship-renunciation');
  await person(page, lang, 'TR', ['15', '6', '1980']);
  await continueExpecting(page, lang, 'citizenship_renunciation', 'person-citizenship', 'citizenship_renounce_not_citizen');
  await country(page, lang, 'person-citizenship', 'AZ');
  await checkedNext(page, lang);
  await passport(page, lang, 'C01234567', 'AZ', ['10', '1', '2032']);
  await checkedNext(page, lang);
  await country(page, lang, 'renunciation-other_citizenship', 'AZ');
  await country(page, lang, 'renunciation-residence_country', 'DE');
  await page.locator('#renunciation-reason').fill('I have become a citizen of Germany, where I live');
  await continueExpecting(page, lang, 'citizenship_renunciation', 'renunciation-other_citizenship', 'citizenship_other_is_azerbaijan');
  await country(page, lang, 'renunciation-other_citizenship', 'DE');
  await checkedNext(page, lang);
  await page.locator('#contact-address').fill('Hauptstraße 1, 10115 Berlin, Germany');
  await page.locator('#contact-phone').fill('+49 30 1234567');
  await checkedNext(page, lang);
  await finish(page, lang, 'citizenship-renunciation');
  await send(page, lang, 'citizenship-renunciation');
});

test('ru: restoring citizenship: the date it ended cannot be before birth', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'ru';
  await begin(page, lang, 'citizenship-restoration');
  await person(page, lang, 'RU', ['15', '6', '1980']);
  await checkedNext(page, lang);
  await passport(page, lang, '751234567', 'RU', ['10', '1', '2032']);
  await checkedNext(page, lang);
  await date(page, 'former-ended', ['1', '1', '1979']);
  await page.locator('#former-how-renounced').check();
  await page.locator('#former-reason').fill('Вернулась жить к семье в Баку');
  await continueExpecting(page, lang, 'citizenship_restoration', 'former-ended', 'notice_before_birth');
  await date(page, 'former-ended', ['1', '4', '2005']);
  await checkedNext(page, lang);
  await address(page);
  await checkedNext(page, lang);
  await contact(page);
  await checkedNext(page, lang);
  await finish(page, lang, 'citizenship-restoration');
  await send(page, lang, 'citizenship-restoration');
});

test('en: determining citizenship, for a stateless person with a travel document: dates before birth are refused', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'en';
  await begin(page, lang, 'citizenship-determination');
  await person(page, lang, 'TR', ['15', '6', '1980']);
  await page.locator('#person-citizenship').fill(text(lang, 'registration_calc.citizenship_stateless'));
  await page.locator('#person-citizenship').blur();
  await checkedNext(page, lang);
  await page.locator('#document-type-travel_document').check();
  await page.locator('#document-number').fill('TD1234567');
  await country(page, lang, 'document-issuing_country', 'DE');
  await date(page, 'document-issued', ['10', '1', '2022']);
  await date(page, 'document-expires', ['10', '1', '2032']);
  await checkedNext(page, lang);
  await page.locator('#background-born_in-azerbaijan').check();
  await page.locator('#background-parents-both').check();
  await page.locator('#background-reason').fill('I left Baku as a child in 1991');
  // Living in Azerbaijan since before one was born cannot be.
  await date(page, 'background-in_azerbaijan_since', ['1', '1', '1975']);
  await continueExpecting(page, lang, 'citizenship_determination', 'background-in_azerbaijan_since', 'notice_before_birth');
  await date(page, 'background-in_azerbaijan_since', ['1', '9', '2015']);
  await checkedNext(page, lang);
  await address(page);
  await checkedNext(page, lang);
  await contact(page);
  await checkedNext(page, lang);
  await finish(page, lang, 'citizenship-determination');
  await send(page, lang, 'citizenship-determination');
});

const NEW_SERVICES = [
  ['work-permit-extension', 'work_permit_extension'],
  ['contract-end-notice', 'contract_end_notice'],
  ['lost-permit-report', 'lost_permit_report'],
  ['citizenship-acquisition', 'citizenship_acquisition'],
  ['citizenship-restoration', 'citizenship_restoration'],
  ['citizenship-renunciation', 'citizenship_renunciation'],
  ['citizenship-determination', 'citizenship_determination'],
] as const;

for (const lang of LANGS) {
  test(`${lang}: the e-services page lists each new service with who can use it, what to have ready, how long it takes and the fee`, async ({ page }) => {
    await page.goto(`/${lang}/e-services`);
    for (const [id, key] of NEW_SERVICES) {
      const card = page.locator('.service-card').filter({ has: page.locator(`a[href="/${lang}/e-services/${id}/start"]`) }).first();
      await expect(card.locator('h4')).toHaveText(own(lang, key, 'title'));
      for (const part of ['start_who', 'start_need', 'start_time', 'hub_fee']) {
        await expect(card.locator('dd')).toContainText([own(lang, key, part)]);
      }
    }
    await expectAccessibleLayout(page);
  });
}
