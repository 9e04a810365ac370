import { chromium } from 'playwright';
const [url, out, w = '1280', scheme = 'light', sel] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: 900 }, colorScheme: scheme });
await p.goto(url);
if (sel) await p.locator(sel).first().screenshot({ path: out }); else await p.screenshot({ path: out, fullPage: true });
await b.close();
