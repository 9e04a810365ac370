/** What the Download menu offers: a picture of the chart (PNG at a density, SVG) or its data (CSV, JSON). */
export type ExportChoice = { format: 'png'; density: 1 | 2 | 4 } | { format: 'svg' | 'csv' | 'json' };

/** A picture is made from the drawing on screen; data files from the chart's table, whatever is shown. */
export const isPicture = (choice: ExportChoice) => choice.format === 'png' || choice.format === 'svg';
