import { describe, expect, it } from 'vitest';
import { notesFor } from '@/lib/chart-notes';
import { charts } from '@/lib/charts';
import { defaultState } from '@/lib/chart-state';

describe('chart notes follow the view', () => {
  const notes = [{ text: 'always' }, { text: 'about others', withContext: true }, { text: 'others hidden', withContext: false }];

  it('shows notes about other parties only while they are drawn, and the others-hidden note only while they are not', () => {
    expect(notesFor(notes, { ...defaultState('trade'), context: 'on' })).toEqual(['always', 'about others']);
    expect(notesFor(notes, { ...defaultState('trade'), context: 'off' })).toEqual(['always', 'others hidden']);
    expect(notesFor(notes, { ...defaultState('casualties'), estimates: 'off' })).toEqual(['always', 'others hidden']);
    expect(notesFor(notes, defaultState('flows'))).toEqual(['always', 'about others']);
  });

  it('no chart is left without notes in any context setting, and hiding others never adds a note about them', () => {
    for (const id of ['trade', 'casualties'] as const) {
      const on = notesFor(charts[id].notes, defaultState(id));
      const off = notesFor(charts[id].notes, { ...defaultState(id), [id === 'trade' ? 'context' : 'estimates']: 'off' } as never);
      expect(on.length).toBeGreaterThan(0);
      expect(off.length).toBeGreaterThan(0);
      expect(off.some((n) => /grey cross|2024 figure is an industry estimate|Lines join/.test(n))).toBe(false);
    }
  });
});
