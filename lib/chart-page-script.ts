import { chartPath, themeAttribute, type ChartId, type ChartState } from './chart-state';

/**
 * A value written into a script: JSON, with `<` escaped so that no text can close the script tag. The
 * values written today are already URL-encoded; this keeps any later one from opening a hole.
 */
export const scriptLiteral = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Run as a chart page is parsed, before the framework wakes: puts the view's canonical link in the
 * address bar (a link read with `scale=LOG` shows `scale=log`), and its theme on <html>, so the
 * scrollbars follow the choice too. ChartStateProvider does both again, and on every change, once React runs.
 */
export function chartPageScript(chart: ChartId, state: ChartState): string {
  const theme = themeAttribute(state);
  return `(() => {
  const path = ${scriptLiteral(chartPath(chart, state))};
  if (location.pathname + location.search !== path) history.replaceState(history.state, '', path + location.hash);
  ${theme ? `document.documentElement.dataset.theme = ${scriptLiteral(theme)};` : ''}
})();`;
}
