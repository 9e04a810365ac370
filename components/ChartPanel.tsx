'use client';

import { useEffect, useState } from 'react';
import { chartPath, showsContext, themeAttribute, type ChartId, type ChartState, type Rejected } from '@/lib/chart-state';
import { ChartCanvas } from './ChartCanvas';
import { ChartControls } from './ChartControls';
import { ChartFrame } from './ChartFrame';
import { ChartSources } from './ChartSources';
import { ChartTable } from './ChartTable';
import { DownloadMenu } from './DownloadMenu';
import { LinkProblems } from './LinkProblems';
import { ShareMenu } from './ShareMenu';
import { SourceLine } from './SourceLine';
import { Tabs } from './Tabs';

type Props<C extends ChartId> = {
  chart: C;
  initialState: ChartState<C>;
  /** On a chart's own page the URL mirrors the state and the tabs and theme control appear. */
  standalone?: boolean;
  rejected?: Rejected[];
};

/** A chart in its frame, with the state its controls change. */
export function ChartPanel<C extends ChartId>({ chart, initialState, standalone = false, rejected = [] }: Props<C>) {
  const [state, setState] = useState(initialState);
  const path = chartPath(chart, state);

  useEffect(() => {
    // replaceState: a click changes the view, not the history, so Back still leaves the page.
    if (standalone && `${location.pathname}${location.search}` !== path) history.replaceState(history.state, '', path);
  }, [standalone, path]);

  const s = state as Record<string, string>;
  const frame = (
    <ChartFrame
      chart={chart}
      headingLevel={standalone ? 'h1' : 'h2'}
      toolbar={
        <div className="flex flex-wrap items-start justify-between gap-3">
          <ChartControls chart={chart} state={state} onChange={setState} withTheme={standalone} />
          <div className="flex gap-2">
            <DownloadMenu chart={chart} state={state} />
            <ShareMenu chart={chart} state={state} />
          </div>
        </div>
      }
      footer={<SourceLine chart={chart} includeContext={showsContext(state)} href={path} />}
    >
      {standalone && <LinkProblems rejected={rejected} />}
      {standalone && <Tabs chart={chart} active={s.tab} onSelect={(tab) => setState({ ...state, tab })} />}
      <div id={`${chart}-panel`} role={standalone ? 'tabpanel' : undefined} aria-labelledby={standalone ? `${chart}-tab-${s.tab}` : undefined}>
        {s.tab === 'table' ? <ChartTable chart={chart} /> : s.tab === 'sources' ? <ChartSources chart={chart} /> : <ChartCanvas chart={chart} state={state} />}
      </div>
      {!standalone && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-muted">Data table</summary>
          <div className="mt-2">
            <ChartTable chart={chart} />
          </div>
        </details>
      )}
    </ChartFrame>
  );
  return standalone ? (
    <div data-theme={themeAttribute(state)} className="min-h-screen bg-page text-ink">
      <main className="mx-auto max-w-4xl px-2 py-6 sm:px-6">{frame}</main>
    </div>
  ) : (
    frame
  );
}
