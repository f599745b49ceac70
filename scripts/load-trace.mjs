// Loads pages the way a visitor on a slow phone does (DevTools protocol network throttling:
// 150 ms, 1.6 Mbit/s down; 4x CPU slowdown) in Debian's Chromium and prints, per load, every
// largest-contentful-paint entry the page reports (time, size, element) and when its wasm
// arrived. Lighthouse simulates instead; this is what the browser itself saw. A report, never
// a test. Run by scripts/lighthouse.sh after its table: node scripts/load-trace.mjs BASE_URL PATH...
import { chromium } from '@playwright/test';

const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const path of paths) {
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.lcp.push(`${Math.round(e.startTime)} ms ${e.size} px ${e.element ? e.element.tagName.toLowerCase() + '.' + e.element.className : '(gone)'}`);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(base + path);
    // The app has taken over, or the page runs none (a reading page).
    await page.waitForSelector('html[data-app=running], html[data-app=none]', { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const lcp = await page.evaluate(() => window.lcp);
    const wasm = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => `${r.name.split('/').pop()} at ${Math.round(r.responseEnd)} ms`));
    console.log(`${path}  LCP: ${lcp.join('; ')}  wasm: ${wasm.join(', ') || 'none'}`);
    await context.close();
  }
}
await browser.close();
