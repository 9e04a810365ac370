import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeadlineFigures } from '@/components/HeadlineFigures';
import { contextFigure, figure } from '@/lib/figures';

/** Each key-figure card's lines, by the figure's id. */
const cards = () =>
  new Map(
    [...renderToStaticMarkup(<HeadlineFigures />).matchAll(/<li[^>]*data-figure="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => [
      m[1],
      [...m[2].matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((p) => p[1].replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&')),
    ]),
  );

describe('the key figures', () => {
  it('end each card with a labelled source line: the article, its credited outlet, and what kind of figure an assessment is', () => {
    expect(cards().size).toBe(6);
    for (const [id, lines] of cards()) {
      const f = figure(id);
      const source = lines.at(-1)!;
      expect(source, id).toMatch(/^Source: the article/);
      if (f.source.outlet) expect(source, id).toContain(`citing ${f.source.outlet}`);
      expect(source.includes('an assessment'), id).toBe(f.kind === 'assessment');
    }
  });

  it('say where another report counts the same figure differently: the killed or injured as all casualties', () => {
    const western = contextFigure('casualties-2025-01-15-western');
    expect(western.series).toBe('all-casualties');
    expect(western.value).toBe(figure('troops-killed-or-injured').value);
    expect(cards().get('troops-killed-or-injured')!.join(' ')).toContain('The BBC report it matches counts it as all casualties, missing and captured too');
  });

  it('say which of their lines we worked out ourselves', () => {
    const computed = [...cards()].filter(([, lines]) => lines.some((l) => l.includes('computed by us from the article’s figures')));
    expect(computed.map(([id]) => id).sort()).toEqual(['trade-2025', 'troops-killed-or-injured']);
  });
});
