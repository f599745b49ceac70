import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The server is started by scripts/test.sh.
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

const NGINX_SMOKE = /nginx-smoke\.spec\.ts/;

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // On CI a stray `test.only` fails the run instead of quietly running one test.
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    // A failed test leaves its trace in test-results/ (open with `npx playwright show-trace`).
    trace: 'retain-on-failure',
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080',
    locale: 'en-GB',
    // The service worker (docs/offline.md) is tried by offline.spec.ts; elsewhere every request
    // goes to the server as the test routes it, and no test leaves a worker to the next.
    serviceWorkers: 'block',
    ...chromium,
  },
  // E2E_SERVER=nginx (scripts/test.sh, with BASE_URL at nginx): only the smoke test of the
  // nginx recipe in deploy/nginx; otherwise everything else, against the Rust server.
  projects:
    process.env.E2E_SERVER === 'nginx'
      ? [{ name: 'nginx', use: { viewport: { width: 1280, height: 800 } }, testMatch: NGINX_SMOKE }]
      : [
          { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, testIgnore: NGINX_SMOKE },
          // 320 CSS px is also what 400 % zoom of a 1280 px window gives (WCAG 1.4.10).
          { name: 'narrow-320', use: { viewport: { width: 320, height: 640 } }, testMatch: /layout\.spec\.ts/ },
        ],
});
