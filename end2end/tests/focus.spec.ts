import { appReady, expect, test, text } from './support';

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/en/living');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: text('en', 'skip_link') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // The next Tab continues from the main content, not from the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
});

test('focus moves to the new page heading after navigation', async ({ page }) => {
  await page.goto('/en');
  await appReady(page);
  await page.getByRole('navigation', { name: text('en', 'nav.label') })
    .getByRole('link', { name: text('en', 'sections.business.title') }).click();
  await expect(page.locator('main h1')).toHaveText(text('en', 'sections.business.title'));
  await expect(page.locator('main h1')).toBeFocused();
});

test('the whole shell can be used by keyboard alone', async ({ page }) => {
  await page.goto('/az/faq');
  await appReady(page);
  // Tab to the Russian language link and follow it with Enter.
  const russian = page.getByRole('link', { name: 'Русский' });
  for (let i = 0; i < 10 && !(await russian.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(russian).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/ru/faq');
  await expect(page.locator('main h1')).toHaveText(text('ru', 'sections.faq.title'));
});
