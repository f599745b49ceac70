import { appReady, expect, test, text } from './support';
import { reg } from './wizard-support';

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

test('focus moves to the new page heading after a move in the app', async ({ page }) => {
  // A wizard moves between an application's pages in its app, without a page load: focus goes
  // to the new page's heading, as a new page's would start there. (Every other link is a page
  // load, which starts at the top by itself.)
  await page.goto('/en/e-services/registration/applicant');
  await appReady(page);
  await page.getByRole('radio', { name: reg('en', 'fields.applicant_role.options.host'), exact: true }).check();
  await page.getByRole('button', { name: text('en', 'wizard.continue_button') }).click();
  await expect(page).toHaveURL(/\/en\/e-services\/registration\/person$/);
  await expect(page.locator('main h1')).toContainText(reg('en', 'steps.person'));
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
