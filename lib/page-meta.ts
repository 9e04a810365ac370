import { previewSize } from './chart-size';
import { charts, viewTakeaway } from './charts';
import { defaultState, type ChartId, type ChartState, type ThemeChoice } from './chart-state';
import { chartPath, dashboardPath } from './chart-url';
import { buildVersion } from './drawings';
import { picturePath } from './export/export-choice';
import { dataStamp } from './figures';
import { site, siteUrl } from './site';

/** What a chart view's page says of itself: its title, its finding in words, and its one canonical address. */
export function viewMeta(chart: ChartId, state: ChartState) {
  const meta = charts[chart];
  return { title: meta.title, description: viewTakeaway(meta, state), url: siteUrl(chartPath(chart, state)) };
}

/** A view's link preview, named by the build's version so a cache may keep it for good. */
const previewImage = (chart: ChartId, state: ChartState) => ({
  url: siteUrl(picturePath(chart, state, { format: 'png', density: 1, layout: 'wide', preview: true }, buildVersion())),
  ...previewSize,
  alt: charts[chart].title,
});

/** How a view is cited: the site, the chart's title and which data it shows; the reader's copy adds its link and the day. */
export const citationOf = (chart: ChartId) => `${site.name}, “${charts[chart].title}”. ${dataStamp()}.`;

/** A page's one address, and what a link to it shows where it is shared. */
const sharedAs = (title: string, description: string, url: string, image: ReturnType<typeof previewImage>) => ({
  alternates: { canonical: url },
  openGraph: { type: 'website' as const, title, description, url, images: [image] },
  twitter: { card: 'summary_large_image' as const, title, description, images: [image.url] },
});

/**
 * The dashboard's metadata in a theme: its canonical link names the theme, as a chart page's does, and
 * a shared link previews as the trade chart in it, the relationship's headline number.
 */
export const dashboardMeta = (theme: ThemeChoice) =>
  sharedAs(site.name, site.description, dashboardPath(theme), previewImage('trade', { ...defaultState('trade'), theme }));

/** A chart page's metadata: its title, its finding, its one address and its state's preview. */
export function chartPageMeta(chart: ChartId, state: ChartState) {
  const { title, description, url } = viewMeta(chart, state);
  return { title, description, ...sharedAs(title, description, url, previewImage(chart, state)) };
}
