import { Browser, Page } from '@playwright/test';
import { allowBrowserErrors, appReady, expect, newContext, test, text } from './support';

/** Runs `steps` in a fresh browser whose preferred language is `locale`. */
async function withBrowserLanguage(browser: Browser, locale: string, steps: (page: Page) => Promise<void>) {
  const context = await newContext(browser, { locale });
  try {
    await steps(await context.newPage());
  } finally {
    await context.close();
  }
}

test.describe('the address without a language', () => {
  test('goes to the browser language when it is one of ours', async ({ browser }) => {
    await withBrowserLanguage(browser, 'ru-RU', async (page) => {
      await page.goto('/');
      await expect(page).toHaveURL('/ru');
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    });
  });

  test('goes to Azerbaijani when no browser language is ours', async ({ browser }) => {
    await withBrowserLanguage(browser, 'de-DE', async (page) => {
      await page.goto('/');
      await expect(page).toHaveURL('/az');
      await appReady(page);
      await expect(page.locator('main h1')).toHaveText(text('az', 'home.title'));
    });
  });

  test('prefers the language the visitor chose over the browser language', async ({ browser }) => {
    await withBrowserLanguage(browser, 'ru-RU', async (page) => {
      await page.goto('/ru/tourism');
      await appReady(page);
      await page.getByRole('navigation', { name: text('ru', 'lang_switch.label') })
        .getByRole('link', { name: 'English', exact: true }).click();
      await expect(page).toHaveURL('/en/tourism');
      await page.goto('/');
      await expect(page).toHaveURL('/en');
    });
  });

  test('keeps the rest of the address', async ({ browser }) => {
    await withBrowserLanguage(browser, 'en-US', async (page) => {
      await page.goto('/working');
      await expect(page).toHaveURL('/en/working');
      await appReady(page);
      await expect(page.locator('main h1')).toHaveText(text('en', 'sections.working.title'));
    });
  });

  test('does not trap the Back button', async ({ page }) => {
    await page.goto('/en/faq');
    await appReady(page);
    await page.goto('/');
    await expect(page).toHaveURL('/en');
    await page.goBack();
    await expect(page).toHaveURL('/en/faq');
  });
});

test.describe('the language switcher', () => {
  test('names each language in itself and keeps the page, query and fragment', async ({ page }) => {
    await page.goto('/ru/living?from=test#top');
    await appReady(page);
    const switcher = page.getByRole('navigation', { name: text('ru', 'lang_switch.label') });
    await expect(switcher.getByRole('link', { name: 'Azərbaycanca' })).toHaveAttribute('lang', 'az');
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/living?from=test#top');
    await expect(switcher.locator('[aria-current="true"]')).toHaveText('Русский');
    await expect(switcher.locator('[aria-current="true"]')).toHaveAttribute('lang', 'ru');

    await switcher.getByRole('link', { name: 'Azərbaycanca' }).click();
    await expect(page).toHaveURL('/az/living?from=test#top');
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    await expect(page.locator('main h1')).toHaveText(text('az', 'sections.living.title'));
    await expect(page).toHaveTitle(`${text('az', 'sections.living.title')} – ${text('az', 'brand.name')}`);
    // The navigation follows the language too.
    await expect(page.getByRole('link', { name: text('az', 'sections.working.title'), exact: true })).toHaveAttribute('href', '/az/working');

    await page.goBack();
    await expect(page).toHaveURL('/ru/living?from=test#top');
    await expect(page.locator('main h1')).toHaveText(text('ru', 'sections.living.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

test.describe('deep links and unknown addresses', () => {
  test('a deep link survives reload', async ({ page }) => {
    await page.goto('/ru/useful-information/accessibility');
    await appReady(page);
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(text('ru', 'accessibility.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  for (const [path, lang] of [['/ru/no-such-page', 'ru'], ['/en/living/no/such/page', 'en'], ['/az/useful-information/nothing', 'az']] as const) {
    test(`${path} gets the 404 page in its language`, async ({ page }) => {
      // The page itself comes with status 404 (the build lists every address the portal has).
      allowBrowserErrors(page, new RegExp(`Failed to load resource: .*status of 404 .*\\(http://[^/]+${path}\\)$`));
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await appReady(page);
      await expect(page.locator('main h1')).toHaveText(text(lang, 'not_found.title'));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(`${text(lang, 'not_found.title')} – ${text(lang, 'brand.name')}`);
      await expect(page.getByRole('link', { name: text(lang, 'not_found.home_link') })).toHaveAttribute('href', `/${lang}`);
      // A reading page: no app, so nothing asks for an article that is not there.
      await expect(page.locator('html')).toHaveAttribute('data-app', 'none');
    });
  }

  test('an unknown address without a language gets the 404 page in the visitor language', async ({ browser }) => {
    await withBrowserLanguage(browser, 'ru-RU', async (page) => {
      await page.goto('/nonsense/page');
      await expect(page).toHaveURL('/ru/nonsense/page');
      await expect(page.locator('main h1')).toHaveText(text('ru', 'not_found.title'));
    });
  });
});
