import { describe, expect, it } from 'vitest';
import { escapeXml } from '@/lib/escape-xml';
import { composeFrameSvg } from '@/lib/export/frame-svg';
import { frameParts } from '@/lib/export/frame-parts';
import { defaultState } from '@/lib/chart-state';
import { siteUrl } from '@/lib/site';
import { wrapText } from '@/lib/wrap-text';
import { composePreviewSvg } from '@/lib/export/preview-svg';
import { palettes } from '@/lib/palette';
import { textWidth } from '@/lib/text-width';

describe('export frame', () => {
  it('prints the link of the view a picture draws: a light picture’s as the system view’s, whether made as light or system, the PNG and the SVG alike', () => {
    const link = (theme: 'system' | 'light' | 'dark') => frameParts('trade', { ...defaultState('trade'), scale: 'log', tab: 'table', theme }, 'light', []).link.split(' · ')[0];
    expect(link('light')).toBe(siteUrl('/charts/trade?scale=log'));
    expect(link('system')).toBe(siteUrl('/charts/trade?scale=log'));
    expect(link('dark')).toBe(siteUrl('/charts/trade?scale=log&theme=dark'));
  });

  it('wraps words to the width and breaks a long link at its separators', () => {
    const lines = wrapText('Source: http://localhost:3000/charts/trade?scale=log&context=off&theme=dark', 200, 11, 400);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Source:http://localhost:3000/charts/trade?scale=log&context=off&theme=dark');
    for (const line of lines) expect(textWidth(line, 11), line).toBeLessThanOrEqual(200);
  });

  it('escapes text and carries title, notes, drawings and link', () => {
    const { svg, width, height } = composeFrameSvg({
      title: 'Trade <&> "growth"',
      takeaway: 'Up a lot.',
      sourceLine: 'Source: somewhere',
      link: 'http://x/charts/trade',
      notes: ['A note'],
      drawings: [{ markup: '<svg width="300" height="100"><rect class="data-mark"/></svg>', width: 300, height: 100 }],
      palette: palettes.light,
    });
    expect(width).toBe(348);
    expect(height).toBeGreaterThan(100 + 48);
    expect(svg).toContain(escapeXml('Trade <&> "growth"'));
    expect(svg).not.toContain('Trade <&>');
    for (const text of ['>•</text>', '>A note</text>', 'Source: somewhere', 'http://x/charts/trade', 'class="data-mark"']) expect(svg).toContain(text);
  });

  it('hangs a note’s bullet in the margin: every line of the note starts after it', () => {
    const long = 'A note long enough to wrap onto a second line and a third, in a picture as narrow as this one';
    const { svg } = twoPanels([long], 80, false);
    const lines = [...svg.matchAll(/class="frame-note" x="([\d.]+)" y="[\d.]+"[^>]*>([^<]*)</g)].map((m) => ({ x: Number(m[1]), text: m[2] }));
    expect(lines[0]).toEqual({ x: 24, text: '•' });
    const words = lines.slice(1);
    expect(words.length).toBeGreaterThan(1);
    expect(words.map((l) => l.text).join(' ')).toBe(long);
    for (const l of words) expect(l.x).toBe(words[0].x);
    expect(words[0].x).toBeGreaterThan(24);
  });

  /** A picture of two panels, 300×100 and 200 wide: the chart's main drawing and the rest. */
  const twoPanels = (notes: string[], restHeight: number, sideBySide: boolean) =>
    composeFrameSvg(
      {
        title: 'T',
        takeaway: 'W',
        sourceLine: 'S',
        link: 'L',
        notes,
        drawings: [
          { markup: '<svg id="a"/>', width: 300, height: 100 },
          { markup: '<svg id="b"/>', width: 200, height: restHeight },
        ],
        palette: palettes.light,
      },
      { sideBySide },
    );

  it('puts two drawings side by side in a wide picture, one above the other in a tall one', () => {
    const two = (sideBySide: boolean) => twoPanels([], 80, sideBySide);
    const wide = two(true);
    const tall = two(false);
    expect(wide.width).toBe(300 + 20 + 200 + 48);
    expect(tall.width).toBe(348);
    expect(tall.height - wide.height).toBe(80 + 10);
    expect(wide.svg).toMatch(/<g transform="translate\(344,(\d+)\)"><svg id="b"\/>/);
    expect(wide.svg.match(/translate\(24,(\d+)\)"><svg id="a"/)?.[1]).toBe(wide.svg.match(/translate\(344,(\d+)\)"><svg id="b"/)?.[1]);
  });

  it('in a wide picture, sets the notes under a main panel shorter than the rest, or across the foot when they do not fit there', () => {
    const picture = (restHeight: number) => twoPanels(['First note', 'Second note'], restHeight, true);
    const noteYs = (svg: string) => [...svg.matchAll(/class="frame-note" x="24" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    const top = Number(picture(400).svg.match(/translate\(24,(\d+)\)"><svg id="a"/)![1]);
    // Beside a tall second panel: both notes under the first, and the picture only as tall as that panel needs.
    const beside = picture(400);
    expect(noteYs(beside.svg)).toHaveLength(2);
    for (const y of noteYs(beside.svg)) expect(y).toBeGreaterThan(top + 100);
    expect(Math.max(...noteYs(beside.svg))).toBeLessThan(top + 400);
    expect(picture(410).height - beside.height).toBe(10);
    // Beside one a little taller than the first (not room for both notes under it): across the foot, below both.
    const below = picture(125);
    expect(noteYs(below.svg)).toHaveLength(2);
    for (const y of noteYs(below.svg)) expect(y).toBeGreaterThan(top + 125);
  });
});

describe('link preview', () => {
  const parts = (width: number, height: number) => ({
    title: 'A title long enough to wrap over more than one line when it sits in a narrow column beside a chart',
    takeaway: 'What it means, in one sentence.',
    sourceLine: 'Source: somewhere',
    link: 'http://x/charts/trade',
    notes: ['A note a preview may leave out'],
    drawings: [{ markup: `<svg width="${width}" height="${height}"><rect class="data-mark"/></svg>`, width, height }],
    palette: palettes.light,
  });
  /** Where the chart sits: its group's translation and scale, and the box it covers on the canvas. */
  const chartBox = (svg: string, width: number, height: number) => {
    const [, x, y, s] = svg.match(/<g transform="translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)">/)!.map(Number);
    return { left: x, top: y, right: x + width * s, bottom: y + height * s, scale: s };
  };
  const lastWordsY = (svg: string, cls: string) => Math.max(...[...svg.matchAll(new RegExp(`class="${cls}" x="[\\d.]+" y="([\\d.]+)"`, 'g'))].map((m) => Number(m[1])));

  it('is 1200×630 and carries title, takeaway, chart, source and link', () => {
    const svg = composePreviewSvg(parts(720, 380));
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    for (const text of ['What it means', 'Source: somewhere', 'http://x/charts/trade', 'class="data-mark"']) expect(svg).toContain(text);
  });

  it('puts a wide chart under its words, inside the canvas', () => {
    const svg = composePreviewSvg(parts(720, 380));
    const box = chartBox(svg, 720, 380);
    expect(box.top).toBeGreaterThan(lastWordsY(svg, 'frame-takeaway'));
    expect(box.bottom).toBeLessThan(lastWordsY(svg, 'frame-source') - 15);
    expect(box.scale).toBeGreaterThan(0.8);
    expect(box.scale).toBeLessThanOrEqual(1);
  });

  it('draws a chart with room to spare larger than on the page, filling the room it has in one direction', () => {
    const svg = composePreviewSvg(parts(600, 200));
    const box = chartBox(svg, 600, 200);
    expect(box.scale).toBeGreaterThan(1);
    expect(box.scale).toBeLessThanOrEqual(1.5);
    const fills = [box.right - box.left >= 1200 - 80 - 1, box.bottom > lastWordsY(svg, 'frame-source') - 60, box.scale === 1.5];
    expect(fills.some(Boolean), JSON.stringify(box)).toBe(true);
    expect(box.bottom).toBeLessThan(lastWordsY(svg, 'frame-source') - 15);
  });

  it('puts a tall chart beside its words, drawn larger than it would fit under them', () => {
    const svg = composePreviewSvg(parts(720, 700));
    const box = chartBox(svg, 720, 700);
    const wordsRight = 40 + 400;
    expect(box.left).toBeGreaterThanOrEqual(wordsRight);
    expect(box.right).toBeLessThanOrEqual(1200);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(630);
    // Under a wrapped title and takeaway, 700 units would have to shrink below 0.6.
    expect(box.scale).toBeGreaterThan(0.75);
  });
});
