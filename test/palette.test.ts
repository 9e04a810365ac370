import { describe, expect, it } from 'vitest';
import { palettes, seriesColours } from '@/lib/palette';

/** WCAG 2 relative luminance and contrast ratio, written out here rather than taken from the code under test. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('colours', () => {
  it('every series and country colour stands 3:1 against the page in both themes (WCAG 1.4.11, graphics)', () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = palettes[theme].page;
      for (const [series, colour] of Object.entries(seriesColours)) expect(contrast(colour, page), `${series} ${colour} on ${theme}`).toBeGreaterThanOrEqual(3);
      for (const role of ['nk', 'ru', 'accent', 'context'] as const) expect(contrast(palettes[theme][role], page), `${role} on ${theme}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('in the dark theme other parties’ marks are a dimmer grey than the article’s accent, so the article’s figures lead', () => {
    expect(luminance(palettes.dark.context)).toBeLessThan(luminance(palettes.dark.accent));
    expect(luminance(palettes.dark.context)).toBeLessThan(luminance(palettes.dark.muted));
  });

  it('a tinted mark stands off the dark page at least as clearly as off the light one, so it never passes for a hollow mark', () => {
    const blend = (colour: string, page: string, opacity: number) =>
      '#' + [1, 3, 5].map((i) => Math.round(opacity * parseInt(colour.slice(i, i + 2), 16) + (1 - opacity) * parseInt(page.slice(i, i + 2), 16)).toString(16).padStart(2, '0')).join('');
    const standOff = (theme: 'light' | 'dark', colour: string) => contrast(blend(colour, palettes[theme].page, Number(palettes[theme].tint)), palettes[theme].page);
    for (const [series, colour] of Object.entries(seriesColours)) expect(standOff('dark', colour), series).toBeGreaterThanOrEqual(standOff('light', colour));
  });
});
