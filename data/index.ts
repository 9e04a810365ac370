// Imported by its alias name, which next.config.ts maps to the bundled files.
import { dataFiles } from '@/data/files';
import { articleFacts } from './article-facts';
import { parseMetrics } from './load';
import { loadTables } from './load-tables';
import { dataVersion, figuresAsOf } from './version';

const tables = loadTables(dataFiles);

/**
 * The dashboard's single source of facts, checked when it loads: a bad entry throws, naming the
 * entry and field (or the file, line and column), and so fails the build. `version` and `asOf`
 * say which data a page or file was made from.
 */
export const metrics = {
  ...parseMetrics(articleFacts),
  ...tables,
  version: dataVersion(dataFiles, articleFacts),
  asOf: figuresAsOf(tables.context),
};

export type { Direction, Figure, Flow, FlowKind, Kind, Qualifier, Unit } from './schema';
export type { ContextFigure, ContextSeries, Party } from './csv-schema';
export { section } from './article';
