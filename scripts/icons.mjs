// Draws the portal's app icons (public/icons/*.png, for the web app manifests) from its mark,
// the same shapes as public/favicon.svg, with Debian's Chromium. The PNGs are kept in the
// repository; run this again only when the mark changes: `node scripts/icons.mjs`.
// "any": the favicon's rounded square. "maskable": the brand colour to the edges and the mark
// inside the safe zone (a circle of 40 % of the size), so any mask shape keeps it whole.
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../public/icons/', import.meta.url));
const mark = (scale) => `<g transform="translate(20 20) scale(${scale}) translate(-20 -20)">
  <g fill="#fff"><rect x="9" y="9" width="22" height="22" rx="2"/>
  <rect x="9" y="9" width="22" height="22" rx="2" transform="rotate(45 20 20)"/></g>
  <circle cx="20" cy="20" r="6" fill="#00365f"/></g>`;
const icons = {
  any: `<rect width="40" height="40" rx="6" fill="#00365f"/>${mark(1)}`,
  maskable: `<rect width="40" height="40" fill="#00365f"/>${mark(0.72)}`,
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
for (const [purpose, shapes] of Object.entries(icons)) {
  for (const size of [192, 512]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="${size}" height="${size}" style="display:block">${shapes}</svg>`);
    await page.screenshot({ path: `${out}${purpose}-${size}.png`, omitBackground: true });
  }
}
await browser.close();
