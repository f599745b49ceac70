// Times search in Debian's Chromium against a running portal: for each language, types a
// query into the search page's box, presses Enter and waits for the results to be on screen (a
// search is a page load of the search page: the page, its app from the browser's cache, the
// index, search over all of it and rendering together), 20 times, and prints the median and
// worst.
// A report, never a test. Usage: node scripts/search-bench.mjs [http://127.0.0.1:8080]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const QUERIES = { az: ['yasamaq icazesi', 'qeydiyyat', 'iş icazəsi', 'viza'], en: ['work permit', 'registration', 'visa', 'fee'], ru: ['разрешение на работу', 'регистрация', 'виза', 'пошлина'] };
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
for (const [lang, queries] of Object.entries(QUERIES)) {
  // The first search loads the app and the index into the browser's cache.
  await page.goto(`${base}/${lang}/search?q=warm`);
  await page.locator('.search-count').waitFor();
  const times = [];
  for (let i = 0; i < 20; i++) {
    const query = queries[i % queries.length];
    const start = performance.now();
    await page.locator('#search-page-q').fill(query);
    await page.locator('#search-page-q').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === query);
    await page.locator('.search-count').waitFor();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${lang}: median ${times[10].toFixed(1)} ms, worst ${times[19].toFixed(1)} ms (a search's page load, the app's start, the index from the cache, search and render; ${queries.join(' / ')})`);
}
await browser.close();
