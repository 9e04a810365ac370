import type { Figure, Kind, Qualifier, Unit } from '@/data';

const qualifierWords: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  over: 'over',
  'up to': 'up to',
  nearly: 'nearly',
  'at least': 'at least',
};

/** `$3.8M`, `$52.9M`, `$111M`, `$10B` (design.md): one decimal below 100, none above. */
export function formatMoney(usd: number): string {
  // Zero has no scale: "$0", not "$0K".
  if (usd === 0) return '$0';
  const [scaled, suffix] = usd >= 1e9 ? [usd / 1e9, 'B'] : usd >= 1e6 ? [usd / 1e6, 'M'] : [usd / 1e3, 'K'];
  const digits = scaled >= 100 || Number.isInteger(scaled) ? 0 : 1;
  return `$${scaled.toFixed(digits)}${suffix}`;
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function formatShare(percent: number): string {
  return `${Math.round(percent)}%`;
}

export function formatMultiple(ratio: number): string {
  return `×${ratio.toFixed(1)}`;
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'USD':
      return formatMoney(value);
    case 'percent':
      return formatShare(value);
    case 'multiple':
      return formatMultiple(value);
    default:
      return formatCount(value);
  }
}

/** The hedge as it is written before a number; empty for an exact figure. */
export const qualifierWord = (qualifier: Qualifier) => qualifierWords[qualifier];

/** "about 4,000", "over half": the source's hedge always travels with the number. */
export function withQualifier(text: string, qualifier: Qualifier): string {
  const word = qualifierWord(qualifier);
  return word ? `${word} ${text}` : text;
}

export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'words'>): string {
  return f.words ?? withQualifier(formatValue(f.value, f.unit), f.qualifier);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 2025" for a month or day, the year alone where the source gives only a year. */
export function formatDate(date: string): string {
  const [year, month] = date.split('-');
  return month ? `${months[Number(month) - 1]} ${year}` : year;
}

export function formatDay(date: string): string {
  const [year, month, day] = date.split('-');
  if (!day) return formatDate(date);
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}

/** A date or a span of them (`2025-01/2025-02`, ISO 8601's interval) in words: "Jan–Feb 2025". */
export function formatWhen(when: string): string {
  const [from, to] = when.split('/');
  if (!to) return formatDay(from);
  const [a, b] = [formatDay(from), formatDay(to)];
  const [aYear, bYear] = [a.slice(-4), b.slice(-4)];
  return aYear === bYear && a !== aYear ? `${a.slice(0, -5)}–${b}` : `${a}–${b}`;
}

export const kindLabels: Record<Kind, string> = {
  reported: 'reported figure',
  'official-statistic': 'official statistic',
  'mirror-statistic': 'mirror statistic',
  'industry-estimate': 'industry estimate',
  assessment: 'assessment',
  claim: 'claim',
  projection: 'projection',
};
