'use client';

import type { KeyboardEvent } from 'react';
import type { ChartState } from '@/lib/chart-state';
import { useChartView } from './ChartStateProvider';

const tabs = [
  { id: 'chart', label: 'Chart' },
  { id: 'table', label: 'Table' },
  { id: 'sources', label: 'Sources' },
] as const;
export type TabId = (typeof tabs)[number]['id'];

/** WAI-ARIA tabs: arrow keys move between tabs, only the active one is in the tab order. */
export function Tabs() {
  const { chart, state, setState } = useChartView();
  const active = state.tab;
  const onSelect = (tab: TabId) => setState({ ...state, tab } as ChartState);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = tabs.findIndex((t) => t.id === active);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    onSelect(next.id);
    document.getElementById(`${chart}-tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="View" className="mb-4 flex gap-1 border-b border-rule" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={`${chart}-tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={active === tab.id}
          aria-controls={`${chart}-panel`}
          tabIndex={active === tab.id ? 0 : -1}
          data-tab={tab.id}
          onClick={() => onSelect(tab.id)}
          className={`-mb-px border-b-2 px-3 py-2 text-sm ${active === tab.id ? 'border-ink font-bold text-ink' : 'border-transparent text-muted hover:text-ink'}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
