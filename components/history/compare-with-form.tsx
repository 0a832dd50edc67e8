"use client";

import { formatDateTime, shareAMinute } from "@/components/format";
import { useViewerZone } from "@/components/local-time";
import { secondaryButtonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";

/** A plain GET form: choosing another assessment reloads the page with ?compare=. */
export function CompareWithForm({ others, selected }: { others: { id: string; createdAt: string }[]; selected: string }) {
  const zone = useViewerZone();
  const seconds = shareAMinute(others.map((item) => item.createdAt));
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <SelectField label="Compare with" name="compare" defaultValue={selected} className="w-auto max-w-full">
        {others.map((item) => (
          <option key={item.id} value={item.id}>
            {formatDateTime(item.createdAt, zone, { seconds })}
          </option>
        ))}
      </SelectField>
      <button type="submit" className={secondaryButtonClass}>
        Compare
      </button>
    </form>
  );
}
