import { article } from './article';
import { context } from './context';
import { figures } from './figures';
import { flows } from './flows';
import { parseMetrics } from './load';
import { parties } from './parties';
import { timeline } from './timeline';

/** The dashboard's single source of facts, checked against its schema when it loads. */
export const metrics = parseMetrics({ article, figures, parties, context, flows, timeline });

export * from './schema';
export { section } from './article';
