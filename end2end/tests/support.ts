import { expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['az', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

type Strings = { [key: string]: string | Strings };

const cache = new Map<Lang, Strings>();

/** A UI string from the project's locale files (the source the app is built from). */
export function text(lang: Lang, key: string): string {
  if (!cache.has(lang)) {
    cache.set(lang, JSON.parse(readFileSync(join(__dirname, '..', '..', 'locales', `${lang}.json`), 'utf8')));
  }
  const value = key.split('.').reduce<string | Strings>((node, part) => {
    if (typeof node === 'string' || !(part in node)) throw new Error(`no ${key} in ${lang}.json`);
    return node[part];
  }, cache.get(lang)!);
  if (typeof value !== 'string') throw new Error(`${key} in ${lang}.json is not text`);
  return value;
}

export const SECTIONS = [
  ['legislation', 'legislation'],
  ['living', 'living'],
  ['working', 'working'],
  ['business', 'business'],
  ['tourism', 'tourism'],
  ['e-services', 'e_services'],
  ['calculators', 'calculators'],
  ['useful-information', 'useful_information'],
  ['faq', 'faq'],
] as const;

/** Every page of the portal: path after the language, and the locale key of its heading. */
export const ROUTES: Array<{ path: string; heading: string }> = [
  { path: '', heading: 'home.title' },
  ...SECTIONS.map(([slug, key]) => ({ path: `/${slug}`, heading: `sections.${key}.title` })),
  { path: '/useful-information/accessibility', heading: 'accessibility.title' },
  { path: '/useful-information/privacy', heading: 'privacy.title' },
  { path: '/calculators/registration-deadline', heading: 'registration_calc.title' },
];

/** Today's date in Baku (UTC+4), as [year, month, day]. */
export function bakuToday(): [number, number, number] {
  const now = new Date(Date.now() + 4 * 3600 * 1000);
  return [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
}

/** Calendar days from today in Baku to the given date. */
export function daysFromBakuToday(year: number, month: number, day: number): number {
  const [y, m, d] = bakuToday();
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(y, m - 1, d)) / 86_400_000);
}

/** Waits until the app has replaced the static shell and shows a page heading. */
export async function appReady(page: Page) {
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveCount(1);
}
