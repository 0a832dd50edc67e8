"use client";

import { useState } from "react";
import { Table, rowClass, tdClass, thClass } from "@/components/ui/table";

/**
 * A chart's data as a table behind a disclosure. The rows are rendered only
 * once it is opened: a closed disclosure shows nothing to anyone, and on the
 * dashboard the skill-gap table alone was a quarter of the page's elements,
 * rendered on the server and hydrated in the browser on every view.
 */
export function ChartDataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: (string | number)[][] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-medium text-accent-ink">Show the data as a table</summary>
      {open && (
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
      )}
    </details>
  );
}
