import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { drawChart } from '@/components/charts/registry';
import { defaultState } from '@/lib/chart-state';
import { palettes } from '@/lib/palette';
import { metrics } from '@/data';
import { Timeline } from '@/components/Timeline';

const render = (chart: 'trade' | 'casualties' | 'flows', state: object, layout: 'wide' | 'narrow' = 'wide') =>
  drawChart(chart, { ...defaultState(chart), ...state } as never, layout, palettes.light);

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('server render of the charts', () => {
  it('trade: six bars with context, two without, none for 2020–2021', () => {
    const html = render('trade', {});
    expect(html).toContain('<svg');
    expect(count(html, 'class="recharts-rectangle data-mark"')).toBe(6);
    expect(html).toContain('$52.9M');
    expect(html).toContain('No figures in');
    expect(count(render('trade', { context: 'off' }), 'class="recharts-rectangle data-mark"')).toBe(2);
  });

  it('trade: with other parties off, the years only they report say “hidden”; years nobody reports do not', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const years = (html: string) => [...html.matchAll(/>(20\d\d)<\/text>(?:<text[^>]*>([^<]+)<\/text>)?/g)].map(([, year, sub]) => `${year}:${sub ?? ''}`);
      expect(years(render('trade', { context: 'off' }, layout))).toEqual(['2018:hidden', '2019:hidden', '2020:', '2021:', '2022:article', '2023:hidden', '2024:hidden', '2025:article']);
      expect(render('trade', {}, layout)).not.toContain('>hidden<');
    }
  });

  it('trade: the log scale changes the axis', () => {
    expect(render('trade', { scale: 'log' })).toContain('$30M');
    expect(render('trade', {})).not.toContain('$30M');
  });

  it('trade: on the log scale each value is a dot, not a bar whose length would mislead, in both layouts', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const html = render('trade', { scale: 'log' }, layout);
      expect(count(html, 'class="recharts-rectangle data-mark"'), layout).toBe(0);
      expect(html.match(/<circle class="data-mark" data-year="\d{4}"/g), layout).toHaveLength(6);
      expect(count(render('trade', { scale: 'log', context: 'off' }, layout), '<circle class="data-mark"'), layout).toBe(2);
    }
  });

  it('trade: zero reads $0, not $0M, and the gap says no source we use reports those years, in both layouts', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const html = render('trade', {}, layout);
      expect(html).toContain('>$0</tspan>');
      expect(html).not.toContain('$0M');
      const gap = [...html.match(/class="gap-label"[\s\S]*?<\/text>/)![0].matchAll(/<tspan[^>]*>([^<]*)</g)].map((m) => m[1]).join(' ');
      expect(gap).toMatch(/^no figures (reported )?in these sources (for )?2020–2021$/i);
    }
  });

  it('casualties: one mark per estimate plus the article’s four bars', () => {
    const html = render('casualties', {}, 'narrow');
    const estimates = metrics.context.filter((c) => c.topic !== 'trade');
    expect(count(html, 'data-id="')).toBe(4 + estimates.length);
    for (const e of estimates) expect(html).toContain(`data-id="${e.id}"`);
    expect(html).toContain('up to 30,000');
  });

  it('casualties: no line joins estimates across the months nobody reported, in either layout', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const html = render('casualties', {}, layout);
      expect(count(html, 'data-id="killed-2025-09-02-nis"'), 'the estimates are drawn').toBe(1);
      expect(count(html, 'recharts-scatter-line')).toBe(0);
      expect(html).not.toMatch(/<path[^>]*class="recharts-curve/);
    }
  });

  it('casualties: the legend keys each shape to its measure and each kind of figure once, on a shape and a cross alike', () => {
    const estimates = metrics.context.filter((c) => c.topic !== 'trade');
    const measures = new Set(estimates.map((c) => c.series));
    for (const layout of ['wide', 'narrow'] as const) {
      const legend = render('casualties', {}, layout).match(/<svg[^>]*aria-label="Legend"[\s\S]*?<\/svg>/)?.[0] ?? '';
      const groups = [...legend.matchAll(/<g role="list" aria-label="([^"]+)">([\s\S]*?)<\/g><\/g>/g)];
      expect(groups.map((g) => g[1]), layout).toEqual(['What each shape counts', 'Kind of figure']);
      const items = (html: string) => html.split('role="listitem"').slice(1);
      expect(items(groups[0][2]), layout).toHaveLength(measures.size);
      const kinds = items(groups[1][2]);
      expect(kinds.map((k) => k.match(/>([^<>]+)<\/text>/)?.[1]), layout).toEqual(['intelligence or official assessment', 'claim by a party to the war, or a plan']);
      // Each kind's key shows a shape with an inside (tinted or outlined) and a cross (solid or hollow).
      for (const k of kinds) {
        expect(k.match(/<(rect|circle|polygon)[^>]*fill-opacity/g), layout).toHaveLength(1);
        expect(k.match(/<path d="M[\d.-]+,[\d.-]+L[\d.,-]+M[\d.,-]+L[\d.,-]+"/g)?.length, layout).toBeGreaterThan(0);
      }
    }
  });

  it('casualties: each of the article’s bars names who gave its figure, by the article’s own credit', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      // The article's bars: the first drawing, before the other parties' estimates (whose tooltips name them).
      const drawn = render('casualties', {}, layout).split('<div role="img"')[0];
      expect(drawn).not.toContain('undefined');
      // Each bar has its tooltip, which adds where the article gives it.
      expect(count(drawn, ' data-tip=')).toBe(4);
      expect(drawn).toContain('Article, section');
      // What the bars say on their face, their tooltips aside.
      const html = drawn.replace(/ data-tip="[^"]*"/g, '');
      expect(count(html, 'assessment · via BBC News')).toBe(2);
      expect(html).toContain('claim · Ukraine');
      // The solid grey workers' bar says its kind too.
      expect(html).toContain('reported figure · workers, not troops');
      expect(html).not.toContain('Western officials');
    }
  });

  it('flows: a highlighted kind’s box is outlined in its direction’s colour, and only that box', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const html = render('flows', { highlight: 'people' }, layout);
      const outlined = [...html.matchAll(/<g data-kind="([^"]+)"[^>]*><rect [^>]*data-highlighted="true"[^>]*>/g)];
      expect(outlined.map((m) => m[1])).toEqual(['people']);
      expect(outlined[0][0]).toContain(`stroke="${palettes.light.nk}"`);
      expect(render('flows', {}, layout)).not.toContain('data-highlighted');
    }
  });

  it('flows: every flow item is drawn, and a claim of size is never made', () => {
    const html = render('flows', {});
    expect(count(html, 'class="data-mark flow-item"')).toBe(18);
    const widths = [...html.matchAll(/class="flow-link"[^>]*>(?:<path[^>]*>)*?<path d="[^"]*" fill="none"[^>]*stroke-width="(\d+)"/g)].map((m) => m[1]);
    expect(widths.length).toBe(6);
    expect(new Set(widths).size).toBe(1);
  });
});

describe('trade on a log scale', () => {
  it('labels every tick when wide, only the powers of ten on a phone, where the axis lies across', () => {
    const tickLabels = (layout: 'wide' | 'narrow') => [...render('trade', { scale: 'log' }, layout).matchAll(/>(\$\d+M)<\/tspan>/g)].map((m) => m[1]);
    expect(tickLabels('wide')).toEqual(expect.arrayContaining(['$1M', '$3M', '$10M', '$30M', '$100M']));
    expect(tickLabels('narrow')).toEqual(expect.arrayContaining(['$1M', '$10M', '$100M']));
    expect(tickLabels('narrow')).not.toContain('$30M');
    expect(tickLabels('narrow')).not.toContain('$3M');
  });
});

describe('flows: an exchange, each country on its own side', () => {
  // Where each country's bar is, and where each link's arrowheads point, read from the drawing.
  const bars = (html: string) =>
    Object.fromEntries([...html.matchAll(/<g data-country="(nk|ru)"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => [m[1], m.slice(2).map(Number)]));
  /** Each arrowhead path's tip and the side its base lies on: the way it points. */
  const pointing = (html: string, direction: string) =>
    [...html.matchAll(new RegExp(`class="flow-link" data-direction="${direction}"[\\s\\S]*?</g>`, 'g'))].flatMap((m) =>
      [...m[0].matchAll(/class="flow-arrowhead" d="M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/g)].map(([, x, y, bx, by]) => {
        const [dx, dy] = [Number(x) - Number(bx), Number(y) - Number(by)];
        return Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up';
      }),
    );

  it.each(['wide', 'narrow'] as const)('%s: North Korea and Russia keep their places whichever way is shown', (layout) => {
    const places = (['both', 'nk-to-ru', 'ru-to-nk'] as const).map((direction) => {
      const b = bars(render('flows', { direction }, layout));
      return layout === 'wide' ? [b.nk[0] < b.ru[0], b.nk[0]] : [b.nk[1] < b.ru[1], b.nk[1]];
    });
    expect(places.every(([before]) => before)).toBe(true);
    expect(new Set(places.map(([, at]) => at)).size).toBe(1);
  });

  it.each([
    ['wide', 'right', 'left'],
    ['narrow', 'down', 'up'],
  ] as const)('%s: every link points from the country that gives to the one that gets', (layout, towardsRussia, towardsNorthKorea) => {
    const html = render('flows', {}, layout);
    const [sent, received] = [pointing(html, 'nk-to-ru'), pointing(html, 'ru-to-nk')];
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(received.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sent)).toEqual(new Set([towardsRussia]));
    expect(new Set(received)).toEqual(new Set([towardsNorthKorea]));
  });
});

describe('flows highlight', () => {
  it('fades the other kinds’ links and dots, but keeps their words readable: muted text, never see-through', () => {
    const html = render('flows', { highlight: 'people' });
    // Each kind's box, up to where its last item and the box itself close (links come before the boxes).
    const groups = html.split('<g data-kind="').slice(1).map((chunk) => chunk.slice(0, chunk.indexOf('</g></g>')));
    expect(groups.length).toBeGreaterThan(2);
    for (const group of groups) {
      const faded = !group.startsWith('people"');
      expect(group.includes('data-faded="true"')).toBe(faded);
      const itemTextFills = [...group.matchAll(/<text x="[\d.]+" y="[\d.]+" font-size="12" fill="([^"]+)"/g)].map((m) => m[1]);
      expect(itemTextFills.length).toBeGreaterThan(0);
      for (const fill of itemTextFills) expect(fill).toBe(faded ? palettes.light.muted : palettes.light.ink);
      expect(group).not.toMatch(/<(text|g)[^>]* opacity=/);
    }
  });
});

describe('server render of the timeline', () => {
  it('shows each step’s list after its introduction, and no list where a step has none', () => {
    const html = renderToStaticMarkup(<Timeline />);
    const steps = html.split('data-event="').slice(1);
    expect(steps).toHaveLength(metrics.timeline.length);
    metrics.timeline.forEach((event, i) => {
      if (!event.list) return expect(steps[i]).not.toContain(':</p>');
      expect(steps[i]).toContain(`${event.list.intro}: ${event.list.items.join('; ')}.`);
    });
    expect(metrics.timeline.some((event) => event.list)).toBe(true);
  });

  it('credits each outlet its steps cite, and calls an assessment one', () => {
    const html = renderToStaticMarkup(<Timeline />);
    const cited = metrics.timeline.filter((e) => e.source.outlet);
    expect(cited.length).toBeGreaterThan(0);
    const credit = html.slice(html.lastIndexOf('Source:'));
    for (const e of cited) expect(credit).toContain(e.source.outlet);
    const assessed = metrics.timeline.flatMap((e) => e.figureIds.map((id) => metrics.figures.find((f) => f.id === id)!)).filter((f) => f.kind === 'assessment');
    expect(assessed.length).toBeGreaterThan(0);
    for (const f of assessed) expect(html).toMatch(new RegExp(`${f.label}: [^<·]* \\(assessment\\)`));
  });
});
