import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark', deviceScaleFactor: 1.5 });
await p.goto('http://localhost:3000/charts/casualties', { waitUntil: 'networkidle' });
await p.locator('[data-frame="casualties"] .chart-layout-wide').screenshot({ path: '/tmp/cas-dark.png' });
await b.close();
