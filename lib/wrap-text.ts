import { textWidth } from './text-width';

/** How wide a run of text is at a size and weight. */
type Measure = (text: string, size: number, weight: number) => number;

/**
 * For text a browser lays out, whose fonts we do not control (the embed's height): Inter's average
 * advance is about 0.55 em (bold a little more), so 0.58 and 0.62 err long. Pictures are measured
 * exactly instead, in the font resvg draws them with (lib/text-width).
 */
export const cautiousWidth: Measure = (text, size, weight) => text.length * size * (weight >= 700 ? 0.62 : 0.58);

/** Cuts a word too long for a line (a URL) after its own / ? & separators, or anywhere if it must. */
function splitLong(word: string, maxWidth: number, size: number, weight: number, measure: Measure): string[] {
  const parts: string[] = [];
  let rest = word;
  while (rest.length > 1 && measure(rest, size, weight) > maxWidth) {
    let fit = 1;
    while (measure(rest.slice(0, fit + 1), size, weight) <= maxWidth) fit++;
    const cut = Math.max(...['/', '?', '&'].map((c) => rest.lastIndexOf(c, fit - 1) + 1));
    const at = cut > fit / 2 ? cut : fit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return [...parts, rest];
}

/** A paragraph's lines within `maxWidth`, as the pictures, the flow diagram's notes and the embed's height break it. */
export function wrapText(text: string, maxWidth: number, size: number, weight: number, measure: Measure = textWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean).flatMap((w) => splitLong(w, maxWidth, size, weight, measure))) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
