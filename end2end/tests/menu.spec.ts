import { appReady, axeViolations, expect, newContext, test, text } from './support';

// The reading pages (/ru, /en/faq) run no app: their menu is the page script's (public/page.js);
// a calculator's is the app's.

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the sections fold behind a Menu button that opens, navigates and closes', async ({ page }) => {
    await page.goto('/ru');
    await appReady(page);
    const nav = page.getByRole('navigation', { name: text('ru', 'nav.label') });
    const menu = nav.getByRole('button', { name: text('ru', 'nav.menu') });
    const working = nav.getByRole('link', { name: text('ru', 'sections.working.title'), exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(working).toBeHidden();
    // The page heading is on the first screen.
    const box = await page.locator('main h1').boundingBox();
    expect(box!.y + box!.height).toBeLessThan(640);

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(working).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await working.click();
    await expect(page).toHaveURL('/ru/working');
    await expect(page.locator('main h1')).toHaveText(text('ru', 'sections.working.title'));
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(working).toBeHidden();
  });

  test('the menu works from the keyboard', async ({ page }) => {
    await page.goto('/en/faq');
    await appReady(page);
    const menu = page.getByRole('button', { name: text('en', 'nav.menu') });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: text('en', 'sections.legislation.title'), exact: true })).toBeFocused();
    await menu.focus();
    await page.keyboard.press('Space');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('a calculator\'s menu (the page script\'s, beside the calculators\' app) opens and closes the same way', async ({ page }) => {
    await page.goto('/az/calculators/days-of-stay');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'running');
    const menu = page.getByRole('button', { name: text('az', 'nav.menu') });
    const faq = page.getByRole('link', { name: text('az', 'sections.faq.title'), exact: true });
    await expect(faq).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(faq).toBeVisible();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(faq).toBeHidden();
  });

  test('without JavaScript every section is listed and there is no Menu button', async ({ browser }) => {
    const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto('/en/living/temporary-residence');
    const nav = page.getByRole('navigation', { name: text('en', 'nav.label') });
    await expect(nav.getByRole('button')).toBeHidden();
    await expect(nav.getByRole('link', { name: text('en', 'sections.tourism.title'), exact: true })).toBeVisible();
    await context.close();
  });
});

test('on a wide screen every section is shown and there is no Menu button', async ({ page }) => {
  await page.goto('/az');
  await appReady(page);
  const nav = page.getByRole('navigation', { name: text('az', 'nav.label') });
  await expect(nav.getByRole('button', { name: text('az', 'nav.menu') })).toBeHidden();
  await expect(nav.getByRole('link', { name: text('az', 'sections.faq.title'), exact: true })).toBeVisible();
});
