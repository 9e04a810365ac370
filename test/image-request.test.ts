import { describe, expect, it } from 'vitest';
import { parseImageRequest } from '@/lib/export/image-request';
import { layouts } from '@/lib/chart-size';
import { chartIds, type ChartState } from '@/lib/chart-state';
import { densities, downloadPath, picturePath } from '@/lib/export/export-choice';
import { themes } from '@/lib/palette';
import { allStates } from '@/lib/views';

const parse = (query: Record<string, string>) => parseImageRequest({ chart: 'trade', ...query }, 'v1');

describe('image request options', () => {
  it('takes the defaults when no option is given', () => {
    expect(parse({})).toMatchObject({ ok: true, density: 1, layout: 'wide', preview: false });
    expect(parse({ density: '4', layout: 'narrow', variant: 'preview' })).toMatchObject({ ok: true, density: 4, layout: 'narrow', preview: true });
    expect(parse({ layout: 'NARROW', variant: 'Preview' })).toMatchObject({ ok: true, layout: 'narrow', preview: true });
    expect(parse({ DENSITY: '2', Layout: 'narrow' })).toMatchObject({ ok: true, density: 2, layout: 'narrow' });
    // The chart is the path's: a query key cannot swap it.
    expect(parseImageRequest({ chart: 'trade', CHART: 'flows' }, 'v1')).toMatchObject({ ok: true, chart: 'trade' });
  });

  it('sends a chart id typed in capitals to the chart’s own image, keeping the rest of the query; an unknown one is 404', () => {
    expect(parseImageRequest({ chart: 'Trade', scale: 'log', density: '2' }, 'v1')).toEqual({ ok: false, status: 308, location: '/charts/trade/image.png?scale=log&density=2' });
    expect(parseImageRequest({ chart: 'FLOWS' }, 'v1')).toEqual({ ok: false, status: 308, location: '/charts/flows/image.png' });
    expect(parseImageRequest({ chart: 'Population' }, 'v1')).toMatchObject({ ok: false, status: 404 });
  });

  it.each([
    [{ density: '3' }, 'density must be 1, 2 or 4.'],
    [{ layout: 'huge' }, 'layout must be wide or narrow.'],
    [{ variant: 'x' }, 'variant must be download or preview.'],
    [{ layout: '' }, 'layout must be wide or narrow.'],
  ])('refuses %o with a 400 that says what is allowed', (query, message) => {
    expect(parse(query)).toEqual({ ok: false, status: 400, message });
  });

  it('says whether the URL names this build, whose pictures never change', () => {
    expect(parse({ v: 'v1' })).toMatchObject({ ok: true, current: true });
    expect(parse({ v: 'v0' })).toMatchObject({ ok: true, current: false });
    expect(parse({})).toMatchObject({ ok: true, current: false });
    const etag = (query: Record<string, string>) => (parse(query) as { etag: string }).etag;
    expect(etag({ v: 'v1' })).toBe(etag({}));
    expect(parseImageRequest({ chart: 'trade' }, 'v2')).not.toMatchObject({ etag: etag({}) });
  });

  it('serves an SVG as well as a PNG, and nothing else', () => {
    expect(parse({ format: 'svg' })).toMatchObject({ ok: true, format: 'svg' });
    expect(parse({ format: 'gif' })).toMatchObject({ ok: false, status: 404 });
  });

  it('refuses a bad or repeated state value with what is allowed, as a picture has no note to say it fell back', () => {
    expect(parse({ scale: 'sideways' })).toEqual({ ok: false, status: 400, message: 'scale must be linear or log.' });
    expect(parse({ THEME: 'neon' })).toEqual({ ok: false, status: 400, message: 'theme must be system, light or dark.' });
    expect(parseImageRequest({ chart: 'trade', scale: ['log', 'log'] }, 'v1')).toEqual({ ok: false, status: 400, message: 'scale is given more than once; give one of linear or log.' });
    expect(parse({ chart: 'nope' })).toMatchObject({ ok: false, status: 404 });
  });

  it('names one address for each picture, to which every other spelling of it is sent', () => {
    const canonical = (query: Record<string, string | string[]>, chart = 'trade') => (parseImageRequest({ chart, ...query }, 'v1') as { canonical: string }).canonical;
    expect(canonical({})).toBe('/charts/trade/image.png');
    expect(canonical({ SCALE: 'LOG', utm_source: 'x' })).toBe('/charts/trade/image.png?scale=log');
    expect(canonical({ density: '1', layout: 'wide', variant: 'download', theme: 'system', tab: 'table' })).toBe('/charts/trade/image.png');
    // A picture of the system theme is the light one.
    expect(canonical({ theme: 'light' })).toBe('/charts/trade/image.png');
    expect(canonical({ layout: 'NARROW', density: '4', theme: 'dark', context: 'off', scale: 'log' })).toBe('/charts/trade/image.png?scale=log&context=off&theme=dark&density=4&layout=narrow');
    // The build a URL names stays as asked, so two builds live at once never send a reader back and forth.
    expect(canonical({ v: 'v0', format: 'svg' })).toBe('/charts/trade/image.svg?v=v0');
    expect(canonical({ variant: 'preview', v: 'v1' }, 'flows')).toBe('/charts/flows/image.png?variant=preview&v=v1');
  });

  it('gives the Download menu’s and the link preview’s URLs as their own address, for every state', () => {
    let checked = 0;
    for (const chart of chartIds)
      for (const state of allStates(chart) as ChartState[])
        for (const layout of layouts) {
          const urls = [
            ...themes.map((theme) => downloadPath(chart, { ...state, theme } as ChartState, { format: 'svg' }, layout, 'v1')),
            ...densities.map((density) => downloadPath(chart, state, { format: 'png', density }, layout, 'v1')),
            picturePath(chart, state, { format: 'png', density: 1, layout, preview: true }, 'v1'),
          ];
          for (const url of urls) {
            const { pathname, searchParams } = new URL(url, 'http://x');
            const query = { ...Object.fromEntries(searchParams), chart, format: pathname.endsWith('.svg') ? 'svg' : 'png' };
            expect(parseImageRequest(query, 'v1'), url).toMatchObject({ ok: true, canonical: url });
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(500);
  });

  it('ignores an unknown key, and refuses values that do not fit together, saying which would', () => {
    expect(parse({ utm_source: 'x', scale: 'LOG' })).toMatchObject({ ok: true, state: { scale: 'log' } });
    expect(parseImageRequest({ chart: 'flows', direction: 'ru-to-nk', highlight: 'Munitions' }, 'v1')).toEqual({
      ok: false,
      status: 400,
      message: 'highlight=munitions is drawn only with direction both or nk-to-ru: none of this kind goes this way.',
    });
    expect(parseImageRequest({ chart: 'flows', direction: 'nk-to-ru', highlight: 'munitions' }, 'v1')).toMatchObject({ ok: true });
  });

  it('refuses a picture option given twice, in any case', () => {
    expect(parseImageRequest({ chart: 'trade', density: ['4', '4'] }, 'v1')).toEqual({ ok: false, status: 400, message: 'density is given more than once.' });
    expect(parse({ layout: 'wide', LAYOUT: 'narrow' })).toEqual({ ok: false, status: 400, message: 'layout is given more than once.' });
    // Keys an object already has by inheritance are keys like any other.
    expect(parse(Object.fromEntries([['constructor', 'x'], ['__proto__', 'y'], ['toString', '1']]))).toMatchObject({ ok: true });
  });
});
