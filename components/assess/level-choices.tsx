import { RATING_SCALE } from "@/lib/domain/framework";

/** The rating scale as one radio group per skill, each level with its descriptor: the self-assessment's and the reviewer's control. */
export function LevelChoices({ name, value, onChange }: { name: string; value: number | null; onChange: (level: number) => void }) {
  return (
    <div className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
      {RATING_SCALE.map(({ level, name: levelName, descriptor }) => (
        <label
          key={level}
          className="flex cursor-pointer gap-2 rounded-md border border-slate-300 p-2 text-sm has-[:checked]:border-indigo-700 has-[:checked]:bg-indigo-50 dark:border-slate-700 dark:has-[:checked]:border-indigo-300 dark:has-[:checked]:bg-indigo-950"
        >
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
            className="mt-1 accent-accent"
          />
          <span>
            <span className="block font-medium">
              {level} {levelName}
            </span>
            <span className="block text-xs text-muted">{descriptor}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
