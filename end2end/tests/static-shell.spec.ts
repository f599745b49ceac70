import { expect, newContext, test, text } from './support';

test('without JavaScript the search page shows its form and says, in its language, that searching needs it', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of ['en', 'ru'] as const) {
    await page.goto(`/${lang}/search?q=visa`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main h1')).toHaveText(text(lang, 'search.title'));
    await expect(page.getByRole('searchbox', { name: text(lang, 'search.label') }).last()).toBeVisible();
    const noscript = page.locator('.noscript');
    await expect(noscript).toContainText(text(lang, 'noscript.search'));
    await expect(noscript.getByRole('link', { name: 'migration.gov.az' })).toHaveAttribute('href', 'https://www.migration.gov.az');
    // Nothing is loading without scripts, so no loading line.
    await expect(page.locator('.loading')).toHaveCount(0);
  }
  await context.close();
});

test('without JavaScript an address without a language leads to the home page in each language', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const english = page.locator('.noscript').getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('lang', 'en');
  await english.click();
  await expect(page).toHaveURL('/en');
  await expect(page.locator('main h1')).toHaveText(text('en', 'home.title'));
  await context.close();
});

test('an address without a language shows a trilingual loading line until the page script sends the visitor on', async ({ request }) => {
  const res = await request.get('/');
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('Yüklənir');
  expect(html).toContain('Loading');
  expect(html).toContain('Загрузка');
});

test('a page with an app may run its wasm, and no inline script but its own', async ({ request }) => {
  const res = await request.get('/az/search?q=viza');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  expect(res.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[0-9a-f]+'/);
  expect(res.headers()['content-security-policy']).not.toContain('unsafe-inline');
});

// The pages whose content depends on the day or on the visitor's answers are written as their
// frame, with the page's own title and language.
for (const [path, title] of [
  ['/e-services/appointments', 'appointments.title'],
  ['/e-services/registration/check-answers', 'wizard.check_title'],
  ['/e-services/work-permit/save', 'wizard.save_title'],
] as const) {
  test(`${path} is written as its frame: without JavaScript it says, in its language, that it needs it`, async ({ browser }) => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const lang of ['az', 'ru'] as const) {
      const res = await page.goto(`/${lang}${path}`);
      expect(res!.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(new RegExp(`^${text(lang, title)} `));
      await expect(page.locator('header .brand-name')).toBeVisible();
      await expect(page.locator('footer')).toBeVisible();
      const noscript = page.locator('.noscript');
      await expect(noscript).toContainText(text(lang, 'noscript.needs_script'));
      await expect(noscript.getByRole('link', { name: 'e-gov.az' })).toHaveAttribute('href', 'https://www.e-gov.az');
      // The notice is on the first screen: no room is kept for a page that cannot come.
      await expect(noscript).toBeInViewport();
      // Nothing is loading without scripts, and the page has no form it cannot work.
      await expect(page.locator('.loading')).toBeHidden();
      await expect(page.locator('main form')).toHaveCount(0);
    }
    await context.close();
  });
}
