// Steps every e-service's browser tests take: begin from the start page, answer the
// questions every service shares, upload, expect an error at its field, send.
import { Page } from '@playwright/test';
import { appReady, countryName, expect, expectAccessibleLayout, Lang, text } from './support';
import { next } from './wizard-support';

export const PDF = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n%${name}\n`) });

export async function date(page: Page, id: string, [d, m, y]: [string, string, string]) {
  await page.locator(`#${id}-day`).fill(d);
  await page.locator(`#${id}-month`).fill(m);
  await page.locator(`#${id}-year`).fill(y);
}

export async function country(page: Page, lang: Lang, id: string, code: string) {
  await page.locator(`#${id}`).fill(countryName(lang, code));
  await page.locator(`#${id}`).blur();
}

export async function upload(page: Page, id: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator(`#${id}`).setInputFiles(file);
  await expect(page.locator(`#${id}`).locator('..').locator('.upload-done')).toContainText(file.name);
}

/** Continues after checking the page with axe. */
export async function checkedNext(page: Page, lang: Lang) {
  await expectAccessibleLayout(page);
  await next(page, lang);
}

export async function begin(page: Page, lang: Lang, service: string) {
  await page.goto(`/${lang}/e-services/${service}/start`);
  await appReady(page);
  await expectAccessibleLayout(page);
  await page.getByRole('link', { name: text(lang, 'wizard.start_now') }).click();
}

export async function person(page: Page, lang: Lang, citizenship: string, birth: [string, string, string]) {
  await page.locator('#person-surname').fill('Kaya');
  await page.locator('#person-given_names').fill('Elif');
  await date(page, 'person-date_of_birth', birth);
  await page.locator('#person-sex-female').check();
  await country(page, lang, 'person-citizenship', citizenship);
}

export async function passport(page: Page, lang: Lang, number: string, citizenship: string, expires: [string, string, string]) {
  await page.locator('#document-type-passport').check();
  await page.locator('#document-number').fill(number);
  await country(page, lang, 'document-issuing_country', citizenship);
  await date(page, 'document-issued', ['10', '1', '2022']);
  await date(page, 'document-expires', expires);
}

export async function address(page: Page) {
  await page.locator('#address-district').selectOption('AZ-BA');
  await page.locator('#address-street').fill('Nizami küçəsi');
  await page.locator('#address-building').fill('5');
}

export async function expectError(page: Page, id: string, message: string) {
  await expect(page.locator('#error-summary')).toContainText(message);
  await expect(page.locator(`#${id}-error`)).toContainText(message);
}

export async function send(page: Page, lang: Lang, service: string) {
  await page.getByRole('button', { name: text(lang, 'wizard.send') }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/${service}/confirmation$`));
  await expect(page.locator('.panel-confirmation .reference')).toHaveText(/^A[0-9A-Z]{3}-/);
  await expectAccessibleLayout(page);
}

