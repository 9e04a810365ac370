import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT ?? 3100);

/** Debian's Chromium: Playwright cannot download its own browsers on these machines. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  // Tests run against the production build, served by stock `next start`; scripts/test.sh builds it first.
  // Bound as `localhost`, not 127.0.0.1: Next calls loopback "localhost" inside its proxy, so with
  // -H 127.0.0.1 it takes the proxy's rewrites for another site's and every chart page redirects to
  // itself (vercel/next.js#94745).
  webServer: {
    command: `npx next start -H localhost -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
