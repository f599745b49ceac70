import { allowBrowserErrors, appReady, expect, test, watchBrowserErrors } from './support';

// The watch every test runs under (support.ts): here on a context of its own, to show what it
// catches and what it lets through.
test('the watch for errors catches uncaught errors, console errors and CSP violations', async ({ browser }) => {
  const context = await browser.newContext();
  const problems = await watchBrowserErrors(context);
  const page = await context.newPage();
  await page.goto('/en/calculators');
  await appReady(page);
  expect(problems()).toEqual([]);

  await page.evaluate(async () => {
    // The API refusing a request is the app's business, not a defect of the page.
    await fetch('/api/v1/no-such-endpoint');
    const style = document.createElement('style');
    style.textContent = 'body { color: red }';
    document.head.append(style);
    console.error('something broke');
    setTimeout(() => {
      throw new Error('uncaught in a timer');
    });
  });
  await expect.poll(() => problems().length).toBe(4);
  const found = problems();
  expect(found.filter((p) => p.startsWith('CSP violation: style-src-elem blocked inline on /en/calculators'))).toHaveLength(1);
  expect(found.filter((p) => p.includes('Applying inline style violates'))).toHaveLength(1);
  expect(found.filter((p) => p.startsWith(`console error on ${page.url()}: something broke`))).toHaveLength(1);
  expect(found.filter((p) => p.startsWith('uncaught error on ') && p.endsWith('uncaught in a timer'))).toHaveLength(1);

  // What a test declares it provokes is let through; nothing else.
  allowBrowserErrors(page, /something broke/);
  expect(problems()).toHaveLength(3);
  await context.close();
});
