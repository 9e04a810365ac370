import { createHash } from 'node:crypto';
import { chartIdInOtherCase, chartIds, isChartId, onChartTab, stateOptions, type ChartId, type ChartState } from '../chart-state';
import { serializeState } from '../chart-url';
import { layouts, type Layout } from '../chart-size';
import { chartControls } from '../chart-controls';
import { parseState } from '../parse-state';
import { densities, picturePath, type Density } from './export-choice';
import { extensions, pictureFormats, type PictureFormat } from './file-formats';

const variants = ['download', 'preview'] as const;
/** Options of the file rather than of the chart's state; `v` names the build the URL was made by. */
const reserved = ['chart', 'format', 'density', 'layout', 'variant', 'v'];

type ParsedImageRequest =
  | { ok: false; status: 404 | 400; message: string }
  | { ok: false; status: 308; location: string }
  | { ok: true; chart: ChartId; state: ChartState; format: PictureFormat; density: Density; layout: Layout; preview: boolean; current: boolean; etag: string; canonical: string };

/**
 * Reads an image URL's query: the chart's state (checked by the same schema as the pages) plus
 * density (1, 2 or 4), layout and variant (download or 1200×630 preview). A bad or repeated value is
 * refused with what is allowed: a page can fall back and say so in a note, a picture has nowhere to
 * say it; so are values that do not fit together (a highlight of a kind that goes the other way).
 * `canonical`: the picture's one address (lib/export/export-choice picturePath), to which any other
 * spelling is sent: capitals, defaults spelled out, keys in another order, unknown keys.
 * `current`: the URL names this build (`v`), so its picture never changes and caches keep it for good.
 */
export function parseImageRequest(query: Record<string, string | string[] | undefined>, version: string): ParsedImageRequest {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  // Image options are read in any case, like state values; anything but a string is a bad value.
  const option = (v: string | string[] | undefined) => {
    const one = first(v);
    return one === undefined ? undefined : typeof one === 'string' ? one.toLowerCase() : '';
  };
  // Option keys are read in any case too, as parseState reads the state's (`chart` and `format` come from the path).
  const optionKey = (k: string) => (!['chart', 'format'].includes(k.toLowerCase()) && reserved.includes(k.toLowerCase()) ? k.toLowerCase() : k);
  // A Map, not an object: a key named `constructor` or `__proto__` is just a key.
  const merged = new Map<string, string[]>();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) merged.set(optionKey(k), [...(merged.get(optionKey(k)) ?? []), ...[v].flat()]);
  query = Object.fromEntries(merged);
  const chart = first(query.chart) ?? '';
  const format = (first(query.format) ?? 'png') as PictureFormat;
  if (!pictureFormats.includes(format)) return { ok: false, status: 404, message: `Images are ${extensions(pictureFormats)}.` };
  if (!isChartId(chart)) {
    // As on the pages, a chart id typed in capitals (`/charts/Trade/image.png`) leads to the chart's image.
    const meant = chartIdInOtherCase(chart);
    if (!meant) return { ok: false, status: 404, message: `Unknown chart. Charts: ${chartIds.join(', ')}.` };
    // Straight to the picture's one address; a query it would refuse is refused now.
    const fixed = parseImageRequest({ ...query, chart: meant }, version);
    return fixed.ok ? { ok: false, status: 308, location: fixed.canonical } : fixed;
  }
  const stateQuery = Object.fromEntries(Object.entries(query).filter(([k]) => !reserved.includes(k)));
  // A picture is of the chart, whatever tab a link names: its words then credit what it draws.
  const { state: asked, rejected } = parseState(chart, stateQuery);
  const bad = rejected.find((r) => r.reason === 'invalid' || r.reason === 'repeated');
  if (bad) {
    const options: readonly string[] = (stateOptions[chart] as Record<string, readonly string[]>)[bad.key];
    const allowed = `${options.slice(0, -1).join(', ')} or ${options.at(-1)}`;
    return { ok: false, status: 400, message: bad.reason === 'repeated' ? `${bad.key} is given more than once; give one of ${allowed}.` : `${bad.key} must be ${allowed}.` };
  }
  const unfit = rejected.find((r) => r.reason === 'unfit');
  if (unfit) {
    const value = option(Object.entries(stateQuery).find(([k]) => k.toLowerCase() === unfit.key)?.[1]);
    const needs = chartControls(chart, true)
      .find((c) => c.key === unfit.key)
      ?.options.find((o) => o.value === value)?.onlyWith;
    if (needs) return { ok: false, status: 400, message: `${unfit.key}=${value} is drawn only with ${needs.key} ${needs.values.join(' or ')}: ${needs.reason}.` };
  }
  const twice = ['density', 'layout', 'variant'].find((k) => (query[k]?.length ?? 0) > 1);
  if (twice) return { ok: false, status: 400, message: `${twice} is given more than once.` };
  const state = onChartTab(asked);
  const density = densities.find((d) => String(d) === (option(query.density) ?? '1'));
  if (density === undefined) return { ok: false, status: 400, message: 'density must be 1, 2 or 4.' };
  const layout = (option(query.layout) ?? 'wide') as Layout;
  if (!layouts.includes(layout)) return { ok: false, status: 400, message: `layout must be ${layouts.join(' or ')}.` };
  const variant = (option(query.variant) ?? 'download') as (typeof variants)[number];
  if (!variants.includes(variant)) return { ok: false, status: 400, message: `variant must be ${variants.join(' or ')}.` };
  const preview = variant === 'preview';
  if (preview && format === 'svg') return { ok: false, status: 400, message: 'A link preview is a PNG: image.png?variant=preview.' };
  const key = [chart, format, serializeState(chart, state as never), density, layout, preview, version].join('|');
  const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
  // `v` as asked: while two builds answer one address (a rolling deploy), each sending the other's `v` to its own would loop.
  const canonical = picturePath(chart, state, { format, density, layout, preview }, first(query.v));
  return { ok: true, chart, state, format, density, layout, preview, current: first(query.v) === version, etag, canonical };
}
