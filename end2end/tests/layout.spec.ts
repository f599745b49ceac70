import { allowBrowserErrors, appReady, expectAccessibleLayout, LANGS, ROUTES, test } from './support';

// Runs in both projects: desktop (1280 px) and narrow-320 (also 400 % zoom).
for (const lang of LANGS) {
  for (const path of [...ROUTES.map((r) => r.path), '/no-such-page']) {
    test(`${lang}${path || '/'}: no axe violations and no sideways scrolling`, async ({ page }) => {
      // An address the portal does not have comes with status 404, which the browser logs.
      if (path === '/no-such-page') allowBrowserErrors(page, /status of 404 .*\/no-such-page\)$/);
      await page.goto(`/${lang}${path}`);
      await appReady(page);
      await expectAccessibleLayout(page);
    });
  }
}
