import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartById } from '@/components/charts/ChartById';
import { defaultState } from '@/lib/chart-state';
import { estimatePoints } from '@/lib/deployment-series';
import { palettes } from '@/lib/palette';

const render = (layout: 'wide' | 'narrow') =>
  renderToStaticMarkup(<ChartById chart="casualties" state={defaultState('casualties')} layout={layout} palette={palettes.light} />);

/** The label drawn inside each estimate's mark group, by the estimate's id. */
const drawnLabels = (html: string) =>
  new Map([...html.matchAll(/<g class="data-mark" data-id="([^"]+)">(?:(?!<\/g>)[\s\S])*?class="estimate-label"[^>]*>([^<]*)<\/text>/g)].map((m) => [m[1], m[2].replace(/&amp;/g, '&')]));

describe('estimate labels', () => {
  it('wide: every estimate is labelled with its party, and the claim is called one', () => {
    const drawn = drawnLabels(render('wide'));
    for (const p of estimatePoints()) {
      expect(drawn.get(p.id), p.id).toBeDefined();
      expect(drawn.get(p.id)!.startsWith(p.partyShort)).toBe(true);
      expect(drawn.get(p.id)!.includes('(claim)')).toBe(p.kind === 'claim');
    }
  });

  it('narrow: where marks crowd, some labels give way, but most parties and every claim or plan are still named on the chart', () => {
    const drawn = drawnLabels(render('narrow'));
    const points = estimatePoints();
    expect(drawn.size).toBeGreaterThanOrEqual(Math.ceil((points.length * 2) / 3));
    for (const [id, text] of drawn) expect(text.startsWith(points.find((p) => p.id === id)!.partyShort)).toBe(true);
    const claims = points.filter((p) => p.kind === 'claim' || p.kind === 'projection');
    expect(claims.length).toBeGreaterThan(0);
    for (const p of claims) expect(drawn.get(p.id), p.id).toMatch(/\((claim|plan)\)$/);
  });
});
