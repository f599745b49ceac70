import { deflateSync } from 'node:zlib';
import { expect, expectAccessibleLayout, fill, test, text } from './support';
import { address, begin, checkedNext, date, expectError, passport, PDF, person, send, upload } from './service-steps';
import { bakuDate } from './wizard-support';

/** A real PNG of `w` x `h` pixels (grey), so the browser can show it and read its size. */
function png(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((w + 1) * h, 0x80);
  for (let y = 0; y < h; y++) rows[y * (w + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('en: a temporary residence permit, with its fee, the ground\'s proof, a photo of the right shape and the deadline rules', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'en';
  const rp = (key: string) => text(lang, `eservice.residence_permit.${key}`);
  await begin(page, lang, 'temporary-residence-permit');
  await page.locator('#trp-kind-issue').check();
  await page.locator('#trp-ground-work_permit').check();
  await page.locator('#trp-months-m24').check();
  await page.locator('#trp-processing-twenty').check();
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  // A first permit is at most 1 year.
  await expectError(page, 'trp-months', text(lang, 'eservice.rules.trp_too_long'));
  await page.locator('#trp-months-m12').check();
  await checkedNext(page, lang);
  await person(page, lang, 'TR', ['15', '6', '1992']);
  await page.locator('#person-marital_status-married').check();
  await checkedNext(page, lang);
  // The passport must outlast the permit by 3 months.
  await passport(page, lang, 'U12345678', 'TR', bakuDate(365 + 30));
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'document-expires', text(lang, 'eservice.rules.trp_passport_validity'));
  await date(page, 'document-expires', ['10', '1', '2032']);
  await checkedNext(page, lang);
  // Less than 30 days before the stay ends: allowed, with a warning later.
  await date(page, 'stay-ends', bakuDate(10));
  await checkedNext(page, lang);
  await address(page);
  await checkedNext(page, lang);
  await page.locator('#contact-phone').fill('050 123 45 67');
  await checkedNext(page, lang);
  // The ground (a work permit) decides the proof asked for.
  await expect(page.locator('#upload-employment')).toBeVisible();
  await expect(page.locator('#upload-relationship')).toHaveCount(0);
  await upload(page, 'upload-passport', PDF('passport.pdf'));
  await upload(page, 'upload-employment', PDF('work-permit.pdf'));
  await upload(page, 'upload-health', PDF('health.pdf'));
  await page.locator('#upload-photo').setInputFiles({ name: 'square.png', mimeType: 'image/png', buffer: png(400, 400) });
  await expect(page.locator('#upload-photo-error')).toContainText(text(lang, 'eservice.rules.upload_photo_ratio'));
  await page.locator('#upload-photo').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
  await expect(page.locator('#upload-photo-error')).toContainText(text(lang, 'eservice.rules.upload_photo_type'));
  await upload(page, 'upload-photo', { name: 'photo.png', mimeType: 'image/png', buffer: png(350, 450) });
  await checkedNext(page, lang);
  await page.locator('#declaration').check();
  await checkedNext(page, lang);
  await expect(page.locator('.warning-text h2')).toHaveText(rp('late_heading'));
  await expect(page.locator('.fee')).toContainText(fill(rp('fee_value'), { azn: 120 }));
  await expectAccessibleLayout(page);
  await send(page, lang, 'temporary-residence-permit');
});

test('az: a permanent residence permit needs 2 years of temporary residence; its fee is said to be unknown', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'az';
  const prp = (key: string) => text(lang, `eservice.permanent_residence.${key}`);
  await begin(page, lang, 'permanent-residence-permit');
  await person(page, lang, 'TR', ['15', '6', '1992']);
  await checkedNext(page, lang);
  await passport(page, lang, 'U7654321', 'TR', ['10', '1', '2032']);
  await checkedNext(page, lang);
  await date(page, 'trp-since', bakuDate(-400));
  await date(page, 'trp-until', bakuDate(60));
  await page.locator('#trp-number').fill('TRP-123456');
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'trp-since', text(lang, 'eservice.rules.prp_two_years'));
  await expectAccessibleLayout(page);
  await date(page, 'trp-since', bakuDate(-800));
  await checkedNext(page, lang);
  await address(page);
  await checkedNext(page, lang);
  await page.locator('#means-source-employment').check();
  await upload(page, 'upload-means', PDF('bank.pdf'));
  await checkedNext(page, lang);
  await page.locator('#contact-phone').fill('+994 50 123 45 67');
  await checkedNext(page, lang);
  await upload(page, 'upload-passport', PDF('passport.pdf'));
  await upload(page, 'upload-photo', { name: 'photo.png', mimeType: 'image/png', buffer: png(413, 531) });
  await checkedNext(page, lang);
  await page.locator('#declaration').check();
  await checkedNext(page, lang);
  // 60 days before the temporary permit ends is less than the 3 months the rule asks.
  await expect(page.locator('.warning-text h2')).toHaveText(prp('late_heading'));
  await expect(page.locator('.fee')).toContainText(prp('fee_unknown'));
  await expectAccessibleLayout(page);
  await send(page, lang, 'permanent-residence-permit');
});

test('ru: a work permit applied for by the employer, with the fee and the liberated-territories rule', async ({ page }) => {
  test.setTimeout(180_000);
  const lang = 'ru';
  const wp = (key: string) => text(lang, `eservice.work_permit.${key}`);
  await begin(page, lang, 'work-permit');
  await page.locator('#employer-name').fill('Xəzər Tikinti MMC');
  await page.locator('#employer-voen').fill('123');
  await page.locator('#employer-contact_name').fill('Aygün Məmmədova');
  await page.locator('#employer-phone').fill('012 345 67 89');
  await page.locator('#employer-email').fill('hr@example.az');
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'employer-voen', text(lang, 'eservice.rules.voen_format'));
  await page.locator('#employer-voen').fill('1234567891');
  await checkedNext(page, lang);
  // The worker must be 18.
  const [, , y] = bakuDate(0);
  await person(page, lang, 'IN', ['1', '1', String(Number(y) - 17)]);
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'person-date_of_birth', text(lang, 'eservice.rules.work_under_18'));
  await date(page, 'person-date_of_birth', ['2', '3', '1988']);
  await checkedNext(page, lang);
  await passport(page, lang, 'Z1234567', 'IN', ['9', '1', '2031']);
  await checkedNext(page, lang);
  await page.locator('#job-position').fill('Инженер-строитель');
  await page.locator('#job-qualification').fill('MSc, structural engineering');
  await upload(page, 'upload-qualification', PDF('diploma.pdf'));
  await date(page, 'job-contract_start', bakuDate(30));
  await date(page, 'job-contract_end', bakuDate(20));
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'job-contract_end', text(lang, 'eservice.rules.work_contract_end_before_start'));
  await date(page, 'job-contract_end', bakuDate(395));
  await checkedNext(page, lang);
  await page.locator('#permit-liberated-no').check();
  await page.locator('#permit-months-m24').check();
  await page.locator('#permit-processing-ten').check();
  await page.getByRole('button', { name: text(lang, 'wizard.continue_button') }).click();
  await expectError(page, 'permit-months', text(lang, 'eservice.rules.work_liberated_only'));
  await page.locator('#permit-months-m12').check();
  await expect(page.locator('.fee')).toContainText(fill(wp('fee_value'), { azn: 1400 }));
  await expect(page.locator('.fee')).toContainText(fill(wp('fee_days'), { days: 10 }));
  // In the liberated territories: 5 working days fewer, and 2 years are possible.
  await page.locator('#permit-liberated-yes').check();
  await page.locator('#permit-months-m24').check();
  await expect(page.locator('.fee')).toContainText(fill(wp('fee_value'), { azn: 1800 }));
  await expect(page.locator('.fee')).toContainText(fill(wp('fee_days'), { days: 5 }));
  await checkedNext(page, lang);
  await upload(page, 'upload-passport', PDF('passport.pdf'));
  await checkedNext(page, lang);
  await page.locator('#declaration').check();
  await checkedNext(page, lang);
  await expect(page.locator('.fee')).toContainText(fill(wp('fee_value'), { azn: 1800 }));
  await send(page, lang, 'work-permit');
});
