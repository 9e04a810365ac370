import { z } from 'zod';
import { directions, flowKinds } from './vocabulary';

/** How the source hedges a number; kept next to the number everywhere it is shown. */
const qualifiers = ['exact', 'about', 'over', 'up to', 'nearly', 'at least'] as const;
export const QualifierSchema = z.enum(qualifiers, { error: `is not a qualifier, expected one of: ${qualifiers.join(', ')}` });

/**
 * What sort of figure it is, which decides how it is drawn (design.md, "Kind of figure"):
 * counts and official statistics solid, assessments tinted, claims and projections outlined,
 * mirror and industry statistics hollow.
 */
const kinds = ['reported', 'official-statistic', 'mirror-statistic', 'industry-estimate', 'assessment', 'claim', 'projection'] as const;
export const KindSchema = z.enum(kinds, { error: `is not a kind of figure, expected one of: ${kinds.join(', ')}` });

const UnitSchema = z.enum(['USD', 'soldiers', 'workers', 'percent', 'multiple']);

/** Whether YYYY-MM-DD names a day that exists (there is no 2025-02-30). */
const isDay = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
};

/** ISO date truncated to the precision the source gives: 2024, 2024-12 or 2024-12-19. */
export const PartialDateSchema = z.string().refine((s) => /^\d{4}(-(0[1-9]|1[0-2])(-\d\d)?)?$/.test(s) && (s.length < 10 || isDay(s)), {
  error: 'is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD',
});

/** Whether partial date `a` comes before `b`, compared at the coarser of their precisions: "2024" is not before "2024-06". */
export const dateBefore = (a: string, b: string) => {
  const shared = Math.min(a.length, b.length);
  return a.slice(0, shared) < b.slice(0, shared);
};

export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'is not an id, expected lower-case words and digits joined by hyphens' });

const ArticleSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
});

/** Where in the article a fact stands, and whom the article credits for it. */
const ArticleRefSchema = z.object({
  article: IdSchema,
  section: z.string().min(1),
  outlet: z.string().min(1).optional(),
});

const FigureSchema = z.object({
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
  /** What a reader of the figure alone should know (our words), carried into the table and the data files. */
  note: z.string().min(1).optional(),
  source: ArticleRefSchema,
});

const FlowKindSchema = z.enum(flowKinds);
const DirectionSchema = z.enum(directions);

const FlowSchema = z.object({
  id: IdSchema,
  direction: DirectionSchema,
  kind: FlowKindSchema,
  label: z.string().min(1),
  detail: z.string().min(1),
  figureIds: z.array(IdSchema),
  source: ArticleRefSchema,
});

const TimelineEventSchema = z.object({
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

/** The facts kept in TypeScript: the article, its figures, flows and timeline (the CSV tables are checked in csv-schema.ts). */
export const MetricsSchema = z
  .object({
    article: ArticleSchema,
    figures: z.array(FigureSchema).min(1),
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
    // The list's order is the order of events, so the dates it does give must agree with it ("2024" may follow "2024-06").
    const dated = m.timeline.flatMap((e, i) => (e.date ? [{ date: e.date, i }] : []));
    dated.slice(1).forEach(({ date, i }, k) => {
      if (dateBefore(date, dated[k].date)) ctx.addIssue({ code: 'custom', path: ['timeline', i, 'date'], message: `"${date}" comes before the earlier step's "${dated[k].date}"` });
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
export type Flow = z.infer<typeof FlowSchema>;
export type FlowKind = z.infer<typeof FlowKindSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
/** The raw, unchecked shape a data file is written in. */
export type MetricsInput = z.input<typeof MetricsSchema>;
