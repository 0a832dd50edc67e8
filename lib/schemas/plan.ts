import { z } from "zod";
import { PLAN_MAX_ITEMS, PLAN_TARGET_MAX, PLAN_TARGET_MIN } from "@/lib/domain/plan";
import { RESOURCE_KINDS } from "@/lib/domain/skill-guides";

const TARGET_MESSAGE = `A target is a whole level from ${PLAN_TARGET_MIN} to ${PLAN_TARGET_MAX}.`;

export const planItemSchema = z.strictObject({
  skill: z.string({ error: "Name the skill by its slug." }).min(1, "Name the skill by its slug.").max(64, "Unknown skill."),
  targetLevel: z
    .number({ error: TARGET_MESSAGE })
    .int(TARGET_MESSAGE)
    .min(PLAN_TARGET_MIN, TARGET_MESSAGE)
    .max(PLAN_TARGET_MAX, TARGET_MESSAGE),
  dueDate: z.iso.date("Use a date like 2027-03-14.").nullable().optional(),
});

function eachSkillOnce(items: readonly { skill: string }[], context: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.skill)) context.addIssue({ code: "custom", path: [index, "skill"], message: "This skill is in the plan twice." });
    seen.add(item.skill);
  });
}

const planItems = <T extends z.ZodType<{ skill: string }>>(item: T) =>
  z
    .array(item, { error: "Send the plan's items as a list." })
    .max(PLAN_MAX_ITEMS, `A plan has at most ${PLAN_MAX_ITEMS} skills.`)
    .superRefine(eachSkillOnce);

/** PUT /plan: the whole plan, replacing the one before. The rules that need the user's levels and today are the service's. */
export const savePlanSchema = z.strictObject({ items: planItems(planItemSchema) });
export type SavePlanInput = z.input<typeof savePlanSchema>;
export type SavePlan = z.output<typeof savePlanSchema>;

/** The plan in an export: its items, and the assessment that met each, if one has. */
export const exportedPlanSchema = planItems(planItemSchema.extend({ metAssessmentId: z.string().min(1).max(64).nullable().optional() }));

/** POST /plan/celebrated: the met items the dashboard has just celebrated. */
export const celebratedSchema = z.strictObject({
  skills: z
    .array(z.string({ error: "Name the skill by its slug." }).min(1).max(64, "Unknown skill."), { error: "Send the skills as a list." })
    .min(1, "Name at least one skill.")
    .max(PLAN_MAX_ITEMS, `A plan has at most ${PLAN_MAX_ITEMS} skills.`),
});
export type Celebrated = z.output<typeof celebratedSchema>;

const planEntrySchema = z.strictObject({
  nextStep: z
    .strictObject({ skill: z.string(), targetLevel: z.int().min(PLAN_TARGET_MIN).max(PLAN_TARGET_MAX), dueDate: z.iso.date() })
    .nullable()
    .meta({ description: "Met, and the role asks for more of the skill: the next level, due four weeks from today, to put in its place." }),
  skill: z.string(),
  name: z.string(),
  targetLevel: z.int().min(PLAN_TARGET_MIN).max(PLAN_TARGET_MAX),
  dueDate: z.iso.date().nullable(),
  currentLevel: z.int().min(0).max(5),
  met: z.boolean().meta({ description: "The latest assessment reaches the target." }),
  metAssessmentId: z.string().nullable().meta({ description: "The first assessment that reached the target." }),
  readinessGain: z.number().meta({ description: "Readiness (0-1) for the plan's role that reaching the target would add now." }),
  celebrate: z.boolean().meta({ description: "Met and not yet celebrated: POST /plan/celebrated once shown." }),
  resources: z
    .array(
      z.strictObject({
        title: z.string(),
        url: z.string(),
        kind: z.enum(RESOURCE_KINDS),
        level: z.int().min(1).max(5).meta({ description: "The level this resource helps reach." }),
      }),
    )
    .meta({ description: "Where to learn what the target level asks for: that level's resources first, then the nearest levels'." }),
});

/** GET and PUT /plan. */
export const planSchema = z
  .strictObject({
    role: z
      .strictObject({ slug: z.string(), name: z.string() })
      .nullable()
      .meta({ description: "The role gains are counted for: the target role, else the best fit; null before a first assessment." }),
    maxItems: z.int(),
    items: z.array(planEntrySchema),
    suggestion: z.array(planEntrySchema).meta({
      description:
        "The role's next best skills, each one level up from the latest assessment and due four weeks after the one before: a plan to adopt.",
    }),
  })
  .meta({ id: "Plan" });
