"use client";

import { formatDateTime } from "@/components/format";
import { useInBrowser } from "@/components/local-time";
import { secondaryButtonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";

/** A plain GET form: choosing another assessment reloads the page with ?compare=. */
export function CompareWithForm({ others, selected }: { others: { id: string; createdAt: string }[]; selected: string }) {
  const zone = useInBrowser() ? undefined : "UTC";
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <SelectField label="Compare with" name="compare" defaultValue={selected} className="w-auto max-w-full">
        {others.map((item) => (
          <option key={item.id} value={item.id}>
            {formatDateTime(item.createdAt, zone)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className={secondaryButtonClass}>
        Compare
      </button>
    </form>
  );
}
