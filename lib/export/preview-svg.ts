import { previewSize } from '../chart-size';
import { drawingGap, svgDocument, textBlock, type FrameParts, type TextStyle } from './frame-svg';

/** Link previews are seen small, in a chat or a feed card, so their type is larger than the frame's. */
const type = {
  title: { size: 30, weight: 700, line: 38 },
  takeaway: { size: 18, weight: 400, line: 26 },
  source: { size: 14, weight: 400, line: 20 },
} satisfies Record<string, TextStyle>;
const pad = 40;
const space = 16;
const sideColumn = 400;

type Box = { x: number; y: number; width: number; height: number };
type Arrangement = { scale: number; body: string };

/** A chart with room to spare is drawn larger than on the page, as its words are: a preview is seen small. */
const maxScale = 1.5;

/** The drawings one above another, at the largest scale (up to maxScale) that fits the box, centred in it. */
function placeDrawings(parts: FrameParts, box: Box): Arrangement {
  const width = Math.max(...parts.drawings.map((d) => d.width));
  const height = parts.drawings.reduce((sum, d) => sum + d.height, 0) + drawingGap * (parts.drawings.length - 1);
  const scale = Math.min(maxScale, box.width / width, box.height / height);
  if (scale <= 0) return { scale: 0, body: '' };
  let y = 0;
  const drawn = parts.drawings.map((d) => {
    const g = `<g transform="translate(0,${y})">${d.markup}</g>`;
    y += d.height + drawingGap;
    return g;
  });
  const x = box.x + (box.width - width * scale) / 2;
  const top = box.y + (box.height - height * scale) / 2;
  return { scale, body: `<g transform="translate(${x},${top}) scale(${scale})">${drawn.join('')}</g>` };
}

/** Title and takeaway from the top of a column, source line and link at its foot; the chart gets what lies between. */
function column(parts: FrameParts, x: number, width: number, canvasHeight: number) {
  const { ink, muted, rule } = parts.palette;
  const title = textBlock(parts.title, type.title, { x, y: pad, width }, ink, 'frame-title');
  const takeaway = textBlock(parts.takeaway, type.takeaway, { x, y: title.bottom + 4, width }, ink, 'frame-takeaway');
  const footHeight = (text: string) => textBlock(text, type.source, { x, y: 0, width }, muted, '').bottom;
  const footTop = canvasHeight - pad - footHeight(parts.sourceLine) - footHeight(parts.link);
  const source = textBlock(parts.sourceLine, type.source, { x, y: footTop, width }, muted, 'frame-source');
  const link = textBlock(parts.link, type.source, { x, y: source.bottom, width }, muted, 'frame-link');
  const markup = [...title.markup, ...takeaway.markup, `<line x1="${x}" x2="${x + width}" y1="${footTop - 6}" y2="${footTop - 6}" stroke="${rule}"/>`, ...source.markup, ...link.markup];
  return { markup, top: takeaway.bottom + space, bottom: footTop - space };
}

/**
 * The link preview (Open Graph, 1200×630): title, takeaway, chart and source line with the link
 * (design.md's items 1, 2, 3 and 5). Words above and below the chart, or beside it, whichever
 * draws the chart larger: a wide chart goes under its title, a tall one beside it.
 */
export function composePreviewSvg(parts: FrameParts): string {
  const { width, height } = previewSize;
  const stackedWords = column(parts, pad, width - 2 * pad, height);
  const stacked = placeDrawings(parts, { x: pad, y: stackedWords.top, width: width - 2 * pad, height: stackedWords.bottom - stackedWords.top });
  const sideWords = column(parts, pad, sideColumn, height);
  const chartX = pad + sideColumn + pad;
  // Beside the words only if they fit their column.
  const side = sideWords.top <= sideWords.bottom ? placeDrawings(parts, { x: chartX, y: pad, width: width - chartX - pad, height: height - 2 * pad }) : { scale: 0, body: '' };
  const [words, chart] = side.scale > stacked.scale ? [sideWords, side] : [stackedWords, stacked];
  return svgDocument(width, height, parts, words.markup.join('') + chart.body);
}
