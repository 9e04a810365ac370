'use client';

import type { KeyboardEvent } from 'react';
import { tabLabels, tabs, type ChartState, type Tab } from '@/lib/chart-state';
import { chartPath } from '@/lib/chart-url';
import { stepTo } from './arrow-keys';
import { useChartView } from './ChartStateProvider';
import { inPage } from './in-page-link';

/**
 * WAI-ARIA tabs: arrow keys move between tabs, Home and End go to the first and last; only the
 * active one is in the tab order. Each tab is also a link to its view, for a page without scripts.
 */
export function Tabs() {
  const { chart, state, setState } = useChartView();
  const active = state.tab;
  const select = (tab: Tab) => setState({ ...state, tab } as ChartState);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const to = stepTo(e.nativeEvent, tabs.indexOf(active), tabs.length, { row: true, wrap: true });
    if (to === null) return;
    e.preventDefault();
    const next = tabs[to];
    select(next);
    document.getElementById(`${chart}-tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="View" className="mb-4 flex gap-1 border-b border-rule" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <a
          key={tab}
          id={`${chart}-tab-${tab}`}
          href={chartPath(chart, { ...state, tab } as ChartState)}
          role="tab"
          aria-selected={active === tab}
          aria-controls={`${chart}-panel-${tab}`}
          tabIndex={active === tab ? 0 : -1}
          data-tab={tab}
          {...inPage(() => select(tab))}
          className={`-mb-px inline-flex items-center border-b-2 px-3 py-2 text-sm pointer-coarse:min-h-11 ${active === tab ? 'border-ink font-bold text-ink' : 'border-transparent text-muted hover:text-ink'}`}
        >
          {tabLabels[tab]}
        </a>
      ))}
    </div>
  );
}
