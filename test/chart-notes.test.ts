import { describe, expect, it } from 'vitest';
import { notesFor } from '@/lib/chart-notes';
import { metrics } from '@/data';
import { charts, sourceLine, takeawayParts, takeawayText, viewTakeaway } from '@/lib/charts';
import { flowKindLabels } from '@/lib/flow-layout';
import { formatFigure } from '@/lib/format';
import { defaultState } from '@/lib/chart-state';

describe('chart notes follow the view', () => {
  const notes = [{ text: 'always' }, { text: 'about others', withContext: true }, { text: 'others hidden', withContext: false }];

  it('keeps a note on how the chart draws something with the chart: not beside the table or the sources', () => {
    const drawn = [{ text: 'always' }, { text: 'a mark’s look', drawing: true as const }];
    expect(notesFor(drawn, defaultState('trade'))).toEqual(['always', 'a mark’s look']);
    expect(notesFor(drawn, { ...defaultState('trade'), tab: 'table' })).toEqual(['always']);
    expect(notesFor(drawn, { ...defaultState('trade'), tab: 'sources' })).toEqual(['always']);
    // The trade table, with other parties hidden, marks no year "hidden": its note is the chart's.
    const hiddenNote = /marked “hidden”/;
    expect(notesFor(charts.trade.notes, { ...defaultState('trade'), context: 'off' }).some((n) => hiddenNote.test(n))).toBe(true);
    expect(notesFor(charts.trade.notes, { ...defaultState('trade'), context: 'off', tab: 'table' }).some((n) => hiddenNote.test(n))).toBe(false);
  });

  it('shows notes about other parties only while they are drawn, and the others-hidden note only while they are not', () => {
    expect(notesFor(notes, { ...defaultState('trade'), context: 'on' })).toEqual(['always', 'about others']);
    expect(notesFor(notes, { ...defaultState('trade'), context: 'off' })).toEqual(['always', 'others hidden']);
    expect(notesFor(notes, { ...defaultState('casualties'), estimates: 'off' })).toEqual(['always', 'others hidden']);
    expect(notesFor(notes, defaultState('flows'))).toEqual(['always', 'about others']);
  });

  it('on the sources tab, which lists every party, the notes are those for every figure; the table, which lists what the chart draws, follows the view', () => {
    expect(notesFor(notes, { ...defaultState('trade'), context: 'off', tab: 'sources' })).toEqual(['always', 'about others']);
    expect(notesFor(notes, { ...defaultState('casualties'), estimates: 'off', tab: 'sources' })).toEqual(['always', 'about others']);
    expect(notesFor(notes, { ...defaultState('trade'), context: 'off', tab: 'table' })).toEqual(['always', 'others hidden']);
    expect(notesFor(notes, { ...defaultState('casualties'), estimates: 'off', tab: 'table' })).toEqual(['always', 'others hidden']);
  });

  it('no chart is left without notes in any context setting, and hiding others never adds a note about them', () => {
    for (const id of ['trade', 'casualties'] as const) {
      const on = notesFor(charts[id].notes, defaultState(id));
      const off = notesFor(charts[id].notes, { ...defaultState(id), [id === 'trade' ? 'context' : 'estimates']: 'off' } as never);
      expect(on.length).toBeGreaterThan(0);
      expect(off.length).toBeGreaterThan(0);
      expect(off.some((n) => /grey cross|2024 figure is an industry estimate|none are joined/.test(n))).toBe(false);
    }
  });

  it('with other parties’ estimates hidden, no casualties note cites the report those estimates come from', () => {
    const off = notesFor(charts.casualties.notes, { ...defaultState('casualties'), estimates: 'off' });
    expect(off.filter((n) => /BBC report|Western officials|all casualties/.test(n))).toEqual([]);
    expect(notesFor(charts.casualties.notes, defaultState('casualties')).some((n) => /BBC report/.test(n))).toBe(true);
  });

  it('with them hidden, a note still warns that they count the article’s casualty figure another way, and how to see it', () => {
    const off = notesFor(charts.casualties.notes, { ...defaultState('casualties'), estimates: 'off' });
    expect(off.filter((n) => /^Some of the other parties’ estimates, hidden here/.test(n) && /about 4,000 more widely/.test(n) && /with them shown/.test(n))).toHaveLength(1);
  });
});

describe('takeaways cite only what the view draws', () => {
  // A value the article also gives (the BBC's about 4,000) is the article's to cite.
  const articleValues = new Set(metrics.figures.map((f) => formatFigure(f)));
  const contextValues = metrics.context.map((c) => formatFigure(c)).filter((v) => !articleValues.has(v));
  const otherParties = metrics.parties.flatMap((p) => [p.short, p.name]);

  it('without other parties the takeaway names none of their figures, parties or estimates', () => {
    for (const meta of Object.values(charts)) {
      const text = takeawayText(meta, false);
      expect(text.endsWith('.'), meta.id).toBe(true);
      for (const value of contextValues) expect(text, `${meta.id}: ${value}`).not.toContain(value);
      for (const name of otherParties) expect(text, `${meta.id}: ${name}`).not.toContain(name);
      expect(text, meta.id).not.toMatch(/other parties|statistics|estimates/i);
    }
  });

  it('with them, it says what they add: one sentence that starts as the article-only one', () => {
    for (const meta of Object.values(charts)) {
      const alone = takeawayText(meta, false);
      const withOthers = takeawayText(meta, true);
      expect(withOthers.startsWith(alone.slice(0, -1)), meta.id).toBe(true);
      expect(withOthers, meta.id).toMatch(/[^.]\.$/);
      expect(withOthers, meta.id).not.toMatch(/\.\s/);
    }
    expect(takeawayText(charts.trade, true)).toContain('$34.4M');
  });
});

describe('the source line follows the view', () => {
  it('cites an outlet the article credits only while a figure it is credited for is drawn', () => {
    const flows = (direction: 'both' | 'nk-to-ru' | 'ru-to-nk') => sourceLine(charts.flows, { ...defaultState('flows'), direction });
    // Worked out from the data: the outlets credited on the flows each direction draws.
    const outletsOf = (direction: string) => [...new Set(metrics.flows.filter((f) => direction === 'both' || f.direction === direction).flatMap((f) => (f.source.outlet ? [f.source.outlet] : [])))];
    for (const direction of ['both', 'nk-to-ru', 'ru-to-nk'] as const) {
      const outlets = outletsOf(direction);
      if (outlets.length) expect(flows(direction), direction).toContain(`” (${outlets.join(', ')})`);
      else expect(flows(direction), direction).not.toContain('” (');
    }
    expect(outletsOf('ru-to-nk')).toEqual([]);
    expect(outletsOf('nk-to-ru')).toEqual(['BBC News']);
    // The table lists the direction the diagram shows; the sources tab lists every source.
    expect(sourceLine(charts.flows, { ...defaultState('flows'), direction: 'ru-to-nk', tab: 'table' })).not.toContain('BBC');
    expect(sourceLine(charts.flows, { ...defaultState('flows'), direction: 'ru-to-nk', tab: 'sources' })).toContain('” (BBC News)');
  });

  it('names other parties only while their figures are drawn, and all of them without a state', () => {
    expect(sourceLine(charts.trade, { ...defaultState('trade'), context: 'off' })).toBe('Source: Geopolitiks, “Russia and North Korea: the renewed comradery”');
    expect(sourceLine(charts.trade)).toBe('Source: Geopolitiks, “Russia and North Korea: the renewed comradery”; RU stats, ITC, Exporters');
  });

  it('the flows’ takeaway, with one direction shown, names nothing that goes the other way', () => {
    for (const direction of ['nk-to-ru', 'ru-to-nk'] as const) {
      const text = viewTakeaway(charts.flows, { ...defaultState('flows'), direction }).toLowerCase();
      const otherWay = metrics.flows.filter((f) => f.direction !== direction);
      const drawnKinds = new Set(metrics.flows.filter((f) => f.direction === direction).map((f) => f.kind));
      const words = [...otherWay.map((f) => f.label), ...otherWay.filter((f) => !drawnKinds.has(f.kind)).map((f) => flowKindLabels[f.kind])];
      for (const word of words) expect(text, `${direction}: ${word}`).not.toContain(word.toLowerCase());
      expect(text, direction).toMatch(/\.$/);
    }
    // Both ways, it is the chart's one finding.
    expect(viewTakeaway(charts.flows, defaultState('flows'))).toBe(takeawayText(charts.flows));
  });

  it('the page gets every takeaway of a chart, by the settings it follows', () => {
    const trade = takeawayParts('trade');
    expect(trade.fields).toEqual(['context']);
    expect(trade.parts.on).toContain('$34.4M');
    expect(trade.parts.off).not.toContain('$34.4M');
    const flows = takeawayParts('flows');
    expect(flows.fields).toEqual(['direction']);
    expect(flows.parts['nk-to-ru']).toBe('North Korea sends Russia munitions, soldiers and workers, and backs its war.');
    expect(Object.keys(flows.parts)).toEqual(['both', 'nk-to-ru', 'ru-to-nk']);
  });
});
