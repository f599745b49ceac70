import { Page } from '@playwright/test';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, bakuToday, countryName, E2E_TODAY, expect, expectAccessibleLayout, fill, Lang, text } from './support';

/** Every browser test comes from 127.0.0.1, so the server's per-client limits are lifted. */
const NO_CLIENT_LIMITS = ['--lookups-per-minute', '10000', '--bookings-per-hour', '10000', '--uploads-per-hour', '10000',
  '--upload-megabytes-per-hour', '10000', '--drafts-per-hour', '10000'];

const ROOT = join(__dirname, '..', '..');

/** A locale string of the registration service; a field's text may be the one every service
 *  shares (`eservice.common.fields`), as the app looks it up. */
export function reg(lang: Lang, key: string): string {
  try {
    return text(lang, `eservice.registration.${key}`);
  } catch (e) {
    if (!key.startsWith('fields.')) throw e;
    return text(lang, `eservice.common.${key}`);
  }
}

/** The label of a field of the registration service (`person_surname`). */
export function label(lang: Lang, field: string): string {
  return reg(lang, `fields.${field}.label`);
}

/** A date `days` from today in Baku, as [day, month, year] text. */
export function bakuDate(days: number): [string, string, string] {
  const [y, m, day] = bakuToday();
  const d = new Date(Date.UTC(y, m - 1, day) + days * 86_400_000);
  return [String(d.getUTCDate()), String(d.getUTCMonth() + 1), String(d.getUTCFullYear())];
}

/** A one-pixel PNG: a real image the upload accepts. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export type Options = {
  passport: string;
  /** Runs axe on every page of the wizard. */
  axe?: boolean;
  /** Reloads each step after answering it and checks the answers are still there. */
  reload?: boolean;
};

/** Presses Continue and waits for the next page's heading. */
export async function next(page: Page, lang: Lang) {
  const before = page.url();
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expect(page).not.toHaveURL(before);
  await expect(page.locator('main h1')).toHaveCount(1);
}

async function step(page: Page, lang: Lang, id: string, o: Options, answer: () => Promise<void>, check: () => Promise<void>) {
  await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/registration/${id}$`));
  await expect(page.locator('main h1')).toContainText(reg(lang, `steps.${id}`));
  await answer();
  if (o.reload) {
    await page.reload();
    await appReady(page);
    await check();
  }
  if (o.axe) await expectAccessibleLayout(page);
  await next(page, lang);
}

async function chooseCountry(page: Page, lang: Lang, field: string, code: string) {
  const box = page.getByRole('combobox', { name: label(lang, field) });
  await box.fill(countryName(lang, code));
  await box.blur();
}

/** Answers every step of the registration, from the first question to "Check your answers". */
export async function completeRegistration(page: Page, lang: Lang, o: Options) {
  const radio = (field: string, option: string) => page.getByRole('radio', { name: reg(lang, `fields.${field}.options.${option}`), exact: true });
  const box = (field: string) => page.getByLabel(label(lang, field), { exact: true });
  const date = async (field: string, [d, m, y]: [string, string, string]) => {
    const group = page.getByRole('group', { name: label(lang, field) });
    await group.getByLabel(text(lang, 'calc_common.day')).fill(d);
    await group.getByLabel(text(lang, 'calc_common.month')).fill(m);
    await group.getByLabel(text(lang, 'calc_common.year')).fill(y);
  };
  await step(page, lang, 'applicant', o, () => radio('applicant_role', 'host').check(), () => expect(radio('applicant_role', 'host')).toBeChecked());
  await step(
    page, lang, 'person', o,
    async () => {
      await box('person_surname').fill("O'Neil-Smith");
      await box('person_given_names').fill('Anna Maria');
      await date('person_date_of_birth', ['12', '4', '1991']);
      await radio('person_sex', 'female').check();
      await chooseCountry(page, lang, 'person_citizenship', 'GB');
      await chooseCountry(page, lang, 'person_arrived_from', 'TR');
    },
    async () => {
      await expect(box('person_surname')).toHaveValue("O'Neil-Smith");
      await expect(page.getByRole('group', { name: label(lang, 'person_date_of_birth') }).getByLabel(text(lang, 'calc_common.year'))).toHaveValue('1991');
      await expect(radio('person_sex', 'female')).toBeChecked();
      await expect(page.getByRole('combobox', { name: label(lang, 'person_citizenship') })).toHaveValue(countryName(lang, 'GB'));
    },
  );
  await step(
    page, lang, 'document', o,
    async () => {
      await radio('document_type', 'passport').check();
      await box('document_number').fill(o.passport.toLowerCase());
      await chooseCountry(page, lang, 'document_issuing_country', 'GB');
      await date('document_issued', ['1', '5', '2020']);
      await date('document_expires', ['1', '5', '2035']);
    },
    () => expect(box('document_number')).toHaveValue(o.passport.toLowerCase()),
  );
  await step(
    page, lang, 'entry', o,
    async () => {
      await radio('entry_basis', 'asan_visa').check();
      await box('entry_visa_days').fill('30');
    },
    () => expect(box('entry_visa_days')).toHaveValue('30'),
  );
  await step(
    page, lang, 'stay', o,
    async () => {
      await date('stay_arrival', bakuDate(-2));
      await date('stay_departure', bakuDate(25));
    },
    () => expect(page.getByRole('group', { name: label(lang, 'stay_departure') }).getByLabel(text(lang, 'calc_common.day'))).toHaveValue(bakuDate(25)[0]),
  );
  await step(
    page, lang, 'address', o,
    async () => {
      await box('address_district').selectOption('AZ-BA');
      await box('address_street').fill('Nizami küçəsi');
      await box('address_building').fill('5');
    },
    () => expect(box('address_district')).toHaveValue('AZ-BA'),
  );
  await step(
    page, lang, 'host', o,
    async () => {
      await radio('host_kind', 'person').check();
      await box('host_fin').fill('5abc12d');
      await box('host_phone').fill('050 123 45 67');
    },
    () => expect(box('host_fin')).toHaveValue('5abc12d'),
  );
  await step(
    page, lang, 'documents', o,
    async () => {
      await box('upload_passport').setInputFiles({ name: 'passport.png', mimeType: 'image/png', buffer: PNG });
      await expect(page.locator('.upload-done')).toContainText('passport.png');
      await expect(page.getByRole('img', { name: fill(text(lang, 'wizard.upload_preview'), { name: 'passport.png' }) })).toBeVisible();
    },
    () => expect(page.locator('.upload-done')).toContainText('passport.png'),
  );
  await step(
    page, lang, 'declaration', o,
    () => page.getByRole('checkbox', { name: label(lang, 'declaration') }).check(),
    () => expect(page.getByRole('checkbox', { name: label(lang, 'declaration') })).toBeChecked(),
  );
  await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/registration/check-answers$`));
  await expect(page.locator('main h1')).toHaveText(text(lang, 'wizard.check_title'));
}

/** Opens the start page and presses "Start now". */
export async function start(page: Page, lang: Lang) {
  await page.goto(`/${lang}/e-services/registration/start`);
  await appReady(page);
  await page.getByRole('link', { name: text(lang, 'wizard.start_now') }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/e-services/registration/applicant$`));
  await appReady(page);
}

/** A reference backend of its own, serving the built app on `port`, that a test can stop
 *  and start again with the same database. */
export class OwnServer {
  readonly data = mkdtempSync(join(tmpdir(), 'migrationto-e2e-'));
  private child?: ChildProcess;
  /** `args`: more options for the server, such as `--partner <origin>`; `dist`: the built
   *  site it serves (a copy a test may change, as a new deploy would). */
  constructor(readonly port: number, readonly args: string[] = [], readonly dist = join(ROOT, 'dist')) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.child = spawn(
      join(ROOT, 'target', 'server', 'migrationto-backend'),
      ['--dist', this.dist, '--data', this.data, '--addr', `127.0.0.1:${this.port}`, ...NO_CLIENT_LIMITS, '--today', E2E_TODAY, ...this.args],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${this.url}/api/v1/health`)).ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the backend on port ${this.port} did not start`);
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

/** The applications "Track your applications" finds for this passport on `base`. */
export async function tracked(base: string, passport: string): Promise<Array<{ reference: string }>> {
  const res = await fetch(`${base}/api/v1/applications/track`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ passport_number: passport, date_of_birth: '1991-04-12', citizenship: 'GB' }),
  });
  expect(res.status).toBe(200);
  return (await res.json()).applications;
}
