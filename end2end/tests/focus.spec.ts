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

test('focus moves to the new page heading after navigation in the app', async ({ page }) => {
  // The search results run the reading pages' app: a result opens without a page load, and
  // focus goes to its heading as a new page's would start there. (Reading pages run no app:
  // their links are page loads, which start at the top by themselves.)
  await page.goto('/en/search?q=business');
  await appReady(page);
  const result = page.locator('.search-results li a').first();
  const title = (await result.textContent())!.trim();
  await result.click();
  await expect(page.locator('main h1')).toHaveText(title);
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
