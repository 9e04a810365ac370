/**
 * The build's drawing step (`npm run build`, after the data check, before `next build`): draws every view of every chart
 * in both page layouts and the slide layout each chart's wide picture shows, with the one renderer, like a data
 * loader making files before pages render.
 * Writes .generated/drawings.json for the server (pages, images, embeds), one file per drawing
 * under public/drawings/<version>/ for the browser (wide and narrow only), which fetches a state's drawing when the reader
 * changes it, and every state's SVG download in both layouts and themes under .generated/svg/ (its
 * text laid out as outlines, too slow to make while a reader waits). The version is a hash of the
 * drawings and of what else goes into a picture (words, data, fonts, the site's origin), so a
 * changed build gets new image and drawing URLs and an unchanged one keeps them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { drawChart } from '@/components/charts/registry';
import { drawingLayouts, layouts } from '@/lib/chart-size';
import { chartIds, type ChartState } from '@/lib/chart-state';
import { drawingKey, drawingUrl } from '@/lib/chart-url';
import { drawingsFile, type StoredDrawings } from '@/lib/drawings';
import { outlinesFile, pictureOutlines } from '@/lib/export/chart-picture';
import { themes } from '@/lib/palette';
import { drawnStates } from '@/lib/views';
import { siteOrigin } from '@/lib/site';

const root = path.join(__dirname, '..');

/** Files whose content reaches a picture besides the drawings: the words and data (lib/, data/), the fonts and the packages. */
function inputsHash(): string {
  const hash = createHash('sha256');
  // The lock file too: a new resvg or Recharts draws differently. Paths relative, so a checkout anywhere gets the same version.
  const files = ['data', 'lib', 'public/fonts'].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((e) => path.join(e.parentPath, e.name)),
  );
  for (const f of [...files, path.join(root, 'package-lock.json')].sort()) hash.update(path.relative(root, f)).update(fs.readFileSync(f));
  return hash.update(process.env.SITE_URL ?? '').digest('hex');
}

const charts = Object.fromEntries(
  chartIds.map((chart) => [
    chart,
    Object.fromEntries(drawnStates(chart).map((state) => [drawingKey(chart, state), Object.fromEntries(drawingLayouts.map((l) => [l, drawChart(chart, state, l)]))])),
  ]),
) as StoredDrawings['charts'];
const body = JSON.stringify(charts);
const version = createHash('sha256').update(body).update(inputsHash()).digest('base64url').slice(0, 10);

fs.mkdirSync(path.dirname(drawingsFile), { recursive: true });
fs.writeFileSync(drawingsFile, JSON.stringify({ version, charts } satisfies StoredDrawings));
// Only this build's drawings are published: an old version's files would be served as if current.
fs.rmSync(path.join(root, 'public', 'drawings'), { recursive: true, force: true });
let count = 0;
for (const chart of chartIds)
  for (const [key, drawing] of Object.entries(charts[chart])) {
    const file = path.join(root, 'public', drawingUrl(version, chart, key));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(Object.fromEntries(layouts.map((l) => [l, drawing[l]]))));
    count++;
  }
fs.rmSync(path.join(path.dirname(drawingsFile), 'svg'), { recursive: true, force: true });
let outlined = 0;
for (const chart of chartIds)
  for (const state of drawnStates(chart))
    for (const layout of layouts)
      for (const theme of themes) {
        const request = { chart, state: { ...state, theme } as ChartState, layout, preview: false };
        const file = outlinesFile(chart, request.state, layout);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, pictureOutlines(request));
        outlined++;
      }
// The origin is fixed into this build's pages, previews and pictures: say which, and where it is only the default.
console.log(`Links, previews and pictures name ${siteOrigin}${process.env.SITE_URL ? '' : ' (SITE_URL unset: the local default; set it to build for another address)'}.`);
console.log(`Drew ${count} views × ${drawingLayouts.length} layouts of ${chartIds.length} charts (version ${version}, ${(body.length / 1024).toFixed(0)} KB), and ${outlined} SVG downloads.`);
