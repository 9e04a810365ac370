import { chromium } from '@playwright/test';
const [,, url, w, out, sel, scale = '2'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: 900 }, deviceScaleFactor: +scale });
await p.goto('http://localhost:3000' + url, { waitUntil: 'networkidle' });
await p.locator(sel).nth(+(process.argv[7] ?? 0)).screenshot({ path: out });
await b.close();
