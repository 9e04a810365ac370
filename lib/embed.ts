import { onChartTab, type ChartId, type ChartState } from './chart-state';
import { chartPath, serializeState } from './chart-url';
import { escapeXml } from './escape-xml';

/** The widest an embed is offered at; there the chart shows its wide drawing at full size. */
export const embedMaxWidth = 780;

/** The part of a state that decides an embed's height: everything but the tab and the theme. */
export const embedHeightKey = (chart: ChartId, state: ChartState): string =>
  serializeState(chart, { ...onChartTab(state), theme: 'system' } as ChartState);

/** Embed heights by `embedHeightKey`, worked out on the server (lib/embed-height.ts), where the words are. */
export type EmbedHeights = Record<string, number>;

/** What an embed posts to the page framing it when its content's height changes. */
const embedHeightMessage = 'moscow-pyongyang-embed-height';

/**
 * Run in the embed: posts the height of its <main> (to the lowest child's bottom, with the padding and
 * margin below it) to the framing page, and again whenever that changes. Nothing when not framed.
 */
export const embedHeightScript = `(() => {
  const main = document.querySelector('main');
  if (!main || window.parent === window) return;
  const report = () => {
    const last = main.lastElementChild;
    const bottom = Math.max(...[...main.children].map((c) => c.getBoundingClientRect().bottom));
    const below = parseFloat(getComputedStyle(main).paddingBottom) + (last ? parseFloat(getComputedStyle(last).marginBottom) : 0);
    window.parent.postMessage({ type: '${embedHeightMessage}', height: Math.ceil(bottom + window.scrollY + below) }, '*');
  };
  const observer = new ResizeObserver(report);
  [main, ...main.children].forEach((c) => observer.observe(c));
  report();
})();`;

/**
 * The frame, sized for the full embed width, and a script that resizes it to what the embed
 * reports, so a narrower frame does not cut off the notes and source line. The script trusts only
 * messages from the embed's own origin and from the frame they name; a host that strips scripts
 * keeps the fixed height.
 */
export function embedSnippet(origin: string, chart: ChartId, state: ChartState, title: string, heights: EmbedHeights): string {
  const src = `${origin}${chartPath(chart, onChartTab(state), '/embed')}`;
  const height = heights[embedHeightKey(chart, state)];
  const resize =
    `addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="${embedHeightMessage}"||!(d.height>0))return;` +
    `document.querySelectorAll("iframe[data-embed-chart]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.min(d.height,5000)+"px"})})`;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:${embedMaxWidth}px" loading="lazy" data-embed-chart="${chart}"></iframe>` +
    `<script>${resize}</script>`
  );
}
