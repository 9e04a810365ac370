'use client';

import { createContext, useContext, useEffect, useMemo, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { themeAttribute, type ChartId, type ChartState } from '@/lib/chart-state';
import { chartPath } from '@/lib/chart-url';
import { usePageTheme } from './PageTheme';

type ChartView = { chart: ChartId; state: ChartState; setState: Dispatch<SetStateAction<ChartState>>; standalone: boolean };

const ChartViewContext = createContext<ChartView | null>(null);

/** The state a chart's controls change, for the small client parts inside its server-rendered frame. */
export function useChartView(): ChartView {
  const view = useContext(ChartViewContext);
  if (!view) throw new Error('useChartView needs a ChartStateProvider around it.');
  return view;
}

type Props = {
  chart: ChartId;
  initialState: ChartState;
  /** On a chart's own page the URL mirrors the state and the theme choice applies to the page. */
  standalone?: boolean;
  /** On a chart's own page, the way back to the dashboard, above the chart. */
  nav?: ReactNode;
  children: ReactNode;
};

export function ChartStateProvider({ chart, initialState, standalone = false, nav, children }: Props) {
  const [chosen, setState] = useState(initialState);
  const pageTheme = usePageTheme();
  // On the dashboard the page's theme choice is each panel's: its links and pictures carry it.
  const state = useMemo(() => (pageTheme && pageTheme !== chosen.theme ? ({ ...chosen, theme: pageTheme } as ChartState) : chosen), [chosen, pageTheme]);
  const path = chartPath(chart, state);

  useEffect(() => {
    // replaceState: a click changes the view, not the history, so Back still leaves the page.
    if (standalone && `${location.pathname}${location.search}` !== path) history.replaceState(history.state, '', path);
  }, [standalone, path]);

  const view = useMemo(() => ({ chart, state, setState, standalone }), [chart, state, standalone]);
  return (
    <ChartViewContext.Provider value={view}>
      {standalone ? (
        <div data-theme={themeAttribute(state)} className="min-h-screen bg-page text-ink">
          <div className="mx-auto max-w-4xl px-2 py-6 sm:px-6">
            {nav}
            <main>{children}</main>
          </div>
        </div>
      ) : (
        children
      )}
    </ChartViewContext.Provider>
  );
}
