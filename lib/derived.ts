import { contextFigure, figure } from './figures';
import { formatFigure, formatValue } from './format';

// Numbers the dashboard shows that the sources do not state directly: each computed here, never typed in.

const value = (id: string) => figure(id).value;

/** 2025 trade over 2022 trade, both from the article. */
export const tradeGrowthMultiple = value('trade-2025') / value('trade-2022');

/** 2023 trade (Russian statistics) over the article's 2022 figure, shown beside the 2023 bar. */
export const tradeJump2023Multiple = contextFigure('trade-2023-ru-aide').value / value('trade-2022');

/** Killed or injured as a share of soldiers sent, in percent, from the article's two figures; approximate, as both are rounded (“about”, “over”). */
export const casualtySharePercent = (value('troops-killed-or-injured') / value('troops-sent')) * 100;

/** `row`: the figure it is shown beside, whose row in the table and data files names it. */
export const derivations = [
  { id: 'trade-growth', row: 'trade-2025', label: 'Trade growth, 2022 to 2025', value: tradeGrowthMultiple, unit: 'multiple', approximate: false, how: 'Article’s 2025 trade divided by its 2022 trade' },
  { id: 'trade-jump-2023', row: 'trade-2023-ru-aide', label: 'Trade rise from 2022 to 2023', value: tradeJump2023Multiple, unit: 'multiple', approximate: false, how: 'Russian statistics for 2023 (TASS) divided by the article’s 2022 trade' },
  { id: 'casualty-share', row: 'troops-killed-or-injured', label: 'Soldiers sent who were killed or injured', value: casualtySharePercent, unit: 'percent', approximate: true, how: `Article’s “${formatFigure(figure('troops-killed-or-injured'))} killed or injured” divided by its “${formatFigure(figure('troops-sent'))} sent”; both are rounded (one “about”, one “over”), so the share is only approximate` },
] as const;

type Derivation = (typeof derivations)[number];

/** A computed number as shown: "×13.9", "≈36%". */
export const derivationValue = (d: Derivation) => `${d.approximate ? '≈' : ''}${formatValue(d.value, d.unit)}`;

/** A computed number in words, with how we worked it out: "Computed by us: Trade growth, 2022 to 2025, ×13.9: Article’s …". */
export const derivationText = (d: Derivation) => `Computed by us: ${d.label}, ${derivationValue(d)}: ${d.how}.`;
