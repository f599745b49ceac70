import { Page } from '@playwright/test';
import { appReady, axeViolations, expect, fill, LANGS, row, test, text } from './support';

const PATH = '/calculators/state-fees';
const result = (page: Page) => page.locator('[aria-live="polite"]');

for (const lang of LANGS) {
  test(`${lang}: a shared link reopens a residence permit fee`, async ({ page }) => {
    // Temporary residence permit, adult, 15 working days, 2 years: 320 AZN (Law "On State Duty").
    await page.goto(`/${lang}${PATH}?service=trp&who=adult&speed=15&months=24`);
    await appReady(page);
    await expect(page.locator('#service-trp')).toBeChecked();
    await expect(page.locator('#months-24')).toBeChecked();
    await expect(row(page, text(lang, 'fee_calc.fee_label'))).toHaveText(fill(text(lang, 'fee_calc.amount'), { azn: 320 }));
    await expect(page.locator('.basis')).toContainText(text(lang, 'basis.state_duty_law'));
    await expect(page.locator('.indicative')).toHaveText(text(lang, 'calc_common.indicative'));
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${lang}: the permanent residence permit fee is reported as unknown`, async ({ page }) => {
    await page.goto(`/${lang}${PATH}?service=prp`);
    await appReady(page);
    await expect(result(page)).toContainText(text(lang, 'fee_calc.prp_unknown'));
    await expect(result(page)).toContainText(fill(text(lang, 'fee_calc.prp_before_2019'), { adult: 300, minor: 150 }));
    await expect(page.locator('.result .summary')).toHaveCount(0);
  });
}

test('an extension fee chosen by keyboard; changing the service starts again', async ({ page }) => {
  await page.goto(`/en${PATH}`);
  await appReady(page);
  await expect(result(page)).toHaveText(text('en', 'calc_common.result_waiting'));
  await page.locator('#service-extension').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // adult
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // up to 60 days
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // 1 working day
  await expect(page.locator('#who-adult')).toBeChecked();
  await expect(page.locator('#length-60')).toBeChecked();
  await expect(row(page, text('en', 'fee_calc.fee_label'))).toHaveText('100 AZN');
  await expect(page).toHaveURL(/service=extension&who=adult&length=60&speed=1/);
  await page.reload();
  await appReady(page);
  await expect(row(page, text('en', 'fee_calc.fee_label'))).toHaveText('100 AZN');
  // A child, 3 working days, up to 60 days: 30 AZN.
  await page.locator('#who-minor').check();
  await page.locator('#speed-3').check();
  await expect(row(page, text('en', 'fee_calc.fee_label'))).toHaveText('30 AZN');
  await page.locator('#service-registration').check();
  await expect(row(page, text('en', 'fee_calc.fee_label'))).toHaveText(text('en', 'fee_calc.free'));
  await expect(page).toHaveURL(/\?service=registration$/);
  await page.locator('#service-extension').check();
  await expect(page.locator('#who-minor')).not.toBeChecked();
  await expect(result(page)).toHaveText(text('en', 'calc_common.result_waiting'));
});

test('a length that does not exist gets a message at the question', async ({ page }) => {
  await page.goto(`/en${PATH}?service=trp&who=student&speed=20&months=6`);
  await appReady(page);
  await expect(page.locator('#months-error')).toContainText(text('en', 'fee_calc.err_student_length'));
  await expect(page.locator('.result .summary')).toHaveCount(0);
  await page.locator('#months-12').check();
  await expect(page.locator('#months-error')).toHaveCount(0);
  await expect(row(page, text('en', 'fee_calc.fee_label'))).toHaveText('40 AZN');
  await expect(result(page)).toContainText(text('en', 'fee_calc.secondary'));
});

test('work permits: longer permits and faster decisions in the liberated territories', async ({ page }) => {
  await page.goto(`/ru${PATH}?service=work&area=other&speed=10&months=18`);
  await appReady(page);
  await expect(page.locator('#months-error')).toContainText(text('ru', 'fee_calc.err_work_length'));
  await expect(page.locator('label[for="speed-10"]')).toHaveText(fill(text('ru', 'fee_calc.in_working_days'), { n: 10 }));
  await page.locator('#area-liberated').check();
  await expect(page.locator('label[for="speed-10"]')).toHaveText(fill(text('ru', 'fee_calc.in_working_days'), { n: 5 }));
  await expect(row(page, text('ru', 'fee_calc.fee_label'))).toHaveText(fill(text('ru', 'fee_calc.amount'), { azn: 1600 }));
  await expect(result(page)).toContainText(text('ru', 'fee_calc.employer_pays'));
});

test('an uncertain figure says so', async ({ page }) => {
  await page.goto(`/az${PATH}?service=trp&who=minor&speed=20&months=12`);
  await appReady(page);
  await expect(row(page, text('az', 'fee_calc.fee_label'))).toHaveText(fill(text('az', 'fee_calc.amount'), { azn: 60 }));
  await expect(result(page)).toContainText(text('az', 'fee_calc.uncertain'));
});

test('printing shows the heading and the result, not the questions or the buttons', async ({ page }) => {
  await page.goto(`/en${PATH}?service=extension&who=adult&length=30&speed=3`);
  await appReady(page);
  await expect(row(page, text('en', 'fee_calc.fee_label'))).toHaveText('30 AZN');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.result')).toBeVisible();
  await expect(page.locator('form.calculator')).toBeHidden();
  await expect(page.locator('.result-actions')).toBeHidden();
  await expect(page.locator('.primary-nav')).toBeHidden();
});
