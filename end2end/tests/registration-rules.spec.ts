import { Page } from '@playwright/test';
import { appReady, countryName, expect, expectAccessibleLayout, fill, newContext, test, text } from './support';
import { bakuDate, completeRegistration, label, next, reg, start } from './wizard-support';

const lang = 'en';

/** The message at a field and in the error summary. */
async function expectError(page: Page, fieldId: string, message: string) {
  await expect(page.locator(`#${fieldId}-error`)).toContainText(message);
  await expect(page.locator('#error-summary')).toContainText(message);
}

const own = (field: string) => reg(lang, `fields.${field}.err.required`);
const rule = (name: string, field: string) => fill(text(lang, `eservice.rules.${name}`), { label: label(lang, field) });

async function date(page: Page, id: string, [d, m, y]: [string, string, string]) {
  await page.locator(`#${id}-day`).fill(d);
  await page.locator(`#${id}-month`).fill(m);
  await page.locator(`#${id}-year`).fill(y);
}

async function country(page: Page, id: string, name: string) {
  await page.locator(`#${id}`).fill(name);
  await page.locator(`#${id}`).blur();
}

test('every check has its message in the browser, at the field and in the summary', async ({ page }) => {
  test.setTimeout(180_000);
  await start(page, lang);
  // Who is applying: nothing chosen.
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expectError(page, 'applicant-role', own('applicant_role'));
  await expectAccessibleLayout(page);
  await page.getByRole('radio', { name: reg(lang, 'fields.applicant_role.options.foreigner'), exact: true }).check();
  await next(page, lang);

  // Personal details.
  await page.locator('#person-surname').fill('Иванов');
  await page.locator('#person-patronymic').fill('a'.repeat(61));
  await date(page, 'person-date_of_birth', ['31', '2', '1990']);
  await country(page, 'person-citizenship', 'Narnia');
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'person-surname', rule('name_not_latin', 'person_surname'));
  await expectError(page, 'person-given_names', own('person_given_names'));
  await expectError(page, 'person-patronymic', rule('name_too_long', 'person_patronymic'));
  await expectError(page, 'person-date_of_birth', rule('date_no_such_day', 'person_date_of_birth'));
  await expectError(page, 'person-sex', own('person_sex'));
  await expectError(page, 'person-citizenship', own('person_citizenship'));
  await expectError(page, 'person-arrived_from', own('person_arrived_from'));
  await expect(page.locator('#person-surname')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessibleLayout(page);
  // A link in the summary goes to its field.
  await page.locator('#error-summary a', { hasText: rule('name_not_latin', 'person_surname') }).click();
  await expect(page.locator('#person-surname')).toBeFocused();
  const dob = 'person-date_of_birth';
  for (const [value, name] of [
    [bakuDate(1), 'date_of_birth_not_past'],
    [['1', '13', '1990'], 'date_month_out_of_range'],
    [['1', '1', '1850'], 'date_year_out_of_range'],
    [['x', '1', '1990'], 'date_not_a_number'],
    [['1', '', '1990'], 'date_incomplete'],
  ] as const) {
    await date(page, dob, value as [string, string, string]);
    await expectError(page, dob, name === 'date_of_birth_not_past' ? text(lang, 'eservice.rules.date_of_birth_not_past') : rule(name, 'person_date_of_birth'));
  }
  await page.locator('#person-surname').fill('Ivanov');
  await page.locator('#person-given_names').fill('Ivan');
  await page.locator('#person-patronymic').fill('');
  await date(page, dob, ['12', '4', '1991']);
  await page.getByRole('radio', { name: reg(lang, 'fields.person_sex.options.male'), exact: true }).check();
  await country(page, 'person-citizenship', countryName(lang, 'UZ'));
  await country(page, 'person-arrived_from', countryName(lang, 'UZ'));
  await next(page, lang);

  // Travel document.
  await page.getByRole('radio', { name: reg(lang, 'fields.document_type.options.passport'), exact: true }).check();
  await page.locator('#document-number').fill('12');
  await country(page, 'document-issuing_country', countryName(lang, 'UZ'));
  await date(page, 'document-issued', bakuDate(3));
  await date(page, 'document-expires', ['1', '1', '2020']);
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'document-number', text(lang, 'eservice.rules.document_number_format'));
  await expectError(page, 'document-issued', rule('date_in_future', 'document_issued'));
  await date(page, 'document-issued', ['1', '1', '1990']);
  await expectError(page, 'document-issued', text(lang, 'eservice.rules.document_issued_before_birth'));
  await date(page, 'document-issued', ['1', '5', '2020']);
  await expectError(page, 'document-expires', text(lang, 'eservice.rules.document_expires_before_issued'));
  await page.locator('#document-number').fill('AB1234567');
  // Valid, but it will have expired before the arrival below.
  await date(page, 'document-expires', ['2', '5', '2021']);
  await next(page, lang);

  // Entry: an ASAN Visa gives at most 30 days.
  await page.getByRole('radio', { name: reg(lang, 'fields.entry_basis.options.asan_visa'), exact: true }).check();
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'entry-visa_days', own('entry_visa_days'));
  for (const [value, message] of [
    ['0', rule('number_out_of_range', 'entry_visa_days')],
    ['x', rule('number_not_a_number', 'entry_visa_days')],
    ['31', text(lang, 'eservice.rules.entry_asan_visa_days')],
  ]) {
    await page.locator('#entry-visa_days').fill(value);
    await expectError(page, 'entry-visa_days', message);
  }
  await page.locator('#entry-visa_days').fill('30');
  await next(page, lang);

  // Dates of the stay.
  await date(page, 'stay-arrival', bakuDate(1));
  await date(page, 'stay-departure', bakuDate(20));
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'stay-arrival', rule('date_in_future', 'stay_arrival'));
  await date(page, 'stay-arrival', ['1', '1', '1991']);
  await expectError(page, 'stay-arrival', text(lang, 'eservice.rules.stay_arrival_before_birth'));
  await date(page, 'stay-arrival', bakuDate(-2));
  await expectError(page, 'stay-arrival', text(lang, 'eservice.rules.document_expired_on_arrival'));
  await date(page, 'stay-departure', bakuDate(-3));
  await expectError(page, 'stay-departure', text(lang, 'eservice.rules.stay_departure_not_after_arrival'));
  await date(page, 'stay-departure', bakuDate(2000));
  await expectError(page, 'stay-departure', text(lang, 'eservice.rules.stay_too_long'));
  await date(page, 'stay-departure', bakuDate(20));
  // Put the expiry right, with the browser's Back button; the dates typed here are kept.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/document$/);
  await date(page, 'document-expires', ['1', '5', '2035']);
  await next(page, lang);
  await next(page, lang);
  await expect(page.locator('#stay-departure-year')).toHaveValue(bakuDate(20)[2]);
  await next(page, lang);

  // Address.
  await page.locator('#address-street').fill('x'.repeat(121));
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'address-district', own('address_district'));
  await expectError(page, 'address-street', rule('text_too_long', 'address_street'));
  await expectError(page, 'address-building', own('address_building'));
  await page.locator('#address-district').selectOption({ label: 'Ganja' });
  await page.locator('#address-street').fill('Atatürk prospekti');
  await page.locator('#address-building').fill('3A');
  await next(page, lang);

  // The receiving party.
  await page.getByRole('radio', { name: reg(lang, 'fields.host_kind.options.person'), exact: true }).check();
  await page.locator('#host-fin').fill('5ABC12');
  await page.locator('#host-phone').fill('12');
  await page.locator('#host-email').fill('a@b');
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'host-fin', text(lang, 'eservice.rules.fin_format'));
  await expectError(page, 'host-phone', text(lang, 'eservice.rules.phone_format'));
  await expectError(page, 'host-email', text(lang, 'eservice.rules.email_format'));
  await page.getByRole('radio', { name: reg(lang, 'fields.host_kind.options.company'), exact: true }).check();
  await page.locator('#host-voen').fill('123');
  await expectError(page, 'host-voen', text(lang, 'eservice.rules.voen_format'));
  await expect(page.locator('#host-fin')).toHaveCount(0);
  await page.locator('#host-voen').fill('1234567891');
  await page.locator('#host-phone').fill('+994 12 345 67 89');
  await page.locator('#host-email').fill('host@example.az');
  await next(page, lang);

  // The copy of the passport, checked by its content and size before it is sent.
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'upload-passport', own('upload_passport'));
  const upload = page.locator('#upload-passport');
  await upload.setInputFiles({ name: 'passport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
  await expect(page.locator('#upload-passport-error')).toContainText(text(lang, 'eservice.rules.upload_type'));
  const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
  big.write('%PDF-1.4');
  await upload.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: big });
  await expect(page.locator('#upload-passport-error')).toContainText(text(lang, 'eservice.rules.upload_too_large'));
  await upload.setInputFiles({ name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
  await expect(page.locator('#upload-passport-error')).toContainText(text(lang, 'eservice.rules.upload_empty'));
  await upload.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%scan\n') });
  await expect(page.locator('.upload-done')).toContainText('scan.pdf');
  await expect(page.locator('#upload-passport-error')).toHaveCount(0);
  await next(page, lang);

  // Declaration.
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'declaration', own('declaration'));
  await page.getByRole('checkbox', { name: label(lang, 'declaration') }).check();
  await next(page, lang);
  await expect(page).toHaveURL(/\/check-answers$/);
});

test('a stay of 15 days or less needs no registration; Kazakhstan has 30', async ({ page }) => {
  await start(page, lang);
  await page.goto(`/${lang}/e-services/registration/applicant`);
  await page.evaluate(([arrival, departure]) => {
    const typed: Record<string, string> = {
      'applicant.role': 'foreigner', 'person.surname': 'Short', 'person.given_names': 'Stay',
      'person.date_of_birth#day': '1', 'person.date_of_birth#month': '2', 'person.date_of_birth#year': '1985',
      'person.sex': 'male', 'person.citizenship': 'KZ', 'person.arrived_from': 'KZ',
      'document.type': 'passport', 'document.number': 'N1234567', 'document.issuing_country': 'KZ',
      'document.issued#day': '1', 'document.issued#month': '1', 'document.issued#year': '2020',
      'document.expires#day': '1', 'document.expires#month': '1', 'document.expires#year': '2030',
      'entry.basis': 'visa_free',
      'stay.arrival#day': arrival[0], 'stay.arrival#month': arrival[1], 'stay.arrival#year': arrival[2],
      'stay.departure#day': departure[0], 'stay.departure#month': departure[1], 'stay.departure#year': departure[2],
    };
    sessionStorage.setItem('migrationto.draft.registration', JSON.stringify({ typed }));
  }, [bakuDate(-2), bakuDate(23)]);
  await page.goto(`/${lang}/e-services/registration/stay`);
  await appReady(page);
  await next(page, lang);
  // 25 days is within Kazakhstan's 30.
  await expect(page).toHaveURL(/\/not-needed$/);
  await expect(page.locator('main h1')).toHaveText(reg(lang, 'not_needed_title'));
  await expect(page.locator('main')).toContainText(fill(reg(lang, 'not_needed_text'), { days: 25, threshold: 30 }));
  await expectAccessibleLayout(page);
  await page.getByRole('link', { name: reg(lang, 'not_needed_change') }).click();
  await expect(page).toHaveURL(/\/stay$/);
  await page.locator('#stay-departure-day').fill(bakuDate(40)[0]);
  await page.locator('#stay-departure-month').fill(bakuDate(40)[1]);
  await page.locator('#stay-departure-year').fill(bakuDate(40)[2]);
  await next(page, lang);
  await expect(page).toHaveURL(/\/address$/);
});

test('a late registration is still accepted, with the fines explained', async ({ page }) => {
  test.setTimeout(90_000);
  await start(page, lang);
  await completeRegistration(page, lang, { passport: `LATE${Date.now() % 1_000_000}` });
  await page.getByRole('link', { name: `${text(lang, 'wizard.change')} ${label(lang, 'stay_arrival')}` }).click();
  await date(page, 'stay-arrival', bakuDate(-20));
  await next(page, lang);
  await expect(page).toHaveURL(/\/check-answers$/);
  await expect(page.locator('.warning-text h2')).toHaveText(reg(lang, 'late_heading'));
  await expect(page.locator('.warning-text')).toContainText(fill(reg(lang, 'fine_range'), { min: 300, max: 400 }));
  await expectAccessibleLayout(page);
  await page.getByRole('button', { name: text(lang, 'wizard.send') }).click();
  await expect(page).toHaveURL(/\/confirmation$/);
});

test('answers saved for later reopen on another device with the code and date of birth', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await start(page, lang);
  await page.getByRole('radio', { name: reg(lang, 'fields.applicant_role.options.hotel'), exact: true }).check();
  await next(page, lang);
  await page.locator('#person-surname').fill('Later');
  await page.locator('#person-given_names').fill('Saved');
  await date(page, 'person-date_of_birth', ['3', '3', '1983']);
  await page.getByRole('link', { name: text(lang, 'wizard.save_later') }).click();
  await expect(page.locator('main h1')).toHaveText(text(lang, 'wizard.save_title'));
  // The date of birth already given is filled in.
  await expect(page.locator('#save-dob-year')).toHaveValue('1983');
  await expectAccessibleLayout(page);
  await page.getByRole('button', { name: text(lang, 'wizard.save_button') }).click();
  const code = (await page.locator('.draft-code').textContent())!.trim();
  expect(code).toMatch(/^D[0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  const other = await newContext(browser);
  const phone = await other.newPage();
  await phone.goto(`/${lang}/e-services/registration/start`);
  await appReady(phone);
  await phone.getByRole('link', { name: text(lang, 'wizard.resume_link') }).click();
  await appReady(phone);
  // A wrong date of birth gets the same answer as an unknown code.
  await phone.getByLabel(text(lang, 'wizard.resume_code_label')).fill(code.toLowerCase());
  await date(phone, 'resume-dob', ['4', '3', '1983']);
  await phone.getByRole('button', { name: text(lang, 'wizard.resume_button') }).click();
  await expect(phone.locator('#resume-failed')).toContainText(text(lang, 'wizard.resume_not_found'));
  await date(phone, 'resume-dob', ['3', '3', '1983']);
  await phone.getByRole('button', { name: text(lang, 'wizard.resume_button') }).click();
  // On to the first question still to answer, with the earlier answers kept.
  await expect(phone).toHaveURL(/\/person$/);
  await expect(phone.locator('#person-surname')).toHaveValue('Later');
  await expect(phone.locator('#person-date_of_birth-day')).toHaveValue('3');
  await phone.locator('.back-link').click();
  await expect(phone.getByRole('radio', { name: reg(lang, 'fields.applicant_role.options.hotel'), exact: true })).toBeChecked();
  await other.close();
});
