import { metrics, section, type ContextFigure, type Figure, type Party } from '@/data';
import { formatWhen } from './format';

/** Looks up an article figure; a missing id is a programming error, so it throws at build time. */
export function figure(id: string): Figure {
  const found = metrics.figures.find((f) => f.id === id);
  if (!found) throw new Error(`No figure with id "${id}" in data/figures.ts`);
  return found;
}

/** Looks up another party's figure (data/other-sources.csv) the same way. */
export function contextFigure(id: string): ContextFigure {
  const found = metrics.context.find((c) => c.id === id);
  if (!found) throw new Error(`No context figure with id "${id}" in data/other-sources.csv`);
  return found;
}

/** What a reader is told about another party's figure: our wording where we gave one, else the recorded note. */
export const readerNote = (c: ContextFigure): string => c.readerNote ?? c.note;

/** Where in the article something stands: a section by its heading, in quotes; the opening paragraph has no heading. */
const articlePlace = (name: string) => (name === section.intro ? 'opening paragraph' : `section “${name}”`);

/** Where in the article, and whom the article credits there: "section “…”, citing BBC News". */
export const articleRef = ({ section: name, outlet }: Figure['source']) => `${articlePlace(name)}${outlet ? `, citing ${outlet}` : ''}`;

/** An article figure's source on its own, as a tooltip gives it: "Article, section “…”, citing BBC News". */
export const articleSource = (source: Figure['source']) => `Article, ${articleRef(source)}`;

/** Who gave a figure, in the recorded words (which keep relays such as “via lawmaker”), with typographic apostrophes. */
export const partyAsRecorded = (c: ContextFigure): string => c.party.replace(/'/g, '’');

export function party(id: string): Party {
  const found = metrics.parties.find((p) => p.id === id);
  if (!found) throw new Error(`No party with id "${id}" in data/parties.csv`);
  return found;
}

export function contextFor(topic: ContextFigure['topic']): ContextFigure[] {
  return metrics.context.filter((c) => c.topic === topic);
}

/** Which data a view shows, in the words the page, its pictures and its files share: a copy in a slide says so. */
export const dataStamp = () => `Data ${metrics.version}, figures as of ${formatWhen(metrics.asOf)}`;
