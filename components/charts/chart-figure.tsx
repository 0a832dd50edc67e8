import { cardClass } from "@/components/ui/card";
import { ChartDataTable } from "./chart-data-table";

/**
 * A chart with its text alternative: a caption, and the same data as a table
 * anyone (and any screen reader) can open. The drawing itself is hidden from
 * assistive technology, which reads the table instead.
 */
export function ChartFigure({
  id,
  caption,
  description,
  legend,
  columns,
  rows,
  children,
}: {
  id: string;
  caption: string;
  /** How to read the chart, in a sentence. */
  description?: React.ReactNode;
  legend?: React.ReactNode;
  columns: string[];
  rows: (string | number)[][];
  children: React.ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-caption`} className={`${cardClass} min-w-0 space-y-3`}>
      <figcaption id={`${id}-caption`} className="text-lg font-semibold">
        {caption}
      </figcaption>
      {description && <p className="text-sm text-muted">{description}</p>}
      {legend && (
        <div aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {legend}
        </div>
      )}
      <div aria-hidden="true" data-chart={id} className="w-full">
        {children}
      </div>
      <ChartDataTable caption={caption} columns={columns} rows={rows} />
    </figure>
  );
}

/** A legend entry: a swatch drawn like the mark it names. */
export function LegendItem({ swatch, children }: { swatch: React.ReactNode; children: React.ReactNode }) {
  return (
    <span className="inline-flex items-center gap-2">
      {swatch}
      {children}
    </span>
  );
}
