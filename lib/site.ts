/** The product's name and one-line description, for the page header, titles and link previews. */
export const site = {
  name: 'Moscow–Pyongyang in numbers',
  description: 'Trade, troops and the arms-for-technology exchange between Russia and North Korea, each figure traced to its source.',
} as const;
