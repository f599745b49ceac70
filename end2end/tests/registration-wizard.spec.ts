import type { FileChooser } from '@playwright/test';
import { appReady, countryName, expect, expectAccessibleLayout, LANGS, test, text } from './support';
import { bakuDate, completeRegistration, next, OwnServer, reg, start, tracked } from './wizard-support';

for (const lang of LANGS) {
  test(`${lang}: a registration is completed, sent and then found with "Track your applications"`, async ({ page }) => {
    test.setTimeout(120_000);
    const passport = `WIZ${lang.toUpperCase()}${Date.now() % 1_000_000}`;
    await page.goto(`/${lang}/e-services`);
    await appReady(page);
    await page.getByRole('link', { name: reg(lang, 'title'), exact: true }).click();
    await appReady(page);
    await expectAccessibleLayout(page);
    await page.getByRole('link', { name: text(lang, 'wizard.start_now') }).click();
    await expect(page.locator('main h1')).toContainText(reg(lang, 'steps.applicant'));
    await expect(page.locator('main h1 .caption')).toHaveText(text(lang, 'wizard.step_of').replace('{{ n }}', '1').replace('{{ total }}', '9'));
    await completeRegistration(page, lang, { passport, axe: true, reload: lang === 'en' });

    // Check your answers: each answer as the user will recognise it.
    const row = (field: string) => page.locator('.summary-row', { has: page.locator('dt', { hasText: reg(lang, `fields.${field}.label`) }) });
    await expect(row('person_surname').locator('.summary-value')).toHaveText("O'Neil-Smith");
    await expect(row('person_citizenship').locator('.summary-value')).toHaveText(countryName(lang, 'GB'));
    await expect(row('document_number').locator('.summary-value')).toHaveText(passport);
    await expect(row('host_phone').locator('.summary-value')).toHaveText('+994501234567');
    await expect(row('upload_passport').locator('.summary-value')).toHaveText('passport.png');
    await expect(row('person_patronymic').locator('.summary-value')).toHaveText(text(lang, 'wizard.not_given'));
    await expectAccessibleLayout(page);

    await page.getByRole('button', { name: text(lang, 'wizard.send') }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/registration/confirmation$`));
    await expect(page.locator('main h1')).toHaveText(text(lang, 'wizard.confirmation_title'));
    const reference = (await page.locator('.panel-confirmation .reference').textContent())!.trim();
    expect(reference).toMatch(/^A[0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(page.locator('.valid-until')).toBeVisible();
    await expectAccessibleLayout(page);
    // A reload shows the confirmation again; the answers themselves are gone from the tab.
    await page.reload();
    await appReady(page);
    await expect(page.locator('.panel-confirmation .reference')).toHaveText(reference);
    expect(await page.evaluate(() => sessionStorage.getItem('migrationto.draft.registration'))).toBeNull();

    await page.getByRole('link', { name: text(lang, 'wizard.track_link') }).click();
    // The status checks' own app: a page load.
    await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/track-applications$`));
    await appReady(page);
    await page.locator('#passport-number').fill(passport);
    await page.locator('#dob-day').fill('12');
    await page.locator('#dob-month').fill('4');
    await page.locator('#dob-year').fill('1991');
    await page.locator('#citizenship').fill(countryName(lang, 'GB'));
    await page.locator('#citizenship').blur();
    await page.getByRole('button', { name: text(lang, 'status_check.submit_track') }).click();
    await expect(page.locator('.application .reference')).toHaveText(reference);
  });
}

test('Change links go back to the question and return to "Check your answers"', async ({ page }) => {
  test.setTimeout(90_000);
  await start(page, 'en');
  await completeRegistration(page, 'en', { passport: `CHG${Date.now() % 1_000_000}` });
  await page.getByRole('link', { name: `${text('en', 'wizard.change')} ${reg('en', 'fields.host_kind.label')}` }).click();
  // A page load: the questions are another app's than "Check your answers".
  await expect(page).toHaveURL(/\/en\/e-services\/registration\/host\?from=check$/);
  await appReady(page);
  await expect(page.locator('main h1')).toContainText(reg('en', 'steps.host'));
  // A company host needs a VÖEN, which was not asked before.
  await page.getByRole('radio', { name: reg('en', 'fields.host_kind.options.company') }).check();
  await page.getByRole('button', { name: text('en', 'wizard.continue_button') }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#error-summary')).toContainText(reg('en', 'fields.host_voen.err.required'));
  await page.getByLabel(reg('en', 'fields.host_voen.label')).fill('1234567891');
  await next(page, 'en');
  await expect(page).toHaveURL(/\/check-answers$/);
  const row = (field: string) => page.locator('.summary-row', { has: page.locator('dt', { hasText: reg('en', `fields.${field}.label`) }) });
  await expect(row('host_voen').locator('.summary-value')).toHaveText('1234567891');
  await expect(row('host_fin')).toHaveCount(0);
  // The browser's Back button returns to the question.
  await page.goBack();
  await expect(page).toHaveURL(/\/host\?from=check$/);
  await expect(page.getByLabel(reg('en', 'fields.host_voen.label'))).toHaveValue('1234567891');
});

test('a registration is completed by keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const passport = `KBD${Date.now() % 1_000_000}`;
  const lang = 'en';
  await page.goto(`/${lang}/e-services/registration/start`);
  await appReady(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName}#${el.id}|${el.textContent?.trim() ?? ''}` : '';
  });
  /** Presses Tab until the focused element matches. */
  async function tabTo(match: (f: string) => boolean) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (match(await focused())) return;
    }
    throw new Error(`Tab never reached the element; last ${await focused()}`);
  }
  const tabToId = (id: string) => tabTo((f) => f.split('|')[0] === `INPUT#${id}` || f.split('|')[0] === `SELECT#${id}`);
  const type = async (id: string, value: string) => {
    await tabToId(id);
    await page.keyboard.type(value);
  };
  const date = async (id: string, [d, m, y]: [string, string, string]) => {
    await type(`${id}-day`, d);
    await type(`${id}-month`, m);
    await type(`${id}-year`, y);
  };
  const country = async (id: string, code: string) => {
    await type(id, countryName(lang, code));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  };
  const cont = async () => {
    const before = page.url();
    await tabTo((f) => f.startsWith('BUTTON#') && f.endsWith(text(lang, 'wizard.continue_button')));
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(before);
  };
  await tabTo((f) => f.startsWith('A#') && f.endsWith(text(lang, 'wizard.start_now')));
  await page.keyboard.press('Enter');
  // A page load: the start page has no app, the first step the wizard's.
  await expect(page).toHaveURL(/\/applicant$/);
  await appReady(page);
  // Radios: Tab reaches the group, the arrow keys choose.
  await tabToId('applicant-role-foreigner');
  await page.keyboard.press('Space');
  await cont();
  await type('person-surname', 'Keys');
  await type('person-given_names', 'Only');
  await date('person-date_of_birth', ['12', '4', '1991']);
  await tabToId('person-sex-female');
  await page.keyboard.press('Space');
  await country('person-citizenship', 'GB');
  await country('person-arrived_from', 'GE');
  await cont();
  await tabToId('document-type-passport');
  await page.keyboard.press('Space');
  await type('document-number', passport);
  await country('document-issuing_country', 'GB');
  await date('document-issued', ['1', '5', '2020']);
  await date('document-expires', ['1', '5', '2035']);
  await cont();
  await tabToId('entry-basis-visa_free');
  await page.keyboard.press('Space');
  await cont();
  await date('stay-arrival', bakuDate(-3));
  await date('stay-departure', bakuDate(37));
  await cont();
  await tabToId('address-district');
  // The first entry after "Choose" is Baku.
  await page.keyboard.press('ArrowDown');
  await type('address-street', 'Istiglaliyyat');
  await type('address-building', '12');
  await cont();
  // In a group of radios, Tab stops at the first; the arrow keys move to the others.
  await tabToId('host-kind-person');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#host-kind-company')).toBeChecked();
  await type('host-voen', '1234567891');
  await type('host-phone', '+7 912 345 67 89');
  await cont();
  await tabToId('upload-passport');
  // The file chooser opens only in the page that has the browser's focus; a headless browser
  // now and then drops the key press that arrives while it brings the page forward.
  let chooser: FileChooser | undefined;
  for (let attempt = 0; !chooser && attempt < 3; attempt++) {
    await page.bringToFront();
    await expect(page.locator('#upload-passport')).toBeFocused();
    const opened = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => undefined);
    await page.keyboard.press('Space');
    chooser = await opened;
  }
  expect(chooser, 'Space on the focused upload control opens the file chooser').toBeDefined();
  await chooser!.setFiles({ name: 'page.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%keyboard\n') });
  await expect(page.locator('.upload-done')).toContainText('page.pdf');
  await cont();
  await tabToId('declaration');
  await page.keyboard.press('Space');
  await cont();
  await expect(page).toHaveURL(/\/check-answers$/);
  await tabTo((f) => f.startsWith('BUTTON') && f.endsWith(text(lang, 'wizard.send')));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/confirmation$/);
  expect(await tracked(new URL(page.url()).origin, passport)).toHaveLength(1);
});

test('the backend stops mid-wizard and starts again: the answers are kept and one application is made', async ({ page }) => {
  test.setTimeout(120_000);
  const server = new OwnServer(8197);
  await server.start();
  try {
    const passport = `RST${Date.now() % 1_000_000}`;
    await page.goto(`${server.url}/en/e-services/registration/start`);
    await appReady(page);
    await page.getByRole('link', { name: text('en', 'wizard.start_now') }).click();
    await completeRegistration(page, 'en', { passport });
    await server.stop();
    const send = page.getByRole('button', { name: text('en', 'wizard.send') });
    await send.click();
    // The client retries, then says what happened; nothing typed is lost.
    await expect(page.locator('#send-failed')).toContainText(text('en', 'api_error.unreachable'), { timeout: 20_000 });
    await expect(page.locator('#send-failed')).toBeFocused();
    await expect(page.locator('.summary-row').first()).toBeVisible();
    await server.start();
    // "Try again", pressed twice quickly: still one application.
    const retry = page.getByRole('button', { name: text('en', 'api_error.retry') });
    await retry.dblclick();
    await expect(page).toHaveURL(/\/confirmation$/);
    expect(await tracked(server.url, passport)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('a field error found by the e-service is shown at its field, on its step', async ({ page, request }) => {
  test.setTimeout(120_000);
  const server = new OwnServer(8198);
  await server.start();
  try {
    await page.goto(`${server.url}/en/e-services/registration/start`);
    await appReady(page);
    await page.getByRole('link', { name: text('en', 'wizard.start_now') }).click();
    await completeRegistration(page, 'en', { passport: `SRV${Date.now() % 1_000_000}` });
    // A well-formed id of a file this backend has never seen (it was uploaded elsewhere),
    // as when an upload has expired: only the e-service can tell.
    const elsewhere = await request.post('/api/v1/uploads', {
      headers: { 'idempotency-key': `e2e-elsewhere-${Date.now()}` },
      data: Buffer.from('%PDF-1.4\n%elsewhere\n'),
    });
    const id = (await elsewhere.json()).id;
    await page.evaluate((id) => {
      const draft = JSON.parse(sessionStorage.getItem('migrationto.draft.registration')!);
      draft.typed['upload.passport'] = id;
      sessionStorage.setItem('migrationto.draft.registration', JSON.stringify(draft));
    }, id);
    await page.reload();
    await appReady(page);
    await page.getByRole('button', { name: text('en', 'wizard.send') }).click();
    await expect(page).toHaveURL(/\/documents\?from=check$/);
    const message = text('en', 'eservice.rules.upload_unknown');
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(page.locator('#error-summary')).toContainText(message);
    await expect(page.locator('#upload-passport-error')).toContainText(message);
    await expect(page.locator('#upload-passport')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessibleLayout(page);
  } finally {
    await server.stop();
  }
});

test.describe('at 320 CSS px (also 400 % zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('ru: every step, "Check your answers" and the confirmation reflow without sideways scrolling', async ({ page }) => {
    test.setTimeout(120_000);
    await start(page, 'ru');
    await completeRegistration(page, 'ru', { passport: `NRW${Date.now() % 1_000_000}`, axe: true });
    await expectAccessibleLayout(page);
    await page.getByRole('button', { name: text('ru', 'wizard.send') }).click();
    await expect(page).toHaveURL(/\/confirmation$/);
    await expectAccessibleLayout(page);
  });
});
