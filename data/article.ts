import type { MetricsInput } from './schema';

export const article = {
  id: 'geopolitiks-renewed-comradery',
  title: 'Russia and North Korea: the renewed comradery',
  publisher: 'Geopolitiks',
} satisfies MetricsInput['article'];

/** Section headings of the article, so a typo cannot create a section that does not exist. */
export const section = {
  intro: 'Opening paragraph',
  history: 'Historical context',
  military: 'Increased military cooperation',
  ties: 'Diplomatic, economic, and soft-power ties',
  stakes: 'What’s at stake for Pyongyang?',
} as const;

export const ref = (s: keyof typeof section, outlet?: string) => ({
  article: article.id,
  section: section[s],
  ...(outlet ? { outlet } : {}),
});
