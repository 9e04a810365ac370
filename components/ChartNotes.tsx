'use client';

import { notesFor, type ChartNote } from '@/lib/chart-notes';
import { useChartView } from './ChartStateProvider';

/** The frame's notes that apply to the view as it is now: hiding other parties' figures hides the notes about them. */
export function ChartNotes({ notes }: { notes: ChartNote[] }) {
  const { state } = useChartView();
  return (
    <ul className="mt-4 list-disc space-y-1 pl-5 text-xs text-muted">
      {notesFor(notes, state).map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
