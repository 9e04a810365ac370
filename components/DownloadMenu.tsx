'use client';

import { useState, type MouseEvent } from 'react';
import { onChartTab, type ChartState } from '@/lib/chart-state';
import { isPicture, type ExportChoice } from '@/lib/export/export-choice';
import { useChartView } from './ChartStateProvider';
import { ToolbarMenu, type MenuApi } from './ToolbarMenu';

const choices: { label: string; hint: string; choice: ExportChoice }[] = [
  { label: 'PNG 1×', hint: 'screen size', choice: { format: 'png', density: 1 } },
  { label: 'PNG 2×', hint: 'sharp on fine screens', choice: { format: 'png', density: 2 } },
  { label: 'PNG 4×', hint: 'print', choice: { format: 'png', density: 4 } },
  { label: 'SVG', hint: 'vector, fonts inlined', choice: { format: 'svg' } },
  { label: 'CSV', hint: 'data with sources', choice: { format: 'csv' } },
  { label: 'JSON', hint: 'data with sources', choice: { format: 'json' } },
];

/** Download a chart as it looks now (PNG, SVG) or its data (CSV, JSON); made in the browser from the frame on screen. */
export function DownloadMenu({ title }: { title: string }) {
  const { chart, state, setState } = useChartView();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  // Outlives the menu, which closes on success: a screen reader hears that the file was saved.
  const [saved, setSaved] = useState('');

  const run = async (choice: ExportChoice, event: MouseEvent<HTMLElement>, menu: MenuApi) => {
    const frame = event.currentTarget.closest('[data-frame]');
    setBusy(true);
    setError('');
    setSaved('');
    // A picture is made from the drawing on screen: from the table or sources, the chart is shown
    // first (the export waits for it to be drawn), and the reader's tab comes back afterwards.
    const leaveTab = isPicture(choice) && state.tab !== 'chart';
    const shown = leaveTab ? onChartTab(state) : state;
    try {
      if (!frame) throw new Error('The chart to download was not found.');
      if (leaveTab) setState(shown);
      // Loaded on first use: the export code and the data it writes are not needed to show the page.
      const { downloadChart } = await import('@/lib/export/browser-export');
      setSaved(`Downloaded ${await downloadChart(frame, chart, shown, choice)}.`);
      menu.close();
    } catch (e) {
      setError(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      // Only the tab: anything else the reader changed meanwhile stays changed.
      if (leaveTab) setState((current) => ({ ...current, tab: state.tab }) as ChartState);
      setBusy(false);
      // The item clicked was disabled while busy, which drops focus; give it back to the menu's button.
      // On failure the menu stays open, with the message beside the choices to try again.
      menu.focusButton();
    }
  };

  return (
    <>
      <ToolbarMenu label="Download" context={title} width="w-60" busy={busy} onOpen={() => setError('')}>
        {(menu) => (
          <>
            <ul className="flex flex-col gap-1">
              {choices.map(({ label, hint, choice }) => (
                <li key={label}>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={(e) => run(choice, e, menu)}
                    data-export={choice.format === 'png' ? `png-${choice.density}` : choice.format}
                    className="flex w-full items-baseline justify-between gap-2 rounded border border-rule bg-panel px-2 py-1 text-left text-ink hover:border-ink disabled:opacity-50"
                  >
                    <span>{label}</span>
                    <span className="text-xs text-muted" aria-hidden="true">
                      {hint}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <p role="status" aria-live="polite" className="mt-2 min-h-5 text-muted">
              {busy ? 'Preparing…' : ''}
            </p>
            {error && (
              <p role="alert" className="rounded border border-ru p-2 text-ink">
                {error}
              </p>
            )}
          </>
        )}
      </ToolbarMenu>
      <p role="status" className="sr-only" data-download-status>
        {saved}
      </p>
    </>
  );
}
