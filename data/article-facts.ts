import { article } from './article';
import { figures } from './figures';
import { flows } from './flows';
import { timeline } from './timeline';

/** The article's facts as kept in data/*.ts, in one object: what the schema checks and the data version hashes. */
export const articleFacts = { article, figures, flows, timeline };
export type ArticleFacts = typeof articleFacts;
