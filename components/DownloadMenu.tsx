'use client';

import { useState, type MouseEvent } from 'react';
import { layouts, narrowSlotBelow, type Layout } from '@/lib/chart-size';
import type { ChartState } from '@/lib/chart-state';
import { downloadPath, type ExportChoice } from '@/lib/export/export-choice';
import { exportTheme, themeShown, themes, type Theme } from '@/lib/palette';
import { useChartView } from './ChartStateProvider';
import { layoutShown } from './layout-shown';
import { OptionGroup } from './OptionGroup';
import { ToolbarMenu, type MenuApi } from './ToolbarMenu';

const choices: { label: string; hint: string; choice: ExportChoice }[] = [
  { label: 'PNG 1×', hint: 'screen size', choice: { format: 'png', density: 1 } },
  { label: 'PNG 2×', hint: 'sharp on fine screens', choice: { format: 'png', density: 2 } },
  { label: 'PNG 4×', hint: 'print', choice: { format: 'png', density: 4 } },
  { label: 'SVG', hint: 'vector, text as outlines', choice: { format: 'svg' } },
  { label: 'CSV', hint: 'data with sources', choice: { format: 'csv' } },
  { label: 'JSON', hint: 'data with sources', choice: { format: 'json' } },
];

/** A picture's shape: the wide drawing for slides and screens, the tall one for phones and print columns. */
const shapeLabels: Record<Layout, string> = { wide: 'Wide (slides)', narrow: 'Tall (phones, print)' };
const shapes = { key: 'shape', label: 'Picture shape', options: layouts.map((value) => ({ value, label: shapeLabels[value] })) };
const themeLabels: Record<Theme, string> = { light: 'Light', dark: 'Dark' };
const pictureThemes = { key: 'picture-theme', label: 'Picture theme', options: themes.map((value) => ({ value, label: themeLabels[value] })) };

/** The layout the frame shows (the narrow one on a phone), or, from the table tab, the one it would show. */
function pictureShape(frame: Element | null): Layout {
  const shown = layoutShown(frame);
  if (shown) return shown.dataset.layout as Layout;
  if (!frame) return 'wide';
  // The drawing's slot spans the frame's content box.
  const { paddingLeft, paddingRight } = getComputedStyle(frame);
  return frame.clientWidth - parseFloat(paddingLeft) - parseFloat(paddingRight) < narrowSlotBelow ? 'narrow' : 'wide';
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download asynchronously; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Download the chart's view as a picture (PNG, SVG: drawn by the server from the same drawing as
 * the page) in the shape and theme chosen (the ones on screen preselected until the reader picks), or its data (CSV, JSON).
 * Each item is also a plain link to its file.
 */
export function DownloadMenu({ title, version }: { title: string; version: string }) {
  const { chart, state } = useChartView();
  // The label of the file being prepared, shown in its item's place of the hint.
  const [pending, setPending] = useState('');
  const busy = pending !== '';
  const [error, setError] = useState('');
  const [shape, setShape] = useState<Layout>('wide');
  const [theme, setTheme] = useState<Theme>(() => exportTheme(state));
  // What the reader chose stands for the next download (a PNG, then the SVG of the same picture).
  const [chosen, setChosen] = useState<{ shape?: Layout; theme?: Theme }>({});
  // Outlives the menu, which closes on success: a screen reader hears that the file was saved.
  const [saved, setSaved] = useState('');
  const path = (choice: ExportChoice) => downloadPath(chart, { ...state, theme } as ChartState, choice, shape, version);
  const open = () => {
    setError('');
    setShape(chosen.shape ?? pictureShape(document.querySelector(`[data-frame="${chart}"]`)));
    setTheme(chosen.theme ?? themeShown(state));
  };

  const run = async (label: string, choice: ExportChoice, event: MouseEvent<HTMLAnchorElement>, menu: MenuApi) => {
    event.preventDefault();
    setPending(label);
    setError('');
    setSaved('');
    try {
      const response = await fetch(path(choice));
      if (!response.ok) throw new Error(response.status === 503 ? 'the server is busy; try again in a moment.' : await response.text());
      const name = response.headers.get('Content-Disposition')?.match(/filename="([^"]+)"/)?.[1] ?? `${chart}.${choice.format}`;
      save(await response.blob(), name);
      setSaved(`Downloaded ${name}.`);
      menu.close();
    } catch (e) {
      setError(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setPending('');
      // The item clicked was disabled while busy, which drops focus; give it back to the menu's button.
      // On failure the menu stays open, with the message beside the choices to try again.
      menu.focusButton();
    }
  };

  return (
    <>
      <ToolbarMenu label="Download" context={title} width="18rem" busy={busy} onOpen={open}>
        {(menu) => (
          <>
            {/* Until the scripts run, or where they never do, the files are the wide picture in the view's theme (light for
                the system's, which the server cannot know): choosing needs them. */}
            <div className="mb-3 flex flex-col gap-2" data-needs-scripts>
              <OptionGroup control={shapes} value={shape} onChoose={(value) => (setShape(value as Layout), setChosen((c) => ({ ...c, shape: value as Layout })))} stacked />
              <OptionGroup control={pictureThemes} value={theme} onChoose={(value) => (setTheme(value as Theme), setChosen((c) => ({ ...c, theme: value as Theme })))} stacked />
            </div>
            <ul className="flex flex-col gap-1">
              {choices.map(({ label, hint, choice }) => (
                <li key={label}>
                  <a
                    href={path(choice)}
                    download
                    aria-disabled={busy || undefined}
                    onClick={(e) => (busy ? e.preventDefault() : run(label, choice, e, menu))}
                    data-export={choice.format === 'png' ? `png-${choice.density}` : choice.format}
                    className="flex min-h-6 w-full items-center justify-between gap-2 rounded border border-rule bg-panel px-2 py-1 text-left text-ink hover:border-ink aria-disabled:opacity-50 pointer-coarse:min-h-11"
                  >
                    <span>{label}</span>
                    <span className="text-xs text-muted" aria-hidden="true">
                      {pending === label ? 'Preparing…' : hint}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
            <p role="status" aria-live="polite" className="sr-only">
              {busy ? 'Preparing…' : ''}
            </p>
            {error && (
              <p role="alert" className="mt-2 rounded border border-ru p-2 text-ink">
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
