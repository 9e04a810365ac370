import { z } from 'zod';
import { dateBefore, IdSchema, KindSchema, PartialDateSchema, QualifierSchema } from './schema';

/**
 * What each column of the data files must hold. Every cell arrives as text; each message reads
 * after the cell's value ("'abc' is not a number"), and the loader puts the file, line and column
 * in front of it.
 */

const filled = (what: string) => z.string().min(1, { error: `is empty, expected ${what}` });
/** An empty cell is no value; any other must pass `schema`. */
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .transform((s) => s || undefined)
    .pipe(schema.optional());

/** A count or amount as the source gives it: digits, perhaps with a decimal point (no thousands separators). */
const AmountSchema = z.string().regex(/^\d+(\.\d+)?$/, { error: 'is not a number' });

/** A span the source gives instead of a day: one partial date, or two joined by / (`2025-01/2025-02`). */
const PeriodSchema = z.string().refine((s) => s.split('/').length <= 2 && s.split('/').every((d) => PartialDateSchema.safeParse(d).success), {
  error: 'is not a date or span, expected YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by /',
});

/** The units a source's figures come in, and what the dashboard stores them in. */
const units = { 'USD million': { scale: 6, unit: 'USD' }, soldiers: { scale: 0, unit: 'soldiers' } } as const;
const CsvUnitSchema = z.enum(Object.keys(units) as (keyof typeof units)[], { error: `is not a unit here, expected ${Object.keys(units).join(' or ')}` });

/** Which series a figure belongs to, per topic; killed, injured and all casualties never mix. */
const seriesOfTopic = {
  trade: ['trade'],
  deployment: ['troops', 'additional-troops', 'planned-troops'],
  casualties: ['killed', 'injured', 'killed-or-injured', 'all-casualties'],
} as const;
const TopicSchema = z.enum(Object.keys(seriesOfTopic) as (keyof typeof seriesOfTopic)[], { error: `is not a topic, expected ${Object.keys(seriesOfTopic).join(', ')}` });
const allSeries = Object.values(seriesOfTopic).flat();
const SeriesSchema = z.enum(allSeries, { error: `is not a series, expected ${allSeries.join(', ')}` });
const unitOfTopic = { trade: 'USD million', deployment: 'soldiers', casualties: 'soldiers' } as const;

/** data/parties.csv: who gives figures, with a short name for charts and a full one for tooltips and tables. */
export const PartySchema = z.object({
  id: IdSchema,
  short: filled('a short name for the chart').max(16, { error: 'is longer than 16 characters, which the chart labels have room for' }),
  name: filled('the full name for tooltips and tables'),
});

/**
 * data/other-sources.csv: a figure reported by someone other than the article. Its first columns are
 * those of the source list we were given, as given (`USD million` included); id, series, kind,
 * party_id, period and reader_note are ours and decide how each figure is drawn and read.
 */
export const ContextFigureSchema = z
  .object({
    id: IdSchema,
    topic: TopicSchema,
    measure: filled('what was counted'),
    as_of: PartialDateSchema,
    value: AmountSchema,
    // The source list's format allows a range; nothing draws one yet, so a range must not slip in unseen.
    value_high: z.literal('', { error: 'is not supported yet: the charts draw one value a figure, so give the range in reader_note' }),
    unit: CsvUnitSchema,
    qualifier: QualifierSchema,
    party: filled('who gave the figure, as the report names them'),
    reported_by: filled('the outlet that reported it'),
    published: PartialDateSchema,
    url: z.url({ protocol: /^https?$/, error: 'is not a web address, expected one starting http:// or https://' }),
    /** The note as recorded (often a checker's shorthand). */
    note: z.string(),
    series: SeriesSchema,
    kind: KindSchema,
    party_id: IdSchema,
    /** Where the source gives a span rather than a day, that span; `as_of` is its last day, for order. */
    period: optional(PeriodSchema),
    /** The note as readers see it, where the recorded one would not read well on screen. */
    reader_note: optional(z.string()),
  })
  // Checks across columns run once every cell is valid on its own (a transform runs only then).
  .transform(({ as_of, value, value_high: _, unit, reported_by, party_id, reader_note, ...row }, ctx) => {
    const issue = (column: string, message: string) => ctx.addIssue({ code: 'custom', path: [column], message });
    if (!(seriesOfTopic[row.topic] as readonly string[]).includes(row.series))
      issue('series', `is not a series of topic ${row.topic}, expected ${seriesOfTopic[row.topic].join(', ')}`);
    if (unit !== unitOfTopic[row.topic]) issue('unit', `is not the unit of topic ${row.topic}, expected ${unitOfTopic[row.topic]}`);
    if (row.topic === 'trade' && as_of.length !== 4) issue('as_of', 'is not a year, expected YYYY: the trade chart draws one figure a year');
    // A report dated 2025-01 may cover 2025-01-15.
    if (dateBefore(row.published, as_of)) issue('published', `is before as_of ${as_of}, and a report cannot come before what it reports`);
    return {
      ...row,
      asOf: as_of,
      // Scaled in the decimal text: 1.001 million is exactly 1 001 000, where 1.001 × 1e6 is not.
      value: Number(`${value}e${units[unit].scale}`),
      unit: units[unit].unit,
      reportedBy: reported_by,
      partyId: party_id,
      readerNote: reader_note,
    };
  });

export type Party = z.output<typeof PartySchema>;
export type ContextFigure = z.output<typeof ContextFigureSchema>;
export type ContextSeries = ContextFigure['series'];
