import { describe, expect, it } from 'vitest';
import { article } from '@/data/article';
import { figures } from '@/data/figures';
import { flows } from '@/data/flows';
import { MetricsError, parseMetrics } from '@/data/load';
import { timeline } from '@/data/timeline';
import { metrics } from '@/data';

const raw = () => structuredClone({ article, figures, flows, timeline });

describe('metrics schema', () => {
  it('parses the committed data', () => {
    expect(() => parseMetrics(raw())).not.toThrow();
    expect(metrics.figures.length).toBe(figures.length);
  });

  it('names the entry and field of a figure whose value is not a number', () => {
    const bad = raw() as { figures: { value: unknown }[] };
    bad.figures[2].value = '11,000';
    expect(() => parseMetrics(bad)).toThrow(MetricsError);
    expect(() => parseMetrics(bad)).toThrow(/figures\[2\] "troops-sent"\.value: .*number/);
  });

  it('rejects a qualifier outside the list', () => {
    const bad = raw() as { figures: { qualifier: string }[] };
    bad.figures[0].qualifier = 'roughly';
    expect(() => parseMetrics(bad)).toThrow(/figures\[0\] "trade-2022"\.qualifier/);
  });

  it('rejects duplicate ids and references to figures that do not exist', () => {
    const bad = raw() as { figures: { id: string }[]; timeline: { figureIds: string[] }[] };
    bad.figures[1].id = bad.figures[0].id;
    bad.timeline[0].figureIds = ['no-such-figure'];
    expect(() => parseMetrics(bad)).toThrow(/duplicate id "trade-2022"/);
    expect(() => parseMetrics(bad)).toThrow(/timeline\[0\] "soviet-era"\.figureIds\[0\]: unknown figure "no-such-figure"/);
  });

  it('rejects timeline dates out of step with the list’s order, at the coarser precision of the two', () => {
    const bad = raw() as { timeline: { id: string; date?: string }[] };
    const [treaty, kursk] = ['treaty', 'kursk'].map((id) => bad.timeline.findIndex((e) => e.id === id));
    expect([bad.timeline[treaty].date, bad.timeline[kursk].date]).toEqual(['2024-06', '2024']);
    expect(() => parseMetrics(bad)).not.toThrow();
    bad.timeline[kursk].date = '2023';
    expect(() => parseMetrics(bad)).toThrow(`timeline[${kursk}] "kursk".date: "2023" comes before the earlier step's "2024-06"`);
  });

  it('rejects a dated timeline step that cites a figure the article gives no date for', () => {
    const bad = raw() as { timeline: { id: string; date?: string; figureIds: string[] }[]; figures: { id: string; undated?: true }[] };
    const bridge = bad.timeline.findIndex((e) => e.id === 'tumen-bridge');
    expect(bad.figures.find((f) => f.id === bad.timeline[bridge].figureIds[0])?.undated).toBe(true);
    bad.timeline[bridge].date = '2025';
    expect(() => parseMetrics(bad)).toThrow(`timeline[${bridge}] "tumen-bridge".figureIds[0]: the article gives no date for "tumen-bridge-cost", so a dated step cannot cite it`);
  });

  it('every figure the issue names is present with its qualifier', () => {
    const byId = Object.fromEntries(metrics.figures.map((f) => [f.id, f]));
    expect([byId['trade-2022'].value, byId['trade-2025'].value]).toEqual([3.8e6, 52.9e6]);
    expect([byId['troops-sent'].qualifier, byId['troops-sent'].value]).toEqual(['over', 11000]);
    expect([byId['troops-killed-or-injured'].qualifier, byId['troops-killed-or-injured'].value]).toEqual(['about', 4000]);
    expect([byId['troops-claimed-possible'].qualifier, byId['troops-claimed-possible'].kind]).toEqual(['up to', 'claim']);
    expect(byId['deminers-builders'].value).toBe(6000);
  });
});
