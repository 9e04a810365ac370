import { dataStamp } from '@/lib/figures';

/** The dashboard's last line: which data it shows, in the words its pictures and files carry. */
export function DataFooter() {
  return (
    <footer className="border-t border-rule pt-3 text-xs text-muted">
      <span data-stamp>{dataStamp()}</span>. Each chart’s own page lists every figure with its source under Table and
      Sources.
    </footer>
  );
}
