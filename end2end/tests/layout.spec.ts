import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { appReady, LANGS, ROUTES } from './support';

// Runs in both projects: desktop (1280 px) and narrow-320 (also 400 % zoom).
for (const lang of LANGS) {
  for (const path of [...ROUTES.map((r) => r.path), '/no-such-page']) {
    test(`${lang}${path || '/'}: no axe violations and no sideways scrolling`, async ({ page }) => {
      await page.goto(`/${lang}${path}`);
      await appReady(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}
