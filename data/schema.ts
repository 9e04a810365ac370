import { z } from 'zod';
import { directions, flowKinds } from './vocabulary';

// zod probes for eval to speed up parsing; our Content-Security-Policy forbids eval, so skip the probe.
z.config({ jitless: true });

/** How the source hedges a number; kept next to the number everywhere it is shown. */
export const QualifierSchema = z.enum(['exact', 'about', 'over', 'up to', 'nearly', 'at least']);

/**
 * What sort of figure it is, which decides how it is drawn (design.md, "Kind of figure"):
 * counts and official statistics solid, assessments tinted, claims and projections outlined,
 * mirror and industry statistics hollow.
 */
export const KindSchema = z.enum([
  'reported',
  'official-statistic',
  'mirror-statistic',
  'industry-estimate',
  'assessment',
  'claim',
  'projection',
]);

export const UnitSchema = z.enum(['USD', 'soldiers', 'workers', 'percent', 'multiple']);

/** ISO date truncated to the precision the source gives: 2024, 2024-12 or 2024-12-19. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: 'expected YYYY, YYYY-MM or YYYY-MM-DD',
});

const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'expected a kebab-case id' });

export const ArticleSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  file: z.string().min(1),
});

/** Where in the article a fact stands, and whom the article credits for it. */
export const ArticleRefSchema = z.object({
  article: IdSchema,
  section: z.string().min(1),
  outlet: z.string().min(1).optional(),
});

export const FigureSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  value: z.number().finite().nonnegative(),
  unit: UnitSchema,
  date: PartialDateSchema,
  /** True where the article gives no date: `date` is then only the year it orders by, never shown as sourced. */
  undated: z.literal(true).optional(),
  qualifier: QualifierSchema,
  kind: KindSchema,
  /** How the source says it where words read better than the number ("over half"). */
  words: z.string().min(1).optional(),
  /** Who makes the claim or assessment, where it is not the article itself. */
  party: z.string().min(1).optional(),
  source: ArticleRefSchema,
});

export const PartySchema = z.object({
  id: IdSchema,
  short: z.string().min(1).max(16),
  name: z.string().min(1),
});

/** One row of other-sources.csv: a figure reported by someone other than the article. */
export const ContextFigureSchema = z.object({
  id: IdSchema,
  topic: z.enum(['trade', 'deployment', 'casualties']),
  measure: z.string().min(1),
  /** Which series the figure belongs to; killed, injured and all casualties never mix. */
  series: z.enum([
    'trade',
    'troops',
    'additional-troops',
    'planned-troops',
    'killed',
    'injured',
    'killed-or-injured',
    'all-casualties',
  ]),
  asOf: PartialDateSchema,
  /** Ours: where the source gives a span rather than a day, that span (`2024`, `2025-01/2025-02`); `asOf` is its last day, for order. */
  period: z.union([PartialDateSchema, z.string().regex(/^[^/]+\/[^/]+$/).refine((s) => s.split('/').every((d) => PartialDateSchema.safeParse(d).success), 'expected two dates joined by /')]).optional(),
  value: z.number().finite().nonnegative(),
  unit: UnitSchema,
  qualifier: QualifierSchema,
  kind: KindSchema,
  party: z.string().min(1),
  partyId: IdSchema,
  reportedBy: z.string().min(1),
  published: PartialDateSchema,
  url: z.url({ protocol: /^https?$/ }),
  /** The CSV's note as recorded (often a checker's shorthand). */
  note: z.string(),
  /** Ours: the note as readers see it, where the recorded one would not read well on screen. */
  readerNote: z.string().min(1).optional(),
});

export const FlowKindSchema = z.enum(flowKinds);
export const DirectionSchema = z.enum(directions);

export const FlowSchema = z.object({
  id: IdSchema,
  direction: DirectionSchema,
  kind: FlowKindSchema,
  label: z.string().min(1),
  detail: z.string().min(1),
  figureIds: z.array(IdSchema),
  source: ArticleRefSchema,
});

export const TimelineEventSchema = z.object({
  id: IdSchema,
  /** The date the source gives, if it gives one; never a date from elsewhere. */
  date: PartialDateSchema.optional(),
  /** How the step's time reads on screen, in the source's terms ("Cold War", "Later in 2024"). */
  when: z.string().min(1),
  title: z.string().min(1),
  detail: z.string().min(1),
  figureIds: z.array(IdSchema),
  /** A list the source gives for this step (what a project is for), read after an introduction. */
  list: z.object({ intro: z.string().min(1), items: z.array(z.string().min(1)).min(1) }).optional(),
  source: ArticleRefSchema,
});

export const MetricsSchema = z
  .object({
    article: ArticleSchema,
    figures: z.array(FigureSchema).min(1),
    parties: z.array(PartySchema),
    context: z.array(ContextFigureSchema),
    flows: z.array(FlowSchema).min(1),
    timeline: z.array(TimelineEventSchema).min(1),
  })
  .superRefine((m, ctx) => {
    const figureIds = new Set<string>();
    m.figures.forEach((f, i) => {
      if (figureIds.has(f.id)) ctx.addIssue({ code: 'custom', path: ['figures', i, 'id'], message: `duplicate id "${f.id}"` });
      figureIds.add(f.id);
      if (f.source.article !== m.article.id)
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'source', 'article'], message: `unknown article "${f.source.article}"` });
    });
    const partyIds = new Set(m.parties.map((p) => p.id));
    m.context.forEach((c, i) => {
      if (!partyIds.has(c.partyId))
        ctx.addIssue({ code: 'custom', path: ['context', i, 'partyId'], message: `unknown party "${c.partyId}"` });
    });
    // The list's order is the order of events, so the dates it does give must agree with it
    // (compared at the coarser of two precisions: "2024" may follow "2024-06").
    const dated = m.timeline.flatMap((e, i) => (e.date ? [{ date: e.date, i }] : []));
    dated.slice(1).forEach(({ date, i }, k) => {
      const shared = Math.min(date.length, dated[k].date.length);
      if (date.slice(0, shared) < dated[k].date.slice(0, shared)) ctx.addIssue({ code: 'custom', path: ['timeline', i, 'date'], message: `"${date}" comes before the earlier step's "${dated[k].date}"` });
    });
    // A dated step lends its date to what it cites: a figure the article gives no date for belongs on an undated step.
    const undated = new Set(m.figures.filter((f) => f.undated).map((f) => f.id));
    m.timeline.forEach((e, i) =>
      e.figureIds.forEach((id, j) => {
        if (e.date && undated.has(id))
          ctx.addIssue({ code: 'custom', path: ['timeline', i, 'figureIds', j], message: `the article gives no date for "${id}", so a dated step cannot cite it` });
      }),
    );
    for (const list of ['flows', 'timeline'] as const)
      m[list].forEach((e, i) =>
        e.figureIds.forEach((id, j) => {
          if (!figureIds.has(id))
            ctx.addIssue({ code: 'custom', path: [list, i, 'figureIds', j], message: `unknown figure "${id}"` });
        }),
      );
  });

export type Qualifier = z.infer<typeof QualifierSchema>;
export type Kind = z.infer<typeof KindSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Party = z.infer<typeof PartySchema>;
export type ContextFigure = z.infer<typeof ContextFigureSchema>;
export type ContextSeries = ContextFigure['series'];
export type Flow = z.infer<typeof FlowSchema>;
export type FlowKind = z.infer<typeof FlowKindSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type Metrics = z.infer<typeof MetricsSchema>;
/** The raw, unchecked shape a data file is written in. */
export type MetricsInput = z.input<typeof MetricsSchema>;
