"use client";

import { useId, useState } from "react";

/**
 * On a phone a table shows one role's column at a time, chosen here: three
 * roles side by side do not fit 390 px. From the sm breakpoint up every
 * column shows and the switcher is hidden.
 */
export function useRoleSwitcher(roles: readonly { slug: string; name: string }[], initial?: string | null) {
  const [shown, setShown] = useState(initial && roles.some((role) => role.slug === initial) ? initial : (roles[0]?.slug ?? ""));
  /** The classes of a cell in a role's column: hidden on a phone unless its role is the one shown. */
  const cellClass = (slug: string) => (slug === shown ? "" : "hidden sm:table-cell");
  return { shown, setShown, cellClass };
}

export function RoleSwitcher({
  roles,
  shown,
  onChange,
  label = "Role shown",
}: {
  roles: readonly { slug: string; name: string }[];
  shown: string;
  onChange: (slug: string) => void;
  label?: string;
}) {
  const name = useId();
  return (
    <fieldset className="sm:hidden">
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      <div className="grid grid-cols-3 gap-1 rounded-lg border border-line bg-subtle p-1">
        {roles.map((role) => (
          <label
            key={role.slug}
            className="flex cursor-pointer items-center justify-center rounded-md px-1 py-2 text-center text-xs leading-tight font-medium has-[:checked]:bg-surface has-[:checked]:text-accent-ink has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent"
          >
            <input
              type="radio"
              name={name}
              value={role.slug}
              checked={role.slug === shown}
              onChange={() => onChange(role.slug)}
              className="sr-only"
            />
            {role.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
