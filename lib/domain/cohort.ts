import { calibrate } from "./calibration";
import type { Framework } from "./framework";
import type { Levels } from "./gap";

/**
 * A workspace's cohort figures for one role, computed from what each member
 * chose to share and nothing else. Every aggregate is over the members who
 * share at least that much (levels for the skill figures, readiness or levels
 * for the readiness figures) and have assessed; it is withheld, with the
 * reason, while fewer than the workspace's minimum group size contribute, so
 * that no small-group figure gives away one person's levels.
 */

export type Sharing = "none" | "readiness" | "levels";

export interface CohortSkill {
  skill: string;
  target: number;
  weight: number;
}

/** One member as the coach may see them: levels only when sharing "levels", nothing but the sharing when "none". */
export interface CohortMember {
  sharing: Sharing;
  /** Null when the member has not assessed. */
  readiness: number | null;
  /** Per skill slug; an unrated skill counts 0. Null unless sharing "levels" and assessed. */
  levels: Readonly<Record<string, number>> | null;
}

export interface SkillAggregate {
  skill: string;
  /** Members at or above the target. */
  met: number;
  /** met / n, 0 to 1. */
  coverage: number;
  /** Members at each level, 0 to 5. */
  distribution: number[];
  median: number;
}

export interface Withheld {
  /** How many members contribute: too few to show. */
  n: number;
  reason: string;
}

/** The readiness bands of the distribution, as fractions: [from, to), the last one closed. */
export const READINESS_BANDS: readonly (readonly [number, number])[] = [
  [0, 0.2],
  [0.2, 0.4],
  [0.4, 0.6],
  [0.6, 0.8],
  [0.8, 1],
];

export interface CohortAggregates {
  levels: { n: number; skills: SkillAggregate[] } | Withheld;
  readiness: { n: number; median: number; distribution: number[] } | Withheld;
}

/** The middle value, or the mean of the two middle values; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function readinessBand(readiness: number): number {
  const index = READINESS_BANDS.findIndex(([from, to]) => readiness >= from && readiness < to);
  return index === -1 ? READINESS_BANDS.length - 1 : index;
}

export function withheldReason(n: number, minGroupSize: number, what: "levels" | "readiness" | "reviews"): string {
  const shares = what === "readiness" ? "at least their readiness" : "their levels";
  const who = n === 1 ? "1 member shares" : `${n} members share`;
  const has = what === "reviews" ? `${n === 1 ? "has" : "have"} an answered mentor review` : `${n === 1 ? "has" : "have"} assessed`;
  return `Withheld: ${who} ${shares} and ${has}. Figures appear from ${minGroupSize}, so that none gives away one person's answers.`;
}

/** The cohort's figures for a role's skills (those with a target above 0). */
export function cohortAggregates(skills: readonly CohortSkill[], members: readonly CohortMember[], minGroupSize: number): CohortAggregates {
  const levelled = members.filter((member) => member.sharing === "levels" && member.levels !== null).map((member) => member.levels!);
  const readinessValues = members
    .filter((member) => member.sharing !== "none" && member.readiness !== null)
    .map((member) => member.readiness!);

  const levels =
    levelled.length < minGroupSize
      ? { n: levelled.length, reason: withheldReason(levelled.length, minGroupSize, "levels") }
      : {
          n: levelled.length,
          skills: skills
            .filter((skill) => skill.target > 0)
            .map((skill) => {
              const values = levelled.map((entry) => entry[skill.skill] ?? 0);
              const distribution = [0, 0, 0, 0, 0, 0];
              for (const value of values) distribution[value]! += 1;
              const met = values.filter((value) => value >= skill.target).length;
              return { skill: skill.skill, met, coverage: met / values.length, distribution, median: median(values)! };
            }),
        };

  const readiness =
    readinessValues.length < minGroupSize
      ? { n: readinessValues.length, reason: withheldReason(readinessValues.length, minGroupSize, "readiness") }
      : {
          n: readinessValues.length,
          median: median(readinessValues)!,
          distribution: READINESS_BANDS.map((_, band) => readinessValues.filter((value) => readinessBand(value) === band).length),
        };

  return { levels, readiness };
}

export const TREND_WEEKS = 26;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface ReadinessReading {
  member: string;
  at: Date;
  readiness: number;
}

export interface TrendPoint {
  /** The end of the week: the figure is each member's latest reading at or before it. */
  weekEnding: Date;
  n: number;
  /** Null while fewer than minGroupSize members had a reading by then. */
  median: number | null;
}

/**
 * The cohort's median readiness at the end of each of the last 26 weeks
 * (the last ending now): each member counts with their latest stored
 * reading before the week's end, so a member who assessed once in March
 * still counts in May. Readings are the rows stored at each save, never
 * recomputed.
 */
export function readinessTrend(readings: readonly ReadinessReading[], now: Date, minGroupSize: number): TrendPoint[] {
  const sorted = [...readings].sort((a, b) => a.at.getTime() - b.at.getTime());
  const latest = new Map<string, number>();
  const points: TrendPoint[] = [];
  let next = 0;
  for (let week = TREND_WEEKS - 1; week >= 0; week--) {
    const weekEnding = new Date(now.getTime() - week * WEEK_MS);
    while (next < sorted.length && sorted[next]!.at.getTime() <= weekEnding.getTime()) {
      latest.set(sorted[next]!.member, sorted[next]!.readiness);
      next++;
    }
    const n = latest.size;
    points.push({ weekEnding, n, median: n >= minGroupSize ? median([...latest.values()]) : null });
  }
  return points;
}

export interface SecondOpinions {
  n: number;
  /** The median readiness for the role by the members' own latest levels, and by their mentors' latest answered reviews. */
  readiness: { self: number; reviewer: number };
  /** Per skill of the role, the median of (own level - mentor's level): above 0 where the group rates itself higher. */
  skills: { skill: string; medianDifference: number }[];
}

/**
 * The cohort's self-ratings beside its mentors', over the members who share
 * levels and have an answered review, withheld below the group size.
 */
export function cohortSecondOpinions(
  framework: Framework,
  roleSlug: string,
  pairs: readonly { self: Levels; reviewer: Levels }[],
  minGroupSize: number,
): SecondOpinions | Withheld {
  if (pairs.length < minGroupSize) return { n: pairs.length, reason: withheldReason(pairs.length, minGroupSize, "reviews") };
  const calibrations = pairs.map((pair) => calibrate(framework, pair.self, pair.reviewer));
  const role = framework.roles.find((entry) => entry.slug === roleSlug)!;
  return {
    n: pairs.length,
    readiness: {
      self: median(calibrations.map((entry) => entry.readiness.self![roleSlug]!))!,
      reviewer: median(calibrations.map((entry) => entry.readiness.reviewer[roleSlug]!))!,
    },
    skills: role.skills
      .filter((skill) => skill.target > 0)
      .map(({ skill }) => ({
        skill,
        medianDifference: median(calibrations.map((entry) => entry.skills.find((item) => item.skill === skill)!.difference!))!,
      })),
  };
}
