import { XMLParser } from 'fast-xml-parser';
import { textWidth } from '@/lib/text-width';

/**
 * Where an SVG drawing's words fall, measured with the fonts the pictures are drawn in (Inter, the
 * subset in public/fonts): every <text> line's box, with the translate() of its groups applied.
 */
// Ink, not line boxes: Inter's ascenders and parentheses reach about 0.78 em above the baseline, its descenders 0.22 below.
const ascent = 0.78;
const descent = 0.22;

type TextBox = { text: string; x0: number; y0: number; x1: number; y1: number };
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
type Style = { size: number; weight: number; anchor: string };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true, htmlEntities: true });

const tagOf = (node: Node) => Object.keys(node).find((k) => k !== ':@')!;
const number = (value: string | undefined, size: number) => (value === undefined ? undefined : value.endsWith('em') ? parseFloat(value) * size : parseFloat(value));
const width = (text: string, style: Style) => textWidth(text, style.size, style.weight);

function styleOf(attributes: Record<string, string>, inherited: Style): Style {
  const css = Object.fromEntries((attributes.style ?? '').split(';').map((d) => d.split(':').map((s) => s.trim())));
  return {
    size: parseFloat(attributes['font-size'] ?? css['font-size'] ?? '') || inherited.size,
    weight: parseFloat(attributes['font-weight'] ?? css['font-weight'] ?? '') || inherited.weight,
    anchor: attributes['text-anchor'] ?? inherited.anchor,
  };
}

function translateOf(transform: string | undefined): [number, number] {
  const m = transform?.match(/translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** One <text>: its lines (a tspan with x starts one), each placed by its anchor. */
function textBoxes(node: Node, at: [number, number], style: Style): TextBox[] {
  const attributes = node[':@'] ?? {};
  const own = styleOf(attributes, style);
  let x = number(attributes.x, own.size) ?? 0;
  let y = (number(attributes.y, own.size) ?? 0) + (number(attributes.dy, own.size) ?? 0);
  type Line = { x: number; y: number; runs: { text: string; style: Style; dx: number }[] };
  const lines: Line[] = [{ x, y, runs: [] }];
  for (const child of node[tagOf(node)] as Node[]) {
    const tag = tagOf(child);
    if (tag === '#text') lines.at(-1)!.runs.push({ text: String(child['#text']), style: own, dx: 0 });
    else if (tag === 'tspan') {
      const a = child[':@'] ?? {};
      const s = styleOf(a, own);
      const text = (child.tspan as Node[]).map((t) => String(t['#text'] ?? '')).join('');
      if (a.x !== undefined || a.dy !== undefined) {
        x = number(a.x, s.size) ?? x;
        y += number(a.dy, s.size) ?? 0;
        lines.push({ x, y, runs: [] });
      }
      lines.at(-1)!.runs.push({ text, style: s, dx: number(a.dx, s.size) ?? 0 });
    }
  }
  return lines
    .filter((l) => l.runs.some((r) => r.text.trim()))
    .map((l) => {
      const w = l.runs.reduce((sum, r) => sum + r.dx + width(r.text, r.style), 0);
      const size = Math.max(...l.runs.map((r) => r.style.size));
      const left = own.anchor === 'middle' ? l.x - w / 2 : own.anchor === 'end' ? l.x - w : l.x;
      return { text: l.runs.map((r) => r.text).join(''), x0: at[0] + left, x1: at[0] + left + w, y0: at[1] + l.y - ascent * size, y1: at[1] + l.y + descent * size };
    });
}

/** Every line of words in one <svg> document, and the drawing's size. */
export function svgTextBoxes(markup: string): { width: number; height: number; boxes: TextBox[] } {
  const [root] = (parser.parse(markup) as Node[]).filter((n) => tagOf(n) === 'svg');
  const attributes = root[':@'] ?? {};
  const boxes: TextBox[] = [];
  const walk = (nodes: Node[], at: [number, number], style: Style) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === '#text') continue;
      const a = node[':@'] ?? {};
      const [dx, dy] = translateOf(a.transform);
      const here: [number, number] = [at[0] + dx, at[1] + dy];
      if (tag === 'text') boxes.push(...textBoxes(node, here, style));
      else walk(node[tag] as Node[], here, styleOf(a, style));
    }
  };
  walk(root.svg as Node[], [0, 0], styleOf(attributes, { size: 16, weight: 400, anchor: 'start' }));
  return { width: Number(attributes.width), height: Number(attributes.height), boxes };
}

export const overlapArea = (a: TextBox, b: TextBox) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
