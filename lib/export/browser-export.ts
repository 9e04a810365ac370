import { charts, sourceLine, stateSuffix } from '../charts';
import type { ChartId, ChartState } from '../chart-state';
import { chartTable, tableColumns } from '../chart-table';
import { toCsv } from '../csv';
import { cssVarPalette, palettes, type Role, type Theme } from '../palette';
import { frameParts } from './frame-parts';
import { isPicture, type ExportChoice } from './export-choice';
import { composeFrameSvg, type ChartDrawing } from './frame-svg';

/**
 * Downloads of a chart as the reader sees it, made in the browser from the drawing on the page:
 * PNG (1×, 2×, 4×) and standalone SVG through the same composer the server's image route uses,
 * and the chart's table as CSV or JSON.
 */

/**
 * A picture is named after the view it shows; a data file holds the chart's whole table whatever
 * the view hides, so it is named after the chart alone.
 */
export function exportFileName(chart: ChartId, state: ChartState, choice: ExportChoice): string {
  const suffix = isPicture(choice) ? stateSuffix(chart, state as never) : '';
  const density = choice.format === 'png' && choice.density > 1 ? `@${choice.density}x` : '';
  return `${charts[chart].fileBase}${suffix ? `-${suffix}` : ''}${density}.${choice.format}`;
}

/** The theme on screen: the reader's choice, or else the system's. */
export function readerTheme(state: ChartState): Theme {
  const chosen = (state as { theme: string }).theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** On the page charts paint with CSS variables; a file on its own has no stylesheet to resolve them. */
export function literalColours(markup: string, theme: Theme): string {
  const byVar = new Map(Object.entries(cssVarPalette).map(([role, css]) => [css, palettes[theme][role as Role]]));
  return markup.replace(/var\(--[a-z-]+\)/g, (css) => byVar.get(css) ?? css);
}

/** The drawings of the layout on screen (wide or narrow), leaving out HTML such as the flows' caption. */
export function frameDrawings(frame: Element, theme: Theme): ChartDrawing[] {
  const layout = [...frame.querySelectorAll<HTMLElement>('.chart-layout')].find((el) => el.getClientRects().length > 0);
  if (!layout) throw new Error('Switch to the chart view to download an image.');
  const serializer = new XMLSerializer();
  return [...layout.querySelectorAll('svg')]
    .filter((svg) => !svg.parentElement?.closest('svg'))
    .map((svg) => {
      const clone = svg.cloneNode(true) as SVGSVGElement;
      // Recharts styles its surface width:100%;height:100%. Chromium ignores that on a nested <svg>, but a
      // viewer applying SVG 2 sizing would stretch the drawing over the whole frame of the standalone file.
      clone.style.removeProperty('width');
      clone.style.removeProperty('height');
      if (!clone.getAttribute('style')) clone.removeAttribute('style');
      // What the pointer last touched (the band behind a hovered bar, an active dot) is the reader's, not the chart's.
      clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot').forEach((el) => el.remove());
      const size = (name: string) => Number(svg.getAttribute(name));
      return { markup: literalColours(serializer.serializeToString(clone), theme), width: size('width'), height: size('height') };
    });
}

let fontCssPromise: Promise<string> | undefined;

/** The page's own Inter files, inlined: an SVG drawn as an image, or opened on its own, loads nothing else. */
export function inlinedFontCss(): Promise<string> {
  const rule = async (weight: number) =>
    `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(${await fontDataUrl(`/fonts/inter-${weight}.woff2`)}) format("woff2")}`;
  fontCssPromise ??= Promise.all([400, 700].map(rule))
    .then((rules) => rules.join(''))
    .catch((error) => {
      fontCssPromise = undefined; // a failed fetch is retried on the next export
      throw error;
    });
  return fontCssPromise;
}

async function fontDataUrl(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`The font ${path} could not be loaded (${response.status}).`);
  const blob = new Blob([await response.arrayBuffer()], { type: 'font/woff2' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export async function frameSvg(frame: Element, chart: ChartId, state: ChartState) {
  const theme = readerTheme(state);
  const parts = frameParts(chart, state, window.location.origin, theme, frameDrawings(frame, theme));
  return composeFrameSvg({ ...parts, fontCss: await inlinedFontCss() });
}

/** Draws the frame's SVG on a canvas density times its size; the browser rasterises vectors at that size. */
export async function rasterise(svg: { svg: string; width: number; height: number }, density: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(svg.width, svg.height);
    image.src = url;
    // decode() resolves once the SVG and the fonts inlined in it are ready to paint; a fallback font
    // would fail the pixel comparison with the server's image in e2e/export.spec.ts.
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * density;
    canvas.height = svg.height * density;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image was too large to encode.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function tableCsv(chart: ChartId): string {
  const header = ['id', ...tableColumns.map((c) => c.label)];
  // The byte-order mark tells spreadsheets the file is UTF-8, so ’ – → × are not garbled.
  return `\ufeff${toCsv([header, ...chartTable(chart).map((row) => [row.id, ...tableColumns.map((c) => row[c.key])])])}`;
}

export function tableJson(chart: ChartId, state: ChartState): string {
  const { title, link } = frameParts(chart, state, window.location.origin, readerTheme(state), []);
  // The rows hold every source whatever the view hides, so the source line names them all.
  const data = { chart, title, sourceLine: sourceLine(charts[chart]), link, state, rows: chartTable(chart) };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download asynchronously; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportBlob(frame: Element, chart: ChartId, state: ChartState, choice: ExportChoice): Promise<Blob> {
  switch (choice.format) {
    case 'png':
      return rasterise(await frameSvg(frame, chart, state), choice.density);
    case 'svg':
      return new Blob([(await frameSvg(frame, chart, state)).svg], { type: 'image/svg+xml' });
    case 'csv':
      return new Blob([tableCsv(chart)], { type: 'text/csv;charset=utf-8' });
    case 'json':
      return new Blob([tableJson(chart, state)], { type: 'application/json' });
  }
}

/**
 * A chart just shown (from the table tab) or redrawn for a new state is missing or busy until its
 * live drawing commits; wait, so the picture matches the state.
 */
async function drawingSettled(frame: Element, timeoutMs = 10_000) {
  const start = performance.now();
  while (!frame.querySelector('figure.chart-slot') || frame.querySelector('figure[aria-busy="true"]')) {
    if (performance.now() - start > timeoutMs) throw new Error('the chart is still being drawn; try again in a moment.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Saves the chart or its data as the file chosen; returns the file's name. */
export async function downloadChart(frame: Element, chart: ChartId, state: ChartState, choice: ExportChoice): Promise<string> {
  if (isPicture(choice)) await drawingSettled(frame);
  const name = exportFileName(chart, state, choice);
  saveFile(await exportBlob(frame, chart, state, choice), name);
  return name;
}
