import type { Layout } from '@/lib/chart-size';

/** A state's drawing in both page layouts, as scripts/draw-charts.tsx published it for the browser. */
export type Drawing = Record<Layout, string>;

const ready = new Map<string, Drawing>();
const pending = new Map<string, Promise<Drawing>>();

/** A drawing already in hand, for a redraw in the same frame as the press that asked for it. */
export const readyDrawing = (url: string) => ready.get(url);

/** Keeps a drawing the page already shows (read from its DOM), so a return to that state needs no request. */
export const keepDrawing = (url: string, drawing: Drawing) => ready.set(url, drawing);

/** Fetches a drawing once; a failed fetch is forgotten, so the next ask tries again. */
export function loadDrawing(url: string): Promise<Drawing> {
  const known = ready.get(url);
  if (known) return Promise.resolve(known);
  let load = pending.get(url);
  if (!load) {
    load = fetch(url, { priority: 'low' })
      .then((response) => {
        if (!response.ok) throw new Error(`The drawing could not be loaded (${response.status}).`);
        return response.json() as Promise<Drawing>;
      })
      .then((drawing) => {
        ready.set(url, drawing);
        return drawing;
      });
    load.catch(() => pending.delete(url));
    pending.set(url, load);
  }
  return load;
}
