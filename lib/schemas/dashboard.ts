import { z } from "zod";
import type { Dashboard, ProgressPoint, Serialized } from "@/lib/domain/dashboard";

const readiness = z.number().min(0).max(1);

const trendSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("slope"),
      pointsPer30Days: z.number().meta({ description: "Least-squares slope in readiness points per 30 days." }),
      points: z.int(),
    }),
    z.strictObject({ kind: z.literal("insufficient"), reason: z.enum(["too-few-assessments", "span-too-short"]), points: z.int() }),
  ])
  .meta({ id: "Trend", description: "Over the last 180 days; needs 3 assessments spanning 14 days." });

const forecastSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("reached") }),
    z.strictObject({ kind: z.literal("date"), date: z.iso.datetime() }),
    z.strictObject({ kind: z.literal("none"), reason: z.enum(["no-trend", "flat-or-falling"]) }),
  ])
  .meta({ id: "Forecast", description: "When readiness reaches the goal at the trend's slope." });

const nextBestSkill = z.strictObject({
  skill: z.string(),
  name: z.string(),
  level: z.int(),
  target: z.int(),
  weight: z.int(),
  shortfall: z.int(),
  gain: z.number().meta({ description: "Readiness gained by raising this skill one level." }),
});

// Typed against the domain's Dashboard, so the schema and the service cannot drift apart unnoticed.
export const dashboardSchema: z.ZodType<Serialized<Dashboard>> = z
  .strictObject({
    assessedAt: z.iso.datetime().nullable(),
    targetRole: z.string().nullable(),
    suggestedRole: z.string().nullable().meta({ description: "The best-fit role, suggested while no target is chosen." }),
    goal: z.strictObject({ readiness, date: z.iso.date().nullable() }),
    roles: z
      .array(
        z.strictObject({
          slug: z.string(),
          name: z.string(),
          readiness,
          skillsMet: z.int(),
          skillsTotal: z.int(),
          rank: z.int().min(1),
          nextBestSkill: nextBestSkill.nullable(),
        }),
      )
      .meta({ description: "Ranked by fit, best first; empty before the first assessment." }),
    nextAcrossRoles: z
      .strictObject({
        skill: z.string(),
        name: z.string(),
        level: z.int(),
        totalGain: z.number().meta({ description: "Readiness gained by a one-level raise, summed over the roles it helps." }),
        roles: z.array(z.string()),
      })
      .nullable(),
    focus: z
      .strictObject({
        role: z.string(),
        skills: z.array(
          z.strictObject({
            skill: z.string(),
            name: z.string(),
            category: z.string(),
            level: z.int(),
            target: z.int(),
            weight: z.int(),
            weightedShortfall: z.number(),
          }),
        ),
      })
      .nullable()
      .meta({ description: "The role the charts show: the target, or else the suggestion." }),
    trend: trendSchema,
    forecast: forecastSchema,
    onTrack: z
      .boolean()
      .nullable()
      .meta({ description: "Whether the forecast reaches the goal by the goal date; null without a goal date." }),
    stale: z
      .strictObject({ since: z.iso.datetime(), days: z.int(), skills: z.array(z.string()) })
      .nullable()
      .meta({ description: "Set when the latest assessment is 90 days old or more." }),
  })
  .meta({ id: "Dashboard" });

export const progressSchema: z.ZodType<ProgressPoint[]> = z
  .array(z.strictObject({ assessmentId: z.string(), at: z.iso.datetime(), readiness }))
  .meta({ id: "Progress", description: "Oldest first; over 200 points, down-sampled to 200 keeping the extremes." });
