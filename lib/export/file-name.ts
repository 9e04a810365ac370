import { charts, stateSuffix } from '../charts';
import type { ChartId, ChartState } from '../chart-state';
import { isPicture, type ExportChoice } from './export-choice';

/**
 * A picture is named after the view it shows; a data file holds the chart's whole table whatever
 * the view hides, so it is named after the chart alone. The file routes send it as the file's name.
 */
export function exportFileName(chart: ChartId, state: ChartState, choice: ExportChoice): string {
  const suffix = isPicture(choice) ? stateSuffix(chart, state as never) : '';
  const density = choice.format === 'png' && choice.density > 1 ? `@${choice.density}x` : '';
  return `${charts[chart].fileBase}${suffix ? `-${suffix}` : ''}${density}.${choice.format}`;
}
