// Times search in Debian's Chromium against a running portal: for each language, types a
// query into the search page and waits for the results to be on screen (navigation, search
// over the full index, and rendering together), 20 times, and prints the median and worst.
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
  await page.goto(`${base}/${lang}/search?q=warm`);
  await page.locator('.search-count').waitFor();
  const times = [];
  for (let i = 0; i < 20; i++) {
    // Consecutive queries differ, so the outcome always changes.
    const query = queries[i % queries.length];
    times.push(
      await page.evaluate(async (q) => {
        const input = document.querySelector('#search-page-q');
        const outcome = document.querySelector('.search-outcome');
        const before = outcome.textContent;
        const done = new Promise((resolve) => {
          const seen = new MutationObserver(() => {
            if (outcome.textContent !== before) { seen.disconnect(); resolve(); }
          });
          seen.observe(outcome, { childList: true, subtree: true, characterData: true });
        });
        const start = performance.now();
        input.value = q;
        input.form.requestSubmit();
        await done;
        return performance.now() - start;
      }, query),
    );
    await page.waitForTimeout(50);
  }
  times.sort((a, b) => a - b);
  console.log(`${lang}: median ${times[10].toFixed(1)} ms, worst ${times[19].toFixed(1)} ms (query, search and render; ${queries.join(' / ')})`);
}
await browser.close();
