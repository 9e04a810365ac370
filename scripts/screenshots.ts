/**
 * The README's pictures, taken from the production build as a reader sees it: the dashboard, and
 * the arms-for-technology exchange at a laptop's and a phone's width in both themes, and its wide
 * picture as the Download menu gives it.
 * `npm run build`, then `npm run screenshots`; writes docs/*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { root, withServerAndBrowser } from '../bench/server';

const shots = [
  { file: 'dashboard.png', url: '/', width: 1280, height: 900, theme: 'light' as const, frame: undefined },
  ...(['light', 'dark'] as const).flatMap((theme) =>
    [1280, 390].map((width) => ({ file: `flows-${width}-${theme}.png`, url: '/charts/flows', width, height: 900, theme, frame: 'flows' })),
  ),
];

async function main() {
  await withServerAndBrowser(3400, async (browser, origin) => {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.theme, deviceScaleFactor: 1 });
      await page.goto(`${origin}${shot.url}`, { waitUntil: 'networkidle' });
      const file = path.join(root, 'docs', shot.file);
      if (shot.frame) await page.locator(`[data-frame="${shot.frame}"]`).first().screenshot({ path: file });
      else await page.screenshot({ path: file });
      console.log(`docs/${shot.file}`);
      await page.close();
    }
    const picture = await fetch(`${origin}/charts/flows/image.png`);
    fs.writeFileSync(path.join(root, 'docs', 'flows-wide-picture.png'), Buffer.from(await picture.arrayBuffer()));
    console.log('docs/flows-wide-picture.png');
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
