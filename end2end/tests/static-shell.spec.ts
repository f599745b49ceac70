import { expect, newContext, test, text } from './support';

test('without JavaScript a page the build does not render shows the header, the call centre and official links', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  // A prerendered page's notice is in its own language (prerendered.spec.ts); the one page
  // left to its app, the search results, has the shell's, in all three.
  await page.goto('/en/search?q=visa');
  await expect(page.locator('header .brand-name')).toBeVisible();
  const noscript = page.locator('.noscript');
  await expect(noscript).toBeVisible();
  await expect(noscript).toContainText('919');
  await expect(noscript.locator('p[lang="ru"]')).toContainText('919');
  await expect(noscript.getByRole('link', { name: 'migration.gov.az' }).first()).toHaveAttribute('href', 'https://www.migration.gov.az');
  // Nothing is loading without scripts, so the loading line is not shown.
  await expect(page.locator('.loading')).toBeHidden();
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

test('a page the build does not render shows a trilingual loading line until the app starts', async ({ request }) => {
  const res = await request.get('/az/search?q=viza');
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('Yüklənir');
  expect(html).toContain('Loading');
  expect(html).toContain('Загрузка');
  expect(res.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
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
