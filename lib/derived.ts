import { figure } from './figures';
import { formatFigure } from './format';
import { metrics } from '@/data';

/** Numbers the dashboard shows that the sources do not state directly: each computed here, never typed in. */

const value = (id: string) => figure(id).value;
const contextValue = (id: string) => {
  const found = metrics.context.find((c) => c.id === id);
  if (!found) throw new Error(`No context figure with id "${id}"`);
  return found.value;
};

/** 2025 trade over 2022 trade, both from the article. */
export const tradeGrowthMultiple = value('trade-2025') / value('trade-2022');

/** 2023 trade (Russian statistics) over the article's 2022 figure: the year most of the rise happened. */
export const tradeJump2023Multiple = contextValue('trade-2023-ru-aide') / value('trade-2022');

/** Part of the 2022→2025 rise that had already happened by 2023, 0–1. */
export const shareOfRiseBy2023 =
  (contextValue('trade-2023-ru-aide') - value('trade-2022')) / (value('trade-2025') - value('trade-2022'));

/** Killed or injured as a share of soldiers sent, in percent, from the article's two figures. */
export const casualtySharePercent = (value('troops-killed-or-injured') / value('troops-sent')) * 100;

/** Dollars of debt written off in 2012. */
export const debtCancelledUsd = (value('debt-2012') * value('debt-cancelled-share')) / 100;

export const derivations = [
  { id: 'trade-growth', label: 'Trade growth, 2022 to 2025', value: tradeGrowthMultiple, unit: 'multiple', how: 'Article’s 2025 trade divided by its 2022 trade' },
  { id: 'trade-jump-2023', label: 'Trade rise from 2022 to 2023', value: tradeJump2023Multiple, unit: 'multiple', how: 'Russian statistics for 2023 (TASS) divided by the article’s 2022 trade' },
  { id: 'rise-by-2023', label: 'Share of the 2022–2025 rise reached by 2023', value: shareOfRiseBy2023 * 100, unit: 'percent', how: '(2023 − 2022) ÷ (2025 − 2022), 2023 from Russian statistics, the others from the article' },
  { id: 'casualty-share', label: 'Soldiers sent who were killed or injured', value: casualtySharePercent, unit: 'percent', how: 'Article’s “about 4,000 killed or injured” divided by its “over 11,000 sent”; both are rounded, so the share is approximate' },
  { id: 'debt-cancelled', label: 'Debt written off in 2012', value: debtCancelledUsd, unit: 'USD', how: `${formatFigure(figure('debt-cancelled-share'))} of ${formatFigure(figure('debt-2012'))}` },
] as const;
