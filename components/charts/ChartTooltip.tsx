/** The shared look of chart tooltips: what the mark is, then who says so. */
export function ChartTooltip({ title, lines }: { title: string; lines: string[] }) {
  return (
    <div className="max-w-72 rounded border border-rule bg-page px-3 py-2 text-sm text-ink shadow-lg">
      <p className="font-bold">{title}</p>
      {lines.map((line) => (
        <p key={line} className="text-muted">
          {line}
        </p>
      ))}
    </div>
  );
}
