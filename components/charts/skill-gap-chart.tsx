import { LEVELS, levelName } from "@/lib/domain/framework";
import { WEIGHT_LABELS, weightKind } from "@/lib/domain/explain";
import type { FocusSkill } from "@/lib/domain/dashboard";
import { ChartFigure, LegendItem } from "./chart-figure";

const MAX_LEVEL = LEVELS.at(-1)!;
const at = (level: number) => `${(level / MAX_LEVEL) * 100}%`;
/** The axis's ticks and the dot's place: the row's track draws both itself (`level-axis` in globals.css). */
const trackStyle = (level: number) => ({ "--level-steps": MAX_LEVEL, "--level-at": at(level) }) as React.CSSProperties;

/** Categories with the most weighted shortfall first; inside each, the skills that cost most first. */
function groupByCategory(skills: readonly FocusSkill[]) {
  const groups = new Map<string, FocusSkill[]>();
  for (const skill of skills) groups.set(skill.category, [...(groups.get(skill.category) ?? []), skill]);
  const total = (entries: FocusSkill[]) => entries.reduce((sum, s) => sum + s.weightedShortfall, 0);
  return [...groups.entries()]
    .map(([category, entries]) => ({
      category,
      total: total(entries),
      entries: entries.sort((a, b) => b.weightedShortfall - a.weightedShortfall),
    }))
    .sort((a, b) => b.total - a.total);
}

const youDot = <span className="inline-block size-3 rounded-full bg-you" />;
const targetMark = <span className="inline-block size-3 rotate-45 border-2 border-target bg-surface" />;
const shortfallBar = <span className="inline-block h-2 w-5 rounded-sm bg-target/35" />;

/** Your level against the role's target, skill by skill: a dot, a diamond and the distance between them. */
export function SkillGapChart({ roleName, skills }: { roleName: string; skills: readonly FocusSkill[] }) {
  const groups = groupByCategory(skills);
  return (
    <ChartFigure
      id="skill-gap"
      caption={`Your level against the ${roleName} target, skill by skill`}
      description="Grouped by category, the skills that cost you the most readiness first. A core skill's missing level costs three times a supporting one's."
      legend={
        <>
          <LegendItem swatch={youDot}>Your level</LegendItem>
          <LegendItem swatch={targetMark}>Target</LegendItem>
          <LegendItem swatch={shortfallBar}>Shortfall</LegendItem>
        </>
      }
      columns={["Skill", "Your level", "Target", "Levels short", "Weight", "Weighted shortfall"]}
      rows={groups.flatMap(({ entries }) =>
        entries.map((s) => [
          s.name,
          `${s.level} ${levelName(s.level)}`,
          `${s.target} ${levelName(s.target)}`,
          Math.max(0, s.target - s.level),
          `${s.weight} (${WEIGHT_LABELS[weightKind(s.weight)]})`,
          s.weightedShortfall,
        ]),
      )}
    >
      <div className="space-y-5">
        {groups.map(({ category, entries }) => (
          <div key={category} className="space-y-2">
            <div className="grid items-end gap-x-4 sm:grid-cols-[minmax(0,15rem)_minmax(0,1fr)_7rem]">
              <p data-chart-label className="text-xs font-semibold uppercase tracking-wide text-muted">
                {category}
              </p>
              <div className="relative mx-2 hidden h-4 sm:block">
                {LEVELS.map((level) => (
                  <span
                    key={level}
                    data-chart-label
                    className="absolute -translate-x-1/2 text-xs text-muted tabular-nums"
                    style={{ left: at(level) }}
                  >
                    {level}
                  </span>
                ))}
              </div>
            </div>
            <ul className="space-y-3 sm:space-y-2">
              {entries
                .filter((s) => s.weightedShortfall > 0)
                .map((s) => (
                  <SkillRow key={s.skill} entry={s} />
                ))}
            </ul>
            {entries.some((s) => s.weightedShortfall === 0) && (
              <p data-chart-label className="text-sm text-muted">
                Target met:{" "}
                {entries
                  .filter((s) => s.weightedShortfall === 0)
                  .map((s) => s.name)
                  .join(", ")}
                .
              </p>
            )}
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}

function SkillRow({ entry: s }: { entry: FocusSkill }) {
  const short = s.target - s.level;
  return (
    <li className="grid items-center gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,15rem)_minmax(0,1fr)_7rem]">
      <span data-chart-label className="text-sm leading-snug">
        {s.name}
      </span>
      {/* The axis is the track's ::before and your dot its ::after, painted over the bar and the target. */}
      <div
        className="relative mx-2 h-5 before:absolute before:-right-px before:left-0 before:top-1/2 before:h-2 before:-translate-y-1/2 before:level-axis after:absolute after:left-(--level-at) after:top-1/2 after:size-3.5 after:-translate-x-1/2 after:-translate-y-1/2 after:rounded-full after:bg-you after:ring-2 after:ring-surface"
        style={trackStyle(s.level)}
      >
        <div
          className="absolute top-1/2 h-2 -translate-y-1/2 rounded-sm bg-target/35"
          style={{ left: at(s.level), width: `${(short / MAX_LEVEL) * 100}%` }}
        />
        <div
          className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border-2 border-target bg-surface"
          style={{ left: at(s.target) }}
        />
      </div>
      <span data-chart-label className="text-xs text-muted">
        You {s.level}, target {s.target}: {short} short · {WEIGHT_LABELS[weightKind(s.weight)]}
      </span>
    </li>
  );
}
