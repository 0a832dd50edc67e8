/**
 * A chart with its text alternative: a caption, and the same data as a table
 * anyone (and any screen reader) can open. The drawing itself is hidden from
 * assistive technology, which reads the table instead.
 */
export function ChartFigure({
  id,
  caption,
  columns,
  rows,
  children,
}: {
  id: string;
  caption: string;
  columns: string[];
  rows: (string | number)[][];
  children: React.ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {caption}
      </figcaption>
      <div aria-hidden="true" className="h-72 w-full text-slate-700 dark:text-slate-300">
        {children}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer">Show the data as a table</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                {columns.map((column) => (
                  <th key={column} scope="col" className="p-1">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index} className="border-b border-slate-200 dark:border-slate-800">
                  {row.map((cell, cellIndex) =>
                    cellIndex === 0 ? (
                      <th key={cellIndex} scope="row" className="p-1 font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={cellIndex} className="p-1">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Colours readable on both the light and the dark background. */
export const CHART_COLOURS = {
  you: "#6366f1",
  target: "#f59e0b",
  roles: ["#6366f1", "#10b981", "#f43f5e"],
  goal: "#64748b",
};
