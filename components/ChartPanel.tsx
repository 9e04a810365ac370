'use client';

import { useState } from 'react';
import { chartPath, type ChartId, type ChartState } from '@/lib/chart-state';
import { ChartCanvas } from './ChartCanvas';
import { ChartControls } from './ChartControls';
import { ChartFrame } from './ChartFrame';
import { SourceLine } from './SourceLine';

type Props<C extends ChartId> = { chart: C; initialState: ChartState<C>; headingLevel?: 'h1' | 'h2' };

/** A chart in its frame, with the state its controls change. */
export function ChartPanel<C extends ChartId>({ chart, initialState, headingLevel }: Props<C>) {
  const [state, setState] = useState(initialState);
  const includeContext = !('context' in state && state.context === 'off') && !('estimates' in state && state.estimates === 'off');
  return (
    <ChartFrame
      chart={chart}
      headingLevel={headingLevel}
      toolbar={<ChartControls chart={chart} state={state} onChange={setState} />}
      footer={<SourceLine chart={chart} includeContext={includeContext} href={chartPath(chart, state)} />}
    >
      <ChartCanvas chart={chart} state={state} />
    </ChartFrame>
  );
}
