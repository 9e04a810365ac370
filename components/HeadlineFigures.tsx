import { casualtyShareText } from '@/lib/casualties-series';
import { tradeGrowthMultiple } from '@/lib/derived';
import { figure } from '@/lib/figures';
import { formatDate, formatFigure, formatMultiple } from '@/lib/format';

/**
 * `computed`: the extra line is a number we worked out from the article's figures, and says so. A figure's
 * note (data/figures.ts: part of a year, a count another report reads more widely) follows it.
 */
const cards: { id: string; caption: string; extra: string; computed?: true }[] = [
  {
    id: 'trade-2025',
    caption: `trade in ${formatDate(figure('trade-2025').date)}`,
    extra: `${formatMultiple(tradeGrowthMultiple)} on ${formatDate(figure('trade-2022').date)}`,
    computed: true,
  },
  { id: 'troops-sent', caption: 'soldiers sent to fight around Kursk', extra: `deployed later in ${formatDate(figure('troops-sent').date)}` },
  { id: 'troops-killed-or-injured', caption: 'of them killed or injured', extra: casualtyShareText, computed: true },
  { id: 'artillery-share', caption: 'of Russia’s artillery ammunition in Ukraine', extra: 'supplied by North Korea' },
  {
    id: 'debt-2012',
    caption: `of Cold-War debt written off, ${formatFigure(figure('debt-cancelled-share'))} of what was owed`,
    extra: `in ${formatDate(figure('debt-2012').date)}`,
  },
  { id: 'tumen-bridge-cost', caption: 'for a rail link across the Tumen River', extra: 'under construction' },
];

/** The row of key numbers under the header, each with its hedge and where it comes from. */
export function HeadlineFigures() {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label="Key figures">
      {cards.map((card) => {
        const f = figure(card.id);
        return (
          <li key={card.id} className="rounded-lg border border-rule bg-panel p-3" data-figure={card.id}>
            <p className="text-xl font-bold text-ink">{formatFigure(f)}</p>
            <p className="text-sm text-ink">{card.caption}</p>
            <p className="mt-1 text-xs text-muted">
              {card.computed ? `${card.extra}, computed by us from the article’s figures` : card.extra}
            </p>
            {f.note && <p className="text-xs text-muted">{f.note}</p>}
            <p className="text-xs text-muted">
              {`Source: the article${f.source.outlet ? `, citing ${f.source.outlet}` : ''}${f.kind === 'assessment' ? ' (an assessment, not a count)' : ''}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
