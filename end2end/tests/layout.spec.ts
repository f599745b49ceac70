import { appReady, expectAccessibleLayout, LANGS, ROUTES, test } from './support';

// Runs in both projects: desktop (1280 px) and narrow-320 (also 400 % zoom).
for (const lang of LANGS) {
  for (const path of [...ROUTES.map((r) => r.path), '/no-such-page']) {
    test(`${lang}${path || '/'}: no axe violations and no sideways scrolling`, async ({ page }) => {
      await page.goto(`/${lang}${path}`);
      await appReady(page);
      await expectAccessibleLayout(page);
    });
  }
}
