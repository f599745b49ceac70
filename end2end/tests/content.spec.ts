import { Page } from '@playwright/test';
import { allowBrowserErrors, appReady, expect, expectAccessibleLayout, fill, Lang, LANGS, newContext, ROUTES, test, text } from './support';

type Summary = { path: string; section: string; title: string; summary: string };

/** The language's articles, as the content build wrote them into the served app. */
async function articles(page: Page, lang: Lang): Promise<Summary[]> {
  const res = await page.request.get(`/content/${lang}/index.json`);
  expect(res.ok()).toBe(true);
  return res.json();
}

for (const lang of LANGS) {
  test(`${lang}: every article renders, and every link in it leads to a page that exists`, async ({ page }) => {
    test.setTimeout(180_000);
    const list = await articles(page, lang);
    expect(list.length).toBeGreaterThanOrEqual(46);
    const known = new Set([
      ...ROUTES.map((r) => `/${lang}${r.path}`),
      ...list.map((a) => `/${lang}${a.path}`),
      `/${lang}/search`,
    ]);
    for (const article of list) {
      await page.goto(`/${lang}${article.path}`);
      await appReady(page);
      await expect(page.locator('main h1')).toHaveText(article.title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.article-body')).not.toBeEmpty();
      await expect(page.locator('.indicative')).toHaveText(text(lang, 'article.indicative'));
      const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) {
        expect(known.has(href.split('#')[0]), `${article.path} links to ${href}`).toBe(true);
      }
    }
  });

  test(`${lang}: section pages list their articles`, async ({ page }) => {
    const list = await articles(page, lang);
    await page.goto(`/${lang}/living`);
    await appReady(page);
    const living = list.filter((a) => a.section === 'living');
    await expect(page.locator('.article-list li')).toHaveCount(living.length);
    await page.locator('.article-list a', { hasText: living[0].title }).click();
    await expect(page.locator('main h1')).toHaveText(living[0].title);
    await expect(page).toHaveURL(new RegExp(`/${lang}${living[0].path}$`));
  });

  test(`${lang}: article, section and search pages have no axe violations, wide and at 320 px`, async ({ page }) => {
    // Ten pages, each with a full axe run: about 25 s on a quiet machine.
    test.setTimeout(120_000);
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/living/registration', '/working/work-permit', '/faq/registration-and-stay', '/tourism', '/search?q=visa']) {
        await page.goto(`/${lang}${path}`);
        await appReady(page);
        await expectAccessibleLayout(page);
      }
    }
  });
}

test('a life event shows its steps, "On this page", its sources and related pages', async ({ page }) => {
  await page.goto('/en/living/temporary-residence');
  await appReady(page);
  const steps = page.locator('.journey > li');
  expect(await steps.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('heading', { name: text('en', 'article.journey_heading') })).toBeVisible();
  const toc = page.getByRole('navigation', { name: text('en', 'article.on_this_page') });
  const first = toc.locator('a').first();
  const target = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('.related a').first()).toHaveAttribute('href', /^\/en\//);
  await expect(page.locator('.article-updated')).toContainText('November 2026');
});

test('an article reads without JavaScript, in its language, with its description and alternates', async ({ browser, request }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/living/registration');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('main h1')).toContainText('Регистрация');
  await expect(page.locator('main')).toContainText('919');
  await expect(page.locator('main a[href="/ru/calculators/registration-deadline"]').first()).toBeVisible();
  await context.close();
  const html = await (await request.get('/az/tourism/sheki')).text();
  expect(html).toMatch(/<meta name="description" content="[^"]+">/);
  expect(html).toContain('hreflang="en" href="https://migrationto.az/en/tourism/sheki"');
  expect(html).toContain('<meta property="og:title"');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>https://migrationto.az/ru/living/registration</loc>');
});

/** The app asks for an article's content file and is refused (404) or cut off, on purpose. */
const ARTICLE_FETCH_FAILED = /Failed to load resource: .*\(http:\/\/[^/]+\/content\/[a-z]{2}\/[^)]*\.json\)$/;

test('an address that is no article gets the not-found page, with status 404', async ({ page }) => {
  allowBrowserErrors(page, ARTICLE_FETCH_FAILED, /status of 404 .*\(http:\/\/[^/]+\/en\/living\/no-such-guide\)$/);
  const res = await page.goto('/en/living/no-such-guide');
  expect(res?.status()).toBe(404);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(text('en', 'not_found.title'));
});

const SEARCHES: Array<[Lang, string, string]> = [
  ['az', 'yasamaq icazesi', '/az/living/temporary-residence'],
  ['az', 'yaşama icazəsi', '/az/living/temporary-residence'],
  ['en', 'work permit', '/en/working/work-permit'],
  ['ru', 'разрешение на работу', '/ru/working/work-permit'],
  ['ru', 'учет', '/ru/legislation/registration-law'],
];

for (const [lang, query, expected] of SEARCHES) {
  test(`${lang}: searching "${query}" finds ${expected} with the words marked`, async ({ page }) => {
    await page.goto(`/${lang}/search?q=${encodeURIComponent(query)}`);
    await appReady(page);
    const results = page.locator('.search-results li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator(`.search-results a[href="${expected}"]`)).toHaveCount(1);
    await expect(page.locator('.search-results mark').first()).toBeVisible();
    const count = await results.count();
    await expect(page.locator('.search-count')).toHaveText(fill(text(lang, 'search.results'), { query, count }));
    // Screen readers hear the count from the one status line, not the whole list.
    await expect(page.getByRole('status').filter({ hasText: String(count) })).toHaveText(fill(text(lang, 'search.results'), { query, count }));
  });
}

test('search from the header by keyboard alone, and a search that finds nothing', async ({ page }) => {
  await page.goto('/en');
  await appReady(page);
  await page.getByRole('searchbox', { name: text('en', 'search.label') }).first().focus();
  await page.keyboard.type('asan visa');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=asan(\+|%20)visa/);
  await expect(page.locator('main h1')).toHaveText(text('en', 'search.title'));
  await expect(page.locator('.search-results a[href="/en/tourism/visas"]')).toHaveCount(1);
  await page.goto('/en/search?q=zzqxj');
  await appReady(page);
  await expect(page.locator('.search-count')).toHaveText(fill(text('en', 'search.none'), { query: 'zzqxj' }));
});

test('the search index is loaded only when search is used', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/en/living/registration');
  await appReady(page);
  expect(loaded.filter((p) => p.endsWith('search.json'))).toEqual([]);
  await page.goto('/en/search?q=visa');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(loaded).toContain('/content/en/search.json');
});
