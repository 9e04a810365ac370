// Imported by its alias name, which next.config.ts maps to the bundled files.
import { dataFiles } from '@/data/files';
import { article } from './article';
import { figures } from './figures';
import { flows } from './flows';
import { parseMetrics } from './load';
import { loadTables } from './load-tables';
import { timeline } from './timeline';

/**
 * The dashboard's single source of facts, checked when it loads: a bad entry throws, naming the
 * entry and field (or the file, line and column), and so fails the build.
 */
export const metrics = { ...parseMetrics({ article, figures, flows, timeline }), ...loadTables(dataFiles) };

export type Metrics = typeof metrics;
export * from './schema';
export * from './csv-schema';
export { section } from './article';
