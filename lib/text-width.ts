import path from 'node:path';
import opentype from 'opentype.js';

/** Inter in TTF, the subset of the page's WOFF2 files: resvg and opentype.js read it, neither reads WOFF2. */
export const interTtf = (weight: 400 | 700) => path.join(process.cwd(), 'public', 'fonts', `inter-${weight}.ttf`);

const fonts = new Map<number, opentype.Font>();
const font = (weight: number) => {
  const w = weight >= 600 ? 700 : 400;
  if (!fonts.has(w)) fonts.set(w, opentype.loadSync(interTtf(w)));
  return fonts.get(w)!;
};

/**
 * How wide a run of text is in Inter, from the font's own advance widths (the subset in
 * public/fonts the pictures are drawn with): where the drawings place labels, where a picture's
 * frame wraps its words, and where the tests check them. Server only: no page lays out text in the browser.
 */
export const textWidth = (text: string, size: number, weight = 400) => font(weight).getAdvanceWidth(text, size);
