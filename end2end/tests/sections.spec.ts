import { appReady, expect, LANGS, ROUTES, SECTIONS, test, text } from './support';

for (const lang of LANGS) {
  for (const route of ROUTES) {
    test(`${lang}${route.path || '/'} has its heading, title and lang`, async ({ page }) => {
      await page.goto(`/${lang}${route.path}`);
      await appReady(page);
      const heading = text(lang, route.heading);
      await expect(page.locator('main h1')).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const brand = text(lang, 'brand.name');
      await expect(page).toHaveTitle(route.path === '' ? brand : `${heading} – ${brand}`);
      // Every page has a real introduction under the heading (the search page opens with its
      // form, whose label and hint say what it does).
      if (route.path === '/search') {
        await expect(page.locator('main h1 + form[role="search"]')).toBeVisible();
        return;
      }
      const intro = page.locator('main h1 + p');
      await expect(intro).not.toBeEmpty();
      expect((await intro.innerText()).length).toBeGreaterThan(60);
    });
  }

  test(`${lang}: the home page leads with the tasks people come for, one link each`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 2, name: text(lang, 'home.tasks_heading') })).toBeVisible();
    const tasks = page.locator('main .task-list a');
    const expected = [
      '/e-services/registration/start',
      '/calculators/registration-deadline',
      '/e-services/extension-of-stay/start',
      '/e-services/temporary-residence-permit/start',
      '/e-services/track-applications',
      '/e-services/appointments',
    ];
    await expect(tasks).toHaveCount(expected.length);
    for (const [i, path] of expected.entries()) {
      const route = ROUTES.find((r) => r.path === path)!;
      await expect(tasks.nth(i)).toHaveAttribute('href', `/${lang}${path}`);
      await expect(tasks.nth(i)).toHaveText(text(lang, route.heading));
    }
    await tasks.nth(1).click();
    await expect(page.locator('main h1')).toHaveText(text(lang, 'registration_calc.title'));
  });

  test(`${lang}: the home link's name starts with the words it shows (WCAG 2.5.3)`, async ({ page }) => {
    await page.goto(`/${lang}/calculators`);
    await appReady(page);
    const link = page.locator('header a.brand');
    const shown = `${text(lang, 'brand.name')} ${text(lang, 'brand.owner')}`;
    // What a speech-input user says is what they see; the name then says where the link leads.
    await expect(link).toHaveAccessibleName(new RegExp(`^${escapeRegExp(shown)}\\W+${escapeRegExp(text(lang, 'brand.home_page'))}$`));
    await expect(link).toHaveAttribute('href', `/${lang}`);
  });

  test(`${lang}: navigation reaches every section and the footer carries the essentials`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await appReady(page);
    const nav = page.getByRole('navigation', { name: text(lang, 'nav.label') });
    for (const [slug, key] of SECTIONS) {
      await expect(nav.getByRole('link', { name: text(lang, `sections.${key}.title`), exact: true }))
        .toHaveAttribute('href', `/${lang}/${slug}`);
    }
    const footer = page.locator('footer');
    await expect(footer.getByRole('link', { name: text(lang, 'footer.call_centre') })).toHaveAttribute('href', 'tel:919');
    await expect(footer).toContainText(text(lang, 'footer.indicative'));
    await footer.getByRole('link', { name: text(lang, 'footer.accessibility') }).click();
    await expect(page).toHaveURL(`/${lang}/useful-information/accessibility`);
    await expect(page.locator('main h1')).toHaveText(text(lang, 'accessibility.title'));
  });

  test(`${lang}: a section link marks the current section and breadcrumbs lead home`, async ({ page }) => {
    await page.goto(`/${lang}/useful-information/privacy`);
    await appReady(page);
    const nav = page.getByRole('navigation', { name: text(lang, 'nav.label') });
    await expect(nav.locator('[aria-current="page"]')).toHaveText(text(lang, 'sections.useful_information.title'));
    const crumbs = page.getByRole('navigation', { name: text(lang, 'breadcrumbs.label') });
    await expect(crumbs.getByRole('link')).toHaveText([text(lang, 'nav.home'), text(lang, 'sections.useful_information.title')]);
    await crumbs.getByRole('link', { name: text(lang, 'nav.home') }).click();
    await expect(page).toHaveURL(`/${lang}`);
    await expect(page.locator('main h1')).toHaveText(text(lang, 'home.title'));
  });
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
