import type { Layout } from '../chart-size';
import { charts } from '../charts';
import type { ChartId, ChartState } from '../chart-state';
import { isPicture, type ExportChoice } from './export-choice';
import { exportTheme } from '../palette';

/**
 * A picture is named after the view it shows, its theme and its shape, so the pictures of one view
 * saved side by side keep apart; a data file holds the chart's whole table whatever the view hides,
 * so it is named after the chart alone. The file routes send it as the file's name.
 */
export function exportFileName(chart: ChartId, state: ChartState, choice: ExportChoice, layout: Layout = 'wide'): string {
  const parts = isPicture(choice) ? [...charts[chart].fileSuffix(state), exportTheme(state), layout === 'narrow' ? 'tall' : 'wide'] : [];
  const density = choice.format === 'png' && choice.density > 1 ? `@${choice.density}x` : '';
  return `${[charts[chart].fileBase, ...parts].filter(Boolean).join('-')}${density}.${choice.format}`;
}
