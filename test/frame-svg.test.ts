import { describe, expect, it } from 'vitest';
import { composeFrameSvg, escapeXml, wrapText } from '@/lib/export/frame-svg';
import { palettes } from '@/lib/palette';

describe('export frame', () => {
  it('wraps words to the width and breaks a long link at its separators', () => {
    const lines = wrapText('Source: http://localhost:3000/charts/trade?scale=log&context=off&theme=dark', 200, 11, 400);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Source:http://localhost:3000/charts/trade?scale=log&context=off&theme=dark');
    for (const line of lines) expect(line.length * 11 * 0.58).toBeLessThanOrEqual(200);
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
    for (const text of ['• A note', 'Source: somewhere', 'http://x/charts/trade', 'class="data-mark"']) expect(svg).toContain(text);
  });
});
