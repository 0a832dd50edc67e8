import { useId } from "react";

export const thClass = "px-2 py-2 text-left align-bottom text-xs font-semibold uppercase tracking-wide text-muted";
export const tdClass = "px-2 py-2 align-top";
export const rowClass = "border-b border-line last:border-0";

/**
 * A table that fits its container: when it is wider (a phone), it scrolls
 * inside its own box, which keyboard users can focus and scroll, and says so.
 */
export function Table({
  caption,
  hideCaption = false,
  minWidth,
  children,
}: {
  caption: string;
  hideCaption?: boolean;
  /** The width below which the table scrolls rather than squeezes, e.g. "36rem". */
  minWidth?: string;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      {minWidth && (
        <p className="text-xs text-muted sm:hidden" aria-hidden="true">
          Scroll the table sideways to see every column →
        </p>
      )}
      <div role="region" aria-labelledby={id} tabIndex={0} className="max-w-full overflow-x-auto rounded-lg border border-line">
        <table className="w-full border-collapse text-sm" style={minWidth ? { minWidth } : undefined}>
          <caption id={id} className={hideCaption ? "sr-only" : "px-2 py-2 text-left font-semibold"}>
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </div>
  );
}

/** A table's head row of plain column headings, in order; falsy entries (a column shown only sometimes) are left out. */
export function ColumnHeads({ names }: { names: readonly (string | false | null | undefined)[] }) {
  return (
    <thead>
      <tr className={rowClass}>
        {names.filter(Boolean).map((name) => (
          <th key={name as string} scope="col" className={thClass}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
