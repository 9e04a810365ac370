// Makes the dashboard's self-hosted Inter: one subset per weight, as TTF (for resvg, which
// cannot read WOFF2) and WOFF2 (for the browser). Both come from the same glyphs, so the
// server-rendered PNG and the page use the same letterforms. Run after changing the glyph list.
import { readFile, writeFile } from 'node:fs/promises';
import subsetFont from 'subset-font';

const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const glyphs = ascii + '–—‘’“”…×≈→←↔·•−≥≤±€£é⌘';
const weights = { 400: '400Regular', 700: '700Bold' };

for (const [weight, name] of Object.entries(weights)) {
  const source = await readFile(`node_modules/@expo-google-fonts/inter/${name}/Inter_${name}.ttf`);
  for (const format of ['truetype', 'woff2']) {
    const out = await subsetFont(source, glyphs, { targetFormat: format });
    const file = `public/fonts/inter-${weight}.${format === 'truetype' ? 'ttf' : 'woff2'}`;
    await writeFile(file, out);
    console.log(file, out.length, 'bytes');
  }
}
