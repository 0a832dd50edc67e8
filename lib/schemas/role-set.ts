import { z } from "zod";
import { FRAMEWORK_VERSION, LEVELS, SKILLS } from "@/lib/domain/framework";

/**
 * A role set: custom roles as one JSON document, to share them or move them
 * between accounts (issue 29, item 4). GET /api/v1/schemas/role-set.json
 * publishes this very schema as JSON Schema 2020-12, so a document checked
 * there is one the app reads the same way.
 */

export const ROLE_NAME_MAX = 80;
export const ROLE_DESCRIPTION_MAX = 1000;
export const ROLE_SET_MAX_ROLES = 20;
export const ROLE_SET_FORMAT = "skillgap-role-set";

const SKILL_SLUGS = SKILLS.map(({ slug }) => slug) as [string, ...string[]];

const roleTargetSchema = z.strictObject({
  skill: z.enum(SKILL_SLUGS, {
    error: (issue) => `Unknown skill "${String(issue.input)}": use one of the twenty skills of the framework.`,
  }),
  target: z
    .int({ error: "A target is a whole level from 0 to 5." })
    .min(LEVELS[0], "A target is a whole level from 0 to 5.")
    .max(LEVELS[LEVELS.length - 1]!, "A target is a whole level from 0 to 5."),
  weight: z.int({ error: "A weight is 1, 2 or 3." }).min(1, "A weight is 1, 2 or 3.").max(3, "A weight is 1, 2 or 3."),
});

export const roleDefinitionSchema = z
  .strictObject({
    name: z
      .string({ error: "Give the role a name." })
      .trim()
      .min(1, "Give the role a name.")
      .max(ROLE_NAME_MAX, `A role's name has at most ${ROLE_NAME_MAX} characters.`),
    description: z.string().trim().max(ROLE_DESCRIPTION_MAX, `A description has at most ${ROLE_DESCRIPTION_MAX} characters.`).optional(),
    basedOn: z.string().max(64).optional().meta({ description: "The slug of the role it was cloned from, if any." }),
    targets: z
      .array(roleTargetSchema, { error: "Give the role's targets as a list." })
      .min(1, "Give the role at least one target above 0.")
      .max(SKILLS.length, `A role has at most ${SKILLS.length} targets, one per skill.`)
      .meta({ description: "Each skill at most once; a skill left out has target 0. At least one target is above 0." }),
  })
  .superRefine((role, context) => {
    const seen = new Set<string>();
    role.targets.forEach(({ skill }, index) => {
      if (seen.has(skill))
        context.addIssue({
          code: "custom",
          path: ["targets", index, "skill"],
          message: `"${skill}" is listed twice: give each skill once.`,
        });
      seen.add(skill);
    });
    if (!role.targets.some(({ target }) => target > 0)) {
      context.addIssue({ code: "custom", path: ["targets"], message: "Give the role at least one target above 0." });
    }
  })
  .meta({ id: "RoleDefinition" });
export type RoleDefinition = z.output<typeof roleDefinitionSchema>;

export const roleSetSchema = z
  .strictObject({
    format: z.literal(ROLE_SET_FORMAT),
    version: z.literal(1),
    frameworkVersion: z
      .string()
      .max(32)
      .meta({ description: `The framework the targets were set against; this server's is ${FRAMEWORK_VERSION}.` }),
    roles: z
      .array(roleDefinitionSchema, { error: "Give the roles as a list." })
      .min(1, "A role set holds at least one role.")
      .max(ROLE_SET_MAX_ROLES, `A role set holds at most ${ROLE_SET_MAX_ROLES} roles.`),
  })
  .meta({ id: "RoleSet", title: "Skillgap role set" });
export type RoleSet = z.output<typeof roleSetSchema>;

/** The role set's JSON Schema (2020-12), as a client validates what it sends. */
export function roleSetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(roleSetSchema, { io: "input", target: "draft-2020-12" });
}

/** Any JSON Schema document: what GET /schemas/role-set.json answers is described by its dialect, not by zod. */
export const jsonSchemaDocumentSchema = z.looseObject({ $schema: z.string() }).meta({ id: "JsonSchemaDocument" });
