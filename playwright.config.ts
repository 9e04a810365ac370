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

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  // Tests run against the production build, served by stock `next start`; scripts/test.sh builds it first.
  // E2E_SERVER=standalone serves a `NEXT_OUTPUT=standalone` build with Next's own server.js instead.
  webServer: {
    command:
      process.env.E2E_SERVER === 'standalone'
        ? `cp -r public .next/standalone/ && cp -r .next/static .next/standalone/.next/ && HOSTNAME=127.0.0.1 PORT=${port} node .next/standalone/server.js`
        : `npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
