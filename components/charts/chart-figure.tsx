import { Table, rowClass, tdClass, thClass } from "@/components/ui/table";
import { cardClass } from "@/components/ui/card";

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
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-accent-ink">Show the data as a table</summary>
        <div className="mt-2">
          <Table caption={caption} hideCaption>
            <thead>
              <tr className={rowClass}>
                {columns.map((column) => (
                  <th key={column} scope="col" className={thClass}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index} className={rowClass}>
                  {row.map((cell, cellIndex) =>
                    cellIndex === 0 ? (
                      <th key={cellIndex} scope="row" className={`${tdClass} text-left font-normal`}>
                        {cell}
                      </th>
                    ) : (
                      <td key={cellIndex} className={tdClass}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </details>
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
