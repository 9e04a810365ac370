import { fontFamily } from '../chart-size';
import { escapeXml } from '../escape-xml';
import type { Palette } from '../palette';
import { textWidth } from '../text-width';
import { wrapText } from '../wrap-text';

/**
 * A chart as a standalone picture: title, takeaway, the chart's own SVG drawings, source line
 * and link (design.md's frame items 1 to 5: "Exports and preview images carry 1, 2, 3 and 5" at least): every PNG and SVG download
 * is composed here, from the build's drawings, and link previews (preview-svg.ts) from its parts.
 */
export type ChartDrawing = { markup: string; width: number; height: number };
export type FrameParts = {
  title: string;
  takeaway: string;
  sourceLine: string;
  link: string;
  /** What a reader of the image alone must know not to be misled (design.md, frame item 4). */
  notes: string[];
  drawings: ChartDrawing[];
  palette: Palette;
};

const pad = 24;
export const drawingGap = 10;
const type = {
  title: { size: 20, weight: 700, line: 26 },
  takeaway: { size: 14, weight: 400, line: 20 },
  source: { size: 11, weight: 400, line: 15 },
};

/** Pulls each <svg> out of server-rendered chart HTML, with the size it was drawn at. */
export function drawingsFromHtml(html: string): ChartDrawing[] {
  return (html.match(/<svg[\s\S]*?<\/svg>/g) ?? []).map((markup) => {
    const open = markup.slice(0, markup.indexOf('>'));
    const size = (name: string) => Number(open.match(new RegExp(`\\s${name}="([\\d.]+)"`))?.[1] ?? 0);
    return { markup, width: size('width'), height: size('height') };
  });
}

export type TextStyle = { size: number; weight: number; line: number };

/**
 * A wrapped paragraph as SVG text lines, its first line's box starting at y; returns where it ends.
 * `marker` (a list's bullet) hangs in the margin before the first line, every line aligned after it.
 */
export function textBlock(text: string, style: TextStyle, at: { x: number; y: number; width: number }, fill: string, cls: string, marker = '') {
  const markup: string[] = [];
  const indent = marker ? textWidth(`${marker} `, style.size, style.weight) : 0;
  const line = (x: number, y: number, words: string) =>
    `<text class="${cls}" x="${x}" y="${y - (style.line - style.size) / 2 - 2}" font-size="${style.size}" font-weight="${style.weight}" fill="${fill}">${escapeXml(words)}</text>`;
  let y = at.y;
  for (const words of wrapText(text, at.width - indent, style.size, style.weight)) {
    y += style.line;
    if (marker && y === at.y + style.line) markup.push(line(at.x, y, marker));
    markup.push(line(at.x + indent, y, words));
  }
  return { markup, bottom: y };
}

/** An SVG document of the given size on the palette's page colour, in the frame's font. */
export function svgDocument(width: number, height: number, parts: Pick<FrameParts, 'palette'>, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">` +
    `<rect width="100%" height="100%" fill="${parts.palette.page}"/>${body}</svg>`
  );
}

/** Drawings stacked from y at x, each below the last; returns where the stack ends. */
function stack(out: string[], drawings: ChartDrawing[], x: number, y: number) {
  for (const d of drawings) {
    out.push(`<g transform="translate(${x},${y})">${d.markup}</g>`);
    y += d.height + drawingGap;
  }
  return y;
}

/**
 * `sideBySide` sets a chart's first drawing (its main panel) beside the rest (a second panel with its
 * heading and key), for a wide picture is for a slide, which is wider than tall; otherwise all are
 * stacked, as on a phone's screen.
 */
export function composeFrameSvg(parts: FrameParts, { sideBySide = false } = {}): { svg: string; width: number; height: number } {
  const [main, ...rest] = parts.drawings;
  const beside = sideBySide && rest.length > 0;
  const widest = (list: ChartDrawing[]) => Math.max(...list.map((d) => d.width));
  const inner = beside ? main.width + 2 * drawingGap + widest(rest) : widest(parts.drawings);
  const width = inner + 2 * pad;
  const out: string[] = [];
  let y = pad;
  const block = (text: string, style: TextStyle, fill: string, cls: string) => {
    const b = textBlock(text, style, { x: pad, y, width: inner }, fill, cls);
    out.push(...b.markup);
    y = b.bottom;
  };
  block(parts.title, type.title, parts.palette.ink, 'frame-title');
  y += 4;
  block(parts.takeaway, type.takeaway, parts.palette.ink, 'frame-takeaway');
  y += 14;
  const notes = (x: number, top: number, width: number) => {
    const markup: string[] = [];
    let bottom = top;
    for (const note of parts.notes) {
      const b = textBlock(note, type.source, { x, y: bottom, width }, parts.palette.muted, 'frame-note', '•');
      markup.push(...b.markup);
      bottom = b.bottom;
    }
    return { markup, bottom };
  };
  let placed = false;
  if (beside) {
    const [left, right] = [stack(out, [main], pad, y), stack(out, rest, pad + main.width + 2 * drawingGap, y)];
    // Under a main panel shorter than the rest, the notes fill its column if they fit, rather than lengthen the picture.
    const under = notes(pad, left + drawingGap, main.width);
    placed = under.bottom <= right;
    if (placed) out.push(...under.markup);
    y = Math.max(left, right);
  } else y = stack(out, parts.drawings, pad, y);
  if (!placed) {
    const across = notes(pad, y, inner);
    out.push(...across.markup);
    y = across.bottom;
  }
  y += 4;
  out.push(`<line x1="${pad}" x2="${width - pad}" y1="${y}" y2="${y}" stroke="${parts.palette.rule}"/>`);
  y += 4;
  block(parts.sourceLine, type.source, parts.palette.muted, 'frame-source');
  block(parts.link, type.source, parts.palette.muted, 'frame-link');
  const height = Math.ceil(y + pad);
  return { svg: svgDocument(width, height, parts, out.join('')), width, height };
}
