import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, BrowserContextOptions, expect, Page, test as base } from '@playwright/test';
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

/**
 * Every page of the portal but articles (the search page as it opens): path after the language, and the locale
 * key of its heading. Written from the core's page registry (`crates/core/src/page.rs`; a core
 * test keeps this file in step), so a page in the registry that the app does not route fails
 * here in every language.
 */
export const ROUTES: Array<{ path: string; heading: string }> = JSON.parse(
  readFileSync(join(__dirname, '..', 'pages.json'), 'utf8'),
);

/** Fixes the browser's clock at noon in Baku on the given day, before the page loads. */
export async function fixBakuDate(page: Page, isoDate: string) {
  await page.clock.setFixedTime(new Date(`${isoDate}T08:00:00Z`));
}

/** The value of a result row, found by its label. */
export function row(page: Page, label: string) {
  return page.locator('.summary > div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
}

/** Types a date into the three fields with the id prefix `id`, then leaves them. */
export async function typeDate(page: Page, id: string, d: string, m: string, y: string) {
  await page.locator(`#${id}-day`).fill(d);
  await page.locator(`#${id}-month`).fill(m);
  await page.locator(`#${id}-year`).fill(y);
  await page.locator(`#${id}-year`).blur();
}

/** A country's name in a language, from the CLDR lists the app loads. */
export function countryName(lang: Lang, code: string): string {
  const list = JSON.parse(readFileSync(join(__dirname, '..', '..', 'public', 'cldr', `countries-${lang}.json`), 'utf8'));
  const country = list.countries.find((c: { code: string }) => c.code === code);
  if (!country) throw new Error(`no ${code} in countries-${lang}.json`);
  return country.name;
}

/** Fills `{{ name }}` placeholders of a locale string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{ (\w+) \}\}/g, (_, name) => String(values[name]));
}

/**
 * The day every test runs on, in Baku: `E2E_TODAY` (YYYY-MM-DD) when set, so the whole suite
 * can run on another day (scripts/test.sh starts the server with the same `--today`), else
 * today. Fixed once for the run, so a test never straddles midnight.
 */
export const E2E_TODAY: string = process.env.E2E_TODAY ?? new Date(Date.now() + 4 * 3600 * 1000).toISOString().slice(0, 10);

/** Today's date in Baku (UTC+4) for this run, as [year, month, day]. */
export function bakuToday(): [number, number, number] {
  const [y, m, d] = E2E_TODAY.split('-').map(Number);
  return [y, m, d];
}

/** Pins a context's clock at noon in Baku on the run's day (a test may fix another day). */
export async function pinToday(context: BrowserContext) {
  await context.clock.setFixedTime(new Date(`${E2E_TODAY}T08:00:00Z`));
}

const allowances = new WeakMap<BrowserContext, RegExp[]>();
/** Contexts in which axe is running: the inline styles it applies break the page's CSP. */
const axeRunning = new WeakSet<BrowserContext>();
const INLINE_STYLE = /^(CSP violation: style-src|console error on .*: Applying inline style violates)/;

/**
 * Records what should never happen in a page of `context`: an uncaught error, a console error,
 * a Content-Security-Policy violation. Returns a function that lists what was recorded, less
 * what the test declared expected with `allowBrowserErrors`.
 */
export async function watchBrowserErrors(context: BrowserContext): Promise<() => string[]> {
  const found: string[] = [];
  const record = (problem: string) => {
    if (!(axeRunning.has(context) && INLINE_STYLE.test(problem))) found.push(problem);
  };
  allowances.set(context, []);
  await context.exposeBinding('__e2eReportViolation', (_source, text: string) => record(`CSP violation: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
      (window as unknown as { __e2eReportViolation: (t: string) => void }).__e2eReportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where} on ${location.pathname} ${e.sample}`,
      );
    });
  });
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => record(`uncaught error on ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // A refusal or failure of the e-service API (a 404 lookup, a 409 taken slot, a 500 or an
      // aborted request in a network-failure test) is logged by the browser; what the app does
      // with it is what the tests check. Anything else, a missing asset included, is a defect.
      const from = message.location().url;
      if (message.text().startsWith('Failed to load resource') && new URL(from, page.url()).pathname.startsWith('/api/v1/')) return;
      record(`console error on ${page.url()}: ${message.text()}${from ? ` (${from})` : ''}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return () => {
    const allowed = allowances.get(context) ?? [];
    return found.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
  };
}

/**
 * Declares errors this test provokes on purpose (a backend that answers 500 makes the browser log
 * "Failed to load resource"). Anything else still fails the test.
 */
export function allowBrowserErrors(page: Page, ...patterns: RegExp[]) {
  allowances.get(page.context())?.push(...patterns);
}

/** What the contexts a test opened itself (`newContext`) recorded; the fixture checks them. */
const ownContexts: Array<() => string[]> = [];

/**
 * A context of the test's own (a second visitor, a browser in another language, no JavaScript),
 * with the clock pinned and the same watch for errors as the test's own context.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await pinToday(context);
  ownContexts.push(await watchBrowserErrors(context));
  return context;
}

/**
 * Playwright's `test`, with every page's clock pinned to the run's day, and failing when any page
 * of the test (in its context or in one from `newContext`) has an uncaught error, logs a console
 * error or breaks the Content-Security-Policy.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    ownContexts.length = 0;
    await pinToday(context);
    const problems = await watchBrowserErrors(context);
    await use(context);
    const found = [problems, ...ownContexts].flatMap((list) => list());
    expect(found, 'errors in the browser').toEqual([]);
  },
});
export { expect };


/** Holds back every request to `pattern` until the returned function is called: what the page
 *  does before the answer arrives (a slow connection) can then be seen and done. */
export async function holdRoute(page: Page, pattern: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until the page is ready: the app has taken over the page the server sent (a
 *  prerendered page looks the same, so wait for the mark the app sets when it starts), or the
 *  page runs no app (a reading page, `data-app="none"`), and it shows a page heading. */
export async function appReady(page: Page) {
  await expect(page.locator('html[data-app="running"], html[data-app="none"]')).toHaveCount(1);
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveCount(1);
}

/**
 * What axe finds against WCAG 2.2 A and AA (2.0, 2.1 and 2.2 tags) and its best practices, one
 * line a rule. Axe applies inline styles while it runs, which the page's CSP refuses; those
 * refusals, and only while axe runs, are not counted against the test.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeRunning.add(page.context());
  try {
    const results = await new AxeBuilder({ page })
      // Also WCAG 2.5.3 Label in Name, which axe counts as experimental and leaves off by default
      // (set before the tags: `options` replaces what `withTags` sets).
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    // Let the page's reports of what axe did arrive before the window closes.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    axeRunning.delete(page.context());
  }
}

/** No WCAG 2.2 A/AA or best-practice violation that axe finds, and nothing scrolls sideways. */
export async function expectAccessibleLayout(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
