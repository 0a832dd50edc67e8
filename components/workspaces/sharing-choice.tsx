"use client";

import type { SharingLevel } from "@/lib/schemas/workspaces";

/** What each sharing level lets the workspace's owners and coaches see, in the words the join page and settings use. */
export const SHARING_OPTIONS: { value: SharingLevel; label: string; sees: string }[] = [
  { value: "none", label: "Nothing", sees: "Only your name and that you joined. You count in no figure." },
  {
    value: "readiness",
    label: "Readiness",
    sees: "Your readiness for each role, your target role and when you last assessed. Not your level per skill.",
  },
  {
    value: "levels",
    label: "Readiness and levels",
    sees: "Everything above, and your level on each skill from your latest assessment.",
  },
];

export const NEVER_SHARED = "Never shared, whatever you choose: your notes, your email, your history of assessments and your reviews.";

/** Three radio buttons, each saying in plain words what the coach will see. */
export function SharingChoice({
  name,
  value,
  onChange,
  disabled,
}: {
  name: string;
  value: SharingLevel;
  onChange: (value: SharingLevel) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">What the workspace&apos;s owners and coaches see of you</legend>
      {SHARING_OPTIONS.map((option) => (
        <label
          key={option.value}
          className="flex cursor-pointer items-start gap-3 rounded-lg border border-line p-3 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
            className="mt-1 accent-accent"
          />
          <span>
            <span className="block font-semibold">{option.label}</span>
            <span className="block">{option.sees}</span>
          </span>
        </label>
      ))}
      <p className="text-xs text-muted">{NEVER_SHARED}</p>
    </fieldset>
  );
}
